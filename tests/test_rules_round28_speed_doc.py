"""Round 28 (speed28b): confidence read from a tuple of features, with the scores the dict gave."""

from __future__ import annotations

import math

import pytest

from kg.extract import confidence as conf
from kg.extract.nlp import load_model
from kg.extract.rules import sentence_propositions

# Our own text: a subject under a clause, a passive with an agent, a possessive, a place after a noun,
# an alternative reading, a pronoun subject, a clause of time.
TEXT = ("Tom Reed said Nordbank had bought Vexa Holdings for $9m in March. The museum in Bergen was "
        "opened by Jon Dahl, who runs the Nordbank fund. It fell 3% after the deal, analysts said. "
        "Vexa Holdings closed the Bergen plant after Tom Reed left the board.")


def _dict_score(prop) -> float:
    """The score as the dict of features gave it before round 28 (the sum in the dict's order)."""
    feats = conf.confidence_features(prop)
    raw = conf.CONFIDENCE_WEIGHTS.get("bias", 0.0) + sum(conf.CONFIDENCE_WEIGHTS.get(k, 0.0) * v
                                                         for k, v in feats.items())
    if prop.rule in conf.ALTERNATIVE_RULES:
        raw *= conf.ALTERNATIVE_FACTOR
    return round(min(0.99, max(0.01, raw)), 4)


@pytest.fixture(scope="module")
def props():
    found = [p for sent in load_model()(TEXT).sents for p in sentence_propositions(sent)]
    assert len(found) >= 6
    return found


def test_features_dict_is_the_tuple_by_name(props):
    for prop in props:
        feats = conf.confidence_features(prop)
        assert list(feats) == [f"rule:{prop.rule}", *conf.FEATURE_NAMES]
        assert tuple(feats.values())[1:] == conf.feature_values(prop)
    # the features vary over these propositions: the check reads more than zeros
    assert len({conf.feature_values(p) for p in props}) == len(props)
    assert any(conf.confidence_features(p)["under:ccomp"] for p in props)


def test_confidence_is_the_dict_sum_to_the_last_bit(props):
    for prop in props:
        assert conf.confidence(prop).hex() == _dict_score(prop).hex()
        assert prop.confidence == conf.confidence(prop)  # as the rules set it


def test_a_weights_dict_put_in_place_is_read(props, monkeypatch):
    before = [conf.confidence(p) for p in props]
    doubled = {k: 2 * v for k, v in conf.CONFIDENCE_WEIGHTS.items()}
    monkeypatch.setattr(conf, "CONFIDENCE_WEIGHTS", doubled)
    after = [conf.confidence(p) for p in props]
    assert after == [_dict_score(p) for p in props]
    assert after != before
    assert all(math.isfinite(x) for x in after)


def test_path_features_name_the_labels_above_the_subject(props):
    for prop in props:
        tok, labels = prop.args[0].head, []
        while tok.head.i != tok.i:
            labels.append(tok.dep_)
            tok = tok.head
        feats = conf.confidence_features(prop)
        assert [feats[f"under:{dep}"] for dep in conf.PATH_DEPS] == [float(dep in labels) for dep in conf.PATH_DEPS]
        assert feats["subject_pronoun"] == float(prop.args[0].head.pos_ == "PRON")
        assert feats["no_object"] == float(len(prop.args) < 2)
    # two labels or more are met: a swap of two of them would show
    assert len({dep for p in props for dep in conf.PATH_DEPS if conf.confidence_features(p)[f"under:{dep}"]}) >= 2
