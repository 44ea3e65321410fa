"""Whether a word the parse puts beside a noun describes it, or is more of the same expression.

The apposition and title rules of :mod:`kg.extract.implied` ask these before they state that a
name *is* what the word beside it says.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.reading import children
from kg.extract.roles import CAPITALISED_TITLES, TITLE_NOUNS

# Generational suffixes: "Tom Reed , Jr." is one name.
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def not_a_description(head: Token, appos: Token) -> bool:
    """What the parse hangs on a noun as an apposition but says nothing about it: the year of a
    date ("on March 3 , 2004"), a name's suffix ("Tom Reed , Jr."), an emphatic or quantified
    pronoun ("the mayor himself", "20 shops , most of them in Leeds").

    Linguistic reason: an apposition renames its noun; a date's year and a name's suffix are parts
    of the one expression, and a pronoun refers back to the noun or counts its parts, it does not
    describe it.
    """
    return ((head.ent_type_ == "DATE" and appos.ent_type_ == "DATE") or appos.lower_ in NAME_SUFFIXES
            or appos.pos_ == "PRON" or any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.pos_ == "PRON" for g in children(c)) for c in children(appos)))


def describes_name(word: Token) -> bool:
    """The word just before a name describes it: a common noun, or a capitalised word that is a
    title ("President", "Professor"). Any other capitalised word is more of a name the model took
    only part of ("Ingrid" of "Ingrid Rask", "Bergen" of "Bergen Nordic Dictionary")."""
    return word.pos_ != "PROPN" or word.lower_ in CAPITALISED_TITLES or word.lemma_.lower() in TITLE_NOUNS
