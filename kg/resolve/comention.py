"""Short forms a document explains itself: the full name it names beside them.

An article introduces a person or an organisation once by their full name, then shortens it:
"London Stock Exchange" becomes "LSE", "Fjordlight Studios" "Fjordlight", "John McCririck" "John",
"Fabien Pelous" on a team sheet "F Pelous". A short form joins the full name of the same
document that it shortens when that full name is the only one it can shorten; two candidates
(Gary and Phil Neville, and "Neville") leave it alone. The rules, each named on the merge:

- ``acronym``: the initials of a name of several words ("LSE": London Stock Exchange), never of a
  person's name;
- ``same-document``: the last word of the full name ("Cragg": Alistair Cragg, "Rovers": Blackburn
  Rovers); never for places, where it is another place ("Ireland" is not Northern Ireland), nor
  for a nationality ("Irish" and British and Irish Lions);
- ``given-name``: a person's first name alone ("Jamelia": Jamelia Davis), when no full name of
  the document ends with it ("John" beside Elton John is his surname);
- ``short-form``: an organisation's name without its designator ("Fjordlight": Fjordlight Studios,
  "Fox Entertainment": Fox Entertainment Group): the designator is a word such as Studios, Group
  or plc. A club's town ("Sunderland" beside Sunderland FC) is the club or the town as the
  document's parse says, so :mod:`kg.resolve.clubs` decides it before this stage;
- ``initial``: an initial and a surname ("F Pelous": Fabien Pelous, not Frederic Michalak);
- ``contraction``: a name of several words each written short, word for word ("Man Utd":
  Manchester United, "Nottm Forest": Nottingham Forest): each word keeps the first letter and
  then some of the letters of the full word, in order, three letters short at least ("South
  Africa" is no short form of South African). Never a nationality, nor a person's name (read
  as a person without a club's designator, or starting with a given name): "Jon Smith" is not
  John Smith;
- ``trade-name``: a firm's name without the noun of its trade ("Vexa": Vexa Airlines), the trade
  noun being one such as Airlines, Airways or Motors; the short form may be read as a nationality
  ("American": American Airlines) or a region ("Southwest": Southwest Airlines), never as a
  town or country ("Bergen" beside Bergen Airlines is the town as often); only a short form that
  is the subject or object of one of the document's facts, and a nationality never written with
  "the" ("the British" are the people): an adjective ("Indian airline X") is no short form
  (:class:`kg.resolve.resolution.Resolution` checks both);
- ``nationality-club``: a club or body named after its town and its people ("Bergen Scottish",
  :mod:`kg.extract.name_repairs`) shortened to the people's word ("Scottish"), when it is the
  only such name of the document and the word the subject or object of one of its facts;
- ``name-suffix``: a person's name of three words or more without its first words ("Marie
  Dahl": Anna Marie Dahl), when it ends no other person's name of the document;
- ``possessive``: the model reads "Arsenal's Edu" as one name; when the document also names
  both "Arsenal" and "Edu" alone, the span is the second named by way of the first, and joins it.
  A possessive that is part of a name ("Domino's Pizza", "Children's BBC") has no such pair of
  names beside it, and stays.

Types are not trusted here, as the small English model reads "Alistair Cragg" as an
organisation now and then: the shape of the names decides, and places never join.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.model import Entity
from kg.resolve.names import (
    canonical_name,
    gender_of,
    given_names,
    is_surname_form,
    name_key,
    possessive_parts,
    surname_phrases,
)

# The words that turn a name into a company's or a club's legal or sporting name, and that
# writers drop once it has been given in full.
DESIGNATORS = frozenset({
    "plc", "ltd", "ltd.", "limited", "inc", "inc.", "incorporated", "corp", "corp.", "corporation",
    "co", "co.", "company", "group", "holdings", "llc", "ag", "sa", "nv", "gmbh", "studios", "studio",
    "fc", "afc", "united", "city", "town", "rovers", "athletic", "wanderers", "albion", "county",
    "rangers", "striders", "harriers",
})
# A club's designators: what follows the name of the town a club is named after. The model reads
# many a club as a place; only a City, Town or County read as one may be a place indeed.
CLUB_DESIGNATORS = frozenset({"fc", "afc", "united", "city", "town", "rovers", "athletic", "wanderers", "albion",
                              "county", "rangers"})
PLACE_DESIGNATORS = frozenset({"city", "town", "county"})
# Types a short form of a place: "Ireland" and "Northern Ireland", "York" and "New York".
PLACES = frozenset({"GPE", "LOC"})
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$")
INITIAL = re.compile(r"^[A-Za-z]\.?$")  # of a name key too


@dataclass(frozen=True, slots=True)
class FullName:
    """A name of several words the document names, by the key it resolved to."""

    key: str
    name: str
    types: frozenset[str]


def courtesy_person(entity: Entity) -> frozenset[str]:
    """{"PERSON"} for a name its document wrote with a courtesy title ("Mr Morchio"), whatever
    type the model gave it: an acronym never stands for it ("GM" is not Giuseppe Morchio)."""
    return frozenset({"PERSON"}) if gender_of(entity.aliases) else frozenset()


def split_possessives(named: Iterable[Entity]) -> dict[str, Entity]:
    """The named entities of one document that are a possessor and a name ("Arsenal's Edu"),
    by id, renamed to the possessed name and typed as the document types it alone (the span's
    type is the model's guess at the whole); the span as written stays an alias."""
    named = list(named)
    alone = {name_key(canonical_name(e.name, e.type)): e for e in named}
    split: dict[str, Entity] = {}
    for entity in named:
        parts = possessive_parts(entity.name)
        if parts is None:
            continue
        owner, owned = (alone.get(name_key(canonical_name(part, entity.type))) for part in parts)
        if owner is not None and owned is not None and entity not in (owner, owned):
            split[entity.id] = replace(entity, name=owned.name, type=owned.type,
                                       aliases=tuple(sorted({*entity.aliases, entity.name})))
    return split


def contracted(short: list[str], full: list[str]) -> bool:
    """``short`` is ``full`` with some words written short ("Man Utd", "Manchester United")."""
    if len(short) != len(full):
        return False
    pairs = [(s.casefold().rstrip("."), f.casefold()) for s, f in zip(short, full, strict=True)]
    return any(len(s) < len(f) for s, f in pairs) and all(_shortens(s, f) for s, f in pairs)


def _shortens(short: str, word: str) -> bool:
    """"utd" of "united", "nottm" of "nottingham", "man" of "manchester": the first letter, then
    some of the others in order (or the word itself). A word that loses fewer than three letters
    is inflected, not written short: "Africa" and "Africans", "Slam" and "Slams"."""
    if short == word:
        return True
    if not short or short[0] != word[0] or len(short) > len(word) - 3:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def initials(name: str) -> str:
    """The capitals an acronym of ``name`` would hold: "London Stock Exchange" → "LSE" (a word
    in lower case is no part of it: "Aceh province" is no "AP")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())


class DocumentNames:
    """The full names of one document, indexed by what a short form of them would be."""

    __slots__ = (
        "by_first",
        "by_initial",
        "by_initials",
        "by_last",
        "by_letters",
        "by_of",
        "by_other_head",
        "by_people",
        "by_stem",
        "by_suffix",
        "by_trade",
    )

    def __init__(self) -> None:
        self.by_initials: dict[str, set[str]] = defaultdict(set)
        self.by_last: dict[str, set[str]] = defaultdict(set)
        self.by_first: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.by_initial: dict[tuple[str, str], set[str]] = defaultdict(set)
        # Names of several words by their words' first letters, for the words written short.
        self.by_letters: dict[tuple[str, ...], set[tuple[str, str]]] = defaultdict(set)
        self.by_stem: dict[str, set[str]] = defaultdict(set)  # "fox entertainment": (...) Group
        self.by_trade: dict[str, set[str]] = defaultdict(set)  # "american": American Airlines
        self.by_people: dict[str, set[str]] = defaultdict(set)  # "scottish": Bergen Scottish
        self.by_suffix: dict[str, set[tuple[str, bool]]] = defaultdict(set)  # "marie dahl": Anna Marie Dahl
        self.by_of: dict[str, set[str]] = defaultdict(set)  # "bank", "reserve bank": Reserve Bank of Bergen
        self.by_other_head: set[str] = set()  # "department": Department for Transport (competes with by_of)

    @classmethod
    def of(cls, fulls: Iterable[FullName]) -> DocumentNames:
        index = cls()
        for full in fulls:
            words = full.name.split()
            if len(words) < 2 or not words[0][:1].isupper() or INITIAL.match(words[0]):
                continue  # "F Pelous" is itself a short form
            first, last = words[0].casefold(), words[-1].casefold()
            person = "PERSON" in full.types
            if not person:
                index.by_initials[initials(full.name)].add(full.key)
            if not full.types & PLACES:
                index.by_last[last].add(full.key)
                for phrase in surname_phrases(full.name.casefold()) if person else ():
                    index.by_last[phrase].add(full.key)  # "Van Holt": Jan van Holt
            stem = len(words)
            while stem > 1 and words[stem - 1].casefold() in DESIGNATORS:
                stem -= 1
            if 1 < stem < len(words) and not person:
                index.by_stem[" ".join(words[:stem]).casefold()].add(full.key)
            if all(w.casefold() in CLUB_DESIGNATORS for w in words[1:]):
                pass  # a club's town: its document's parse decides (kg.resolve.clubs)
            elif all(w.casefold() in DESIGNATORS for w in words[1:]):
                index.by_first[first].add((full.key, "short-form"))
            elif person and len(words[0]) > 1:
                index.by_first[first].add((full.key, "given-name"))
            if person or not full.types - {"OTHER", "ORG"}:
                index.by_initial[(first[0], last)].add(full.key)
            if not person and not full.types & PLACES:
                if trade_named(words):
                    index.by_trade[first].add(full.key)
                if not full.types - {"ORG", "OTHER"} and people_named(words):  # "Native American" is no club
                    index.by_people[last].add(full.key)
            if not person and "ORG" in full.types and not full.types & PLACES:
                for head in of_heads(words):
                    index.by_of[head].add(full.key)
                index.by_other_head.update(other_heads(words))
            for suffix in person_suffixes(words) if not full.types & PLACES else ():
                index.by_suffix[suffix].add((full.key, person))  # any other name ending so competes
            # A person's name is shortened to the surname, never word for word: "Jon Smith" and
            # John Smith are two people (a club the model reads as a person keeps its designator).
            if first not in given_names() and (not person or last in DESIGNATORS) and "NORP" not in full.types:
                index.by_letters[tuple(w[0].casefold() for w in words)].add((full.key, full.name))
        return index

    def full_name_of(self, name: str, type_: str) -> list[tuple[str, str]]:
        """The full names of this document that ``name`` (of type ``type_``) may shorten, with
        the rule that says so."""
        words = name.split()
        if len(words) == 2 and INITIAL.match(words[0]):
            initial = (words[0][0].casefold(), words[1].casefold())
            return [(k, "initial") for k in sorted(self.by_initial.get(initial, ()))]
        if is_surname_form(name.casefold()) and name.casefold() in self.by_last:
            return [(k, "same-document") for k in sorted(self.by_last[name.casefold()])]
        if len(words) > 1 and type_ == "PERSON" and name.casefold() in self.by_suffix:
            ending = sorted(self.by_suffix[name.casefold()])
            return [(k, "name-suffix") for k, person in ending if person] if len(ending) == 1 else []
        if len(words) > 1 and type_ != "NORP":  # "South Korea" is no short form of South Koreans
            if (type_ == "ORG" and len(self.by_of.get(name.casefold(), ())) == 1  # "the Reserve Bank"
                    and name.casefold() not in self.by_other_head):
                return [(k, "of-name-head") for k in self.by_of[name.casefold()]]
            if name.casefold() in self.by_stem:  # "Fox Entertainment": Fox Entertainment Group
                return [(k, "short-form") for k in sorted(self.by_stem[name.casefold()])]
            letters = tuple(w[0].casefold() for w in words)
            return [(k, "contraction") for k, full in sorted(self.by_letters.get(letters, ()))
                    if contracted(words, full.split())]
        if len(words) == 1 and type_ in ("NORP", "LOC", "ORG", "OTHER") and name.casefold() in self.by_trade:
            return [(k, "trade-name") for k in sorted(self.by_trade[name.casefold()])]
        if len(words) == 1 and type_ == "NORP" and name.casefold() in self.by_people:
            return [(k, "nationality-club") for k in sorted(self.by_people[name.casefold()])]
        if type_ in PLACES:  # "Ireland" is not Northern Ireland ("Sunderland" FC: kg.resolve.clubs)
            return []
        if _ACRONYM.match(name):
            return [(k, "acronym") for k in sorted(self.by_initials.get(name.replace("&", ""), ()))]
        # Every full name it may shorten competes: "John" beside John McCririck and Elton John
        # is neither.
        word = name.casefold()
        found: dict[str, str] = {} if type_ == "NORP" else {k: "same-document" for k in self.by_last.get(word, ())}
        for full, rule in self.by_first.get(word, ()):
            # "Fjordlight" (Studios), not "British" (Airways); a given name read as a person's
            # ("Sunday" is no given name of the Sunday Telegraph).
            if (rule == "short-form" or type_ == "PERSON") and (type_ != "NORP" or rule == "short-form"):
                found.setdefault(full, rule)
        if type_ == "ORG" and word in self.by_of and word not in self.by_other_head:
            # "the Bank" beside the Reserve Bank of Bergen: a name of the document it ends that is
            # itself the head of the "of" name ("the Reserve Bank") stands for that name, and is
            # the one meant; with none, every "of" name with this head competes
            found = {(next(iter(self.by_of[k])) if len(self.by_of.get(k, ())) == 1 else k):
                     ("of-name-head" if len(self.by_of.get(k, ())) == 1 else rule) for k, rule in found.items()}
            if not found:
                found = dict.fromkeys(self.by_of[word], "of-name-head")
        return sorted(found.items())


# The rules of the short forms that are registered (kg.extract.registry imports kg.extract, whose
# resolver imports this module: imported last, so that this module is whole by then).
from kg.resolve.shortforms import of_heads, other_heads, people_named, person_suffixes, trade_named  # noqa: E402
