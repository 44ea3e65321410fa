"""The typed model: safe relation types, stable ids, lossless records."""

from __future__ import annotations

import re

import pytest
from factories import document, fact

from kg.model import Entity, Fact, entity_id, sanitize_rel_type

SAFE = re.compile(r"^[A-Z][A-Z0-9_]*$")


@pytest.mark.parametrize(("raw", "expected"), [
    ("head", "HEAD"), ("take over", "TAKE_OVER"), ("be-in", "BE_IN"), ("  meet  with ", "MEET_WITH"),
    ("2nd", "R_2ND"), ("", "RELATED_TO"), ("`) DETACH DELETE n //", "DETACH_DELETE_N"),
    ("déclinér", "D_CLIN_R"), ("日本", "RELATED_TO"), ("a__b", "A_B"),
])
def test_sanitize_rel_type(raw, expected):
    assert sanitize_rel_type(raw) == expected
    assert SAFE.match(sanitize_rel_type(raw))


def test_entity_ids_are_stable_and_case_blind():
    assert entity_id("Vladimir Putin", "PERSON") == entity_id("vladimir  putin", "PERSON")
    assert entity_id("Vladimir Putin", "PERSON") != entity_id("Vladimir Putin", "ORG")
    assert Entity.make("Ada", "PERSON", ("Ada", "A.", "A.")).aliases == ("A.",)


def test_fact_record_round_trip():
    d = document("Ada declined.")
    original = fact("Ada", "DECLINE", "summit", d, 3, negated=True, predicate="snub")
    again = Fact.from_record(original.to_record())
    assert again == original
    assert again.key == (original.subject.id, "DECLINE", original.object.id, True)


def test_record_relation_is_sanitised_on_the_way_in():
    rec = fact("Ada", "DECLINE", "summit", document("x")).to_record()
    rec["relation"] = "X`]->() DELETE n"
    assert Fact.from_record(rec).relation == "X_DELETE_N"


@pytest.mark.parametrize("evidence, modality, attribution, confidence", [
    ("Ada met Bob.", None, None, 0.8),
    ('She said "no" \\ then left.\n\t\x00', "would", "Peskov", 0.123456),
    ("Zoë and 李 met\u2028on 😀; lone \ud800 surrogate", "may", None, 1.0),
    ("", None, "", 1e-07),
])
def test_provenance_is_the_canonical_json_of_its_record(evidence, modality, attribution, confidence):
    import dataclasses
    import json

    from kg.provenance import Provenance

    base = fact("Ada", "MEET", "Bob", document("Ada met Bob."), 3)
    f = dataclasses.replace(base, evidence=evidence, text=evidence[:5], modality=modality,
                            attribution=attribution, confidence=confidence)
    expected = json.dumps({"doc": f.doc_id, "sentence": f.sentence, "start": f.char_start, "end": f.char_end,
                           "text": f.text, "lemma": f.predicate,
                           "confidence": round(f.confidence, 4), "modality": f.modality,
                           "attribution": f.attribution, "extractor": f.extractor,
                           "version": f.extractor_version,
                           # the names the sentence wrote for its named subject and object
                           "subject": f.subject.name, "object": f.object.name},
                          sort_keys=True, ensure_ascii=False)
    record = f.provenance()
    assert record.to_json() == expected
    assert Provenance.from_json(record.to_json()) == record
    assert '"evidence"' not in record.to_json()  # the sentence is stored beside the record, once
