"""Pronoun references, round 26: a name "which" or "starring" was said of is a thing, a
candidate for "it" and none for "he" (``thing-clause``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it.
"""

from __future__ import annotations

from factories import fact_triples

from kg.extract.registry import ablated, rule_names

THING = "thing-clause"


def test_the_rules_are_registered() -> None:
    assert THING in set(rule_names())


_STARRING = ("Awards night\n\n"
             "The Harbour Game, starring Tom Reed and Ann Holm, is up for best musical at the ceremony. "
             "It is competing against Moon Fall for the award.\n")


def test_a_name_starring_someone_is_a_thing_it_may_stand_for() -> None:
    assert ("Harbour Game", "COMPETE", "Moon Fall") in fact_triples(_STARRING)
    with ablated([THING]):
        assert ("Harbour Game", "COMPETE", "Moon Fall") not in fact_triples(_STARRING)


_WHICH = ("Festival prizes\n\n"
          "Night Raid, which was made in Bergen, took the main prize. It was followed by Moon Fall.\n")


def test_a_name_which_was_said_of_is_a_thing_it_may_stand_for() -> None:
    assert ("Moon Fall", "FOLLOW", "Night Raid") in fact_triples(_WHICH)
    with ablated([THING]):
        assert ("Moon Fall", "FOLLOW", "Night Raid") not in fact_triples(_WHICH)


def test_a_person_who_was_said_of_is_still_a_person() -> None:
    text = ("Festival prizes\n\n"
            "Tom Reed, who was born in Bergen, took the main prize. He was followed by Jon Dahl.\n")
    assert ("Jon Dahl", "FOLLOW", "Tom Reed") in fact_triples(text)


def test_a_name_starring_in_a_work_is_still_a_person() -> None:
    # (review26b) "starring in" says the name stars: a person, whom "he" may take up
    text = ("Festival prizes\n\n"
            "Director Lindqvist, starring in his own film Night Raid, was born in Bergen. "
            "He joined Vexa Holdings in 2001.\n")
    assert ("Lindqvist", "JOIN", "Vexa Holdings") in fact_triples(text)
