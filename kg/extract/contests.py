"""Verbs that name a contest's result only in a contest (issue #13, round 23: predicate sense).

"Tom Reed eliminated Jon Dahl 6-3 6-4", "Nordvik overcame Halden in the semi-final", "Halden
were ousted by Nordvik in the third round": on the field "eliminate", "overcome", "outlast",
"oust", "dispatch", "topple" say that the subject beat the object, as "beat" and "defeat" do.
Off the field they keep their own sense ("Vexa eliminated 300 jobs", "overcame her fear", "the
board ousted Tom Reed"), so the predicate table (``kg/resolve/predicates.tsv``, which has no
context) cannot map them to DEFEAT. The loser's verbs "fell 6-3 to Jon Dahl", "went down 2-1 to
Halden", "succumbed to Nordvik" say the converse: the one after "to" beat the subject.

Rules ``contest-win`` and ``contest-loss`` type such a clause by "beat" (DEFEAT, the winner first)
when both of the following hold:

- the type test: each end is a side that can take part in a contest, a name (a person, a team, a
  club, a country's side) or a pronoun the resolver may take back to one; "300 jobs", "her fear",
  "the chairman" are none;
- the cue test: the sentence names a contest, by a score ("6-3", "21-19") or by a noun of one
  ("final", "semi-final", "round", "match", "set", "title", "tournament", "race", "cup", ...).

Rule ``contest-result-infinitive`` takes the win the parse hangs on a verb of effort as an
infinitive of purpose ("rallied to beat Jon Dahl 6-3", "fought back to beat Halden 2-1"), under
the same two tests.

All are graph-only: CaRB's Open IE view keeps the verb's own words ("eliminated", "fell to").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.objects import Frame, Objects
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, register

# Verbs (with their particle) that in a contest say the subject beat the object. "beat",
# "defeat", "see off", "knock out", "edge out", "thrash", "rout" are DEFEAT in the predicate table
# already: they mean it off the field too.
WIN_VERBS = frozenset({
    "eliminate", "overcome", "outlast", "oust", "dispatch", "despatch", "topple", "overpower",
    "outplay", "outclass", "trounce", "crush", "hammer", "demolish", "dump", "down", "sink",
    "overwhelm", "whitewash", "upset", "outpoint", "outgun", "outscore",
    "knock off", "brush aside", "sweep aside", "swat aside",
})
# Verbs whose "past" phrase names the beaten side: "eased past Jon Dahl 6-1 6-2".
PAST_VERBS = frozenset({"ease", "cruise", "sweep", "brush", "stroll", "breeze", "get", "squeeze", "battle", "power", "romp"})
# ("edge past" is DEFEAT in the predicate table: it means it everywhere.)
# Verbs whose "to" phrase names the winner: "fell 6-3 to Jon Dahl" ("lose to" is rule lost-to's).
LOSS_VERBS = frozenset({"fall", "go down", "succumb", "bow out", "crash out", "slump", "slip", "go out", "crash", "tumble"})
# Nouns (or names: "the Australian Open") that name a contest or a part of one.
CONTEST_NOUNS = frozenset({
    "final", "semi-final", "semifinal", "semi", "quarter-final", "quarterfinal", "round", "match",
    "game", "set", "tie-break", "tiebreak", "title", "tournament", "race", "cup", "championship",
    "league", "derby", "play-off", "playoff", "fixture", "leg", "heat", "bout", "seed", "clash",
    "contest", "open", "tie", "sevens", "slam", "trophy", "medal", "qualifier", "shootout", "shoot-out",
})
# A score: "6-3", "21-19", "(7-4)"; not a year span ("2004-05" has a four-digit side).
_SCORE = re.compile(r"^\(?\d{1,2}-\d{1,2}\)?$")
_POINTS = re.compile(r"^\(?\d{1,2}$")
# Dependencies of a word used as a noun, whatever its tag ("reach the final": "final" tagged ADJ).
_NOMINAL = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "compound"})
# A place in a ranking or a post: "ousted X from top spot", "toppled X from the summit".
_POSITIONS = frozenset({"top", "spot", "place", "position", "post", "seat", "job", "role", "summit", "perch", "throne", "lead", "helm"})
_SIDE_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# The verbs' own lemmas, the cheap first test (a token's lemma is one word: "knock off" is cued by
# "knock", and :func:`_lemma` then asks for its particle).
_CUE_WORDS = frozenset(w.split(" ")[0] for w in WIN_VERBS | PAST_VERBS | LOSS_VERBS)


def _side(tok: Token | None, pronoun: bool) -> bool:
    """A party to a contest: a name (a person, a team, a club, a country's side), or a personal
    pronoun the resolver may take back to one ("he", "they"; not "it", which may be anything)."""
    if tok is None or tok.like_num or tok.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "DATE", "QUANTITY"):
        return False
    if tok.pos_ == "PRON":
        return pronoun and tok.lower_ in ("he", "she", "they", "him", "her", "them", "we", "us", "i", "me", "who")
    if tok.pos_ == "PROPN" or tok.ent_type_ in _SIDE_TYPES:
        return True
    # "overcame eighth seed Jon Dahl": a description with a name in apposition stands for the name
    return tok.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG")
                                      for c in children(tok))


def _contest_cue(sent: Span) -> bool:
    """The sentence names a contest: a score or a noun of one."""
    nouns = not CONTEST_NOUNS.isdisjoint(sentence_lemmas(sent))
    toks = sentence_tokens(sent)
    for i, t in enumerate(toks):
        if nouns and t.lemma_.lower() in CONTEST_NOUNS and (t.pos_ in ("NOUN", "PROPN") or t.dep_ in _NOMINAL):
            return True
        if t.text in ("-", "\u2013") and 0 < i < len(toks) - 1 and _POINTS.match(toks[i - 1].text) \
                and _POINTS.match(toks[i + 1].text) and toks[i - 1].idx + 1 == t.idx:
            return True  # "6-3" as the parse splits it: "6", "-", "3"
        if "-" in t.text and _SCORE.match(t.text) is not None:
            return True
    return False


def _lemma(verb: Token) -> str:
    """The verb with its particle ("knock off"), or with "aside", which the parse may take for an
    adverb ("brushed aside Clyde")."""
    prt = next((c for c in children(verb) if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "aside")), None)
    return f"{verb.lemma_.lower()} {prt.lower_}" if prt is not None else verb.lemma_.lower()


def _sides(f: Frame, found: Objects) -> bool:
    """Every subject and object a side; a number the parse took for a second object ("beat Jon
    Dahl 3-6 7-6": "7") is part of the score, and a word without letters (the hyphen of
    "semi-final" the parse may take for one) is no node of the graph."""
    objs = [o for o in found.objects if o is not None and not o.like_num and any(ch.isalpha() for ch in o.text)]
    return (bool(objs) and bool(f.subs) and all(_side(s, pronoun=True) for s in f.subs)
            and all(_side(o, pronoun=False) for o in objs))


@register("contest-win")
def contest_win(f: Frame, found: Objects) -> bool:
    """"Tom Reed eliminated Jon Dahl 6-3 6-4", "Nordvik overcame Halden in the final", "Jon Dahl
    was ousted by Tom Reed in the second round", "eased past Jon Dahl 6-1 6-2": typed by "beat"
    (DEFEAT) in the graph.

    Linguistic reason: "eliminate", "overcome", "outlast", "oust", "dispatch", "topple" and their
    kin are verbs of removing or prevailing over something; with a contender for the object, in a
    sentence that names a contest (a score, a round, a final, a match, a title), the contender is
    removed from the contest by beating them: the verb says what "beat" says. The type test (both
    ends a side: a name, or a personal pronoun for the subject) and the cue test keep the verb's own
    sense off the field ("Vexa eliminated 300 jobs", "she overcame her fear", "the board ousted
    Tom Reed as chairman"; nor with a named subject, "Nordbank ousted Tom Reed as chairman after a
    boardroom clash": "as" a post or "from" a place is a removal from it). "ease past", "cruise
    past" X in a contest is to beat X with ease.
    Graph-only: the Open IE view keeps the verb's words.
    """
    if "contest-win" in disabled():
        return False
    last = f.last
    if last.lemma_.lower() not in _CUE_WORDS or last.pos_ != "VERB":
        return False  # (the cheap test first: the verb's lemma)
    if found.rule == "svo-prep":
        if last.lemma_.lower() not in PAST_VERBS or found.rel_toks[-1].lower_ != "past":
            return False
    elif found.rule not in ("svo", "passive") or _lemma(last) not in WIN_VERBS:
        return False
    if _out_of_post(last):
        return False  # "ousted Halden from the top of the table", "ousted Tom Reed as chairman": no match won
    return _sides(f, found) and _contest_cue(f.sent)


def _out_of_post(verb: Token) -> bool:
    """"ousted Halden from the top of the table", "toppled Tom Reed as leader": the verb removes
    the object from a place in a ranking ("from" a position) or from a post ("as" a noun), which
    is no match won, whatever contest the sentence names ("after a boardroom clash")."""
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "as"):
            continue
        for g in children(prep):
            if g.dep_ == "pobj" and (g.lemma_.lower() in _POSITIONS if prep.lower_ == "from" else g.pos_ == "NOUN"):
                return True
    return False


@register("contest-loss")
def contest_loss(f: Frame, found: Objects) -> bool:
    """"Jon Dahl fell 6-3 6-4 to Tom Reed", "Nordvik went down 2-1 to Halden in the final",
    "Halden succumbed to Nordvik in the semi-final": typed by "beat" with the one after "to" first
    (Tom Reed beat Jon Dahl).

    Linguistic reason: a verb of falling or going out with a "to" phrase naming a contender, in a
    sentence that names a contest (a score, a round, a final), states a loss from the loser's side
    (as "lost to" does): it is the converse of "X beat the subject", as a passive with "by" is of
    its active. With a quantity or a level after "to" ("shares fell to 300p", "fell to third") it
    is a movement, and with no contest in the sentence ("the town fell to the rebels") a passing
    into someone's hands: both keep their sense. Graph-only.
    """
    if "contest-loss" in disabled():
        return False
    last = f.last
    if last.lemma_.lower() not in _CUE_WORDS or last.pos_ != "VERB" or found.rule != "svo-prep":
        return False  # (the cheap test first: the verb's lemma)
    if found.rel_toks[-1].lower_ != "to" or _lemma(last) not in LOSS_VERBS:
        return False
    return _sides(f, found) and _contest_cue(f.sent)


# Verbs of effort or recovery whose infinitive after them in a match report is the outcome:
# "rallied to beat", "fought back to beat", "survived a scare to beat", "needed three sets to beat".
EFFORT_VERBS = frozenset({
    "rally", "recover", "fight", "battle", "come", "bounce", "hit", "hold", "survive", "dig", "need",
    "stage", "produce", "storm", "roar", "save", "shrug", "hang", "cling", "grind", "surge", "claw",
    "respond", "regroup", "overcome", "require",
})
_WINNING = WIN_VERBS | {"beat", "defeat", "see off", "edge out", "knock out", "thrash", "rout"}


@register("contest-result-infinitive")
def result_infinitive(f: Frame, found: Objects) -> bool:
    """"Tom Reed rallied to beat Jon Dahl 3-6 7-6 7-5", "Anna Berg survived an early scare to beat
    Eva Lund 1-6 6-1 6-4", "Bergen City fought back to beat Halden 2-1": the graph takes the win
    (Tom Reed; beat; Jon Dahl), which the parse hangs on the first verb as an infinitive of purpose.

    Linguistic reason: a "to" infinitive after a verb of effort or recovery ("rally", "fight back",
    "survive a scare", "need three sets", "come from behind") in a report of a contest is an
    infinitive of result: it says what the effort came to, as "went on to win" does, not an aim
    still to be met (an aim is no report of a match: "went to Bergen to beat Jon Dahl" keeps no
    fact, nor "trained to beat", "came to Bergen to beat"; nor a need, "needed to beat Halden to
    stay up", where "need" has no object of its own as in "needed three sets to beat"). Only what happened: the first verb past, not negated, with no
    modal and not itself under another verb ("hopes to fight back to beat"); both ends sides and a
    contest named in the sentence (rules ``contest-win``'s tests).
    """
    if "contest-result-infinitive" in disabled():
        return False
    last, head = f.last, f.verb.head
    if last.lemma_.lower() not in _CUE_WORDS | {"beat", "defeat", "see", "edge", "knock", "thrash", "rout"}:
        return False  # (the cheap test first: the infinitive's lemma)
    if _lemma(last) not in _WINNING or found.rule != "svo" or len(f.chain) != 1:
        return False
    if head.lemma_.lower() not in EFFORT_VERBS or head.tag_ != "VBD" or head.dep_ in ("xcomp", "ccomp", "advcl"):
        return False
    if any(c.dep_ in ("aux", "neg") and (c.tag_ == "MD" or c.dep_ == "neg") for c in children(head)):
        return False
    if not _effort_shown(head):
        return False  # "needed to beat Halden to stay up", "came to Bergen to beat Jon Dahl": a need, an aim
    return _sides(f, found) and _contest_cue(f.sent)


# Effort verbs whose infinitive after them is a need or an aim unless the effort is spelt out:
# "needed three sets to beat" (an object: what the win took), "came back to beat", "came from
# behind to beat"; not "needed to beat Halden to stay up" (a necessity, the match maybe still to
# come), nor "came to Bergen to beat Jon Dahl" (a journey and its aim).
_NEED_VERBS = frozenset({"need", "require"})


def _effort_shown(head: Token) -> bool:
    """Whether ``head`` (a verb of :data:`EFFORT_VERBS`) says an effort was made: for "need" and
    "require" an object of their own, for "come" "back" or a "from" phrase; any other verb of
    the list says it by itself."""
    lemma = head.lemma_.lower()
    if lemma in _NEED_VERBS:
        return any(c.dep_ == "dobj" for c in children(head))
    if lemma == "come":
        return any((c.dep_ in ("advmod", "prt") and c.lower_ == "back") or (c.dep_ == "prep" and c.lower_ == "from")
                   for c in children(head))
    return True


# Verbs (with their particle) that in a contest say the two sides meet in it: "takes on Jon Dahl
# in the final". Off the field "take on" is to hire ("took on 300 staff") or to assume ("take on
# the role", "take on debt"), so the predicate table cannot list it.
MEETING_VERBS = frozenset({"take on"})


@register("contest-take-on")
def contest_take_on(f: Frame, found: Objects) -> bool:
    """"Tom Reed takes on Jon Dahl in the final", "Halden will take on Nordvik at the Bergen Open":
    typed by "play" (PLAY) in the graph.

    Linguistic reason: "take on" with a contender for its object, in a sentence that names a
    contest (a score, a round, a final, a match, an open), is to meet that contender in it: the
    phrasal verb says what "play" says of two sides. Off the field it keeps its own senses ("Vexa
    took on 300 staff", "Tom Reed took on the role of chairman", "took on Nordbank's debt"), which
    the type test (both ends a side: a name, or a personal pronoun for the subject) and the cue
    test (rule ``contest-win``'s) keep out. Graph-only: the Open IE view keeps the verb's words.
    """
    last = f.last
    if last.lemma_.lower() != "take" or last.pos_ != "VERB" or "contest-take-on" in disabled():
        return False  # (the cheap test first: the verb's lemma)
    if found.rule == "svo-prep":
        if found.rel_toks[-1].lower_ != "on":
            return False  # ("on" the parse took for a preposition: "takes on Jon Dahl")
    elif found.rule != "svo" or _lemma(last) not in MEETING_VERBS:
        return False
    return _sides(f, found) and _contest_cue(f.sent)
