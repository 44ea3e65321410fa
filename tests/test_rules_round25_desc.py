"""Definite descriptions, round 25: "the company" after a name glossed in brackets
(``bracketed-gloss``) or after a given name said alone (``given-name-of-person``), "the company, a maker of
ship engines," as a reference (``common-appositive``), and "the singer"
past a definite noun of another title (``other-title-noun``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. Each fails with its rule switched
off, but the guards, which check what still stays unresolved.
"""

from __future__ import annotations

from factories import fact_triples

from kg.extract.registry import ablated, rule_names

RULES = ("bracketed-gloss", "other-title-noun", "given-name-of-person", "common-appositive")


def test_the_rules_are_registered() -> None:
    assert set(RULES) <= set(rule_names())


_GLOSSED = ("Fine for Vexa unit\n\n"
            "Tom Reed, 52, has stepped down as director of Vexa Petrochemicals Corporation (VPC). "
            "The company has been accused by Finanstilsynet of hiding losses.\n")


def test_the_company_is_the_name_before_its_bracketed_initials() -> None:
    assert ("Finanstilsynet", "ACCUSE", "Vexa Petrochemicals Corporation") in fact_triples(_GLOSSED)
    with ablated(["bracketed-gloss"]):
        assert ("Finanstilsynet", "ACCUSE", "Vexa Petrochemicals Corporation") not in fact_triples(_GLOSSED)


_TWO_FIRMS = ("Vexa and Nordbank\n\n"
              "Vexa Holdings has sold its stake in Nordbank to Kestrel Capital. "
              "The company has been accused by Finanstilsynet of hiding losses.\n")


def test_two_firms_side_by_side_still_leave_the_company_unresolved() -> None:
    triples = fact_triples(_TWO_FIRMS)
    assert ("Finanstilsynet", "ACCUSE", "Nordbank") not in triples
    assert ("Finanstilsynet", "ACCUSE", "Kestrel Capital") not in triples


_SINGER = ("Singer hurt at gig\n\n"
           "On Friday, singer Tom Reed was hurt at a concert in Bergen. Kestrel Records' spokesman said "
           "the tour would go on. The singer, who was not badly hurt, thanked Bergen Police for their help.\n")


def test_the_singer_passes_over_the_spokesman() -> None:
    assert ("Tom Reed", "THANK", "Bergen Police") in fact_triples(_SINGER)
    with ablated(["other-title-noun"]):
        assert ("Tom Reed", "THANK", "Bergen Police") not in fact_triples(_SINGER)


def test_an_untitled_noun_between_still_blocks_the_singer() -> None:
    text = _SINGER.replace("Kestrel Records' spokesman", "The man")
    assert ("Tom Reed", "THANK", "Bergen Police") not in fact_triples(text)


_GIVEN = ("Reed quits Vexa\n\n"
          "Tom Reed has quit the Vexa group. Tom, 45, has stepped down as director of Vexa Petrochemicals "
          "Corporation. The company has been accused by Finanstilsynet of hiding losses.\n")


def test_a_given_name_of_a_person_named_before_does_not_hold_off_the_company() -> None:
    assert ("Finanstilsynet", "ACCUSE", "Vexa Petrochemicals Corporation") in fact_triples(_GIVEN)
    with ablated(["given-name-of-person"]):
        assert ("Finanstilsynet", "ACCUSE", "Vexa Petrochemicals Corporation") not in fact_triples(_GIVEN)


_APPOSED = ("Vexa shares fall\n\n"
            "Shares in Vexa Holdings fell 10% on Monday. The company, a maker of ship engines, has hired "
            "Kestrel Partners to review its accounts.\n")


def test_a_common_noun_in_apposition_leaves_the_company_a_reference() -> None:
    assert ("Vexa Holdings", "HIRE", "Kestrel Partners") in fact_triples(_APPOSED)
    with ablated(["common-appositive"]):
        assert ("Vexa Holdings", "HIRE", "Kestrel Partners") not in fact_triples(_APPOSED)


def test_a_name_in_apposition_still_names_the_company() -> None:
    text = _APPOSED.replace("The company, a maker of ship engines,", "The company, Nordvik Marine,")
    assert ("Vexa Holdings", "HIRE", "Kestrel Partners") not in fact_triples(text)


def test_a_modified_description_with_an_apposition_stays_unresolved() -> None:
    text = _APPOSED.replace("The company, a maker", "The Danish company, a maker")
    assert ("Vexa Holdings", "HIRE", "Kestrel Partners") not in fact_triples(text)
