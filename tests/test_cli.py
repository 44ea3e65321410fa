"""The ``kg`` command end to end: through ``kg.cli.app`` (typer's CliRunner) and the installed script.

Every user error must end as exactly one ``kg: error: ...`` line on stderr, the exit code
documented in :mod:`kg.errors`, no traceback, and nothing half-written (no graph file, no output
file, no change to an existing graph). The databases are real: LadybugDB files in tmp_path and,
for the tests marked ``neo4j``, the server of tests/conftest.py.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import __version__
from kg.cli import app
from kg.stores import open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_93302ee20f98648d.txt"
KG = Path(sys.executable).parent / "kg"

NEWS = (
    "Ada Lovelace founded Acme Corp in London in 1843.\n"
    "Charles Babbage met Ada Lovelace in Paris.\n"
    "Acme Corp did not buy Beta Industries.\n"
)
NEWS_FACTS = [  # (subject, predicate, object, negated) as `kg build` finds them in NEWS
    ["Acme Corp", "acquire", "Beta Industries", True],
    ["Ada Lovelace", "found", "Acme Corp", False],
    ["Charles Babbage", "meet", "Ada Lovelace", False],
]
FACT_ROWS = """
MATCH (a:Entity)-[r]->(b:Entity)
OPTIONAL MATCH (sp:Support {id: r.key})
RETURN a.id AS subject, r.predicate AS p, b.id AS object, r.negated AS negated, split(sp.sources, '|') AS sources,
       sp.confidence AS confidence
ORDER BY subject, p, object, negated
"""
NAMED_FACTS = """
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.name AS s, r.predicate AS p, b.name AS o, r.negated AS negated
ORDER BY s, p, o, negated
"""
EMPTY_STATS = {"entities": 0, "documents": 0, "facts": 0, "relation_types": 0, "mentions": 0}
COMMANDS = ("extract", "build", "load", "query", "console", "stats", "clear", "remove")

runner = CliRunner()


# -- helpers ----------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every command in tmp_path, with no kg settings leaking in from the environment."""
    for var in ("KG_GRAPH", "KG_CONFIG", "KG_PROCESSES", "KG_MODEL", "KG_BATCH_SIZE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("KG_HISTORY", str(tmp_path / "history"))
    monkeypatch.chdir(tmp_path)


def kg(*args: object, input: str | bytes | None = None):
    """Invoke ``kg`` in-process; a bug (an exception other than an exit) fails the test loudly."""
    result = runner.invoke(app, [str(a) for a in args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"kg {' '.join(map(str, args))} crashed: {result.exception!r}\n"
                             f"stderr: {result.stderr}") from result.exception
    assert "Traceback" not in result.output
    return result


def ok(*args: object, input: str | bytes | None = None):
    result = kg(*args, input=input)
    assert result.exit_code == 0, f"kg {' '.join(map(str, args))} -> {result.exit_code}: {result.stderr}"
    return result


def fails(exit_code: int, *args: object, match: str, input: str | bytes | None = None):
    """The one-line error contract: code, a single ``kg: error:`` line, nothing on stdout."""
    result = kg(*args, input=input)
    assert result.exit_code == exit_code, (
        f"kg {' '.join(map(str, args))}: exit {result.exit_code}, wanted {exit_code}: {result.output}")
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"wanted one line on stderr, got {lines!r}"
    assert lines[0].startswith("kg: error: "), lines[0]
    assert re.search(match, lines[0]), f"{match!r} not in {lines[0]!r}"
    assert result.stdout == ""
    return lines[0]


def stats(graph: str) -> dict[str, int]:
    out = json.loads(ok("stats", "--graph", graph, "--format", "json").stdout)
    assert len(out) == 1
    return out[0]


def records(graph: str, cypher: str, *params: str) -> list[dict]:
    extra = [a for p in params for a in ("-p", p)]
    return json.loads(ok("query", cypher, "--graph", graph, "--format", "json", *extra).stdout)


def leftovers(folder: Path, name: str) -> list[str]:
    """Files in ``folder`` named like ``name`` or its temporaries/sidecars (.name.xyz, name.wal)."""
    return sorted(p.name for p in folder.iterdir() if p.name.lstrip(".").startswith(name))


def run_kg(*args: str, input: str | bytes | None = None, cwd: Path | None = None,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The installed ``kg`` script in its own process."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    full_env.update(env or {})
    data = input.encode() if isinstance(input, str) else input
    proc = subprocess.run([str(KG), *args], input=data, capture_output=True, cwd=cwd, env=full_env,
                          timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


@pytest.fixture
def news(tmp_path: Path) -> Path:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    return path


@pytest.fixture
def news_graph(graph_target: str, news: Path) -> str:
    """graph_target holding the facts of NEWS, built through the CLI."""
    ok("build", news, "--graph", graph_target)
    return graph_target


@pytest.fixture(scope="module")
def news_facts(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The JSONL lines ``kg extract`` writes for NEWS."""
    folder = tmp_path_factory.mktemp("news-facts")
    (folder / "news.txt").write_text(NEWS, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder / "news.txt")])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


# -- 1. bad input: one line, documented code, nothing written ----------------------------------
def _png(tmp: Path) -> str:
    (tmp / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(200))
    return "picture.png"


def _random_bytes(tmp: Path) -> str:
    data = bytearray(random.Random(7).randbytes(4096))
    data[100] = 0
    (tmp / "noise.txt").write_bytes(bytes(data))
    return "noise.txt"


def _latin1(tmp: Path) -> str:
    (tmp / "latin1.txt").write_bytes(b"caf\xe9 latte")
    return "latin1.txt"


def _empty(tmp: Path) -> str:
    (tmp / "empty.txt").write_bytes(b"")
    return "empty.txt"


def _blank(tmp: Path) -> str:
    (tmp / "blank.txt").write_bytes(b"  \n\t\n   \r\n")
    return "blank.txt"


def _no_txt_folder(tmp: Path) -> str:
    (tmp / "data").mkdir()
    (tmp / "data" / "table.csv").write_text("a,b\n1,2\n")
    (tmp / "data" / ".hidden.txt").write_text(NEWS)
    return "data"


def _one_bad_of_two(tmp: Path) -> str:
    (tmp / "articles").mkdir()
    (tmp / "articles" / "a.txt").write_text(NEWS)
    (tmp / "articles" / "b.txt").write_bytes(b"caf\xe9 latte")
    return "articles"


def _too_large(tmp: Path) -> str:
    line = b"Ada Lovelace founded Acme Corp in London. " * 1000 + b"\n"
    with open(tmp / "huge.txt", "wb") as out:
        for _ in range((60 * 2**20) // len(line) + 1):
            out.write(line)
    return "huge.txt"


BAD_INPUTS = {
    "missing": (lambda tmp: "no-such-article.txt", r"no-such-article\.txt: no such file or folder"),
    "png": (_png, r"picture\.png: binary file"),
    "random-bytes": (_random_bytes, r"noise\.txt: (binary file|not valid UTF-8)"),
    "invalid-utf8": (_latin1, r"latin1\.txt: not valid UTF-8 \(byte 3\)"),
    "empty": (_empty, r"empty\.txt: file is empty"),
    "whitespace-only": (_blank, r"blank\.txt: file is empty"),
    "folder-without-txt": (_no_txt_folder, r"data: folder holds no readable files"),
    "folder-one-bad-file": (_one_bad_of_two, r"b\.txt: not valid UTF-8"),
    "glob-matching-nothing": (lambda tmp: "*.nothing", r"pattern matches no file"),
    "too-large": (_too_large, r"huge\.txt: file is larger than 50 MiB"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_build_refuses_bad_input_and_writes_no_graph(tmp_path, case):
    make, message = BAD_INPUTS[case]
    source = make(tmp_path)
    fails(3, "build", source, "--graph", "g.lbug", match=message)
    assert leftovers(tmp_path, "g.lbug") == []


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_extract_refuses_bad_input_and_writes_no_file(tmp_path, case):
    make, message = BAD_INPUTS[case]
    source = make(tmp_path)
    fails(3, "extract", source, "-o", "facts.jsonl", match=message)
    assert leftovers(tmp_path, "facts.jsonl") == []


def test_bad_file_leaves_an_existing_graph_unchanged(tmp_path, news):
    ok("build", news, "--graph", "g.lbug")
    before = stats("g.lbug")
    _one_bad_of_two(tmp_path)
    (tmp_path / "articles" / "a.txt").write_text("Grace Hopper joined Beta Industries in Paris.\n")
    fails(3, "build", "articles", "--graph", "g.lbug", match=r"b\.txt: not valid UTF-8")
    assert stats("g.lbug") == before
    assert not any(r["s"] == "Grace Hopper" for r in records("g.lbug", NAMED_FACTS))


def test_bad_file_leaves_an_existing_facts_file_unchanged(tmp_path):
    (tmp_path / "facts.jsonl").write_text("previous contents\n")
    _one_bad_of_two(tmp_path)
    fails(3, "extract", "articles", "-o", "facts.jsonl", match=r"b\.txt")
    assert (tmp_path / "facts.jsonl").read_text() == "previous contents\n"
    assert leftovers(tmp_path, "facts.jsonl") == ["facts.jsonl"]


@pytest.mark.parametrize(("data", "message"), [
    (b"\x00\x01\x02\x03binary\x00", r"<stdin>: binary file"),
    (b"caf\xe9 latte", r"<stdin>: not valid UTF-8"),
    (b" \n \n", r"<stdin>: file is empty"),
    (b"", r"<stdin>: file is empty"),
])
def test_bad_stdin(data, message):
    fails(3, "extract", "-", match=message, input=data)


def test_stdin_larger_than_the_limit_is_refused():
    fails(3, "extract", "-", match=r"^kg: error: <stdin>: input is larger than 50 MiB",
          input=b"Ada met Bob. " * (51 * 2**20 // 13))


def test_a_long_line_is_split_and_read_to_the_end(tmp_path):
    """One 26,000-character line (the parser takes at most 20,000 at once) builds, and the last
    sentence, past the first cut, is found with offsets into the file as given."""
    line = "Ada Lovelace founded Acme Corp in London. " * 620 + "Grace Hopper joined Beta Industries in Paris."
    assert len(line) > 26_000
    (tmp_path / "long.txt").write_text(line + "\n")
    ok("extract", "long.txt", "-o", "long.jsonl")
    facts = [json.loads(x) for x in (tmp_path / "long.jsonl").read_text().splitlines()]
    grace = [f for f in facts if f["kind"] == "fact" and f["subject"]["name"] == "Grace Hopper"]
    assert len(grace) == 1 and grace[0]["object"]["name"] == "Beta Industries"
    assert grace[0]["char_start"] > 20_000
    assert line[grace[0]["char_start"]:grace[0]["char_end"]] == grace[0]["evidence"]
    ok("load", "long.jsonl", "--graph", "g.lbug")
    assert records("g.lbug", NAMED_FACTS) == [
        {"s": "Ada Lovelace", "p": "found", "o": "Acme Corp", "negated": False},
        {"s": "Grace Hopper", "p": "join", "o": "Beta Industries", "negated": False},
    ]


def test_extract_into_a_missing_folder_writes_nothing(tmp_path, news):
    fails(3, "extract", news, "-o", "no/such/folder/facts.jsonl", match=r"folder no/such/folder does not exist")
    assert not (tmp_path / "no").exists()
    fails(3, "extract", news, "-o", str(tmp_path), match=r"is a folder")


def test_extract_output_file_has_ordinary_permissions(tmp_path, news):
    ok("extract", news, "-o", "facts.jsonl")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "facts.jsonl").stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize(("corrupt", "message"), [
    (lambda lines: [*lines[:2], "{not json", *lines[2:]], r"facts\.jsonl:3: malformed facts line"),
    (lambda lines: [*lines[:3], '{"kind": "fact"}', *lines[3:]], r"facts\.jsonl:4: .*missing field"),
    (lambda lines: [lines[0], '{"no": "kind"}', *lines[1:]], r"facts\.jsonl:2: .*not a kg record"),
    (lambda lines: [lines[1], lines[0], *lines[2:]], r"facts\.jsonl:1: .*fact before its document"),
    (lambda lines: [line for line in lines if '"kind": "fact"' in line], r"facts\.jsonl:1: .*fact before"),
    (lambda lines: [lines[0], lines[1].replace('"confidence": ', '"confidence": "high", "x": '), *lines[2:]],
     r"facts\.jsonl:2: .*confidence must be a number from 0 to 1"),
    (lambda lines: [lines[0], lines[1].replace('"negated": false', '"negated": "false"'), *lines[2:]],
     r"facts\.jsonl:2: .*negated must be true or false"),
])
def test_load_of_a_malformed_facts_file_names_the_line(tmp_path, news_facts, corrupt, message):
    assert news_facts[0].startswith('{"id"') and '"kind": "document"' in news_facts[0]
    (tmp_path / "facts.jsonl").write_text("\n".join(corrupt(list(news_facts))) + "\n")
    fails(3, "load", "facts.jsonl", "--graph", "g.lbug", match=message)
    assert leftovers(tmp_path, "g.lbug") == []


@pytest.mark.parametrize(("content", "message"), [
    (b"", r"facts\.jsonl: file is empty"),
    (b"caf\xe9\n", r"facts\.jsonl:1: malformed facts line: not valid UTF-8 \(byte 4\)"),
    (b"\n\n  \n", r"facts\.jsonl: file is empty"),
])
def test_load_of_a_file_that_is_not_facts(tmp_path, content, message):
    (tmp_path / "facts.jsonl").write_bytes(content)
    fails(3, "load", "facts.jsonl", "--graph", "g.lbug", match=message)
    fails(3, "load", "missing.jsonl", "--graph", "g.lbug", match=r"missing\.jsonl: no such file")
    assert leftovers(tmp_path, "g.lbug") == []


def test_malformed_parameter_is_refused_before_the_graph_is_opened(tmp_path):
    for bad in ("noequals", "1x=2", "=3", "a b=1"):
        fails(3, "query", "RETURN 1 AS x", "-p", bad, "--graph", "g.lbug", match=r"is not name=value")
    assert leftovers(tmp_path, "g.lbug") == []


def test_query_file_problems(tmp_path):
    fails(3, "query", "nowhere.cypher", "--graph", "g.lbug", match=r"nowhere\.cypher: no such query file")
    (tmp_path / "latin1.cypher").write_bytes(b"RETURN 'caf\xe9' AS x")
    fails(3, "query", "latin1.cypher", "--graph", "g.lbug", match=r"latin1\.cypher: not valid UTF-8")
    (tmp_path / "blank.cypher").write_text("  \n")
    fails(3, "query", "blank.cypher", "--graph", "g.lbug", match=r"empty query")
    fails(3, "query", "   ", "--graph", "g.lbug", match=r"empty query")
    assert leftovers(tmp_path, "g.lbug") == []


def test_graph_in_a_missing_folder_is_a_store_error(tmp_path):
    fails(5, "stats", "--graph", "nowhere/g.lbug", match=r"folder nowhere does not exist")
    assert not (tmp_path / "nowhere").exists()


def test_graph_that_is_not_a_database(tmp_path, news):
    fails(5, "stats", "--graph", news, match=r"not a LadybugDB database")
    assert news.read_text() == NEWS


def test_locked_embedded_database(tmp_path, news):
    """Another process holds the database: build (and query) fail with 7, and write nothing."""
    path = tmp_path / "locked.lbug"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, ladybug
            db = ladybug.Database({str(path)!r}); conn = ladybug.Connection(db)
            print("ready", flush=True); sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        fails(7, "build", news, "--graph", path, match=r"locked\.lbug: the database is in use by another process")
        fails(7, "query", "RETURN 1 AS x", "--graph", path, match=r"in use by another process")
    finally:
        holder.communicate("", timeout=60)
    assert stats(str(path)) == EMPTY_STATS


def test_unreachable_neo4j(monkeypatch, news):
    monkeypatch.setenv("NEO4J_PASSWORD", "whatever")
    fails(6, "query", "--graph", "bolt://127.0.0.1:9", "RETURN 1", match=r"cannot reach Neo4j at bolt://127\.0\.0\.1:9")
    fails(6, "build", news, "--graph", "bolt://127.0.0.1:9", match=r"cannot reach Neo4j")


@pytest.mark.neo4j
def test_wrong_neo4j_password(neo4j_server, monkeypatch):
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_server.username)
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password-42")
    line = fails(6, "query", "--graph", neo4j_server.uri, "RETURN 1",
                 match=r"refused user 'neo4j': wrong username or password")
    assert "not-the-password-42" not in line


def test_malformed_cypher(news_graph):
    before = stats(news_graph)
    fails(8, "query", "MATCH (n RETURN n", "--graph", news_graph, match=r"\[E-QUERY\]$")
    fails(8, "query", "RETURN nosuchfunction(1) AS x", "--graph", news_graph, match=r"\[E-QUERY\]$")
    assert stats(news_graph) == before


@pytest.mark.parametrize("cypher", [
    "MATCH (e:Entity) DETACH DELETE e",
    "CREATE (e:Entity {id: 'intruder'})",
    "MATCH (e:Entity) SET e.name = 'x'",
    "MERGE (e:Entity {id: 'intruder'})",
])
def test_write_query_without_write_flag(news_graph, cypher):
    before, rows = stats(news_graph), records(news_graph, NAMED_FACTS)
    fails(8, "query", cypher, "--graph", news_graph, match=r"would change the graph; pass --write")
    assert stats(news_graph) == before
    assert records(news_graph, NAMED_FACTS) == rows == [{"s": f[0], "p": f[1], "o": f[2], "negated": f[3]} for f in NEWS_FACTS]


def test_write_flag_allows_the_change(news_graph):
    ok("query", "MATCH (e:Entity {name: 'Ada Lovelace'}) SET e.type = 'ORG'", "--write", "--graph", news_graph)
    assert records(news_graph, "MATCH (e:Entity {name: 'Ada Lovelace'}) RETURN e.type AS t") == [{"t": "ORG"}]


def test_missing_query_parameter(news_graph):
    fails(8, "query", "MATCH (e:Entity) WHERE e.name = $name RETURN e.id", "--graph", news_graph,
          match=r"missing query parameter\(s\): \$name \(give -p name=value\)")
    fails(8, "query", ROOT / "queries" / "most_connected.cypher", "--graph", news_graph, match=r"\$limit")


def test_remove_of_an_unknown_document(news_graph):
    before = stats(news_graph)
    fails(3, "remove", "nonexistent-id", "--graph", news_graph, match=r"nonexistent-id: no such document")
    assert stats(news_graph) == before


def test_parameter_the_store_cannot_take_is_a_query_error(graph_target):
    """A mixed-type list: LadybugDB cannot convert it (once a traceback); Neo4j takes it."""
    open_store(graph_target).close()  # the graph exists, empty
    result = kg("query", "RETURN $xs AS xs", "-p", 'xs=["a", 1]', "--graph", graph_target, "-f", "json")
    if result.exit_code == 0:
        assert json.loads(result.stdout) == [{"xs": ["a", 1]}]
    else:
        fails(8, "query", "RETURN $xs AS xs", "-p", 'xs=["a", 1]', "--graph", graph_target, match=r"E-QUERY")


# -- subprocess: the real script, real stderr --------------------------------------------------
@pytest.mark.parametrize(("args", "code", "message"), [
    (["build", "no-such-article.txt", "--graph", "g.lbug"], 3, "no such file or folder"),
    (["build", "latin1.txt", "--graph", "g.lbug"], 3, "not valid UTF-8"),
    (["extract", "picture.png", "-o", "facts.jsonl"], 3, "binary file"),
    (["query", "MATCH (n RETURN n", "--graph", "g.lbug"], 8, "E-QUERY"),
    (["query", "RETURN 1", "--graph", "bolt://127.0.0.1:9"], 6, "cannot reach Neo4j"),
    (["stats", "--graph", "typo.lbug"], 5, "no graph there"),
])
def test_script_errors_are_one_line_without_traceback(tmp_path, args, code, message):
    _latin1(tmp_path)
    _png(tmp_path)
    if code == 8:
        open_store(str(tmp_path / "g.lbug")).close()  # an empty graph to query
    proc = run_kg(*args, cwd=tmp_path, env={"NEO4J_PASSWORD": "x"})
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and message in lines[0], lines
    assert leftovers(tmp_path, "facts.jsonl") == []
    if code != 8:
        assert leftovers(tmp_path, "g.lbug") == []
        assert not (tmp_path / "typo.lbug").exists()


def test_script_extract_from_a_pipe(tmp_path):
    proc = subprocess.run(
        ["bash", "-c", f'echo "Ada Lovelace founded Acme Corp in London." | {KG} extract -'],
        capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "1 facts from 1 documents\n"
    document, fact, mention = (json.loads(line) for line in proc.stdout.splitlines())
    assert document["kind"] == "document" and document["source"] == "<stdin>"
    # London is in no fact, yet the document names it: a mention record carries it.
    assert (mention["kind"], mention["entity"]["name"], mention["doc_id"]) == ("mention", "London", document["id"])
    assert (fact["subject"]["name"], fact["predicate"], fact["object"]["name"]) == ("Ada Lovelace", "found",
                                                                                  "Acme Corp")
    assert fact["doc_id"] == document["id"]


def test_extract_from_stdin_in_process():
    out = ok("extract", "-", input="Ada Lovelace founded Acme Corp in London.\n")
    assert out.stderr == "1 facts from 1 documents\n"
    assert [json.loads(line)["kind"] for line in out.stdout.splitlines()] == ["document", "fact", "mention"]
    assert ok("-q", "extract", "-", input="Ada Lovelace founded Acme Corp.").stderr == ""


# -- 2. happy paths, on both stores ------------------------------------------------------------
def test_extract_then_load_equals_build(graph_target, tmp_path):
    ok("extract", SEEDS, "-o", "facts.jsonl")
    loaded = ok("load", "facts.jsonl", "--graph", graph_target)
    assert re.fullmatch(r"loaded \d+ facts from 1 documents\n", loaded.stderr)
    via_load, rows_load = stats(graph_target), records(graph_target, FACT_ROWS)
    assert via_load["documents"] == 1 and via_load["facts"] > 50 and via_load["entities"] > 50
    ok("load", "-", "--graph", graph_target, input=(tmp_path / "facts.jsonl").read_text())  # stdin, again
    assert stats(graph_target) == via_load

    ok("clear", "--yes", "--graph", graph_target)
    assert stats(graph_target) == EMPTY_STATS
    built = ok("build", SEEDS, "--graph", graph_target)
    assert built.stderr == (f"graph {graph_target}: {via_load['entities']} entities, {via_load['facts']} facts, "
                            "1 documents\n")
    assert stats(graph_target) == via_load
    assert records(graph_target, FACT_ROWS) == rows_load


def test_building_twice_changes_nothing(graph_target, tmp_path):
    seed = tmp_path / SEED.name
    shutil.copy(SEED, seed)
    ok("build", seed, "--graph", graph_target)
    first_stats, first_rows = stats(graph_target), records(graph_target, FACT_ROWS)
    assert first_stats["facts"] == len(first_rows) > 50
    ok("build", seed, "--graph", graph_target)
    assert stats(graph_target) == first_stats
    assert records(graph_target, FACT_ROWS) == first_rows


@pytest.mark.neo4j
def test_both_stores_hold_the_same_graph(neo4j_env, tmp_path):
    from conftest import _wipe_neo4j

    _wipe_neo4j(neo4j_env)
    try:
        ok("build", SEEDS, "--graph", "g.lbug")
        ok("build", SEEDS, "--graph", neo4j_env.uri)
        assert stats(neo4j_env.uri) == stats("g.lbug")
        assert records(neo4j_env.uri, FACT_ROWS) == records("g.lbug", FACT_ROWS)
    finally:
        _wipe_neo4j(neo4j_env)


def test_acceptance_command(graph_target, tmp_path):
    """`kg build seeds/ --graph g.lbug && kg query --graph g.lbug "MATCH ..." --format json`."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    graph = "g.lbug" if "://" not in graph_target else graph_target
    command = (f'{KG} build seeds/ --graph {graph} && '
               f'{KG} query --graph {graph} "MATCH (e:Entity) RETURN count(e) AS n" --format json')
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    proc = subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=tmp_path, env=env,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    answer = json.loads(proc.stdout)
    assert len(answer) == 1 and set(answer[0]) == {"n"}
    assert answer[0]["n"] > 0
    assert re.fullmatch(rf"graph {re.escape(graph)}: {answer[0]['n']} entities, \d+ facts, 1 documents\n",
                        proc.stderr), proc.stderr


def test_output_formats(news_graph):
    cypher = "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.name AS s, r.predicate AS p, b.name AS o ORDER BY s"
    as_json = json.loads(ok("query", cypher, "--graph", news_graph, "--format", "json").stdout)
    assert as_json == [{"s": s, "p": p, "o": o} for s, p, o, _ in NEWS_FACTS]

    as_csv = ok("query", cypher, "--graph", news_graph, "-f", "csv").stdout
    assert list(csv.reader(io.StringIO(as_csv))) == [["s", "p", "o"]] + [f[:3] for f in NEWS_FACTS]

    table = ok("query", cypher, "--graph", news_graph).stdout  # table is the default
    lines = table.splitlines()
    assert re.search(r"\bs\b.*\bp\b.*\bo\b", lines[1])
    body = [line for line in lines if "Ada Lovelace" in line or "Babbage" in line or "Beta" in line]
    assert len(body) == 3 and all("│" in line for line in body)
    assert re.search(r"Charles Babbage\s*│\s*meet\s*│\s*Ada Lovelace", table)


def test_csv_quotes_and_encodes_values(news_graph):
    out = ok("query", "RETURN 'a,b' AS text, 2 AS n, [1, 2] AS xs, true AS flag", "--graph", news_graph,
             "-f", "csv").stdout
    assert list(csv.reader(io.StringIO(out))) == [["text", "n", "xs", "flag"], ["a,b", "2", "[1, 2]", "true"]]


def test_parameters_are_json_values(news_graph):
    got = records(news_graph, "RETURN $limit AS limit, $name AS name, $flag AS flag, $names AS names, "
                              "$expr AS expr, $quoted AS quoted",
                  "limit=3", "name=Ada Lovelace", "flag=true", 'names=["x", "y"]', "expr=1+1=2", 'quoted="7"')
    assert got == [{"limit": 3, "name": "Ada Lovelace", "flag": True, "names": ["x", "y"], "expr": "1+1=2",
                    "quoted": "7"}]
    # An int, not "3": LIMIT takes only integers.
    limited = records(news_graph, "MATCH (e:Entity) RETURN e.name AS n ORDER BY n LIMIT $limit", "limit=2")
    assert limited == [{"n": "Acme Corp"}, {"n": "Ada Lovelace"}]


def test_query_from_a_cypher_file(news_graph, tmp_path):
    rows = records(news_graph, str(ROOT / "queries" / "most_connected.cypher"), "limit=3")
    assert len(rows) == 3
    assert {r["entity"] for r in rows} <= {"Acme Corp", "Ada Lovelace", "Charles Babbage", "Beta Industries"}
    assert rows[0]["facts"] == 2
    (tmp_path / "mine.cypher").write_text(
        "// who founded what\nMATCH (a:Entity)-[r {predicate: $p}]->(b:Entity)\nRETURN a.name AS who, b.name AS what\n")
    assert records(news_graph, "mine.cypher", "p=found") == [{"who": "Ada Lovelace", "what": "Acme Corp"}]


def test_remove_by_the_path_of_the_file(graph_target, tmp_path):
    seed = tmp_path / SEED.name
    shutil.copy(SEED, seed)
    ok("build", seed, "--graph", graph_target)
    assert stats(graph_target)["documents"] == 1
    removed = ok("remove", seed, "--graph", graph_target)
    assert re.fullmatch(r"removed \d+ facts, kept 0 with other support, removed \d+ entities\n", removed.stderr)
    assert stats(graph_target) == EMPTY_STATS
    fails(3, "remove", seed, "--graph", graph_target, match=r"no such document in the graph")


def test_relation_types_counts_only_types_in_use(graph_target, news):
    """LadybugDB keeps a relation table after its last edge goes; stats must not count it."""
    ok("build", news, "--graph", graph_target)
    assert stats(graph_target)["relation_types"] == 3
    doc_id = json.loads(ok("extract", news).stdout.splitlines()[0])["id"]
    ok("remove", doc_id, "--graph", graph_target)
    assert stats(graph_target) == EMPTY_STATS


def test_remove_keeps_the_other_documents(graph_target, tmp_path, news):
    ok("build", news, "--graph", graph_target)
    only_news = records(graph_target, NAMED_FACTS)
    (tmp_path / "more.txt").write_text("Grace Hopper joined Beta Industries in Paris.\n")
    ok("build", "more.txt", "--graph", graph_target)
    assert stats(graph_target)["documents"] == 2
    doc_id = json.loads(ok("extract", "more.txt").stdout.splitlines()[0])["id"]
    ok("remove", doc_id, "--graph", graph_target)  # by id this time
    assert stats(graph_target)["documents"] == 1
    assert records(graph_target, NAMED_FACTS) == only_news


def test_clear(news_graph):
    assert stats(news_graph)["entities"] == 6  # four in facts, and London and Paris, only mentioned
    aborted = kg("clear", "--graph", news_graph, input="n\n")
    assert aborted.exit_code == 1 and "Aborted" in aborted.stderr
    assert stats(news_graph)["entities"] == 6
    cleared = ok("clear", "--yes", "--graph", news_graph)
    assert cleared.stderr == "graph cleared\n"
    assert stats(news_graph) == EMPTY_STATS
    ok("clear", "--graph", news_graph, input="y\n")  # clearing an empty graph is fine, too


def test_console_on_stdin(tmp_path, news):
    ok("build", news, "--graph", "g.lbug")
    script = textwrap.dedent("""\
        MATCH (e:Entity)
        WHERE e.type = 'PERSON'
        RETURN count(e) AS people;
        :stats
        :schema
        :help
        :format json
        MATCH (e:Entity) RETURN e.name AS name
        ORDER BY name LIMIT 1;
        MATCH (n RETURN n;
        CREATE (x:Entity {id: 'intruder'});
        :format csv
        :write on
        MATCH (e:Entity {name: 'Acme Corp'}) SET e.type = 'COMPANY' RETURN e.type AS t;
        :bogus
        :quit
        MATCH (e:Entity) RETURN 'after quit' AS never;
        """)
    result = ok("console", "--graph", "g.lbug", input=script)
    out = result.stdout
    assert re.search(r"┃ people ┃\n.*\n│ 2\s+│", out)  # the multi-line statement ran
    assert re.search(r"entities\s*┃\s*documents.*\n.*\n│ 6\s+│ 1\s+│ 3\s+│", out)  # :stats (London, Paris too)
    assert re.search(r"Entity\s*│\s*FOUND\s*│\s*Entity\s*│\s*1", out)  # :schema
    assert ":write on|off" in out and ":quit" in out  # :help
    assert '[\n  {\n    "name": "Acme Corp"\n  }\n]' in out  # :format json
    assert "t\nCOMPANY" in out  # :format csv and :write on
    assert "after quit" not in out and "never" not in out
    errors = result.stderr.splitlines()
    assert len(errors) == 3 and all(e.startswith("kg: error: ") for e in errors)
    assert "E-QUERY" in errors[0] and "--write" in errors[1] and ":bogus" in errors[2]
    assert records("g.lbug", "MATCH (e:Entity {id: 'intruder'}) RETURN count(e) AS n") == [{"n": 0}]


def test_console_runs_a_last_statement_without_semicolon(tmp_path, news):
    ok("build", news, "--graph", "g.lbug")
    out = ok("console", "--graph", "g.lbug", input=":format csv\nMATCH (e:Entity)\nRETURN count(e) AS n\n").stdout
    assert out == "n\n6\n"  # four in facts, and London and Paris


def test_console_on_a_graph_in_a_missing_folder(tmp_path):
    fails(5, "console", "--graph", "nowhere/g.lbug", match=r"does not exist", input=":stats\n")


def test_version():
    result = ok("--version")
    assert result.stdout == f"kg {__version__}\n"
    proc = run_kg("--version")
    assert proc.returncode == 0 and proc.stdout == f"kg {__version__}\n" and proc.stderr == ""


# -- 3. no heavy imports for --help ------------------------------------------------------------
@pytest.mark.parametrize("args", [["--help"], ["--version"], *([c, "--help"] for c in COMMANDS)])
def test_help_imports_nothing_heavy(args):
    code = textwrap.dedent(f"""
        import sys
        from kg.cli import app
        try:
            app({args!r}, prog_name="kg")
        except SystemExit as exc:
            assert exc.code in (0, None), exc.code
        heavy = sorted({{m.split('.')[0] for m in sys.modules}} & {{'spacy', 'neo4j', 'ladybug', 'thinc',
                        'rdflib', 'networkx', 'kg.extract', 'kg.stores'}})
        heavy += sorted(m for m in sys.modules if m in ('kg.extract', 'kg.stores', 'kg.pipeline'))
        print(repr(heavy), file=sys.stderr)
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "[]"
    assert "Usage: kg" in proc.stdout or proc.stdout.startswith("kg ")


def test_loading_facts_imports_no_spacy():
    """kg load resolves names without parsing: the club rule it reads (is_club_name) must not
    import spaCy (76 MiB of a load's peak)."""
    code = textwrap.dedent("""
        import sys
        import kg.graph, kg.resolve.corpus, kg.resolve.latemerge
        from kg.resolve.records import merged_node
        from kg.resolve.clubs import is_club_name
        assert is_club_name(["Exeter", "City"])
        print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')), file=sys.stderr)
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "[]"


# -- 4. help ----------------------------------------------------------------------------------
def test_top_level_help_lists_every_command():
    out = ok("--help").stdout
    assert out.startswith("Usage: kg [OPTIONS] COMMAND [ARGS]...")
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s+\S", out, re.M), command
    no_args = kg()
    assert "Usage: kg" in no_args.output and "Traceback" not in no_args.output


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help(command):
    import importlib

    function = getattr(importlib.import_module(f"kg.cli.{command}"), command)
    summary = (function.__doc__ or "").strip().splitlines()[0] if function.__doc__ else ""
    assert len(summary) > 10, f"kg {command} has no docstring summary"
    out = ok(command, "--help").stdout
    assert out.startswith(f"Usage: kg {command} [OPTIONS]")
    assert " ".join(summary.split()) in " ".join(out.split())
    assert "--help" in out
    if command not in ("extract",):
        assert "--graph" in out
    top = " ".join(ok("--help").stdout.split())
    assert f"{command} {summary.split('.')[0][:30]}" in top
