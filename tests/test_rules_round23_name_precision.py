"""Name boundaries on unseen news (round 23, helper name23): the first word of a name the parse
or the entity model left out.

- ``compound-chain-in-name``: "chief executive of Open Source Development Labs", "work together on
  High Speed Downlink Packet Access": a capitalised proper noun the parse makes a compound of the
  name's first compound, not of its head, is still a word of the name (was "Source Development
  Labs", "Speed Downlink Packet Access").
- ``title-not-name``: "when the Prime Minister walked into Vexa", "the current Supreme Leader Jon
  Dahl", "Vice-President Tom Reed": a capitalised post, or its first word, is no name (was a thing
  "Minister" walking, an organisation "Supreme" Dahl heads, a "Vice" Reed is president of).
- ``determiner-in-name`` is not widened to a word in capitals ("No ID"): measured, the name "No ID"
  (an organisation) became the antecedent of a plural "them" two sentences on (three wrong facts
  for one right); the test keeps the rule's bounds.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail with their rule switched off.
"""

from __future__ import annotations

from factories import fact_triples

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names

LABS = ("Vexa news\n\nTom Reed, chief executive of US firm Open Source Development Labs, said the move "
        "could help.\n")
ACCESS = ("Vexa news\n\nNordbank and Vexa Holdings agreed to work together on High Speed Downlink Packet "
          "Access.\n")
PRODUCER = "Dahl album\n\nHip-hop producer No ID encouraged Jon Dahl to sample old soul hits.\n"


MINISTER = "Vexa visit\n\nStaff were surprised when the Prime Minister walked into Vexa at 0900 GMT.\n"
LEADER = "Dahl trial\n\nThey accused Tom Reed of insulting the current Supreme Leader Jon Dahl.\n"
VICE = "Nordbank opens\n\nVice-President Tom Reed opened the Nordbank building.\n"
CHAIRMAN = "Vexa opens\n\nNordbank Chairman Tom Reed opened the Vexa building in Bergen.\n"


def _names(text: str) -> set[str]:
    facts = extract_text(text).facts
    return {f.subject.name for f in facts} | {f.object.name for f in facts}


def test_rules_registered() -> None:
    assert {"compound-chain-in-name", "title-not-name"} <= set(rule_names())


def test_compound_of_a_compound_is_a_word_of_the_name() -> None:
    assert "High Speed Downlink Packet Access" in _names(ACCESS)
    assert "Speed Downlink Packet Access" not in _names(ACCESS)
    with ablated(["compound-chain-in-name"]):
        assert "High Speed Downlink Packet Access" not in _names(ACCESS)


def test_the_whole_name_stays_whole() -> None:
    # the apposition's name was read whole before the rule; it stays so
    assert "Open Source Development Labs" in _names(LABS)
    assert "Source Development Labs" not in _names(LABS)


def test_a_place_before_the_name_stays_apart() -> None:
    # "US firm Open Source ...": "US" is a place with a type of its own, and "firm" a common noun
    assert not any(n.startswith("US Open") or n.startswith("firm Open") for n in _names(LABS))


def test_determiner_before_an_initialism_is_left() -> None:
    assert "No ID" not in _names(PRODUCER)


def test_capitalised_post_is_no_name() -> None:
    for text, wrong in ((MINISTER, "Minister"), (LEADER, "Supreme"), (VICE, "Vice")):
        assert wrong not in _names(text)
        with ablated(["title-not-name"]):
            assert wrong in _names(text)
    assert ("Tom Reed", "OPEN", "Nordbank building") in fact_triples(VICE)


def test_a_name_before_a_post_stays() -> None:
    # "Nordbank Chairman": the firm has a word of its own, no office word
    assert "Tom Reed" in _names(CHAIRMAN)
    assert "Vexa building" in _names(CHAIRMAN)
