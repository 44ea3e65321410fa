"""A sentence read for the graph only (``sentence_propositions(graph_only=True)``, as ``kg build``
reads) skips the Open IE view's own readings; what the graph takes is the same as when every
reading is made and the Open IE view's are left out."""

from __future__ import annotations

from kg.extract.base import Proposition
from kg.extract.nlp import load_model
from kg.extract.reading import graph_only, reading
from kg.extract.rules import OPEN_IE_ONLY_RULES, sentence_propositions

# Our own sentences, each with a reading only the Open IE view keeps: a coordinated subject, a
# pronoun whose antecedent is in the sentence, an object with its relative clause, a light verb's
# noun before a preposition, a partitive object, a possessive, a place phrase on a noun, examples.
TEXT = (
    "Anna Berg and Tom Reed won the cup in Oslo. "
    "Nordbank kept its rates low until it merged with Fjord Capital. "
    "The council praised the engineers who rebuilt the old bridge. "
    "The union made a new offer on the pay rise. "
    "Vexa sold a part of the farm to Lena Holm. "
    "Mayor Ken Adams met Anna Berg's lawyer at St. Mary's Church in Leeds. "
    "Lumo makes puzzle games such as Tiles and Stacker. "
    "The governor declined to meet the protesters, the minister said. "
    "Nordbank had sold Fjord Capital a stake, which angered investors."
)


def _key(prop: Proposition) -> tuple[object, ...]:
    # everything the graph reads of a proposition (its open_ie flag is the Open IE view's)
    return (prop.rule, prop.relation, prop.lemma, tuple(tuple(t.i for t in a.tokens) for a in prop.args),
            tuple(a.head.i for a in prop.args), prop.negated, prop.modality, prop.agent_first,
            prop.attribution and prop.attribution.head.i, prop.confidence, prop.role)


def test_graph_only_reading_gives_what_the_graph_takes_of_every_reading():
    doc = load_model()(TEXT)
    skipped = 0
    for sent in doc.sents:
        every = sentence_propositions(sent)
        graph = sentence_propositions(sent, graph_only=True)
        assert [_key(p) for p in graph] == [_key(p) for p in every if p.graph]
        skipped += sum(not p.graph for p in every)
    assert skipped >= 9  # the sentences do have readings the graph-only reading did not make


def test_rules_skipped_for_the_graph_give_the_open_ie_view_only():
    doc = load_model()(TEXT)
    made = 0
    for sent in doc.sents:
        for rule in OPEN_IE_ONLY_RULES:
            props = list(rule(sent))
            made += len(props)
            assert not any(p.graph for p in props)
    assert made >= 3  # the possessive, the place phrase and the examples


def test_graph_only_is_said_only_inside_a_graph_reading():
    sent = next(iter(load_model()("Anna Berg won the cup.").sents))
    assert not graph_only()
    with reading(sent):
        assert not graph_only()
        with reading(sent, graph_only=True):
            assert graph_only()
        assert not graph_only()
