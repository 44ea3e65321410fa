"""Round 26, descriptions as references (desc26): "the group", "the firm" after a firm named
before, when a common noun subject between them names no organisation (noun-of-no-kind), and
"the club" for the one club the window names (lone-club)."""

from __future__ import annotations

from factories import fact_triples as _facts

from kg.extract.registry import ablated


def fact_triples(text: str) -> set[tuple[str, str, str]]:
    return _facts(f"Title\n\n{text}\n")  # an article: the first line is its title


def test_an_event_subject_does_not_stand_between_a_description_and_its_firm() -> None:
    text = ("The loss at Vexa Holdings was bigger than analysts had expected. "
            "The group said it would cut 300 jobs.")
    assert ("Vexa Holdings", "CUT", "300 jobs") in fact_triples(text)
    # round 28's sole-organisation takes the same link (Vexa is the one firm named): off too
    with ablated(["noun-of-no-kind", "sole-organisation"]):
        assert ("Vexa Holdings", "CUT", "300 jobs") not in fact_triples(text)


def test_a_noun_that_could_be_the_firm_still_competes() -> None:
    # "the buyer" may be the firm meant as well as Vexa: no name is taken
    text = "Vexa Holdings sold its plant in Oslo on Monday. The buyer said the firm would cut 300 jobs."
    assert ("Vexa Holdings", "SELL", "plant") in fact_triples(text)
    assert not any(t[1] == "CUT" for t in fact_triples(text))


def test_the_club_is_the_one_club_named_before() -> None:
    text = "Nordvik United reported a loss of 5m pounds on Monday. The club said it would sell two players."
    assert ("Nordvik United", "SELL", "two players") in fact_triples(text)
    with ablated(["lone-club"]):
        assert ("Nordvik United", "SELL", "two players") not in fact_triples(text)


def test_two_clubs_leave_the_club_open() -> None:
    text = "Nordvik United lost 2-0 to Bergen City on Saturday. The club said it would sell two players."
    assert not any(t[1] == "SELL" for t in fact_triples(text))


def test_a_superlative_description_takes_up_no_name() -> None:
    text = ("US band Blue Fjord led the winners at the Nordic Music Awards, walking off with three prizes. "
            "The flamboyant act scored a hat-trick in the international categories, winning the best "
            "group, best album and best newcomer awards.")
    assert not any(t[2] == "Blue Fjord" for t in fact_triples(text) if t[1] == "WIN")


def test_a_name_modifying_a_subject_thing_is_no_firm() -> None:
    text = ("Tom Reed said Nordsec had seen many attacks this year. One of the biggest outbreaks took "
            "place in January when the NetVex virus started circulating. To date the company has caught "
            "more than 60 million copies of the virus.")
    found = fact_triples(text)
    assert not any(t[0] == "NetVex" for t in found), found
    assert ("Nordsec", "CATCH", "more than 60 million copies") in found


def test_past_a_noun_of_no_kind_only_to_the_one_firm_of_the_window() -> None:
    # two firms: "the group" may be the buyer, Vexa Media, as well as Nordpress
    text = ("Irish publishing group Vexa Media is buying a 26% stake in Norwegian newspaper company "
            "Nordpress in a deal worth 25m euros.\n\nNordpress publishes Norway's top-selling daily "
            "newspaper, the Bergen Dagblad, which has been in circulation for 62 years. News of the deal "
            "came as the group announced that its results would meet market forecasts.")
    found = fact_triples(text)
    assert ("Nordpress", "PUBLISH", "Norway's top-selling daily newspaper") in found or any(
        t[:2] == ("Nordpress", "PUBLISH") for t in found)
    assert not any(t[1] == "SAY" for t in found), found


def test_a_nationality_description_does_not_go_past_a_noun_of_no_kind() -> None:
    text = ("Nordbank is the subject of two rival takeover offers. The bidding war is expected to last weeks. "
            "Last month the German group tabled a 530 pence-per-share offer for Nordbank.")
    assert not any(t[0] == "Nordbank" and t[1] == "TABLE" for t in fact_triples(text))


def test_a_club_said_which_by_its_own_clause_or_phrase_is_another() -> None:
    # (review26b) "the club he joined next", "the team at Vexa Holdings" pick out another one
    joined = "Nordvik United sacked Tom Reed. The club he joined next bought two players."
    assert ("Nordvik United", "ACQUIRE", "two players") not in fact_triples(joined)
    assert ("Tom Reed", "JOIN", "Nordvik United") not in fact_triples(joined)
    at = "Tom Reed joined Nordvik United in May. The team at Vexa Holdings said it would cut 300 jobs."
    assert ("Nordvik United", "CUT", "300 jobs") not in fact_triples(at)
    # a clause set off by commas says more of the one club: it is still taken up
    aside = "Nordvik United reported a loss. The side, which is bottom of the league, said it would sell two players."
    assert ("Nordvik United", "SELL", "two players") in fact_triples(aside)
