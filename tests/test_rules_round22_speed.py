"""Round 22's cuts to kg's own extraction work: each reads the same values a slower way read.

The courtesy titles of a list of forms are kept, ``join_tokens`` reads ``text_with_ws``, and a
few rules read no further in a sentence without their words; the children of a held sentence
(its lazy memo) and the parse repairs' word lists, whose array versions were tried and left out,
are checked too. These tests compare each with what spaCy's own walk gives.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.base import join_tokens
from kg.extract.nlp import load_model
from kg.extract.reading import children, reading
from kg.extract.repair import _Arrays
from kg.extract.rules import sentence_propositions
from kg.resolve.names import gender_of

TEXT = ("Title\n\nThe Bergen-based bank Nordbank, which Tom Reed and Jon Dahl founded, said on Monday that "
        "Oscar-winning director Anna Berg had been given the top prize. Vexa Holdings and Nordbank "
        "were both fined, and Mr Reed, its chairman, is to resign.")


def test_a_held_sentences_children_are_spacys_own():
    doc = load_model()(TEXT)
    for sent in doc.sents:
        with reading(sent):
            for tok in sent:
                assert [c.i for c in children(tok)] == [c.i for c in tok.children], tok.text
                assert children(tok) is children(tok)  # made once


def test_the_repairs_word_lists_are_the_words_in_order():
    doc = load_model()(TEXT)
    arrays = _Arrays(doc)
    assert arrays.vb == [t.i for t in doc if t.tag_ == "VB"]
    assert arrays.conj == [t.i for t in doc if t.dep_ == "conj"]
    heads = [t.head.i for t in doc if t.dep_ == "nsubj"]
    assert arrays.two_subjects == sorted({h for h in heads if heads.count(h) >= 2})
    assert _Arrays(Doc(doc.vocab, words=[])).vb == []


def test_gender_of_gives_a_new_set_each_call():
    first = gender_of(("Mr Tom Reed", "Tom Reed"))
    assert first == {"m"}
    first.add("f")  # a caller adds to it (kg.resolve.references)
    assert gender_of(("Mr Tom Reed", "Tom Reed")) == {"m"}
    assert gender_of(["Dame Anna Berg"]) == {"f"}


def test_join_tokens_spells_the_sentence_with_gaps_as_one_space():
    doc = load_model()("Tom Reed, the chairman, left Nordbank.")
    assert join_tokens([doc[0], doc[1], doc[6], doc[7]]) == "Tom Reed left Nordbank"
    assert join_tokens(list(doc[0:3])) == "Tom Reed,"
    assert join_tokens([]) == ""


RULE_SENTENCES = {
    "prize-compound": "Nordbank said Oscar-winning director Anna Berg won.",
    "prize-given-to": "The top prize was given to Jon Dahl.",
    "prize-winner": "The award went to Tom Reed.",
    "description-holder": "Tom Reed runs Nordbank. The chairman said he would stay.",
    "based-in": "London-based Nordbank cut 200 jobs.",
}


def test_the_rules_with_a_cheap_test_first_still_read_their_sentences():
    nlp = load_model()
    for rule, text in RULE_SENTENCES.items():
        found = {p.rule for sent in nlp(text).sents for p in sentence_propositions(sent, graph_only=True)}
        assert rule in found, (rule, found)
