"""kg console completion from the store's schema, highlighting, and the global CLI options."""

from __future__ import annotations

from factories import small_graph
from prompt_toolkit.document import Document
from typer.testing import CliRunner

from kg import __version__
from kg.cli import app, common
from kg.cli.console import make_completer, schema_words
from kg.pipeline import open_graph

runner = CliRunner()


def _complete(completer, text):
    return [c.text for c in completer.get_completions(Document(text), None)]


def test_completion_reads_labels_types_and_properties_from_the_store(graph_target):
    with open_graph(graph_target, create=True) as g:
        g.load(small_graph())
        words = schema_words(g)
    assert {"Entity", "Document"} <= set(words["labels"])
    assert {"HEAD", "MEET", "DECLINE", "ATTEND", "MENTIONED_IN"} <= set(words["types"])
    assert {"name", "aliases", "confidence", "evidence"} <= set(words["properties"])
    completer = make_completer(words)
    assert _complete(completer, "MATCH (e:Ent") == ["Entity"]
    assert _complete(completer, "MATCH (a)-[r:DEC") == ["DECLINE"]
    assert _complete(completer, "RETURN e.conf") == ["confidence"]
    assert "MATCH" in _complete(completer, "mat")
    assert _complete(completer, ":sch") == [":schema"]


def test_console_prompt_is_highlighted_unless_no_color(monkeypatch):
    from kg.cli.console import _prompt_session

    words = {"labels": ["Entity"], "types": ["HEAD"], "properties": ["name"]}
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("KG_HISTORY", "/dev/null")
    assert _prompt_session(words).lexer is not None
    monkeypatch.setenv("NO_COLOR", "1")
    assert _prompt_session(words).lexer is None
    assert common.color_enabled() is False


def test_version_completion_and_verbose(tmp_path, monkeypatch):
    assert runner.invoke(app, ["--version"]).stdout.strip() == f"kg {__version__}"
    # --show-completion is a flag: typer asks shellingham which shell runs it, which fails in a
    # process with no shell above it (a detached CI job); the script itself is what is tested.
    monkeypatch.setattr("typer.completion._get_shell_name", lambda: "bash")
    shown = runner.invoke(app, ["--show-completion"], prog_name="kg")
    assert shown.exit_code == 0 and "complete" in shown.stdout and "_KG_COMPLETE" in shown.stdout
    missing = str(tmp_path / "none.lbug")
    quiet = runner.invoke(app, ["stats", "--graph", missing])
    loud = runner.invoke(app, ["--verbose", "viz", "--graph", missing, "-o", str(tmp_path / "x.html")])
    assert quiet.exit_code == 5 and loud.exit_code == 5
    assert "kg: reading graph" in loud.stderr
    common.VERBOSE = False
