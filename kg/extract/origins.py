"""Where a person is from, as news says it with a country or a nationality before the name.

- "US actor Tom Reed" → (Tom Reed; from; US) (rule ``origin-title``);
- "Australian star Tom Reed", "Tom Reed, the Australian star," → (Tom Reed; from; Australia)
  (rule ``nationality-origin``; the title stays the person's, held nowhere);
- "a win over Argentine Pedro Vela" → (Pedro Vela; from; Argentina) (rule ``nationality-name``);
- "Norway's Tom Reed" → (Tom Reed; from; Norway) (rule ``possessive-origin``);
- "Tom Reed of Norway" → (Tom Reed; from; Norway) (rule ``person-of-country``).

A nationality's fact names the country the adjective names (:mod:`kg.resolve.facts` reads it
through :func:`kg.resolve.demonyms.country_of`). An office of state is held at the country
("Argentine President", :mod:`kg.extract.prenominal`), not a sign of origin.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.affiliations import POSSESSIVE_MARKS, possessed_person
from kg.extract.base import Argument, Proposition
from kg.extract.prenominal import PrenominalTitle, nationality_of, origin_of, prenominal_title
from kg.extract.reading import sentence_entities, sentence_tokens, sentence_words
from kg.extract.registry import triggered_by
from kg.extract.roles import name_span, nationality_title
from kg.resolve.demonyms import country_of, is_country
from kg.resolve.referring import PERSON_KINDS


@triggered_by(ents={"PERSON"})
def origin_title_propositions(sent: Span) -> Iterator[Proposition]:
    """"US actor Tom Reed" → (Tom Reed; from; US).

    Linguistic reason: an occupation is no post held at a country (as "US Treasury Secretary"
    is); a country before it tells where the person comes from, as "from" after the name does. A
    nationality ("Australian billionaire") is left to the title: the graph has no place node for
    an adjective.
    """
    for name in sentence_entities(sent):
        if name.label_ != "PERSON" or name.root.i != name.end - 1:
            continue
        found = prenominal_title(name)
        origin = origin_of(found) if found is not None else None
        if origin is None or origin.ent_type_ != "GPE":
            continue
        place = name_span(origin)
        yield Proposition(sentence=sent, relation="from", lemma="from",
                          args=[Argument(name.root, tuple(name)), Argument(origin, tuple(place) if place is not None else (origin,))],
                          rule="origin-title", confidence=0.6, open_ie=False)


def _described_nationality(name: Token) -> Token | None:
    """The nationality or country on a description of a person's name in apposition, either way
    ("Greek sprinters Ana Pappas and Eleni Vlachou", "Ana Pappas, a Greek sprinter,", "US
    playwright Eve Ross" where the parse makes the title an apposition), when it says where the
    person is from (:func:`~kg.extract.roles.nationality_title`)."""
    first = name
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.ent_type_ == "PERSON":
        first = first.head  # "... Ana Pappas and Eleni Vlachou": the list's first name carries it
    descriptions = [first.head] if first.dep_ == "appos" else []
    descriptions += [c for c in name.children if c.dep_ == "appos"]
    for desc in descriptions:
        if desc.pos_ != "NOUN" or desc.lemma_.lower() not in PERSON_KINDS:
            continue
        title = [t for t in desc.lefts if t.dep_ in ("amod", "compound")] + [desc]
        places = [t for t in title if t.ent_type_ in ("NORP", "GPE") and t.dep_ != "poss"]
        if len(places) == 1 and nationality_title(title, places[0]):
            return places[0]
    return None


def _listed_title(name: Span) -> PrenominalTitle | None:
    """The plural title before a list of names, for a name after the first ("British stars Ana
    Berg and Tom Reed": each is a star, and each British)."""
    first = name.root
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i < first.i:
        first = first.head
    ent = name_span(first) if first.i != name.root.i else None
    found = prenominal_title(ent) if ent is not None and ent.label_ == "PERSON" else None
    return found if found is not None and found.title[-1].tag_ == "NNS" else None


@triggered_by(ents={"PERSON"})
def nationality_origin_propositions(sent: Span) -> Iterator[Proposition]:
    """"Australian star Tom Reed" → (Tom Reed; from; Australian → Australia).

    Linguistic reason: a nationality adjective before a person's title says what the person is,
    as "a Briton" does; only an office of state is held at the country it names ("Argentine
    President", :func:`kg.resolve.demonyms.office_country`), while a "Brazilian striker" or a
    "British triple jumper" holds nothing at Brazil or Britain but comes from there. The title
    stays the person's role, with no organisation (``role-title``); the fact's place is the
    country the adjective names (:mod:`kg.resolve.facts` reads a nationality as its country).
    Graph-only.
    """
    for name in sentence_entities(sent):
        if name.label_ != "PERSON" or name.root.i != name.end - 1:
            continue
        found = prenominal_title(name) or _listed_title(name)
        nationality = nationality_of(found) if found is not None else _described_nationality(name.root)
        if nationality is None:
            continue
        span = name_span(nationality)
        yield Proposition(sentence=sent, relation="from", lemma="from",
                          args=[Argument(name.root, tuple(name)),
                                Argument(nationality, tuple(span) if span is not None else (nationality,))],
                          rule="nationality-origin", confidence=0.6, open_ie=False)


@triggered_by(ents={"NORP"})
def nationality_name_propositions(sent: Span) -> Iterator[Proposition]:
    """"a win over Argentine Pedro Vela" → (Pedro Vela; from; Argentine → Argentina).

    Linguistic reason: a nationality word straight before a person's name, with no title between
    them, can only describe the person (sport and arts news name a foreign player or performer
    so: "Brazilian Pedro Vela scored"), and what it says is where the person is from. Only a
    nationality the demonym table knows, tagged as one, hung on the name (the tagger makes it a
    compound of it) and ending where the name starts, and a full name: a one-word "name" there is
    often no person's ("American Joe", "German Boerse"). Graph-only.
    """
    doc = sent.doc
    for name in sentence_entities(sent):
        if name.label_ != "PERSON" or name.root.i != name.end - 1 or name.start <= sent.start or len(name) < 2:
            continue  # (a one-word "name" there is often no person's: "American Joe", "German Boerse")
        nationality = name_span(doc[name.start - 1])
        if (nationality is None or nationality.label_ != "NORP" or nationality.end != name.start
                or len(nationality) != 1 or country_of(nationality.text) is None):
            continue
        word = nationality[0]
        if word.head.i != name.root.i or word.dep_ not in ("compound", "amod"):
            continue
        yield Proposition(sentence=sent, relation="from", lemma="from",
                          args=[Argument(name.root, tuple(name)), Argument(word, (word,))],
                          rule="nationality-name", confidence=0.6, open_ie=False)


@triggered_by(words=POSSESSIVE_MARKS)
def possessive_origin_propositions(sent: Span) -> Iterator[Proposition]:
    """"Norway's Tom Reed won the race" → (Tom Reed; from; Norway).

    Linguistic reason: a country's name in the possessive right before a person's name, with no
    title between them, says which country the person belongs to (sport and arts news present
    an athlete or a performer so: "Kenya's Anna Berg"), as "from" after the name does. Only a
    country the demonym table knows (the model tags some countries organisations: "Slovakia's"),
    not a town: a town in the possessive is as often its club
    ("Halden's Tom Reed", a player of Halden's side). A title between them ("Norway's finance
    minister Tom Reed") is the role rules'. Graph-only.
    """
    if POSSESSIVE_MARKS.isdisjoint(sentence_words(sent)):
        return
    for tok in sentence_tokens(sent):
        if tok.ent_type_ not in ("GPE", "ORG") or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text not in POSSESSIVE_MARKS:
            continue
        found = possessed_person(tok)
        if found is None or not is_country(found[0].text):
            continue
        owner, person = found
        yield Proposition(sentence=sent, relation="from", lemma="from",
                          args=[person, Argument(tok, tuple(owner))], rule="possessive-origin",
                          confidence=0.6, open_ie=False)


@triggered_by(ents={"PERSON"})
def person_of_country_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed of Norway won the 5,000m" → (Tom Reed; from; Norway).

    Linguistic reason: "of" and a country's name right after a person's name identifies the
    person by the country they belong to (news's way of naming a foreign athlete, minister or
    envoy), as "from" does (``from-place``). Only a full name with no determiner ("the Tom Reed
    of Norway" compares him with someone), the phrase on the name itself, and a country the
    demonym table knows: "Tom Reed of Vexa Holdings" is an affiliation, which only a speaker's
    context settles (``speaker-affiliation``). Graph-only.
    """
    doc = sent.doc
    for name in sentence_entities(sent):
        if name.label_ != "PERSON" or name.end >= sent.end or doc[name.end].lower_ != "of" or len(name) < 2:
            continue
        prep = doc[name.end]
        if prep.dep_ != "prep" or prep.head.i != name.root.i or name.root.i != name.end - 1:
            continue
        if any(c.dep_ in ("det", "poss") for c in name.root.children):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ != "GPE":
            continue
        place = name_span(pobj)
        first = prep.i + 2 if prep.doc[prep.i + 1].lower_ == "the" else prep.i + 1
        if place is None or place.root.i != pobj.i or place.start != first or not is_country(place.text):
            continue
        yield Proposition(sentence=sent, relation="of", lemma="from",
                          args=[Argument(name.root, tuple(name)), Argument(pobj, tuple(place))],
                          rule="person-of-country", confidence=0.6, open_ie=False)
