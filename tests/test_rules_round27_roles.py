"""Roles, round 27: appointment shapes and "as TITLE" roles.

An active verb of appointment gives its object the post of its "as" phrase ("Vexa Holdings named
Tom Reed as its new chairman", ``appointed-as``; the parse's participle reading no longer gives a
wrong kind, ``appointed-as-title``) or the title beside the name ("Nordbank has appointed Tom Reed
chief executive", ``appointed-title-name``); a noun of holding a post takes a possessive pronoun
("his role as chairman", ``tenure-pronoun``), a noun of capacity ("in his capacity as", ``capacity-noun``)
or an "of" name ("the appointment of Tom Reed as chairman", ``tenure-of-name``), and is no holder
itself (``tenure-not-holder``); "worked as" names a post (``work-as``); "took over as manager from
Jon Dahl" makes Jon Dahl the former manager (``predecessor-from``); a participle on a name gives it
its "as" title ("Tom Reed, speaking as Bergen's coach", ``participle-holder``); listed names and titles
pair in order ("Tom Reed and Jon Dahl, chairman and chief executive respectively", ``paired-titles``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. Each fails with its rule switched off.
"""

from __future__ import annotations

from factories import assert_guard_case, graph_facts

from kg.extract.registry import ablated, rule_names

RULES = ("appointed-as", "appointed-as-title", "appointed-title-name", "tenure-pronoun", "capacity-noun",
         "tenure-not-holder", "tenure-of-name", "work-as", "predecessor-from", "paired-titles",
         "participle-holder", "tenure-named-part", "of-own-conjunct")


def _sentence(text: str) -> str:
    return f"Title\n\n{text}\n"


def test_the_rules_are_registered() -> None:
    assert set(RULES) <= set(rule_names())


_NAMED_AS = _sentence("Vexa Holdings named Tom Reed as its new chairman.")


def test_an_active_appointment_with_as_gives_the_post_at_the_appointer() -> None:
    assert ("Tom Reed", "HEAD", "new chairman", "Vexa Holdings") in graph_facts(_NAMED_AS)
    with ablated(["appointed-as"]):
        assert not any(f[0] == "Tom Reed" for f in graph_facts(_NAMED_AS))


_NAMED_AS_OF = _sentence("Vexa named Tom Reed as manager of Bergen Rovers.")


def test_an_appointment_with_as_is_no_naming_participle() -> None:
    facts = graph_facts(_NAMED_AS_OF)
    assert ("Tom Reed", "ROLE", "manager", "Bergen Rovers") in facts
    assert not any(f[1] == "IS_A" for f in facts)
    assert_guard_case("appointed-as-title", "Vexa named Tom Reed as manager of Bergen Rovers.",
                      ("Tom Reed", "IS_A", "vexa"), ("Tom Reed", "ROLE", "Bergen Rovers"))


def test_a_person_appointing_gives_no_organisation() -> None:
    facts = graph_facts(_sentence("President Ola Berg appointed Tom Reed as envoy."))
    assert not any(f[0] == "Tom Reed" and f[3] == "Ola Berg" for f in facts)


_TITLE_NAME = _sentence("Nordbank has appointed Tom Reed chief executive.")


def test_a_name_and_title_after_an_appointing_verb_are_its_two_objects() -> None:
    assert ("Tom Reed", "ROLE", "chief executive", "Nordbank") in graph_facts(_TITLE_NAME)
    with ablated(["appointed-title-name"]):
        assert not any(f[0] == "Tom Reed" for f in graph_facts(_TITLE_NAME))


_HIS_ROLE = _sentence("Tom Reed said his role as chairman of Vexa Holdings was over.")


def test_a_possessive_pronoun_holds_the_post_of_a_tenure_noun() -> None:
    assert ("Tom Reed", "HEAD", "chairman", "Vexa Holdings") in graph_facts(_HIS_ROLE)
    with ablated(["tenure-pronoun"]):
        assert ("Tom Reed", "HEAD", "chairman", "Vexa Holdings") not in graph_facts(_HIS_ROLE)


def test_a_tenure_noun_holds_no_post() -> None:
    assert_guard_case("tenure-not-holder", "Tom Reed said his role as chairman of Vexa Holdings was over.",
                      ("role", "HEAD", "Vexa Holdings"), ("Tom Reed", "HEAD", "Vexa Holdings"))


_CAPACITY = _sentence("Tom Reed, in his capacity as chairman of Nordbank, signed the deal.")


def test_in_his_capacity_as_names_the_post() -> None:
    assert ("Tom Reed", "HEAD", "chairman", "Nordbank") in graph_facts(_CAPACITY)
    with ablated(["capacity-noun"]):
        assert ("Tom Reed", "HEAD", "chairman", "Nordbank") not in graph_facts(_CAPACITY)


_APPOINTMENT_OF = _sentence("Nordbank announced the appointment of Tom Reed as chairman.")


def test_the_of_name_of_an_appointment_holds_the_post() -> None:
    assert ("Tom Reed", "IS_A", "chairman", "chairman") in graph_facts(_APPOINTMENT_OF)
    with ablated(["tenure-of-name"]):
        assert not any(f[0] == "Tom Reed" and f[2] == "chairman" for f in graph_facts(_APPOINTMENT_OF))


def test_an_appointment_called_for_gives_no_post() -> None:
    facts = graph_facts(_sentence("Fans called for the appointment of Tom Reed as chairman."))
    assert not any(f[0] == "Tom Reed" and f[2] == "chairman" for f in facts)


_WORKED_AS = _sentence("Tom Reed worked as an analyst at Nordbank.")


def test_worked_as_names_the_subjects_post() -> None:
    assert ("Tom Reed", "ROLE", "analyst", "Nordbank") in graph_facts(_WORKED_AS)
    with ablated(["work-as"]):
        assert ("Tom Reed", "ROLE", "analyst", "Nordbank") not in graph_facts(_WORKED_AS)


_TOOK_OVER = _sentence("Tom Reed took over as manager of Bergen Rovers from Jon Dahl.")


def test_the_one_a_post_is_taken_over_from_held_it_before() -> None:
    facts = graph_facts(_TOOK_OVER)
    assert ("Tom Reed", "ROLE", "manager", "Bergen Rovers") in facts
    assert ("Jon Dahl", "ROLE", "former manager", "Bergen Rovers") in facts
    with ablated(["predecessor-from"]):
        assert ("Jon Dahl", "ROLE", "former manager", "Bergen Rovers") not in graph_facts(_TOOK_OVER)


_RESPECTIVELY = _sentence("Tom Reed and Jon Dahl, chairman and chief executive of Nordbank respectively, left.")


def test_listed_names_and_titles_pair_in_order() -> None:
    facts = graph_facts(_RESPECTIVELY)
    assert ("Tom Reed", "HEAD", "chairman", "Nordbank") in facts
    assert ("Jon Dahl", "ROLE", "chief executive", "Nordbank") in facts
    assert ("Jon Dahl", "HEAD", "chairman", "Nordbank") not in facts
    assert ("Tom Reed", "ROLE", "chief executive", "Nordbank") not in facts
    with ablated(["paired-titles"]):
        assert ("Jon Dahl", "HEAD", "chairman", "Nordbank") in graph_facts(_RESPECTIVELY)


_TITLES_FIRST = _sentence("Nordbank's chairman and chief executive, Tom Reed and Jon Dahl, left.")


def test_a_title_list_before_a_name_list_pairs_in_order() -> None:
    facts = graph_facts(_TITLES_FIRST)
    assert ("Tom Reed", "HEAD", "chairman", "Nordbank") in facts
    assert ("Jon Dahl", "ROLE", "chief executive", "Nordbank") in facts
    assert ("Tom Reed", "ROLE", "chief executive", "Nordbank") not in facts
    with ablated(["paired-titles"]):
        assert ("Tom Reed", "ROLE", "chief executive", "Nordbank") in graph_facts(_TITLES_FIRST)


def test_one_name_holds_every_coordinated_title() -> None:
    facts = graph_facts(_sentence("Tom Reed, chairman and chief executive of Nordbank, left."))
    assert ("Tom Reed", "HEAD", "chairman", "Nordbank") in facts
    assert ("Tom Reed", "ROLE", "chief executive", "Nordbank") in facts


_SPEAKING_AS = _sentence("Tom Reed, speaking as Bergen's coach, said the team was ready.")


def test_a_participle_on_a_name_gives_the_name_its_as_title() -> None:
    assert ("Tom Reed", "ROLE", "coach", "Bergen") in graph_facts(_SPEAKING_AS)
    with ablated(["participle-holder"]):
        assert ("Tom Reed", "ROLE", "coach", "Bergen") not in graph_facts(_SPEAKING_AS)


_OPENING_PARTICIPLE = _sentence("Speaking as chairman of Nordbank, Tom Reed said profits rose.")


def test_an_opening_participle_is_said_of_the_clauses_subject() -> None:
    assert ("Tom Reed", "HEAD", "chairman", "Nordbank") in graph_facts(_OPENING_PARTICIPLE)
    with ablated(["work-as"]):
        assert ("Tom Reed", "HEAD", "chairman", "Nordbank") not in graph_facts(_OPENING_PARTICIPLE)


def test_a_title_before_a_name_after_role_as_is_a_part_played() -> None:
    assert_guard_case("tenure-named-part", "Tom Reed won the prize for his role as designer Ann Berg.",
                      ("Tom Reed", "IS_A", "designer"), ("Tom Reed", "WIN", "prize"))


def test_the_possessive_pronoun_of_a_tenure_is_the_clauses_subject() -> None:
    facts = graph_facts(_sentence("Jon Dahl will step down while Tom Reed will continue in his role as director of Nordbank."))
    assert ("Tom Reed", "ROLE", "director", "Nordbank") in facts
    assert not any(f[0] == "Jon Dahl" and f[2] == "director" for f in facts)


def test_worked_as_without_a_title_keeps_the_verbs_reading() -> None:
    facts = graph_facts(_sentence("Tom Reed worked as an assistant to painter Jon Dahl."))
    assert any(f[0] == "Tom Reed" and f[1] == "WORK" for f in facts)


_POINT_OF_CONTACT = "Tom Reed will continue in his role as director and point of contact for the fans."


def test_an_of_phrase_after_a_conjunct_of_another_kind_is_no_workplace() -> None:
    assert_guard_case("of-own-conjunct", _POINT_OF_CONTACT, ("Tom Reed", "ROLE", "contact"),
                      ("Tom Reed", "IS_A", "director"))
