"""Whether a word the parse puts beside a noun describes it, or is more of the same expression.

The apposition and title rules of :mod:`kg.extract.implied` ask these before they state that a
name *is* what the word beside it says.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.reading import children
from kg.extract.registry import disabled, register
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


@register("heading-name")
def heading_name(head: Token) -> bool:
    """"Leeds: Balshaw; Rees, Christophers, Bell; McGee, Dickens": a line-up whose groups are split
    by semicolons stands under the name of the side, not under a description of its players.

    Linguistic reason: a line's first word has a capital whatever it is, so a heading's capital
    (and the tagger's plural noun for "Leeds", lemma "leed") says nothing. A team sheet lists a
    side's players position by position, the positions apart by semicolons, under the side's name;
    a heading that says what each listed player is ("Backs:", "Replacements:") heads one group,
    its names apart by commas."""
    if "heading-name" in disabled() or head.i != head.sent.start or not head.is_title:
        return False
    doc = head.doc
    if head.i + 1 >= len(doc) or doc[head.i + 1].text != ":":
        return False
    return any(t.text == ";" for t in doc[head.i + 2:head.sent.end])


def describes_name(word: Token) -> bool:
    """The word just before a name describes it: a common noun, or a capitalised word that is a
    title ("President", "Professor"). Any other capitalised word is more of a name the model took
    only part of ("Ingrid" of "Ingrid Rask", "Bergen" of "Bergen Nordic Dictionary")."""
    return word.pos_ != "PROPN" or word.lower_ in CAPITALISED_TITLES or word.lemma_.lower() in TITLE_NOUNS


# Ordinal words that single one out of a group: "the first Briton to win", "the only Norwegian in the final".
_RANKING_WORDS = frozenset({"first", "second", "third", "last", "only", "sole", "next", "latest", "lone"})


@register("ranked-member")
def ranked_member(obj: Token) -> bool:
    """"Tom Reed became the first Norwegian to win the title", "Anna Berg beat the highest-ranked
    Swede": the nationality word the parse made the object names one person of that nation, not
    the nation (no ``Tom Reed BECOME Norwegian``, no ``Anna Berg BEAT Sweden``).

    Linguistic reason: a nationality noun with an ordinal or superlative before it ("the first
    Norwegian", "the youngest Indian") is a description picking one member out of the group, as
    "the first woman to win" is; it says what the subject is or whom it met, and relates it to no
    nation or people. The group's own name as an object ("joined the Democrats", "beat the
    Norwegians") has no such word and is left alone.
    """
    if obj.ent_type_ != "NORP" or "ranked-member" in disabled():
        return False  # (the cheap test first: most objects are no nationality word)
    return any(c.dep_ in ("amod", "advmod", "nummod") and c.i < obj.i and (
        c.tag_ in ("JJS", "RBS") or c.lower_ in _RANKING_WORDS or c.ent_type_ == "ORDINAL"
        or any(g.tag_ in ("JJS", "RBS") for g in children(c))) for c in children(obj))
