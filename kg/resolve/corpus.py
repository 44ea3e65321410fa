"""Entity resolution across a corpus: one person, one node; two people never merged.

It runs after extraction and before loading (:meth:`kg.pipeline.Graph.load`), in two passes:

1. an index, one entry per distinct normalised name (never per fact): the documents that read it
   as each type, its spellings, and the courtesy titles and offices it was written with;
2. each document's entities rewritten to their canonical entity, with the reason recorded.

A stream of documents is spooled to a temporary file between the passes, so memory holds
the index and one document, whatever the corpus size.

Rules, each named in the ``merged_by`` records a node keeps ({"alias", "doc", "rule"}):

- ``cleaned``: titles, roles, leading punctuation and glued verbs are no part of a name
  (:func:`kg.resolve.names.canonical_name`);
- ``title`` / ``coreference`` / ``same-document``: what the document says itself ("Mr Blair";
  "Blair", an alias the extraction gave Tony Blair; or "Blair" written apart where the document
  names Tony Blair);
- ``type``: one name, one entity: the type is the majority reading over the documents (OTHER, a
  proper noun spaCy did not classify, counts half); minority readings go to ``other_types``;
- ``initials``: "George W Bush" and "George Bush" are one person, unless two different middle
  initials compete (George H W Bush and George W Bush are two);
- ``designator``: an organisation's name with its legal designator abbreviated is the name with
  it written in full ("News Corp": News Corporation; Co, Inc, Ltd likewise);
- ``surname``: a one-word person name joins the only full name in the corpus and graph with that
  surname whose courtesy titles agree (Mr / Mrs); ``surname-office``: several compete, but only one
  was written with the same office ("Commissioner Blair"). Otherwise it stays its own node: with
  Tony Blair and Ian Blair in the corpus, "Blair" alone joins neither. A word that begins some full
  name in the corpus ("Charles") is a given name, and joins no surname;
- ``stored``: the name is already a node in the graph: it keeps that node's id, and a document
  loaded again joins each name to the node its own ``merged_by`` record names
  (``Resolution.sticky``): loading the same documents again changes nothing. Where the batch
  changes what the rules say about stored documents (a full name arriving after its short form,
  a second full name competing for a surname, a majority type), :mod:`kg.resolve.latemerge`
  moves the stored share first, so the graph is the one a single build gives.
"""

from __future__ import annotations

import json
import pickle
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from kg.model import Extraction, entity_id
from kg.resolve.comention import (
    CLUB_DESIGNATORS,
    DESIGNATORS,
    INITIAL,
    PLACES,
    DocumentNames,
    FullName,
    courtesy_person,
)
from kg.resolve.concepts import ConceptSpellings
from kg.resolve.latemerge import LateMerge, joined_readings, settle
from kg.resolve.learned import LEARNED_RULES, stored_learned
from kg.resolve.moves import own_aliases
from kg.resolve.nameinfo import NameInfo
from kg.resolve.names import (
    canonical_name,
    designator_forms,
    gender_of,
    given_names,
    name_key,
    offices_of,
    spelled_out,
    without_initials,
)
from kg.resolve.records import Canonical
from kg.resolve.resolution import NAMED, Resolution, document_entities, is_named

TYPE_PRIORITY = ("PERSON", "GPE", "ORG", "LOC", "NORP", "EVENT", "OTHER")
ALIAS_SUPPORT = 2  # documents that must give a short form the same full name
# Names asked of the graph at once (the embedded store scans its entity keys once per ask).
LOOKUP_BATCH = 100_000

# Stored entities whose key or surname is one of the given keys (GraphStore.find_entities).
Lookup = Callable[[list[str]], list[dict[str, Any]]]


def majority(types: Counter[str]) -> str:
    return max(types, key=lambda t: (types[t] * (0.5 if t == "OTHER" else 1.0), -TYPE_PRIORITY.index(t)))


def fresh_canonical(info: NameInfo) -> Canonical:
    """The canonical entity of a name no stored node holds: its majority type, its commonest spelling."""
    type_ = majority(info.types)
    name = max(info.spellings, key=lambda n: (info.spellings[n], n))
    return Canonical(entity_id(name, type_), name, type_)


class CorpusIndex:
    """Pass 1: what every distinct name is read as, across the corpus."""

    def __init__(self) -> None:
        self.names: dict[str, NameInfo] = {}
        # Organisations' short forms and the full names their documents gave them ("LSE":
        # London Stock Exchange), so that a document with the short form alone can join it.
        self.learned: dict[str, Counter[str]] = defaultdict(Counter)
        self._learned_in: set[tuple[str, str, str]] = set()  # (short, full, document): counted once
        self.documents: set[str] = set()  # one id per document: a stored one is being loaded again
        self.alias_keys: set[str] = set()  # the names asked of the graph by alias
        self.short_spellings: set[str] = set()  # short forms written as aliases of a full name
        self.concepts = ConceptSpellings()  # common nouns' spellings (kg.resolve.concepts)

    def add(self, extraction: Extraction) -> None:
        self.documents.add(extraction.document.id)
        self.concepts.add(extraction)
        named = [e for e in document_entities(extraction).values() if is_named(e)]
        cleaned = {name_key(c): (c, e.type, e) for e, c in ((e, canonical_name(e.name, e.type)) for e in named)}
        doc_names = DocumentNames.of(FullName(key, c, frozenset({t}) | courtesy_person(e))
                                     for key, (c, t, e) in cleaned.items())
        spelled: set[str] = set()  # spellings count once per document (kg.resolve.spellings)
        for entity in named:
            clean = canonical_name(entity.name, entity.type)
            self._learn(name_key(clean), doc_names.full_name_of(clean, entity.type), entity.type,
                        extraction.document.id)
            if len(clean.split()) > 1:  # "United", which this document's own resolver joined
                for alias in entity.aliases:
                    short = canonical_name(alias, entity.type)
                    self.short_spellings.add(short)
                    found = [f for f in doc_names.full_name_of(short, entity.type) if f[0] == name_key(clean)]
                    self._learn(name_key(short), found, entity.type, extraction.document.id)
            info = self.names.setdefault(name_key(clean), NameInfo())
            info.count_type(entity.type)
            if clean not in spelled:
                spelled.add(clean)
                info.count_spelling(clean)
            genders, offices = gender_of(entity.aliases), offices_of(entity.aliases)
            if genders:  # a union with nothing would be a new (empty) frozenset
                info.genders |= genders
            if offices:
                info.offices |= offices
            if len(clean.split()) == 1 and genders:
                info.readings |= {(frozenset(genders), frozenset(offices))}

    def _learn(self, short: str, found: list[tuple[str, str]], type_: str, doc: str) -> None:
        # A person's surname is left to the corpus rules, which weigh every full name; of an
        # organisation's last words only a designator stands for it alone ("United", not "Act").
        # Nor a place's: two reports' "Newcastle" beside Newcastle United is the town elsewhere.
        # A club's designator is no surname, whatever the model read the club as ("United").
        if len(found) != 1 or (type_ == "PERSON" and short not in CLUB_DESIGNATORS) or type_ in PLACES:
            return
        learned = found[0][1] in LEARNED_RULES or (found[0][1] == "same-document" and short in DESIGNATORS)
        if learned and (short, found[0][0], doc) not in self._learned_in:  # documents agree, not mentions
            self._learned_in.add((short, found[0][0], doc))
            self.learned[short][found[0][0]] += 1

    def resolve(self, lookup: Lookup | None = None, also: Iterable[str] = (),
                aliases: Lookup | None = None) -> Resolution:
        """The canonical entity of every name, once the graph's own entities are known (the
        look-up also asks for the keys ``also`` names: a removal settles its names again;
        ``aliases`` gives the graph's entities by alias, ``GraphStore.find_by_alias``)."""
        canon: dict[str, Canonical] = {}
        infos = dict(self.names)
        stored: dict[str, list[dict[str, Any]]] = defaultdict(list)
        sticky: dict[tuple[str, str], str] = {}
        keys: list[str] = []
        if lookup is not None:
            # A full name also asks for its surname: a stored "George W Bush" is the node of a
            # "George Bush" that a second load brings again (the initials rule folds them);
            # and its initial form: a stored "F Pelous" is the late-merge candidate of a Fabien
            # Pelous; an initial form asks for its surname, the full names it may stand for; an
            # organisation's name, its designator written the other way ("News Corp"); a full
            # name its first name, the stored "Joel" a surname rule may no longer join.
            people = [key.split() for key, info in self.names.items() if " " in key and "PERSON" in info.types]
            initialled = [key.split()[1] for key in self.names if len(key.split()) == 2 and INITIAL.match(key.split()[0])]
            keys = sorted(set(self.names) | set(also) | set(initialled) | {w[-1] for w in people} | {w[0] for w in people}
                          | {f"{w[0][0]} {w[-1]}" for w in people}
                          | {form for key in self.names for form in designator_forms(key)})
            for start in range(0, len(keys), LOOKUP_BATCH):
                for row in lookup(keys[start:start + LOOKUP_BATCH]):
                    # Only named entities resolve, as in pass 1: a common noun stored with the
                    # same letters ("rugby") must not take over a name ("Rugby").
                    if row["type"] in NAMED:
                        stored[row["key"]].append(row)
        learned_counts = self._stored_aliases(aliases, stored) if aliases is not None else self.learned
        for key, counts in joined_readings((r for rows in stored.values() for r in rows), self.documents).items():
            if key in infos:
                infos[key] = infos[key].with_types(infos[key].types + counts)
        for key, rows in stored.items():
            local = self.names.get(key)
            # Graphs from before corpus resolution may hold one name under two types.
            row = max(rows, key=lambda r: (local.types[r["type"]] if local else 0,
                                           -TYPE_PRIORITY.index(r["type"]) if r["type"] in TYPE_PRIORITY else -99,
                                           r["id"]))
            canon[key] = Canonical(row["id"], row["name"], row["type"], stored=True)
            for chosen in rows:  # what earlier loads joined to these nodes, document by document
                for merge in chosen.get("merged_by") or ():
                    joined = json.loads(merge)
                    sticky[(joined["alias"], joined["doc"])] = chosen["key"]
            info = infos.setdefault(key, NameInfo())
            genders, offices = gender_of(row.get("aliases") or []), offices_of(own_aliases(row))
            if genders:
                info.genders |= genders
            if offices:
                info.offices |= offices
        for key in self.names:
            if key not in canon:
                canon[key] = fresh_canonical(infos[key])
        redirects = self._redirects(canon)
        # Two documents at least must agree, and none may spell it another way: one article's
        # "GM" beside a Giuseppe Morchio must not turn every General Motors "GM" into him.

        def organisation(full: str) -> bool:
            """An organisation's name by its own shape, as a document's own rules read it
            (kg.resolve.comention): not a given name first, and not a person's reading unless it
            ends in a designator (the model types clubs as people). Not by the first names of
            other people in the corpus: a later load does not see them all, and one junk reading
            ("European Businessman" as a person) would keep "EU" from the European Union in
            one build and not in another."""
            words = full.split()
            return words[0] not in given_names() and (canon[full].type != "PERSON" or words[-1] in DESIGNATORS)

        learned = {short: redirects.get(full, (full, ""))[0] for short, fulls in learned_counts.items()
                   if len(fulls) == 1 for full, n in fulls.items() if n >= ALIAS_SUPPORT and organisation(full)}
        resolution = Resolution(canon, infos, redirects, learned, sticky)
        resolution.stored, resolution.documents = stored, self.documents
        resolution.asked = keys if lookup is not None else None
        resolution.alias_keys = self.alias_keys
        resolution.concepts = self.concepts
        resolution.concept_names = self.concepts.names()
        return resolution

    def _stored_aliases(self, aliases: Lookup, stored: dict[str, list[dict[str, Any]]]) -> dict[str, Counter[str]]:
        """The learned short forms of the batch and of the graph's documents together: the
        stored entities that hold one of the batch's names as an alias join ``stored``."""
        spellings = sorted({spelling for info in self.names.values() for spelling in info.spellings}
                           | self.short_spellings)
        self.alias_keys = {name_key(spelling) for spelling in spellings}
        known = {row["id"] for rows in stored.values() for row in rows}
        for start in range(0, len(spellings), LOOKUP_BATCH):
            for row in aliases(spellings[start:start + LOOKUP_BATCH]):
                if row["type"] in NAMED and row["id"] not in known:
                    known.add(row["id"])
                    stored[row["key"]].append(row)
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for source in (self.learned, stored_learned((r for rows in stored.values() for r in rows), self.documents)):
            for short, fulls in source.items():
                counts[short].update(fulls)
        return counts

    def _redirects(self, canon: dict[str, Canonical]) -> dict[str, tuple[str, str]]:
        """Full names that are one: a person's with and without a middle initial; an organisation's
        with its legal designator abbreviated and written in full ("News Corp", News Corporation)."""
        folds: dict[str, list[str]] = defaultdict(list)
        designated: dict[str, list[str]] = defaultdict(list)
        for key, c in canon.items():
            if c.type == "PERSON" and len(key.split()) >= 2:
                folds[without_initials(key)].append(key)
            if c.type not in PLACES | {"NORP"}:
                designated[spelled_out(key)].append(key)

        def most_read(group: list[str]) -> str:
            return max(group, key=lambda k: (canon[k].stored, sum(self.names[k].types.values())
                                             if k in self.names else 0, k == spelled_out(k), k))

        redirects: dict[str, tuple[str, str]] = {}
        for full, group in designated.items():
            if len(group) > 1:
                # The designator in full names the node, whatever the order documents came in
                # (a stored "News Corp" is renamed by kg.resolve.renames when it comes).
                target = full if full in group else most_read(group)
                redirects.update({k: (target, "designator") for k in group if k != target})
        for group in folds.values():
            initialled = [k for k in group if without_initials(k) != k]
            if len(group) < 2 or len(initialled) > 1:
                continue  # alone, or two different initials: two people (George H W / George W)
            target = most_read(group)
            redirects.update({k: (target, "initials") for k in group if k != target})
        return redirects


def resolve_corpus(extractions: Iterable[Extraction], lookup: Lookup | None = None,
                   late: LateMerge | None = None,
                   before: Callable[[Extraction], None] | None = None) -> Iterator[Extraction]:
    """The extractions with every named entity resolved across all of them (and the graph's).

    ``lookup`` gives the graph's entities by key (``GraphStore.find_entities``), so that a name
    loaded later joins the node already there; ``late`` (:func:`kg.resolve.latemerge.on_store`)
    lets a full name absorb a stored short form, before the first extraction is yielded. A list
    is read twice; any other stream is spooled to a temporary file, so memory does not grow with
    the number of facts. ``before`` sees each extraction as it was read, just before its resolved
    one is yielded (what a caller keeps of it is then kept for one batch, not the corpus).
    """
    if isinstance(extractions, Sequence):
        yield from _two_passes(extractions, extractions, lookup, late, before)
        return
    with tempfile.TemporaryFile() as spool:
        # Pickle, not a facts file: the spool is ours, read back once by this same process, and
        # JSON with its checks cost twice the resolution itself.
        index = CorpusIndex()
        for extraction in extractions:
            index.add(extraction)
            pickle.dump(extraction, spool, protocol=pickle.HIGHEST_PROTOCOL)
        resolution = _resolved(index, lookup, late)
        spool.seek(0)
        while True:
            try:
                extraction = pickle.load(spool)
            except EOFError:
                return
            if before is not None:
                before(extraction)
            yield resolution.rewrite(extraction)


def _resolved(index: CorpusIndex, lookup: Lookup | None, late: LateMerge | None) -> Resolution:
    resolution = index.resolve(lookup, aliases=late.aliases if late is not None else None)
    if late is not None:
        settle(resolution, late)
    return resolution


def _two_passes(first: Iterable[Extraction], second: Iterable[Extraction], lookup: Lookup | None,
                late: LateMerge | None, before: Callable[[Extraction], None] | None = None) -> Iterator[Extraction]:
    index = CorpusIndex()
    for extraction in first:
        index.add(extraction)
    resolution = _resolved(index, lookup, late)
    for extraction in second:
        if before is not None:
            before(extraction)
        yield resolution.rewrite(extraction)
