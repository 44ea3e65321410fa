"""Open IE rules measured on CaRB, each shown on sentences of our own (news style, not from CaRB).

Also the rule registry (issue 13, item 8): every rule a proposition names is registered, documented
and can be switched off.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from kg.extract.confidence import confidence_features
from kg.extract.implied import title_propositions
from kg.extract.nlp import load_model
from kg.extract.registry import RULES, ablated, describe, rule_names
from kg.extract.rules import sentence_propositions


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_model(None)


def _open_ie(nlp, text: str) -> set[tuple[str, str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {(p.rule, p.relation, tuple(p.arg_texts)) for s in doc.sents for p in sentence_propositions(s) if p.open_ie}


@pytest.mark.parametrize(("text", "adjunct"), [
    ("For shoppers who pay by card, the chain will add a small fee.", "For shoppers who pay by card"),
    ("After the decision to close the plant, the union called a strike.", "After the decision to close the plant"),
])
def test_an_adjunct_keeps_what_restricts_its_noun(nlp, text: str, adjunct: str) -> None:  # type: ignore[no-untyped-def]
    props = _open_ie(nlp, text)
    assert any(adjunct in args for _, _, args in props)


def test_an_aside_stays_out_of_an_adjunct(nlp) -> None:  # type: ignore[no-untyped-def]
    props = _open_ie(nlp, "Talks resumed on Monday after the strike, which had lasted a week.")
    assert ("svo-prep", "resumed after", ("Talks", "the strike", "on Monday")) in props


@pytest.mark.parametrize(("text", "wrong"), [
    ("The mill was closed on March 14 , 1987 .", ("March 14", "1987")),
    ("The ferry sank on 6 October , 1998 , off Bergen .", ("6 October", "1998")),
    ("The firm was founded by Tom Reed, Jr., in 1990.", ("Tom Reed", "Jr.")),
    ("The prime minister , himself a former banker , opened the exchange .", ("The prime minister", "himself")),
    ("The band released 12 singles , all of them on Polar Records .", ("12 singles", "all of them")),
])
def test_an_apposition_that_describes_nothing_is_no_proposition(nlp, text: str, wrong: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert all(args[:2] != wrong for rule, _, args in _open_ie(nlp, text) if rule == "apposition")


def test_a_real_apposition_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    props = _open_ie(nlp, "Anna Berg , the bank 's spokeswoman , declined to comment .")
    assert ("apposition", "is", ("Anna Berg", "the bank 's spokeswoman")) in props


def test_a_capitalised_title_before_a_name_describes_it(nlp) -> None:  # type: ignore[no-untyped-def]
    props = _open_ie(nlp, "Professor Henrik Dahl taught at Oslo University until 2001 .")
    assert ("title", "was", ("Henrik Dahl", "Professor")) in props


def test_a_given_name_the_model_left_out_of_the_name_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    # the small model at times tags only the surname ("Rask" of "Ingrid Rask") as the person: the
    # given name before it is then a capitalised compound, but no title
    doc = nlp("Ingrid Rask taught at Oslo University until 2001 .")
    doc.ents = [Span(doc, 1, 2, label="PERSON")]
    assert not [p for p in title_propositions(doc[:]) if p.arg_texts[0] == "Rask"]
    doc = nlp("Professor Rask taught at Oslo University until 2001 .")
    doc.ents = [Span(doc, 1, 2, label="PERSON")]
    assert [p.arg_texts for p in title_propositions(doc[:])] == [["Rask", "Professor"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nordbank pulled out of the deal on Monday.", ("pulled out of", ("Nordbank", "the deal", "on Monday"))),
    ("Fjord Capital moved out of London in 2004.", ("moved out of", ("Fjord Capital", "London", "in 2004"))),
    ("The minister arrived in Oslo along with her husband.",
     ("arrived in", ("The minister", "Oslo", "along with her husband"))),
])
def test_a_preposition_of_two_words_is_one_preposition(nlp, text: str, expected: tuple[str, tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert expected in {(rel, args) for _, rel, args in _open_ie(nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The union held out until the vote of 9 March , when it called off the strike , signed the deal , "
     "and went back to work .", ("signed", ("The union", "the deal"))),
    ("Nordbank cut its rates in May , raised them in June , and cut them again in July .",
     ("raised", ("Nordbank", "them", "in June"))),
])
def test_a_finite_verb_without_subject_or_subordinator_shares_the_subject_before_it(
        nlp, text: str, expected: tuple[str, tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert expected in {(rel, args) for _, rel, args in _open_ie(nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Nordbank opened a branch in Tromso , where it employs 40 people .",
     ("employs", ("Nordbank", "40 people", "in Tromso"))),
    ("The talks moved to the hotel where the ministers were staying .",
     ("were staying", ("the ministers", "in the hotel"))),
    ("Sales fell in 1998 , when the firm closed its shops .", ("closed", ("the firm", "its shops", "in 1998"))),
    ("The strike began on 6 May , when dockers walked out of the port .",
     ("walked out of", ("dockers", "the port", "on 6 May"))),
])
def test_a_relative_adverb_stands_for_the_noun_its_clause_is_about(
        nlp, text: str, expected: tuple[str, tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert expected in {(rel, args) for _, rel, args in _open_ie(nlp, text)}
    with ablated(["relative-adverb"]):
        assert expected not in {(rel, args) for _, rel, args in _open_ie(nlp, text)}


@pytest.mark.parametrize(("text", "expected", "alone"), [
    ("Nordbank is interested in buying the Oslo bank .",
     ("is interested in buying", ("Nordbank", "the Oslo bank")), None),
    ("The union succeeded in raising wages for nurses .",
     ("succeeded in raising", ("The union", "wages", "for nurses")), ("raising", ("The union", "wages", "for nurses"))),
    ("Tom Reed was accused of breaking the rules in 2004 .",
     ("was accused of breaking", ("Tom Reed", "the rules", "in 2004")), None),
])
def test_a_gerund_after_a_selected_preposition_joins_the_relation(
        nlp, text: str, expected: tuple[str, tuple[str, ...]], alone: tuple[str, tuple[str, ...]] | None) -> None:  # type: ignore[no-untyped-def]
    props = {(rel, args) for _, rel, args in _open_ie(nlp, text)}
    assert expected in props
    assert alone is None or alone not in props  # stated once, by the verb that selects the gerund
    # (round 28's adjective-gerund reads "is interested in buying" as one verb chain too)
    with ablated(["gerund-complement", "adjective-gerund"]):
        assert expected not in {(rel, args) for _, rel, args in _open_ie(nlp, text)}


def test_a_gerund_of_time_or_means_is_an_adjunct_not_a_complement(nlp) -> None:  # type: ignore[no-untyped-def]
    props = _open_ie(nlp, "The bank cut costs by closing branches .")
    assert not any(rule == "gerund-complement" for rule, _, _ in props)
    props = _open_ie(nlp, "Tom Reed resigned after losing the vote .")
    assert not any(rule == "gerund-complement" for rule, _, _ in props)


@pytest.mark.parametrize(("text", "question"), [
    ("Nordbank has not decided whether it will sell the plant .", "will sell"),
    ("The union asked if the company would close the mill .", "would close"),
    ("The council has not said how the new bridge will be financed .", "will be financed"),
])
def test_an_embedded_question_states_nothing(nlp, text: str, question: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(rel == question for _, rel, _ in _open_ie(nlp, text))
    with ablated(["embedded-question"]):
        assert any(rel == question for _, rel, _ in _open_ie(nlp, text))


def test_a_factive_verb_states_the_answer(nlp) -> None:  # type: ignore[no-untyped-def]
    props = _open_ie(nlp, "The report showed how the bank had hidden its losses .")
    assert ("svo", "had hidden", ("the bank", "its losses")) in props


@pytest.mark.parametrize(("text", "shared", "own"), [
    ("In 1998 , Nordbank bought Fjord Capital and sold its stake in Vexa .",
     ("sold", ("Nordbank", "its stake in Vexa", "In 1998")), None),
    ("On Monday the minister met the unions and promised a new deal .",
     ("promised", ("the minister", "a new deal", "On Monday")), None),
    ("The firm hired 200 staff in May and opened a plant in June .",
     ("opened", ("The firm", "a plant", "in June")), ("opened", ("The firm", "a plant", "in May", "in June"))),
])
def test_a_phrase_before_the_subject_frames_every_verb_it_shares(
        nlp, text: str, shared: tuple[str, tuple[str, ...]], own: tuple[str, tuple[str, ...]] | None) -> None:  # type: ignore[no-untyped-def]
    props = {(rel, args) for _, rel, args in _open_ie(nlp, text)}
    assert shared in props
    assert own is None or own not in props  # a phrase after the first verb is that verb's own
    with ablated(["fronted-adjunct"]):
        assert own is not None or shared not in {(rel, args) for _, rel, args in _open_ie(nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The singer grew up in Tromso , Norway , and moved to Leeds in 1990 .",
     ("grew up in", ("The singer", "Tromso , Norway"))),
    ("The ferry left Bergen , Norway , on Monday .", ("left", ("The ferry", "Bergen , Norway", "on Monday"))),
])
def test_a_place_written_as_an_address_is_one_argument(nlp, text: str, expected: tuple[str, tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert expected in {(rel, args) for _, rel, args in _open_ie(nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Reed taught at Bergen University until he moved to Oslo in 1990 .",
     ("moved to", ("Tom Reed", "Oslo", "in 1990"))),
    ("The bank raised its rates after it lost a big client .", ("lost", ("The bank", "a big client"))),
    ("The dockers worked through the night , and they finished the job on Sunday .",
     ("finished", ("The dockers", "the job", "on Sunday"))),
    ("Although the old mill lost money for years , it stayed open until 2004 .",
     ("stayed until", ("the old mill", "2004"))),
])
def test_a_subject_pronoun_of_a_linked_clause_stands_for_the_subject_before_it(
        nlp, text: str, expected: tuple[str, tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert expected in {(rel, args) for _, rel, args in _open_ie(nlp, text)}
    with ablated(["subject-antecedent"]):
        assert expected not in {(rel, args) for _, rel, args in _open_ie(nlp, text)}


@pytest.mark.parametrize(("text", "kept"), [
    ("Tom Reed said he would resign .", "he"),  # reported speech keeps its pronoun
    ("He sold the farm in 1990 , and he moved to Oslo .", "he"),  # its antecedent is a pronoun too
    ("The club sacked its coach after he lost six games .", "he"),  # "he" is no club
    ("Anna Berg joined the board , and it named her chair in May .", "it"),  # "it" is no person
    ("Tom Reed sold the farm , and it was clear that he would leave .", "it"),  # "it" stands for a clause
])
def test_a_pronoun_that_does_not_agree_or_has_no_noun_before_it_stays(nlp, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    subjects = [args[0] for _, _, args in _open_ie(nlp, text)]
    assert kept in subjects


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike hurt the airline 's profits and reputation .", ("hurt", ("The strike", "the airline 's reputation"))),
    ("The fire destroyed Tom Reed 's barn and house .", ("destroyed", ("The fire", "Tom Reed 's house"))),
    ("The fire destroyed Tom Reed 's barn , stables and house .", ("destroyed", ("The fire", "Tom Reed 's house"))),
])
def test_a_coordinated_noun_shares_the_possessive_before_the_first(
        nlp, text: str, expected: tuple[str, tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert expected in {(rel, args) for _, rel, args in _open_ie(nlp, text)}
    with ablated(["shared-possessive"]):
        assert expected not in {(rel, args) for _, rel, args in _open_ie(nlp, text)}


def test_a_conjunct_with_its_own_determiner_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    props = {(rel, args) for _, rel, args in _open_ie(nlp, "The firm sold its shops and a warehouse in Leeds .")}
    assert ("sold", ("The firm", "a warehouse in Leeds")) in props


@pytest.mark.parametrize(("text", "expected", "before"), [
    ("The mill is first mentioned in 1210 as a grain store .",
     ("is first mentioned as", ("The mill", "a grain store", "in 1210")),
     ("is first mentioned in", ("The mill", "1210", "as a grain store"))),
    ("The band played on Friday at the Oslo Opera House .",
     ("played at", ("The band", "the Oslo Opera House", "on Friday")),
     ("played on", ("The band", "Friday", "at the Oslo Opera House"))),
    ("Tom Reed worked until 2004 at the Oslo bank .",
     ("worked at", ("Tom Reed", "the Oslo bank", "until 2004")),
     ("worked until", ("Tom Reed", "2004", "at the Oslo bank"))),
    ("The ferry sailed during the storm to Bergen .",
     ("sailed to", ("The ferry", "Bergen", "during the storm")),
     ("sailed during", ("The ferry", "the storm", "to Bergen"))),
])
def test_a_time_phrase_is_no_prepositional_object_when_another_phrase_follows(
        nlp, text: str, expected: tuple[str, tuple[str, ...]], before: tuple[str, tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert expected in {(rel, args) for _, rel, args in _open_ie(nlp, text)}
    # ("mentioned ... as" is as-complement's too: both off, the first phrase is the object)
    with ablated(["time-not-object", "as-complement"]):
        assert before in {(rel, args) for _, rel, args in _open_ie(nlp, text)}


def test_a_noun_of_time_the_model_left_undated_is_a_time_phrase_too(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The crew worked through the night on the engine .")
    doc.ents = []  # the small model at times tags no date on "the morning of Thursday"
    props = {(p.relation, tuple(p.arg_texts)) for p in sentence_propositions(doc[:]) if p.open_ie}
    assert ("worked on", ("The crew", "the engine", "through the night")) in props


def test_a_time_phrase_alone_stays_the_prepositional_object(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("was founded in", ("The plant", "1990")) in {(rel, args) for _, rel, args in _open_ie(nlp, "The plant was founded in 1990 .")}


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The storm destroyed a large part of the harbour .",
     ("svo", "destroyed a large part of", ("The storm", "the harbour")),
     ("svo-object-prep", "destroyed", ("The storm", "a large part of the harbour"))),
    ("The old mill is part of the Bergen museum .",
     ("copula", "is part of", ("The old mill", "the Bergen museum")),
     ("svo-object-prep", "is", ("The old mill", "part of the Bergen museum"))),
])
def test_a_partitive_object_joins_the_relation_with_its_of(
        nlp, text: str, first: tuple[str, str, tuple[str, ...]], second: tuple[str, str, tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    props = _open_ie(nlp, text)
    assert first in props and second in props  # the partitive reading first, the object whole second
    with ablated(["partitive-object"]):
        props = _open_ie(nlp, text)
    assert first not in props and (first[0], *second[1:]) in props


@pytest.mark.parametrize(("text", "expected"), [
    ("The mill was given to the town in 1950 .", ("was given to", ("The mill", "the town", "in 1950"))),
    ("The bank lent to small firms .", ("lent to", ("The bank", "small firms"))),
])
def test_a_dative_phrase_is_the_prepositional_object_when_there_is_no_direct_object(
        nlp, text: str, expected: tuple[str, tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert expected in {(rel, args) for _, rel, args in _open_ie(nlp, text)}
    with ablated(["dative-phrase"]):
        assert expected not in {(rel, args) for _, rel, args in _open_ie(nlp, text)}


def test_a_dative_phrase_beside_a_direct_object_stays_an_adjunct(nlp) -> None:  # type: ignore[no-untyped-def]
    props = {(rel, args) for _, rel, args in _open_ie(nlp, "Nordbank sold its shares to Fjord Capital .")}
    assert ("sold", ("Nordbank", "its shares", "to Fjord Capital")) in props


@pytest.mark.parametrize(("text", "joined", "alone"), [
    ("Anna Berg and Tom Reed founded the firm in 1990 .",
     ("founded", ("Anna Berg and Tom Reed", "the firm", "in 1990")), ("founded", ("Tom Reed", "the firm", "in 1990"))),
    ("The mayor and her deputy were the authors of the plan .",
     ("were", ("The mayor and her deputy", "the authors of the plan")), ("were", ("The mayor", "the authors of the plan"))),
])
def test_a_coordinated_subject_is_one_argument_in_open_ie(
        nlp, text: str, joined: tuple[str, tuple[str, ...]], alone: tuple[str, tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    props = {(rel, args) for _, rel, args in _open_ie(nlp, text)}
    assert joined in props and alone not in props
    with ablated(["coordinated-subject"]):
        props = {(rel, args) for _, rel, args in _open_ie(nlp, text)}
    assert joined not in props and alone in props


def test_the_graph_keeps_a_fact_for_each_coordinated_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.extract import extract_text

    facts = {(f.subject.name, f.predicate) for f in extract_text("Anna Berg and Tom Reed founded Nordbank in 1990.").facts}
    assert {("Anna Berg", "found"), ("Tom Reed", "found")} <= facts, facts


def _carb(nlp, line: str) -> set[tuple[str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    """The Open IE view of one pre-tokenised line, as ``kg eval carb`` reads it (repairs first)."""
    from kg.extract.carb import tokenized_doc
    from kg.extract.openie_repair import open_ie_propositions

    return {(p.relation, tuple(p.arg_texts)) for p in open_ie_propositions(nlp(tokenized_doc(nlp, line))[:]) if p.open_ie}


@pytest.mark.parametrize(("line", "whole", "part"), [
    ("Veteran rock critics The Weevils reviewed the album .",
     ("reviewed", ("Veteran rock critics The Weevils", "the album")), ("reviewed", ("The Weevils", "the album"))),
    ("The trust was named after writer and activist Anna Berg .",
     ("was named after", ("The trust", "writer and activist Anna Berg")), ("was named after", ("The trust", "writer"))),
])
def test_a_noun_phrase_the_parse_split_in_two_is_one_argument(
        nlp, line: str, whole: tuple[str, tuple[str, ...]], part: tuple[str, tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    props = _carb(nlp, line)
    assert whole in props and part not in props
    with ablated(["split-noun-phrase"]):
        props = _carb(nlp, line)
    assert whole not in props and part in props


# -- the registry ---------------------------------------------------------------------------------

NEWS = [
    "The minister met with union leaders on Tuesday.",
    "The bill was rejected by the upper house.",
    "Anna Berg, the bank's spokeswoman, said inflation was expected to fall in the spring.",
    "Nordbank's chief executive Tom Reed declined to meet the protesters.",
    "Madrid-based Ferrovial bought St. Mary's Hospital in Leeds, including its car park.",
    "The farmers protested in Paris on Sunday.",
    "Karin Dahl is the new chair of the Bergen Harbour Authority.",
]


def test_every_rule_a_proposition_names_is_registered_and_documented(nlp) -> None:  # type: ignore[no-untyped-def]
    names = set(rule_names())
    seen = {p.rule for text in NEWS for s in nlp(text).sents for p in sentence_propositions(s)}
    assert seen <= names and len(seen) >= 8
    assert all(describe(name) for name in names)
    # each rule says why it holds in English, not only what it reads
    assert all("Linguistic reason" in " ".join((f.__doc__ or "").split()) for funcs in RULES.values() for f in funcs)


def test_each_rule_that_fired_can_be_switched_off(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = [nlp(text) for text in NEWS]
    fired = {p.rule for d in docs for s in d.sents for p in sentence_propositions(s)}
    for name in fired:
        with ablated([name]):
            left = {p.rule for d in docs for s in d.sents for p in sentence_propositions(s)}
        assert name not in left


def test_a_denied_complement_is_a_negated_fact_but_no_open_ie_tuple(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.extract import extract_text

    text = "Governor Anna Berg declined to meet Tom Reed on Friday."
    assert not any(rule == "implied-negation" for rule, _, _ in _open_ie(nlp, text))
    facts = {(f.subject.name, f.predicate, f.negated) for f in extract_text(text).facts}
    assert any(pred == "meet" and negated for _, pred, negated in facts), facts


@pytest.mark.parametrize(("text", "expected"), [
    ("The narrow strait is known in Norway as the Gate .",
     ("svo-prep", "is known as", ("The narrow strait", "the Gate", "in Norway"))),
    ("Anna Berg worked in Bergen as a ferry pilot .",
     ("svo-prep", "worked as", ("Anna Berg", "a ferry pilot", "in Bergen"))),
    ("The old mill is listed in the county register as a grain store .",
     ("svo-prep", "is listed as", ("The old mill", "a grain store", "in the county register"))),
])
def test_an_as_phrase_is_the_complement_of_a_verb_of_naming(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _open_ie(nlp, text)
    with ablated(["as-complement"]):
        assert expected not in _open_ie(nlp, text)  # the first phrase after the verb was its object


def test_an_as_phrase_after_another_verb_is_no_complement(nlp) -> None:  # type: ignore[no-untyped-def]
    props = _open_ie(nlp, "Tom Reed moved to Oslo as a boy .")
    assert ("svo-prep", "moved to", ("Tom Reed", "Oslo", "as a boy")) in props


def _nominal_prep(nlp, text: str):  # type: ignore[no-untyped-def]
    return next(p for s in nlp(text).sents for p in sentence_propositions(s) if p.rule == "nominal-prep")


def test_a_place_phrase_on_a_noun_ranks_above_one_that_names_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # "in" on a noun locates it only when its object is a place; "a stake in Vexa Holdings" is no location
    place = _nominal_prep(nlp, "The new office in Lisbon opened on Monday .")
    firm = _nominal_prep(nlp, "The new stake in Vexa Holdings grew on Monday .")
    assert place.arg_texts == ["The new office", "Lisbon"] and firm.arg_texts == ["The new stake", "Vexa Holdings"]
    assert confidence_features(place)["nominal_prep_place"] == 1.0
    assert confidence_features(firm)["nominal_prep_place"] == 0.0
    assert place.confidence > firm.confidence
