"""A person called by nationality and occupation: "the Greek sprinter" after the article named him.

News names a person once and then re-describes them with an epithet, a definite description of a
nationality (or another NORP: "the Brazilian striker", "the Greek sprinter") before a noun for what
they do, or what they were ("the former world champion": "former" says the reader knows them).
The description is the named person's role when :mod:`kg.resolve.references` resolves it to the
one person in reach (rule ``epithet-role``); an unresolved epithet gives no fact.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.reading import sentence_tokens, sentence_words
from kg.extract.registry import triggered_by
from kg.extract.roles import role_of

# Words that put a person's description in the past ("the former world champion"): what someone
# was is said of someone the reader already knows.
PAST_MARKERS = frozenset({"former", "ex", "one-time", "erstwhile"})
_NORP = get_string_id("NORP")
_PLACE_OR_NORP = frozenset({_NORP, get_string_id("GPE")})


def is_epithet(tok: Token) -> bool:
    """A definite person noun with a nationality before it ("the Greek sprinter"), a country
    (``country-epithet``: "the US star"), or "former" ("the former world champion")."""
    if tok.pos != NOUN:
        return False  # no description (kg.resolve.referring.description_head): asked of every word
    from kg.resolve.referring import (  # (imports kg.extract)
        PERSON_KINDS,
        country_before_person,
        description_head,
    )

    return (description_head(tok) in PERSON_KINDS
            and any(c.dep_ in ("amod", "compound") and (c.ent_type_ == "NORP" or c.lower_ in PAST_MARKERS
                                                        or country_before_person(c))
                    for c in tok.lefts))


@triggered_by(words=PAST_MARKERS, ents={"NORP", "GPE"})
def epithet_role_propositions(sent: Span) -> Iterator[Proposition]:
    """"... the charges against the Greek sprinter" → whoever the epithet refers back to is a
    Greek sprinter.

    Linguistic reason: a definite description is a re-mention, and one that names a nationality
    and an occupation is news's way of re-describing a person the article named ("Kostas Lykos
    won. The Greek sprinter ..."): what it says is that person's role. Graph-only; the role is
    taken only when the description resolves to a named person.
    """
    if PAST_MARKERS.isdisjoint(sentence_words(sent)) and not any(t.ent_type in _PLACE_OR_NORP for t in sentence_tokens(sent)):
        return  # (neither a nationality, a country nor "former" in the sentence: no word is an epithet)
    for tok in sentence_tokens(sent):
        if is_epithet(tok):
            yield Proposition(sentence=sent, relation="is", lemma="be", args=[Argument(tok, (tok,)), Argument(tok, (tok,))],
                              rule="epithet-role", role=role_of(tok, tok), open_ie=False)
