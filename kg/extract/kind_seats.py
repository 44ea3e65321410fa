"""Where an organisation is based, said in the kind news predicates of its name.

"Nordbank, a Norwegian bank," and "Nordbank is Norway's biggest lender" say what Nordbank is
(the ``IS_A`` the copula and apposition rules read) and, in the same words, where: a nationality
on the kind, or a country or a city in the possessive before it. The seat rules of
:mod:`kg.extract.places` read those modifiers only before a name ("Norwegian bank Nordbank",
"Norway's Nordbank"); this rule reads them on a kind said of the name after it: in apposition
(either way round: "Sweden's biggest bank, Nordbank"), as the copula's complement, or as the plural
of "one of" ("one of Norway's biggest banks").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.reading import sentence_tokens
from kg.extract.registry import triggered_by
from kg.extract.roles import name_span
from kg.resolve.demonyms import country_of, is_country
from kg.resolve.referring import ORG_KINDS, PERSON_KINDS, description_head

# Kinds only an organisation is, as a predicate of a name already known to be one by them: "maker"
# and "producer" stay in ("Norway's biggest cement maker"), any noun a person may be goes out
# ("a Norwegian designer" says where she is from, not a seat).
_SEAT_KINDS = ORG_KINDS - PERSON_KINDS
# Names that are no organisation's even when a kind is said of them: a country is "Europe's
# biggest market" without being based in Europe, a person is from a country.
_NOT_FIRMS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
# Words that put the kind in another time: "was once a Swiss bank", "a former Norwegian firm".
_OTHER_TIME = frozenset({"once", "formerly", "previously", "former", "ex", "then", "until"})


def _kind(noun: Token) -> Token | None:
    """The kind noun itself: the noun, or the plural after "one of" ("one of Norway's banks")."""
    if noun.lower_ == "one":
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SEAT_KINDS:
        return None
    if any(c.lower_ in _OTHER_TIME for c in noun.children):
        return None
    return noun


def _seat(kind: Token) -> Argument | None:
    """The place the kind is said to belong to: one nationality adjective on it ("a Norwegian
    bank"), one place in the possessive ("Norway's biggest bank", "the UK's few pro teams") or one
    country's name as a modifier ("the largest US retailer")."""
    places = [c for c in kind.children
              if (c.dep_ == "amod" and c.ent_type_ == "NORP" and country_of(c.text))
              or (c.dep_ == "poss" and c.ent_type_ == "GPE")
              or (c.dep_ == "compound" and c.ent_type_ == "GPE" and is_country(c.text))]
    if len(places) != 1:
        return None  # none, or "a German-US firm" (``joint-nationality``'s shape)
    place = places[0]
    doc = place.doc
    if (place.i > 0 and doc[place.i - 1].text == "-") or (place.i + 1 < len(doc) and doc[place.i + 1].text == "-"):
        return None  # "German-US carmaker": two countries joined (``joint-nationality``)
    if place.dep_ == "amod":
        return Argument(place, (place,))
    return Argument(place, tuple(t for t in place.subtree if t.dep_ != "case" and t.ent_type_ == "GPE"))


def _holder(tok: Token) -> Argument | None:
    """The organisation's name (or a description that refers back to one: "the company, China's
    biggest milk producer,"), as one argument."""
    if tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_FIRMS:
        span = name_span(tok)
        return Argument(tok, tuple(span) if span is not None else (tok,))
    if description_head(tok):
        return Argument(tok, (tok,))
    return None


def _said_kinds(sent: Span) -> Iterator[tuple[Token, Token]]:
    """Each (name, kind-phrase head) the sentence says of each other: an apposition either way
    round, a kind before the name ("UK drug firm Vexa"), or the complement of "be" with the name
    its subject (each conjunct of a list subject; the noun a "which" clause hangs on); not a
    denied or past-time copula ("is not", "was once")."""
    for tok in sentence_tokens(sent):
        if tok.dep_ == "appos" and tok.head.i != tok.i:
            yield tok.head, tok
            yield tok, tok.head
        elif tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
            yield tok.head, tok
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
            verb = tok.head
            if any(c.dep_ == "neg" or c.lower_ in _OTHER_TIME for c in verb.children):
                continue
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                if subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
                    subject = verb.head  # "Vexa, which is one of the UK's few pro teams"
                yield subject, tok
                for conj in subject.conjuncts:
                    yield conj, tok


@triggered_by(deps={"appos", "attr", "compound"})
def kind_seat_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordbank, a Norwegian bank," / "Nordbank is Norway's biggest lender" → (Nordbank; based
    in; Norway).

    Linguistic reason: a nationality adjective or a place's possessive on an organisation's kind
    places the organisation as it does before a name ("Norwegian bank Nordbank",
    ``nationality-kind``; "Norway's Nordbank", ``possessive-seat``): "Norway's biggest lender"
    ranks it among the country's own firms, and apposition and the copula say the kind of the
    name itself. Only a kind no person is (a "Norwegian designer" is from Norway, not based
    there), one place on it, a name that is no person's or place's, and no denial or other time
    ("is not a", "was once a"). Graph-only.
    """
    seen: set[tuple[int, int]] = set()
    for name, phrase in _said_kinds(sent):
        kind = _kind(phrase)
        if kind is None:
            continue
        holder = _holder(name)
        place = _seat(kind) if holder is not None else None
        if holder is None or place is None or (name.i, place.head.i) in seen:
            continue
        seen.add((name.i, place.head.i))
        yield Proposition(sentence=sent, relation="based in", lemma="base", args=[holder, place],
                          rule="kind-seat", confidence=0.5, open_ie=False)
