"""A definite description of a creative work ("the film", "the album", "the play") to the work the
document named as that kind (rule ``work-description``, :mod:`kg.resolve.workdescriptions`), and a
work's cast in "Night Train, with Tom Reed as a detective" (rule ``cast-with``,
:mod:`kg.extract.participles`).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail without their rule.
"""

from __future__ import annotations

from factories import graph_facts

from kg.extract.registry import ablated, rule_names


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, _, o in graph_facts(text)}


def test_the_rule_is_registered() -> None:
    assert "work-description" in rule_names()


def test_the_film_is_the_work_named_a_film() -> None:
    text = ("Tom Reed's new film, Night Train, opened in Bergen last week. "
            "The film also stars Anna Berg.")
    assert ("Night Train", "STAR", "Anna Berg") in _pairs(text)
    with ablated(["work-description"]):
        assert ("Night Train", "STAR", "Anna Berg") not in _pairs(text)


def test_the_movie_takes_a_work_called_a_film() -> None:
    text = ("Night Train is a film about a family of farmers in the north of Norway. "
            "Critics in Oslo praised its cast. The movie stars Jon Dahl.")
    assert ("Night Train", "STAR", "Jon Dahl") in _pairs(text)


def test_no_work_called_that_kind_stays_unresolved() -> None:
    # nothing says Night Train is a film: it may be a play or an album
    text = "Night Train opened in Bergen last week. The film stars Tom Reed and Anna Berg."
    assert not any(s == "Night Train" and r == "STAR" for s, r, _ in _pairs(text))


def test_an_unnamed_work_of_the_kind_in_between_leaves_it_open() -> None:
    # "his next film" is another film: "the film" may be that one
    text = ("Tom Reed starred in the film Night Train last year. "
            "Reed is now making his next film in Oslo with a Danish crew. "
            "The film stars Anna Berg.")
    assert not any(s == "Night Train" and r == "STAR" and o == "Anna Berg" for s, r, o in _pairs(text))


def test_two_works_of_the_kind_in_one_sentence_leave_it_open() -> None:
    text = ("The films Night Train and Day Boat opened in Bergen last week. "
            "The film stars Anna Berg.")
    assert not any(s in ("Night Train", "Day Boat") and r == "STAR" for s, r, _ in _pairs(text))


def test_a_description_that_says_which_is_another_work() -> None:
    # "the other film", "the best film": another work than the one named
    text = ("Tom Reed's new film, Night Train, opened in Bergen last week. "
            "The other film stars Anna Berg.")
    assert not any(s == "Night Train" and r == "STAR" for s, r, _ in _pairs(text))


def test_with_a_person_as_a_part_after_a_work_is_its_cast() -> None:
    text = "Films tipped for prizes include Cold Water, starring Anna Berg, and Night Train, with Tom Reed as a retired detective."
    assert ("Night Train", "STAR", "Tom Reed") in _pairs(text)
    with ablated(["cast-with"]):
        assert ("Night Train", "STAR", "Tom Reed") not in _pairs(text)


def test_with_a_person_as_a_title_after_a_firm_is_no_cast() -> None:
    # a firm and its chairman: no work word in the sentence
    text = "The deal leaves Nordbank, with Tom Reed as chairman, in charge of the Bergen market."
    assert not any(r == "STAR" for _, r, _ in _pairs(text))


def test_a_work_word_used_as_a_verb_makes_no_sentence_about_works() -> None:
    # "plays" is a verb here: the sentence is about firms, and Vexa Holdings has no cast
    text = "Rivals include Vexa Holdings, with Tom Reed as chief executive, and Nordbank, which plays a big role in Bergen."
    assert not any(r == "STAR" for _, r, _ in _pairs(text))
