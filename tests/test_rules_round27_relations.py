"""Relations between people, round 27: a noun of a personal tie with a person for its possessor
("Tom Reed's partner Jon Dahl", "his doubles partner Jon Dahl", ``tie-noun``) is a role held at
that person, as kin nouns and posts already are; a post noun with a person for its possessor and a
named place of work after it ("Tom Reed's coach at Bergen, Jon Dahl", ``post-beside-tie``) is held
at both.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. Each fails with its rule switched off.
"""

from __future__ import annotations

from factories import graph_facts

from kg.extract.registry import ablated, rule_names

RULES = ("tie-noun", "post-beside-tie")


def _sentence(text: str) -> str:
    return f"Title\n\n{text}\n"


def test_the_rules_are_registered() -> None:
    assert set(RULES) <= set(rule_names())


_PARTNER = _sentence("The film also deals with the death of Reed's partner Jon Dahl from cancer in 1998.")
_FRIEND = _sentence("Tom Reed's friend Jon Dahl wrote the song.")


def test_a_possessive_tie_noun_is_a_role_held_at_the_person() -> None:
    assert ("Jon Dahl", "ROLE", "partner", "Reed") in graph_facts(_PARTNER)
    with ablated(["tie-noun"]):
        assert not any(f[2] == "partner" for f in graph_facts(_PARTNER))
    assert ("Jon Dahl", "ROLE", "friend", "Tom Reed") in graph_facts(_FRIEND)
    with ablated(["tie-noun"]):
        assert not any(f[2] == "friend" for f in graph_facts(_FRIEND))


_DOUBLES = _sentence("Tom Reed and his doubles partner Jon Dahl won the final in Bergen.")


def test_his_tie_noun_is_held_at_the_person_the_pronoun_names() -> None:
    assert ("Jon Dahl", "ROLE", "partner", "Tom Reed") in graph_facts(_DOUBLES)
    with ablated(["tie-noun"]):
        assert not any(f[2] == "partner" for f in graph_facts(_DOUBLES))


def test_a_firm_possessor_gives_no_tie() -> None:
    facts = graph_facts(_sentence("Nordbank's partner Vexa Holdings will run the new fund."))
    assert not any(f[1] == "ROLE" and f[2] == "partner" for f in facts)


_COACH = _sentence("The plan was backed by Tom Reed's coach at Bergen, Jon Dahl.")


def test_a_post_with_a_person_possessor_and_a_workplace_is_held_at_both() -> None:
    facts = graph_facts(_COACH)
    assert ("Jon Dahl", "ROLE", "coach", "Tom Reed") in facts
    assert ("Jon Dahl", "ROLE", "coach", "Bergen") in facts
    with ablated(["post-beside-tie"]):
        assert ("Jon Dahl", "ROLE", "coach", "Bergen") not in graph_facts(_COACH)


def test_a_tie_at_an_event_names_no_workplace() -> None:
    facts = graph_facts(_sentence("The cup went to Tom Reed's partner at Wimbledon, Jon Dahl."))
    assert not any(f[2] == "partner" and f[3] == "Wimbledon" for f in facts)
