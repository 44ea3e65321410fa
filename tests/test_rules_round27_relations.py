"""Relations between people, round 27: a noun of a personal tie with a person for its possessor
("Tom Reed's partner Jon Dahl", "his doubles partner Jon Dahl", ``tie-noun``) is a role held at
that person, as kin nouns and posts already are; a post noun with a person for its possessor and a
named place of work after it ("Tom Reed's coach at Bergen, Jon Dahl", ``post-beside-tie``) is held
at both. A hyphened word stays whole in a title ("long-time partner", "team-mate", ``hyphened-title-word``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. Each fails with its rule switched off.
"""

from __future__ import annotations

from factories import graph_facts

from kg.extract.registry import ablated, rule_names

RULES = ("tie-noun", "post-beside-tie", "hyphened-title-word")


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


_COUNTERPART = _sentence("Vexa chief executive Tom Reed will meet his Nordbank counterpart Jon Dahl in Oslo.")


def test_a_counterpart_is_held_at_the_organisation_named_before_it() -> None:
    assert ("Jon Dahl", "COUNTERPART", "counterpart", "Nordbank") in graph_facts(_COUNTERPART)
    with ablated(["tie-noun"]):
        assert not any(f[1] == "COUNTERPART" for f in graph_facts(_COUNTERPART))


_LONG_TIME = _sentence("Jon Dahl, Tom Reed's long-time partner, wrote the song.")
_TEAM_MATE = _sentence("Tom Reed's team-mate Jon Dahl scored twice.")


def test_a_hyphened_word_stays_whole_in_a_title() -> None:
    assert ("Jon Dahl", "ROLE", "long-time partner", "Tom Reed") in graph_facts(_LONG_TIME)
    assert ("Jon Dahl", "ROLE", "team-mate", "Tom Reed") in graph_facts(_TEAM_MATE)
    with ablated(["hyphened-title-word"]):
        assert ("Jon Dahl", "ROLE", "time partner", "Tom Reed") in graph_facts(_LONG_TIME)
        assert ("Jon Dahl", "ROLE", "team mate", "Tom Reed") in graph_facts(_TEAM_MATE)


def test_an_age_before_a_title_stays_out_of_it() -> None:
    assert ("Ann Berg", "IS_A", "daughter", "daughter") in graph_facts(_sentence("Her 12-year-old daughter Ann Berg was there."))


def test_a_spaced_dash_joins_no_words() -> None:
    facts = graph_facts(_sentence("Jon Dahl is a nonsense term - music of black origin?"))
    assert not any("term-music" in f[2] for f in facts)


def test_a_word_of_the_title_is_not_spelt_twice() -> None:
    facts = graph_facts(_sentence("The stake went to Jon Dahl, son-in-law of former-President Tom Reed."))
    assert not any("former former" in f[2] for f in facts)
