"""A title written before a name: "US Treasury Secretary John Snow", "AMR's chief executive Gerard
Arpey", "Foreign Minister Sergei Lavrov of Russia" (rule ``role-title``, one of the role rules of
:mod:`kg.extract.roles`, whose helpers read the title and the organisation)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.describes import outside_clause
from kg.extract.field_titles import field_title, possessed_side
from kg.extract.reading import sentence_entities
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.roles import (
    CAPITALISED_TITLES,
    NOT_NAMES,
    NOT_TITLES,
    ORG_TYPES,
    ORIGIN_OCCUPATIONS,
    TITLE_DEPS,
    TITLE_NOUNS,
    cased,
    name_span,
    nationality_title,
)
from kg.extract.ties import hyphen_joined
from kg.extract.titled_names import listed_names, titled_name
from kg.extract.works import work_kind_title
from kg.resolve.demonyms import country_of, is_country
from kg.resolve.names import DESCRIPTORS
from kg.resolve.referring import ORG_ONLY_KINDS, PERSON_KINDS


@dataclass(slots=True)
class PrenominalTitle:
    title: list[Token]
    org: Token | None


@register("initial-not-title")
def initial_before(name: Span) -> bool:
    """"R Tavukece (Fiji)", "coach J Dahl": a capital letter alone right before a name is the
    person's initial, which the model left out of the name, not a title or part of one.

    Linguistic reason: a title is a word ("coach", "Dr", "MP"); a single letter, with or without
    its full stop, is how news abbreviates a given name, in team sheets above all. A guard on
    ``role-title``: it yields nothing of its own.
    """
    if "initial-not-title" in disabled() or name.start == 0:
        return False
    word = name.doc[name.start - 1]
    letters = word.text.rstrip(".")
    return len(letters) == 1 and letters.isupper()


@register("of-title-det")
def _of_phrase_det(det: Token) -> bool:
    """"Chancellor of the Exchequer Jon Dahl": True for the determiner of an "of" phrase's noun
    inside a title before a name, which stays in the title ("chancellor of the exchequer").

    Linguistic reason: a title's "of" phrase is a complement of its head noun ("secretary of
    state", "chancellor of the exchequer") and keeps its own determiner; the determiner of the
    whole phrase ("the US envoy Tom Reed") is no part of the title, but one inside it is.
    Leaving it out cut the title at "of" and kept only its last word ("exchequer").
    """
    return (det.head.dep_ == "pobj" and det.head.head.lower_ == "of" and det.head.head.dep_ == "prep"
            and "of-title-det" not in disabled())


def prenominal_title(name: Span) -> PrenominalTitle | None:
    """The words before a name that describe it, split into a title and where it is held.

    The parse hangs "US Treasury Secretary" and "AMR's chief executive" on the name's head as
    compounds; the words run right up to the name. A possessor or the leftmost named organisation,
    country or nationality among them is where the title is held; the common words (and a capitalised
    title word that names no organisation, "Secretary") are the title.
    """
    head = name.root
    mods = [c for c in head.lefts if c.i < name.start and c.dep_ in (*TITLE_DEPS, "poss")]
    toks = sorted({t for c in mods for t in c.subtree if t.i < name.start}, key=lambda t: t.i)
    # (no determiner, but one inside an "of" phrase of the title: "Chancellor of the Exchequer
    # Jon Dahl" is one run of words, which "the" left out would cut at "of", rule of-title-det)
    toks = [t for t in toks if t.dep_ not in ("det", "predet") or _of_phrase_det(t)]
    if not toks or toks[-1].i != name.start - 1:
        return None
    # the run of words right before the name, without a break ("the minister , Lavrov")
    run: list[Token] = []
    for t in reversed(toks):
        if run and t.i != run[0].i - 1:
            break
        run.insert(0, t)
    if any(t.is_punct and t.text not in ("-", "'s", "’s") and not bare_possessive(t) for t in run):
        return None
    if list_in_run(run):
        # the list's last member: "singer Anna Berg and Bergen actor Jon Dahl" → "Bergen actor"
        run = run[max(i for i, t in enumerate(run) if t.dep_ == "cc" and not t.ent_type_) + 1:]
        if not run:
            return None
    # "Sydney-born actor": where the person was born is no part of the title, nor where it is held
    # (kg.extract.places reads it)
    placed = {t.i for p in run if p.lower_ in ("born", "based") and p.dep_ == "amod" for t in p.subtree}
    run = [t for t in run if t.i not in placed and t.i not in _hyphened_participle(run)]
    initial = int(bool(run) and initial_before(name))
    if initial:
        run = run[:-1]  # "coach J Dahl": the title is "coach"; "J" is the man's initial
    if not run:
        return None
    # "World Cup-winning captain": the prize won is part of the title, not where it is held
    # (kg.extract.prizes reads the win, rule prize-compound)
    won = set() if "prize-compound" in disabled() else {
        t.i for p in run if p.lower_ == "winning" and p.dep_ == "amod" for t in p.subtree}
    org = next((t for t in run if t.dep_ == "poss" and t.pos_ != "PRON"), None)
    if org is None:
        org = next((t for t in run if t.ent_type_ in ORG_TYPES and t.i not in won), None)
    if (org is None and run[0].pos_ == "PROPN" and run[0].i not in won and not run[0].ent_type_ and run[0].is_title is False
            and not run[0].is_lower and run[0].lower_ not in PERSON_KINDS):
        # "BT chief executive Ben Verwaayen": a name the model did not tag, in capitals, first (a
        # word in lower case is no name: "reggae artist Tom Reed" is a kind of artist; an
        # initialism that is a title names no organisation: "MP Anna Berg", "CEO Per Lund")
        org = run[0]
    if org is None:
        org = _leading_name([t for t in run if t.i not in won])
    org_toks: set[int] = set()
    if org is not None:
        ent = name_span(org)
        if ent is not None and ent.end > name.start:
            ent = None  # the model tagged the place with the person ("Norway physio Lars Holm")
        org_toks = {t.i for t in (ent if ent is not None else [org])} | {t.i for t in org.subtree}
        if ent is not None:
            org = ent.root
    title = [t for t in run if t.i not in org_toks and t.dep_ != "case" and not t.is_punct]
    # an honorific may stand between the title and the name: "United boss Sir Alex Ferguson"
    honorifics = 0
    while honorifics < len(title) and title[-1 - honorifics].lower_.rstrip(".") in NOT_TITLES:
        honorifics += 1
    title = [t for t in title if t.lower_.rstrip(".") not in NOT_TITLES]
    if not title or title[-1].i != name.start - 1 - initial - honorifics:
        return None
    # the tagger reads "chief executive" before a name as two adjectives; a title noun it still is
    # (a word in lower case is a title noun though the model tagged it with the name: "physio")
    if (not any(t.pos_ in ("NOUN", "PROPN") and (not t.ent_type_ or (t.is_lower and t.ent_type_ == "PERSON"))
                for t in title)
            and title[-1].lower_ not in TITLE_NOUNS):
        return None
    return PrenominalTitle(title, org)


@register("title-list-run")
def list_in_run(run: list[Token]) -> bool:
    """"after supporting Tom Reed and Bergen pop act Jon Dahl", "with singer Anna Berg and Vexa
    actor Jon Dahl": True for words before a name that hold an "and" or "or" outside any name and
    a person's name: they end a list, whose last member alone is the name's title, not all of them.

    Linguistic reason: a title before a name is one noun phrase; a coordinator joins two phrases,
    so words before it belong to an earlier member of a list ("Tom Reed and" is another object of
    "supporting"), and a person's name is no word of a title. Read as one run they gave "Jon Dahl"
    a title made of another man's name or title ("tom reed and pop act", "singer actor" held at
    "Anna Berg"); the title is what follows the coordinator. A possessor keeps its run ("Tom Reed and Anna Berg's lawyer Jon Dahl"), as does
    a name with "and" in it ("Marks and Spencer boss"), which the model tags as one name.
    """
    return (any(t.dep_ == "cc" and not t.ent_type_ for t in run)
            and (any(t.ent_type_ == "PERSON" for t in run) or named_list_run(run))
            and not any(t.dep_ == "case" for t in run) and "title-list-run" not in disabled())


# What the name after the coordinator must be tagged: an organisation or a place, not a word of a
# capitalised title ("Economic and Fiscal Policy Minister Heizo Takenaka" is one title).
_NAMED_PLACES = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


@register("title-list-names")
def named_list_run(run: list[Token]) -> bool:
    """"Nordbank and Vexa Holdings chairman Tom Reed said": the "and" joins two names before the
    title, the first of them another member of the sentence's list ("Nordbank and [Vexa Holdings
    chairman Tom Reed]"); the title is "chairman", at Vexa Holdings, not "nordbank and chairman".

    Linguistic reason: a title before a name is one noun phrase whose modifiers are a title and
    where it is held; a coordinator in it joins names, not title words, and the name before it is
    either another member of a list or a second employer the phrase does not say the title is
    held at. Only the words after the coordinator are the title of the name (as
    ``title-list-run`` cuts a run with a person in it); a name with "and" in it ("Marks and
    Spencer") is one name the model tags, and keeps its run, as does a capitalised title whose
    words the model tags no organisation ("Economic and Fiscal Policy Minister").
    """
    if "title-list-names" in disabled():
        return False
    cc = max(i for i, t in enumerate(run) if t.dep_ == "cc" and not t.ent_type_)
    return (cc > 0 and cc + 1 < len(run) and all(t.pos_ == "PROPN" for t in run[:cc])
            and run[cc + 1].ent_type_ in _NAMED_PLACES)


@register("hyphened-participle")
def _hyphened_participle(run: list[Token]) -> set[int]:
    """"Chart-topping pop star Tom Reed" → the title is "pop star", held at no "Chart": the words
    of a participle joined by a hyphen to the noun before it ("chart-topping", "record-breaking",
    "Oslo-raised"), which the model may tag as an organisation.

    Linguistic reason: a noun hyphened to a participle is the participle's object or adverbial
    ("tops the chart"), one compound adjective that says what the holder does or did; it names no
    place of work, nor is it part of the post. "-winning" is left to ``prize-compound`` (the prize
    won is part of the title), "-born"/"-based" to the place rules.
    """
    if "hyphened-participle" in disabled():
        return set()
    return {t.i for p in run if p.dep_ == "amod" and p.tag_ in ("VBG", "VBN") and p.lower_ not in ("winning", "born", "based")
            and p.i > 1 and p.doc[p.i - 1].text == "-" and not p.doc[p.i - 1].whitespace_
            and not p.doc[p.i - 2].whitespace_ for t in p.subtree}


@register("bare-possessive")
def bare_possessive(mark: Token) -> bool:
    """"Nordvik Rovers' coach Tom Reed", "the athletes' lawyer Anna Berg": the possessive of a word
    that ends in "s" is written with a bare apostrophe, which the model tags as punctuation.
    Linguistic reason: the apostrophe after an "-s" is the same genitive marker as "'s" (English
    drops the second "s"), so the words before it say whose the title is, as they do before "'s";
    it must hang on that word as its case marker (a quotation mark does not), and the title after
    it be in lower case (a work's name there is no title: "the Pipers' Silver Morning")."""
    doc = mark.doc
    return ("bare-possessive" not in disabled() and mark.text in ("'", "’") and mark.dep_ == "case"
            and mark.head.i == mark.i - 1 and mark.head.lower_.endswith("s")
            and mark.i + 1 < len(doc) and doc[mark.i + 1].is_lower)


def _leading_name(run: list[Token]) -> Token | None:
    """"Nordvik United striker Jan van Holt", "Harbour star Tom Reed": capitalised
    words that open a title in lower case name where it is held, though the model tagged them as
    a person or not at all. Linguistic reason: a proper noun before a common-noun title restricts
    it to a place of work or a show ("a Chelsea striker", "an IBM engineer"). A capitalised title
    word ("Foreign Minister", "Actor" opening a sentence) names no place, so a run with one is left
    alone, as is a run with no title in lower case after the names."""
    names: list[Token] = []
    for t in run:
        if t.pos_ != "PROPN" or not t.is_title or t.dep_ == "poss":
            break
        if t.ent_type_ in NOT_NAMES:
            return None  # "Happy Mondays dancer": the model read a date, the resolver makes no node
        if t.lower_.rstrip(".") in CAPITALISED_TITLES | NOT_TITLES | TITLE_NOUNS:
            return None
        names.append(t)
    rest = run[len(names):]
    # a title in capitals ("Nordbank CEO Anna Berg") or an honorific ("City boss Sir Tom Hale")
    titled = [t for t in rest if t.is_lower or t.lower_.rstrip(".") in PERSON_KINDS | NOT_TITLES]
    if not names or not rest or not all(t in titled or t.is_punct for t in rest):
        return None
    return names[-1] if any(t.pos_ == "NOUN" or t.lower_ in PERSON_KINDS for t in titled) else None


def _of_org(head: Token) -> Token | None:
    """"Foreign Minister Sergei Lavrov of Russia": an "of" phrase on the name says where."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = of and next((c for c in of.children if c.dep_ == "pobj"), None)
    return pobj if pobj is not None and pobj.ent_type_ in ORG_TYPES else None


def origin_of(found: PrenominalTitle) -> Token | None:
    """The country or nationality before an occupation ("US" of "US actor Tom Reed"), which
    says where the person is from."""
    head = found.title[-1].lemma_.lower()
    org = found.org
    if org is None or head not in ORIGIN_OCCUPATIONS or org.ent_type_ not in ("GPE", "NORP") or org.dep_ == "poss":
        return None
    # a country only: the model tags shows and towns as places too ("Holby City actor")
    span = name_span(org)
    text = span.text if span is not None else org.text
    return org if (is_country(text) if org.ent_type_ == "GPE" else country_of(text) is not None) else None


def nationality_of(found: PrenominalTitle) -> Token | None:
    """The nationality adjective before a title that is no office of state ("Australian" of
    "Australian star Tom Reed"), which says where the person is from (rule ``nationality-origin``
    of :mod:`kg.extract.places`), not where the title is held."""
    org = found.org
    if org is None or org.ent_type_ != "NORP" or org.dep_ == "poss" or not nationality_title(found.title, org):
        return None
    return org


@register("fellow-peer")
def fellow_peer(found: PrenominalTitle) -> Token | None:
    """"Tom Reed's fellow Bergen defender Jon Dahl" → Jon Dahl and Tom Reed are each a defender at
    Bergen, not Dahl a post at Reed: the possessor of a title with "fellow", which is a peer.

    Linguistic reason: "fellow" says the noun holds of the possessor as it does of the name ("a
    fellow defender" is a defender as I am), so the possessor is no employer but one more holder
    of the title; where the title is held is the name inside it ("Bergen"), if any. A possessor
    only ("fellow Norwegian nominees" has none, ``entrant-not-post``).
    """
    if "fellow-peer" in disabled() or found.org is None or found.org.dep_ != "poss":
        return None
    return found.org if any(t.lower_ == "fellow" for t in found.title) else None


def _without_peer(found: PrenominalTitle) -> tuple[PrenominalTitle, Token | None]:
    """The title without "fellow", and where it is held: a named organisation or place in it."""
    rest = [t for t in found.title if t.lower_ != "fellow"]
    org = next((t for t in rest if t.ent_type_ in ORG_TYPES), None) or _leading_name(rest)
    if org is None:
        return PrenominalTitle(rest, None), None
    ent = name_span(org)
    if ent is not None:
        org = ent.root
    inside = {t.i for t in (ent if ent is not None else [org])}
    title = [t for t in rest if t.i not in inside]
    return (PrenominalTitle(title, org), org) if title else (PrenominalTitle(rest, None), None)


@register("of-name-cut")
def _of_name_cut(found: PrenominalTitle | None) -> PrenominalTitle | None:
    """"Royal Bank of Bergen chief executive Tom Reed" → the title is "chief executive", not "of
    Bergen chief executive": the words from a leading "of" through the names after it are the
    rest of the organisation's name, which the model cut at "of" ("Royal Bank" and "Bergen").

    Linguistic reason: a title before a name is a noun phrase whose head is the title noun; it
    never begins with a preposition. A title read as beginning with "of" and proper nouns is the
    tail of an "X of Y" name ("Bank of Scotland", "Secretary of State") whose first part the
    parse gave as the organisation; the "of Y" belongs to that name, and the title is what follows.
    """
    if found is None or not found.title or found.title[0].lower_ != "of" or "of-name-cut" in disabled():
        return found
    rest = list(found.title[1:])
    while rest and (rest[0].pos_ == "PROPN" or rest[0].lower_ == "the"):
        rest.pop(0)
    return PrenominalTitle(rest, found.org) if rest else None


@triggered_by(ents={"PERSON"})
def prenominal_role_propositions(sent: Span) -> Iterator[Proposition]:
    """"BA chairman Martin Broughton said" → Martin Broughton holds "chairman" at BA.

    Linguistic reason: English news puts a person's title before the name as a bare noun phrase
    modifier ("Treasury Secretary John Snow", "Russia's foreign minister Sergei Lavrov"); it is the
    commonest way news says who someone is. The modifiers are the title, except a possessor or a
    named organisation or country among them, which says where the title is held. Only people get
    a role this way ("football club Nordvik FK" is a kind, not a title). A graph-only reading:
    the Open IE view keeps the ``title`` rule's (name; is; title).
    """
    for name in sentence_entities(sent):
        if name.label_ == "PERSON" and name[-1].tag_ == "POS" and len(name) > 1:
            # "Coach Clive Woodward's squad": the model keeps the "'s" in the name
            name = Span(name.doc, name.start, name.end - 1, label=name.label_)
        if name.label_ != "PERSON":
            continue
        tagged, name = name, titled_name(name)
        if name.root.i != name.end - 1:
            continue
        found = _of_name_cut(prenominal_title(name))
        if found is None or found.title[-1].lemma_.lower() in ORG_ONLY_KINDS:
            continue  # "oil company Yukos": a kind (the ``title`` rule), the model took it for a person
        if field_title(name) is not None:
            continue  # "Bergen director of rugby Jon Dahl": the title is the field-title rule's
        if outside_clause(name.root, found.title[-1]):
            continue  # "told reporters Tom Reed would stay": the verb's hearer, no title of his
        org = found.org if found.org is not None else _of_org(name.root)
        if work_kind_title(found.title[-1]):
            org = None  # "Anna Berg's novel Winter Harbour": a work of hers (kg.extract.works), held at no one
        if (found.org is None and org is not None and org.ent_type_ in ("GPE", "LOC")
                and found.title[-1].lower_ in DESCRIPTORS):
            org = None  # "Musician Tom Reed, of north Oslo": where an occupation's holder is from
        if org is not None and tagged.start <= org.i < tagged.end:
            org = None  # a place the model tagged with the person is no node of its own to hold it at
        if org is not None and language_adjective(org):
            org = None  # "English referee Tom Reed": where he is from, not where the post is held
        peer = fellow_peer(found)
        if peer is not None:
            found, org = _without_peer(found)  # "Reed's fellow Bergen defender Jon Dahl": Bergen's
        head = found.title[-1]
        if origin_of(found) is not None or nationality_of(found) is not None:
            org = None  # "US actor Tom Reed": where he is from (kg.extract.places), not held at
        plural = head.tag_ in ("NNS", "NNPS")
        # "stars Tom Reed, Anna Berg and Ole Dahl": a plural title before a
        # list of names is each name's title (each is a star), so it is given in the singular
        words = hyphen_joined(list(found.title), [*(cased(t) for t in found.title[:-1]),
                                                  head.lemma_.lower() if plural else cased(head)])
        title = " ".join(words)
        if org is None and peer is None:
            org = possessed_side(name, title)  # "Coach Tom Reed's Bergen squad": coach at Bergen
        holders = [name] + (_listed_people(name) if plural else [])
        if (head.tag_ == "VBZ" or (plural and len(holders) == 1 and org is not None)) and plural_title_one_name(head):
            continue  # "Reed issues Dahl warning", "Vexa backs Tom Reed bid": a headline's verb read as a title
        peer_name = name_span(peer) if peer is not None else None
        if peer is not None and peer_name is not None and peer_name.label_ == "PERSON" and peer_name.root.i == peer.i:
            holders.append(peer_name)  # the possessor holds the title too
        orgs = [org]
        if org is not None and (other := coordinated_org(org, found)) is not None:
            orgs = [other, org]  # "the Arsenal and England striker Tom Reed": held at both
        for person in holders:
            for where in orgs:
                args = [Argument(person.root, tuple(person)),
                        Argument(where, (where,)) if where is not None else Argument(head, tuple(found.title))]
                yield Proposition(sentence=sent, relation="is", lemma="be", args=args, rule="role-title",
                                  role=Role(person.root, title, of_title_head(found.title) or head, where),
                                  open_ie=False)


@register("coordinated-org-title")
def coordinated_org(org: Token, found: PrenominalTitle) -> Token | None:
    """"The Arsenal and England striker Tom Reed" → striker at Arsenal and at England: the other
    name coordinated with "and" to the organisation before a title, or None.

    Linguistic reason: names coordinated before a title noun each modify it ("Arsenal and England
    striker" is an Arsenal striker and an England striker: a club and a national side), as
    coordinated adjectives do ("the club and country captain"); the title is held at each. Only
    two proper names joined by "and", a club or body and a country's side (an ORG and a GPE
    span): two organisations may be one firm whose name has "and" in it ("Marks and Spencer"),
    cut in two by the entity model.
    """
    if "coordinated-org-title" in disabled():
        return None
    first = org.head if org.dep_ == "conj" else org
    second = org if org.dep_ == "conj" else next((c for c in first.children if c.dep_ == "conj"), None)
    if second is None or first.pos_ != "PROPN" or second.pos_ != "PROPN" or first.i >= second.i:
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        return None
    title_words = {t.i for t in found.title}
    if first.i in title_words or second.i in title_words:
        return None
    spans = [name_span(t) for t in (first, second)]
    if spans[0] is not None and spans[0] == spans[1]:
        return None
    labels = {s.label_ if s is not None else "" for s in spans}
    if "GPE" not in labels or not labels <= {"GPE", "ORG", ""} or len(labels) != 2:
        return None  # "Marks and Spencer chairman": two ORG spans may be one firm's name, cut at "and"
    if any(s is None and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in t.children)
           for s, t in zip(spans, (first, second), strict=True)):
        return None  # a name of several words the model did not tag: no node to hold it at
    other = second if org.i in (first.i, *(t.i for t in spans[0] or ())) else first
    ent = name_span(other)
    return ent.root if ent is not None else other


@register("language-adjective-not-employer")
def language_adjective(org: Token) -> bool:
    """"English referee Tom Reed", "French judge Anna Berg": True when the word read as where a
    title before a name is held is a nationality adjective the entity model tagged as a
    language, alone.

    Linguistic reason: "English" in "English referee" is the adjective of nationality, as
    "Scottish" is in "Scottish referee" (where the person is from, rule ``nationality-origin``);
    the model reads the words of nations that are also languages (English, French, German) as
    the language, and a language holds no post. Only a lone word whose nation the demonym table
    knows: a named body that opens with it ("English Heritage", tagged an organisation) stays.
    """
    if org.ent_type_ != "LANGUAGE" or "language-adjective-not-employer" in disabled():
        return False
    span = name_span(org)
    return (span is None or len(span) == 1) and country_of(org.text) is not None


@register("of-title-head")
def of_title_head(title: list[Token] | Span) -> Token | None:
    """"then-US secretary of state Tom Reed", "minister of state Jon Dahl": the head of a title
    with an "of" phrase is the noun before "of" (a secretary, a minister), not the last word; the
    relation is typed by it (``SECRETARY``), never by "state" read as the verb (``SAY``). None when
    the title has no "of".

    Linguistic reason: in "secretary of state" the "of" phrase is a complement of "secretary"
    saying what the post is over, as in "director of rugby" and "chief of staff"; the noun before
    "of" is the phrase's head, and it names the post.
    """
    if "of-title-head" in disabled():
        return None
    of = next((t for t in title if t.lower_ == "of"), None)
    if of is None or of.i == title[0].i:
        return None  # (the cheap test first: most titles have no "of")
    before = of.doc[of.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN") else None


@register("plural-title-one-name")
def plural_title_one_name(head: Token) -> bool:
    """"Reed issues Dahl warning", "Vexa backs Tom Reed bid": True for a plural title word before
    one person's name with no list after it, which is then no title of that person (no role).

    Linguistic reason: a title before a name agrees with what it names: one person takes a
    singular title ("striker Tom Reed"), a plural one opens a list ("stars Tom Reed and Anna
    Berg", each a star). A plural noun straight before a single name is no title but a word of
    another phrase, most often a headline's verb in "-s" the tagger read as a plural noun
    ("Klinsmann issues Lehmann warning": Klinsmann issues a warning). Only when the model found
    no other person listed after the name, and only for a post held at a name: a plural occupation
    may name a firm by its trade ("consultants Strategy Analytics", a kind, kept). A word the
    tagger read as a verb in "-s" ("Vexa backs Tom Reed bid": VBZ) is no title whatever follows.
    """
    return "plural-title-one-name" not in disabled() and head.tag_ in ("NNS", "NNPS", "VBZ")


def _listed_people(name: Span) -> list[Span]:
    """The people named in a list after ``name`` ("A, B and C"): its conjuncts the model tagged
    as persons."""
    listed = listed_names(name)
    end = listed[-1].end if listed and "title-list" not in disabled() else len(name.doc)
    out = []
    for tok in name.root.conjuncts:
        ent = name_span(tok)
        if tok.i > name.root.i and ent is not None and ent.label_ == "PERSON" and ent.root.i == tok.i and ent.end <= end:
            out.append(ent)  # (not past the list's end: "singers A and B plus actors C and D")
    seen = {span.root.i for span in out}
    return out + [span for span in listed if span.root.i not in seen]
