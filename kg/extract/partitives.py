"""A name said to be "one of" a set: "Nordbank, one of Europe's largest lenders" is a lender.

Rule ``partitive``. The graph reads it as the kind or the title the set's noun names, in the
singular, as the ``example-kind`` rule reads "lenders such as Nordbank": (Nordbank)-[IS_A]->(lender);
a person noun gives a role ("Anna Berg is one of the club's captains" → captain at the club).
Graph-only: CaRB's Open IE view keeps the sentence's own proposition.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.nominal import argument
from kg.extract.reading import children, sentence_tokens, sentence_words
from kg.extract.registry import triggered_by
from kg.extract.roles import role_of
from kg.resolve.referring import PERSON_KINDS

# Verbs that state what their subject is, as "be" does.
_COPULAS = frozenset({"be", "remain", "become"})
# Words that rank a set, as a superlative does ("one of the first employees").
_ORDINALS = frozenset({"first", "second", "third", "last", "earliest", "latest"})
# Words of a set's noun phrase that say how many or which, not what ("the few", "other").
_SET_WORDS = frozenset({"other", "many", "several", "some", "various", "numerous", "few", "more", "most", "only"})


def _set_noun(one: Token) -> Token | None:
    """The plural common noun of "one of (the) ... Ns" on the number ``one``."""
    if one.lower_ != "one" or one.pos_ != "NUM":
        return None
    of = next((c for c in children(one) if c.dep_ == "prep" and c.lower_ == "of" and c.i == one.i + 1), None)
    objects = [c for c in children(of) if c.dep_ == "pobj"] if of is not None else []
    if len(objects) != 1:
        return None  # "one of the co-founders": a hyphened word the parse split into three objects
    noun = objects[0]
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.ent_type_ or not noun.is_alpha:
        return None
    return noun


def _holder(one: Token) -> Token | None:
    """The name the "one of" phrase describes: by apposition ("Nordbank, one of ...") or as the
    complement of a copula ("Nordbank is one of ..."), never under a negation."""
    doc = one.doc
    if one.dep_ == "appos" and one.head.pos_ == "PROPN":
        # right after the name and its comma: a longer apposition between ("X, governor of Y -
        # one of ...") may be what the phrase describes
        return one.head if one.i == one.head.i + 2 and doc[one.i - 1].text == "," else None
    verb = one.head
    if one.dep_ != "attr" or verb.lemma_ not in _COPULAS or any(c.dep_ in ("neg", "aux") and c.lower_ != "has"
                                                                 and (c.dep_ == "neg" or c.tag_ == "MD")
                                                                 for c in children(verb)):
        return None  # "is not one of", "could be one of": no member is stated
    return next((c for c in children(verb) if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)


def _role(holder: Token, noun: Token) -> Role:
    """The title the set's noun gives, in the singular, without the words that rank or count the set."""
    role = role_of(holder, noun)
    ranked = {c.lower_ for c in children(noun) if c.dep_ == "amod"
              and (c.tag_ in ("JJS", "RBS") or c.lower_ in _ORDINALS or any(g.lower_ == "most" or g.tag_ in ("JJS", "RBS") for g in children(c)))}
    # (a ranked word hyphened to its degree stays out too: "best-known", ``hyphened-title-word``)
    title = " ".join(w for w in role.title.split()
                     if w not in _SET_WORDS and w.rsplit("-", 1)[-1] not in ranked) or noun.lemma_.lower()
    if noun.lemma_.lower() not in PERSON_KINDS or (ranked and role.org is not None and role.org.dep_ == "poss"):
        # a thing's kind is held nowhere; "one of Europe's best-known writers": the possessor is
        # where the ranking is made, not where a title is held ("one of the first engineers at X" is)
        return Role(holder, title, noun)
    role.title = title
    return role


@triggered_by(words={"one"})
def partitive_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordbank, one of Europe's largest lenders, cut jobs" → (Nordbank; is; lender); "Anna Berg
    is one of three Danish captains" → Anna Berg's role, Danish captain.

    Linguistic reason: "one of the Ns" picks a member of the set the plural noun names, so the
    name it describes (by apposition or after "is") is an N, as "lenders such as Nordbank" says
    (``example-kind``). A superlative or a number ranks or counts the set and is no part of the
    kind ("largest", "three"); a negated copula ("is not one of") states nothing.
    """
    if "one" not in sentence_words(sent):
        return  # (no "one" in the sentence: nothing below can match)
    for one in sentence_tokens(sent):
        noun = _set_noun(one)
        holder = noun is not None and _holder(one)
        if noun is None or not holder:
            continue
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(holder), Argument(noun, (noun,))],
                          rule="partitive", role=_role(holder, noun), open_ie=False)
