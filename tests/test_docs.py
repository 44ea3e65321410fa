"""The README documents every command, every query file and every environment variable kg reads."""

from __future__ import annotations

import re
from pathlib import Path

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
    for var in [*ENV.values(), "NEO4J_PASSWORD", "KG_PREDICATES", "KG_CONFIG", "KG_REQUIRE_NEO4J"]:
        assert f"`{var}`" in README, var


def test_readme_has_the_two_setup_commands_and_ci_runs_the_second():
    assert "make demo" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text() and "KG_REQUIRE_NEO4J=1" in (ROOT / ".ci" / "run").read_text()
