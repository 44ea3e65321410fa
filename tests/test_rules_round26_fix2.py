"""check26's guards, round 26 (fix26b): a firm that modifies a person noun stays a candidate for
an organisation's description (``firm-of-person-noun``), and ``object-noun-prep`` reads no phrase
that belongs to an adjective in the object (``object-adjective-prep``) or to a route's name
(``route-name-prep``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each guard's case fails with its guard switched off.
"""

from __future__ import annotations

from factories import assert_guard_case, fact_triples, sentence_triples

from kg.extract.registry import ablated, rule_names

RULES = ("firm-of-person-noun", "object-adjective-prep", "route-name-prep")

SPOKESMAN = "Title\n\nA Vexa Holdings spokesman said this was slow. The organisation is aiming to start an upgrade.\n"


def test_the_rules_are_registered() -> None:
    assert set(RULES) <= set(rule_names())


def test_a_firm_before_a_person_noun_stays_the_organisations_antecedent() -> None:
    assert ("Vexa Holdings", "START", "upgrade") in fact_triples(SPOKESMAN)
    with ablated(["firm-of-person-noun"]):
        assert ("Vexa Holdings", "START", "upgrade") not in fact_triples(SPOKESMAN)


# (a name before a thing noun, "the NetVex virus started", is still skipped:
# tests/test_rules_round26_descriptions.py::test_a_name_modifying_a_subject_thing_is_no_firm)


def test_a_preposition_an_adjective_before_the_noun_takes_is_not_the_verbs() -> None:
    assert_guard_case("object-adjective-prep", "Nordbank can create a rival product to Vexa Holdings.",
                      ("Nordbank", "CREATE_PRODUCT_TO", "Vexa Holdings"), ("Nordbank", "CREATE", "rival product"))


def test_a_preposition_after_an_adjective_in_the_object_is_the_adjectives() -> None:
    assert_guard_case("object-adjective-prep",
                      "Nordbank is planning a tabloid format like those popular in continental Europe.",
                      ("Nordbank", "PLAN_FORMAT_IN", "Europe"), ("Nordbank", "PLAN", "tabloid format"))


def test_a_place_inside_a_route_name_is_no_object() -> None:
    assert_guard_case("route-name-prep", "Tom Reed took part in the Bergen to Oslo Rally.",
                      ("Tom Reed", "TAKE_PART_IN", "Bergen"), None)


def test_the_noun_and_verb_phrases_are_still_read() -> None:
    assert ("Vexa Holdings", "SELL_STAKE_IN", "Nordbank") in sentence_triples(
        "Vexa Holdings sold its stake in Nordbank to Tom Reed.")
    assert ("Tom Reed", "MAKE_IMPACT_ON", "Jon Dahl") in sentence_triples("Tom Reed made little impact on Jon Dahl.")
    assert ("Nordbank", "BUILD_PLANT_IN", "Bergen") in sentence_triples("Nordbank built a new plant in Bergen.")
    # "own" after "of his" is no adjective set after a noun: the phrase is the verb's
    assert ("Tom Reed", "HAVE_CHILD_WITH", "Anna Berg") in sentence_triples(
        "Tom Reed has two children of his own with Anna Berg.")
