"""The first person of a quotation: "I" is its speaker.

:mod:`kg.resolve.entities` reads "I", "me", "my", "myself" as references and asks here, once every
other mention of the document is resolved, whom they stand for: the speaker whom the sentence, or
the quotation it continues, names (:func:`kg.resolve.quotations.speaker_of_quotation`). Outside a
quotation, or in one whose speaker is no named person, they stay unresolved, as before (no fact).
A clause with such an "I" gives a fact only when the speaker asserts it (rule
``first-person-claim``, :func:`unasserted_first_person`): not a question, a belief, a wish, a
hedge, nor an adjunct the clause rules read as the object.
"We" and "us" are the speaker's side only where the document gives the speaker one post at one
organisation (rule ``quoted-we-side``, :func:`quoted_side`); else they stay unresolved: read as the
speaker's organisation with no such check it was right for 13 of 20 new facts on unseen news
(round 19), and "we" is as often a nation, a team-mate's side or people at large.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Span, Token

from kg.extract.clauses import CONDITION_MARKS
from kg.extract.registry import disabled, register
from kg.model import Entity
from kg.resolve.quotations import QUOTE_MARKS, SUBJECT_DEPS, in_quotation, speaker_of_quotation
from kg.resolve.referring import FIRST_PERSON, FIRST_PLURAL
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


# What a speaker's side can be: an organisation, a country (a national side, a government), or a
# name the tagger left untyped that the post makes the organisation.
_SIDE_TYPES = frozenset({"ORG", "GPE", "OTHER"})
# People named by a body they stand outside of: its customers, owners of its shares, followers.
_OUTSIDERS = frozenset({"customer", "client", "shareholder", "stakeholder", "investor", "bondholder", "creditor",
                        "fan", "supporter", "follower", "admirer", "critic", "rival", "user", "subscriber",
                        "viewer", "reader", "listener", "voter", "passenger", "patient", "guest", "visitor"})


def speaks_for(title: str) -> bool:
    """A post whose holder speaks for its body ("chief executive", "coach"), not a relation to
    the body from outside ("Nordbank customer Tom Reed", "a Vexa shareholder", "Bergen fan"):
    their "we" is not the body (rule ``quoted-we-side``, which reads the document's posts)."""
    words = title.lower().split()
    return not words or words[-1] not in _OUTSIDERS


def we_side(tok: Token, entity_of: Callable[[Token], Entity | None],
            sides: Callable[[], Mapping[str, frozenset[Entity]]]) -> Entity | None:
    """The entity a "we" or "us" inside a quotation stands for (None: unresolved, as before).
    ``sides`` gives, once asked, each person's organisations by the document's posts."""
    if tok.lower_ not in FIRST_PLURAL or not plural_pronoun(tok) or not in_quotation(tok):
        return None  # (the cheap tests first: a word and an array look-up)
    if mentioned(tok) or hypothetical(tok):
        return None
    return quoted_side(tok, entity_of, sides)


@register("quoted-we-side")
def quoted_side(tok: Token, entity_of: Callable[[Token], Entity | None],
                sides: Callable[[], Mapping[str, frozenset[Entity]]]) -> Entity | None:
    """'Tom Reed, chief executive of Nordbank, said: "We will close the Bergen plant"', '"We beat
    them twice," said Bergen coach Jon Dahl': "we" or "us" inside a quotation whose speaker is a
    person the document gives one post at one organisation (or country) is that organisation:
    ``Nordbank CLOSE plant``, attributed to Reed. A speaker with no post, or with posts at two,
    leaves it unresolved (no fact), as does a speaker the sentence does not name
    (:func:`kg.resolve.quotations.speaker_of_quotation`, as for "I").

    Linguistic reason: "we" is the speaker and those they speak for; a person quoted in news for
    the post they hold speaks for the body of that post (a chief executive's "we" is the firm, a
    coach's "we" the side). Where the text gives no post, or two, "we" may be a nation, a family,
    people at large or either body, and is left alone rather than guessed.
    """
    if "quoted-we-side" in disabled() or _describing(tok):
        return None
    speaker = speaker_of_quotation(tok)
    if speaker is None or reopened_before_speaker(tok, speaker):
        return None
    found = entity_of(speaker)
    if found is None or found.type not in _PERSON_TYPES:
        return None
    held = [side for side in sides().get(found.id, frozenset()) if side.type in _SIDE_TYPES]
    return held[0] if len(held) == 1 else None


def _describing(tok: Token) -> bool:
    """'"the way we communicate"', '"the problems we could have"', '"the film that we see"': a
    "we" in a relative clause (or a clause it governs), which describes its noun: there "we" is
    as often people at large, and what the clause says is taken as given, not reported; the
    parse of such a clause's gap ("the position we are in") is no object to read either."""
    clause = tok.head
    while clause.dep_ in ("xcomp", "conj", "aux", "auxpass") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ in ("relcl", "acl")


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


def mentioned(tok: Token) -> bool:
    """A pronoun named as a word, not used: "a crew that is all about the 'me'" (a determiner,
    or quotation marks of its own)."""
    doc = tok.doc
    marked = 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in ("'", "‘") and doc[tok.i + 1].text in ("'", "’")
    return marked or any(c.dep_ == "det" for c in tok.children)


@register("first-person-condition")
def hypothetical(tok: Token) -> bool:
    """'"If I win the title, I will retire," said Tom Reed', '"Had we won, we would be top"', '"We
    hired him so that we could build the ship"': a first person in a clause of condition ("if",
    "unless", or an auxiliary before its subject: "had we", "were I", "should we") or of purpose
    ("so that"), or the clause that rests on a condition (not the one a purpose serves), states
    nothing that happened; left unresolved, it gives no fact (the speaker's statement stays).

    Linguistic reason: a conditional supposes its clause and asserts the main clause only under
    that supposition, so neither is something the speaker says happened or holds; a clause of
    purpose states an aim, not its outcome.
    """
    if "first-person-condition" in disabled():
        return False
    if tok.dep_ in SUBJECT_DEPS and _inverted(tok.head):
        return True  # "and had we scored ...": the parse may join the condition as a conjunct
    for head in tok.ancestors:
        if head.dep_ == "advcl" and _purpose(head):
            return True  # "so that we could build it": the aim; the clause it serves is stated
        if any(c.dep_ == "advcl" and (_conditional(c) or _inverted(c)) for c in (head, *head.children)):
            return True
    return False


def _marks(clause: Token) -> set[str]:
    return {m.lower_ for m in clause.children if m.dep_ == "mark"}


def _conditional(clause: Token) -> bool:
    """A clause of condition ("if", "unless"): the clause it modifies rests on it too."""
    return not _marks(clause).isdisjoint(CONDITION_MARKS)


def _purpose(clause: Token) -> bool:
    """A clause of purpose ("so that we can prove it"): only its own words are an aim ("We hired
    him so that we could build the ship": the hiring happened)."""
    return {"so", "that"} <= _marks(clause)


# Auxiliaries that open a condition by coming before their subject: "had we known", "were I to".
_INVERTING = frozenset({"had", "were", "should"})


def _inverted(clause: Token) -> bool:
    """'"Had we scored our chances, we would have won"': a clause of condition with no "if",
    marked by its auxiliary before its subject."""
    aux = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in _INVERTING), None)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return aux is not None and subject is not None and aux.i < subject.i


@register("first-person-statement")
def said_of_self(subject_text: str, object_text: str) -> bool:
    """'"I offered them a settlement," said Jon Dahl': a fact of the quoted clause whose end is
    the speaker's "I" (or "me"), or the "we" (or "us") of the speaker's side (rule
    ``quoted-we-side``), leaves the statement beside it (``Jon Dahl SAY settlement``), which a
    clause's fact otherwise replaces (:meth:`kg.resolve.facts.FactBuilder.graph_facts`).

    Linguistic reason: a first-person quotation is the speaker's account of themself (or of the
    body they speak for); the fact that they said it (the statement) and what it says of them
    (the clause's fact, resolved through the "I" or "we") are two things the text states. Until
    round 20 the "I" was unresolved and the statement stood alone; it is not taken away for the
    clause's fact.
    """
    if "first-person-statement" in disabled():
        return False
    return any(text.lower() in FIRST_PERSON or (text.lower() in FIRST_PLURAL and text != "US")
               for text in (subject_text, object_text))


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
# Entity labels of a time or a date: when, never a participant ("in nine months' time").
_TIME_TYPES = frozenset({"DATE", "TIME"})
def _timed(noun: Token) -> bool:
    """A noun of a date or a stretch of time: tagged one, or "time" with one as its possessive
    ("in a few weeks' time"; not "last year's festival", an event)."""
    return noun.ent_type_ in _TIME_TYPES or (noun.lower_ == "time" and any(
        c.dep_ == "poss" and c.ent_type_ in _TIME_TYPES for c in noun.children))


# Verbs of saying or charging whose passive has the speaker as the one told or charged.
_TOLD = frozenset({"accuse", "allege", "tell", "say", "claim", "rumour", "report", "charge", "inform"})
# Adverbs that take the speaker's warrant from a clause ("I had allegedly skipped a meeting").
_HEDGES = frozenset({"supposedly", "allegedly", "reportedly", "apparently", "perhaps", "maybe", "possibly",
                     "probably"})


def _speaking(tok: Token) -> bool:
    """The speaker's own word for themself, or for their side ("we", "us", which only rule
    ``quoted-we-side`` resolves): a pronoun, not the country "US" nor the end of a title
    ("Super-Size Me")."""
    return (tok.lower_ in FIRST_PERSON and tok.pos_ == "PRON") or (tok.lower_ in FIRST_PLURAL and plural_pronoun(tok))


def plural_pronoun(tok: Token) -> bool:
    """"we" or "us" as a pronoun: not "US", the country, whatever the tagger made of it."""
    return tok.pos_ == "PRON" and tok.text != "US"


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
      rather anxious at the outset"', '"we will see it in a year's time"'), or a phrase of
      comparison or cause ('"I'm sailing like a novice"', '"I came because of the noise"');
    - an existential ('"We lost, but there are people out there who love us"'): what there is
      has no subject, whatever conjunct the parse lends it;
    - a clause under a passive verb of saying or charging ('"We have been accused of having no
      money and that agents run us"', '"I was told that Nordbank would pay"'): the claim of
      whoever accused or told, which the speaker only reports (not the accusing itself, with its
      doer: '"I was charged by Bergen police"').

    Linguistic reason: once "I" names the speaker, the quoted clause's facts become the
    speaker's claims about themself; only a declarative clause the speaker asserts (not asks,
    supposes, believes, hopes or hedges) states a fact, and only a participant of its verb is
    its object. The checks are set look-ups on the few words between the ends and the root.
    """
    if not (_speaking(subject) or _speaking(obj)):
        return False  # (the cheap test first: every other fact passes here)
    if "first-person-claim" in disabled():
        return False
    if subject.lower_ == "myself" or obj.dep_ == "npadvmod" or obj.lemma_ in _TIMES or _timed(obj):
        return True
    if obj.dep_ == "attr" and any(c.dep_ == "expl" for c in obj.head.children):
        return True  # "there are people out there": what there is, of no subject
    if obj.lower_ in ("me", "us") and obj.dep_ == "pobj" and obj.head.lower_ in ("to", "for") and obj.head.head.pos_ in ("VERB", "AUX"):
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
        if t.lemma_ in _TOLD and any(c.dep_ == "auxpass" for c in t.children) and not _agent_of(subject, t):
            return True  # "we have been accused of ...", "I was told that ...": another's claim
    return False


def _agent_of(subject: Token, verb: Token) -> bool:
    """The fact is the passive's own act, its doer named by "by": '"I was charged by Bergen
    police"' states that the police charged the speaker (what they charged him with is theirs)."""
    return subject.dep_ == "pobj" and subject.head.dep_ == "agent" and subject.head.head.i == verb.i


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
