"""Names within one document (round 21): a town and a nationality word naming one club
(``place-and-nationality``, ``nationality-club``), a firm named without the noun of its trade
(``trade-name``) and a person without the first of three names (``name-suffix``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail with their rule switched off.
"""

from __future__ import annotations

import json

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names
from kg.model import Entity
from kg.resolve.corpus import resolve_corpus

RULES = ("place-and-nationality", "nationality-club", "trade-name", "name-suffix")


def _entities(text: str) -> dict[str, Entity]:
    (ex,) = resolve_corpus([extract_text(text, "a.txt")])
    return {e.name: e for e in ex.entities if e.type != "CONCEPT"}


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


CLUB = ("Match report\n\nBergen Scottish beat Vexa Rovers at Orvik Park. Tom Reed scored twice. "
        "Scottish replied with three penalties.\n")


def test_the_rules_are_registered() -> None:
    assert set(RULES) <= set(rule_names())


def test_a_town_and_a_nationality_heading_its_phrase_are_one_club() -> None:
    assert ("Bergen Scottish", "DEFEAT", "Vexa Rovers") in _facts(CLUB)
    assert ("Vexa Rovers", "TRAIL", "Bergen Scottish") in _facts(
        "Match report\n\nVexa Rovers trailed Bergen Scottish by two points.\n")


def test_without_the_rule_the_club_is_a_nationality() -> None:
    with ablated(["place-and-nationality"]):
        assert ("Scottish", "DEFEAT", "Vexa Rovers") in _facts(CLUB)


def test_a_nationality_modifying_a_noun_stays_apart() -> None:
    facts = _facts("Fans\n\nIn Bergen Scottish fans cheered. Jon Dahl met Bergen French officials.\n")
    assert not any("Bergen Scottish" in (s, o) or "Bergen French" in (s, o) for s, _, o in facts)


def test_the_nationality_word_alone_is_the_club_of_its_document() -> None:
    def rules() -> set[str]:
        return {json.loads(r)["rule"] for r in _entities(CLUB)["Bergen Scottish"].merged_by}

    assert "nationality-club" in rules()
    with ablated(["nationality-club"]):
        assert "nationality-club" not in rules()


AIRLINE = ("Vexa Airlines\n\nVexa Airlines reported a loss of $40m. Vexa, the country's second airline, said "
           "it would cut 300 jobs.\n")


def test_a_firm_without_its_trade_noun_is_the_firm() -> None:
    found = _entities(AIRLINE)
    assert "Vexa" in found["Vexa Airlines"].aliases
    with ablated(["trade-name"]):
        assert "Vexa" not in _entities(AIRLINE)["Vexa Airlines"].aliases


def test_a_town_beside_a_firm_named_after_it_stays_the_town() -> None:
    text = "Bergen Airlines\n\nBergen Airlines reported a loss. The airline flies from Bergen to Oslo.\n"
    found = _entities(text)
    assert "Bergen" in found and "Bergen" not in found["Bergen Airlines"].aliases


PERSON = ("Book prize\n\nAnna Marie Dahl won the Orvik Prize for her first novel. The judges praised "
          "Marie Dahl's work.\n")


def test_the_last_words_of_a_persons_name_are_that_person() -> None:
    found = _entities(PERSON)
    assert "Marie Dahl" not in found
    with ablated(["name-suffix"]):
        assert "Marie Dahl" in _entities(PERSON)


def test_two_people_ending_alike_leave_the_short_form_alone() -> None:
    text = ("Book prize\n\nAnna Marie Dahl and Eva Marie Dahl were shortlisted for the Orvik Prize. "
            "The judges praised Marie Dahl's work.\n")
    assert "Marie Dahl" in _entities(text)


def test_the_club_named_in_one_paragraph_is_the_club_in_another() -> None:
    text = ("Match report\n\nVexa Rovers trailed Bergen Scottish by two points.\n\n"
            "Bergen Scottish coach Tom Reed felt the result was fair.\n")
    assert ("Tom Reed", "ROLE", "Bergen Scottish") in _facts(text)
    alone = "Match report\n\nBergen Scottish coach Tom Reed felt the result was fair.\n"
    assert ("Tom Reed", "ROLE", "Bergen Scottish") not in _facts(alone)


def test_a_nationality_with_the_article_is_the_people_not_the_firm() -> None:
    text = "Airline results\n\nVexa Airways cut 300 jobs. The British are angry about the cuts.\n"
    assert "British" not in _entities(text.replace("Vexa", "British"))["British Airways"].aliases


def test_a_nationality_adjective_is_no_short_form_of_the_firm() -> None:
    text = "Airline results\n\nIndian Airlines cut 300 jobs. Indian airline Vexa Air expanded its fleet.\n"
    assert "Indian" not in _entities(text)["Indian Airlines"].aliases
