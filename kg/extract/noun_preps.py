"""A verb whose object noun takes a name in a prepositional phrase: "Anna Berg made little impact on
Tom Reed", "Vexa won a court battle with Nordbank", "Jon Dahl took the crown from Bergen Rovers".

Rule ``object-noun-prep``. The verb rules read the verb and its object noun ((Anna Berg; make;
little impact)) and leave the name in the phrase after the noun out: the one the act is on, with or
against. The graph reads the verb, the noun and the preposition together as the relation, the name
as its object: ``(Anna Berg)-[:MAKE_IMPACT_ON {predicate: "make impact on"}]->(Tom Reed)``. The
light verbs with a noun made from a verb ("held talks with", "made a bid for", "signed a deal
with") are ``light-verb``'s and ``deal-with``'s (:mod:`kg.extract.lightverbs`), which type them by
the noun's verb. Graph-only: CaRB's Open IE view keeps the sentence's own proposition.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Proposition
from kg.extract.clauses import REPORTING
from kg.extract.lightverbs import ACT_NOUNS, DEAL_NOUNS, EXCHANGE_NOUNS, _between_parties, light_verb_matrix
from kg.extract.reading import children, sentence_tokens
from kg.extract.registry import triggered_by

# Prepositions that name a party or a place of the act the verb and its object say. Not "of" (a
# part of the noun's own phrase: "the president of Nordbank"), "by" (a doer or a means), "as" (a
# capacity), nor prepositions of time ("after", "during", "since").
_PARTY_PREPS = frozenset({"with", "on", "into", "against", "at", "from", "for", "to", "in", "over", "among", "onto"})
# What the name may be: a person, an organisation, a place, an event, a work or a product; not a
# nationality ("against the French"), a date or an amount.
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
# Nouns another rule reads with their preposition, typed by the noun's own verb.
_LIGHT_NOUNS = frozenset(EXCHANGE_NOUNS) | frozenset(ACT_NOUNS) | DEAL_NOUNS
# Nouns of quantity: the phrase after them is about what they count ("a lot of faith in Jon Dahl").
_QUANTITY_NOUNS = frozenset({"lot", "number", "couple", "host", "handful", "bit", "plenty", "amount", "total",
                             "majority", "rest", "pair", "series", "string", "range", "variety"})


def _set_off_from_subject(verb: Token) -> bool:
    """A past form set off from its subject by a comma ("The Briton, made a dame in ..., won"): a
    participle the parse took for the finite verb (no comma parts a subject from its verb)."""
    doc, i = verb.doc, verb.i - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    return doc[i].text == "," and subject is not None and subject.i == i - 1


def _no_act_of_its_subject(verb: Token, noun: Token) -> bool:
    """The verb and its noun are no act its subject is said to do: a passive ("made a dame in the
    New Year Honours": the subject is the one made; also a participle set off by commas that the
    parse took for the finite verb), a noun that is an amount's unit ("cleared
    4.88m at"), counts ("a lot of faith in"), or is a named other's ("back Ukraine's entry into":
    the entry is Ukraine's), or an infinitive or gerund under a verb that gives it no modality
    ("is considering building a factory in", "backed Nordvik to win the series against"): not done."""
    if verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in children(verb))):
        return True
    if verb.tag_ == "VBD" and _set_off_from_subject(verb):
        return True
    if len(noun.text) < 3 or not noun.text.replace("-", "").isalpha() or noun.lemma_.lower() in _QUANTITY_NOUNS:
        return True
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children(noun)):
        return True
    finite = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBZ", "VBP", "VBD") for c in children(verb))
    return (verb.dep_ in ("xcomp", "ccomp") and verb.tag_ in ("VB", "VBG") and not finite
            and light_verb_matrix(verb)[1] is None)


def _named_phrase(verb: Token, noun: Token) -> tuple[Token, Token] | None:
    """The preposition and its named object after the object noun: on the noun ("impact on Tom
    Reed") or on the verb right after the noun's phrase ("played two rubbers against Norway")."""
    for head in (noun, verb):
        for prep in children(head):
            if prep.dep_ != "prep" or prep.lower_ not in _PARTY_PREPS:
                continue
            if head is verb and prep.i != noun.right_edge.i + 1:
                continue  # (a phrase on the verb only straight after the object's own phrase)
            pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN" and pobj.ent_type_ in _NAME_TYPES:
                return prep, pobj
    return None


@triggered_by(deps=("dobj",))
def object_noun_prep_propositions(sent: Span) -> Iterator[Proposition]:
    """"Anna Berg made little impact on Tom Reed" → (Anna Berg; make impact on; Tom Reed); "Vexa
    won a court battle with Nordbank" → (Vexa; win battle with; Nordbank).

    Linguistic reason: a verb with a common-noun object says what its subject did ("made an
    impact", "won a battle"); a prepositional phrase after the object that names a person, an
    organisation, a place, an event or a work says to whom, with whom, against whom or where it was
    done ("on Tom Reed", "with Nordbank"). Verb, noun and preposition together are the relation
    between the subject and that name. Only a common noun as the object (a name as the object is
    the verb rules' fact), no verb of saying (its phrase says where it was said), and the verb's
    negation, modality and attribution carried as ``light-verb`` carries them.
    """
    for noun in sentence_tokens(sent):
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.ent_type_:
            continue  # (the cheap tests first: most objects are no common noun with a name after it)
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() in REPORTING or noun.lemma_.lower() in _LIGHT_NOUNS:
            continue
        found = _named_phrase(verb, noun)
        if found is None or _no_act_of_its_subject(verb, noun):
            continue
        prep, pobj = found
        lemma = f"{verb.lemma_.lower()} {noun.lemma_.lower()} {prep.lower_}"
        relation = f"{verb.text} {noun.text} {prep.text}"
        yield from _between_parties(sent, verb, pobj, relation, lemma, noun, rule="object-noun-prep")
