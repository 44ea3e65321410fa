"""Events that news names with a noun: "Vexa Holdings completed its takeover of Nordbank", "the
sacking of Tom Reed by Bergen City", "after the departure of Jon Dahl from Nordbank".

Rule ``event-noun``. The graph reads each as the verb would say it, typed by kg's predicate table
(:mod:`kg.resolve.predicates`): ``(Vexa Holdings)-[:ACQUIRE {take over}]->(Nordbank)``,
``(Bergen City)-[:DISMISS {sack}]->(Tom Reed)``, ``(Jon Dahl)-[:LEAVE]->(Nordbank)``. Only what
the sentence states happened or is happening: not a noun under a verb or noun of intention,
speculation or denial ("talks about a possible takeover of X", "rumours of a sale", "ruled out a
merger"), a modal, an infinitive, a condition or a question (an act intended is
:mod:`kg.extract.intentions`' to read, with its modality). Graph-only: CaRB's Open IE view keeps
the sentence's own propositions.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Proposition
from kg.extract.clauses import UNASSERTED_MARKS, is_negated
from kg.extract.nominal import argument, conjuncts
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import triggered_by

# Nouns of a transitive act, with the verb they name: the possessor or "by" phrase is the doer, the
# "of" phrase what is done to ("Vexa's takeover of Nordbank", "the arrest of Tom Reed by police");
# with a "by" phrase and no "of", the possessor is what is done to ("Tom Reed's sacking by Bergen").
ACT_NOUNS = {
    "takeover": "take over", "acquisition": "acquire", "purchase": "buy", "buyout": "buy", "sale": "sell",
    "sacking": "sack", "dismissal": "sack", "signing": "sign", "appointment": "appoint", "arrest": "arrest",
    "release": "release",
}
# Nouns of leaving: the one who leaves is the possessor or the "of" phrase, the place left the
# "from" phrase ("Anna Berg's resignation from Nordbank", "the departure of Jon Dahl from Bergen").
EXIT_NOUNS = {"departure": "leave", "exit": "leave", "resignation": "resign"}
# Nouns whose other party follows a preposition of their own ("Nordbank's merger with Vexa").
PREP_NOUNS = {"merger": ("merge", "with"), "investment": ("invest", "in"), "bid": ("bid", "for")}
_NOUNS = frozenset(ACT_NOUNS) | frozenset(EXIT_NOUNS) | frozenset(PREP_NOUNS)
# The parse often reads "sacking", "signing" as a gerund (lemma "sack", "sign") when it has a
# possessor or an "of" phrase: then it is the noun all the same.
_GERUNDS = frozenset({"sacking", "signing"})
_WORDS = _NOUNS | frozenset({"sack", "sign"})
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "ROOT", "conj", "appos"})
# Verbs whose subject does the act the noun they take names: "Vexa completed the takeover of X".
_DOING_VERBS = frozenset({
    "complete", "finalise", "finalize", "seal", "conclude", "clinch", "announce", "confirm", "make", "launch",
    "lodge", "mount", "table",
})
# Words that put the event in doubt, in a plan or in denial, on the noun or on a word above it.
_UNSTATED_MODIFIERS = frozenset({
    "possible", "potential", "proposed", "planned", "mooted", "rumoured", "rumored", "likely", "future",
    "prospective", "expected", "imminent", "hypothetical", "failed", "abortive", "aborted", "no",
    "contemplated", "intended", "touted", "alleged",
})
_UNSTATED_NOUNS = frozenset({
    "talk", "rumour", "rumor", "speculation", "plan", "offer", "proposal", "possibility", "prospect", "threat",
    "fear", "hope", "question", "chance", "idea", "option", "negotiation", "discussion", "consideration",
    "opposition", "report", "suggestion", "attempt", "bid", "call", "demand", "intention", "approach",
})
UNSTATED_VERBS = frozenset({
    "deny", "rule", "reject", "block", "oppose", "consider", "discuss", "explore", "seek", "want", "plan",
    "propose", "mull", "weigh", "rumour", "speculate", "fear", "hope", "expect", "predict", "urge", "call",
    "demand", "veto", "scrap", "abandon", "halt", "prevent", "stop", "avoid", "need", "fail", "push",
    "suggest", "talk", "negotiate", "pursue", "eye", "contemplate", "dismiss", "resist", "fight", "threaten",
    "claim", "allege", "believe", "think", "reckon", "doubt", "delay", "postpone",
    "investigate", "probe", "review", "challenge",
})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall", "'ll", "wo"})
_NAME_TYPES = frozenset({"ORG", "GPE", "PERSON", "NORP"})


def _named(tok: Token | None, *, pronoun: bool = False) -> bool:
    """A name ("Nordbank"), or where allowed a pronoun the resolver may take back to one ("its")."""
    return tok is not None and (tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_TYPES
                                or (pronoun and tok.pos_ == "PRON" and tok.lower_ != "it"))


def _pobj(noun: Token, prep_word: str) -> Token | None:
    prep = next((c for c in children(noun) if c.dep_ in ("prep", "agent") and c.lower_ == prep_word), None)
    return prep and next((c for c in children(prep) if c.dep_ == "pobj"), None)


def stated_event(noun: Token, sent: Span) -> bool:
    """The sentence states the event happened or is happening: no word of doubt, plan or denial on
    the noun or above it, no modal, infinitive, negation or condition on a verb above it, no question."""
    if sent.text.rstrip().endswith("?"):
        return False
    if any(t.lemma_.lower() in _UNSTATED_MODIFIERS or t.lower_ in _UNSTATED_MODIFIERS
           for left in noun.lefts if left.dep_ != "poss" for t in left.subtree):
        return False  # (anywhere before the noun: "its proposed £1bn investment in")
    tok = noun
    for _ in range(12):  # (the head chain to the root: a few steps)
        if tok.head.i == tok.i:
            break
        tok = tok.head
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (lemma in _UNSTATED_NOUNS or any(
                c.lemma_.lower() in _UNSTATED_MODIFIERS for c in children(tok) if c.dep_ in ("amod", "det"))):
            return False
        if tok.pos_ in ("VERB", "AUX"):
            if lemma in UNSTATED_VERBS or is_negated(tok):
                return False
            if any(c.dep_ in ("aux", "auxpass") and (c.lower_ in _MODALS or c.lower_ == "to") for c in children(tok)):
                return False
            if any(c.dep_ == "mark" and c.lower_ in UNASSERTED_MARKS for c in children(tok)):
                return False
        if tok.pos_ == "ADJ" and lemma in _UNSTATED_MODIFIERS:
            return False
    return True


def _doer(noun: Token) -> Token | None:
    """Who does the act: the possessor, the "by" phrase, or the subject of a verb of doing that takes
    the noun ("Vexa completed the takeover of Nordbank")."""
    poss = next((c for c in children(noun) if c.dep_ == "poss"), None)
    if poss is not None:
        return poss if _named(poss, pronoun=True) else None
    by = _pobj(noun, "by")
    if by is not None:
        return by if _named(by) else None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DOING_VERBS and noun.head.pos_ == "VERB":
        subj = next((c for c in children(noun.head) if c.dep_ == "nsubj"), None)
        return subj if _named(subj, pronoun=True) else None
    return None


def _act_pairs(noun: Token, verb: str) -> Iterator[tuple[str, str, Token, Token]]:
    """(relation, lemma, doer, done-to) pairs of a noun of a transitive act."""
    poss = next((c for c in children(noun) if c.dep_ == "poss"), None)
    of, by, to = _pobj(noun, "of"), _pobj(noun, "by"), _pobj(noun, "to")
    theme = of if of is not None else (poss if by is not None or (verb == "sell" and to is not None) else None)
    if not _named(theme):
        return
    assert theme is not None
    themes = conjuncts(theme)
    if verb == "sell" and _named(to):  # "the sale of Nordbank to Vexa": Vexa bought it
        assert to is not None
        for done in themes:
            yield f"{noun.text} to", "buy", to, done
    doer = _doer(noun) if theme is not poss else (by if _named(by) else None)
    if doer is not None and doer is not theme:
        for done in themes:
            yield f"{noun.text} of", verb, doer, done


def _exit_pairs(noun: Token, verb: str) -> Iterator[tuple[str, str, Token, Token]]:
    poss = next((c for c in children(noun) if c.dep_ == "poss"), None)
    leaver = poss if poss is not None else _pobj(noun, "of")
    place = _pobj(noun, "from")
    if _named(leaver, pronoun=poss is not None) and _named(place):
        assert leaver is not None and place is not None
        yield f"{noun.text} from", verb, leaver, place


def _prep_pairs(noun: Token, verb: str, prep: str) -> Iterator[tuple[str, str, Token, Token]]:
    other = _pobj(noun, prep)
    of = _pobj(noun, "of")
    if verb == "merge" and other is None and of is not None and len(conjuncts(of)) == 2:
        first, second = conjuncts(of)  # "the merger of Nordbank and Vexa"
        if _named(first) and _named(second):
            yield f"{noun.text} of", verb, first, second
        return
    doer = _doer(noun)
    if doer is not None and _named(other):
        assert other is not None
        for target in conjuncts(other):
            yield f"{noun.text} {prep}", verb, doer, target


@triggered_by(lemmas=_WORDS)
def event_noun_propositions(sent: Span) -> Iterator[Proposition]:
    """"Vexa Holdings completed its takeover of Nordbank" → (Vexa Holdings; take over; Nordbank);
    "the sacking of Tom Reed by Bergen City" → (Bergen City; sack; Tom Reed); "the sale of Nordbank
    to Vexa" → (Vexa; buy; Nordbank); "Anna Berg's resignation from Nordbank" → (Anna Berg; resign;
    Nordbank); "Nordbank's merger with Vexa" → (Nordbank; merge; Vexa).

    Linguistic reason: a noun made from a verb keeps the verb's arguments (nominalisation). For a
    transitive act ("takeover", "sale", "sacking", "arrest") the possessor or the "by" phrase is
    the doer and the "of" phrase what is done to; with a "by" phrase and no "of", the possessor is
    what is done to ("Tom Reed's sacking by Bergen"); a verb of doing gives its subject as the doer
    ("Vexa completed the takeover of X"); the "to" phrase of a sale is the buyer. For leaving
    ("departure", "resignation") the possessor or "of" phrase leaves and the "from" phrase is the
    place left; "merger", "investment" and "bid" keep their verb's preposition ("with", "in",
    "for"). Unlike a verb, a noun carries no tense or mood, so it states an event only where
    nothing above it makes the event intended, doubted, denied or conditional ("talks about a
    possible takeover of X", "ruled out a merger with Y", "would block the sale of Z"): those give
    nothing. Both arguments must be names (or a possessive pronoun for the doer).
    """
    if _WORDS.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for noun in sentence_tokens(sent):
        if noun.tag_ == "VBG" and noun.lower_ in _GERUNDS and noun.dep_ in _NOMINAL_DEPS \
                and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in children(noun)):
            lemma = noun.lower_  # "Tom Reed's sacking by Bergen": a gerund in a noun's place
        elif noun.pos_ == "NOUN" and noun.tag_ == "NN":
            lemma = noun.lemma_.lower()
        else:
            continue
        if lemma in ACT_NOUNS:
            pairs = _act_pairs(noun, ACT_NOUNS[lemma])
        elif lemma in EXIT_NOUNS:
            pairs = _exit_pairs(noun, EXIT_NOUNS[lemma])
        elif lemma in PREP_NOUNS:
            pairs = _prep_pairs(noun, *PREP_NOUNS[lemma])
        else:
            continue
        found = list(pairs)
        if not found or not stated_event(noun, sent):
            continue
        for relation, verb, doer, done in found:
            yield Proposition(sentence=sent, relation=relation, lemma=verb, args=[argument(doer), argument(done)],
                              rule="event-noun", confidence=0.5, open_ie=False)
