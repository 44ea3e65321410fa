"""The subject a neuter or plural pronoun is bound to inside its own sentence.

"Nordbank raised its forecast", "Vexa Holdings said they would appeal", "Bergen beat Molde to
secure their place": the pronoun stands for the subject of the clause it is in, or, when it is
itself a clause's subject, of the clause above. :mod:`kg.resolve.references` asks
:func:`clause_subject` before it ranks the candidates of the window.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.registry import disabled, register
from kg.resolve.quotations import in_quotation
from kg.resolve.referring import NEUTER, PLURAL, SUBJECT_DEPS

# How a word hangs in the phrase or clause it belongs to, on the way up to the clause's verb: an
# object, a preposition and its object, a complement ("in its battle with", "at their best").
_PHRASE_DEPS = frozenset({"dobj", "pobj", "prep", "attr", "dative", "npadvmod", "pcomp", "oprd",
                          "acomp", "agent", "advmod", "appos"})
# Clauses whose own subject, when they have none, is the subject of the clause above: a conjoined
# verb ("Nordbank cut jobs and raised its prices"), a purpose or participle clause ("beat Molde to
# secure their place"), a complement of a subject-control verb ("Vexa hopes to raise its offer").
_SHARED_SUBJECT = frozenset({"conj", "advcl", "xcomp", "pcomp"})
# Clauses a subject pronoun may be in, whose subject is bound by the clause above: reported
# speech, an adverbial clause, a conjoined clause ("Vexa will sign, but they want time").
_EMBEDDED = frozenset({"ccomp", "advcl", "conj"})
_RELATIVE = frozenset({"who", "which", "that"})
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_VERBS = frozenset({"VERB", "AUX"})
_STEPS = 8  # a clause's phrase is seldom deeper; a longer way up is a parse not worth reading


def _subject_of(verb: Token) -> Token | None:
    """The one subject of ``verb`` ("Peddlers" and "PTC" both of one "said" is a misparse: none)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return subjects[0] if len(subjects) == 1 else None


@register("clause-subject")
def clause_subject(pron: Token) -> Token | None:
    """"Nordbank raised its forecast", "The IRFU has thrown their weight behind Reed", "Bergen
    brushed aside Molde to secure their place", "Vexa Holdings will have to pay, but they have
    been stalling", "Nordbank said it would appeal": the subject a possessive "its"/"their", or a
    subject "it"/"they" of a clause embedded in another, is bound to: the subject of the clause
    the pronoun's phrase is in (through a conjoined verb, a purpose clause or a subject-control
    complement that has no subject of its own), or, for a subject pronoun, the subject of the
    clause that takes its clause. A relative "who"/"which" gives the noun it belongs to ("Vexa,
    who are at work on their album"). None when the way up passes a plural noun ("urged users to
    update their software", "with rates at their level": the noun may be meant), an object-control
    verb ("urged Vexa to raise its offer": the object is the subject of "raise"), a relative
    clause or a noun's modifier ("the sites they visit"), or when the subject is coordinated
    ("Nordbank and Vexa said they": the two together).

    Linguistic reason: a possessive determiner is bound by the subject of its own clause far more
    often than not (it is the subject's own thing: "raised its forecast"), and a subject pronoun
    of reported speech or of a clause joined to another continues that clause's subject, the
    topic of the sentence; British news says "they" of a team or a firm in both places ("Bergen
    ... their place"). A plural noun on the way is as good a candidate for "their", so the
    binding is clear only without one.
    """
    if "clause-subject" in disabled():
        return None
    if pron.dep_ in SUBJECT_DEPS:
        verb = _clause_above(pron.head)
    elif pron.dep_ == "poss":
        verb = _clause_of(pron.head)
    else:
        return None  # an object pronoun is never bound by its own clause's subject
    subject = _shared_subject(verb) if verb is not None else None
    if subject is None or subject.i == pron.i or any(c.dep_ == "conj" for c in subject.children):
        return None  # "Nordbank and Vexa said they": the two together
    if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "Vexa, who are at work on their album"
    if subject.pos_ == "NOUN" and subject.lemma_.lower() not in _SPOKESPEOPLE:
        return None  # "the government said it": a common noun, which the ranking weighs
    if in_quotation(subject) != in_quotation(pron):
        return None  # 'Vexa said: "They ..."': a firm calls itself "we" in its own words
    lo, hi = sorted((subject.i, pron.i))
    between = pron.doc[lo + 1:hi]
    if pron.lower_ in PLURAL and _other_plural(pron, subject, between):
        return None  # "gave no details of how the records went, but said they": the records
    same = PLURAL if pron.lower_ in PLURAL else NEUTER
    if any(t.lower_ in same and t.dep_ not in SUBJECT_DEPS and t.dep_ != "poss" for t in between):
        return None  # "said it would sell it if it gets approval": two things are "it"
    return subject


def _other_plural(pron: Token, subject: Token, between: Span) -> bool:
    """Something else "they" may stand for: a plural noun between the subject and the pronoun, a
    list of names ("monitoring Molde, Bergen and Oslo to see they"), or a plural noun that is a
    subject earlier in the sentence ("analysts question whether Vexa can grow as they draw up")."""
    if any(t.tag_ in ("NNS", "NNPS") or (t.dep_ == "conj" and t.pos_ == "PROPN") for t in between):
        return True
    return any(t.tag_ in ("NNS", "NNPS") and t.dep_ in SUBJECT_DEPS and t.i != subject.i
               for t in pron.doc[pron.sent.start:pron.i])


def _clause_above(verb: Token) -> Token | None:
    """The verb of the clause that takes ``verb``'s clause: "said" of "said they would"."""
    if verb.dep_ not in _EMBEDDED or verb.head.i == verb.i or verb.head.pos_ not in _VERBS:
        return None
    return verb.head


def _clause_of(noun: Token) -> Token | None:
    """The verb of the clause a possessive's noun is in, up through objects and prepositions; for
    a noun that is a subject ("its profits rose"), the clause above."""
    node = noun
    for _ in range(_STEPS):
        if node.pos_ in _VERBS:
            return node
        if node.dep_ in SUBJECT_DEPS:
            return _clause_above(node.head)
        if node.dep_ not in _PHRASE_DEPS or node.head.i == node.i:
            return None  # a relative clause, a modifier of a noun, the root
        node = node.head
        if node.tag_ in ("NNS", "NNPS"):
            return None  # "users ... to update their software": the plural noun may be meant
    return None


def _shared_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the clause above when it shares that clause's subject."""
    for _ in range(_STEPS):
        subject = _subject_of(verb)
        if subject is not None:
            return subject
        if verb.dep_ not in _SHARED_SUBJECT or verb.head.i == verb.i:
            return None
        if verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in verb.head.children):
            return None  # "urged Vexa to raise its offer": the object does the raising
        node = verb.head
        for _ in range(_STEPS):
            if node.pos_ in _VERBS or node.dep_ not in _PHRASE_DEPS or node.head.i == node.i:
                break
            node = node.head  # "by edging past Molde in their replay": up to "avoided"
        if node.pos_ not in _VERBS:
            return None
        verb = node
    return None



# The reflexive pronouns of the third person ("oneself" names nobody).
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
# The places of a reflexive the clause's subject binds: an object, or a preposition's object.
_REFLEXIVE_DEPS = frozenset({"dobj", "dative", "pobj"})


@register("reflexive-object")
def reflexive_object(pron: Token) -> bool:
    """"Nordbank and Vexa Holdings introduced themselves to the press", "Tom Reed blamed himself
    for the defeat": a reflexive object stands for the subject of its own clause, and for nothing
    else; it is not resolved by the ranking of earlier names (no ``Vexa INTRODUCE Nordvik``, from
    a name before the sentence). With the subject's own mention read, it is that subject (the fact
    is then one thing acting on itself, which the graph leaves out); with a subject of several
    names, or none the clause shows, it stays unresolved.

    Linguistic reason: a reflexive pronoun is bound inside its own clause by the clause's subject
    (binding theory's condition A): "Tom Reed blamed himself" cannot mean another man, and
    "they introduced themselves" means the subjects, each or together. Only the emphatic use
    ("the firm itself", "is itself being sued") stands beside a noun, not in an object's place.
    """
    return pron.dep_ in _REFLEXIVE_DEPS and pron.lower_ in REFLEXIVES and "reflexive-object" not in disabled()


def reflexive_binder(pron: Token) -> Token | None:
    """The subject that binds a reflexive object (:func:`reflexive_object`): the subject of its
    verb, or of the clause above that the verb shares it with; None for a subject of several names
    ("Vexa, Nordbank and Bergen introduced themselves": each introduced itself)."""
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    if verb.pos_ not in _VERBS:
        return None  # "a book about himself": a noun's phrase, whose binder may lie further up
    subject = _shared_subject(verb)
    if subject is None or subject.i == pron.i or any(c.dep_ == "conj" for c in subject.children):
        return None
    return subject


@register("spokesperson-organisation")
def spoken_for(subject: Token) -> Token | None:
    """"A Nordbank spokesman said it would appeal", "a spokeswoman for Vexa Holdings said they":
    the organisation a spokesperson who is the subject of the clause above speaks for, named in
    front of the noun, as its possessor or after "for" or "of"; the pronoun of what the
    spokesperson reports is that organisation (:func:`clause_subject` gives the subject).

    Linguistic reason: a spokesperson says what the organisation says; their own person would be
    "he" or "she", so "it" or "they" in the report is the organisation whose words they speak.
    """
    if "spokesperson-organisation" in disabled() or subject.lemma_.lower() not in _SPOKESPEOPLE:
        return None
    for child in subject.children:
        if child.dep_ in ("compound", "poss") and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            named = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if named is not None:
                return named
    return None


@register("reported-it")
def reports_itself(pron: Token, subject: Token) -> bool:
    """"Vexa announced it had won approval", "Nordvik told the court that it would appeal": an
    "it" that is the subject of what a name reports stands for the name, even when the tagger
    typed it a person (the references take it when the document says nothing that makes the
    name a person: no given name, title, "he" or "she" of it). Not a report whose verb says
    nothing of its subject ("said it was", "it seems"), nor a quotation.

    Linguistic reason: in reported speech a person reports on themself as "he" or "she", so the
    "it" a name reports on as its own subject is the name when it is a firm, and an unfamiliar
    name the tagger called a person ("Vexa") is one as often as not.
    """
    from kg.extract.clauses import REPORTING  # at call time: kg.extract imports this package

    if "reported-it" in disabled() or pron.lower_ != "it" or pron.dep_ not in SUBJECT_DEPS:
        return False
    verb = pron.head
    return (verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING and verb.lemma_ not in _EMPTY_VERBS
            and subject.head.i == verb.head.i and not in_quotation(pron))


# Verbs whose "it" subject is as often the situation as a thing: "said it was unfair".
_EMPTY_VERBS = frozenset({"be", "seem", "appear", "look", "sound", "take", "matter", "feel", "become", "remain",
                          "mean", "make", "go", "happen", "come", "get"})
