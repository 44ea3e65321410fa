"""Rule ``kind-type``: a name its sentence calls a firm is an organisation (sentences of our own)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated


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
