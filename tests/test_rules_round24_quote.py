"""Antecedents, round 24: the "he" or "she" of a clause under a verb of telling with a person
object ("Tom Reed warned Jon Dahl he may have to quit") is the teller or the one told, so it stays
unresolved when the one told could be meant (``told-person-ambiguous``); a description inside a
relative clause whose host phrase names another organisation ("an offer from Vexa, which the firm
raised") stays unresolved (``relative-clause-host``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

from factories import fact_triples

from kg.extract.registry import ablated, rule_names


def test_the_rules_are_registered() -> None:
    assert {"told-person-ambiguous", "relative-clause-host"} <= set(rule_names())


_WARNED = ("Dahl may leave Nordvik\n\n"
           "Bergen coach Tom Reed has warned striker Jon Dahl he may have to leave Nordvik to keep "
           "his place in the national side. Dahl has played twice this season.\n")


def test_the_he_of_a_warning_to_a_man_is_not_read_as_the_warner() -> None:
    assert ("Tom Reed", "LEAVE", "Nordvik") not in fact_triples(_WARNED)
    with ablated(["told-person-ambiguous"]):
        assert ("Tom Reed", "LEAVE", "Nordvik") in fact_triples(_WARNED)


_TOLD_HIM = ("Reed stays\n\n"
             "Tom Reed met the Nordbank chairman, Jon Dahl, on Monday. Dahl told him he would join Vexa "
             "Holdings next year.\n")


def test_the_he_after_told_him_is_not_read_as_the_teller() -> None:
    assert ("Jon Dahl", "JOIN", "Vexa Holdings") not in fact_triples(_TOLD_HIM)
    with ablated(["told-person-ambiguous"]):
        assert ("Jon Dahl", "JOIN", "Vexa Holdings") in fact_triples(_TOLD_HIM)


def test_a_told_woman_leaves_the_he_to_the_teller() -> None:
    text = ("Reed to run Nordbank\n\n"
            "Tom Reed met minister Anna Berg in Bergen on Monday. He told Mrs Berg he would run Nordbank "
            "for two more years.\n")
    assert ("Tom Reed", "RUN", "Nordbank") in fact_triples(text)


_OFFER = ("Nordbank fights bid\n\n"
          "Nordbank, the Bergen mining group, reported higher profits on Tuesday. The company is fighting "
          "an offer from Vexa Holdings, which the firm raised to $8bn last week.\n")


def test_a_description_in_a_relative_clause_is_not_the_sentence_subject_over_the_host_name() -> None:
    assert ("Nordbank", "RAISE", "Vexa Holdings") not in fact_triples(_OFFER)
    with ablated(["relative-clause-host"]):
        assert ("Nordbank", "RAISE", "Vexa Holdings") in fact_triples(_OFFER)
