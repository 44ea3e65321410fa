"""Acts done with or towards a named party, as news names them with a noun: "Tom Reed's duet with
Anna Berg", "Nordbank's partnership with Vexa Holdings", "his feud with Jon Dahl", "her marriage to
Tom Reed", "his love for Anna Berg".

Rule ``partner-noun``. The graph reads each as the verb the noun is made from would say it:
``(Tom Reed)-[:DUET_WITH]->(Anna Berg)``, ``(Nordbank)-[:PARTNER]->(Vexa Holdings)``,
``(Tom Reed)-[:MARRY]->(Anna Berg)``. A conflict noun ("feud", "row", "clash") is written as
``between-pair`` writes "a feud between A and B" (``FEUD_WITH``).

Rule ``performance-noun``: a performer's act, "his performance as Jon Dahl" →
``(Tom Reed)-[:PLAY]->(Jon Dahl)``, "her appearance at the Bergen Awards" → ``APPEAR_AT``.

Both are graph-only: CaRB's Open IE view keeps the sentence's own propositions. The possessor of
either noun, when it is a pronoun in a relative clause, is the clause's antecedent
(:func:`relative_owner`, which ``match-result`` shares).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Proposition
from kg.extract.between import CONFLICT_NOUNS
from kg.extract.events import stated_event
from kg.extract.nominal import argument, conjuncts
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, triggered_by
from kg.resolve.names import given_names

# Nouns of an act done with or towards a party, with the verb (and its preposition) each is made
# from and the preposition that names the party on the noun.
PARTNER_NOUNS: dict[str, tuple[str, str]] = {
    "duet": ("duet with", "with"),
    "collaboration": ("collaborate with", "with"),
    "partnership": ("partner", "with"),
    "alliance": ("ally with", "with"),
    "marriage": ("marry", "to"),
    "engagement": ("be engaged to", "to"),
    "divorce": ("divorce", "from"),
    "split": ("split from", "from"),
    "love": ("love", "for"),
    "work": ("work with", "with"),  # only with a possessor: "Tom Reed's work with Anna Berg"
    **{noun: (f"{noun} with", "with") for noun in CONFLICT_NOUNS},
}
# Verbs whose subject does the act the noun it takes names (not "announce": a chief announces
# the firm's partnership): "Tom Reed recorded a duet with Anna
# Berg", "Nordbank formed a partnership with Vexa", "Stan Lee won a court battle with Marvel".
_DOING_VERBS = frozenset({
    "record", "release", "perform", "sing", "form", "forge", "strike", "enter", "sign", "seal",
    "win", "lose", "wage",
})
_NAME_TYPES = frozenset({"ORG", "GPE", "PERSON", "NORP"})
_WORK_PARTNERS = frozenset({"ORG", "PERSON"})
# A possessor of time is the occasion, not a party: "Saturday's clash with Bergen".
_NOT_PARTY_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT"})


def _name(tok: Token | None, unnamed: frozenset[str] = _NOT_PARTY_TYPES) -> Token | None:
    """A name ("Anna Berg"), or the name in apposition with a noun ("rapper Anna Berg")."""
    if tok is None or tok.ent_type_ in unnamed:
        return None
    if tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_TYPES:
        return tok
    return next((c for c in children(tok) if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.ent_type_ not in unnamed), None)


_RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})
# Pronouns that stand for a thing or a clause: no party to an act.
_THING_PRONOUNS = frozenset({"it", "this", "that", "which", "what"})


def relative_owner(poss: Token) -> Token:
    """A possessive pronoun in a relative clause whose subject is the relative pronoun is the
    antecedent's: in "Jon Dahl, who followed up his win over X", "his" is Jon Dahl's (the one
    the clause is about), whatever the sentence's subject is, when the pronoun agrees with it
    (:func:`_agrees`). Otherwise the pronoun itself, for the resolver."""
    if poss.lower_ in _RELATIVE_SUBJECTS and poss.dep_ == "nsubj" and poss.head.dep_ == "relcl":
        owner = poss.head.head  # "Nordbank, which signed a partnership with X": the subject is Nordbank
        return owner if owner.pos_ == "PROPN" and owner.ent_type_ not in _NOT_PARTY_TYPES else poss
    if poss.pos_ != "PRON" or poss.lower_ not in ("his", "her", "their", "its"):
        return poss
    verb = poss.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in children(verb)):
        return poss
    owner = verb.head
    if owner.pos_ != "PROPN" or owner.ent_type_ in _NOT_PARTY_TYPES or not _agrees(poss, owner):
        return poss
    return owner


def _agrees(pronoun: Token, owner: Token) -> bool:
    """The possessive pronoun can stand for the name: "its" and "their" for no person, "his" and
    "her" for a person's name (or one of no type) whose given name is of no other sex ("Anna
    Berg, who followed up his win": "his" is someone else's)."""
    if pronoun.lower_ in ("its", "their"):
        return owner.ent_type_ != "PERSON"
    if owner.ent_type_ not in ("PERSON", ""):
        return False
    first = min((c for c in owner.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), key=lambda c: c.i, default=owner)
    sex = given_names().get(first.lower_)
    return sex is None or sex == ("m" if pronoun.lower_ == "his" else "f")


def _doer(noun: Token) -> Token | None:
    """Whose act it is: the noun's possessor (a name, or a pronoun the resolver may take back to one:
    "his duet"), else the subject of a verb of doing that takes the noun ("recorded a duet")."""
    poss = next((c for c in children(noun) if c.dep_ == "poss"), None)
    doing = noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_ in _DOING_VERBS
    if poss is None and doing and noun.lemma_ != "work":
        poss = next((c for c in children(noun.head) if c.dep_ == "nsubj"), None)
    if poss is None or poss.ent_type_ in _NOT_PARTY_TYPES:
        return None
    poss = relative_owner(poss)
    if poss.pos_ == "PRON":
        return poss if poss.lower_ not in _THING_PRONOUNS else None
    return _name(poss)


def _partner(noun: Token, prep_word: str, unnamed: frozenset[str] = _NOT_PARTY_TYPES) -> Token | None:
    prep = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == prep_word), None)
    return _name(prep and next((c for c in children(prep) if c.dep_ == "pobj"), None), unnamed)


@triggered_by(lemmas=PARTNER_NOUNS)
def partner_noun_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed's duet with Anna Berg" → (Tom Reed; duet with; Anna Berg); "Nordbank formed a
    partnership with Vexa" → (Nordbank; partner; Vexa); "his feud with Jon Dahl" → (he; feud with;
    Jon Dahl); "her marriage to Tom Reed" → (she; marry; Tom Reed).

    Linguistic reason: a noun made from a verb keeps the verb's arguments (nominalisation): the
    possessor, or the subject of a verb of doing that takes the noun ("recorded a duet", "formed a
    partnership", "won a court battle"), is the doer, and the noun's own preposition names the
    other party as the verb's does ("duet with", "marriage to", "love for"). Both must be names
    (the doer may be a possessive pronoun); a possessor of time ("Saturday's clash") is the
    occasion, not a party. As for :mod:`kg.extract.events`, a noun carries no tense or mood, so
    nothing above it may make the act planned, doubted, denied or conditional ("a possible
    partnership with", "would end his feud with").
    """
    if "partner-noun" in disabled() or PARTNER_NOUNS.keys().isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for noun in sentence_tokens(sent):
        if noun.pos_ != "NOUN":
            continue
        lemma = noun.lemma_.lower()
        entry = PARTNER_NOUNS.get(lemma)
        if entry is None:
            continue
        verb, prep_word = entry
        partner = _partner(noun, prep_word)
        doer = partner and _doer(noun)
        if partner is None or doer is None or doer is partner or not stated_event(noun, sent):
            continue
        for other in conjuncts(partner):
            other_name = _name(other)
            if other_name is None or (lemma == "work" and (other_name.ent_type_ not in _WORK_PARTNERS or any(
                    c.dep_ == "poss" for c in children(other_name)))):
                continue  # "her work with Anna Berg's The Bergen Tales" is on a work, not with a party
            yield Proposition(sentence=sent, relation=f"{noun.lower_} {prep_word}", lemma=verb,
                              args=[argument(doer), argument(other_name)], rule="partner-noun",
                              confidence=0.5, open_ie=False)


# Nouns of a performer's act, with the verb each preposition gives: "his performance as Ray" is
# to play Ray, "her appearance at the Bergen Awards" to appear at them.
PERFORMANCE_NOUNS: dict[str, dict[str, str]] = {
    "performance": {"as": "play", "at": "perform at", "on": "perform on", "in": "perform in"},
    "appearance": {"at": "appear at", "on": "appear on"},
}
# A performance is at an event ("the Super Bowl"), so only time and amounts are no place for it.
_NOT_VENUE_TYPES = _NOT_PARTY_TYPES - {"EVENT"}
_PERFORMING_VERBS = frozenset({"give", "stage", "deliver"})
# "performance in" a place or a firm is a result, not a part played: "their best performance in
# the UK" (a chart), "Nordbank's performance in Germany" (a market); in a work it is a part.
_NOT_A_WORK = frozenset({"GPE", "LOC", "NORP", "FAC", "ORG"})


@triggered_by(lemmas=PERFORMANCE_NOUNS)
def performance_noun_propositions(sent: Span) -> Iterator[Proposition]:
    """"his performance as Jon Dahl" → (he; play; Jon Dahl); "Anna Berg's appearance at the Bergen
    Awards" → (Anna Berg; appear at; Bergen Awards); "Anna Berg gave a performance on Nordvik TV"
    → (Anna Berg; perform on; Nordvik TV).

    Linguistic reason: "performance" and "appearance" are the nouns of "perform" and "appear" and
    keep their arguments (nominalisation): the possessor, or the subject of a verb that gives the
    performance ("gave a performance"), is the performer; "as" names the part played, "at", "on"
    and "in" the event or programme, as after the verb. Both must be names, and nothing above the
    noun may make it planned, doubted, denied or conditional. "made an appearance in" is the
    light-verb rule's.
    """
    if "performance-noun" in disabled() or PERFORMANCE_NOUNS.keys().isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for noun in sentence_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PERFORMANCE_NOUNS:
            continue
        if noun.dep_ == "dobj" and noun.head.lemma_ == "make":
            continue  # "made his appearance in": light-verb
        poss = next((c for c in children(noun) if c.dep_ == "poss"), None)
        if poss is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
                and noun.head.lemma_ in _PERFORMING_VERBS:
            poss = next((c for c in children(noun.head) if c.dep_ == "nsubj"), None)
        if poss is None or poss.ent_type_ in _NOT_PARTY_TYPES:
            continue
        doer = relative_owner(poss)
        if doer.pos_ == "PRON" and doer.lower_ in _THING_PRONOUNS:
            continue
        if doer.pos_ != "PRON" and _name(doer) is None:
            continue
        found = [(prep_word, verb, other) for prep_word, verb in PERFORMANCE_NOUNS[noun.lemma_.lower()].items()
                 if (other := _partner(noun, prep_word, _NOT_VENUE_TYPES)) is not None and other is not doer
                 and not (prep_word == "in" and other.ent_type_ in _NOT_A_WORK)]
        if not found or not stated_event(noun, sent):
            continue
        for prep_word, verb, other in found:
            yield Proposition(sentence=sent, relation=f"{noun.lower_} {prep_word}", lemma=verb,
                              args=[argument(doer), argument(other)], rule="performance-noun",
                              confidence=0.5, open_ie=False)
