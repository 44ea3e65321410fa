"""A gerund after the preposition a verb or adjective selects: "is interested in buying X".

:func:`gerund_complement` reads the words that make the relation ("interested in buying") and the
gerund's objects; the verb rules (:mod:`kg.extract.verbs`) state the proposition.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.confidence import SUBJECT_DEPS
from kg.extract.nominal import conjuncts
from kg.extract.registry import disabled, register

# Prepositions that head an adjunct of time, means or manner ("after leaving", "by adding"): their
# gerund says when or how, it is no complement the verb selects.
ADVERBIAL = frozenset({"after", "before", "while", "by", "without", "since", "through", "upon", "despite",
                       "besides", "until", "when"})


@dataclass(frozen=True, slots=True)
class GerundComplement:
    words: list[Token]  # what joins the relation: the adjective, the preposition, the gerund group
    gerund: Token
    objects: list[Token]


@register("gerund-complement")
def gerund_complement(verb: Token) -> GerundComplement | None:
    """"Nordbank is interested in buying the Oslo bank" → (Nordbank; is interested in buying; the
    Oslo bank); "The union succeeded in raising wages" → (The union; succeeded in raising; wages).

    Linguistic reason: a preposition a verb or an adjective selects ("succeed in", "interested
    in", "accused of", "plan on") may take a gerund clause as its object; the gerund has no subject
    of its own because its doer is the subject of the verb, so verb, preposition and gerund are
    one predicate and the gerund's object is the object of the whole. Only a gerund with a direct
    object and no subject of its own.
    """
    if "gerund-complement" in disabled():
        return None
    words = [verb]
    adjective = next((c for c in verb.children if c.dep_ == "acomp" and c.i > verb.i), None)
    if adjective is not None:
        words.append(adjective)
    for word in reversed(words):
        prep = next((c for c in word.children if c.dep_ == "prep" and c.i > word.i and c.lower_ not in ADVERBIAL), None)
        gerund = prep and next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if prep is None or gerund is None or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "poss" for c in gerund.children):
            continue
        obj = next((c for c in gerund.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        group = [c for c in gerund.children if c.dep_ in ("neg", "prt") or (c.dep_ == "advmod" and c.i < gerund.i)]
        rel = [*([word] if word is not verb else []), prep, *group, gerund]
        return GerundComplement(sorted(rel, key=lambda t: t.i), gerund, conjuncts(obj))
    return None
