"""Nationality adjectives and the countries they name (``demonyms.tsv``).

A nationality before the title of an office of state says where the office is held: "Argentine
President Nestor Kirchner" is president *of Argentina*, so the role's organisation is the country,
the node every other mention of Argentina joins, not a node "Argentine". Before any other title
it says only who the person is: a "Brazilian striker" need not play for Brazil.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

# Offices a country has (its president, its ambassador): a nationality before them is the country.
STATE_OFFICES = frozenset({
    "president", "minister", "premier", "chancellor", "secretary", "ambassador", "envoy", "king",
    "queen", "prince", "princess", "leader", "official", "spokesman", "spokeswoman", "spokesperson",
    "diplomat", "governor", "senator", "general", "commander", "negotiator", "monarch", "emperor",
})


@cache
def _table() -> dict[str, str]:
    text = resources.files("kg.resolve").joinpath("demonyms.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {demonym.casefold(): country.strip() for demonym, country in rows}


def country_of(demonym: str) -> str | None:
    """The country a nationality adjective names ("Argentine" → "Argentina"), or None."""
    return _table().get(demonym.strip().casefold())


@cache
def _countries() -> frozenset[str]:
    return frozenset(country.casefold() for country in _table().values())


def is_country(name: str) -> bool:
    """A country's name as the table gives it ("US", "Argentina")."""
    return name.strip().casefold() in _countries()


def office_country(demonym: str, title_head: str) -> str | None:
    """The country where an office of state is held, from the nationality before its title
    ("Argentine", "president" → "Argentina"); None for any other title ("Brazilian striker")."""
    return country_of(demonym) if title_head.lower() in STATE_OFFICES else None
