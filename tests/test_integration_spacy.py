"""The kg_facts component in a spaCy user's own pipeline, found through spaCy's entry points."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

from kg.errors import InputError
from kg.extract import extract_text
from kg.extract.nlp import MODEL_PACKAGES

# News-style text of our own: a passive with "by", an acquisition, a negated statement.
TEXT = ("Acme Corp, which is headed by John Smith, bought Widget Ltd for $5m on Tuesday. "
        "The company's spokeswoman said John Smith would not attend the trade fair in Oslo.")


def _fresh_model() -> spacy.language.Language:
    """A model of the user's own (not kg's cached one, which this test must not change)."""
    for package in MODEL_PACKAGES:
        try:
            return spacy.load(package)
        except OSError:
            continue
    pytest.fail("no English model installed")


def triples(facts: list) -> set[tuple[str, str, str, bool]]:  # type: ignore[type-arg]
    return {(f.subject.name, f.relation, f.object.name, f.negated) for f in facts}


def test_add_pipe_sets_doc_facts_with_offsets_into_the_doc() -> None:
    nlp = _fresh_model()
    nlp.add_pipe("kg_facts")
    doc = nlp(TEXT)
    facts = doc._.facts
    assert ("John Smith", "HEAD", "Acme Corp", False) in triples(facts)
    assert ("Acme Corp", "ACQUIRE", "Widget Ltd", False) in triples(facts)
    assert any(f.negated and f.relation == "ATTEND" for f in facts)
    for fact in facts:
        assert doc.text[fact.char_start:fact.char_end].strip() == fact.evidence
        assert fact.subject.type in {"PERSON", "ORG", "GPE", "CONCEPT", "NORP", "LOC", "EVENT", "DATE", "OTHER"}
    # The same extractor as kg's own pipeline: the same facts for the same text.
    assert triples(facts) == triples(extract_text(TEXT).facts)


def test_the_factory_is_found_without_importing_kg() -> None:
    """A spaCy user names the component; spaCy imports kg through the entry point."""
    script = (
        "import sys, spacy\n"
        f"for name in {MODEL_PACKAGES!r}:\n"
        "    try:\n        nlp = spacy.load(name); break\n    except OSError: pass\n"
        "nlp.add_pipe('kg_facts')\n"
        f"doc = nlp({TEXT!r})\n"
        "print(len(doc._.facts), nlp.pipe_names[-1])\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    count, last = run.stdout.split()
    assert int(count) >= 3 and last == "kg_facts"


def test_a_pipeline_without_a_parser_is_a_clear_error() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_facts")
    with pytest.raises(InputError, match="needs a parser and an entity recogniser"):
        nlp(TEXT)
