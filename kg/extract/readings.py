"""Readings that restate a verb's proposition in another split of its words, which
:func:`kg.extract.verbs.verb_propositions` yields after the proposition itself: a relative clause
kept in the object (``object-clause-kept``), a light verb with its noun as the relation
(``svo-object-prep``), and what a denying verb denies (``implied-negation``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.arguments import SUBJECT_EXCLUDED
from kg.extract.base import Argument, Proposition, join_tokens
from kg.extract.clauses import NEGATING, is_negated, lemma_with_particle
from kg.extract.nominal import arg_tokens, argument
from kg.extract.reading import children
from kg.extract.registry import disabled, register

if TYPE_CHECKING:
    from kg.extract.objects import Frame


@register("implied-negation")
def implied_negation(f: Frame, prop: Proposition, rel_toks: list[Token]) -> Iterator[Proposition]:
    """"declined to meet the protesters" → (governor; to meet; protesters), negated. Linguistic
    reason: verbs such as decline, refuse and fail deny their complement.

    Graph only: a fact carries its negation, an Open IE tuple does not, and "(governor; to meet;
    protesters)" would assert what the sentence denies (CaRB dev agrees: F1 0.6058 -> 0.6062,
    5-fold 0.5982 -> 0.5990 without it).
    """
    if len(f.chain) < 2 or f.chain[0].lemma_ not in NEGATING:
        return
    if is_negated(f.chain[0]):
        return  # "did not decline to meet X": the denial is itself denied, so no negated MEET
    yield Proposition(
        sentence=prop.sentence, relation=join_tokens([t for t in rel_toks if t.i >= f.last.i - 1]),
        lemma=lemma_with_particle(f.last), args=prop.args[:2], rule="implied-negation", negated=True,
        modality=f.chain[0].lemma_, attribution=prop.attribution,
        confidence=round(prop.confidence * 0.8, 3), graph=prop.graph, open_ie=False)


@register("object-clause-kept")
def relative_clause_reading(prop: Proposition, obj: Token, verb: Token) -> Iterator[Proposition]:
    """"point to languages which have had effects" → the object with its relative clause kept, as
    an alternative reading for Open IE (the graph keeps the noun). Linguistic reason: a restrictive
    relative clause can be part of what the object names."""
    full = arg_tokens(obj, SUBJECT_EXCLUDED)
    if len(full) <= len(prop.args[1].tokens) or any(t.i == verb.i for t in full):
        return
    yield Proposition(
        sentence=prop.sentence, relation=prop.relation, lemma=prop.lemma,
        args=[prop.args[0], Argument(obj, full), *prop.args[2:]], rule="object-clause-kept",
        negated=prop.negated, modality=prop.modality, attribution=prop.attribution,
        agent_first=prop.agent_first, graph=False)


@register("svo-object-prep")
def object_prep_reading(prop: Proposition, rel_toks: list[Token], obj: Token, verb: Token) -> Iterator[Proposition]:
    """"made a new offer on the pay rise" → (X; made a new offer on; the pay rise).

    The object noun phrase joins the relation when a prepositional phrase follows it, whether the
    parse hangs the phrase on the object or on the verb; the phrase's object becomes the argument.
    An Open IE reading only: the graph keeps the verb and its object. Linguistic reason: a light
    verb and its noun ("make an offer") are one predicate.
    """
    obj_arg = prop.args[1]
    prep = next((c for c in children(obj) if c.dep_ == "prep" and c.i > obj.i), None)
    if prep is None:
        prep = next((c for c in children(verb) if c.dep_ == "prep" and c.i > obj_arg.tokens[-1].i), None)
    pobj = prep and next((g for g in prep.children if g.dep_ == "pobj"), None)
    if prep is None or pobj is None or prep.lower_ == "according":
        return
    before = [t for t in obj_arg.tokens if t.i < prep.i]
    if not before or any(t.is_punct for t in before) or before[-1].i != prep.i - 1:
        return
    relation = join_tokens([*rel_toks, *before, prep])
    # the phrase's own adjunct (its object is in the prep's subtree) is now the object
    rest = [a for a in prop.args[2:] if a.head.i not in {t.i for t in prep.subtree}]
    yield Proposition(
        sentence=prop.sentence, relation=relation, lemma=prop.lemma, args=[prop.args[0], argument(pobj), *rest],
        rule="svo-object-prep", negated=prop.negated, modality=prop.modality, attribution=prop.attribution,
        confidence=prop.confidence * 0.8, graph=False)


# Nouns that name a part or a quantity of what their "of" phrase names.
PARTITIVES = frozenset({
    "part", "portion", "range", "number", "series", "lot", "kind", "type", "sort", "variety", "majority",
    "minority", "fraction", "half", "third", "quarter", "rest", "bulk", "set", "pair", "couple", "dozen",
    "handful", "amount", "quantity", "piece", "share", "percent", "proportion", "host", "array", "total",
})


# Partitive nouns that only count or measure out what their "of" phrase names (not a part of it).
COUNTING = frozenset({"lot", "lots", "number", "couple", "dozen", "handful", "host", "amount", "quantity",
                      "range", "variety", "array", "series", "plenty"})


# Nouns of number and units of time: what "a range of tens" or "a couple of times" measures is no thing.
_NUMBER_WORDS = frozenset({"ten", "hundred", "thousand", "million", "billion", "dozen", "time", "year", "month",
                           "week", "day", "minute", "hour", "metre", "mile", "kilometre", "percent"})


@register("counted-object")
def counted_object(obj: Token) -> Token | None:
    """"Nordbank has sold a lot of bonds", '"I have won a number of races," said Tom Reed': the
    graph's object is what the counting noun counts (``Nordbank SELL bonds``), not the noun
    itself (``SELL lot``); the Open IE view keeps its own readings.

    Linguistic reason: "a lot of", "a number of", "a couple of", "a range of" are quantifiers in
    the form of a noun: the verb acts on the bonds, and "lot" names no participant. A partitive
    of a part ("half of", "part of", "a share of") is left as it was: the part is what was sold;
    so is a definite one ("revised up the number of jobs": the number is what was revised) and a
    measure ("a range of a few tens of metres").
    """
    if "counted-object" in disabled() or obj.lemma_.lower() not in COUNTING:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "its", "their", "his", "her") for c in children(obj)):
        return None  # "revised up the number of jobs": a definite "the number" is the count itself
    of = next((c for c in children(obj) if c.dep_ == "prep" and c.lower_ == "of" and c.i == obj.i + 1), None)
    counted = of and next((c for c in children(of) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if counted is None or counted.lemma_ in _NUMBER_WORDS or any(c.dep_ == "nummod" for c in children(counted)):
        return None  # "a range of a few tens of metres": a measure, not a count of things
    return counted


@register("partitive-object")
def partitive_first(prop: Proposition, readings: list[Proposition], obj: Token | None) -> Iterator[Proposition]:
    """"sold a part of the farm" → (X; sold a part of; the farm) first, and
    (X; sold; a part of the farm) as the second reading: an object headed by a noun of
    part or quantity ("part", "portion", "range", "number") joins the relation with its "of".

    Linguistic reason: a partitive noun does not name a participant of its own; it measures out
    the noun of its "of" phrase, which is what the verb acts on ("covers a wide range of subjects"
    covers subjects), so that noun is the argument and "a range of" belongs to the predicate.
    ``readings`` are the object's :func:`object_prep_reading` (the other splits follow it).
    """
    first = readings[0] if readings else None
    if ("partitive-object" in disabled() or obj is None or first is None or not prop.open_ie
            or obj.lemma_.lower() not in PARTITIVES or not first.relation.endswith(" of")):
        yield prop
        yield from readings
        return
    yield replace(prop, open_ie=False)  # the graph keeps the verb and its object
    yield replace(first, rule=prop.rule, confidence=prop.confidence)
    yield replace(prop, rule="svo-object-prep", graph=False)
    yield from readings[1:]


# Verbs whose indirect object is whom they address, the graph's object ("told Anna Berg the news"
# is TELL Anna Berg), not the recipient of a thing.
TELLING = frozenset({"tell", "ask", "teach", "show", "inform", "warn", "remind", "assure", "promise", "call",
                     "email", "write", "phone", "text"})


def is_recipient(obj: Token, verb: Token) -> bool:
    """``obj`` is the indirect object of a verb of giving that has a direct object too: "GM" of
    "Nordbank had sold Fjord Capital a stake"."""
    return (obj.dep_ == "dative" and obj.pos_ != "ADP" and verb.lemma_ not in TELLING
            and any(c.dep_ == "dobj" for c in children(verb)))


# Verbs of obtaining: what they move goes to their subject, so a first object is at most for whom
# ("won them the cup", "bought her a car"), never a recipient.
OBTAINING = frozenset({"win", "earn", "gain", "get", "obtain", "secure", "clinch", "land", "net", "buy",
                       "receive", "collect", "scoop", "bag", "claim", "find"})


@register("benefactive")
def is_benefactive(obj: Token, verb: Token) -> bool:
    """"Anna Berg won the NFCA best actress": no fact between Anna Berg and NFCA; her win of
    the category stays.

    Linguistic reason: a verb of obtaining (win, earn, get, buy) moves a thing to its own
    subject, so its first object in a double-object frame is no recipient but at most whom it
    was for ("won them the cup" = won the cup for them). With a name after "the" and a bare
    category after it, as here, the first "object" is a modifier of the second, which the small
    model splits off as an indirect object ("the NFCA best actress": the NFCA's best-actress
    award). Either way neither "win NFCA" nor "win to NFCA" is said, so the graph takes no
    fact of the indirect object (the Open IE view keeps the parse's tuple).
    """
    return ("benefactive" not in disabled() and obj.dep_ == "dative" and verb.lemma_ in OBTAINING
            and any(c.dep_ == "dobj" for c in children(verb)))


@register("recipient")
def recipient_reading(prop: Proposition) -> Iterator[Proposition]:
    """"Nordbank had sold Fjord Capital a stake" → (Nordbank; had sold to; Fjord Capital) for the
    graph, which does not say that Nordbank sold Fjord Capital (graph only; the Open IE view keeps the parse's tuple).

    Linguistic reason: in a double-object construction the first object is the recipient and the
    second the thing given ("sold Fjord a stake" = "sold a stake to Fjord"); a verb of giving's patient is
    the thing, so the recipient is the object of "to", as the prepositional form says.
    """
    from kg.extract.results import given_defeat  # (kg.extract.results imports this module's neighbours)

    if given_defeat(prop):
        # "Bergen handed Oslo a 3-0 defeat": a defeat given to a side is beating it (``given-result``)
        yield replace(prop, relation="beat", lemma="beat", rule="given-result", open_ie=False, graph=True)
        return
    yield replace(prop, relation=f"{prop.relation} to", lemma=f"{prop.lemma} to", rule="recipient",
                  open_ie=False, graph=True)
