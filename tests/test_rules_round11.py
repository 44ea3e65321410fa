"""Document-level rules of issue #13, round 11: a kind stated with a name, carried to a later
bare description of that kind (rule ``stated-kind``, :mod:`kg.resolve.stated`).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

import pytest
from factories import graph_facts

from kg.extract.registry import ablated, rule_names

# Five sentences between the name and the description: beyond the references' window.
GAP = ("Rival carriers followed within hours. Fares to Oslo fell by a third. Travel agents reported "
       "record bookings. Tom Dahl of Fjord Travel praised the cuts. ")


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, _, o in graph_facts(text)}


def test_stated_kind_is_a_registered_rule() -> None:
    assert "stated-kind" in rule_names()


def test_an_organisation_kind_stated_far_back_is_carried_to_the_description() -> None:
    text = "Budget airline SkyNord cut its fares on Monday. " + GAP + "The airline bought Polar Air in March."
    assert ("SkyNord", "ACQUIRE", "Polar Air") in _pairs(text)
    with ablated(["stated-kind"]):
        assert ("SkyNord", "ACQUIRE", "Polar Air") not in _pairs(text)


def test_a_title_stated_far_back_is_carried_to_the_description_not_to_the_nearest_person() -> None:
    text = ("Nordvik's lawyer Anna Berg filed an appeal on Monday. The club was fined in May. Its players "
            "were banned for two games. Fans protested outside the ground. Manager Eva Holm said nothing. "
            "The lawyer accused Fjord Football of bias.")
    facts = _pairs(text)
    assert ("Anna Berg", "ACCUSE", "Fjord Football") in facts
    assert ("Eva Holm", "ACCUSE", "Fjord Football") not in facts


@pytest.mark.parametrize("text", [
    # two names of the kind: "the airline" is either
    "Budget airline SkyNord cut its fares on Monday. Budget airline Nordjet followed. " + GAP
    + "The airline bought Polar Air in March.",
    # a modifier says more than the kind: "the Danish airline" may be another
    "Budget airline SkyNord cut its fares on Monday. " + GAP + "The Danish airline bought Polar Air in March.",
    # a clause says which airline: "the airline that Tom Dahl founded" may be another
    "Budget airline SkyNord cut its fares on Monday. " + GAP
    + "The airline that Tom Dahl founded in 1990 bought Polar Air in March.",
])
def test_no_unique_bare_kind_no_reference(text: str) -> None:
    assert not any(o == "Polar Air" and s != "airline" and "airline" not in s for s, _, o in _pairs(text))


def test_a_club_is_not_carried() -> None:
    # every side in a sports report is a club, said or not: "the club" is not made unique by one
    text = ("Football club Nordvik lost 2-0 on Monday. Fjordby won. Rovik drew. Fans protested outside the "
            "ground. Manager Eva Holm said nothing. The club sold Tom Dahl to Fjordby.")
    facts = _pairs(text)
    assert ("Nordvik", "IS_A", "football club") in facts
    assert not any(s == "Nordvik" and o == "Tom Dahl" for s, _, o in facts)


def test_a_playing_position_is_not_carried() -> None:
    # a side fields two centres at once: one stated centre does not make "the centre" unique
    text = ("Nordvik centre Anna Berg is injured. The club was fined in May. Its players were banned for two "
            "games. Fans protested outside the ground. Manager Eva Holm said nothing. The centre scored "
            "against Fjordby.")
    assert not any(o == "Fjordby" and s == "Anna Berg" for s, _, o in _pairs(text))


def test_a_carried_description_does_not_carry_a_pronoun_after_it() -> None:
    text = ("Budget airline SkyNord cut its fares on Monday. " + GAP
            + "The airline bought Polar Air in March. It also sold Nordjet.")
    facts = _pairs(text)
    assert ("SkyNord", "ACQUIRE", "Polar Air") in facts
    assert not any(o == "Nordjet" for _, _, o in facts)
