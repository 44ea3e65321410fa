"""Where people and firms are from, as news says it around a name (issue #13, round 13).

Each case is a sentence written for this test, in news style (not from the BBC articles, the
seed article nor CaRB), and checks the graph facts kg makes of it. Each fails with its rule
switched off (``ablated``).
"""

from __future__ import annotations

import pytest
from factories import graph_facts

from kg.eval.gold import name_matches
from kg.extract.registry import ablated

# -- a nationality before a person's title that is no office: where the person is from ---------------

@pytest.mark.parametrize(("text", "person", "country", "title"), [
    ("Australian star Tom Reed signed for the film on Monday.", "Tom Reed", "Australia", "star"),
    ("British triple jumper Anna Berg has ruled out a comeback this year.", "Anna Berg", "UK", "triple jumper"),
    ("Scottish actor Ian Rowe will play the lead in the new series.", "Ian Rowe", "Scotland", "actor"),
    # an apposition with a comma, either way
    ("The Bulgarian manager, Petar Ivanov, said the team was tired.", "Petar Ivanov", "Bulgaria", None),
])
def test_a_nationality_before_a_title_says_where_the_person_is_from(
        text: str, person: str, country: str, title: str | None) -> None:
    facts = graph_facts(text)
    assert (person, "FROM", "from", country) in facts
    if title is not None:
        # the title stays the person's, held nowhere: no role "at" a nationality
        assert (person, "IS_A", title, title) in facts
        assert not any(s == person and r == "ROLE" for s, r, _, _ in facts)
    with ablated(["nationality-origin"]):
        facts = graph_facts(text)
        assert not any(r == "FROM" for _, r, _, _ in facts)


def test_without_the_rule_the_nationality_was_the_roles_organisation() -> None:
    # round 17's people-not-employer would also keep the nationality from being the organisation
    with ablated(["nationality-origin", "people-not-employer"]):
        assert ("Tom Reed", "ROLE", "star", "Australian") in graph_facts(
            "Australian star Tom Reed signed for the film on Monday.")


def test_a_plural_title_before_a_list_says_each_is_from_there() -> None:
    facts = graph_facts("British stars Mary Quinn and Tom Reed are hoping for awards.")
    assert {("Mary Quinn", "FROM", "from", "UK"), ("Tom Reed", "FROM", "from", "UK")} <= facts


@pytest.mark.parametrize(("text", "fact"), [
    # an office of state is held at the country the nationality names, as before
    ("Argentine President Carlos Vela met bankers in Bergen.", ("Carlos Vela", "PRESIDENT", "president", "Argentina")),
])
def test_an_office_keeps_the_country_as_where_it_is_held(text: str, fact: tuple[str, str, str, str]) -> None:
    facts = graph_facts(text)
    assert fact in facts
    assert not any(r == "FROM" for _, r, _, _ in facts)


@pytest.mark.parametrize("text", [
    # the nationality opens a name ("French Open"), not the person's description
    "Seeds made progress, but former French Open champion Albert Lund lost to Tom Reed.",
    # a kind of firm the tagger took for a person is no one's origin
    "The deal was signed by British car maker Vexa Motors on Monday.",
])
def test_a_nationality_that_is_no_persons_gives_no_origin(text: str) -> None:
    assert not any(r == "FROM" for _, r, _, _ in graph_facts(text))


# -- a nationality straight before a person's name ---------------------------------------------------

@pytest.mark.parametrize(("text", "person", "country"), [
    ("Tom Hale opened his season with a win over Argentine Pedro Vela on Monday.", "Pedro Vela", "Argentina"),
    ("Italian Generoso Rossi signed a two-year deal with the club.", "Generoso Rossi", "Italy"),
])
def test_a_nationality_before_a_name_says_where_the_person_is_from(text: str, person: str, country: str) -> None:
    assert (person, "FROM", "from", country) in graph_facts(text)
    with ablated(["nationality-name"]):
        assert (person, "FROM", "from", country) not in graph_facts(text)


# -- a country's possessive before a one-word firm's name ---------------------------------------------

@pytest.mark.parametrize(("text", "firm", "country"), [
    # the document shows the name is a firm's: a seat in another paragraph
    ("Oslo-based Nordbank reported higher profits on Monday.\n\n"
     "The deal gives Norway's Nordbank a stake in Vexa Motors.", "Nordbank", "Norway"),
    # an initialism: no person is named so
    ("The merged firm will be second only to Germany's KVB in size.", "KVB", "Germany"),
])
def test_a_countrys_possessive_before_a_firm_is_its_seat(text: str, firm: str, country: str) -> None:
    assert (firm, "BASE", "base", country) in graph_facts(text)
    with ablated(["possessive-seat-firm"]):
        assert (firm, "BASE", "base", country) not in graph_facts(text)


# -- two countries joined by a hyphen before a firm's kind ---------------------------------------------

def test_two_countries_before_a_firms_kind_are_both_its_seats() -> None:
    text = "German-US carmaker Vexa Motors had been willing to buy it."
    facts = graph_facts(text)
    assert {("Vexa Motors", "BASE", "base", "Germany"), ("Vexa Motors", "BASE", "base", "US")} <= facts
    with ablated(["joint-nationality"]):
        assert not any(r == "BASE" for _, r, _, _ in graph_facts(text))


def test_without_evidence_a_one_word_name_after_a_countrys_possessive_is_no_seat() -> None:
    # nothing in the document says what Lundgren is: a player of Sweden's side, most likely
    assert not any(r == "BASE" for _, r, _, _ in graph_facts("Sweden's Lundgren scored twice for the visitors."))


# -- the real-news score: one country, any of its names ------------------------------------------------

@pytest.mark.parametrize(("gold", "surfaces", "same"), [
    ("Britain", ("UK",), True),
    ("US", ("United States",), True),
    ("Britain", ("Spain",), False),
    ("Britain", ("UK Film Council",), False),
])
def test_a_gold_country_matches_the_graphs_name_for_it(gold: str, surfaces: tuple[str, ...], same: bool) -> None:
    assert name_matches(gold, surfaces) is same
