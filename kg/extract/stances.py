"""Adjectives of stance with a clause: "Tom Reed is confident that Nordbank will buy Vexa Holdings".

:func:`kg.extract.adjuncts.attribution_of` gives the clause's facts to the holder, as for
"believe"; :func:`kg.extract.adjuncts.unasserted_report` leaves them out when the stance is
negated ("is not convinced that ...": nobody's claim).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import is_negated
from kg.extract.reading import children
from kg.extract.registry import disabled, register
from kg.resolve.quotations import in_quotation

# Adjectives of certainty or expectation that take a clause: what their subject holds true.
# ("persuaded" is a passive participle only: "is persuaded that" is the stance of "is convinced that")
STANCE_ADJECTIVES = frozenset({"confident", "adamant", "convinced", "sure", "certain", "optimistic", "hopeful",
                               "positive", "insistent", "persuaded"})
# Verbs whose passive with a clause is the same stance: "Reed is convinced that ...".
_PERSUADED = frozenset({"convince", "persuade"})
# Verbs that take the adjective as the result of an act: "make sure that S" sees to S, an aim
# that holds nothing true yet.
_CAUSING = frozenset({"make"})
# Subjects that hold nothing: an extraposed or a dummy "it" ("it is certain that S" is the
# narrator's own claim), a demonstrative, "there".
_NO_HOLDERS = frozenset({"it", "this", "that", "there"})


@register("stance-adjective")
def stance_holder(clause: Token) -> tuple[Token, bool] | None:
    """"Tom Reed is confident that Nordbank will buy Vexa Holdings", "Jon Dahl remains convinced
    Bergen can win the cup", "Nordbank is not sure that Vexa will pay": who holds the clause
    ``clause`` (the subject of the adjective's copula, or of the passive "convinced",
    "persuaded") and whether that stance is negated; None for any other clause.

    Linguistic reason: an adjective of certainty or expectation with a finite clause ("confident
    that", "adamant that", "sure that", "optimistic that") says what its subject believes or
    insists, as "believe" and "insist" do: the clause is the subject's claim, not the narrator's.
    Negated ("is not sure that", "is not convinced that") it leaves the clause open, as "does not
    believe" does. "Make sure that S" is no stance: the subject sees to S, which is an aim. An
    "it" subject ("it is certain that S") holds nothing: the clause is the narrator's own; a third
    person inside a quotation ('"She is confident she will win," said Reed') is the speaker's
    account of her, which the quotation's rules give to the speaker.
    """
    head = clause.head
    if clause.dep_ != "ccomp" or head.lower_ not in STANCE_ADJECTIVES:
        return None  # (the cheap test first: a dependency label and a word)
    if "stance-adjective" in disabled():
        return None
    if head.dep_ == "acomp":
        frame = head.head  # "is confident that": the copula holds the subject
        if frame.lemma_ in _CAUSING:
            return None  # "Reed will make sure that Nordbank pays": his aim, not his claim
    elif head.lemma_ in _PERSUADED and any(c.dep_ == "auxpass" for c in children(head)):
        frame = head  # "is convinced that": a passive
    else:
        return None
    subject = next((c for c in children(frame) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in _NO_HOLDERS:
        return None
    if subject.lower_ not in ("i", "we") and in_quotation(subject):
        return None  # '"She is confident she will win," said Reed': Reed's words about her
    return subject, is_negated(frame) or is_negated(head)
