"""Shared fixtures. Neo4j is real: never mocked.

Where the Neo4j server comes from, in order:
1. ``NEO4J_URI`` (with ``NEO4J_USERNAME``/``NEO4J_PASSWORD``) when set;
2. ``docker/neo4j-local.sh start`` (a real Neo4j 5.26 on loopback, Java 17 + Maven, no Docker),
   stopped again when the session ends, pass or fail;
3. testcontainers' Neo4j module, when a Docker engine answers;
4. otherwise the Neo4j tests skip, and with ``KG_REQUIRE_NEO4J=1`` (CI) that is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_93302ee20f98648d.txt"
LOCAL_SCRIPT = ROOT / "docker" / "neo4j-local.sh"
REQUIRED = os.environ.get("KG_REQUIRE_NEO4J") == "1"


@dataclass(frozen=True)
class Neo4jServer:
    uri: str
    username: str
    password: str

    def env(self) -> dict[str, str]:
        return {"NEO4J_URI": self.uri, "NEO4J_USERNAME": self.username, "NEO4J_PASSWORD": self.password}


def _unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"Neo4j is required (KG_REQUIRE_NEO4J=1) but unavailable: {reason}", pytrace=False)
    pytest.skip(f"no Neo4j: {reason}")


def _parse_env_lines(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def _docker_engine() -> bool:
    if not shutil.which("docker"):
        return False
    return subprocess.run(["docker", "info"], capture_output=True, timeout=20).returncode == 0


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jServer]:
    if os.environ.get("NEO4J_URI"):
        yield Neo4jServer(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
                          os.environ.get("NEO4J_PASSWORD", ""))
        return
    problems = []
    if LOCAL_SCRIPT.exists() and shutil.which("java") and shutil.which("mvn"):
        run = subprocess.run(["bash", str(LOCAL_SCRIPT), "start"], capture_output=True, text=True, timeout=900)
        if run.returncode == 0:
            values = _parse_env_lines(run.stdout)
            try:
                yield Neo4jServer(values["NEO4J_URI"], values["NEO4J_USERNAME"], values["NEO4J_PASSWORD"])
            finally:
                subprocess.run(["bash", str(LOCAL_SCRIPT), "stop"], capture_output=True, timeout=180)
            return
        problems.append(f"{LOCAL_SCRIPT.name} start failed: {run.stderr.strip()[-800:]}")
    else:
        problems.append("docker/neo4j-local.sh needs java and mvn on PATH")
    if _docker_engine():
        from testcontainers.neo4j import Neo4jContainer

        with Neo4jContainer("neo4j:5.26-community", password="kg-test-password") as container:
            yield Neo4jServer(container.get_connection_url(), "neo4j", "kg-test-password")
        return
    problems.append("no Docker engine for testcontainers")
    _unavailable("; ".join(problems))


@pytest.fixture
def neo4j_env(neo4j_server: Neo4jServer, monkeypatch: pytest.MonkeyPatch) -> Neo4jServer:
    """The server's credentials in the environment, as a user would set them."""
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_server.username)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    return neo4j_server


def _wipe_neo4j(server: Neo4jServer) -> None:
    import neo4j

    # In batches, each its own implicit transaction: a big graph left by a failed test fits too.
    with neo4j.GraphDatabase.driver(server.uri, auth=(server.username, server.password)) as driver, \
            driver.session() as session:
        session.run("MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 5000 ROWS").consume()
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def graph_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A graph string for each store: an empty LadybugDB file, or a wiped real Neo4j."""
    if request.param == "embedded":
        yield str(tmp_path / "graph.lbug")
        return
    server: Neo4jServer = request.getfixturevalue("neo4j_env")
    _wipe_neo4j(server)
    yield server.uri
    _wipe_neo4j(server)


@pytest.fixture(scope="session")
def seed_extractions() -> list[Any]:
    from kg.extract import extract_documents
    from kg.ingest import read_document

    return list(extract_documents([read_document(str(SEED))]))


# -- with KG_REQUIRE_NEO4J=1, a skipped Neo4j test fails the run ------------------------------
_skipped_neo4j: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and "neo4j" in report.keywords:
        _skipped_neo4j.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if REQUIRED and _skipped_neo4j:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if REQUIRED and _skipped_neo4j:
        terminalreporter.write_line(
            f"KG_REQUIRE_NEO4J=1: {len(_skipped_neo4j)} Neo4j test(s) skipped, which counts as failure", red=True)
