"""kg viz: a self-contained HTML page, checked in a real headless Chromium (skipped without one)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile

import pytest
from factories import small_graph
from typer.testing import CliRunner

from kg.cli import app
from kg.io import write_jsonl_file
from kg.viz import NEGATED_COLOUR, visualize

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)


def chromium_dom(page: str, screenshot: str | None = None) -> str:
    """The DOM of a page after it ran, in headless Chromium with every host name unresolvable
    (so a page that needs the network fails)."""
    with tempfile.TemporaryDirectory() as profile:
        args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--virtual-time-budget=10000", "--window-size=1400,900"]
        args += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
        run = subprocess.run([*args, f"file://{page}"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


def test_page_is_self_contained_and_shows_the_model(tmp_path):
    out = tmp_path / "g.html"
    counts = visualize(small_graph(), output=str(out))
    assert counts == {"entities": 5, "facts": 5}
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page)  # nothing fetched at view time
    assert "vis-network" in page or "vis.Network" in page
    data = json.loads(re.search(r"edges = new vis\.DataSet\((\[.*?\])\);", page, re.S).group(1))
    negated = [e for e in data if e.get("dashes")]
    assert len(negated) == 1 and negated[0]["label"] == "not attend" and negated[0]["color"] == NEGATED_COLOUR
    assert any("sentence 0 of one.txt" in e["title"] for e in data)  # the evidence, on hover
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page, re.S).group(1))
    assert len({n["color"] for n in nodes}) == 3  # PERSON, ORG, CONCEPT


def test_viz_cli_entity_neighbourhood(tmp_path):
    facts = tmp_path / "facts.jsonl"
    write_jsonl_file(small_graph(), str(facts))
    runner = CliRunner()
    result = runner.invoke(app, ["viz", str(facts), "--entity", "Cy Young", "--depth", "1",
                                 "-o", str(tmp_path / "cy.html")])
    assert result.exit_code == 0, result.output
    assert "drew 2 entities and 1 facts" in result.stderr
    two = runner.invoke(app, ["viz", str(facts), "-e", "cy young", "-d", "2", "-o", str(tmp_path / "cy2.html")])
    assert "drew 4 entities" in two.stderr
    none = runner.invoke(app, ["viz", str(facts), "-e", "Nobody", "-o", str(tmp_path / "x.html")])
    assert none.exit_code == 3 and "no entity named" in none.stderr
    assert not (tmp_path / "x.html").exists()


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed (apt-get install chromium)")
def test_page_renders_in_headless_chromium_without_errors(tmp_path):
    out = tmp_path / "g.html"
    visualize(small_graph(), output=str(out))
    dom = chromium_dom(str(out))
    assert 'data-kg-drawn="5"' in dom, dom[:500]  # vis-network drew the five entities
    assert 'data-kg-errors="[]"' in dom  # no script error, failed resource or console.error
    assert "<canvas" in dom
    shot = tmp_path / "g.png"
    chromium_dom(str(out), screenshot=str(shot))
    assert shot.stat().st_size > 10_000
