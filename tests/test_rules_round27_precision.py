"""Round 27's guards against wrong facts between names read on unseen news (helper prec27): a
nationality adjective kept in a person's name ("Croatian Ivan Ljubicic" as one person's span, or
"Russian" before a name the entity model did not know), and a nationality the model tagged as a
language read as where a title is held ("English referee Tom Reed" → a post at "English").

Each case is a sentence written for this test, in news style (not from the BBC articles): with its
rule the wrong fact is gone (or changed), with the rule switched off it is back, and a near
sentence the rule must leave alone keeps its fact.
"""

from __future__ import annotations

import pytest
from factories import assert_guard_case, graph_facts, sentence_triples

from kg.extract.registry import ablated, rule_names
from kg.resolve.comention import DocumentNames, FullName
from kg.resolve.corpus import resolve_corpus

RULES = ["nationality-adjective-before-full-name", "nationality-before-unnamed-name",
         "language-adjective-not-employer", "of-name-head", "set-off-naming-participle"]


@pytest.mark.parametrize("rule", RULES)
def test_the_rule_is_registered(rule: str) -> None:
    assert rule in rule_names()


def test_a_nationality_adjective_is_no_part_of_a_persons_span() -> None:
    # the entity model reads "Croatian Ivan Ljubicic" as one person; "Ivan" is in no name table
    assert_guard_case("nationality-adjective-before-full-name",
                      "The sixth seed will next face Croatian Ivan Ljubicic in Bergen.",
                      ("sixth seed", "FACE", "Croatian Ivan Ljubicic"), ("sixth seed", "FACE", "Ivan Ljubicic"))


def test_a_nationality_adjective_is_no_part_of_an_untagged_name() -> None:
    # the entity model tags "Russian" a nationality and leaves "Nikolay Davydenko" untagged
    assert_guard_case("nationality-before-unnamed-name", "Tom Reed beat Russian Nikolay Davydenko.",
                      ("Tom Reed", "DEFEAT", "Russian Nikolay Davydenko"),
                      ("Tom Reed", "DEFEAT", "Nikolay Davydenko"))


def test_a_title_after_a_nationality_stays_whole() -> None:
    # a plural proper noun ends it: a book's title, not a person's name
    facts = sentence_triples("The new edition of British Hit Singles revealed the formula for a hit.")
    assert not any(s == "Hit Singles" for s, _, _ in facts)


@pytest.mark.parametrize("sentence", [
    "Analysts at Swiss Re said the losses were small.",
    "Nordbank sold its stake in American Express last year.",
])
def test_a_name_that_opens_with_a_nationality_stays_whole(sentence: str) -> None:
    names = {n for s, _, o in sentence_triples(sentence) for n in (s, o)}
    assert not names & {"Re", "Express"}


@pytest.mark.parametrize(("sentence", "wrong"), [
    ("The try was ruled out by English referee Tom Reed in Bergen.",
     ("Tom Reed", "ROLE", "referee", "English")),
    ("Bergen lost after English referee Anna Berg sent off Jon Dahl.",
     ("Anna Berg", "ROLE", "referee", "English")),
])
def test_a_language_word_before_a_title_holds_no_post(sentence: str, wrong: tuple[str, str, str, str]) -> None:
    text = f"Title\n\n{sentence}\n"
    facts = graph_facts(text)
    assert wrong not in facts
    assert (wrong[0], "IS_A", wrong[2], wrong[2]) in facts  # the title stays, held nowhere
    with ablated(["language-adjective-not-employer"]):
        assert wrong in graph_facts(text)


def test_a_body_named_after_a_language_keeps_its_post() -> None:
    facts = graph_facts("Title\n\nEnglish Heritage chairman Tom Reed opened the castle on Monday.\n")
    assert ("Tom Reed", "HEAD", "chairman", "English Heritage") in facts


def _names(*fulls: str) -> DocumentNames:
    return DocumentNames.of(FullName(f.casefold(), f, frozenset({"ORG"})) for f in fulls)


def test_the_head_of_an_of_name_is_its_short_form() -> None:
    # "The Reserve Bank of Bergen left rates on hold ... the Bank said ... the Reserve Bank warned"
    names = _names("Reserve Bank of Bergen", "Reserve Bank")
    assert names.full_name_of("Bank", "ORG") == [("reserve bank of bergen", "of-name-head")]
    assert names.full_name_of("Reserve Bank", "ORG") == [("reserve bank of bergen", "of-name-head")]
    assert _names("Department of Health").full_name_of("Department", "ORG") == [("department of health",
                                                                                 "of-name-head")]
    with ablated(["of-name-head"]):
        assert _names("Reserve Bank of Bergen", "Reserve Bank").full_name_of("Bank", "ORG") == [
            ("reserve bank", "same-document")]
        assert _names("Department of Health").full_name_of("Department", "ORG") == []


def test_two_of_names_with_one_head_leave_it_alone() -> None:
    # both compete, so neither is joined (a short form joins the only full name it may shorten)
    assert len(_names("Bank of Bergen", "Bank of Japan").full_name_of("Bank", "ORG")) == 2
    # a name of the document the short form ends ("World Bank") is read as before, by its own rule
    assert _names("Bank of Bergen", "World Bank").full_name_of("Bank", "ORG") == [("world bank", "same-document")]
    # a place's name ("Isle of Man") is no body's: its head stands for nothing
    isle = DocumentNames.of([FullName("isle of man", "Isle of Man", frozenset({"GPE"}))])
    assert isle.full_name_of("Isle", "ORG") == []


def test_the_bank_joins_its_full_name_in_the_graph() -> None:
    from kg.extract import extract_text  # loads the spaCy model: only the rule tests need it

    text = ("Bergen rates held\n\nThe Reserve Bank of Bergen has left interest rates on hold.\n\n"
            "The Bank said inflation was low.\n\nThe Reserve Bank also warned Nordbank.\n")
    facts = {(f.subject.name, f.relation, f.object.name) for x in resolve_corpus([extract_text(text)])
             for f in x.facts}
    assert ("Reserve Bank of Bergen", "WARN", "Nordbank") in facts
    assert not any(s in ("Bank", "Reserve Bank") for s, _, _ in facts)


def test_the_head_written_as_a_name_says_which_of_name() -> None:
    # "the Reserve Bank ... the Bank" beside the Reserve Bank of Bergen and the Commonwealth Bank
    # of Bergen: the Bank is the one the document also calls the Reserve Bank
    names = _names("Reserve Bank of Bergen", "Commonwealth Bank of Bergen", "Reserve Bank")
    assert names.full_name_of("Bank", "ORG") == [("reserve bank of bergen", "of-name-head")]


@pytest.mark.parametrize(("sentence", "wrong"), [
    ("Nordbank, dubbed the Iron Bank by analysts, lost money in May.", ("Nordbank", "DUB", "Iron Bank")),
    ('Tom Reed and Jon Dahl, from Bergen, dubbed the "Bergen Two", were found guilty of fraud.',
     ("Tom Reed", "DUB", "Bergen Two")),
])
def test_a_naming_participle_after_a_comma_names_the_noun_before_it(sentence: str,
                                                                     wrong: tuple[str, str, str]) -> None:
    assert_guard_case("set-off-naming-participle", sentence, wrong, None)


def test_an_active_naming_keeps_its_fact() -> None:
    # its own subject and two phrases: the one named and the name
    assert ("analysts", "DUB", "Nordbank") in sentence_triples("Analysts dubbed Nordbank the Iron Bank.")
