"""Names (round 18): an adjective or participle that opens a sentence or a headline, which the
entity model took into the name after it ("Battling Vexa Holdings"), is no part of the name (rule
``initial-modifier-in-name``, :func:`kg.resolve.mentions.initial_modifier`).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it.
"""

from __future__ import annotations

from factories import graph_facts

from kg.extract.registry import ablated, rule_names
from kg.resolve.mentions import modifier_word


def _names(text: str) -> set[str]:
    facts = graph_facts(text)
    return {s for s, _, _, _ in facts} | {o for _, _, _, o in facts}


def test_the_rule_is_registered() -> None:
    assert "initial-modifier-in-name" in rule_names()


def test_english_has_the_word_as_an_adjective_or_a_participle() -> None:
    assert modifier_word("injured")
    assert modifier_word("troubled")
    assert modifier_word("battling")  # battle
    assert not modifier_word("nordvik")
    assert not modifier_word("vexa")


def test_a_sentence_initial_participle_is_no_part_of_the_name() -> None:
    text = "Battling Vexa Holdings posted a loss.\n\nAnalysts said Vexa Holdings would recover."
    assert ("Vexa Holdings", "POST", "post", "loss") in graph_facts(text)
    assert "Battling Vexa Holdings" not in _names(text)
    with ablated(["initial-modifier-in-name"]):
        assert "Battling Vexa Holdings" in _names(text)


def test_a_name_the_text_never_writes_without_the_word_keeps_it() -> None:
    # nothing in the text says that the firm is called anything shorter
    assert "Battling Vexa Holdings" in _names("Battling Vexa Holdings posted a loss.")


def test_a_word_the_text_capitalises_inside_a_sentence_is_part_of_the_name() -> None:
    text = ("Battling Vexa Holdings posted a loss.\n\nAnalysts said Vexa Holdings would recover, and "
            "shares in Battling Vexa Holdings rose by 3%.")
    assert "Battling Vexa Holdings" in _names(text)


def test_the_rest_opening_a_sentence_is_no_sign_of_a_shorter_name() -> None:
    # "Holdings" opens its sentence, where every word has a capital: the text never names
    # anything "Holdings" inside a sentence, so the firm keeps its whole name
    text = "Battling Holdings posted a loss.\n\nHoldings of that kind rarely recover."
    assert "Battling Holdings" in _names(text)
    assert "Holdings" not in _names(text)
