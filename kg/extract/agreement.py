"""A conjoined verb the tagger took for a present form though its subject cannot agree with one
(issue #13, round 17: precision on unseen news): "Anna Berg must also do community service,
attend Halden School and pay a fine" - "attend" is the bare form that "must" governs, so ATTEND
keeps "must" as its modality (rule ``bare-conjunct``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import modal_word
from kg.extract.reading import children
from kg.extract.registry import disabled, register

_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})


def _subject(v: Token) -> Token | None:
    """The subject of the first verb of a coordination ("Berg must do ..., attend ...")."""
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        v = v.head
    return next((c for c in children(v) if c.dep_ in ("nsubj", "nsubjpass")), None)


@register("bare-conjunct")
def bare_conjunct(v: Token) -> str | None:
    """"Anna Berg must also do community service, attend Halden School and pay a fine": a
    conjoined verb tagged as a plural present (VBP) whose shared subject is singular is the bare
    form, and shares the first verb's modal (as does a bare verb coordinated after it, "and pay"):
    the modal ("must") for the fact's modality, or None.

    Linguistic reason: an English present agrees with its subject; with a singular subject
    ("Anna Berg", "she") it takes -s ("attends"), so "attend" after "Anna Berg" cannot be a
    present of its own: it is the base form, coordinated under the modal of the first verb, as
    "pay" after "and" is. Read as a present, the fact drops "must" and states as done an
    obligation (ATTEND with no modality). With a plural subject the form is ambiguous ("they
    must refund money and lose revenue") and the tag stands. Graph-only: the Open IE relation
    keeps the sentence's words.
    """
    if "bare-conjunct" in disabled() or v.dep_ != "conj" or v.tag_ not in ("VBP", "VB"):
        return None
    if v.tag_ == "VB" and v.head.tag_ != "VBP":
        return None  # "and pay a fine" after "attend": a bare form shares what the present broke off
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children(v)):
        return None
    subject = _subject(v)
    if subject is None:
        return None
    if subject.lower_ not in _SINGULAR_PRONOUNS and (
            subject.tag_ not in ("NN", "NNP") or any(c.dep_ in ("conj", "cc") for c in children(subject))):
        return None
    head = v.head
    while True:
        modal = next((c for c in children(head) if c.dep_ == "aux" and c.tag_ == "MD"), None)
        if modal is not None:
            return modal_word(modal)
        if head.dep_ != "conj" or head.head.pos_ not in ("VERB", "AUX"):
            return None
        head = head.head
