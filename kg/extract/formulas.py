"""Fixed formulas whose verb names no act between the words it governs (issue #13, round 25:
precision between names on unseen news).

- '"I just thank God that no-one was hurt," said Tom Reed': "thank God" (goodness, heaven) is a
  formula of relief; the graph takes no (Tom Reed; THANK; God) (rule ``thank-formula``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.registry import disabled, register

# What "thank" takes in the formula of relief ("thank God", "thank goodness", "thank heavens").
_FORMULA_OBJECTS = frozenset({"god", "goodness", "heaven", "heavens", "lord", "christ"})


@register("thank-formula")
def thank_formula(verb: Token, obj: Token | None) -> bool:
    """True for "thank" with God, goodness or heaven as its object: no fact of thanking.

    Linguistic reason: "thank God (that) S", "thank goodness", "thank heavens" is a fixed
    formula that says the speaker is glad that S, an interjection in the shape of a clause; no
    one is thanked for anything ("thank goodness" shows it: goodness is no party). (Tom Reed;
    THANK; God) would put a relation between the speaker and a deity the sentence never states.
    Graph-only.
    """
    return (obj is not None and verb.lemma_.lower() == "thank" and obj.lower_ in _FORMULA_OBJECTS
            and "thank-formula" not in disabled())
