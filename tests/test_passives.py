"""Passives with no "by" that the graph reads from the patient's side (kg.extract.passives;
sentences of our own)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.nlp import load_model
from kg.extract.passives import nominee_passive_propositions
from kg.extract.registry import ablated


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(f"Title\n\n{text}\n").facts}


def test_a_nominee_is_nominated_for_the_prize() -> None:
    text = "Tom Reed was nominated for the Nordic Prize."
    assert ("Tom Reed", "NOMINATE_FOR", "Nordic Prize") in _facts(text)
    with ablated(["nominee-passive"]):
        assert not {f for f in _facts(text) if f[0] == "Tom Reed"}


def test_shortlisted_is_nominated_and_every_name_of_a_list_is_a_nominee() -> None:
    facts = _facts("Anna Berg, Tom Reed and Jon Dahl were shortlisted for best actress.")
    for name in ("Anna Berg", "Tom Reed", "Jon Dahl"):
        assert (name, "NOMINATE_FOR", "best actress") in facts, facts
    with ablated(["listed-subject"]):
        assert ("Jon Dahl", "NOMINATE_FOR", "best actress") not in _facts(
            "Anna Berg, Tom Reed and Jon Dahl were shortlisted for best actress.")


@pytest.mark.parametrize("text", [
    "Anna Berg was nominated for her role in Night Train.",  # a deed, not what she may win
    "Anna Berg was nominated as chairman of Nordbank.",  # a post, not a prize in the running
])
def test_a_nomination_for_a_deed_or_as_a_post_is_no_nominate_for(text: str) -> None:
    assert not {f for f in _facts(text) if f[1] == "NOMINATE_FOR"}


def test_made_an_honour_is_receiving_it() -> None:
    text = "Jon Dahl has been made an MBE in the New Year Honours list."
    facts = _facts(text)
    assert ("Jon Dahl", "RECEIVE", "MBE") in facts, facts
    assert not {f for f in facts if f[1] == "MAKE"}
    with ablated(["honour-made"]):
        assert ("Jon Dahl", "RECEIVE", "MBE") not in _facts(text)


def test_born_in_a_place_is_born_there_and_a_year_gives_nothing() -> None:
    facts = _facts("Anna Berg, who was born in Bergen in 1971, will be nominated for best director.")
    assert ("Anna Berg", "BORN", "Bergen") in facts, facts
    assert not {f for f in facts if f[1] == "BORN" and f[2] != "Bergen"}
    with ablated(["passive-born-in"]):
        assert ("Anna Berg", "BORN", "Bergen") not in _facts("Anna Berg was born in Bergen.")


def test_a_nomination_for_a_pair_of_prizes_is_for_the_prizes() -> None:
    facts = _facts("Vexa Holdings has been nominated for a pair of Nordic Awards.")
    assert ("Vexa Holdings", "NOMINATE_FOR", "Nordic Awards") in facts, facts
    assert not {f for f in facts if f[2] == "pair"}


def test_a_nominated_compound_before_a_name_is_a_nomination() -> None:
    text = "Oscar-nominated film Night Train opened in Bergen on Friday."
    assert ("Night Train", "NOMINATE_FOR", "Oscar") in _facts(text)
    with ablated(["nominee-compound"]):
        assert not {f for f in _facts(text) if f[1] == "NOMINATE_FOR"}
    # "twice-nominated" says how often, not for what
    assert not {f for f in _facts("The twice-nominated Tom Reed joined Nordbank.") if f[1] == "NOMINATE_FOR"}


def test_each_name_of_a_list_is_a_nominee_once() -> None:
    # the clause's subjects already list every name (rule listed-subject): the passive rules read
    # them as they are, so no name gives its proposition twice
    doc = load_model()("Anna Berg, Tom Reed and Jon Dahl were nominated for the Nordic Prize.")
    nominees = [p.args[0].text for sent in doc.sents for p in nominee_passive_propositions(sent)]
    assert sorted(nominees) == ["Anna Berg", "Jon Dahl", "Tom Reed"]
