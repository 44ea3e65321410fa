"""Does the order documents are loaded in change the graph? One build against one article a load.

    python bench/load_order.py FACTS.jsonl [SEED...]     # facts file of `kg extract` (with mentions)
    python bench/load_order.py FACTS.jsonl SEED --show   # and print the nodes that differ

Builds the documents into one LadybugDB graph in one load, then into another one document per
load in a shuffled order (one per seed, default 1), and counts what differs: node ids, nodes by
any property (name, type, aliases, merge and type records), facts by every property, mentions.
"""
from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from kg.pipeline import open_graph, read_jsonl

NODES = "MATCH (e:Entity) RETURN e.id, e.name, e.type, e.aliases, e.merged_by, e.other_types"
# Every property of a fact, read in this one place: the relationship's own, and since graph model 4
# its sentences and their records on its Support node (kg.stores.rows).
FACTS = ("MATCH (a:Entity)-[r]->(b:Entity) OPTIONAL MATCH (sp:Support {id: r.key}) "
         "RETURN a.id, r.relation, b.id, r.negated, r.predicate, r.confidence, r.modality, r.lemmas, "
         "r.attribution, r.sources, sp.provenance, sp.evidence")
MENTIONS = "MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document) RETURN e.id, d.id"


def snapshot(path: str, loads: list[list]) -> tuple[set, set, set]:
    def plain(value):
        return tuple(sorted(value)) if isinstance(value, list) else value

    with open_graph(path, create=True) as g:
        for extractions in loads:
            g.load(extractions)
        return tuple({tuple(plain(v) for v in row) for row in g.query(q).rows}  # type: ignore[return-value]
                     for q in (NODES, FACTS, MENTIONS))


def show(one: set, got: set) -> None:
    """The nodes that differ, by id: the single build's row, then the one-at-a-time row."""
    by_id: dict[str, list] = {}
    for label, rows in (("one", one - got), ("got", got - one)):
        for row in rows:
            by_id.setdefault(row[0], []).append((label, row[1:]))
    for id_, rows in sorted(by_id.items(), key=lambda item: str(item[1][0][1][0])):
        for label, row in sorted(rows):
            print(f"  {label} {id_[:8]} {row}")


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--show"]
    extractions = list(read_jsonl(args[0]))
    seeds = [int(s) for s in args[1:]] or [1]
    with tempfile.TemporaryDirectory() as tmp:
        one = snapshot(str(Path(tmp) / "one.lbug"), [extractions])
        print(f"one build: {len(one[0])} nodes, {len(one[1])} facts, {len(one[2])} mentions")
        for seed in seeds:
            order = list(extractions)
            random.Random(seed).shuffle(order)
            got = snapshot(str(Path(tmp) / f"s{seed}.lbug"), [[e] for e in order])
            ids = ({n[0] for n in one[0]}, {n[0] for n in got[0]})
            print(f"seed {seed}, one article a load: node ids differing {len(ids[0] ^ ids[1])}, nodes differing "
                  f"{len(one[0] ^ got[0])}, facts differing {len(one[1] ^ got[1])}, "
                  f"mentions differing {len(one[2] ^ got[2])}")
            if "--show" in sys.argv:
                show(one[0], got[0])


if __name__ == "__main__":
    main()
