"""Which objects a verb has: the object rules, each reading the verb's clause one way.

:func:`verb_propositions <kg.extract.verbs.verb_propositions>` reads a verb's clause once
(:class:`Frame`) and asks the rules of :data:`OBJECT_RULES` in turn which objects the verb has
(:func:`find_objects`): the first that finds any wins, else the verb is ``intransitive``. Each rule
is registered by the name its propositions carry (:mod:`kg.extract.registry`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kg.extract.clauses import (
    OBJECT_DEPS,
    RELATIVE_PRONOUNS,
    REPORTING,
    answers,
    complement_subject,
    lemma_with_particle,
    next_clause_subject,
    prep_object,
    shared_objects,
    with_prep,
)
from kg.extract.companions import collision_into, companion_phrase
from kg.extract.complements import TIME_NOUNS, gerund_complement, time_phrase
from kg.extract.contest_adjuncts import side_for
from kg.extract.misparsed import source_phrase, without_object
from kg.extract.nominal import conjuncts
from kg.extract.reading import children
from kg.extract.registry import disabled, register
from kg.extract.transfer_phrases import EMPLOYER_VERBS, employer_for, recipient_to
from kg.resolve.kinds import PERSON_KINDS


@dataclass(slots=True)
class Frame:
    """What a verb's clause gives every proposition the verb heads."""

    verb: Token
    sent: Span
    subs: list[Token]
    how: str  # how the subjects were found: "own", or the path they were inherited along
    chain: list[Token]  # the verb and the open complements it governs: declined → meet
    rel_toks: list[Token]
    purpose: bool
    negated: bool
    modality: str | None
    passive: bool
    passive_last: bool  # "is expected to meet X" is passive in its frame only
    participle: bool

    @property
    def last(self) -> Token:
        return self.chain[-1]


@dataclass(slots=True)
class Objects:
    """The objects an object rule found, and what the rule adds to the relation."""

    rule: str
    objects: list[Token | None]
    rel_toks: list[Token]
    skip: set[int] = field(default_factory=set)
    agent_first: bool = False
    copula_prep: str | None = None
    phrase_lemma: str | None = None  # a relation that keeps an adjective or adverb: "be aware of"
    adjuncts_of: Token | None = None  # a word besides the verb whose phrases are adjuncts (a gerund)


# -- object rules: each finds the verb's objects one way, or None ---------------------------------

@register("passive")
def passive_agent(f: Frame) -> Objects | None:
    """"The bill was rejected by the upper house": the agent of a passive is its object, and the
    graph's subject (``agent_first``). Linguistic reason: a by-phrase on a passive names the doer.
    A past participle without "have" is passive though the parse gave it no passive subject
    ("Bergen, beaten 4-1 by Molde, ..."; :func:`by_agent`)."""
    if not f.passive and not ("by-agent" not in disabled() and f.how == "own" and len(f.chain) == 1
                              and reduced_passive(f.last)):
        return None  # (a participle clause's subject is inherited, and may be anyone's: participle-agent)
    agent = next((c for c in children(f.last) if c.dep_ == "agent"), None)
    pobj = agent and next((g for g in children(agent) if g.dep_ == "pobj"), None)
    if agent is None or pobj is None:
        return None
    return Objects("passive", list(conjuncts(pobj)), sorted([*f.rel_toks, agent], key=lambda t: t.i),
                   {agent.i}, agent_first=True)


def _direct_objects(f: Frame) -> list[Token | None]:
    last = f.last
    # A "dative" that is a preposition ("sold its shares to X") is an adjunct, not an object; nor
    # is the subject of a complement clause the parse hung here ("accept X were not involved").
    hidden = {c.i for c in (complement_subject(g) for g in children(last) if g.dep_ in ("ccomp", "conj")) if c is not None}
    objects = [o for c in children(last) if c.dep_ in OBJECT_DEPS and c.pos_ != "ADP" and c.i not in hidden
               and not noun_modifier_object(c) and not set_off_object(last, c)
               for o in conjuncts(nationality_before_person(c))]
    top = relative_clause_of(last)
    if top is not None:
        # "the book that she wrote": the relative pronoun object stands for the noun
        objects = [o for c in objects for o in (conjuncts(top.head) if c.lower_ in RELATIVE_PRONOUNS else [c])]
    if not objects and last.pos_ == "VERB":
        late = bracketed_object(last)
        if late is not None:
            objects = list(conjuncts(late))
    if not objects and contact_relative_object(last):
        objects = list(conjuncts(last.head))
    if not objects and last.pos_ == "VERB":
        objects = shared_objects(last)
        if top is not None and "relative-gap-shared" not in disabled():
            objects = [o for c in objects for o in (conjuncts(top.head) if c.lower_ in RELATIVE_PRONOUNS else [c])]
    return list(objects)


@register("set-off-object")
def set_off_object(verb: Token, obj: Token) -> bool:
    """"Anna Berg decided against competing in the warm-up event, the Bergen Classic": a noun
    phrase the parse made the verb's object though a comma and a prepositional phrase of the verb
    stand between them is no object (no ``Anna Berg DECIDE Bergen Classic``).

    Linguistic reason: an English direct object follows its verb before the verb's prepositional
    phrases; a noun phrase set off by a comma after such a phrase is an apposition to the noun
    that ends the phrase ("the warm-up event, the Bergen Classic"), which the small model, having
    no noun there to hang it on, hung on the verb. Heavy objects moved to the end are not set off
    by a comma in news prose. Not when the verb has an object before ("included Tom Reed in Blue
    Harbour, Jon Dahl in Red Sky"): there the phrase is the next item of a list the parse did not
    coordinate. Not when a comma also opens the prepositional phrase ("thanked, among others, Jon
    Dahl"): the two commas bracket an inserted phrase, and the noun phrase after it is the object.
    """
    if obj.dep_ != "dobj" or obj.i < verb.i + 3:
        return False
    left = obj.left_edge.i
    doc = obj.doc
    preps = [c for c in children(verb) if c.dep_ == "prep" and verb.i < c.i < left]
    if doc[left - 1].text != "," or not preps:
        return False
    if any(doc[c.left_edge.i - 1].text == "," for c in preps):
        return False  # "thanked, among others, Jon Dahl": an inserted phrase, the object after it
    if any(c.dep_ in OBJECT_DEPS and c.i < obj.i and c is not obj for c in children(verb)):
        return False  # "included Tom Reed in X, Jon Dahl in Y": the next item of a list of objects
    return "set-off-object" not in disabled()


@register("set-off-apposition")
def set_off_apposition(verb: Token, pobj: Token) -> Token | None:
    """"Bergen is preparing for the biggest night of the year, the Nordic Music Awards, on Sunday"
    → (Bergen; prepare for; Nordic Music Awards): the name ``set-off-object`` takes from the verb
    is the apposition of the prepositional object it follows, and the verb's prepositional reading
    takes it in that object's place.

    Linguistic reason: a noun phrase set off by a comma right after a prepositional phrase renames
    the noun that ends the phrase ("the biggest night of the year, the Nordic Music Awards"); a
    name there says which thing the common noun is, so what the verb does with the noun it does
    with the name. Only a common noun as the preposition's object, a name right after its phrase
    and its comma, and a preposition that hangs on the verb itself (the caller's).
    """
    if pobj.pos_ != "NOUN" or "set-off-apposition" in disabled():
        return None
    doc = verb.doc
    after = pobj.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    name = next((c for c in children(verb) if c.dep_ == "dobj" and c.left_edge.i == after + 1), None)
    if name is None or name.pos_ != "PROPN" or not set_off_object(verb, name):
        return None
    return name


@register("bracketed-object")
def bracketed_object(verb: Token) -> Token | None:
    """"Tom Reed beat, in straight sets, Jon Dahl": a name after a prepositional phrase bracketed by
    commas right after the verb is the verb's object, though the parse hung it on the verb as a
    noun used as an adverb (``npadvmod``); the graph takes no (Tom Reed; beat in; straight sets).

    Linguistic reason: two commas around a phrase right after the verb mark it as inserted (an
    interruption before the object, as in "thanked, among others, Jon Dahl"); what follows the
    second comma goes on with the verb's own frame, and a name there with no verb or preposition
    of its own is the direct object the verb still lacks. Only a verb with no object of its own, a
    phrase opened by a comma right after the verb, and a name of a person, firm or place.
    """
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].text != "," or "bracketed-object" in disabled():
        return None
    kids = children(verb)
    prep = next((c for c in kids if c.dep_ == "prep" and c.i == verb.i + 2), None)
    if prep is None or any(c.dep_ in OBJECT_DEPS for c in kids):
        return None
    after = prep.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    return next((c for c in kids if c.dep_ == "npadvmod" and c.left_edge.i == after + 1 and c.pos_ == "PROPN"
                 and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")), None)


@register("nationality-object-person")
def nationality_before_person(tok: Token) -> Token:
    """"Tom Reed beat Tunisian Ali Ben Salah 6-2 6-3": where the parse made the nationality
    adjective ("Tunisian") the verb's object and hung the person's name after it elsewhere, the
    object is the person (the name's last word); else ``tok`` itself.

    Linguistic reason: a nationality adjective directly before a person's name modifies the name
    ("Tunisian Ali Ben Salah" is one noun phrase, the player), as "Kenyan Anna Berg" is; the
    adjective is a noun of its own ("the Tunisian") only with a determiner or with no name after
    it. The small model, misled by the score after the name, may take the adjective alone as the
    object, and the graph then says the winner beat a nationality.
    """
    if tok.tag_ not in ("JJ", "NNP") or tok.ent_type_ != "NORP" or tok.i + 1 >= len(tok.doc):
        return tok
    nxt = tok.doc[tok.i + 1]
    if nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "B" or "nationality-object-person" in disabled():
        return tok
    if any(c.dep_ == "det" for c in children(tok)):
        return tok
    end = nxt.i
    while end + 1 < len(tok.doc) and tok.doc[end + 1].ent_iob_ == "I" and tok.doc[end + 1].ent_type_ == "PERSON":
        end += 1
    return tok.doc[end]


@register("relative-gap-shared")
def relative_clause_of(verb: Token) -> Token | None:
    """The relative clause verb whose clause ``verb`` is in: itself, or, for a verb coordinated in
    the clause ("Blue Harbour, which he wrote and directed"), the clause's first verb.

    Linguistic reason: a relative pronoun fills the gap of every verb coordinated in its clause
    ("which he wrote and directed": he wrote it and directed it), as the shared object of "wrote
    and directed Blue Harbour" is each verb's. The small model hangs the pronoun on the last verb,
    a conjunct, so without this it stands for nothing there ("which" is no name) and the first
    verb has no object at all.
    """
    if verb.dep_ == "relcl":
        return verb if verb.head.pos_ in ("NOUN", "PROPN") else None
    if verb.dep_ != "conj" or "relative-gap-shared" in disabled():
        return None
    top = verb
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    return top if top.dep_ == "relcl" and top.head.pos_ in ("NOUN", "PROPN") else None


# Nouns a relative clause without a pronoun may modify through an adjunct gap ("the day she left",
# "the way he spoke", "the reason they sold"), not an object gap.
ADJUNCT_GAP_NOUNS = TIME_NOUNS | {"time", "times", "way", "reason", "place", "moment", "period", "season", "era"}


@register("contact-relative")
def contact_relative_object(verb: Token) -> bool:
    """"The gimmicks she used in her show were new" → (she; used; The gimmicks; in her show): in a
    relative clause with no relative word, the noun it modifies is the verb's object when the verb
    has none of its own.

    Linguistic reason: English drops a relative pronoun only when it is not the clause's subject
    (a "contact clause": "the book she wrote", never "*the woman wrote the book"), so the clause's
    gap is an object. With no direct object and no preposition left stranded at the clause's end
    ("the firm she worked for"), the gap is the verb's own object. Nouns of time, manner, place and
    reason ("the day she left", "the way he spoke") fill an adjunct gap instead, "be" has no
    object, and "do" stands in for the act its noun names ("the coaching he has been doing"), as
    :mod:`kg.extract.verbs` reads it: no patient.
    """
    if ("contact-relative" in disabled() or verb.dep_ != "relcl" or verb.pos_ != "VERB"
            or verb.lemma_ in ("be", "do")
            or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i
            or verb.head.lemma_.lower() in ADJUNCT_GAP_NOUNS or verb.head.ent_type_ in ("DATE", "TIME")):
        return False
    clause = list(verb.subtree)
    if any(t.lower_ in RELATIVE_PRONOUNS or t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in clause if t.i < verb.i):
        return False
    finite = verb.tag_ in ("VBD", "VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in children(verb))
    if not finite or not any(c.dep_ == "nsubj" for c in children(verb)):
        return False  # a contact clause is finite; a participle on the noun ("a star located far away") has no gap
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd") for c in children(verb)):
        return False
    return not any(t.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in children(t)) for t in clause)


@register("modifier-not-object")
def noun_modifier_object(obj: Token) -> bool:
    """"boosting their Nordic Cup hopes": a name the parse made a second object of the verb, right
    before a common noun that is its object too, modifies that noun; it is no object.

    Linguistic reason: English puts a noun before another as its modifier ("cup hopes", "title
    bid"); a verb with two bare objects gives a recipient and a thing ("gave Nordvik a loan"),
    and then a determiner or a number opens the second. A proper noun straight before a common
    noun, both hung on the verb, is one noun phrase the parse split.
    """
    if "modifier-not-object" in disabled() or obj.pos_ != "PROPN" or obj.i + 1 >= len(obj.doc):
        return False
    after = obj.doc[obj.i + 1]
    before = obj.doc[obj.left_edge.i - 1] if obj.left_edge.i > 0 else None
    # only after a possessive, which determines the common noun ("their Nordic Cup hopes"); a
    # bare name may be a recipient ("offers Reed hope") or the parse's slip ("sent Reed streaking")
    possessed = any(c.dep_ == "poss" for c in children(obj)) or (before is not None and before.tag_ in ("PRP$", "POS"))
    return possessed and after.head.i == obj.head.i and after.dep_ in OBJECT_DEPS and after.pos_ == "NOUN"


@register("svo")
def direct_object(f: Frame) -> Objects | None:
    """"The company laid off 300 workers": a direct object (or an object shared with a coordinated
    verb, "bought and sold shares"). Linguistic reason: a transitive verb's object is its patient."""
    objects = _direct_objects(f) if f.last.lemma_ != "be" else []
    return Objects("svo", objects, list(f.rel_toks)) if objects else None


@register("copula")
def copula_complement(f: Frame) -> Objects | None:
    """"Karin Dahl is the new chair": the complement of "be" (an attribute, or an adjective, see
    :func:`clausal_object`). Linguistic reason: a copula says its subject is what the complement is."""
    objects = _direct_objects(f) if f.last.lemma_ == "be" else []
    attrs = [c for c in children(f.last) if c.dep_ == "attr" and c.i > f.last.i] if len(objects) > 1 else []
    if len(attrs) > 1 and second_complement(attrs):
        first = set(conjuncts(attrs[0]))
        objects = [o for o in objects if o in first or o is None or (o.dep_ != "attr" and o.head.dep_ != "attr")]
    return Objects("copula", objects, list(f.rel_toks)) if objects else None


@register("one-complement")
def second_complement(attrs: list[Token]) -> bool:
    """"Vexa were the big winners in Norway's music honours, the Fjord Awards": True when the
    parse hung a second complement on "be" (after a comma: "the Fjord Awards"), which is then no
    complement of the subject; the first ("the big winners") stays.

    Linguistic reason: a copular clause has one predicative complement (coordinated ones are
    conjuncts of it, "was a singer and an actor"); a second noun phrase after a comma is an
    apposition to a noun inside the first ("Norway's music honours, the Fjord Awards") that the
    parse, misreading a word between ("honours" as a verb), attached to the verb instead. The
    graph would otherwise say the band is the awards. Only complements after the verb: a fronted
    "what" ("we know what Nordvik is, a footballing power") is restated by the phrase after the
    comma, which stays.
    """
    return "one-complement" not in disabled() and any(
        b.doc[b.left_edge.i - 1].text == "," for b in attrs[1:] if b.left_edge.i > 0)


@register("adjective-prep")
def adjective_prep(f: Frame) -> Objects | None:
    """"is n't sure of the figures", "finished ahead of its rivals": an adjective (else an adverb)
    with the preposition right after it joins the relation. Linguistic reason: the preposition is
    selected by the adjective ("sure of"), so its object is the object of the whole phrase."""
    last = f.last
    acomp = next((c for c in children(last) if c.dep_ == "acomp" and c.i > last.i), None)
    word, kind = ((acomp, "adjective-prep") if acomp is not None and with_prep(acomp) else
                  (next((c for c in children(last) if c.dep_ == "advmod" and c.i > last.i
                         and c.pos_ == "ADV" and with_prep(c)), None), "svo-prep"))
    found = with_prep(word) if word is not None else None
    if word is None or found is None:
        return None
    aprep, pobj = found
    return Objects(kind, list(conjuncts(pobj)), [*f.rel_toks, word, aprep], {word.i, aprep.i},
                   phrase_lemma=f"{lemma_with_particle(last)} {word.lower_} {aprep.lower_}")


@register("svo-prep")
def prepositional_object(f: Frame) -> Objects | None:
    """"met with union leaders", "arrived in Geneva": with no object, the first prepositional
    phrase after the verb is its object and the preposition joins the relation. Linguistic reason:
    many verbs take their complement through a preposition; a phrase before the verb ("In 1841 he
    was readmitted") is no object of it."""
    last = f.last
    phrases = [p for p in (prep_object(c) for c in children(last) if (c.dep_ == "prep" or dative_phrase(c))
                           and c.lower_ != "according" and c.i > last.i) if p is not None]
    if not phrases:
        return None
    found = as_complement(last, phrases) or next((p for p in phrases if not time_phrase(p[1])), phrases[0])
    words, pobj = found
    pobj = set_off_apposition(last, pobj) or pobj  # "preparing for the biggest night, the Awards"
    # "England won in Dubai": a place after "in"/"at" on a verb whose object is what it acts on is
    # where it happened, never the object; the predicate keeps the preposition (WIN_IN, not WIN),
    # and the graph leaves the fact out (:func:`place_adjunct`)
    where = patient_verb_place(last, words[-1], pobj)
    return Objects("svo-prep", list(conjuncts(pobj)), [*f.rel_toks, *words], {w.i for w in words},
                   agent_first=f.how == "own" and len(f.chain) == 1 and by_agent(last, words),
                   copula_prep=" ".join(w.lower_ for w in words) if last.lemma_ == "be" else None,
                   phrase_lemma=f"{lemma_with_particle(last)} {words[-1].lower_}" if where
                   else state_adjective(last, words[-1])  # "looked good for Molde": LOOK_GOOD_FOR
                   or formula_say(last, words[-1])  # "said farewell to Molde": SAY_FAREWELL_TO
                   or side_for(last, words[-1], pobj)  # "scored for Nordvik": SCORE_FOR
                   or without_object(last, words[-1])  # "coped without Reed": COPE_WITHOUT
                   or source_phrase(last, words[-1])  # "moved from Bergen": MOVE_FROM
                   or companion_phrase(last, words[-1])  # "arrived with Reed": ARRIVE_WITH
                   or collision_into(last, words[-1])  # "ran into Reed": RUN_INTO
                   or recipient_to(last, words[-1])  # "kicked to Reed": KICK_TO
                   or employer_for(last, words[-1]))  # "worked for Reed": WORK_FOR


@register("state-adjective")
def state_adjective(verb: Token, prep: Token) -> str | None:
    """"Tom Reed looked good for Molde", "became famous for Blue Harbour", "I'll get a bit better
    for the Nordic Games" → LOOK_GOOD_FOR, BECOME_FAMOUS_FOR, GET_BETTER_FOR: the predicate of the
    graph's fact keeps the adjective the verb links to its subject (None: the verb's own).

    Linguistic reason: a linking verb with an adjective complement ("look good", "become famous",
    "get better") says what state its subject is in, and a prepositional phrase after it qualifies
    that state ("good for Molde", "famous for Blue Harbour"); the parse often hangs the phrase on
    the verb instead of the adjective, and the relation the verb alone types reads the phrase's
    name as what is looked, become or got (LOOK Molde, BECOME Blue Harbour, GET Nordic Games). With
    the adjective kept the fact says it, as ``adjective-prep`` does when the phrase hangs on the
    adjective (FEEL_SORRY_FOR). Not "be", whose adjective and preposition are the copula's own.
    """
    if verb.lemma_ == "be" or "state-adjective" in disabled():
        return None
    adjective = next((c for c in children(verb) if c.dep_ == "acomp" and verb.i < c.i < prep.i), None)
    if adjective is None:
        return None
    return f"{lemma_with_particle(verb)} {adjective.lower_} {prep.lower_}"


# Words a verb of saying takes as a formula of greeting or leave-taking ("say farewell to").
_FORMULAS = frozenset({"farewell", "goodbye", "good-bye", "bye", "adieu", "hello", "thanks", "sorry"})


@register("formula-say")
def formula_say(verb: Token, prep: Token) -> str | None:
    """"Jon Dahl can say farewell to the Nordic Cup", "Tom Reed bade goodbye to Halden" →
    SAY_FAREWELL_TO, BID_GOODBYE_TO: the predicate of the graph's fact keeps the formula (None: the
    verb's own).

    Linguistic reason: "say", "bid" or "wave" with a formula of leave-taking or greeting
    ("farewell", "goodbye", "hello") is one act, parting from or greeting what the "to" phrase
    names; the relation the verb alone types (SAY Nordic Cup) reads that name as the one told,
    and "say X" to a name is kg's convention for telling someone something. The parse takes the
    formula for an interjection or an object; with it kept the fact says the act.
    """
    if prep.lower_ != "to" or verb.lemma_ not in ("say", "bid", "bade", "wave") or "formula-say" in disabled():
        return None
    formula = next((c for c in children(verb) if c.lower_ in _FORMULAS and verb.i < c.i < prep.i), None)
    if formula is None:
        return None
    return f"{verb.lemma_} {formula.lower_} {prep.lower_}"


# Verbs that take an "as" phrase as their complement: what the subject is called ("known as"),
# taken for ("regarded as", "ranked as"), chosen as, or works or appears as. Not the verbs of taking
# up or leaving a post ("served as", "joined as": kg.extract.roles.SUBJECT_CAPACITY_VERBS), whose
# "as" phrase the graph reads as the subject's role and whose other phrase stays the object.
AS_VERBS = frozenset({
    "know", "name", "rename", "mention", "describe", "portray", "present", "regard", "view", "see", "treat",
    "refer", "designate", "redesignate", "re-designate", "list", "identify", "recognize", "recognise",
    "classify", "reclassify", "rank", "label", "brand", "dub", "term", "style", "title", "credit", "count",
    "cast", "choose", "select", "nominate", "appoint", "elect", "hire", "employ", "register", "qualify",
    "train", "work", "act", "appear", "run", "win", "found", "establish",
})


@register("as-complement")
def as_complement(verb: Token, phrases: list[tuple[list[Token], Token]]) -> tuple[list[Token], Token] | None:
    """"The strait is known in Norway as the Gate" → (The strait; is known as; the Gate; in Norway):
    of the phrases after a verb of naming, regarding, choosing or working (``AS_VERBS``), the "as"
    phrase is the complement, whichever comes first; the others are adjuncts.

    Linguistic reason: "as" before a noun phrase after such a verb is a predicative complement the
    verb selects ("known as", "ranked as", "worked as"): it says what the subject is called or is
    taken to be. A place or a time beside it ("in Norway", "in 1990") says where or when, whatever
    the verb. After other verbs "as" says when or in what role ("moved there as a boy"): no change.
    """
    if "as-complement" in disabled() or verb.lemma_.lower() not in AS_VERBS:
        return None
    employer = employer_over_capacity(verb, phrases)
    if employer is not None:
        return employer
    return next((p for p in phrases if len(p[0]) == 1 and p[0][0].lower_ == "as"
                 and p[1].pos_ in ("NOUN", "PROPN")), None)


@register("employer-over-capacity")
def employer_over_capacity(verb: Token, phrases: list[tuple[list[Token], Token]]) -> tuple[list[Token], Token] | None:
    """"Tom Reed worked for Nordbank as a driver", "worked as a driver for Nordbank" → (Tom Reed;
    work for; Nordbank): with both an employer's "for" phrase and an "as" phrase, the verb's
    prepositional reading takes the employer.

    Linguistic reason: "work" takes two complements of its own, the capacity ("as a driver") and
    the one worked for ("for Nordbank"); the capacity is a common noun the graph keeps no fact of
    (and a title there is read as a post by ``work-as``), while the employer is the relation
    between two names the sentence states (``employer-for``). Only a "for" phrase whose object is
    a name ("for a short time" stays an adjunct) and an "as" phrase beside it.
    """
    if verb.lemma_.lower() not in EMPLOYER_VERBS or "employer-over-capacity" in disabled():
        return None
    capacity = next((p[1] for p in phrases if len(p[0]) == 1 and p[0][0].lower_ == "as"), None)
    if capacity is None:
        return None
    found = next((p for p in phrases if len(p[0]) == 1 and p[0][0].lower_ == "for" and _employer(p[1])), None)
    return found or capacity_employer(capacity)


def _employer(pobj: Token) -> bool:
    return pobj.pos_ == "PROPN" and pobj.ent_type_ in ("ORG", "PERSON", "GPE")


@register("capacity-noun-employer")
def capacity_employer(capacity: Token) -> tuple[list[Token], Token] | None:
    """"Tom Reed worked as a driver for Nordbank" → (Tom Reed; work for; Nordbank): the "for" phrase
    the parse hangs on the capacity noun names the one worked for.

    Linguistic reason: after "work as a driver" a "for" phrase with a name says whom the work is
    done for, the verb's complement as in "worked for Nordbank as a driver"; a noun of occupation
    takes no "for" complement of its own that names an employer other than the one worked for (a
    driver for Nordbank works for Nordbank). The parse attaches the phrase to the nearest noun.
    Only a name right after the capacity noun's "for" ("worked as an advocate for children" keeps
    its reading) and not after a title noun, whose "for" phrase is where the post is held (rule
    ``work-as`` reads "worked as an analyst for Nordbank" as the post).
    """
    if capacity.pos_ != "NOUN" or capacity.lemma_.lower() in PERSON_KINDS:
        return None
    for prep in children(capacity):
        if prep.dep_ == "prep" and prep.lower_ == "for":
            pobj = next((g for g in children(prep) if g.dep_ == "pobj"), None)
            if pobj is not None and _employer(pobj) and "capacity-noun-employer" not in disabled():
                return [prep], pobj
    return None


# Nouns for an actor's work, whose "as" phrase names the part played ("her performance as X").
PERFORMANCE_NOUNS = frozenset({"performance", "role", "portrayal", "part", "turn", "depiction", "cameo"})


@register("part-played")
def part_played(found: Objects) -> bool:
    """"Anna Berg is tipped to win for her performance as Mary Holt": the graph takes no fact from
    an "as" phrase the parse hung on the verb when it follows a noun for an actor's work (no one
    won Mary Holt); the Open IE view keeps the parse's reading.

    Linguistic reason: "as X" right after "performance", "role" or "portrayal" names the part
    played in that performance, a modifier of the noun, whatever the parse attached it to; it is
    no complement of the verb ("win", "hail", "praise"). Graph-only.
    """
    if "part-played" in disabled() or found.rule != "svo-prep" or found.rel_toks[-1].lower_ != "as":
        return False
    prep = found.rel_toks[-1]
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in PERFORMANCE_NOUNS


def participle_form(v: Token) -> bool:
    """A past participle, as tagged, or in a form English spells only as one ("beaten", "taken",
    "shown", "gone") that the tagger read as a simple past."""
    return v.tag_ == "VBN" or (v.tag_ == "VBD" and v.lower_ != v.lemma_.lower()
                               and v.lower_.endswith(("en", "wn", "ne")) and v.lower_ not in _PAST_IN_EN)


# Simple pasts that end like participles ("ran", "began" do not; "won"/"shone" do).
_PAST_IN_EN = frozenset({"shone", "won", "spun", "outshone"})


@register("by-agent")
def by_agent(verb: Token, words: list[Token]) -> bool:
    """"Nordvik, beaten 3-0 by Halden, face Molde": a "by" phrase on a past participle with no
    "have" before it names the doer of a passive, though the parse gave the participle no
    passive subject (it read "Nordvik beaten" as subject and verb): the graph's subject is the
    doer (Halden DEFEAT Nordvik), not the patient. Only with a subject of the participle's own: a
    participle clause's inherited subject may be anyone's (``participle-agent`` reads those).

    Linguistic reason: a past participle without "have" is passive ("the side beaten by Halden"),
    and "by" on a passive introduces its agent; with "have" it is a perfect ("has risen by 5%"),
    where "by" measures or says how. The Open IE view keeps the words as they stand.
    """
    return "by-agent" not in disabled() and len(words) == 1 and words[0].lower_ == "by" and reduced_passive(verb)


# Verbs of beating that are also nouns of the result ("the defeat", "the rout") and, as verbs,
# always take an object.
_RESULT_NOUN_VERBS = frozenset({"defeat", "rout"})


@register("result-noun-by")
def result_noun_by(found: Objects, verb: Token) -> bool:
    """"Tom Reed faces a test after the Six Nations defeat by Wales": the parse read the noun
    "defeat" as a present-tense verb with "Six Nations" its subject; the graph takes no fact from
    its "by" phrase (the Open IE view keeps the words as they stand).

    Linguistic reason: "defeat" as a verb is transitive (one defeats someone); with no object and
    only a "by" phrase it is the noun of the result, whose "by" phrase names the winner and whose
    owner ("their defeat", "Scotland's defeat") is the loser. The misread subject is no side of
    it: "Six Nations DEFEAT Wales" would reverse the result. Graph-only.
    """
    return ("result-noun-by" not in disabled() and found.rule == "svo-prep" and verb.tag_ in ("VB", "VBP")
            and verb.lemma_.lower() in _RESULT_NOUN_VERBS and found.rel_toks[-1].lower_ == "by"
            and not any(c.dep_ == "aux" for c in children(verb)))


def reduced_passive(verb: Token) -> bool:
    """A past participle with no "have" before it: a passive, whatever the parse made of it."""
    return participle_form(verb) and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children(verb))


@register("dative-phrase")
def dative_phrase(tok: Token) -> bool:
    """"The mill was given to the town in 1950" → (The mill; was given to; the town; in 1950): a
    "to" (or "for") phrase the parse marks as the verb's dative is a prepositional object like any
    other when the verb has no direct object (a passive, or "lent to small firms").

    Linguistic reason: the dative phrase is the recipient the verb selects ("give to", "sell to",
    "lend to"); with the thing given not in the clause, it is the verb's nearest complement, and its
    preposition belongs to the relation as in "was sold to". With a direct object it stays an
    adjunct of the object's proposition ("sold its shares to X").
    """
    return "dative-phrase" not in disabled() and tok.dep_ == "dative" and tok.pos_ == "ADP"


# Verbs whose object is what they act on (the prize won, the side beaten, the thing bought), so a
# place after "in" or "at" is where they happened: "won in Dubai" did not win Dubai.
PATIENT_VERBS = frozenset({"win", "lose", "beat", "defeat", "buy", "sell", "sign", "score", "draw"})


def patient_verb_place(verb: Token, prep: Token, pobj: Token) -> bool:
    """A place after "in"/"at" on a verb whose object is what it acts on ("won in Dubai")."""
    return verb.lemma_ in PATIENT_VERBS and prep.lower_ in ("in", "at") and pobj.ent_type_ in ("GPE", "LOC", "FAC")


@register("place-adjunct")
def place_adjunct(found: Objects, verb: Token) -> bool:
    """"Anna Berg won in Bergen": the graph takes no fact from a place after "in"/"at" on a verb
    whose object is what it acts on (win, lose, beat, buy, sell, ...); the Open IE view keeps
    (Anna Berg; won in; Bergen).

    Linguistic reason: such a verb's object is the thing won, beaten or bought; with the object
    left unsaid, a place after "in" or "at" says where it happened, an adjunct. "WIN_IN Bergen"
    would make the place a thing the subject stands in a relation to. Graph-only.
    """
    return ("place-adjunct" not in disabled() and found.rule == "svo-prep" and found.objects[0] is not None
            and patient_verb_place(verb, found.rel_toks[-1], found.objects[0]))


# an adverb with its preposition ("finished ahead of") is a prepositional object too; registered after
# prepositional_object, so that `kg eval rules` describes svo-prep by its main reading
register("svo-prep")(adjective_prep)


@register("clausal")
@register("copula")
def clausal_object(f: Frame) -> Objects | None:
    """"stated that he left": a clause is the object (or, for "be", an adjective: a ``copula``).
    Linguistic reason: verbs of saying and thinking take a clause as their object; a clause before
    the verb is its object only when the verb reports it ("`` ... , '' says X"), otherwise it is a
    sentence of its own that the parse hangs here ("X rose ; Y were unchanged")."""
    last = f.last
    comp = next((c for c in children(last) if c.dep_ in ("ccomp", "acomp")
                 and (c.i > last.i or c.dep_ == "acomp" or last.lemma_ in REPORTING or answers(last))), None)
    if comp is None:
        return None
    return Objects("clausal" if comp.dep_ == "ccomp" else "copula", [comp], list(f.rel_toks))


@register("clausal")
def reported_aside(f: Frame) -> Objects | None:
    """"The bidder , two bankers said , could be Norwegian": what a parenthetical reporting verb
    says is the sentence around it (a ``clausal`` proposition). Linguistic reason: the aside
    reports its host clause."""
    last = f.last
    if last.dep_ == "parataxis" and last.lemma_ in REPORTING and last.head.pos_ in ("VERB", "AUX"):
        return Objects("clausal", [last.head], list(f.rel_toks))
    return None


def gerund_object(f: Frame) -> Objects | None:
    """"is interested in buying X": see :func:`kg.extract.complements.gerund_complement`."""
    found = gerund_complement(f.last)
    if found is None:
        return None
    return Objects("gerund-complement", list(found.objects), sorted({*f.rel_toks, *found.words}, key=lambda t: t.i),
                   {t.i for t in found.words}, adjuncts_of=found.gerund)


OBJECT_RULES: list[Callable[[Frame], Objects | None]] = [
    passive_agent, direct_object, copula_complement, adjective_prep, prepositional_object,
    gerund_object, clausal_object, reported_aside,
]


@register("intransitive")
def no_object(f: Frame) -> Objects:
    """"The farmers protested in Paris on Sunday": no rule found an object; the adjuncts are the
    arguments. Linguistic reason: an intransitive verb states something of its subject alone."""
    return Objects("intransitive", [None], list(f.rel_toks))


def find_objects(f: Frame) -> Objects:
    """The objects the first object rule finds, else none (``intransitive``)."""
    for rule in OBJECT_RULES:
        found = rule(f)
        if found is not None:
            if len(found.objects) > 1:
                found.objects = _first_clause_objects(f.last, found.objects)
            return found
    return no_object(f)


def _first_clause_objects(last: Token, objects: list[Token | None]) -> list[Token | None]:
    """The objects without the names that are the subject of a clause coordinated after this one
    (:func:`kg.extract.clauses.next_clause_subject`: "took on Lund and Dahl will face Reed")."""
    seconds = [c for c in children(last) if c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX") and c.i > last.i]
    if last.dep_ == "ccomp" and last.head.dep_ == "ROOT" and last.head.i > last.i:
        seconds.append(last.head)
    taken: set[int] = set()
    for second in seconds:
        found = next_clause_subject(second)
        if found is not None and found[0].i == last.i:
            taken |= {t.i for t in found[1]}
    return [o for o in objects if o is None or o.i not in taken] if taken else objects
