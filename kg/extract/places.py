"""Where a named thing is based or comes from, as news says it in the noun phrase around the name.

- "Madrid-based Ferrovial" → (Ferrovial; based in; Madrid) (rule ``based-in``);
- "Sydney-born actor Russell Crowe" → (Russell Crowe; born in; Sydney) (rule ``born-in``);
- "Jayanti Shah from Leicester was fined" → (Jayanti Shah; from; Leicester) (rule ``from-place``);
- "Norway's Nordvik Bank" → (Nordvik Bank; based in; Norway) (rule ``possessive-seat``; a one-word
  name with evidence from its document that it is a firm's: ``possessive-seat-firm``);
- "Bergen's Grieg Hall" → (Grieg Hall; based in; Bergen) (rule ``possessive-venue``);
- "Japanese carmaker Vexa Motors" → (Vexa Motors; based in; Japan) (rules ``nationality-kind``
  and, for "German-US carmaker", ``joint-nationality``);
- "the Fjord derivatives exchange in Bergen" → (Fjord; based in; Bergen) (rule ``seat-in``).

The place must be one the model tags as a place (GPE, LOC); the named thing is the name the
phrase hangs on, or a description that refers back to one ("the Oslo-based company"), which the
graph's reference resolution names. Where a person is from by a nationality or a country
before the name is :mod:`kg.extract.origins`'s.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial

from spacy.tokens import Doc, Span, Token

from kg.extract.affiliations import POSSESSIVE_MARKS
from kg.extract.appositions import participle_name
from kg.extract.base import Argument, Proposition
from kg.extract.nominal import PLACE_TYPES, argument
from kg.extract.reading import sentence_entities, sentence_tokens, sentence_words
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.roles import name_span
from kg.resolve.demonyms import country_of, is_country
from kg.resolve.referring import ORG_KINDS, ORG_ONLY_KINDS, PERSON_KINDS, VENUE_WORDS, description_head
from kg.resolve.spans import entity_at

# "-based" and "-born": the participle joined by a hyphen to the place before a name
HYPHENED = {"based": ("based in", "base", "based-in"), "born": ("born in", "born", "born-in")}


def _holder(tok: Token) -> Token | None:
    """The name the modified noun phrase stands for: the name itself, the name a title noun is
    a compound of or in apposition with ("actor" in "Sydney-born actor Russell Crowe"), or a
    description that refers back ("the Oslo-based company")."""
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        tok = tok.head
    if tok.pos_ == "NOUN":
        tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i), None) \
            or _kind_name(tok) or tok
    if tok.pos_ == "PROPN" or description_head(tok):
        return tok
    return None


def _kind_name(kind: Token) -> Token | None:
    """The name of the thing a kind of organisation stands for in its own noun phrase: a name
    right before it ("the Paris-based Nordvik watchdog") or after a naming participle ("an
    Oslo-based trade body called The Fjord Alliance", :func:`~kg.extract.appositions.participle_name`).

    Linguistic reason: a name before a kind noun restricts the kind to the one of that name (a
    close apposition, "the film Retirement"), and "called X" names the noun it follows; either
    way the modifiers of the noun phrase describe the named thing."""
    if kind.lemma_.lower() not in ORG_KINDS:
        return None
    ent = next((e for e in kind.doc.ents if e.end == kind.i and e.label_ == "ORG"), None)
    name = next((c for c in kind.children if c.dep_ == "compound" and c.i == kind.i - 1), None)
    if ent is not None and name is not None and name.pos_ == "PROPN":
        return name
    return participle_name(kind)


def _name(head: Token, modifier: Token) -> Argument:
    """The name without the modifier: "Nordvik Energy" of "Oslo-based Nordvik Energy"."""
    inner = {t.i for t in modifier.subtree}
    ent = entity_at(head)
    in_ent = {t.i for t in ent} if ent is not None else set()
    return Argument(head, tuple(t for t in head.subtree if t.i not in inner and t.i <= head.i and (
        t.i == head.i or t.i in in_ent or (t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"))))


@triggered_by(words=HYPHENED)
def hyphened_place_propositions(sent: Span) -> Iterator[Proposition]:
    """"Madrid-based Ferrovial" → (Ferrovial; based in; Madrid); "Sydney-born actor Russell Crowe"
    → (Russell Crowe; born in; Sydney).

    Linguistic reason: a place joined by a hyphen to "based" or "born" before a name says where
    the named thing has its seat or where the person was born. The parse hangs the place on the
    participle (npadvmod) and the participle on the noun (amod).
    """
    if sentence_words(sent).isdisjoint(HYPHENED):
        return  # (no "based" or "born" in the sentence: a cheap test before the walk)
    for tok in sentence_tokens(sent):
        reading = HYPHENED.get(tok.lower_)
        if reading is None or tok.dep_ != "amod" or not any(c.text == "-" for c in tok.children):
            continue
        place = next((c for c in tok.children if c.dep_ in ("npadvmod", "compound") and c.ent_type_ in PLACE_TYPES), None)
        holder = _holder(tok.head)
        if place is None or holder is None:
            continue
        relation, lemma, rule = reading
        yield Proposition(sentence=sent, relation=relation, lemma=lemma,
                          args=[_name(holder, tok), argument(place)], rule=rule, confidence=0.6)


@triggered_by(words={"from"})
def from_place_propositions(sent: Span) -> Iterator[Proposition]:
    """"Jayanti Shah from Leicester was fined" → (Jayanti Shah; from; Leicester).

    Linguistic reason: "from" and a place straight after a person's name says where the person
    comes from (news's way of saying who someone is). A person only: "a letter from Paris" and
    "Nordbank from Oslo" say nothing of origin.
    """
    for tok in sentence_tokens(sent):
        if tok.lower_ != "from" or tok.dep_ != "prep" or tok.head.ent_type_ != "PERSON" or tok.i != tok.head.i + 1:
            continue
        place = next((c for c in tok.children if c.dep_ == "pobj" and c.ent_type_ in PLACE_TYPES), None)
        if place is None:
            continue
        yield Proposition(sentence=sent, relation="from", lemma="from",
                          args=[_name(tok.head, tok), argument(place)], rule="from-place", confidence=0.6)


# Names of things that have a seat or a site: organisations, buildings, reserves (not people,
# who are "from" a place, nor events, which are "held" there).
SEATED_TYPES = frozenset({"ORG", "FAC", ""})


def _seated_name(noun: Token) -> Token | None:
    """The name a noun phrase before "in" stands for, when it is an organisation's or a site's:
    the name itself ("the Harbour Tower"), or the name a kind of organisation is restricted by
    ("the Fjord derivatives exchange", "Lund & Dahl consultancy")."""
    if noun.pos_ == "NOUN":
        if noun.lemma_.lower() not in ORG_KINDS or noun.tag_ != "NN":
            return None
        names = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"]
        if names and nationality_modifier(names[-1]):
            return None  # "an impressive Welsh side in Rome": the side's nation, not its name
        return names[-1] if names and names[-1].ent_type_ in SEATED_TYPES else None
    if noun.pos_ != "PROPN" or noun.ent_type_ not in SEATED_TYPES or not noun.is_title:
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "Queen's Club": the model cuts such a name at the "'s"
    ent = name_span(noun)
    return noun if ent is not None or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) else None


@register("nationality-not-seat")
def nationality_modifier(tok: Token) -> bool:
    """"They were outplayed by an impressive Welsh side in Rome", "an Italian bank in Milan": a
    nationality adjective before a kind of organisation is no name of it, so the graph takes no
    (Welsh; based in; Rome).

    Linguistic reason: "Welsh" in "a Welsh side" says whose or where from the side is (the
    nation it represents or belongs to), as an adjective does; it restricts the noun without
    naming the organisation, which a proper name before the kind noun does ("the Fjord
    derivatives exchange"). The node would be the adjective, and after a side's or a firm's
    nationality the place is as often where it played or did business as where it sits. The
    tagger writes such adjectives with a capital and may tag them a name; the demonym table
    knows them. Graph-only (CaRB's Open IE view reads the phrase by ``nominal-prep``).
    """
    return "nationality-not-seat" not in disabled() and country_of(tok.text) is not None


# Nouns a place's name restricts: "the Telemark region", "the province of Sichuan".
_AREA_NOUNS = frozenset({"region", "province", "state", "county", "city", "district", "area", "town"})


def _place(pobj: Token | None) -> Token | None:
    """The place an "in" phrase names: a place's name, or the name before an area noun ("the
    Telemark region")."""
    if pobj is None or pobj.ent_type_ in PLACE_TYPES:
        return pobj
    if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in _AREA_NOUNS:
        return next((c for c in pobj.lefts if c.dep_ == "compound" and c.ent_type_ in PLACE_TYPES), None)
    return None


@triggered_by(words={"in"})
def seat_in_propositions(sent: Span) -> Iterator[Proposition]:
    """"the Fjord derivatives exchange in Bergen" → (Fjord; based in; Bergen); "the Harbour Tower
    in Oslo" → (Harbour Tower; based in; Oslo).

    Linguistic reason: "in" and a place straight after an organisation's or a site's name locates
    the named thing itself (a restrictive modifier of the noun, as "the bank in Oslo" is the one
    there), so the place is its seat. Only where the parse hangs the place on the noun, not on the
    verb ("signed the deal with Nordbank in Oslo" says where the signing was), nor on a bare name
    that is the verb's object ("joined Beta Industries in Paris": a proper name needs no place to
    say which one it is, so the place is the joining's), and not for a person, whom a place
    phrase only puts somewhere for the while. Graph-only: CaRB's Open IE view reads the same
    phrase as (X; is in; Y) (``nominal-prep``).
    """
    for prep in sentence_tokens(sent):
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i == 0 or prep.head.i >= prep.i:
            continue
        place = _place(next((c for c in prep.children if c.dep_ == "pobj"), None))
        name = _seated_name(prep.head)
        if place is None or name is None or prep.doc[prep.i - 1].i != prep.head.i:
            continue  # only a place right after the name's noun phrase
        if prep.head.pos_ == "PROPN" and prep.head.dep_ == "dobj":
            continue  # "joined Beta Industries in Paris": a bare name takes no restrictive place; the verb's
        yield Proposition(sentence=sent, relation="based in", lemma="base",
                          args=[_name(name, prep), Argument(place, tuple(name_span(place) or (place,)))],
                          rule="seat-in", confidence=0.5, open_ie=False)


# What the tagger calls a firm's name (it calls some people so too: see _organisation_name).
SEAT_NAME_TYPES = frozenset({"ORG", "PRODUCT", "FAC"})


def _organisation_name(name: Argument) -> bool:
    """The evidence that a name after a place's "'s" is a firm, not a person: a name ending in a
    kind only an organisation is ("Royal Bank", "Kestrel Studios"). The tagger's type is not enough:
    it types people as organisations ("France's Fabien Pelous") and a one-word name tells nothing
    ("Brazil's Ronaldo" and "Spain's Ferrovial" are both ORG), so those are left out."""
    last = name.tokens[-1].lower_
    return last in ORG_ONLY_KINDS or (last.endswith("s") and last[:-1] in ORG_ONLY_KINDS)


@triggered_by(deps={"poss"})
def possessive_seat_propositions(sent: Span) -> Iterator[Proposition]:
    """"the UK's Royal Bank of Scotland" → (Royal Bank of Scotland; based in; UK).

    Linguistic reason: a country or city in the possessive before a firm's name says where the firm
    belongs (news's way of introducing a foreign company). Only where the possessor is tagged a
    place and the name is shown to be an organisation's (:func:`_organisation_name`): "Italy's
    Marco Bortolami" is a player of Italy, not a firm based there.
    """
    for tok in sentence_tokens(sent):
        if tok.dep_ != "poss" or tok.ent_type_ != "GPE" or tok.head.pos_ != "PROPN":
            continue
        if tok.head.ent_type_ not in SEAT_NAME_TYPES:
            continue
        name = _name(tok.head, tok)
        if not name.tokens or not _organisation_name(name):
            continue
        place = Argument(tok, tuple(t for t in tok.subtree if t.dep_ != "case" and t.ent_type_ == "GPE"))
        yield Proposition(sentence=sent, relation="based in", lemma="base", args=[name, place],
                          rule="possessive-seat", confidence=0.5)



def _venue_name(head: Token, start: int) -> tuple[Token, ...]:
    """The venue's name that starts at ``start`` and ends in its head, a word of ``VENUE_WORDS``
    (the entity's words, or the run of proper nouns when the model tagged none); for a venue word
    in lower case ("Stockholm's Cirkus theatre"), the capitalised words before it (``venue-kind``)."""
    if head.lower_ not in VENUE_WORDS or head.i < start:
        return ()
    if head.pos_ == "NOUN" and head.is_lower:
        return _named_venue(head, start)
    if head.pos_ != "PROPN":
        return ()
    words = head.doc[start:head.i + 1]
    if any(t.pos_ != "PROPN" for t in words):
        return ()
    return tuple(words)


@register("venue-kind")
def _named_venue(head: Token, start: int) -> tuple[Token, ...]:
    """"Stockholm's Cirkus theatre", "Lusaka's Independence stadium": the name before a venue word
    in lower case, from the possessive mark on (capitalised words, at least one, and nothing else).

    Linguistic reason: a name before a kind noun restricts the kind to the one of that name (a
    close apposition: "the Cirkus theatre" is the theatre called Cirkus), so a place's "'s" before
    the whole phrase says where the named venue stands, as it does before "Grieg Hall"; the name is
    the venue's own, without the kind word the text writes in lower case.
    """
    if "venue-kind" in disabled() or head.i == start:
        return ()
    words = head.doc[start:head.i]
    if any(not t.is_title or t.pos_ not in ("PROPN", "NOUN") or not start <= t.head.i <= head.i for t in words):
        return ()
    return tuple(words)


@triggered_by(words=VENUE_WORDS)
def possessive_venue_propositions(sent: Span) -> Iterator[Proposition]:
    """"Bergen's Grieg Hall" → (Grieg Hall; based in; Bergen); "Oslo's Nordic Theatre" →
    (Nordic Theatre; based in; Oslo).

    Linguistic reason: a town's or a country's name in the possessive before the name of a venue
    or a landmark (a theatre, a stadium, a hall, a square) says where it stands: a building
    belongs to a place only by being there. Only a possessor tagged a place and a name right
    after its mark that ends in a venue's word (``VENUE_WORDS``), not one ``possessive-seat``
    reads as a firm's. Graph-only.
    """
    if VENUE_WORDS.isdisjoint(sentence_words(sent)):
        return
    doc = sent.doc
    for tok in sentence_tokens(sent):
        if tok.dep_ != "poss" or tok.ent_type_ != "GPE" or tok.head.lower_ not in VENUE_WORDS:
            continue
        mark = tok.i + 1
        owner = name_span(tok)
        if owner is None or owner.end != mark or doc[mark].text not in POSSESSIVE_MARKS:
            continue
        words = _venue_name(tok.head, mark + 1)
        if not words:
            continue
        place = Argument(tok, tuple(t for t in owner if t.ent_type_ == "GPE"))
        yield Proposition(sentence=sent, relation="based in", lemma="base",
                          args=[Argument(words[-1], words), place], rule="possessive-venue",
                          confidence=0.5, open_ie=False)


def _personal(word: Token, docs: Sequence[Doc]) -> bool:
    """The word names a person somewhere in its document: a person's name ends with it ("Anna
    Berg" and later "Norway's Berg"), or the model tags one of its mentions a person."""
    return any(e.label_ == "PERSON" and e[-1].text == word.text for doc in docs for e in doc.ents) or any(
        t.text == word.text and t.ent_type_ == "PERSON" for doc in docs for t in doc)


def firm_mention(tok: Token) -> bool:
    """A mention that shows its name is a firm's: a kind only an organisation is beside it ("the
    Nordbank group", "oil firm Nordbank", "Nordbank, the Oslo bank,"; "Nordbank, one of Europe's
    biggest publishers"), or a seat ("Oslo-based Nordbank")."""
    def org_kind(noun: Token, only: bool = True) -> bool:
        lemma = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and (lemma in ORG_ONLY_KINDS or (not only and lemma in ORG_KINDS and lemma not in PERSON_KINDS))

    if tok.dep_ == "compound" and org_kind(tok.head) and tok.head.i > tok.i:
        return True
    for child in tok.children:
        if child.dep_ == "compound" and org_kind(child):
            return True
        if child.dep_ == "amod" and child.lower_ == "based":
            return True
        if child.dep_ == "appos":
            if org_kind(child, only=False):
                return True
            # "Nordbank, one of Europe's biggest publishers"
            of = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None) if child.lower_ == "one" else None
            pobj = of and next((c for c in of.children if c.dep_ == "pobj"), None)
            if pobj is not None and org_kind(pobj, only=False):
                return True
    return False


def firm_evidence(word: Token, docs: Sequence[Doc]) -> bool:
    """Evidence in a document (``docs``, its segments) that a one-word name after a place's "'s"
    is a firm's, not a person's: no person's name in the document ends with it, and it is an
    initialism ("Germany's SAP"; people are not named so) or some mention of it stands beside a
    kind of organisation or a seat (:func:`firm_mention`)."""
    if _personal(word, docs):
        return False
    if word.text.isupper() and len(word.text) > 1 and word.text.isalpha():
        return True
    return any(firm_mention(t) for doc in docs for t in doc if t.text == word.text and t.pos_ == "PROPN")


@triggered_by(deps={"poss"})
def possessive_seat_firm_propositions(sent: Span) -> Iterator[Proposition]:
    """"Norway's Nordbank" → (Nordbank; based in; Norway), when the document shows Nordbank is a firm.

    Linguistic reason: as for ``possessive-seat``, a country in the possessive before a firm's
    name says where the firm belongs; a one-word name there may as well be a person's ("Norway's
    Berg", a player of Norway's side), which ``possessive-seat`` leaves out, so the name needs
    evidence from its document that it is a firm's (:func:`firm_evidence`, checked on the whole
    document when the graph takes the fact): an initialism, or a mention beside a kind of
    organisation ("oil firm Nordbank", "Nordbank, the Oslo bank") or a seat ("Oslo-based
    Nordbank"), with no person's name ending in it. The tagger's type of the name is no evidence
    either way (it calls such a firm an organisation, a place or nothing). Graph-only.
    """
    for tok in sentence_tokens(sent):
        if tok.dep_ != "poss" or tok.ent_type_ != "GPE" or tok.head.pos_ != "PROPN":
            continue
        name = tok.head
        if name.ent_type_ not in SEAT_NAME_TYPES | {"", "GPE"} or name.i != tok.i + 2 or not is_country(_place_text(tok)):
            continue
        ent = name_span(name)  # one word: a name of more is ``possessive-seat``'s
        if (len(ent) if ent is not None else 1) != 1 or not name.text[:1].isupper():
            continue
        if any(c.dep_ == "compound" for c in name.children):
            continue
        place = Argument(tok, tuple(t for t in tok.subtree if t.dep_ != "case" and t.ent_type_ == "GPE"))
        yield Proposition(sentence=sent, relation="based in", lemma="base", args=[Argument(name, (name,)), place],
                          rule="possessive-seat-firm", confidence=0.5, open_ie=False,
                          document_check=partial(firm_evidence, name))


def _place_text(tok: Token) -> str:
    span = name_span(tok)
    return span.text if span is not None else tok.text


def _kind_modifiers(sent: Span) -> Iterator[tuple[Span, list[Token]]]:
    """Each organisation's name with a kind only an organisation is right before it ("carmaker
    Vexa Motors"), and the contiguous modifiers before the kind, on the kind or on the name:
    "Japanese" of "Japanese carmaker X", "Venezuelan energy" of "Venezuelan energy firm X"."""
    doc = sent.doc
    for ent in sentence_entities(sent):
        head = ent.root
        if ent.label_ != "ORG" or head.i != ent.end - 1 or ent.start <= sent.start:
            continue
        kind = doc[ent.start - 1]
        if kind.pos_ != "NOUN" or kind.dep_ != "compound" or kind.lemma_.lower() not in ORG_ONLY_KINDS:
            continue
        if kind.head.i != head.i:
            continue
        yield ent, [t for t in (*kind.lefts, *head.lefts) if t.i < kind.i]


def _nationalities(before: list[Token]) -> list[Token]:
    return [t for t in before if t.dep_ == "amod" and t.ent_type_ == "NORP" and country_of(t.text)]


@triggered_by(ents={"ORG"})
def nationality_kind_propositions(sent: Span) -> Iterator[Proposition]:
    """"Japanese carmaker Vexa Motors" → (Vexa Motors; based in; Japanese → Japan).

    Linguistic reason: a nationality adjective on the kind of an organisation written before its
    name ("Venezuelan energy firm", "Brazilian bank") says which country the organisation belongs
    to, as the country's possessive does ("Brazil's Banco Sul", ``possessive-seat``). Only before
    a kind only an organisation is (a "Brazilian striker" need not play in Brazil), with the name
    an organisation's; the fact's place is the country the adjective names (:mod:`kg.resolve.facts`
    reads any seat given as a nationality by :func:`kg.resolve.demonyms.country_of`). Graph-only.
    """
    for ent, before in _kind_modifiers(sent):
        nationality = _nationalities(before)
        if len(nationality) != 1 or any(t.ent_type_ == "GPE" for t in before):
            continue  # "German-US car firm": two countries (``joint-nationality``)
        yield Proposition(sentence=sent, relation="based in", lemma="base",
                          args=[Argument(ent.root, tuple(ent)), Argument(nationality[0], (nationality[0],))],
                          rule="nationality-kind", confidence=0.5, open_ie=False)


@triggered_by(ents={"ORG"})
def joint_nationality_propositions(sent: Span) -> Iterator[Proposition]:
    """"German-US carmaker Vexa Motors" → (Vexa Motors; based in; Germany) and (...; US).

    Linguistic reason: two countries joined by a hyphen before the kind of an organisation ("an
    Anglo-Dutch group", "German-US car firm") say that it belongs to both, as a merger of two
    firms of those countries does; each is a seat. Only a nationality adjective and a country (or
    two nationalities) joined by the hyphen and nothing else, before a kind only an organisation
    is. Graph-only.
    """
    for ent, before in _kind_modifiers(sent):
        words = sorted({t for m in before for t in m.subtree if t.i <= m.i}, key=lambda t: t.i)
        first = next((t for t in words if t.ent_type_ in ("NORP", "GPE")), None)
        if first is None or first.i + 2 >= len(sent.doc) or sent.doc[first.i + 1].text != "-":
            continue
        second = sent.doc[first.i + 2]
        countries = [t for t in (first, second) if (t.ent_type_ == "NORP" and country_of(t.text))
                     or (t.ent_type_ == "GPE" and is_country(t.text))]
        if len(countries) != 2 or second not in words:
            continue
        for country in countries:
            yield Proposition(sentence=sent, relation="based in", lemma="base",
                              args=[Argument(ent.root, tuple(ent)), Argument(country, (country,))],
                              rule="joint-nationality", confidence=0.5, open_ie=False)


# Nouns for the office a firm is run from: where it is, the firm is based.
SEAT_NOUNS = frozenset({"headquarters", "hq"})
# Modifiers that put the seat in another time: "the former Nordbank headquarters in Bergen" is where
# the firm was run from, "its planned headquarters" where it may be.
_OTHER_TIME = frozenset({"former", "old", "previous", "ex", "planned", "proposed", "future"})


def _seat_noun(noun: Token) -> bool:
    """"headquarters", "HQ", or "office" with "head" before it ("the Nordbank head office")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lower_ in SEAT_NOUNS:
        return True
    return noun.lemma_.lower() == "office" and noun.tag_ == "NN" and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "head" and c.i == noun.i - 1 for c in noun.children)


def _seat_holder(noun: Token) -> Token | None:
    """The firm whose seat noun it is: its name in the possessive ("Nordbank's headquarters") or
    right before it as a compound ("Nordbank headquarters", "the Vexa Holdings head office")."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in SEATED_TYPES:
            return c
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i
             and c.ent_type_ in SEATED_TYPES and c.is_title]
    if not names or any(c.dep_ == "poss" for c in noun.children):
        return None
    name = names[0]
    # the name's words end right before the seat noun (or before "head"): nothing between
    last = max(t.i for t in name.subtree)
    return name if all(noun.doc[i].lower_ == "head" for i in range(last + 1, noun.i)) else None


def _firm_name(holder: Token) -> Argument:
    """The firm's name a possessive or compound holder ends: its entity's words, or its run of
    proper nouns ("Vexa Holdings" of "the Vexa Holdings head office")."""
    ent = entity_at(holder)
    in_ent = {t.i for t in ent} if ent is not None else set()
    return Argument(holder, tuple(t for t in holder.subtree if t.i <= holder.i and (
        t.i == holder.i or t.i in in_ent or (t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"))))


# Nouns of a plan, whose "for" or "of" names a thing that does not yet exist: "plans for a Nordbank
# headquarters in Bergen".
_PLAN_NOUNS = frozenset({"plan", "proposal", "scheme", "idea", "project", "blueprint", "bid", "application",
                         "design", "talk", "hope"})


@register("seat-plan")
def planned_seat(noun: Token) -> bool:
    """"Plans for the Nordbank headquarters in Bergen were dropped" states no seat (rule
    ``seat-noun``): the seat noun is what a plan or a proposal is for.

    Linguistic reason: a plan's or a proposal's "for" (or "of") phrase names what is to be built
    or moved, which does not exist yet and, when the plan is dropped, never will; like "its
    planned headquarters" it says where the firm may be run from, not where it is.
    """
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in ("for", "of") and prep.head.lemma_.lower() in _PLAN_NOUNS
            and "seat-plan" not in disabled())


@triggered_by(words=SEAT_NOUNS | {"office"})
def seat_noun_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordbank headquarters in Bergen", "Nordbank's headquarters in Bergen", "the Vexa Holdings
    head office in Oslo", "Nordbank's Oslo headquarters" → (Nordbank; based in; Bergen / Oslo).

    Linguistic reason: a firm's headquarters (its head office) is the place it is run from, and the
    place a firm is run from is its seat: where the headquarters are, the firm is based. The firm
    is the name the seat noun belongs to (in the possessive, or a name before it as a compound);
    the place is a place's name right after it with "in", or a place's name between the firm's
    "'s" and the noun. Not other sites ("offices", "plant", "store": a firm has many), not a
    person's name, not a verb's place ("moved its headquarters to Oslo" says where they go), and
    not a seat of another time ("the former Nordbank headquarters", "its planned headquarters").
    Graph-only.
    """
    for noun in sentence_tokens(sent):
        if not _seat_noun(noun) or any(c.dep_ == "amod" and c.lower_ in _OTHER_TIME for c in noun.children):
            continue
        holder = _seat_holder(noun)
        if holder is None or planned_seat(noun):
            continue
        places = [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in PLACE_TYPES
                  and c.i > holder.i]
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i == noun.i + 1:
                place = _place(next((c for c in prep.children if c.dep_ == "pobj"), None))
                if place is not None:
                    places.append(place)
        for place in places[:1]:
            span = name_span(place)
            words = tuple(t for t in span if t.ent_type_ in PLACE_TYPES) if span is not None else (place,)
            yield Proposition(sentence=sent, relation="based in", lemma="base",
                              args=[_firm_name(holder), Argument(place, words or (place,))],
                              rule="seat-noun", confidence=0.5, open_ie=False)
