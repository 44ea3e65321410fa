"""The first person of a quotation: "I" is its speaker, and "we" the speaker's organisation.

:mod:`kg.resolve.entities` reads "I", "me", "my", "myself" (and "we", "us", "our", "ourselves")
as references and asks here, once every other mention of the document is resolved, whom they
stand for: the speaker whom the sentence, or the quotation it continues, names
(:func:`kg.resolve.quotations.speaker_of_quotation`). Outside a quotation, or in one whose speaker
is no name, they stay unresolved, as before (no fact).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from kg.extract.registry import disabled, register
from kg.model import Entity
from kg.resolve.quotations import in_quotation, speaker_of_quotation
from kg.resolve.referring import FIRST_PERSON, SPEAKER_PRONOUNS

# What a speaker who says "I" can be: a person, or a name the tagger left untyped.
_PERSON_TYPES = frozenset({"PERSON", "OTHER"})
# Words that put a post in the past: "former Nordbank chairman Tom Reed" speaks for it no more.
_PAST = frozenset({"former", "ex", "ex-", "then", "late", "previous", "erstwhile", "retired", "outgoing"})


def first_person(tok: Token, entity_of: Callable[[Token], Entity | None],
                 earlier: Callable[[Entity], Iterable[Token]]) -> Entity | None:
    """The entity a first-person pronoun inside a quotation stands for (None: unresolved).
    ``entity_of`` gives the entity a word was resolved to; ``earlier`` the words that named an
    entity up to ``tok``."""
    if not in_quotation(tok):
        return None  # (the cheap test first: most "I"s and "we"s of news are in quotations, most words not)
    if mentioned(tok) or hypothetical(tok):
        return None
    if tok.lower_ in FIRST_PERSON:
        return quoted_first_person(tok, entity_of)
    return quoted_we(tok, entity_of, earlier)


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


@register("quoted-we")
def quoted_we(tok: Token, entity_of: Callable[[Token], Entity | None],
              earlier: Callable[[Entity], Iterable[Token]]) -> Entity | None:
    """'"We will open a branch in Bergen," said Tom Reed of Nordbank', 'Nordbank chairman Tom
    Reed said: "Our profits rose"': "we", "us", "our" or "ourselves" inside a quotation whose
    speaker is a named person is the organisation the text says the speaker holds a post at or
    speaks for, when it states exactly one (in the sentence or before it in the document:
    "of Nordbank", "Nordbank chairman", "the Nordbank chairman", "Nordbank's Tom Reed").

    Linguistic reason: a spokesman or an officer quoting their firm's plans says "we" for the
    firm (a manager for the club): the first person plural of someone speaking in their post is
    the body they speak for. With no post stated, or two, or a past one ("former Nordbank
    chairman"), "we" may be a family, a band, a team-mate's side: left unresolved.
    """
    if "quoted-we" in disabled():
        return None
    speaker = speaker_of_quotation(tok)
    if speaker is None:
        return None
    person = entity_of(speaker)
    if person is None or person.type not in _PERSON_TYPES:
        return None
    orgs: dict[str, Entity] = {}
    for named in (speaker, *earlier(person)):
        org = post_organisation(named)
        found = entity_of(org) if org is not None else None
        if found is not None and found.type == "ORG":
            orgs[found.id] = found
    return next(iter(orgs.values())) if len(orgs) == 1 else None


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


def post_organisation(name: Token) -> Token | None:
    """Where the person ``name`` is said to hold a post, in the name's own phrase: "Tom Reed of
    Nordbank", "Nordbank chairman Tom Reed", "Tom Reed, the Nordbank chairman", "Nordbank's Tom
    Reed", "Tom Reed, chairman of Nordbank"; None for a past post or none."""
    from kg.extract.roles import role_org  # at call time: kg.extract imports this package

    for child in name.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "from"):
            return next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if child.dep_ in ("compound", "appos") and child.pos_ == "NOUN" and not _past(child) and not _past(name):
            org = role_org(child)
            if org is not None:
                return org
    return None


def _past(title: Token) -> bool:
    return any(c.lower_ in _PAST for c in title.lefts)


@register("first-person-statement")
def said_of_self(subject_text: str, object_text: str) -> bool:
    """'"I offered them a settlement," said Jon Dahl': a fact of the quoted clause whose end is
    the speaker's "I" (or "we", "me", "us") leaves the statement beside it (``Jon Dahl SAY
    settlement``), which a clause's fact otherwise replaces (:meth:`kg.resolve.facts.FactBuilder.graph_facts`).

    Linguistic reason: a first-person quotation is the speaker's account of themself; the fact
    that they said it (the statement) and what it says of them (the clause's fact, resolved
    through the "I") are two things the text states. Until this round the "I" was unresolved and
    the statement stood alone; it is not taken away for the clause's fact.
    """
    if "first-person-statement" in disabled():
        return False
    return subject_text.lower() in SPEAKER_PRONOUNS or object_text.lower() in SPEAKER_PRONOUNS
