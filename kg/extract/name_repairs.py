"""Repairs to the entity model's name spans, run after it (issue #13, round 17: precision on
unseen news). Each is a registered rule with its linguistic reason:

- ``score-in-name``: "beat Bath 17-16", "beat Tom Reed 7-6 6-3": the score after a name is no
  part of it ("Bath 17-16" → "Bath");
- ``nationality-before-name``: "Kenyan Anna Berg", "Frenchman Tom Reed": a nationality before a
  given name is no part of the name ("Kenyan Anna Berg" → "Anna Berg"); with
  ``nationality-adjective-before-full-name``, before any given name and surname of a person's span
  ("Croatian Ivan Ljubicic" → "Ivan Ljubicic");
- ``and-in-country``: "Trinidad and Tobago", "Bosnia and Herzegovina": a country whose name has
  "and" in it is one name, not two (one GPE span);
- ``place-and-nationality``: "Bergen Scottish beat Vexa Rovers": a place's name before a
  nationality word that heads its noun phrase is one club's or body's name (one ORG span);
- ``determiner-in-name``: "former All Saints singer", "No Doubt singer": a capitalised "All" or
  "No" inside a sentence, before capitalised proper nouns, is the first word of their name;
- ``workplace-in-place``: "an analyst at Nordbank in Oslo": the place after "in" is no part of the
  organisation's name ("Nordbank in Oslo" → "Nordbank", "Oslo");
- ``plural-kind-ampersand``: "rappers Tom Reed & Jon Dahl": a plural person noun before a name
  with "&" says it is two people's names, not a firm's;
- ``lower-case-not-name``: "The ref asked me", "plasma screens": a span the entity model tagged a
  name whose every word is written in lower case is no name (no span).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from kg.extract.colon_titles import colon_titles
from kg.extract.components import add_component
from kg.extract.kind_names import bracket_split, id_places, kind_names
from kg.extract.opening_names import opening_names
from kg.extract.registry import disabled, register

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["COMPONENT", "repair_names", "use_name_repairs"]

COMPONENT = "kg_name_repairs"
# A piece of a score: "6", "6-4", a dash, a bracket, or two sets written with a comma and no space
# ("1-6,4-6" is "1", "-", "6,4", "-", "6"; a thousands comma has three digits after it).
_SCORE_PIECE = re.compile(r"^(?:\d+(?:-\d+)?|\d{1,2},\d{1,2}|-|\(|\))$")
# Nouns of nationality that are no adjective: the demonym table has the adjectives.
_NATIONALITY_NOUNS = frozenset({
    "frenchman", "frenchwoman", "englishman", "englishwoman", "briton", "scot", "welshman",
    "welshwoman", "irishman", "irishwoman", "dutchman", "dutchwoman", "spaniard", "swede", "dane",
    "finn", "pole", "turk", "swiss", "kiwi",
})
# Countries whose names have "and" in them (lower case, words apart by one space).
AND_COUNTRIES = frozenset({
    "trinidad and tobago", "bosnia and herzegovina", "antigua and barbuda", "st kitts and nevis",
    "saint kitts and nevis", "sao tome and principe", "serbia and montenegro", "turks and caicos",
    "st vincent and the grenadines", "saint vincent and the grenadines", "turks and caicos islands",
})
# A first word of one of them: a text without any has no such country (most texts: one look-up
# of the words' ids, no walk over its tokens).
_COUNTRY_STARTS = frozenset(get_string_id(w) for w in ("trinidad", "bosnia", "antigua", "kitts", "sao", "serbia",
                                                   "turks", "vincent"))
_SCORE = re.compile(r"^\d+-\d+$")
_LONGEST_COUNTRY = max(len(c.split()) for c in AND_COUNTRIES)


@register("score-in-name")
def score_trimmed(span: Span) -> Span:
    """"Gloucester beat Bath 17-16", "Reed beat Jon Dahl 7-6 6-3" (or "7-6,6-3"): the span without the score
    the entity model read into the name ("Bath", "Jon Dahl").

    Linguistic reason: a score ("17-16", "7-6 6-3") is a separate phrase of measure after the
    object of "beat", "defeat", "lead" (how much by), not a word of the name; a name may end in
    a number ("Apollo 13", "Windows 95"), but never in a number, a dash and a number. The graph
    would otherwise hold a team "Bath 17-16" apart from Bath. Only a tail with a dash between
    numbers is cut, and only after a proper noun.
    """
    if "score-in-name" in disabled():
        return span
    end = span.end
    while end > span.start + 1 and _SCORE_PIECE.match(span.doc[end - 1].text):
        end -= 1
    tail = span.doc[end:span.end]
    if end == span.end or span.doc[end - 1].pos_ != "PROPN" or not any(t.text[:1].isdigit() for t in tail) or not (
            any(t.text == "-" for t in tail) or any(_SCORE.match(t.text) for t in tail)):
        return span  # a dash alone ("Bob Allen Deal -") closes an aside, not a score
    return Span(span.doc, span.start, end, label=span.label)


@register("nationality-before-name")
def nationality_trimmed(span: Span) -> Span:
    """"beat Kenyan Anna Berg", "Frenchman Tom Reed won": the span without the nationality word
    before a given name ("Anna Berg", "Tom Reed").

    Linguistic reason: a nationality adjective or noun before a personal name is an apposed
    description (Anna Berg, a Kenyan), as "striker" is in "striker Tom Reed"; a person's name
    opens with a given name, and a word of nationality is none. The graph would otherwise hold
    "Kenyan Anna Berg" apart from Anna Berg. Only when the next word is a given name the name
    table knows: "American Idol", "Swiss Re" stay whole.
    """
    if "nationality-before-name" in disabled() or len(span) < 3:
        return span
    from kg.resolve.demonyms import country_of  # kg.resolve imports kg.extract: at call time
    from kg.resolve.names import given_names

    first, second = span[0], span[1]
    if first.lower_ not in _NATIONALITY_NOUNS and country_of(first.text) is None:
        return span
    if not second.is_title or (second.lower_ not in given_names() and not demonym_noun_before(first, second)
                               and not adjective_before_full_name(span)):
        return span
    return Span(span.doc, span.start + 1, span.end, label="PERSON")


@register("nationality-adjective-before-full-name")
def adjective_before_full_name(span: Span) -> bool:
    """"face Croatian Ivan Ljubicic", "beat Russian Nikolay Davydenko": True when a person's span
    opens with a nationality adjective before two or more capitalised proper nouns, which are then
    the person's given name and surname though the name table does not know the given name
    (``nationality-before-name`` trims the adjective).

    Linguistic reason: a nationality adjective before a personal name is an apposed description
    (Ivan Ljubicic, a Croatian), as "striker" is; a name the entity model reads as one person's
    holds the adjective only by accident, and what follows is a given name and a surname of
    their own: two capitalised proper nouns or more. A shorter span ("American Idol", "Swiss
    Re") or one of another type ("American Express Bank") stays whole: the adjective may open a
    name there.
    """
    return (span.label_ == "PERSON" and len(span) >= 3
            and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in span[1:])
            and "nationality-adjective-before-full-name" not in disabled())


# Nouns of nationality that name a person and are never a given name nor a brand's first word
# ("Finn", "Dane", "Scot", "Swiss" may be either).
_PERSON_DEMONYMS = frozenset(w for w in _NATIONALITY_NOUNS if w.endswith(("man", "woman"))) | {
    "spaniard", "briton", "swede"}


@register("demonym-noun-before-name")
def demonym_noun_before(first: Token, second: Token) -> bool:
    """"beat Frenchman Gilles Simon", "Welshman Jon Dahl": True when a noun of nationality that
    names a person opens a span before a capitalised proper noun, which is then the person's
    given name though the name table does not know it (``nationality-before-name`` trims it).

    Linguistic reason: "Frenchman", "Spaniard", "Briton" are nouns for a person of a nation, set
    before a name as "striker" is, in apposition (Gilles Simon, a Frenchman); unlike "Finn",
    "Scot" or "Swiss" none of them is a given name or a firm's first word, so what follows is
    the name whatever given name it has ("Frenchman Gilles Simon" → "Gilles Simon").
    """
    return (first.lower_ in _PERSON_DEMONYMS and second.pos_ == "PROPN"
            and "demonym-noun-before-name" not in disabled())


@register("and-in-country")
def and_countries(doc: Doc) -> list[Span]:
    """"Trinidad and Tobago beat Bergen", "Bosnia and Herzegovina": one GPE span for a country
    whose name has "and" in it, where the entity model read two names or one and a stray.

    Linguistic reason: the "and" of a proper name joins no two things: "Trinidad and Tobago" is
    one state, whose name happens to contain a coordination, as "Marks and Spencer" is one firm.
    The parse still coordinates the two words; with one span both stand for one entity, so the
    graph holds the country, not "Trinidad" and "Tobago" each doing what the country did. A
    closed list of countries: any other "X and Y" may be two things.
    """
    if "and-in-country" in disabled() or not id_places(doc, LOWER, _COUNTRY_STARTS):
        return []
    found: list[Span] = []
    lower = [t.lower_ for t in doc]
    for i, word in enumerate(lower):
        if word != "and" or i == 0 or (found and found[-1].end > i):
            continue
        for start in range(max(0, i - 2), i):
            ends = [end for end in range(i + 2, min(len(doc), start + _LONGEST_COUNTRY) + 1)
                    if " ".join(lower[start:end]) in AND_COUNTRIES and doc[start].is_title]
            if ends:  # the longest: "Turks and Caicos Islands", not "Turks and Caicos"
                found.append(Span(doc, start, max(ends), label="GPE"))
                break
    return found


# The dependencies of a noun phrase's head (a nationality word modifying a noun is "amod").
_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "attr", "dative", "ROOT"})
_NAME_BEFORE = frozenset({"GPE", "LOC", "ORG"})


@register("place-and-nationality")
def place_nationalities(ents: list[Span], named: set[tuple[str, str]] | None = None) -> list[Span]:
    """"Bergen Scottish beat Vexa Rovers 19-33", "joined Orvik Welsh": the place's name and the
    nationality word after it as one ORG span ("Bergen Scottish"), where the entity model read a
    place ("Bergen") and a nationality ("Scottish").

    Linguistic reason: a nationality word is an adjective; when it modifies nothing but is
    itself the head of its noun phrase (a subject, an object, a possessor: "Scottish beat",
    "trailed Scottish"), with the place's name a compound before it, the two words name one
    thing, a club or body called after its town and its people, as "Bergen Rovers" is.
    "In Bergen Scottish fans cheered" (the nationality modifies "fans") and "Bergen, Scottish
    ..." (two phrases) stay apart, unless the text names the club so elsewhere: a name once read
    is the same words throughout ("Bergen Scottish coach Tom Reed"). The graph would otherwise
    hold a nationality doing what the club did, and a town beside it.
    """
    if "place-and-nationality" in disabled() or not any(e.label_ == "NORP" for e in ents):
        return ents
    pairs = _place_pairs(ents)
    named = (named or set()) | _named_pairs(pairs)
    joined = {b.start: a for a, b in pairs if (a.text.casefold(), b.text.casefold()) in named}
    if not joined:
        return ents
    out: list[Span] = []
    for ent in ents:
        if ent.start in joined and out and out[-1] is joined[ent.start]:
            out[-1] = Span(ent.doc, out[-1].start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


def _place_pairs(ents: Sequence[Span]) -> list[tuple[Span, Span]]:
    """A name (a place's, or a firm's) right before a one-word nationality, both capitalised."""
    return [(a, b) for a, b in pairwise(ents) if a.end == b.start and b.label_ == "NORP" and len(b) == 1
            and a.label_ in _NAME_BEFORE and a[-1].is_title and b[0].is_title]


def _named_pairs(pairs: list[tuple[Span, Span]]) -> set[tuple[str, str]]:
    """The pairs whose nationality word heads its phrase, with the name a compound of it: a name."""
    return {(a.text.casefold(), b.text.casefold()) for a, b in pairs
            if b[0].pos_ == "PROPN" and b[0].dep_ in _HEAD_DEPS and a[-1].dep_ == "compound" and a[-1].head.i == b.start}


def join_place_nationalities(docs: list[Doc]) -> None:
    """The club names :func:`place_nationalities` or the entity model read in one paragraph of a
    document ("Bergen Scottish beat ...": one organisation), joined in its other paragraphs too
    ("Bergen Scottish coach Tom Reed", read as a place and a nationality): a name once read is
    the same words throughout the text."""
    if "place-and-nationality" in disabled() or len(docs) < 2:
        return
    from kg.resolve.demonyms import country_of  # kg.resolve imports kg.extract: at call time

    named: set[tuple[str, str]] = set()
    for doc in docs:
        if any(e.label_ == "NORP" for e in doc.ents):
            named |= _named_pairs(_place_pairs(doc.ents))
        named |= {(e[:-1].text.casefold(), e[-1].text.casefold()) for e in doc.ents
                  if e.label_ == "ORG" and len(e) >= 2 and e[-1].is_title and e[-2].is_title
                  and country_of(e[-1].text) is not None}
    if not named:
        return
    for doc in docs:
        ents = list(doc.ents)
        if any(e.label_ == "NORP" for e in ents):
            joined = place_nationalities(ents, named)
            if len(joined) != len(ents):
                doc.set_ents(joined, default="outside")


# Determiners that open names in capitals ("All Saints", "All England Club", "No Doubt"), by id.
_NAME_DETERMINERS = frozenset(get_string_id(w) for w in ("All", "No"))
# What may stand before a sentence's first word: after one, a capital says nothing of a name.
_OPENERS = frozenset({'"', "'", "“", "‘", ":", "(", "[", "-", "–", "—"})
# Labels a name that opens with a determiner keeps; a person's name never opens with one.
_KEPT_LABELS = frozenset({"ORG", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT", "NORP", "GPE", "LOC"})


@register("determiner-in-name")
def determiner_names(doc: Doc) -> list[Span]:
    """"Former All Saints singer Anna Berg", "the All England Club", "No Doubt singer Tom Reed":
    one span for the name with its first word, where the entity model left the capitalised
    determiner out ("Saints", "England Club", "Doubt"), the graph then holding a cut name.

    Linguistic reason: English writes "all" and "no" in capitals inside a sentence only as the
    first word of a name (a band, a club, a team: "All Blacks"); the determiner of an ordinary
    noun phrase is in lower case, and a singular title ("singer", "chairman") takes no "all".
    Only inside a sentence, not after a quotation mark or a colon (where any first word is
    capitalised), and only before capitalised proper nouns. A person's name opens with no
    determiner, so the span is an organisation unless the model read a work, a place or a body.
    """
    if "determiner-in-name" in disabled() or not id_places(doc, ORTH, _NAME_DETERMINERS):
        return []
    found: list[Span] = []
    for tok in doc:
        if tok.text not in ("All", "No") or tok.tag_ != "DT" or tok.is_sent_start or tok.ent_type_:
            continue
        if tok.i == 0 or doc[tok.i - 1].text in _OPENERS:
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].is_sent_start:
            end += 1
        if end == tok.i + 1:
            continue
        ent = next((e for e in doc.ents if e.start <= end - 1 < e.end), None)
        if ent is not None and (ent.start < tok.i + 1 or ent.end > end):
            end = max(end, ent.end)
            if ent.start < tok.i + 1:
                continue
        label = doc[tok.i + 1].ent_type_ if doc[tok.i + 1].ent_type_ in _KEPT_LABELS else "ORG"
        found.append(Span(doc, tok.i, end, label=label))
    return found


# The entity model's labels of names (a lower-case "last week" is a DATE: no name, kept).
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW",
                          "LANGUAGE"})


@register("lower-case-not-name")
def lower_case_name(span: Span) -> bool:
    """"The ref asked me", "flat panel screens", "a buzzing bee": True for a span the entity model
    tagged a name (a person, a body, a place, a work) whose every word is written in lower case,
    which is then no name; the graph would otherwise hold "ref" as an organisation asking.

    Linguistic reason: English writes a proper name in capitals wherever it stands in the
    sentence ("Tom Reed", "the Nordbank board", "eBay", "iTunes" keep theirs); a phrase written
    all in lower case is a common noun ("the ref", "screens"), whatever the model's guess. Only
    words of letters: a web address ("grumbletext.co.uk") or a word with a digit is written as
    its owner writes it and stays a name.
    """
    if "lower-case-not-name" in disabled() or span.label_ not in _NAME_LABELS:
        return False
    return all((t.is_alpha and t.is_lower) or t.is_punct for t in span) and any(t.is_alpha for t in span)


@register("opening-given-name")
def opening_given_names(ents: Sequence[Span]) -> list[Span]:
    """"Anders Lunde, chief executive of Vexa, said": a one-word person's name at the start of a
    sentence, set off by a comma, with the capitalised word before it that the entity model left
    out, as the whole name ("Anders Lunde", not "Lunde").

    Linguistic reason: a person named in full for the first time opens with the given name, which
    the parse hangs on the surname as a compound; opening a sentence, every word is capitalised,
    so the model may take the given name for an ordinary word and tag the surname alone. Before
    the comma of an apposition ("..., chief executive of ...") the two words are one name: no
    title, honorific, nationality or named body stands there without a word between (those are
    left alone, as is a word the model tagged a name of its own).
    """
    if "opening-given-name" in disabled():
        return []
    from kg.extract.roles import CAPITALISED_TITLES, NOT_TITLES, TITLE_NOUNS
    from kg.resolve.demonyms import country_of

    found: list[Span] = []
    for ent in ents:
        if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0:
            continue
        doc, first = ent.doc, ent.doc[ent.start - 1]
        if not (first.is_sent_start or first.i == 0) or ent.end >= len(doc) or doc[ent.end].text != ",":
            continue
        word = first.lower_.rstrip(".")
        if (first.ent_type_ or first.pos_ != "PROPN" or first.dep_ != "compound" or first.head.i != ent.start
                or not first.is_title or not first.is_alpha or word in CAPITALISED_TITLES | NOT_TITLES | TITLE_NOUNS
                or word in _NATIONALITY_NOUNS or country_of(first.text) is not None):
            continue
        found.append(Span(doc, first.i, ent.end, label="PERSON"))
    return found


@register("workplace-in-place")
def workplace_place_split(span: Span) -> list[Span]:
    """"Tom Reed, an analyst at Nordbank in Oslo," → two names, the organisation "Nordbank" and
    the place "Oslo", where the entity model read one ORG span "Nordbank in Oslo".

    Linguistic reason: "at X in Y" names a place of work and then where it is: the "in" phrase
    locates the organisation, it is no part of its name. Only an ORG span right after "at", with
    one lower-case "in" inside it followed by capitalised words (a name of the form "Women in
    Film" is seldom where someone is "at"; the entity model writes such names as one span
    without "at" before them too, and those are left whole).
    """
    if span.label_ != "ORG" or len(span) < 3 or "workplace-in-place" in disabled():
        return [span]
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "at":
        return [span]
    ins = [t for t in span[1:-1] if t.text == "in"]
    if len(ins) != 1:
        return [span]
    cut = ins[0].i
    after = doc[cut + 1:span.end]
    if not all(t.is_title or not t.is_alpha for t in after) or not doc[span.start:cut].text[:1].isupper():
        return [span]
    return [Span(doc, span.start, cut, label="ORG"), Span(doc, cut + 1, span.end, label="GPE")]


# Words that close a firm's name after "&": "Tom Reed & Partners", "Dahl & Co", "Berg & Sons".
_FIRM_CLOSERS = frozenset({"partners", "co", "company", "associates", "sons", "brothers"})


@register("plural-kind-ampersand")
def plural_kind_split(span: Span) -> list[Span]:
    """"rappers Tom Reed & Jon Dahl" → two people's names, "Tom Reed" and "Jon Dahl", where the
    entity model read one firm's name "Tom Reed & Jon Dahl".

    Linguistic reason: a plural person noun before a name ("rappers", "singers") says the name
    phrase names several people, so the "&" in it joins two names, as "and" would; a firm or a
    duo's name with "&" in it ("Vexa & Lund", "the duo Reed & Dahl") takes a singular noun or
    none. Only a span with one "&", both sides capitalised, right after a plural person noun that
    modifies the first name, and a whole name (two words or more) on at least one side: two bare
    surnames joined by "&" are the usual form of a partnership's name, and professional firms take
    their profession's plural ("lawyers Allen & Overy", "accountants Ernst & Young"); nor a name
    closed by a firm's word ("administrators Tom Reed & Partners", "& Co", "& Sons").
    """
    if "&" not in span.text or span.start == 0 or "plural-kind-ampersand" in disabled():
        return [span]
    from kg.extract.roles import TITLE_NOUNS  # (kg.extract.roles imports the pipeline's modules)

    doc = span.doc
    kind = doc[span.start - 1]
    if kind.tag_ != "NNS" or kind.lemma_.lower() not in TITLE_NOUNS or kind.head.i not in range(span.start, span.end):
        return [span]
    amps = [t.i for t in span if t.text == "&"]
    if len(amps) != 1 or amps[0] in (span.start, span.end - 1):
        return [span]
    cut = amps[0]
    if not (doc[span.start].is_title and doc[cut + 1].is_title):
        return [span]
    if cut - span.start < 2 and span.end - cut - 1 < 2:
        return [span]  # "lawyers Allen & Overy", "accountants Ernst & Young": two bare surnames, a firm's name
    if doc[span.end - 1].lower_.rstrip(".") in _FIRM_CLOSERS:
        return [span]  # "administrators Tom Reed & Partners": a firm named after its founder
    return [Span(doc, span.start, cut, label="PERSON"), Span(doc, cut + 1, span.end, label="PERSON")]


def repair_names(doc: Doc) -> Doc:
    """The repairs, on the document's entity spans (a pipeline component after "ner"); the
    names a kind noun introduces and the cut at a bracket are :mod:`kg.extract.kind_names`, a title
    over a colon :mod:`kg.extract.colon_titles`, a name opening a sentence before a title
    :mod:`kg.extract.opening_names`."""
    found = doc.ents
    ents = place_nationalities([part for e in found if not lower_case_name(e)
                                for cut in bracket_split(nationality_trimmed(score_trimmed(e)))
                                for place_cut in workplace_place_split(cut)
                                for part in plural_kind_split(place_cut)])
    changed = len(ents) != len(found) or any(a is not b for a, b in zip(ents, found, strict=True))
    countries = and_countries(doc)
    if countries:
        taken = {i for c in countries for i in range(c.start, c.end)}
        ents = [e for e in ents if not any(i in taken for i in range(e.start, e.end))] + countries
        changed = True
    given = opening_given_names(ents)
    if given:
        starts = {g.end - 1 for g in given}
        ents = [e for e in ents if e.start not in starts] + given
        changed = True
    opened = determiner_names(doc)
    if opened:
        taken = {i for c in opened for i in range(c.start, c.end)}
        ents = [e for e in ents if not any(i in taken for i in range(e.start, e.end))] + opened
        changed = True
    named = kind_names(doc)
    titled = colon_titles(doc)
    if titled:
        taken = {i for c in titled for i in range(c.start, c.end)}
        named = [*(n for n in named if not any(i in taken for i in range(n.start, n.end))), *titled]
    named = [*named, *opening_names(doc)]
    if named:
        taken = {i for c in named for i in range(c.start, c.end)}
        ents = [e for e in ents if not any(i in taken for i in range(e.start, e.end))] + named
        changed = True
    if changed:
        doc.set_ents(sorted(ents, key=lambda e: e.start), default="outside")
    return doc


def use_name_repairs(nlp: Language) -> bool:
    """Put :func:`repair_names` after the pipeline's entity model (False if it has none)."""
    return add_component(nlp, COMPONENT, repair_names, "ner", after="ner")
