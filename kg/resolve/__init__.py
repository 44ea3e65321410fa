"""From propositions in a sentence's words to facts between resolved entities."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.model import Entity, Fact
from kg.resolve.entities import DocumentResolver
from kg.resolve.predicates import relation_type, synonyms

if TYPE_CHECKING:  # kg.extract imports this package: no import back at run time
    from spacy.tokens import Token

    from kg.extract.base import Proposition

# Nouns that name an organisation when they modify a role: "the ministry's spokeswoman".
ORG_NOUNS = frozenset({
    "ministry", "government", "office", "army", "council", "agency", "party", "department",
    "company", "commission", "committee", "parliament", "bank", "court", "police", "union",
    "administration", "cabinet", "delegation", "team", "club", "board", "university", "embassy",
})
ROLE_RULES = frozenset({"apposition", "copula"})


def _role_org(role: Token) -> Token | None:
    """Who the role is held in: a possessor, a naming compound, or an "of" phrase."""
    for child in role.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    for child in role.lefts:
        if child.dep_ == "compound" and (child.pos_ == "PROPN" or child.ent_type_ in ("ORG", "GPE")
                                         or child.lemma_.lower() in ORG_NOUNS):
            return child
    of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _role_phrase(role: Token, org: Token | None) -> str:
    skip = set() if org is None else {t.i for t in org.subtree}
    words = [t for t in role.lefts if t.dep_ in ("amod", "compound") and t.i not in skip]
    def cased(t: Token) -> str:
        return t.text if t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") else t.lower_

    return " ".join([*(cased(t) for t in words), role.lower_]).strip()


class FactBuilder:
    """Turns one document's propositions into facts, once the resolver has seen every mention."""

    def __init__(self, resolver: DocumentResolver, doc_id: str, extractor: str, version: str) -> None:
        self.resolver = resolver
        self.doc_id = doc_id
        self.extractor = extractor
        self.version = version

    def observe(self, prop: Proposition) -> None:
        for arg in prop.args[:2]:
            self.resolver.add(arg.head)
            org = _role_org(arg.head) if arg.head.pos_ == "NOUN" else None
            if org is not None:
                self.resolver.add(org)
        if prop.attribution is not None:
            self.resolver.add(prop.attribution.head)

    def facts(self, prop: Proposition, offset: int, sentence: int, weight: float) -> Iterator[Fact]:
        if len(prop.args) < 2:
            return
        subj_arg, obj_arg = (prop.args[1], prop.args[0]) if prop.agent_first else prop.args[:2]
        subject = self.resolver.entity(subj_arg.head)
        if subject is None:
            return
        obj_head = obj_arg.head
        predicate, relation = prop.lemma, relation_type(prop.lemma)
        obj: Entity | None
        if prop.rule in ROLE_RULES and obj_head.pos_ == "NOUN" and subject.type != "CONCEPT":
            org = _role_org(obj_head)
            predicate = _role_phrase(obj_head, org)
            obj = self.resolver.entity(org) if org is not None else None
            if obj is not None:
                relation = synonyms().get(obj_head.lemma_.lower(), "ROLE")
            else:
                obj, relation = Entity.make(predicate, "CONCEPT"), "IS_A"
        else:
            obj = self.resolver.entity(obj_head)
        if obj is None or obj.id == subject.id:
            return
        sent = prop.sentence
        attribution = None
        if prop.attribution is not None:
            who = self.resolver.entity(prop.attribution.head)
            attribution = who.name if who is not None else prop.attribution.text
        yield Fact(
            subject=subject, relation=relation, predicate=predicate, text=prop.relation, object=obj,
            confidence=round(prop.confidence * weight, 4), doc_id=self.doc_id, sentence=sentence,
            char_start=offset + sent.start_char, char_end=offset + sent.end_char,
            evidence=sent.text.strip(), negated=prop.negated, modality=prop.modality,
            attribution=attribution, subject_text=subj_arg.text, object_text=obj_arg.text,
            args=tuple(prop.arg_texts), rule=prop.rule, extractor=self.extractor,
            extractor_version=self.version,
        )
