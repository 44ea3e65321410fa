"""Pass 2 of corpus resolution (:mod:`kg.resolve.corpus`): each document's entities rewritten to
their canonical entity, with the rule that joined them.

:class:`Resolution` holds what pass 1 (:class:`kg.resolve.corpus.CorpusIndex`) decided for every
distinct name, the graph's stored nodes that bear on it, and the indexes a document's short forms
are looked up in (full names by surname, given names, genders); :meth:`Resolution.rewrite` gives
one document's extraction with its entities, facts and mentions joined to those nodes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import fields
from typing import Any

from kg.model import NAMED_TYPES, Entity, Extraction, Fact, fact_state
from kg.resolve.comention import INITIAL, DocumentNames, FullName, courtesy_person, split_possessives
from kg.resolve.concepts import CONCEPT, ConceptSpellings
from kg.resolve.nameinfo import NameInfo
from kg.resolve.names import canonical_name, gender_of, is_surname_form, name_key, offices_of, surname_phrases
from kg.resolve.records import Canonical, merged_node

# Types whose names are resolved across documents; CONCEPTs are common nouns, never merged here.
NAMED = NAMED_TYPES


def is_named(entity: Entity) -> bool:
    return entity.type in NAMED


def document_entities(extraction: Extraction) -> dict[str, Entity]:
    """A document's entities by id, and the owners its possessive names split off."""
    entities = {entity.id: entity for entity in extraction.entities}
    return entities | split_possessives(e for e in entities.values() if is_named(e))


class Resolution:
    """Pass 2: each document's entities rewritten to their canonical entity."""

    def __init__(self, canon: dict[str, Canonical], infos: dict[str, NameInfo],
                 redirects: dict[str, tuple[str, str]], learned: dict[str, str] | None = None,
                 sticky: dict[tuple[str, str], str] | None = None) -> None:
        self.canon = canon
        self.infos = infos
        self.redirects = redirects
        self.learned = learned or {}
        # (name as written, document) -> the stored node an earlier load of that document joined
        # the name to: the same document loaded again joins it there again, whatever came since.
        self.sticky = sticky or {}
        # The graph's entities the look-up returned, by key (kg.resolve.latemerge reads them).
        self.stored: dict[str, list[dict[str, Any]]] = {}
        self.documents: set[str] = set()  # the batch's
        self.alias_keys: set[str] = set()  # the batch's names the graph was asked for by alias
        # The keys and surnames the graph was asked for, sorted (None: no graph, the batch is
        # all there is). A surname not among them has only the full names that came for other
        # reasons in ``stored``, not all its competitors (:meth:`knows_surname`).
        self.asked: list[str] | None = None
        # Common nouns' spellings: the batch's counts, and the spelling each noun is written in
        # where the batch writes it another way (kg.resolve.concepts).
        self.concepts = ConceptSpellings()
        self.concept_names: dict[str, str] = {}
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        self.given_names: set[str] = set()
        self.particle_forms: set[str] = set()
        people = [(key, self.redirects.get(key, (key, ""))[0]) for key, c in canon.items()
                  if c.type == "PERSON" and len(key.split()) >= 2]
        self._index_people(people)
        self._learn_genders()

    def knows_surname(self, key: str) -> bool:
        """Whether every full name the graph holds with the surname ``key`` is known here: the
        graph was asked for it (or there is no graph). A stored full name can come for another
        of its words ("George W Bush" for a batch's "George"), without the other full names that
        share its surname; what the surname rule says of it can then not be decided."""
        if self.asked is None:
            return True
        at = bisect_left(self.asked, key)
        return at < len(self.asked) and self.asked[at] == key

    def add_person(self, key: str) -> None:
        """A full name a later load retypes to a person's, indexed by its surname as one build
        indexes it (:func:`kg.resolve.latemerge.people_as_retyped`)."""
        if len(key.split()) >= 2:
            self._index_people([(key, key)])

    def _index_people(self, people: list[tuple[str, str]]) -> None:
        # A surname of several words ("van nistelrooy") is found like a one-word one; written
        # alone it is a short form, not a full name with the given name "Van".
        for key, target in people:
            for phrase in surname_phrases(key):
                self.by_surname[phrase].add(target)
        self.particle_forms |= {key for key, _ in people if is_surname_form(key) and key in self.by_surname}
        for key, target in people:
            if key not in self.particle_forms:
                self.by_surname[key.split()[-1]].add(target)
                if not INITIAL.match(key.split()[0]):
                    self.given_names.add(key.split()[0])
        # An initial form the initial rule joins to a full name ("J Worsley": Joe Worsley) is
        # that person, not a second Worsley for a lone "Worsley" to choose between.
        for key, target in people:
            words = key.split()
            if len(words) == 2 and INITIAL.match(words[0]) and key == target and self.initial_target(key):
                self.by_surname[words[1]].discard(key)

    def _learn_genders(self) -> None:
        """A short form that its title resolves ("Mrs Blair": the only Blair not called Mr) tells
        the full name's gender, which may settle another short form ("Mr Blair"). One round, from
        what the whole corpus says, so the order of the documents does not matter."""
        learned: dict[str, set[str]] = defaultdict(set)
        for key, info in self.infos.items():
            for genders, offices in info.readings:
                chosen = self.choose(key, set(genders), set(offices))
                if chosen is not None:
                    learned[chosen[0]] |= genders
        for target, learnt in learned.items():
            self.infos[target].genders |= learnt

    def target(self, entity: Entity) -> tuple[str, str]:
        """The key of the canonical name an entity of one document stands for, and the rule."""
        clean = canonical_name(entity.name, entity.type)
        key = name_key(clean)
        rule = "cleaned" if clean != entity.name else ""
        canon = self.canon[key]
        short = (" " not in key or key in self.particle_forms) and key not in self.given_names \
            and self._person_like(canon, entity)
        if canon.stored:
            # A name that is already a node stays that node (kg.resolve.latemerge has moved what
            # the batch changes), recorded as a single build records it; but a short form that
            # its own titles join to a full name joins it, whatever node other documents' short
            # form stays ("President Rusk" picks the Rusk of that office, where a stored lone
            # "Rusk" stays apart, two Rusks competing).
            chosen = self._full_name_of(key, entity) if short else None
            return chosen or (key, rule or ("type" if canon.type != entity.type else ""))
        if key in self.redirects:
            return self.redirects[key]
        initial = self.initial_target(key)
        if initial is not None:
            return initial, "initial"
        if short:
            chosen = self._full_name_of(key, entity)
            if chosen is not None:
                return chosen
        if canon.type != entity.type and not rule:
            rule = "type"
        return key, rule

    def initial_target(self, key: str) -> str | None:
        """"F Pelous": the only Pelous of the corpus whose name starts with F. An initial form is a
        short form itself, never the full name one stands for: "G Murphy" read as a person (its
        own candidate, in the surname index) must not compete with Geordan Murphy, nor join itself."""
        words = key.split()
        if len(words) == 2 and INITIAL.match(words[0]):
            found = [c for c in self.by_surname.get(words[1], ())
                     if c.startswith(words[0][0]) and not INITIAL.match(c.split()[0])]
            if len(found) == 1:
                return found[0]
        return None

    @staticmethod
    def _person_like(canon: Canonical, entity: Entity) -> bool:
        """A lone word stands for a person when read as one, or written with a title: a proper
        noun spaCy left unclassified is as often a band, a show or a common word in capitals."""
        if canon.type == "PERSON":
            return True
        return canon.type == "OTHER" and bool(gender_of(entity.aliases) or offices_of(entity.aliases))

    def _full_name_of(self, key: str, entity: Entity) -> tuple[str, str] | None:
        return self.choose(key, gender_of(entity.aliases), offices_of(entity.aliases))

    def choose(self, key: str, said: set[str], offices: set[str]) -> tuple[str, str] | None:
        """The full name a one-word name with these titles and offices joins (and the rule), if any."""
        candidates = sorted(self.by_surname.get(key, set()))
        if said:  # "Mrs Blair" is not a man the corpus calls "Mr Blair"
            candidates = [c for c in candidates if not self.infos[c].genders
                          or self.infos[c].genders & said]
        if len(candidates) == 1:
            return candidates[0], "surname"
        if offices:
            shared = [c for c in candidates if self.infos[c].offices & offices]
            if len(shared) == 1:
                return shared[0], "surname-office"
        return None

    def _document_targets(self, named: list[Entity], doc: str,
                          arguments: set[str] | None = None) -> Iterator[tuple[Entity, tuple[str, str]]]:
        """Each named entity of one document and its target: a short form joins the full name
        the same document gives it (:mod:`kg.resolve.comention`), before any corpus-wide rule;
        an organisation's short form alone joins the one full name other documents gave it."""
        chosen = [(entity, self.target(entity)) for entity in named]
        types: dict[str, set[str]] = defaultdict(set)
        written_here: set[str] = set()  # the names this document writes itself, not joined to them
        for entity, (key, _) in chosen:
            written = name_key(canonical_name(entity.name, entity.type))
            if written == key:
                written_here.add(key)
            # Named in full here; a team sheet's initial ("S Lamont") is not, whatever full name
            # the corpus gives it: which one depends on the documents loaded so far, and the
            # document's own rules must not ("Simon" beside Simon Taylor and "S Webster").
            if " " in written and written not in self.particle_forms and not INITIAL.match(written.split()[0]):
                types[key].update((entity.type, self.canon[key].type, *courtesy_person(entity)))
        doc_names = DocumentNames.of(FullName(k, self.canon[k].name, frozenset(t)) for k, t in types.items())
        for entity, target in chosen:
            clean = canonical_name(entity.name, entity.type)
            earlier = self.sticky.get((entity.name, doc))
            if earlier is not None and earlier in self.canon and not self._kept_apart(entity, clean, earlier):
                yield entity, (earlier, "again")
                continue
            said = gender_of(entity.aliases)
            found = [(k, rule) for k, rule in doc_names.full_name_of(clean, entity.type)
                     if not said or not self.infos[k].genders or self.infos[k].genders & said]
            if entity.type == "NORP" and any(a.casefold().startswith("the ") for a in entity.aliases):
                # "the British" are the people, never British Airways (a firm goes without "the")
                found = [(k, rule) for k, rule in found if rule != "trade-name"]
            if arguments is not None and entity.id not in arguments:
                # a word that heads no subject or object of the document's facts may be an
                # adjective ("Indian airline Jet Airways" beside Indian Airlines): no short form
                found = [(k, rule) for k, rule in found if rule not in ("trade-name", "nationality-club")]
            # "R O'Gara" beside the "Ronan O'Gara" its document writes: recorded apart from the
            # corpus rule `initial`, so that the document still counts as one that wrote the full
            # name (its reading of the name's type: kg.resolve.latemerge).
            found = [(k, "document-initial" if rule == "initial" and k in written_here else rule) for k, rule in found]
            if len(found) == 1 and self.redirects.get(name_key(clean), ("", ""))[0] == found[0][0]:
                yield entity, self.redirects[name_key(clean)]  # a full name a corpus rule joined
            elif len(found) == 1:
                yield entity, found[0]
            elif (not found and name_key(clean) in self.learned and target[0] == name_key(clean)
                  and not self.canon[target[0]].stored):
                yield entity, (self.learned[name_key(clean)], "alias")
            else:
                yield entity, target

    def _kept_apart(self, entity: Entity, clean: str, earlier: str) -> bool:
        """A name whose own node of its own type is stored, while the node an earlier load joined
        this name to (for this document) has another type: the model read the same words as two
        things here ("Dr Lin" a person in one sentence, an organisation in another), and the
        first load kept the other reading apart; a reload keeps it there."""
        own, joined = self.canon.get(name_key(clean)), self.canon[earlier]
        return (own is not None and own.stored and own.type == entity.type != "OTHER"
                and joined.type not in (entity.type, "OTHER") and own.id != joined.id)

    def rewrite(self, extraction: Extraction) -> Extraction:
        doc = extraction.document.id
        entities = document_entities(extraction)
        grouped: dict[str, list[tuple[Entity, str]]] = defaultdict(list)
        arguments = {f.subject.id for f in extraction.facts} | {f.object.id for f in extraction.facts}
        for entity, (key, rule) in self._document_targets([e for e in entities.values() if is_named(e)], doc,
                                                          arguments):
            grouped[key].append((entity, rule))
        targets: dict[str, Entity] = {}
        for key, members in grouped.items():
            node = merged_node(self.canon[key], members, doc, self.sticky)
            targets.update((entity.id, node) for entity, _ in members)
        for entity in entities.values():  # a common noun, spelled as most documents write it
            spelled = self.concept_names.get(entity.id) if entity.type == CONCEPT else None
            if spelled is not None and spelled != entity.name:
                targets[entity.id] = Entity(entity.id, spelled, CONCEPT, entity.aliases, entity.merged_by,
                                            entity.other_types)
        written = {entity.id: entity.name for entity in extraction.entities}  # before split_possessives
        names = {written[old]: node.name for old, node in targets.items()}
        facts: list[Fact] = []
        for fact in extraction.facts:
            subject = targets.get(fact.subject.id, fact.subject)
            obj = targets.get(fact.object.id, fact.object)
            if subject.id == obj.id:
                continue  # "Tony Blair met Blair": one person, no fact
            attribution = names.get(fact.attribution, fact.attribution) if fact.attribution else None
            facts.append(_with_entities(fact, subject, obj, attribution, entities))
        mentions = {node.id: node for node in (targets.get(e.id, e) for e in extraction.mentions)}
        return Extraction(extraction.document, facts, mentions=tuple(mentions.values()))


_FACT_FIELDS = tuple(f.name for f in fields(Fact))
_SUBJECT, _OBJECT, _ATTRIBUTION, _SUBJECT_NAME, _OBJECT_NAME = (
    _FACT_FIELDS.index(n) for n in ("subject", "object", "attribution", "subject_name", "object_name"))


def _with_entities(fact: Fact, subject: Entity, obj: Entity, attribution: str | None,
                   written: dict[str, Entity]) -> Fact:
    # dataclasses.replace, without its checks: it was most of the time of a rewrite.
    if subject is fact.subject and obj is fact.object and attribution == fact.attribution:
        return fact  # its provenance names its own entities (Fact.provenance)
    values = list(fact_state(fact))
    values[_SUBJECT], values[_OBJECT], values[_ATTRIBUTION] = subject, obj, attribution
    # The names the sentence wrote (as the document's merge records name them: a possessive
    # taken off), kept in its provenance whatever node they join.
    values[_SUBJECT_NAME] = fact.subject_name or _written_name(fact.subject, written)
    values[_OBJECT_NAME] = fact.object_name or _written_name(fact.object, written)
    return Fact(*values)


def _written_name(entity: Entity, written: dict[str, Entity]) -> str:
    return written.get(entity.id, entity).name if entity.type in NAMED else ""
