"""Round 28: round 27's left-overs (fix28). Each case is an invented sentence; a guard's wrong fact
comes back, and a new reading's fact goes, with the rule switched off."""

from __future__ import annotations

from factories import assert_guard_case, sentence_triples

from kg.extract.registry import ablated
from kg.extract.results import DEFEAT_NOUNS, LOSS_NOUNS


def test_denied_such_examples_get_no_fact() -> None:
    # "No such firms as A and B exist": the kind is denied; A and B are its standard, no doers
    assert_guard_case("denied-such-subject", "No such firms as Nordbank and Vexa Holdings exist in Bergen.",
                      ("Nordbank", "EXIST", "Bergen"), None)
    facts = sentence_triples("No such firms as Nordbank and Vexa Holdings exist in Bergen.")
    assert ("Vexa Holdings", "EXIST", "Bergen") not in facts
    assert ("such firms", "EXIST", "Bergen") not in facts


def test_plain_such_examples_keep_their_kind() -> None:
    facts = sentence_triples("Such firms as Nordbank and Vexa Holdings exist in Bergen.")
    assert ("Nordbank", "IS_A", "firm") in facts


def test_set_off_naming_participle_as_root() -> None:
    # the parse makes "called" the root and "left" its conjunct: Reed is the one called a traitor
    assert_guard_case("set-off-naming-root", "Tom Reed, called a traitor by fans, left Bergen.",
                      ("Tom Reed", "CALL", "traitor"), ("Tom Reed", "LEAVE", "Bergen"))
    assert_guard_case("set-off-naming-root", "Tom Reed, called the Bergen Bull, left Nordbank.",
                      ("Tom Reed", "CALL", "Bergen Bull"), None)


def test_active_naming_after_an_insert_stays() -> None:
    # "Tom Reed, 35, called ...": the comma closes an inserted age; the verb is Reed's own
    assert ("Tom Reed", "CALL", "disgrace") in sentence_triples("Tom Reed, 35, called the move a disgrace.")


def test_extraposed_it_took_time() -> None:
    sentence = "It took Tom Reed two hours to beat Jon Dahl."
    assert ("Tom Reed", "DEFEAT", "Jon Dahl") in sentence_triples(sentence)
    with ablated(["it-took-time"]):
        assert ("Tom Reed", "DEFEAT", "Jon Dahl") not in sentence_triples(sentence)


def test_took_time_with_a_purpose_parse() -> None:
    # the parse hangs "to beat" on "took" as a clause of purpose, not an open complement
    sentence = "Tom Reed took two hours to beat Jon Dahl."
    assert ("Tom Reed", "DEFEAT", "Jon Dahl") in sentence_triples(sentence)
    with ablated(["take-time"]):
        assert ("Tom Reed", "DEFEAT", "Jon Dahl") not in sentence_triples(sentence)


def test_it_took_to_court_is_no_time() -> None:
    assert not any(r == "DEFEAT" for _, r, _ in sentence_triples("It took Tom Reed to court."))


def test_purpose_infinitive_on_object() -> None:
    assert_guard_case("purpose-infinitive-on-object", "Nordbank took a stake to please Vexa Holdings.",
                      ("stake", "PLEASE", "Vexa Holdings"), ("Nordbank", "TAKE", "stake"))


def test_first_noun_to_act_is_the_doer() -> None:
    facts = sentence_triples("Nordbank was the first bank to buy Vexa Holdings.")
    assert ("first bank", "ACQUIRE", "Vexa Holdings") in facts


def test_one_set_of_defeat_nouns() -> None:
    assert LOSS_NOUNS | {"beating", "hammering", "thrashing"} == DEFEAT_NOUNS
    # "reverse", a loss noun, now reads as a defeat inflicted as "defeat" does
    assert ("Bergen", "DEFEAT", "Oslo") in sentence_triples("Bergen inflicted a heavy reverse on Oslo.")


def test_rival_is_a_relation_between_two_names() -> None:
    for sentence in ("Nordbank's rival Vexa Holdings lost money.", "Vexa Holdings, a rival of Nordbank, lost money.",
                     "Vexa Holdings is a rival of Nordbank.", "Vexa Holdings, Nordbank's main rival, lost money."):
        assert ("Vexa Holdings", "RIVAL", "Nordbank") in sentence_triples(sentence), sentence
        with ablated(["rival-noun"]):
            assert ("Vexa Holdings", "RIVAL", "Nordbank") not in sentence_triples(sentence), sentence


def test_rival_without_a_named_other_gives_no_relation() -> None:
    assert not any(r == "RIVAL" for _, r, _ in sentence_triples("Its rival Vexa Holdings lost money."))


def test_what_a_verb_of_need_names_does_the_act() -> None:
    facts = sentence_triples("Bergen needed a late goal to beat Oslo.")
    assert ("late goal", "DEFEAT", "Oslo") in facts
