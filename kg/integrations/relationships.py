"""Facts as property-graph relationships for other libraries' writers (LangChain, neo4j-graphrag).

Those writers merge relationships on (start node, type, end node) alone, so everything kg keys a
relationship on must be in the type: a negated claim gets ``NOT_`` before its type, and the
facts of one key become one relationship whose properties keep every piece of evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from kg.errors import ExtractionError
from kg.model import Extraction, Fact

Key = tuple[str, str, str]


def facts_or_raise(extraction: Extraction) -> list[Fact]:
    """The facts, or the internal error that stopped this document's extraction (a bug in kg's
    rules, which another library's pipeline must not mistake for a text without facts)."""
    if extraction.failure is not None:
        raise ExtractionError(extraction.failure.message())
    return extraction.facts


def relationship_type(fact: Fact) -> str:
    """``HEAD``; ``NOT_HEAD`` for "X does not head Y" (already sanitised: ``[A-Z][A-Z0-9_]*``)."""
    return f"NOT_{fact.relation}" if fact.negated else fact.relation


def grouped(facts: Iterable[Fact]) -> dict[Key, list[Fact]]:
    """Facts by (subject id, relationship type, object id), in first-seen order."""
    groups: dict[Key, list[Fact]] = {}
    for fact in facts:
        groups.setdefault((fact.subject.id, relationship_type(fact), fact.object.id), []).append(fact)
    return groups


def relationship_properties(group: list[Fact], offsets: Callable[[Fact], tuple[Any, int, int]] | None = None
                            ) -> dict[str, Any]:
    """Properties in kg's own vocabulary (``predicate`` is the normalised one, ``decline`` for
    snubbed and declined; ``lemmas`` the verbs the text used). ``offsets`` maps a fact to where its
    sentence is (a place such as a chunk index, start, end); by default the document's offsets."""
    best = max(group, key=lambda f: f.confidence)
    where = [offsets(f) if offsets else (None, f.char_start, f.char_end) for f in group]
    props: dict[str, Any] = {
        "relation": best.relation, "predicate": best.relation.lower(), "lemmas": sorted({f.predicate for f in group}),
        "text": best.text, "confidence": best.confidence, "negated": best.negated,
        "evidence": [f.evidence for f in group],
        "char_start": [w[1] for w in where], "char_end": [w[2] for w in where],
        "extractor": best.extractor,
    }
    attributions = sorted({f.attribution for f in group if f.attribution})
    if attributions:  # who said so; absent (Neo4j keeps no nulls) when the text says it itself
        props["attribution"] = attributions
    if offsets:
        props["chunk_index"] = [w[0] for w in where]
    return props
