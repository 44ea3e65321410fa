"""The extraction rules by name, so that an evaluation can switch one off and measure its worth.

Every rule is a function registered under the name its propositions carry in ``Proposition.rule``
(``svo``, ``apposition``, ...); its docstring says what it reads and why (the linguistic reason).
``kg eval carb --ablate NAME`` runs the extractor with that rule's propositions left out
(:func:`ablated`). A sentence rule may declare what it cannot find anything without
(:func:`triggered_by`); the dispatch then does not call it on a sentence without any of it, so a
rule widened later must widen its declaration too (``docs/writing-rules.md``).
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


_declared = 0  # how many changes :data:`TRIGGERS` has had (see triggers_declared)


class _Triggers(dict[Callable[..., Any], frozenset[str | int]]):
    """A dict that counts its changes (:func:`triggers_declared`): a trigger set in it by hand
    (``TRIGGERS[rule] = ...``, ``monkeypatch.setitem``) or taken out is seen by the dispatch's
    plan as a declaration is."""

    def __setitem__(self, key: Callable[..., Any], value: frozenset[str | int]) -> None:
        global _declared
        super().__setitem__(key, value)
        _declared += 1

    def __delitem__(self, key: Callable[..., Any]) -> None:
        global _declared
        super().__delitem__(key)
        _declared += 1


# What a sentence must hold for a rule to find anything in it, by rule (:func:`triggered_by`).
TRIGGERS: dict[Callable[..., Any], frozenset[str | int]] = _Triggers()
_skipping = True


def triggered_by(*, words: Iterable[str] = (), lemmas: Iterable[str] = (), tags: Iterable[str] = (),
                 deps: Iterable[str] = (), ents: Iterable[str] = ()) -> Callable[[F], F]:
    """Declare what a sentence rule cannot find anything without: one of these words or lemmas (in
    lower case) or a word with one of these fine tags, dependency labels or entity types. The
    rules' dispatch (:func:`kg.extract.rules.sentence_propositions`) does not call the rule on a
    sentence whose :func:`~kg.extract.reading.sentence_index` (its words, lemmas and label ids in
    one set) holds none of them. The rule keeps its own tests (it is also called on its own).
    ``tests/test_triggers.py`` checks, for every rule that declares triggers, that it finds nothing
    in a sentence without them and that the output with and without the skip is the same."""
    from spacy.strings import get_string_id

    labels: set[str | int] = {get_string_id(label) for label in (*tags, *deps, *ents)}
    found = frozenset(labels.union(words, lemmas))
    if not found:
        raise ValueError("a rule's triggers must name at least one word, lemma or label")
    if any(isinstance(w, str) and w != w.lower() for w in found):
        raise ValueError(f"a rule's trigger words and lemmas are in lower case: {sorted(map(str, found))}")

    def add(func: F) -> F:
        TRIGGERS[func] = found  # (counted: :class:`_Triggers`)
        return func
    return add


def triggers_declared() -> int:
    """How many trigger declarations (or other changes of :data:`TRIGGERS`) have been made so far:
    a dispatch that keeps a plan made from :data:`TRIGGERS`
    (:func:`kg.extract.rules.triggered_rules`) makes it again when this changes."""
    return _declared


def skipping() -> bool:
    """Whether the dispatch skips a rule whose triggers a sentence lacks (always, but inside
    :func:`untriggered`)."""
    return _skipping


@contextmanager
def untriggered() -> Iterator[None]:
    """Call every rule on every sentence, triggers or not (to check that the triggers skip only
    what gives nothing)."""
    global _skipping
    before, _skipping = _skipping, False
    try:
        yield
    finally:
        _skipping = before


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
    # (and what kg.extract's package imports only where it extracts, to keep its import no circle)
    importlib.import_module("kg.extract.repair")
    importlib.import_module("kg.extract.speech")
    importlib.import_module("kg.resolve.facts")  # the resolver's rules (references, speakers, ...)
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
