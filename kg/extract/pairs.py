"""Two names one verb governs, read off the dependency path between them: the entity-pair reading.

Rule ``entity-pair`` (measured in round 12 and left out of the default rules: README, "Round 12").
The verb rules (:mod:`kg.extract.verbs`) state one object per verb and keep its other phrases as
arguments, which the graph does not join: "Vexa Holdings sold its shipping unit to Nordbank" gives
(Vexa Holdings)-[SELL]->(shipping unit), and Nordbank is only an argument. This reading takes each
pair of names a sentence has in a clear shape around one verb, the subject-side name as subject:

* subject and direct object ("Vexa Holdings, which bought Nordbank, ...");
* subject and the object of the verb's first preposition when it has no object ("starred in
  Night Train"), or, after its object, of a "to"/"from" phrase of a verb of giving or taking
  ("sold its unit to Nordbank") or a "with"/"against"/"into" phrase after a common noun ("signed a
  deal with Nordbank");
* a passive's first "by" agent as subject, the passive subject as object ("was bought by Vexa");
* the same through an open complement or a coordinated verb that shares the subject ("agreed to
  sell its unit to Nordbank"), with the matrix verb as modality, as the verb rules do.

The graph takes such a fact only when both ends are names and no other rule gave a fact between
them in that sentence (:func:`kg.resolve.facts.entity_pair_facts`); it carries its own rule name
and a lower confidence (:data:`kg.extract.confidence.LOW_CONFIDENCE_RULES`). Graph-only: CaRB's
Open IE view keeps the sentence's own readings.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.adjuncts import attribution_of
from kg.extract.base import Proposition
from kg.extract.clauses import (
    CLAUSE_TAKING,
    COMMITTING,
    FRAMING,
    NEGATING,
    REPORTING,
    far_list_member,
    is_negated,
    is_purpose,
    lemma_with_particle,
    modal_of,
    subjects,
    which_thing,
)
from kg.extract.complements import embedded_question, speech_adjunct
from kg.extract.nominal import argument, conjuncts
from kg.extract.reading import sentence_tokens

RULE = "entity-pair"
CONFIDENCE = 0.4
# Kinds of name that are no node (kg.resolve.entities.NOT_NODES).
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Prepositions whose object says when or under what condition, not who or where: "left after the
# World Cup" is no relation between the subject and the event.
_NO_RELATION_PREPS = frozenset({
    "after", "before", "since", "during", "until", "till", "following", "despite", "as", "of", "than",
    "like", "including", "according", "except", "besides", "amid", "via", "per",
})
# Words that open a clause of condition or concession: what it says need not have happened.
_CONDITIONS = frozenset({"if", "unless", "whether", "although", "though"})
# Participles that describe a noun, as prepositions do (kg.extract.verbs.NOUN_PARTICIPLES).
_NOUN_PARTICIPLES = frozenset({"star", "feature", "include", "involve", "concern", "co-star"})


def _is_name(tok: Token) -> bool:
    """A word that heads a name the graph makes a node of (or a title the name stands beside)."""
    from kg.resolve.facts import named  # at call time: kg.resolve imports kg.extract

    name = named(tok)
    if name.pos_ != "PROPN" or name.is_lower:
        return False  # "boosting their Oscars hopes": a common noun inside a name's span
    return name.ent_type_ not in _NOT_NAMES | {"NORP"}  # "a Canadian (company)": a people, no party


def _members(tok: Token) -> list[Token]:
    """The names a phrase stands for: one, or the two of "A and B"; a list of three or more (a team
    sheet, a chart, a cast) is left out, since what the verb says of a list is often of one."""
    members = conjuncts(tok)
    if len(members) == 2 and not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in members[0].children):
        return members[:1]  # "beat A 6-4 but B lost": "but" joins two clauses, not two names
    return members if len(members) <= 2 else []


def _hypothetical(v: Token) -> bool:
    """The clause says what might be, was meant to be, or is asked, not what is."""
    top = v
    while top.dep_ in ("conj", "xcomp") and top.head.i != top.i:
        if top.dep_ == "xcomp" and top.head.lemma_ in NEGATING:
            return True  # "declined to meet X": the verb rules keep both verbs
        top = top.head
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in top.children):
        return True
    if v.dep_ != "xcomp" and v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return True  # "a deal for Nordbank to sell planes": an infinitive no framing verb governs
    if v.sent[-1].text == "?" or (len(v.sent) > 1 and v.sent[-2].text == "?"):
        return True  # a question asks whether, it does not state
    return is_purpose(v) or embedded_question(v) or top.dep_ in ("csubj", "pcomp")


def _lemma(v: Token) -> tuple[str, str | None] | None:
    """The verb's lemma (with its particle) and the modality a framing matrix verb adds ("plans to
    buy": buy, "plan"); None for a matrix verb that is itself the relation ("refused to buy")."""
    modality = modal_of(v)
    top = v
    while top.dep_ == "xcomp":
        matrix = top.head
        if matrix.lemma_ not in FRAMING | COMMITTING:
            return None
        modality = modality or (None if matrix.lemma_ in ("be", "have", "say") else matrix.lemma_)
        modality = modal_of(matrix) or modality
        top = matrix
    return lemma_with_particle(v), modality


def _negated(v: Token) -> bool:
    tok = v
    while True:
        if is_negated(tok):
            return True
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return False
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "aux", "neg") for c in tok.children):
            return False  # a verb with its own subject or auxiliaries shares no negation
        tok = tok.head


# Verbs of giving and taking: what they move goes to (from) the one a "to" ("from") phrase after
# their object names, so that phrase is their argument ("sold its unit to Nordbank").
TRANSFER = frozenset({
    "sell", "give", "hand", "pass", "lend", "loan", "owe", "send", "offer", "transfer", "pay", "lease",
    "license", "award", "return", "buy", "acquire", "take", "borrow", "sign", "poach", "lose",
})
# Prepositions that mark a second argument of a verb with an object: with whom ("signed a deal
# with"), against whom, into what.
_SECOND_ARGUMENT_PREPS = frozenset({"with", "against", "into"})


def _first_prep(v: Token) -> Token | None:
    return next((c for c in v.children if c.i > v.i and (c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP"))), None)


def _bare_noun(noun: Token) -> bool:
    """A singular common noun with no determiner, possessive or number: "paid tribute to", "cast
    doubt over". English gives a singular count noun a determiner; without one the noun is part
    of a verb-noun idiom, and the preposition after it is the idiom's, not the verb's."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _clause_subject(obj: Token) -> bool:
    """"warned the Lions will be ...", "insisted Nordbank was ...": a noun phrase right before a
    finite verb group is that clause's subject, whatever the parse hangs it on."""
    nxt = obj.right_edge.i + 1
    doc = obj.doc
    return nxt < obj.sent.end and doc[nxt].pos_ in ("AUX", "VERB") and doc[nxt].tag_ in ("VBD", "VBZ", "VBP", "MD")


def _prep_is_argument(v: Token, prep: Token, dobj: Token | None) -> bool:
    """A prepositional phrase the verb selects, not one that says where or when it happened, nor
    one the parse may have hung on the verb from its object ("won a scholarship to the school")."""
    if prep.lower_ in _NO_RELATION_PREPS or speech_adjunct(v, prep):
        return False  # "said Tom Reed, from Nordbank": where he works, not what he said
    if dobj is None:
        return prep is _first_prep(v)  # "starred in Night Train"; a later phrase is an adjunct
    if prep.i != dobj.right_edge.i + 1 or _bare_noun(dobj):
        return False
    if prep.lower_ in ("to", "from"):
        return v.lemma_ in TRANSFER  # "sold its unit to Nordbank", "signed Reed from Vexa"
    # "partnered Reed with Berg", "merged Fjord into Nordbank": with a name as object, the phrase
    # relates the object to its own name, not the subject; "signed a deal with Nordbank" is the subject's
    return prep.lower_ in _SECOND_ARGUMENT_PREPS and dobj.pos_ not in ("PROPN", "PRON")


def _misread_title(v: Token) -> bool:
    """"Airbus head Noel Forgeard said", "France defender Gallas": a bare noun between two names is a
    title, which the small model may tag as a present-tense verb with the names as its subject and
    object. A present tense with no auxiliary, right after a bare name and right before a word
    that opens a noun phrase without a determiner, is read so; and a verb in title case inside a
    sentence is a word of a title ("Heaven Help Us All")."""
    if v.is_title and v.i > v.sent.start and v.doc[v.i - 1].text not in ('"', "“", "'", "‘"):
        return True
    if v.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass", "neg") for c in v.children):
        return False
    before, after = v.doc[v.i - 1], v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
    return (before.pos_ == "PROPN" and before.head.i == v.i and after is not None
            and after.pos_ in ("PROPN", "NOUN") and after.dep_ in ("compound", "dobj"))


def _objects(v: Token) -> Iterator[tuple[Token, str, bool]]:
    """The names ``v`` governs as object: (name, relation words after the verb, agent?)."""
    if sum(c.dep_ == "dobj" for c in v.children) > 1:
        return  # "boosting their Oscars hopes": the parse split one noun phrase in two
    dobj = next((c for c in v.children if c.dep_ == "dobj"), None)
    agent = next((c for c in v.children if c.dep_ == "agent"), None)  # the first: "directed by A with choreography by B"
    for c in v.children:
        if c.dep_ == "dobj":
            if v.lemma_ in CLAUSE_TAKING and _clause_subject(c):
                continue
            if any(g.dep_ == "case" for g in c.children):
                continue  # "oversaw Nordbank's campaign": the name determines a noun after it
            for obj in _members(c):
                yield obj, "", False
        elif c is agent:
            if v.lemma_ in REPORTING:
                continue  # "X is reported by Reuters to have won": what was reported is no name
            for pobj in (g for g in c.children if g.dep_ == "pobj"):
                for obj in _members(pobj):
                    yield obj, "by", True
        elif (c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")) and c.i > v.i \
                and _prep_is_argument(v, c, dobj):
            for pobj in (g for g in c.children if g.dep_ == "pobj"):
                for obj in _members(pobj):
                    yield obj, c.lower_, False


def _headline(v: Token) -> bool:
    """A headline ("Nordbank sells stake to Bergen"): telegraphic, no articles, auxiliaries or
    final stop, which the parser reads poorly and whose names often stand for others."""
    sent = v.sent
    if any("\n" in t.text and t.i > v.i for t in sent if t.is_space):
        return True  # the parser joins a headline to the sentence after it
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is None or last.text not in (".", "!", "?", '"', "'", "”", "’", ")")


def _subjects(v: Token) -> tuple[list[Token], bool] | None:
    """The subjects of ``v`` and whether it is passive; None when its clause is no clear shape."""
    subs, how = subjects(v)
    if not subs or how in ("none", "pcomp"):
        return None
    if how == "advcl" and v.lemma_ in _NOUN_PARTICIPLES:
        return None  # "finished work on Night Train, starring Anna Berg": the film stars her
    if how == "advcl" and v.tag_ == "VBN" and any(t.pos_ != "ADV" for t in v.doc[v.sent.start:v.i]):
        # only a participle that opens the sentence is said of its subject: "... before Tait,
        # recently axed by Bergen, ..." is of the name before the comma, "In the ruling handed
        # down by X, ..." of the ruling
        return None
    thing = which_thing(v)
    if thing is not None:
        subs = [thing]  # "head of Nordbank, which bought Vexa": "which" is no person
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
        how == "acl" and v.tag_ == "VBN")
    kept = [s for s in subs if len(conjuncts(s)) <= 2 and not far_list_member(v, s)]
    return (kept, passive) if kept else None


def entity_pair_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed signed the deal in Bergen" → (Tom Reed; signed in; Bergen); "Nordbank was bought
    by Vexa Holdings" → (Vexa Holdings; bought; Nordbank).

    Linguistic reason: a verb's subject and each of its complements (a direct object, a
    preposition's object, a passive's agent) are its arguments: the verb with the preposition that
    marks the complement is the relation between them, whatever other objects it has. The subject
    of a passive is what the act was done to, so the agent is the doer; a passive without an agent
    names no doer and gives nothing. Only within one clause: a verb's arguments, or those of a
    verb that shares its subject (an open complement, a coordinated verb), never a name inside a
    reported clause or a relative clause of another noun, and not a clause of condition or
    purpose, which says what might be.
    """
    for v in sentence_tokens(sent):
        if v.pos_ != "VERB" or v.dep_ in ("aux", "auxpass", "amod") or v.lemma_ in ("be", "have"):
            continue
        found = _subjects(v)
        lemma = _lemma(v)
        if found is None or lemma is None or _hypothetical(v) or _headline(v) or _misread_title(v):
            continue
        subs, passive = found
        verb_lemma, modality = lemma
        negated, attribution = _negated(v), attribution_of(v)
        for obj, prep, agent in _objects(v):
            if passive and not agent:
                continue  # "was sold to Nordbank": the graph would make the thing sold the seller
            if not _is_name(obj):
                continue
            for subj in subs:
                if subj.i == obj.i or not _is_name(subj) or subj.pos_ == "PRON":
                    continue
                rel_lemma = verb_lemma if agent or not prep else f"{verb_lemma} {prep}"
                relation = f"{v.text} {prep}".strip()
                yield Proposition(sentence=sent, relation=relation, lemma=rel_lemma,
                                  args=[argument(subj), argument(obj)], rule=RULE, negated=negated,
                                  modality=modality, attribution=attribution, agent_first=agent,
                                  confidence=CONFIDENCE, open_ie=False)
