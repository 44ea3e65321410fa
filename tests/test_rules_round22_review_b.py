"""Round 22's review of shape22, event22 and ref22 (helper review22b): the mistakes its rules made
on invented sentences, each fixed with a general guard.

- ``went-on-result``: "went on to win" states the win only where "go" is stated itself, not
  "could go on to win", "did not go on to win", "hopes to go on to win".
- ``winner-of``: a copula under "if" or "unless", or in a question, states no win.
- ``agent-noun-act``: a maker's noun before a name the tagger left untyped is a post when the
  document shows the name is a firm's ("Shares in Nordbank rose. Nordbank director Tom Reed");
  a person's name before "producer" is the artist produced for ("Madonna producer").
- ``partner-noun``, ``match-result`` (``relative_owner``): a possessive in a relative clause is the
  antecedent's only when it agrees with it ("Nordbank, which welcomed his partnership": not
  Nordbank's; "Anna Berg, who followed up his win": not hers).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each fails without its fix.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


def _one(sentence: str) -> set[tuple[str, str, str]]:
    return _facts(f"Title\n\n{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "Tom Reed will go on to win the Bergen Prize.",
    "Tom Reed could go on to win the Bergen Prize.",
    "Tom Reed did not go on to win the Bergen Prize.",
    "Tom Reed hopes to go on to win the Bergen Prize.",
    "Tom Reed could beat Jon Dahl and go on to win the Bergen Prize.",
])
def test_go_on_to_not_stated_is_no_win(sentence: str) -> None:
    assert ("Tom Reed", "WIN", "Bergen Prize") not in _one(sentence)


@pytest.mark.parametrize("sentence", [
    "Tom Reed went on to win the Bergen Prize.",
    "Tom Reed beat Jon Dahl and went on to win the Bergen Prize.",
])
def test_went_on_to_stated_is_a_win(sentence: str) -> None:
    assert ("Tom Reed", "WIN", "Bergen Prize") in _one(sentence)


@pytest.mark.parametrize("sentence", [
    "If Tom Reed is the winner of the Bergen Prize, he will retire.",
    "Unless Tom Reed is named winner of the Bergen Prize, he will retire.",
    "Was Tom Reed the winner of the Bergen Prize?",
])
def test_a_supposed_or_asked_winner_won_nothing(sentence: str) -> None:
    assert ("Tom Reed", "WIN", "Bergen Prize") not in _one(sentence)


def test_a_stated_winner_still_won() -> None:
    assert ("Tom Reed", "WIN", "Bergen Prize") in _one("Tom Reed was the winner of the Bergen Prize.")


@pytest.mark.parametrize("first", [
    "Shares in Nordbank rose by 5% on Monday.",  # the model tags this mention a firm
    "Nordbank, the Oslo bank, cut jobs on Monday.",  # beside a kind of organisation
])
def test_a_director_at_a_firm_the_document_names_directed_nothing(first: str) -> None:
    facts = _facts(f"Bank news\n\n{first} Nordbank director Tom Reed said the firm would grow.\n")
    assert ("Tom Reed", "ROLE", "Nordbank") in facts
    assert not any(f[1] == "DIRECT" for f in facts)


def test_a_work_the_document_names_no_firm_keeps_its_director() -> None:
    facts = _facts("Film news\n\nDark Harbour director Tom Reed won the award for best film on Sunday. "
                   "Critics said Dark Harbour was his best work.\n")
    assert ("Tom Reed", "DIRECT", "Dark Harbour") in facts


def test_an_artist_s_producer_produced_no_artist() -> None:
    facts = _one("Madonna producer Jon Dahl said the album would be out in May.")
    assert not any(f[1] == "PRODUCE" for f in facts)


def test_a_relative_clause_s_his_is_no_firm_s() -> None:
    facts = _one("Tom Reed praised Nordbank, which welcomed his partnership with Vexa Holdings.")
    assert ("Nordbank", "PARTNER", "Vexa Holdings") not in facts


def test_a_relative_clause_s_his_is_no_woman_s() -> None:
    text = "He now meets Anna Berg, who followed up {} win over top seed Jon Dahl by beating Ola Vik."
    assert ("Anna Berg", "DEFEAT", "Jon Dahl") not in _one(text.format("his"))
    assert ("Anna Berg", "DEFEAT", "Jon Dahl") in _one(text.format("her"))


def test_a_relative_clause_s_its_is_the_firm_s() -> None:
    facts = _one("He praised Nordbank, which ended its partnership with Vexa Holdings last year.")
    assert ("Nordbank", "PARTNER", "Vexa Holdings") in facts
