"""Shapes no rule read before round 22 (helper shape22).

- ``agent-noun-act``: an agent noun as the title before a name says the act it names: "Winter
  Roads director Tom Reed" → (Tom Reed; direct; Winter Roads), beside the role.
- ``winner-of``: "winner" and "champion" are the agent nouns of "win": "Winter Roads was the
  winner of the Bergen Prize", "Oscar winner Tom Reed" → (holder; win; prize).
- ``went-on-result``: "went on to win" says the win followed, neither a purpose nor a plan.
- ``absolute-with-passive``: a past participle with its own subject after "with" is a passive with
  its "be" left out: "With Tom Reed ruled out of the final" → (Tom Reed; be ruled out of; final),
  not Reed as the one who ruled.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names

FILM = ("Film awards\n\nDark Harbour director Tom Reed won the award for best film on Sunday. "
        "Vexa Holdings founder Jon Dahl presented the prize.\n")


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


def test_the_rules_are_registered() -> None:
    assert "agent-noun-act" in rule_names()
    assert "absolute-with-passive" in rule_names()
    assert "winner-of" in rule_names()
    assert "went-on-result" in rule_names()


def test_a_director_directed_the_work() -> None:
    facts = _facts(FILM)
    assert ("Tom Reed", "DIRECT", "Dark Harbour") in facts
    assert ("Tom Reed", "ROLE", "Dark Harbour") in facts  # the role stays beside it


def test_a_founder_founded_the_firm() -> None:
    assert ("Jon Dahl", "FOUND", "Vexa Holdings") in _facts(FILM)


def test_without_the_agent_noun_rule() -> None:
    with ablated(["agent-noun-act"]):
        facts = _facts(FILM)
    assert not any(f[1] in ("DIRECT", "FOUND") for f in facts)


def test_a_post_or_a_trade_is_no_act() -> None:
    text = ("Bank news\n\nNordbank finance director Jon Dahl resigned on Monday. "
            "Hollywood director Tom Reed said the film would open in May.\n")
    assert not any(f[1] == "DIRECT" for f in _facts(text))


def test_a_possessive_person_is_no_work() -> None:
    text = "Film news\n\nTom Reed's producer Jon Dahl said the film would open in May.\n"
    assert not any(f[1] == "PRODUCE" for f in _facts(text))


ABSOLUTE = ("Cup news\n\nWith Tom Reed ruled out of the match, Bergen turned to Jon Dahl. "
            "The coach said the side was ready.\n")


def test_an_absolute_participle_is_the_patient_s_fact() -> None:
    facts = _facts(ABSOLUTE)
    assert ("Tom Reed", "BE_RULED_OUT_OF", "match") in facts
    assert not any(f[0] == "Tom Reed" and f[1] == "RULE" for f in facts)


def test_without_the_absolute_rule() -> None:
    with ablated(["absolute-with-passive"]):
        facts = _facts(ABSOLUTE)
    assert ("Tom Reed", "BE_RULED_OUT_OF", "match") not in facts


def test_an_absolute_participle_with_a_doer() -> None:
    text = "Bank news\n\nWith Nordbank bought by Vexa Holdings, the shares rose by 5%.\n"
    assert ("Vexa Holdings", "ACQUIRE", "Nordbank") in _facts(text)


def test_a_second_absolute_clause_keeps_its_phrase() -> None:
    text = ("Cup news\n\nWith Tom Reed ruled out for a month and Jon Dahl out with a knee injury, "
            "Bergen could start Anna Berg.\n")
    assert not any(f[0] == "Tom Reed" and f[2] == "knee injury" for f in _facts(text))


PRIZE = ("Film prize\n\nWinter Roads was the winner of the Bergen Prize on Friday. "
         "The winner of the Orvik Prize was Anna Berg. Oscar winner Tom Reed presented both awards.\n")


def test_the_winner_of_a_prize_won_it() -> None:
    facts = _facts(PRIZE)
    assert ("Winter Roads", "WIN", "Bergen Prize") in facts
    assert ("Anna Berg", "WIN", "Orvik Prize") in facts  # the copula the other way round
    assert ("Tom Reed", "WIN", "Oscar") in facts


def test_without_the_winner_rule() -> None:
    with ablated(["winner-of"]):
        facts = _facts(PRIZE)
    assert not any(f[1] == "WIN" for f in facts)


def test_a_possible_winner_won_nothing() -> None:
    text = ("Film prize\n\nTom Reed could be the winner of the Bergen Prize, critics said. "
            "Jon Dahl was not the winner of the Orvik Prize.\n")
    assert not any(f[1] == "WIN" for f in _facts(text))


WENT_ON = ("Cup news\n\nJon Dahl went on to win the Orvik Prize. Tom Reed is going to win the Bergen Prize. "
           "Bergen went on to beat Nordvik 3-1.\n")


def _facts_with_modality(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.modality) for f in extract_text(text).facts}


def test_went_on_to_is_what_happened_next() -> None:
    facts = _facts_with_modality(WENT_ON)
    assert ("Jon Dahl", "WIN", "Orvik Prize", None) in facts
    assert ("Bergen", "DEFEAT", "Nordvik", None) in facts
    assert ("Tom Reed", "WIN", "Bergen Prize", "go") in facts  # "is going to": a plan


def test_without_the_went_on_rule() -> None:
    with ablated(["went-on-result"]):
        facts = _facts_with_modality(WENT_ON)
    assert ("Jon Dahl", "WIN", "Orvik Prize", None) not in facts


def test_a_bodys_champion_won_its_title_not_the_body() -> None:
    """"NAA champion" names the body whose title was won (the association's), not a thing won;
    a contest's word ("Open", "Cup") makes the name the contest's, which is what was won."""
    body = _facts("Athletics news\n\nNAA champion Anna Berg won again on Sunday.\n")
    assert ("Anna Berg", "WIN", "NAA") not in body
    contest = _facts("Tennis news\n\nBergen Open champion Jon Dahl lost in the first round on Sunday.\n")
    assert ("Jon Dahl", "WIN", "Bergen Open") in contest
