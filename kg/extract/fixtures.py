"""A team named for a fixture with a day for its possessor (issue #13, round 23, helper sense23).

Rule ``fixture-side``: "Tom Reed has named the Halden team for Saturday's clash with Bergen" →
``(Halden)-[:PLAY]->(Bergen)``; "Bergen City's side for Friday's match against Halden" →
``(Bergen City)-[:PLAY]->(Halden)``. Graph-only: CaRB's Open IE view keeps the sentence's own
propositions.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.reading import children, proper_run, sentence_lemmas, sentence_tokens, sentence_words
from kg.extract.registry import disabled, triggered_by

# Nouns of one match between two sides.
FIXTURE_NOUNS = frozenset({"clash", "match", "game", "tie", "meeting", "fixture", "encounter", "showdown"})
# Nouns of the players a side fields for a match.
TEAM_NOUNS = frozenset({"team", "side", "squad", "line-up", "lineup", "xv", "selection"})
_OPPONENT_PREPS = frozenset({"with", "against", "v", "vs", "versus"})
_SIDE_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON", ""})


def _named(tok: Token | None) -> bool:
    return tok is not None and tok.pos_ == "PROPN" and tok.ent_type_ in _SIDE_TYPES


def _opponent(fixture: Token) -> Token | None:
    """The side after "with" or "against" of the fixture noun ("clash with Bergen")."""
    for prep in children(fixture):
        if prep.dep_ == "prep" and prep.lower_ in _OPPONENT_PREPS:
            pobj = next((g for g in children(prep) if g.dep_ == "pobj"), None)
            if _named(pobj):
                return pobj
    return None


def _team(prep: Token) -> Token | None:
    """The team noun the fixture's "for" phrase is for: its head ("the Halden team for"), or the
    object of the verb the parse hangs "for" on ("named the Halden team for", "returns to the
    Nordvik side for")."""
    head = prep.head
    if head.lemma_.lower() in TEAM_NOUNS and head.pos_ == "NOUN":
        return head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    for c in children(head):
        if c.dep_ == "dobj" and c.lemma_.lower() in TEAM_NOUNS:
            return c
        if c.dep_ == "prep" and c.i < prep.i:
            g = next((g for g in children(c) if g.dep_ == "pobj"), None)
            if g is not None and g.lemma_.lower() in TEAM_NOUNS:
                return g
    return None


def _team_side(team: Token) -> Token | None:
    """The side a team noun names: its name before it ("the Halden team") or its possessor
    ("Bergen City's side"); not a pronoun ("his team")."""
    for c in children(team):
        if c.dep_ in ("poss", "compound") and _named(c) and c.i < team.i:
            return c
    return None


@triggered_by(lemmas=FIXTURE_NOUNS)
def fixture_side_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed has named the Halden team for Saturday's clash with Bergen" → (Halden; play;
    Bergen); "Bergen City's side for Friday's match against Halden" → (Bergen City; play; Halden).

    Linguistic reason: a team picked "for" a match is the team that plays in it, and "a clash
    with Y" or "a match against Y" names the side it meets; when the fixture's possessor is a day
    ("Saturday's clash"), not a side, the side that plays is the one the team noun names (by a
    name before it or a possessor), so the two named sides meet: X plays Y. Only with a noun of
    one match (clash, match, game, tie, meeting, fixture), a day as its possessor, a team noun
    (team, side, squad, line-up) with a name, and a name after "with" or "against".
    """
    if "fixture-side" in disabled() or FIXTURE_NOUNS.isdisjoint(sentence_lemmas(sent)) \
            or "for" not in sentence_words(sent):
        return  # (the cheap test first: a noun of a fixture and "for")
    for tok in sentence_tokens(sent):
        if tok.lemma_.lower() not in FIXTURE_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "for":
            continue
        if not any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in children(tok)):
            continue  # ("Halden's clash with Bergen" is a possessive's: the side owns the fixture)
        other = _opponent(tok)
        team = _team(tok.head)
        side = _team_side(team) if team is not None else None
        if other is None or side is None or side.i == other.i:
            continue
        yield Proposition(sentence=sent, relation="play", lemma="play",
                          args=[Argument(side, tuple(proper_run(side))), Argument(other, tuple(proper_run(other)))],
                          rule="fixture-side", confidence=0.5, open_ie=False)
