"""A town's name in the possessive before a player's name in sport news (round 21,
``club-possessive``): "Halden's Tom Reed was sent off" → Tom Reed plays for Halden.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive case fails with the rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names

SPORT = ("Cup tie\n\nWest Bergen striker Jon Dahl scored twice as the side won the league match. "
         "Halden's Tom Reed was sent off and the coach was unhappy with the defeat.\n")


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


def test_the_rule_is_registered() -> None:
    assert "club-possessive" in rule_names()


def test_a_town_s_player_in_sport_news() -> None:
    assert ("Tom Reed", "PLAY_FOR", "Halden") in _facts(SPORT)


def test_without_the_rule() -> None:
    with ablated(["club-possessive"]):
        assert not any(f[1] == "PLAY_FOR" for f in _facts(SPORT))


def test_not_outside_sport_news() -> None:
    text = "Bank results\n\nHalden's Tom Reed said profits rose at the bank. Shares fell 3%.\n"
    assert not any(f[1] == "PLAY_FOR" for f in _facts(text))


def test_a_country_is_where_the_player_is_from() -> None:
    text = SPORT.replace("Halden's", "Norway's")
    assert not any(f[1] == "PLAY_FOR" and f[2] == "Norway" for f in _facts(text))
