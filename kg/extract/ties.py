"""Nouns of a tie between two people: "Tom Reed's team-mate Jon Dahl", "his doubles partner Jon
Dahl", "Anna Berg's friend Ole Lund", "his agent, Jon Dahl".

Rule ``tie-noun``. A noun that names what one person is to another is written as kin nouns and
titles already are: a ``ROLE`` edge from the named person to the possessor, with the noun as its
title (``(Jon Dahl)-[:ROLE {title: "team-mate"}]->(Tom Reed)``), read in one stated direction:
from the one the noun names to the one it is said of. The nouns here are the ties that are no
post and no kin title kg already lists (:data:`kg.resolve.referring.PERSON_KINDS` holds "wife",
"brother", "coach", "lawyer"); they are left out of that list on purpose, since it also decides
what a description ("the partner", "the friend") may re-mention, and "partner" is as often a
firm's ("a partner at law firm Vexa") or a business ("Nordbank's partner Vexa").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.reading import children
from kg.extract.registry import disabled, register
from kg.resolve.kinds import PERSON_KINDS
from kg.resolve.spans import entity_at

# Nouns of a personal tie that are neither a post nor in PERSON_KINDS.
TIE_NOUNS = frozenset({
    "partner", "teammate", "team-mate", "friend", "colleague", "cousin", "fiance", "fiancee", "grandson",
    "granddaughter", "stepson", "stepdaughter", "ex-husband", "agent", "mentor", "protege", "counterpart",
})
PERSON_POSSESSIVES = frozenset({"his", "her"})


def _tie_word(noun: Token) -> bool:
    word = noun.lemma_.lower()
    if word in TIE_NOUNS:
        return True
    # "team-mate": the tokenizer splits it into "team", "-" and "mate"
    doc, i = noun.doc, noun.i
    return word == "mate" and i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "team"


@register("tie-noun")
def tie_noun(noun: Token) -> bool:
    """"Tom Reed's team-mate Jon Dahl", "his doubles partner Jon Dahl": a noun of a personal tie
    with a person for its possessor is a title of the name it describes, held at the possessor.

    Linguistic reason: a relational noun ("partner", "friend", "team-mate") takes the one it
    relates to as its possessor, as a post takes its organisation ("Nordbank's chairman"): "Reed's
    partner" is the one who is a partner to Reed. Only with a person (a person's name, "his",
    "her") for the possessor: a firm's partner is another firm or a post at it, and "its partner"
    or "their partner" names no person.
    """
    if noun.pos_ != "NOUN" or not _tie_word(noun) or "tie-noun" in disabled():
        return False
    poss = next((c for c in children(noun) if c.dep_ == "poss"), None)
    if poss is None:
        return False
    return poss.lower_ in PERSON_POSSESSIVES or (poss.pos_ == "PROPN" and poss.ent_type_ == "PERSON")


# Prepositions that name where a post is held after its noun: "Reed's coach at Bergen".
_WORKPLACE_PREPS = frozenset({"at", "with"})
_WORKPLACE_TYPES = frozenset({"ORG", "GPE"})


@register("post-beside-tie")
def workplace_beside_person(description: Token, org: Token | None, holder: Token) -> Token | None:
    """"Tom Reed's coach at Bergen, Jon Dahl": a post noun with a person for its possessor and a
    named place of work after it is held at that place too, besides being Reed's (``org``).

    Linguistic reason: the possessor of a post noun and its "at" phrase fill two different slots:
    "Reed's coach" says whom the coach coaches, "coach at Bergen" where he holds the post, as
    "chief economist at Investec" does; a noun phrase with both says both. Only a post noun
    (a title kg lists as a person's, not kin nor a tie: "his partner at Wimbledon" names an
    occasion, no place of work) and only a named organisation or place after "at" or "with".
    No one is their own coach: a possessor inside the holder's name ("Rob Partridge - Marley's
    head of press", one name to the model) says the parse of the names went wrong.
    """
    from kg.extract.title_lists import KIN  # (kg.extract.title_lists imports kg.extract.roles)

    if org is None or org.dep_ != "poss" or "post-beside-tie" in disabled():
        return None
    if not (org.lower_ in PERSON_POSSESSIVES or org.ent_type_ == "PERSON"):
        return None
    name = entity_at(holder)
    if org.lower_ == holder.lower_ or (name is not None and name.start <= org.i < name.end):
        return None
    word = description.lemma_.lower()
    if word not in PERSON_KINDS or word in KIN or word in TIE_NOUNS:
        return None
    for prep in children(description):
        if prep.dep_ != "prep" or prep.lower_ not in _WORKPLACE_PREPS:
            continue
        place = next((c for c in children(prep) if c.dep_ == "pobj"), None)
        if place is not None and place.ent_type_ in _WORKPLACE_TYPES and place.pos_ == "PROPN":
            return place
    return None


@register("hyphened-title-word")
def hyphen_joined(tokens: list[Token], words: list[str]) -> list[str]:
    """"Tom Reed's team-mate", "his long-time partner", "the long-serving chairman": the title
    words (``words``, spelt for ``tokens``) with a hyphened compound kept as one word
    ("team-mate", "long-time partner"), where the tokenizer split it at the hyphen and the title
    kept its last part only ("time partner", "serving chairman") or both apart ("team mate").

    Linguistic reason: a hyphen joins its two sides into one word ("long-time" is an adjective,
    "team-mate" a noun); the part before it modifies the part after, not the title noun, so the
    parse hangs it on that part and a title read from the noun's own modifiers loses it. A
    number before the hyphen is a measure ("12-year-old"), which ``hyphenated-title`` reads; a
    name before it is a name ("World Cup-winning captain" keeps the name's own spelling apart).
    """
    if "hyphened-title-word" in disabled() or not tokens:
        return words
    doc = tokens[0].doc
    inside = {t.i for t in tokens}
    out: list[str] = []
    for k, (tok, word) in enumerate(zip(tokens, words, strict=True)):
        # a hyphen with no space on either side ("team-mate"); a spaced one is a dash ("a term - music")
        hyphened = tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_
        if hyphened and k > 0 and tokens[k - 1].i == tok.i - 2 and tokens[k - 1].is_lower and tok.is_lower:
            out[-1] = f"{out[-1]}-{word}"  # "team - mate": both sides in the title
            continue
        if (hyphened and k > 1 and tokens[k - 1].i == tok.i - 1 and tokens[k - 2].i == tok.i - 2
                and tokens[k - 2].is_lower and tok.is_lower):
            out[-2:] = [f"{out[-2]}-{word}"]  # "co - chief": the parse kept the hyphen as a title word
            continue
        left = doc[tok.i - 2] if hyphened else None
        if left is not None and left.i not in inside and left.head.i == tok.i and left.is_alpha and not left.like_num and left.is_lower:
            word = f"{left.lower_}-{word}"  # "long - time": the left side hangs on the right one
        out.append(word)
    return out
