"""kg.resolve.spans reads names from the tokens' IOB tags: the same spans as spaCy's own."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.nlp import load_model
from kg.resolve.spans import entity_at, sentence_ents

TEXT = """Chancellor Olaf Brenner arrived in Vienna on Tuesday for two days of talks with the
European Commission. Brenner met Foreign Minister Lena Hart at the Hofburg palace. "We agreed on
nothing," said Hart. The Nordvik Shipping Company of Bergen, Norway, said on Monday that its
chief executive, Anna Berg, would step down. United Nations officials in New York declined."""


def _key(span: Span) -> tuple[int, int, str, str]:
    return span.start, span.end, span.label_, span.kb_id_


def test_the_spans_read_from_the_tags_are_spacys_own():
    doc = load_model()(TEXT)
    assert len(doc.ents) >= 10
    for sent in doc.sents:
        assert [_key(e) for e in sentence_ents(sent)] == [_key(e) for e in sent.ents]
    for tok in doc:
        ent = entity_at(tok)
        expected = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        assert (ent and _key(ent)) == (expected and _key(expected))


def test_a_name_that_runs_past_a_sentence_end_is_no_name_of_either_sentence():
    doc = load_model()("Anna Berg arrived. Tom Reed left.")
    doc.ents = [Span(doc, 1, 5, label="PERSON")]  # "Berg arrived. Tom": across the boundary
    sents = list(doc.sents)
    assert [sent.ents for sent in sents] == [[], []]
    assert [sentence_ents(sent) for sent in sents] == [[], []]
    assert _key(entity_at(doc[4])) == (1, 5, "PERSON", "")
