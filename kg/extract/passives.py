"""Passives with no "by" whose meaning from the patient's side is clear.

The graph takes no fact from a passive without a doer (:func:`kg.extract.verbs._in_graph`): typed
as the active verb, the patient would be its doer ("was made an OBE" is no MAKE). A few passives
say, from the patient's side, something the graph has a relation for; each is a rule of its own
(any other with a prepositional object is typed by the passive itself, "be ruled out of":
:mod:`kg.extract.patient_passives`):

- "Tom Reed was nominated (shortlisted) for the Nordic Prize" → (Tom Reed; nominate for; Nordic
  Prize), the relation ``NOMINATE_FOR`` from the nominee (rule ``nominee-passive``);
- "Bafta-nominated actor Tom Reed", the reduced passive before a name, the same (rule
  ``nominee-compound``, read with "Oscar-winning" in :mod:`kg.extract.prizes`);
- "Jon Dahl has been made an MBE" → (Jon Dahl; receive; MBE), ``RECEIVE`` (rule ``honour-made``);
- "Anna Berg was born in Bergen" → (Anna Berg; born in; Bergen), ``BORN``, as "Bergen-born Anna
  Berg" gives (rule ``passive-born-in``).

A list of names the parse reads as a name and an apposition ("Anna Berg, Tom Reed and Jon Dahl
are nominated") gives a fact for each name (:func:`kg.extract.clauses.subjects` lists them,
rule ``listed-subject``). Graph-only: the Open IE view
keeps the sentence's own proposition (Tom Reed; was nominated for; the Nordic Prize).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.absolutes import fronted_participle
from kg.extract.base import Proposition
from kg.extract.clauses import is_negated, modal_of, subjects
from kg.extract.conditions import condition_clause
from kg.extract.contest_adjuncts import duration
from kg.extract.nominal import PLACE_TYPES, argument, conjuncts
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, triggered_by

# Verbs whose passive subject is put forward for a prize, a post or a category.
NOMINATING = frozenset({"nominate", "shortlist", "short-list", "longlist", "renominate"})
# Nouns after "for" that say what the nominee did, not what they are in the running for
# ("nominated for her role in Night Train").
_DEEDS = frozenset({"role", "part", "performance", "portrayal", "work", "turn", "contribution", "effort"})
# Nouns that count what their "of" phrase names ("a pair of Brit Awards", "a number of prizes").
_COUNTING = frozenset({"pair", "couple", "number", "host", "string", "series", "trio", "handful", "clutch", "raft",
                       "slew", "total"})
# The honours whose letters follow a name: to be made one is to receive it.
HONOURS = frozenset({"OBE", "MBE", "CBE", "KBE", "DBE", "GBE"})


def _passive(verb: Token) -> bool:
    """A past participle with a passive auxiliary, one on a noun ("the films nominated for") or one
    opening the sentence ("Born in Bergen, Jon Dahl ...": kg.extract.absolutes)."""
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in children(verb))
                                   or fronted_participle(verb))


def _propositions(sent: Span, verb: Token, objects: list[Token], relation: str, lemma: str,
                  rule: str) -> Iterator[Proposition]:
    if condition_clause(verb):
        return  # "if Tom Reed was nominated for the prize": supposed, not stated (graph-only rules)
    subs, _ = subjects(verb)  # (each name of a list already: rule listed-subject)
    for subj in subs:
        for obj in objects:
            yield Proposition(sentence=sent, relation=relation, lemma=lemma, args=[argument(subj), argument(obj)],
                              rule=rule, confidence=0.55, negated=is_negated(verb), modality=modal_of(verb),
                              open_ie=False)


def _counted(noun: Token) -> Token:
    """What a noun of quantity counts: "a pair of Brit Awards" is Brit Awards (a nomination is for
    the prizes, not for the pair)."""
    if noun.lemma_.lower() not in _COUNTING:
        return noun
    of = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = of and next((c for c in children(of) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return counted if counted is not None else noun


def _nominated_for(verb: Token) -> list[Token]:
    """What a nominee is in the running for: the "for" phrase's noun ("for best actress"), or a
    category named with "in" ("in the best film category"); none for a deed or a stretch of time."""
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "in"):
            continue
        pobj = next((c for c in children(prep) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if pobj is None:
            continue
        if prep.lower_ == "in" and (pobj.lemma_.lower() != "category"
                                    or any(c.dep_ == "nummod" for c in children(pobj))):
            continue  # "nominated in Bergen", "in six categories": no one thing to win
        if prep.lower_ == "for" and (pobj.lemma_.lower() in _DEEDS or duration(pobj)):
            continue
        return [c for c in conjuncts(_counted(pobj)) if c.pos_ in ("NOUN", "PROPN")]
    return []


@triggered_by(lemmas=NOMINATING)
def nominee_passive_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed was nominated for the Nordic Prize" → (Tom Reed; nominate for; Nordic Prize);
    "Anna Berg was shortlisted for best actress" the same.

    Linguistic reason: "nominate X for Y" puts X forward for Y; its passive makes the nominee the
    subject and keeps Y in the "for" phrase, so the clause says from the nominee's side that the
    nominee is in the running for Y, whoever nominated. The graph types that ``NOMINATE_FOR``,
    a relation of its own from the nominee (not the nominator's APPOINT, which "nominate" alone
    with its object is); a "for" phrase of a deed ("for her role") or a time ("for the first
    time") is why or when, not what for.
    """
    if "nominee-passive" in disabled() or NOMINATING.isdisjoint(sentence_lemmas(sent)):
        return
    for verb in sentence_tokens(sent):
        if verb.lemma_.lower() not in NOMINATING or not _passive(verb):
            continue
        yield from _propositions(sent, verb, _nominated_for(verb), verb.text + " for", "nominate for",
                                 "nominee-passive")


@triggered_by(lemmas={"make"})
def honour_made_propositions(sent: Span) -> Iterator[Proposition]:
    """"Jon Dahl has been made an MBE" → (Jon Dahl; receive; MBE).

    Linguistic reason: "make X a Y" names what X becomes (an object complement); with an honour
    whose letters follow a name (OBE, MBE, CBE, ...), to become one is to be given the honour, so
    the one made an OBE receives the OBE (as "was awarded an OBE" says, rule
    ``passive-recipient``). Read as the active "make", the new member would be its maker.
    """
    if "honour-made" in disabled() or "make" not in sentence_lemmas(sent):
        return
    for verb in sentence_tokens(sent):
        if verb.lemma_ != "make" or not _passive(verb):
            continue
        honour = next((c for c in children(verb) if c.dep_ in ("dobj", "oprd", "attr") and c.text in HONOURS), None)
        if honour is not None:
            yield from _propositions(sent, verb, [honour], verb.text, "receive", "honour-made")


@triggered_by(lemmas={"bear"})
def born_in_propositions(sent: Span) -> Iterator[Proposition]:
    """"Anna Berg was born in Bergen" → (Anna Berg; born in; Bergen), the graph's ``BORN``.

    Linguistic reason: "be born" is a passive with no doer to name (the mother is never the
    agent the active would make her); "in" with a place says where the subject was born, the
    fact "Bergen-born Anna Berg" states (rule ``born-in``). A time after "in" ("in 1970") is
    when, and gives no fact.
    """
    if "passive-born-in" in disabled() or "bear" not in sentence_lemmas(sent):
        return
    for verb in sentence_tokens(sent):
        if verb.lemma_ != "bear" or verb.lower_ != "born" or not _passive(verb):
            continue
        places = [o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "in"
                  for o in children(p) if o.dep_ == "pobj" and o.ent_type_ in PLACE_TYPES]
        yield from _propositions(sent, verb, places[:1], "born in", "born", "passive-born-in")
