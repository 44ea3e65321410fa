"""What a side reached when someone led it there: "Tom Reed guided Bergen City to the league
title", "Anna Berg inspired Nordvik to victory over Vexa United".

Rule ``led-to-prize``. The graph reads what the led side achieved as the side's own verb would
say it: ``(Bergen City)-[:WIN]->(league title)``, ``(Nordvik)-[:DEFEAT]->(Vexa United)``; the
leader keeps the verb's own fact (``Tom Reed GUIDE Bergen City``). Graph-only: CaRB's Open IE view
keeps the sentence's propositions as they are.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Proposition
from kg.extract.clauses import is_negated, modal_of
from kg.extract.nominal import argument, conjuncts
from kg.extract.prizes import PRIZE_NOUNS
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, triggered_by

# Verbs that cause their object to go somewhere: "led X to the title", "steered X into the final".
LEADING = frozenset({"lead", "guide", "steer", "take", "propel", "inspire", "drive", "carry", "fire", "power",
                     "coach", "captain", "skipper", "mastermind"})
# What a side wins by getting there: a prize or a title, a competition won outright.
_WON = PRIZE_NOUNS | frozenset({"championship", "slam", "double", "treble", "gold", "silver", "bronze",
                                "promotion", "glory"})
# What a side reaches: a round of a competition.
_REACHED = frozenset({"final", "semi-final", "semi", "quarter-final", "semis", "finals"})
# A win over a named side: the led side beat it.
_WINS = frozenset({"victory", "win", "triumph", "success"})
_SIDE_TYPES = frozenset({"ORG", "GPE", "PERSON", "NORP"})
# Verbs whose infinitive happened: "helped guide Nordvik to the title", "managed to steer them".
_ACHIEVED = frozenset({"help", "manage"})


def _side(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in _SIDE_TYPES


def _goal(verb: Token) -> Token | None:
    """The noun after the verb's "to" or "into" ("guided X to the title")."""
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.lower_ in ("to", "into"):
            return next((c for c in children(prep) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return None


@triggered_by(lemmas=LEADING)
def led_to_prize_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed guided Bergen City to the league title" → (Bergen City; won; league title);
    "Reed took Nordvik into the final" → (Nordvik; reached; final); "Anna Berg inspired Nordvik
    to victory over Vexa United" → (Nordvik; beat; Vexa United).

    Linguistic reason: "lead (guide, steer, take, inspire) X to Y" is a causative of motion: it
    says that X got to Y, with the subject as the cause, as "send X to Oslo" says X went there.
    Where Y is a prize or a title, to get to it is to win it; where it is a round ("the final"),
    to reach it; where it is a win over a named side, X beat that side. The leader's own fact
    (guide, lead) stays as the verb rules make it.
    """
    if "led-to-prize" in disabled() or LEADING.isdisjoint(sentence_lemmas(sent)):
        return  # (no verb of leading in the sentence: nothing below can match)
    for verb in sentence_tokens(sent):
        if verb.pos_ != "VERB" or verb.lemma_ not in LEADING:
            continue
        said_by: tuple[Token, ...] = (verb,)
        if verb.dep_ == "xcomp":
            if verb.head.lemma_ not in _ACHIEVED or verb.head.dep_ == "xcomp":
                continue  # "is aiming to steer Nordvik into the final", "hopes to help guide": an aim
            said_by = (verb, verb.head)  # "did not help guide", "could help guide": "help" says it
        obj = next((c for c in children(verb) if c.dep_ == "dobj"), None)
        if obj is None or not _side(obj):
            continue
        goal = _goal(verb)
        if goal is None:
            continue
        lemma = goal.lemma_.lower()
        negated = any(is_negated(t) for t in said_by)
        modality = next((m for m in map(modal_of, said_by) if m), None)
        led = [c for c in conjuncts(obj) if _side(c)]
        if lemma in _WINS:
            over = next((p for p in children(goal) if p.dep_ == "prep" and p.lower_ in ("over", "against")), None)
            beaten = over and next((c for c in children(over) if c.dep_ == "pobj" and _side(c)), None)
            if beaten is None:
                continue  # "led Nordvik to victory": no named side beaten, and the win is said by "led"
            for side in led:
                yield Proposition(sentence=sent, relation="beat", lemma="beat", args=[argument(side), argument(beaten)],
                                  rule="led-to-prize", confidence=0.5, open_ie=False, negated=negated, modality=modality)
            continue
        if lemma in _WON:
            relation, said = "won", "win"
        elif lemma in _REACHED:
            relation, said = "reached", "reach"
        else:
            continue
        for side in led:
            yield Proposition(sentence=sent, relation=relation, lemma=said, args=[argument(side), argument(goal)],
                              rule="led-to-prize", confidence=0.5, open_ie=False, negated=negated, modality=modality)
