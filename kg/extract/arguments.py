"""The arguments of a clause: its subject, object and adjunct phrases, and who it is attributed to.

How far each argument reaches is decided here: a noun keeps what restricts it ("savers who do
not move their money"), not what is set off by commas; a clausal object keeps its whole clause; a
preposition of two words is one ("out of"). The verb rules (:mod:`kg.extract.verbs`) read a clause
with :mod:`kg.extract.clauses` and build its arguments with these.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Argument
from kg.extract.clauses import OBJECT_EXCLUDED, REPORTING, SUBJECT_EXCLUDED, subjects
from kg.extract.nominal import arg_tokens, argument, balance_quotes
from kg.extract.relatives import relative_adverb_place


def prep_object(prep: Token) -> tuple[list[Token], Token] | None:
    """The words of a preposition and its object. "out of the building", "along with his wife": a
    preposition of two words, which the parse hangs one on the other, is one preposition.

    Linguistic reason: "out of", "along with", "up to" select their object together; the first
    word alone has none, and the phrase is lost if only a one-word preposition is read.
    """
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is not None:
        return [prep], pobj
    inner = next((c for c in prep.children if c.dep_ == "prep" and c.i == prep.i + 1), None)
    pobj = inner and next((g for g in inner.children if g.dep_ == "pobj"), None)
    return ([prep, inner], pobj) if inner is not None and pobj is not None else None


def with_prep(word: Token) -> tuple[Token, Token] | None:
    """The preposition right after ``word`` that hangs on it, and its object ("aware | of | X")."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.i == word.i + 1:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return prep, pobj
    return None


def attribution_of(v: Token) -> Argument | None:
    """Who says so: the subject of a reporting verb above ``v``, or "according to X"."""
    tok = v
    while tok.dep_ in ("conj", "xcomp") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_ in REPORTING:
        subs, _ = subjects(tok.head)
        if subs:
            return argument(subs[0])
    aside = next((c for c in tok.children if c.dep_ == "parataxis" and c.lemma_ in REPORTING), None)
    if aside is not None:  # "The bidder , two bankers said , could be Norwegian"
        subs, _ = subjects(aside)
        if subs:
            return argument(subs[0])
    for t in v.sent:
        if t.lower_ == "according" and t.dep_ == "prep":
            to = next((c for c in t.children if c.lower_ == "to"), None)
            pobj = to and next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return argument(pobj)
    return None


def _antecedent(v: Token) -> Token | None:
    """The noun a relative clause containing ``v`` is about: "the month in which exports fell" → month."""
    t = v
    while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    return None


def adjuncts_of(v: Token, skip: set[int]) -> list[Argument]:
    """Prepositional phrases and bare time expressions that add where and when."""
    out: list[Argument] = []
    clauses: list[Argument] = []
    for c in v.children:
        if c.i in skip:
            continue
        if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP"):
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            two = prep_object(c) if pobj is None else None
            if two is not None and c.lower_ != "according":
                out.append(Argument(two[1], restricted_noun_phrase(two[1]), " ".join(w.text for w in two[0])))
            elif pobj is not None and c.lower_ != "according":
                # "the month in which exports fell": the relative pronoun stands for the noun; a
                # phrase keeps what restricts its noun ("for savers who do not move their money")
                ante = _antecedent(v) if pobj.lower_ in ("which", "whom") else None
                out.append(Argument(ante, arg_tokens(ante), c.text) if ante is not None
                           else Argument(pobj, restricted_noun_phrase(pobj), c.text))
        elif c.dep_ in ("npadvmod", "tmod") and c.pos_ in ("NOUN", "PROPN"):
            out.append(argument(c))
        elif c.dep_ == "advcl":
            # "after leaving the party", "when the plant opened in 1990": when, why and how
            clauses.append(Argument(c, _trimmed(list(c.subtree))))
        elif (place := relative_adverb_place(v, c)) is not None:
            out.append(place)  # "the hotel where the talks were held": in the hotel
    return out + clauses  # after the phrases, so that a clause is the second argument only alone


def restricted_noun_phrase(noun: Token) -> tuple[Token, ...]:
    """A noun with the relative clauses and participle or infinitive phrases that restrict it:
    "savers who do not move their money", "the decision to close the plant". Linguistic reason: a
    restrictive modifier says which ones the noun means, so it belongs to the phrase; one set off
    by commas ("Anna Berg, who leads the opposition,") only adds to it and stays out."""
    toks = arg_tokens(noun, SUBJECT_EXCLUDED)
    aside = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") and _set_off(c) for t in c.subtree}
    return tuple(balance_quotes(list(_trimmed([t for t in toks if t.i not in aside])))) if aside else toks


def object_argument(tok: Token, skip: frozenset[int] | set[int] = frozenset(),
                     aside: Token | None = None) -> Argument:
    """An object; a clause ("said that the plant would close, which ...") keeps all its words but
    those the relation took (``skip``: its "that"). The clause a parenthetical ``aside`` reports
    ("The bidder , two bankers said , could be Norwegian") is all of it but the aside."""
    if aside is not None and aside.dep_ == "parataxis" and aside.head.i == tok.i:
        start, end = aside.left_edge.i, aside.right_edge.i
        out = {t.i for t in tok.doc[start - 1:end + 2] if t.text in (",", "--")} | {t.i for t in aside.subtree}
        clause = list(_trimmed([t for t in tok.subtree if t.i not in out]))
        return Argument(tok, tuple(balance_quotes(clause)) if clause else ())
    if tok.dep_ == "ccomp":
        clause = list(_trimmed([t for t in tok.subtree if t.i not in skip]))
        return Argument(tok, tuple(balance_quotes(clause)) if clause else ())
    return Argument(tok, arg_tokens(tok, OBJECT_EXCLUDED))


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


def _trimmed(tokens: list[Token]) -> tuple[Token, ...]:
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return tuple(tokens)


def initial_score(rule: str, subj: Argument, args: list[Argument], how: str) -> float:
    score = {"svo": 0.8, "svo-prep": 0.72, "passive": 0.75, "copula": 0.6, "intransitive": 0.45}.get(rule, 0.5)
    if how != "own":
        score -= 0.1
    if subj.head.pos_ == "PRON":
        score -= 0.15
    score -= 0.02 * max(0, sum(len(a.tokens) for a in args) - 8)
    score -= 0.04 * max(0, len(args) - 3)
    return round(min(0.98, max(0.05, score)), 3)
