"""From propositions in a sentence's words to facts between resolved entities."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.base import Proposition, Role
from kg.extract.roles import role_of
from kg.model import Entity, Fact
from kg.resolve.entities import DocumentResolver
from kg.resolve.predicates import relation_type, synonyms

# A copula with a description is a role too: "Karin Dahl is the new chair of the commission".
COPULA_RULES = frozenset({"copula"})


def _role(prop: Proposition) -> Role | None:
    if prop.role is not None:
        return prop.role
    obj = prop.args[1].head if len(prop.args) > 1 else None
    if prop.rule in COPULA_RULES and obj is not None and obj.pos_ == "NOUN" and not prop.agent_first:
        return role_of(prop.args[0].head, obj)
    return None


def named(tok: Token) -> Token:
    """A description with the name it describes stands for the name: in "the foreign minister,
    Elin Dahl, arrived" and "Sweden's trade minister Per Lund met" the parse makes the title the
    subject and hangs the name on it; the fact is about the person."""
    if tok.pos_ != "NOUN":
        return tok
    name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i
                 and c.ent_type_ in ("PERSON", "ORG")), None)
    return name if name is not None else tok


class FactBuilder:
    """Turns one document's propositions into facts, once the resolver has seen every mention."""

    def __init__(self, resolver: DocumentResolver, doc_id: str, extractor: str, version: str) -> None:
        self.resolver = resolver
        self.doc_id = doc_id
        self.extractor = extractor
        self.version = version

    def observe(self, prop: Proposition) -> None:
        for arg in prop.args[:2]:
            self.resolver.add(named(arg.head))
        role = _role(prop)
        if role is not None:
            self.resolver.add(role.holder)
            if role.org is not None:
                self.resolver.add(role.org)
        if prop.attribution is not None:
            self.resolver.add(prop.attribution.head)

    def facts(self, prop: Proposition, offset: int, sentence: int, weight: float) -> Iterator[Fact]:
        if len(prop.args) < 2:
            return
        subj_arg, obj_arg = (prop.args[1], prop.args[0]) if prop.agent_first else prop.args[:2]
        role = _role(prop)
        subject = self.resolver.entity(role.holder if role is not None else named(subj_arg.head))
        if subject is None:
            return
        predicate, relation = prop.lemma, relation_type(prop.lemma)
        obj: Entity | None
        if role is not None and subject.type != "CONCEPT":
            # title and organisation apart: (holder)-[ROLE {title}]->(organisation), or IS_A title
            predicate = role.title
            obj = self.resolver.entity(role.org) if role.org is not None else None
            if obj is not None:
                relation = synonyms().get(role.title_head.lemma_.lower(), "ROLE")
            else:
                obj, relation = Entity.make(role.title, "CONCEPT"), "IS_A"
        elif prop.open_ie:
            obj = self.resolver.entity(named(obj_arg.head))
        else:
            return  # a graph-only reading that states no role (a title on a CONCEPT)
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
