"""Round 26 (speed26a): the sentence rules' shared helpers made faster must say what they said.

``label_ids`` (kg.extract.nominal) lets a hot test compare ``Token.dep``/``Token.orth`` with ids
instead of making the strings; ``triggered_rules`` (kg.extract.rules) finds a sentence's rules
from its index by one intersection with every trigger. Each is checked here against the plain
reading it replaces, on sentences of our own."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.extract import rules
from kg.extract.base import Proposition
from kg.extract.nlp import load_model
from kg.extract.nominal import arg_tokens, balance_quotes, conjuncts, label_ids
from kg.extract.reading import reading, sentence_index
from kg.extract.registry import TRIGGERS, triggered_by

SENTENCES = [
    "Nordbank and Vexa Holdings said on Monday that Tom Reed would not leave the board.",
    'Jon Dahl, who founded "Solvind", sold the firm\'s shops and offices in Bergen to Vexa.',
    "The new chief executive of Nordbank, Tom Reed, never said that he had bought the Bergen plant.",
]


def _sentences():
    for doc in load_model().pipe(SENTENCES):
        yield from doc.sents


def test_label_ids_match_the_labels_strings():
    deps = frozenset({"nsubj", "conj", "cc", "prep"})
    ids = label_ids(deps)
    assert label_ids(deps) is ids  # made once per set
    for sent in _sentences():
        for tok in sent:
            assert (tok.dep in ids) == (tok.dep_ in deps)
            assert (tok.orth in label_ids(frozenset({tok.text}))) and tok.orth not in label_ids(frozenset({"x" + tok.text}))


def test_conjuncts_and_arguments_unchanged():
    doc = load_model()('Jon Dahl, who founded "Solvind", sold the firm\'s shops and offices in Bergen to Vexa.')
    shops = next(t for t in doc if t.text == "shops")
    assert [t.text for t in conjuncts(shops)] == ["shops", "offices"]
    assert " ".join(t.text for t in arg_tokens(shops)) == "the firm 's shops in Bergen"


def test_balance_quotes_by_id():
    doc = load_model()("Jon Dahl founded `` Solvind '' in Bergen.")
    texts = [t.text for t in doc]
    assert texts[3:7] == ["`", "`", "Solvind", "''"]

    def balanced(start: int, end: int) -> list[str]:
        return [t.text for t in balance_quotes(list(doc[start:end]))]

    assert balanced(4, 6) == ["`", "Solvind", "''"]  # an opened quote is closed by the mark after it
    assert balanced(4, 7) == ["`", "Solvind", "''"]
    assert balanced(5, 7) == ["Solvind", "''"]  # nothing opened: nothing added
    assert balanced(1, 4) == ["Dahl", "founded"]  # a mark that opens at the end opens nothing


def test_triggered_rules_are_the_rules_whose_triggers_the_sentence_holds():
    for sent in _sentences():
        with reading(sent):
            index = sentence_index(sent)
            for graph_only in (False, True):
                plain = [rule for rule in rules.SENTENCE_RULES
                         if not (graph_only and rule in rules.OPEN_IE_ONLY_RULES)
                         and (rule not in TRIGGERS or not TRIGGERS[rule].isdisjoint(index))]
                assert rules.triggered_rules(index, graph_only=graph_only) == plain
                assert len(plain) < len(rules.SENTENCE_RULES)  # some rule is skipped


def _marker_rule(sent: Span) -> Iterator[Proposition]:
    yield from ()


def test_triggered_rules_follow_a_rule_added_later():
    sent = next(_sentences())
    with reading(sent):
        index = sentence_index(sent)
        triggered_by(words=["zyxwv"])(_marker_rule)
        rules.SENTENCE_RULES.append(_marker_rule)
        try:
            assert _marker_rule not in rules.triggered_rules(index)
            assert rules.triggered_rules(index | {"zyxwv"})[-1] is _marker_rule
        finally:
            rules.SENTENCE_RULES.remove(_marker_rule)
            del TRIGGERS[_marker_rule]
        assert _marker_rule not in rules.triggered_rules(index | {"zyxwv"})


def test_triggered_rules_follow_triggers_set_by_hand(monkeypatch):
    # (review26b) a trigger set in TRIGGERS directly, as monkeypatch.setitem does, is seen too
    sent = next(_sentences())
    with reading(sent):
        index = sentence_index(sent)
        rule = next(r for r in rules.triggered_rules(index) if r in TRIGGERS)
        monkeypatch.setitem(TRIGGERS, rule, frozenset({"zyxwv"}))
        assert rule not in rules.triggered_rules(index)
        monkeypatch.undo()
        assert rule in rules.triggered_rules(index)
