"""Progress as a person sees it: the real `kg` command with its stderr on a pseudo-terminal."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KG = [str(Path(sys.executable).parent / "kg")]
# Two short news texts of our own: the bar must count documents of a known total.
TEXTS = (
    "The mayor of Leeds opened a new library on Monday. She thanked the builders.",
    "Acme Corp bought Widget Ltd in March. The deal was announced by its chief executive.",
)
COLOUR = re.compile(r"\x1b\[[0-9;]*m")
CURSOR = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\r")


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for n, text in enumerate(TEXTS):
        (folder / f"{n}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def _on_terminal(args: list[str], cwd: Path) -> tuple[str, str]:
    """Run kg with stderr on a pty (stdout piped); what each showed, escape codes removed."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "160", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen([*KG, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=follower,
                            stdin=subprocess.DEVNULL, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # the pty closes with the last writer (EIO on Linux)
            break
        if not data:
            break
        chunks.append(data)
    out, _ = proc.communicate(timeout=300)
    os.close(leader)
    assert proc.returncode == 0, b"".join(chunks).decode(errors="replace")
    return out.decode(), CURSOR.sub("\n", COLOUR.sub("", b"".join(chunks).decode(errors="replace")))


def _summary_lines(screen: str) -> list[str]:
    """The lines left once the transient bar is gone: the command's own report."""
    return [line for line in screen.splitlines() if line.strip() and "documents/s" not in line]


@pytest.mark.slow
def test_extract_on_a_terminal_shows_documents_of_total_facts_rate_and_eta(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _, screen = _on_terminal(["extract", str(corpus), "-o", str(tmp_path / "f.jsonl")], tmp_path)
    bars = [line for line in screen.splitlines() if "documents/s" in line]
    assert bars, screen
    final = bars[-1]
    assert re.search(r"extracting .*\b2/2 documents · \d+ facts · [\d.]+ documents/s · ETA", final), final
    facts = sum(1 for line in (tmp_path / "f.jsonl").read_text().splitlines() if '"kind": "fact"' in line)
    assert f"· {facts} facts ·" in final
    assert _summary_lines(screen) == [f"{facts} facts from 2 documents"]


@pytest.mark.slow
def test_build_and_load_on_a_terminal_show_a_bar_then_one_summary(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _, screen = _on_terminal(["build", str(corpus), "-g", str(tmp_path / "g.lbug")], tmp_path)
    assert re.search(r"building .*2/2 documents · \d+ facts", screen), screen
    assert len(_summary_lines(screen)) == 1 and _summary_lines(screen)[0].startswith("graph ")

    subprocess.run([*KG, "extract", str(corpus), "-o", "f.jsonl"], cwd=tmp_path, check=True,
                   capture_output=True)
    _, screen = _on_terminal(["load", "f.jsonl", "-g", str(tmp_path / "h.lbug")], tmp_path)
    assert re.search(r"loading .*2/\? documents · \d+ facts", screen), screen
    assert len(_summary_lines(screen)) == 1 and _summary_lines(screen)[0].startswith("loaded ")


@pytest.mark.slow
def test_quiet_on_a_terminal_and_piped_stderr_show_no_bar(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out, screen = _on_terminal(["--quiet", "extract", str(corpus)], tmp_path)
    assert screen.strip() == ""
    assert out.count('"kind": "document"') == 2
    piped = subprocess.run([*KG, "extract", str(corpus), "-o", "f.jsonl"], cwd=tmp_path,
                           capture_output=True, text=True, check=True)
    assert re.fullmatch(r"\d+ facts from 2 documents\n", piped.stderr)
