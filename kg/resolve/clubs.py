"""A club named after its town: "Sunderland" beside Sunderland FC, decided within the document.

A report names a club in full ("Sunderland FC", "Exeter City"), then by its town alone
("Sunderland delisted its shares", "Exeter had chances"); the small model reads that town as a
place as often as not. The town is the club unless every time the document writes it, it is
where something happens or goes: the object of a locative or directional preposition ("a
get-together near Manchester", "bring the cup back to Manchester", "on his return to Nelson"),
which no report says of a club. "At" is not one of them: a match "at Everton" is at the club's
ground, against the club. A City, Town or County read as a place is a place ("Kansas City").

Only the document's words say which reading it is, so the rule runs here, where the parse is at
hand, and not across the corpus (:mod:`kg.resolve.comention` leaves club towns alone).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.resolve.comention import CLUB_DESIGNATORS, PLACE_DESIGNATORS, PLACES

if TYPE_CHECKING:  # a load reads is_club_name and needs no spaCy (76 MiB of RSS to import)
    from spacy.tokens import Token

__all__ = ["club_towns", "is_club_name", "is_place_phrase"]

# Prepositions whose object is a place, and the words after which "to" and "from" lead to one.
LOCATIVE = frozenset({"in", "near", "outside", "around", "across", "into", "inside", "towards", "toward",
                      "throughout"})
DIRECTIONAL = frozenset({"to", "from"})
MOTION = frozenset({"back", "return", "go", "come", "move", "travel", "bring", "head", "fly", "drive", "trip",
                    "journey", "way", "home", "relocate"})


def is_place_phrase(tok: Token) -> bool:
    """``tok`` is the object of a locative preposition, or of "to"/"from" after a word of motion."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.i == tok.i:
        return False
    if prep.lower_ in LOCATIVE:
        return True
    return prep.lower_ in DIRECTIONAL and prep.head.lemma_.lower() in MOTION


def is_club_name(words: list[str]) -> bool:
    """A town and a club's designators: "Sunderland FC", "Stoke City FC"."""
    return len(words) > 1 and all(w.casefold() in CLUB_DESIGNATORS for w in words[1:])


def club_towns(mentions: Iterable[tuple[str, str, Token]]) -> dict[str, str]:
    """Of one document's named mentions (name, type, head token), each town → the club of the
    document named after it (the town and a club's designators), and each designator alone
    ("City") → the one club of the document that ends with it."""
    mentions = list(mentions)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    tokens: dict[str, list[Token]] = defaultdict(list)
    for name, type_, tok in mentions:
        types[name][type_] += 1
        tokens[name].append(tok)
    clubs: dict[str, set[str]] = defaultdict(set)
    place_names: set[str] = set()  # "Kansas City" read as a place
    for name, counts in types.items():
        words = name.split()
        if len(words) < 2 or not words[0][:1].isupper() or not is_club_name(words):
            continue
        clubs[words[0]].add(name)
        if words[-1].casefold() in PLACE_DESIGNATORS and counts.most_common(1)[0][0] in PLACES:
            place_names.add(name)
    out = {}
    for town, found in clubs.items():
        if town not in tokens or all(is_place_phrase(t) for t in tokens[town]):
            continue
        # A City read as a place, and the town read as one too, is a place: "Kansas City", "Kansas".
        if types[town].most_common(1)[0][0] in PLACES:
            found = found - place_names
        if len(found) == 1:
            out[town] = next(iter(found))
    # "City" alone where the report names one club that ends with it (Manchester City), however
    # the model read either: a designator alone is no place.
    by_designator: dict[str, set[str]] = defaultdict(set)
    for name in types:
        if is_club_name(name.split()):
            by_designator[name.split()[-1]].add(name)
    for word, found in by_designator.items():
        if word in tokens and len(found) == 1 and not all(is_place_phrase(t) for t in tokens[word]):
            out.setdefault(word, next(iter(found)))
    return out
