"""What the extraction works out once and then looks up (kg.extract.reading, kg.resolve.quotations,
kg.extract.confidence, the resolver's sentence index) answers as asking the parse each time does."""

from __future__ import annotations

from kg.extract.confidence import confidence_features, scoring
from kg.extract.nlp import load_model
from kg.extract.reading import children, holding, reading
from kg.extract.rules import sentence_propositions
from kg.resolve.entities import DocumentResolver
from kg.resolve.quotations import in_quotation

# Our own text.
QUOTED = '"The ferry will sail at noon," Anna Berg said. The harbour master agreed. "It may be late."'
PLAIN = "The union said the talks had collapsed. Mayor Ken Adams urged both sides to return."


def test_quotation_marks_counted_for_each_paragraph_asked_about_in_turn():
    nlp = load_model()
    quoted, plain = nlp(QUOTED), nlp(PLAIN)
    expected = {id(d): [sum(t.text in ('"', "“", "”", "``", "''") for t in d[:i]) % 2 == 1 for i in range(len(d))]
                for d in (quoted, plain)}
    for doc in (quoted, plain, quoted, plain):  # one paragraph after another and back again
        assert [in_quotation(t) for t in doc] == expected[id(doc)]
    assert any(expected[id(quoted)]) and not any(expected[id(plain)])


def test_children_and_held_sentence_are_the_parses():
    doc = load_model()(PLAIN)
    first, second = list(doc.sents)
    with reading(first):
        for tok in doc:  # a word of the sentence read and of the next one
            assert children(tok) == tuple(tok.children)
            assert children(tok) == tuple(tok.children)  # asked again: the same
            held = holding(tok)
            assert held == (tuple(first) if tok.sent.start == first.start else None)
    assert children(second[0]) == tuple(second[0].children)  # outside reading


def test_scoring_a_sentence_scores_as_without_it():
    doc = load_model()(PLAIN)
    for sent in doc.sents:
        props = sentence_propositions(sent)
        assert props
        plain = [confidence_features(p) for p in props]
        with scoring(sent):
            held = [confidence_features(p) for p in props]
        assert held == plain


def test_resolver_numbers_sentences_across_segments():
    nlp = load_model()
    resolver = DocumentResolver()
    docs = [nlp(PLAIN), nlp(QUOTED)]
    firsts = [resolver.add_segment(d) for d in docs]
    assert firsts == [0, 2]
    for base, doc in zip(firsts, docs, strict=True):
        starts = [s.start for s in doc.sents]
        for tok in doc:
            assert resolver.sentence_of(tok) == base + starts.index(tok.sent.start)
    assert resolver.sentence_count() == 2 + len(list(docs[1].sents))
