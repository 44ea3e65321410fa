"""The event two sides meet in, as a contest verb's "in" or "at" phrase names it.

Rule ``contest-event``: "Tom Reed takes on Jon Dahl at the Bergen Open" → ``(Tom Reed)-[:PLAY_IN]->
(Bergen Open)`` and ``(Jon Dahl)-[:PLAY_IN]->(Bergen Open)``; "Norway beat Sweden in the final of
the Nordic Cup" the same for Norway and Sweden.

Graph-only: CaRB's Open IE view keeps the verb's own proposition, whose "in"/"at" phrase is an
argument of it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Proposition
from kg.extract.clauses import UNASSERTED_MARKS, is_negated, subjects
from kg.extract.contests import _side
from kg.extract.events import UNSTATED_VERBS
from kg.extract.nominal import argument, conjuncts
from kg.extract.reading import children, sentence_lemmas, sentence_tokens, sentence_words
from kg.extract.registry import disabled, triggered_by

# Verbs of two sides meeting in a contest, with the preposition that names the other side after
# those that take it so ("lost to Jon Dahl", "drew with Molde"); "take" only with "on".
CONTEST_VERBS: dict[str, str | None] = {
    "play": "against", "face": None, "meet": None, "beat": None, "defeat": None, "lose": "to", "draw": "with",
    "overcome": None, "edge": None, "thrash": None, "crush": None, "upset": None, "stun": None, "take": "on",
}
# Last words of the name of a sporting contest ("the Bergen Open", "the Nordic Cup", "the Four
# Nations"); not a festival's or an award's, where to "play" or "meet" someone is another act.
CONTEST_EVENT_WORDS = frozenset({"open", "cup", "championship", "championships", "games", "olympics", "tournament",
                                 "nations", "sevens", "league", "trophy", "masters", "classic", "prix", "series"})
# Nouns of a stage of a contest, whose "of" phrase or name before them is the contest: "in the
# final of the Nordic Cup", "in the Nordic Cup final".
_STAGE_NOUNS = frozenset({"final", "semi-final", "quarter-final", "semi", "round", "stage", "opener", "leg", "tie",
                          "match", "game", "clash"})
_NOT_EVENTS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                         "PERCENT", "QUANTITY"})
# Modals and markers that make the meeting a possibility or a condition, not a fixture or a
# result ("could face Molde in the Cup", "if they beat Molde"); "will" keeps a fixture stated.
_DOUBT = frozenset({"would", "could", "can", "may", "might", "should", "must", "to"})


def _contest(tok: Token | None) -> Token | None:
    """The contest's name: a proper noun ending a name of two words or more whose last word is a
    contest's ("Bergen Open"), directly or through a stage of it ("the final of the Bergen Open",
    "the Nordic Cup final")."""
    if tok is None:
        return None
    if tok.pos_ in ("NOUN", "ADJ") and tok.lemma_.lower() in _STAGE_NOUNS:  # ("final" may be tagged ADJ)
        of = next((c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = None if of is None else next((c for c in children(of) if c.dep_ == "pobj"), None)
        if inner is None:
            inner = next((c for c in children(tok) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        return _contest(inner) if inner is not None and inner.pos_ == "PROPN" else None
    if tok.pos_ != "PROPN" or tok.lower_ not in CONTEST_EVENT_WORDS or tok.ent_type_ in _NOT_EVENTS:
        return None
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children(tok)):
        return None  # ("the Open", "the Cup": a word of the sentence's, not yet a name)
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(tok)):
        return None
    return tok


def _stated(verb: Token, sent: Span) -> bool:
    """The meeting is a fixture or a result: no negation, no modal of possibility or infinitive,
    no condition, no question, no verb of hope, plan or doubt above it."""
    if sent.text.rstrip().endswith("?") or is_negated(verb):
        return False
    if any(a.pos_ == "VERB" and a.lemma_.lower() in UNSTATED_VERBS for a in verb.ancestors):
        return False  # ("hopes he will face Molde in the Cup", "denied that they beat Molde")
    return not any((c.dep_ in ("aux", "auxpass") and c.lower_ in _DOUBT)
                   or (c.dep_ == "mark" and c.lower_ in UNASSERTED_MARKS) for c in children(verb))


def _opponents(verb: Token, lemma: str) -> list[Token]:
    """The other side: the verb's object, or the object of the preposition the verb takes it by
    ("lost to", "drew with", "takes on", "played against")."""
    prep_word = CONTEST_VERBS[lemma]
    if lemma == "take" and not any(c.lower_ == "on" and c.dep_ in ("prep", "prt") for c in children(verb)):
        return []  # ("took Jon Dahl to the final": not a meeting)
    if lemma == "take" and any(c.lower_ == "as" and c.dep_ == "prep" for c in children(verb)):
        return []  # ("took on Tom Reed as coach": a hiring, not a meeting)
    found = [c for c in children(verb) if c.dep_ == "dobj"]
    if prep_word is not None:
        for c in children(verb):
            if c.lower_ == prep_word and c.dep_ in ("prep", "prt"):
                found.extend(p for p in children(c) if p.dep_ == "pobj")
    return [o for obj in found for o in conjuncts(obj) if _side(o, pronoun=False)]


@triggered_by(lemmas=CONTEST_VERBS)
def contest_event_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed takes on Jon Dahl at the Bergen Open" → (Tom Reed; play in; Bergen Open) and (Jon
    Dahl; play in; Bergen Open); "Norway beat Sweden in the final of the Nordic Cup" → (Norway;
    play in; Nordic Cup) and (Sweden; play in; Nordic Cup).

    Linguistic reason: a verb of two sides meeting ("play", "face", "meet", "take on", "beat",
    "lose to") with an "in" or "at" phrase naming a contest says where they meet: both sides play
    in it. The contest must be a name ending in a contest's word ("Open", "Cup", "Nations",
    "Championship"; not a festival, where to "play" someone is to act a part), or a stage of one
    ("the final of", "the Nordic Cup final"); "meet" is a contest's only with "in" ("met Tom Reed at the
    Bergen Open" is a social meeting); both sides must be names (the subject may be a
    pronoun); the meeting must be stated, not possible or conditional ("could face Molde in the
    Cup", "if they beat Molde").
    """
    if "contest-event" in disabled() or CONTEST_VERBS.keys().isdisjoint(sentence_lemmas(sent)):
        return  # (the cheap test first: no verb of meeting in the sentence)
    words = sentence_words(sent)
    if "in" not in words and "at" not in words:
        return
    for prep in sentence_tokens(sent):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        event = _contest(next((c for c in children(prep) if c.dep_ == "pobj"), None))
        if event is None:
            continue
        verb = prep.head
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "pobj"):
            verb = verb.head if verb.dep_ == "dobj" else verb.head.head  # ("meet Molde in the Cup")
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in CONTEST_VERBS or not _stated(verb, sent):
            continue
        if lemma == "meet" and prep.lower_ == "at":
            continue  # ("met Tom Reed at the Bergen Open": one meets a person at a place or an event
            # socially; two sides meet "in" a contest or its round: "meet Molde in the Cup final")
        if lemma == "meet" and any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in children(c))
                                   for c in children(verb)):
            continue  # ("met Jon Dahl at the Bergen Open to discuss the deal": a meeting, not a match)
        opponents = _opponents(verb, lemma)
        sides = [s for s in subjects(verb)[0] if _side(s, pronoun=True)]
        if not opponents or not sides:
            continue
        for side in (*sides, *opponents):
            yield Proposition(sentence=sent, relation=f"play {prep.lower_}", lemma="play in",
                              args=[argument(side), argument(event)], rule="contest-event",
                              confidence=0.5, open_ie=False)
