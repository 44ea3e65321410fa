"""Clauses that ask rather than state: "has not decided whether it will sell the plant".

A clause that is an embedded question states nothing: :func:`embedded_question` tells the verb
rules (:mod:`kg.extract.verbs`) to take no proposition from it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.registry import disabled, register

# Words that open an embedded question: "whether", "if", and "how"/"why" (also "how much").
QUESTION_WORDS = frozenset({"whether", "if", "how", "why"})
# Verbs that take the answer, not the question, as their complement: "showed how the loss was
# caused" says how it was caused, and that it was.
FACTIVE = frozenset({"show", "explain", "reveal", "know", "learn", "discover", "realise", "realize",
                     "understand", "describe", "demonstrate", "prove", "remember", "notice", "find"})
# Where a question is a complement: of a verb, as a subject, or after a preposition ("over how
# much it would owe", "as to whether it will close"). An adverbial "if" clause is a condition.
COMPLEMENT_DEPS = frozenset({"ccomp", "csubj", "pcomp", "pobj", "dobj"})


@register("embedded-question")
def embedded_question(verb: Token) -> bool:
    """"Nordbank has not decided whether it will sell the plant": (it; will sell; the plant) is
    no fact; nor is what follows "how" or "why" in "it is too early to say how the deal will be
    financed".

    Linguistic reason: an embedded question ("whether S", "if S", "how S", "why S") names the
    question whether, how or why S holds; it does not assert S. Except under a verb that takes the
    answer as its complement ("showed how", "explained why": a factive verb), where S is
    presupposed true.
    """
    if "embedded-question" in disabled():
        return False
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in COMPLEMENT_DEPS or clause.pos_ not in ("VERB", "AUX"):
        return False
    first = clause.left_edge
    if first.lower_ not in QUESTION_WORDS or first.i >= clause.i:
        return False
    if first.lower_ in ("whether", "if") and not (first.dep_ == "mark" and first.head.i == clause.i):
        return False
    return clause.dep_ in ("pcomp", "pobj") or clause.head.lemma_.lower() not in FACTIVE
