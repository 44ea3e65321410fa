"""Who holds which title where: the roles news names people with.

A role is a holder (a person, or any named thing), a title ("foreign minister") and, when the
sentence gives one, the organisation or country the title is held at ("Russia", "BA"). The title
and the organisation are kept apart: the graph makes
``(holder)-[ROLE {lemmas: [title]}]->(organisation)`` of it (typed by the title noun where the
predicate table knows it: HEAD, MINISTER, SPOKESPERSON, ...), or ``(holder)-[IS_A]->(title)`` when
no organisation is named. See :mod:`kg.resolve` for that step.

News names a role in four ways, each a rule here or in :mod:`kg.extract.implied`:
- a title before the name: "US Treasury Secretary John Snow", "AMR's chief executive Gerard Arpey",
  "Foreign Minister Sergei Lavrov of Russia" (:func:`kg.extract.prenominal.prenominal_role_propositions`);
- an apposition either way: "Sergei Lavrov, Russia's foreign minister," and "the foreign
  minister, Sergei Lavrov," (:mod:`kg.extract.appositions` pairs a description with its name);
- a copula: "Lavrov is Russia's foreign minister" (the verb rules; :func:`role_of` reads the
  description);
- "as": "named Lavrov as head of the delegation" (``role-as`` in :mod:`kg.extract.implied`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import NOUN
from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.posts import ranked_in
from kg.extract.reading import sentence_lemmas, sentence_tokens, sentence_words
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.ties import hyphen_joined, tie_noun
from kg.resolve.demonyms import STATE_OFFICES, country_of, is_country
from kg.resolve.quotations import SAYING, in_quotation, quoted_anywhere
from kg.resolve.referring import ORG_KINDS, ORG_ONLY_KINDS, PERSON_KINDS, description_head
from kg.resolve.spans import entity_at

# Nouns that name an organisation when they modify a role: "the ministry's spokeswoman".
ORG_NOUNS = frozenset({
    "ministry", "government", "office", "army", "council", "agency", "party", "department",
    "company", "commission", "committee", "parliament", "bank", "court", "police", "union",
    "administration", "cabinet", "delegation", "team", "club", "board", "university", "embassy",
})
# Named things a title is held at: "BA chairman", "Russian President", "US Treasury Secretary".
ORG_TYPES = frozenset({"ORG", "GPE", "NORP"})
# Entity labels of spans that are no name of a place of work (an amount, a date).
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Words before a name that are no title: honorifics ("Mr", "Dr."), and words that say when.
NOT_TITLES = frozenset({"mr", "mrs", "ms", "dr", "miss", "sir", "dame", "madam", "mister",
                        "then", "now", "new"})
# Title nouns the tagger may take for adjectives before a name ("chief executive Clara Furse").
# ... and a tournament's rank, which a player holds as a title ("third seed Tom Reed")
TITLE_NOUNS = PERSON_KINDS | {"seed"}
# Verbs whose "as" phrase gives a title to their subject, not to their object: "joined Nordbank as
# finance director", "succeeded Ole Dahl as chairman", "stepped down as coach" (``subject-as``).
# The value is the particle the verb needs, if any ("take over", "step down").
SUBJECT_CAPACITY_VERBS = {"join": "", "rejoin": "", "succeed": "", "replace": "", "take": "over", "step": "down",
                          "stand": "down", "resign": "", "quit": "", "retire": "", "return": "", "serve": "",
                          "continue": "", "remain": "", "stay": "", "start": "", "begin": "", "arrive": ""}
# Occupations that are no post held at an organisation: a country or nationality before one says
# where the person is from ("US actor", "Australian billionaire"), not where the title is held
# (as it does for an office, "US Treasury Secretary", or a national side, "Ireland captain").
ORIGIN_OCCUPATIONS = frozenset({
    "actor", "actress", "singer", "rapper", "comedian", "comic", "writer", "author", "novelist", "poet",
    "artist", "musician", "guitarist", "drummer", "songwriter", "composer", "presenter", "dj", "model",
    "designer", "chef", "tycoon", "mogul", "billionaire", "millionaire", "businessman", "businesswoman",
    "entrepreneur", "film-maker", "filmmaker", "photographer", "architect", "painter", "sculptor",
    "playwright", "dramatist", "screenwriter", "lyricist", "choreographer", "journalist", "columnist",
})


# The words a prenominal title is made of: "foreign" (amod), "policy aide" (compound).
TITLE_DEPS = frozenset({"compound", "amod", "nmod"})


# Verbs of working or speaking in a capacity: "worked as an analyst at Nordbank", "speaking as Bergen's coach"
# ("act as" takes any role: "act as peacemakers").
_WORKING_VERBS = frozenset({"work", "speak"})


@register("work-as")
def working_as(verb: Token) -> bool:
    """"Tom Reed worked as an analyst at Nordbank" → Tom Reed holds "analyst" at Nordbank.

    Linguistic reason: "work as" and "speak as" name the capacity their subject works or speaks in, as
    "serve as" does: the subject holds the title of the "as" phrase (``subject-as``), while the
    verb is done (a past post is still the person's occupation, as "served as" is read). Only
    with a title noun: "worked as an assistant to X", "worked as a team" keep the verb's reading.
    """
    if verb.lemma_.lower() not in _WORKING_VERBS or "work-as" in disabled():
        return False
    if denied_work(verb):
        return False  # "never worked as a lawyer": the verb's own reading keeps the denial
    # only with a title: "worked as an assistant to Henry Moore" keeps its own reading
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in TITLE_NOUNS for g in c.children)
        for c in verb.children)


@register("denied-work-as")
def denied_work(verb: Token) -> bool:
    """"Tom Reed never worked as a lawyer" → a negated WORK fact, no post: a denied "work as" is
    left to the verb's own reading.

    Linguistic reason: "not" or "never" on "work as" denies the work in that capacity; a post from
    it would state what the sentence denies, and dropping the verb's reading (as ``work-as`` does
    for a post stated as held) would lose the denial itself.
    """
    return "denied-work-as" not in disabled() and any(c.dep_ == "neg" for c in verb.children)


def capacity_verb(verb: Token) -> bool:
    """The verb's "as" phrase describes its subject (``SUBJECT_CAPACITY_VERBS``, with its particle)."""
    particle = SUBJECT_CAPACITY_VERBS.get(verb.lemma_.lower())
    if particle is None:
        return working_as(verb)
    return not particle or any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children)


def cased(t: Token) -> str:
    """A title word as a query would spell it: lower case, unless it is a name ("Treasury")."""
    if t.lower_ in PERSON_KINDS:
        return t.lower_  # "MP", "CEO": a title in capitals is still a title
    return t.text if t.ent_type_ in ORG_TYPES or (t.pos_ == "PROPN" and not t.is_title) else t.lower_


@register("of-own-conjunct")
def conjunct_of(title: Token, of: Token) -> bool:
    """"Tom Reed, director and point of contact for the fans," → no post held at "contact": the
    "of" phrase after a coordinated noun that is no title is that noun's, though the parse hangs
    it on the title.

    Linguistic reason: an "of" phrase after coordinated nouns completes each only when they are
    the same kind of relational noun ("the chairman and founder of Nordbank", ``shared-of-post``);
    after a noun of another kind ("point of contact", "voice of reason") it is that noun's own
    complement, next to it, and names nothing the title is held at. A name in the "of" phrase
    ("director and shareholder of Nordbank", "chairman and co-founder of Nordbank") is where
    both are held: a relational noun's complement, not a fixed phrase's common noun.
    """
    if "of-own-conjunct" in disabled():
        return False
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_):
        return False  # "director and shareholder of Nordbank": both held at the name
    return any(c.dep_ == "conj" and c.i < of.i and c.pos_ == "NOUN" and c.lemma_.lower() not in TITLE_NOUNS
               for c in title.children)


def role_org(role: Token) -> Token | None:
    """Where the described role is held: a possessor ("Russia's foreign minister"), a naming
    compound ("the Kremlin spokesman", "the ministry spokeswoman"), or an "of" phrase ("the head
    of the agency")."""
    for child in role.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    for child in role.lefts:
        # a capitalised word that names nothing is part of the title: "Director General"
        if child.dep_ == "compound" and (child.ent_type_ in ORG_TYPES or child.lemma_.lower() in ORG_NOUNS
                                         or (role.is_lower and _untagged_name(child))):
            return (employer_after(role) or child) if child.ent_type_ in PLACE_TYPES else child
        if child.dep_ == "nmod" and nmod_organisation(child):
            return child
    of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and conjunct_of(role, of):
        of = None  # "director and point of contact": the "of" phrase is the other noun's
    if of is not None:
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        field = title_field(role)
        if field is not None:
            return _workplace(role, field)
        return _named_kind(pobj) if pobj is not None else None
    # "chief economist at Investec", "an official from the central bank", "an analyst with
    # Kestrel Securities": a named place of work
    return _workplace(role, None) or _for_org(role)


@register("nmod-org")
def nmod_organisation(child: Token) -> bool:
    """"The LTA chief executive, Jon Dahl, added": an organisation's name the parser hangs before
    a title as a noun modifier (``nmod``) says where the title is held, as one it hangs as a
    compound does ("the Nordbank chairman").

    Linguistic reason: a proper noun before a title noun restricts it to a place of work; the
    parser's choice between ``compound`` and ``nmod`` for it (it takes ``nmod`` when a modifier
    stands between, "LTA chief executive") does not change what it says. Only a name the model
    tagged as an organisation: a place or a nationality so placed may be the holder's origin.
    """
    return "nmod-org" not in disabled() and child.ent_type_ == "ORG" and child.pos_ == "PROPN"


# Names of places, which a title's compound may name as the region its post covers.
PLACE_TYPES = frozenset({"GPE", "LOC"})


@register("scope-not-employer")
def employer_after(role: Token) -> Token | None:
    """"chief UK economist at Nordbank", "Europe sales director for Vexa Holdings": the employer a
    name after the title gives, where a place before its head noun is the region the post covers.

    Linguistic reason: a place inside a title is the post's scope or the employer (a country's
    office, a national side); a named organisation after it with "at", "with", "from" or "for"
    says where the title is held, so the place is its scope. Without one the place stays the
    employer ("UK Treasury Secretary", "England coach").
    """
    if "scope-not-employer" in disabled():
        return None
    found = _workplace(role, None) or _for_org(role)
    return found if found is not None and found.ent_type_ == "ORG" else None


# Prepositions that name where a title is held after it: "at Investec", "with Kestrel Securities"
# (the employer of an analyst or a strategist), "from the central bank".
WORKPLACE_PREPS = frozenset({"at", "with", "from"})


def title_field(role: Token) -> Token | None:
    """"head of distribution at Kestrel Films": the "of" phrase of a title that names the field it
    covers (a common noun that is no kind of organisation), when a named place of work follows it.

    Linguistic reason: a title's "of" phrase is either where it is held ("head of the agency") or
    the field it covers ("head of research", "director of communications"); a workplace named after
    it ("at", "for", "with") says which: then the field is part of the title and the workplace is
    where it is held."""
    of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    field = of and next((c for c in of.children if c.dep_ == "pobj"), None)
    if (field is None or field.pos_ != "NOUN" or field.ent_type_ or field.lemma_.lower() in ORG_NOUNS
            or field.lemma_.lower() in ORG_KINDS or _named_kind(field) is not field):
        return None
    return field if _workplace(role, field) is not None else None


def _workplace(role: Token, field: Token | None) -> Token | None:
    """The named place of work after a title (or after its field, where the parse may hang it):
    a name ("at Nordbank"), or a kind of organisation that a name before it restates ("with Fjord
    & Partners consultancy": the name)."""
    preps = [c for h in (role, field) if h is not None for c in h.children
             if c.dep_ == "prep" and (c.lower_ in WORKPLACE_PREPS or (field is not None and c.lower_ == "for"))]
    for prep in preps:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if pobj.ent_type_ in ORG_TYPES or (field is not None and pobj.pos_ == "PROPN" and pobj.is_title):
            return pobj
        if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in ORG_KINDS:
            name = next((c for c in pobj.children if c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG"), None)
            if name is not None:
                return name
    return None


def _named_kind(noun: Token) -> Token:
    """"president of manufacturer Hanamura Motors": a kind of organisation in the "of" phrase that
    a name right after it restates stands for that name (a close apposition, as "the film
    Retirement" is); any other noun stands for itself."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return noun
    doc, i = noun.doc, noun.i + 1
    if i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].sent == noun.sent and doc[i].is_title:
        name = name_head(doc[i])
        if name.head.i == noun.i or name.i in {t.i for t in noun.subtree}:
            return name
    return noun


def _untagged_name(tok: Token) -> bool:
    """A capitalised proper noun the model gave no label that is no title word ("Nordbank
    president"): a name, of where the title it modifies is held. Only before a title in lower case:
    in "Chief Operating Officer" every word is the title's."""
    return (tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_
            and tok.lower_.rstrip(".") not in CAPITALISED_TITLES | NOT_TITLES | TITLE_NOUNS)


def _for_org(role: Token) -> Token | None:
    """"a spokeswoman for Nordbank", "spokesman for the sport's ruling body the IAAF": the one a
    title works for, when a name says who. Linguistic reason: "for" after a title of service
    (spokesman, lawyer, adviser) names the client or employer. The model often leaves such a
    name untagged, so a proper noun does; a description of it ("ruling body") is passed over to
    the name right after it."""
    prep = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    pobj = prep and next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ == "PROPN" or pobj.ent_type_ in ORG_TYPES:
        return pobj
    doc, i = pobj.doc, pobj.i + 1
    if i < len(doc) and doc[i].dep_ == "det":
        i += 1
    return name_head(doc[i]) if i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].sent == pobj.sent else None


# Words for a business or a part of one that the tagger may take for a person's title.
_ORG_PARTS = frozenset({"subsidiary", "outfit", "unit", "arm", "division", "affiliate", "drugmaker", "brand",
                        "side", "squad", "franchise", "station", "daily"})


# Titles of those who serve a state, as its offices are held at it: "a Finnish trade aide" works
# for Finland's government.
STATE_SERVICE = frozenset({"aide", "adviser", "advisor", "delegate", "representative", "attache", "consul"})


def nationality_title(title: list[Token], place: Token) -> bool:
    """The country or nationality ``place`` before a title says where its holder is from, not where
    the title is held (rule ``nationality-origin``): a nationality adjective before any title but
    an office of state ("Australian star", not "Argentine President", whose office is held at
    Argentina), or a country before an occupation ("US playwright"; not "England striker", a
    national side's post)."""
    if "nationality-origin" in disabled() or not title:
        return False
    head = title[-1].lemma_.lower()
    if (head in ORG_KINDS or head in _ORG_PARTS) and head not in PERSON_KINDS:
        return False  # "Japanese carmaker", "French club side", "Dutch subsidiary": no person
    nxt = place.doc[place.i + 1] if place.i + 1 < len(place.doc) else None
    if any(c.dep_ == "conj" for c in place.children) or (
            nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title and nxt.ent_type_ not in ("NORP", "PERSON")
            and nxt.lower_ not in CAPITALISED_TITLES):
        return False  # "French Open champion", "British and Irish Lions coach": the start of a name
    span = name_span(place)
    text = span.text if span is not None else place.text
    if place.ent_type_ == "GPE":
        return head in ORIGIN_OCCUPATIONS and is_country(text)
    if place.ent_type_ != "NORP" or country_of(text) is None:
        return False
    return head not in ORG_ONLY_KINDS and not any(t.lemma_.lower() in STATE_OFFICES | STATE_SERVICE for t in title)


@register("nationality-office")
def nationality_office(description: Token) -> Token | None:
    """"Tom Reed, the Norwegian prime minister, ..." → Reed holds "prime minister" at Norway; "the
    Swedish ambassador", "the former Danish trade envoy" alike: a nationality adjective before an
    office of state in a description or an apposition is the country the office is held at.

    Linguistic reason: before an office of state (or a title of state service) a nationality
    names the state whose office it is, as it does before the name ("Norwegian Prime Minister Tom
    Reed", read by ``role-title``); before any other title it says where the holder is from ("the
    Norwegian striker", ``nationality-origin``), and stays no employer. Only an adjective whose
    country is known (not "Republican", "Muslim").
    """
    if "nationality-office" in disabled() or description.lemma_.lower() not in STATE_OFFICES | STATE_SERVICE:
        return None  # "the Norwegian striker", "Japanese mobile network": no office of state
    for child in description.lefts:
        if child.dep_ == "amod" and child.ent_type_ == "NORP" and country_of(child.text) is not None:
            return child
    return None


# Prefixes the tokenizer splits off a title with its hyphen: "vice-chairman", "co-author", "ex-head".
TITLE_PREFIXES = frozenset({"vice", "co", "ex"})


@register("prefixed-title")
def title_prefix(description: Token) -> Token | None:
    """"Tom Reed, vice-chairman of Nordbank," → title "vice-chairman" at Nordbank, not "vice";
    "Nordbank's ex-head of accounting", "co-author of the report" alike: ``description`` itself
    when it is a prefix that a hyphen joins to a title noun after it, else None.

    Linguistic reason: "vice-", "co-" and "ex-" are prefixes, not words: "vice-chairman" is one
    noun, the title, whose head is "chairman". The tokenizer splits it in three and the parser
    may hang the three side by side, so the prefix is read as the description; the title is the
    whole word, and where it is held hangs on its head ("of Nordbank") or on the prefix
    ("Nordbank's").
    """
    if "prefixed-title" in disabled():
        return None
    doc, i = description.doc, description.i
    if description.lower_ not in TITLE_PREFIXES:
        # the title noun itself, a prefix and a hyphen before it ("the vice-president of Vexa")
        if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
            return None
        return doc[i - 2] if doc[i - 2].lower_ in TITLE_PREFIXES and _prefixed_noun(description) else None
    if i + 2 >= len(doc) or doc[i + 1].text != "-" or doc[i + 1].whitespace_ or description.whitespace_:
        return None
    return description if _prefixed_noun(doc[i + 2]) else None


def _prefixed_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in TITLE_NOUNS | CAPITALISED_TITLES


@register("in-chief")
def in_chief(description: Token) -> Token | None:
    """"Tom Reed, the editor in chief of Fjord Weekly," → title "editor in chief" at Fjord Weekly,
    not "editor" at nothing: the word "chief" of a title's "in chief", when it follows the title.

    Linguistic reason: "in chief" is a fixed postmodifier of a title ("editor in chief",
    "commander in chief"): it says the highest of that title, and the three words are one title.
    The parser reads it as a prepositional phrase, so an "of" phrase after it, which says where
    the title is held, hangs on "chief" and is lost to the title noun.
    """
    if "in-chief" in disabled():
        return None
    doc, i = description.doc, description.i
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "in" or doc[i + 2].lower_ != "chief" or doc[i + 1].head.i != i:
        return None
    return doc[i + 2]


def role_of(holder: Token, description: Token) -> Role:
    """The role a description noun gives its holder: "Russia's foreign minister" → title "foreign
    minister" at Russia; "a former finance minister" → title "former finance minister", no org."""
    prefix = title_prefix(description)
    if prefix is not None and prefix.i == description.i:
        description = description.doc[prefix.i + 2]  # "vice-chairman": the title noun after the prefix
    # "Nordbank's ex-head": a possessor hangs on the prefix
    org = (role_org(prefix) if prefix is not None else None) or role_org(description)
    chief = in_chief(description)
    if org is None and chief is not None:
        org = role_org(chief)  # "the editor in chief of Fjord Weekly": where the title is held
    if org is None and description.dep_ == "conj" and description.head.pos_ == "NOUN":
        # "EBay president and chief executive": a modifier before coordinated titles holds for
        # each of them, so the second is held where the first is
        org = role_org(description.head)
    if org is None:
        org = possessive_pronoun_org(description, holder)
    if org is None:
        org = nationality_office(description)
    if org is not None and ranked_in(description, org):
        org = None  # "Tom Reed was Norway's richest man": ranked there, no post held there
    skip = set() if org is None else {t.i for t in org.subtree}
    if org is not None and org.dep_ != "poss" and nationality_title([description], org):
        org = None  # "US playwright Eve Ross": where she is from (``nationality-origin``), no post
    lefts = [*prefix.lefts, *description.lefts] if prefix is not None else description.lefts
    # (not the holder itself: "appointed Tom Reed chairman", the name parsed as the title's compound)
    words = [t for t in lefts if t.dep_ in ("amod", "compound") and t.i not in skip and t.i != holder.i]
    # a plural title describes each of its holders, so it is given in the singular ("three
    # children Ida and Tom": each is a child)
    head = description.lemma_.lower() if description.tag_ == "NNS" else description.lower_
    if prefix is not None:
        head = f"{prefix.lower_}-{head}"
    words, head = hyphenated_title(description, words, head)
    if chief is not None:
        head += " in chief"
    title = " ".join(hyphen_joined([*words, description],
                                   [*(t.text if t.ent_type_ in ORG_TYPES else t.lower_ for t in words), head])).strip()
    field = title_field(description) if org is not None else None
    if field is not None:
        # "head of distribution (for Kestrel Films)": the field is part of the title
        title += " of " + " ".join(t.lower_ for t in field.subtree if t.i not in skip and t.dep_ != "prep"
                                   and t.head.i not in skip and not t.is_punct)
    return Role(holder, title, description, org)


# Participles a place is hyphened to before a title: "the Australian-born actress", "a
# London-based analyst" say where the holder was born or works, not the title.
PLACE_PARTICIPLES = frozenset({"born", "based", "bred", "raised"})


@register("hyphenated-title")
def hyphenated_title(description: Token, words: list[Token], head: str) -> tuple[list[Token], str]:
    """"her 12-year-old daughter" → title "daughter"; "his former son-in-law" → "former
    son-in-law"; "the Oslo-born actress" → "actress": the hyphenated words on either side of a
    title noun, read as one word.

    Linguistic reason: an age written with hyphens ("27-year-old") says how old the holder is,
    not which post they hold, so its last word "old" is no title word; a place hyphened to a
    participle ("Oslo-born", "London-based") says where the holder was born or works, so
    "born" and "based" are none either; "-in-law" is part of the kin noun it follows, which the
    tokenizer splits into a noun and a prepositional phrase.
    """
    if "hyphenated-title" in disabled():
        return words, head
    if words:
        words = [t for t in words if not (t.lower_ == "old" and t.ent_type_ == "DATE")
                 and not (t.lower_ in PLACE_PARTICIPLES and t.i > 0 and t.doc[t.i - 1].text == "-")]
    doc, i = description.doc, description.i
    if i + 4 < len(doc) and doc[i + 1].text == "-" and "".join(t.lower_ for t in doc[i + 1:i + 5]) == "-in-law":
        head += "-in-law"
    return words, head


# Possessive pronouns whose referent holds a post's place: "its chairman" (a firm's), "his
# manager" (a person's). "Their" is left alone: a plural referent may be a list of people.
POST_PRONOUNS = frozenset({"its", "his", "her"})


@register("possessive-pronoun-post")
def possessive_pronoun_org(description: Token, holder: Token) -> Token | None:
    """"Nordbank said its chief executive, Tom Reed, would retire" → Tom Reed holds "chief
    executive" at what "its" refers to (Nordbank); "Anna Berg and her husband Jon Dahl" → his
    post "husband" is held at Anna Berg. Only person nouns (titles, occupations, kin).

    Linguistic reason: a possessive determiner on a title says whose the post is, as a possessive
    name does ("Nordbank's chief executive"); the pronoun stands for a name read before it, which
    :mod:`kg.resolve.references` finds (by gender for "his"/"her", an organisation for "its").
    The pronoun is returned as the organisation; the graph takes the name it resolves to, and
    the title alone when it resolves to none (or to the holder), or when the holder is no person;
    no "best" title either ("her best actress Oscar" names a prize's category). "Its" only after
    a name in its own sentence: one that opens a sentence more often means a film or a show
    before it than a named firm.
    """
    if ("possessive-pronoun-post" in disabled() or description.pos_ != "NOUN"
            or (description.lemma_.lower() not in TITLE_NOUNS and not tie_noun(description))):
        return None  # "his own play, Purlie": a work, no post
    pron = next((c for c in description.children if c.dep_ == "poss" and c.lower_ in POST_PRONOUNS), None)
    if pron is None or pron.i == holder.i or any(c.lower_ == "best" for c in description.lefts):
        return None  # "her best actress Oscar": a prize's category, no post
    if pron.lower_ == "its" and not any(t.pos_ == "PROPN" for t in pron.doc[pron.sent.start:pron.i]):
        return None  # "Its star Tom Reed" opening a sentence: a film or a show before, seldom a named firm
    if pron.lower_ != "its":
        return _person_possessor(pron, description)
    return pron


@register("nearest-possessor")
def _person_possessor(pron: Token, description: Token) -> Token | None:
    """"Tom Reed arrived with Jon Dahl and his wife, Anne Berg": "his" after "Jon Dahl and" is
    Dahl's (Anne Berg's post "wife" is held at Dahl, not at Reed); with two people named before
    it otherwise ("Jon Dahl said Tom Reed had met his wife, Anne Berg"), the title alone.

    Linguistic reason: in "X and his Y" the possessive binds to the conjunct beside it (the pair
    is named as one unit: "Reed and his wife"); elsewhere a "his" or "her" may take any person
    of its gender named before, and a wrong holder's kin or boss is worse than none.
    """
    if "nearest-possessor" in disabled():
        return pron
    first = description.head
    if (description.dep_ == "conj" and first.pos_ == "PROPN" and first.ent_type_ == "PERSON" and first.i < pron.i
            and any(c.dep_ == "cc" and c.i == pron.i - 1 for c in first.children)):
        return first
    doc = pron.doc
    people = {e.start for e in doc.ents if e.label_ == "PERSON" and e.sent.start == pron.sent.start and e.end <= pron.i}
    return None if len(people) > 1 else pron


def name_span(tok: Token) -> Span | None:
    ent = entity_at(tok)
    if ent is None:
        return None
    sent = tok.sent
    return ent if sent.start <= ent.start and ent.end <= sent.end else None


@triggered_by(deps={"nsubj", "nsubjpass"})
def described_role_propositions(sent: Span) -> Iterator[Proposition]:
    """"The head of Fjord Studios said ..." → whoever "the head" refers back to holds "head" at
    Fjord Studios.

    Linguistic reason: news names a person and then calls them by their office, with the place it is
    held ("Peter Lund won the prize. The head of Fjord Studios said ..."). The role is the holder's
    only when :mod:`kg.resolve.references` resolves the description to a named person; otherwise the
    graph takes nothing. A graph-only reading: the clause's own proposition stays in CaRB's view.
    """
    for tok in sentence_tokens(sent):
        if tok.dep_ not in ("nsubj", "nsubjpass") or description_head(tok) not in TITLE_NOUNS:
            continue
        org = role_org(tok)
        if org is None or org.pos_ == "PRON" or apposed_name(tok):
            continue
        role = role_of(tok, tok)
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[Argument(tok, (tok,)), Argument(org, (org,))],
                          rule="role-description", role=role, open_ie=False)


# Person nouns a description may re-mention someone by that say no post, occupation or tie they
# hold: an age group, a sex, or what they are for the moment of the story.
NO_TITLE_HEADS = frozenset({"man", "woman", "boy", "girl", "teenager", "youngster", "person", "people", "guy",
                            "lady", "gentleman", "adult", "kid", "victim", "winner", "loser", "latter", "former"})


@triggered_by(lemmas=TITLE_NOUNS)
def description_holder_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed scored twice for Bergen. The 25-year-old striker said ..." → whoever the
    description refers back to is a striker; "the chairman said", "the pop star cancelled" alike.

    Linguistic reason: a definite description headed by a title or an occupation ("the striker",
    "the chairman", "the pop star") re-mentions a person the text has named, and it says what that
    person is: news varies its references to one person by the posts and occupations they hold,
    so the description is that person's role, as an apposition would be. Graph-only, and taken only
    when :mod:`kg.resolve.references` resolves the description to a named person (the rules of
    resolution decide who is meant; unresolved, it gives nothing). Heads that say no title (an
    age group, "the man", "the winner") give none, nor does an apposition (the name's own), a
    description parsed with a modifier before its article (a misparse: "rugby-tackled the
    singer"), or one that says a quotation naming a person; a nationality or "former" with the
    title is ``epithet-role``'s, a subject with where the title is held ``role-description``'s.
    """
    if ("description-holder" in disabled() or "the" not in sentence_words(sent)
            or TITLE_NOUNS.isdisjoint(sentence_lemmas(sent))):
        return  # (the head is a title noun's lemma: none in the sentence, no description below)
    from kg.extract.epithets import is_epithet  # (kg.extract.epithets imports this module)

    for tok in sentence_tokens(sent):
        if tok.pos != NOUN or tok.lower_ in NO_TITLE_HEADS or tok.lemma_.lower() not in TITLE_NOUNS:
            continue  # (an id, not ``pos_``: asked of every word; description_head's head is the lemma)
        head = description_head(tok)
        if head is None or head not in TITLE_NOUNS or head in NO_TITLE_HEADS or is_epithet(tok):
            continue
        if tok.dep_ == "appos" or apposed_name(tok):
            continue  # "Tom Reed, the 2004 champion, ...": the name's own apposition (``apposition``)
        det = next((c for c in tok.lefts if c.dep_ == "det"), tok)
        if any(c.i < det.i and c.dep_ in ("amod", "compound") for c in tok.lefts):
            continue  # "a fan rugby-tackled the singer": a word before "the" is no part of its title
        if tok.dep_ in ("nsubj", "nsubjpass") and (org := role_org(tok)) is not None and org.pos_ != "PRON":
            continue  # "The head of Fjord Studios said": role-description's
        if quoted_speaker_of_names(tok):
            continue
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[Argument(tok, (tok,)), Argument(tok, (tok,))],
                          rule="description-holder", role=role_of(tok, tok), open_ie=False)


@register("apposed-name")
def apposed_name(description: Token) -> bool:
    """"The new chairman of Nordbank, Jon Dahl, said ...": a description with a person's name in
    apposition after it is that person's (``apposition`` reads it), so it refers back to no one
    and gives ``role-description`` and ``description-holder`` no holder of their own.

    Linguistic reason: an apposition names the description's referent in the same noun phrase;
    the description is then no anaphor, and resolving it to a person named earlier gives that
    person a title the sentence gives someone else. The parser may hang the name on the
    description's "of" phrase ("of Nordbank, Jon Dahl"), so a name apposed there counts too.
    """
    if "apposed-name" in disabled():
        return False
    heads = [description, *(p for of in description.children if of.dep_ == "prep" for p in of.children
                            if p.dep_ == "pobj")]
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > description.i for h in heads for c in h.children)


@register("quoted-description")
def quoted_speaker_of_names(tok: Token) -> bool:
    """'"Jon Dahl will stay on," says the agent': a description that says a quotation naming a
    person gives ``description-holder`` no role (no ``Jon Dahl IS_A agent``).

    Linguistic reason: the speaker of a quotation is no one it speaks of in the third person (as
    with ``quoted-third-person`` for "he"), and the resolution of a description does not know it,
    so the person the quotation names is the likeliest antecedent and the wrong one."""
    if "quoted-description" in disabled() or tok.dep_ != "nsubj" or tok.head.lemma_ not in SAYING or not quoted_anywhere(tok.sent):
        return False
    return any(t.ent_type_ == "PERSON" and in_quotation(t) for t in tok.sent)


def name_head(tok: Token) -> Token:
    """The head word of the name ``tok`` is in: "Sergei" → "Lavrov"."""
    while tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        tok = tok.head
    return tok


CAPITALISED_TITLES = frozenset({
    "president", "minister", "secretary", "governor", "director", "general", "chairman", "chief",
    "executive", "chancellor", "ambassador", "spokesman", "spokeswoman", "commissioner", "senator",
    "mayor", "premier", "treasurer", "officer", "head", "leader", "king", "queen", "prince",
})


def is_description(tok: Token) -> bool:
    """A word that can head a description of a name: a common noun, or a capitalised title word
    that names nothing ("Argentina's President, Nestor Kirchner", "David Frost, Director General")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_ and tok.lower_ in CAPITALISED_TITLES)
