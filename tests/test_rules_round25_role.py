"""Role recall (round 25, helper role25).

- ``inner-capital-name``: "playwrights Tom Reed, Anna Berg and Owen McCafferty" → each a playwright:
  a surname with a capital inside it ("McCafferty", "DiCaprio") no longer ends a list of names.
- ``tenure-as``: "Tom Reed's spell as Bergen manager" → Tom Reed holds "manager" at Bergen; a noun
  of leaving ("resignation", "departure") gives the post as a former one.

Each case is a sentence written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

import pytest
from factories import fact_triples, graph_facts, sentence_triples

from kg.extract.registry import ablated

PLAYWRIGHTS = "And playwrights Tom Reed, Anna Berg and Owen McCafferty will fight it out for the Bergen award."
SHAREHOLDERS = "He will still need the approval of major shareholders Tom Reed and JP McDahl, who own 28.9% of the club."
STARS = "The film's stars Anna Berg, Tom Reed and Leo DiCaprio were at the premiere in Bergen."


@pytest.mark.parametrize("sentence,person,kind", [
    (PLAYWRIGHTS, "Owen McCafferty", "playwright"),
    (SHAREHOLDERS, "JP McDahl", "major shareholder"),
])
def test_inner_capital_surname_stays_in_the_list(sentence: str, person: str, kind: str) -> None:
    assert (person, "IS_A", kind) in sentence_triples(sentence)
    with ablated(["inner-capital-name"]):
        assert (person, "IS_A", kind) not in sentence_triples(sentence)


def test_inner_capital_surname_holds_the_listed_post() -> None:
    # "the film's stars": each is a star of the film, the last one too
    assert ("Leo DiCaprio", "ROLE", "film") in sentence_triples(STARS)
    with ablated(["inner-capital-name"]):
        assert ("Leo DiCaprio", "ROLE", "film") not in sentence_triples(STARS)


def test_an_acronym_still_ends_a_list_of_people() -> None:
    # "BBC" is no surname: the list of presenters ends before it
    triples = sentence_triples("Presenters Tom Reed and Anna Berg told BBC Radio that the show would return.")
    assert ("Anna Berg", "IS_A", "presenter") in triples
    assert not any(s.startswith("BBC") and o == "presenter" for s, _, o in triples)


@pytest.mark.parametrize("sentence,person,relation,org", [
    ("Tom Reed's future as Bergen manager is uncertain after the defeat.", "Tom Reed", "ROLE", "Bergen"),
    ("Tom Reed's spell as a player at Nordvik ended in May.", "Tom Reed", "ROLE", "Nordvik"),
    ("Jon Dahl's departure as chairman of Nordbank was announced on Monday.", "Jon Dahl", "ROLE", "Nordbank"),
])
def test_tenure_noun_gives_the_possessor_the_post(sentence: str, person: str, relation: str, org: str) -> None:
    assert (person, relation, org) in sentence_triples(sentence)
    with ablated(["tenure-as"]):
        assert (person, relation, org) not in sentence_triples(sentence)


def test_noun_of_leaving_gives_a_former_post() -> None:
    text = "Title\n\nJon Dahl's resignation as chairman of Nordbank was announced on Monday.\n"
    assert ("Jon Dahl", "ROLE", "Nordbank") in fact_triples(text)
    predicates = {p for s, _, p, o in graph_facts(text) if s == "Jon Dahl" and o == "Nordbank"}
    assert predicates == {"former chairman"}


def test_appointment_with_title_read_as_adjectives() -> None:
    assert ("Anna Berg", "IS_A", "chief executive") in sentence_triples(
        "Anna Berg's appointment as chief executive surprised analysts.")


@pytest.mark.parametrize("sentence", [
    "Anna Berg's role as the villain in Winter Harbour won praise.",   # a part in a film, no title
    "The club's future as a top side is in doubt.",                   # no name holds it
    "Tom Reed's career as a lawyer in Bergen began in 1990.",         # held at no name: no ROLE
    "Fans wore masks during the Norwegian's time as a player at Bergen.",  # a nationality noun, no name
    "Fans wore masks that were popular during the Frenchman's time as a player at the Bergen club.",
])
def test_tenure_noun_without_a_named_holder_or_title_is_no_role(sentence: str) -> None:
    triples = sentence_triples(sentence)
    assert not any(r == "ROLE" for _, r, _ in triples)
