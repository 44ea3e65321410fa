"""A sport's playing position before a player's name that the parser read as a verb or an adverb:
"Bergen forward Jon Dahl says", "Vexa lock Tom Reed needs to" (rule ``misread-position``)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.reading import sentence_entities
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.roles import name_span

# Positions whose word is also a verb or an adverb ("forward", "lock", "prop") or that the model
# takes for one before a name; "back" and "guard" are left out: "Wales back Jon Dahl" and "police
# guard Tom Reed" are the verb as often as the position.
MISREAD_POSITIONS = frozenset({"forward", "lock", "prop", "hooker", "wing", "keeper", "defender", "centre",
                               "striker", "winger", "midfielder", "flanker", "goalkeeper"})
_TEAM_TYPES = frozenset({"ORG", "GPE", "NORP", ""})


@triggered_by(words=MISREAD_POSITIONS)
def misread_position_propositions(sent: Span) -> Iterator[Proposition]:
    """"Bergen forward Jon Dahl says the club is ready" → Jon Dahl holds "forward" at Bergen, where
    the parser read "forward" as an adverb of "says" and ``role-title`` found no title.

    Linguistic reason: team + position + name is the sports page's way of saying who a player is
    ("England lock", "Chelsea defender"); the position is a noun there whatever the parser says,
    for a capitalised team name right before it and a person's name right after it leave it no
    verb's place (a verb would need its subject's agreement and a complement of its own: "Wales
    lock horns"). Only when the parser hung the word off something other than the name (else
    ``role-title`` reads it), and only for a team written as a name.
    """
    for name in sentence_entities(sent):
        if name.label_ != "PERSON" or name.start - 2 < sent.start:
            continue
        doc = name.doc
        word, team = doc[name.start - 1], doc[name.start - 2]
        if word.lower_ not in MISREAD_POSITIONS or not word.is_lower:
            continue
        if name.start <= word.head.i < name.end:
            continue  # the parse has it as the name's title: role-title's
        if team.dep_ == "dobj" and team.head.i == word.head.i:
            continue  # "the deal moves Bergen forward Tom Reed said": the verb's object and its adverb
        if team.tag_ not in ("NNP", "NNPS") or not team.text[:1].isupper() or team.ent_type_ not in _TEAM_TYPES:
            continue
        ent = name_span(team)
        if ent is not None and ent.end != team.i + 1:
            continue
        org = ent.root if ent is not None else team
        yield Proposition(sentence=sent, relation="is", lemma="be",
                          args=[Argument(name.root, tuple(name)), Argument(org, tuple(ent) if ent is not None else (org,))],
                          rule="misread-position", role=Role(name.root, word.lower_, word, org), open_ie=False)


@register("position-not-verb")
def misread_position_verb(v: Token) -> bool:
    """"France defender Tom Berg and Norway winger Jon Dahl were injured": a position word between a
    team's name and a player's that the parser took for a verb gives no verb fact (no ``France
    DEFENDER Tom Berg``); ``misread-position`` reads it as the player's position.

    Linguistic reason: as for ``misread-position``, team + position + name is the sports page's
    way of naming a player, and the position is a noun there: a capitalised team name right before
    it and a person's name right after it leave it no verb's place (a verb would need its
    subject's agreement and a complement of its own: "Wales lock horns"). A "verb" so read has no
    act to state. Only a lower-case position word with a name written as a name on each side.
    """
    if v.lower_ not in MISREAD_POSITIONS or not v.is_lower or "position-not-verb" in disabled():
        return False  # (the cheap test first: almost no verb is a position word)
    doc = v.doc
    if v.i == 0 or v.i + 1 >= len(doc):
        return False
    team, name = doc[v.i - 1], doc[v.i + 1]
    return (team.tag_ in ("NNP", "NNPS") and team.text[:1].isupper() and team.ent_type_ in _TEAM_TYPES
            and name.ent_type_ == "PERSON" and name.ent_iob_ == "B")
