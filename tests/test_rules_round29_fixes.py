"""Round 29: round 28's left-overs (fix29). Each case is an invented sentence; the fact comes with
the rule on and goes (or a wrong one comes back) with the rule switched off."""

from __future__ import annotations

from factories import graph_facts, sentence_triples

from kg.extract.registry import ablated


def test_multi_word_win_verbs_are_cued() -> None:
    # "knock off", "swat aside": the cheap test asked the verb's one-word lemma for the phrase
    for sentence in ("Tom Reed knocked off Jon Dahl 6-3 6-4 in the final.",
                     "Tom Reed swatted aside Jon Dahl 6-1 6-2 in the semi-final."):
        assert ("Tom Reed", "DEFEAT", "Jon Dahl") in sentence_triples(sentence)
        with ablated(["contest-win"]):
            assert ("Tom Reed", "DEFEAT", "Jon Dahl") not in sentence_triples(sentence)


def test_knock_off_without_a_contest_is_no_win() -> None:
    assert not any(r == "DEFEAT" for _, r, _ in sentence_triples("Tom Reed knocked off work early in Bergen."))


def test_not_only_but_also_subjects() -> None:
    sentence = "Not only Tom Reed but also Jon Dahl signed the letter."
    facts = sentence_triples(sentence)
    assert ("Tom Reed", "SIGN", "letter") in facts and ("Jon Dahl", "SIGN", "letter") in facts
    with ablated(["not-only-subject"]):
        assert ("Tom Reed", "SIGN", "letter") not in sentence_triples(sentence)


def test_but_without_not_only_adds_no_subject() -> None:
    facts = sentence_triples("Last year, Tom Reed signed the letter.")
    assert ("Tom Reed", "SIGN", "letter") in facts and not any(s == "year" for s, _, _ in facts)


def test_for_phrase_on_the_capacity_noun_is_the_employer() -> None:
    sentence = "Tom Reed worked as a driver for Nordbank."
    assert ("Tom Reed", "WORK_FOR", "Nordbank") in sentence_triples(sentence)
    with ablated(["capacity-noun-employer"]):
        assert ("Tom Reed", "WORK_FOR", "Nordbank") not in sentence_triples(sentence)


def test_for_phrase_with_a_common_noun_keeps_the_capacity() -> None:
    facts = sentence_triples("Tom Reed worked as an advocate for children.")
    assert not any(r == "WORK_FOR" for _, r, _ in facts)


def test_employer_of_the_capacity_holds_the_post() -> None:
    sentence = "Tom Reed worked for Nordbank as an analyst."
    post = ("Tom Reed", "ROLE", "analyst", "Nordbank")
    facts = graph_facts(f"Title\n\n{sentence}\n")
    assert post in facts and ("Tom Reed", "WORK_FOR", "work for", "Nordbank") in facts
    with ablated(["capacity-employer"]):
        assert post not in graph_facts(f"Title\n\n{sentence}\n")


def test_for_years_names_no_employer() -> None:
    facts = sentence_triples("Tom Reed worked for years as an analyst.")
    assert not any(r in ("ROLE", "WORK_FOR") for _, r, _ in facts)


def test_the_sender_wins_the_collected_award() -> None:
    sentence = "Jon Dahl sent Tom Reed to collect the award."
    facts = sentence_triples(sentence)
    assert ("Jon Dahl", "WIN", "award") in facts and ("Tom Reed", "WIN", "award") not in facts
    with ablated(["sent-to-collect"]):
        off = sentence_triples(sentence)
        assert ("Jon Dahl", "WIN", "award") not in off and ("Tom Reed", "WIN", "award") in off


def test_the_sender_of_a_relative_wins_his_award() -> None:
    sentence = "Jon Dahl sent his brother to collect his award."
    assert ("Jon Dahl", "WIN", "award") in sentence_triples(sentence)
    with ablated(["sent-to-collect"]):
        assert ("Jon Dahl", "WIN", "award") not in sentence_triples(sentence)


def test_a_named_possessors_award_is_nobody_elses() -> None:
    facts = sentence_triples("Jon Dahl sent Tom Reed to collect Nordbank's award.")
    assert not any(r == "WIN" for _, r, _ in facts)
