"""The model's attribute ruler, matched by table look-up: the same annotations at a tenth of the cost.

spaCy's ``attribute_ruler`` (in ``en_core_web_sm``: 179 rules, most of them the tag map "NN is a
NOUN", the rest a word with a tag, "'s with VBZ is a form of be") runs a general token
:class:`~spacy.matcher.Matcher` over every token, and took about a ninth of the whole parse's CPU
time. Its rules here are all one or two tokens long and test only a token's tag, lower-case form,
dependency label and whether it is white space, so what matches a token is a function of those
four values: it is worked out once per distinct combination and then looked up. Only the
matching is replaced; the ruler still sets the attributes itself, in its own order (later rules
win), so the annotations are the ones spaCy's own matcher gives (``tests/test_attribute_matches.py``
compares the two). A ruler with a rule of any other shape is left as it is.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

# The token attributes a rule may test, as doc.to_array columns (in this order).
COLUMNS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMN_INDEX = {name: n for n, name in enumerate(COLUMNS)}
# A combination of values is kept in the table once seen; past this many (a few MB: about 50,000
# arise in 390,000 tokens of news) the table starts again.
MAX_ENTRIES = 50_000

# A test of one token: (column, operator, value); the operators are the matcher's own ("==" for
# a plain value; "IN", "NOT_IN" for a list of strings; "REGEX" for a pattern searched in the string).
Test = tuple[int, str, Any]
Spec = tuple[Test, ...]  # the tests a token must pass
Entry = tuple[tuple[int, ...], tuple[int, ...], frozenset[int]]


def _test(name: str, value: Any, strings: Any) -> Test | None:
    column = _COLUMN_INDEX[name]
    if name == "IS_SPACE":  # a flag: True or False, nothing else
        return (column, "==", int(value)) if isinstance(value, bool) else None
    if isinstance(value, str):
        return (column, "==", strings.add(value))
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            return (column, op, frozenset(strings.add(a) for a in arg))
        if op == "REGEX" and isinstance(arg, str):
            return (column, op, re.compile(arg))
    return None


def _spec(token: dict[str, Any], strings: Any) -> Spec | None:
    """A one-token matcher pattern as tests; None for a shape this table cannot evaluate (an
    operator such as "OP" or ">=", another attribute)."""
    tests = []
    for name, value in token.items():
        test = _test(name, value, strings) if name in COLUMNS else None
        if test is None:
            return None
        tests.append(test)
    return tuple(tests)


def _passes(test: Test, row: tuple[int, ...], strings: Any) -> bool:
    column, op, value = test
    if op == "==":
        return row[column] == value
    if op == "IN":
        return row[column] in value
    if op == "NOT_IN":
        return row[column] not in value
    return bool(value.search(strings[row[column]]))  # REGEX, on the attribute's string


class TableMatches:
    """A drop-in for ``AttributeRuler.match``: (rule, label, start, end) in the ruler's order."""

    def __init__(self, singles: list[tuple[int, Spec]], pairs: list[tuple[int, Spec, Spec]],
                 labels: list[int], strings: Any) -> None:
        self.strings = strings
        self.labels = labels
        self.table: dict[tuple[int, ...], Entry] = {}
        self.entries: dict[Entry, Entry] = {}  # each distinct entry once: most tokens share a few
        # Every token test (0: a one-token rule, 1: a two-token rule's first token, 2: its second),
        # filed under a value a token must have (its first test of a tag or a word, by "==" or
        # "IN"), so that a new combination of values is tried against a few rules, not all.
        self.anchored: dict[tuple[int, int], list[tuple[int, int, Spec]]] = {}
        self.unanchored: list[tuple[int, int, Spec]] = []
        parts = [(0, rule, spec) for rule, spec in singles]
        parts += [(part, rule, spec) for rule, first, second in pairs for part, spec in ((1, first), (2, second))]
        for part, rule, spec in parts:
            anchor = next((test for test in spec if test[1] in ("==", "IN") and test[0] != _COLUMN_INDEX["IS_SPACE"]),
                          None)
            if anchor is None:
                self.unanchored.append((part, rule, spec))
                continue
            column, op, value = anchor
            for one in (value,) if op == "==" else value:
                self.anchored.setdefault((column, one), []).append((part, rule, spec))

    @classmethod
    def of(cls, ruler: Any) -> TableMatches | None:
        """The table for a ruler, or None if one of its rules is of a shape it cannot evaluate."""
        strings = ruler.vocab.strings
        singles: list[tuple[int, Spec]] = []
        pairs: list[tuple[int, Spec, Spec]] = []
        for rule, found in enumerate(ruler.patterns):
            for pattern in found["patterns"]:
                specs = [_spec(token, strings) for token in pattern]
                if any(spec is None for spec in specs) or len(specs) not in (1, 2):
                    return None
                if len(specs) == 1:
                    singles.append((rule, specs[0]))  # type: ignore[arg-type]
                else:
                    pairs.append((rule, specs[0], specs[1]))  # type: ignore[arg-type]
        return cls(singles, pairs, [strings.add(str(n)) for n in range(len(ruler.attrs))], strings)

    def _entry(self, row: tuple[int, ...]) -> Entry:
        """The one-token rules a token of these values matches, and the two-token rules whose
        first and second token it can be."""
        found: tuple[set[int], set[int], set[int]] = (set(), set(), set())
        candidates = [*self.unanchored]
        for column in range(len(row)):
            candidates += self.anchored.get((column, row[column]), ())
        for part, rule, spec in candidates:
            if all(_passes(test, row, self.strings) for test in spec):
                found[part].add(rule)
        entry = (tuple(sorted(found[0])), tuple(sorted(found[1])), frozenset(found[2]))
        entry = self.entries.setdefault(entry, entry)
        if len(self.table) >= MAX_ENTRIES:
            self.table.clear()
        self.table[row] = entry
        return entry

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        if not len(doc):
            return []
        table, labels = self.table, self.labels
        entries = [table.get(row) or self._entry(row)
                   for row in map(tuple, doc.to_array(list(COLUMNS.values())).tolist())]
        matches = []
        last = len(entries) - 1
        for i, (singles, firsts, _) in enumerate(entries):
            for rule in singles:
                matches.append((rule, labels[rule], i, i + 1))
            for rule in firsts:
                if i < last and rule in entries[i + 1][2]:
                    matches.append((rule, labels[rule], i, i + 2))
        matches.sort()  # as the ruler sorts its matcher's: by rule, so that later rules win
        return matches


def use_table_matches(nlp: Any) -> bool:
    """Match the pipeline's attribute ruler by table look-up (see the module's doc); False if it
    has none or one with a rule the table cannot evaluate (it is then left as it is)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    table = TableMatches.of(ruler)
    if table is None:
        return False
    ruler.match = table  # the ruler's __call__ looks its match up on the instance
    return True
