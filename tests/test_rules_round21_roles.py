"""Roles said away from the name (round 21): a title description that refers back to a person
named before ("Tom Reed scored twice. The 25-year-old striker said ...", ``description-holder``),
and a capacity said in a relative clause ("Tom Reed, who joined Nordbank as chairman",
``relative-capacity``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail with their rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _roles(text: str) -> set[tuple[str, str, str, str]]:
    return {(f.subject.name, f.relation, f.predicate or "", f.object.name) for f in extract_text(text).facts
            if f.rule in ("description-holder", "subject-as", "epithet-role", "role-description", "coordinated-post")}


STRIKER = "Cup tie\n\nTom Reed scored twice for Bergen on Saturday. The 25-year-old striker praised the fans.\n"
POP_STAR = "Tour off\n\nAnna Berg has cancelled her European tour. The pop star said she was unwell.\n"
JOINED = "Bank results\n\nTom Reed, who joined Nordbank as chairman in 2001, said the offer was fair.\n"


def test_the_rules_are_registered() -> None:
    assert {"description-holder", "relative-capacity"} <= set(rule_names())


def test_a_title_description_gives_the_person_named_before_the_title() -> None:
    assert ("Tom Reed", "IS_A", "striker", "striker") in _roles(STRIKER)
    assert ("Anna Berg", "IS_A", "pop star", "pop star") in _roles(POP_STAR)


def test_without_the_rule_the_description_gives_no_title() -> None:
    with ablated(["description-holder"]):
        assert not any(r[0] == "Tom Reed" for r in _roles(STRIKER))
        assert not any(r[0] == "Anna Berg" for r in _roles(POP_STAR))


def test_a_description_that_says_no_title_gives_none() -> None:
    text = "Cup tie\n\nTom Reed scored twice for Bergen on Saturday. The teenager praised the fans.\n"
    assert not any(r[0] == "Tom Reed" for r in _roles(text))


def test_a_place_hyphened_to_born_is_no_title_word() -> None:
    text = "Premiere\n\nAnna Berg arrived in London on Monday. The Oslo-born actress waved to the crowd.\n"
    assert ("Anna Berg", "IS_A", "actress", "actress") in _roles(text)
    with ablated(["hyphenated-title"]):
        assert ("Anna Berg", "IS_A", "born actress", "born actress") in _roles(text)


def test_a_description_saying_a_quotation_about_a_person_is_not_that_person() -> None:
    text = 'Album\n\nTom Reed has made a new album. "Tom Reed would like to act next," says the DJ.\n'
    assert not any(r[0] == "Tom Reed" for r in _roles(text))
    with ablated(["quoted-description"]):
        assert ("Tom Reed", "IS_A", "dj", "dj") in _roles(text)


def test_a_relative_clause_capacity_is_the_named_persons() -> None:
    assert ("Tom Reed", "HEAD", "chairman", "Nordbank") in _roles(JOINED)
    with ablated(["relative-capacity"]):
        assert not any(r[0] == "Tom Reed" for r in _roles(JOINED))


def test_a_relative_clause_on_a_common_noun_names_no_holder() -> None:
    text = "Bank results\n\nThe man who joined Nordbank as chairman in 2001 said the offer was fair.\n"
    assert not _roles(text)


def _all(text: str) -> set[tuple[str, str, str, str]]:
    return {(f.subject.name, f.relation, f.predicate or "", f.object.name) for f in extract_text(text).facts}


MINISTER = "Trade talks\n\nTom Reed, the Norwegian prime minister, met Jon Dahl in Bergen.\n"


def test_a_nationality_before_an_office_in_an_apposition_is_its_country() -> None:
    assert ("Tom Reed", "MINISTER", "prime minister", "Norway") in _all(MINISTER)
    with ablated(["nationality-office"]):
        assert ("Tom Reed", "MINISTER", "prime minister", "Norway") not in _all(MINISTER)


def test_a_nationality_before_an_occupation_is_no_employer() -> None:
    text = "Transfer\n\nTom Reed, the Norwegian striker, met Jon Dahl in Bergen.\n"
    facts = _all(text)
    assert not any(f[0] == "Tom Reed" and f[3] == "Norway" and f[1] not in ("FROM",) for f in facts)


VICE = "Board row\n\nTom Reed, vice-chairman of Nordbank Holdings, stayed away from the meeting.\n"


def test_a_prefixed_title_is_one_word() -> None:
    assert ("Tom Reed", "HEAD", "vice-chairman", "Nordbank Holdings") in _all(VICE)
    text = "Audit\n\nAnna Berg, Nordbank's ex-head of tax, warned the board about the loans.\n"
    assert ("Anna Berg", "ROLE", "ex-head", "Nordbank") in _all(text)  # a post no longer held (former-post)
    with ablated(["prefixed-title"]):
        assert ("Tom Reed", "IS_A", "vice", "vice") in _all(VICE)
        assert ("Tom Reed", "HEAD", "vice-chairman", "Nordbank Holdings") not in _all(VICE)


def test_a_title_noun_after_a_prefix_keeps_the_prefix() -> None:
    text = "Board\n\nTom Reed is the vice-president of Vexa Holdings.\n"
    assert ("Tom Reed", "PRESIDENT", "vice-president", "Vexa Holdings") in _all(text)


NAMED = "Bank results\n\nAnna Berg, who was appointed chairman of Nordbank last year, said rates would rise.\n"


def test_a_relative_clause_appointment_is_the_named_persons() -> None:
    assert ("Anna Berg", "HEAD", "chairman", "Nordbank") in _roles_and_appointments(NAMED)
    with ablated(["relative-capacity"]):
        assert not any(r[0] == "Anna Berg" for r in _roles_and_appointments(NAMED))


def _roles_and_appointments(text: str) -> set[tuple[str, str, str, str]]:
    return {(f.subject.name, f.relation, f.predicate or "", f.object.name) for f in extract_text(text).facts
            if f.rule == "appointed-role"}


ACTS = "Gig\n\nOther folk singers who could join the line-up include Tom Reed, Jon Dahl and Anna Berg.\n"


def test_a_plural_kind_that_includes_names_gives_each_the_kind() -> None:
    facts = _all(ACTS)
    for name in ("Tom Reed", "Jon Dahl", "Anna Berg"):
        assert (name, "IS_A", "folk singer", "folk singer") in facts
    with ablated(["include-kind"]):
        assert not any(f[1] == "IS_A" for f in _all(ACTS))


def test_what_includes_no_kind_gives_none() -> None:
    assert not any(f[1] == "IS_A" for f in _all("Gig\n\nThe changes include Tom Reed and Anna Berg.\n"))
    assert not any(f[1] == "IS_A" for f in _all("Gig\n\nThe guests this year do not include Tom Reed.\n"))


def test_a_possessor_in_the_list_is_no_member() -> None:
    text = "Charts\n\nFamous winter songs include Nordlys's Will It Snow Again? and Jon Dahl's Frost.\n"
    assert not any(f[0] == "Nordlys" and f[1] == "IS_A" for f in _all(text))
    with ablated(["member-not-possessor"]):
        assert any(f[0] == "Nordlys" and f[1] == "IS_A" for f in _all(text))


FELLOW = "Injuries\n\nBergen are also worried about Tom Reed's fellow Bergen defender Jon Dahl, who hurt his ankle.\n"


def test_a_fellow_holder_and_the_possessor_share_the_title() -> None:
    facts = _all(FELLOW)
    assert ("Jon Dahl", "ROLE", "defender", "Bergen") in facts
    assert ("Tom Reed", "ROLE", "defender", "Bergen") in facts
    assert not any(f[0] == "Jon Dahl" and f[3] == "Tom Reed" for f in facts)
    with ablated(["fellow-peer"]):
        assert ("Jon Dahl", "ROLE", "fellow Bergen defender", "Tom Reed") in _all(FELLOW)


US_STAR = ("Gig\n\nRapper Tom Reed will give a small concert in Oslo on Sunday. "
           "The US star will sing only three songs at the Harbour Hall.\n")


def test_a_country_before_a_person_noun_is_an_epithet() -> None:
    facts = _all(US_STAR)
    assert ("Tom Reed", "ROLE", "star", "US") in facts
    assert ("Tom Reed", "SING", "sing", "only three songs") in facts
    with ablated(["country-epithet"]):
        facts = _all(US_STAR)
    assert ("Tom Reed", "ROLE", "star", "US") not in facts
    assert ("Tom Reed", "SING", "sing", "only three songs") not in facts


def test_a_named_employer_before_a_title_is_no_epithet() -> None:
    text = "Results\n\nTom Reed scored twice on Saturday. The Nordbank chairman praised the fans.\n"
    assert not any(f[0] == "Tom Reed" and f[1] == "PRAISE" for f in _all(text))
