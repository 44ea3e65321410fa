"""A plural description to the names it gathers (rule ``plural-reference``).

"Nordbank and Vexa Holdings ... the two firms said": news names two or three parties once, joined
by "and", and then speaks of them together ("the firms", "the two companies", "both banks", "the
pair", "the three men"). What is said of the description is said of each of them, so each gets
the fact (:meth:`kg.resolve.facts.FactBuilder.facts`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from kg.extract.registry import disabled, register
from kg.resolve.names import given_names
from kg.resolve.referring import ORG_KINDS, name_root

# How many a word says there are: "the two firms", "both banks", "the pair", "the trio".
_NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2, "pair": 2, "duo": 2, "trio": 3}
# Person nouns that gather named people: not "the players" or "the fans", which a report uses
# of a whole team or crowd, unless a number says how many ("the two players").
_PEOPLE = frozenset({"man", "woman", "pair", "duo", "trio", "brother", "sister", "player", "star",
                     "actor", "singer", "athlete", "driver", "executive"})
_COUNTRIES = frozenset({"country", "nation", "government"})
_COLLECTIVE = frozenset({"pair", "duo", "trio"})
# What a description's kind says its members are. The model's label is a weak sign for a firm
# (it calls many a person), so a firm is any name but a person's with a given name.
_ORG, _PERSON, _COUNTRY = "org", "person", "country"
_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "PRODUCT", "NORP", "FAC", "LOC"})


def _fits(name: Span, kind: str) -> bool:
    """A name's label agrees with the description's kind (a proper noun with no label may be a
    firm, never a person or a country here)."""
    label = name.label_
    if kind == _PERSON:
        return label == "PERSON"
    if kind == _COUNTRY:
        return label == "GPE"
    if label not in ("ORG", "PERSON", "PRODUCT", ""):
        return False
    return label != "PERSON" or (len(name) > 1 and name[0].lower_ not in given_names())


def _number(tok: Token) -> int | None:
    said = [c.lower_ for c in tok.children if c.dep_ in ("nummod", "det", "predet", "quantmod")]
    if tok.lemma_.lower() in _COLLECTIVE:
        said.append(tok.lemma_.lower())
    counts = {_NUMBERS[w] for w in said if w in _NUMBERS}
    return counts.pop() if len(counts) == 1 else None


def _kind(tok: Token, number: int | None) -> str | None:
    """What the description's head noun says its members are; None for a noun that gathers no
    names."""
    head = tok.lemma_.lower()
    if head in _COUNTRIES:
        return _COUNTRY
    if head in ORG_KINDS:
        return _ORG
    if head in _PEOPLE and (number is not None or head in ("man", "woman")):
        return _PERSON
    return None


def describes(tok: Token) -> bool:
    """A definite plural description that says nothing of which ones it means but its number:
    "the firms", "the two companies", "both banks", "the pair"; not "the firms in the index",
    "the banks that lent", "Nordic banks", "banks" (no article: any banks)."""
    if tok.pos_ != "NOUN" or (tok.tag_ != "NNS" and tok.lemma_.lower() not in _COLLECTIVE):
        return False
    if not any(c.lower_ in ("the", "both") and c.dep_ in ("det", "predet") for c in tok.children):
        return False
    for child in tok.children:
        if child.dep_ in ("prep", "relcl", "acl", "appos", "amod", "compound", "poss", "nmod"):
            return False
    return not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].dep_ == "appos")


def _names(span: Span) -> list[Span]:
    """The names of a sentence in order: the model's entities of a name label, and runs of proper
    nouns it gave no label (a firm's name opening a sentence often has none: "Nordbank and ...")."""
    names = [ent for ent in span.ents if ent.label_ in _NAME_LABELS]
    start = None
    for tok in span:
        bare = tok.pos_ == "PROPN" and tok.ent_iob_ == "O"
        if bare and start is None:
            start = tok.i
        elif not bare and start is not None:
            names.append(span.doc[start:tok.i])
            start = None
    if start is not None:
        names.append(span.doc[start:span.end])
    return sorted(names, key=lambda name: name.start)


def _runs(span: Span) -> list[list[Span]]:
    """The lists of names in a sentence: names with only commas and one "and" between them ("A,
    B and C"), read from the words, not the parse (which often hangs "A and B Holdings" on the
    wrong word)."""
    runs: list[list[Span]] = []
    current: list[Span] = []
    for name in _names(span):
        between = list(span.doc[current[-1].end:name.start]) if current else []
        if between and all(t.lower_ in (",", "and") for t in between):
            current.append(name)
            continue
        if len(current) > 1:
            runs.append(current)
        current = [name]
    if len(current) > 1:
        runs.append(current)
    # a list ends in "and": "A, B" alone is no coordination ("Bergen, Norway")
    return [run for run in runs if span.doc[run[-2].end:run[-1].start].text.split()[-1:] == ["and"]]


@register("plural-reference")
def group_of(tok: Token, earlier: Sequence[Doc] = ()) -> tuple[list[Token], str] | None:
    """"Nordbank and Vexa Holdings reported losses. The two firms said ...": a definite plural
    description ("the firms", "the two companies", "both banks", "the pair", "the three men")
    stands for the names of the one list of such names ("A, B and C") in its sentence before it
    or in the sentence before; with a number, the one list of that many such names anywhere
    before it in the document. Its kind must fit them (a firm word for organisations, a person
    word for people, "the countries" for countries). With no such list, or two, it stays a
    common noun.

    Linguistic reason: a definite description needs a referent the reader can pick out from the
    discourse; a plural one needs a set. A coordination of names introduces exactly such a set
    ("A and B" is one plural referent), and the description's head noun and number must agree
    with it; a number narrows the set so that it can be picked out from further back. "The
    players" or "the fans" alone is a whole team or crowd, not two names, unless
    a number says how many.
    Returns the name tokens (each a name's root) in text order and the kind they must be of
    ("org", "person", "country": :func:`member_fits` checks the entities they resolve to), or None.
    """
    if "plural-reference" in disabled() or not describes(tok):
        return None
    number = _number(tok)
    kind = _kind(tok, number)
    if kind is None:
        return None
    if number is not None:
        # "the three firms": a number picks out the one list of that many names before it in
        # the document, however far back
        sents = [*(s for doc in earlier for s in doc.sents), *(s for s in tok.doc.sents if s.start <= tok.i)]
    elif tok.sent.start > 0:
        sents = [tok.doc[tok.sent.start - 1].sent, tok.sent]  # no number: the sentence just before
    else:
        sents = [*(list(earlier[-1].sents)[-1:] if earlier else []), tok.sent]
    groups: dict[tuple[tuple[int, int], ...], list[Token]] = {}
    for span in sents:
        for run in _runs(span):
            if (run[-1].doc is tok.doc and run[-1].end > tok.i) or (number is not None and len(run) != number):
                continue
            if not all(_fits(ent, kind) for ent in run):
                continue
            members = [ent.root for ent in run]
            if tok.head.pos_ in ("VERB", "AUX") and any(
                    m.doc is tok.doc and name_root(m).head.i == tok.head.i for m in members):
                continue  # "Nordbank and Vexa sued the two firms": co-arguments are others
            groups[tuple((id(m.doc), m.i) for m in members)] = members
    return (next(iter(groups.values())), kind) if len(groups) == 1 else None


def member_fits(entity_type: str, kind: str) -> bool:
    """The document's type for a name (its mentions' vote) agrees with the description's kind:
    "both sides" are no two people, whatever the model called one mention."""
    if kind == _PERSON:
        return entity_type == "PERSON"
    if kind == _COUNTRY:
        return entity_type == "GPE"
    return entity_type in ("ORG", "OTHER")
