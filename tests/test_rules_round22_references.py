"""References across sentences, round 22: a prize's or a festival's name is no work a later "the
film" may mean (``award-no-work``), so "the film" after "X, a film by Y, has won the Z Award" is X;
and a player re-described by rank ("the British number one", "the top seed") as the main clause's
subject is the person the sentence before is about (``rank-epithet``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


def test_the_rules_are_registered() -> None:
    assert {"award-no-work", "rank-epithet"} <= set(rule_names())


@pytest.mark.parametrize("prize", ["Bergen Film Award", "Nordic Film Prize"])
def test_a_prize_does_not_stand_between_the_film_and_its_description(prize: str) -> None:
    text = ("Drama wins prize\n\n"
            f"Winter Roads, a film by Tom Reed, has won the {prize}. "
            "The film beat Summer Nights and Harbour Lights to the honour.\n")
    facts = _facts(text)
    assert ("Winter Roads", "DEFEAT", "Summer Nights") in facts
    with ablated(["award-no-work"]):
        facts = _facts(text)
    assert ("Winter Roads", "DEFEAT", "Summer Nights") not in facts


def _season(description: str) -> str:
    return ("Reed makes winning start\n\n"
            "Tom Reed opened his season with a victory over Jon Dahl on Wednesday. "
            f"{description} will next play Lars Berg on Friday.\n")


@pytest.mark.parametrize("description", ["The British number one", "The world number two", "The top seed"])
def test_a_rank_re_describes_the_subject_before(description: str) -> None:
    facts = _facts(_season(description))
    assert ("Tom Reed", "PLAY", "Lars Berg") in facts
    assert ("Jon Dahl", "PLAY", "Lars Berg") not in facts
    with ablated(["rank-epithet"]):
        facts = _facts(_season(description))
    assert ("Tom Reed", "PLAY", "Lars Berg") not in facts


def test_ranks_given_in_reach_tell_players_apart() -> None:
    text = ("Reed through\n\n"
            "Tom Reed beat Jon Dahl on Wednesday and will take on second seed Lars Berg. "
            "The top seed went down to Ola Vik.\n")
    facts = _facts(text)
    assert not any(s in ("Tom Reed", "Lars Berg") and o == "Ola Vik" for s, _, o in facts)


def test_a_second_rank_is_another_player() -> None:
    text = ("Reed through\n\n"
            "Tom Reed opened his season with a victory over Jon Dahl. "
            "The British number one will next play Lars Berg on Friday. "
            "The world number one beat Ola Vik in the evening match.\n")
    facts = _facts(text)
    assert ("Tom Reed", "PLAY", "Lars Berg") in facts
    assert ("Tom Reed", "DEFEAT", "Ola Vik") not in facts


def test_a_rank_in_a_subordinate_clause_is_not_resolved() -> None:
    text = ("Reed through\n\n"
            "Tom Reed beat Jon Dahl on Friday. "
            "Lars Berg will face Ola Vik next after the fourth seed was too strong for Sven Holm.\n")
    facts = _facts(text)
    assert not any(s == "Tom Reed" and o == "Sven Holm" for s, _, o in facts)


def _bid(between: str) -> str:
    return ("Reed bid rejected\n\n"
            "Nordbank rejected a bid from Tom Reed in March. "
            f"{between} "
            "The tycoon now has the backing of three lenders.\n")


def test_an_epithet_looks_back_over_a_sentence_with_no_person() -> None:
    facts = _facts(_bid("The bank said the offer was too low."))
    assert ("Tom Reed", "HAVE", "backing") in facts
    with ablated(["epithet-reach"]):
        facts = _facts(_bid("The bank said the offer was too low."))
    assert ("Tom Reed", "HAVE", "backing") not in facts


def test_an_epithet_stops_at_a_sentence_with_someone_in_it() -> None:
    # an unresolved "he" in between may be someone else: the tycoon stays open
    facts = _facts(_bid("He said the offer was too low."))
    assert ("Tom Reed", "HAVE", "backing") not in facts


@pytest.mark.parametrize("firm", ["Nordvik United", "Vexa Holdings"])
def test_a_designated_name_is_no_mistyped_person(firm: str) -> None:
    text = ("Reed approach\n\n"
            f"Tom Reed has made a fresh approach to buy {firm}. "
            "The US tycoon has approached the board.\n")
    facts = _facts(text)
    assert ("Tom Reed", "APPROACH", "board") in facts
    with ablated(["designated-name"]):
        facts = _facts(text)
    assert ("Tom Reed", "APPROACH", "board") not in facts


def test_a_one_word_firm_may_still_be_a_mistyped_person() -> None:
    text = ("Reed approach\n\n"
            "Tom Reed has made a fresh approach to buy Nordvik. "
            "The US tycoon has approached the board.\n")
    assert ("Tom Reed", "APPROACH", "board") not in _facts(text)


def test_an_epithet_stops_at_a_person_noun_subject() -> None:
    # a sentence about someone it does not name by name: the 28-year-old may be that person
    text = ("Meeting in Bergen\n\n"
            "Britain's Lena Berg finished fifth in the sprint. "
            "Olympic heptathlon medallist made a low-key return in the afternoon. "
            "The 28-year-old cleared 1.76m to win the high jump.\n")
    assert not any(s == "Lena Berg" and r == "CLEAR" for s, r, _ in _facts(text))
