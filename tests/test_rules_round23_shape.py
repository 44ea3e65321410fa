"""Shapes between two names that no rule read before round 23: a prize category's craft and the
work it is given for (``category-work``): "Tom Reed won best director for Winter Roads"; an
event's place after its name (``event-in-place``): "the Nordic Open in Bergen"; and the record an
act holds a chart place with (``chart-with``): "Kestrel entered the chart at four with Day Boat".

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract.registry import ablated, rule_names


def test_the_rules_are_registered() -> None:
    assert {"category-work", "event-in-place", "chart-with"} <= set(rule_names())


CATEGORY_WORK = [
    ("Tom Reed won best director for Winter Roads.", ("Tom Reed", "DIRECT", "Winter Roads")),
    ("Anna Berg is tipped to win best actress for Cold Water.", ("Cold Water", "STAR", "Anna Berg")),
    ("But the director award went to Jon Dahl for Night Train.", ("Jon Dahl", "DIRECT", "Night Train")),
    ("Tom Reed was named best new director for his debut Night Train.", ("Tom Reed", "DIRECT", "Night Train")),
    ("Anna Berg won the Bergen best actress award for the crime drama Cold Water.",
     ("Cold Water", "STAR", "Anna Berg")),
    ("The best director shortlist includes Tom Reed for Winter Roads.", ("Tom Reed", "DIRECT", "Winter Roads")),
    ("Meanwhile, Tom Reed will battle it out for the best actor award with Jon Dahl (Cold Water) and Ole Lund (Day Boat).",
     ("Day Boat", "STAR", "Ole Lund")),
    ("The best director shortlist includes Anna Berg (Winter Roads) and Jon Dahl (Night Train).",
     ("Anna Berg", "DIRECT", "Winter Roads")),
    ("Best director went to Tom Reed for Winter Roads.", ("Tom Reed", "DIRECT", "Winter Roads")),
    ("Jon Dahl presented the best director award to Tom Reed for Winter Roads.", ("Tom Reed", "DIRECT", "Winter Roads")),
    ("Tom Reed was awarded best director for Winter Roads.", ("Tom Reed", "DIRECT", "Winter Roads")),
]


@pytest.mark.parametrize(("sentence", "fact"), CATEGORY_WORK)
def test_a_category_s_craft_links_the_winner_to_the_work(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["category-work"]):
        assert fact not in sentence_triples(sentence)


def test_each_winner_gets_the_craft_of_the_category_before_the_work() -> None:
    facts = sentence_triples("Anna Berg won best actress for Cold Water, and Tom Reed won best director for Night Train.")
    assert {("Cold Water", "STAR", "Anna Berg"), ("Tom Reed", "DIRECT", "Night Train")} <= facts
    assert ("Tom Reed", "DIRECT", "Cold Water") not in facts
    assert ("Night Train", "STAR", "Anna Berg") not in facts


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Tom Reed won best player for Halden.", ("Tom Reed", "Halden")),  # no craft
    ("The best player shortlist includes Tom Reed (Halden) and Jon Dahl (Molde).", ("Tom Reed", "Halden")),
    ("Jon Dahl thanked the director for Winter Roads.", ("Jon Dahl", "Winter Roads")),  # no category
    ("The best actor award went to Winter Roads for Jon Dahl.", ("Jon Dahl", "Winter Roads")),  # a person after "for"
    # a person described by the craft, no category given: "for" is the verb's
    ("Tom Reed, the best director in Bergen, voted for Vexa.", ("Tom Reed", "Vexa")),
    ("Jon Dahl, the best actor of his generation, campaigned for Nordbank.", ("Jon Dahl", "Nordbank")),
    ("Best actor Jon Dahl campaigned for Nordbank.", ("Jon Dahl", "Nordbank")),
    # the subject of a verb of giving gives the category, it does not get it
    ("Jon Dahl presented the best director award to Tom Reed for Winter Roads.", ("Jon Dahl", "Winter Roads")),
    ("Jon Dahl handed best actress to Anna Berg for Cold Water.", ("Jon Dahl", "Cold Water")),
    ("Tom Reed will present the best director award for the Bergen Academy.", ("Tom Reed", "Bergen Academy")),
    ("Tom Reed won best director for Vexa Pictures.", ("Tom Reed", "Vexa Pictures")),  # a studio, no work
    # a title going on with "of": the node would be cut to "House"
    ("Other nominees in the best actress category include Anna Berg for House of Flying Boats.", ("Anna Berg", "House")),
])
def test_no_craft_fact_without_a_category_and_a_work(sentence: str, pair: tuple[str, str]) -> None:
    facts = sentence_triples(sentence)
    assert not any({s, o} == set(pair) and r in ("DIRECT", "STAR") for s, r, o in facts)


EVENT_IN_PLACE = [
    ("Tom Reed has been out since the Nordic Open in Bergen in June.", ("Nordic Open", "BASE", "Bergen")),
    ("Tom Reed lost to Jon Dahl at the Nordic Open in Bergen.", ("Nordic Open", "BASE", "Bergen")),
    ("The news comes weeks before the Vexa World conference in Oslo.", ("Vexa World", "BASE", "Oslo")),
]


@pytest.mark.parametrize(("sentence", "fact"), EVENT_IN_PLACE)
def test_a_place_after_an_event_s_name_is_where_it_is_held(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["event-in-place"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize("sentence", [
    "Tom Reed played at the Nordic Open in 2004.",  # a date, no place
    "Tom Reed won the match in Bergen.",  # no event's name
    "Nordbank opened an office in Oslo.",
    "At a Vexa conference in Bergen, makers announced new chips.",  # a conference about Vexa
])
def test_no_event_place_without_an_event_s_name_and_a_place(sentence: str) -> None:
    facts = sentence_triples(sentence)
    assert not any(r == "BASE" and s != "Nordbank" for s, r, o in facts)


CHART_WITH = [
    ("Nordic Wave entered the chart at four with Blue Harbour.", ("Nordic Wave", "RELEASE", "Blue Harbour")),
    ("Elsewhere in the singles chart, the Vexa Sisters went straight in at number five with Cold Water.",
     ("Vexa Sisters", "RELEASE", "Cold Water")),
    ("The other two new entries are Anna Berg with Night Train at seven.", ("Anna Berg", "RELEASE", "Night Train")),
    ("Oslo rock band Kestrel have entered the album chart at number one with their new release, Winter Roads.",
     ("Kestrel", "RELEASE", "Winter Roads")),
]


@pytest.mark.parametrize(("sentence", "fact"), CHART_WITH)
def test_an_act_s_chart_place_is_held_with_its_own_record(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["chart-with"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize("sentence", [
    "In the singles chart Tom Reed is at number two with Anna Berg.",  # a person shares the place
    "Bergen are at number two in the league with Halden.",  # no chart news
    "Nordic Wave entered the chart with Blue Harbour.",  # no position
    "Nordic Wave entered the chart at four with Vexa Records.",  # a label, no record
])
def test_no_record_without_a_chart_position_and_a_work(sentence: str) -> None:
    assert not any(r == "RELEASE" for _, r, _ in sentence_triples(sentence))
