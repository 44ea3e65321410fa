"""Scale-out on Dask distributed: a 2-worker LocalCluster gives the same facts as the local path."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed", reason="the Dask path needs kg[dask] (in the dev extra)")

pytestmark = pytest.mark.slow

DOCS = {
    "harbour.txt": """The dockworkers' union said on Monday that talks with the port authority had collapsed.
Maria Olsen, the union's chief negotiator, told reporters the authority had refused to discuss pay.
Mayor Ken Adams urged both sides to return to the table, and the port authority declined to comment.""",
    "bank.txt": """Nordic Bank raised its main interest rate to four percent on Thursday.
Anna Berg, the bank's spokeswoman, said inflation was expected to fall in the spring.
Opposition leader Tomas Lind criticised the decision and called for lower rates.""",
    "summit.txt": """Chancellor Olaf Brenner arrived in Vienna on Tuesday for two days of talks.
Brenner met Foreign Minister Lena Hart at the Hofburg palace.
Hart said Brenner would not attend the summit in Geneva.""",
    "delegation.txt": """A German delegation has arrived in Geneva for trade talks.
The small delegation is headed by Peter Vogel, a former finance minister.
Vogel declined an invitation from the Swiss president.""",
    "club.txt": """Coach Ivan Petrov left Dynamo Riga after six seasons, the club said on Friday.
Petrov did not attend the final training session.
The club appointed Sara Klein, its youth coach, as his successor.""",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dask-corpus")
    for name, text in DOCS.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """Two single-threaded worker processes: each loads the model once."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local.scheduler_address


def _records(extractions: Any) -> list[dict[str, Any]]:
    out = []
    for extraction in extractions:
        out.append(extraction.document.to_record())
        out.extend(fact.to_record() for fact in extraction.facts)
    return out


def test_dask_extract_gives_the_same_facts_as_the_local_path(corpus: Path, cluster: str) -> None:
    from kg import pipeline

    local = _records(pipeline.extract([str(corpus)]))
    dask = _records(pipeline.extract([str(corpus)], executor="dask", scheduler=cluster, partition_size=2))
    assert sum(r["kind"] == "fact" for r in local) > 5
    assert dask == local


def test_workers_write_shards_to_a_shared_folder(corpus: Path, cluster: str, tmp_path: Path) -> None:
    from kg import pipeline

    shards = tmp_path / "shards"
    dask = _records(pipeline.extract([str(corpus)], executor="dask", scheduler=cluster, partition_size=1,
                                     shard_dir=str(shards)))
    assert dask == _records(pipeline.extract([str(corpus)]))
    assert sorted(p.name for p in shards.iterdir()) == [f"part-{n:06d}.jsonl" for n in range(len(DOCS))]


def test_cli_extract_and_build_on_dask(corpus: Path, cluster: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg import open_graph
    from kg.cli import app

    runner = CliRunner()
    local_out, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert runner.invoke(app, ["extract", str(corpus), "-o", str(local_out)]).exit_code == 0
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(dask_out), "--executor", "dask",
                                 "--scheduler", cluster, "--partition-size", "2"])
    assert result.exit_code == 0, result.output
    assert dask_out.read_text(encoding="utf-8") == local_out.read_text(encoding="utf-8")

    graphs = {}
    for name, extra in (("local", []), ("dask", ["--executor", "dask", "--scheduler", cluster])):
        target = str(tmp_path / f"{name}.lbug")
        result = runner.invoke(app, ["build", str(corpus), "--graph", target, *extra])
        assert result.exit_code == 0, result.output
        with open_graph(target) as g:
            rows = g.query("MATCH (a:Entity)-[r]->(b:Entity) OPTIONAL MATCH (sp:Support {id: r.key}) RETURN a.id AS s, r.predicate AS p, b.id AS o, "
                           "r.negated AS negated, sp.provenance AS provenance ORDER BY s, p, o, negated").records()
            graphs[name] = (g.stats(), json.dumps(rows, sort_keys=True))
    assert graphs["dask"] == graphs["local"]
    assert graphs["local"][0]["facts"] > 5


def test_unknown_executor_is_an_input_error(corpus: Path) -> None:
    from kg import pipeline
    from kg.errors import InputError

    with pytest.raises(InputError):
        pipeline.extract([str(corpus)], executor="spark")
