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
