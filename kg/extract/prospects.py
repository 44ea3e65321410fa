"""An act a prepositional phrase of prospect announces: "Nordvik are on course to beat Halden",
"Nordbank is on track to buy Vexa" (issue #13, round 17: precision on unseen news).

Rule ``prospect-phrase``: the act keeps the phrase's noun as its modality, (Nordvik; DEFEAT
{modality: course}; Halden), as "is likely to beat" keeps "likely" (``modal-adjective``).
Graph and Open IE alike carry the same tuple; only the fact's modality is new, which CaRB's view
does not show.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.reading import children
from kg.extract.registry import disabled, register

# Nouns of a prepositional phrase after "be" that, with a to-infinitive, put the act ahead: "on
# course to", "on track to", "in line to" ("on the verge of" takes a gerund, which the parse does
# not hang on "be": not read).
PROSPECT_NOUNS = frozenset({"course", "track", "line"})


@register("prospect-phrase")
def prospect_phrase(chain: list[Token]) -> str | None:
    """"Nordvik are on course to beat Halden", "Nordbank is on track to buy Vexa" → the act
    (DEFEAT, ACQUIRE) with the phrase's noun as its modality ("course", "track"); None when the
    verb group has no such phrase.

    Linguistic reason: "be on course to", "be on track to", "be in line to" are prepositional
    predicates that take the infinitive as their complement, as "be likely to" and "be set to"
    do: they say that the act is expected from the way things stand, not that it happened. The
    match may yet be lost; a plain DEFEAT Halden would state it as done. The parse hangs the
    infinitive on "be" as its complement; the phrase is the other complement of that "be".
    """
    if "prospect-phrase" in disabled() or len(chain) < 2 or chain[-1].dep_ != "xcomp":
        return None
    for tok in chain[:-1]:
        if tok.lemma_ != "be":
            continue
        for prep in children(tok):
            if prep.dep_ == "prep" and prep.lower_ in ("on", "in"):
                noun = next((g for g in children(prep) if g.dep_ == "pobj"), None)
                if noun is not None and noun.lemma_.lower() in PROSPECT_NOUNS:
                    return noun.lemma_.lower()
    return None


# Nouns of what came of something: "N was to V" with one of them is a copula identifying the
# outcome with the act ("the effect was to slow him"), no arrangement.
_OUTCOME_NOUNS = frozenset({"effect", "result", "consequence", "impact", "outcome", "upshot"})


@register("be-to-prospect")
def be_to_prospect(chain: list[Token]) -> str | None:
    """"Nordbank is to supply Vexa with ten planes", "Tom Reed was to sign for Nordvik" → the act
    (SUPPLY, SIGN) with "be to" as its modality; None when the verb group has no such "be".

    Linguistic reason: "be" with a to-infinitive as its only complement is the modal "be to" of an
    arrangement or plan ("is to supply": it has been agreed that it will; "was to sign": it was
    planned, and may not have happened). Like "will" or "is set to", it puts the act ahead of the
    time spoken of; a plain SUPPLY would state the supplying as done. A "be" with a complement of
    its own ("is likely to", "is on course to", "is keen to") is left to the rules of those words.
    Graph and Open IE carry the same tuple; only the fact's modality is new (round 28, prec28).
    """
    if len(chain) < 2 or chain[-1].dep_ != "xcomp" or "be-to-prospect" in disabled():
        return None
    act = chain[-1]
    be = act.head
    if be.lemma_ != "be" or be not in chain or be.i > act.i:
        return None
    if not any(c.tag_ == "TO" and c.dep_ == "aux" for c in children(act)):
        return None
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _OUTCOME_NOUNS for c in children(be)):
        return None  # "One effect was to slow him": the effect is the act, which happened
    # "is yet to sign" is the negated act of rule yet-to; "is about to" and the rest stay "be to"
    if any(c.dep_ in ("acomp", "attr", "prep", "oprd") or c.lower_ == "yet"
           for c in children(be) if c is not act):
        return None
    return "be to"


# Verbs of drawing near whose gerund after "on", "to" or "towards" is the act not yet reached:
# "closing in on signing", "edging towards selling", "moving closer to buying".
_APPROACH_VERBS = frozenset({"close", "edge", "inch", "move", "draw"})


@register("approaching-act")
def approaching_act(v: Token) -> str | None:
    """"Nordvik are closing in on signing Tom Reed", "Vexa is edging towards selling its yard" →
    the gerund's act (SIGN, SELL) with the verb of drawing near as its modality ("close in");
    None for any other verb.

    Linguistic reason: "close in on", "edge towards", "move closer to" say that the subject is
    getting near the act, so the act has not happened yet (the signing may still fall through);
    the gerund after the preposition is that act, whose subject is the subject of the verb of
    drawing near. A plain SIGN would state the signing as done.
    """
    if v.dep_ != "pcomp" or v.tag_ != "VBG" or v.head.lower_ not in ("on", "to", "towards", "toward"):
        return None
    verb = v.head.head
    if verb.lemma_.lower() not in _APPROACH_VERBS or "approaching-act" in disabled():
        return None
    prt = [c.lower_ for c in children(verb) if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "closer")]
    if v.head.lower_ == "on" and prt != ["in"]:
        return None  # "went on to win", "moved on to buying": no approach
    if verb.lemma_.lower() in ("move", "draw") and "closer" not in prt:
        return None  # "moved to selling": a change of course, done
    return " ".join([verb.lemma_.lower(), *prt])
