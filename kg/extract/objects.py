"""What a verb's clause gives its propositions (:class:`Frame`), and the rules that find its objects.

:func:`frame` reads a verb's clause once: its subjects, the verbs it governs ("declined to meet"),
the words of its relation, its voice. The object rules (:data:`OBJECT_RULES`) are asked in turn
which objects the verb has; the first that finds any wins (:func:`find_objects`), else the verb is
``intransitive``. Each rule is registered by the name its propositions carry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kg.extract.arguments import prep_object, with_prep
from kg.extract.clauses import (
    OBJECT_DEPS,
    RELATIVE_PRONOUNS,
    REPORTING,
    complement_subject,
    is_infinitive_on_noun,
    is_negated,
    is_participle,
    is_purpose,
    lemma_with_particle,
    modal_of,
    relation_tokens,
    shared_auxiliaries,
    shared_objects,
    subjects,
    verb_chain,
)
from kg.extract.gerunds import gerund_complement
from kg.extract.nominal import conjuncts
from kg.extract.registry import register


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


def frame(v: Token, sent: Span) -> Frame | None:
    """What the clause of verb ``v`` gives every proposition the verb heads (None: no subject)."""
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
    found = next((p for p in (prep_object(c) for c in last.children if c.dep_ == "prep" and c.lower_ != "according"
                              and c.i > last.i) if p is not None), None)
    if found is None:
        return None
    words, pobj = found
    return Objects("svo-prep", list(conjuncts(pobj)), [*f.rel_toks, *words], {w.i for w in words},
                   copula_prep=" ".join(w.lower_ for w in words) if last.lemma_ == "be" else None)


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
    """"is interested in buying X": see :func:`kg.extract.gerunds.gerund_complement`."""
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
    """The objects of the first object rule that finds any, else none (``intransitive``)."""
    for rule in OBJECT_RULES:
        found = rule(f)
        if found is not None:
            return found
    return no_object(f)
