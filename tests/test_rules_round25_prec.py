"""Round 25's guards against wrong facts between names read on unseen news (helper prec25): a
preposition that names a companion, an aim or a shooter kept in the relation, "not only ... but"
read as no negation, a nationality adjective taken for an organisation's name before "in", and the
formula "thank God".

Each case is a sentence written for this test, in news style (not from the BBC articles): with its
rule the wrong fact is gone (or changed), with the rule switched off it is back, and a near
sentence the rule must leave alone keeps its fact.
"""

from __future__ import annotations

import pytest
from factories import assert_guard_case, sentence_triples

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names

RULES = ["companion-phrase", "not-only", "nationality-not-seat", "thank-formula"]


@pytest.mark.parametrize("rule", RULES)
def test_the_rule_is_registered(rule: str) -> None:
    assert rule in rule_names()


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("Tom Reed arrived with his coach Jon Dahl on Monday.",
     ("Tom Reed", "ARRIVE", "Jon Dahl"), ("Tom Reed", "ARRIVE_WITH", "Jon Dahl")),
    ("Nordvik are going for the Fjord Cup for the first time since 1990.",
     ("Nordvik", "GO", "Fjord Cup"), ("Nordvik", "GO_FOR", "Fjord Cup")),
    ("Vexa Holdings moved for Nordbank last week.",
     ("Vexa Holdings", "MOVE", "Nordbank"), ("Vexa Holdings", "MOVE_FOR", "Nordbank")),
    ("Halden keeper Tom Reed saved well from Jon Dahl.",
     ("Tom Reed", "SAVE", "Jon Dahl"), ("Tom Reed", "SAVE_FROM", "Jon Dahl")),
])
def test_companion_phrase_keeps_the_preposition(sentence: str, wrong: tuple[str, str, str],
                                                right: tuple[str, str, str]) -> None:
    facts = sentence_triples(sentence)
    assert wrong not in facts
    assert right in facts
    with ablated(["companion-phrase"]):
        assert wrong in sentence_triples(sentence)


def test_a_destination_for_stays_as_it_was() -> None:
    # "head for" names where the subject went: the table's TRAVEL, no HEAD_FOR
    assert ("Tom Reed", "TRAVEL", "Bergen") in sentence_triples("Tom Reed headed for Bergen on Monday.")


def _negated(text: str, relation: str) -> set[bool]:
    return {f.negated for f in extract_text(f"Title\n\n{text}\n").facts if f.relation == relation}


NOT_ONLY = "Nordvik will not only face Halden in March but also Molde in April."


def test_not_only_is_no_negation() -> None:
    assert _negated(NOT_ONLY, "FACE") == {False}
    with ablated(["not-only"]):
        assert True in _negated(NOT_ONLY, "FACE")


def test_a_plain_not_still_negates() -> None:
    assert _negated("Nordvik will not face Halden in March.", "FACE") == {True}
    # "not only" with no "but" after it is left as it was
    assert _negated("Nordvik will not face Halden only in March.", "FACE") == {True}


def test_a_nationality_is_no_seated_name() -> None:
    assert_guard_case("nationality-not-seat",
                      "Nordvik were outplayed by an impressive Welsh side in Bergen last time out.",
                      ("Welsh", "BASE", "Bergen"), None)


def test_a_named_firm_keeps_its_seat() -> None:
    facts = sentence_triples('"Exports slowed," said Tom Reed, chief economist at Vexa Securities in Oslo.')
    assert ("Vexa Securities", "BASE", "Oslo") in facts


def test_thank_god_is_a_formula() -> None:
    assert_guard_case("thank-formula", '"I just thank God that nobody was hurt," said Tom Reed.',
                      ("Tom Reed", "THANK", "God"), None)


def test_thanking_a_person_stays() -> None:
    assert ("Tom Reed", "THANK", "Jon Dahl") in sentence_triples("Tom Reed thanked Jon Dahl for his help.")


def test_an_adverb_of_direction_joins_the_phrase() -> None:
    facts = sentence_triples("Tom Reed is tipped to walk away with the Fjord Prize.")
    assert ("Tom Reed", "WALK_AWAY_WITH", "Fjord Prize") in facts
