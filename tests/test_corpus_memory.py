"""The corpus index's memory a name (kg.resolve.nameinfo): it holds one entry per distinct name for
the whole of a load, ~159,000 names at 1M synthetic facts (bench/RESULTS.md, "The corpus index
kept small")."""

from __future__ import annotations

import tracemalloc
from collections import Counter

from factories import document

from kg.model import Entity, Extraction, Fact
from kg.resolve.concepts import ConceptSpellings
from kg.resolve.corpus import CorpusIndex
from kg.resolve.nameinfo import NameInfo
from kg.resolve.names import canonical_name


def _article(n: int, obj: Entity | None = None) -> Extraction:
    """One made-up article naming a person of its own and, unless given another, a second one."""
    subject = Entity.make(f"Arlen Vosk{n}", "PERSON")
    obj = obj or Entity.make(f"Merit Callow{n}", "PERSON")
    doc = document(f"Arlen Vosk{n} thanked {obj.name}.", f"a{n}.txt")
    fact = Fact(subject=subject, relation="THANK", predicate="thank", text="thanked", object=obj, confidence=0.8,
                doc_id=doc.id, sentence=0, char_start=0, char_end=10, evidence=doc.text)
    return Extraction(doc, [fact])


def test_a_name_read_one_way_costs_the_index_a_few_hundred_bytes():
    """Most names are read as one type and written one way: such a name used to cost the index
    ~966 bytes, most of it two Counters; it now keeps one type and one spelling with counts."""
    articles = [_article(n) for n in range(3000)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        index = CorpusIndex()
        for article in articles:
            index.add(article)
        canonical_name.cache_clear()  # a bounded cache of the name cleaner's answers, not the index
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(index.names) == 6000
    assert held / len(index.names) < 400, f"{held / len(index.names):.0f} bytes a name"


def test_a_name_counts_its_readings_as_counters_did_in_the_order_they_came():
    info, types, spellings = NameInfo(), Counter[str](), Counter[str]()
    for type_, spelling in [("ORG", "Arlen Vosk"), ("ORG", "Arlen Vosk"), ("PERSON", "ARLEN VOSK"),
                            ("ORG", "Arlen Vosk"), ("OTHER", "arlen vosk")]:
        info.count_type(type_)
        types[type_] += 1
        info.count_spelling(spelling)
        spellings[spelling] += 1
        assert list(info.types.items()) == list(types.items())
        assert list(info.spellings.items()) == list(spellings.items())
    info.types["GPE"] += 1  # what a reader is given is its own: the name's counts stay as they are
    assert "GPE" not in info.types
    grown = info.with_types(info.types + Counter({"GPE": 2}))
    assert grown.types == Counter({"ORG": 3, "PERSON": 1, "OTHER": 1, "GPE": 2})
    assert grown.spellings == spellings and info.types == types
    assert NameInfo(types=Counter({"PERSON": 2})).types == Counter({"PERSON": 2})
    assert not NameInfo().types and not NameInfo().spellings


def test_a_common_noun_written_once_costs_its_tally_no_tuple():
    """Most common nouns of a large corpus are written once (74,677 of 135,289 at 300k synthetic
    facts): the tally keeps such a noun's spelling alone, not a (spelling, 1) tuple. Measured with
    the articles alive, so the ids and spellings are theirs and only the tally's own memory counts."""
    articles = [_article(n, Entity.make(f"velvet ledger number {n}", "CONCEPT")) for n in range(3000)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        concepts = ConceptSpellings()
        for article in articles:
            concepts.add(article)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(concepts.ids()) == 3000
    assert held / 3000 < 60, f"{held / 3000:.0f} bytes a noun"  # a tuple a noun: ~88


def test_a_common_noun_counts_its_spellings_as_before():
    concepts = ConceptSpellings()
    for doc, written in enumerate(["velvet ledger", "velvet ledger", "Velvet ledger", "velvet ledger"], 1):
        concepts.add(_article(doc, Entity.make(written, "CONCEPT")))
        if doc == 1:
            assert concepts.spellings(concepts.ids()[0]) == Counter({"velvet ledger": 1})
        if doc == 2:
            assert concepts.spellings(concepts.ids()[0]) == Counter({"velvet ledger": 2})
            assert concepts.names() == {}
    (id_,) = concepts.ids()
    assert list(concepts.spellings(id_).items()) == [("velvet ledger", 3), ("Velvet ledger", 1)]
    assert concepts.names() == {id_: "velvet ledger"}
