"""Verbs whose sense in the sentence is not the one their relation type names (issue #13, round 17:
precision on unseen news).

- "Tom Reed headed Nordvik in front", "Jon Dahl headed the ball home": the football sense of
  "head" (to strike with the head, sending something somewhere), not the leading one that HEAD
  types; the graph takes no fact from it (rule ``ball-heading``);
- "Jon Dahl falls to Tom Reed" (a sports headline): "fall to" a person or a team is to be beaten
  by them, not a movement towards them; the graph takes no (Jon Dahl; FALL; Tom Reed) (rule
  ``fall-to-party``).

Both are graph-only: CaRB's Open IE view keeps the sentence's words ("headed", "falls to").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.reading import children
from kg.extract.registry import disabled, register

# Adverbs and prepositions after "head" that say where the thing struck went: "headed home",
# "headed wide", "headed the ball over the bar", "headed Halden into the lead". "in" only as an
# adverb ("headed in") or in "in front": "heads the bank in Bergen" says where he leads.
_DIRECTION_ADVERBS = frozenset({"home", "wide", "over", "clear", "in", "ahead", "level", "away", "down", "inside", "past"})
_DIRECTION_PREPOSITIONS = frozenset({"into", "past", "onto", "over", "against", "across", "beyond", "inside", "wide"})
# What a header strikes or scores: "headed the ball", "headed the winner".
_STRUCK = frozenset({
    "ball", "goal", "equaliser", "equalizer", "winner", "opener", "cross", "corner", "header",
    "chance", "effort", "free-kick", "clearance",
})


@register("ball-heading")
def ball_heading(verb: Token) -> bool:
    """"Tom Reed headed Nordvik in front", "Jon Dahl headed the ball home", "Reed headed Halden
    into the lead": the graph takes no fact of "head" with a phrase of direction or a ball for
    its object.

    Linguistic reason: "head" in the sense HEAD types (to lead: "Jon Dahl heads Vexa Holdings")
    takes an organisation or a body as its object and nothing else. In the football sense (to
    strike the ball with the head) it is a verb of caused motion, "head X somewhere": a phrase
    or adverb of direction says where the ball (or the team, "in front", "into the lead") went,
    or the object is the ball or the goal itself. With one, HEAD Nordvik would make the striker
    the team's leader. A verb of travel ("headed for Bergen", "headed to") is typed by its
    preposition (TRAVEL) and is left alone. Graph-only.
    """
    if "ball-heading" in disabled() or verb.lemma_.lower() != "head" or verb.pos_ != "VERB":
        return False
    kids = children(verb)
    has_object = any(c.dep_ == "dobj" for c in kids)
    for c in kids:
        if _direction(c) and (has_object or c.lower_ != "into"):
            return True  # "headed into the meeting" with no object is travel (TRAVEL), as "headed for"
        if c.dep_ == "dobj" and (c.lemma_.lower() in _STRUCK or c.lower_ == "home" or any(
                _direction(g) or (g.dep_ == "compound" and g.lemma_.lower() in _STRUCK) for g in children(c))):
            return True  # "headed the ball home": the parse may hang "home" on the ball, or take it for the object
    return False


def _direction(tok: Token) -> bool:
    """An adverb or a phrase of direction: "home", "wide", "into the lead", "in front"."""
    if tok.dep_ in ("advmod", "prt", "npadvmod") and tok.lower_ in _DIRECTION_ADVERBS:
        return True
    if tok.dep_ != "prep":
        return False
    return tok.lower_ in _DIRECTION_PREPOSITIONS or (
        tok.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "front" for g in children(tok)))


# What is fired when "fire" is to shoot: shots, balls, aces, crosses ("fired 19 aces", "fired in a cross").
_SHOTS = _STRUCK | frozenset({
    "ace", "shot", "strike", "volley", "drive", "pass", "round", "bullet", "missile", "rocket",
    "salvo", "warning", "broadside", "attempt", "penalty",
})


# Prepositions of where a shot (or the side it lifts) went; not "over" or "against", which also
# give a dismissal's reason or its party ("fired over the affair").
_FIRED_TO = frozenset({"into", "to", "past", "onto", "beyond", "inside", "across", "wide"})
# Of those, the ones that give the goal an object is moved to ("fired Bergen into the last 16", "to
# victory"); "across" and "inside" after an object say where or when it was dismissed ("fired 200
# staff across its branches", "inside a week").
_FIRED_GOALS = frozenset({"into", "to", "past", "onto", "beyond"})
# Nouns of feeling in "to the dismay of investors", "to everyone's surprise": a stance on the act,
# no goal of motion.
_STANCE_NOUNS = frozenset({"dismay", "surprise", "delight", "anger", "astonishment", "amazement", "horror",
                           "relief", "disappointment", "fury", "shock", "frustration", "embarrassment",
                           "consternation", "annoyance", "chagrin", "joy", "disgust", "regret"})


@register("shot-firing")
def shot_firing(verb: Token) -> bool:
    """"Tom Reed fired Bergen into the last 16", "Jon Dahl fired 19 aces", "Reed fired wide from
    a free-kick": the graph takes no fact of "fire" with a phrase of direction, or with a shot
    or a ball for its object.

    Linguistic reason: "fire" in the sense DISMISS types (to end someone's employment: "Vexa fired
    its chief executive") takes a person or a staff for its object and nothing of direction. In
    the sense of shooting it is a verb of caused motion, "fire X somewhere": an adverb or phrase
    of direction says where the shot (or the team, "into the last 16", "to victory") went, or the
    object is the shot itself (an ace, a cross, the ball). With one, DISMISS Bergen would make the
    scorer sack his own side. Graph-only.
    """
    if "shot-firing" in disabled() or verb.lemma_.lower() != "fire" or verb.pos_ != "VERB":
        return False
    has_object = any(c.dep_ == "dobj" for c in children(verb))
    for c in children(verb):
        if c.dep_ in ("advmod", "prt", "npadvmod") and c.lower_ in _DIRECTION_ADVERBS:
            return True  # "fired wide", "fired home"
        if c.dep_ != "prep":
            if c.dep_ == "dobj" and c.lemma_.lower() in _SHOTS:
                return True  # "fired 19 aces"
            continue
        objects = [g for g in children(c) if g.dep_ == "pobj"]
        if any(g.lemma_.lower() in _SHOTS for g in objects):
            return True  # "fired in a cross"
        if c.lower_ in (_FIRED_GOALS if has_object else _FIRED_TO) and not any(
                g.lemma_.lower() in _STANCE_NOUNS for g in objects):
            return True  # "fired Bergen into the last 16", "fired across goal"; not "fired over the affair",
            # "fired 200 staff across its branches", "fired Tom Reed to the dismay of investors"
    return False


# What "strike" makes rather than hits: agreements ("struck a deal") and the idioms of finding
# or setting ("struck gold", "struck a balance", "struck a chord").
_STRUCK_AGREEMENTS = frozenset({
    "deal", "agreement", "accord", "pact", "bargain", "compromise", "truce", "settlement", "alliance",
    "partnership", "arrangement", "contract", "ceasefire", "balance", "chord", "note", "tone", "pose",
    "gold", "oil", "lucky",
})


@register("strike-agreement")
def strike_agreement(verb: Token) -> bool:
    """"Nordbank struck a deal with Vexa Holdings", "Tom Reed struck gold", "the film struck a
    chord": the graph takes no fact of "strike" whose object is an agreement or an idiom's noun.

    Linguistic reason: "strike" in the sense ATTACK types (to hit or assail: "the storm struck
    Bergen") takes what is hit for its object. With an agreement noun ("a deal", "a bargain", "a
    pact") it is a light verb of making, as "make a deal" ("strike" from the striking of hands
    that sealed a bargain): the object is what the parties made, not a thing attacked; "strike
    gold/a balance/a chord/a note" are fixed idioms of finding or setting. ATTACK deal says nothing
    true; the party is read by rule ``deal-with`` (STRIKE_DEAL_WITH). Also the relative clause of
    such a noun ("the deal Nordbank struck"). Graph-only.
    """
    if "strike-agreement" in disabled() or verb.lemma_.lower() != "strike" or verb.pos_ != "VERB":
        return False
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in _STRUCK_AGREEMENTS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _STRUCK_AGREEMENTS for c in children(verb))


# Entity labels of a party that can beat someone: a person, a team or a country's side.
_PARTIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@register("fall-to-party")
def fall_to_party(verb: Token, prep: Token, obj: Token, subj: Token) -> bool:
    """"Jon Dahl falls to Tom Reed", "Nordvik fall to Halden" (headlines): the graph takes no
    fact (Jon Dahl; FALL; Tom Reed) from "fall to" with a person or a team after "to".

    Linguistic reason: "fall to" with a quantity or a level is a movement ("shares fell to
    300p", "fell to third place"); with a person or a team it is to be beaten by them or to
    pass into their hands ("the town fell to the rebels"): the one after "to" is the winner, not
    a place reached. FALL Tom Reed reads it as a fall towards him, which says nothing true of
    either; the article's text says who beat whom. Only with a name or a pronoun for the subject
    (a party that can be beaten): "the ball fell to Tom Reed" is a movement, and stays. Graph-only.
    """
    return ("fall-to-party" not in disabled() and verb.lemma_.lower() == "fall" and prep.lower_ == "to"
            and obj.ent_type_ in _PARTIES and not obj.like_num and subj.pos_ in ("PROPN", "PRON"))
