"""Roles, round 28: round 27's left-overs of the role rules.

An appointment's second object hung on the name as an apposition is the post ("Nordbank has named
Jon Dahl its new chief executive", ``appointed-appos-title``); "at X in Y" locates X, the place is
no part of its name (``workplace-in-place``); a denied copula holds no post ("Jon Dahl denied being
Nordbank's chairman", ``denied-copula-post``); a modal of possibility or a condition holds none
either ("Tom Reed may take over as manager", ``hedged-post``); a denied "work as" keeps the
verb's negated fact (``denied-work-as``); a club and a country before one title both hold it ("the
Orvik and Norway striker", ``coordinated-org-title``); three names and two titles "respectively"
give no pairing (``unpaired-respectively``); a plural title before "A & B" names two people, not a firm
(``plural-kind-ampersand``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. Each fails with its rule switched off.
"""

from __future__ import annotations

from factories import assert_guard_case, fact_triples, graph_facts

from kg.extract.registry import ablated, rule_names

RULES = ("appointed-appos-title", "workplace-in-place", "denied-copula-post", "hedged-post", "denied-work-as",
         "coordinated-org-title", "unpaired-respectively", "plural-kind-ampersand")


def _sentence(text: str) -> str:
    return f"Title\n\n{text}\n"


def test_the_rules_are_registered() -> None:
    assert set(RULES) <= set(rule_names())


_NAMED_ITS = _sentence("Nordbank has named Jon Dahl its new chief executive.")


def test_an_appointment_with_the_post_beside_the_name_gives_the_post() -> None:
    assert ("Jon Dahl", "ROLE", "new chief executive", "Nordbank") in graph_facts(_NAMED_ITS)
    with ablated(["appointed-appos-title"]):
        assert not any(f[0] == "Jon Dahl" and f[1] == "ROLE" for f in graph_facts(_NAMED_ITS))


def test_a_hedged_appointment_beside_the_name_gives_no_post() -> None:
    facts = graph_facts(_sentence("Nordbank may name Jon Dahl its new chief executive."))
    assert not any(f[0] == "Jon Dahl" and f[1] in ("ROLE", "HEAD") for f in facts)


_AT_IN = _sentence("Tom Reed, an analyst at Nordbank in Oslo, said the shares would fall.")


def test_the_place_after_a_workplace_is_no_part_of_its_name() -> None:
    facts = fact_triples(_AT_IN)
    assert ("Tom Reed", "ROLE", "Nordbank") in facts
    with ablated(["workplace-in-place"]):
        assert ("Tom Reed", "ROLE", "Nordbank in Oslo") in fact_triples(_AT_IN)


def test_a_denied_copula_holds_no_post() -> None:
    assert_guard_case("denied-copula-post", "Jon Dahl denied being Nordbank's chairman.",
                      ("Jon Dahl", "HEAD", "Nordbank"), None)


def test_a_denied_denial_keeps_the_post() -> None:
    facts = fact_triples(_sentence("Jon Dahl did not deny being Nordbank's chairman."))
    assert ("Jon Dahl", "HEAD", "Nordbank") in facts


def test_a_possible_take_over_holds_no_post_nor_a_former_one() -> None:
    text = "Tom Reed may take over as manager of Bergen Rovers from Jon Dahl."
    assert_guard_case("hedged-post", text, ("Tom Reed", "ROLE", "Bergen Rovers"), None)
    facts = fact_triples(_sentence(text))
    assert not any(f[0] == "Jon Dahl" and f[1] == "ROLE" for f in facts)


def test_a_possible_appointment_holds_no_post() -> None:
    assert_guard_case("hedged-post", "Tom Reed might be appointed chairman of Vexa Holdings.",
                      ("Tom Reed", "HEAD", "Vexa Holdings"), None)


def test_a_settled_take_over_keeps_its_post() -> None:
    facts = fact_triples(_sentence("Tom Reed will take over as manager of Bergen Rovers from Jon Dahl."))
    assert ("Tom Reed", "ROLE", "Bergen Rovers") in facts


def _negated(text: str) -> set[tuple[str, str, str]]:
    from kg.extract import extract_text

    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts if f.negated}


def test_a_denied_work_as_keeps_the_negated_fact() -> None:
    text = _sentence("Tom Reed never worked as a lawyer.")
    assert ("Tom Reed", "WORK", "lawyer") in _negated(text)
    with ablated(["denied-work-as"]):
        assert not _negated(text)


_CLUB_AND_COUNTRY = _sentence("The Orvik and Norway striker Tom Reed scored twice.")


def test_a_club_and_a_country_before_a_title_both_hold_it() -> None:
    facts = fact_triples(_CLUB_AND_COUNTRY)
    assert {("Tom Reed", "ROLE", "Orvik"), ("Tom Reed", "ROLE", "Norway")} <= facts
    with ablated(["coordinated-org-title"]):
        assert ("Tom Reed", "ROLE", "Orvik") not in fact_triples(_CLUB_AND_COUNTRY)


def test_two_firms_before_a_title_may_be_one_name() -> None:
    facts = fact_triples(_sentence("Marks and Spencer chairman Tom Reed said sales fell."))
    assert ("Tom Reed", "HEAD", "Marks") not in facts


def test_three_names_and_two_titles_respectively_give_no_post() -> None:
    text = "Tom Reed, Jon Dahl and Ann Berg, chairman and chief executive of Nordbank respectively, met in Bergen."
    assert_guard_case("unpaired-respectively", text, ("Ann Berg", "HEAD", "Nordbank"), None)
    assert not any(f[1] in ("HEAD", "ROLE") for f in fact_triples(_sentence(text)))


def test_two_names_and_two_titles_respectively_still_pair() -> None:
    text = "Tom Reed and Jon Dahl, chairman and chief executive of Nordbank respectively, met in Bergen."
    assert {("Tom Reed", "HEAD", "Nordbank"), ("Jon Dahl", "ROLE", "Nordbank")} <= fact_triples(_sentence(text))


_RAPPERS = _sentence("Ann Berg's work with rappers Tom Reed & Jon Dahl won her two nominations.")


def test_a_plural_title_before_names_joined_by_an_ampersand_gives_each_name() -> None:
    facts = fact_triples(_RAPPERS)
    assert {("Tom Reed", "IS_A", "rapper"), ("Jon Dahl", "IS_A", "rapper")} <= facts
    with ablated(["plural-kind-ampersand"]):
        assert ("Jon Dahl", "IS_A", "rapper") not in fact_triples(_RAPPERS)


def test_a_duo_s_name_with_an_ampersand_stays_one_name() -> None:
    facts = fact_triples(_sentence("The duo Tom Reed & Jon Dahl split in 2003."))
    assert not any(f[0] == "Jon Dahl" for f in facts)


def test_a_post_under_a_condition_is_not_held() -> None:
    assert_guard_case("hedged-post", "If Tom Reed joins Nordbank as chairman, the shares will rise.",
                      ("Tom Reed", "HEAD", "Nordbank"), None)
