"""A player's place in a ranking, said by a description that re-mentions them: "The top seed went
down to Reed", "The British number one will next play Lars Berg" (rule ``rank-holder``).

:func:`kg.resolve.referring.rank_epithet` lets :mod:`kg.resolve.references` resolve such a
description to the player named before it; this rule gives that player the rank as a role, as
``description-holder`` does for an occupation ("the striker said"): ``(Jon Dahl)-[ROLE
{predicate: "top seed"}]->(...)``. Graph-only: CaRB's Open IE view keeps the parse's reading, and
an unresolved description gives the graph nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.reading import sentence_tokens, sentence_words
from kg.extract.registry import disabled, register, triggered_by
from kg.resolve.referring import rank_epithet

# The rank's own words before its noun: "top", "second", "world", "British" ("the British number
# one" is first in Britain's ranking: the nationality is the ranking's, so it stays in the title).
_RANK_LEFTS = frozenset({"amod", "compound", "nmod", "nummod"})


def rank_title(tok: Token) -> str:
    """"the British number one" → "british number one"; "the top seed" → "top seed"."""
    words = [t for t in tok.lefts if t.dep_ in _RANK_LEFTS and not t.is_punct]
    words += [tok, *(c for c in tok.rights if c.dep_ == "nummod" and c.i == tok.i + 1)]
    return " ".join(t.lower_ for t in words)


@triggered_by(words={"seed", "number"})
def rank_holder_propositions(sent: Span) -> Iterator[Proposition]:
    """"Jon Dahl lost in Bergen. The top seed was a strong favourite" → Jon Dahl is "top seed";
    "The British number one will next play Lars Berg" → whoever it re-mentions is "british number one".

    Linguistic reason: a definite description by rank ("the top seed", "the world number two")
    re-mentions the player a report is about (``rank-epithet`` resolves it), and what it says of
    them is their place in the ranking, a title they hold as "third seed Tom Reed" says it of a
    name before it. Only a description ``rank-epithet`` accepts (the subject of the main clause,
    "the" and a rank word, no name inside); the role is taken only when it resolves to a person.
    A person named in the rest of its clause is someone else (a name the subject c-commands
    cannot be the subject's referent: "The top seed led when Nieminen pulled out"), and the
    resolution, which takes the last name in reach, may well pick that person: no role then.
    """
    words = sentence_words(sent)
    if "seed" not in words and "number" not in words:
        return  # (the cheap test first: no rank noun, no rank description)
    for tok in sentence_tokens(sent):
        if tok.lower_ not in ("seed", "number") or not rank_epithet(tok):
            continue
        if any(t.ent_type_ == "PERSON" and t.i not in range(tok.left_edge.i, tok.right_edge.i + 1) for t in tok.head.subtree):
            continue  # "The top seed was leading when Nieminen pulled out": a name it c-commands is someone else
        role = Role(tok, rank_title(tok), tok, None)
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[Argument(tok, (tok,)), Argument(tok, (tok,))],
                          rule="rank-holder", role=role, open_ie=False)


# Number words a rank is given in ("world number one", "number 30").
_RANK_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _rank_number(tok: Token) -> bool:
    return tok.lower_ in _RANK_NUMBERS or (tok.like_num and tok.is_digit)


@triggered_by(words={"number"})
def rank_before_name_propositions(sent: Span) -> Iterator[Proposition]:
    """"World number one Tom Reed beat Jon Dahl" → Tom Reed is "world number one"; "Bergen number
    eight Tom Reed" → "number eight" at Bergen.

    Linguistic reason: a rank written before a name ("world number two", "British number one", a
    side's "number eight") is a title in the prenominal position news gives titles in, and the
    name right after it is its holder; the parse hangs the name on "number" (an apposition) or
    "one" on the name, so the rule reads the words in a row: "number", a number word, then a
    person's name. The words before "number" that modify it are the ranking ("world", "former",
    a nationality); a named side or country among them is where the title is held.
    """
    if "number" not in sentence_words(sent):
        return  # (the cheap test first: no "number", no rank)
    doc = sent.doc
    for tok in sentence_tokens(sent):
        ranked = _name_after_rank(tok)
        if ranked is None:
            continue
        first, holder = ranked
        end = holder.i
        lefts: list[Token] = []
        i = tok.i - 1
        while i >= sent.start and doc[i].dep_ in _RANK_LEFTS | {"poss", "case"} and (
                doc[i].head.i in (tok.i, i + 1) or (doc[i].dep_ == "case" and doc[i].head.i == i - 1)):
            lefts.insert(0, doc[i])
            i -= 1
        # a named side or country (its last word, and its "'s") says where the rank is held
        named = [t for t in lefts if t.ent_type_ in ("ORG", "GPE") and t.pos_ == "PROPN"]
        org = named[-1] if named else None
        # a participle or state before the rank is no part of it ("injured British number one")
        words = [t for t in lefts if (org is None or t.i > org.i) and t.tag_ not in ("VBN", "VBG", "VBD")
                 and not (org is not None and t.dep_ == "case" and t.head.i == org.i)]
        title = "".join(t.lower_ + t.whitespace_ for t in [*words, tok]) + doc[tok.i + 1].lower_
        obj = Argument(org, (org,)) if org is not None else Argument(tok, (tok, doc[tok.i + 1]))
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[Argument(holder, tuple(doc[first.i:end + 1])), obj],
                          rule="rank-before-name", role=Role(holder, title, tok, org), open_ie=False)


@register("rank-named")
def ranked_name(tok: Token) -> Token | None:
    """"Jon Dahl beat world number one Tom Reed": the name a rank written before it ("number",
    a number word, then a person's name) stands for; the last word of that name, else ``None``.

    Linguistic reason: a rank before a name is a prenominal title ("world number one Tom Reed"
    as "chief executive Tom Reed"): the noun phrase names the person, whatever the parser makes
    its head ("number", with the name as an adverbial or an apposition), so a fact with "number"
    as its argument is about the name, and "number" is no title of its own there.
    """
    if "rank-named" in disabled():
        return None
    named = _name_after_rank(tok)
    return named[1] if named is not None else None


def _name_after_rank(tok: Token) -> tuple[Token, Token] | None:
    """"number", a number word, then a person's name: the name's first and last word."""
    if tok.lower_ != "number":
        return None
    doc, sent = tok.doc, tok.sent
    if tok.i + 2 >= sent.end or not _rank_number(doc[tok.i + 1]):
        return None
    first = doc[tok.i + 2]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    end = first.i
    while end + 1 < sent.end and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == "PERSON":
        end += 1
    return first, doc[end]
