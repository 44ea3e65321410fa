"""A "not" that belongs to a focus phrase, not to the verb (issue #13, round 25: precision between
names on unseen news).

- "Nordvik will not only face Halden but also Molde", "Tom Reed not only coached Jon Dahl but
  also ...": "not only ... but (also)" adds a second thing to the first and asserts both; the
  verb keeps no negation, (Nordvik; FACE; Halden) (rule ``not-only``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.registry import disabled, register

# Focus words that, right after "not", make it additive when a "but" follows.
FOCUS_WORDS = frozenset({"only", "just", "merely", "simply", "solely"})


@register("not-only")
def additive_not(neg: Token) -> bool:
    """True when the negation word ``neg`` opens "not only ... but": no negation of its verb.

    Linguistic reason: in "not only X but (also) Y" the "not" scopes over the focus word
    ("only"), not over the clause: it denies that X is all, and "but" adds Y; X itself is
    asserted ("will not only miss the Open but also the Cup" says he will miss both). Read as
    the verb's negation, the graph would deny the very fact the sentence gives. Only with the "but"
    of the same coordination later in the sentence: without its partner, "not only" is left as it was.
    """
    if neg.lower_ != "not" or neg.i + 1 >= len(neg.doc) or neg.doc[neg.i + 1].lower_ not in FOCUS_WORDS:
        return False
    if "not-only" in disabled():
        return False
    sent = neg.sent
    return any(t.lower_ == "but" and _same_coordination(t, neg.head) for t in neg.doc[neg.i + 2:sent.end])


def _same_coordination(but: Token, scope: Token) -> bool:
    """The "but" coordinates what "not only" scopes over: its first conjunct is the word "not"
    hangs on (the verb: "not only coached X but also signed him"; the noun: "not only a bank but
    also an insurer") or a dependent of it, at most through a preposition ("not only buy Nordbank
    but also Kestrel", "not only in Oslo but also in Bergen"). A "but" deeper down belongs to a
    coordination of its own ("did not just buy Nordbank, and Tom Reed said it was cheap but
    risky"), which leaves the "not" a negation."""
    first = but.head
    for _ in range(3):
        if first.i == scope.i:
            return True
        if first.head.i == first.i or not (first.i == but.head.i or first.dep_ in ("prep", "pobj")):
            return False
        first = first.head
    return False
