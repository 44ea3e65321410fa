"""Issue 12: secrets never echoed, one-line errors from the store, bad facts files refused whole,
big and strange input, and operations on bigger graphs. The databases are real."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from test_cli import NEWS, _isolated, fails, kg, ok, records, run_kg, stats  # noqa: F401

from kg.stores import is_write_query

SECRET = "hunter2-not-for-your-eyes"


def _one_error_line(proc, code: int, match: str) -> str:
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), lines
    assert re.search(match, lines[0]), lines[0]
    return lines[0]


# -- 5. secrets and errors -----------------------------------------------------------------------
def test_password_in_an_unreachable_uri_is_not_echoed():
    line = fails(6, "stats", "--graph", f"bolt://neo4j:{SECRET}@127.0.0.1:9", match=r"cannot reach Neo4j")
    assert SECRET not in line and "bolt://127.0.0.1:9" in line


@pytest.mark.neo4j
def test_credentials_in_the_uri_are_used_and_never_echoed(neo4j_server, monkeypatch, tmp_path):
    """user:password@ in a Bolt URI: accepted as the credentials, never printed, even with --verbose."""
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    host = neo4j_server.uri.split("://", 1)[1]
    wrong = f"bolt://neo4j:{SECRET}@{host}"
    for args in (["stats"], ["--verbose", "stats"], ["query", "RETURN 1 AS x"]):
        proc = run_kg(*args, "--graph", wrong, cwd=tmp_path)
        assert proc.returncode == 6 and "wrong username or password" in proc.stderr, proc.stderr
        assert SECRET not in proc.stderr + proc.stdout
    (tmp_path / "news.txt").write_text(NEWS)
    right = f"bolt://{neo4j_server.username}:{neo4j_server.password}@{host}"
    from conftest import _wipe_neo4j

    _wipe_neo4j(neo4j_server)
    try:
        proc = run_kg("--verbose", "build", "news.txt", "--graph", right, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert neo4j_server.password not in proc.stderr + proc.stdout
        assert "bolt://***@" in proc.stderr  # the summary names the graph, redacted
        assert stats(right)["facts"] == 3
    finally:
        _wipe_neo4j(neo4j_server)


@pytest.mark.neo4j
@pytest.mark.parametrize("command", ["build", "load", "stats", "query"])
def test_missing_database_is_one_line(neo4j_env, tmp_path, command):
    (tmp_path / "news.txt").write_text(NEWS)
    ok("extract", tmp_path / "news.txt", "-o", tmp_path / "facts.jsonl")
    args = {"build": ["build", "news.txt"], "load": ["load", "facts.jsonl"], "stats": ["stats"],
            "query": ["query", "RETURN 1 AS x"]}[command]
    proc = run_kg(*args, "--graph", neo4j_env.uri, cwd=tmp_path,
                  env={**neo4j_env.env(), "NEO4J_DATABASE": "nosuchdb"})
    _one_error_line(proc, 6, r"Neo4j has no database 'nosuchdb' \(check NEO4J_DATABASE\) \[E-CONNECT\]")


# A read whose memory the test server refuses: Neo4j calls that transient, the driver retries for
# 15 s, logging a warning each time, then kg gives up with one line.
TOO_BIG = "UNWIND range(1, 50000000) AS i RETURN size(collect(i)) AS n"


@pytest.mark.neo4j
@pytest.mark.slow
def test_driver_retries_are_shown_only_with_verbose(neo4j_env, tmp_path):
    quiet = run_kg("query", TOO_BIG, "--graph", neo4j_env.uri, cwd=tmp_path, env=neo4j_env.env())
    _one_error_line(quiet, 5, r"threshold reached \[E-STORE\]")
    loud = run_kg("--verbose", "query", TOO_BIG, "--graph", neo4j_env.uri, cwd=tmp_path, env=neo4j_env.env())
    assert loud.returncode == 5
    assert re.search(r"^kg: neo4j driver: Transaction failed and will be retried", loud.stderr, re.M), loud.stderr
    assert loud.stderr.splitlines()[-1] == quiet.stderr.strip()


def test_a_line_comment_ends_at_carriage_return_as_in_the_engines():
    assert is_write_query("RETURN 1 AS x // note\rCREATE (:Entity {id: 'intruder'})")
    assert is_write_query("RETURN 1 AS x // note\r\nCREATE (:Entity {id: 'intruder'})")
    # Neither Neo4j nor LadybugDB ends a comment at these: the CREATE is comment text.
    for end in ("\v", "\f", "\x85", "\u2028", "\u2029"):
        assert not is_write_query(f"RETURN 1 AS x // note{end}CREATE (:Entity)")


def test_a_write_after_a_carriage_return_needs_write(news_graph):
    before = stats(news_graph)
    fails(8, "query", "MATCH (e:Entity) RETURN count(e) AS n // count\rCREATE (:Entity {id: 'intruder'})",
          "--graph", news_graph, match=r"would change the graph; pass --write")
    assert stats(news_graph) == before


@pytest.fixture
def news_graph(graph_target: str, tmp_path: Path) -> str:
    (tmp_path / "news.txt").write_text(NEWS)
    ok("build", tmp_path / "news.txt", "--graph", graph_target)
    return graph_target


def _unused() -> None:  # keep imports used by later sections
    _ = (json, os, kg, records)
