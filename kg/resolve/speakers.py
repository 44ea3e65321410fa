"""The first person of a quotation: "I" is its speaker.

:mod:`kg.resolve.entities` reads "I", "me", "my", "myself" as references and asks here, once every
other mention of the document is resolved, whom they stand for: the speaker whom the sentence, or
the quotation it continues, names (:func:`kg.resolve.quotations.speaker_of_quotation`). Outside a
quotation, or in one whose speaker is no named person, they stay unresolved, as before (no fact).
"We" is left unresolved: read as the speaker's organisation it was right for 13 of 20 new facts
on unseen news (round 19), and "we" is as often a nation, a team-mate's side or people at large.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.registry import disabled, register
from kg.model import Entity
from kg.resolve.quotations import in_quotation, speaker_of_quotation
from kg.resolve.referring import FIRST_PERSON

# What a speaker who says "I" can be: a person, or a name the tagger left untyped.
_PERSON_TYPES = frozenset({"PERSON", "OTHER"})


def first_person(tok: Token, entity_of: Callable[[Token], Entity | None]) -> Entity | None:
    """The entity a first-person pronoun inside a quotation stands for (None: unresolved).
    ``entity_of`` gives the entity a word was resolved to."""
    if not in_quotation(tok):
        return None  # (the cheap test first: an array look-up)
    if mentioned(tok) or hypothetical(tok):
        return None
    return quoted_first_person(tok, entity_of)


@register("quoted-first-person")
def quoted_first_person(tok: Token, entity_of: Callable[[Token], Entity | None]) -> Entity | None:
    """'"I offered them a settlement in May," said Jon Dahl', 'Tom Reed said: "They hired me in
    2001"', '"Sales are up," said Reed. "My team did well."': "I", "me", "my" or "myself" inside
    a quotation is its speaker, when the sentence (or the quotation it continues) names one who
    is a person: ``Jon Dahl OFFER settlement``, attributed to Dahl.

    Linguistic reason: a speaker calls themself "I"; the first person of a direct quotation is
    fixed by the act of saying it, so the speaker the narrator names is its referent (the
    deictic centre of the quotation). A speaker who is a firm or a common noun ("a spokesman")
    is left alone: no person named.
    """
    if "quoted-first-person" in disabled():
        return None
    speaker = speaker_of_quotation(tok)
    if speaker is None:
        return None
    found = entity_of(speaker)
    return found if found is not None and found.type in _PERSON_TYPES else None


# Subordinators of a condition: what a clause under them says is supposed, not stated.
_CONDITIONS = frozenset({"if", "unless"})


def mentioned(tok: Token) -> bool:
    """A pronoun named as a word, not used: "putting the 'me' in media" (a determiner, or
    quotation marks of its own)."""
    doc = tok.doc
    marked = 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in ("'", "‘") and doc[tok.i + 1].text in ("'", "’")
    return marked or any(c.dep_ == "det" for c in tok.children)


def hypothetical(tok: Token) -> bool:
    """'"If I win the title, I will retire," said Tom Reed': a first person in a clause of
    condition ("if", "unless"), or the clause that rests on one, states nothing that happened;
    left unresolved, it gives no fact (the speaker's statement stays)."""
    for head in tok.ancestors:
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
               for c in (head, *head.children)):
            return True
    return False


@register("first-person-statement")
def said_of_self(subject_text: str, object_text: str) -> bool:
    """'"I offered them a settlement," said Jon Dahl': a fact of the quoted clause whose end is
    the speaker's "I" (or "me") leaves the statement beside it (``Jon Dahl SAY
    settlement``), which a clause's fact otherwise replaces (:meth:`kg.resolve.facts.FactBuilder.graph_facts`).

    Linguistic reason: a first-person quotation is the speaker's account of themself; the fact
    that they said it (the statement) and what it says of them (the clause's fact, resolved
    through the "I") are two things the text states. Until this round the "I" was unresolved and
    the statement stood alone; it is not taken away for the clause's fact.
    """
    if "first-person-statement" in disabled():
        return False
    return subject_text.lower() in FIRST_PERSON or object_text.lower() in FIRST_PERSON
