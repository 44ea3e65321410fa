"""Round 28's guards against wrong facts between names read on unseen news (helper prec28): a
preposition that names a recipient ("kicked to Jon Dahl", "sold to Vexa") or an employer ("worked
for Jon Dahl") kept in the relation, the modal "be to" of an arranged act ("Nordbank is to supply
Vexa") kept as the fact's modality, and a nationality adjective the parse took for a verb's object
before a person's name ("beat Moroccan Sara Berg").

Each case is a sentence written for this test, in news style (not from the BBC articles): with its
rule the wrong fact is gone (or changed), with the rule switched off it is back, and a near
sentence the rule must leave alone keeps its fact.
"""

from __future__ import annotations

import pytest
from factories import assert_guard_case, sentence_triples

from kg.extract.registry import ablated, rule_names

RULES = ["recipient-to", "employer-for", "be-to-prospect", "nationality-object-person", "negated-implication",
         "approaching-act", "set-off-object"]


@pytest.mark.parametrize("rule", RULES)
def test_the_rule_is_registered(rule: str) -> None:
    assert rule in rule_names()


@pytest.mark.parametrize(("sentence", "wrong", "kept"), [
    ("Tom Reed raced clear on the right and crossed to Jon Dahl in the second half.",
     ("Tom Reed", "CROSS", "Jon Dahl"), ("Tom Reed", "CROSS_TO", "Jon Dahl")),
    ("Early in the second half Tom Reed passed to Jon Dahl near the line.",
     ("Tom Reed", "PASS", "Jon Dahl"), ("Tom Reed", "PASS_TO", "Jon Dahl")),
    ("Nordbank sold to Vexa Holdings last year after months of talks.",
     ("Nordbank", "SELL", "Vexa Holdings"), ("Nordbank", "SELL_TO", "Vexa Holdings")),
])
def test_to_after_a_verb_of_handing_on_names_the_recipient(sentence: str, wrong: tuple[str, str, str],
                                                           kept: tuple[str, str, str]) -> None:
    assert_guard_case("recipient-to", sentence, wrong, kept)


def test_to_after_a_verb_of_motion_stays_the_place_reached() -> None:
    # "went to Bergen": the goal of motion, no recipient; the verb's own relation stays
    facts = sentence_triples("Tom Reed went to Bergen in May for talks with the club.")
    assert not any(r.endswith("_TO") and r != "GO_TO" for _, r, o in facts if o == "Bergen")
    assert not any(r in ("CROSS_TO", "PASS_TO", "SELL_TO") for _, r, _ in facts)


def test_for_after_work_names_the_employer() -> None:
    assert_guard_case("employer-for", "Tom Reed worked for Jon Dahl for six years in Bergen.",
                      ("Tom Reed", "WORK", "Jon Dahl"), ("Tom Reed", "WORK_FOR", "Jon Dahl"))


def test_for_after_another_verb_is_left_alone() -> None:
    # "scored for Nordvik" is side-for's; "employer-for" touches "work" and "star" only
    with ablated(["employer-for"]):
        before = sentence_triples("Tom Reed scored for Nordvik in the second half.")
    assert sentence_triples("Tom Reed scored for Nordvik in the second half.") == before


def _modality(sentence: str, relation: str) -> list[str | None]:
    from kg.extract import extract_text

    return [f.modality for f in extract_text(f"Title\n\n{sentence}\n").facts if f.relation == relation]


def test_be_to_is_the_modality_of_an_arranged_act() -> None:
    sentence = "Nordbank is to supply Vexa Holdings with ten new ferries from next year."
    assert _modality(sentence, "SUPPLY") == ["be to"]
    with ablated(["be-to-prospect"]):
        assert _modality(sentence, "SUPPLY") == [None]


def test_be_to_leaves_other_complements_of_be_to_their_rules() -> None:
    assert _modality("Nordbank is likely to buy Vexa Holdings this year.", "ACQUIRE") == ["likely"]
    assert _modality("Nordbank is yet to buy Vexa Holdings.", "ACQUIRE") == ["yet"]


def test_a_nationality_adjective_before_a_name_is_no_object() -> None:
    # the parse takes "Moroccan" as the object and hangs "Sara Berg" on the verb apart
    assert_guard_case("nationality-object-person", "Anna Berg beat Moroccan Sara Berg 7-5 6-2.",
                      ("Anna Berg", "DEFEAT", "Moroccan"), ("Anna Berg", "DEFEAT", "Sara Berg"))


def test_a_clause_under_a_negated_verb_of_implying_is_nobodys_claim() -> None:
    sentence = "The sale did not mean that Nordbank had cut its links with Vexa Holdings, Tom Reed said."
    wrong = ("Nordbank", "CUT_LINK_WITH", "Vexa Holdings")
    assert wrong not in sentence_triples(sentence)
    with ablated(["negated-implication"]):
        assert wrong in sentence_triples(sentence)


def test_a_clause_under_an_asserted_verb_of_implying_stays() -> None:
    assert ("Nordbank", "ACQUIRE", "Vexa Holdings") in sentence_triples(
        "The deal means that Nordbank will buy Vexa Holdings next year.")


def test_closing_in_on_an_act_is_no_act_done() -> None:
    sentence = "Nordvik are closing in on signing Tom Reed from Bergen City."
    assert _modality(sentence, "SIGN") == ["close in"]
    with ablated(["approaching-act"]):
        assert _modality(sentence, "SIGN") == [None]


def test_a_gerund_after_another_preposition_keeps_no_modality() -> None:
    assert _modality("After closing the deal, Nordvik signed Tom Reed.", "SIGN") == [None]


def test_a_noun_phrase_set_off_after_a_prepositional_phrase_is_no_object() -> None:
    assert_guard_case("set-off-object",
                      "Anna Berg also decided against competing in the warm-up event, the Bergen Classic.",
                      ("Anna Berg", "DECIDE", "Bergen Classic"), None)


def test_an_object_right_after_its_verb_stays() -> None:
    assert ("Anna Berg", "WIN", "Bergen Classic") in sentence_triples(
        "Anna Berg won the Bergen Classic in May, her first title.")


def test_an_outcome_that_was_the_act_keeps_no_modality() -> None:
    # "the effect was to slow him": a copula naming what the effect was, which happened
    assert _modality("One effect of the injury was to slow Tom Reed.", "SLOW") == [None]


def test_a_set_off_item_of_a_list_of_objects_stays() -> None:
    facts = sentence_triples("Singers that never won a prize included Tom Reed in Blue Harbour (1990), "
                             "Jon Dahl in Red Sky (1994) and Eva Lund in Cold Water (1999).")
    assert {("singers", "INCLUDE", "Tom Reed"), ("singers", "INCLUDE", "Jon Dahl")} <= facts


def test_a_two_word_nationality_before_a_title_is_where_the_holder_is_from() -> None:
    # "South African" was missing from the demonym table: the adjective was read as the employer
    from kg.resolve.demonyms import country_of

    assert country_of("South African") == "South Africa"
    facts = sentence_triples("Coach Jon Dahl said South African flanker Tom Reed needed a rest.")
    assert ("Tom Reed", "ROLE", "South African") not in facts
    assert ("Tom Reed", "FROM", "South Africa") in facts
