"""Who holds which title where: the roles news names people with.

A role is a holder (a person, or any named thing), a title ("foreign minister") and, when the
sentence gives one, the organisation or country the title is held at ("Russia", "BA"). The title
and the organisation are kept apart: the graph makes
``(holder)-[ROLE {lemmas: [title]}]->(organisation)`` of it (typed by the title noun where the
predicate table knows it: HEAD, MINISTER, SPOKESPERSON, ...), or ``(holder)-[IS_A]->(title)`` when
no organisation is named. See :mod:`kg.resolve` for that step.

News names a role in four ways, each a rule here or in :mod:`kg.extract.implied`:
- a title before the name: "US Treasury Secretary John Snow", "AMR's chief executive Gerard Arpey",
  "Foreign Minister Sergei Lavrov of Russia" (:func:`prenominal_role_propositions`);
- an apposition either way: "Sergei Lavrov, Russia's foreign minister," and "the foreign
  minister, Sergei Lavrov," (:mod:`kg.extract.appositions` pairs a description with its name);
- a copula: "Lavrov is Russia's foreign minister" (the verb rules; :func:`role_of` reads the
  description);
- "as": "named Lavrov as head of the delegation" (``role-as`` in :mod:`kg.extract.implied`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.posts import ranked_in
from kg.extract.reading import sentence_entities, sentence_tokens
from kg.extract.registry import disabled
from kg.extract.titled_names import listed_names, titled_name
from kg.resolve.demonyms import country_of, is_country
from kg.resolve.names import DESCRIPTORS
from kg.resolve.references import ORG_KINDS, ORG_ONLY_KINDS, PERSON_KINDS
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
TITLE_NOUNS = PERSON_KINDS
# Verbs whose "as" phrase gives a title to their subject, not to their object: "joined Nordbank as
# finance director", "succeeded Ole Dahl as chairman", "stepped down as coach" (``subject-as``).
# The value is the particle the verb needs, if any ("take over", "step down").
SUBJECT_CAPACITY_VERBS = {"join": "", "rejoin": "", "succeed": "", "replace": "", "take": "over", "step": "down",
                          "stand": "down", "resign": "", "quit": "", "retire": "", "return": "", "serve": "",
                          "continue": "", "remain": "", "stay": "", "start": "", "begin": "", "arrive": ""}
# The words a prenominal title is made of: "foreign" (amod), "policy aide" (compound).
TITLE_DEPS = frozenset({"compound", "amod", "nmod"})


def capacity_verb(verb: Token) -> bool:
    """The verb's "as" phrase describes its subject (``SUBJECT_CAPACITY_VERBS``, with its particle)."""
    particle = SUBJECT_CAPACITY_VERBS.get(verb.lemma_.lower())
    if particle is None:
        return False
    return not particle or any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children)


def _cased(t: Token) -> str:
    """A title word as a query would spell it: lower case, unless it is a name ("Treasury")."""
    if t.lower_ in PERSON_KINDS:
        return t.lower_  # "MP", "CEO": a title in capitals is still a title
    return t.text if t.ent_type_ in ORG_TYPES or (t.pos_ == "PROPN" and not t.is_title) else t.lower_


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
            return child
    of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        field = title_field(role)
        if field is not None:
            return _workplace(role, field)
        return _named_kind(pobj) if pobj is not None else None
    # "chief economist at Investec", "an official from the central bank", "an analyst with
    # Kestrel Securities": a named place of work
    return _workplace(role, None) or _for_org(role)


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


def role_of(holder: Token, description: Token) -> Role:
    """The role a description noun gives its holder: "Russia's foreign minister" → title "foreign
    minister" at Russia; "a former finance minister" → title "former finance minister", no org."""
    org = role_org(description)
    if org is None and description.dep_ == "conj" and description.head.pos_ == "NOUN":
        # "EBay president and chief executive": a modifier before coordinated titles holds for
        # each of them, so the second is held where the first is
        org = role_org(description.head)
    if org is not None and ranked_in(description, org):
        org = None  # "Tom Reed was Norway's richest man": ranked there, no post held there
    skip = set() if org is None else {t.i for t in org.subtree}
    words = [t for t in description.lefts if t.dep_ in ("amod", "compound") and t.i not in skip]
    # a plural title describes each of its holders, so it is given in the singular ("three
    # children Nora and Tom": each is a child)
    head = description.lemma_.lower() if description.tag_ == "NNS" else description.lower_
    title = " ".join([*(t.text if t.ent_type_ in ORG_TYPES else t.lower_ for t in words), head]).strip()
    field = title_field(description) if org is not None else None
    if field is not None:
        # "head of distribution (for Kestrel Films)": the field is part of the title
        title += " of " + " ".join(t.lower_ for t in field.subtree if t.i not in skip and t.dep_ != "prep"
                                   and t.head.i not in skip and not t.is_punct)
    return Role(holder, title, description, org)


def name_span(tok: Token) -> Span | None:
    ent = entity_at(tok)
    if ent is None:
        return None
    sent = tok.sent
    return ent if sent.start <= ent.start and ent.end <= sent.end else None


@dataclass(slots=True)
class PrenominalTitle:
    title: list[Token]
    org: Token | None


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
    toks = [t for t in toks if t.dep_ not in ("det", "predet")]
    if not toks or toks[-1].i != name.start - 1:
        return None
    # the run of words right before the name, without a break ("the minister , Lavrov")
    run: list[Token] = []
    for t in reversed(toks):
        if run and t.i != run[0].i - 1:
            break
        run.insert(0, t)
    if any(t.is_punct and t.text not in ("-", "'s", "’s") for t in run):
        return None
    # "Sydney-born actor": where the person was born is no part of the title, nor where it is held
    # (kg.extract.places reads it)
    placed = {t.i for p in run if p.lower_ in ("born", "based") and p.dep_ == "amod" for t in p.subtree}
    run = [t for t in run if t.i not in placed]
    if not run:
        return None
    org = next((t for t in run if t.dep_ == "poss" and t.pos_ != "PRON"), None)
    if org is None:
        org = next((t for t in run if t.ent_type_ in ORG_TYPES), None)
    if (org is None and run[0].pos_ == "PROPN" and not run[0].ent_type_ and run[0].is_title is False
            and not run[0].is_lower and run[0].lower_ not in PERSON_KINDS):
        # "BT chief executive Ben Verwaayen": a name the model did not tag, in capitals, first (a
        # word in lower case is no name: "reggae artist Tom Reed" is a kind of artist; an
        # initialism that is a title names no organisation: "MP Anna Berg", "CEO Per Lund")
        org = run[0]
    if org is None:
        org = _leading_name(run)
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
    if not title or title[-1].i != name.start - 1 - honorifics:
        return None
    # the tagger reads "chief executive" before a name as two adjectives; a title noun it still is
    # (a word in lower case is a title noun though the model tagged it with the name: "physio")
    if (not any(t.pos_ in ("NOUN", "PROPN") and (not t.ent_type_ or (t.is_lower and t.ent_type_ == "PERSON"))
                for t in title)
            and title[-1].lower_ not in TITLE_NOUNS):
        return None
    return PrenominalTitle(title, org)


def _leading_name(run: list[Token]) -> Token | None:
    """"Manchester United striker Ruud van Nistelrooy", "Scrubs star Zach Braff": capitalised
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
        found = prenominal_title(name)
        if found is None or found.title[-1].lemma_.lower() in ORG_ONLY_KINDS:
            continue  # "oil company Yukos": a kind (the ``title`` rule), the model took it for a person
        org = found.org if found.org is not None else _of_org(name.root)
        if (found.org is None and org is not None and org.ent_type_ in ("GPE", "LOC")
                and found.title[-1].lower_ in DESCRIPTORS):
            org = None  # "Musician Tom Reed, of north Oslo": where an occupation's holder is from
        if org is not None and tagged.start <= org.i < tagged.end:
            org = None  # a place the model tagged with the person is no node of its own to hold it at
        head = found.title[-1]
        if origin_of(found) is not None:
            org = None  # "US actor Tom Reed": where he is from (kg.extract.places), not held at
        plural = head.tag_ in ("NNS", "NNPS")
        # "stars Paul Giamatti, Thomas Haden Church and Virginia Madsen": a plural title before a
        # list of names is each name's title (each is a star), so it is given in the singular
        words = [*(_cased(t) for t in found.title[:-1]), head.lemma_.lower() if plural else _cased(head)]
        title = " ".join(words)
        holders = [name] + (_listed_people(name) if plural else [])
        for person in holders:
            args = [Argument(person.root, tuple(person)),
                    Argument(org, (org,)) if org is not None else Argument(head, tuple(found.title))]
            yield Proposition(sentence=sent, relation="is", lemma="be", args=args, rule="role-title",
                              role=Role(person.root, title, head, org), open_ie=False)


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


def described_role_propositions(sent: Span) -> Iterator[Proposition]:
    """"The head of Fjord Studios said ..." → whoever "the head" refers back to holds "head" at
    Fjord Studios.

    Linguistic reason: news names a person and then calls them by their office, with the place it is
    held ("Peter Lund won the prize. The head of Fjord Studios said ..."). The role is the holder's
    only when :mod:`kg.resolve.references` resolves the description to a named person; otherwise the
    graph takes nothing. A graph-only reading: the clause's own proposition stays in CaRB's view.
    """
    from kg.resolve.references import description_head  # kg.resolve imports kg.extract lazily

    for tok in sentence_tokens(sent):
        if tok.dep_ not in ("nsubj", "nsubjpass") or description_head(tok) not in TITLE_NOUNS:
            continue
        org = role_org(tok)
        if org is None or org.pos_ == "PRON":
            continue
        role = role_of(tok, tok)
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[Argument(tok, (tok,)), Argument(org, (org,))],
                          rule="role-description", role=role, open_ie=False)


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
