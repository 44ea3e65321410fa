"""Round 28: older wrong facts found by the round's reviews (fix28b). Each case is an invented
sentence; a guard's wrong fact comes back, and a new reading's fact goes, with the rule switched off."""

from __future__ import annotations

from factories import assert_guard_case, sentence_triples

from kg.extract.registry import ablated


def test_denied_member_of_a_subject_list_does_nothing() -> None:
    # "A, but not B, V": "not" denies the verb of B alone
    assert_guard_case("not-member", "Tom Reed, but not Jon Dahl, signed the letter.",
                      ("Jon Dahl", "SIGN", "letter"), ("Tom Reed", "SIGN", "letter"))
    assert_guard_case("not-member", "Tom Reed, but not Jon Dahl, was awarded a medal.",
                      ("Jon Dahl", "WIN", "medal"), ("Tom Reed", "WIN", "medal"))
    assert_guard_case("not-member", "Tom Reed and not Jon Dahl signed the letter.",
                      ("Jon Dahl", "SIGN", "letter"), ("Tom Reed", "SIGN", "letter"))


def test_plain_subject_list_keeps_every_member() -> None:
    facts = sentence_triples("Tom Reed and Jon Dahl signed the letter.")
    assert {("Tom Reed", "SIGN", "letter"), ("Jon Dahl", "SIGN", "letter")} <= facts


def test_purpose_after_a_sent_object_is_the_object_act() -> None:
    assert_guard_case("sent-doer", "Nordbank sent an envoy to meet Jon Dahl.",
                      ("Nordbank", "MEET", "Jon Dahl"), ("Nordbank", "SEND", "envoy"))
    facts = sentence_triples("Nordbank sent Tom Reed to meet Jon Dahl.")
    assert ("Tom Reed", "MEET", "Jon Dahl") in facts
    assert ("Nordbank", "MEET", "Jon Dahl") not in facts


def test_bracketed_phrase_before_the_object() -> None:
    sentence = "Tom Reed beat, in straight sets, Jon Dahl."
    facts = sentence_triples(sentence)
    assert ("Tom Reed", "DEFEAT", "Jon Dahl") in facts
    assert ("Tom Reed", "DEFEAT", "straight sets") not in facts
    with ablated(["bracketed-object"]):
        assert ("Tom Reed", "DEFEAT", "straight sets") in sentence_triples(sentence)


def test_called_by_names_the_caller_not_the_name() -> None:
    assert_guard_case("naming-agent", "Fans, called by Tom Reed, met the board.",
                      ("Tom Reed", "IS_A", "fans"), None)
    assert ("Tom Reed", "MEET", "board") not in sentence_triples("Fans, called by Tom Reed, met the board.")


def test_known_by_a_name_still_names() -> None:
    facts = sentence_triples("The trader, known by his online name Skarv, bought Nordbank shares.")
    assert ("Skarv", "IS_A", "trader") in facts
    facts = sentence_triples("The Norwegian trader, known simply by his stage moniker Skarv, sold the farm.")
    assert ("Skarv", "IS_A", "Norwegian trader") in facts
    assert ("Skarv", "SELL", "farm") in facts


def test_set_off_name_after_a_prepositional_object() -> None:
    sentence = "Bergen is preparing for the biggest night of the year, the Nordic Music Awards, on Sunday."
    assert ("Bergen", "PREPARE", "Nordic Music Awards") in sentence_triples(sentence)
    with ablated(["set-off-apposition"]):
        assert ("Bergen", "PREPARE", "Nordic Music Awards") not in sentence_triples(sentence)


def test_set_off_name_after_a_gerund_phrase_stays_out() -> None:
    facts = sentence_triples("Anna Berg decided against competing in the warm-up event, the Bergen Classic.")
    assert not any(o == "Bergen Classic" for _, _, o in facts)


def test_employer_over_capacity() -> None:
    sentence = "Tom Reed worked for Nordbank as a driver."
    assert ("Tom Reed", "WORK_FOR", "Nordbank") in sentence_triples(sentence)
    with ablated(["employer-over-capacity"]):
        assert ("Tom Reed", "WORK_FOR", "Nordbank") not in sentence_triples(sentence)
    # a title in the "as" phrase is still the post, held at the employer (round 29: capacity-employer)
    facts = sentence_triples("Tom Reed worked for Nordbank as an analyst.")
    assert ("Tom Reed", "WORK_FOR", "Nordbank") in facts
    assert ("Tom Reed", "ROLE", "Nordbank") in facts
