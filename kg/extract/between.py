"""A conflict between two named sides, as news names it with a noun: "a feud between Tom Reed and
his brother Jon", "the rivalry between Nordvik and Halden".

Rule ``between-pair``. The graph reads each as ``(Tom Reed)-[:FEUD_WITH]->(Jon)``, what "Tom Reed
feuds with Jon" says. Graph-only: CaRB's Open IE view keeps the sentence's own propositions.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Proposition
from kg.extract.nominal import argument
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import triggered_by

# Nouns of a conflict or a contest between two sides, each with both sides as its arguments.
CONFLICT_NOUNS = frozenset({
    "feud", "rivalry", "row", "dispute", "battle", "fight", "clash", "tussle", "war", "spat", "quarrel", "wrangle",
})


def _side(tok: Token) -> Token | None:
    """A named side: a name, or a noun in apposition with one ("his brother Jon")."""
    if tok.pos_ == "PROPN":
        return tok
    return next((c for c in children(tok) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _sides(noun: Token) -> tuple[Token, Token] | None:
    """The two sides of "<noun> between A and B", both named, and no third."""
    prep = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "between"), None)
    first = prep and next((c for c in children(prep) if c.dep_ == "pobj"), None)
    if first is None:
        return None
    others = [c for c in children(first) if c.dep_ == "conj"]
    if len(others) != 1 or any(c.dep_ == "conj" for c in children(others[0])):
        return None
    a, b = _side(first), _side(others[0])
    return (a, b) if a is not None and b is not None else None


@triggered_by(lemmas=CONFLICT_NOUNS)
def between_pair_propositions(sent: Span) -> Iterator[Proposition]:
    """"a feud between Tom Reed and his brother Jon" → (Tom Reed; feud with; Jon).

    Linguistic reason: a noun of conflict ("feud", "rivalry", "row", "battle", "clash") is the
    nominal form of a reciprocal verb ("feud with", "battle with"), and "between A and B" gives
    both its participants, as the subject and the "with" phrase of the verb would. Only two named
    sides: "a battle between A, B and C" does not say who fought whom. Graph-only.
    """
    if CONFLICT_NOUNS.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for noun in sentence_tokens(sent):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in CONFLICT_NOUNS:
            continue
        sides = _sides(noun)
        if sides is None:
            continue
        yield Proposition(sentence=sent, relation=f"{noun.lower_} with", lemma=f"{lemma} with",
                          args=[argument(sides[0]), argument(sides[1])], rule="between-pair",
                          confidence=0.5, open_ie=False)
