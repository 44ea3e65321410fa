"""A passive with no "by": the patient's own fact, typed by the passive itself ("be ruled out of").

The graph takes no fact from a passive without a doer as the active verb
(:func:`kg.extract.verbs._in_graph`): typed as the active verb, the patient would be its doer
("Tom Reed was ruled out of the match" is no RULE from Reed). Yet the clause states something of
its subject, and a reader asks the graph for it ("what was Tom Reed ruled out of?"). Rule
``patient-passive`` gives that fact from the patient's side, with the copula and the participle
in the relation: ``(Tom Reed)-[BE_RULED_OUT_OF]->(Bergen match)``, predicate "be ruled out of"
(the participle as written, as "be unhappy with" keeps its adjective). Negation, modality and
attribution are the clause's, as the active rules give them ("is expected to be released in
Japan": modality "expect"). Graph-only: the Open IE view keeps (Tom Reed; has been ruled out of;
the Bergen match) as before.

Not read here: a passive a rule of its own reads ("born in", "nominated for", "awarded to",
:mod:`kg.extract.passives`, :mod:`kg.extract.prizes`), the stative passives the graph already
keeps as the verb ("involved in": ``stative-passive``), and passives with no prepositional object
("Jon Dahl was injured"): a graph fact links two nodes, and the clause names only one (the Open
IE view keeps it).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.absolutes import absolute_participle, second_absolute_before
from kg.extract.clauses import UNASSERTED_MARKS
from kg.extract.complements import TIME_NOUNS
from kg.extract.nominal import conjuncts
from kg.extract.objects import Frame, Objects
from kg.extract.passives import NOMINATING
from kg.extract.prizes import GIVING_TO
from kg.extract.reading import children
from kg.extract.registry import disabled, register

# Passives that name their subject ("known as", "called", "dubbed"): an alias, not a relation
# (the graph reads names where a rule maps them: kg.extract.kinds, named-as).
NAMING = frozenset({"know", "call", "name", "dub", "nickname", "codename", "title", "term", "rename", "style",
                    "christen", "bill", "brand"})
# Passives that schedule or predict the subject's own act ("set for a move", "expected in May",
# "scheduled for Monday"): the act is the fact and the verb its modality, as "is expected to
# land" is (kg.extract.verbs); with a noun instead of the act there is no fact to type.
SCHEDULING = frozenset({"set", "expect", "schedule", "slate", "poise", "suppose", "due", "plan", "tip", "fancy"})
# Prepositions that place the act in time ("sidelined since the European Cup", "injured during
# the match"): when it happened, not what the patient stands in a relation to.
TIME_PREPOSITIONS = frozenset({"since", "until", "till", "during", "after", "before", "following", "pending"})
# Pronouns whose antecedent is as often a thing of the sentence before as a name: the graph
# would give the patient's fact to the wrong node ("it was shown on TV": the programme, not its buyer).
_VAGUE_PRONOUNS = frozenset({"it", "they", "them", "this", "these", "those"})
# Verbs whose passive another rule reads (with the preposition it reads them with, or any).
_READ_ELSEWHERE = {"bear": None, **{lemma: None for lemma in NOMINATING}, **{lemma: "to" for lemma in GIVING_TO}}
# Nouns that head a phrase of circumstance, not a second participant: when ("in the past", "at
# this point"), in whose interest or against whose will ("in favour of", "against the wishes of"),
# in what manner ("in the best traditions of", "in the wake of").
CIRCUMSTANCE_NOUNS = TIME_NOUNS | frozenset({
    "past", "future", "time", "moment", "point", "stage", "favour", "favor", "wish", "tradition", "spite",
    "wake", "light", "face", "absence", "event", "case", "way", "name", "behalf", "hope", "course", "midst",
})
# Words of the verb group between the participle and its object that the relation keeps.
_RELATION_DEPS = frozenset({"prt", "prep", "agent", "pcomp"})


def _participle(f: Frame) -> Token | None:
    """The participle of a passive with a passive auxiliary and no doer ("has been ruled out"), in
    a clause that states it: not a condition ("if he is cleared"), nor an infinitive no verb above
    makes a modality ("for Bergen to be allowed into", "the favourite to be heaped with")."""
    last = f.last
    auxiliaries = [c for c in children(last) if c.dep_ == "auxpass"]
    if any(a.lower_ in ("'s", "’s") for a in auxiliaries):
        return None  # "she's gone back": has, not is
    if not (last.tag_ == "VBN" and auxiliaries) and not absolute_participle(last):
        return None  # (a passive with its "be" left out after "with": "with Tom Reed ruled out of")
    head = f.chain[0]
    if any(c.dep_ == "mark" and c.lower_ in UNASSERTED_MARKS for c in children(head)):  # ("if Reed is cleared")
        return None
    if len(f.chain) == 1 and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children(head)):
        return None
    if head.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")
                                    for c in children(head)):
        return None  # "the song for the band, which was used in": the parse often hangs it on the wrong noun
    if f.how == "conj" and not _shares_named_subject(head):
        return None  # "which has sold millions and been translated into": the subject is "which", not a name
    if any(c.dep_ == "agent" for c in children(last)):
        return None  # "was beaten by Bergen": the doer's fact (rule passive)
    return last


@register("patient-passive")
def patient_passive(f: Frame, found: Objects) -> str | None:
    """"Tom Reed has been ruled out of the Bergen match" → (Tom Reed; be ruled out of; Bergen
    match), a fact of the graph's (graph only; its predicate, or None).

    Linguistic reason: a passive with no "by" leaves the doer unsaid but states, of its subject
    (the patient), a relation to what its prepositional object names: ruled out of a match,
    accused of fraud, released in Japan, sentenced to four years. Typed as the active verb the
    patient would be the doer, so the graph states it as the passive says it, "be" and the
    participle with its particle and preposition ("be ruled out of", "be accused of overseeing"),
    the way "be unhappy with" is typed by its adjective. Not for passives that name the subject
    ("known as", "called"), that schedule its act ("set for", "expected in"), or that other rules
    read; the graph keeps only those whose subject is a named entity (kg.resolve.facts).
    """
    if "patient-passive" in disabled() or not f.passive_last or found.agent_first:
        return None
    if found.rule not in ("svo-prep", "gerund-complement") or found.objects[0] is None:
        return None
    verb = _participle(f)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    prep = next((t for t in found.rel_toks if t.i > verb.i and t.dep_ == "prep"), None)
    if lemma in NAMING or lemma in SCHEDULING or prep is None or prep.lower_ in TIME_PREPOSITIONS:
        return None
    if absolute_participle(verb) and second_absolute_before(verb, prep):
        return None
    if lemma in _READ_ELSEWHERE and _READ_ELSEWHERE[lemma] in (None, prep.lower_):
        return None
    obj = found.objects[0]
    if circumstance_object(obj):
        return None
    if found.rule == "gerund-complement" and prep.lower_ == "to":
        return None  # "is used to having": the relation would read as a control verb's (kg.resolve.predicates)
    words = [verb.lower_, *(t.lower_ for t in found.rel_toks if t.i > verb.i and t.dep_ in _RELATION_DEPS)]
    return "be " + " ".join(words)


# Nouns that name what is left of a whole ("the rest of the Six Nations"): the whole is the object.
_PART_NOUNS = frozenset({"rest", "remainder", "balance"})
# Nouns of purpose whose own preposition names what the patient is for ("designed for use in
# graphics workstations"): the noun joins the relation and its object is the fact's object.
_PURPOSE_NOUNS = frozenset({"use"})


def patient_objects(predicate: str, obj: Token) -> tuple[str, list[Token]]:
    """The predicate and objects of the patient's fact with object ``obj``: "designed for use in X
    and Y" is (be designed for use in; X), (...; Y); "the rest of X" is X; any other object is
    itself, but one of alternatives ("drawn against either Bergen or Nordvik") is none: neither
    is stated."""
    if _alternative(obj):
        return predicate, []
    if obj.lemma_.lower() in _PART_NOUNS:
        of = next((c for c in children(obj) if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = of and next((c for c in children(of) if c.dep_ == "pobj"), None)
        if whole is not None:  # "ruled out of the rest of the Six Nations": out of the Six Nations
            return predicate, conjuncts(whole)
    if obj.lemma_.lower() not in _PURPOSE_NOUNS or any(c.dep_ in ("det", "poss", "amod") for c in children(obj)):
        return predicate, [obj]
    prep = next((c for c in children(obj) if c.dep_ == "prep" and c.i > obj.i), None)
    pobj = prep and next((c for c in children(prep) if c.dep_ == "pobj"), None)
    if prep is None or pobj is None:
        return predicate, [obj]
    return f"{predicate} {obj.lower_} {prep.lower_}", conjuncts(pobj)


def _alternative(obj: Token) -> bool:
    """One of a coordination with "or" ("either Bergen or Nordvik", "Bergen or Nordvik")."""
    head = obj
    while head.dep_ == "conj":
        head = head.head
    return any(c.dep_ in ("cc", "preconj") and c.lower_ in ("or", "either", "nor", "neither") for c in children(head))


def patient_subject(subj: Token, subs: list[Token]) -> bool:
    """A subject the patient's fact may hang on: a name, a description, "he" or "she", not a vague
    pronoun ("it", "they"), nor one the parse read beside such a pronoun ("said Mr Reed, they are
    reported": the clause's subject is "they")."""
    return not any(s.lower_ in _VAGUE_PRONOUNS for s in (subj, *subs))


def _shares_named_subject(verb: Token) -> bool:
    """A coordinated verb's subject is the first verb's own, and no relative or vague pronoun
    ("Tom Reed played and was sent off"; not "which has sold millions and been translated")."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    own = [c for c in children(first) if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(own) and not any(c.lower_ in _VAGUE_PRONOUNS | {"which", "that", "what"} for c in own)


@register("circumstance-not-patient")
def circumstance_object(obj: Token) -> bool:
    """"Tom Reed was voted off the board against the wishes of Nordbank", "Vexa was criticised in
    the past": no patient's fact whose object heads a phrase of circumstance (asked by
    :func:`patient_passive`; ``--ablate circumstance-not-patient`` switches it off).

    Linguistic reason: a prepositional phrase headed by a noun of time ("in the past", "at this
    point") or a complex preposition ("in favour of", "against the wishes of", "in the best
    traditions of") says when, how or in whose interest the act was done; it names no second
    participant the patient stands in a relation to, as "ruled out of the match" does.
    """
    return "circumstance-not-patient" not in disabled() and obj.lemma_.lower() in CIRCUMSTANCE_NOUNS
