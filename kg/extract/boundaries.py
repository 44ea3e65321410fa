"""Sentence ends the parser must not put after a name's "?" or "!".

A title may end in a question or exclamation mark ("Do They Know It's Christmas?", "Who Wants to
Be a Millionaire?", "Yahoo!"). The small model's parser often starts a new sentence after it, even
when a comma or a word in lower case follows, and every fact of the sentence is then lost or read
from half of it. A sentence of English does not start with a comma, a closing bracket or, in edited
news, a word in lower case; so the token after such a mark is marked as no sentence start before
the parser runs (it keeps marks set before it), and the parser reads the sentence whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import ORTH
from spacy.strings import get_string_id

from kg.extract.components import add_component
from kg.extract.registry import disabled, register

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["COMPONENT", "keep_marked_names_whole", "use_mark_boundaries"]

COMPONENT = "kg_mark_boundaries"
_MARK_IDS = frozenset(get_string_id(mark) for mark in ("?", "!"))
_NEVER_FIRST = frozenset({",", ";", ":", ")", "]"})


@register("mark-in-name")
def keep_marked_names_whole(doc: Doc) -> Doc:
    """"Band Aid's Do They Know It's Christmas?, Slade's ...", "shares in Yahoo! rose": the token
    after a "?" or "!" that is a comma, a closing bracket or a word in lower case starts no
    sentence (a parse repair run before the parser).

    Linguistic reason: a sentence of English does not start with a comma or a closing bracket,
    nor, in edited news, with a word in lower case; a "?" or "!" before one ends a title, not the
    sentence.
    """
    if "mark-in-name" in disabled():
        return doc
    forms = doc.to_array(ORTH).tolist()  # the forms as ids: a Token only after a mark
    for i in range(1, len(forms)):
        if forms[i - 1] in _MARK_IDS:
            after = doc[i]
            if after.text in _NEVER_FIRST or after.is_lower:
                after.is_sent_start = False
    return doc


def use_mark_boundaries(nlp: Language) -> bool:
    """Put :func:`keep_marked_names_whole` before the pipeline's parser (False if it has none)."""
    return add_component(nlp, COMPONENT, keep_marked_names_whole, "parser", before="parser")
