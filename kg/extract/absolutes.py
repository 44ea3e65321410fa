"""An absolute "with" clause whose verb is a past participle: a passive with its "be" left out.

"With Tom Reed ruled out of the final, Bergen turned to Jon Dahl": the parse reads "ruled" as a
verb whose subject is Tom Reed, and the graph took (Tom Reed; rule; final), Reed as the doer. The
clause is "Tom Reed [being] ruled out of the final": Reed is the patient, and the graph states it
from his side (``patient-passive``, :mod:`kg.extract.patient_passives`): (Tom Reed; be ruled out
of; final).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import is_negated, modal_of, shared_auxiliaries
from kg.extract.reading import children
from kg.extract.registry import disabled, register

_ABSOLUTE_MARKERS = frozenset({"with", "without"})


@register("absolute-with-passive")
def absolute_participle(v: Token) -> bool:
    """"With Tom Reed sidelined for a month", "with Jon Dahl ruled out of the final": a past
    participle with a subject of its own and no auxiliary, after "with" or "without", is passive.

    Linguistic reason: the absolute "with" construction takes a noun phrase and a predicate with
    no finite verb ("with X out", "with X injured", "with X sidelined for a month"); a past
    participle there is a passive whose "be" is left out ("X [being] sidelined"), as in a reduced
    clause ("when taken off"), so its subject is the patient, not the doer. With an auxiliary of
    its own ("with X having scored") it is active and left alone. The tagger reads a participle
    with a subject as a past tense ("ruled", VBD); an absolute clause has no tense, so either tag
    is the participle here.
    """
    if v.tag_ not in ("VBN", "VBD") or v.dep_ not in ("advcl", "pcomp") or "absolute-with-passive" in disabled():
        return False
    own = children(v)
    if not any(c.dep_ == "nsubj" for c in own) or any(c.dep_ in ("aux", "auxpass") for c in own):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _ABSOLUTE_MARKERS for c in own):
        return True
    return v.dep_ == "pcomp" and v.head.lower_ in _ABSOLUTE_MARKERS


def second_absolute_before(v: Token, prep: Token) -> bool:
    """"With Tom Reed sidelined for a month and Jon Dahl out with a neck injury": the parse hangs
    the second absolute clause ("Jon Dahl out with ...") on the first participle, so a phrase after
    its subject is the second clause's, not the participle's (no patient's fact from it)."""
    return any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i < prep.i for c in children(v))


@register("went-on-result")
def went_on(matrix: Token) -> bool:
    """"Jon Dahl went on to win the Orvik Prize", "which went on to become a bestseller": the
    infinitive after "go on" is what happened next, a fact, not a purpose or a plan.

    Linguistic reason: "go on to" is aspectual, like "begin to", and says the act followed (the
    prize was won); it is neither an infinitive of purpose ("left early to catch the train", which
    states an aim) nor "be going to" (a plan, the future). The particle "on" tells it apart.
    """
    return (matrix.lemma_ == "go" and "went-on-result" not in disabled()
            and any(c.dep_ == "prt" and c.lower_ == "on" for c in children(matrix)))


def went_on_stated(matrix: Token) -> bool:
    """"went on to win" states the win only where "go" is stated itself: not "will go on to win",
    "could go on to win" (a modal), "did not go on to win" (negated), "hopes to go on to win" (an
    infinitive under another verb), nor with a modal or a negation shared with a coordinated verb
    ("could beat Dahl and go on to win"). The infinitive is then still a purpose: no fact."""
    if matrix.dep_ == "xcomp" or modal_of(matrix) is not None or is_negated(matrix):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children(matrix)):
        return False
    return not any(a.tag_ == "MD" or a.dep_ == "neg" for a in shared_auxiliaries(matrix))


@register("fronted-participle")
def fronted_participle(v: Token) -> bool:
    """"Born in Bergen, Jon Dahl joined Nordbank", "Founded in 1990, Vexa Holdings bought Halden":
    a past participle opening the sentence, with no subordinator, auxiliary or subject of its own,
    is passive (no ``Jon Dahl BEAR Bergen``).

    Linguistic reason: a participial clause fronted before the main clause's subject drops the
    subject it shares with the main clause and its "be" ("[Jon Dahl was] born in Bergen"); a past
    participle there says what was done to that subject, as a reduced clause after "when" does
    (``reduced-passive``). Read as active, the subject becomes the doer. A past tense the tagger
    reads as a participle has a subject or heads the sentence, and is left alone.
    """
    return (v.tag_ == "VBN" and v.dep_ == "advcl" and v.i < v.head.i and v.i == v.sent.start
            and "fronted-participle" not in disabled()
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in children(v)))
