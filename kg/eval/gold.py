"""The real-news gold files (``tests/data/realnews``) and what they are scored against in a graph.

Both gold files are JSONL with an ``article`` field: the article's path relative to the corpus
folder (``business/jarvis-sells-tube-stake-to-spain.txt``). A graph document belongs to an
article when its ``source`` is that path or ends with ``/`` + that path, so a graph built from
the corpus folder, from single files or from a copy elsewhere all score the same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError

__all__ = ["article_documents", "content_words", "name_matches", "read_jsonl", "words"]

# Words a name or a title does not depend on: determiners (articles, possessive and demonstrative
# ones: "its losses" is "losses", "this year's chart" is "year's chart"), honorifics, the possessive.
_SKIP = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
                   "these", "those", "mr", "mrs", "ms", "dr", "sir", "dame", "professor", "s"})
# Words that never carry a match on their own ("of" in "stake in Tube Lines" matches nothing).
FUNCTION_WORDS = frozenset({"of", "in", "on", "at", "for", "to", "and", "by", "with", "from", "as",
                            "former", "new", "acting", "its", "his", "her", "their"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Numbers spelt as words: "six goals" states a number as "6 goals" does.
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
                           "million", "billion", "half", "dozen"})
# Nouns in -s that are no plurals.
_NOT_PLURAL = frozenset({"news", "series", "species", "means", "politics", "economics", "physics", "athletics",
                         "headquarters", "mathematics", "gymnastics", "crossroads", "whereabouts"})
# Words that only make a number approximate ("around 3,000 visitors").
_APPROXIMATE = frozenset({"around", "about", "almost", "nearly", "roughly", "approximately", "some", "over",
                          "more", "than", "up", "to", "at", "least"})


def words(text: str | None) -> tuple[str, ...]:
    """Lower-case words, without determiners, honorifics and possessive endings."""
    return tuple(w for w in _WORD.findall((text or "").casefold().replace("\u2019", "'")) if w not in _SKIP)


def content_words(text: str | None) -> set[str]:
    return {w for w in words(text) if w not in FUNCTION_WORDS}


def singular(word: str) -> str:
    """A common noun's singular, by its regular endings: "awards" → "award", "companies" → "company"."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")) or not word.endswith("s") or word in _NOT_PLURAL:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


def _is_number(word: str) -> bool:
    return any(c.isdigit() for c in word) or word in _NUMBER_WORDS


def _numbers(ws: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in ws if _is_number(w))


def _without_amount(ws: tuple[str, ...]) -> tuple[str, ...]:
    """The words without numbers and the words that make a number approximate."""
    out: list[str] = []
    for i, w in enumerate(ws):
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        if _is_number(w) or (w in _APPROXIMATE and _is_number(nxt)):
            continue
        out.append(w)
    return tuple(out)


def _common_forms(gold: tuple[str, ...], surface: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Two common-noun phrases as :func:`name_matches` compares them, or None when their numbers differ.

    A noun's number is inflection ("acting awards" states each "acting award"); an amount is detail
    that one side may leave out ("a 33% stake" is a "stake in Tube Lines"), but two different
    amounts are two different things ("12 goals" is not "six goals"; "19th number one" and "19th
    number" share a number).
    """
    g_numbers, s_numbers = _numbers(gold), _numbers(surface)
    if g_numbers and s_numbers and not g_numbers & s_numbers:
        return None
    g, s = _without_amount(gold), _without_amount(surface)
    if not g or not s:  # an amount alone ("£5m") is compared whole
        g, s = gold, surface
    return tuple(singular(w) for w in g), tuple(singular(w) for w in s)


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    n = len(inner)
    return any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


# The names one country goes by in news: a gold "Britain" (the annotation's word for what
# "British" says) and kg's "UK" (the country kg.resolve.demonyms names for it) are one place.
_COUNTRY_NAMES = (frozenset({"uk", "britain", "great britain", "united kingdom"}),
                  frozenset({"us", "usa", "united states", "america", "united states of america"}))


def _other_country_names(surface: str) -> frozenset[str]:
    key = " ".join(words(surface))
    return next((group for group in _COUNTRY_NAMES if key in group), frozenset())


def name_matches(gold: str | None, surfaces: Iterable[str], *, common: bool = False) -> bool:
    """A gold name and a graph entity (its name and aliases) are the same thing, loosely.

    Equal after :func:`words`, or one a run of the other's words with a content word in it:
    "Rowlands" and "Patsy Rowlands", "stake in Tube Lines" and "stake", "Sir Alex Ferguson" and
    "Alex Ferguson". Two full names that only share a surname ("Chris Martin", "David Martin")
    do not match. With ``common`` (the graph entity is a common-noun phrase, a CONCEPT), number
    and amounts are folded (:func:`_common_forms`): "acting awards" is "acting award", "a 33%
    stake" a "stake in Tube Lines". Names keep their letters: "Williams" is no "William". A
    country's other names are its names too ("Britain" and "UK", :data:`_COUNTRY_NAMES`).
    """
    g0 = words(gold)
    if not g0:
        return False
    if not common:
        given = list(surfaces)
        surfaces = [*given, *(name for s in given for name in _other_country_names(s))]
    for surface in surfaces:
        g, s = g0, words(surface)
        if common:
            forms = _common_forms(g, s)
            if forms is None:
                continue
            g, s = forms
        if not s or not g:
            continue
        inner = s if len(s) <= len(g) else g
        if (_contains(g, s) or _contains(s, g)) and any(w not in FUNCTION_WORDS for w in inner):
            return True
    return False


def read_jsonl(path: str, required: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """The records of a gold file; a missing file, bad JSON or a missing field is an InputError."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{path}: no such file")
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc.__class__.__name__})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{path}:{number}: not a JSON object") from None
        if not isinstance(record, dict) or any(key not in record for key in required):
            raise InputError(f"{path}:{number}: expected the fields {', '.join(required)}")
        yield record


def article_documents(articles: Iterable[str], documents: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Gold article → the ids of the graph documents read from it (``documents``: id, source)."""
    docs = [(doc_id, (source or "").replace("\\", "/")) for doc_id, source in documents]
    out: dict[str, set[str]] = {}
    for article in articles:
        out[article] = {doc_id for doc_id, source in docs if source == article or source.endswith("/" + article)}
    return out
