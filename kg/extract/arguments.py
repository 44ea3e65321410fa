"""A verb's subject and object as arguments: which words of the noun phrase or clause belong to it.

The clause rules (``kg.extract.clauses``, ``kg.extract.verbs``) find the verb and its
dependents; this module decides how far each argument reaches: restrictive modifiers in, asides
out, an address ("Tromso , Norway") kept whole.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Argument
from kg.extract.nominal import ARG_EXCLUDED, PLACE_TYPES, arg_tokens, argument, balance_quotes
from kg.extract.reading import children

# A participle phrase stays in an object ("losses topping 5 million dollars"); a subject also
# keeps its relative clause ("the men who remained faithful ... are parents"), an object does not.
OBJECT_EXCLUDED = ARG_EXCLUDED - {"acl"}
SUBJECT_EXCLUDED = ARG_EXCLUDED - {"acl", "relcl"}


def restricted_noun_phrase(noun: Token) -> tuple[Token, ...]:
    """A noun with the relative clauses and participle or infinitive phrases that restrict it:
    "savers who do not move their money", "the decision to close the plant". Linguistic reason: a
    restrictive modifier says which ones the noun means, so it belongs to the phrase; one set off
    by commas ("Anna Berg, who leads the opposition,") only adds to it and stays out."""
    toks = with_address(noun, arg_tokens(noun, SUBJECT_EXCLUDED))
    aside = {t.i for c in children(noun) if c.dep_ in ("relcl", "acl") and _set_off(c) for t in c.subtree}
    return tuple(balance_quotes(list(trimmed([t for t in toks if t.i not in aside])))) if aside else toks


def object_argument(tok: Token, skip: frozenset[int] | set[int] = frozenset(),
                     aside: Token | None = None) -> Argument:
    """An object; a clause ("said that the plant would close, which ...") keeps all its words but
    those the relation took (``skip``: its "that"). The clause a parenthetical ``aside`` reports
    ("The bidder , two bankers said , could be Norwegian") is all of it but the aside."""
    if aside is not None and aside.dep_ == "parataxis" and aside.head.i == tok.i:
        start, end = aside.left_edge.i, aside.right_edge.i
        out = {t.i for t in tok.doc[start - 1:end + 2] if t.text in (",", "--")} | {t.i for t in aside.subtree}
        clause = list(trimmed([t for t in tok.subtree if t.i not in out]))
        return Argument(tok, tuple(balance_quotes(clause)) if clause else ())
    if tok.dep_ == "ccomp":
        clause = list(trimmed([t for t in tok.subtree if t.i not in skip]))
        return Argument(tok, tuple(balance_quotes(clause)) if clause else ())
    return Argument(tok, with_address(tok, arg_tokens(tok, OBJECT_EXCLUDED)))


def with_address(noun: Token, toks: tuple[Token, ...]) -> tuple[Token, ...]:
    """"grew up in Tromso , Norway" → (she; grew up in; Tromso , Norway): a place after a comma
    that locates the place before it stays in the argument (the ``apposition`` rule still states
    (Tromso; is in; Norway)). Linguistic reason: "Tromso, Norway" is one place named the way an
    address is written, the larger place saying which Tromso; it does not rename the first, as an
    apposition that is cut out of the argument does."""
    if noun.ent_type_ not in PLACE_TYPES or noun.i + 1 >= len(noun.doc) or noun.doc[noun.i + 1].text != ",":
        return toks
    place = next((c for c in children(noun) if c.dep_ == "appos" and c.ent_type_ in PLACE_TYPES and c.i > noun.i), None)
    if place is None or not toks or toks[-1].i != noun.i:
        return toks  # only right after the place's own words ("in Tromso , Norway")
    return (*toks, noun.doc[noun.i + 1], *arg_tokens(place))


def subject_argument(tok: Token, verb: Token) -> Argument:
    """A subject with its participle phrases and relative clauses, unless ``verb`` is inside them
    (the relative clause's own proposition has the bare noun as its subject)."""
    toks = restricted_noun_phrase(tok)
    return argument(tok) if any(t.i == verb.i for t in toks) else Argument(tok, toks)


def _set_off(clause: Token) -> bool:
    """A clause between commas ("Anna Berg, who leads the opposition, ...") is an aside: it adds to
    the noun, it does not pick out which one."""
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text == ","


def trimmed(tokens: list[Token]) -> tuple[Token, ...]:
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return tuple(tokens)
