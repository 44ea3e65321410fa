"""Who won a prize, as news says it without the verb "win".

- "The best screenplay award went to Anna Berg" → (Anna Berg; win; best screenplay award);
- "Night Train was awarded best foreign film", "It was named best film" → (Night Train; win; best
  foreign film).

Rule ``prize-winner``; "The top prize was given to Anna Berg" is rule ``prize-given-to`` and
"Oscar-winning director Tom Reed" → (Tom Reed; win; Oscar) rule ``prize-compound``. The graph reads it as ``(Anna Berg)-[:WIN]->(best screenplay award)``, the
fact "Anna Berg won the best screenplay award" makes. Graph-only: CaRB's Open IE view keeps the
sentence's own propositions ("award; went to; Anna Berg").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.clauses import is_negated, modal_of, sent_doer, subjects
from kg.extract.nominal import argument, conjuncts
from kg.extract.reading import children, sentence_lemmas, sentence_tokens, sentence_words
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.roles import name_span

# Nouns that name a prize: what "goes to" its winner.
PRIZE_NOUNS = frozenset({
    "award", "prize", "trophy", "medal", "title", "accolade", "honour", "honor", "cup", "crown",
    "oscar", "bafta", "grammy", "emmy", "gong", "statuette",
})
# Verbs whose passive subject receives their object ("was awarded best film"), or is named the
# winner of a category ("was named best director").
GIVING = frozenset({"award", "give", "hand", "present", "name", "vote"})


def _prize(tok: Token) -> bool:
    """A prize, or a category of one ("best documentary", "best foreign film")."""
    return tok.lemma_.lower() in PRIZE_NOUNS or any(c.dep_ == "amod" and c.lower_ == "best" for c in children(tok))


def _went_to(verb: Token) -> tuple[Token, Token] | None:
    """(winner, prize) of "the award went to X"."""
    # the small model tags a prize noun after a title word as a proper noun ("the director award"):
    # a word in lower case is no name
    prize = next((c for c in children(verb) if c.dep_ == "nsubj" and (c.pos_ == "NOUN" or c.is_lower)), None)
    to = next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "to"), None)
    winner = to and next((c for c in children(to) if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    if verb.lemma_ != "go" or prize is None or winner is None or prize.lemma_.lower() not in PRIZE_NOUNS:
        return None
    return winner, prize


def _awarded(verb: Token) -> tuple[Token, Token] | None:
    """(winner, prize) of "X was awarded the prize"."""
    if verb.lemma_ not in GIVING or verb.tag_ != "VBN":
        return None
    winner = next((c for c in children(verb) if c.dep_ == "nsubjpass" and c.pos_ in ("PROPN", "PRON")), None)
    # a named prize the model tags as a proper noun ("was awarded an Oscar") is a prize all the same
    prize = next((c for c in children(verb) if c.dep_ in ("dobj", "attr", "oprd")
                  and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.lemma_.lower() in PRIZE_NOUNS))), None)
    if winner is None or prize is None or not _prize(prize):
        return None
    if verb.lemma_ in ("name", "vote") and not any(c.dep_ == "amod" and c.lower_ == "best" for c in children(prize)):
        return None  # "was named chairman" is a role, "was named best director" a prize
    return winner, prize


# Verbs news uses for winning a prize: "took best actress", "scooped the top prize", "picked up
# two awards". Each wins only with a prize as its object ("took the train" is no win).
TAKING = frozenset({"take", "scoop", "claim", "collect", "land", "bag", "pick", "carry", "lift"})


def _taken(verb: Token) -> tuple[Token, Token] | None:
    """(winner, prize) of "X took best actress", "X picked up the award"."""
    if verb.lemma_ not in TAKING or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children(verb))):
        return None
    if verb.lemma_ == "pick" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in children(verb)):
        return None
    if verb.lemma_ == "carry" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in children(verb)):
        return None
    prize = next((c for c in children(verb) if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if prize is None or not _prize(prize) or (prize.lemma_.lower() == "title" and verb.lemma_ == "take"
                                                and not any(c.dep_ == "amod" for c in children(prize))):
        return None
    proxy = proxy_winner(verb)
    if proxy and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children(prize)):
        return None  # "sent Tom Reed to collect Nordbank's award": Nordbank's, which the graph leaves
    subs, _ = subjects(verb.head if proxy else verb)
    winner = next((s for s in subs if s.pos_ in ("PROPN", "PRON")), None)
    return (winner, prize) if winner is not None else None


# Verbs of fetching a prize: what someone sent can do for the winner ("collect", "pick up").
_FETCHING = frozenset({"collect", "pick"})


@register("sent-to-collect")
def proxy_winner(verb: Token) -> bool:
    """"Jon Dahl sent his brother to collect his award" → (Jon Dahl; win; award): the one who sends
    someone to collect a prize is its winner, not the one sent.

    Linguistic reason: "collect" and "pick up" a prize say it was won only of the one it is
    collected for; a stand-in sent (or hired) "to collect" it collects on the sender's behalf
    (the purpose clause is the sent one's act, rule ``sent-doer``), so the prize, and "his award"
    with it, is the sender's; a prize with a named possessor ("sent Tom Reed to collect Nordbank's
    award") is that possessor's, and neither the sender's nor the sent one's.
    """
    if verb.lemma_ not in _FETCHING or verb.dep_ != "advcl" or "sent-to-collect" in disabled():
        return False
    return sent_doer(verb) is not None


# Every verb a reading of prize_winner_propositions starts from.
_PRIZE_VERBS = frozenset({"win", "go"}) | GIVING | TAKING


def _won_for(verb: Token) -> tuple[Token, list[Token]] | None:
    """(prize, names) of "won acting awards for stars A, B and C", "won the award for best
    screenplay for Cold Harbour": the names a "for" phrase gives after the prize or its category."""
    if verb.lemma_ != "win" and _taken(verb) is None:
        return None
    prize = next((c for c in children(verb) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if prize is None or not _prize(prize):
        return None
    heads = [verb, prize]
    heads += [o for h in list(heads) for p in children(h) if p.dep_ == "prep" and p.lower_ == "for"
              for o in children(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"]  # the category ("for best film")
    names = [c for h in heads for p in children(h) if p.dep_ == "prep" and p.lower_ == "for"
             for o in children(p) if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ not in ("DATE", "TIME")
             for c in conjuncts(o) if c.pos_ == "PROPN"]
    return (prize, names) if names else None


@triggered_by(lemmas=_PRIZE_VERBS)
def prize_winner_propositions(sent: Span) -> Iterator[Proposition]:
    """"The director award went to Tom Reed" → (Tom Reed; win; director award).

    Linguistic reason: a prize "goes to" its winner, and the one who "is awarded" (given, handed)
    a prize or a category ("best documentary") wins it: the passive of a verb of giving makes the
    recipient its subject; one "named best director" is named the winner of that category. Each
    says what "X won the prize" says, so the graph types them WIN. So does "took best actress",
    "scooped the top prize", "picked up the award": to take, claim or collect a prize is to win it;
    and a prize won "for" someone ("won acting awards for stars A and B", "the award for best
    screenplay for Cold Harbour") is theirs too.
    """
    if _PRIZE_VERBS.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its verbs in the sentence: a cheap test before the walk)
    for verb in sentence_tokens(sent):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in _PRIZE_VERBS:
            continue  # (no verb of winning, going, giving or taking: none of the readings below)
        won_for = _won_for(verb)
        if won_for is not None:
            # "won acting awards for stars A and B": a prize won for someone is theirs too
            for name in won_for[1]:
                yield Proposition(sentence=sent, relation="won", lemma="win", args=[argument(name), argument(won_for[0])],
                                  rule="prize-winner", confidence=0.5, open_ie=False,
                                  negated=is_negated(verb), modality=modal_of(verb))
        found = _went_to(verb) or _awarded(verb) or _taken(verb)
        if found is None:
            continue
        winner, prize = found
        yield Proposition(sentence=sent, relation="won", lemma="win", args=[argument(winner), argument(prize)],
                          rule="prize-winner", confidence=0.6, open_ie=False,
                          negated=is_negated(verb), modality=modal_of(verb))
        for other in _listed_winners(verb, winner):
            yield Proposition(sentence=sent, relation="won", lemma="win", args=[argument(other), argument(prize)],
                              rule="prize-winner-list", confidence=0.5, open_ie=False,
                              negated=is_negated(verb), modality=modal_of(verb))


@register("prize-winner-list")
def _listed_winners(verb: Token, winner: Token) -> list[Token]:
    """The other names of the list the winner heads as the verb's subject: "Tom Reed, Jon Dahl and
    Sam Berg were awarded medals" (rule ``prize-winner-list``).

    Linguistic reason: a list of names as the subject of one verb shares the verb, so each of them
    "was awarded" the prize, as the verb rules give each listed subject its own fact of the verb;
    the list is the one the verb rules read ("A, B and C", with the model's appositions in it).
    Only names, and only when the winner is the verb's own subject (not "the award went to X").
    """
    if winner.dep_ not in ("nsubj", "nsubjpass") or "prize-winner-list" in disabled():
        return []
    subs, how = subjects(verb)
    if how != "own" or not any(s.i == winner.i for s in subs):
        return []
    return [s for s in subs if s.i != winner.i and s.pos_ == "PROPN"]


def _given_to(verb: Token) -> tuple[list[Token], Token] | None:
    """(winners, prize) of "the top prize was given to X (and Y)"."""
    if verb.lemma_ not in GIVING_TO or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in children(verb)):
        return None
    prize = next((c for c in children(verb) if c.dep_ == "nsubjpass" and (c.pos_ == "NOUN" or c.is_lower)), None)
    to = next((c for c in children(verb) if c.dep_ in ("dative", "prep") and c.lower_ == "to"), None)
    winner = to and next((c for c in children(to) if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    if prize is None or winner is None or prize.lemma_.lower() not in PRIZE_NOUNS:
        return None
    return [c for c in conjuncts(winner) if c.pos_ == "PROPN"], prize


# Verbs of giving that hand a prize "to" its winner in the passive ("was awarded to X").
GIVING_TO = frozenset({"award", "give", "hand", "present"})


@triggered_by(lemmas=GIVING_TO)
def prize_given_to_propositions(sent: Span) -> Iterator[Proposition]:
    """"The top prize was given to Anna Berg" → (Anna Berg; win; top prize).

    Linguistic reason: the passive of a verb of giving ("give", "award", "hand", "present") with
    the prize as its subject and a "to" phrase names the prize's recipient, as "the award went to
    X" does; a prize received is won. The graph otherwise takes nothing from a passive with no
    "by". Graph-only: the Open IE view keeps (The top prize; was given to; Anna Berg).
    """
    if GIVING_TO.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its verbs in the sentence: a cheap test before the walk)
    for verb in sentence_tokens(sent):
        found = _given_to(verb) if verb.pos_ == "VERB" else None
        if found is None:
            continue
        winners, prize = found
        for winner in winners:
            yield Proposition(sentence=sent, relation="won", lemma="win", args=[argument(winner), argument(prize)],
                              rule="prize-given-to", confidence=0.6, open_ie=False,
                              negated=is_negated(verb), modality=modal_of(verb))


def _compound_winner(winning: Token) -> Token | None:
    """The name an "X-winning" modifier describes: the name itself ("Oscar-winning Night Train")
    or the name its title nouns are compounds of ("Oscar-winning director Tom Reed", "Oscar-nominated
    film biopic Night Train": each noun of the run restricts the next, the name last)."""
    tok = winning.head
    while tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        tok = tok.head
    return tok if tok.pos_ == "PROPN" and tok.i > winning.i else None


def _untagged_name(head: Token) -> list[Token]:
    """A name the model did not tag: the proper nouns the parse joins to its head; none when an
    "of" phrase goes on with it ("Lord of the Harbours"), which the graph's node would cut."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children(head)):
        return []
    return [t for t in head.subtree if t.i <= head.i and (
        t.i == head.i or (t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"))]


# "N-winning" and "N-nominated" before a name: the relation, lemma and rule of each
_COMPOUND_READINGS = {"winning": ("won", "win", "prize-compound"),
                      "nominated": ("nominated for", "nominate for", "nominee-compound")}


@triggered_by(words=_COMPOUND_READINGS)
def prize_compound_propositions(sent: Span) -> Iterator[Proposition]:
    """"Oscar-winning director Tom Reed" → (Tom Reed; win; Oscar); "World Cup-winning captain Jon
    Dahl" → (Jon Dahl; win; World Cup); "Bafta-nominated actor Tom Reed" → (Tom Reed; nominate
    for; Bafta), the relation ``NOMINATE_FOR`` of "was nominated for a Bafta" (rule
    ``nominee-compound``, :mod:`kg.extract.passives`).

    Linguistic reason: a compound adjective "N-winning" is a reduced relative clause whose
    participle keeps its object before it ("a director who won an Oscar"): the noun before the
    hyphen is what was won, and the name the adjective modifies (or the name its title noun
    belongs to) is the winner. "N-nominated" is the reduced passive ("an actor who was nominated
    for a Bafta"): the noun is what the name is in the running for. Only a prize with a name of its own (capitalised: "Oscar",
    "Bafta", "World Cup"); "award-winning" or "match-winning" does not say which. Graph-only: the
    Open IE view keeps the phrase as it stands.
    """
    if sentence_words(sent).isdisjoint(_COMPOUND_READINGS):
        return  # (no "winning" or "nominated" in the sentence: a cheap test before the walk)
    for tok in sentence_tokens(sent):
        reading = _COMPOUND_READINGS.get(tok.lower_)
        if reading is None or tok.dep_ != "amod" or not any(c.text == "-" for c in children(tok)):
            continue
        prize = next((c for c in children(tok) if c.dep_ in ("npadvmod", "compound", "nmod")
                      and c.i < tok.i and c.text[:1].isupper() and c.pos_ in ("NOUN", "PROPN")), None)
        winner = _compound_winner(tok)
        if prize is None or winner is None:
            continue
        # the name the model tagged, else the proper nouns the parse joins to its head
        span = name_span(winner) or _untagged_name(winner)
        inner = {t.i for t in tok.subtree}
        name = tuple(t for t in span if t.i not in inner and t.text != "-")
        if not name or winner not in name:
            continue
        relation, lemma, rule = reading
        yield Proposition(sentence=sent, relation=relation, lemma=lemma, args=[Argument(winner, name), argument(prize)],
                          rule=rule, confidence=0.55, open_ie=False)


# Verbs of giving whose passive subject receives what is left as the object ("was handed a
# ban"), and those that withhold it ("was denied a visa": not received).
GIVING_THINGS = frozenset({"give", "hand", "grant", "award", "issue", "serve", "pay", "send", "lend"})
WITHHOLDING = frozenset({"deny", "refuse"})


@register("no-thing-given")
def no_thing_given(verb: Token, thing: Token) -> bool:
    """'"I have been sent off a couple of times," said Tom Reed': a verb of giving with a particle
    ("sent off", "paid out") or a count of occasions read as its object ("a couple of times",
    "three times") gives nothing to receive (no ``Reed RECEIVE couple``).

    Linguistic reason: a particle makes a phrasal verb of its own sense ("send off" is to dismiss,
    "pay off" to settle), which is no verb of giving with two objects; and a noun phrase of times
    is an adverbial of frequency (how often), not the second object of "give".
    """
    if "no-thing-given" in disabled():
        return False
    if any(c.dep_ == "prt" for c in children(verb)):
        return True
    counted = [thing, *(g for c in children(thing) if c.dep_ == "prep" and c.lower_ == "of"
                        for g in children(c) if g.dep_ == "pobj")]
    return any(t.lemma_ == "time" for t in counted)


@triggered_by(lemmas=GIVING_THINGS | WITHHOLDING)
def passive_recipient_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed and Anna Berg were given two-year bans" → (Tom Reed; receive; two-year bans), for
    each of them.

    Linguistic reason: the passive of a verb of giving with two objects makes the recipient its
    subject and keeps the thing given as its object ("X gave Tom Reed a ban" → "Tom Reed was given
    a ban"), so the subject receives the object; "was denied a visa" says it was not received.
    A prize given is won (``_awarded`` above), not this. Graph-only: the Open IE view keeps
    (Tom Reed; were given; two-year bans).
    """
    lemmas = sentence_lemmas(sent)
    if GIVING_THINGS.isdisjoint(lemmas) and WITHHOLDING.isdisjoint(lemmas):
        return  # (none of its words in the sentence: nothing below can match)
    for verb in sentence_tokens(sent):
        lemma = verb.lemma_
        if (lemma not in GIVING_THINGS and lemma not in WITHHOLDING) or verb.tag_ != "VBN" \
                or not any(c.dep_ == "auxpass" for c in children(verb)) or _awarded(verb) is not None:
            continue
        thing = next((c for c in children(verb) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if thing is None or no_thing_given(verb, thing):
            continue
        subs, _ = subjects(verb)
        for subj in subs:
            yield Proposition(sentence=sent, relation=f"{verb.text}", lemma="receive",
                              args=[argument(subj), argument(thing)], rule="passive-recipient", confidence=0.55,
                              negated=is_negated(verb) != (lemma in WITHHOLDING), modality=modal_of(verb),
                              open_ie=False)


# What a contest gives its winner besides a prize: "claimed victory", "claimed top spot", "claimed
# the first set".
WINNINGS = frozenset({"victory", "win", "spot", "place", "set", "point", "gold", "silver", "bronze", "lead",
                      "record", "best", "double", "treble", "hat-trick", "try", "goal", "seat", "championship",
                      "league", "series", "match", "race", "game", "final", "crown", "title"})


@register("claim-object")
def claimed_relation(verb_lemma: str, rule: str, obj: Token) -> str | None:
    """"Argentina claimed top spot", "Holm claimed the Nordic crown": the relation type of "claim"
    with a noun phrase as its object (None: the table's, SAY).

    Linguistic reason: "claim" has two senses that its complement tells apart. With a clause
    ("claimed that prices would rise") it asserts, a verb of saying; with a noun phrase it takes
    something as one's own: a prize, a victory or a place in a contest is won (WIN, as "took best
    actress" is), anything else ("claimed responsibility", "claimed damages") is claimed (CLAIM),
    and in neither case said.
    """
    if "claim-object" in disabled() or verb_lemma != "claim" or rule != "svo":
        return None
    return "WIN" if _prize(obj) or obj.lemma_.lower() in WINNINGS else "CLAIM"
