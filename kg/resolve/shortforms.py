"""Registered rules of :mod:`kg.resolve.comention`: which full names of a document a short form
of a kind the older rules do not read may shorten (``trade-name``, ``nationality-club``,
``name-suffix``), each switched off by ``--ablate NAME``."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

from kg.resolve.demonyms import country_of

__all__ = ["RULES", "TRADE_WORDS", "of_heads", "other_heads", "people_named", "person_suffixes", "trade_named"]


def disabled() -> frozenset[str]:
    """The rules switched off now: `kg load` reads these rules but never imports kg.extract (and
    spaCy with it, 76 MiB), so with no registry loaded none can be switched off."""
    registry = sys.modules.get("kg.extract.registry")
    return registry.disabled() if registry is not None else frozenset()

# The nouns of a firm's trade that writers drop once the name has been given in full ("American"
# for American Airlines). Unlike a designator, what is left may be read as a nationality or a region.
TRADE_WORDS = frozenset({"airlines", "airways", "motors", "petroleum", "pharmaceuticals", "telecom",
                         "telecommunications", "electronics"})
_INITIAL = re.compile(r"^[A-Za-z]\.?$")


def trade_named(words: list[str]) -> bool:
    """"Vexa Airlines ... Vexa said", "American Airlines ... American said": a firm's name of
    one word and the noun of its trade (Airlines, Airways, Motors, Telecom, ...), which its first
    word alone stands for in the same document, whatever type the model gave that word.

    Linguistic reason: once a firm is named in full, news writes it by its distinctive word and
    drops the noun of its trade, as it drops "plc" or "Group"; the first word is then a noun
    phrase's head ("American said", "shares in Southwest"), which a nationality or a region
    never is beside a firm of that name. A town or country ("Bergen", "Japan" beside Japan
    Airlines) is left alone: the document may name the place itself.
    """
    return "trade-name" not in disabled() and len(words) >= 2 and all(w.casefold() in TRADE_WORDS for w in words[1:])


def people_named(words: list[str]) -> bool:
    """"Bergen Scottish beat Vexa Rovers ... Scottish trailed by two points": a club or body of
    two words, a town and a nationality word (:mod:`kg.extract.name_repairs`), which the
    nationality word alone stands for in the same document.

    Linguistic reason: a team named after its town and its people is shortened to the people's
    word, as "Vexa Rovers" is to "Rovers"; the word read alone is a noun phrase's head (the
    extraction keeps no node for a nationality adjective), and in a document naming the club it
    is the club. Only when the document names one such club, and when its first word is no
    nationality too ("Angolan French" is two peoples).
    """
    return ("nationality-club" not in disabled() and len(words) == 2 and words[1].istitle()
            and country_of(words[1]) is not None and country_of(words[0]) is None)


def person_suffixes(words: list[str]) -> list[str]:
    """"Anna Marie Dahl ... Marie Dahl's work": the last two or more words of a person's name of
    three words or more, each a short form of it in the same document (lower case keys).

    Linguistic reason: a person with two given names or a double surname is written later by
    the last of them ("Marie Dahl", "Sandino Moreno"); a form that ends one person's name of
    the document alone is that person, as the surname alone is. Two people whose names end
    with the same words leave it alone.
    """
    if "name-suffix" in disabled() or len(words) < 3 or _INITIAL.match(words[0]):
        return []
    return [" ".join(words[cut:]).casefold() for cut in range(1, len(words) - 1)
            if words[cut][:1].isupper() and not _INITIAL.match(words[cut])]


def of_heads(words: list[str]) -> list[str]:
    """"Reserve Bank of Bergen ... the Bank cut rates", "the Reserve Bank": the words of an
    organisation's name before its "of", and the last of them, each a short form of it in the same
    document (lower case keys).

    Linguistic reason: a name of the shape "X of Y" ("Bank of England", "Department of Health",
    "University of Bergen") is a common noun's phrase with a complement saying which one; once the
    name is given, news writes it by the head alone, with "the" and the capital kept ("the Bank",
    "the Department", "the Reserve Bank"), as it writes "the Fed". In a document naming one such
    body the head is that body; two bodies with the same head ("Bank of England" and "Bank of
    Japan", or "Department of Health" and "Department for Transport") leave it alone.
    """
    if "of-name-head" in disabled():
        return []
    return _heads_before(words, "of")


def other_heads(words: list[str]) -> list[str]:
    """The heads :func:`of_heads` would read in a name whose complement another preposition opens
    ("Department for Transport", "Bank for International Settlements"): a body whose head the
    "of" name shares, so that "the Department" beside the Department of Health may be either."""
    return [] if "of-name-head" in disabled() else _heads_before(words, "for")


def _heads_before(words: list[str], prep: str) -> list[str]:
    if len(words) < 3 or prep not in words[1:-1]:
        return []
    stem = words[:words.index(prep, 1)]
    if not all(w[:1].isupper() and w.isalpha() for w in stem):
        return []
    return sorted({" ".join(stem).casefold(), stem[-1].casefold()})


# Registered by name in kg.extract.registry (rule_names), which may import spaCy; this module may not.
RULES: dict[str, Callable[..., Any]] = {
    "trade-name": trade_named, "nationality-club": people_named, "name-suffix": person_suffixes,
    "of-name-head": of_heads,
}
