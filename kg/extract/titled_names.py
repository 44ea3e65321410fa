"""A title the model tagged inside a person's name: "Norway physio Lars Holm", "Centre Lund".

The role rules (:mod:`kg.extract.roles`) read a prenominal title from the words before a name;
when the model put the title inside the PERSON span, :func:`titled_name` gives the span of the
name alone, so the title words stand before it again.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.registry import disabled, register
from kg.resolve.names import DESCRIPTORS, PARTICLES
from kg.resolve.referring import PERSON_KINDS

# Capitalised words that open a person's span as a title or a position, not as a given name: not
# the nouns that open names and nicknames ("Boy George", "Man Utd", "Lady Marmalade") nor "fellow"
# ("Fellow Nordvik prop Tom Reed": a modifier of the title that follows).
SPAN_TITLES = (PERSON_KINDS | DESCRIPTORS) - {"boy", "girl", "man", "woman", "lady", "lord", "son", "daughter",
                                               "baby", "kid", "child", "fellow", "star", "legend"}


@register("title-in-name")
def titled_name(name: Span) -> Span:
    """"said Norway physio Lars Holm", "Centre Lund is unlikely to be fit": the model may tag a
    person's title with the name; the name is what follows the title words.

    Linguistic reason: a name is written in capitals, so a word in lower case inside a person's
    span (a noun or an adjective, no particle such as "de" or "van", nor the "v" of a fixture) is
    a title or its modifier, and so is a capitalised
    first word that is a title or position noun ("Centre", "Actress") with a name after it: the
    title words stay before the name, where :func:`prenominal_title` reads them.
    """
    if "title-in-name" in disabled():
        return name
    start = name.start
    lower = [t for t in name[:-1] if t.is_lower and t.is_alpha and t.lower_ not in PARTICLES]
    if lower and lower[-1].pos_ == "NOUN" and len(lower[-1]) > 2:
        start = lower[-1].i + 1  # "Norway physio | Lars Holm"
    while start < name.end - 1 and name.doc[start].lower_ in SPAN_TITLES and name.doc[start + 1].is_title:
        start += 1  # "Centre | Parker"
    if start == name.start or not name.doc[start].is_title or any(t.like_num for t in name.doc[name.start:start]):
        return name  # "the 74-year-old Holm": an age is no title
    return Span(name.doc, start, name.end, label=name.label_)


# Words that join the names of a list: "A, B and C".
_LIST_JOINS = frozenset({",", "and", "&"})
# Honorifics inside a list of names: "Kestra, Sir Tom Reed and Skarv".
_HONORIFICS = frozenset({"sir", "dame", "lord", "lady", "dr", "mr", "mrs", "ms"})


# A surname with a capital inside it: "McCafferty", "DiCaprio", "MacLeod", "LeBlanc".
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


@register("inner-capital-name")
def name_word(tok: Token) -> bool:
    """A word that can be part of a person's name in a list: in title case ("Reed"), or a
    surname with a capital inside it ("Owen McCafferty", "Leo DiCaprio", "Jon MacLeod").

    Linguistic reason: many surnames keep the capital of the name or prefix they were made from
    (Gaelic "Mc"/"Mac" "son of", Italian "Di", French "Le"), so they are not in title case, yet
    they are names as much as "Reed" is; a list of names after a plural title ("playwrights A, B
    and Owen McCafferty") must not end at one. Only capitalised words with lower-case letters
    after each capital (an acronym, "BBC", is no surname).
    """
    if tok.is_title:
        return True
    return "inner-capital-name" not in disabled() and bool(_INNER_CAPITAL.fullmatch(tok.text))


@register("initials-in-list")
def initials(doc: Doc, i: int) -> bool:
    """"major shareholders Tom Reed and JP Lund": a given name written as initials in capitals
    ("JP", "AJ") is part of the name when a capitalised surname follows it.

    Linguistic reason: initials stand for given names and are written in capitals with no
    stops in British news; only two or three letters, and only before a word in title case (an
    acronym alone, "BBC", names an organisation, which ends the list of people).
    """
    if "initials-in-list" in disabled():
        return False
    tok = doc[i]
    return (tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 3 and i + 1 < len(doc)
            and doc[i + 1].pos_ == "PROPN" and name_word(doc[i + 1]))


@register("title-list")
def listed_names(first: Span) -> list[Span]:
    """The names listed after ``first`` ("Kestra, Sir Tom Reed, Skarv and Ola"): each run of
    capitalised proper nouns, up to the first word that is neither a name, a comma nor "and".

    Linguistic reason: a plural title before a list ("singers A, B and C") describes each member
    of the list, whatever the parse hung each name on and whatever type the model gave it (it
    leaves many one-word stage names untagged); the list ends where its punctuation does.
    """
    if "title-list" in disabled():
        return []
    doc, out, i = first.doc, [], first.end
    sent_end = first.sent.end
    while i < sent_end and doc[i].text in _LIST_JOINS:
        while i < sent_end and doc[i].text in _LIST_JOINS:
            i += 1
        while i < sent_end and doc[i].lower_.rstrip(".") in _HONORIFICS:
            i += 1
        start = i
        while i < sent_end and doc[i].pos_ == "PROPN" and (name_word(doc[i]) or initials(doc, i)):
            i += 1
        if i == start or (i < sent_end and doc[i].text not in _LIST_JOINS and not doc[i].is_punct
                          and doc[i].pos_ not in ("CCONJ", "ADP", "VERB", "AUX")):
            break  # "and actors Tom Reed": another title's list begins, or no name at all
        out.append(Span(doc, start, i, label="PERSON"))
    return out
