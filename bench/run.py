"""Run every benchmark: ``--quick`` (small sizes, `make bench-quick`, ~3 minutes) or full sizes.

One Neo4j server (with APOC core, for the LangChain baseline) is started for the whole run through
docker/neo4j-local.sh, unless NEO4J_URI is set. Each script appends its table to bench/RESULTS.md.
Every load row also runs on the real folder (the facts of shared/benchmarks/bbc-news, extracted
once and cached in bench/.cache/: the first run takes a few minutes more). A load row stops
feeding after the run's time budget (KG_BENCH_BUDGET) and reports the rate of what it loaded.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import embedded  # noqa: E402
import engine_limits  # noqa: E402
import layouts  # noqa: E402
import memory  # noqa: E402
import neo4j_load  # noqa: E402
from common import neo4j_server, publish  # noqa: E402
from realnews import facts_file  # noqa: E402

QUICK = {"extraction": ["--scale", "8", "--articles", "40", "--repeat", "3", "--processes", "2"], "facts": [10_000], "sample_tx": 100,
         "sample_lc": 500, "embedded_facts": 10_000, "repeat": 5, "scales": [1, 4],
         "memory_facts": [10_000, 100_000], "budget": 15,
         "limit_facts": [100_000], "layout_facts": (100_000, 20_000)}
FULL = {"extraction": ["--scale", "20", "--articles", "200", "--repeat", "7", "--processes", "2"], "facts": [100_000, 1_000_000], "sample_tx": 3000,
        "sample_lc": 10_000, "embedded_facts": 100_000, "repeat": 20, "scales": [1, 10, 100],
        "memory_facts": [10_000, 100_000, 1_000_000], "budget": 900,
        "limit_facts": [100_000, 1_000_000], "layout_facts": (1_000_000, 100_000)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", nargs="+", choices=["extraction", "neo4j", "embedded", "memory", "limits", "layouts"])
    args = parser.parse_args()
    conf = QUICK if args.quick else FULL
    only = set(args.only or ["extraction", "neo4j", "embedded", "memory", "limits", "layouts"])
    os.environ.setdefault("KG_BENCH_BUDGET", str(conf["budget"]))
    start = time.perf_counter()
    if only - {"extraction"}:
        facts_file()  # extract the real folder once, before anything is timed
    if "extraction" in only:
        subprocess.run([sys.executable, str(HERE / "extraction.py"), *conf["extraction"]], check=True)
    if "memory" in only:
        publish(memory.run(conf["scales"], conf["memory_facts"]))
    if "limits" in only:
        publish(engine_limits.run(conf["limit_facts"]))
    if "layouts" in only:
        publish(layouts.run(*conf["layout_facts"]))
    if only & {"neo4j", "embedded"}:
        with neo4j_server(apoc=True) as server:
            if "neo4j" in only:
                publish(neo4j_load.run(conf["facts"], conf["sample_tx"], conf["sample_lc"], server))
            if "embedded" in only:
                publish(embedded.run(conf["embedded_facts"], conf["repeat"], server))
    print(f"bench: done in {time.perf_counter() - start:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
