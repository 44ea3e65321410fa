"""Round 27's review of the role and relation rules (review27a): guards on invented sentences.

An active appointment gives a post only when it is stated as made (``appointed-as``,
``appointed-title-name``): not denied, supposed, hoped for or under a modal; a superlative after
"as" names an honour, no post. The name the parse hung on the title is not a word of its own title
("Nordbank made Tom Reed chairman": no "reed chairman"). A "loss of something" given is no defeat
(``given-result``, as ``light-noun-paraphrase`` already read it). "His role" after another person's
name is not taken for the clause subject's (``tenure-pronoun``); a hyphen the parse keeps as a title
word joins its sides (``hyphened-title-word``); a name in the "of" phrase after coordinated nouns is
where both are held (``of-own-conjunct``).

Each case is a text written for this test; each failed on main 5136407.
"""

from __future__ import annotations

import pytest
from factories import graph_facts, sentence_triples


def _sentence(text: str) -> str:
    return f"Title\n\n{text}\n"


@pytest.mark.parametrize("text", [
    "Vexa Holdings did not name Tom Reed as its new chairman.",
    "Vexa Holdings may name Tom Reed as its new chairman next year.",
    "Nordbank hopes to appoint Tom Reed as chairman.",
    "If Nordbank appoints Tom Reed as chairman, shares will rise.",
    "Nordbank would have appointed Tom Reed chief executive if he had asked.",
    "Nordbank may appoint Tom Reed chairman of Vexa Holdings.",
])
def test_an_appointment_not_made_gives_no_post(text: str) -> None:
    facts = graph_facts(_sentence(text))
    assert not [f for f in facts if f[0] == "Tom Reed" and f[1] != "SAY"], facts


def test_a_made_appointment_still_gives_its_post() -> None:
    assert ("Tom Reed", "HEAD", "new chairman", "Vexa Holdings") in graph_facts(
        _sentence("Vexa Holdings named Tom Reed as its new chairman."))


def test_a_superlative_after_as_names_an_honour_no_post() -> None:
    facts = graph_facts(_sentence("Vexa Holdings named Tom Reed as its best player of the year."))
    assert not [f for f in facts if f[0] == "Tom Reed"], facts


def test_the_holder_is_no_word_of_its_own_title() -> None:
    facts = graph_facts(_sentence("Nordbank made Tom Reed chairman."))
    assert ("Tom Reed", "HEAD", "chairman", "Nordbank") in facts
    assert not [f for f in facts if "reed" in f[2]], facts


def test_a_loss_of_money_given_is_no_defeat() -> None:
    assert ("Nordbank", "DEFEAT", "Vexa Holdings") not in sentence_triples(
        "Nordbank handed Vexa Holdings a loss of $5m.")
    assert ("Bergen", "DEFEAT", "Oslo") in sentence_triples("Bergen handed Oslo a 3-0 defeat.")


@pytest.mark.parametrize("text", [
    "Tom Reed thanked Jon Dahl for his role as chairman.",
    "Tom Reed praised Ann Berg for her role as chairman of Nordbank.",
    "Tom Reed criticised Jon Dahl over his spell as manager of Bergen.",
])
def test_a_tenure_pronoun_after_another_name_is_not_the_subjects(text: str) -> None:
    facts = graph_facts(_sentence(text))
    assert not [f for f in facts if f[0] == "Tom Reed" and f[1] not in ("THANK", "PRAISE", "CRITICISE")], facts


def test_a_tenure_pronoun_with_one_name_is_the_subjects() -> None:
    assert ("Tom Reed", "HEAD", "chairman", "Vexa Holdings") in graph_facts(
        _sentence("Tom Reed said his role as chairman of Vexa Holdings was over."))


def test_a_hyphen_the_parse_keeps_as_a_title_word_joins_its_sides() -> None:
    facts = graph_facts(_sentence("Nordbank's co-chief executive Tom Reed and vice-chairman Jon Dahl spoke."))
    assert ("Tom Reed", "ROLE", "co-chief executive", "Nordbank") in facts
    assert not [f for f in facts if " - " in f[2]], facts


@pytest.mark.parametrize(("text", "kept"), [
    ("Tom Reed, director and shareholder of Nordbank, spoke.", ("Tom Reed", "ROLE", "director", "Nordbank")),
    ("Tom Reed, chairman and co-founder of Nordbank, spoke.", ("Tom Reed", "HEAD", "chairman", "Nordbank")),
    ("Tom Reed, president and creator of Nordbank, spoke.", ("Tom Reed", "PRESIDENT", "president", "Nordbank")),
])
def test_a_name_after_a_conjunct_of_another_kind_is_where_both_are_held(text: str, kept: tuple[str, ...]) -> None:
    assert kept in graph_facts(_sentence(text))
