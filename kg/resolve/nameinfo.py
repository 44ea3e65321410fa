"""What the corpus (or the graph) says about one normalised name, kept small.

The corpus index (:class:`kg.resolve.corpus.CorpusIndex`) holds one :class:`NameInfo` per distinct
name for the whole of a load: 159,408 of them at 1M synthetic facts. With two ``Counter``s a name
(its types and its spellings) it cost ~966 bytes a name, ~150 MiB at 1M facts, most of it the
two Counters' dicts. Most names are read as one type and written one way, so a name keeps one
type and one spelling with their counts, and a ``Counter`` only once a second one comes (as
:class:`kg.resolve.concepts.ConceptSpellings` keeps a common noun's spellings). Readers see
Counters built on demand (:attr:`NameInfo.types`, :attr:`NameInfo.spellings`), in the order the
readings came, as before; only :meth:`NameInfo.count_type` and :meth:`NameInfo.count_spelling`
change the counts.
"""

from __future__ import annotations

from collections import Counter

__all__ = ["NameInfo"]

_NO_READINGS: frozenset[tuple[frozenset[str], frozenset[str]]] = frozenset()
_NOTHING: frozenset[str] = frozenset()


# A tally is ``(None, 0)`` (nothing yet), ``(value, n)`` (one value, n times) or ``(Counter, 0)``.
Held = str | Counter[str] | None


def _count(held: Held, n: int, value: str) -> tuple[Held, int]:
    if held is None:
        return value, 1
    if isinstance(held, Counter):
        held[value] += 1
        return held, 0
    if held == value:
        return held, n + 1
    return Counter({held: n, value: 1}), 0  # in the order they came, as one Counter kept them


def _tally(counts: Counter[str] | None) -> tuple[Held, int]:
    if not counts:
        return None, 0
    if len(counts) == 1:
        ((value, n),) = counts.items()
        return value, n
    return Counter(counts), 0


def _counter(held: Held, n: int) -> Counter[str]:
    if held is None:
        return Counter()
    if isinstance(held, Counter):
        return Counter(held)
    return Counter({held: n})


class NameInfo:
    """What the corpus (or the graph) says about one normalised name: the types it was read as
    and the spellings it was written in (each counted), and its courtesy titles and offices."""

    __slots__ = ("_spelling", "_spelling_n", "_type", "_type_n", "genders", "offices", "readings")

    def __init__(self, types: Counter[str] | None = None, spellings: Counter[str] | None = None,
                 genders: frozenset[str] = _NOTHING, offices: frozenset[str] = _NOTHING,
                 readings: frozenset[tuple[frozenset[str], frozenset[str]]] = _NO_READINGS) -> None:
        self._type, self._type_n = _tally(types)
        self._spelling, self._spelling_n = _tally(spellings)
        # Frozen, and grown by rebinding (``|=``): most names have no title, and all of them share
        # the one empty frozenset.
        self.genders = genders
        self.offices = offices
        # A one-word name's titled readings, one per kind of title: ({"f"}, {}) for "Mrs Blair".
        self.readings = readings

    @property
    def types(self) -> Counter[str]:
        """The types the name was read as, each with its count (a new Counter: changing it
        changes nothing here)."""
        return _counter(self._type, self._type_n)

    @property
    def spellings(self) -> Counter[str]:
        """The spellings the name was written in, each with its count (a new Counter)."""
        return _counter(self._spelling, self._spelling_n)

    def count_type(self, type_: str) -> None:
        self._type, self._type_n = _count(self._type, self._type_n, type_)

    def count_spelling(self, spelling: str) -> None:
        self._spelling, self._spelling_n = _count(self._spelling, self._spelling_n, spelling)

    def with_types(self, types: Counter[str]) -> NameInfo:
        """A copy whose types are ``types``."""
        return NameInfo(types, self.spellings, self.genders, self.offices, self.readings)

    def __repr__(self) -> str:
        return (f"NameInfo(types={self.types!r}, spellings={self.spellings!r}, genders={set(self.genders)!r}, "
                f"offices={set(self.offices)!r}, readings={set(self.readings)!r})")
