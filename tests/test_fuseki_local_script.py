"""Contract test for docker/fuseki-local.sh (start|status|stop), on a state dir of its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "docker" / "fuseki-local.sh"

pytestmark = [pytest.mark.slow, pytest.mark.fuseki,
              pytest.mark.skipif(shutil.which("java") is None or shutil.which("mvn") is None,
                                 reason="docker/fuseki-local.sh needs java and mvn")]


def _run(cmd: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT), cmd], env=env, capture_output=True, text=True,
                          timeout=600, stdin=subprocess.DEVNULL)


def _running(pid: int) -> bool:
    """Alive and not a zombie (a container's init may leave the exited server unreaped)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_start_status_stop(tmp_path: Path) -> None:
    env = {**os.environ, "KG_FUSEKI_STATE": str(tmp_path / "state"), "KG_FUSEKI_LOCAL_PASSWORD": "s3cret-xyz"}
    started = _run("start", env)
    try:
        assert started.returncode == 0, started.stderr
        values = dict(line.split("=", 1) for line in started.stdout.splitlines())
        assert set(values) == {"FUSEKI_URL", "FUSEKI_USERNAME", "FUSEKI_PASSWORD"}
        assert values["FUSEKI_URL"].startswith("http://127.0.0.1:") and values["FUSEKI_PASSWORD"] == "s3cret-xyz"
        assert _run("start", env).stdout == started.stdout  # already running: same lines
        assert _run("status", env).returncode == 0
        # Auth is on: a query without credentials is refused.
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{values['FUSEKI_URL']}/query?query=ASK%7B%7D", timeout=30)
        assert refused.value.code == 401
        assert "s3cret-xyz" not in (tmp_path / "state" / "fuseki.log").read_text()
        pid = int((tmp_path / "state" / "fuseki.pid").read_text())
    finally:
        stopped = _run("stop", env)
    assert stopped.returncode == 0
    assert not _running(pid)
    assert _run("status", env).returncode == 3
    assert not (tmp_path / "state" / "passwd").exists()
