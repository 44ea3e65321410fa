"""``KG_MODEL`` is the model of every path that names none, and a wrong one is one clear error line.

``kg build`` and ``kg extract`` took the model from the settings, but the CaRB view, the census and
``extract_text`` called ``load_model()`` with no name and so parsed with en_core_web_sm whatever
``KG_MODEL`` said: a CaRB score or census "of" another model was partly sm's.

spaCy loads a name that is an installed Python distribution by importing it and calling its
``load()``; a package that is installed but is no model package (a wrapper that ships a model
folder as data, or any library) failed inside spaCy with an ``AttributeError`` traceback. kg
now says what is wrong and what to name instead, with ``E-MODEL`` and its exit code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ModelNotFoundError

runner = CliRunner()


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("KG_GRAPH", "KG_CONFIG", "KG_PROCESSES", "KG_MODEL", "KG_BATCH_SIZE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news.txt").write_text("Tom Reed joined Nordbank in Halden.\n", encoding="utf-8")


def one_error_line(model: str, monkeypatch: pytest.MonkeyPatch, *options: str) -> str:
    monkeypatch.setenv("KG_MODEL", model)
    result = runner.invoke(app, ["extract", *options, "news.txt", "-o", "out.jsonl"])
    assert result.exit_code == ModelNotFoundError.exit_code, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("kg: error: ") and lines[0].endswith("[E-MODEL]"), lines[0]
    assert not Path("out.jsonl").exists()
    return lines[0]


def test_an_installed_package_that_is_no_model_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # typer is installed with kg and has no load(): spaCy's package branch, not its path branch.
    line = one_error_line("typer", monkeypatch)
    assert "'typer' is installed but is not a spaCy model package" in line
    assert "path of a model folder" in line


def test_a_name_that_is_nothing_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    line = one_error_line("no_such_model_vexa", monkeypatch)
    assert "no spaCy English model found (tried no_such_model_vexa)" in line


def test_the_carb_view_takes_the_model_of_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    # Before, this parsed with the default model and wrote its tuples: KG_MODEL was not asked.
    line = one_error_line("no_such_model_vexa", monkeypatch, "--sentences", "-f", "carb")
    assert "tried no_such_model_vexa" in line


def test_extract_text_takes_the_model_of_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.extract import extract_text

    monkeypatch.setenv("KG_MODEL", "no_such_model_vexa")
    with pytest.raises(ModelNotFoundError, match="tried no_such_model_vexa"):
        extract_text("Tom Reed joined Nordbank in Halden.")
