"""Propositions headed by a verb: its subjects, its relation phrase, its objects and adjuncts.

:func:`verb_propositions` reads a verb's clause once (:class:`Frame`), then asks the object rules in
turn which objects the verb has (:data:`OBJECT_RULES`; the first that finds any wins, else the verb
is ``intransitive``), and states one proposition per subject and object. Readings that restate a
proposition in another split of its words follow it (:mod:`kg.extract.readings`: a relative clause
kept, a light verb's noun in the relation, what a denying verb denies, the recipient of a double
object). Each rule is registered by the name its
propositions carry (:mod:`kg.extract.registry`), so an evaluation can switch it off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from kg.extract.antecedents import subject_antecedent
from kg.extract.arguments import object_argument, subject_argument
from kg.extract.base import Argument, Proposition, join_tokens
from kg.extract.clauses import (
    COMMITTING,
    FRAMING,
    NEGATION_WORDS,
    OBJECT_DEPS,
    RELATIVE_PRONOUNS,
    REPORTING,
    adjuncts_of,
    attribution_of,
    complement_subject,
    far_list_member,
    fronted_adjuncts,
    initial_score,
    is_infinitive_on_noun,
    is_negated,
    is_participle,
    is_purpose,
    lemma_with_particle,
    modal_of,
    prep_object,
    relation_tokens,
    shared_auxiliaries,
    shared_objects,
    subjects,
    verb_chain,
    which_thing,
    with_prep,
)
from kg.extract.complements import embedded_question, gerund_complement, speech_adjunct, time_phrase
from kg.extract.confidence import SUBJECT_DEPS
from kg.extract.nominal import argument, conjuncts, copula_form, example_object_readings
from kg.extract.readings import (
    implied_negation,
    is_benefactive,
    is_recipient,
    object_prep_reading,
    partitive_first,
    recipient_reading,
    relative_clause_reading,
)
from kg.extract.registry import disabled, register
from kg.extract.roles import capacity_verb

# how kg.extract.clauses finds a complement clause's subject the parse hung on the verb as its object
register("complement-subject")(complement_subject)

PRONOUNS_SKIPPED = frozenset({"there", "this", "that", "what", "which", "who", "whom"})


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


def _frame(v: Token, sent: Span) -> Frame | None:
    subs, how = subjects(v)
    if not subs:
        return None
    chain = verb_chain(v)
    last = chain[-1]
    rel_toks = relation_tokens(chain)
    purpose = how == "advcl" and is_purpose(v)
    if purpose:
        # "was opened to carry": the verb the purpose is of leads the relation
        top = v.head
        while top.dep_ == "xcomp" and top.head.pos_ in ("VERB", "AUX"):
            top = top.head  # "would have to wait until May to vote": the whole verb group
        rel_toks = sorted({*relation_tokens(verb_chain(top)), *rel_toks}, key=lambda t: t.i)
    shared = shared_auxiliaries(v)
    negated = any(is_negated(t) for t in chain) or any(t.dep_ == "neg" for t in shared)
    modality = next((m for m in (modal_of(t) for t in chain) if m), None) or next(
        (("will" if t.lower_ in ("'ll", "wo") else t.lower_) for t in shared if t.tag_ == "MD"), None)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
    passive_last = any(c.dep_ in ("nsubjpass", "auxpass") for c in last.children)
    # "a charter issued by the king", "boys playing chess": a participle on a noun states that the
    # noun is (was) so; the implied "is"/"was" joins the relation, and a past participle is passive.
    participle = how == "acl" and (is_participle(v) or is_infinitive_on_noun(v))
    if participle and v.tag_ == "VBN":
        passive = True
        passive_last = passive_last or last is v
    return Frame(v, sent, subs, how, chain, rel_toks, purpose, negated, modality, passive, passive_last,
                 participle)


# -- object rules: each finds the verb's objects one way, or None ---------------------------------

@register("passive")
def passive_agent(f: Frame) -> Objects | None:
    """"The bill was rejected by the upper house": the agent of a passive is its object, and the
    graph's subject (``agent_first``). Linguistic reason: a by-phrase on a passive names the doer."""
    if not f.passive:
        return None
    agent = next((c for c in f.last.children if c.dep_ == "agent"), None)
    pobj = agent and next((g for g in agent.children if g.dep_ == "pobj"), None)
    if agent is None or pobj is None:
        return None
    return Objects("passive", list(conjuncts(pobj)), sorted([*f.rel_toks, agent], key=lambda t: t.i),
                   {agent.i}, agent_first=True)


def _direct_objects(f: Frame) -> list[Token | None]:
    last = f.last
    # A "dative" that is a preposition ("sold its shares to X") is an adjunct, not an object; nor
    # is the subject of a complement clause the parse hung here ("accept X were not involved").
    hidden = {c.i for c in (complement_subject(g) for g in last.children if g.dep_ in ("ccomp", "conj")) if c is not None}
    objects = [o for c in last.children if c.dep_ in OBJECT_DEPS and c.pos_ != "ADP" and c.i not in hidden
               for o in conjuncts(c)]
    if last.dep_ == "relcl" and last.head.pos_ in ("NOUN", "PROPN"):
        # "the book that she wrote": the relative pronoun object stands for the noun
        objects = [o for c in objects for o in (conjuncts(last.head) if c.lower_ in RELATIVE_PRONOUNS else [c])]
    if not objects and last.pos_ == "VERB":
        objects = shared_objects(last)
    return list(objects)


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
    return Objects("copula", objects, list(f.rel_toks)) if objects else None


@register("adjective-prep")
def adjective_prep(f: Frame) -> Objects | None:
    """"is n't aware of any complaints", "finished ahead of its rivals": an adjective (else an adverb)
    with the preposition right after it joins the relation. Linguistic reason: the preposition is
    selected by the adjective ("aware of"), so its object is the object of the whole phrase."""
    last = f.last
    acomp = next((c for c in last.children if c.dep_ == "acomp" and c.i > last.i), None)
    word, kind = ((acomp, "adjective-prep") if acomp is not None and with_prep(acomp) else
                  (next((c for c in last.children if c.dep_ == "advmod" and c.i > last.i
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
    phrases = [p for p in (prep_object(c) for c in last.children if (c.dep_ == "prep" or dative_phrase(c))
                           and c.lower_ != "according" and c.i > last.i) if p is not None]
    if not phrases:
        return None
    found = next((p for p in phrases if not time_phrase(p[1])), phrases[0])
    words, pobj = found
    # "England won in Dubai": a place after "in"/"at" on a verb whose object is what it acts on is
    # where it happened, never the object; the predicate keeps the preposition (WIN_IN, not WIN)
    where = last.lemma_ in PATIENT_VERBS and words[-1].lower_ in ("in", "at") and pobj.ent_type_ in ("GPE", "LOC", "FAC")
    return Objects("svo-prep", list(conjuncts(pobj)), [*f.rel_toks, *words], {w.i for w in words},
                   copula_prep=" ".join(w.lower_ for w in words) if last.lemma_ == "be" else None,
                   phrase_lemma=f"{lemma_with_particle(last)} {words[-1].lower_}" if where else None)


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
    comp = next((c for c in last.children if c.dep_ in ("ccomp", "acomp")
                 and (c.i > last.i or c.dep_ == "acomp" or last.lemma_ in REPORTING)), None)
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


def _objects(f: Frame) -> Objects:
    for rule in OBJECT_RULES:
        found = rule(f)
        if found is not None:
            return found
    return no_object(f)


# -- the propositions -----------------------------------------------------------------------------

def _adjuncts(f: Frame, found: Objects) -> list[Argument]:
    last = f.last
    adjuncts = adjuncts_of(last, found.skip) + (adjuncts_of(f.verb, found.skip) if last is not f.verb else [])
    if found.adjuncts_of is not None:
        adjuncts += adjuncts_of(found.adjuncts_of, found.skip)
    if f.how == "conj":
        adjuncts = fronted_adjuncts(f.verb, f.subs) + adjuncts  # "In 1998 X bought A and sold B"
    if found.rule in ("svo", "passive", "svo-prep"):
        # "told analysts he is moving": the clause is what was told. A clause before the verb is
        # mostly a sentence of its own that the parse hangs on this one ("He held the post ; he was ...").
        # A punctuation mark is never a clause, though the parse may hang one there ("co - sign").
        adjuncts += [object_argument(c) for c in last.children if c.dep_ == "ccomp" and c.i not in found.skip
                     and c.i > last.i and not c.is_punct]
    if found.objects == [None] and not adjuncts:
        # "turned north of Bergen", "was set higher"
        adjuncts = [argument(c) for c in last.children if c.dep_ in ("advmod", "npadvmod")
                    and c.i > last.i and c.lower_ not in NEGATION_WORDS and c.tag_ != "WRB" and c not in found.rel_toks
                    and (list(c.children) or c.tag_ in ("RBR", "JJR", "RB"))]
        if not adjuncts:
            # "Several years later the old bridge was demolished": a time phrase before the verb
            adjuncts = [argument(c) for c in last.children if c.dep_ == "advmod" and c.i < last.i
                        and any(g.dep_ == "npadvmod" for g in c.children)]
    return adjuncts


def _lemma(f: Frame, found: Objects) -> tuple[str, str | None]:
    """The predicate and the modality the matrix verb adds ("is expected to land": expect)."""
    last, matrix = f.last, f.chain[0].lemma_
    lemma = found.phrase_lemma or (lemma_with_particle(last) if found.copula_prep is None
                                   else f"be {found.copula_prep}")
    if len(f.chain) > 1 and f.passive and last.pos_ == "VERB" and f.chain[0].tag_ == "VBN":
        # "TAV was chosen to build the airport": the subject of a passive matrix verb is the doer
        # of its infinitive, not of the matrix (someone else chose), so the infinitive types the
        # fact and the matrix is its modality, as "expected to" is (TAV BUILD airport, "choose")
        return lemma, f.modality or matrix
    if len(f.chain) > 1 and matrix not in FRAMING | COMMITTING:
        # "declined to meet X": what was declined is the meeting, so the predicate keeps both
        # verbs; the relation is typed by the first (kg.resolve.predicates: DECLINE)
        lemma = f"{matrix} to {lemma_with_particle(last)}" if last.pos_ == "VERB" else matrix
    modality = f.modality
    if modality is None and len(f.chain) > 1 and matrix in (FRAMING - {"be", "have", "say"}) | COMMITTING:
        modality = matrix
    return lemma, modality


# Participles that name a state with their preposition ("involved in", "based in"), not an act.
STATIVE_PARTICIPLES = frozenset({"involve", "base", "locate", "engage", "interest"})


@register("stative-passive")
def stative_passive(f: Frame, found: Objects) -> bool:
    """"Tom Reed was not involved in the fraud": a participle that states where its subject stands
    keeps the fact in the graph though no "by" names a doer (graph only).

    Linguistic reason: "involved in", "based in", "located in" are adjectival passives: they say
    what the subject is part of or where it is, and no one else is the doer the graph would miss.
    """
    return ("stative-passive" not in disabled() and found.rule == "svo-prep" and f.last.tag_ == "VBN"
            and f.last.lemma_ in STATIVE_PARTICIPLES)


# Participles that describe a noun, as prepositions do ("a film starring X", "a list including
# Y"), and never say what the subject of the clause they hang on did: the parse may make them an
# adverbial clause of that subject.
NOUN_PARTICIPLES = frozenset({"star", "feature", "include", "involve", "concern", "co-star"})


def _in_graph(f: Frame, subj: Token, found: Objects, adjuncts: list[Argument]) -> bool:
    if subj.lower_ in PRONOUNS_SKIPPED and subj.dep_ in SUBJECT_DEPS:
        return False  # "there", "which": no node to hang the fact on ("it" may refer back: kg.resolve.references)
    if f.passive_last and not found.agent_first and not stative_passive(f, found):
        return False  # a passive without "by": the graph would make the patient the doer
    if found.objects == [None] and adjuncts and adjuncts[0].head.dep_ == "advcl":
        return False  # "resigned after losing the vote": a clause of time or cause is no object
    if f.how == "advcl" and f.verb.tag_ == "VBG" and f.verb.lemma_ in NOUN_PARTICIPLES:
        # "Reed finished work on Night Train, starring Anna Berg": the film stars her, not Reed
        return False
    if far_list_member(f.verb, subj):
        return False  # "A, B and C, which starred X": the clause is C's (Open IE keeps every reading)
    if found.rule == "svo-prep" and f.last.lemma_ == "do":
        # "tipped to do well at the Baftas", "the coaching he has been doing in Spain": "do" with
        # no object is a stand-in verb whose act is named elsewhere (an adverb, a relative
        # clause's noun); the phrase after it says where or how, not what was done to whom
        return False
    if found.rule == "svo-prep" and speech_adjunct(f.last, found.rel_toks[-1]):
        return False  # "said Tom Reed, from Nordbank": where he works, not what he said
    if found.rule == "gerund-complement":
        return False  # "plans on selling X" is no sale: the Open IE view only
    if found.rule == "svo-prep" and found.rel_toks[-1].lower_ == "as" and capacity_verb(f.last):
        # "took over as chief executive": the "as" phrase of a verb of taking up or leaving a post
        # names the subject's capacity, not what the verb acts on (no one took over a chief
        # executive); the graph has the title as a role (kg.extract.capacities, subject-as)
        return False
    return not f.purpose  # a purpose is what was meant to happen, not what happened


def _no_object(obj: Token | None, found: Objects) -> bool:
    """"Sony has no plans to sell the robot": a direct object determined by "no" negates the verb
    (has no plans = does not have plans). Linguistic reason: "no" is the negative determiner; on
    the object of a verb it denies that the verb holds of anything of that kind."""
    return (obj is not None and found.rule == "svo" and obj.dep_ == "dobj"
            and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children))


def verb_propositions(v: Token, sent: Span) -> Iterator[Proposition]:
    """Propositions headed by verb ``v``: subject, relation phrase, object, adjuncts."""
    if v.dep_ in ("aux", "auxpass", "xcomp", "amod", "acomp"):
        return
    if embedded_question(v):
        return  # "has not decided whether it will sell the plant": no sale is stated
    f = _frame(v, sent)
    if f is None:
        return
    found = _objects(f)
    rel_toks = found.rel_toks
    if found.rule == "clausal" and found.objects[0] is not None:
        # "stated that he left": the complementiser joins the relation, the clause is the object
        clause = found.objects[0]
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"
                     and c.i == clause.left_edge.i), None)
        if mark is not None:
            rel_toks = [*rel_toks, mark]
            found.skip.add(mark.i)
    adjuncts = _adjuncts(f, found)
    attribution = attribution_of(v)
    lemma, modality = _lemma(f, found)
    thing = which_thing(v)
    # "succeeded in raising wages": the verb above states it ("succeeded in raising"; Open IE)
    above = gerund_complement(v.head.head) if v.dep_ == "pcomp" else None
    consumed = above is not None and above.gerund.i == v.i
    for subj_tok in f.subs:
        subj = subject_argument(subj_tok, v)
        antecedent = subject_antecedent(subj_tok, v)
        relation = join_tokens(rel_toks)
        if f.participle:
            relation = f"{copula_form(subj_tok, v)} {relation}"
        graph = _in_graph(f, subj_tok, found, adjuncts)
        for obj_tok in found.objects:
            # a clause of time or cause ("after the vote was lost") is an argument only of a
            # proposition without an object: with one, it is a proposition of its own
            adj = adjuncts if obj_tok is None else [a for a in adjuncts if a.head.dep_ != "advcl"]
            args = [subj] + ([object_argument(obj_tok, found.skip, aside=v)] if obj_tok is not None else []) + adj
            prop = Proposition(
                sentence=sent, relation=relation, lemma=lemma, args=args, rule=found.rule,
                negated=f.negated or _no_object(obj_tok, found), modality=modality, attribution=attribution,
                agent_first=found.agent_first, confidence=initial_score(found.rule, subj, args, f.how), graph=graph,
                open_ie=not consumed,
            )
            if thing is not None and graph:
                # "which" is no person: the graph takes the clause as the thing's; the Open IE view
                # keeps the parse's reading
                prop.graph = False
                yield replace(prop, args=[argument(thing), *args[1:]], open_ie=False, graph=True)
            if antecedent is not None and prop.open_ie:
                # "Reed taught until he moved": Open IE states Reed's move; the graph resolves "he"
                yield replace(prop, args=[argument(antecedent), *args[1:]], graph=False)
                prop.open_ie = False
            if obj_tok is not None and prop.graph and is_benefactive(obj_tok, f.last):
                prop.graph = False  # "won the NFCA best actress": the NFCA is no thing won nor a recipient
            elif obj_tok is not None and prop.graph and "recipient" not in disabled() and is_recipient(obj_tok, f.last):
                prop.graph = False  # "sold Fjord a stake": Fjord is to whom, not what, was sold
                yield from recipient_reading(prop)
            prep_readings = (list(object_prep_reading(prop, rel_toks, obj_tok, f.last)) if obj_tok is not None
                             and (found.rule, obj_tok.dep_) in (("svo", "dobj"), ("copula", "attr"))
                             and not f.passive_last else [])
            yield from partitive_first(prop, prep_readings, obj_tok)
            if obj_tok is None:
                continue
            if obj_tok.dep_ != "ccomp":
                yield from relative_clause_reading(prop, obj_tok, v)
            if (found.rule, obj_tok.dep_) in (("svo", "dobj"), ("svo-prep", "pobj"), ("passive", "pobj")):
                # "appeared in films including X": what holds of the kind holds of each example
                yield from example_object_readings(prop, obj_tok)
            yield from implied_negation(f, prop, rel_toks)
