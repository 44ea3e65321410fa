"""Round 25's review of the kind and description rules (helper review25a): one rule for a
possessive before a name and its kind noun, an adjective is no name, and the kind noun before a
title with its own "The" is no rival of the title for a later "it".

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB); each fails without the change it checks.
"""

from __future__ import annotations

from factories import fact_triples, sentence_triples

from kg.extract.registry import RULES, ablated, rule_names

_STORE = "Downloads will be sold from Vexa's Lumo music store."
_CLUB = "Anyone can use a service set up by Solvik comedy club, which will text them a joke a day."


def test_a_possessed_name_before_its_kind_has_one_rule_and_the_bare_phrase_another() -> None:
    rule_names()  # (registers every rule)
    assert len(RULES["possessed-name-kind"]) == 1 and len(RULES["bare-name-kind"]) == 1
    with ablated(["bare-name-kind"]):
        assert ("Lumo", "IS_A", "music store") in sentence_triples(_STORE)
    with ablated(["possessed-name-kind"]):
        assert ("Lumo", "IS_A", "music store") not in sentence_triples(_STORE)
        assert ("Solvik", "IS_A", "comedy club") in sentence_triples(_CLUB)


def test_an_adjective_between_a_possessive_and_a_kind_is_no_name() -> None:
    triples = sentence_triples("Tom Reed's Nordic band played in Bergen on Friday.")
    assert not any(r == "IS_A" and o == "band" for _, r, o in triples)


_TITLE_THE = ("Long Night wins\n\n"
              "The drama The Long Night took $4m at the box office in its first weekend. It also won two awards "
              "at the Bergen festival on Friday.\n")


def test_a_kind_noun_before_a_title_with_its_own_the_does_not_block_the_titles_it() -> None:
    # ``kind-beside-name`` reads "the drama The Long Night" as one phrase; so does the resolver
    triples = fact_triples(_TITLE_THE)
    assert ("Long Night", "IS_A", "drama") in triples
    assert ("Long Night", "WIN", "two awards") in triples
    with ablated(["kind-noun-before-name"]):
        assert ("Long Night", "WIN", "two awards") not in fact_triples(_TITLE_THE)


_REPORT = ("Vexa report\n\n"
           "The report Vexa Holdings published on Monday said profits fell. It also praised Nordbank.\n")


def test_a_name_that_opens_a_relative_clause_is_no_kind_of_the_noun_before_it() -> None:
    # the parse makes "report" and "Vexa Holdings" both subjects of "said"; "published" is the
    # relative clause's verb, so the report is no Vexa Holdings, and stays the "It" of the next sentence
    assert ("Vexa Holdings", "IS_A", "report") not in sentence_triples(
        "The report Vexa Holdings published on Monday said profits fell.")
    assert ("Vexa Holdings", "PRAISE", "Nordbank") not in fact_triples(_REPORT)


def test_a_former_or_planned_headquarters_is_no_seat() -> None:
    assert ("Nordbank", "BASE", "Bergen") not in sentence_triples(
        "The former Nordbank headquarters in Bergen is now a hotel.")
    assert ("Nordbank", "BASE", "Oslo") not in sentence_triples(
        "Nordbank's planned headquarters in Oslo will open in 2008.")
    # the seat of the present keeps its fact
    assert ("Nordbank", "BASE", "Bergen") in sentence_triples(
        "The staff at Nordbank headquarters in Bergen went on strike on Monday.")
