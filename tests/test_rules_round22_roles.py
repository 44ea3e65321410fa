"""Role recall (round 22): an officer named by title alone in an article about one firm
(``article-firm``), a title with the field it covers before a name ("Bergen director of
rugby Jon Dahl", ``field-title``), "editor in chief" (``in-chief``), a team title whose holder's
side a name gives ("Coach Tom Reed's Bergen squad", ``possessed-side``), and a description with a
name in apposition, which refers back to no one (``apposed-name``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each case fails with its rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _roles(text: str) -> set[tuple[str, str, str, str]]:
    return {(f.subject.name, f.relation, f.predicate or "", f.object.name) for f in extract_text(text).facts}


FIELD = 'Injury news\n\nBergen director of rugby Jon Dahl said: "Tom has broken his arm."\n'
FIELD_BARE = "Cup win\n\nDirector of rugby Tom Reed revealed that harsh words had inspired the players.\n"
HEAD_OF = "Job losses\n\nThe staff were told by head of news Lena Hart on Monday.\n"
PERSON_FIELD = "Letters\n\nReaders complained to the editor of columnist Kari Lund on Monday.\n"
IN_CHIEF = 'Magazine sold\n\n"We are ready," said Kari Lund, the editor in chief of Fjord Weekly.\n'
SIDE = "Summer tour\n\nCoach Ole Vik's Vexa squad will tour Norway in June.\n"
NO_SIDE = "Summer tour\n\nManager Tom Reed's side beat Bergen on Sunday.\n"
APPOSED = ("Bank results\n\nNorway captain Tom Reed was injured on Friday. The new chairman of Nordbank, Jon Dahl, "
           "said profits had risen.\n")


def test_the_rules_are_registered() -> None:
    assert {"field-title", "in-chief", "possessed-side", "apposed-name", "article-firm", "nmod-org"} <= set(rule_names())


def test_a_title_with_its_field_is_one_title_held_where_the_name_before_it_says() -> None:
    assert ("Jon Dahl", "ROLE", "director of rugby", "Bergen") in _roles(FIELD)
    assert ("Tom Reed", "IS_A", "director of rugby", "director of rugby") in _roles(FIELD_BARE)
    assert ("Lena Hart", "IS_A", "head of news", "head of news") in _roles(HEAD_OF)


def test_without_field_title_the_field_is_read_as_the_title() -> None:
    with ablated(["field-title"]):
        assert ("Jon Dahl", "ROLE", "director of rugby", "Bergen") not in _roles(FIELD)
        assert ("Jon Dahl", "IS_A", "rugby", "rugby") in _roles(FIELD)
        assert not any(r[2] == "head of news" for r in _roles(HEAD_OF))


def test_a_person_noun_after_of_is_no_field() -> None:
    assert not any("of columnist" in r[2] for r in _roles(PERSON_FIELD))
    assert ("Kari Lund", "IS_A", "columnist", "columnist") in _roles(PERSON_FIELD)


def test_editor_in_chief_is_one_title_held_at_the_of_phrase() -> None:
    assert ("Kari Lund", "ROLE", "editor in chief", "Fjord Weekly") in _roles(IN_CHIEF)
    with ablated(["in-chief"]):
        assert ("Kari Lund", "ROLE", "editor in chief", "Fjord Weekly") not in _roles(IN_CHIEF)


def test_a_coach_possessing_a_named_side_is_coach_there() -> None:
    assert ("Ole Vik", "ROLE", "coach", "Vexa") in _roles(SIDE)
    with ablated(["possessed-side"]):
        assert ("Ole Vik", "ROLE", "coach", "Vexa") not in _roles(SIDE)
        assert ("Ole Vik", "IS_A", "coach", "coach") in _roles(SIDE)


def test_a_side_without_a_name_gives_no_organisation() -> None:
    assert ("Tom Reed", "IS_A", "manager", "manager") in _roles(NO_SIDE)


def test_a_description_with_a_name_in_apposition_refers_back_to_no_one() -> None:
    roles = _roles(APPOSED)
    assert ("Jon Dahl", "HEAD", "new chairman", "Nordbank") in roles
    assert not any(r[0] == "Tom Reed" and r[3] == "Nordbank" for r in roles)
    with ablated(["apposed-name"]):
        assert ("Tom Reed", "HEAD", "new chairman", "Nordbank") in _roles(APPOSED)


FIRM = ('Nordbank profits rise by a third\n\nNorwegian lender Nordbank has reported a 30% rise in profits for 2004.\n\n'
        'Nordbank said strong demand for mortgages lifted its results. Chief executive Tom Reed said 2004 had been '
        'a "great year". "We are confident," said finance director Anna Berg.\n\n'
        'Shares in Nordbank rose 4%. Analysts at Vexa Securities were impressed, said chairman Jon Dahl.\n')
TWO_FIRMS = ('Nordbank and Vexa report profits\n\nNordbank and Vexa Holdings have both reported higher profits. '
             'Nordbank said mortgages lifted its results, while Vexa Holdings said insurance had. Nordbank shares '
             'rose, as did those of Vexa Holdings. Chief executive Tom Reed said 2004 had been a "great year".\n')
SINCE = ('Nordbank profits rise by a third\n\nNorwegian lender Nordbank has reported a 30% rise in profits. Nordbank '
         'said mortgages lifted its results, and Nordbank shares rose.\n\nRival Vexa Holdings did less well. Its '
         'chief executive gave no comment. Chief executive Tom Reed said 2004 had been a "great year".\n')
FORMER = ('Nordbank profits rise by a third\n\nNorwegian lender Nordbank has reported a 30% rise in profits. Nordbank '
          'said demand lifted its results, and Nordbank shares rose, as former chief executive Tom Reed had predicted.\n')


def test_an_officer_named_by_title_alone_holds_it_at_the_firm_the_article_is_about() -> None:
    roles = _roles(FIRM)
    assert ("Tom Reed", "ROLE", "chief executive", "Nordbank") in roles
    assert ("Anna Berg", "ROLE", "finance director", "Nordbank") in roles
    with ablated(["article-firm"]):
        roles = _roles(FIRM)
        assert ("Tom Reed", "IS_A", "chief executive", "chief executive") in roles
        assert not any(r[3] == "Nordbank" for r in roles if r[0] in ("Tom Reed", "Anna Berg"))


def test_no_article_firm_beside_another_organisation_in_a_story_of_two_or_for_a_former_officer() -> None:
    assert ("Jon Dahl", "IS_A", "chairman", "chairman") in _roles(FIRM)  # Vexa Securities named beside
    assert ("Tom Reed", "IS_A", "chief executive", "chief executive") in _roles(TWO_FIRMS)
    assert ("Tom Reed", "IS_A", "chief executive", "chief executive") in _roles(SINCE)  # Vexa named since
    assert not any(r[0] == "Tom Reed" and r[3] == "Nordbank" for r in _roles(FORMER))


NMOD = 'Tennis boost\n\nThe LTA chief executive, Jon Dahl, added: "We are happy with the deal."\n'


def test_an_organisation_parsed_as_a_noun_modifier_of_a_title_is_where_it_is_held() -> None:
    assert ("Jon Dahl", "ROLE", "chief executive", "LTA") in _roles(NMOD)
    with ablated(["nmod-org"]):
        assert ("Jon Dahl", "IS_A", "chief executive", "chief executive") in _roles(NMOD)
