"""A name that opens a sentence before a title and a person: "Charlton manager Tom Reed said ...",
"Vexa spokesman Jon Dahl said ..." (rule ``opening-name-before-title``, one of the name repairs of
:mod:`kg.extract.name_repairs`). Opening a sentence every word has a capital, so the tagger reads
such a name as a common noun or an adjective ("Charlton/NN", "Arsenal/JJ", "Spurs/NNS"), the entity
model tags nothing there, and the role rule folds the name into the title ("charlton manager") with
no organisation; inside a sentence the same words give the role at the organisation.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from kg.extract.registry import disabled, register

# Tokens after which a capital says nothing about a name (a quotation or a list opens there).
_OPENERS = frozenset({'"', "'", "“", "‘", ":", "(", "-", "–", "—"})


@functools.lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns a title before a name ends with, and the words that are titles or honorifics
    themselves ("Chief executive Tom Reed", "Dr Tom Reed": no organisation opens those)."""
    from kg.extract.roles import CAPITALISED_TITLES, NOT_TITLES, TITLE_NOUNS

    return TITLE_NOUNS, CAPITALISED_TITLES | NOT_TITLES | TITLE_NOUNS


def _opening(tok: Token) -> bool:
    return tok.i == 0 or tok.is_sent_start or tok.doc[tok.i - 1].is_space or tok.doc[tok.i - 1].text in _OPENERS


def _written_as_name(word: str, doc: Doc) -> bool:
    """Whether ``doc`` writes ``word`` with its capital inside a sentence, alone (no capitalised
    word right after it: "Pop Idol" says nothing of "Pop")."""
    for tok in doc:
        if tok.text != word or _opening(tok):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is None or not (after.text[:1].isupper() and after.is_alpha):
            return True
    return False


@register("opening-name-before-title")
def opening_names(doc: Doc) -> list[Span]:
    """"Charlton manager Tom Reed paid tribute", "Vexa spokesman Jon Dahl said": the capitalised
    word that opens a sentence right before a title in lower case and a person's name, as an
    organisation's name (an ORG span), where the text writes that word with a capital inside a
    sentence too.

    Linguistic reason: a proper noun before a common-noun title restricts it to a place of work
    ("a Charlton manager", "the Vexa spokesman"), as ``role-title`` reads inside a sentence; but
    English capitalises a sentence's first word, so there the capital says nothing and the
    tagger reads the name as a noun or an adjective ("Company spokesman", "Pop star" are kinds,
    not places). The text itself tells them apart: a name keeps its capital inside a sentence
    ("... beat Charlton on Saturday"), a common noun does not. Only one word, before one to three
    words in lower case that end in a title noun ("manager", "chief executive"), before a name the
    model read as a person; not a title or an honorific itself ("Chief executive Tom Reed"), and
    not a word the model already read as a name.
    """
    if "opening-name-before-title" in disabled():
        return []
    nouns, titles = _title_words()
    found: list[Span] = []
    for sent in doc.sents:
        tok = sent[0]
        while tok.i + 1 < sent.end and tok.text in _OPENERS:
            tok = doc[tok.i + 1]
        if tok.ent_type_ or not tok.is_title or not tok.is_alpha or tok.i + 2 >= sent.end:
            continue  # (the cheap test first: most sentences open with a word the model read)
        j = tok.i + 1
        while j < sent.end and j - tok.i <= 3 and doc[j].is_lower and doc[j].is_alpha and not doc[j].ent_type_:
            j += 1
        if j == tok.i + 1 or j >= sent.end or doc[j].ent_iob_ != "B" or doc[j].ent_type_ != "PERSON":
            continue
        if doc[j - 1].lower_ not in nouns or tok.lower_ in titles:
            continue
        if any(t.pos_ not in ("NOUN", "ADJ", "PROPN") for t in doc[tok.i + 1:j]):
            continue  # a verb or a function word: "Sales rose as Tom Reed ..."
        if _written_as_name(tok.text, doc):
            found.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return found
