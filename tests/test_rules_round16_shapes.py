"""Round 16 (issue #13, class (g) of the fresh articles): shapes with no rule before.

A noun of intention with its infinitive ("has no plans to sign"), "starring" after a comma and a
work's name, a quoted speaker's organisation after "of"/"from"/"at", and a win in a gerund of means
("by recording a win over"). Each sentence is written for this test, in news style (not from the
BBC articles, the seed article nor CaRB), and fails with its rule switched off (``ablated``).
"""

from __future__ import annotations

import pytest
from factories import graph_facts

from kg.extract import extract_text
from kg.extract.registry import ablated


def _facts(text: str) -> list[tuple[str, str, str, bool, str | None]]:
    return [(f.subject.name, f.relation, f.object.name, f.negated, f.modality) for f in extract_text(text).facts]


# -- "has no plans to sign X": the act, with the noun as its modality --------------------------------


@pytest.mark.parametrize(("text", "fact"), [
    ("Jon Dahl says he has no plans to sign a new goalkeeper.", ("Jon Dahl", "SIGN", "new goalkeeper", True, "plan")),
    ("Vexa Holdings launched an offer to buy Nordbank on Monday.", ("Vexa Holdings", "ACQUIRE", "Nordbank", False, "offer")),
    ("Tom Reed has made a fresh approach to buy Bergen City.", ("Tom Reed", "ACQUIRE", "Bergen City", False, "seek")),
    ("The deal is part of Nordbank's plans to build its own phones.", ("Nordbank", "BUILD", "own phones", False, "plan")),
    ("Fjord Air has signed a deal to buy Kestrel Airways.", ("Fjord Air", "ACQUIRE", "Kestrel Airways", False, "agree")),
])
def test_a_noun_of_intention_gives_its_holder_the_act(text: str, fact: tuple[str, str, str, bool, str]) -> None:
    assert fact in _facts(text)
    with ablated(["intention-infinitive"]):
        assert fact not in _facts(text)


def test_the_noun_of_intention_is_no_doer() -> None:
    text = "Tom Reed has no immediate plans to recall Jon Dahl from Bergen."
    assert not any(s == "immediate plans" for s, *_ in _facts(text))
    # before: the plans recalled him (round 28's purpose-infinitive-on-object guards it too)
    with ablated(["intention-infinitive", "purpose-infinitive-on-object"]):
        assert ("immediate plans", "RECALL", "Jon Dahl", False, None) in _facts(text)


def test_the_attribution_of_the_holder_verb_carries_over() -> None:
    facts = extract_text("Jon Dahl says he has no plans to sign Tom Reed.").facts
    sign = next(f for f in facts if f.relation == "SIGN")
    assert (sign.subject.name, sign.object.name, sign.negated, sign.attribution) == ("Jon Dahl", "Tom Reed", True, "Jon Dahl")


@pytest.mark.parametrize("text", [
    # the subject judges another's offer: no one in the sentence is its holder
    "The board of Nordbank rejected an offer to buy the bank.",
    # no infinitive: the noun names no act
    "Vexa Holdings unveiled plans for a new plant in Bergen.",
])
def test_no_act_without_a_holder_and_an_infinitive(text: str) -> None:
    assert not any(f.rule == "intention-infinitive" for f in extract_text(text).facts)


# -- "Cold Water, starring Anna Berg": the name before the comma stars the objects ------------------


@pytest.mark.parametrize(("text", "work", "cast"), [
    ("Other films on the list include Deep Water, starring Anna Berg and Jon Dahl, and Red Sky.", "Deep Water", ["Anna Berg", "Jon Dahl"]),
    ("His debut was in the film Last Way Home, starring Anna Berg and Tom Reed.", "Last Way Home", ["Anna Berg", "Tom Reed"]),
    ("The chart was topped by Cold Harbour, starring Anna Berg, while Night Train fell to third.", "Cold Harbour", ["Anna Berg"]),
])
def test_starring_after_a_comma_is_said_of_the_name_before_it(text: str, work: str, cast: list[str]) -> None:
    facts = graph_facts(text)
    assert {(work, "STAR", "star", name) for name in cast} <= facts
    with ablated(["cast-participle"]):
        after = graph_facts(text)
    if work != "Deep Water":  # (there the parse itself hangs "starring" on the name)
        assert not any((work, "STAR", "star", name) in after for name in cast)


def test_a_makers_name_after_by_stars_no_one() -> None:
    text = "Fans queued for a new film by Tom Reed, starring Anna Berg."
    assert not any(s == "Tom Reed" and r == "STAR" for s, r, _, _ in graph_facts(text))


# -- "said Tom Reed at Fjord Brokers": the speaker works for the organisation -----------------------


@pytest.mark.parametrize(("text", "person", "org"), [
    ('"Sales will fall," said Tom Reed at Fjord Brokers in Bergen.', "Tom Reed", "Fjord Brokers"),
    ('Anna Berg of the Nordic Herald said that the film was "moving".', "Anna Berg", "Nordic Herald"),
    ('"It is a risk," said Jon Dahl from security firm Vexa Labs.', "Jon Dahl", "Vexa Labs"),
    ("Mark Holt, of Nordbank, said the rates would rise.", "Mark Holt", "Nordbank"),
])
def test_a_speakers_organisation_after_the_name(text: str, person: str, org: str) -> None:
    assert (person, "WORK_FOR", "work for", org) in graph_facts(text)
    with ablated(["speaker-affiliation"]):
        assert (person, "WORK_FOR", "work for", org) not in graph_facts(text)


@pytest.mark.parametrize("text", [
    # a place: where the speaker is from, not whom they work for
    "Jon Dahl of Norway said he was happy.",
    # a title: the role rules state the post instead
    '"We won," said analyst Tom Reed of Nordbank.',
])
def test_no_affiliation_from_a_place_or_a_title(text: str) -> None:
    assert not any(r == "WORK_FOR" for _, r, _, _ in graph_facts(text))


# -- "by recording a win over X": the gerund's subject is the clause's --------------------------------


def test_a_win_in_a_gerund_of_means_is_the_clauses_subjects() -> None:
    text = "Nordvik reached the final by recording a sudden-death win over Bergen City."
    assert ("Nordvik", "DEFEAT", "beat", "Bergen City") in graph_facts(text)
    with ablated(["match-result"]):
        assert ("Nordvik", "DEFEAT", "beat", "Bergen City") not in graph_facts(text)
    # only what happened: a plan to win is no win
    assert not any(r == "DEFEAT" for _, r, _, _ in graph_facts("Nordvik will reach the final by recording a win over Bergen."))


def test_a_title_the_model_cut_stars_no_one() -> None:
    # the tagger may keep only the last words of "Keeper of the Harbour" as the name
    text = "Family comedy Lord of the House, starring Tom Reed, came in at fifth."
    assert not any(r == "STAR" and s == "House" for s, r, _, _ in graph_facts(text))


# -- "Anna Berg's first novel Winter Harbour": the kind of work says what its owner did --------------


@pytest.mark.parametrize(("text", "fact"), [
    ("Anna Berg's first novel Winter Harbour sold well.", ("Anna Berg", "WRITE", "write", "Winter Harbour")),
    ("The Vexa Boys' album Cold Rain moved up three places.", ("Vexa Boys", "RELEASE", "release", "Cold Rain")),
    ("Tom Reed's controversial documentary Dark Water won the prize.", ("Tom Reed", "MAKE", "make", "Dark Water")),
])
def test_a_possessive_before_a_kind_of_work_names_its_maker(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in graph_facts(text)
    with ablated(["possessive-work"]):
        assert fact not in graph_facts(text)


def test_a_work_holds_no_role_at_its_maker() -> None:
    text = "Anna Berg's first novel Winter Harbour sold well."
    assert ("Winter Harbour", "IS_A", "first novel", "first novel") in graph_facts(text)
    # before: a "first novel" held at Anna Berg (thing-not-post, round 20, also reads a novel as no post)
    with ablated(["possessive-work", "thing-not-post"]):
        assert ("Winter Harbour", "ROLE", "first novel", "Anna Berg") in graph_facts(text)


@pytest.mark.parametrize("text", [
    # a film: its possessor may have directed it or starred in it
    "Tom Reed's new film Dark Water opens on Friday.",
    # a title that goes on past its head: the node would be cut
    "The Vexa Boys' album Hopes and Fears returned to the top.",
])
def test_no_maker_from_a_film_or_a_cut_title(text: str) -> None:
    assert not any(r in ("MAKE", "RELEASE", "WRITE", "DIRECT") for _, r, _, _ in graph_facts(text))
