"""Before/after corpus resolution on facts files: PERSON nodes, short forms that duplicate a full name, names under two types.

    python bench/resolution_measure.py FACTS.jsonl...
"""
import collections
import sys

from kg.pipeline import read_jsonl
from kg.resolve.corpus import resolve_corpus


def nodes(extractions):
    seen = {}
    for ex in extractions:
        for f in ex.facts:
            for e in (f.subject, f.object):
                if e.type != "CONCEPT":
                    seen[e.id] = e
    return seen

def report(label, seen):
    persons = [e for e in seen.values() if e.type == "PERSON"]
    full = collections.defaultdict(set)
    for e in persons:
        w = e.name.split()
        if len(w) >= 2:
            full[w[-1]].add(e.name)
    shared = sum(1 for s, v in full.items() if len(v) > 1)
    short = [e.name for e in persons if len(e.name.split()) == 1 and e.name in full]
    short_unique = [n for n in short if len(full[n]) == 1]
    names = collections.Counter(e.name.casefold() for e in seen.values())
    two_types = sum(1 for v in names.values() if v > 1)
    print(f"{label}: named nodes {len(seen)}, PERSON {len(persons)}, short-form PERSON nodes whose surname a full name carries {len(short)} "
          f"(of which the full name is unique: {len(short_unique)}), surnames shared by 2+ full names {shared}, names under 2+ types {two_types}")
    return short

for path in sys.argv[1:]:
    ex = list(read_jsonl(path))
    print("==", path, sum(len(e.facts) for e in ex), "facts")
    report("before", nodes(ex))
    after = list(resolve_corpus(ex))
    print("after facts", sum(len(e.facts) for e in after))
    s = report("after ", nodes(after))
    print("  left:", s[:30])
