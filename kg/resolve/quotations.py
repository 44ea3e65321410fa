"""Direct quotations: who says one, and whether a word is inside one (for references)."""

from __future__ import annotations

from itertools import accumulate

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.model import Entity
from kg.resolve.spans import entity_at

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Quotation marks as the tokenizer leaves them, and the verbs that introduce a direct quotation.
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
SAYING = frozenset({"say", "add", "tell", "insist", "explain", "claim", "warn", "admit", "argue", "stress",
                    "state", "reply", "write", "comment", "continue", "told"})
_QUOTE_IDS = frozenset(get_string_id(mark) for mark in QUOTE_MARKS)


def in_quotation(tok: Token) -> bool:
    """Inside a direct quotation: after an odd number of quotation marks in its paragraph."""
    return _marks_before(tok.doc)[tok.i] % 2 == 1


def quoted_anywhere(sent: Span) -> bool:
    """Some word of ``sent`` is inside a direct quotation (:func:`in_quotation`): a quotation runs
    into it, or it holds a quotation mark (counted, without a ``Token`` for each word)."""
    counts = _marks_before(sent.doc)
    return counts[sent.start] % 2 == 1 or counts[sent.end] != counts[sent.start]


_counted: tuple[Doc | None, list[int]] = (None, [])  # the last paragraph asked about


def _marks_before(doc: Doc) -> list[int]:
    """How many quotation marks come before each token of ``doc`` (counted once a paragraph: the
    references ask about one paragraph many times, and counting each time was quadratic)."""
    global _counted
    if _counted[0] is not doc:  # (forms read as one array of ids: no Token for each word)
        counts = list(accumulate((orth in _QUOTE_IDS for orth in doc.to_array(ORTH).tolist()), initial=0))
        _counted = (doc, counts)
    return _counted[1]


def quote_speaker(tok: Token) -> Token | None:
    """Who says the quotation ``tok`` is in: the subject of a verb of saying outside the quotation
    in the same sentence ('"...," Wenger said', 'Lightbody said: "..."'), or None.

    Linguistic reason: a speaker calls themself "I"; a "he" or "she" in their own quotation is
    someone else ('"He is the best striker in the world," said Wenger' is not about Wenger).
    """
    if not in_quotation(tok):
        return None
    for verb in tok.sent:
        quoted = quoted_as_saying(verb)
        if quoted is not None and not in_quotation(quoted) and not in_quotation(verb):
            return quoted
        if verb.lemma_ in SAYING and verb.pos_ == "VERB" and not in_quotation(verb):
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and not in_quotation(subject):
                return subject
    return None


def quoted_as_saying(verb: Token) -> Token | None:
    """Who "quoted X as saying" says was speaking: X, the object of "quote", or None.

    Linguistic reason: in "the agency quoted Tom Reed as saying ...", the words are Reed's; the
    subject of "quote" only passes them on (the "as" phrase predicates the saying of the object).
    """
    if verb.lemma_ != "quote" or verb.pos_ != "VERB":
        return None
    quoted = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    as_saying = any(c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_ == "say" for g in c.children)
                    for c in verb.children)
    return quoted if as_saying else None


def says_quotation(tok: Token) -> bool:
    """The reference is the subject of a verb of saying, outside a quotation in its sentence."""
    verb = tok.head
    return (tok.dep_ in SUBJECT_DEPS and verb.lemma_ in SAYING and not in_quotation(tok)
            and any(t.text in QUOTE_MARKS for t in tok.sent))


def names_speaker(speaker: Token, entity: Entity) -> bool:
    """The speaker's name is (a part of) the entity's: "Wenger" and Arsene Wenger."""
    ent = entity_at(speaker)
    words = set((ent.text if ent is not None else speaker.text).split()) - {"Mr", "Mrs", "Ms", "Dr"}
    return bool(words) and any(words <= set(name.split()) for name in (entity.name, *entity.aliases))
