"""``kg export`` end to end, bad input, and exporting what a store holds (both stores, real Neo4j)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from exportkit import export_bytes, items_of, parse_pyoxigraph, write_facts_file
from factories import small_graph
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError, StoreError
from kg.export import export, write_rdf
from kg.export.sources import read_store
from kg.stores import open_store

KG = Path(sys.executable).parent / "kg"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("KG_GRAPH", "KG_CONFIG", "KG_BATCH_SIZE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)


def kg(*args: object, input: str | bytes | None = None):
    result = runner.invoke(app, [str(a) for a in args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"kg {args} crashed: {result.exception!r}") from result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def facts(tmp_path: Path) -> Path:
    return write_facts_file(tmp_path / "facts.jsonl", small_graph())


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# -- the command ---------------------------------------------------------------------------------
def test_export_to_stdout_is_nquads_by_default(facts):
    result = kg("export", facts)
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == export_bytes(items_of(small_graph()), "nq")
    assert "exported 6 facts (1 negated) from 2 documents: 135 quads as nq to stdout" in result.stderr


@pytest.mark.parametrize("fmt", ["nq", "nt", "ttl", "trig", "jsonld"])
def test_format_from_the_file_name_or_the_option(facts, tmp_path, fmt):
    by_name = tmp_path / f"out.{fmt}"
    assert kg("export", facts, "-o", by_name).exit_code == 0
    by_option = tmp_path / "out.data"
    assert kg("export", facts, "--format", fmt, "-o", by_option).exit_code == 0
    assert by_name.read_bytes() == by_option.read_bytes() == export_bytes(items_of(small_graph()), fmt)
    assert oct(by_name.stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    assert _leftovers(tmp_path) == []


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_base_iri_option(facts):
    result = kg("export", facts, "-f", "nt", "--base-iri", "http://data.example.org/kg")
    assert result.exit_code == 0
    assert b"<http://data.example.org/kg/entity/" in result.stdout_bytes
    assert b"<https://kg.example/entity/" not in result.stdout_bytes


def test_stdin_and_the_installed_script(facts):
    run = subprocess.run([str(KG), "-q", "export", "-", "-f", "nt"], input=facts.read_bytes(),
                         capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout == export_bytes(items_of(small_graph()), "nt") and run.stderr == b""


# -- bad input -----------------------------------------------------------------------------------
def _error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_malformed_line_is_named_and_nothing_is_written(facts, tmp_path):
    lines = facts.read_text().splitlines()
    lines.insert(3, '{"kind": "fact", "subject": ')
    facts.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.nq"
    out.write_text("keep me")
    result = kg("export", facts, "-o", out)
    assert result.exit_code == 3
    assert _error_line(result).startswith(f"kg: error: {facts}:4: malformed facts line: ")
    assert "--skip-bad" in result.stderr and "[E-INPUT]" in result.stderr
    assert out.read_text() == "keep me" and _leftovers(tmp_path) == []


def test_skip_bad_counts_and_skips(facts, tmp_path):
    lines = facts.read_text().splitlines()
    lines[2:2] = ["not json", '{"kind": "fact"}', '{"no": "kind"}']
    facts.write_text("\n".join(lines) + "\n")
    result = kg("export", facts, "--skip-bad", "-o", tmp_path / "out.nq")
    assert result.exit_code == 0, result.stderr
    assert f"skipped 3 malformed line(s); first: {facts}:3: malformed facts line" in result.stderr
    assert (tmp_path / "out.nq").read_bytes() == export_bytes(items_of(small_graph()), "nq")


def test_nothing_left_after_skipping_bad_lines(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"not json\n{\"kind\": \"other\"}\n")
    result = kg("export", path, "-o", tmp_path / "out.nq", "--skip-bad")
    assert result.exit_code == 3
    assert "bad.jsonl: no document records" in _error_line(result)
    assert not (tmp_path / "out.nq").exists()


@pytest.mark.parametrize(("content", "message"), [
    (b'{"kind": "document", "id": "d"}\n\xff\xfe\n', ":2: malformed facts line: not valid UTF-8 (byte 1)"),
    (b'{"kind": "fact", "subject": {}}\n', ":1: malformed facts line: missing field"),
    (b'{"kind": "document", "id": "d"}\n{"kind": "document", "id": 5}\n', ":2: malformed facts line: id is not a string"),
    (b"", "file is empty"),
    (b"\n\n", "file is empty"),
])
def test_bad_facts_files(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    result = kg("export", path, "-o", tmp_path / "out.nq")
    assert result.exit_code == 3
    assert message in _error_line(result)
    assert not (tmp_path / "out.nq").exists() and _leftovers(tmp_path) == []


def test_fact_before_its_document_and_non_finite_confidence(facts, tmp_path):
    lines = facts.read_text().splitlines()
    swapped = tmp_path / "swapped.jsonl"
    swapped.write_text("\n".join([lines[1], lines[0], *lines[2:]]) + "\n")
    assert "fact before its document record" in kg("export", swapped).stderr
    nan = tmp_path / "nan.jsonl"
    nan.write_text("\n".join([lines[0], re.sub(r'"confidence": [0-9.]+', '"confidence": NaN', lines[1]), *lines[2:]]) + "\n")
    assert '"confidence": NaN' in nan.read_text()
    result = kg("export", nan)
    assert result.exit_code == 3 and f"{nan}:2: malformed facts line: confidence" in result.stderr


def test_missing_input_and_folder_input(tmp_path):
    assert "no such file" in _error_line(kg("export", tmp_path / "nope.jsonl"))
    assert "is a folder" in _error_line(kg("export", tmp_path))


def test_unknown_format_lists_the_formats(facts):
    result = kg("export", facts, "--format", "rdfxml")
    assert result.exit_code == 2
    assert "unknown format 'rdfxml'; choose one of: nq, nt, ttl, trig, jsonld" in result.stderr


@pytest.mark.parametrize("args", [[], ["facts.jsonl", "--graph", "g.lbug"]])
def test_input_or_graph_exactly_one(facts, args):
    result = kg("export", *args)
    assert result.exit_code == 2 and "facts file (INPUT) or --graph" in result.stderr


def test_bad_base_iri(facts):
    result = kg("export", facts, "--base-iri", "not an iri")
    assert result.exit_code == 3 and "--base-iri 'not an iri': not an absolute IRI" in _error_line(result)


@pytest.mark.parametrize("target", ["missing/out.nq", "facts.jsonl/out.nq", "."])
def test_unwritable_output_is_a_clear_error(facts, tmp_path, target):
    result = kg("export", facts, "-o", target)
    assert result.exit_code == 3
    assert _error_line(result).startswith(f"kg: error: {target}: ")
    assert _leftovers(tmp_path) == []


def test_a_failed_write_leaves_no_partial_file(facts, tmp_path, monkeypatch):
    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(InputError, match=r"out\.nq: cannot write \(No space left on device\)"):
        export(str(facts), output=str(tmp_path / "out.nq"))
    assert not (tmp_path / "out.nq").exists() and _leftovers(tmp_path) == []


def test_read_only_folder_is_a_clear_error(facts, tmp_path):
    if os.geteuid() == 0:
        folder = Path("/proc/self")  # not writable even for root
    else:
        folder = tmp_path / "ro"
        folder.mkdir(mode=0o500)
    result = kg("export", facts, "-o", folder / "out.nq")
    assert result.exit_code == 3 and "cannot write" in _error_line(result)


# -- stores --------------------------------------------------------------------------------------
def test_export_of_a_store_equals_export_of_its_facts(graph_target, facts):
    """What a store holds exports to the same bytes as the facts file loaded into it."""
    with open_store(graph_target) as store:
        store.write(small_graph())
    result = kg("export", "--graph", graph_target, "-f", "nq")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == export_bytes(items_of(small_graph()), "nq")
    paged = io.BytesIO()
    write_rdf(read_store(graph_target, page=1), paged, fmt="nq")  # one entity a page
    assert paged.getvalue() == result.stdout_bytes


def test_export_of_the_seed_from_a_store(graph_target, seed_extractions):
    with open_store(graph_target) as store:
        store.write(seed_extractions)
    buf = io.BytesIO()
    summary = write_rdf(read_store(graph_target, page=7), buf, fmt="nq")
    assert summary.facts == sum(len(e.facts) for e in seed_extractions)
    assert parse_pyoxigraph(buf.getvalue(), "nq") == parse_pyoxigraph(
        export_bytes(items_of(seed_extractions), "nq"), "nq")


def test_export_of_an_empty_store(graph_target):
    with open_store(graph_target) as store:
        store.stats()
    buf = io.BytesIO()
    assert write_rdf(read_store(graph_target), buf, fmt="nq").triples == 0
    assert buf.getvalue() == b""


def test_export_of_a_missing_embedded_graph_creates_nothing(tmp_path):
    with pytest.raises(StoreError, match="no such graph"):
        export(graph=str(tmp_path / "nope.lbug"))
    assert not (tmp_path / "nope.lbug").exists()
    result = kg("export", "--graph", tmp_path / "nope.lbug")
    assert result.exit_code == 5 and "no such graph" in _error_line(result)
