"""Roles, round 26: a rank said of a player, by a description that re-mentions them ("The top
seed went down to Reed", ``rank-holder``) or before their name ("world number two Tom Reed",
``rank-before-name``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. Each fails with its rule switched off.
"""

from __future__ import annotations

from factories import graph_facts

from kg.extract.registry import ablated, rule_names

RULES = ("rank-holder", "rank-before-name")


def test_the_rules_are_registered() -> None:
    assert set(RULES) <= set(rule_names())


_TOP_SEED = ("Reed wins in Bergen\n\n"
             "Jon Dahl lost to Tom Reed in the final in Bergen on Friday. "
             "The top seed was a strong favourite for the title but went down 7-6 6-3.\n")


def test_a_rank_description_gives_its_referent_the_rank() -> None:
    assert ("Jon Dahl", "IS_A", "top seed", "top seed") in graph_facts(_TOP_SEED)
    with ablated(["rank-holder"]):
        assert not any(f[2] == "top seed" for f in graph_facts(_TOP_SEED))


_OTHER_NAMED = ("Reed out in Bergen\n\n"
                "Jon Dahl lost in Bergen on Friday. "
                "The top seed was leading 6-3 when Dahl pulled out with an injury.\n")


def test_a_name_in_the_rank_description_s_clause_is_someone_else() -> None:
    assert not any(f[2] == "top seed" for f in graph_facts(_OTHER_NAMED))


_WORLD = "Reed through in Bergen\n\nWorld number two Tom Reed beat Jon Dahl in Bergen.\n"
_SIDE = "Reed fit for Bergen\n\nNordbank's number eight Tom Reed, who was injured in May, is fit to play.\n"


def test_a_rank_before_a_name_is_its_title() -> None:
    assert ("Tom Reed", "IS_A", "world number two", "world number two") in graph_facts(_WORLD)
    with ablated(["rank-before-name"]):
        assert not any(f[2] == "world number two" for f in graph_facts(_WORLD))


def test_a_side_before_the_rank_is_where_it_is_held() -> None:
    assert any(f[0] == "Tom Reed" and f[2] == "number eight" for f in graph_facts(_SIDE))
    with ablated(["rank-before-name"]):
        assert not any(f[0] == "Tom Reed" and f[2] == "number eight" for f in graph_facts(_SIDE))
