"""Declared triggers (kg.extract.registry.triggered_by): the dispatch skips a sentence rule in a
sentence without any of its trigger words, lemmas or labels, and that must never change what is
extracted. Checked on the seed article and on every sentence the tests themselves write."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest
from spacy.strings import get_string_id
from spacy.tokens import Doc

from kg.extract.nlp import load_model
from kg.extract.reading import reading, sentence_index
from kg.extract.registry import TRIGGERS, triggered_by, untriggered
from kg.extract.rules import NAMED_SENTENCE_RULES, SENTENCE_RULES, sentence_propositions

ROOT = Path(__file__).resolve().parents[1]


def _test_sentences() -> list[str]:
    """Every string literal of the tests that reads as a sentence or more (a capital, four words),
    line by line: a test text is mostly a title line, a blank line and the sentence under test
    (``"Title\n\nTom Reed ..."``), and kg parses each line of a document on its own
    (:func:`kg.ingest.clean.segment`), so each line is read here as kg reads it."""
    found: set[str] = set()
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) < 20_000:
                for line in node.value.splitlines():
                    text = line.strip()
                    if (len(text.split()) >= 4 and text[:1].isupper() and len(text) < 2000
                            and text.isprintable() and text.encode("utf-8", "ignore").decode("utf-8") == text):
                        found.add(text)
    return sorted(found)


@cache
def _docs() -> tuple[Doc, ...]:
    seed = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    paragraphs = [p for text in seed for p in text.split("\n\n") if p.strip()]
    return tuple(load_model().pipe([*paragraphs, *_test_sentences()], batch_size=128))


def _read(graph_only: bool) -> list[str]:
    return [repr(p) for doc in _docs() for sent in doc.sents for p in sentence_propositions(sent, graph_only=graph_only)]


def test_the_texts_are_many_and_every_declared_rule_is_a_sentence_rule():
    assert sum(1 for doc in _docs() for _ in doc.sents) > 1000
    assert TRIGGERS and set(TRIGGERS) <= set(SENTENCE_RULES)


@pytest.mark.parametrize("graph_only", [False, True])
def test_skipping_by_triggers_changes_no_proposition(graph_only):
    with untriggered():
        every_rule = _read(graph_only)
    assert every_rule and _read(graph_only) == every_rule


@pytest.mark.parametrize("name", sorted(n for n, f in NAMED_SENTENCE_RULES.items() if f in TRIGGERS))
def test_a_rule_finds_nothing_in_a_sentence_without_its_triggers(name):
    rule = NAMED_SENTENCE_RULES[name]
    triggers = TRIGGERS[rule]
    skipped = 0
    for doc in _docs():
        for sent in doc.sents:
            with reading(sent):
                if triggers.isdisjoint(sentence_index(sent)):
                    skipped += 1
                    assert list(rule(sent)) == [], sent.text
    assert skipped  # (a trigger found in every sentence would skip nothing: no gain, no check)


def test_a_declared_label_is_one_the_model_gives():
    """A misspelt tag, dependency or entity label is an id all the same (a hash), that no word
    has: it would skip its rule where the label was meant."""
    nlp = load_model()
    labels = {get_string_id(label) for pipe in ("tagger", "parser", "ner") for label in nlp.get_pipe(pipe).labels}
    for rule, triggers in TRIGGERS.items():
        assert {t for t in triggers if isinstance(t, int)} <= labels, rule.__name__


def test_a_declaration_names_something_in_lower_case():
    for triggers in TRIGGERS.values():
        assert all(w == w.lower() for w in triggers if isinstance(w, str))
    with pytest.raises(ValueError):
        triggered_by()
    with pytest.raises(ValueError):
        triggered_by(lemmas={"Say"})


# A test text as the tests write one: a title, a blank line and the sentence under test.
_TITLED = "Trigger check\n\nTom Reed joined Nordbank as finance director in Bergen.\n"


def test_the_texts_take_each_line_of_a_titled_test_text():
    sentence = _TITLED.split("\n\n")[1]  # (the sentence is no literal of its own here)
    assert sentence.strip() in _test_sentences()
