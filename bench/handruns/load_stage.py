"""The load stage of kg build by hand (bench/memory.py's child script), one kg against another.

    python load_stage.py CHECKOUT FACTS GRAPH [NAME=VALUE ...]

``CHECKOUT`` is a kg source tree (``git archive`` of a commit, say), put first on the child's
PYTHONPATH; run this from a folder outside any checkout. ``FACTS`` is a facts file
(bench/synthetic.py's ``write_facts``, or ``kg extract``'s); the child streams it through
``Graph.load`` into a new LadybugDB graph ``GRAPH``. ``NAME=VALUE`` sets the child's environment
(``KG_BUFFER_POOL_MB`` is 768 unless given). Prints RSS every 30 s, then the time, the peak RSS
(the child and its children, sampled every 20 ms), the graph's files, ``kg stats`` and bytes per
fact (files / relationships). bench/RESULTS.md, "Graph model 5 against model 4".
"""

from __future__ import annotations

import ast
import glob
import os
import subprocess
import sys
import time

import psutil

CHILD = """
import sys
sys.path.insert(0, {bench!r})
from realnews import _reader
from kg.pipeline import open_graph
import kg.stores.rows as rows
print('graph model', rows.GRAPH_MODEL, file=sys.stderr, flush=True)
with open_graph({graph!r}, create=True) as g:
    g.load(_reader()({facts!r}))
"""
STATS = "from kg.pipeline import open_graph\nwith open_graph({graph!r}) as g:\n    print(g.stats())"


def main() -> None:
    checkout, facts, graph = sys.argv[1:4]
    env = dict(os.environ, PYTHONPATH=checkout)
    env.update(kv.split("=", 1) for kv in sys.argv[4:])
    env.setdefault("KG_BUFFER_POOL_MB", "768")

    def size() -> int:
        return sum(os.path.getsize(p) for p in glob.glob(graph + "*") if os.path.isfile(p))

    start = time.perf_counter()
    child = CHILD.format(bench=os.path.join(checkout, "bench"), graph=graph, facts=facts)
    proc = subprocess.Popen([sys.executable, "-c", child], env=env, cwd=os.path.dirname(graph))
    ps = psutil.Process(proc.pid)
    peak = rss = 0
    last = 0.0
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        if time.perf_counter() - start - last >= 30:
            last = time.perf_counter() - start
            print(f"{last:7.0f} s  RSS {rss / 2**20:7.0f} MiB  peak {peak / 2**20:7.0f} MiB  "
                  f"graph {size() / 1e6:7.0f} MB", flush=True)
        time.sleep(0.02)
    print(f"DONE rc={proc.returncode} {time.perf_counter() - start:.1f} s peak {peak / 2**20:,.0f} MiB "
          f"graph {size() / 1e6:,.1f} MB", flush=True)
    if proc.returncode == 0:
        out = subprocess.run([sys.executable, "-c", STATS.format(graph=graph)], env=env, capture_output=True,
                             text=True, cwd=os.path.dirname(graph))
        stats = ast.literal_eval(out.stdout.strip().splitlines()[-1])
        print(stats)
        print(f"bytes per fact (relationships): {size() / stats['facts']:,.0f}")


if __name__ == "__main__":
    main()
