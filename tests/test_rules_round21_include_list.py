"""A plural kind that "include" lists by name (round 21, ``include-kind`` and ``include-clause``):
"Other folk bands who could play at the Bergen festival include Ola Berg and Finn Moe" makes each a
folk band and gives each the relative clause's fact.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail with the rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _facts(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.modality) for f in extract_text(text).facts}


ACTS = "Folk night\n\nOther folk bands who could play at the Bergen festival include Ola Berg and Finn Moe.\n"
SPONSORS = "Race sponsors\n\nSponsors of the race include Nordbank and Vexa Holdings.\n"


def test_the_rules_are_registered() -> None:
    assert {"include-kind", "include-clause"} <= set(rule_names())


def test_each_listed_name_is_of_the_kind() -> None:
    facts = _facts(ACTS)
    assert ("Ola Berg", "IS_A", "folk band", None) in facts
    assert ("Finn Moe", "IS_A", "folk band", None) in facts


def test_the_kind_without_the_rule() -> None:
    with ablated(["include-kind"]):
        facts = _facts(ACTS)
    assert not any(f[1] == "IS_A" and f[0] in ("Ola Berg", "Finn Moe") for f in facts)


def test_a_kind_of_firms() -> None:
    facts = _facts(SPONSORS)
    assert ("Nordbank", "IS_A", "sponsor", None) in facts
    assert ("Vexa Holdings", "IS_A", "sponsor", None) in facts


def test_the_relative_clause_holds_of_each_with_its_modality() -> None:
    facts = _facts(ACTS)
    assert ("Ola Berg", "PLAY", "Bergen festival", "could") in facts
    assert ("Finn Moe", "PLAY", "Bergen festival", "could") in facts


def test_the_clause_without_the_rule() -> None:
    with ablated(["include-clause"]):
        facts = _facts(ACTS)
    assert not any(f[1] == "PLAY" for f in facts)


def test_a_passive_clause_names_no_doer() -> None:
    text = "Fines\n\nBanks which were hit by the fine include Nordbank and Vexa Holdings.\n"
    assert not any(f[0] in ("Nordbank", "Vexa Holdings") and f[1] not in ("IS_A", "INCLUDE") for f in _facts(text))


def test_a_singular_subject_is_a_whole_and_its_parts() -> None:
    text = "Cup squad\n\nThe Bergen squad includes Tom Reed and Jon Dahl.\n"
    assert not any(f[1] == "IS_A" for f in _facts(text))


def test_a_noun_of_a_part_or_an_event_is_no_kind() -> None:
    text = "Cup squad\n\nInjuries include Tom Reed and Jon Dahl, both out for a month.\n"
    assert not any(f[0] in ("Tom Reed", "Jon Dahl") and f[1] == "IS_A" for f in _facts(text))


def test_no_include_no_reading() -> None:
    text = "Folk night\n\nOther folk bands will play at the Bergen festival with Ola Berg.\n"
    assert not any(f[1] == "IS_A" and f[0] == "Ola Berg" for f in _facts(text))



ACQUISITIONS = "Deals\n\nNordbank's recent acquisitions include Vexa Holdings and Bergen Bank.\n"


def test_the_act_rule_is_registered() -> None:
    assert "include-act" in rule_names()


def test_the_possessor_did_the_act_to_each_member() -> None:
    facts = _facts(ACQUISITIONS)
    assert ("Nordbank", "ACQUIRE", "Vexa Holdings", None) in facts
    assert ("Nordbank", "ACQUIRE", "Bergen Bank", None) in facts


def test_the_act_without_the_rule() -> None:
    with ablated(["include-act"]):
        assert not any(f[1] == "ACQUIRE" for f in _facts(ACQUISITIONS))


def test_no_possessor_no_doer() -> None:
    text = "Deals\n\nRecent acquisitions include Vexa Holdings and Bergen Bank.\n"
    assert not any(f[1] == "ACQUIRE" for f in _facts(text))
