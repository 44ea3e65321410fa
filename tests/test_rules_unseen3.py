"""Rules written from the misses on six more BBC articles no rule was tuned on (issue #13, round 5).

Each case is a sentence written for this test, in news style (not from the BBC articles, the
seed article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _facts(text: str) -> set[tuple[str, str, str, str]]:
    """(subject, relation type, predicate, object) of every graph fact of a text."""
    return {(f.subject.name, f.relation, f.predicate, f.object.name) for f in extract_text(text).facts}


# -- a title's field, and the workplace named after it --------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Anna Berg, head of research at Nordbank, said the shares were cheap.",
     ("Anna Berg", "HEAD", "head of research", "Nordbank")),
    ("Tom Reed, director of communications for Fjord Capital, declined to comment.",
     ("Tom Reed", "ROLE", "director of communications", "Fjord Capital")),
    # "with" names an analyst's or a strategist's employer
    ("Paul Lund, chief strategist with Kestrel Securities, said rates would rise.",
     ("Paul Lund", "ROLE", "chief strategist", "Kestrel Securities")),
])
def test_a_workplace_after_a_title_is_where_it_is_held_and_the_field_is_part_of_the_title(
        text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in _facts(text)


def test_an_of_phrase_that_names_an_organisation_is_still_where_the_title_is_held() -> None:
    facts = _facts("Anna Berg, head of the agency at the time, said the rules were clear.")
    assert not any(p.startswith("head of") for _, _, p, _ in facts)


# -- a name that restates a title phrase ----------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Tom Reed met the chairman of Nordbank, Anna Berg, in Oslo on Monday.",
     ("Tom Reed", "MEET", "meet", "Anna Berg")),
    ("The chairman of Nordbank, Anna Berg, met Tom Reed in Oslo on Monday.",
     ("Anna Berg", "MEET", "meet", "Tom Reed")),
    # the model tags the capitalised title as a proper noun
    ("Tom Reed told the President of the Fjord Council, Anna Berg, that the plan had failed.",
     ("Tom Reed", "SAY", "tell", "Anna Berg")),
])
def test_a_name_set_off_after_a_title_phrase_is_what_the_verb_is_about(text: str, fact: tuple[str, str, str, str]) -> None:
    facts = _facts(text)
    assert fact in facts
    assert not any(o in ("chairman", "President", "Nordbank") and p in ("meet", "tell") for _, _, p, o in facts)


def test_a_name_set_off_after_a_title_phrase_holds_the_title() -> None:
    facts = _facts("Tom Reed met the chairman of Nordbank, Anna Berg, in Oslo on Monday.")
    assert ("Anna Berg", "HEAD", "chairman", "Nordbank") in facts
