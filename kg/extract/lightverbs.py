"""Talks and meetings said with a light verb: "Nordbank held talks with Fjord Capital", "the two
firms are in talks with Kestrel", "Anna Berg had a meeting with Tom Reed"; and acts towards one
party: "Nordvik will play host to Fjord United", "launched a bid for Nordbank".

Rule ``light-verb``. The graph reads each as the verb the noun is made from would say it:
``(Nordbank)-[:TALK {talk}]->(Fjord Capital)``, ``(Anna Berg)-[:MEET]->(Tom Reed)``. Graph-only:
CaRB's Open IE view keeps the sentence's own propositions ("Nordbank; held; talks with Fjord Capital").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.adjuncts import attribution_of, denied_clause, unasserted_report
from kg.extract.base import Proposition
from kg.extract.clauses import COMMITTING, FRAMING, NEGATING, is_negated, modal_of, subjects, verb_chain
from kg.extract.conditions import condition_clause
from kg.extract.misparsed import claimed_clause
from kg.extract.nominal import argument, conjuncts
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.verbs import MODAL_ADJECTIVES  # the adjectives that make an infinitive's act a prospect

# Nouns of an exchange between two parties, with the verb each is made from.
# A chat or a conversation is talk ("had a chat with Tom Reed" is "talked with him").
EXCHANGE_NOUNS = {"talk": "talk", "meeting": "meet", "discussion": "discuss", "negotiation": "negotiate",
                  "chat": "talk", "conversation": "talk"}
# Verbs that add little but tense to such a noun: "hold talks" is to talk.
LIGHT_VERBS = frozenset({"hold", "have", "conduct", "begin", "open", "start", "enter", "resume", "continue"})
# Nouns of an act towards one party, with the verb each says, the preposition that names the party,
# and the light verbs news uses with it: "play host to X" is to host X, "pay a visit to X" to visit
# X, "launch a bid for X" to bid for X.
ACT_NOUNS: dict[str, tuple[str, tuple[str, ...], frozenset[str]]] = {
    "host": ("host", ("to",), frozenset({"play"})),
    "visit": ("visit", ("to",), frozenset({"pay", "make"})),
    "bid": ("bid for", ("for",), frozenset({"make", "launch", "lodge", "table", "mount", "submit", "put"})),
    # "made her film debut in Cold Harbour", "made his debut for Nordvik"
    "debut": ("debut", ("in", "for"), frozenset({"make"})),
    "appearance": ("appear", ("in", "for"), frozenset({"make"})),
}
_PARTY_TYPES = frozenset({"ORG", "GPE", "PERSON", "NORP"})


def _party(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in _PARTY_TYPES or tok.pos_ == "PRON"


def _light_verb(noun: Token) -> Token | None:
    """The verb that holds the exchange: "held talks" (its object) or "are in talks" ("be in")."""
    if noun.dep_ == "dobj" and noun.head.lemma_ in LIGHT_VERBS:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ == "be":
        return noun.head.head
    return None


@register("light-verb-matrix")
def light_verb_matrix(verb: Token) -> tuple[bool, str | None]:
    """"Nordbank is poised to launch a bid for Vexa", "Nordbank wants to hold talks with Vexa",
    "Nordbank declined to make a bid for Vexa": the negation and the modality the verbs above the
    light verb give its act (no modality ``poise``-less ``Nordbank BID_FOR Vexa``, a negated one
    after "declined to").

    Linguistic reason: a light verb that is the infinitive of a verb or adjective of expectation,
    intention or readiness ("poised to", "set to", "plans to", "likely to") names an act not yet
    done, as the verb rules read "is poised to buy"; a verb that denies its complement ("declined
    to", "failed to") denies it. The matrix's own auxiliary ("could want to") counts too.
    Returns (negated, modality) for the whole chain from the top matrix down to the light verb.
    """
    negated, modality = is_negated(verb), modal_of(verb)
    if verb.dep_ != "xcomp" or "light-verb-matrix" in disabled():
        return negated, modality  # (the cheap test first: most light verbs head their own clause)
    top = verb
    while top.dep_ == "xcomp" and top.head.pos_ in ("VERB", "AUX", "ADJ") and top.head.i != top.i:
        top = top.head
    if top.pos_ == "ADJ" and top.dep_ == "acomp":
        top = top.head  # "is likely to make a bid": the copula heads the chain
    chain = [t for t in verb_chain(top) if t.i != verb.i]
    for tok in chain:
        lemma = tok.lemma_.lower()
        negated = negated or is_negated(tok) or lemma in NEGATING or lemma == "unable"
        acomp = next((c for c in children(tok) if c.dep_ == "acomp" and c.lemma_.lower() in MODAL_ADJECTIVES), None)
        word = modal_of(tok) or (
            lemma if (lemma in (FRAMING - {"be", "have", "say"}) | COMMITTING or lemma in MODAL_ADJECTIVES
                      or (tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children(tok))))
            else None) or (acomp.lemma_.lower() if acomp is not None else None)
        modality = modality or word
    return negated, modality


@register("no-noun")
def no_noun(noun: Token) -> bool:
    """"Nordbank has no contract with Vexa Holdings", "Nordbank held no talks with Vexa": True for
    a light verb's noun determined by "no", which denies the act (no ``HAVE_CONTRACT_WITH``).

    Linguistic reason: "no" is the negative determiner; on the noun of a light verb it denies
    that the verb holds of anything of that kind ("has no contract" = does not have a contract),
    as it does on a verb's object (the verb rules' ``_no_object``).
    """
    return "no-noun" not in disabled() and any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun))


def _between_parties(sent: Span, verb: Token, other: Token, relation: str, lemma: str, noun: Token,
                     rule: str = "light-verb") -> Iterator[Proposition]:
    """One fact from each named subject of the light verb to each party its phrase lists; the light
    verb and the verbs above it give the negation and the modality, a "no" on the noun negates, a
    reporting verb above gives the attribution ("denied that": negated, as the verb rules read it),
    and a condition or an unasserted report ("did not deny that") gives none."""
    if condition_clause(verb) or unasserted_report(verb):
        return  # "if Nordbank launches a bid for Vexa", "did not deny that ...": supposed or left open
    subs, _ = subjects(verb)
    negated, modality = light_verb_matrix(verb)
    attribution = attribution_of(verb)  # "Tom Reed said Nordbank held talks with Vexa": Reed's claim
    negated = (negated or no_noun(noun)) != (attribution is not None and denied_clause(verb))
    modality = claimed_party_act(verb) or modality  # "allegations that Vexa held talks with Nordbank"
    for subj in (s for s in subs if _party(s)):
        for party in (o for o in conjuncts(other) if _party(o) and o.pos_ != "PRON"):
            yield Proposition(sentence=sent, relation=relation, lemma=lemma,
                              args=[argument(subj), argument(party)], rule=rule,
                              negated=negated, modality=modality, attribution=attribution, confidence=0.55,
                              open_ie=False)


@register("claimed-party-act")
def claimed_party_act(verb: Token) -> str | None:
    """"examining allegations that Tom Reed avoided tests in Halden", "reports that Vexa held talks
    with Nordbank": a light verb's or an object noun's fact between two parties (``light-verb``,
    ``object-noun-prep``) in the content clause of a noun of claim takes that noun as its modality
    (``allegation``, ``report``), as the verb rules' facts do (``claimed-clause``).

    Linguistic reason: the clause that completes "allegations", "claims", "reports" or "fears" is
    what is alleged or reported, not what the writer states happened; a fact read from its verb
    and object noun ("avoided tests in Halden") is as much a claim as one read from its verb and
    object, and without the noun as its modality the graph states the allegation as done. Not a
    factive noun ("the news that"): ``claimed_clause`` reads only nouns of claim, belief or fear.
    """
    if "claimed-party-act" in disabled() or not claimed_clause(verb):
        return None
    return verb.head.lemma_.lower()


def act_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordvik will play host to Fjord United" → (Nordvik; host; Fjord United); "Anna Berg
    launched a bid for Nordbank" → (Anna Berg; bid for; Nordbank).

    Linguistic reason: as with talks, a light verb ("play", "pay", "launch") with a noun made from
    a verb says what that verb says, and the noun's preposition names the one the act is towards;
    the light verb gives the subject, the tense, the negation and the modality.
    """
    if ACT_NOUNS.keys().isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for noun in sentence_tokens(sent):
        act = ACT_NOUNS.get(noun.lemma_.lower())
        if act is None or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "ccomp") or noun.head.lemma_ not in act[2]:
            continue  # (the model reads "made her film debut" as a clause, "her film" its subject)
        lemma, prep_words, _ = act
        verb = noun.head
        # the party hangs on the noun or on the verb, after a phrase of time ("made her debut in
        # 1963 in Cold Harbour"): the first whose object is no date
        preps = [c for h in (noun, verb) for c in children(h) if c.dep_ == "prep" and c.lower_ in prep_words and c.i > noun.i]
        other = next((o for p in sorted(preps, key=lambda t: t.i) for o in children(p)
                      if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")), None)
        if other is None:
            continue
        relation = " ".join([verb.text, *(t.text for t in noun.lefts if t.dep_ in ("det", "poss")), noun.text, other.head.text])
        yield from _between_parties(sent, verb, other, relation, lemma, noun)


@triggered_by(lemmas=EXCHANGE_NOUNS.keys() | ACT_NOUNS.keys())  # (and act_propositions's nouns)
def light_verb_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordbank held talks with Fjord Capital" → (Nordbank; talk; Fjord Capital).

    Linguistic reason: a light verb ("hold", "have", "be in") with a noun made from a verb ("talks",
    "a meeting", "negotiations") says what the noun's verb says ("held talks with X" is "talked
    with X"); the light verb's subject is the noun's agent and the "with" phrase the other party.
    The light verb gives the tense, the negation and the modality.
    """
    exchanges = not EXCHANGE_NOUNS.keys().isdisjoint(sentence_lemmas(sent))  # (else none below)
    for noun in sentence_tokens(sent) if exchanges else ():
        lemma = EXCHANGE_NOUNS.get(noun.lemma_.lower())
        if lemma is None or noun.pos_ != "NOUN":
            continue
        verb = _light_verb(noun)
        with_ = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "with"), None)
        other = with_ and next((c for c in children(with_) if c.dep_ == "pobj"), None)
        if verb is None or other is None:
            continue
        relation = " ".join([verb.text, *(["in"] if noun.dep_ == "pobj" else []), noun.text, "with"])
        yield from _between_parties(sent, verb, other, relation, lemma, noun)
    yield from act_propositions(sent)


# Nouns of an agreement between two parties, and the verbs that make, hold or sign one.
DEAL_NOUNS = frozenset({"deal", "agreement", "contract", "partnership", "pact", "alliance", "accord"})
DEAL_VERBS = frozenset({"strike", "sign", "agree", "reach", "seal", "ink", "clinch", "secure", "conclude",
                        "have", "form", "enter", "renew", "extend"})


@triggered_by(lemmas=DEAL_NOUNS)
def deal_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordbank struck a deal with Vexa Holdings" → (Nordbank; strike deal with; Vexa Holdings);
    "Tom Reed has signed a new contract with Nordvik" → (Tom Reed; sign contract with; Nordvik).

    Linguistic reason: a deal, an agreement or a contract is made between two parties; with a verb
    of making or holding one ("strike", "sign", "reach", "have") as its head, the verb's subject is
    one party and the noun's "with" phrase the other, as in "held talks with" (rule
    ``light-verb``). The verb stays in the relation (signing is not having), and gives the
    negation and the modality. Only a direct object of such a verb ("rejected a deal with X" or
    "talks on a deal with X" make no deal), not under a verb of aim or attempt ("is trying to
    strike a deal with X"), and only named parties. Graph-only: CaRB's Open IE
    view keeps the sentence's own propositions.
    """
    if DEAL_NOUNS.isdisjoint(sentence_lemmas(sent)):
        return  # (the cheap test first: no such noun in the sentence)
    for noun in sentence_tokens(sent):
        if noun.lemma_.lower() not in DEAL_NOUNS or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
            continue
        verb = noun.head
        if verb.lemma_.lower() not in DEAL_VERBS or verb.dep_ == "xcomp":
            continue  # "is trying to strike a deal with X", "hopes to sign": an aim, no deal yet
        # the "with" phrase hangs on the noun, or on the verb right after the noun ("signed a deal
        # with Vexa last week", as the parse often reads it)
        with_ = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "with"), None) or next(
            (c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "with" and c.i == noun.right_edge.i + 1), None)
        other = with_ and next((c for c in children(with_) if c.dep_ == "pobj"), None)
        if other is None:
            continue
        relation = " ".join([verb.text, *(t.text for t in noun.lefts if t.dep_ in ("det", "poss")), noun.text, "with"])
        yield from _between_parties(sent, verb, other, relation, f"{verb.lemma_.lower()} {noun.lemma_.lower()} with",
                                    noun, rule="deal-with")
