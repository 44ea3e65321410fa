"""Prepositions that name a recipient or an employer, kept in the relation of a verb whose bare
relation would read that person as the thing acted on (issue #13, round 28: precision on unseen
news, prec28).

- "Tom Reed kicked to Jon Dahl", "Nordbank sold to Vexa Holdings": after a verb of handing on (a
  ball, goods, a letter) with no object of its own, "to" names who received it; the relation
  keeps it, (Tom Reed; KICK_TO; Jon Dahl), not (Tom Reed; KICK; Jon Dahl), which says Jon Dahl
  was kicked, or Vexa was sold (rule ``recipient-to``);
- "Tom Reed worked for Jon Dahl", "Anna Berg starred for Nordvik": after "work" or "star", "for"
  names the employer or side; the relation keeps it, (Tom Reed; WORK_FOR; Jon Dahl) (rule
  ``employer-for``).

Graph-only: the Open IE view's relation is the sentence's words already ("kicked to").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.reading import children
from kg.extract.registry import disabled, register

# Verbs of handing on whose direct object is the thing handed on (a ball, goods, money, a message):
# with "to" their prepositional object is the recipient ("passed to Reed", "sold to Vexa", "wrote
# to the minister"). Not verbs of motion ("went to", "returned to", "headed to": the place reached)
# nor of speech ("said to", "spoke to": the hearer, as SAY keeps it).
TRANSFER_VERBS = frozenset({
    "kick", "pass", "cross", "chip", "lob", "flick", "square", "play", "throw", "toss", "feed",
    "sell", "lend", "loan", "hand", "give", "deliver", "send", "ship", "supply", "donate", "offer",
    "leak", "write", "transfer",
})

# Verbs whose "for" names who the subject works or performs for (an employer, a side).
EMPLOYER_VERBS = frozenset({"work", "star"})


def _particles(verb: Token, prep: Token) -> list[str]:
    return [c.lower_ for c in children(verb) if c.dep_ == "prt" and c.i < prep.i]


@register("recipient-to")
def recipient_to(verb: Token, prep: Token) -> str | None:
    """"kicked to Jon Dahl" → KICK_TO, "sold to Vexa Holdings" → SELL_TO: the predicate of the
    graph's fact keeps "to" after a verb of handing on (None: the verb's own).

    Linguistic reason: a verb of handing on (kick, pass, sell, lend, send, write) takes the thing
    handed on as its direct object and the recipient through "to" (or as an indirect object before
    the direct one). With the direct object left unsaid ("kicked to Reed", "sold to Vexa") the
    "to" phrase is still the recipient; the bare relation (KICK Reed, SELL Vexa) reads it as the
    direct object, the thing kicked or sold: the wrong participant. Verbs of motion and speech take
    their goal or hearer through "to" and keep their own relation. Graph-only.
    """
    if prep.lower_ != "to" or verb.lemma_.lower() not in TRANSFER_VERBS or "recipient-to" in disabled():
        return None
    return " ".join([verb.lemma_.lower(), *_particles(verb, prep), "to"])


@register("employer-for")
def employer_for(verb: Token, prep: Token) -> str | None:
    """"worked for Jon Dahl" → WORK_FOR, "starred for Nordvik" → STAR_FOR: the predicate of the
    graph's fact keeps "for" after "work" or "star" (None: the verb's own).

    Linguistic reason: "work" and "star" (as a player) take no object; their "for" names the
    employer or side the work or play is done for, a relation of its own (WORK_FOR is what "Tom
    Reed of Nordbank" gives too). The bare relation (WORK Jon Dahl, STAR Nordvik) reads the
    employer as the thing worked or the one starred, which the sentence does not say. Graph-only.
    """
    if prep.lower_ != "for" or verb.lemma_.lower() not in EMPLOYER_VERBS or "employer-for" in disabled():
        return None
    return " ".join([verb.lemma_.lower(), *_particles(verb, prep), "for"])
