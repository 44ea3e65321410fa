"""What someone made or played in, as news names it with a noun: "known for his work on Winter
Roads", "has finished work on Night Train", "her role in Cold Water".

Rule ``work-on-noun``: "his work on Winter Roads" → ``(Tom Reed)-[:WORK_ON]->(Winter Roads)``.

Rule ``role-in-work``: "her role in Cold Water" → ``(Cold Water)-[:STAR]->(Anna Berg)`` (as
``cast-with`` and ``category-work`` write a part played).

Both are graph-only: CaRB's Open IE view keeps the sentence's own propositions. A possessive
pronoun in a relative clause is the clause's antecedent (:func:`kg.extract.partners.relative_owner`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Proposition
from kg.extract.credits import EVENT_WORDS
from kg.extract.events import _pobj, stated_event
from kg.extract.nominal import argument, conjuncts
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, triggered_by

# Verbs whose subject does the work the noun "work" they take names: "Tom Reed has finished work on
# Night Train", "began work on", "resumed work on" (not "praised the work on": another's work).
_WORKING_VERBS = frozenset({"begin", "start", "finish", "complete", "resume", "continue"})
# Names that are no work: places, peoples, dates and numbers.
_NOT_WORKS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                        "QUANTITY", "LANGUAGE", "LAW"})
# A part is played in a work, not in a firm ("her role in Nordbank" is a post); nor in an event,
# which the model's EVENT does not tell from a work's title: the event's own last word does ("his
# role in the Bergen Games" is a deed).
_NOT_PLAYED_IN = _NOT_WORKS | {"ORG"}
# Last words of a street's or a square's name, which the model often leaves untyped: "work on
# Wall Street" is work done in a place (a trade's), not on a project ("Road", "Lane" and "Drive"
# end many songs and films: left out).
_PLACE_WORDS = frozenset({"street", "avenue", "boulevard", "square"})
_THING_PRONOUNS = frozenset({"it", "its", "this", "that", "which", "what", "their", "they"})
_PART_NOUNS = frozenset({"role", "part"})


def _work_name(tok: Token | None, not_works: frozenset[str]) -> Token | None:
    """A work's name: a proper noun of no place, people or time type, or the name in apposition
    with a noun of a kind ("the drama Winter Roads")."""
    if tok is None:
        return None
    if tok.pos_ != "PROPN":
        tok = next((c for c in children(tok) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if tok is None or tok.ent_type_ in not_works or any(c.dep_ == "poss" for c in children(tok)):
        return None  # ("his work on Nordbank's website": the work is on the website, not on a name)
    if tok.lower_ in _PLACE_WORDS and any(c.dep_ == "compound" for c in children(tok)):
        return None  # ("his work on Wall Street": a street's name, a place)
    after = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.is_title and after.dep_ != "compound" and not after.is_sent_start:
        return None  # (a title the parse cut: "Boys Don't Cry" read as "Boys" and a verb)
    return tok


def _owner(noun: Token, person: bool) -> Token | None:
    """Whose work or part it is: the noun's possessor (a name, or a pronoun the resolver takes back
    to one), else the subject of a verb of doing work that takes the noun ("finished work on")."""
    from kg.extract.partners import relative_owner  # (kg.extract.partners imports much: at use)

    poss = next((c for c in children(noun) if c.dep_ == "poss"), None)
    if poss is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _WORKING_VERBS and not person:
        poss = next((c for c in children(noun.head) if c.dep_ == "nsubj"), None)
    if poss is None:
        return None
    poss = relative_owner(poss)
    if poss.pos_ == "PRON":
        return poss if poss.lower_ not in _THING_PRONOUNS and not (person and poss.lower_ in ("i", "my")) else None
    if poss.pos_ != "PROPN" or poss.ent_type_ in _NOT_WORKS:
        return None
    if person and poss.ent_type_ not in ("PERSON", ""):
        return None
    return poss


@triggered_by(lemmas={"work"})
def work_on_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed is best known for his work on Winter Roads and Night Train" → (he; work on; Winter
    Roads) and (he; work on; Night Train); "once Reed has finished work on Night Train" → (Reed;
    work on; Night Train).

    Linguistic reason: "work" is the noun of the verb "work" and keeps its arguments
    (nominalisation): its possessor, or the subject of a verb of doing work that takes it
    ("finished work on", "began work on"), is the one who worked, and "on" names what was worked
    on, as after the verb ("worked on Night Train"). The thing worked on must be a name (a work, a
    product; not a place, a people or a date); nothing above the noun may make the work planned,
    doubted or denied. "his work with X" is ``partner-noun``'s.
    """
    if "work-on-noun" in disabled() or "work" not in sentence_lemmas(sent):
        return  # (the cheap test first: no "work" in the sentence)
    for noun in sentence_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() != "work":
            continue
        work = _work_name(_pobj(noun, "on"), _NOT_WORKS)
        owner = work and _owner(noun, person=False)
        if work is None or owner is None or not stated_event(noun, sent):
            continue
        for other in conjuncts(work):
            name = _work_name(other, _NOT_WORKS)
            if name is not None and name is not owner:
                yield Proposition(sentence=sent, relation="work on", lemma="work on",
                                  args=[argument(owner), argument(name)], rule="work-on-noun",
                                  confidence=0.5, open_ie=False)


def _played_in(noun: Token) -> Token | None:
    """The work a part is played in: "role in Cold Water", or through the part's name or kind:
    "role as a fisherman in the drama Winter Roads"."""
    work = _pobj(noun, "in")
    if work is None:
        part = _pobj(noun, "as")
        work = None if part is None else _pobj(part, "in")
    name = _work_name(work, _NOT_PLAYED_IN)
    if name is None or name.lower_ in EVENT_WORDS or name.lower_ in ("war", "aid", "crisis", "affair", "scandal"):
        return None
    return name


@triggered_by(lemmas=_PART_NOUNS)
def role_in_work_propositions(sent: Span) -> Iterator[Proposition]:
    """"Anna Berg, best known for her role in Cold Water" → (Cold Water; stars; she); "won best actor
    for his role as a fisherman in the drama Winter Roads" → (Winter Roads; stars; he).

    Linguistic reason: a person's "role" or "part" "in" a work is the part they play in it: the
    possessor stars in the work, as "Anna Berg stars in Cold Water" says. Only a person's (a
    person's name, or "his"/"her" the resolver takes back to one) and only in a name that is no
    firm, event, place or people ("her role in Nordbank", "his part in the Bergen Games", "the
    Gulf War" are posts and deeds, not parts); nothing above the noun may make it planned, doubted or denied ("was
    offered a role in").
    """
    if "role-in-work" in disabled() or _PART_NOUNS.isdisjoint(sentence_lemmas(sent)):
        return  # (the cheap test first: no "role" or "part" in the sentence)
    for noun in sentence_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _PART_NOUNS:
            continue
        work = _played_in(noun)
        owner = work and _owner(noun, person=True)
        if work is None or owner is None or owner is work or not stated_event(noun, sent):
            continue
        yield Proposition(sentence=sent, relation="stars", lemma="star", args=[argument(work), argument(owner)],
                          rule="role-in-work", confidence=0.5, open_ie=False)
