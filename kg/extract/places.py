"""Where a named thing is based or comes from, as news says it in the noun phrase around the name.

- "Madrid-based Ferrovial" → (Ferrovial; based in; Madrid) (rule ``based-in``);
- "Sydney-born actor Russell Crowe" → (Russell Crowe; born in; Sydney) (rule ``born-in``);
- "Jayanti Shah from Leicester was fined" → (Jayanti Shah; from; Leicester) (rule ``from-place``).

The place must be one the model tags as a place (GPE, LOC); the named thing is the name the
phrase hangs on, or a description that refers back to one ("the Oslo-based company"), which the
graph's reference resolution names.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.nominal import argument
from kg.resolve.references import description_head

PLACE_TYPES = frozenset({"GPE", "LOC"})
# "-based" and "-born": the participle joined by a hyphen to the place before a name
HYPHENED = {"based": ("based in", "base", "based-in"), "born": ("born in", "born", "born-in")}


def _holder(tok: Token) -> Token | None:
    """The name the modified noun phrase stands for: the name itself, the name a title noun is
    a compound of or in apposition with ("actor" in "Sydney-born actor Russell Crowe"), or a
    description that refers back ("the Oslo-based company")."""
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        tok = tok.head
    if tok.pos_ == "NOUN":
        tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i), tok)
    if tok.pos_ == "PROPN" or description_head(tok):
        return tok
    return None


def _name(head: Token, modifier: Token) -> Argument:
    """The name without the modifier: "Nordvik Energy" of "Oslo-based Nordvik Energy"."""
    inner = {t.i for t in modifier.subtree}
    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    in_ent = {t.i for t in ent} if ent is not None else set()
    return Argument(head, tuple(t for t in head.subtree if t.i not in inner and t.i <= head.i and (
        t is head or t.i in in_ent or (t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"))))


def hyphened_place_propositions(sent: Span) -> Iterator[Proposition]:
    """"Madrid-based Ferrovial" → (Ferrovial; based in; Madrid); "Sydney-born actor Russell Crowe"
    → (Russell Crowe; born in; Sydney).

    Linguistic reason: a place joined by a hyphen to "based" or "born" before a name says where
    the named thing has its seat or where the person was born. The parse hangs the place on the
    participle (npadvmod) and the participle on the noun (amod).
    """
    for tok in sent:
        reading = HYPHENED.get(tok.lower_)
        if reading is None or tok.dep_ != "amod" or not any(c.text == "-" for c in tok.children):
            continue
        place = next((c for c in tok.children if c.dep_ in ("npadvmod", "compound") and c.ent_type_ in PLACE_TYPES), None)
        holder = _holder(tok.head)
        if place is None or holder is None:
            continue
        relation, lemma, rule = reading
        yield Proposition(sentence=sent, relation=relation, lemma=lemma,
                          args=[_name(holder, tok), argument(place)], rule=rule, confidence=0.6)


def from_place_propositions(sent: Span) -> Iterator[Proposition]:
    """"Jayanti Shah from Leicester was fined" → (Jayanti Shah; from; Leicester).

    Linguistic reason: "from" and a place straight after a person's name says where the person
    comes from (news's way of saying who someone is). A person only: "a letter from Paris" and
    "Nordbank from Oslo" say nothing of origin.
    """
    for tok in sent:
        if tok.lower_ != "from" or tok.dep_ != "prep" or tok.head.ent_type_ != "PERSON" or tok.i != tok.head.i + 1:
            continue
        place = next((c for c in tok.children if c.dep_ == "pobj" and c.ent_type_ in PLACE_TYPES), None)
        if place is None:
            continue
        yield Proposition(sentence=sent, relation="from", lemma="from",
                          args=[_name(tok.head, tok), argument(place)], rule="from-place", confidence=0.6)
