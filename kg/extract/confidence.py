"""How much to trust a proposition: a linear score over its rule and signs of a good parse.

:func:`confidence` ranks the propositions of :mod:`kg.extract.rules`; the weights were fitted once on
CaRB dev (see ``CONFIDENCE_WEIGHTS``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

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
PATH_DEPS = ("ccomp", "relcl", "advcl", "acl", "xcomp", "conj")
# Entity types that name a place.
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})


def confidence_features(prop: Proposition) -> dict[str, float]:
    """What the confidence of a proposition is computed from: its rule and signs of a good parse."""
    subj = prop.args[0]
    obj = prop.args[1] if len(prop.args) > 1 else None
    rel_len = len(prop.relation.split())
    arg_len = sum(len(a.tokens) for a in prop.args)
    path = _path_to_root(subj.head)
    feats = {
        f"rule:{prop.rule}": 1.0,
        "subject_inherited": float(subj.head.dep_ not in SUBJECT_DEPS and prop.rule not in SENTENCE_RULE_NAMES),
        "subject_pronoun": float(subj.head.pos_ == "PRON"),
        "no_object": float(obj is None),
        "object_clause": float(obj is not None and obj.head.pos_ in ("VERB", "AUX")),
        "extra_args": float(max(0, len(prop.args) - 2)),
        "log_arg_tokens": math.log1p(arg_len),
        "long_subject": float(len(subj.tokens) > 6),
        "relation_tokens": float(min(rel_len, 5)),
        "log_sentence_tokens": math.log1p(len(prop.sentence)),
        "sentence_has_root_verb": _root_is_verb(prop.sentence),
        "log_object_tokens": math.log1p(len(obj.tokens)) if obj is not None else 0.0,
        "log_subject_tokens": math.log1p(len(subj.tokens)),
        "clause_adjunct": float(any(a.head.pos_ in ("VERB", "AUX") for a in prop.args[2:])),
        "subject_proper": float(subj.head.pos_ == "PROPN"),
        "clause_depth": float(min(3, sum(d in CLAUSE_DEPS for d in path))),
        "object_proper": float(obj is not None and obj.head.pos_ == "PROPN"),
        "log_head_distance": math.log1p(abs(obj.head.i - subj.head.i)) if obj is not None else 0.0,
        "subject_after_object": float(obj is not None and subj.head.i > obj.head.i),
        # "the museum in Bergen" locates the museum; "an interest in shipping", "a fall in prices"
        # name no place, and "is in" does not hold of them: only a place makes a noun's "in" a location
        "nominal_prep_place": float(prop.rule == "nominal-prep" and obj is not None
                                    and obj.head.ent_type_ in PLACE_ENTITY_TYPES),
    }
    for dep in PATH_DEPS:
        feats[f"under:{dep}"] = float(dep in path)
    return feats


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


def confidence(prop: Proposition) -> float:
    """A score that ranks propositions by how likely they are right (not a calibrated probability)."""
    if not CONFIDENCE_WEIGHTS:
        return prop.confidence
    feats = confidence_features(prop)
    raw = CONFIDENCE_WEIGHTS.get("bias", 0.0) + sum(CONFIDENCE_WEIGHTS.get(k, 0.0) * v for k, v in feats.items())
    if prop.rule in ALTERNATIVE_RULES:
        # A second reading of a proposition already stated: CaRB dev prefers the first reading
        # about three times in four, so the alternative ranks below every first reading.
        raw *= ALTERNATIVE_FACTOR
    return round(min(0.99, max(0.01, raw)), 4)
