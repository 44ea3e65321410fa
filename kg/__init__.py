"""kg: text in, knowledge graph out, questions answered.

The Python API is what the CLI is built on::

    from kg import build
    graph = build(["seeds/"], graph="g.lbug")
    graph.query("MATCH (e:Entity) RETURN e.name AS name LIMIT 5")
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "build", "extract", "load", "open_graph", "to_networkx"]


def __getattr__(name: str) -> Any:
    # Lazy: `import kg` and `kg --help` must not import spaCy or a database driver.
    if name in ("build", "extract", "load", "open_graph"):
        from kg import pipeline

        return getattr(pipeline, name)
    if name == "to_networkx":
        from kg.analytics import to_networkx

        return to_networkx
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
