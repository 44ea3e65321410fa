"""How much to trust a proposition: a linear score over its rule and signs of a good parse.

:func:`confidence` ranks the propositions of :mod:`kg.extract.rules`; the weights were fitted once on
CaRB dev (see ``CONFIDENCE_WEIGHTS``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from operator import mul

from spacy.tokens import Span, Token

from kg.extract.base import Proposition

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# Rules that read a noun phrase, not a clause: their subject is never a grammatical subject.
SENTENCE_RULE_NAMES = frozenset({"apposition", "role-as", "title", "possessive", "nominal-prep"})
# Rules that restate another rule's proposition in a different split of the same words.
ALTERNATIVE_RULES = frozenset({"svo-object-prep", "object-clause-kept"})
ALTERNATIVE_FACTOR = 0.25
# Clauses a proposition can sit in below the main one: the deeper its subject, the more often CaRB
# annotators left it out (a claim inside what someone says, a relative clause).
CLAUSE_DEPS = frozenset({"ccomp", "relcl", "advcl", "acl", "xcomp", "pcomp", "csubj", "parataxis"})
PATH_DEPS = ("ccomp", "relcl", "advcl", "acl", "xcomp", "conj")  # (feature_values spells them out)
# Entity types that name a place.
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})


# The features every proposition has, in the order the score adds them up (after its rule's own
# "rule:NAME", which comes first): the order of confidence_features' dict.
FEATURE_NAMES = (
    "subject_inherited", "subject_pronoun", "no_object", "object_clause", "extra_args", "log_arg_tokens",
    "long_subject", "relation_tokens", "log_sentence_tokens", "sentence_has_root_verb", "log_object_tokens",
    "log_subject_tokens", "clause_adjunct", "subject_proper", "clause_depth", "object_proper",
    "log_head_distance", "subject_after_object", "nominal_prep_place",
    *(f"under:{dep}" for dep in PATH_DEPS),
)


def feature_values(prop: Proposition) -> tuple[float, ...]:
    """The values of :data:`FEATURE_NAMES` for a proposition, in that order (its rule's own feature,
    always 1.0, is not among them): what :func:`confidence` reads by index, with no dict made."""
    subj = prop.args[0]
    obj = prop.args[1] if len(prop.args) > 1 else None
    shead = subj.head
    subj_pos = shead.pos_
    path = _path_to_root(shead)
    n_subj = len(subj.tokens)
    arg_len = sum(len(a.tokens) for a in prop.args)
    ohead = obj.head if obj is not None else None
    n_obj = len(obj.tokens) if obj is not None else 0
    obj_pos = ohead.pos_ if ohead is not None else ""
    return (
        float(shead.dep_ not in SUBJECT_DEPS and prop.rule not in SENTENCE_RULE_NAMES),
        float(subj_pos == "PRON"),
        float(obj is None),
        float(obj_pos in ("VERB", "AUX")),
        float(max(0, len(prop.args) - 2)),
        math.log1p(arg_len),
        float(n_subj > 6),
        float(min(len(prop.relation.split()), 5)),
        math.log1p(len(prop.sentence)),
        _root_is_verb(prop.sentence),
        math.log1p(n_obj) if ohead is not None else 0.0,
        math.log1p(n_subj),
        float(any(a.head.pos_ in ("VERB", "AUX") for a in prop.args[2:])),
        float(subj_pos == "PROPN"),
        float(min(3, sum(d in CLAUSE_DEPS for d in path))),
        float(obj_pos == "PROPN"),
        math.log1p(abs(ohead.i - shead.i)) if ohead is not None else 0.0,
        float(ohead is not None and shead.i > ohead.i),
        # "the museum in Bergen" locates the museum; "an interest in shipping", "a fall in prices"
        # name no place, and "is in" does not hold of them: only a place makes a noun's "in" a location
        float(prop.rule == "nominal-prep" and ohead is not None and ohead.ent_type_ in PLACE_ENTITY_TYPES),
        # under:DEP for each of PATH_DEPS, in its order (spelt out: no generator per proposition)
        float("ccomp" in path), float("relcl" in path), float("advcl" in path), float("acl" in path),
        float("xcomp" in path), float("conj" in path),
    )


def confidence_features(prop: Proposition) -> dict[str, float]:
    """What the confidence of a proposition is computed from: its rule and signs of a good parse."""
    return {f"rule:{prop.rule}": 1.0, **dict(zip(FEATURE_NAMES, feature_values(prop), strict=True))}


_scoring: tuple[Span, float] | None = None  # the sentence scoring() holds, and its root's reading


def _root_is_verb(sent: Span) -> float:
    held = _scoring
    if held is not None and held[0].doc is sent.doc and held[0].start == sent.start and held[0].end == sent.end:
        return held[1]
    return float(sent.root.pos_ in ("VERB", "AUX"))


@contextmanager
def scoring(sent: Span) -> Iterator[None]:
    """Score the propositions of ``sent`` (the parse unchanged meanwhile): the sentence's root,
    which every one of them asks about, is found once."""
    global _scoring
    before, _scoring = _scoring, (sent, float(sent.root.pos_ in ("VERB", "AUX")))
    try:
        yield
    finally:
        _scoring = before


def _path_to_root(tok: Token) -> list[str]:
    """The dependency labels from ``tok`` up to the root of its sentence (``tok``'s own first)."""
    deps: list[str] = []
    head = tok.head
    while head.i != tok.i:
        deps.append(tok.dep_)
        tok, head = head, head.head
    return deps


# Weights of a linear model over confidence_features, least-squares fitted once on CaRB dev by
# kg.eval.crossval.fit_weights (target: each proposition's best CaRB precision against the gold
# tuples of its sentence and, at 0.3 of its weight, the recall it adds to them beyond the other
# propositions of its sentence: kg.eval.crossval.fit_targets), then rounded to 3 places: ridge
# regression (lambda 1, intercept unpenalised) over the 2,276 propositions of the dev sentences
# with gold (fitted on the raw score; ALTERNATIVE_RULES are scaled afterwards; refitted in round 11
# with nominal_prep_place). A rule that is not listed scores from the rest.
CONFIDENCE_WEIGHTS: dict[str, float] = {
    "clause_adjunct": -0.022,
    "clause_depth": -0.146,
    "extra_args": 0.045,
    "log_arg_tokens": -0.07,
    "log_head_distance": -0.034,
    "log_object_tokens": 0.113,
    "log_sentence_tokens": -0.087,
    "log_subject_tokens": 0.09,
    "long_subject": -0.03,
    "no_object": -0.493,
    "nominal_prep_place": 0.097,
    "object_clause": -0.047,
    "object_proper": 0.016,
    "relation_tokens": 0.021,
    "rule:adjective-prep": 0.159,
    "rule:apposition": -0.06,
    "rule:based-in": 0.088,
    "rule:clausal": 0.227,
    "rule:copula": 0.045,
    "rule:example": 0.014,
    "rule:gerund-complement": 0.211,
    "rule:intransitive": 0.136,
    "rule:nominal-prep": -0.277,
    "rule:object-clause-kept": -0.229,
    "rule:passive": 0.145,
    "rule:possessive": -0.32,
    "rule:role-as": -0.32,
    "rule:svo": 0.089,
    "rule:svo-object-prep": -0.092,
    "rule:svo-prep": 0.198,
    "rule:title": -0.016,
    "sentence_has_root_verb": 0.083,
    "subject_after_object": -0.002,
    "subject_inherited": -0.157,
    "subject_pronoun": 0.019,
    "subject_proper": 0.055,
    "under:acl": 0.039,
    "under:advcl": 0.088,
    "under:ccomp": 0.047,
    "under:conj": -0.035,
    "under:relcl": 0.16,
    "under:xcomp": 0.06,
    "bias": 0.67,
}


def _weights() -> tuple[float, ...]:
    """CONFIDENCE_WEIGHTS of :data:`FEATURE_NAMES`, in order (0.0 for a feature not listed), read
    once per dict: a dict put in its place (a refit, a test) is read again; the weights are
    constants, not changed in place."""
    global _held_weights
    held = _held_weights
    if held is None or held[0] is not CONFIDENCE_WEIGHTS:
        held = _held_weights = (CONFIDENCE_WEIGHTS, tuple(CONFIDENCE_WEIGHTS.get(name, 0.0) for name in FEATURE_NAMES))
    return held[1]


_held_weights: tuple[dict[str, float], tuple[float, ...]] | None = None


def confidence(prop: Proposition) -> float:
    """A score that ranks propositions by how likely they are right (not a calibrated probability)."""
    if not CONFIDENCE_WEIGHTS:
        return prop.confidence
    # The sum confidence_features' dict gives, term by term in its order (the rule's first), so
    # the score is the same to the last bit; the features are read as a tuple, no dict made.
    # (sum() itself, started at the rule's term: from Python 3.12 sum() of floats compensates
    # rounding, so a loop of += would differ from the dict's sum in the last bits there.)
    total = sum(map(mul, _weights(), feature_values(prop)), CONFIDENCE_WEIGHTS.get(f"rule:{prop.rule}", 0.0) * 1.0)
    raw = CONFIDENCE_WEIGHTS.get("bias", 0.0) + total
    if prop.rule in ALTERNATIVE_RULES:
        # A second reading of a proposition already stated: CaRB dev prefers the first reading
        # about three times in four, so the alternative ranks below every first reading.
        raw *= ALTERNATIVE_FACTOR
    return round(min(0.99, max(0.01, raw)), 4)
