"""Titles before a name that the role rules read in part: a title with the field it covers
("Bergen director of rugby Jon Dahl", rule ``field-title``) and a team title whose holder's side
the sentence names ("Coach Tom Reed's Bergen squad", rule ``possessed-side``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.reading import sentence_entities, sentence_words
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.roles import CAPITALISED_TITLES, NOT_NAMES, NOT_TITLES, ORG_TYPES, TITLE_NOUNS, name_span
from kg.resolve.referring import ORG_KINDS, PERSON_KINDS

# Titles whose "of" phrase may name the field they cover rather than where they are held:
# "director of rugby", "head of news", "professor of economics", "editor of features".
FIELD_TITLE_HEADS = frozenset({"director", "head", "chief", "president", "minister", "secretary", "professor",
                               "editor", "controller", "commissioner"})


@dataclass(slots=True)
class FieldTitle:
    title: str
    head: Token
    org: Token | None


@register("field-title")
def field_title(name: Span) -> FieldTitle | None:
    """"Bergen director of rugby Jon Dahl said", "said head of news Tom Reed": the title is
    "director of rugby", held at Bergen (or nowhere named), not "rugby".

    Linguistic reason: a title noun with an "of" phrase of a common noun in lower case names the
    field the post covers ("director of rugby", "head of research"); written before a name, the
    whole phrase is the title, and a name before its head noun says where it is held, as it does
    before a one-word title ("Bergen coach"). The parser hangs the name on "of" or beside the
    title, so the words before the name are read in order: TITLE "of" FIELD NAME. A field that is
    a person noun ("the manager of midfielder Tom Reed") is someone else's title, not a field.
    """
    if "field-title" in disabled() or name.start < 3:
        return None
    doc = name.doc
    field = doc[name.start - 1]
    if not field.is_lower or field.pos_ not in ("NOUN", "PROPN") or field.ent_type_ or field.lemma_ in PERSON_KINDS:
        return None
    of = doc[name.start - 2]
    head = doc[name.start - 3]
    if of.lower_ != "of" or of.head.i != head.i or head.lower_ not in FIELD_TITLE_HEADS or head.sent != name.sent:
        return None
    if name.root.head.i not in (of.i, head.i, field.i) and field.head.i != of.i:
        return None
    org = next((c for c in head.lefts if c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN"
                and c.ent_type_ not in NOT_NAMES and (c.ent_type_ in ORG_TYPES or c.is_title)
                and c.lower_.rstrip(".") not in CAPITALISED_TITLES | NOT_TITLES | PERSON_KINDS | ORG_KINDS), None)
    if org is not None:
        span = name_span(org)
        if span is not None and span.label_ == "PERSON":
            org = None  # "Tom Reed director of rugby": no organisation
        elif span is not None:
            org = span.root
    return FieldTitle(f"{head.lower_} of {field.lower_}", head, org)


@triggered_by(words=FIELD_TITLE_HEADS)
def field_title_propositions(sent: Span) -> Iterator[Proposition]:
    """The role :func:`field_title` reads before a person's name: "Bergen director of rugby Jon
    Dahl" → Jon Dahl is director of rugby at Bergen. Graph-only.

    Linguistic reason: as for :func:`field_title`, a title noun with an "of" phrase naming its
    field is one title, and a name before the title noun says where it is held.
    """
    words = sentence_words(sent)
    if "of" not in words or words.isdisjoint(FIELD_TITLE_HEADS):
        return  # (most sentences: no title word that takes a field)
    for name in sentence_entities(sent):
        if name.label_ != "PERSON":
            continue
        found = field_title(name)
        if found is None:
            continue
        obj = Argument(found.org, (found.org,)) if found.org is not None else Argument(found.head, (found.head,))
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[Argument(name.root, tuple(name)), obj],
                          rule="field-title", role=Role(name.root, found.title, found.head, found.org), open_ie=False)


# Nouns for a team a person leads or plays in, and the titles of those who lead or play in one.
SIDE_NOUNS = frozenset({"side", "squad", "team", "xv"})
TEAM_TITLES = frozenset({"coach", "manager", "boss", "captain", "skipper", "head coach", "player-manager"})


@register("possessed-side")
def possessed_side(name: Span, title: str) -> Token | None:
    """"Coach Tom Reed's Bergen squad will tour Norway" → Tom Reed is coach at Bergen: the side a
    person with a team title possesses, when a name says which side it is.

    Linguistic reason: a possessive says whose the side is, and for a coach, a manager or a
    captain the side is theirs because they lead it: "Reed's Bergen squad" names the team his
    title is held at, as "Bergen coach Tom Reed" would. Only a title of a team's leader, only
    "side", "squad" or "team", and only a name before it (the model's organisation or place, or
    a capitalised word): "Reed's squad" names no team.
    """
    if "possessed-side" in disabled() or title not in TEAM_TITLES:
        return None
    root = name.root
    side = root.head
    if root.dep_ != "poss" or side.lemma_.lower() not in SIDE_NOUNS or side.i <= root.i:
        return None
    team = next((c for c in side.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i > root.i
                 and c.ent_type_ not in ("PERSON", *NOT_NAMES)), None)
    if team is None or team.lower_ in TITLE_NOUNS:
        return None
    span = name_span(team)
    return span.root if span is not None else team
