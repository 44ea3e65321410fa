"""kg export --to: RDF into a real Apache Jena Fuseki over the Graph Store Protocol, then SPARQL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import StoreConnectionError
from kg.export.push import push

pytestmark = pytest.mark.fuseki

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "queries" / "sparql"
KG = str(Path(sys.executable).parent / "kg")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"  # with union=False
GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


@pytest.fixture(scope="module")
def seed_facts(tmp_path_factory: pytest.TempPathFactory, seed_extractions: list) -> Path:  # type: ignore[type-arg]
    from kg.io import write_jsonl_file

    path = tmp_path_factory.mktemp("push") / "seed.jsonl"
    write_jsonl_file(seed_extractions, str(path))
    return path


def _push_cli(fuseki, facts: Path, **env: str) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run([KG, "export", str(facts), "--to", f"{fuseki.url}/data"], capture_output=True,
                          text=True, env={**os.environ, **env}, timeout=300)


def test_push_then_sparql_over_http_answers_the_card_questions(fuseki, seed_facts: Path) -> None:  # type: ignore[no-untyped-def]
    run = _push_cli(fuseki, seed_facts, KG_SPARQL_USERNAME=fuseki.username, KG_SPARQL_PASSWORD=fuseki.password)
    assert run.returncode == 0, run.stderr
    assert run.stderr.startswith("pushed ") and run.stderr.count("\n") == 1
    assert fuseki.password not in run.stderr + run.stdout

    heads = fuseki.sparql((QUERIES / "who_heads.rq").read_text())
    assert {row["leader"] for row in heads} == {"Vladimir Medinsky"}
    declined = fuseki.sparql((QUERIES / "subject_predicate.rq").read_text(), name="Putin", relation="decline")
    assert "proposed summit" in {row["object"] for row in declined}
    # Named graphs kept: the article's facts are in its own graph, nothing else is named.
    graphs = fuseki.sparql(GRAPHS, union=False)
    assert [row["g"] for row in graphs] == [f"https://kg.example/document/{seed_facts_doc_id(seed_facts)}"]


def seed_facts_doc_id(path: Path) -> str:
    import json

    return str(json.loads(path.read_text().splitlines()[0])["id"])


def test_pushing_again_changes_nothing_and_chunking_gives_the_same_store(fuseki, seed_facts: Path) -> None:  # type: ignore[no-untyped-def]
    url = f"http://{fuseki.username}:{fuseki.password}@{fuseki.url.split('://', 1)[1]}/data"
    whole = push(str(seed_facts), url=url)
    once = fuseki.sparql(COUNT, union=False)[0]["n"]
    assert int(once) == whole.triples
    small = push(str(seed_facts), url=url, chunk_bytes=4096)
    assert small.requests > whole.requests >= 2 and small.triples == whole.triples
    assert fuseki.sparql(COUNT, union=False)[0]["n"] == once
    fuseki.update("DROP ALL")
    push(str(seed_facts), url=url, chunk_bytes=4096)
    assert fuseki.sparql(COUNT, union=False)[0]["n"] == once


def test_wrong_credentials_are_one_line_and_never_printed(fuseki, seed_facts: Path) -> None:  # type: ignore[no-untyped-def]
    secret = "not-the-password-5f1c"
    run = _push_cli(fuseki, seed_facts, KG_SPARQL_USERNAME=fuseki.username, KG_SPARQL_PASSWORD=secret)
    assert run.returncode == 6
    assert run.stderr.startswith("kg: error: ") and run.stderr.count("\n") == 1 and "[E-CONNECT]" in run.stderr
    url = f"http://kg:{secret}@{fuseki.url.split('://', 1)[1]}/data"
    run = subprocess.run([KG, "-v", "export", str(seed_facts), "--to", url], capture_output=True, text=True)
    assert run.returncode == 6 and secret not in run.stderr + run.stdout
    assert int(fuseki.sparql(COUNT, union=False)[0]["n"]) == 0


def test_an_unreachable_store_is_retried_then_one_clear_error(seed_facts: Path) -> None:
    import socket

    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreConnectionError, match=r"cannot push \(.*\) after 2 tries"):
        push(str(seed_facts), url=f"http://127.0.0.1:{port}/kg/data", retries=1)


@pytest.mark.parametrize("url", ["http://127.0.0.1:abc/kg/data", "ftp://127.0.0.1/kg", "kg/data"])
def test_a_malformed_store_url_is_an_input_error(url: str, seed_facts: Path) -> None:
    from kg.errors import InputError

    with pytest.raises(InputError, match="store URL"):
        push(str(seed_facts), url=url)
