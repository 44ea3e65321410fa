"""Round 27, fewer guard calls per verb (speed27c): a verb's clause asks the graph's guards once per
subject, before its readings, and a verb none of whose subjects the graph takes returns before them
when only the graph's propositions are made; the graph's propositions are those the full reading
marks for the graph."""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract.nlp import load_model
from kg.extract.rules import sentence_propositions

SENTENCES = (
    "There are three banks in Bergen.",  # no subject the graph takes: the verb returns early
    "Vexa Holdings was fined last year.",  # a passive without "by": no doer for the graph
    "Tom Reed was ruled out of the match.",  # the patient's own fact (patient-passive)
    "Tom Reed said Nordbank had bought Vexa Holdings, which makes engines.",
    "Nordbank, which Jon Dahl founded, plans to sell the plant it bought in Bergen.",
)


def _seen(props):
    return [(p.rule, p.lemma, p.negated, p.modality, p.confidence, [a.text for a in p.args]) for p in props]


@pytest.mark.parametrize("text", SENTENCES)
def test_graph_only_gives_the_full_readings_graph_propositions(text):
    sent = next(iter(load_model()(text).sents))
    full = [p for p in sentence_propositions(sent) if p.graph]
    assert _seen(sentence_propositions(sent, graph_only=True)) == _seen(full)


def test_a_passive_without_a_doer_keeps_the_patients_fact():
    # no subject is the graph's as a doer, but the patient's fact is: the verb does not return early
    sent = next(iter(load_model()("Tom Reed was ruled out of the match.").sents))
    props = sentence_propositions(sent, graph_only=True)
    assert [(p.rule, [a.text for a in p.args]) for p in props] == [("patient-passive", ["Tom Reed", "the match"])]


def test_a_doerless_passive_gives_the_graph_no_fact():
    assert sentence_triples("Vexa Holdings was fined last year.") == set()
