"""An amount that is a verb's direct object is a node, so the fact is kept (issue #13, round 19).

Each case is a sentence written for this test, in news style (not from the BBC articles, the
seed article nor CaRB).
"""

from __future__ import annotations

import pytest
from factories import fact_triples

from kg.extract import extract_text
from kg.extract.registry import ablated


@pytest.mark.parametrize(("text", "fact"), [
    ("Norway borrowed $10bn from the IMF.", ("Norway", "BORROW", "$10bn")),
    ("Tom Reed spent $26,500 on an island in Bergen.", ("Tom Reed", "SPEND", "$26,500")),
    ("Vexa Holdings bought 19.9% of Nordbank last year.", ("Vexa Holdings", "ACQUIRE", "19.9%")),
    ("Nordbank could spend up to $35bn on new branches.", ("Nordbank", "SPEND", "up to $35bn")),
])
def test_an_amount_that_is_the_direct_object_makes_the_fact(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in fact_triples(text)
    with ablated(["amount-object"]):
        assert fact not in fact_triples(text)


def test_the_amount_is_named_as_the_text_writes_it_with_its_sign_and_unit() -> None:
    # the tokenizer splits "$9.4m" into "$", "9.4" and "m", and the parse may make "m" an object too
    facts = fact_triples("Night Train took $9.4m in its first weekend.")
    assert ("Night Train", "TAKE", "$9.4m") in facts
    assert not {f for f in facts if f[2] == "m"}


def test_an_amount_that_modifies_a_noun_is_no_node() -> None:
    objects = {f.object.name for f in extract_text("Nordbank will reject any formal £800m offer for Vexa Holdings.").facts}
    assert "formal £800m offer" in objects  # the amount modifies "offer", the object
    assert not {o for o in objects if o.startswith("£")}
    assert not {f for f in extract_text("The Bergen plant opened after a $10bn deal with Nordbank.").facts
                if f.object.name.startswith("$")}


def test_an_amount_of_a_kind_of_thing_is_no_node_of_its_own() -> None:
    # what was cut is the staff: "5%" alone would say nothing of it
    assert not {f for f in extract_text("Nordbank cut 5% of its staff in Bergen.").facts if f.object.name == "5%"}
    assert ("Tom Reed", "DONATE", "billions of dollars") in fact_triples("Tom Reed donated billions of dollars to Bergen.")
