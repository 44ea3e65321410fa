"""The extraction rules by name, so that an evaluation can switch one off and measure its worth.

Every rule is a function registered under the name its propositions carry in ``Proposition.rule``
(``svo``, ``apposition``, ...); its docstring says what it reads and why (the linguistic reason).
``kg eval carb --ablate NAME`` runs the extractor with that rule's propositions left out
(:func:`ablated`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from kg.errors import InputError

F = TypeVar("F", bound=Callable[..., Any])

RULES: dict[str, list[Callable[..., Any]]] = {}
_disabled: frozenset[str] = frozenset()


def register(name: str) -> Callable[[F], F]:
    """Register a rule function under the name its propositions carry."""
    def add(func: F) -> F:
        RULES.setdefault(name, []).append(func)
        return func
    return add


def disabled() -> frozenset[str]:
    """The names of the rules switched off for now (none, unless inside :func:`ablated`)."""
    return _disabled


def rule_names() -> list[str]:
    # registers every rule; by name, so that the rule modules, which import this one, and this
    # one are no import cycle to mypy (one it mis-infers: kg.extract's FactBuilder became Any)
    importlib.import_module("kg.extract.rules")
    importlib.import_module("kg.extract.openie_repair")
    importlib.import_module("kg.extract.boundaries")
    importlib.import_module("kg.extract.name_repairs")
    # the short-form rules of kg.resolve.comention, which `kg load` reads without kg.extract
    short_forms: dict[str, Callable[..., Any]] = importlib.import_module("kg.resolve.shortforms").RULES
    for name, func in short_forms.items():
        if func not in RULES.get(name, []):
            register(name)(func)

    return sorted(RULES)


def describe(name: str) -> str:
    """The first paragraph of the docstring of the rule's first function: what it reads."""
    doc = (RULES[name][0].__doc__ or "").strip()
    return " ".join(doc.split("\n\n")[0].split())


@contextmanager
def ablated(names: Iterable[str]) -> Iterator[None]:
    """Run the extractor with these rules switched off (an unknown name is an input error)."""
    global _disabled
    wanted = frozenset(names)
    unknown = sorted(wanted - set(rule_names()))
    if unknown:
        raise InputError(f"unknown rule {', '.join(unknown)} (known: {', '.join(rule_names())})")
    before, _disabled = _disabled, _disabled | wanted
    try:
        yield
    finally:
        _disabled = before
