"""What a relative adverb stands for: "the town where she grew up" is the town she grew up in.

The verb rules (:mod:`kg.extract.clauses`) read a relative clause's pronoun subject or object as
the noun the clause is about ("the firm that makes it", "the month in which exports fell"). A
relative adverb is a phrase of place or time in the same way; :func:`relative_adverb_place` makes
it the adjunct it stands for.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Argument
from kg.extract.nominal import arg_tokens
from kg.extract.reading import children
from kg.extract.registry import disabled, register

# Nouns of a day or a part of one take "on" ("on the day when"); other times take "in".
DAY_WORDS = frozenset({"day", "night", "morning", "afternoon", "evening", "date", "weekend", "monday",
                       "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


@register("relative-adverb")
def relative_adverb_place(verb: Token, adverb: Token) -> Argument | None:
    """"Nordbank opened a branch in Tromso, where it employs 40 people" → (it; employs; 40
    people; in Tromso): the noun a "where" (or "when") clause hangs on is the place (or time) of
    the clause's verb, an adjunct of its propositions.

    Linguistic reason: a relative adverb is a relative pronoun with its preposition: "where" is
    "in which" and "when" is "at which time", so, as "in which" does, it stands for the noun the
    clause modifies ("the town where she grew up": she grew up in the town).
    """
    word = adverb.lower_
    if ("relative-adverb" in disabled() or adverb.dep_ != "advmod" or word not in ("where", "when")
            or verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN", "NUM") or adverb.i > verb.i):
        return None
    noun = verb.head
    return Argument(noun, arg_tokens(noun), "on" if word == "when" and _a_day(noun) else "in")


def _a_day(noun: Token) -> bool:
    """"the day", "Monday", "6 May": a time English puts "on" before ("in 1998", "in May")."""
    if noun.lower_ in DAY_WORDS:
        return True
    return noun.ent_type_ == "DATE" and any(c.dep_ == "nummod" and c.like_num and c.text.isdigit()
                                            and int(c.text) <= 31 for c in children(noun))
