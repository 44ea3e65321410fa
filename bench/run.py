"""Run every benchmark: ``--quick`` (small sizes, `make bench-quick`, < 2 minutes) or full sizes.

One Neo4j server (with APOC core, for the LangChain baseline) is started for the whole run through
docker/neo4j-local.sh, unless NEO4J_URI is set. Each script appends its table to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import embedded  # noqa: E402
import memory  # noqa: E402
import neo4j_load  # noqa: E402
from common import neo4j_server, publish  # noqa: E402

QUICK = {"extraction": ["--scale", "8", "--repeat", "1"], "facts": [10_000], "sample_tx": 100,
         "sample_lc": 500, "embedded_facts": 10_000, "repeat": 5, "scales": [1, 4]}
FULL = {"extraction": ["--scale", "20", "--repeat", "3"], "facts": [100_000, 1_000_000], "sample_tx": 3000,
        "sample_lc": 10_000, "embedded_facts": 100_000, "repeat": 20, "scales": [1, 10, 100]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", nargs="+", choices=["extraction", "neo4j", "embedded", "memory"])
    args = parser.parse_args()
    conf = QUICK if args.quick else FULL
    only = set(args.only or ["extraction", "neo4j", "embedded", "memory"])
    start = time.perf_counter()
    if "extraction" in only:
        subprocess.run([sys.executable, str(HERE / "extraction.py"), *conf["extraction"]], check=True)
    if "memory" in only:
        publish(memory.run(conf["scales"]))
    if only & {"neo4j", "embedded"}:
        with neo4j_server(apoc=True) as server:
            if "neo4j" in only:
                publish(neo4j_load.run(conf["facts"], conf["sample_tx"], conf["sample_lc"], server))
            if "embedded" in only:
                publish(embedded.run(conf["embedded_facts"], conf["repeat"], server))
    print(f"bench: done in {time.perf_counter() - start:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
