"""Synthetic facts of a realistic shape, for the load benchmarks.

Entities have skewed degrees (a few hubs such as a president or a capital take a large share of
the facts, as in news), ~30 relation types with skewed frequencies, 25 facts per document, real
provenance (sentence, offsets, evidence text). A fraction of facts restate a claim already made in
another document, so relationships gather several provenance records as they do on real corpora.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from kg.model import Document, Entity, Extraction, Fact, document_id

RELATIONS = [
    "SAY", "MEET", "ATTEND", "DECLINE", "HEAD", "VISIT", "LEAD", "CRITICISE", "SUPPORT", "ANNOUNCE",
    "ACCUSE", "REJECT", "SIGN", "WIN", "LOSE", "JOIN", "LEAVE", "APPOINT", "ELECT", "ARREST",
    "BUY", "SELL", "INVEST", "SUE", "WARN", "PROPOSE", "APPROVE", "BAN", "THREATEN", "PRAISE",
]
TYPES = ["PERSON", "ORG", "GPE", "PERSON", "ORG", "CONCEPT", "NORP", "LOC", "EVENT", "PERSON"]
FIRST = ["Anna", "Peter", "Maria", "Olaf", "Lena", "Tomas", "Sara", "Ivan", "Ken", "Ada", "Yusuf", "Mei"]
LAST = ["Berg", "Vogel", "Olsen", "Brenner", "Hart", "Lind", "Klein", "Petrov", "Adams", "Marsh", "Demir"]
FACTS_PER_DOC = 25


def _entities(n: int, rng: random.Random) -> list[Entity]:
    out = []
    for i in range(n):
        kind = TYPES[i % len(TYPES)]
        name = (f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}" if kind == "PERSON"
                else f"{kind.title()} entity {i}")
        aliases = (name.split()[1],) if kind == "PERSON" else ()
        out.append(Entity.make(name, kind, aliases))
    return out


def _skewed(rng: random.Random, n: int, power: float) -> int:
    return min(n - 1, int(n * rng.random() ** power))


def extractions(n_facts: int, *, seed: int = 7, entities: int | None = None,
                restate: float = 0.1) -> Iterator[Extraction]:
    """``n_facts`` facts in documents of 25; about ``restate`` of them repeat an earlier claim."""
    rng = random.Random(seed)
    pool = _entities(entities or max(100, n_facts // 5), rng)
    earlier: list[tuple[Entity, str, Entity, bool]] = []
    made = 0
    doc_no = 0
    while made < n_facts:
        text = f"synthetic document {seed}-{doc_no}"
        doc_id = document_id(text)
        document = Document(doc_id, f"synthetic/{doc_no}.txt", f"Synthetic {doc_no}", "")
        facts = []
        for sentence in range(min(FACTS_PER_DOC, n_facts - made)):
            if earlier and rng.random() < restate:
                subject, relation, obj, negated = earlier[rng.randrange(len(earlier))]
            else:
                subject = pool[_skewed(rng, len(pool), 3.0)]
                obj = pool[_skewed(rng, len(pool), 2.0)]
                if obj.id == subject.id:
                    obj = pool[(pool.index(obj) + 1) % len(pool)] if len(pool) < 1000 else pool[-1 - sentence]
                relation = RELATIONS[_skewed(rng, len(RELATIONS), 2.0)]
                negated = rng.random() < 0.05
                if len(earlier) < 50_000:
                    earlier.append((subject, relation, obj, negated))
            lemma = relation.lower()
            start = sentence * 120
            evidence = (f"{subject.name} said on Monday that it would {'not ' if negated else ''}{lemma} "
                        f"{obj.name}, according to report {doc_no}.")
            facts.append(Fact(
                subject=subject, relation=relation, predicate=lemma, text=lemma, object=obj,
                confidence=round(0.5 + 0.5 * rng.random(), 4), doc_id=doc_id, sentence=sentence,
                char_start=start, char_end=start + len(evidence), evidence=evidence, negated=negated,
                modality="would" if rng.random() < 0.1 else None,
                attribution=subject.name if rng.random() < 0.1 else None,
                subject_text=subject.name, object_text=obj.name, args=(subject.name, obj.name),
                rule="svo", extractor="kg-rules", extractor_version="0.1.0"))
        made += len(facts)
        doc_no += 1
        yield Extraction(document, facts)
