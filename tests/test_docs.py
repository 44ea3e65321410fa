"""The README documents every command, every query file and every environment variable kg reads."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from kg.cli import app
from kg.config import ENV

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme_with_an_example():
    commands = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    assert {"extract", "build", "load", "query", "console", "stats", "clear", "remove"} <= set(commands)
    for name in commands:
        assert re.search(rf"^\| `kg {name}\b.*\| `kg {name}\b", README, re.M), f"kg {name} lacks a README row"


def test_every_query_file_is_in_the_readme():
    for path in (ROOT / "queries").glob("*.cypher"):
        assert f"`{path.name}`" in README


def test_every_environment_variable_is_in_the_readme():
    for var in [*ENV.values(), "NEO4J_PASSWORD", "KG_PREDICATES", "KG_CONFIG", "KG_REQUIRE_NEO4J",
                "KG_SPARQL_USERNAME", "KG_SPARQL_PASSWORD", "KG_REQUIRE_FUSEKI", "FUSEKI_URL"]:
        assert f"`{var}`" in README, var


def test_readme_has_the_two_setup_commands_and_ci_runs_the_second():
    assert "make demo" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text() and "KG_REQUIRE_NEO4J=1" in (ROOT / ".ci" / "run").read_text()


# -- the "Use kg from ..." snippets, run as a reader would run them --------------------------------
def snippet(name: str) -> str:
    match = re.search(rf"<!-- snippet: {name} -->\n```\w+\n(.*?)```", README, re.S)
    assert match, f"README lacks the {name} snippet"
    return match.group(1)


def _python(code: str, env: dict[str, str] | None = None) -> str:
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, **(env or {})}, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


def test_the_spacy_snippet_runs() -> None:
    from kg.extract.nlp import MODEL_PACKAGES

    code = snippet("spacy")
    for package in MODEL_PACKAGES:  # the official model, or the re-upload kg[model] installs
        try:
            __import__(package)
        except ImportError:
            continue
        code = code.replace('spacy.load("en_core_web_sm")', f"spacy.load({package!r})")
        break
    assert "John Smith HEAD Acme Corp | Acme Corp, which is headed by John Smith" in _python(code)


@pytest.mark.neo4j
def test_the_langchain_snippet_runs(neo4j_wiped) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("langchain_neo4j")
    out = _python(snippet("langchain"), neo4j_wiped.env())
    assert "{'leader': 'Vladimir Medinsky'}" in out


@pytest.mark.neo4j
def test_the_graphrag_snippet_runs(neo4j_wiped) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("neo4j_graphrag")
    assert "'proposed summit'" in _python(snippet("graphrag"), neo4j_wiped.env())


@pytest.mark.fuseki
def test_the_sparql_snippet_runs(fuseki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The fixture's server stands in for the snippet's first line (which starts the same one).
    lines = snippet("sparql").splitlines()
    assert lines[0].startswith('eval "$(docker/fuseki-local.sh start)"')
    for name in ("seeds", "queries"):
        (tmp_path / name).symlink_to(ROOT / name)
    env = {**os.environ, "FUSEKI_URL": fuseki.url, "FUSEKI_USERNAME": fuseki.username,
           "FUSEKI_PASSWORD": fuseki.password, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    run = subprocess.run(["bash", "-euo", "pipefail", "-c", "\n".join(lines[1:])], cwd=tmp_path,
                         capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Vladimir Medinsky,Russian delegation," in run.stdout
    assert fuseki.password not in run.stderr
