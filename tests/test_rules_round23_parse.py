"""Repairs of spaCy misparses that cost facts on real news (round 23, helper parse23).

- ``age-as-subject``: "The 24-year-old joined Halden in 2003" → the age is the subject of
  "joined", which the small model reads as an adjective (the noun after it the sentence's root).
- ``participle-as-main-verb``: "The 19-year-old Tom Reed, who got a wild card, lost to Jon Dahl"
  → "lost" is the sentence's verb, not a participle modifying "Tom Reed" (the root).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.nlp import load_model
from kg.extract.registry import ablated, rule_names
from kg.extract.repair import repair_parse

SIGNING = ("Nordvik sign Reed\n\nNordvik have signed striker Tom Reed from Halden for two million pounds. "
           "The 24-year-old joined Halden from Bergen City in 2003.\n")
ROUND = ("Reed out\n\nJon Dahl beat Karl Ober on Monday. The 19-year-old Tom Reed, who got a wild card into "
         "the Bergen Open, lost to Jon Dahl in the second round.\n")


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


def _parsed(sentence: str):  # type: ignore[no-untyped-def]
    doc = load_model()(sentence)
    repair_parse(doc)
    return doc


def test_the_repairs_are_registered() -> None:
    assert "age-as-subject" in rule_names()
    assert "participle-as-main-verb" in rule_names()


def test_an_age_before_a_verb_is_its_subject() -> None:
    assert ("Tom Reed", "JOIN", "Halden") in _facts(SIGNING)
    doc = _parsed("The 24-year-old joined Halden from Bergen City in 2003.")
    old, joined = doc[5], doc[6]
    assert (old.dep_, old.head.i, joined.dep_, joined.lemma_) == ("nsubj", joined.i, "ROOT", "join")
    assert doc[0].head.i == old.i  # "the" goes with the age


def test_without_the_age_repair() -> None:
    with ablated(["age-as-subject"]):
        assert not any(f[1] == "JOIN" for f in _facts(SIGNING))
        doc = _parsed("The 24-year-old joined Halden from Bergen City in 2003.")
    assert doc[5].dep_ == "amod"


def test_an_age_before_a_noun_is_left_alone() -> None:
    # "the 31-year-old former striker": the age describes the noun after it, as the model read it
    doc = _parsed("The 31-year-old former striker signed for Halden in May.")
    assert doc[5].dep_ == "amod" and doc[5].head.lower_ == "striker"


def test_an_age_before_a_modal_is_the_subject_of_its_verb() -> None:
    doc = _parsed("The 32-year-old will race alongside Jon Dahl in Bergen.")
    old = doc[5]
    if old.dep_ != "amod":  # the model may read it right: nothing to repair
        assert old.dep_ == "nsubj" and old.head.lower_ == "race"
        assert doc[6].dep_ == "aux"


def test_a_past_form_under_a_root_noun_is_the_verb() -> None:
    assert ("Jon Dahl", "DEFEAT", "Tom Reed") in _facts(ROUND)
    doc = _parsed("The firm, whose finance chief is now based in Bergen, filed for bankruptcy in Oslo, "
                  "and sought a court order against the sale.")
    filed = next(t for t in doc if t.lower_ == "filed")
    assert filed.dep_ == "ROOT" and doc[1].dep_ == "nsubj" and doc[1].head.i == filed.i
    assert next(t for t in doc if t.lower_ == "sought").head.i == filed.i


def test_without_the_participle_repair() -> None:
    with ablated(["participle-as-main-verb"]):
        assert ("Jon Dahl", "DEFEAT", "Tom Reed") not in _facts(ROUND)
        doc = _parsed("The firm, whose finance chief is now based in Bergen, filed for bankruptcy in Oslo, "
                      "and sought a court order against the sale.")
    assert doc[1].dep_ == "ROOT"


def test_a_participle_in_a_sentence_with_a_verb_is_left_alone() -> None:
    # "shares traded in Oslo": a participle beside the sentence's own verb stays one
    doc = _parsed("Nordbank bought shares traded in Oslo last week.")
    traded = next(t for t in doc if t.lower_ == "traded")
    assert traded.dep_ != "ROOT"


def test_a_fragment_or_a_passive_participle_is_left_alone() -> None:
    # a caption has no verb of its own ("Tom Reed, pictured in Bergen"), and a participle with a
    # "by" agent is a passive ("the deal, approved by the board"): neither is made the verb
    for text in ("Vexa chief Tom Reed, pictured in Bergen", "The deal, approved by the Nordbank board."):
        with ablated(["participle-as-main-verb"]):
            before = [(t.dep_, t.head.i) for t in _parsed(text)]
        assert [(t.dep_, t.head.i) for t in _parsed(text)] == before


SETS = "Dahl out\n\nJon Dahl lost to Tom Reed 1-6,4-6 in the third round.\n"


def test_sets_written_with_a_comma_are_no_part_of_the_name() -> None:
    assert ("Tom Reed", "DEFEAT", "Jon Dahl") in _facts(SETS)
    with ablated(["score-in-name"]):
        assert ("Tom Reed", "DEFEAT", "Jon Dahl") not in _facts(SETS)
