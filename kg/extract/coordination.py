"""A coordinated subject as one argument in the Open IE view: (Ann and Tom; won; the cup).

The verb rules state one proposition per subject, so that the graph has a fact for each
("Ann and Tom won the cup": Ann won it, Tom won it). The Open IE view reads the clause as it is
written: the coordination is the subject, and one proposition says what the clause says.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract.arguments import subject_argument
from kg.extract.base import Argument, Proposition
from kg.extract.nominal import balance_quotes, conjuncts
from kg.extract.reading import proper_run
from kg.extract.registry import disabled, register
from kg.resolve.kinds import PERSON_KINDS


def joined_subject(subs: list[Token], verb: Token) -> Argument | None:
    """The subjects as one argument when they are the conjuncts of one noun phrase, else None."""
    if len(subs) < 2 or [t.i for t in conjuncts(subs[0])] != [t.i for t in subs]:
        return None
    ids = {t.i for t in subs}
    keep = {t.i for s in subs for t in subject_argument(s, verb).tokens}
    # the "and" and the commas that join the conjuncts (not those inside a conjunct's own words)
    keep |= {t.i for t in verb.doc[min(ids):max(ids)] if t.dep_ in ("cc", "punct", "preconj") and t.head.i in ids}
    return Argument(subs[0], tuple(balance_quotes([verb.doc[i] for i in sorted(keep)])))


@register("coordinated-subject")
def coordinated_subject_readings(props: Iterable[Proposition], subs: list[Token],
                                 verb: Token) -> Iterator[Proposition]:
    """"Ann and Tom won the cup" → (Ann and Tom; won; the cup) in the Open IE view, where the
    graph keeps (Ann; won; the cup) and (Tom; won; the cup).

    Linguistic reason: a coordinated noun phrase is one constituent, the subject of the clause;
    the verb agrees with the whole of it ("Ann and Tom *were* late"), and with a collective
    predicate ("met in Oslo", "were the founders of the firm", "shared the prize") no conjunct
    alone is the subject of what is said. Splitting it is a reading a graph needs (a fact per
    entity), not what the sentence states. Open IE only: the graph's propositions are unchanged.
    """
    props = list(props)
    joined = None if "coordinated-subject" in disabled() else joined_subject(subs, verb)
    if joined is None:
        yield from props
        return
    first = {t.i for t in subject_argument(subs[0], verb).tokens}
    others = {t.i for t in subs[1:]}
    for prop in props:
        head = prop.args[0].head.i
        if prop.open_ie and head == subs[0].i and {t.i for t in prop.args[0].tokens} == first:
            yield replace(prop, args=[joined, *prop.args[1:]], graph=False)
            prop.open_ie = False
        elif head in others and {t.i for t in prop.args[0].tokens} == {t.i for t in subject_argument(
                verb.doc[head], verb).tokens}:
            prop.open_ie = False
        yield prop


# Entity types whose words before a plural noun say when or how many, never which one ("the
# Monday and Tuesday sessions" are sessions of two days, not named things).
_NOT_NAMING = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# People named by the body they belong to ("the Nordbank and Vexa researchers"), beside the titles
# and occupations of PERSON_KINDS: a group of people, not a named thing.
_GROUP_MEMBERS = frozenset({"researcher", "expert", "worker", "employee", "fan", "supporter", "customer", "user",
                            "voter", "pupil", "viewer", "reader", "listener", "shareholder", "member", "citizen",
                            "resident", "staff", "people"})


def shared_head(member: Token) -> tuple[list[Token], Token] | None:
    """The names a plural noun is shared by, and the noun: "the Bergen, Voss and Flam lines" →
    ([Bergen, Voss, Flam], lines), from any of the three; None when ``member`` is no such name.

    Only bare proper nouns, coordinated, straight before a plural common noun that is no kind of
    person ("the Arsenal and Chelsea managers" are two people, whom the role rules read) with
    nothing between but the noun's own compounds ("the Bergen and Voss rail lines"). The small
    model often parses a list of two as a name coordinated with the last name's noun phrase
    ("the Oslo" and "Bergen lines"): that is read as the same list.
    """
    if member.pos_ != "PROPN" or member.dep_ not in ("conj", "nmod", "compound", "dobj", "pobj", "nsubj",
                                                     "nsubjpass", "attr", "appos"):
        return None
    found = _list_before_noun(member)
    if found is None:
        return None
    first, head, members = found
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return None

    if head.lemma_.lower() in PERSON_KINDS | _GROUP_MEMBERS:
        return None
    if len(members) < 2 or any(m.pos_ != "PROPN" or m.ent_type_ in _NOT_NAMING for m in members):
        return None
    runs = [len(proper_run(m)) for m in members]
    if runs[-1] > 1 and min(runs[:-1]) == 1:
        return None  # "the Daily and Sunday Telegraph newspapers": how much of "Sunday Telegraph" is shared is unsaid
    words = {t.i for m in members for t in proper_run(m)}
    for t in head.doc[first.i:head.i]:
        if t.i in words or (t.dep_ in ("cc", "punct") and t.text in (",", "and", "&")):
            continue
        if t.dep_ == "compound" and t.head.i == head.i and t.pos_ == "NOUN" and t.is_lower and t.i > max(words):
            continue  # "the Bergen and Voss rail lines"
        return None  # a determiner, a number or an adjective of one member only: no bare list
    if any(c.dep_ == "det" and c.i > first.i for c in first.children) or any(
            c.dep_ not in ("compound", "conj", "cc", "punct", "det") for m in members for c in m.children if c.i != head.i):
        return None  # "the Bergen and Voss 's lines", a member with words of its own
    return members, head


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _list_before_noun(member: Token) -> tuple[Token, Token, list[Token]] | None:
    """The list's first name, the noun after the list and the names, as the parse gives them:
    the names as modifiers of the noun, or (a list of two, often) the first name as the argument
    and the noun phrase of the last as its conjunct."""
    first = _first_conjunct(member)
    if first.dep_ in ("nmod", "compound") and first.head.i > first.i and len(conjuncts(first)) > 1:
        return first, first.head, conjuncts(first)
    if member.dep_ == "compound" and member.head.dep_ == "conj" and member.head.head.pos_ == "PROPN":
        first = _first_conjunct(member.head.head)  # the last name of "the Oslo and Bergen lines", parsed "Bergen lines"
    head = next((c for c in first.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > first.i), None)
    if head is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in first.children):
        return None  # "visited Oslo and Bergen offices": with no "the" before it, Oslo is a place
    last = next((c for c in reversed(list(head.lefts)) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if last is None:
        return None
    return first, head, [*(m for m in conjuncts(first) if m.pos_ == "PROPN"), last]


def shared_head_name(member: Token) -> str | None:
    """The name a member of a shared head stands for: "Voss line" of "the Bergen, Voss and Flam
    lines" (the member's own words kept: "the Red Sea and Baltic routes" → "Red Sea route")."""
    found = shared_head(member) if "shared-head" not in disabled() else None
    if found is None:
        return None
    members, head = found
    if {head.head.lemma_, _first_conjunct(members[0]).head.lemma_} & COLLECTIVE_VERBS:
        return None  # "combines the Oslo and Bergen exchanges": the list stays one whole
    words = [t.text for t in proper_run(member)]
    words += [t.text for t in head.lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and t.i > member.i]
    return " ".join([*words, head.lemma_.lower()])


# Verbs whose object is a whole that they join up or set apart: "combines the Oslo and Bergen
# exchanges" is one act on both (no exchange alone is combined), so the list is not split.
COLLECTIVE_VERBS = frozenset({"combine", "merge", "unite", "link", "connect", "compare", "separate", "divide",
                              "integrate", "amalgamate", "pool", "consolidate", "bridge", "swap", "switch"})


def _own_argument(head: Token, verb: Token) -> bool:
    """``head`` (or the list it ends) is the verb's own subject or object, or the object of a
    preposition on it: not a subject it inherits from a verb above ("were used to trade") nor the
    noun a relative clause hangs on."""
    top = head
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    return top.head.i == verb.i or (top.dep_ == "pobj" and top.head.head.i == verb.i)


def _singular_verb(verb: Token) -> bool:
    """The verb, or its first auxiliary, is a singular present form ("obliges", "has"), which a
    list of names cannot be the subject of."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return (aux if aux is not None else verb).tag_ == "VBZ"


@register("shared-head")
def shared_head_readings(props: Iterable[Proposition], verb: Token) -> Iterator[Proposition]:
    """"Nordrail runs the Bergen, Voss and Flam lines" → (Nordrail; runs; Bergen line), (...; Voss
    line), (...; Flam line) in the graph, where the Open IE view keeps the phrase as written.

    Linguistic reason: bare proper nouns coordinated before one plural noun are each a modifier
    of that noun, which is shared by ellipsis ("the Bergen, Voss and Flam lines" = the Bergen
    line, the Voss line and the Flam line; the plural is the agreement of the whole list), so
    what the verb says of the phrase it says of each named line. Only names (not "the old and
    new lines", adjectives that describe), no determiner or number inside the list, and never a
    person noun; not after a verb that joins its object up or sets it apart (``COLLECTIVE_VERBS``:
    "combines the Oslo and Bergen exchanges" combines neither alone). Only the verb's own
    arguments (not a subject it inherits, nor the noun its relative clause hangs on), and no
    subject of a singular verb ("the Oslo and Bergen frauds, which obliges": the parse hung the
    clause on the wrong noun). Graph only.
    """
    for prop in props:
        if ("shared-head" in disabled() or not prop.graph or prop.role is not None
                or any(w in COLLECTIVE_VERBS for w in prop.lemma.split())):
            yield prop
            continue
        split = next(((k, members) for k, arg in enumerate(prop.args[:2])
                      if arg.head.tag_ == "NNS" and _own_argument(arg.head, verb) and not (k == 0 and _singular_verb(verb))
                      and (members := _members_of(arg.head))), None)
        if split is None:
            yield prop
            continue
        if prop.open_ie:
            yield replace(prop, graph=False)
        k, members = split
        for member in members:
            args = list(prop.args)
            args[k] = Argument(member, (*(t for t in member.lefts if t.dep_ == "compound"), member, args[k].head))
            yield replace(prop, args=args, rule="shared-head", open_ie=False)


def _members_of(head: Token) -> list[Token] | None:
    """The names that share ``head``, a plural noun ("lines" of "the Bergen and Voss lines"),
    other than one the parse made an argument of its own ("the Oslo" of "the Oslo and Bergen lines")."""
    if head.tag_ != "NNS":
        return None
    last = next((c for c in reversed(list(head.lefts)) if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"), None)
    found = shared_head(last) if last is not None else None
    if found is None or found[1].i != head.i:
        return None
    return [m for m in found[0] if m.i > head.left_edge.i - 1 or head.dep_ != "conj"]
