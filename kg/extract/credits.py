"""What award news says between two names without a verb for it.

Rule ``category-work``: a prize category names a craft, and the work it is given for was made
in that craft by the one who gets it: "Tom Reed won best director for Winter Roads" →
``(Tom Reed)-[:DIRECT]->(Winter Roads)``; "the best actress award went to Anna Berg for Cold
Water" → ``(Cold Water)-[:STAR]->(Anna Berg)`` (as ``cast-with`` writes a part); "the best
director shortlist includes Tom Reed for Winter Roads".

Rule ``event-in-place``: "the Nordic Open in Bergen" → ``(Nordic Open)-[:BASE {held in}]->(Bergen)``.

Both are graph-only: CaRB's Open IE view keeps the sentence's own propositions.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.clauses import subjects
from kg.extract.prizes import GIVING_TO, PRIZE_NOUNS
from kg.extract.reading import (
    children,
    proper_run,
    sentence_entities,
    sentence_lemmas,
    sentence_tokens,
    sentence_words,
)
from kg.extract.registry import disabled, triggered_by
from kg.extract.roles import name_span
from kg.resolve.mentions import NOT_NODES
from kg.resolve.workdescriptions import FIRM_WORDS

# The crafts a prize category names, with the verb of the craft, its relation as the graph
# writes it, and whether the work comes first (a part played: "Cold Water stars Anna Berg").
CRAFTS: dict[str, tuple[str, str, bool]] = {
    "director": ("direct", "directed", False),
    "actor": ("star", "stars", True),
    "actress": ("star", "stars", True),
    "designer": ("design", "designed", False),
    "screenwriter": ("write", "wrote", False),
    "playwright": ("write", "wrote", False),
    "screenplay": ("write", "wrote", False),
    "composer": ("compose", "composed", False),
}
# Nouns a category word is the modifier of when it names a prize: "the director award", "the best
# actress nomination", "the best director shortlist".
_CATEGORY_HEADS = PRIZE_NOUNS | {"nomination", "shortlist", "category", "nod", "gong"}
_CATEGORY_ADJECTIVES = frozenset({"best", "outstanding", "top"})
# Names that are no work: places, peoples, people, dates and numbers.
_NOT_WORKS = NOT_NODES | {"PERSON", "GPE", "LOC", "NORP", "LANGUAGE"}
# Last words of a firm's name that no work's name ends in ("Vexa Records", "Nordbank Pictures"; not the
# numbers of a channel's name, which a title may end in: "Chapter Two").
_FIRM_LAST = FIRM_WORDS - {"one", "two", "three", "four"}
# The dependencies through which a name or a noun hangs in the clause of its verb.
_IN_CLAUSE = frozenset({"conj", "dobj", "pobj", "prep", "appos", "compound", "amod", "attr", "oprd", "nsubj",
                        "nsubjpass", "npadvmod"})


def _category(tok: Token) -> bool:
    """A craft word that names a prize's category: "best director", "the actress award"."""
    if tok.lemma_.lower() not in CRAFTS or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "appos" or (tok.dep_ == "compound" and _person(tok.head) is not None):
        return False  # a person described: "Tom Reed, the best director in Bergen, voted for Vexa"
    if any(c.dep_ == "amod" and c.lower_ in _CATEGORY_ADJECTIVES for c in children(tok)):
        return True
    return tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in _CATEGORY_HEADS


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a noun phrase is part of (through objects, conjuncts, prepositions)."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ not in _IN_CLAUSE or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _person(tok: Token | None) -> Token | None:
    return tok if tok is not None and tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" else None


def _recipient(verb: Token) -> Token | None:
    """Who the category is given to: the subject of the verb ("Tom Reed won best director"; a
    controlled subject too: "is tipped to win"), else the name after its "to" ("went to Tom Reed").
    The subject of an active verb of giving gives it ("Jon Dahl presented the best director award
    to Tom Reed"): only its "to" names the one who gets it."""
    giver = verb.lemma_ in GIVING_TO and not any(c.dep_ == "auxpass" for c in children(verb))
    found = None if giver else next((s for s in subjects(verb)[0] if _person(s) is not None), None)
    if found is not None:
        return found
    to = next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "to"), None)
    return _person(to and next((c for c in children(to) if c.dep_ == "pobj"), None))


def _tagged_name(tok: Token) -> bool:
    """A capitalised word the model tags part of a name though it reads it as a common noun
    ("Filthy/Gorgeous", a title of words)."""
    return tok.ent_type_ != "" and tok.text[:1].isupper()


def _work(prep: Token) -> Argument | None:
    """The work a "for" phrase names: a name that is no person's, place's or date's, right after
    "for" ("for Winter Roads", "for The Bergen Tales"), or in apposition right after a noun ("for
    his debut Winter Roads", where the noun says it is a work, so a name the model took for a
    place's is the work's too)."""
    pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
    start, unnamed = prep.i + 1, _NOT_WORKS
    if pobj is not None and pobj.pos_ == "NOUN" and not _tagged_name(pobj):
        start, unnamed = pobj.i + 1, _NOT_WORKS - {"GPE", "LOC"}
        pobj = next((c for c in children(pobj) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if pobj is None or not (pobj.pos_ == "PROPN" or _tagged_name(pobj)) or pobj.ent_type_ in unnamed \
            or not pobj.text[:1].isupper():
        return None
    ent = name_span(pobj)
    if ent is not None and ent.end == pobj.i + 1:
        words = tuple(ent)
    else:  # the capitalised words of the phrase up to the name ("Million Dollar Baby": a number first)
        inside = {t.i for t in pobj.lefts for t in t.subtree}
        first = pobj.i
        while first - 1 in inside and prep.doc[first - 1].text[:1].isupper():
            first -= 1
        words = tuple(prep.doc[first:pobj.i + 1])
    if words[0].i != start and not (words[0].i == start + 1 and (prep.doc[start].dep_ == "det" or prep.doc[start].text == ",")):
        return None  # (the name must be the phrase's own: "for Cold Water and Ole Lund" misparsed; "their new release, Day Boat")
    if words[-1].lower_ in _FIRM_LAST:
        return None  # (a label, studio or channel: "entered the chart at four with Vexa Records")
    if _title_of(pobj, words[-1].i):
        return None  # (the graph's node for the head word would cut the title: "House" of "House of Flying Boats")
    return Argument(pobj, words)


_TITLE_FUNCTION_WORDS = frozenset({"of", "the", "a", "an", "in", "on"})  # (not "and": a list goes on)


def _title_of(pobj: Token, end: int) -> tuple[Token, ...]:
    """The rest of a title that goes on with "of" after its head ("House of Flying Boats",
    "Eternal Sunshine of the Spotless Mind"): the words of the "of" phrase right after the name
    while each is capitalised or a function word, up to its last capitalised one (a list may go
    on after it: "House of Flying Boats and UK star Anna Berg"). The graph names a node by its
    head word's mention, which stops before "of", so such a title is left alone."""
    of = next((c for c in children(pobj) if c.dep_ == "prep" and c.lower_ == "of" and c.i == end + 1), None)
    if of is None:
        return ()
    inside = {t.i for t in of.subtree}
    doc, last, i = pobj.doc, of.i, of.i + 1
    while i in inside and (doc[i].text[:1].isupper() or doc[i].lower_ in _TITLE_FUNCTION_WORDS):
        if doc[i].text[:1].isupper():
            last = i
        i += 1
    return tuple(doc[of.i:last + 1]) if last > of.i else ()


def _name(tok: Token) -> Argument:
    """The name's words: the model's entity, unless it runs past "and" ("the Night Train and
    Kestrel" read as one name), else the run of proper nouns ending at the word."""
    ent = name_span(tok)
    if ent is not None and ent.end == tok.i + 1 and not any(t.dep_ == "cc" for t in ent):
        return Argument(tok, tuple(ent))
    return Argument(tok, tuple(proper_run(tok)))


def _bracketed_work(person: Token) -> Argument | None:
    """The work in brackets right after a person's name ("Jon Dahl (Cold Water)"): a name in
    apposition that fills the brackets and is no person's, place's or date's."""
    doc = person.doc
    if person.i + 2 >= len(doc) or doc[person.i + 1].text != "(":
        return None
    inner = next((c for c in children(person) if c.dep_ == "appos" and c.i > person.i), None)
    if inner is None or inner.pos_ != "PROPN" or inner.ent_type_ in _NOT_WORKS or inner.i + 1 >= len(doc) \
            or doc[inner.i + 1].text != ")":
        return None
    words = tuple(doc[person.i + 2:inner.i + 1])
    if not all(t.text[:1].isupper() or t.lower_ in _TITLE_FUNCTION_WORDS for t in words):
        return None
    return Argument(inner, words)


def _credits(sent: Span, tokens: tuple[Token, ...]) -> Iterator[tuple[Token, Token, Argument, int]]:
    """Each (person, clause verb, work, position of the work's phrase) the sentence credits."""
    for tok in tokens:
        if tok.lower_ == "for" and tok.dep_ == "prep":
            work = _work(tok)
            if work is None:
                continue
            head = tok.head
            if _person(head) is not None:
                if head.i != tok.i - 1:
                    continue  # "Jon Dahl for Cold Water and Ole Lund for Day Boat": only the name right before
                person: Token | None = head
                verb = _clause_verb(head)
            else:
                verb = _clause_verb(head)
                person = verb and _recipient(verb)
            if person is not None and verb is not None:
                yield person, verb, work, tok.i
        elif tok.text == "(" and tok.i > sent.start and _person(tok.doc[tok.i - 1]) is not None:
            person = tok.doc[tok.i - 1]
            work = _bracketed_work(person)
            verb = _clause_verb(person) if work is not None else None
            if work is not None and verb is not None:
                yield person, verb, work, tok.i


@triggered_by(lemmas=CRAFTS)
def category_work_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed won best director for Winter Roads" → (Tom Reed; directed; Winter Roads); "Anna
    Berg is tipped to win best actress for Cold Water" → (Cold Water; stars; Anna Berg); "the best
    director shortlist includes Tom Reed for Winter Roads" → (Tom Reed; directed; Winter Roads);
    "will battle it out for the best actor award with Jon Dahl (Cold Water)" → (Cold Water; stars;
    Jon Dahl).

    Linguistic reason: a prize category named by a craft ("best director", "the actress award")
    is given for work done in that craft, and its "for" phrase names the work: whoever wins, is
    named for or is shortlisted in "best director for Winter Roads" directed Winter Roads, so the
    fact holds whatever the prize's fate (a nominee too made the work). The person is the one the
    category goes to: the clause's subject, the name after "went to", or a name with the "for"
    phrase right after it in a list ("includes Tom Reed for Winter Roads"); a work's name in
    brackets right after a nominee's name is the same credit, as award lists write it. The
    category must be in the same clause, before the work, and name one craft only; the work must
    be a name that is no person's ("best actor for Jon Dahl" reads the other way), place's or date's.
    """
    if "category-work" in disabled() or CRAFTS.keys().isdisjoint(sentence_lemmas(sent)):
        return  # (no craft word in the sentence: nothing below can match)
    words = sentence_words(sent)
    if "for" not in words and "(" not in words:
        return
    tokens = sentence_tokens(sent)
    categories = [t for t in tokens if _category(t)]
    for person, verb, work, at in _credits(sent, tokens) if categories else ():
        crafts = {CRAFTS[c.lemma_.lower()] for c in categories if c.i < at and (c_verb := _clause_verb(c)) is not None
                  and c_verb.i == verb.i}
        if len(crafts) != 1:
            continue
        lemma, relation, work_first = crafts.pop()
        args = [work, _name(person)] if work_first else [_name(person), work]
        yield Proposition(sentence=sent, relation=relation, lemma=lemma, args=args, rule="category-work",
                          confidence=0.5, open_ie=False)


# Last words of an event's name ("the Nordic Open", "the Bergen Games"), and nouns of an event that
# a name before them restricts ("the Vexa World conference").
EVENT_WORDS = frozenset({"open", "games", "olympics", "cup", "championship", "championships", "festival",
                         "awards", "conference", "summit", "expo", "fair", "show", "convention", "tournament",
                         "marathon", "prix"})
EVENT_NOUNS = frozenset({"conference", "summit", "festival", "tournament", "championship", "show", "fair",
                         "expo", "convention"})
_NOT_EVENTS = NOT_NODES | {"PERSON", "GPE", "LOC", "NORP"}


def _event(tok: Token) -> Argument | None:
    """The event's name a noun phrase ends in: a name ending in an event's word ("Nordic Open", two
    words or more, or one the model tags an event: "the Olympics"), or the name before an event
    noun ("the Vexa World conference"). A war or a stadium the model tags an event is no event
    held somewhere: "spent World War II in the United States"."""
    if tok.pos_ == "NOUN":
        if tok.lemma_.lower() not in EVENT_NOUNS or tok.i == 0:
            return None
        name = tok.doc[tok.i - 1]
        if name.pos_ != "PROPN" or name.dep_ != "compound" or name.head.i != tok.i or name.ent_type_ in _NOT_EVENTS:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children(tok)):
            return None  # ("a DAB conference" is one about DAB: only "the" makes the name the event's)
        return _name(name)
    if tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_EVENTS:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(tok)):
        return None  # ("a Nordic Open": a kind of event, not the one of that name)
    if any(c.dep_ == "poss" for c in children(tok)):
        return None  # ("Queen's Club": the model cuts such a name at the "'s")
    arg = _name(tok)
    if arg.tokens[-1].i != tok.i:
        return None
    if tok.lower_ in EVENT_WORDS and (len(arg.tokens) > 1 or tok.ent_type_ == "EVENT"):
        return arg
    return None  # (not any name the model tags an event: "spent World War II in the United States")


@triggered_by(words={"in"})
def event_in_place_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed has been out since the Nordic Open in Bergen" → (Nordic Open; held in; Bergen);
    "before the Vexa World conference in Oslo" → (Vexa World; held in; Oslo).

    Linguistic reason: "in" and a place straight after an event's name says where the event is
    held (a restrictive modifier of the name, as "the Harbour Tower in Oslo" is ``seat-in``'s,
    which leaves events out); where the parse hangs the place on the verb instead ("won the
    Nordic Open in Bergen"), the event was held there too, since what is done at an event is
    done where it is. Only a place the model tags one (GPE, LOC) right after the name, hung on
    the name or on a word one or two steps above it. The graph has one relation for where a named
    thing is (``BASE``, as ``seat-in`` writes a site's); the relation's text says "held in".
    """
    if "event-in-place" in disabled() or "in" not in sentence_words(sent):
        return  # (no "in" in the sentence: nothing below can match)
    doc = sent.doc
    for ent in sentence_entities(sent):  # (a sentence's few places, not its every word)
        if ent.label_ not in ("GPE", "LOC"):
            continue
        i = ent.start - 1
        if i > sent.start and doc[i].lower_ == "the":
            i -= 1  # "in the US"
        prep = doc[i]
        if i <= sent.start or prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        place = next((c for c in children(prep) if c.dep_ == "pobj"), None)
        if place is None or place.ent_type_ not in ("GPE", "LOC"):
            continue
        last = doc[prep.i - 1]
        if prep.head.i not in (last.i, last.head.i, last.head.head.i):
            continue
        event = _event(last)
        if event is None:
            continue
        yield Proposition(sentence=sent, relation="held in", lemma="base", args=[event, _name(place)],
                          rule="event-in-place", confidence=0.5, open_ie=False)


# Words of chart news: a sentence with one of them and a chart position reads ``chart-with``.
CHART_WORDS = frozenset({"chart", "single", "album", "entry", "song", "track"})
_CREDIT_PREPS = frozenset({"with", "for"})
_NOT_ACTS = NOT_NODES | {"NORP"}


def _position(tok: Token) -> bool:
    """A chart position: a number ("at four", "at 10") or "number" with one ("at number five")."""
    return tok.tag_ == "CD" or (tok.lower_ == "number" and any(c.dep_ == "nummod" for c in children(tok)))


def _placed(tok: Token) -> bool:
    """The word has a position phrase of its own: "entered the chart at four", "Anna Berg ... at seven"."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(_position(p) for p in children(c) if p.dep_ == "pobj")
               for c in children(tok))


def _chart_act(prep: Token) -> Token | None:
    """Whose record a chart sentence's "with" phrase names: the name it hangs on ("Anna Berg with
    Night Train at seven"), else the subject of the verb it hangs on, or of the verb of the
    position it hangs on ("entered the chart at four with Day Boat"); the clause must give a
    position."""
    head = prep.head
    if head.tag_ == "CD" or head.lower_ == "number":
        if head.dep_ != "pobj" or head.head.lower_ != "at":
            return None
        head = head.head.head  # the position's "at" phrase is on the verb
        if not _placed(head):
            return None
    if head.pos_ == "PROPN":
        verb = _clause_verb(head)
        return head if _placed(head) or (verb is not None and _placed(verb)) else None
    if head.pos_ not in ("VERB", "AUX") or not _placed(head):
        return None
    return next((s for s in subjects(head)[0] if s.pos_ == "PROPN"), None)


@triggered_by(lemmas=CHART_WORDS)
def chart_with_propositions(sent: Span) -> Iterator[Proposition]:
    """"Kestrel entered the chart at four with Day Boat" → (Kestrel; release; Day Boat); "the other
    new entries are Anna Berg with Night Train at seven" → (Anna Berg; release; Night Train).

    Linguistic reason: chart news gives an act's place in the chart "with" (or "for") the record
    that holds it: the phrase names the means by which the act is placed, and an act is placed
    in a chart only by its own record, so the record is one the act released. Only in a sentence
    of chart news (a chart word: "chart", "single", "album", "entry", "song", "track") whose clause
    gives a position ("at four", "at number five"), with a name for the act and a name right after
    "with" or "for" that is no person's ("at number one with Anna Berg" shares the place with her).
    """
    if "chart-with" in disabled():
        return
    words = sentence_words(sent)
    if "at" not in words or _CREDIT_PREPS.isdisjoint(words) or CHART_WORDS.isdisjoint(sentence_lemmas(sent)):
        return  # (no position, no "with" or "for", or no chart word in the sentence: nothing below can match)
    for prep in sentence_tokens(sent):
        if prep.lower_ not in _CREDIT_PREPS or prep.dep_ != "prep":
            continue
        work = _work(prep)
        if work is None or work.head.ent_type_ in _NOT_ACTS:
            continue
        act = _chart_act(prep)
        if act is None or act.ent_type_ in _NOT_ACTS or act.i in {t.i for t in work.tokens}:
            continue
        ent = name_span(act)
        if ent is not None and any(t.dep_ == "cc" for t in ent):
            continue  # ("the Night Train and Kestrel" read as one name: the node would be both)
        yield Proposition(sentence=sent, relation=f"in the chart {prep.lower_}", lemma="release",
                          args=[_name(act), work], rule="chart-with", confidence=0.5, open_ie=False)
