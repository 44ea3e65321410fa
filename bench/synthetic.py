"""Synthetic facts shaped like real news, for the load benchmarks, at any size.

Every draw follows bench/realnews_profile.json, measured on the facts of shared/benchmarks/bbc-news
(bench/profile_realnews.py):

- relation types accumulate as in the real facts (Heaps' law, distinct = K * n^beta, so 100k and 1M
  facts hold tens of thousands of types, as a larger real corpus would); a type already seen is
  drawn with the weight of its rank in the real facts (SAY first), ranks past the measured ones
  with the weight of a type seen once; the top ranks carry the real names;
- entities accumulate the same way; a subject (object) reuses an earlier subject (object) in
  proportion to its degree, or, as often as in the real facts, an entity seen in the other slot;
- a new entity's type comes from the real types of that slot, its name length from the real
  lengths of that type; the measured share of entities have an alias;
- facts per document, facts per sentence, evidence length, negation, modality, attribution,
  confidence and the share of facts that restate an earlier claim follow the real histograms.

The facts are records of the facts-file format (what ``kg extract`` writes) turned into kg's model
by its own ``from_record``, so the bench does not depend on the model's constructors.
Deterministic for a given seed.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

PROFILE = Path(__file__).resolve().parent / "realnews_profile.json"
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]  # 70: unique name cores
FILLER = ("the plan for new rules on the market and the talks about a deal with the group over "  # noqa: SIM905
          "its future in the world of music film and sport said officials on Monday").split()


@functools.lru_cache(maxsize=1)
def profile() -> dict[str, Any]:
    return json.loads(PROFILE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


class Histogram:
    """Draw values with the frequencies of a [[value, count], ...] histogram."""

    def __init__(self, pairs: list[list[int]], width: int = 1) -> None:
        self.values = [v for v, _ in pairs]
        self.cum = list(itertools.accumulate(n for _, n in pairs))
        self.width = width

    def draw(self, rng: random.Random) -> int:
        i = bisect.bisect_right(self.cum, rng.random() * self.cum[-1])
        return self.values[min(i, len(self.values) - 1)] + (rng.randrange(self.width) if self.width > 1 else 0)


def _core(n: int) -> str:
    """A unique pronounceable word for the number n."""
    out = []
    n += len(SYLLABLES)  # at least two syllables
    while n:
        n, r = divmod(n, len(SYLLABLES))
        out.append(SYLLABLES[r])
    return "".join(out)


def _name(n: int, kind: str, length: int, rng: random.Random) -> str:
    core = _core(n)
    words: list[str] = []
    while len(core) + sum(len(w) + 1 for w in words) < length:
        words.append(FILLER[rng.randrange(len(FILLER))])
    if kind == "CONCEPT":
        return " ".join([*words, core])
    return " ".join(w.title() for w in [*words, core])


class _Generator:
    def __init__(self, seed: int) -> None:
        from kg.model import entity_id

        p = profile()
        self.entity_id = entity_id
        self.rng = random.Random(seed)
        self.seed = seed
        self.p = p
        counts = p["relation_counts"]
        self.rel_cum = list(itertools.accumulate(counts))
        self.names = p["relation_names"]
        self.rel_heaps = p["relation_heaps"]
        self.ent_heaps = p["entity_heaps"]
        mean_new = (p["new_share"]["subject"] + p["new_share"]["object"]) / 2
        self.new_bias = {s: p["new_share"][s] / mean_new for s in ("subject", "object")}
        self.types = {s: (list(d), list(itertools.accumulate(d.values()))) for s, d in p["entity_types"].items()}
        self.name_len = {t: Histogram(h) for t, h in p["name_length"].items()}
        self.evidence = Histogram(p["evidence_length"], 10)
        self.per_sentence = Histogram(p["facts_per_sentence"])
        self.per_doc = Histogram(p["facts_per_document"])
        self.rel_types = 0
        self.slots = 0
        self.entities: list[dict[str, Any]] = []
        self.occurrences: dict[str, list[int]] = {"subject": [], "object": []}
        self.keys: list[tuple[int, int, int, bool]] = []

    def relation(self, i: int) -> int:
        """Rank of the relation type of fact i (1-based): a new rank when Heaps' law says so."""
        if self.rel_types < self.rel_heaps["K"] * i ** self.rel_heaps["beta"] or self.rel_types == 0:
            self.rel_types += 1
            return self.rel_types - 1
        measured = min(self.rel_types, len(self.rel_cum))
        total = self.rel_cum[measured - 1] + (self.rel_types - measured)  # unmeasured ranks weigh 1
        x = self.rng.random() * total
        if x < self.rel_cum[measured - 1]:
            return bisect.bisect_right(self.rel_cum, x, 0, measured)
        return measured + int(x - self.rel_cum[measured - 1])

    def rel_name(self, rank: int) -> tuple[str, str]:
        if rank < len(self.names):
            return self.names[rank][0], self.names[rank][1]
        lemma = f"{self.names[rank % len(self.names)][1]} {_core(rank)}"
        return lemma.upper().replace(" ", "_"), lemma

    def entity(self, slot: str, avoid: int = -1) -> int:
        rng = self.rng
        self.slots += 1
        k, beta = self.ent_heaps["K"], self.ent_heaps["beta"]
        p_new = min(1.0, self.new_bias[slot] * k * beta * self.slots ** (beta - 1))
        same, other = self.occurrences[slot], self.occurrences["object" if slot == "subject" else "subject"]
        pick = -1
        for _ in range(3):
            if rng.random() < p_new or not (same or other):
                break
            pool = other if (other and rng.random() < self.p["cross_slot"][slot]) or not same else same
            pick = pool[rng.randrange(len(pool))]
            if pick != avoid:
                break
            pick = -1
        if pick < 0:
            pick = self._new_entity(slot)
        same.append(pick)
        return pick

    def _new_entity(self, slot: str) -> int:
        rng = self.rng
        names, cum = self.types[slot]
        kind = names[bisect.bisect_right(cum, rng.random() * cum[-1])]
        n = len(self.entities)
        name = _name(n + self.seed * 10_000_019, kind, self.name_len[kind].draw(rng), rng)
        aliases = [name.split()[-1]] if " " in name and rng.random() < self.p["aliased_share"] else []
        self.entities.append({"id": self.entity_id(name, kind), "name": name, "type": kind, "aliases": aliases})
        return n

    def confidence(self) -> float:
        deciles = self.p["confidence_deciles"]
        x = self.rng.random() * 10
        lo = int(x)
        return round(deciles[lo] + (deciles[min(lo + 1, 10)] - deciles[lo]) * (x - lo), 4)

    def documents(self, n_facts: int) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        from kg.model import document_id

        rng = self.rng
        made = doc_no = 0
        while made < n_facts:
            text = f"synthetic document {self.seed}-{doc_no}"
            doc = {"kind": "document", "schema": 1, "id": document_id(text),
                   "source": f"synthetic/{doc_no}.txt", "title": f"Synthetic {doc_no}"}
            want = min(self.per_doc.draw(rng), n_facts - made)
            facts: list[dict[str, Any]] = []
            sentence = offset = 0
            while len(facts) < want:
                length = self.evidence.draw(rng) + 1
                for _ in range(min(self.per_sentence.draw(rng), want - len(facts))):
                    facts.append(self.fact(made + len(facts) + 1, doc["id"], sentence, offset, length))
                sentence += 1 + (rng.random() < 0.5)
                offset += length + 1
            made += len(facts)
            doc_no += 1
            yield doc, facts

    def fact(self, i: int, doc_id: str, sentence: int, start: int, length: int) -> dict[str, Any]:
        rng, p = self.rng, self.p
        if self.keys and rng.random() < p["restated"]:
            s, rank, o, negated = self.keys[rng.randrange(len(self.keys))]
        else:
            rank = self.relation(i)
            s = self.entity("subject")
            o = self.entity("object", avoid=s)
            negated = rng.random() < p["negated"]
            self.keys.append((s, rank, o, negated))
        subject, obj = self.entities[s], self.entities[o]
        relation, lemma = self.rel_name(rank)
        head = f"{subject['name']} {lemma} {obj['name']}"
        evidence = (head + " " + " ".join(FILLER))[:max(length, len(head))] + "."
        return {
            "kind": "fact", "schema": 1, "subject": subject, "relation": relation, "predicate": lemma,
            "text": lemma, "object": obj, "confidence": self.confidence(), "negated": negated,
            "modality": "would" if rng.random() < p["modality"] else None,
            "attribution": subject["name"] if rng.random() < p["attribution"] else None,
            "doc_id": doc_id, "sentence": sentence, "char_start": start, "char_end": start + len(evidence),
            "evidence": evidence, "subject_text": subject["name"], "object_text": obj["name"],
            "args": [subject["name"], obj["name"]], "rule": "svo", "extractor": "kg-rules",
            "extractor_version": "0.1.0",
        }


def records(n_facts: int, *, seed: int = 7) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """``n_facts`` facts as facts-file records: (document record, its fact records), per document."""
    yield from _Generator(seed).documents(n_facts)


def extractions(n_facts: int, *, seed: int = 7) -> Iterator[Any]:
    """``n_facts`` facts as kg Extractions, one per document."""
    from kg.model import Document, Extraction, Fact

    for doc, facts in records(n_facts, seed=seed):
        yield Extraction(Document(doc["id"], doc["source"], doc["title"], ""), [Fact.from_record(f) for f in facts])


def write_facts(path: str | Path, n_facts: int, *, seed: int = 7) -> None:
    """A facts file of ``n_facts`` facts, as ``kg extract`` writes them (for ``kg load``)."""
    with open(path, "w", encoding="utf-8") as out:
        for doc, facts in records(n_facts, seed=seed):
            out.write(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n")
            for fact in facts:
                out.write(json.dumps(fact, ensure_ascii=False, sort_keys=True) + "\n")
