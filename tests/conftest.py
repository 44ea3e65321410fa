"""Shared fixtures. Neo4j is real: never mocked.

Where the Neo4j server comes from, in order:
1. ``NEO4J_URI`` (with ``NEO4J_USERNAME``/``NEO4J_PASSWORD``) when set;
2. ``docker/neo4j-local.sh start`` (a real Neo4j 5.26 with APOC core on loopback, Java 17 + Maven,
   no Docker),
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
        # APOC core: LangChain's and neo4j-graphrag's writers call apoc.merge.* (kg's own stores do not).
        run = subprocess.run(["bash", str(LOCAL_SCRIPT), "start"], capture_output=True, text=True, timeout=900,
                             env={**os.environ, "KG_NEO4J_APOC": "1"})
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

        container = Neo4jContainer("neo4j:5.26-community", password="kg-test-password")
        with container.with_env("NEO4J_PLUGINS", '["apoc"]') as container:
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


@pytest.fixture
def neo4j_wiped(neo4j_server: Neo4jServer) -> Iterator[Neo4jServer]:
    """The test Neo4j, empty before and after the test (for tests that write with other libraries)."""
    _wipe_neo4j(neo4j_server)
    yield neo4j_server
    _wipe_neo4j(neo4j_server)


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


# -- Apache Jena Fuseki ------------------------------------------------------------------------
FUSEKI_SCRIPT = ROOT / "docker" / "fuseki-local.sh"
FUSEKI_REQUIRED = os.environ.get("KG_REQUIRE_FUSEKI") == "1"


@dataclass(frozen=True)
class FusekiServer:
    """A dataset on a real Fuseki: ``url`` is the dataset (``/data``, ``/query``, ``/update`` below)."""

    url: str
    username: str
    password: str

    def sparql(self, query: str, *, union: bool = True, **bindings: str) -> list[dict[str, str]]:
        """SELECT over HTTP; with ``union``, the default graph is the store's default graph plus every
        named one (as kg's queries/sparql/*.rq expect), else the store's dataset as it is."""
        import csv
        import io
        import urllib.parse
        import urllib.request

        for name, value in bindings.items():  # a string for each $variable, as initial bindings
            query = query.replace(f"${name}", '"' + value.replace('"', '\\"') + '"')
        form = [("query", query)]
        if union:
            form += [("default-graph-uri", "urn:x-arq:DefaultGraph"), ("default-graph-uri", "urn:x-arq:UnionGraph")]
        request = urllib.request.Request(f"{self.url}/query", data=urllib.parse.urlencode(form).encode(),
                                         headers={"Accept": "text/csv", **self.auth()})
        with urllib.request.urlopen(request, timeout=60) as answer:
            return list(csv.DictReader(io.StringIO(answer.read().decode("utf-8"))))

    def update(self, update: str) -> None:
        import urllib.parse
        import urllib.request

        request = urllib.request.Request(f"{self.url}/update", data=urllib.parse.urlencode(
            {"update": update}).encode(), headers=self.auth())
        with urllib.request.urlopen(request, timeout=60) as answer:
            answer.read()

    def auth(self) -> dict[str, str]:
        import base64

        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        return {"Authorization": f"Basic {token}"}


@pytest.fixture(scope="session")
def fuseki_server() -> Iterator[FusekiServer]:
    """``FUSEKI_URL`` (with ``FUSEKI_USERNAME``/``FUSEKI_PASSWORD``) when set; else
    ``docker/fuseki-local.sh start`` (Java 17 + Maven), stopped when the session ends; else skip,
    which ``KG_REQUIRE_FUSEKI=1`` (CI) turns into a failure."""
    if os.environ.get("FUSEKI_URL"):
        yield FusekiServer(os.environ["FUSEKI_URL"].rstrip("/"), os.environ.get("FUSEKI_USERNAME", ""),
                           os.environ.get("FUSEKI_PASSWORD", ""))
        return
    if not (shutil.which("java") and shutil.which("mvn")):
        reason = "docker/fuseki-local.sh needs java and mvn on PATH"
    else:
        run = subprocess.run(["bash", str(FUSEKI_SCRIPT), "start"], capture_output=True, text=True, timeout=900)
        if run.returncode == 0:
            values = _parse_env_lines(run.stdout)
            try:
                yield FusekiServer(values["FUSEKI_URL"], values["FUSEKI_USERNAME"], values["FUSEKI_PASSWORD"])
            finally:
                subprocess.run(["bash", str(FUSEKI_SCRIPT), "stop"], capture_output=True, timeout=120)
            return
        reason = f"{FUSEKI_SCRIPT.name} start failed: {run.stderr.strip()[-800:]}"
    if FUSEKI_REQUIRED:
        pytest.fail(f"Fuseki is required (KG_REQUIRE_FUSEKI=1) but unavailable: {reason}", pytrace=False)
    pytest.skip(f"no Fuseki: {reason}")


@pytest.fixture
def fuseki(fuseki_server: FusekiServer) -> FusekiServer:
    """The Fuseki dataset, emptied first."""
    fuseki_server.update("DROP ALL")
    return fuseki_server


@pytest.fixture(scope="session")
def seed_extractions() -> list[Any]:
    from kg.extract import extract_documents
    from kg.ingest import read_document

    return list(extract_documents([read_document(str(SEED))]))


# -- with KG_REQUIRE_NEO4J=1, a skipped Neo4j test fails the run ------------------------------
_skipped_neo4j: list[str] = []


_skipped_fuseki: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and "neo4j" in report.keywords:
        _skipped_neo4j.append(report.nodeid)
    if report.skipped and "fuseki" in report.keywords:
        _skipped_fuseki.append(report.nodeid)


def _required_but_skipped() -> list[str]:
    out = []
    if REQUIRED and _skipped_neo4j:
        out.append(f"KG_REQUIRE_NEO4J=1: {len(_skipped_neo4j)} Neo4j test(s) skipped, which counts as failure")
    if FUSEKI_REQUIRED and _skipped_fuseki:
        out.append(f"KG_REQUIRE_FUSEKI=1: {len(_skipped_fuseki)} Fuseki test(s) skipped, which counts as failure")
    return out


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _required_but_skipped():
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for line in _required_but_skipped():
        terminalreporter.write_line(line, red=True)
