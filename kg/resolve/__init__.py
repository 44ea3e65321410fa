"""Entity and predicate resolution: within one document (``entities``, ``facts``), across a corpus
(``corpus``), names as text (``names``) and predicates (``predicates``).

``FactBuilder`` is imported on first use: the stores and ``kg load`` use the light modules here
without loading the parser that ``facts`` needs.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name in ("FactBuilder", "COPULA_RULES", "named"):
        from kg.resolve import facts

        return getattr(facts, name)
    raise AttributeError(f"module 'kg.resolve' has no attribute {name!r}")
