"""Round 19: events news names with a noun ("Vexa Holdings completed its takeover of Nordbank").

Rule ``event-noun`` (:mod:`kg.extract.events`): a noun made from a verb keeps the verb's
arguments, and the graph reads it as the verb, typed through kg's predicate table. Only an event
the sentence states: nothing under a word of plan, doubt or denial, a modal or a question. Each
sentence is written for this test (invented names), and the positive ones fail with the rule
switched off (``ablated``).
"""

from __future__ import annotations

import pytest
from factories import fact_triples

from kg.extract import extract_text
from kg.extract.registry import ablated


@pytest.mark.parametrize(("text", "fact"), [
    ("Vexa Holdings completed its takeover of Nordbank.", ("Vexa Holdings", "ACQUIRE", "Nordbank")),
    ("Fjord Air's purchase of Kestrel Airways was completed in May.", ("Fjord Air", "ACQUIRE", "Kestrel Airways")),
    # the buyer of a sale is its "to" phrase
    ("The sale of Kestrel Airways to Fjord Air was approved on Monday.", ("Fjord Air", "ACQUIRE", "Kestrel Airways")),
    # the one who leaves is the "of" phrase or the possessor, the place left the "from" phrase
    ("Tom Reed was appointed after the departure of Jon Dahl from Nordbank.", ("Jon Dahl", "LEAVE", "Nordbank")),
    ("Anna Berg's resignation from Nordbank surprised analysts.", ("Anna Berg", "RESIGN", "Nordbank")),
    # with a "by" phrase and no "of", the possessor is the one the act is done to
    ("Tom Reed's sacking by Bergen City came as a surprise.", ("Bergen City", "DISMISS", "Tom Reed")),
    # a verb of doing gives its subject as the doer
    ("Bergen City announced the appointment of Tom Reed as manager.", ("Bergen City", "APPOINT", "Tom Reed")),
    ("Nordbank's merger with Vexa Holdings created a giant.", ("Nordbank", "MERGE", "Vexa Holdings")),
    ("The merger of Nordbank and Vexa Holdings created a giant.", ("Nordbank", "MERGE", "Vexa Holdings")),
    ("Vexa Holdings' investment in Nordbank doubled.", ("Vexa Holdings", "INVEST", "Nordbank")),
])
def test_an_event_noun_is_read_as_its_verb(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in fact_triples(text)
    with ablated(["event-noun"]):
        assert fact not in fact_triples(text)


@pytest.mark.parametrize("text", [
    "Vexa Holdings is in talks about a possible takeover of Nordbank.",
    "There are rumours of a sale of Kestrel Airways to Fjord Air.",
    "Vexa Holdings ruled out a merger with Nordbank.",
    "Will Vexa Holdings complete its takeover of Nordbank?",
    "The regulator could block the sale of Kestrel Airways to Fjord Air.",
    "Vexa Holdings' takeover of Nordbank would create a giant.",
    "Nordbank denied reports of a takeover by Vexa Holdings.",
    "Vexa Holdings abandoned its bid for Nordbank.",
    # a word of plan anywhere before the noun
    "Vexa Holdings' proposed £1bn investment in Nordbank is awaiting approval.",
])
def test_an_event_not_stated_gives_nothing(text: str) -> None:
    assert not any(f.rule == "event-noun" for f in extract_text(text).facts)


def test_a_possessor_alone_is_not_the_doer() -> None:
    # "Tom Reed's appointment": he is appointed, and no one in the sentence appoints him
    assert not any(f.rule == "event-noun" for f in extract_text("Tom Reed's appointment as coach of Bergen City was a surprise.").facts)


def test_the_rule_is_registered() -> None:
    from kg.extract.registry import rule_names

    assert "event-noun" in rule_names()
