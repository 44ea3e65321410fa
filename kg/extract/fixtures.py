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
from kg.extract.clauses import is_negated
from kg.extract.objects import Frame, Objects
from kg.extract.reading import children, proper_run, sentence_lemmas, sentence_tokens, sentence_words
from kg.extract.registry import disabled, register, triggered_by

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


# Verbs that name a fixture itself, whatever its outcome: to face, meet, play or host a side.
FIXTURE_VERBS = frozenset({"face", "meet", "play", "host"})
# Modals under which a journey is no more than a possibility ("could travel to Bergen to face Molde").
_OPEN_MODALS = frozenset({"could", "might", "may", "would", "should", "must"})
_PRONOUN_SIDES = frozenset({"he", "she", "they", "we", "who"})


@register("fixture-purpose")
def fixture_purpose(f: Frame, found: Objects) -> bool:
    """"Halden will travel to Bergen to meet holders Molde in January", "Nordvik have brought Tom
    Reed back into their squad to face Molde on Sunday": the graph takes the fixture (Halden; meet;
    Molde), which the parse hangs on the first verb as an infinitive of purpose, whose facts the
    graph otherwise leaves out (an aim is not an event).

    Linguistic reason: "face", "meet", "play" and "host" a side name the fixture, not its outcome:
    the match between the two sides is arranged whoever wins, so a journey or a selection made "to
    face Molde" states the fixture as "Halden face Molde on Sunday" does; an outcome verb stays an
    aim ("went to Bergen to beat Molde": rule ``contest-result-infinitive``). Not under a negation
    or a modal of possibility on the first verb ("will not travel to face", "could travel to
    face"), nor when the first verb is itself an aim or a report ("hopes to travel to face"), nor
    on a passive ("was dropped from the squad to face Molde": whose aim is not said); both
    ends named sides (a personal pronoun subject the resolver may take back to one); not "play"
    with an "in" phrase after its object ("signed up to play Jack in Cold Harbour": a part).
    Graph-only: CaRB's Open IE view keeps the sentence's own propositions.
    """
    if f.last.lemma_.lower() not in FIXTURE_VERBS or "fixture-purpose" in disabled():
        return False  # (the cheap test first: the infinitive's lemma)
    head = f.verb.head
    if found.rule != "svo" or len(f.chain) != 1 or head.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl"):
        return False
    if is_negated(head) or any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _OPEN_MODALS for c in children(head)):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children(head)):
        # "Tom Reed has been added to the squad to face Molde", "was dropped from the squad to
        # face Molde": the aim is the unnamed agent's, or the squad's, not the patient's
        return False
    if not f.subs or not all(_purpose_side(s) or s.lower_ in _PRONOUN_SIDES for s in f.subs):
        return False
    objs = [o for o in found.objects if o is not None]
    if not objs or not all(_purpose_side(o) for o in objs):
        return False
    # "to play Jack in Cold Harbour": a part in a named work
    return not (f.last.lemma_.lower() == "play" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.pos_ == "PROPN" for g in children(c))
        for t in (f.last, *objs) for c in children(t)))


def _purpose_side(tok: Token) -> bool:
    """A named side: a proper noun, or a word the model names a team, a place or a person."""
    return (tok.pos_ == "PROPN" and tok.ent_type_ in _SIDE_TYPES) or tok.ent_type_ in ("ORG", "GPE", "PERSON", "NORP")
