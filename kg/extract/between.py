"""A conflict between two named sides, as news names it with a noun: "a feud between Tom Reed and
his brother Jon", "the rivalry between Nordvik and Halden".

Rule ``between-pair``. The graph reads each as ``(Tom Reed)-[:FEUD_WITH]->(Jon)``, what "Tom Reed
feuds with Jon" says. Graph-only: CaRB's Open IE view keeps the sentence's own propositions.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Proposition
from kg.extract.events import stated_event
from kg.extract.nominal import argument
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, triggered_by

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


# Names a rival may be: a firm, a person, a team or a country.
_RIVAL_TYPES = frozenset({"ORG", "PERSON", "GPE", "NORP"})


def _named(tok: Token | None) -> Token | None:
    return tok if tok is not None and tok.pos_ == "PROPN" and tok.ent_type_ in _RIVAL_TYPES else None


def _rival_of(noun: Token) -> Token | None:
    """The one a rival noun relates to: its named possessor ("Nordbank's rival") or the name of its
    "of" phrase ("a rival of Nordbank")."""
    poss = _named(next((c for c in children(noun) if c.dep_ == "poss"), None))
    if poss is not None:
        return poss
    prep = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _named(prep and next((c for c in children(prep) if c.dep_ == "pobj"), None))


def _rival_pair(word: Token) -> tuple[Token, Token] | None:
    """(the rival, the one it rivals) of one word "rival", when the sentence names both."""
    if word.dep_ in ("amod", "compound") and word.i < word.head.i:
        # "Nordbank's rival Vexa Holdings": the possessive is on the name the word modifies
        holder = _named(word.head)
        other = holder and (_named(next((c for c in children(holder) if c.dep_ == "poss"), None))
                            or _named(next((c for c in children(word) if c.dep_ == "poss"), None)))
        if other is None and holder is not None and word.pos_ == "NOUN":
            other = _rival_of(word)
        return (holder, other) if holder is not None and other is not None else None
    if word.pos_ != "NOUN":
        return None
    other = _rival_of(word)
    if other is None:
        return None
    if word.dep_ == "appos":  # "Vexa Holdings, a rival of Nordbank,"
        holder = _named(word.head)
    elif word.dep_ == "attr" and word.head.lemma_ == "be":  # "Vexa Holdings is a rival of Nordbank"
        if not stated_event(word, word.sent):
            return None  # "is not (no longer, may be) a rival of": the copula asserts it, or does not
        holder = _named(next((c for c in children(word.head) if c.dep_ == "nsubj"), None))
    else:  # "Nordbank's rival, Vexa Holdings," / "a rival of Nordbank, Vexa Holdings"
        holder = _named(next((c for c in children(word) if c.dep_ == "appos" and c.i > word.i), None))
    return (holder, other) if holder is not None and holder.i != other.i else None


@triggered_by(lemmas=frozenset({"rival"}))
def rival_noun_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordbank's rival Vexa Holdings", "Vexa Holdings, a rival of Nordbank," "Vexa Holdings is a
    rival of Nordbank" → (Vexa Holdings; rival; Nordbank).

    Linguistic reason: "rival" is a relational noun: one is a rival of someone, as one is a
    partner or a neighbour of someone, and the one it relates to is its possessor or the object of
    its "of" ("Nordbank's rival", "a rival of Nordbank"). The name it describes (in apposition,
    modified by it, or the subject of "is") is that rival, so the phrase states a relation between
    the two names, which a kind ("IS_A rival") loses. Both ends named; "its rival" waits for the
    possessive's reference, which this rule does not resolve. Graph-only, with the kind kept.
    Through "is" the copula asserts the relation, so a denied, hedged or conditional one ("is not
    a rival of", "is no longer", "may be") gives none; a description ("Nordbank's rival Vexa")
    is taken for granted whatever its clause says.
    """
    if "rival" not in sentence_lemmas(sent) or "rival-noun" in disabled():
        return
    for word in sentence_tokens(sent):
        if word.lemma_.lower() != "rival":
            continue
        pair = _rival_pair(word)
        if pair is None:
            continue
        yield Proposition(sentence=sent, relation="rival", lemma="rival",
                          args=[argument(pair[0]), argument(pair[1])], rule="rival-noun",
                          confidence=0.5, open_ie=False)
