"""The first person of a quotation: "I" is its speaker.

:mod:`kg.resolve.entities` reads "I", "me", "my", "myself" as references and asks here, once every
other mention of the document is resolved, whom they stand for: the speaker whom the sentence, or
the quotation it continues, names (:func:`kg.resolve.quotations.speaker_of_quotation`). Outside a
quotation, or in one whose speaker is no named person, they stay unresolved, as before (no fact).
A clause with such an "I" gives a fact only when the speaker asserts it (rule
``first-person-claim``, :func:`unasserted_first_person`): not a question, a belief, a wish, a
hedge, nor an adjunct the clause rules read as the object.
"We" is left unresolved: read as the speaker's organisation it was right for 13 of 20 new facts
on unseen news (round 19), and "we" is as often a nation, a team-mate's side or people at large.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from kg.extract.registry import disabled, register
from kg.model import Entity
from kg.resolve.quotations import QUOTE_MARKS, in_quotation, speaker_of_quotation
from kg.resolve.referring import FIRST_PERSON
from kg.resolve.spans import entity_at

# What a speaker who says "I" can be: a person, or a name the tagger left untyped.
_PERSON_TYPES = frozenset({"PERSON", "OTHER"})


def first_person(tok: Token, entity_of: Callable[[Token], Entity | None]) -> Entity | None:
    """The entity a first-person pronoun inside a quotation stands for (None: unresolved).
    ``entity_of`` gives the entity a word was resolved to."""
    if not in_quotation(tok):
        return None  # (the cheap test first: an array look-up)
    if mentioned(tok) or hypothetical(tok):
        return None
    return quoted_first_person(tok, entity_of)


@register("quoted-first-person")
def quoted_first_person(tok: Token, entity_of: Callable[[Token], Entity | None]) -> Entity | None:
    """'"I offered them a settlement in May," said Jon Dahl', 'Tom Reed said: "They hired me in
    2001"', '"Sales are up," said Reed. "My team did well."': "I", "me", "my" or "myself" inside
    a quotation is its speaker, when the sentence (or the quotation it continues) names one who
    is a person: ``Jon Dahl OFFER settlement``, attributed to Dahl.

    Linguistic reason: a speaker calls themself "I"; the first person of a direct quotation is
    fixed by the act of saying it, so the speaker the narrator names is its referent (the
    deictic centre of the quotation). A speaker who is a firm or a common noun ("a spokesman")
    is left alone: no person named.
    """
    if "quoted-first-person" in disabled():
        return None
    speaker = speaker_of_quotation(tok)
    if speaker is None or reopened_before_speaker(tok, speaker):
        return None
    found = entity_of(speaker)
    if found is None or found.type not in _PERSON_TYPES or named_in_quotation(tok, found):
        return None
    return found


@register("named-in-own-quotation")
def named_in_quotation(tok: Token, speaker: Entity) -> bool:
    """'Tom Reed quit Nordbank in May. "I said to Tom that I hope he will stay," he said': when the
    quotation names the person its speaker was resolved to ("Tom"), that person is someone the
    speaker talks to or about, so the "I" is left unresolved (no ``Tom Reed SAY Tom``).

    Linguistic reason: a speaker calls themself "I", and names in their own words only others; a
    quotation that names its supposed speaker shows that the speaker was taken wrongly (a "he
    said" resolved to the person talked about, or a quotation nested in another's).
    """
    if "named-in-own-quotation" in disabled():
        return False
    words = {w for name in (speaker.name, *speaker.aliases) for w in name.split()}
    for t in tok.sent:
        if t.pos_ == "PROPN" and t.text in words and in_quotation(t):
            ent = entity_at(t)  # ("Matt Williams" is not Nigel Williams: the whole name must fit)
            if ent is None or set(ent.text.split()) <= words:
                return True
    return False


# Subordinators of a condition: what a clause under them says is supposed, not stated.
_CONDITIONS = frozenset({"if", "unless"})


def mentioned(tok: Token) -> bool:
    """A pronoun named as a word, not used: "a crew that is all about the 'me'" (a determiner,
    or quotation marks of its own)."""
    doc = tok.doc
    marked = 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in ("'", "‘") and doc[tok.i + 1].text in ("'", "’")
    return marked or any(c.dep_ == "det" for c in tok.children)


@register("first-person-condition")
def hypothetical(tok: Token) -> bool:
    """'"If I win the title, I will retire," said Tom Reed': a first person in a clause of
    condition ("if", "unless"), or the clause that rests on one, states nothing that happened;
    left unresolved, it gives no fact (the speaker's statement stays).

    Linguistic reason: a conditional supposes its clause and asserts the main clause only under
    that supposition, so neither is something the speaker says happened or holds.
    """
    if "first-person-condition" in disabled():
        return False
    for head in tok.ancestors:
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
               for c in (head, *head.children)):
            return True
    return False


@register("first-person-statement")
def said_of_self(subject_text: str, object_text: str) -> bool:
    """'"I offered them a settlement," said Jon Dahl': a fact of the quoted clause whose end is
    the speaker's "I" (or "me") leaves the statement beside it (``Jon Dahl SAY
    settlement``), which a clause's fact otherwise replaces (:meth:`kg.resolve.facts.FactBuilder.graph_facts`).

    Linguistic reason: a first-person quotation is the speaker's account of themself; the fact
    that they said it (the statement) and what it says of them (the clause's fact, resolved
    through the "I") are two things the text states. Until this round the "I" was unresolved and
    the statement stood alone; it is not taken away for the clause's fact.
    """
    if "first-person-statement" in disabled():
        return False
    return subject_text.lower() in FIRST_PERSON or object_text.lower() in FIRST_PERSON


# Verbs of opinion, feeling and wishing: a clause under one is what the speaker believes or
# wants, not what happened ("I feel I earned the medal", "I wish I had signed a longer deal").
_OPINION = frozenset({"think", "feel", "believe", "wish", "guess", "suppose", "reckon", "imagine", "doubt",
                      "hope", "fear", "assume", "suspect"})
# A clause that "it" can stand in for ("it brings me pleasure to see that ...").
_CLAUSES = frozenset({"xcomp", "ccomp", "advcl"})
# Nouns of a stretch of time: when something happened, not a participant ("anxious at the
# outset", "waited the whole morning"); "time" itself is also had and spent, so it is not here.
_TIMES = frozenset({"outset", "moment", "night", "day", "week", "month", "year",
                    "season", "weekend", "minute", "hour", "morning", "afternoon", "evening"})
# Prepositions of comparison and cause: their noun says how or why, not what the verb relates
# the subject to ("running like a goon", "came because of the noise").
_MANNER = frozenset({"like", "unlike", "because", "despite"})
# Adverbs that take the speaker's warrant from a clause ("I had allegedly skipped a meeting").
_HEDGES = frozenset({"supposedly", "allegedly", "reportedly", "apparently", "perhaps", "maybe", "possibly",
                     "probably"})


@register("first-person-claim")
def unasserted_first_person(subject: Token, obj: Token, sentence: Span) -> bool:
    """A clause fact with a quotation's "I" (or "me") at one end that the speaker does not assert
    of themself: left out (a fact left out is better than one stated wrongly; the statement
    stays). ``subject`` and ``obj`` are the heads of the fact's two ends as written.

    - a question: '"Would I sell the yard now?" said Tom Reed' asks;
    - a clause under a verb of opinion, feeling or wishing ("think", "feel", "believe", "wish",
      "hope" ...), or that verb itself: '"I feel I earned the medal"', '"I wish I had signed a
      longer deal"', '"I feel the way Nordbank pays its staff ..."' state a belief or a wish, and
      the clause rules read them as plain facts ("Reed EARN medal", "Reed FEEL way");
    - a clause with a hedging adverb ("supposedly", "allegedly", "apparently" ...);
    - a comparison of two degrees: '"The more I can sail with Nordbank, the better"' says how two
      things go together, not that either holds;
    - "it" before a clause it stands for: '"It brings me pleasure to see the crew race"' (the
      extraposed clause is the subject: the "it" stands for no entity);
    - "myself" as a clause's subject: '"I could not see myself winning the cup"' pictures it;
    - "me" after "to" or "for" on a verb: '"To me, the board has spoken"', '"it makes things
      easier for me"' give the speaker's stance or benefit, not a participant of the verb;
    - a noun phrase of time read as the object ('"The whole morning I waited there"', '"I was
      rather anxious at the outset"'), or a phrase of comparison or cause ('"I'm sailing like a
      novice"', '"I came because of the noise"').

    Linguistic reason: once "I" names the speaker, the quoted clause's facts become the
    speaker's claims about themself; only a declarative clause the speaker asserts (not asks,
    supposes, believes, hopes or hedges) states a fact, and only a participant of its verb is
    its object. The checks are set look-ups on the few words between the ends and the root.
    """
    if subject.lower_ not in FIRST_PERSON and obj.lower_ not in FIRST_PERSON:
        return False  # (the cheap test first: every other fact passes here)
    if "first-person-claim" in disabled():
        return False
    if subject.lower_ == "myself" or obj.dep_ == "npadvmod" or obj.lemma_ in _TIMES:
        return True
    if obj.lower_ == "me" and obj.dep_ == "pobj" and obj.head.lower_ in ("to", "for") and obj.head.head.pos_ in ("VERB", "AUX"):
        return True
    if obj.dep_ == "pobj" and (obj.head.lower_ in _MANNER or (obj.head.dep_ == "pcomp" and obj.head.head.lower_ in _MANNER)):
        return True
    if any(t.text == "?" or (t.lower_ == "the" and t.dep_ == "advmod") for t in sentence):
        return True  # a question, or "the more ..., the better" (a correlative "the" modifies no noun)
    if subject.lower_ == "it" and any(c.dep_ in _CLAUSES and c.i > obj.i and any(g.lower_ in ("to", "that") for g in c.children)
                                       for c in subject.head.children):
        return True  # "it brings me pleasure to see ...": the "it" of an extraposed clause is that clause
    for t in (subject, obj, *subject.ancestors, *obj.ancestors):
        if t.lemma_ in _OPINION and t.pos_ == "VERB":
            return True
        if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in t.children):
            return True
    return False


def unasserted_statement(subject: Token, negated: bool, modality: str | None) -> bool:
    """'"I don't think Nordbank will sell"', '"I would not be surprised to see Vexa sell"': a
    statement whose speaker is the quotation's "I" under a negation or a modal is left out
    (rule ``first-person-claim``), as the clause facts are.

    Linguistic reason: "I don't think S" denies S rather than saying it (the negation belongs to
    the clause: neg-raising), and "I would (not) be surprised" supposes; "SAY S, negated" or
    "SAY S, would" misstates both.
    """
    return (subject.lower_ in FIRST_PERSON and (negated or modality is not None)
            and "first-person-claim" not in disabled())


def reopened_before_speaker(tok: Token, speaker: Token) -> bool:
    """'"I have gained more experience. "The crews are faster. Meanwhile Tom Reed said ...': a speaker
    named after the pronoun's sentence, past a sentence that opens with a quotation mark of its
    own, is not taken for "I" (rule ``first-person-claim``).

    Linguistic reason: a sentence that opens with a quotation mark starts a quotation (or opens
    one again, when a quotation runs on over paragraphs), so the "said" after it names the
    speaker of that quotation, not of the sentences before it; where marks are lost the later
    "said" may even be the narrator's about someone else, and "I" read as that person gives
    every fact of the quotation the wrong subject.
    """
    if speaker.i <= tok.i or speaker.sent.start == tok.sent.start or "first-person-claim" in disabled():
        return False
    doc = tok.doc
    return any(doc[i].is_sent_start and doc[i].text in QUOTE_MARKS for i in range(tok.sent.end, speaker.i))
