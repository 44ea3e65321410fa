"""Slips of the parse that the Open IE view repairs before its rules read a sentence.

The graph's repairs (:mod:`kg.extract.repair`) rewrite the parse for the graph; these rewrite it
for the Open IE view only (``kg extract --format carb`` and ``kg eval carb``), on a parse no graph
reads. :func:`open_ie_propositions` is the Open IE view's entry to the rules.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from kg.extract.base import Proposition
from kg.extract.registry import disabled, register
from kg.extract.rules import sentence_propositions

# Dependents a word has at most one of: a clause one subject and one direct object, a
# preposition one object.
SINGLE_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")


def _split_pairs(word: Token) -> list[tuple[Token, Token]]:
    """Two dependents of ``word`` with the same single-argument relation, side by side with
    nothing between them: no comma, no conjunction at the seam."""
    pairs: list[tuple[Token, Token]] = []
    if word.n_lefts + word.n_rights < 2:
        return pairs
    by_dep: dict[str, list[Token]] = {}
    for child in word.children:
        if child.dep_ in SINGLE_ARGUMENT_DEPS:
            by_dep.setdefault(child.dep_, []).append(child)
    for kids in by_dep.values():
        for first, second in pairwise(kids):
            seam = (first.right_edge, second.left_edge)
            if seam[0].i + 1 == seam[1].i and not any(t.is_punct or t.dep_ == "cc" for t in seam):
                pairs.append((first, second))
    return pairs


@register("split-noun-phrase")
def repair_split_noun_phrase(sent: Span) -> None:
    """"Veteran rock critics The Weevils reviewed the album": the model hangs "critics" and "The
    Weevils" on "reviewed" as two subjects; they are one noun phrase, "The Weevils" its head and
    "Veteran rock critics" a modifier of it (so too "the Oslo Fjord ferry" read as two objects).

    Linguistic reason: a clause has one subject and a verb one direct object, a preposition one
    object; two noun phrases in one of these places with nothing between them (no comma, no
    "and") cannot be two arguments: they are one, a description before a name or a noun split
    from its own modifiers. English noun phrases are headed on the right, so the last is the
    head. Open IE only: the graph reads its own parse (:mod:`kg.extract.repair`).
    """
    if "split-noun-phrase" in disabled():
        return
    for word in list(sent):
        for first, second in _split_pairs(word):
            first.head = second
            first.dep_ = "compound" if first.left_edge.i == first.right_edge.i == first.i else "nmod"


@register("inverted-participle")
def repair_inverted_participle(sent: Span) -> None:
    """"Buried in the churchyard are his wife and the painter Anna Berg": the model hangs the noun
    phrase after "are" on it as a complement (``attr``) and leaves the participle with no subject;
    that noun phrase is the passive subject, as in "His wife and Anna Berg are buried in the
    churchyard".

    Linguistic reason: English fronts a participle phrase and puts the subject after "be"
    (participle inversion, "Also invited were the mayor and her staff"); "be" agrees with the
    phrase after it, and the participle, a passive, has no other subject. A fronted participle
    whose clause has a subject of its own ("Asked about it , Reed was silent") is no inversion.
    Open IE only: the graph reads its own parse (:mod:`kg.extract.repair`).
    """
    if "inverted-participle" in disabled():
        return
    for verb in list(sent):
        if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") for c in verb.children):
            continue
        be = next((c for c in verb.children if c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" and c.i > verb.i), None)
        if be is None:
            continue
        subject = next((c for c in [*be.children, *verb.children] if c.dep_ == "attr" and c.i > be.i), None)
        if subject is not None:
            subject.head = verb
            subject.dep_ = "nsubjpass"


OPEN_IE_REPAIRS = [repair_split_noun_phrase, repair_inverted_participle]


def open_ie_propositions(sent: Span) -> list[Proposition]:
    """The propositions of one sentence as the Open IE view reads it: its repairs first, then
    every rule (:func:`kg.extract.rules.sentence_propositions`). The repairs change the parse in
    place: call it on a ``Doc`` no graph reads."""
    for repair in OPEN_IE_REPAIRS:
        repair(sent)
    return sentence_propositions(sent)
