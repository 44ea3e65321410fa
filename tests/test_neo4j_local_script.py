"""Contract test for docker/neo4j-local.sh (start|status|stop).

Runs the script against its own state dir (so it never touches a server
started by the main test fixture), checks the KEY=VALUE stdout contract, that
auth is really enforced over Bolt, and that stop leaves nothing behind.
Costs one extra Neo4j start (~6 s warm; the first run on a machine also
builds the launcher with Maven). Skipped when java or mvn is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SCRIPT = REPO_ROOT / "docker" / "neo4j-local.sh"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("java") is None or shutil.which("mvn") is None or not Path("/proc/self").exists(),
        reason="docker/neo4j-local.sh test needs java, mvn and /proc",
    ),
]


def _run(cmd: str, env: dict[str, str], timeout: float = 420) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), cmd],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def _parse(stdout: str) -> dict[str, str]:
    lines = stdout.splitlines()
    assert lines, "no output"
    out = {}
    for line in lines:
        key, sep, value = line.partition("=")
        assert sep and key.isidentifier(), f"not KEY=VALUE: {line!r}"
        out[key] = value
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"  # zombie = exited


def test_start_status_stop(tmp_path: Path) -> None:
    state = tmp_path / "state"
    password = "pw-for-script-test"
    env = dict(os.environ, KG_NEO4J_STATE=str(state), KG_NEO4J_LOCAL_PASSWORD=password)
    env.pop("KG_NEO4J_PORT", None)

    started = _run("start", env)
    try:
        assert started.returncode == 0, started.stderr
        info = _parse(started.stdout)
        assert set(info) == {"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD"}
        assert info["NEO4J_URI"].startswith("bolt://127.0.0.1:")
        assert int(info["NEO4J_URI"].rsplit(":", 1)[1]) > 0
        assert info["NEO4J_USERNAME"] == "neo4j"
        assert info["NEO4J_PASSWORD"] == password

        pid = int((state / "neo4j.pid").read_text())
        assert _alive(pid)
        data_dirs = list(state.glob("data.*"))
        assert len(data_dirs) == 1

        # Idempotent start and status report the same server.
        again = _run("start", env, timeout=60)
        assert again.returncode == 0, again.stderr
        assert _parse(again.stdout) == info
        status = _run("status", env, timeout=60)
        assert status.returncode == 0, status.stderr
        assert _parse(status.stdout) == info

        neo4j = pytest.importorskip("neo4j")
        from neo4j.exceptions import AuthError

        uri, user = info["NEO4J_URI"], info["NEO4J_USERNAME"]
        with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
            records, _, _ = driver.execute_query("RETURN 1 AS x")
            assert records[0]["x"] == 1
        wrong = neo4j.GraphDatabase.driver(uri, auth=(user, password + "-wrong"))
        with wrong, pytest.raises(AuthError):
            wrong.verify_connectivity()
    finally:
        stopped = _run("stop", env, timeout=120)

    assert stopped.returncode == 0, stopped.stderr
    assert stopped.stdout == ""
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(pid)
    assert not list(state.glob("data.*"))
    assert not (state / "neo4j.pid").exists()
    assert not (state / "state.env").exists()

    status = _run("status", env, timeout=60)
    assert status.returncode != 0
    assert status.stdout == ""
    assert _run("stop", env, timeout=60).returncode == 0
