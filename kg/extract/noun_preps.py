"""A verb whose object noun takes a name in a prepositional phrase: "Anna Berg made little impact on
Tom Reed", "Vexa won a court battle with Nordbank", "Jon Dahl took the crown from Bergen Rovers".

Rule ``object-noun-prep``. The verb rules read the verb and its object noun ((Anna Berg; make;
little impact)) and leave the name in the phrase after the noun out: the one the act is on, with or
against. The graph reads the verb, the noun and the preposition together as the relation, the name
as its object: ``(Anna Berg)-[:MAKE_IMPACT_ON {predicate: "make impact on"}]->(Tom Reed)``. The
light verbs with a noun made from a verb ("held talks with", "made a bid for", "signed a deal
with") are ``light-verb``'s and ``deal-with``'s (:mod:`kg.extract.lightverbs`), which type them by
the noun's verb. Graph-only: CaRB's Open IE view keeps the sentence's own proposition.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Proposition
from kg.extract.clauses import REPORTING, lemma_with_particle
from kg.extract.lightverbs import ACT_NOUNS, DEAL_NOUNS, EXCHANGE_NOUNS, _between_parties, light_verb_matrix
from kg.extract.reading import children, sentence_tokens
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.results import CONTEST_NOUNS, DEFEAT_NOUNS, REPELLING, RESULT_PREPS, loss_of_something

# Prepositions that name a party or a place of the act the verb and its object say. Not "of" (a
# part of the noun's own phrase: "the president of Nordbank"), "by" (a doer or a means), "as" (a
# capacity), nor prepositions of time ("after", "during", "since").
_PARTY_PREPS = frozenset({"with", "on", "into", "against", "at", "from", "for", "to", "in", "over", "among", "onto"})
# What the name may be: a person, an organisation, a place, an event, a work or a product; not a
# nationality ("against the French"), a date or an amount.
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
# Nouns another rule reads with their preposition, typed by the noun's own verb.
_LIGHT_NOUNS = frozenset(EXCHANGE_NOUNS) | frozenset(ACT_NOUNS) | DEAL_NOUNS
# Nouns of a quality the subject has in itself: the phrase after them says what it is about, no
# party to an act ("has experience with Nordvik": he was there, the noun does not say as what).
_QUALITY_NOUNS = frozenset({"experience", "expertise", "knowledge", "background", "reputation", "pedigree", "history"})
# Nouns of quantity: the phrase after them is about what they count ("a lot of faith in Jon Dahl").
_QUANTITY_NOUNS = frozenset({"lot", "number", "couple", "host", "handful", "bit", "plenty", "amount", "total",
                             "majority", "rest", "pair", "series", "string", "range", "variety"})


@dataclasses.dataclass(frozen=True)
class Paraphrase:
    """A verb with an object noun and a preposition that says what one verb says: "inflicted a
    defeat on Halden" is "beat Halden", "began work on Blue Harbour" is "work on Blue Harbour"; a
    phrasal verb is listed with its particle ("carry out")."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    preps: frozenset[str]
    lemma: str
    sides: bool = False  # both ends must be sides of a contest (a person, a team, a country)
    reverse: bool = False  # the phrase's party is the one that did it ("suffered a loss to Oslo": Oslo beat)


_DEFEATS = DEFEAT_NOUNS  # (one set with given-result's: "suffered a reverse to Oslo" is a defeat too)
# Light-verb paraphrases (``light-noun-paraphrase``): the verb adds little but tense, the noun
# and its preposition say the act.
PARAPHRASES = (
    # "inflicted a first home defeat on Halden": the subject beat the other ("defeat to", "win over"
    # and "fought off competition from" are match-result's and fought-off's, kg.extract.results)
    Paraphrase(frozenset({"inflict"}), _DEFEATS,
               frozenset({"on"}), "beat", sides=True),
    # "handed a 3-0 defeat to Oslo" with "to" on the verb: a defeat given to a side is beating it;
    # "suffered a 2-1 loss to Oslo": a defeat taken from a side is being beaten by it (``given-result``)
    Paraphrase(frozenset({"hand", "deal", "give"}), _DEFEATS,
               frozenset({"to"}), "beat", sides=True),
    Paraphrase(frozenset({"suffer", "sustain", "endure", "take"}), _DEFEATS,
               frozenset({"to", "by", "against"}), "beat", sides=True, reverse=True),
    # "began work on Blue Harbour", "has finished work on the Vexa 3": a phase of working on it
    Paraphrase(frozenset({"begin", "start", "finish", "complete", "resume", "continue"}), frozenset({"work"}),
               frozenset({"on"}), "work on"),
    # "has a complaint against Nordbank", "lodged allegations against Tom Reed": a charge of wrongdoing laid at the other's door
    Paraphrase(frozenset({"have", "file", "lodge", "make", "bring", "level", "submit", "raise"}),
               frozenset({"complaint", "allegation", "accusation"}), frozenset({"against"}), "accuse"),
    # "has a one-fifth stake in Vexa": to have a holding in a firm is to own it ("holds a stake"
    # keeps its own verb of possession, as "owns a stake" does)
    Paraphrase(frozenset({"have"}), frozenset({"stake", "holding", "shareholding"}), frozenset({"in"}),
               "own stake in"),
    # "is offloading its stake in Vexa": to offload a holding is to sell it
    Paraphrase(frozenset({"offload", "off-load"}), frozenset({"stake", "holding", "shareholding"}),
               frozenset({"in"}), "sell stake in"),
)
_PARAPHRASE_NOUNS = frozenset(n for p in PARAPHRASES for n in p.nouns)
_SIDES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@register("light-noun-paraphrase")
def paraphrase_of(verb: Token, noun: Token, prep: Token, pobj: Token) -> Paraphrase | None:
    """"Nordvik inflicted a first defeat on Halden" → (Nordvik; beat; Halden); "Tom Reed began
    work on Blue Harbour" → (Tom Reed; work on; Blue Harbour); "Vexa has a complaint against
    Nordbank" → (Vexa; accuse; Nordbank); "has a stake in Nordbank" → (own stake in).

    Linguistic reason: a light verb ("inflict", "begin", "have", "lodge") with a noun made from a
    verb or naming an act ("defeat", "work", "complaint", "stake") says what one verb says: a
    defeat inflicted on a side is beating it, a phase verb on "work on" is working on it, a
    complaint or an allegation against a party accuses it of wrong, to have or hold a stake in a
    firm is to own it, to offload one is to sell it. The fact is typed by that verb, as
    ``light-verb`` types "held talks with" by "talk"; the light verb keeps the tense, the
    negation and the modality. Beating needs two sides (a person, a team, a firm, a country).
    """
    if noun.lemma_.lower() not in _PARAPHRASE_NOUNS or "light-noun-paraphrase" in disabled():
        return None  # (the cheap test first)
    verb_lemma, noun_lemma = verb.lemma_.lower(), noun.lemma_.lower()
    particle = next((c.lower_ for c in children(verb) if c.dep_ == "prt"), None)
    phrasal = f"{verb_lemma} {particle}" if particle else verb_lemma
    for p in PARAPHRASES:
        if noun_lemma not in p.nouns or prep.lower_ not in p.preps:
            continue
        if phrasal not in p.verbs:
            continue  # ("took over work on": a phrasal verb is another verb)
        if p.sides and pobj.ent_type_ not in _SIDES:
            continue  # "inflicted a defeat on Christmas sales": no side
        if p.sides and loss_of_something(noun):
            continue  # "a loss of market share to Nordbank", "a $5m loss": a loss of something, no defeat
        return p
    return None


@register("result-noun")
def _read_as_result(verb: Token, noun: Token) -> bool:
    """"suffered a shock defeat to Tom Reed", "recorded a win over Halden", "fought off
    competition from Nordbank": the result is ``match-result``'s and ``fought-off``'s
    (``beat``, kg.extract.results), not (Jon Dahl; suffer defeat to; Tom Reed).

    Linguistic reason: a noun of a result with the preposition that names the other side ("win
    over", "defeat to") is the nominal form of "beat"; "fight off competition from" is to prevail
    over the rival. The rules that read them type the fact by the verb, each end in its place, so
    the verb + noun + preposition reading would state the same result again in other words.
    """
    if "result-noun" in disabled():
        return False
    lemma = noun.lemma_.lower()
    if lemma in CONTEST_NOUNS and verb.lemma_ in REPELLING:
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in children(verb))
    # (only a phrase on the noun, as match-result reads it: "suffered a loss to X" with "to" on the
    # verb is left to this rule's own reading)
    preps = RESULT_PREPS.get(lemma, ())
    return bool(preps) and any(c.dep_ == "prep" and c.lower_ in preps for c in children(noun))


@register("quality-noun")
def quality_noun(noun: Token) -> bool:
    """"Tom Reed has top-flight experience with Nordvik and Halden": no fact (Tom Reed; have
    experience with; Nordvik).

    Linguistic reason: "experience", "expertise", "knowledge", "reputation", "background" name a
    quality the subject has in itself; a phrase after them says what the quality is about, not a
    party to an act, and leaves open what the subject did there (played for the club, worked
    with it, used it). A reader takes no relation from the noun; the annotation writes the act
    where the text states it.
    """
    return noun.lemma_.lower() in _QUALITY_NOUNS and "quality-noun" not in disabled()


def _set_off_from_subject(verb: Token) -> bool:
    """A past form set off from its subject by a comma ("The Briton, made a dame in ..., won"): a
    participle the parse took for the finite verb (no comma parts a subject from its verb)."""
    doc, i = verb.doc, verb.i - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    return doc[i].text == "," and subject is not None and subject.i == i - 1


def _no_act_of_its_subject(verb: Token, noun: Token) -> bool:
    """The verb and its noun are no act its subject is said to do: a passive ("made a dame in the
    New Year Honours": the subject is the one made; also a participle set off by commas that the
    parse took for the finite verb), a noun that is an amount's unit ("cleared
    4.88m at"), counts ("a lot of faith in"), or is a named other's ("back Ukraine's entry into":
    the entry is Ukraine's), or an infinitive or gerund under a verb that gives it no modality
    ("is considering building a factory in", "backed Nordvik to win the series against"): not done."""
    if verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in children(verb))):
        return True
    if verb.tag_ == "VBD" and _set_off_from_subject(verb):
        return True
    if len(noun.text) < 3 or not noun.text.replace("-", "").isalpha() or noun.lemma_.lower() in _QUANTITY_NOUNS:
        return True
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children(noun)):
        return True
    if quality_noun(noun):
        return True
    finite = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBZ", "VBP", "VBD") for c in children(verb))
    return (verb.dep_ in ("xcomp", "ccomp") and verb.tag_ in ("VB", "VBG") and not finite
            and light_verb_matrix(verb)[1] is None)


# Adjectives before a noun that take a phrase of their own, with the prepositions they take: in
# "a rival product to Vexa" the phrase says whom the product rivals, not to whom it is made.
_ADJECTIVE_PREPS = {
    "rival": frozenset({"to"}), "similar": frozenset({"to"}), "alternative": frozenset({"to"}),
    "equivalent": frozenset({"to"}), "comparable": frozenset({"to", "with"}), "superior": frozenset({"to"}),
    "inferior": frozenset({"to"}), "identical": frozenset({"to"}), "close": frozenset({"to"}),
    "related": frozenset({"to"}), "different": frozenset({"from", "to"}), "separate": frozenset({"from"}),
    "distinct": frozenset({"from"}), "independent": frozenset({"from", "of"}), "popular": frozenset({"in", "with"}),
    "available": frozenset({"in", "on", "to"}), "common": frozenset({"in", "among"}),
}


@register("object-adjective-prep")
def adjective_prep(noun: Token, prep: Token) -> bool:
    """"Nordbank can create a rival product to Vexa Holdings", "Nordbank is planning a tabloid
    format like those popular in continental Europe": no (Nordbank; create product to; Vexa
    Holdings) nor (Nordbank; plan format in; Europe).

    Linguistic reason: an adjective may take a prepositional phrase of its own ("rival to",
    "similar to", "popular in", "available on"); in front of the noun ("a rival product to X")
    or after it ("those popular in Europe") the phrase completes the adjective, and the parse
    often hangs it on the verb or the noun. The name then says what the adjective relates the
    thing to, not a party of the verb's act: the product is no product made to Vexa. A phrase
    straight after an adjective set after a word of the object's phrase, or one an adjective
    before the noun takes, is not read as the noun's or the verb's ("two children of his own
    with Anna Berg" keeps its reading: "own" there is no modifier after a noun).
    """
    if "object-adjective-prep" in disabled():
        return False
    before = prep.doc[prep.i - 1]
    if before.pos_ == "ADJ" and before.dep_ == "amod" and noun.i <= before.head.i < before.i:
        return True  # "a format like those popular in Europe": a postnominal adjective's own phrase
    return any(c.dep_ == "amod" and prep.lower_ in _ADJECTIVE_PREPS.get(c.lower_, ()) for c in noun.lefts)


@register("route-name-prep")
def route_name(pobj: Token) -> bool:
    """"Tom Reed took part in the Bergen to Oslo Rally": no (Tom Reed; take part in; Bergen).

    Linguistic reason: an event or a service named by its route ("the Bergen to Oslo Rally",
    "the London to Sydney Marathon") holds two place names joined by "to" under one "the"; the
    parse cuts the name at "to" and reads the first place as the object of the preposition. A
    one-word place name after "the" (a town takes no article) followed by "to" and another
    capitalised name is the start of such a name, and the place is no party to the act.
    """
    doc = pobj.doc
    if pobj.i + 2 >= len(doc) or doc[pobj.i + 1].lower_ != "to" or "route-name-prep" in disabled():
        return False  # (the cheap test first)
    after = doc[pobj.i + 2]
    one_word = pobj.i == 0 or doc[pobj.i - 1].lower_ == "the"
    return one_word and after.pos_ == "PROPN" and after.is_title and any(
        c.dep_ == "det" and c.lower_ == "the" for c in pobj.lefts)


def _named_phrase(verb: Token, noun: Token) -> tuple[Token, Token] | None:
    """The preposition and its named object after the object noun: on the noun ("impact on Tom
    Reed") or on the verb right after the noun's phrase ("played two rubbers against Norway")."""
    for head in (noun, verb):
        for prep in children(head):
            if prep.dep_ != "prep" and not (prep.dep_ == "dative" and noun.lemma_.lower() in _DEFEATS):
                continue  # ("handed a defeat to Oslo": the parse's "to" of a recipient, given-result's)
            if prep.lower_ not in _PARTY_PREPS:
                continue
            if head is verb and prep.i != noun.right_edge.i + 1:
                continue  # (a phrase on the verb only straight after the object's own phrase)
            pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN" and pobj.ent_type_ in _NAME_TYPES:
                if adjective_prep(noun, prep) or route_name(pobj):
                    return None  # (the phrase is an adjective's, or a name's own "to")
                return prep, pobj
    return None


@register("noun-prep-particle")
def _verb_lemma(verb: Token) -> str:
    """"Vexa turned down an approach from Nordbank" → (Vexa; turn down approach from; Nordbank),
    not (Vexa; turn approach from; Nordbank): the verb of ``object-noun-prep``'s relation keeps its
    particle.

    Linguistic reason: a phrasal verb's particle is part of the verb, and often its whole sense:
    "turn down an offer" is to refuse it, "turn an offer" nothing; "set up a venture with" is not
    "set a venture with", "call off talks with" the opposite of "call talks with". The relation
    the verb, the noun and the preposition make must keep it, as the verb rules' own predicates
    do (``lemma_with_particle``: TURN_DOWN, CALL_OFF).
    """
    if "noun-prep-particle" in disabled():
        return verb.lemma_.lower()
    return lemma_with_particle(verb)


@triggered_by(deps=("dobj",))
def object_noun_prep_propositions(sent: Span) -> Iterator[Proposition]:
    """"Anna Berg made little impact on Tom Reed" → (Anna Berg; make impact on; Tom Reed); "Vexa
    won a court battle with Nordbank" → (Vexa; win battle with; Nordbank).

    Linguistic reason: a verb with a common-noun object says what its subject did ("made an
    impact", "won a battle"); a prepositional phrase after the object that names a person, an
    organisation, a place, an event or a work says to whom, with whom, against whom or where it was
    done ("on Tom Reed", "with Nordbank"). Verb, noun and preposition together are the relation
    between the subject and that name. Only a common noun as the object (a name as the object is
    the verb rules' fact), no verb of saying (its phrase says where it was said), and the verb's
    negation, modality and attribution carried as ``light-verb`` carries them.
    """
    for noun in sentence_tokens(sent):
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.ent_type_:
            continue  # (the cheap tests first: most objects are no common noun with a name after it)
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() in REPORTING or noun.lemma_.lower() in _LIGHT_NOUNS:
            continue
        if _read_as_result(verb, noun):
            continue
        found = _named_phrase(verb, noun)
        if found is None or _no_act_of_its_subject(verb, noun):
            continue
        prep, pobj = found
        paraphrase = paraphrase_of(verb, noun, prep, pobj)  # "inflicted a defeat on Halden": beat
        lemma = paraphrase.lemma if paraphrase else f"{_verb_lemma(verb)} {noun.lemma_.lower()} {prep.lower_}"
        relation = f"{verb.text} {noun.text} {prep.text}"
        for prop in _between_parties(sent, verb, pobj, relation, lemma, noun, rule="object-noun-prep"):
            # "suffered a loss to Oslo": the phrase's side beat the subject
            yield dataclasses.replace(prop, args=prop.args[::-1]) if paraphrase and paraphrase.reverse else prop
