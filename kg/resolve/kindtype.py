"""What type a name's mentions vote for: a name the model called a person that its sentence calls a
firm is an organisation (rule ``kind-type``); a person's name written in full decides over its
surname alone (rule ``given-name-type``)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from kg.extract.registry import disabled, register
from kg.resolve.names import given_names
from kg.resolve.referring import ORG_KINDS, ORG_ONLY_KINDS, PERSON_KINDS, name_root, stated_kinds

# Kinds only an organisation is, never a person's title or occupation: not "broadcaster" (also a
# presenter) or "concern" ("the flanker is a major concern").
FIRM_KINDS = ORG_ONLY_KINDS - PERSON_KINDS - {"broadcaster", "concern"}
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "dame"})


@register("kind-type")
def kind_type(label: str, tok: Token, name: str) -> str:
    """"Swiss cement firm Holcim", "Holcim, the cement group", "Holcim is a cement firm": the
    model's PERSON for a name whose sentence calls it a kind only an organisation is (firm,
    company, bank, airline, group, ...) becomes ORG, unless the name opens with a given name or
    an honorific ("Mr").

    Linguistic reason: a close apposition or a copula classifies its name ("the firm Holcim" is a
    firm), and a firm is no person; the tagger's label is a guess from the name's letters, which
    for a one-word foreign name ("Holcim", "Yukos") is often a person's. Returns the type the
    mention votes for.
    """
    if label != "PERSON" or "kind-type" in disabled():
        return label
    first = name.split()[0].lower() if name.split() else ""
    if first in given_names() or first.rstrip(".") in _HONORIFICS:
        return label
    # a plural kind word in the name is as often a surname: "Hilda Banks" is no bank ("Alfa
    # Group" is a group)
    own = {w.lower()[:-1] for w in name.split() if w.lower().endswith("s")}
    return "ORG" if (stated_kinds(tok) - own) & FIRM_KINDS else label


def full_name_vote(label: str, tok: Token, name: str) -> str | None:
    """What a mention written in full votes for the person test of :func:`given_name_type`: its
    label when the name opens with a known given name ("Craig Bellamy") or when the model labels it
    a person and its sentence calls it a kind of person ("manager Graeme Souness"); None for any
    other mention."""
    words = name.split()
    root = name_root(tok)
    if len(words) < 2 or (root.dep_ == "compound" and root.head.lemma_.lower() in PERSON_KINDS):
        return None  # "James Hardie chairwoman Ann Berg": the name holding a title is a firm
    given = words[0].lower() in given_names()
    if not given and label != "PERSON":
        return None
    kinds = stated_kinds(tok)
    if kinds & FIRM_KINDS:
        return None  # "building group James Hardie": a firm named after its founder
    # a given name, or a name the model labels a person and its sentence calls one ("manager
    # Graeme Souness")
    return label if given or (kinds & PERSON_KINDS) - ORG_ONLY_KINDS else None


@register("given-name-type")
def given_name_type(full: Counter[str]) -> bool:
    """"Newcastle fined striker Craig Bellamy ... Bellamy said ...": the model labels the full name
    a PERSON and the lone surname, again and again, an organisation; the person the full name
    labels is the type of every mention. ``full`` counts the votes of the mentions written in full
    (:func:`full_name_vote`); True when PERSON is at least as many of them as the rest.

    Linguistic reason: a given name opens only a person's name, so "Craig Bellamy" read as a
    person is one, and so is a name its sentence calls a manager or a striker; a lone surname is a guess from its letters ("Bellamy", "Souness" read as firms),
    and it stands for the person the document named in full. A firm named after a person
    ("Freddie Mac") is written in full every time, so its own full mentions still decide."""
    if "given-name-type" in disabled():
        return False
    person = full.get("PERSON", 0)
    return person > 0 and person >= sum(full.values()) - person




def courtesy_surnames(mentions: list[tuple[str, str]]) -> set[str]:
    """The surnames a document writes after a courtesy title ("said Mr Brekkestad"), from its named
    mentions' (name, surface) pairs."""
    found = set()
    for name, surface in mentions:
        words = surface.split()
        if len(words) == 2 and len(name.split()) == 1 and words[0].lower().rstrip(".") in _HONORIFICS:
            found.add(name)
    return found


@register("courtesy-title-type")
def courtesy_type(label: str, name: str, titled: set[str]) -> str:
    """"Halvor Brekkestad said he would seek action ... 'It is essential,' said Mr Brekkestad": a name of
    two or three capitalised words the model called a firm or a place is a person's when the
    document writes its last word after a courtesy title ("Mr", "Mrs", "Dr"). Returns the type the
    mention votes for.

    Linguistic reason: a courtesy title is said only of a person, and news writes a person in full
    once and then as title and surname, so the surname after "Mr" is the same person's name; the
    tagger's ORG for an unfamiliar name ("Halvor Brekkestad") is a guess from its letters. Not a name
    with a kind of organisation, a "&" or a lower-case word in it ("Tate & Lyle", "Bank of
    Spain"), nor a span with a title inside ("Tuesday Mr Ebbers"), which is no one's name."""
    if label not in ("ORG", "GPE", "LOC", "NORP", "OTHER") or "courtesy-title-type" in disabled():
        return label
    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1] not in titled or not all(w[:1].isupper() and w.isalpha() for w in words):
        return label
    if any(_singular_kind(w) or w.lower() in _HONORIFICS for w in words):
        return label  # "Tuesday Mr Ebbers", "Dr Jon Dahl": the model's span is not the name
    return "PERSON"


def _singular_kind(word: str) -> bool:
    lower = word.lower()
    return lower in ORG_KINDS or lower.rstrip("s") in ORG_KINDS
