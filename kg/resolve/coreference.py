"""A second engine's coreference as the fallback of kg's own (``--corenlp``, rule ``corenlp-coref``).

kg resolves a pronoun or a description only when its own evidence is clear
(:mod:`kg.resolve.references`); otherwise the fact it would carry is left out. With ``--corenlp``
each document comes with CoreNLP's coref chains (:class:`~kg.model.Chain`), and a fact's subject
or object that kg left unresolved takes the name of its chain (:func:`coreferent`), under the
conditions its docstring gives. A reference kg resolved keeps kg's reading, and no resolution of
CoreNLP's becomes a link of kg's own chains.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.registry import disabled, register
from kg.model import Chain, Entity
from kg.resolve.names import gender_of, given_names
from kg.resolve.quotations import in_quotation, names_speaker, quote_speaker, says_quotation
from kg.resolve.referring import (
    FEMALE,
    MALE,
    NEUTER,
    ORG_KINDS,
    PERSON_KINDS,
    PLURAL,
    description_head,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# The entity types a pronoun or a description can stand for, by what it is.
_PERSON = frozenset({"PERSON"})
_GROUP = frozenset({"ORG", "GPE", "OTHER"})  # "they": a firm or a team, as British news has it
_ORGANISATION = frozenset({"ORG", "OTHER"})  # "the bank", "the group"


def chains_at(chains: tuple[Chain, ...]) -> dict[tuple[int, int], Chain]:
    """Each reference of the chains (its head word's span in the document's text) → its chain;
    a span two chains claim belongs to neither."""
    found: dict[tuple[int, int], Chain | None] = {}
    for chain in chains:
        for span in chain.references:
            found[span] = chain if span not in found else None
    return {span: chain for span, chain in found.items() if chain is not None}


def _types(tok: Token) -> frozenset[str]:
    """The entity types the reference can stand for: a person for "he", "she" or a title, a firm or
    a team for "they", a firm for a kind of organisation; none for "it" and "its".

    A neuter "it" in news stands as often for a thing or an event the article tells of without a
    name (the bid, the feature, the case: "it was based on borrowing", "it finds a book's number")
    as for a firm, and CoreNLP's statistical coref chains it to a named organisation: read on dev
    and on 60 bbc-news articles outside the gold, 5 of 9 such resolutions were right (2 of 6
    outside the gold), even with the "it" of "be" and of passives ("it was based on") left out."""
    word = tok.lower_
    if word in MALE or word in FEMALE:
        return _PERSON
    if word in NEUTER:
        return frozenset()
    if word in PLURAL:
        return _GROUP
    head = description_head(tok)
    if head in ORG_KINDS:
        return _ORGANISATION
    return _PERSON if head in PERSON_KINDS else frozenset()


def _gender(entity: Entity) -> set[str]:
    """What the name says: a courtesy title ("Mrs Holm") or a given name ("Helen")."""
    found = gender_of((entity.name, *entity.aliases))
    first = entity.name.split()[0].lower() if " " in entity.name else ""
    if first in given_names():
        found.add(given_names()[first])
    return found


def _quoted(tok: Token, entity: Entity) -> bool:
    """kg's rules for quotations (:mod:`kg.resolve.references`): the speaker of a quotation is no
    one named inside it ('"The tackle on Dahl was terrible," he said' is not Dahl), and a "he"
    inside a quotation is not its speaker, nor anyone when a "he" says it ('He said: "He played
    well"': whoever the second is, the chain that holds the first is no guide)."""
    if says_quotation(tok):
        words = set(entity.name.split())
        return any(in_quotation(t) and t.text in words for t in tok.sent)
    speaker = quote_speaker(tok)
    same = MALE if tok.lower_ in MALE else FEMALE
    return speaker is not None and (speaker.lower_ in same or names_speaker(speaker, entity))


def _nearer_person(tok: Token, entity: Entity) -> bool:
    """Another person named before "he" or "she" in its own sentence ("the tackle was worse than
    Lund's foul, for which he was banned"): the nearest candidate, which kg's rules rank first or
    tie with, and a chain that passes it over is a guess."""
    words = {w for name in (entity.name, *entity.aliases) for w in name.split()}
    return any(ent.label_ == "PERSON" and ent.end <= tok.i and not set(ent.text.split()) <= words
               for ent in tok.sent.ents)


@register("corenlp-coref")
def coreferent(tok: Token, chain: Chain | None, known: list[Entity]) -> Entity | None:
    """"Tom Reed joined Vexa Holdings in 2001. ... Orders doubled last year. He now runs the
    Oslo office" → (Tom Reed; run; Oslo office): a pronoun or a description that is a fact's subject or
    object, that kg's own rules left unresolved and that CoreNLP's coref puts in a chain (``chain``:
    the chain whose pronoun or description has this head word), stands for the one entity of the
    document (``known``) that every name of the chain settles on (:func:`kg.extract.corenlp.settled`:
    "Reed" and "Tom Reed" are one), when that entity is of a type the reference can stand for (a
    person for "he" or "the minister", of no other gender than the pronoun's; a firm or a team for
    "they"; a firm for "the bank"), and kg's rules for quotations do not rule it out. "It" is left
    unresolved, and so is a "he" or "she" after another person named in its sentence.

    Linguistic reason: a pronoun or a definite description takes its reference from an entity the
    discourse has already made salient, and a statistical coreference model that reads the whole
    document (its mentions' agreement, distance, syntax and the words around them) links it where
    kg's window of two or three sentences and its rule against ties stop. A chain whose names
    settle on two entities (two people merged) or on none of the document's, or an entity that
    does not agree with the reference, leaves it unresolved, as kg left it.
    """
    if "corenlp-coref" in disabled() or chain is None:
        return None
    from kg.extract.corenlp import settled  # at call time: kg.extract imports this package

    ids = {e.id for e in known}
    found: dict[str, Entity] = {}
    for name, type_ in chain.names:
        entity = settled(Entity.make(name, type_), known)
        if entity.id not in ids:
            return None  # a name the document's entities do not hold: maybe someone kg did not read
        found[entity.id] = entity
    if len(found) != 1:
        return None
    entity = next(iter(found.values()))
    if entity.type not in _types(tok):
        return None
    gender = _gender(entity)
    want = "m" if tok.lower_ in MALE else "f" if tok.lower_ in FEMALE else None
    if want is not None and (gender - {want} or _quoted(tok, entity) or _nearer_person(tok, entity)):
        return None
    return entity
