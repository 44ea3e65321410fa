"""An act a noun of intention announces: "Nordbank has plans to buy Vexa", "Tom Reed made an offer
to buy Nordvik United", "part of Nordbank's plans to build its own phones".

Rule ``intention-infinitive``. The graph reads each as the act with the noun as its modality, as it
reads "Nordbank plans to buy Vexa" and "has agreed to buy" (``kg.extract.clauses.COMMITTING``):
``(Nordbank)-[:ACQUIRE {predicate: "buy", modality: "plan"}]->(Vexa)``, negated after "no plans".
The verb rules' own reading, with the noun as the doer ("plans BUY Vexa"), leaves the graph (the
Open IE view keeps it). Graph-only: CaRB's Open IE view does not show the new reading.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.adjuncts import attribution_of
from kg.extract.base import Proposition
from kg.extract.clauses import is_negated, lemma_with_particle
from kg.extract.nominal import argument, conjuncts
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, register, triggered_by

# Nouns of intention whose infinitive is the act intended, with the modality each gives the act.
# Each modality is a verb, as a verb of commitment's is: the noun's own verb ("decision": decide)
# or, where the noun has none, the verb that says the same ("an approach to buy" seeks to buy).
INTENTION_NOUNS = {
    "plan": "plan", "offer": "offer", "bid": "seek", "attempt": "try", "approach": "seek",
    "intention": "intend", "pledge": "pledge", "promise": "promise", "threat": "threaten",
    "proposal": "propose", "decision": "decide", "ambition": "aim", "deal": "agree",
    "agreement": "agree",
}
# Verbs that give the noun to their subject: the one who has, makes or announces a plan is the one
# who means to act. Not "reject", "welcome", "oppose", "approve": their subject judges another's plan.
HOLDING_VERBS = frozenset({
    "have", "make", "announce", "unveil", "launch", "outline", "reveal", "table", "submit", "lodge",
    "mount", "put", "set", "confirm", "draw", "step", "renew", "revive", "take", "sign", "strike",
    "reach", "agree", "clinch", "seal", "finalise", "finalize", "detail", "present",
})


def _infinitive(noun: Token) -> Token | None:
    """The to-infinitive the noun takes: on the noun ("plans to buy"), or hung by the parse on the
    verb the noun is the object of, straight after the noun ("made an approach to buy")."""
    for c in children(noun):
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)):
            return c
    verb = noun.head
    if noun.dep_ != "dobj":
        return None
    for c in children(verb):
        to = next((a for a in children(c) if a.dep_ == "aux" and a.lower_ == "to"), None)
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and to is not None and to.i == noun.right_edge.i + 1:
            return c
    return None


def _holders(noun: Token) -> tuple[list[Token], Token | None]:
    """Who holds the intention, and the verb that gives it to them (None for a possessor):
    "Nordbank's plans", "its plans"; the subject of "has plans", "made an offer"."""
    owner = next((c for c in children(noun) if c.dep_ == "poss"), None)
    if owner is not None:
        return ([owner] if owner.pos_ in ("PROPN", "PRON", "NOUN") else []), None
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in HOLDING_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return [], None
    subs = [c for c in children(verb) if c.dep_ == "nsubj"]
    return [s for sub in subs for s in conjuncts(sub)], verb


def intended_subject(verb: Token) -> bool:
    """The verb is the infinitive of a noun of intention this rule reads ("plans to buy"): the noun
    is not its doer, so the verb rules' reading with the noun as subject stays out of the graph."""
    noun = verb.head
    return ("intention-infinitive" not in disabled() and verb.dep_ in ("acl", "relcl")
            and noun.lemma_.lower() in INTENTION_NOUNS and noun.pos_ == "NOUN" and _infinitive(noun) == verb
            and bool(_holders(noun)[0]))


# Words before a noun that make an infinitive after it say who did the act ("the first bank to
# buy Vexa", "the only side to beat Oslo"): the noun is then the infinitive's subject.
_SUBJECT_MARKERS = frozenset({"first", "last", "only", "next", "second", "third"})


# Verbs of need: their object is what the infinitive's act takes, and does it ("needed a late
# goal to beat Oslo").
_NEEDING = frozenset({"need", "require"})


@register("purpose-infinitive-on-object")
def purpose_on_object(verb: Token) -> bool:
    """"Nordbank took a stake to please Vexa Holdings", "Tom Reed bought shares to calm Vexa": the
    graph takes no (stake; PLEASE; Vexa Holdings) from an infinitive the parse hung on the object
    as a relative clause.

    Linguistic reason: a to-infinitive after a verb's object that has an object of its own is,
    without a word that picks the object out as a doer ("the first bank to buy"), either a clause
    of purpose, which says why the subject of the main verb acted ("in order to please Vexa") and
    whose understood subject is that subject, or the content of the object noun ("has the ability
    to win the cup", "made the decision to list Vexa"), whose doer is the noun's holder. In
    neither is the object noun the doer, and neither states a fact that happened, so the graph
    takes none from it, as from a purpose clause the parse hangs on the verb. Not after a verb of
    need ("it needed a late goal to beat Oslo", "it took a clearance to save Bergen"), whose
    object is what the act took, and so its doer.
    """
    noun = verb.head
    if (verb.dep_ not in ("relcl", "acl") or verb.tag_ != "VB" or noun.dep_ != "dobj" or noun.pos_ != "NOUN"
            or noun.head.pos_ not in ("VERB", "AUX") or "purpose-infinitive-on-object" in disabled()):
        return False
    kids = children(verb)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids):
        return False
    if not any(c.dep_ == "dobj" for c in kids):
        return False  # ("a stake to sell": the noun is the infinitive's own object)
    if noun.head.lemma_ in _NEEDING or (noun.head.lemma_ == "take" and any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in children(noun.head))):
        return False  # ("it needed a desperate clearance to save Bergen": the thing needed does it)
    return not any(c.lower_ in _SUBJECT_MARKERS or c.tag_ == "JJS" for c in noun.lefts)


@triggered_by(lemmas=INTENTION_NOUNS)
def intention_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed has no plans to sign Jon Dahl" → (Tom Reed; no plans to sign; Jon Dahl), negated,
    modality "plan"; "Vexa launched an offer to buy Nordbank" → (Vexa; offer to buy; Nordbank).

    Linguistic reason: a noun of intention ("plan", "offer", "bid", "decision") takes an
    infinitive that names the act intended, and the infinitive's understood subject is the one
    whose intention it is (control by the noun's holder): the possessor ("Nordbank's plans to
    build"), or the subject of a verb that gives the noun to its subject ("has", "made",
    "announced", "launched"). The act types the fact and the noun is its modality, as a verb of
    commitment is ("agreed to buy"); "no plans" denies the act. Not with a verb whose subject
    judges another's intention ("rejected an offer to buy").
    """
    if INTENTION_NOUNS.keys().isdisjoint(sentence_lemmas(sent)):
        return
    for noun in sentence_tokens(sent):
        modality = INTENTION_NOUNS.get(noun.lemma_.lower())
        if modality is None or noun.pos_ != "NOUN":
            continue
        act = _infinitive(noun)
        holders, verb = _holders(noun) if act is not None else ([], None)
        obj = next((c for c in children(act) if c.dep_ == "dobj"), None) if act is not None else None
        if act is None or obj is None or not holders:
            continue
        negated = any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun)) or (
            verb is not None and is_negated(verb))
        attribution = attribution_of(verb if verb is not None else act)  # "Reed says he has no plans to"
        for holder in holders:
            for target in conjuncts(obj):
                yield Proposition(sentence=sent, relation=f"{noun.text} to {act.text}", lemma=lemma_with_particle(act),
                                  args=[argument(holder), argument(target)], rule="intention-infinitive",
                                  negated=negated, modality=modality, attribution=attribution, confidence=0.5,
                                  open_ie=False)
