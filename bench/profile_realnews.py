"""Measure the shape of real news facts once and write it to bench/realnews_profile.json.

bench/synthetic.py draws its facts from this profile: how relation types and entities accumulate
(Heaps' law: distinct = K * n^beta), how popular entities are as subject and as object, entity
types and name lengths, and provenance sizes (evidence length, facts per sentence and per document,
negation, modality, attribution, confidence, restated claims). The facts are those of the four
shared/benchmarks/bbc-news folders (bench/realnews.py extracts and caches them).

    python bench/profile_realnews.py [facts.jsonl]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realnews import describe, facts_file, read_extractions

PROFILE = Path(__file__).resolve().parent / "realnews_profile.json"
TOP_NAMES = 400  # relation names kept (by rank); rarer ranks get generated names


def heaps(curve: list[tuple[int, int]]) -> tuple[float, float]:
    """K and beta of distinct = K * n^beta, least squares in log-log over the curve's points."""
    points = [(math.log(n), math.log(v)) for n, v in curve if n >= 100 and v > 0]
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    beta = sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)
    return math.exp(my - beta * mx), beta


def histogram(values: list[int], bucket: int = 1) -> list[list[int]]:
    counts = Counter(v // bucket * bucket for v in values)
    return [[v, n] for v, n in sorted(counts.items())]


def measure(extractions: list[Any]) -> dict[str, Any]:
    relations: Counter[tuple[str, str]] = Counter()
    seen_rel: set[str] = set()
    seen_subject: set[str] = set()
    seen_object: set[str] = set()
    seen_keys: set[tuple[str, str, str, bool]] = set()
    rel_curve, ent_curve = [], []
    new = {"subject": 0, "object": 0}
    cross = {"subject": 0, "object": 0}
    types: dict[str, Counter[str]] = {"subject": Counter(), "object": Counter()}
    name_len: dict[str, list[int]] = {}
    aliased = 0
    entities: dict[str, Any] = {}
    evidence, per_sentence, per_doc, text_len = [], [], [], []
    negated = modality = attribution = restated = 0
    confidence = []
    n = slots = 0
    for ex in extractions:
        per_doc.append(len(ex.facts))
        sentences: Counter[int] = Counter()
        for f in ex.facts:
            n += 1
            relations[(f.relation, f.predicate)] += 1
            seen_rel.add(f.relation)
            for slot, entity, same, other in (("subject", f.subject, seen_subject, seen_object),
                                              ("object", f.object, seen_object, seen_subject)):
                slots += 1
                if entity.id not in same and entity.id not in other:
                    new[slot] += 1
                    types[slot][entity.type] += 1
                elif entity.id not in same:
                    cross[slot] += 1
                same.add(entity.id)
                entities[entity.id] = entity
                ent_curve.append((slots, len(seen_subject | seen_object))) if slots % 500 == 0 else None
            if n % 250 == 0:
                rel_curve.append((n, len(seen_rel)))
            restated += f.key in seen_keys
            seen_keys.add(f.key)
            sentences[f.sentence] += 1
            evidence.append(len(f.evidence))
            text_len.append(len(f.text))
            negated += f.negated
            modality += f.modality is not None
            attribution += f.attribution is not None
            confidence.append(f.confidence)
        per_sentence.extend(sentences.values())
    for e in entities.values():
        name_len.setdefault(e.type, []).append(len(e.name))
        aliased += bool(e.aliases)
    ranked = relations.most_common()
    confidence.sort()
    k_rel, b_rel = heaps(rel_curve)
    k_ent, b_ent = heaps(ent_curve)
    return {
        "source": "shared/benchmarks/bbc-news: business, entertainment, sport, tech (kg extract -j 2)",
        "shape": describe(extractions),
        "relation_heaps": {"K": round(k_rel, 4), "beta": round(b_rel, 4)},
        "entity_heaps": {"K": round(k_ent, 4), "beta": round(b_ent, 4)},
        # Of the slots that reuse an entity, the share whose entity had only been seen in the
        # other slot so far (a subject that was an object before, and the reverse).
        "cross_slot": {s: round(cross[s] / max(1, n - new[s]), 4) for s in cross},
        "new_share": {s: round(new[s] / n, 4) for s in new},
        "relation_counts": [c for _, c in ranked],
        "relation_names": [[r, p] for (r, p), _ in ranked[:TOP_NAMES]],
        "entity_types": {s: dict(c.most_common()) for s, c in types.items()},
        "name_length": {t: histogram(v) for t, v in sorted(name_len.items())},
        "aliased_share": round(aliased / max(1, len(entities)), 4),
        "evidence_length": histogram(evidence, 10),
        "relation_text_length": histogram(text_len),
        "facts_per_sentence": histogram(per_sentence),
        "facts_per_document": histogram(per_doc),
        "negated": round(negated / n, 4), "modality": round(modality / n, 4),
        "attribution": round(attribution / n, 4), "restated": round(restated / n, 4),
        "confidence_deciles": [round(confidence[min(n - 1, n * q // 10)], 4) for q in range(11)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", nargs="?", help="facts file (default: the cached bbc-news facts)")
    args = parser.parse_args()
    profile = measure(read_extractions(args.facts or facts_file()))
    PROFILE.write_text(json.dumps(profile, indent=None, separators=(",", ":")) + "\n", encoding="utf-8")
    shape = profile["shape"]
    print(f"{PROFILE.name}: {shape['facts']:,} facts, {shape['relation_types']:,} relation types, "
          f"relation Heaps {profile['relation_heaps']}, entity Heaps {profile['entity_heaps']}")


if __name__ == "__main__":
    main()
