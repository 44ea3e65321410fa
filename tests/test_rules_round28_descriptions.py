"""Round 28, descriptions as references (desc28): a bare "the firm" the window leaves open takes
the one organisation the document has named (sole-organisation), and the "its" after it follows."""

from __future__ import annotations

from unittest.mock import patch

from factories import fact_triples as _facts

from kg.extract.registry import ablated


def fact_triples(text: str) -> set[tuple[str, str, str]]:
    return _facts(f"Title\n\n{text}\n")  # an article: the first line is its title


SOLE = ("Vexa Holdings cut 300 jobs on Monday. Norway's second biggest software maker made a loss last year. "
        "The firm said it would close its plant in Bergen.")


def test_the_firm_takes_the_one_organisation_past_a_subject_noun() -> None:
    assert ("Vexa Holdings", "CLOSE", "plant") in fact_triples(SOLE)
    with ablated(["sole-organisation"]):
        assert ("Vexa Holdings", "CLOSE", "plant") not in fact_triples(SOLE)


def test_an_unnamed_firm_brought_in_before_keeps_the_firm_open() -> None:
    # "a rival software maker" is a second organisation, unnamed: "the firm" may be it
    text = ("Vexa Holdings cut 300 jobs on Monday. Norway's biggest seller has bought a rival software maker. "
            "The firm said it would close its plant in Bergen.")
    assert not any(t[0] == "Vexa Holdings" and t[1] == "CLOSE" for t in fact_triples(text))
    with patch("kg.resolve.references.sole_organisation", lambda tok: True):
        assert ("Vexa Holdings", "CLOSE", "plant") in fact_triples(text)  # the guard, not the window


def test_two_organisations_keep_the_firm_open() -> None:
    text = ("Vexa Holdings cut 300 jobs on Monday. Nordbank ASA lent it money. Norway's second biggest "
            "software maker made a loss last year. The firm said it would close its plant in Bergen.")
    assert not any(t[1] == "CLOSE" and t[0] in ("Vexa Holdings", "Nordbank ASA") for t in fact_triples(text))


def test_a_modified_description_is_left_alone() -> None:
    text = ("Vexa Holdings cut 300 jobs on Monday. Norway's second biggest software maker made a loss last year. "
            "The new firm said it would close its plant in Bergen.")
    assert not any(t[0] == "Vexa Holdings" and t[1] == "CLOSE" for t in fact_triples(text))


def test_an_unnamed_party_subject_keeps_the_firm_open() -> None:
    # "the buyer" may be an organisation the text has not named
    text = "Vexa Holdings sold its plant in Oslo on Monday. The buyer said the firm would cut 300 jobs."
    assert not any(t[1] == "CUT" for t in fact_triples(text))

