"""Clauses that state no event: a condition, an act someone prevents, and a title's words read
as a clause (issue #13, round 22: precision between names on unseen news).

Guards the verb rules (:mod:`kg.extract.verbs`) ask before a clause's facts go into the graph, as
they ask ``unasserted-report`` and ``for-to-clause`` (:mod:`kg.extract.adjuncts`). Graph only: the
Open IE view keeps the clause's propositions.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import CONDITION_MARKS, is_negated
from kg.extract.reading import children
from kg.extract.registry import disabled, register

# The dependencies by which a clause sits inside the clause above it and shares its status: a
# coordinated verb, an infinitive or a clause complement, an adjective's complement ("had been
# willing to return"), an adverbial clause of another kind inside the condition.
_FRAMED = frozenset({"conj", "xcomp", "ccomp", "acomp", "advcl", "pcomp", "prep"})
# Subordinators of time whose clause is taken as given, inside a condition too.
_PRESUPPOSING = frozenset({"when", "while", "after", "before", "since", "once"})
# Verbs whose object is kept from an act: the act does not happen (if they succeed).
PREVENTING = frozenset({"prevent", "stop", "bar", "ban", "block", "prohibit", "forbid", "deter", "restrain",
                        "discourage", "dissuade"})


@register("condition-clause")
def condition_clause(v: Token) -> bool:
    """"Vexa will go through if Nordbank fail to beat Bergen", "Tom Reed would have been sacked if
    Jon Dahl had been willing to return to Bergen": a clause under "if" or "unless", and what it
    frames, states no event (no ``Nordbank FAIL`` or ``Nordbank BEAT Bergen``, no ``Dahl RETURN
    Bergen``); the main clause keeps its facts, with their modality.

    Linguistic reason: a conditional subordinator presents its clause as supposed, to say what
    follows from it, not as having happened; "unless S" supposes S false, and a counterfactual
    ("if he had been willing") says it did not happen. Neither is anyone's statement of S. An
    embedded question ("asked if he would stay") is a complement, not a condition (its own rule).
    """
    tok = v
    while True:
        # ("when" is the parse's adverb, "if" its subordinator)
        marks = [c.lower_ for c in children(tok) if c.dep_ in ("mark", "advmod")] if tok.dep_ == "advcl" else []
        if any(m in CONDITION_MARKS for m in marks):  # ("even if", "as if" too)
            return "condition-clause" not in disabled()
        if any(m in _PRESUPPOSING for m in marks):
            return False  # "if he touched the car when he found the body": he found it
        if tok.dep_ not in _FRAMED or tok.head.i == tok.i:
            return False  # (the cheap test first: a main clause or a relative clause is no condition's)
        tok = tok.head


@register("prevented-act")
def prevented_act(v: Token) -> bool:
    """"Tom Reed is trying to prevent Nordbank releasing the album", "the court barred Vexa from
    selling the yard": the act after a verb of preventing gives no fact (no ``Nordbank RELEASE
    album``, no ``Vexa SELL yard``; the preventing itself, ``court BAR Vexa``, stays).

    Linguistic reason: "prevent X (from) doing", "stop X doing", "bar X from doing", "keep X from
    doing" say that the act is kept from happening ("kept X waiting" goes on: no "from", no guard); it is what would have happened, not what did. The gerund's subject
    is the verb's object, so reading the gerund as a clause of its own also takes the wrong doer.
    """
    if v.tag_ != "VBG" or v.dep_ not in ("advcl", "pcomp", "ccomp") or "prevented-act" in disabled():
        return False
    if is_negated(v.head) or (v.dep_ == "pcomp" and is_negated(v.head.head)):
        return False  # "that did not stop her winning the medal": she won it
    if v.dep_ == "ccomp":  # "prevent Nordbank releasing": the parse may make the object the gerund's subject
        return v.head.lemma_.lower() in PREVENTING and any(c.dep_ == "nsubj" and c.i < v.i for c in children(v))
    if any(c.dep_ == "mark" for c in children(v)):
        return False  # "restrained prices while being careful": an adverbial clause of its own
    head, first = v.head, v.left_edge
    if v.dep_ == "pcomp":
        if head.lower_ != "from":
            return False
        head, first = head.head, head
    preventing = head.lemma_.lower() in PREVENTING or (head.lemma_.lower() == "keep" and first.lower_ == "from")
    # right after the object: "blocked the deal, saying it was small" is the blocker's own act
    return preventing and any(c.dep_ == "dobj" and c.right_edge.i + 1 == first.i for c in children(head))


# What may stand before a sentence's first word: after one, a capital says nothing of a title.
_OPENERS = frozenset({'"', "'", "“", "‘", ":", ";", "(", "[", "-", "–", "—", ".", "!", "?"})


@register("verb-in-title")
def title_verb(v: Token) -> bool:
    """"Tom Reed has had roles in Bergen Nights and now Meet the Sailors", "Vexa Holdings beat
    Curb Your Costs to the prize": a verb written with a capital inside a sentence is a word of a
    work's title, and gives no fact (no ``Reed MEET Sailors``, no ``CURB Costs``).

    Linguistic reason: English capitalises a word inside a sentence only in a name or a title;
    a verb so written ("Meet", "Curb", "Shake Hands With The Devil") opens or continues the title
    of a film, a show, a song or a site, which the parse read as a clause of the sentence. Not
    after a quotation mark, a colon, a dash or a full stop, where a sentence or a quoted clause
    may begin.
    """
    if not v.text[:1].isupper() or v.is_sent_start or v.i == 0 or "verb-in-title" in disabled():
        return False  # (the cheap test first: verbs are written in lower case)
    return v.pos_ in ("VERB", "AUX") and v.doc[v.i - 1].text not in _OPENERS
