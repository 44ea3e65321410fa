"""Rule ``plural-reference``: "the two firms" after "A and B" is a fact of each (sentences of our own)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence before, no number
    ("Nordbank and Vexa Holdings reported large losses in Bergen on Monday. "
     "The firms suspended their dividends.",
     {("Nordbank", "SUSPEND", "dividends"), ("Vexa Holdings", "SUSPEND", "dividends")}),
    # the same sentence, a description of people with a number
    ("Tom Reed and Jon Dahl met the mayor of Bergen on Monday, and the two men later signed a letter to the council.",
     {("Tom Reed", "SIGN", "letter"), ("Jon Dahl", "SIGN", "letter")}),
    # a number picks out its list from further back
    ("Nordbank, Vexa Holdings and Fjordlight Systems have developed a new payment card. "
     "The card will reach shops in May. Prices have not been set. "
     "The three firms will share the costs of the launch.",
     {("Nordbank", "SHARE", "costs"), ("Vexa Holdings", "SHARE", "costs"), ("Fjordlight Systems", "SHARE", "costs")}),
])
def test_a_plural_description_stands_for_each_name_of_its_list(text: str, expected: set[tuple[str, str, str]]) -> None:
    facts = _facts(text)
    assert expected <= facts, facts
    with ablated(["plural-reference"]):
        assert not expected & _facts(text)


@pytest.mark.parametrize("text", [
    # the number disagrees with the list
    "Nordbank and Vexa Holdings reported large losses in Bergen on Monday. The three firms suspended their dividends.",
    # two lists the description could mean
    "Nordbank and Vexa Holdings sued Polar Foods and Fjord Freight on Monday. The two firms suspended their dividends.",
    # a firm word is no name of two people
    "Tom Reed and Jon Dahl visited Bergen on Monday. The firms suspended their dividends.",
    # "the players" alone is a team, not the two named before it
    "Tom Reed and Jon Dahl scored in Bergen on Monday. The players celebrated the win.",
])
def test_a_plural_description_with_no_one_list_to_stand_for_stays_unresolved(text: str) -> None:
    said = {f for f in _facts(text) if f[1] in ("SUSPEND", "CELEBRATE")}
    named = {"Nordbank", "Vexa Holdings", "Polar Foods", "Fjord Freight", "Tom Reed", "Jon Dahl"}
    assert not {f for f in said if f[0] in named}, said


def test_the_names_of_a_descriptions_own_verb_are_others() -> None:
    # "Nordbank and Vexa Holdings sued the two firms": the firms sued are not the two that sued
    facts = _facts("Nordbank and Vexa Holdings sued the two firms on Monday.")
    assert not {f for f in facts if f[0] in ("Nordbank", "Vexa Holdings") and f[2] in ("Nordbank", "Vexa Holdings")}, facts
