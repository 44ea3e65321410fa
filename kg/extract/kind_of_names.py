"""A place named by its kind and an "of" phrase: "the city of Bergen", "the Labour stronghold of
Bergen", "the Norwegian port of Bergen".

Rule ``kind-of-name``: the "of" phrase names the place the kind noun stands for (an appositive
genitive), so what the verb says of the noun it says of the place, and the place is of that kind:
"Tom Reed lives in the Norwegian city of Bergen" → ``(Tom Reed)-[:LIVE_IN]->(Bergen)`` and
``(Bergen)-[:IS_A]->(Norwegian city)``; "defending the Labour stronghold of Bergen" →
``DEFEND`` Bergen and ``(Bergen)-[:IS_A]->(Labour stronghold)``.

Graph-only: CaRB's Open IE view keeps the verb's own proposition, whose object is the whole noun
phrase.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.nominal import argument
from kg.extract.reading import children, sentence_lemmas, sentence_tokens, sentence_words
from kg.extract.registry import disabled, triggered_by

# Nouns of a kind of place that an "of" phrase with a place's name renames ("the city of Bergen" is
# Bergen); not "capital" or "heart", whose "of" phrase is the larger place ("the capital of Norway"
# is not Norway).
PLACE_KINDS = frozenset({
    "city", "town", "village", "island", "region", "province", "state", "county", "district", "stronghold",
    "heartland", "bastion", "seat", "constituency", "port", "borough", "suburb", "resort", "enclave", "territory",
    "emirate",
})
_PLACE_TYPES = frozenset({"GPE", "LOC", ""})
# Kinds of a party's place, whose place the model often tags an organisation ("the Labour
# stronghold of Bergen": "Bergen" as ORG).
_PARTY_PLACES = frozenset({"stronghold", "heartland", "bastion", "constituency"})


def _place_of(noun: Token) -> Token | None:
    """The place's name in the kind noun's "of" phrase: a proper noun the model tags a place (or
    tags nothing), with no possessive ending ("the state of Norway's economy" is the economy's)."""
    of = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = None if of is None else next((c for c in children(of) if c.dep_ == "pobj"), None)
    if name is None or name.pos_ != "PROPN":
        return None
    if name.ent_type_ not in _PLACE_TYPES and not (name.ent_type_ == "ORG" and noun.lemma_.lower() in _PARTY_PLACES):
        return None
    if any(c.dep_ in ("case", "conj") for c in children(name)):
        return None  # ("the state of Norway's economy", "the region of Bergen and Oslo")
    return name


def _verb_of(noun: Token) -> Token | None:
    """The verb the kind noun is the object of, directly or through a preposition ("lives in")."""
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


@triggered_by(lemmas=PLACE_KINDS)
def kind_of_name_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed lives in the Norwegian city of Bergen" → (Tom Reed; lives in; Bergen) and (Bergen;
    is; Norwegian city); "Tom Reed is defending the Labour stronghold of Bergen" → (Tom Reed; is
    defending; Bergen) and (Bergen; is; Labour stronghold).

    Linguistic reason: after a noun of a kind of place with "the", "of" and a place's name is an
    appositive genitive: the name says which place the noun is ("the city of Bergen" is Bergen,
    as "the city Bergen" would be), so the verb's relation holds of the place, and the place is
    of the kind with its modifiers ("Labour stronghold", "Norwegian city"). Not after nouns whose
    "of" phrase is a larger place or a whole ("the capital of Norway", "the heart of Bergen"), nor
    with a possessive name ("the state of Norway's economy"). The verb's own reading (negation,
    modality, attribution, adjuncts) is kept; only its object is the place, and only with a name or
    a pronoun for subject (a common-noun subject the graph leaves out with the kind noun for
    object, and an inherited one may be a misparse).
    """
    if "kind-of-name" in disabled() or "of" not in sentence_words(sent) or PLACE_KINDS.isdisjoint(sentence_lemmas(sent)):
        return  # (the cheap test first: no "of" or no noun of a kind of place in the sentence)
    from kg.extract.verbs import verb_propositions  # (kg.extract.verbs imports the rules' modules)

    for noun in sentence_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PLACE_KINDS or noun.tag_ == "NNS":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children(noun)):
            continue  # ("a city of Bergen's size": no naming)
        place = _place_of(noun)
        if place is None:
            continue
        kind = (*(t for t in noun.lefts if t.dep_ in ("compound", "amod") and t.pos_ in ("ADJ", "NOUN", "PROPN")), noun)
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(place), Argument(noun, kind)],
                          rule="kind-of-name", confidence=0.5, open_ie=False)
        verb = _verb_of(noun)
        if verb is None:
            continue
        for prop in verb_propositions(verb, sent):
            if len(prop.args) > 1 and prop.args[1].head.i == noun.i and prop.graph \
                    and prop.args[0].head.pos_ in ("PROPN", "PRON"):  # (not a clause's noun the parse gave
                # the verb for subject: "won the right to ..., defending the stronghold of Bergen")
                yield replace(prop, args=[prop.args[0], argument(place), *prop.args[2:]], rule="kind-of-name",
                              open_ie=False, related=[])
