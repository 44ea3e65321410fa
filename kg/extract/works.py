"""Who made a named product, as news says it in the noun phrase around the product's name.

- "Nordbank's Vexa phone" → (Nordbank; make; Vexa) (rule ``possessive-product``);
- "its Yugra oil unit", "Fjord Films, its subsidiary" → (its; own; Yugra) (rule ``owned-unit``).

The graph reads it as ``(Nordbank)-[:MAKE {predicate: "make"}]->(Vexa)``: MAKE is the relation type
kg gives the verb "make" (``kg/resolve/predicates.tsv``), so the fact meets "Nordvik makes the Vexa"
said with a verb. Graph-only: CaRB's Open IE view does not show it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.reading import children as children_of
from kg.extract.reading import sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, register, triggered_by
from kg.resolve.names import DESCRIPTORS, OFFICES, given_names
from kg.resolve.referring import ORG_ONLY_KINDS, VENUE_WORDS
from kg.resolve.spans import entity_at

# What the tagger calls a product's name; it calls many products organisations ("iPod") or
# facilities ("Game Cube"). People, places and dates are no product.
PRODUCT_NAME_TYPES = frozenset({"", "ORG", "PRODUCT", "FAC", "WORK_OF_ART"})


def _entity(tok: Token) -> Span | None:
    return entity_at(tok)


def _maker(tok: Token) -> Argument | None:
    """The organisation in the possessive: the whole ORG name, which ends at its "'s" (an entity
    that goes on past the "'s" is one name with a possessive inside, "Arsenal's Edu")."""
    ent = _entity(tok)
    if tok.pos_ != "PROPN" or ent is None or ent.label_ != "ORG" or ent.end != tok.i + 1:
        return None
    return Argument(tok, tuple(ent))


def _product(case: Token) -> Argument | None:
    """The name right after the "'s": the entity that starts there, or else the run of proper
    nouns ("Vexa" of "Nordbank's Vexa phone"); None when it is no product's name."""
    doc, start = case.doc, case.i + 1
    if start >= len(doc):
        return None
    ent = _entity(doc[start])
    if ent is not None and ent.start == start:
        tokens = tuple(ent)
    else:
        run: list[Token] = []
        for tok in doc[start:case.sent.end]:
            if run and run[-1].text == "-":
                if tok.ent_type_ not in PRODUCT_NAME_TYPES:
                    break  # the hyphen joined nothing of the name
            elif (tok.pos_ != "PROPN" or tok.ent_type_ not in PRODUCT_NAME_TYPES) and not (run and hyphen_in_name(tok)):
                break
            run.append(tok)
        if run and run[-1].text == "-":
            run.pop()
        tokens = tuple(run)
    if not tokens or tokens[0].ent_type_ not in PRODUCT_NAME_TYPES or not _looks_like_a_product(tokens):
        return None
    head = max(tokens, key=lambda t: (t.head.i < tokens[0].i or t.head.i > tokens[-1].i, t.i))
    if names_an_act(head, tokens):
        return None
    return Argument(head, tokens)


# Nouns for an act or an event, which a possessor does and a name before them is the target or
# the occasion of: "Deutsche's LSE bid", "Chelsea's Champions League defeat".
ACT_NOUNS = frozenset({
    "bid", "offer", "approach", "takeover", "merger", "deal", "move", "defeat", "victory", "win", "loss",
    "draw", "tie", "clash", "debut", "exit", "return", "challenge", "hope", "hopes", "chance", "chances",
    "comeback", "campaign", "exile", "absence",
})
# Words that open a person's name, not a product's: "the firm's Mr Raha".
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
# Head nouns of a named part of an organisation: "the agency's European Department", "the
# regulator's Office of Drug Safety" are its parts, which it has, not products it makes.
_PART_NOUNS = frozenset({"department", "office", "division", "unit", "bureau", "directorate", "ministry",
                         "committee", "commission", "council", "board", "branch", "wing", "team", "squad"})


@register("hyphen-in-product")
def hyphen_in_name(hyphen: Token) -> bool:
    """"Nordbank's XR-Pay service", "Vexa's Lumo-3 phone": True for a hyphen written with no
    space on either side between a proper noun of the name and a word in capitals or a number,
    which joins them into one name ("XR-Pay"), not cuts it ("XR").

    Linguistic reason: a hyphen with no space is a mark inside a word ("HD-DVD", "Wi-Fi", "PS-2"),
    unlike a dash set apart by spaces, which opens an aside; the tagger splits it into three
    tokens and tags the last one a common noun, so the run of proper nouns after the "'s" stopped
    at the hyphen and the graph held a product "XR" that no one named.
    """
    doc = hyphen.doc
    if hyphen.text != "-" or hyphen.whitespace_ or hyphen.i + 1 >= len(doc) or "hyphen-in-product" in disabled():
        return False
    before, after = doc[hyphen.i - 1], doc[hyphen.i + 1]
    return (not before.whitespace_ and before.pos_ == "PROPN"
            and (after.text[:1].isupper() or after.text[:1].isdigit()) and after.is_alpha | after.is_digit)


@register("possessive-act")
def names_an_act(head: Token, tokens: tuple[Token, ...]) -> bool:
    """"Deutsche's LSE bid": the name after the "'s" only modifies an act noun, so the possessor
    bids for it and makes nothing.

    Linguistic reason: a possessive determines the whole noun phrase after it, so "X's Y bid" is
    X's bid, and the name Y a modifier of its head noun. When that head is a kind of thing ("the
    Vexa phone") the name is the thing's own name; when it is an act or an event (a bid, a defeat,
    a campaign), the name is what the act is about, which no one "makes".
    """
    if "possessive-act" in disabled():
        return False
    noun = head.head
    return (head.dep_ == "compound" and noun.pos_ == "NOUN" and noun.i == tokens[-1].i + 1
            and noun.lemma_.lower() in ACT_NOUNS)


# Nouns of a building or a site a firm works from: the name before one names the site or where it
# is ("Nordbank's Oslo headquarters", "Vexa's Lumo studio", "its Bergen plant").
SITE_NOUNS = frozenset({"headquarters", "hq", "office", "offices", "plant", "factory", "studio", "studios", "site",
                        "building", "tower", "campus", "store", "shop", "warehouse", "depot", "mill", "mine",
                        "works", "base", "centre", "center", "complex", "facility", "refinery", "yard",
                        "shipyard", "lab", "laboratory", "branch", "premises", "hotel", "restaurant"})


@register("product-site")
def site_after(after: Token) -> bool:
    """The common noun right after a firm's "'s" and a name is a building or a site ("Nordbank's
    Oslo headquarters", "Vexa's Lumo studio", "Vexa's Bergen plant"): the name is no product the
    firm makes (rule ``possessive-product``).

    Linguistic reason: a name before a site noun is the site's own name or the place it stands in
    (the Oslo headquarters are in Oslo; the Lumo studio is called Lumo); the possessive says the
    firm has or runs the site, and a site is what a firm works from, not what it makes or sells.
    Only a site noun that heads the phrase: one that modifies another noun ("Vexa's Kestrel base
    model") names no site.
    """
    return (after.is_lower and after.lower_ in SITE_NOUNS and "product-site" not in disabled()
            and (after.dep_ != "compound" or after.head.lower_ in SITE_NOUNS))  # not "its Kestrel base model"


def _looks_like_a_product(tokens: tuple[Token, ...]) -> bool:
    """A product's name starts with a letter ("the LSE's 533p" is a price) and ends in a singular
    noun that is no kind of organisation: a plural name after the "'s" is an event or a title
    ("the AAA's Championships", "Gulliver's Travels"), not a thing a firm makes."""
    if tokens[-1].lower_ in ORG_ONLY_KINDS or tokens[-1].lower_.rstrip("s") in ORG_ONLY_KINDS:
        return False  # a name ending in a kind of organisation is a firm's part ("ITV's London Studios")
    if tokens[-1].lower_ in VENUE_WORDS:
        return False  # "Bergen's Grieg Hall": a venue, which a place has (``possessive-venue``), not a product
    after_name = tokens[-1].doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(tokens[-1].doc) else None
    if after_name is not None and after_name.is_lower and after_name.lower_ in VENUE_WORDS and "venue-kind" not in disabled():
        return False  # "Bergen's Solvik theatre": the theatre called Solvik, a venue (``venue-kind``)
    if after_name is not None and site_after(after_name):
        return False  # "Nordbank's Oslo headquarters", "Vexa's Lumo studio": a site the firm has, no product
    if any(t.lower_ in _PART_NOUNS and t.is_title for t in tokens):
        return False  # "the agency's European Department", "its Office of Drug Safety": a part of it
    after = tokens[-1].doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(tokens[-1].doc) else None
    if (after is not None and after.lemma_.lower() in PROGRAMME_NOUNS and "possessive-programme" not in disabled()
            and (_on_air(after) or _on_air(tokens[0]))):
        return False  # "told the BBC's Focus on Africa programme": one it airs (``possessive-programme``)
    if "possessive-programme" not in disabled() and any(
            t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _HOSTS for t in tokens):
        return False  # "the presenter of Nordvision's Late Night": a programme it airs
    return tokens[0].text[:1].isalpha() and tokens[-1].tag_ not in ("NNPS", "NNS") and _not_a_person(tokens)


def _not_a_person(tokens: tuple[Token, ...]) -> bool:
    """A club's player or a firm's officer is named in the possessive too ("Leeds's Alan Smith",
    "Nordbank's Chief Executive"): not when the name starts with a given name or a title, nor
    when the document tags the same words a person elsewhere."""
    first = tokens[0].lower_
    if first in given_names() or first in OFFICES or first in DESCRIPTORS or first.rstrip(".") in _HONORIFICS:
        return False
    text = " ".join(t.text for t in tokens)
    return not any(e.label_ == "PERSON" and text in e.text for e in tokens[0].doc.ents)


@triggered_by(words={"'s", "'"})
def possessive_product_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordbank's Vexa phone" → (Nordbank; make; Vexa).

    Linguistic reason: an organisation in the possessive before a product's proper name says whose
    product it is, and a firm's product is one it makes ("Sony's Playstation"). Only where the
    possessor is tagged an organisation and ends there, and the name after it is no person's
    (:func:`_not_a_person`): a place's "'s" is the seat of a firm (``possessive-seat``) and a
    club's "'s" its player.
    """
    for tok in sentence_tokens(sent):
        if tok.dep_ != "case" or tok.lower_ not in ("'s", "'") or tok.i == 0:
            continue
        maker = _maker(tok.doc[tok.i - 1])
        product = _product(tok) if maker is not None else None
        if maker is None or product is None:
            continue
        yield Proposition(sentence=sent, relation="make", lemma="make", args=[maker, product],
                          rule="possessive-product", confidence=0.5, open_ie=False)


# Nouns for a part of a business that another owns: "its Yugra oil unit", "its Kestrel payment
# service", "Fjord Films, its broadcasting subsidiary".
UNIT_NOUNS = frozenset({"unit", "subsidiary", "division", "arm", "affiliate", "offshoot", "service", "brand",
                        "label", "chain", "business", "operation"})


# With "own" before them, a person's company too: "her own company", "the actor's own firm".
OWN_COMPANY_NOUNS = frozenset({"company", "firm"})


def _owner(tok: Token) -> Argument | None:
    """A person (a name, or a noun the references step may resolve: "the actor's") in the possessive."""
    ent = _entity(tok)
    # the model often keeps the "'s" inside a person's name: the name ends at the possessor
    if (tok.pos_ == "PROPN" and ent is not None and ent.label_ == "PERSON"
            and (ent.end == tok.i + 1 or (ent.end == tok.i + 2 and tok.doc[tok.i + 1].tag_ == "POS"))):
        return Argument(tok, tuple(ent.doc[ent.start:tok.i + 1]))
    return Argument(tok, (tok,)) if tok.pos_ == "NOUN" else None


def _unit_name(noun: Token) -> Token | None:
    """The name of the unit a unit noun stands for: proper nouns compounded before it ("its
    Yugra oil unit"), or the name it is in apposition to, either side ("Fjord Films, its
    broadcasting subsidiary"; "Nordbank's insurance unit, Vexa Cover,")."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        return noun.head
    after = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if after is not None and after.ent_type_ not in ("GPE", "NORP", "PERSON", "DATE"):
        return after
    names = [t for t in noun.subtree if t.i < noun.i and t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod")
             and t.ent_type_ not in ("GPE", "NORP", "PERSON", "DATE")]
    return names[-1] if names else None


@register("apposed-unit-owner")
def apposed_unit(noun: Token) -> Token | None:
    """"Regulators fined three lenders, Nordbank, its unit Nordnet and Halden Bank": the unit is
    the name right after the unit noun (Nordnet), and "its" is the name the phrase is apposed to
    (Nordbank): (Nordbank; own; Nordnet), not (Vexa; own; Nordbank) from an earlier "its" owner.

    Linguistic reason: a name right after a noun, with no comma, is a close apposition that names
    it ("its unit Nordnet" is the unit called Nordnet); the phrase as a whole is a loose apposition
    to the name before it, whose possessive it carries: "X, its unit Y" says Y is X's unit, as "X
    and its unit Y" would. Read as the unit itself, the name before would be owned by whatever
    the pronoun was resolved to.
    """
    if noun.dep_ != "appos" or noun.head.pos_ != "PROPN" or noun.head.i > noun.i or "apposed-unit-owner" in disabled():
        return None
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is None or after.pos_ != "PROPN" or after.ent_type_ in ("GPE", "NORP", "PERSON", "DATE"):
        return None
    while after.dep_ in ("compound", "flat") and after.head.i == after.i + 1 and after.head.pos_ == "PROPN":
        after = after.head  # "its unit Nordnet Cover": the name's last word heads it
    return after


def _subject_may_own(name: Token) -> bool:
    """"Nordbank will sell Halden Bank, its unit Nordnet and two smaller banks": the name an
    apposed unit phrase follows (``name``) is an object of a clause whose subject is another
    organisation's name, which "its" may stand for as well (rule ``apposed-unit-owner`` then takes
    no owner: "its" is the seller's as often as Halden Bank's). A common noun ("Regulators have fined three
    lenders, Nordbank, its unit Nordnet ...") or a person's name ("Tom Reed bought ...") as the
    subject is no "its"."""
    verb = next((a for a in name.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i != name.i and c.pos_ == "PROPN"
               and c.ent_type_ in ("ORG", "") for c in children_of(verb))


@triggered_by(lemmas=UNIT_NOUNS | OWN_COMPANY_NOUNS)
def owned_unit_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordneft dropped its claim over its key Yugra oil unit" → (its → Nordneft; own; Yugra);
    "Lumo is buying out investors in Fjord Films, its broadcasting subsidiary" → (its; own; Fjord
    Films).

    Linguistic reason: a possessive before a noun for a part of a business (unit, subsidiary,
    division, service) says whose part it is, and a business's unit is one it owns; the name in
    the phrase, or in apposition to it, says which. Only an organisation's possessive or "its" /
    "their" (a person's "his label" is no ownership: the label that signs him), unless "own" says
    the possession is ownership ("Anna Berg's own record label, Vexa Records"; "the actor's own
    production company"). Graph-only.
    """
    lemmas = sentence_lemmas(sent)
    if UNIT_NOUNS.isdisjoint(lemmas) and OWN_COMPANY_NOUNS.isdisjoint(lemmas):
        return  # (none of its words in the sentence: nothing below can match)
    for noun in sentence_tokens(sent):
        if noun.pos_ != "NOUN":
            continue
        owned = any(c.lower_ == "own" and c.dep_ == "amod" for c in noun.lefts)
        if noun.lemma_.lower() not in (UNIT_NOUNS | OWN_COMPANY_NOUNS if owned else UNIT_NOUNS):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        name = _unit_name(noun) if owner is not None else None
        if owner is None or name is None:
            continue
        close = apposed_unit(noun) if owner.pos_ == "PRON" else None
        if close is not None and _subject_may_own(noun.head):
            continue  # "Nordbank will sell Halden Bank, its unit Nordnet and ...": whose unit is open
        if close is not None:  # "Nordbank, its unit Nordnet": Nordbank's unit Nordnet
            name, owner_arg = close, _name_argument(noun.head)
        elif owner.pos_ == "PRON":
            if owner.lower_ not in ("its", "their") and not owned:
                continue
            owner_arg = Argument(owner, (owner,))
        else:
            found = _maker(owner) or (_owner(owner) if owned else None)
            if found is None:
                continue
            owner_arg = found
        yield Proposition(sentence=sent, relation="own", lemma="own", args=[owner_arg, _name_argument(name)],
                          rule="owned-unit", confidence=0.5, open_ie=False)


def _name_argument(tok: Token) -> Argument:
    ent = _entity(tok)
    if ent is not None and ent.end == tok.i + 1 and ent.label_ not in ("GPE", "NORP", "PERSON"):
        return Argument(tok, tuple(ent))
    return Argument(tok, tuple(t for t in tok.subtree if t.i <= tok.i and t.pos_ == "PROPN"
                               and (t.i == tok.i or t.dep_ in ("compound", "flat"))))


# Kinds of film or show whose performers a name before them stands for ("the Anna Berg thriller").
# Not "musical", "biopic" or "documentary": a name before those is the composer or the subject
# ("the Abba musical", "a Howard Hughes biopic"), never who plays in it.
STARRING_GENRES = frozenset({"film", "movie", "thriller", "comedy", "drama", "western", "romance", "blockbuster",
                             "vehicle", "romcom", "horror", "sequel", "adventure", "weepie", "caper"})


def _work_title(genre: Token) -> Argument | None:
    """The title straight after a genre noun: the name the noun is a compound of ("the thriller
    Cold Water" with Water as head) or the name in close apposition to it."""
    doc = genre.doc
    if genre.i + 1 >= genre.sent.end or doc[genre.i + 1].pos_ != "PROPN":
        return None
    head: Token | None = genre.head
    if genre.dep_ != "compound" or genre.head.pos_ != "PROPN" or genre.head.i < genre.i:
        head = next((c for c in genre.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if head is None or head.ent_type_ in ("PERSON", "GPE", "NORP", "DATE", "LOC"):
        return None
    tokens = tuple(t for t in doc[genre.i + 1:head.i + 1])
    if any(t.is_punct and t.text not in ("'", "-", ":") for t in tokens):
        return None
    return Argument(head, tokens)


@triggered_by(lemmas=STARRING_GENRES)
def genre_star_propositions(sent: Span) -> Iterator[Proposition]:
    """"the Anna Berg thriller Cold Water" → (Cold Water; star; Anna Berg).

    Linguistic reason: a person's name used as a modifier of a genre noun classifies the work by
    the person it is known for ("a Tom Hale comedy"), and for a film, a thriller or a comedy that
    is its star: the performer is what the name before the genre sells. Only a name tagged a
    person, straight before one of these genre nouns (no possessive: "Berg's thriller" may be the
    one she wrote or directed), with the work's title straight after; not "musical", "biopic" or
    "documentary", where the name is the composer or the subject. Graph only.
    """
    if STARRING_GENRES.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for genre in sentence_tokens(sent):
        if genre.pos_ != "NOUN" or genre.tag_ != "NN" or genre.lemma_.lower() not in STARRING_GENRES:
            continue
        ent = _entity(genre.doc[genre.i - 1]) if genre.i > sent.start else None
        if (ent is None or ent.label_ != "PERSON" or ent.end != genre.i or ent.root.head.i != genre.i
                or ent.root.dep_ != "compound"):
            continue
        title = _work_title(genre)
        if title is None:
            continue
        yield Proposition(sentence=sent, relation="stars", lemma="star",
                          args=[title, Argument(ent.root, tuple(ent))], rule="genre-star", confidence=0.5,
                          open_ie=False)


# Kinds of work whose maker a possessive before them names, with the verb that says what the
# maker did: a band's album is one it released, an author's novel one they wrote, a
# film-maker's documentary one they made. Not "film" or "movie": a person's film is the one they
# directed or the one they star in, and the phrase does not say which.
AUTHORED_KINDS = {
    **dict.fromkeys(("album", "single", "song", "ep", "record"), "release"),
    **dict.fromkeys(("novel", "book", "memoir", "autobiography", "biography", "play", "poem"), "write"),
    "documentary": "make",
}
# What a title before a name never is: a kind of work ("Tom Reed's documentary Dark Water" is no
# documentary-maker called Dark Water).
WORK_KINDS = frozenset(AUTHORED_KINDS) | STARRING_GENRES


def _author(owner: Token) -> Argument | None:
    """A person's or an organisation's name in the possessive (the model may keep the "'s" in the
    person's name), or a name the model did not tag ("The Vexa Boys' album")."""
    ent = _entity(owner)
    if owner.pos_ != "PROPN":
        return None
    if ent is None:
        run = tuple(t for t in owner.subtree if t.i <= owner.i and t.pos_ == "PROPN")
        return Argument(owner, run) if run and run[0].i + len(run) == owner.i + 1 else None
    if ent.label_ not in ("PERSON", "ORG") or ent.end not in (owner.i + 1, owner.i + 2):
        return None
    return Argument(owner, tuple(t for t in ent if t.i <= owner.i))


@triggered_by(lemmas=AUTHORED_KINDS)
def authored_work_propositions(sent: Span) -> Iterator[Proposition]:
    """"Anna Berg's first novel Winter Harbour" → (Anna Berg; write; Winter Harbour); "The Vexa
    Boys' album Cold Rain" → (Vexa Boys; release; Cold Rain); "Tom Reed's documentary Dark Water"
    → (Tom Reed; make; Dark Water).

    Linguistic reason: a possessive before a noun for a kind of work, with the work's title after
    the noun, says whose work it is, and the kind says what its owner did: an album or a single is
    released by its band or singer, a novel or a play written by its author, a documentary made
    by its film-maker. Not a film, a movie or a drama, whose possessor may have directed it or
    starred in it. The title must start straight after the kind noun ("novel Winter Harbour").
    The same phrase holds no role at the possessor ("Winter Harbour" is a first novel, not one of
    Anna Berg's), and a title that goes on past its head with "and" is left alone (the node would
    be cut: "Hopes and Fears").
    """
    if AUTHORED_KINDS.keys().isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for kind in sentence_tokens(sent):
        verb = AUTHORED_KINDS.get(kind.lemma_.lower())
        if verb is None or kind.pos_ not in ("NOUN", "ADJ") or kind.i + 1 >= sent.end:
            continue
        title = _work_title(kind) if kind.pos_ == "NOUN" else None
        if title is None and kind.head.pos_ == "PROPN" and kind.head.i > kind.i:
            title = _work_title_after(kind)  # "single" read as an adjective of the title
        if title is None and kind.pos_ == "NOUN":
            title = _work_title_entity(kind)  # the parse splits the title from the kind noun
        owner = next((c for c in children_of(title.head) if c.dep_ == "poss"), None) if title is not None else None
        if owner is None and title is not None:
            owner = next((c for c in children_of(kind) if c.dep_ == "poss"), None)
        author = _author(owner) if owner is not None else None
        if title is None or author is None or not (author.tokens[-1].i < kind.i) or _title_goes_on(title):
            continue
        yield Proposition(sentence=sent, relation=f"'s {kind.text}", lemma=verb, args=[author, title],
                          rule="possessive-work", confidence=0.5, open_ie=False)


def _title_goes_on(title: Argument) -> bool:
    """"album Hopes and Fears": a title with "and" or "&" and a capitalised word after it goes on
    past the head the parse gives it, so the node would be cut."""
    doc, end = title.head.doc, title.tokens[-1].i + 1
    return end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].is_title


# What a name tagged straight after a kind noun is when it is the work's title.
_TITLE_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "ORG", "EVENT"})


@register("split-work-title")
def _work_title_entity(kind: Token) -> Argument | None:
    """"Jon Dahl's acclaimed documentary The Long Harbour won the prize", parsed with the noun
    and the title both subjects of "won": the title is the name tagged straight after the noun.

    Linguistic reason: a name straight after a noun for a kind of work, with no comma or word
    between, is in close apposition to it and names the work ("the documentary The Long
    Harbour"), whatever heads the parse gives the two; only a name the model tags a work, a
    product, an event or an organisation (never a person, a place or a date), within the
    sentence. A part of ``possessive-work``.
    """
    if "split-work-title" in disabled():
        return None
    doc = kind.doc
    ent = _entity(doc[kind.i + 1]) if kind.i + 1 < kind.sent.end else None
    if ent is None or ent.start != kind.i + 1 or ent.label_ not in _TITLE_LABELS or ent.end > kind.sent.end:
        return None
    if any(t.is_punct and t.text not in ("'", "-", ":", "/") for t in ent):
        return None
    head = ent.root
    return Argument(head, tuple(ent))


def _work_title_after(kind: Token) -> Argument | None:
    """The name an adjective of kind modifies ("single Blue Night", the title's head after it)."""
    head = kind.head
    tokens = tuple(kind.doc[kind.i + 1:head.i + 1])
    if not tokens or any(t.pos_ != "PROPN" for t in tokens) or head.ent_type_ in ("GPE", "NORP", "DATE", "LOC"):
        return None
    return Argument(head, tokens)


def work_kind_title(head: Token) -> bool:
    """The title before a name is a kind of work ("first novel Winter Harbour"): the name is the
    work's, and holds no title (rule ``possessive-work``)."""
    return "possessive-work" not in disabled() and head.lemma_.lower() in WORK_KINDS


# Nouns for a broadcast programme, and the words that say the programme is one people speak to,
# appear on or present: the addressee of "tell", the place of "on" after a verb or a noun of
# speaking or performing, the "of" of its presenter.
PROGRAMME_NOUNS = frozenset({"programme", "program", "show", "bulletin"})
# Nouns for the one who presents a programme: the name after "presenter of X's" is a programme's.
_HOSTS = frozenset({"presenter", "host"})
_ADDRESS_VERBS = frozenset({"tell"})
_ON_AIR_HEADS = frozenset({"appear", "appearance", "speak", "say", "talk", "tell", "perform", "performance",
                           "interview", "comment", "sing", "play"})
_PRESENTERS = frozenset({"presenter", "host", "editor", "producer"})


def _programme_name(case: Token, noun: Token) -> Argument | None:
    """The name between the "'s" and the programme noun: proper nouns, with "on", "of", "the" or
    "and" inside ("Focus on Africa"), starting and ending with a capitalised word or a number."""
    tokens = tuple(case.doc[case.i + 1:noun.i])
    if not tokens or not (tokens[0].is_title or tokens[0].is_upper) or not (tokens[-1].is_title or tokens[-1].like_num):
        return None
    if any(not (t.pos_ in ("PROPN", "NUM") or t.is_title) and t.lower_ not in ("on", "of", "the", "and", "at")
           for t in tokens):
        return None
    if any(t.ent_type_ == "PERSON" for t in tokens):
        return None  # "the BBC's Tom Reed programme": a show named after its presenter
    if all(t.ent_type_ in ("DATE", "TIME") for t in tokens):
        return Argument(noun, (*tokens, noun))  # "the BBC's Today programme": alone the name reads as a date
    return Argument(tokens[-1], tokens)


def _station(tok: Token) -> Argument | None:
    """The organisation in the possessive before a programme's name: the ORG name up to the "'s"
    (the model may run the name on through the "'s" into the programme's, "Nordvision's Morning
    Line", or keep the "'s" in it)."""
    ent = _entity(tok)
    if tok.pos_ != "PROPN" or ent is None or ent.label_ != "ORG":
        return None
    return Argument(tok, tuple(t for t in ent if t.i <= tok.i))


def _on_air(noun: Token) -> bool:
    """The programme is one someone tells something, speaks or appears on, or presents: "told the
    BBC's Today programme", "a performance on the network's Late Show", "host of its Talk Show"."""
    head = noun.head
    if noun.dep_ in ("dobj", "dative") and head.lemma_.lower() in _ADDRESS_VERBS:
        return True
    if noun.dep_ != "pobj":
        return False
    prep, above = head.lower_, head.head.lemma_.lower()
    return ((prep in ("on", "to") and above in _ON_AIR_HEADS)
            or (prep == "of" and above in _PRESENTERS))


@triggered_by(lemmas=PROGRAMME_NOUNS | _HOSTS)
def possessive_programme_propositions(sent: Span) -> Iterator[Proposition]:
    """"Jon Dahl told Nordvision's Morning Line programme" → (Nordvision; broadcast; Morning Line).

    Linguistic reason: an organisation in the possessive before a programme's name and the noun
    "programme" or "show" says whose programme it is, and a programme that people tell things
    to, speak or appear on, or present, is a broadcast one: its owner is the station that airs
    it. Only where the programme is the addressee of "tell", the place of "on" / "to" after a
    verb or a noun of speaking or performing, or the "of" of its presenter; a programme that is
    a scheme ("Nasa's Apollo programme", "the bank's Vexa loyalty programme") is none of these.
    Graph-only.
    """
    lemmas = sentence_lemmas(sent)
    if PROGRAMME_NOUNS.isdisjoint(lemmas) and _HOSTS.isdisjoint(lemmas):
        return  # (none of its words in the sentence: nothing below can match)
    yield from _presented_programmes(sent)
    for noun in sentence_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PROGRAMME_NOUNS or noun.i < sent.start + 3:
            continue
        # the "'s" nearest before the noun, with only the name between
        case = next((t for t in reversed(noun.doc[max(sent.start, noun.i - 8):noun.i])
                     if t.tag_ == "POS" or t.lower_ in ("'s", "'")), None)
        if case is None or case.i == 0:
            continue
        maker = _station(case.doc[case.i - 1])
        name = _programme_name(case, noun) if maker is not None else None
        # the parse may hang the name's first word, not the noun, on the verb ("told the BBC's
        # Focus on Africa programme"): either may carry the relation to it
        if maker is None or name is None or not (_on_air(noun) or _on_air(name.tokens[0])):
            continue
        yield Proposition(sentence=sent, relation="broadcast", lemma="broadcast", args=[maker, name],
                          rule="possessive-programme", confidence=0.5, open_ie=False)


_NAME_LINKS = frozenset({"on", "of", "the", "and", "at"})


def _presented_programmes(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed, the presenter of Nordvision's Late Night, said ..." → (Nordvision; broadcast;
    Late Night): what a presenter or a host presents is a programme, so the name after an
    organisation's possessive there is one it airs, with or without the noun "programme"."""
    for host in sentence_tokens(sent):
        if host.pos_ != "NOUN" or host.lemma_.lower() not in _HOSTS:
            continue
        for prep in host.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "of" else None
            owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
            if obj is None or owner is None or obj.lemma_.lower() in PROGRAMME_NOUNS:
                continue  # (with the noun, the loop over programme nouns reads it)
            case = next((c for c in owner.children if c.dep_ == "case"), None)
            maker = _station(owner)
            if case is None or maker is None or case.i + 1 > obj.i:
                continue
            run = []
            for tok in obj.doc[case.i + 1:sent.end]:
                if not (tok.is_title or tok.like_num or tok.lower_ in _NAME_LINKS) or tok.is_punct:
                    break
                run.append(tok)
            while run and run[-1].lower_ in _NAME_LINKS:
                run.pop()
            if not run or obj not in run or any(t.ent_type_ == "PERSON" for t in run):
                continue
            yield Proposition(sentence=sent, relation="broadcast", lemma="broadcast",
                              args=[maker, Argument(obj, tuple(run))], rule="possessive-programme",
                              confidence=0.5, open_ie=False)
