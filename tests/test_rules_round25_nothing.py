"""Round 25, dev's "nothing" misses (kg took no fact from the gold's evidence sentence): a firm's
headquarters locate the firm (``seat-noun``: "Nordbank headquarters in Bergen", "Nordbank's Oslo
headquarters"), and a place's "'s" before a venue named with its kind in lower case locates the
venue (``venue-kind``, a reading of ``possessive-venue``: "London's Solvik theatre"), which is then
no product of the place (the guard in ``possessive-product``); and a name before its kind noun
under a possessive or with no determiner is one of the kind, as under "the" (``possessed-name-kind``,
:mod:`kg.extract.kind_beside`: "Vexa's Lumo music store"; ``bare-name-kind``: "Solvik comedy club").

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule, but the
last of each, which checks what the rule leaves alone.
"""

from __future__ import annotations

from factories import assert_guard_case, sentence_triples

from kg.extract.registry import ablated, rule_names


def test_the_rules_are_registered() -> None:
    assert {"seat-noun", "venue-kind", "possessed-name-kind", "bare-name-kind"} <= set(rule_names())


_STRIKE = "The staff at Nordbank headquarters in Bergen went on strike on Monday."


def test_a_firms_headquarters_in_a_place_is_its_seat() -> None:
    assert ("Nordbank", "BASE", "Bergen") in sentence_triples(_STRIKE)
    with ablated(["seat-noun"]):
        assert ("Nordbank", "BASE", "Bergen") not in sentence_triples(_STRIKE)


_HEAD_OFFICE = "Police searched the Vexa Holdings head office in Oslo."


def test_a_head_office_in_a_place_is_the_firms_seat() -> None:
    assert ("Vexa Holdings", "BASE", "Oslo") in sentence_triples(_HEAD_OFFICE)
    with ablated(["seat-noun"]):
        assert ("Vexa Holdings", "BASE", "Oslo") not in sentence_triples(_HEAD_OFFICE)


_PLACE_BEFORE = "The staff at Nordbank's London headquarters went on strike."


def test_a_place_between_the_firms_mark_and_headquarters_is_its_seat() -> None:
    assert ("Nordbank", "BASE", "London") in sentence_triples(_PLACE_BEFORE)
    with ablated(["seat-noun"]):
        assert ("Nordbank", "BASE", "London") not in sentence_triples(_PLACE_BEFORE)


def test_headquarters_moved_to_a_place_are_not_yet_there_and_offices_are_no_seat() -> None:
    moved = sentence_triples("Kolt Group is moving its headquarters to Bergen next year.")
    assert ("Kolt Group", "BASE", "Bergen") not in moved
    offices = sentence_triples("The staff at Nordbank offices in Bergen went on strike on Monday.")
    assert ("Nordbank", "BASE", "Bergen") not in offices


_THEATRE = "Fans camped outside London's Solvik theatre in the snow."


def test_a_places_venue_named_before_its_kind_stands_there() -> None:
    triples = sentence_triples(_THEATRE)
    assert ("Solvik", "BASE", "London") in triples
    assert ("London", "MAKE", "Solvik") not in triples
    with ablated(["venue-kind"]):
        assert ("Solvik", "BASE", "London") not in sentence_triples(_THEATRE)


_STADIUM = "The match was played at Stockholm's Independence stadium on Sunday."


def test_a_stadium_named_by_a_common_word_stands_in_the_place() -> None:
    assert ("Independence", "BASE", "Stockholm") in sentence_triples(_STADIUM)
    with ablated(["venue-kind"]):
        assert ("Independence", "BASE", "Stockholm") not in sentence_triples(_STADIUM)


def test_a_firms_product_keeps_its_maker() -> None:
    assert ("Sony", "MAKE", "Vexa") in sentence_triples("Sony's Vexa phone sold well in Japan.")


_STORE = "Downloads will be sold from Vexa's Lumo music store."


def test_a_name_before_its_kind_under_a_possessive_is_one_of_the_kind() -> None:
    assert ("Lumo", "IS_A", "music store") in sentence_triples(_STORE)
    with ablated(["possessed-name-kind"]):
        assert ("Lumo", "IS_A", "music store") not in sentence_triples(_STORE)


_CLUB = "Anyone can use a service set up by Solvik comedy club, which will text them a joke a day."


def test_a_bare_name_before_its_kind_is_one_of_the_kind() -> None:
    assert ("Solvik", "IS_A", "comedy club") in sentence_triples(_CLUB)
    with ablated(["bare-name-kind"]):
        assert ("Solvik", "IS_A", "comedy club") not in sentence_triples(_CLUB)


def test_an_indefinite_name_before_a_kind_is_one_the_name_has() -> None:
    triples = sentence_triples("A Nordbank branch in Bergen was robbed on Monday.")
    assert not any(s == "Nordbank" and r == "IS_A" for s, r, _ in triples)


def test_a_venue_named_before_its_kind_is_no_product_of_a_mistagged_place() -> None:
    # the tagger calls Bergen an organisation here, so no seat is read, but no MAKE either
    assert_guard_case("venue-kind", "Fans camped outside Bergen's Solvik theatre in the snow.",
                      ("Bergen", "MAKE", "Solvik"), None)


def test_a_kind_noun_that_modifies_another_names_no_kind() -> None:
    triples = sentence_triples("Tom Reed will start Sunday's Nordic Cup group match against Vexa Rovers.")
    assert not any(r == "IS_A" and o == "group" for _, r, o in triples)

