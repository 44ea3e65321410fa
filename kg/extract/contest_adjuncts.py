"""Prepositional phrases the ``svo-prep`` reading takes for an object that say why, for whom, for
how long or where, not what the verb acts on.

- "Anna Berg won for her performance", "Tom Reed resigned for personal reasons": the graph takes no
  (Anna Berg; WIN; performance) nor (Tom Reed; RESIGN; personal reasons) (rule ``for-adjunct``);
- "Jon Dahl scored for the visitors": the relation keeps "for", (Jon Dahl; SCORE_FOR; visitors),
  not (Jon Dahl; SCORE; visitors) (rule ``side-for``);
- "The talks succeeded in Bergen", "Nordvik triumphed in Oslo": nor (talks; SUCCEED; Bergen)
  (rule ``achievement-place``).

All are graph-only: :func:`kg.extract.verbs._in_graph` leaves the proposition out of the graph, or
the relation's lemma keeps the preposition, and CaRB's Open IE view keeps (Anna Berg; won for; her
performance), the sentence's own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.clauses import lemma_with_particle
from kg.extract.complements import time_phrase
from kg.extract.registry import disabled, register

if TYPE_CHECKING:  # kg.extract.objects imports side_for from here
    from kg.extract.objects import Objects

# Verbs of winning: a "for" phrase on them names the work or deed the prize was for ("won for her
# performance"), never the thing won.
WINNING_VERBS = frozenset({"win", "triumph", "prevail", "succeed"})
# Verbs of scoring in a game, with the score or nothing as their object ("scored two goals",
# "equalised", "touched down", "crossed for a try"): a "for" phrase names the side scored for.
SCORING_VERBS = frozenset({
    "score", "equalise", "equalize", "touch", "pounce", "power", "scorch", "coast", "claw", "cross", "excel",
    "impress", "finish", "bow",
})
# Verbs of praising, blaming or punishing, mostly met as reduced passives ("hailed for its sound",
# "sent off for two fouls", "jailed for fraud"), and "resign": their "for" phrase is the reason.
JUDGEMENT_VERBS = frozenset({
    "hail", "praise", "acclaim", "laud", "criticise", "criticize", "condemn", "blame", "fine", "ban",
    "suspend", "jail", "imprison", "sentence", "punish", "arrest", "send", "lock", "book", "penalise",
    "penalize", "sack", "dismiss", "resign",
})
# Nouns of a stretch of time ("for the first time", "for a period") besides kg's nouns of time.
SPAN_NOUNS = frozenset({"time", "period", "spell", "while", "stint"})


@register("for-adjunct")
def for_adjunct(found: Objects, verb: Token) -> bool:
    """"Anna Berg won for her performance", "Tom Reed resigned for personal reasons", "Halden
    played for the first time": the graph takes no fact from a "for" phrase the ``svo-prep``
    reading made the object of a verb of winning or of praising, punishing or resigning, nor from
    one that says for how long.

    Linguistic reason: "for" marks the theme only of verbs that select it ("voted for", "paid
    for", "bid for", "applied for", "played for Nordvik"). After a verb of winning ("won",
    "triumphed") it names the work or deed the prize was for; after a verb of judging ("hailed",
    "fined", "sent off") or "resigned", the deed or the cause; before a stretch of time ("the
    first time", "a period", "three weeks"), a duration. None is what the verb acts on, so WIN
    performance would state a thing won that was not. Graph-only.
    """
    if "for-adjunct" in disabled() or found.rule != "svo-prep" or found.objects[0] is None:
        return False
    prep, pobj = found.rel_toks[-1], found.objects[0]
    if prep.lower_ != "for":
        return False
    lemma = verb.lemma_.lower()
    return lemma in WINNING_VERBS or lemma in JUDGEMENT_VERBS or duration(pobj)


def duration(pobj: Token) -> bool:
    """A stretch of time after "for": "the first time", "a period", "three weeks"."""
    return pobj.lemma_.lower() in SPAN_NOUNS or time_phrase(pobj)


@register("side-for")
def side_for(verb: Token, prep: Token, pobj: Token) -> str | None:
    """"Jon Dahl scored for Nordvik", "Tom Reed equalised for the hosts" → the relation keeps
    "for" (SCORE_FOR Nordvik), the predicate of the graph's fact (None: the verb's own).

    Linguistic reason: after a verb of scoring in a game, "for" names the side the points were
    for, the scorer's team, not the thing scored; the relation the verb alone types (SCORE
    Nordvik) would make the side the score. With "for" kept, the fact says what the sentence
    says, as "played for Nordvik" does of a team. Graph-only: the Open IE view's relation is the
    sentence's words already ("scored for").
    """
    if "side-for" in disabled() or prep.lower_ != "for" or verb.lemma_.lower() not in SCORING_VERBS \
            or duration(pobj):
        return None
    return f"{lemma_with_particle(verb)} for"


@register("achievement-place")
def achievement_place(found: Objects, verb: Token) -> bool:
    """"The talks succeeded in Bergen", "Nordvik triumphed in Oslo": the graph takes no fact from
    a town or country after "in" or "at" on a verb of winning or scoring; the Open IE view keeps
    (The talks; succeeded in; Bergen). Not a building or other location: the model tags an
    event's name so too ("triumphed at the Nordic Film Awards", the contest won).

    Linguistic reason: such a verb has no object, or the prize or score as its object; a place
    after "in" or "at" says where the achieving happened, an adjunct, as on "won in Dubai"
    (``place-adjunct``). SUCCEED Bergen would make the place a thing achieved. Graph-only.
    """
    if "achievement-place" in disabled() or found.rule != "svo-prep" or found.objects[0] is None:
        return False
    return (verb.lemma_.lower() in WINNING_VERBS | SCORING_VERBS and found.rel_toks[-1].lower_ in ("in", "at")
            and found.objects[0].ent_type_ == "GPE")
