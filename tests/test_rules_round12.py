"""Round 12's Open IE rule, shown on sentences of our own (news style, not from CaRB)."""

from __future__ import annotations

import pytest

from kg.extract.nlp import load_model
from kg.extract.registry import ablated
from kg.extract.rules import sentence_propositions


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_model(None)


def _appositions(nlp, text: str, *, open_ie: bool = True) -> set[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return {tuple(p.arg_texts) for s in nlp(text).sents for p in sentence_propositions(s)
            if p.rule == "apposition" and (p.open_ie or not open_ie)}


@pytest.mark.parametrize(("text", "wrong"), [
    # a list whose second item the parse hangs on the first as its apposition
    ("Buried in the churchyard at Bergen are his first wife , several members of the Reed family "
     "and the painter Anna Berg .", ("his first wife", "several members of the Reed family")),
    ("The museum holds his brother , several paintings by Tom Reed and a map of Bergen .",
     ("his brother", "several paintings by Tom Reed")),
    ("The style of Nordbank is reflected in its offices , the heavy doors of its branches , its logos "
     "and its coins .", ("The style of Nordbank", "the heavy doors of its branches")),
])
def test_a_plural_description_of_one_singular_noun_is_no_apposition(nlp, text: str, wrong) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in _appositions(nlp, text)
    with ablated(["plural-apposition"]):
        assert wrong in _appositions(nlp, text)  # the parse's apposition, read as one


@pytest.mark.parametrize(("text", "kept"), [
    ("The bank was founded by Tom Reed , a lawyer from Bergen , in 1990 .", ("Tom Reed", "a lawyer from Bergen")),
    # a coordinated anchor is plural; a sum is one amount whatever its noun's number
    ("Anna Berg and Tom Reed , two engineers from Bergen , founded Nordbank in 1990 .",
     ("Anna Berg", "two engineers from Bergen")),
    ("Nordbank lent 70 million kroner , 8 million dollars , to Vexa Holdings .",
     ("70 million kroner", "8 million dollars")),
])
def test_an_apposition_that_agrees_in_number_stays(nlp, text: str, kept) -> None:  # type: ignore[no-untyped-def]
    assert kept in _appositions(nlp, text)


def test_the_graph_reads_the_parse_as_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The museum holds his brother , several paintings by Tom Reed and a map of Bergen ."
    assert ("his brother", "several paintings by Tom Reed") in _appositions(nlp, text, open_ie=False)


def _open_ie(nlp, text: str) -> set[tuple[str, str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    return {(p.rule, p.relation, tuple(p.arg_texts)) for s in nlp(text).sents for p in sentence_propositions(s) if p.open_ie}


@pytest.mark.parametrize(("text", "expected", "without"), [
    ("The ferries Nordbank bought in May are old .",
     ("svo", "bought", ("Nordbank", "The ferries", "in May")), ("svo-prep", "bought in", ("Nordbank", "May"))),
    ("Tom Reed sold the shares he held for ten years .",
     ("svo", "held", ("Tom Reed", "the shares", "for ten years")), ("svo-prep", "held for", ("Tom Reed", "ten years"))),
])
def test_the_noun_of_a_contact_clause_is_its_verbs_object(nlp, text: str, expected, without) -> None:  # type: ignore[no-untyped-def]
    props = _open_ie(nlp, text)
    assert expected in props and without not in props
    with ablated(["contact-relative"]):
        props = _open_ie(nlp, text)
    assert expected not in props and without in props  # the adjunct was read as the object


@pytest.mark.parametrize(("text", "expected"), [
    # a noun of time or manner fills an adjunct gap; a stranded preposition takes the noun itself
    ("The year Tom Reed arrived in Bergen , the mill closed .", ("svo-prep", "arrived in", ("Tom Reed", "Bergen", "The year"))),
    ("Anna Berg praised the way Tom Reed spoke at the meeting .", ("svo-prep", "spoke at", ("Tom Reed", "the meeting"))),
])
def test_a_contact_clause_on_a_noun_of_time_or_manner_keeps_its_adjuncts(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _open_ie(nlp, text)


def test_the_graph_takes_the_object_of_a_contact_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.extract import extract_text

    facts = {(f.subject.name, f.predicate, f.object.name) for f in
             extract_text("The firm will replace the motor with an engine Nordbank produces in Bergen .").facts}
    assert ("Nordbank", "produce", "engine") in facts and ("Nordbank", "produce", "Bergen") not in facts, facts
    with ablated(["contact-relative"]):
        facts = {(f.subject.name, f.predicate, f.object.name) for f in
                 extract_text("The firm will replace the motor with an engine Nordbank produces in Bergen .").facts}
    assert ("Nordbank", "produce", "Bergen") in facts, facts  # it produced a place


def _open_ie_repaired(nlp, text: str) -> set[tuple[str, str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    from kg.extract.openie_repair import open_ie_propositions

    return {(p.rule, p.relation, tuple(p.arg_texts)) for p in open_ie_propositions(nlp(text)[:]) if p.open_ie}


@pytest.mark.parametrize(("text", "expected"), [
    ("Buried in the churchyard at Bergen are his wife and the painter Anna Berg .",
     ("svo-prep", "are Buried in", ("his wife and the painter", "the churchyard at Bergen"))),
    ("Also invited to the opening were the mayor and her staff .",
     ("svo-prep", "were invited to", ("the mayor and her staff", "the opening"))),
])
def test_the_noun_phrase_after_be_in_a_participle_inversion_is_its_subject(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _open_ie_repaired(nlp, text)
    with ablated(["inverted-participle"]):
        assert not any(rel.endswith(expected[1].split()[-1]) and args[1:] == expected[2][1:]
                       for _, rel, args in _open_ie_repaired(nlp, text))  # the participle had no subject


def test_a_fronted_participle_with_a_subject_of_its_own_is_no_inversion(nlp) -> None:  # type: ignore[no-untyped-def]
    props = _open_ie_repaired(nlp, "Asked about the sale , Tom Reed was silent .")
    assert ("copula", "was", ("Tom Reed", "silent")) in props


def test_an_ed_form_with_an_object_and_no_auxiliary_is_a_past_tense(nlp) -> None:  # type: ignore[no-untyped-def]
    # the tagger reads "measured" as a participle (VBN) hung on "waited"; with an object and no
    # "have" or "be" it is the past tense of the second verb of a series sharing "Tom Reed"
    text = "Tom Reed waited outside for an hour , slowly measured every plank and sold the boat ."
    expected = {("svo", "measured", ("Tom Reed", "every plank")), ("svo", "sold", ("Tom Reed", "the boat"))}
    assert expected <= _open_ie(nlp, text)
    with ablated(["past-with-object"]):
        assert not expected & _open_ie(nlp, text)  # no subject for either verb


def test_a_fronted_participle_stays_a_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    props = _open_ie(nlp, "Founded in 1990 , the firm opened an office in Bergen .")
    assert ("svo-prep", "Founded in", ("the firm", "1990")) in props
