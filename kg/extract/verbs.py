"""Propositions headed by a verb: its subjects, its relation phrase, its objects and adjuncts.

:func:`verb_propositions` reads a verb's clause once (:class:`~kg.extract.objects.Frame`), then asks
the object rules of :mod:`kg.extract.objects` in turn which objects the verb has (the first that
finds any wins, else the verb is ``intransitive``), and states one proposition per subject and object. Readings that restate a
proposition in another split of its words follow it (:mod:`kg.extract.readings`: a relative clause
kept, a light verb's noun in the relation, what a denying verb denies, the recipient of a double
object). Each rule is registered by the name its
propositions carry (:mod:`kg.extract.registry`), so an evaluation can switch it off.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.absolutes import absolute_participle, fronted_participle, went_on, went_on_stated
from kg.extract.adjuncts import (
    adjuncts_of,
    attribution_of,
    denied_clause,
    for_to_clause,
    fronted_adjuncts,
    had_person,
    light_antecedent,
    manner_with,
    unasserted_report,
)
from kg.extract.agreement import bare_conjunct
from kg.extract.antecedents import subject_antecedent
from kg.extract.arguments import object_argument, subject_argument
from kg.extract.base import Argument, Proposition, join_tokens
from kg.extract.clauses import (
    COMMITTING,
    FRAMING,
    NEGATION_WORDS,
    PREP_CONTROL_ADJECTIVES,
    complement_subject,
    extraposed_taker,
    far_list_member,
    initial_score,
    is_infinitive_on_noun,
    is_negated,
    is_participle,
    is_purpose,
    later_list_member,
    lemma_with_particle,
    modal_of,
    modal_word,
    neither_nor,
    relation_tokens,
    shared_auxiliaries,
    subjects,
    taken_time,
    verb_chain,
    which_thing,
)
from kg.extract.complements import embedded_question, gerund_complement, speech_adjunct
from kg.extract.conditions import condition_clause, prevented_act, title_verb
from kg.extract.confidence import SUBJECT_DEPS
from kg.extract.contest_adjuncts import achievement_place, for_adjunct
from kg.extract.contests import contest_loss, contest_take_on, contest_win, result_infinitive
from kg.extract.coordination import coordinated_subject_readings, shared_head_readings
from kg.extract.describes import ranked_member
from kg.extract.fixtures import fixture_purpose
from kg.extract.formulas import thank_formula
from kg.extract.implied import example_object_readings
from kg.extract.intentions import intended_subject, purpose_on_object
from kg.extract.misparsed import (
    claimed_clause,
    event_time,
    group_possessive,
    headline_participle,
    name_as_modifier,
    naming_participle,
    noun_read_as_verb,
    participle_as_verb,
    quote_introducing_phrase,
    quoted_subject,
    set_off_naming,
    verb_as_argument,
)
from kg.extract.nominal import argument, conjuncts, copula_form, denied_such_subject, label_ids
from kg.extract.objects import Frame, Objects, find_objects, part_played, place_adjunct, result_noun_by
from kg.extract.patient_passives import patient_objects, patient_passive, patient_subject
from kg.extract.positions import misread_position_verb
from kg.extract.prizes import GIVING_TO
from kg.extract.prospects import approaching_act, be_to_prospect, prospect_phrase
from kg.extract.reading import children, graph_only, sentence_words
from kg.extract.readings import (
    counted_object,
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
from kg.extract.senses import ball_heading, fall_to_party, shot_firing, strike_agreement
from kg.extract.speech import reported_clause

# how kg.extract.clauses finds a complement clause's subject the parse hung on the verb as its object
register("complement-subject")(complement_subject)

PRONOUNS_SKIPPED = frozenset({"there", "this", "that", "what", "which", "who", "whom"})


# Adjectives that take an infinitive and say how likely, due, ready or willing its subject is to
# act, not that it acted: "is likely to buy", "is favourite to win", "is keen to sign".
MODAL_ADJECTIVES = frozenset({
    "likely", "unlikely", "due", "keen", "eager", "ready", "able", "unable", "willing", "unwilling",
    "reluctant", "poised", "certain", "sure", "bound", "determined", "anxious", "desperate",
    "prepared", "free", "hopeful", "favourite", "favorite", "unsure",
})
# Of those, the ones that deny the act: "was unable to attend" means did not attend.
DENYING_ADJECTIVES = frozenset({"unable"})


@register("modal-adjective")
def modal_adjective(chain: list[Token]) -> Token | None:
    """"Nordbank is likely to buy Vexa" → ACQUIRE with modality "likely"; "was unable to attend" → a
    negated ATTEND.

    Linguistic reason: "likely", "due", "keen", "able", "favourite" are predicative adjectives that
    take the infinitive as their complement (raising and control adjectives, as "expect" and "want"
    are verbs): the clause asserts a likelihood, a schedule, a wish or a capacity, not the act, so
    the act is the fact and the adjective its modality; "unable" denies the act as "fail" does.
    Adjectives of manner or order that state the act ("was quick to sign", "the first to finish")
    are not among them. Returns the adjective, or None.
    """
    if "modal-adjective" in disabled() or (len(chain) < 2 and chain[-1].dep_ != "xcomp"):
        return None
    last = chain[-1]
    if last.dep_ == "xcomp" and last.head.pos_ == "ADJ" and last.head.lemma_.lower() in MODAL_ADJECTIVES:
        return last.head  # the infinitive hangs on the adjective
    for tok in chain[:-1]:
        if tok.lemma_ == "be":
            found = next((c for c in tok.children if c.dep_ == "acomp" and (
                c.lemma_.lower() in MODAL_ADJECTIVES or (c.lower_ in PREP_CONTROL_ADJECTIVES and c in chain))), None)
            if found is not None:
                return found
    return None


# Subordinators of a reduced adverbial clause: "when taken off", "if approved", "once signed".
_REDUCING = frozenset({"when", "whenever", "if", "once", "unless", "until", "though", "although", "while", "as"})


@register("reduced-passive")
def reduced_passive(v: Token) -> bool:
    """"Reed was applauded when taken off against Nordvik": a past participle heading an
    adverbial clause with no auxiliary of its own is passive (the graph takes no doer from it).

    Linguistic reason: a reduced adverbial clause drops its subject and its "be" ("when [he was]
    taken off"); with a past participle what is left is a passive, whose understood subject is
    the patient. Read as active, the main clause's subject becomes the doer ("Reed took off
    Nordvik").
    """
    return ("reduced-passive" not in disabled() and v.tag_ == "VBN" and v.dep_ == "advcl"
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in _REDUCING and c.i < v.i for c in v.children)
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children))


_PASSIVE_IDS = label_ids(frozenset({"nsubjpass", "auxpass"}))


# Verbs whose passive keeps a second object ("was fined and handed a ban", "was given a stake").
_OBJECT_KEEPING_PASSIVES = GIVING_TO | {"offer", "deny", "grant", "send", "show", "tell", "promise", "lend", "fine",
                                        "ban", "refuse", "allow", "pay"}


@register("shared-passive")
def conjunct_passive(v: Token, shared: list[Token]) -> bool:
    """"The gala was held in Bergen and hosted by Tom Reed", "a gala held in Bergen and hosted by
    Tom Reed": a bare past participle coordinated with a passive verb is passive too, so its
    by-phrase is its doer ((Tom Reed; host; gala)) and its subject the patient it shares.

    Linguistic reason: coordination shares the auxiliaries ("was held and [was] hosted"), the
    passive "be" among them (:func:`~kg.extract.clauses.shared_auxiliaries`); a participle
    coordinated with a participle on a noun ("a gala held ... and hosted ...") is a reduced
    relative as that one is. Read as active, the conjunct had no object and gave nothing. Not a
    past form ("was built and became"), nor a participle with its own auxiliary or subject, nor
    after a perfect "have" ("has held talks and signed a deal": active), nor one with a direct
    object of its own ("was published on Monday and criticised Vexa": a passive's object is its
    subject; only a verb of giving keeps a second one, "was fined and handed a ban"). A participle on a noun
    between the two verbs leaves it open which one the conjunct is coordinated with.
    """
    if "shared-passive" in disabled() or v.tag_ != "VBN" or v.dep_ != "conj":
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj") for c in v.children):
        return False
    if v.lemma_.lower() not in _OBJECT_KEEPING_PASSIVES and any(c.dep_ == "dobj" for c in v.children):
        return False  # "was published on Monday and criticised Vexa": an object of its own, active
    head = v.head
    if any(t.dep_ == "acl" and t.tag_ == "VBN" and head.i < t.i < v.i for t in v.doc[head.i + 1:v.i]):
        return False  # "was given at a dinner held in Oslo and hosted by X": the parse may join the wrong verb
    if any(t.dep_ == "auxpass" for t in shared):
        return True
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    return (head.tag_ == "VBN" and head.dep_ == "acl" and is_participle(head)
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in head.children))


def _frame(v: Token, sent: Span) -> Frame | None:
    subs, how = subjects(v)
    if not subs:
        return None
    chain = verb_chain(v)
    if len(chain) > 1 and subs[0].lower_ == "it" and v.lemma_ == "take":
        taker = extraposed_taker(v)  # "It took Tom Reed two hours to beat Jon Dahl": Reed beat him
        if taker is not None:
            subs = conjuncts(taker)
    last = chain[-1]
    rel_toks = relation_tokens(chain)
    purpose = how == "advcl" and is_purpose(v)
    if purpose:
        # "was opened to carry": the verb the purpose is of leads the relation
        top = v.head
        while top.dep_ == "xcomp" and top.head.pos_ in ("VERB", "AUX"):
            top = top.head  # "will have to hold off until May to vote": the whole verb group
        rel_toks = sorted({*relation_tokens(verb_chain(top)), *rel_toks}, key=lambda t: t.i)
    shared = shared_auxiliaries(v)
    negated = any(is_negated(t) for t in chain) or any(t.dep_ == "neg" for t in shared)
    modality = next((m for m in (modal_of(t) for t in chain) if m), None) or next(
        (modal_word(t) for t in shared if t.tag_ == "MD"), None)
    modality = modality or prospect_phrase(chain)  # "on course to beat": expected, not done
    modality = modality or be_to_prospect(chain)  # "is to supply": arranged, not done
    modality = modality or (approaching_act(v) if how == "pcomp" else None)  # "closing in on signing"
    if modality is None and graph_only():
        modality = bare_conjunct(v)  # "must do X, attend Y": "attend" is no present of its own
    adjective = modal_adjective(chain)
    if adjective is not None:
        modality = modality or adjective.lemma_.lower()
        negated = negated or adjective.lemma_.lower() in DENYING_ADJECTIVES
    passive = not _PASSIVE_IDS.isdisjoint([c.dep for c in children(v)])  # (ids: Token.dep_ makes a string)
    passive_last = not _PASSIVE_IDS.isdisjoint([c.dep for c in children(last)])
    # "a charter issued by the king", "boys playing chess": a participle on a noun states that the
    # noun is (was) so; the implied "is"/"was" joins the relation, and a past participle is passive.
    participle = how == "acl" and (is_participle(v) or is_infinitive_on_noun(v))
    if ((participle or reduced_passive(v) or fronted_participle(v)) and v.tag_ == "VBN") or absolute_participle(v):
        passive = True
        passive_last = passive_last or last is v
    elif not passive and how == "conj" and last is v and conjunct_passive(v, shared):
        passive = passive_last = True
    return Frame(v, sent, subs, how, chain, rel_toks, purpose, negated, modality, passive, passive_last,
                 participle)


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
        adjuncts += [object_argument(c) for c in children(last) if c.dep_ == "ccomp" and c.i not in found.skip
                     and c.i > last.i and not c.is_punct]
    if found.objects == [None] and not adjuncts:
        # "turned north of Bergen", "was set higher"
        adjuncts = [argument(c) for c in children(last) if c.dep_ in ("advmod", "npadvmod")
                    and c.i > last.i and c.lower_ not in NEGATION_WORDS and c.tag_ != "WRB" and c not in found.rel_toks
                    and (list(children(c)) or c.tag_ in ("RBR", "JJR", "RB"))]
        if not adjuncts:
            # "Several years later the old bridge was demolished": a time phrase before the verb
            adjuncts = [argument(c) for c in children(last) if c.dep_ == "advmod" and c.i < last.i
                        and any(g.dep_ == "npadvmod" for g in children(c))]
    return adjuncts


def _matrix_modality(f: Frame) -> bool:
    """The verb (or adjective) above the last of a chain is the modality of the last's act, as
    :func:`_lemma` takes it ("was chosen to build", "is expected to land", "is likely to move")."""
    matrix = f.chain[0]
    return ((f.passive and matrix.tag_ == "VBN") or matrix.lemma_ in (FRAMING - {"be", "have", "say"}) | COMMITTING
            or modal_adjective(f.chain) is not None)


def _timed_chain(f: Frame) -> Frame:
    """The frame without "take" when "take" only times a chain of its own ("took two weeks to
    refuse to pay X", "it took Tom Reed an hour to try to beat Jon Dahl"): the verb after the time
    is then the chain's head, which types the fact and gives its modality or negation as it does
    with no "take" before it (``take-time``, ``it-took-time``); else ``f`` itself."""
    if len(f.chain) < 3:
        return f
    take = f.chain[0]
    if not taken_time(take, [c for c in children(take) if c.dep_ == "dobj"]):
        return f
    return replace(f, chain=f.chain[1:])


def _lemma(f: Frame, found: Objects) -> tuple[str, str | None]:
    """The predicate and the modality the matrix verb adds ("is expected to land": expect)."""
    f = _timed_chain(f)  # ("took two weeks to refuse to pay": refuse to pay, DECLINE)
    last, matrix = f.last, f.chain[0].lemma_
    lemma = found.phrase_lemma or (lemma_with_particle(last) if found.copula_prep is None
                                   else f"be {found.copula_prep}")
    if have_got(f.chain[0]):
        matrix = "have"  # "has got to sell" is "has to sell"; "have got a boat" is "have a boat"
        if len(f.chain) == 1 and not found.phrase_lemma:
            lemma = "have"
    if len(f.chain) > 1 and f.passive and last.pos_ == "VERB" and f.chain[0].tag_ == "VBN":
        # "TAV was chosen to build the airport": the subject of a passive matrix verb is the doer
        # of its infinitive, not of the matrix (someone else chose), so the infinitive types the
        # fact and the matrix is its modality, as "expected to" is (TAV BUILD airport, "choose")
        return lemma, f.modality or matrix
    keeping = keep_doing(f)
    timed = len(f.chain) > 1 and taken_time(f.chain[0], [c for c in children(f.chain[0]) if c.dep_ == "dobj"])
    if len(f.chain) > 1 and matrix not in FRAMING | COMMITTING and not keeping and not timed:
        # "declined to meet X": what was declined is the meeting, so the predicate keeps both
        # verbs; the relation is typed by the first (kg.resolve.predicates: DECLINE). The matrix
        # keeps its particle: "did not rule out raising rates" is ruling out (RULE_OUT), not ruling
        head = lemma_with_particle(f.chain[0])
        lemma = f"{head} to {lemma_with_particle(last)}" if last.pos_ == "VERB" else head
    modality = f.modality
    if (modality is None and len(f.chain) > 1 and (matrix in (FRAMING - {"be", "have", "say"}) | COMMITTING or keeping)
            and not went_on(f.chain[0])):
        modality = matrix  # ("went on to win": what happened next, no modality)
    elif modality == "would" and len(f.chain) > 1 and matrix in WISHING and would_wish(f):
        modality = f"would {matrix}"  # "would love to work with": a wish, not a conditional act
    if matrix == "have" and len(f.chain) > 1 and not not_yet(f) and pending_obligation(f.chain[0]):
        modality = f"{modality} have to" if modality else "have to"  # "will have to choose": a need
    return lemma, modality


@register("pending-obligation")
def pending_obligation(have: Token) -> bool:
    """"Tom Reed has to choose Jon Dahl or Ole Lie", "Nordbank will have to repay Vexa": the act of
    "have to" in the present or the future is a need, and "have to" is the fact's modality
    (``CHOOSE {modality: "have to"}``, "will have to"); "had to" is left as it was.

    Linguistic reason: "have (got) to V" says its subject is obliged to do V, not that V is done:
    "has to choose" and "will have to repay" speak of an act still to come, which may not happen,
    as "plans to" or "is to" do. In the past "had to V" reports a compelled act that did happen
    ("had to pull out of the match": she pulled out), so the past is left unmarked. Not "having
    to", whose tense is its clause's, nor "has yet to", which is ``not-yet``'s (not done so far).
    """
    if "pending-obligation" in disabled():
        return False
    if have.lemma_ == "get":
        return have_got(have)  # "has got to sign": "has to sign" (``have_got``: the present only)
    if have.tag_ not in ("VBZ", "VBP", "VB"):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in ("did", "had", "'d") for c in children(have))


@register("keep-doing")
def keep_doing(f: Frame) -> bool:
    """"Vexa will keep supplying engines to Nordbank", "Nordbank kept on selling bonds": the act of
    the gerund (``Vexa SUPPLY engines``), with "keep" as its modality as "continue" is, not a
    keeping of engines (``KEEP``, "keep to supply").

    Linguistic reason: "keep (on) V-ing" is aspectual: it says the act goes on, as "continue
    V-ing" and "continue to V" do (kg's framing verbs), so the act is the fact and its object the
    act's. Only the gerund straight after "keep" (or its "on"): in "kept the plant running" or
    "kept him waiting" the object of "keep" is the one who does the gerund's act.
    """
    if len(f.chain) < 2 or f.chain[0].lemma_ != "keep" or "keep-doing" in disabled():
        return False
    keep, act = f.chain[0], f.chain[1]
    between = f.sent.doc[keep.i + 1:act.i]
    return act.tag_ == "VBG" and all(t.lower_ == "on" for t in between)


# Verbs of liking that with "would" state a wish: "would like to", "would love to", "would prefer to".
WISHING = frozenset({"like", "love", "prefer"})


@register("would-wish")
def would_wish(f: Frame) -> bool:
    """"Anna Berg would love to work with Tom Reed", "Nordbank would like to buy Vexa": the act
    the infinitive names, with the wish as its modality ("would love"), not "would" alone.

    Linguistic reason: "would like/love/prefer to V" is the conventional way English states a
    present wish (as "want to" and "hope to" do, which kg keeps as their modality): "would" there
    is no conditional of the act, it softens the liking of it, so the modality is the two words
    together. Kept as "would" alone, the fact reads as a hypothetical act ("would work with") and
    the wish is lost. Only with "would" on the liking verb itself; "likes to V" (a habit) is not
    touched.
    """
    if "would-wish" in disabled():
        return False
    return any(c.dep_ == "aux" and c.lemma_.lower() in ("would", "'d") for c in children(f.chain[0]))


@register("not-yet")
def not_yet(f: Frame) -> bool:
    """"Nordbank has yet to sell the yard", "Tom Reed is yet to sign": the infinitive's act has not
    happened (``Nordbank SELL yard``, negated, modality "yet"), where "has to sell" reads as the act.

    Linguistic reason: "have yet to" and "be yet to" say that the act is still to come: they deny
    it up to now (as "has not yet sold") and expect it, so the plain fact would state the opposite.
    """
    if len(f.chain) < 2 or f.chain[0].lemma_ not in ("have", "be") or "not-yet" in disabled():
        return False
    matrix, comp = f.chain[0], f.chain[1]
    return any(c.dep_ == "advmod" and c.lower_ == "yet" and matrix.i < c.i < comp.i for c in children(matrix))


@register("have-got")
def have_got(verb: Token) -> bool:
    """'"I have got a new boat," said Tom Reed', "Nordbank has got to sell the yard": "have got"
    in the present is "have" (``Reed HAVE boat``; ``Nordbank SELL yard`` as "has to sell" gives),
    not "get" (``GET to sell``).

    Linguistic reason: the present perfect of "get" names the state it results in, so British
    English uses "have got" for possession and "have got to" for obligation, as "have" and "have
    to"; the "got" is no act of getting the sentence reports.
    """
    if verb.lemma_ != "get" or verb.tag_ != "VBN" or "have-got" in disabled():
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in children(verb))


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


@register("lost-to")
def lost_to(f: Frame, found: Objects) -> bool:
    """"Nordvik lost 3-1 to Bergen City" → (Bergen City; beat; Nordvik) in the graph.

    Linguistic reason: "lose to X" with no object but a score names a contest from the loser's
    side; it is the converse of "X beat (defeated) the loser", as a passive with "by" is of its
    active. The graph states it once, the winner first (``agent_first``), so that "who beat whom"
    is one relation. "Lost market share to rivals" has an object and stays a loss.
    """
    if "lost-to" in disabled() or found.rule != "svo-prep" or f.last.lemma_ != "lose":
        return False
    if found.rel_toks[-1].lower_ != "to":
        return False
    return not any(c.dep_ == "dobj" and not (c.like_num or c.ent_type_ == "CARDINAL" or "-" in c.text)
                   for c in f.last.children)


# Participles that describe a noun, as prepositions do ("a film starring X", "a list including
# Y"), and never say what the subject of the clause they hang on did: the parse may make them an
# adverbial clause of that subject.
NOUN_PARTICIPLES = frozenset({"star", "feature", "include", "involve", "concern", "co-star"})


def _in_graph(f: Frame, subj: Token, found: Objects, adjuncts: list[Argument], patient: bool = False) -> bool:
    """The graph takes this subject's propositions (``patient``: typed by the passive itself, as
    rule ``patient-passive`` types them, so that the patient is no doer)."""
    if subj.lower_ in PRONOUNS_SKIPPED and subj.dep_ in SUBJECT_DEPS:
        return False  # "there", "which": no node to hang the fact on ("it" may refer back: kg.resolve.references)
    if f.passive_last and not found.agent_first and not stative_passive(f, found) and not patient:
        return False  # a passive without "by": the graph would make the patient the doer
    if found.objects == [None] and adjuncts and adjuncts[0].head.dep_ == "advcl":
        return False  # "resigned after losing the vote": a clause of time or cause is no object
    if f.how == "advcl" and f.verb.tag_ == "VBG" and f.verb.lemma_ in NOUN_PARTICIPLES:
        # "Reed finished work on Night Train, starring Anna Berg": the film stars her, not Reed
        return False
    if f.how in ("acl", "relcl") and intended_subject(f.verb):
        return False  # "plans to buy Vexa": the plan is no buyer; its holder is (kg.extract.intentions)
    if f.how in ("acl", "relcl") and purpose_on_object(f.verb):
        return False  # "took a stake to please Vexa": the purpose of the taker, not the stake's act
    if denied_such_subject(subj):
        return False  # "No such firms as Nordbank exist": the kind is denied, Nordbank is its standard
    if far_list_member(f.verb, subj):
        return False  # "A, B and C, which starred X": the clause is C's (Open IE keeps every reading)
    if later_list_member(f.verb, subj):
        return False  # "A, starring X, and B": the clause is A's
    if headline_participle(f.chain[0]):
        return False  # "Tom Reed picked for Nordvik": a headline's passive, its "is" left out
    if participle_as_verb(f.verb):
        return False  # "the Zephyr 2, codenamed Aurora": the participle describes the noun before it
    if naming_participle(f.verb):
        return False  # "a Maori named Jon Dahl": the participle introducing a name, not an appointment
    if set_off_naming(f.verb):
        return False  # "Nordbank, dubbed the Iron Bank, lost money": named by someone else
    if noun_read_as_verb(f.verb):
        return False  # "her debut hit Winter Rain": the head noun of the phrase, read as a verb
    if verb_as_argument(f.verb):
        return False  # "Film stars Tom Reed and Jon Dahl are in the audience": a noun, by its place
    if found.rule == "svo-prep" and f.last.lemma_ == "do":
        # "tipped to do well at the Baftas", "the coaching he has been doing in Spain": "do" with
        # no object is a stand-in verb whose act is named elsewhere (an adverb, a relative
        # clause's noun); the phrase after it says where or how, not what was done to whom
        return False
    if found.rule == "svo-prep" and speech_adjunct(f.last, found.rel_toks[-1]):
        return False  # "said Tom Reed, from Nordbank": where he works, not what he said
    if found.rule == "gerund-complement" and not patient:
        return False  # "plans on selling X" is no sale: the Open IE view only ("accused of selling X" keeps it)
    if place_adjunct(found, f.last):
        return False  # "won in Dubai": where the winning was, not a thing won (Open IE keeps it)
    if result_noun_by(found, f.last):
        return False  # "after the Six Nations defeat by Wales": the noun of the result, read as a verb
    if part_played(found):
        return False  # "to win for her performance as X": X is the part played, not a thing won
    if for_adjunct(found, f.last):
        return False  # "won for her performance", "resigned for personal reasons": a reason, not a theme
    if found.rule == "svo-prep" and found.objects[0] is not None and event_time(found.rel_toks[-1], found.objects[0]):
        return False  # "retired after the Nordic Games": when, not a thing acted on
    if found.objects and thank_formula(f.last, found.objects[0]):
        return False  # "I just thank God that no-one was hurt": a formula of relief (kg.extract.formulas)
    if ball_heading(f.last):
        return False  # "headed Nordvik in front": the football sense, not HEAD (kg.extract.senses)
    if shot_firing(f.last):
        return False  # "fired Bergen into the last 16": shooting, not DISMISS (kg.extract.senses)
    if strike_agreement(f.last):
        return False  # "struck a deal with Vexa": making an agreement, not ATTACK (kg.extract.senses)
    if (found.rule == "svo-prep" and found.objects[0] is not None
            and fall_to_party(f.last, found.rel_toks[-1], found.objects[0], subj) and not contest_loss(f, found)):
        return False  # "Jon Dahl falls to Tom Reed": beaten by him, not a movement
    if achievement_place(found, f.last):
        return False  # "succeeded in Bergen": where it was achieved, not a thing achieved
    if found.rule == "svo-prep" and found.rel_toks[-1].lower_ == "as" and capacity_verb(f.last):
        # "took over as chief executive": the "as" phrase of a verb of taking up or leaving a post
        # names the subject's capacity, not what the verb acts on (no one took over a chief
        # executive); the graph has the title as a role (kg.extract.capacities, subject-as)
        return False
    if f.purpose and went_on(f.verb.head):
        # "went on to win": what happened next; not from "it" or "they", whose antecedent the
        # graph may take from the wrong sentence (as patient-passive does not); nor where "go"
        # itself is not stated ("could go on to win", "did not go on to win")
        return went_on_stated(f.verb.head) and patient_subject(subj, list(f.subs))
    if f.purpose and result_infinitive(f, found):
        return True  # "rallied to beat Jon Dahl 6-3": the outcome of a match, not an aim (kg.extract.contests)
    if f.purpose and fixture_purpose(f, found):
        return True  # "will travel to Bergen to face Molde": the fixture, not an aim (kg.extract.fixtures)
    return not f.purpose  # a purpose is what was meant to happen, not what happened


def _no_object(obj: Token | None, found: Objects) -> bool:
    """"Vexa has no plans to sell the robot": a direct object determined by "no" negates the verb
    (has no plans = does not have plans). Linguistic reason: "no" is the negative determiner; on
    the object of a verb it denies that the verb holds of anything of that kind."""
    return (obj is not None and found.rule == "svo" and obj.dep_ == "dobj"
            and any(c.dep_ == "det" and c.lower_ == "no" for c in children(obj)))


def verb_propositions(v: Token, sent: Span) -> Iterator[Proposition]:
    """Propositions headed by verb ``v``: subject, relation phrase, object, adjuncts."""
    if v.dep_ in ("aux", "auxpass", "xcomp", "amod", "acomp"):
        return
    if embedded_question(v):
        return  # "has not decided whether it will sell the plant": no sale is stated
    f = _frame(v, sent)
    if f is None:
        return
    found = find_objects(f)

    def joined(props: Iterable[Proposition]) -> Iterable[Proposition]:
        # the joined subject is a reading of the Open IE view's
        return props if graph_only() else coordinated_subject_readings(props, f.subs, v)

    yield from shared_head_readings(joined(_frame_propositions(f, found)), v)
    told = reported_clause(f, found)
    if told is not None:  # "told the Post: '...'": what was said, besides to whom (the graph's only)
        yield from joined(replace(p, open_ie=False) for p in _frame_propositions(f, told))


def _frame_propositions(f: Frame, found: Objects) -> Iterator[Proposition]:
    """The propositions of a verb's clause, one per subject and object, with their readings."""
    v, sent = f.verb, f.sent
    rel_toks = found.rel_toks
    if found.rule == "clausal" and found.objects[0] is not None:
        # "stated that he left": the complementiser joins the relation, the clause is the object
        clause = found.objects[0]
        mark = next((c for c in children(clause) if c.dep_ == "mark" and c.lower_ == "that"
                     and c.i == clause.left_edge.i), None)
        if mark is not None:
            rel_toks = [*rel_toks, mark]
            found.skip.add(mark.i)
    adjuncts = _adjuncts(f, found)
    # which subjects the graph takes (the guards read the frame only, so once per subject)
    in_graph = [_in_graph(f, subj_tok, found, adjuncts) for subj_tok in f.subs]
    # The graph takes none of the Open IE view's own readings (kg.extract.reading.graph_only): the
    # pronoun's antecedent in the sentence, the object with its clause, the light verb's split.
    open_ie_readings = not graph_only()
    # "Tom Reed was ruled out of the match": the patient's fact, typed by the passive (graph only);
    # below a verb of its own only when that verb is its modality ("is expected to be released")
    patient = patient_passive(f, found)
    if patient is not None and len(f.chain) > 1 and not _matrix_modality(f):
        patient = None  # "did not mind being recognised for": the act is the minding
    if not open_ie_readings and patient is None and not any(in_graph):
        return  # no subject's proposition is the graph's, and the Open IE view is not made
    attribution = attribution_of(v)
    denied = attribution is not None and denied_clause(v)  # "denied that S": S, negated
    # "did not deny that S", "I doubt S": S is nobody's claim; "for Nordbank to sell": no event
    unasserted = unasserted_report(v) or for_to_clause(v)
    # "if Nordbank fails to sell", "prevent Vexa releasing the album": supposed or kept from
    # happening, no event (kg.extract.conditions)
    unasserted = unasserted or condition_clause(v) or prevented_act(v) or title_verb(v)
    unasserted = unasserted or misread_position_verb(v)  # "France defender Tom Berg": no verb (graph only)
    # 'continued in the Halden Times: "..."': a verb of saying there, its phrase the paper
    unasserted = unasserted or (":" in sentence_words(sent) and quote_introducing_phrase(v))
    lemma, modality = _lemma(f, found)
    pending = not_yet(f)  # "has yet to sell the yard": not sold (so far)
    if pending:
        modality = modality or "yet"
    if claimed_clause(f.verb):
        # "allegations he misled investors", "reports it will buy": claimed, not stated (the claim
        # covers the clause's own "will" or "may")
        modality = f.verb.head.lemma_.lower()
    # "fell 6-3 to Jon Dahl", "eliminated Jon Dahl in the final": a contest's result (kg.extract.contests)
    converse = lost_to(f, found) or contest_loss(f, found)
    if converse or contest_win(f, found):
        lemma = "beat"
    elif contest_take_on(f, found):
        lemma = "play"  # "takes on Jon Dahl in the final": the two sides meet in the contest
    thing = which_thing(v)
    # "succeeded in raising wages": the verb above states it ("succeeded in raising"; Open IE)
    above = gerund_complement(v.head.head) if v.dep_ == "pcomp" else None
    consumed = above is not None and above.gerund.i == v.i
    # "has neither confirmed nor denied", "Neither Nordbank nor Vexa": each member denied (graph only)
    nor = graph_only() and "nor" in sentence_words(sent)
    nor_verb = nor and neither_nor(v)
    for subj_tok, graph in zip(f.subs, in_graph, strict=True):
        # (not in a clause nobody asserts: "doubts that Tom Reed was ruled out of", as the active)
        as_patient = (patient is not None and not graph and not unasserted and patient_subject(subj_tok, f.subs)
                      and _in_graph(f, subj_tok, found, adjuncts, patient=True))
        if not graph and not as_patient and not open_ie_readings:
            continue  # every proposition of this subject would be the Open IE view's alone
        subj = subject_argument(subj_tok, v)
        antecedent = subject_antecedent(subj_tok, v) if open_ie_readings else None
        relation = join_tokens(rel_toks)
        if f.participle:
            relation = f"{copula_form(subj_tok, v)} {relation}"
        for obj_tok in found.objects:
            # a clause of time or cause ("after the vote was lost") is an argument only of a
            # proposition without an object: with one, it is a proposition of its own
            adj = adjuncts if obj_tok is None else [a for a in adjuncts if a.head.dep_ != "advcl"]
            args = [subj] + ([object_argument(obj_tok, found.skip, aside=v)] if obj_tok is not None else []) + adj
            # "a Nordvik shot", "Reed and Dahl's hopes", 'added: "Dahl will ...': the name the parse
            # made the object belongs to another word (kg.extract.misparsed)
            # "became the first Norwegian to win": one member of a nation, not the nation (kg.extract.describes)
            misplaced = obj_tok is not None and graph and (
                name_as_modifier(obj_tok) or group_possessive(obj_tok) or quoted_subject(f.last, obj_tok)
                or ranked_member(obj_tok))
            prop = Proposition(
                sentence=sent, relation=relation, lemma=lemma, args=args, rule=found.rule,
                negated=(f.negated or _no_object(obj_tok, found) or pending or (nor and (
                    nor_verb or neither_nor(subj_tok) or (obj_tok is not None and neither_nor(obj_tok))))) != denied,
                modality=modality, attribution=attribution,
                agent_first=found.agent_first or converse, confidence=initial_score(found.rule, subj, args, f.how),
                graph=graph and not misplaced and not unasserted,
                open_ie=not consumed,
            )
            if as_patient and patient is not None and obj_tok is not None and not (
                    name_as_modifier(obj_tok) or group_possessive(obj_tok) or quoted_subject(f.last, obj_tok)):
                subject = [argument(thing)] if thing is not None else args[:1]
                predicate, objs = patient_objects(patient, obj_tok)
                for obj in objs:
                    what = args[1] if obj is obj_tok else object_argument(obj, found.skip)
                    yield replace(prop, lemma=predicate, rule="patient-passive", args=[*subject, what, *args[2:]],
                                  graph=True, open_ie=False)
            if thing is not None and prop.graph:
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
            if obj_tok is not None and prop.graph and manner_with(obj_tok):
                prop.graph = False  # "went there with no expectations": how, not with whom
            if obj_tok is not None and prop.graph and light_antecedent(v, obj_tok):
                prop.graph = False  # "the thing I have most loved": "thing" is no participant
            if obj_tok is not None and prop.graph and had_person(f.last, obj_tok):
                prop.graph = False  # "had me on the run": a small clause, no possession
            if obj_tok is not None and prop.graph and (counted := counted_object(obj_tok)) is not None:
                prop.graph = False  # "sold a lot of bonds": the graph's object is the bonds
                yield replace(prop, args=[args[0], argument(counted), *args[2:]], open_ie=False, graph=True)
            prep_readings = (list(object_prep_reading(prop, rel_toks, obj_tok, f.last)) if open_ie_readings
                             and obj_tok is not None and (found.rule, obj_tok.dep_) in (("svo", "dobj"), ("copula", "attr"))
                             and not f.passive_last else [])
            yield from partitive_first(prop, prep_readings, obj_tok)
            if obj_tok is None:
                continue
            if obj_tok.dep_ != "ccomp" and open_ie_readings:
                yield from relative_clause_reading(prop, obj_tok, v)
            if (found.rule, obj_tok.dep_) in (("svo", "dobj"), ("svo-prep", "pobj"), ("passive", "pobj")):
                # "appeared in films including X": what holds of the kind holds of each example
                yield from example_object_readings(prop, obj_tok)
            yield from implied_negation(_timed_chain(f), prop, rel_toks)
