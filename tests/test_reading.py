"""kg.extract.reading: the sentence being read, its tokens and names made once for every rule."""

from __future__ import annotations

from kg.extract.nlp import load_model
from kg.extract.reading import reading, sentence_entities, sentence_lemmas, sentence_tokens, sentence_words
from kg.extract.rules import sentence_propositions
from kg.resolve.quotations import in_quotation, quoted_anywhere
from kg.resolve.spans import sentence_ents

TEXT = ("Chancellor Olaf Brenner met Foreign Minister Lena Hart in Vienna on Tuesday. "
        "The Nordvik Shipping Company of Bergen said its chief executive, Anna Berg, would step down.")


def _key(tokens) -> list[tuple[int, str]]:
    return [(t.i, t.text) for t in tokens]


def test_the_tokens_and_names_held_are_the_sentences_own():
    doc = load_model()(TEXT)
    first, second = doc.sents
    with reading(second) as held:
        assert _key(held) == _key(second)
        # the same objects for every rule that asks, also through a new Span of the same sentence
        assert sentence_tokens(second) is held
        assert sentence_tokens(doc[second.start].sent) is held
        ents = sentence_entities(second)
        assert sentence_entities(second) is ents
        assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in sentence_ents(second)]
        # another sentence is not the one held: its own tokens, not the held ones
        assert _key(sentence_tokens(first)) == _key(first)
        assert [e.text for e in sentence_entities(first)] == [e.text for e in sentence_ents(first)]
        with reading(first):  # nested: the sentence before is held again after
            assert _key(sentence_tokens(first)) == _key(first)
        assert sentence_tokens(second) is held
    assert sentence_tokens(second) is not held  # nothing held outside


def test_the_rules_read_the_same_propositions_inside_and_outside_a_held_sentence():
    doc = load_model()(TEXT)
    for sent in doc.sents:
        props = [(p.rule, p.relation, tuple(p.arg_texts)) for p in sentence_propositions(sent)]
        with reading(sent):  # sentence_propositions nests its own reading inside this one
            again = [(p.rule, p.relation, tuple(p.arg_texts)) for p in sentence_propositions(sent)]
        assert props and props == again


def test_an_argument_is_made_once_while_its_sentence_is_held():
    from kg.extract.nominal import arg_tokens

    doc = load_model()(TEXT)
    sent = list(doc.sents)[1]
    company = next(t for t in sent if t.text == "Company")
    outside = arg_tokens(company)
    assert arg_tokens(company) is not outside  # made again: nothing is held
    with reading(sent):
        held = arg_tokens(company)
        assert arg_tokens(company) is held
        assert _key(held) == _key(outside) == _key(doc[sent.start:sent.start + 6])  # The Nordvik Shipping Company of Bergen


def test_the_words_and_lemmas_a_rule_checks_first_are_the_sentences_own():
    doc = load_model()(TEXT)
    first, second = doc.sents
    with reading(second):
        words, lemmas = sentence_words(second), sentence_lemmas(second)
        assert words == {t.lower_ for t in second} and "step" in words and "said" in words
        assert lemmas == {t.lemma_.lower() for t in second} and "say" in lemmas
        assert sentence_lemmas(second) is lemmas  # made once while held
        assert sentence_words(first) == {t.lower_ for t in first}  # not the held sentence's
    assert sentence_lemmas(first) == {t.lemma_.lower() for t in first}  # outside: made on asking


def test_a_sentence_counts_as_quoted_exactly_when_one_of_its_words_is():
    doc = load_model()('Tom Reed spoke. "We will sell the plant," he said. Jon Dahl left Bergen. '
                       '"The plan works. It is late." Vexa agreed.')
    seen = []
    for sent in doc.sents:
        seen.append(quoted_anywhere(sent))
        assert seen[-1] == any(in_quotation(t) for t in sent)
    assert True in seen and False in seen
