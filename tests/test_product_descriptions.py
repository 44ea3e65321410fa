"""A product named with its kind ("the Vexa Z1 media player", "the Kestrel processor") and then
called "the device", "the gadget", "the chip" or "it" (rule ``product-description``,
:mod:`kg.resolve.products`).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail without their rule.
"""

from __future__ import annotations

from factories import graph_facts

from kg.extract.registry import ablated, rule_names


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, _, o in graph_facts(text)}


def test_the_rule_is_registered() -> None:
    assert "product-description" in rule_names()


def test_the_device_is_the_product_named_a_player() -> None:
    text = ("The Vexa music player, camera and phone arrives in Bergen shops on Monday. "
            "The handheld device then debuts in Norway in June.")
    assert ("Vexa", "DEBUT", "Norway") in _pairs(text)
    with ablated(["product-description"]):
        assert ("Vexa", "DEBUT", "Norway") not in _pairs(text)


def test_it_after_the_description_is_the_product() -> None:
    text = ("The Vexa media player reaches the shops in Bergen on Monday. "
            "The gadget competes with cheaper rivals. It can also take photos.")
    pairs = _pairs(text)
    assert ("Vexa", "COMPETE", "cheaper rivals") in pairs
    assert ("Vexa", "TAKE", "photos") in pairs


def test_the_chip_is_the_named_processor() -> None:
    text = ("Kestrel, a processor made by Nordcom, goes on sale next year. "
            "The chip handles detailed graphics.")
    assert ("Kestrel", "HANDLE", "detailed graphics") in _pairs(text)


def test_a_maker_is_no_product() -> None:
    # "Nordcom's" and "Nordcom said": the firm that makes the phone, not the phone
    text = ("Nordcom's new Nordcom handset goes on sale in Oslo. Nordcom said sales were strong. "
            "The device can take photos.")
    assert not any(s == "Nordcom" and r == "TAKE" for s, r, _ in _pairs(text))


def test_an_unnamed_one_in_between_leaves_it_open() -> None:
    text = ("The Vexa media player goes on sale on Monday in Bergen. "
            "Halvik is preparing a rival device for the spring. The device can take photos.")
    assert not any(s == "Vexa" and r == "TAKE" for s, r, _ in _pairs(text))


def test_a_description_that_says_which_is_another_product() -> None:
    text = ("The Vexa media player goes on sale on Monday in Bergen. "
            "The new device can take photos.")
    assert not any(s == "Vexa" and r == "TAKE" for s, r, _ in _pairs(text))


def test_a_product_is_no_company() -> None:
    # "the company" is the firm named before, not the virus named as the subject after it
    text = ("Nordsec opened in Oslo in 1990 and now employs 300 people. Its servers sell well in Norway. "
            "The Moxa supercomputer was switched on in Bergen in May. So far the company has sold 600 units.")
    assert not any(s == "Moxa" and r == "SELL" for s, r, _ in _pairs(text))


def test_a_brand_classifying_a_line_is_no_product() -> None:
    text = ("The Vexa mini is the cheapest Nordcom computer ever. "
            "The machine reaches Bergen shops in May.")
    assert not any("Nordcom" in (s, o) for s, r, o in _pairs(text))
