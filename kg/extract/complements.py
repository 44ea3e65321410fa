"""Complements a verb selects: a gerund after its preposition, an embedded question, and which
phrase is no complement at all.

:func:`gerund_complement` reads "is interested in buying X" as one predicate with the gerund's
object; :func:`embedded_question` says a clause asks rather than states ("has not decided whether
it will sell the plant"); :func:`time_phrase` says a phrase of time is no prepositional object. The verb rules (:mod:`kg.extract.verbs`) state, or leave out, the
propositions.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.confidence import SUBJECT_DEPS
from kg.extract.nominal import conjuncts
from kg.extract.reading import children
from kg.extract.registry import disabled, register

# Prepositions that head an adjunct of time, means or manner ("after leaving", "by adding"): their
# gerund says when or how, it is no complement the verb selects.
ADVERBIAL = frozenset({"after", "before", "while", "by", "without", "since", "through", "upon", "despite",
                       "besides", "until", "when"})


@dataclass(frozen=True, slots=True)
class GerundComplement:
    words: list[Token]  # what joins the relation: the adjective, the preposition, the gerund group
    gerund: Token
    objects: list[Token]


@register("gerund-complement")
def gerund_complement(verb: Token) -> GerundComplement | None:
    """"Nordbank is interested in buying the Oslo bank" → (Nordbank; is interested in buying; the
    Oslo bank); "The union succeeded in raising wages" → (The union; succeeded in raising; wages).

    Linguistic reason: a preposition a verb or an adjective selects ("succeed in", "interested
    in", "accused of", "plan on") may take a gerund clause as its object; the gerund has no subject
    of its own because its doer is the subject of the verb, so verb, preposition and gerund are
    one predicate and the gerund's object is the object of the whole. Only a gerund with a direct
    object and no subject of its own.
    """
    if "gerund-complement" in disabled():
        return None
    words = [verb]
    adjective = next((c for c in children(verb) if c.dep_ == "acomp" and c.i > verb.i), None)
    if adjective is not None:
        words.append(adjective)
    for word in reversed(words):
        prep = next((c for c in children(word) if c.dep_ == "prep" and c.i > word.i and c.lower_ not in ADVERBIAL), None)
        gerund = prep and next((c for c in children(prep) if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if prep is None or gerund is None or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "poss" for c in children(gerund)):
            continue
        obj = next((c for c in children(gerund) if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        group = [c for c in children(gerund) if c.dep_ in ("neg", "prt") or (c.dep_ == "advmod" and c.i < gerund.i)]
        rel = [*([word] if word is not verb else []), prep, *group, gerund]
        return GerundComplement(sorted(rel, key=lambda t: t.i), gerund, conjuncts(obj))
    return None


# Words that open an embedded question: "whether", "if", and "how"/"why" (also "how much").
QUESTION_WORDS = frozenset({"whether", "if", "how", "why"})
# Verbs that take the answer, not the question, as their complement: "showed how the loss was
# caused" says how it was caused, and that it was.
FACTIVE = frozenset({"show", "explain", "reveal", "know", "learn", "discover", "realise", "realize",
                     "understand", "describe", "demonstrate", "prove", "remember", "notice", "find"})
# Where a question is a complement: of a verb, as a subject, or after a preposition ("over how
# much it would owe", "as to whether it will close"). An adverbial "if" clause is a condition.
COMPLEMENT_DEPS = frozenset({"ccomp", "csubj", "pcomp", "pobj", "dobj"})


@register("embedded-question")
def embedded_question(verb: Token) -> bool:
    """"Nordbank has not decided whether it will sell the plant": (it; will sell; the plant) is
    no fact; nor is what follows "how" or "why" in "the council has not said how the new bridge
    will be financed".

    Linguistic reason: an embedded question ("whether S", "if S", "how S", "why S") names the
    question whether, how or why S holds; it does not assert S. Except under a verb that takes the
    answer as its complement ("showed how", "explained why": a factive verb), where S is
    presupposed true.
    """
    if "embedded-question" in disabled():
        return False
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in COMPLEMENT_DEPS or clause.pos_ not in ("VERB", "AUX"):
        return False
    first = clause.left_edge
    if first.lower_ not in QUESTION_WORDS or first.i >= clause.i:
        return False
    if first.lower_ in ("whether", "if") and not (first.dep_ == "mark" and first.head.i == clause.i):
        return False
    return clause.dep_ in ("pcomp", "pobj") or clause.head.lemma_.lower() not in FACTIVE


TIME_TYPES = frozenset({"DATE", "TIME"})
ADJUNCT_PREPS = frozenset({"during", "since", "until", "till", "despite", "throughout"})
# Nouns that name a stretch of time, dated or not ("to the morning of Thursday", "for a week").
TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year",
                        "decade", "century", "hour", "minute", "season", "spring", "summer", "autumn", "winter"})


@register("time-not-object")
def time_phrase(pobj: Token) -> bool:
    """"The mill is first mentioned in 1210 as a grain store" → (The mill; is first mentioned as;
    a grain store; in 1210): a phrase of time is no prepositional object when another phrase
    follows the verb; the later phrase is.

    Linguistic reason: a verb selects the preposition of its complement ("known as", "sold to",
    "consists of"), never a time: "in 1210", "on Monday" say when, whatever the verb, so they are
    adjuncts, and the verb's complement is the other phrase. So are phrases whose preposition
    only ever says when or despite what ("during", "since", "until", "throughout", "despite"), and
    phrases of a noun of time the model left undated ("to the morning of Thursday").
    A time phrase alone stays the object ("was founded in 1990": CaRB's reading).
    """
    return "time-not-object" not in disabled() and (pobj.ent_type_ in TIME_TYPES or pobj.head.lower_ in ADJUNCT_PREPS
                                                    or pobj.lemma_.lower() in TIME_NOUNS)


# Prepositions a verb of saying selects: to whom ("said to Reed"), about what ("said of the plan").
SPEECH_PREPS = frozenset({"to", "of", "about", "on"})
SPEECH_VERBS = frozenset({"say", "comment", "add"})
# Verbs that report a quotation with the speaker after them ('"...," wrote Tom Reed, from Bergen'),
# whose phrases elsewhere may be complements ("wrote for the Bergen Times", "insisted on a vote").
_INVERTED_REPORTING = frozenset({"write", "explain", "insist", "admit", "warn", "argue", "note", "reply",
                                 "continue", "agree", "claim", "observe", "suggest", "joke"})


@register("speech-adjunct")
def speech_adjunct(verb: Token, prep: Token) -> bool:
    """"said Tom Reed, from Nordbank", "Nordvik said at the Oslo Motor Show", "she said in
    French", '"...," wrote Jon Dahl, from Bergen': no (speaker; say; Nordbank) or (Jon Dahl;
    write; Bergen) fact in the graph.

    Linguistic reason: a verb of saying selects its addressee ("to") and its topic ("of",
    "about", "on"); any other phrase after it is an adjunct: where or in what it was said ("at
    the show", "in French", "in its annual report") or, when the speaker follows the verb,
    where the speaker works ("said Tom Reed, from Nordbank": the parse hangs it on the verb). A
    verb that reports a quotation with its speaker after it ("wrote Jon Dahl, in Bergen",
    "explained Anna Berg, of Nordbank") is read the same way when the phrase follows the speaker.
    None of them is what was said, so the graph takes no fact of it (the Open IE view keeps it).
    """
    if "speech-adjunct" in disabled() or prep.lower_ in SPEECH_PREPS:
        return False
    if verb.lemma_ in SPEECH_VERBS:
        return True
    # '"...," wrote Tom Reed, from Bergen': with the speaker after the verb, a phrase after the
    # speaker says where the speaker is from or works, as after "said"
    return verb.lemma_ in _INVERTED_REPORTING and any(
        c.dep_ == "nsubj" and verb.i < c.i < prep.i for c in children(verb))
