"""Conventional nicknames of organisations ("Gunners": Arsenal), from ``nicknames.tsv``.

A report names a club, then calls it by its nickname for variety; the nickname cannot be derived
from the name, so it is listed. It joins the organisation only where its document names that
organisation, and only one of the organisations it may stand for ("Blues" beside Chelsea and
Birmingham City joins neither).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from kg.model import name_key

__all__ = ["nickname_targets", "nicknames"]


@functools.lru_cache(maxsize=1)
def nicknames() -> dict[str, tuple[frozenset[str], ...]]:
    """Nickname key → the organisations it may stand for, each as the keys of its names."""
    table: dict[str, tuple[frozenset[str], ...]] = {}
    for line in Path(__file__).with_name("nicknames.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            nickname, organisations = line.split("\t")
            table[name_key(nickname)] = tuple(frozenset(name_key(n) for n in org.split("|"))
                                              for org in organisations.split(";"))
    return table


def nickname_targets(names: Iterable[str]) -> dict[str, str]:
    """Of one document's names, each nickname → the name of the document it stands for: the
    longest the document gives its one organisation ("Tottenham Hotspur" over "Tottenham")."""
    by_key: dict[str, set[str]] = {}
    for name in names:
        by_key.setdefault(name_key(name), set()).add(name)
    out: dict[str, str] = {}
    for key, written in by_key.items():
        named = [{n for k in org & by_key.keys() for n in by_key[k]} for org in nicknames().get(key, ())]
        named = [found for found in named if found]
        if len(named) == 1:
            target = max(named[0], key=lambda n: (len(n), n))
            out.update((n, target) for n in written if n[:1].isupper())
    return out
