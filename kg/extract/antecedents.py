"""Who a subject pronoun of a later clause stands for, inside one sentence.

"Nordbank kept its rates until it merged with Fjord": the one that merged is Nordbank. The Open IE
view states such a proposition with the noun the pronoun stands for, as a reader would; the graph
resolves pronouns across the whole document (:mod:`kg.resolve.references`) and keeps the pronoun.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.confidence import SUBJECT_DEPS
from kg.extract.reading import children
from kg.extract.registry import disabled, register
from kg.resolve.kinds import PERSON_KINDS

PERSONAL = frozenset({"he", "she"})
# Named things that "he" or "she" never stands for; "it" and "they" may stand for any of them.
NOT_PEOPLE = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                        "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE"})
# Clauses whose subject shares the reference of the clause they hang on: a clause of time, reason
# or manner ("until it merged"), a coordinated clause ("; he later left"), a relative clause of place
# or time ("Tromso, where she grew up"), an aside, and an open complement ("tried to sell it when").
LINKED_CLAUSES = frozenset({"advcl", "conj", "parataxis", "relcl", "xcomp"})


def _agrees(pron: Token, noun: Token) -> bool:
    """Number and person: "they" wants a plural or a coordination, "he"/"she" a person (a name the
    model did not read as a place or organisation, or a person noun), "it" a singular thing."""

    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in children(noun))
    person = noun.ent_type_ == "PERSON" or (noun.pos_ == "NOUN" and noun.lemma_.lower() in PERSON_KINDS)
    word = pron.lower_
    if word == "they":
        return plural or noun.ent_type_ == "ORG"
    if plural:
        return False
    if word in PERSONAL:
        return person or (noun.pos_ == "PROPN" and noun.ent_type_ not in NOT_PEOPLE)
    return not person and noun.ent_type_ != "PERSON"


@register("subject-antecedent")
def subject_antecedent(pron: Token, verb: Token) -> Token | None:
    """"Reed taught in Bergen until he moved to Oslo" → (Reed; moved to; Oslo), the Open IE view
    only: a subject pronoun of a clause linked to another clause of the sentence (a clause of time
    or reason, a coordinated clause, a relative clause of place) stands for that clause's subject
    when it comes first and is a noun that agrees with the pronoun ("they" a plural or an
    organisation, as British English has it, "he"/"she" a person, "it" a thing); so does one of a
    main clause after its own fronted clause ("Although the plant was old, it stayed open").

    Linguistic reason: a pronoun takes its reference from a noun before it, and across linked
    clauses of one sentence English keeps the subject as the topic (subject parallelism: "Nordbank
    cut jobs when it lost the contract"); a reader takes it so. The nearest subject decides: a
    pronoun whose antecedent is itself a pronoun, or that does not agree, is left as written, and
    so is an "it" that stands for a clause to come ("it emerged that").
    """
    if ("subject-antecedent" in disabled() or pron.dep_ not in SUBJECT_DEPS
            or pron.lower_ not in ("he", "she", "it", "they")):
        return None
    from kg.resolve.references import pleonastic  # kg.resolve imports kg.extract: at call time

    if pron.lower_ == "it" and pleonastic(pron):
        return None
    subject = _fronted_clause_subject(verb, pron)
    clause = verb
    while subject is None and clause.dep_ in LINKED_CLAUSES and clause.head.i != clause.i:
        if clause.dep_ == "conj" and any(c.dep_ == "mark" for c in children(clause)):
            return None  # "said the deal is done and that it hopes": a second complement, not a continuation
        above = clause.head
        while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i and clause.dep_ == "relcl":
            above = above.head  # "a raid into the territory, where they killed": up to "launched"
        subject = next((c for c in children(above) if c.dep_ in SUBJECT_DEPS and c.i < pron.i), None)
        clause = above
    if subject is not None and subject.pos_ in ("NOUN", "PROPN") and _agrees(pron, subject):
        return subject
    return None


def _fronted_clause_subject(verb: Token, pron: Token) -> Token | None:
    """The subject of a clause before the pronoun that hangs on its own verb: "Although the
    plant was old, it stayed open" → plant."""
    fronted = next((c for c in children(verb) if c.dep_ == "advcl" and c.right_edge.i < pron.i), None)
    return fronted and next((c for c in children(fronted) if c.dep_ in SUBJECT_DEPS), None)
