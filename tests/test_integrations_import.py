"""`import kg` (and the CLI's help) must not import the libraries the integrations wrap."""

from __future__ import annotations

import subprocess
import sys

WRAPPED = ("spacy", "langchain_core", "langchain_neo4j", "neo4j_graphrag", "neo4j", "requests", "httpx")


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sys.modules))"
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in run.stdout.split()}


def test_import_kg_imports_none_of_the_wrapped_libraries() -> None:
    loaded = _modules_after("import kg, kg.integrations")
    assert not loaded & set(WRAPPED), loaded & set(WRAPPED)


def test_the_extras_declare_every_integration() -> None:
    import importlib.metadata as metadata

    extras = set(metadata.metadata("kg").get_all("Provides-Extra") or [])
    assert {"langchain", "graphrag"} <= extras
    entry = [ep for ep in metadata.entry_points(group="spacy_factories") if ep.name == "kg_facts"]
    assert [ep.value for ep in entry] == ["kg.integrations.spacy:make_kg_facts"]
