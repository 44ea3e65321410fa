"""Match results as sport news writes them with a noun: "Arsenal's win over Chelsea", "United
sealed a 3-0 victory against Leeds", "Chelsea suffered a defeat to Arsenal", "a draw with Hull".

Rule ``match-result``. The graph reads each as the verb would say it: ``(Arsenal)-[:DEFEAT
{beat}]->(Chelsea)``, ``(Leeds)-[:DRAW_WITH]->(Hull)``. Graph-only: CaRB's Open IE view keeps the
sentence's own propositions ("Chelsea; suffered; a defeat to Arsenal").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import NOUN
from spacy.tokens import Span, Token

from kg.extract.base import Proposition
from kg.extract.clauses import is_negated, subjects
from kg.extract.nominal import argument, conjuncts
from kg.extract.partners import relative_owner
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, register, triggered_by

# Nouns of a result, with the prepositions that name the other side: the winner's noun names the
# loser ("win over", "victory against"), the loser's the winner ("defeat to", "loss by").
WIN_NOUNS = frozenset({"win", "victory", "triumph", "success", "thrashing", "drubbing", "rout"})
LOSS_NOUNS = frozenset({"defeat", "loss", "reverse"})
# Nouns of a defeat one side gives another or takes from it ("handed Oslo a 3-0 thrashing", "suffered
# a reverse to Oslo"): the loser's nouns and the nouns of a beating, whose doer is the winner
# (``given-result`` and ``light-noun-paraphrase`` read the same set).
DEFEAT_NOUNS = LOSS_NOUNS | {"beating", "hammering", "thrashing"}
DRAW_NOUNS = frozenset({"draw"})
_PREPS = {**dict.fromkeys(WIN_NOUNS, ("over", "against")), **dict.fromkeys(LOSS_NOUNS, ("to", "by", "against")),
          **dict.fromkeys(DRAW_NOUNS, ("with", "against"))}
RESULT_PREPS = _PREPS  # (the nouns other rules leave to this one: kg.extract.noun_preps)
# Prepositions by which a clause says its subject got the result: "went top after a win over X".
_RESULT_PREPS = frozenset({"with", "after", "following", "in"})
# Verb forms that state what happened: a past ("sealed") or a perfect ("have sealed"); not a wish
# or a plan ("need a win over Chelsea", "will seek a victory").
_HAPPENED = frozenset({"VBD", "VBN"})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall", "'ll", "wo"})
_SIDE_TYPES = frozenset({"ORG", "GPE", "PERSON", "NORP"})


def _is_side(tok: Token | None) -> bool:
    """A team or a player: a name, or a pronoun the resolver may take back to one ("their win")."""
    return tok is not None and (tok.pos_ == "PROPN" or tok.ent_type_ in _SIDE_TYPES or tok.pos_ == "PRON")


def _other_side(noun: Token) -> Token | None:
    preps = _PREPS.get(noun.lemma_.lower(), ())
    for prep in (c for c in children(noun) if c.dep_ == "prep" and c.lower_ in preps):
        pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ != "PRON" and _is_side(pobj):
            return pobj
        named = pobj and next((c for c in children(pobj) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            return named  # "his win over top seed Jon Dahl": the name in apposition with the description
    return None


def _result_verb(noun: Token) -> Token | None:
    """The verb whose subject got the result: the noun is its object ("sealed a win") or the
    object of a preposition on it ("went top after a win")."""
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in _RESULT_PREPS and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    if verb.pos_ != "VERB" or is_negated(verb):
        return None
    tensed = verb.head.head if _by_means(verb) else verb  # "won the title by sealing a win over X"
    group = [tensed, *(c for c in children(tensed) if c.dep_ in ("aux", "auxpass"))]
    if tensed.tag_ not in _HAPPENED or is_negated(tensed) or any(t.lower_ in _MODALS for t in group):
        return None
    return verb


def _by_means(verb: Token) -> bool:
    """A gerund of means ("reached the final by recording a win over X"): its understood subject
    is the subject of the verb its "by" phrase is on, and that verb carries the tense."""
    return (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by"
            and verb.head.head.pos_ == "VERB")


def _first_side(noun: Token) -> Token | None:
    """Whose result the noun is: its possessor ("Arsenal's win"), else the subject of the verb
    that got it ("Arsenal sealed a win")."""
    poss = next((c for c in children(noun) if c.dep_ == "poss"), None)
    if poss is not None:
        return relative_owner(poss) if _is_side(poss) else None
    verb = _result_verb(noun)
    subj = verb and next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if verb is not None and subj is None and _by_means(verb):
        subj = next(iter(subjects(verb)[0]), None)
    return subj if _is_side(subj) else None


# Verbs by which the subject gives the other side a result ("handed a defeat to Oslo").
_GIVING = frozenset({"hand", "deal", "give", "inflict"})


@register("given-result")
def given_result(noun: Token) -> bool:
    """"Bergen handed a 3-0 defeat to Oslo": the subject gave the defeat, so the subject won.

    Linguistic reason: a loser's noun after a verb of giving ("hand", "deal", "give", "inflict")
    names the side that received it in its "to" phrase, and the giver is the winner; the loser's
    noun after a verb of getting ("suffered a defeat to Oslo") names the winner there instead.
    """
    return (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _GIVING
            and "given-result" not in disabled())


def loss_of_something(noun: Token) -> bool:
    """"a loss of market share", "a $5m loss", "a loss of 5%": a loss of something or of money,
    no defeat (the guard ``given-result`` and ``light-noun-paraphrase`` share)."""
    return (any(c.dep_ == "prep" and c.lower_ == "of" for c in children(noun))
            or any(t.ent_type_ in ("MONEY", "PERCENT") for t in noun.doc[noun.left_edge.i:noun.i]))


def given_defeat(prop: Proposition) -> bool:
    """"Bergen handed Oslo a 3-0 defeat": the recipient of a defeat given (``given-result``), a
    side, as the object of a proposition the ``recipient`` reading would give as "handed to"."""
    if len(prop.args) < 2:
        return False
    recipient = prop.args[1].head
    verb = recipient.head
    if recipient.dep_ != "dative" or verb.lemma_.lower() not in _GIVING or not _is_side(recipient):
        return False
    thing = next((c for c in children(verb) if c.dep_ == "dobj"), None)
    return (thing is not None and thing.lemma_.lower() in DEFEAT_NOUNS
            and given_result(thing) and recipient.pos_ != "PRON" and not loss_of_something(thing))


@triggered_by(lemmas=_PREPS)
def match_result_propositions(sent: Span) -> Iterator[Proposition]:
    """"Arsenal's 2-1 win over Chelsea" → (Arsenal; beat; Chelsea); "Chelsea suffered a defeat to
    Arsenal" → (Arsenal; beat; Chelsea); "a 1-1 draw with Hull" after "Leeds" → (Leeds; draw with; Hull).

    Linguistic reason: a result noun is the nominal form of the verb of the result ("win over X" is
    "beat X"); its possessor, or the subject of the verb that got it, is the side it is of, and its
    preposition names the other side: the loser after a winner's noun ("over", "against"), the
    winner after a loser's noun ("defeat to", "loss by"). Only what happened: a past or perfect verb,
    not negated and with no modal ("Arsenal need a win over Chelsea" is no result). A gerund of
    means ("reached the final by recording a win over X") takes its subject and its tense from the
    verb its "by" phrase is on (round 16).
    """
    if _PREPS.keys().isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for noun in sentence_tokens(sent):
        if noun.pos != NOUN:
            continue
        lemma = noun.lemma_.lower()
        if lemma not in _PREPS:
            continue
        other, side = _other_side(noun), _first_side(noun)
        if other is None or side is None:
            continue
        if lemma in DRAW_NOUNS:
            relation, lemma_out, args = "drew with", "draw with", [argument(side), argument(other)]
        elif lemma in LOSS_NOUNS and not given_result(noun):
            relation, lemma_out, args = "beat", "beat", [argument(other), argument(side)]
        else:
            relation, lemma_out, args = "beat", "beat", [argument(side), argument(other)]
        yield Proposition(sentence=sent, relation=relation, lemma=lemma_out, args=args, rule="match-result",
                          confidence=0.6, open_ie=False)


# Verbs that with "off" say a contender was kept from winning ("fought off", "saw off", "held off",
# "fended off"), and the nouns of a contest whose "from" phrase names the contender.
REPELLING = frozenset({"fight", "see", "hold", "fend", "beat", "stave", "ward"})
CONTEST_NOUNS = frozenset({"competition", "challenge", "bid", "rivalry", "opposition"})


@triggered_by(lemmas=REPELLING)
def repelled_rival_propositions(sent: Span) -> Iterator[Proposition]:
    """"Vexa fought off competition from Nordbank and Halden" → (Vexa; beat; Nordbank), (Vexa;
    beat; Halden).

    Linguistic reason: "fight off" ("see off", "hold off", "fend off") a contest noun is to prevail
    in that contest; the noun's "from" phrase names the contenders, so the subject beat each of
    them, as "won ahead of X" says. Only what happened: a verb that is not negated and has no
    modal. Graph-only: the Open IE view keeps (Vexa; fought off; competition from Nordbank ...).
    """
    if REPELLING.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for verb in sentence_tokens(sent):
        if verb.lemma_ not in REPELLING or verb.pos_ != "VERB" or is_negated(verb) \
                or not any(c.dep_ == "prt" and c.lower_ == "off" for c in children(verb)) \
                or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children(verb)):
            continue
        contest = next((c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() in CONTEST_NOUNS), None)
        source = contest and next((c for c in children(contest) if c.dep_ == "prep" and c.lower_ == "from"), None)
        rival = source and next((c for c in children(source) if c.dep_ == "pobj"), None)
        subs = subjects(verb)[0] if rival is not None else []
        winner = next((s for s in subs if s.pos_ == "PROPN" or s.pos_ == "PRON"), None)
        if rival is None or winner is None:
            continue
        for other in conjuncts(rival):
            if other.pos_ == "PROPN":
                yield Proposition(sentence=sent, relation="beat", lemma="beat",
                                  args=[argument(winner), argument(other)], rule="fought-off",
                                  confidence=0.55, open_ie=False)
