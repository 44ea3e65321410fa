"""Rule ``kind-type``: a name its sentence calls a firm is an organisation (sentences of our own)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.nlp import load_model
from kg.extract.registry import ablated
from kg.resolve.kindtype import full_name_vote


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for f in extract_text(text).facts for e in (f.subject, f.object)}


@pytest.mark.parametrize(("text", "name"), [
    ("Cement firm Holvik has bid for Vexa Holdings.", "Holvik"),
    ("Skarvik is a shipping company based in Bergen.", "Skarvik"),
])
def test_a_name_called_a_firm_is_an_organisation(text: str, name: str) -> None:
    assert _types(text).get(name) == "ORG"
    with ablated(["kind-type"]):
        assert _types(text).get(name) == "PERSON"  # the model's guess from the letters


def test_a_person_with_a_given_name_stays_a_person() -> None:
    # a firm word said of a person ("is a major concern" is no firm): a given name keeps the person
    assert _types("Tom Reed is the company's new chairman and met Anna Berg in Bergen.").get("Tom Reed") == "PERSON"


def test_a_surname_alone_takes_the_type_of_the_name_in_full() -> None:
    # the model labels "Harry Brannock" a person and the lone "Brannock", three times, a firm
    text = ("Kelso City sacked manager Harry Brannock on Monday. Brannock said he was hurt. The board said "
            "Brannock had lost the dressing room. Brannock will be paid in full.")
    assert _types(text).get("Harry Brannock") == "PERSON"
    assert _types(text).get("Kelso City") == "GPE"  # no kind of person stated of a name the model did not call one
    with ablated(["given-name-type"]):
        assert _types(text).get("Harry Brannock") == "ORG"  # the majority of the labels


@pytest.mark.parametrize(("text", "name", "vote"), [
    ("Arden Rovers sacked manager Graeme Tulloch on Monday.", "Graeme Tulloch", "PERSON"),
    ("Kelso City sacked Harry Brannock on Monday.", "Harry Brannock", "PERSON"),
    # a firm named after its founder: the stated kind leaves the vote to the other mentions
    ("Building products group James Holvik has agreed to pay $1bn to victims.", "James Holvik", None),
    # a name before a title is the firm that holds it
    ("James Holvik chairwoman Ann Berg said the deal was fair.", "James Holvik", None),
])
def test_what_a_name_in_full_votes(text: str, name: str, vote: str | None) -> None:
    doc = load_model(None)(text)
    last = next(t for t in doc if t.text == name.split()[-1])
    assert full_name_vote("PERSON", last, name) == vote
