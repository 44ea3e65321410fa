"""Names that swallow a time word or a clause (round 23, issue #13 item 4): a month or weekday
fronted without a comma ("Until December Nordbank said", ``time-before-name``), and a clause the
entity model tagged as a work's title ("Nordland won the first Bergen Cup", ``clause-not-title``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

import pytest
from factories import sentence_triples
from spacy.tokens import Span

from kg.extract import extract_text
from kg.extract.nlp import load_model
from kg.extract.registry import ablated, rule_names
from kg.resolve.mentions import mention_of


def _subjects(sentence: str) -> set[str]:
    return {f.subject.name for f in extract_text(f"Title\n\n{sentence}\n").facts}


def test_the_rules_are_registered() -> None:
    assert {"time-before-name", "clause-not-title"} <= set(rule_names())


TIME_FRONTED = [
    ("Until December Nordbank said it would keep the plant open.", "Nordbank", "December Nordbank"),
]


@pytest.mark.parametrize(("sentence", "name", "swallowed"), TIME_FRONTED)
def test_a_fronted_month_is_no_word_of_the_name(sentence: str, name: str, swallowed: str) -> None:
    assert name in _subjects(sentence) and swallowed not in _subjects(sentence)
    with ablated(["time-before-name"]):
        assert swallowed in _subjects(sentence)


@pytest.mark.parametrize("sentence", [
    "On Tuesday Vexa Holdings said it had cut jobs.",     # an entity span: the model split it already
    "Nordbank bought May Harlow Stores last year.",       # a name that opens with a month is kept
])
def test_names_the_model_tagged_keep_their_words(sentence: str) -> None:
    assert not any(s.split(" ")[0] in ("Tuesday",) for s in _subjects(sentence))
    with ablated(["time-before-name"]):
        before = sentence_triples(sentence)
    assert sentence_triples(sentence) == before


def _clause_doc() -> tuple[Span, list]:
    doc = load_model()("Nordland won the first Bergen Cup Sevens in 1995 with a young side.")
    span = Span(doc, 0, 7, label="WORK_OF_ART")  # the model's misreading after a quotation ends
    doc.ents = [span]
    return span, list(doc)


def test_a_clause_tagged_a_title_gives_its_object_a_name() -> None:
    _, toks = _clause_doc()
    obj = next(t for t in toks if t.dep_ == "dobj")
    mention = mention_of(obj)
    assert mention is not None and mention.name == "Bergen Cup Sevens"
    with ablated(["clause-not-title"]):
        assert mention_of(obj) is None


def test_a_clause_tagged_a_title_keeps_its_subject() -> None:
    _, toks = _clause_doc()
    mention = mention_of(toks[0])
    assert mention is not None and mention.name == "Nordland"


def test_a_title_with_capitalised_verbs_stays_a_title() -> None:
    doc = load_model()("Tom Reed starred in Nobody Knows The Sailors last year.")
    start = next(t.i for t in doc if t.text == "Nobody")
    doc.ents = [Span(doc, start, start + 4, label="WORK_OF_ART")]
    mention = mention_of(doc[start + 3])
    assert mention is not None and mention.name.endswith("Sailors") and "Nobody" in mention.surface
