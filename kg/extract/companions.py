"""Prepositions that a verb of motion or of stopping a shot does not take its goal or patient
through, kept in the relation (issue #13, round 25: precision between names on unseen news).

- "Tom Reed arrived with his coach Jon Dahl", "Anna Berg went with Eva Lund": after a verb of
  motion "with" names a companion, or the one followed; the relation keeps it, (Tom Reed;
  ARRIVE_WITH; Jon Dahl), not (Tom Reed; ARRIVE; Jon Dahl), which reads the companion as the
  place reached (rule ``companion-phrase``);
- "Nordvik are going for their first title", "Vexa moves for Nordbank": after "go", "come" or
  "move", "for" names what is sought (a prize, a firm bid for), not where the subject went; the
  relation keeps it, (Vexa; MOVE_FOR; Nordbank) (rule ``companion-phrase``);
- "the keeper saved well from Tom Reed": after "save", "from" names the one whose shot was
  stopped; the relation keeps it, (keeper; SAVE_FROM; Tom Reed), not a Tom Reed who was saved
  (rule ``companion-phrase``).

Graph-only: the Open IE view's relation is the sentence's words already ("arrived with").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.misparsed import MOTION_VERBS
from kg.extract.reading import children
from kg.extract.registry import disabled, register

# Verbs of arriving or leaving, whose bare relation reads its object as the place reached or left.
_ARRIVAL_VERBS = frozenset({"arrive", "leave", "depart"})

# Verbs of motion after which "for" is the thing sought ("go for gold", "move for a firm"), not the
# destination it is after "head for", "sail for", "leave for", "set off for", "fly for".
_AIM_VERBS = frozenset({"go", "come", "move"})

# Verbs of stopping a shot, whose "from" names the shooter ("saved from Reed").
_STOPPING_VERBS = frozenset({"save"})


# Adverbs of direction that make a phrasal verb with the verb before them ("walk away with").
_DIRECTIONS = frozenset({"away", "off", "out", "back", "forward", "in", "on", "up", "down", "over"})


@register("companion-phrase")
def companion_phrase(verb: Token, prep: Token) -> str | None:
    """"arrived with Jon Dahl" → ARRIVE_WITH, "going for the title" → GO_FOR, "saved from Tom
    Reed" → SAVE_FROM: the predicate of the graph's fact keeps the preposition (None: the verb's own).

    Linguistic reason: a verb of motion takes its goal through "to", "into" or "at" (or none);
    "with" on it adds a companion (comitative: "arrived with his coach", "went with the leader"),
    and "for" after "go", "come" or "move" a purpose or a thing sought ("going for the title",
    "moves for a rival firm"); "from" after "save" names whose shot was stopped. The relation the
    verb alone types (ARRIVE Jon Dahl, GO title, SAVE Tom Reed) reads the phrase's object as the
    place reached or the one saved, which the sentence does not say. With the preposition kept the
    fact says it, as ``source-phrase`` keeps "from" (MOVE_FROM). Graph-only.
    """
    word = prep.lower_
    if word not in ("with", "for", "from"):
        return None
    lemma = verb.lemma_.lower()
    if not ((word == "with" and (lemma in MOTION_VERBS or lemma in _ARRIVAL_VERBS))
            or (word == "for" and lemma in _AIM_VERBS)
            or (word == "from" and lemma in _STOPPING_VERBS)):
        return None
    if "companion-phrase" in disabled():
        return None
    # the particle, or an adverb of direction the parse did not call one ("walk away with the
    # prize" is WALK_AWAY_WITH, winning; "came forward for the firm" COME_FORWARD_FOR)
    particles = [c.lower_ for c in children(verb) if c.dep_ == "prt"
                 or (c.dep_ == "advmod" and verb.i < c.i < prep.i and c.lower_ in _DIRECTIONS)]
    return " ".join([lemma, *particles, word])


# Verbs whose "into" names what is run against or met by chance ("ran into Tom Reed", "crashed into
# a Vexa van"), not a place entered.
_COLLIDING_VERBS = frozenset({"run", "bump", "crash", "smash", "slam", "plough", "plow", "barge", "cannon",
                              "career", "collide", "slide"})


@register("collision-into")
def collision_into(verb: Token, prep: Token) -> str | None:
    """"Tom Berg ran into Jon Dahl", "the van crashed into a Vexa lorry" → RUN_INTO, CRASH_INTO: the
    predicate of the graph's fact keeps "into" (None: the verb's own).

    Linguistic reason: after a verb of running or striking, "into" with a person or a thing names
    what was run against or come upon ("ran into O'Connell": collided with him, or met him by
    chance), not the verb's object; the relation the verb alone types reads the name as its
    object, a transitive sense the sentence does not use (RUN Jon Dahl is to manage him, CRASH a
    lorry to wreck it). With "into" kept the fact says it, as ``companion-phrase`` keeps "with".
    Graph-only.
    """
    if prep.lower_ != "into" or verb.lemma_.lower() not in _COLLIDING_VERBS or "collision-into" in disabled():
        return None
    return f"{verb.lemma_.lower()} into"
