"""Roles, round 26, second pass: posts left or kept with "as" ("stepped down as director and
chairman of Vexa" leaves both posts, ``left-coordinated-post``; "will not quit as Bergen coach"
keeps it, ``kept-post``; "was sacked as manager of Bergen Rovers" is a former post whatever type
the title maps to, ``removed-title-of``); a rank before a name stands for the name and is no title
of its own ("beat world number one Tom Reed", ``rank-named``); a noun hyphened to a participle
names no place of work ("Chart-topping pop star Tom Reed", ``hyphened-participle``); an "of" phrase
after coordinated posts completes each ("the chairman and founder of Nordbank", ``shared-of-post``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. Each fails with its rule switched off.
"""

from __future__ import annotations

from factories import graph_facts

from kg.extract.registry import ablated, rule_names

RULES = ("left-coordinated-post", "kept-post", "removed-title-of", "rank-named",
         "hyphened-participle", "shared-of-post")


def _sentence(text: str) -> str:
    return f"Title\n\n{text}\n"


def test_the_rules_are_registered() -> None:
    assert set(RULES) <= set(rule_names())


_BOTH_LEFT = _sentence("Tom Reed has stepped down as director and chairman of Vexa.")


def test_every_coordinated_title_after_a_verb_of_leaving_is_a_former_post() -> None:
    facts = graph_facts(_BOTH_LEFT)
    assert ("Tom Reed", "ROLE", "former director", "Vexa") in facts
    assert ("Tom Reed", "ROLE", "former chairman", "Vexa") in facts  # two titles, two facts of one edge
    assert not any(f[1] == "HEAD" for f in facts)
    with ablated(["left-coordinated-post"]):
        assert ("Tom Reed", "HEAD", "chairman", "Vexa") in graph_facts(_BOTH_LEFT)


def test_a_coordinated_title_after_a_verb_of_keeping_stays_held() -> None:
    facts = graph_facts(_sentence("Tom Reed has stayed on as director and chairman of Vexa."))
    assert not any(f[2].startswith("former") for f in facts)


_NOT_QUIT = _sentence("Tom Reed will not quit as Bergen coach, his agent said on Monday.")


def test_a_negated_verb_of_leaving_keeps_the_post() -> None:
    facts = graph_facts(_NOT_QUIT)
    assert ("Tom Reed", "ROLE", "coach", "Bergen") in facts
    with ablated(["kept-post"]):
        assert not any(f[0] == "Tom Reed" and "coach" in f[2] for f in graph_facts(_NOT_QUIT))


def test_a_negated_verb_of_joining_gives_no_post() -> None:
    facts = graph_facts(_sentence("Tom Reed did not join Nordbank as finance director."))
    assert not any("director" in f[2] for f in facts)


_SACKED_OF = _sentence("Tom Reed was sacked as manager of Bergen Rovers on Monday.")


def test_a_title_of_an_organisation_is_a_former_post_once_removed() -> None:
    facts = graph_facts(_SACKED_OF)
    assert ("Tom Reed", "ROLE", "former manager", "Bergen Rovers") in facts
    assert not any(f[1] == "MANAGER" for f in facts)
    with ablated(["removed-title-of"]):
        assert ("Tom Reed", "MANAGER", "manager", "Bergen Rovers") in graph_facts(_SACKED_OF)


def test_a_removal_still_to_come_leaves_the_post_held() -> None:
    facts = graph_facts(_sentence("Tom Reed will be sacked as manager of Bergen Rovers."))
    assert not any(f[2].startswith("former") for f in facts)


_BEAT_RANKED = _sentence("Jon Dahl beat world number one Tom Reed in Bergen on Sunday.")


def test_a_ranked_name_as_object_is_the_name() -> None:
    facts = graph_facts(_BEAT_RANKED)
    assert ("Jon Dahl", "DEFEAT", "beat", "Tom Reed") in facts
    with ablated(["rank-named"]):
        assert ("Jon Dahl", "DEFEAT", "beat", "world number") in graph_facts(_BEAT_RANKED)


_WOMENS_RANK = _sentence("Women's world number one Ann Berg lost in Bergen on Sunday.")


def test_a_rank_is_no_title_held_at_its_possessor() -> None:
    facts = graph_facts(_WOMENS_RANK)
    assert ("Ann Berg", "IS_A", "women's world number one", "women's world number one") in facts
    assert not any(f[2] == "world number" for f in facts)
    with ablated(["rank-named"]):
        assert ("Ann Berg", "ROLE", "world number", "women") in graph_facts(_WOMENS_RANK)


_CHART_TOPPING = _sentence("Chart-topping pop star Tom Reed played two shows in Bergen.")


def test_a_noun_hyphened_to_a_participle_is_no_place_of_work() -> None:
    facts = graph_facts(_CHART_TOPPING)
    assert ("Tom Reed", "IS_A", "pop star", "pop star") in facts
    assert not any(f[3] == "Chart" for f in facts)
    with ablated(["hyphened-participle"]):
        assert any(f[3] == "Chart" for f in graph_facts(_CHART_TOPPING))


_CHAIR_FOUNDER = _sentence("Tom Reed, the chairman and founder of Nordbank, said the bank would grow.")


def test_an_of_phrase_after_coordinated_posts_completes_each() -> None:
    facts = graph_facts(_CHAIR_FOUNDER)
    assert ("Tom Reed", "HEAD", "chairman", "Nordbank") in facts
    assert ("Tom Reed", "ROLE", "founder", "Nordbank") in facts
    with ablated(["shared-of-post"]):
        assert ("Tom Reed", "IS_A", "chairman", "chairman") in graph_facts(_CHAIR_FOUNDER)


def test_an_occupation_before_a_post_keeps_its_own_reading() -> None:
    facts = graph_facts(_sentence("Tom Reed, a lawyer and director of Vexa, said no."))
    assert ("Tom Reed", "IS_A", "lawyer", "lawyer") in facts
    assert not any(f[2] == "lawyer" and f[3] == "Vexa" for f in facts)
