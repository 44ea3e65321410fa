"""Round 26, extraction speed outside the sentence rules (speed26b): the stage profile runs, and
the lemmatizer's word lists are sets that give the lemmas its lists gave."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from factories import fact_triples

from kg.extract.lemma_table import indexed_lemmas
from kg.extract.nlp import load_model

ROOT = Path(__file__).resolve().parents[1]


def test_the_stage_profile_runs_on_three_texts_and_names_todays_stages():
    # in a process of its own: the profile wraps kg's functions and spaCy's _pipe for good
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "extraction_profile.py"), "--corpus", "default",
                          "--scale", "1", "--limit", "3", "--repeat", "1"],
                         capture_output=True, text=True, timeout=600, check=True)
    out = run.stdout
    assert "3 documents" in out
    for stage in ("parse: ner", "parse: kg_name_repairs", "rules (sentence_propositions)",
                  "resolver: mention_of", "facts: build", "ingest: segment"):
        assert f"| {stage} |" in out, stage


def test_a_stage_kg_no_longer_has_stops_the_profile_with_its_name():
    sys.path.insert(0, str(ROOT / "bench"))
    import extraction_profile  # importing it wraps nothing: only main() does

    with pytest.raises(SystemExit, match=r"kg\.extract\.repair\.no_such_stage is gone"):
        extraction_profile._patch("kg.extract.repair", "no_such_stage", "gone")


def test_the_lemma_index_is_sets_and_lemmas_are_the_lists_lemmas():
    nlp = load_model()
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    indexed_lemmas(lemmatizer)  # a second call changes nothing
    assert all(isinstance(words, frozenset) for words in index.values())
    doc = nlp("Vexa Holdings was hoping the rated bonds of Nordbank would rise as the mice fled.")
    assert [t.lemma_ for t in doc if t.pos_ in ("VERB", "AUX", "NOUN")] == [
        "be", "hope", "rate", "bond", "would", "rise", "mouse", "flee"]
    # the rule lemmatizer's answers, word by word, with the index as sets and as spaCy's lists
    with_sets = []
    for tok in doc:
        lemmatizer.cache.clear()
        with_sets.append(lemmatizer.rule_lemmatize(tok))
    sets = dict(index.items())
    try:
        for key, words in sets.items():
            index[key] = sorted(words)
        with_lists = []
        for tok in doc:
            lemmatizer.cache.clear()
            with_lists.append(lemmatizer.rule_lemmatize(tok))
    finally:
        index.update(sets)
        lemmatizer.cache.clear()
    assert with_sets == with_lists


def test_facts_read_with_the_set_index_are_the_usual_ones():
    assert ("Tom Reed", "JOIN", "Nordbank") in fact_triples("Tom Reed joined Nordbank in May.")
