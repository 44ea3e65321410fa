"""The words of reference: pronouns by gender and number, the kind nouns a description or a name
can carry ("the airline", "engineering group Jarvis"), and what a sentence says a name is.

:mod:`kg.resolve.references` resolves with them; the extraction rules read the same lists, so a
title or a kind means one thing everywhere.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.registry import disabled, register
from kg.resolve.demonyms import country_of, is_country

# The kind nouns live in kg.resolve.kinds, which imports nothing of kg.extract (a rule module can
# import them at its top); read here and re-exported for the resolver's modules.
from kg.resolve.kinds import FEMALE_NOUNS as FEMALE_NOUNS
from kg.resolve.kinds import GENERIC_ORG as GENERIC_ORG
from kg.resolve.kinds import MALE_NOUNS as MALE_NOUNS
from kg.resolve.kinds import ORG_KINDS, PERSON_KINDS
from kg.resolve.kinds import ORG_ONLY_KINDS as ORG_ONLY_KINDS
from kg.resolve.spans import entity_at

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
PRONOUNS = MALE | FEMALE | NEUTER | PLURAL
# The first person, which only a quotation's speaker resolves (:mod:`kg.resolve.speakers`).
FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
# The first person plural: a quotation's speaker's side, where the document gives one (kg.resolve.speakers).
FIRST_PLURAL = frozenset({"we", "us"})

# Synonyms among titles: "the boss" is the manager, "the chief" the chief executive.
_TITLE_GROUPS = ({"boss", "manager", "coach", "head", "chief", "executive"},
                 {"keeper", "goalkeeper"}, {"spokesman", "spokeswoman", "spokesperson"},
                 {"firm", "company", "group", "business"}, {"side", "team", "club"},
                 {"airline", "carrier"}, {"bank", "lender"}, {"carmaker", "maker", "manufacturer"})
# Last words of a venue's or a landmark's name: a place a town or a country has, which no one
# calls a firm ("Bergen's Grieg Hall", "Oslo's Nordic Theatre").
VENUE_WORDS = frozenset({"theatre", "theater", "stadium", "arena", "hall", "square", "park", "gallery",
                         "palace", "academy", "garden", "gardens", "cathedral", "abbey", "opera", "bowl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def same_kind(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in _TITLE_GROUPS)


def name_root(tok: Token) -> Token:
    """The token of a name that the sentence's syntax hangs on (the last of "Sergei Lavrov")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.ent_iob_ != "O":
        tok = tok.head
    return tok


def position(tok: Token) -> int:
    """How salient the mention's place is: 0 the subject of the sentence's main verb ("the LSE
    said", "said Ian Gunner"), 1 the subject of another clause, 2 anything else. A conjunct or an
    apposition has the place of what it joins."""
    tok = name_root(tok)
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in SUBJECT_DEPS:
        return 2
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return 0 if verb.dep_ == "ROOT" else 1


def stated_kinds(tok: Token) -> set[str]:
    """The nouns a sentence says a name is: "engineering group Jarvis" (the noun right before the
    name, or a noun compound of it: "Finance minister Per Lund"), "BA, the airline" and "the airline, BA" (apposition across a comma), "X is a bank", and
    the kind word in the name itself ("Fjordlight Studios": studio)."""
    root = name_root(tok)
    ent = entity_at(tok)
    first = ent.start if ent is not None else root.left_edge.i
    kinds: set[str] = set()
    before = [tok.doc[first - 1]] if first > 0 else []
    before += [c for c in root.lefts if c.dep_ in ("compound", "amod", "nmod")]
    kinds.update(t.lemma_.lower() for t in before if t.pos_ == "NOUN" and t.tag_ == "NN" and t.ent_iob_ == "O")
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and _comma_between(root, child):
            kinds.add(child.lemma_.lower())
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and _comma_between(root.head, root):
        kinds.add(root.head.lemma_.lower())
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        kinds.update(c.lemma_.lower() for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN")
    if ent is not None:
        kinds.update(_singular(t.text) for t in ent if _singular(t.text) in ORG_KINDS)
    elif root.pos_ == "PROPN":
        # a name the model did not tag says its kind all the same: "News Corporation", "Kestrel Studios"
        name = [*(t for t in root.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), root]
        kinds.update(_singular(t.text) for t in name if t.is_title and _singular(t.text) in ORG_KINDS)
    return kinds


def _comma_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.text == "," for t in a.doc[lo:hi])


@register("country-epithet")
def country_before_person(child: Token) -> bool:
    """"Rapper Tom Reed is to play in Oslo. The US star will play two songs": a country's name
    (one word, "US", "Norway") before a person noun in a definite description is an epithet, as a
    nationality adjective is ("the American star", :mod:`kg.extract.epithets`), and the
    description re-mentions the person named before.

    Linguistic reason: before an occupation a country says where the person is from ("US
    playwright", ``nationality-origin``), as "American" does, not which one of its kind is meant,
    so "the US star" presupposes a person the reader knows just as "the American star" does; a
    name of anything else ("the Nordbank chairman", "the Pompey midfielder") names where a post is
    held and says which one by itself.
    """
    if "country-epithet" in disabled() or child.dep_ != "compound" or child.ent_type_ != "GPE":
        return False
    head = child.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in PERSON_KINDS or head.lemma_.lower() in ORG_KINDS:
        return False
    ent = entity_at(child)
    return ent is not None and len(ent) == 1 and is_country(child.text)


def description_head(tok: Token) -> str | None:
    """The head noun of a definite description that can refer back ("the group", "the Spanish
    group", "the minister"), or None: a description with a name in it ("the Paris exchange") or
    with a name in apposition ("the minister, Per Lund") names what it means by itself."""
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNP"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return None
    for child in tok.children:
        if _age(child) and "age-description" not in disabled():
            continue  # "the 60-year-old actor": an age says who as little as "the actor" does
        if country_before_person(child):
            continue  # "the US tycoon": a country says who as little as "the American tycoon" does
        if child.dep_ == "appos" and common_appositive(child):
            continue  # "the company, China's third-largest milk producer,": says what, not which
        if child.dep_ == "appos" or (child.dep_ == "compound" and (child.pos_ == "PROPN" or child.ent_iob_ != "O")):
            return None
        if child.dep_ in ("amod", "nmod", "poss") and child.ent_iob_ != "O" and child.ent_type_ != "NORP":
            return None
    head = tok.lemma_.lower()
    return head if head in ORG_KINDS or head in PERSON_KINDS else None


@register("common-appositive")
def common_appositive(appos: Token) -> bool:
    """"Police have detained three executives at milk firm Vexa Dairy ... The company, Norway's
    third-largest milk producer, is to hold an emergency meeting": a description with an
    appositive that is a common noun between commas still refers back to the name before it;
    only a name in apposition ("the minister, Per Lund") says by itself whom it means.

    Linguistic reason: a non-restrictive appositive adds a description of a referent the head
    has already picked out (the commas mark it as not restricting the head); when it is a common
    noun phrase ("Norway's third-largest milk producer", "a former champion") it names no one, so
    "the company" keeps its anaphoric reading, as it has without the apposition. Kept to a bare
    description ("the company", not "the US-German firm": with a modifier and an apposition it
    is described twice over, as a newcomer often is) and to an indefinite or possessive
    apposition ("the chairman, the manager or a player" is a list the parser may read as one).
    """
    if "common-appositive" in disabled() or appos.pos_ != "NOUN" or appos.ent_iob_ != "O":
        return False
    if appos.i == 0 or appos.doc[appos.left_edge.i - 1].text != ",":
        return False  # between commas only: "the company Vexa", "the band Nordlys" name it
    if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in appos.children):
        return False  # "be it the chairman, the manager or a player": a list, not an apposition
    if any(c.dep_ in ("conj", "cc") for c in appos.children):
        return False  # "the company, a client and a broker all lost money": a list the parse hung on it
    head = appos.head
    if any(c.i < head.i and c.dep_ != "det" for c in head.children):
        return False  # "the US-German firm, once a majority shareholder": a modifier may say another
    return not any(t.pos_ == "PROPN" and t.head.i == appos.i and t.dep_ in ("compound", "appos", "flat")
                   for t in appos.subtree)


# What a named thing is said to be with "it is a ...": a kind of organisation, of work or product,
# of place, or a part of an organisation ("It is a phone firm", "It is the most nominated film").
THING_KINDS = ORG_KINDS | frozenset({
    "film", "movie", "song", "album", "single", "record", "track", "game", "show", "series", "programme",
    "program", "book", "novel", "play", "musical", "comedy", "drama", "thriller", "documentary", "sequel",
    "title", "magazine", "project", "product", "brand", "device", "console", "handset", "phone", "gadget",
    "computer", "machine", "chip", "system", "service", "site", "website", "software", "drug", "car",
    "model", "country", "nation", "economy", "city", "state", "region", "subsidiary", "unit", "division",
    "arm", "affiliate", "member", "leader", "institution", "attraction", "venue", "stadium", "theatre",
})
_COPULAS = frozenset({"be", "become", "remain"})


@register("situation-it")
def situation_it(tok: Token) -> bool:
    """"It was a very difficult decision", "it's a great opportunity": a subject "it" of "be"
    whose complement is a noun of no kind a named thing is (a decision, a night, a chance) stands
    for the situation the text or the speaker has in mind, not for a name from before.

    Linguistic reason: "it" with a copula and an evaluating noun phrase is the situational "it":
    it takes up what has happened or is happening, which no name denotes; a
    copula that says what a named thing is gives it a kind ("It is a phone firm", "it remains the
    biggest bank"), and only then may the resolver look for a name of that kind. On all of
    bbc-news the rule takes 76 facts from the graph, 74 of them wrong by reading."""
    if "situation-it" in disabled() or tok.lower_ != "it" or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.lemma_ in ("go", "seem", "appear", "prove"):
        # "it is going to be a big disappointment", "it seems to be a good deal"
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in _COPULAS), verb)
    if verb.lemma_ not in _COPULAS:
        return False
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    return attr is not None and attr.pos_ == "NOUN" and attr.lemma_.lower() not in THING_KINDS


RANK_WORDS = frozenset({"top", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                        "ninth", "tenth", "last", "bottom", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th"})


@register("other-rank")
def other_rank(description: str, antecedent: str) -> bool:
    """"... will take on second seed Ola Berg. The top seed was a strong favourite": a definite
    description whose rank word differs from the earlier noun's ("top" and "second") is another
    member of the ranked set, not the one named before.

    Linguistic reason: an ordinal or a rank adjective picks one place in an order, and two
    different places are two referents; "the junior delegation" may take up "a Russian
    delegation" (a new description of the same thing), "the top seed" cannot take up "second
    seed"."""
    if "other-rank" in disabled():
        return False
    ranks = [{w for w in name.lower().split() if w in RANK_WORDS} for name in (description, antecedent)]
    return bool(ranks[0] and ranks[1] and ranks[0] != ranks[1])


# The head noun a rank epithet stands on ("the world number one", "the top seed"), given to
# :meth:`kg.resolve.references.References.description` as its kind.
RANK = "rank"
# Nouns that hold a person's place in a ranking, with what must come before them to say the place.
_NUMBERS = frozenset({"one", "two", "three", "four", "five", "1", "2", "3", "4", "5"})


@register("rank-epithet")
def rank_epithet(tok: Token) -> bool:
    """"Tom Reed opened his season with a win over Jon Dahl. The British number one will next play
    Lars Berg", "The top seed went down to ...": a definite description by a player's place in a
    ranking ("the number one", "the world number two", "the top seed", "the second seed"), as a
    clause's subject, re-mentions the person the text has just named, as an occupation does
    ("the star said"): :mod:`kg.resolve.references` gives it the one person of the sentence
    before, or the subject of that sentence when it names others in other places.

    Linguistic reason: sports news re-describes the player a report is about by rank, an epithet
    that tells the reader nothing new of who is meant, so "the" presupposes one the reader has in
    mind, the last one named; as the subject it continues the topic. A rank the text gave someone
    in reach ("second seed Jon Dahl") makes rank tell players apart, and then a rank description
    stays unresolved (:meth:`References.description`), as does a second rank description in reach
    of one resolved ("The British number one ... The world number one": another rank, another
    player); so does one that is no subject of the main clause ("Reed beat the second seed", "Dahl
    will face Berg after the fourth seed beat Vik": a new player, or one named in the sentence), one with a clause or phrase that says which ("the number
    one in Europe"), or a name inside ("the Nordvik number one")."""
    head = tok.lemma_.lower()
    if head not in ("number", "seed") or tok.dep_ not in SUBJECT_DEPS or tok.tag_ != "NN":
        return False  # (the cheap tests first: this is asked of every description left open)
    if "rank-epithet" in disabled():
        return False
    if tok.head.dep_ != "ROOT":
        return False  # "Dahl will face Berg after the fourth seed beat Vik": a clause's own topic
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if head == "number":
        ranked = any(c.dep_ == "nummod" and c.lower_ in _NUMBERS and c.i == tok.i + 1 for c in tok.children)
    else:
        ranked = any(c.i < tok.i and (c.lower_ in RANK_WORDS or c.ent_type_ == "ORDINAL") for c in tok.children)
    if not ranked:
        return False
    if any(c.dep_ == "appos" or c.pos_ == "PROPN" or (c.ent_iob_ != "O" and c.ent_type_ not in ("NORP", "ORDINAL", "CARDINAL"))
           for c in tok.children if c.i < tok.i or c.dep_ == "appos"):
        return False  # "the Nordvik number one", "the top seed, Jon Dahl": a name says who
    return not any(c.dep_ in ("relcl", "acl", "prep") and c.doc[c.left_edge.i - 1].text != "," for c in tok.rights)


def _age(tok: Token) -> bool:
    """The "old" of an age ("60-year-old", a date to the model)."""
    return tok.lower_ == "old" and tok.ent_type_ == "DATE" and tok.dep_ in ("amod", "compound", "nsubj", "nsubjpass")


@register("age-description")
def aged(tok: Token) -> bool:
    """"Nordvik have signed Tom Reed ... the 34-year-old told the club's website", "the 60-year-old
    actor said": a definite description by age, alone or before a person noun, re-mentions a person
    the text has named; :mod:`kg.resolve.references` gives it the one person named in reach, as it
    does an office ("the chairman said").

    Linguistic reason: news re-describes the person it is about by age ("the 34-year-old"), an
    epithet that tells the reader nothing new of who is meant, so it presupposes one person the
    reader already knows; an age is only said of a person, and "the" says the reader can pick them
    out. With two people named in reach it stays unresolved; a name that only modifies another
    ("Charlton midfielder Tom Reed") is no person named.
    """
    if "age-description" in disabled() or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if _age(tok):
        return tok.dep_ in SUBJECT_DEPS  # "the 34-year-old": the age is the noun phrase's head
    return tok.pos_ == "NOUN" and any(_age(c) for c in tok.children)


# Subordinators of a clause that states a condition or an event ("if the deals go ahead").
_EVENT_MARKS = frozenset({"if", "once", "unless", "when", "should"})


@register("event-it")
def event_it(tok: Token) -> bool:
    """"If the Bergen deals go ahead, it will give Vexa a bigger share": a subject "it" after a
    fronted clause of condition or time whose subject is a common noun takes up what that clause
    says happens (the deals going ahead), not a name from before.

    Linguistic reason: a fronted adverbial clause sets up a situation the main clause comments on,
    and a neuter "it" right after it is the event (a plural subject "the deals" cannot be "it"; a
    singular one, "the deal", is not a name either). A name as that clause's subject ("If Nordbank
    wins, it will ...") or a proper-noun possessor of it ("If Nordbank's shares fall") leaves
    "it" to the resolver, and so does a reported clause ("Nordbank said that, once the deal is
    done, it would pay out": the speaker is the "it" news means)."""
    if "event-it" in disabled() or tok.lower_ != "it" or tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ROOT":
        return False
    for clause in tok.head.children:
        if clause.dep_ != "advcl" or clause.i > tok.i:
            continue
        marked = any(c.dep_ == "mark" and c.lower_ in _EVENT_MARKS for c in clause.children)
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if (marked and subject is not None and subject.pos_ == "NOUN"
                and not any(c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON") for c in subject.children)):
            return True
    return False


# Occupations news re-describes the person it is about by ("the pop star", "the comedian"): not a
# title or a playing position (an office keeps its own path, a side fields two centres), nor a
# noun of anyone at all ("the man", "the winner", "the judge" may be someone new), nor one said of
# a part in an event or a work ("the host" of a ceremony, "the author" of a book: someone new).
OCCUPATIONS = frozenset({
    "star", "singer", "actor", "actress", "comedian", "comic", "rapper", "musician", "guitarist",
    "drummer", "presenter", "dj", "film-maker", "filmmaker", "novelist", "playwright", "artist", "model", "designer", "chef", "player", "sprinter", "athlete", "runner",
    "cyclist", "boxer", "golfer", "jockey", "champion", "tycoon", "billionaire", "businessman",
    "businesswoman", "entrepreneur", "mogul", "youngster", "teenager", "veteran", "international",
})
# Words that pick one of several ("the other player", "the first actor"): a new referent.
_CHOOSING = frozenset({"other", "another", "same", "only", "next", "new", "last", "first", "second", "third",
                       "fellow", "young", "older", "younger"})


@register("occupation-description")
def occupational(tok: Token, head: str) -> bool:
    """"Britta Lund cancelled her tour. The pop star said ...", "The 22-year-old comedian told":
    a definite description by occupation as a clause's subject re-mentions the person the text
    has just named; :mod:`kg.resolve.references` gives it the one person of the sentence before,
    as it does an age.

    Linguistic reason: news re-describes the person a story is about by what they do, an epithet
    that says nothing new of who is meant, so "the" presupposes one person the reader already
    has in mind, the last one named; as the subject it continues the topic of the discourse.
    A word that picks one of several ("the other player", "the first actor"), a clause that says
    which ("the singer who"), or a noun anyone could be ("the man", "the winner") introduces
    someone new, and two people named just before leave it unresolved."""
    if "occupation-description" in disabled() or head not in OCCUPATIONS or tok.dep_ not in SUBJECT_DEPS:
        return False
    if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if any(c.lower_ in _CHOOSING or c.ent_type_ in ("ORDINAL", "CARDINAL") for c in tok.lefts):
        return False
    return not any(c.dep_ in ("relcl", "acl", "prep") and c.doc[c.left_edge.i - 1].text != "," for c in tok.rights)


# Occupations a name is given as a person only: not those a firm or a team is also called ("key
# player Nordbank", "league champion Vexa", "designer label", "the Dutch international").
_PERSON_ONLY_OCCUPATIONS = OCCUPATIONS - {"player", "champion", "model", "designer", "international", "veteran"}


@register("occupation-named-person")
def occupation_named(kinds: set[str]) -> bool:
    """"Chart-topping soul star Vexo is leading the field. The singer, whose album ... is up for
    eight prizes": a name the text gives an occupation only a person has ("star", "singer",
    "rapper", "comedian", "sprinter"), and no kind of organisation, is a person to the references
    after it ("he", "she", "the singer"), whatever type the tagger gave it. ``kinds`` are the
    nouns the document has said the name is.

    Linguistic reason: a noun before a name or in apposition to it says what its bearer is; a
    singer or a rapper is a person. A one-word stage name ("Vexo") is often tagged a firm or left
    untyped, and then no "he" or "the star" after it could stand for it, so the facts of the
    sentences that go on about the performer were lost. A name also called a kind of
    organisation ("rock band Vexo", "Vexo Records") is not affected."""
    if "occupation-named-person" in disabled():
        return False
    return bool(kinds & _PERSON_ONLY_OCCUPATIONS) and not kinds & (ORG_KINDS - PERSON_KINDS)


# Nouns for a person of a country, and the country ("the Swede"); the nationality adjectives that
# are nouns too ("the Brazilian", "the American") come from the demonym table.
NATIONAL_NOUNS = {"briton": "UK", "spaniard": "Spain", "swede": "Sweden", "dane": "Denmark", "finn": "Finland",
                  "pole": "Poland", "turk": "Turkey", "scot": "Scotland", "frenchman": "France",
                  "dutchman": "Netherlands", "englishman": "England", "irishman": "Ireland", "welshman": "Wales",
                  "scotsman": "Scotland", "kiwi": "New Zealand", "aussie": "Australia", "greek": "Greece",
                  "czech": "Czech Republic"}
# The nations of the United Kingdom, which "the Briton" may be from.
UK_NATIONS = frozenset({"UK", "England", "Scotland", "Wales", "Northern Ireland"})


def nation_of_noun(word: str) -> str | None:
    """The country a nationality noun names ("Swede" → Sweden, "Brazilian" → Brazil); None for a
    word that is a people, not a person ("the Irish", "the French", "the Japanese")."""
    lower = word.lower()
    if lower in NATIONAL_NOUNS:
        return NATIONAL_NOUNS[lower]
    if lower.endswith(("sh", "ch", "ese", "ss", "s")):
        return None
    return country_of(word)


@register("nationality-description")
def national(tok: Token) -> str | None:
    """"Jon Dahl beat Tom Reed. The Swede ...": a nationality noun with "the" as a clause's
    subject ("the Swede", "the Brazilian", "the Briton") re-mentions a person named just before;
    returns the country it names (None: no such noun). :mod:`kg.resolve.references` gives it the
    one person of the sentence before not said to be of another nation ("Argentine Jon Dahl" is
    not "the Briton").

    Linguistic reason: as an epithet of occupation does, a nationality re-describes the person
    the story is about ("the Kenyan was unsure if she would recover"), a definite noun that
    presupposes someone the reader knows; a nationality the text gave someone else rules them out.
    A plural ("the Americans", "the Irish") is a people or a team, never one person."""
    if "nationality-description" in disabled() or tok.dep_ not in SUBJECT_DEPS or tok.tag_ in ("NNS", "NNPS"):
        return None
    if [c.lower_ for c in tok.children if c.i < tok.i] != ["the"] or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"):
        return None
    return nation_of_noun(tok.text) if tok.is_title else None


def stated_nations(tok: Token) -> set[str]:
    """The countries a sentence gives a name by a nationality right before it ("Argentine Jon
    Dahl", "Swedish striker Tom Reed"): what "the Briton" later cannot be."""
    root = name_root(tok)
    ent = entity_at(tok)
    first = ent.start if ent is not None else root.left_edge.i
    words = [tok.doc[first - 1]] if first > 0 else []
    if first > 1 and tok.doc[first - 1].pos_ == "NOUN":
        words.append(tok.doc[first - 2])  # "Swedish striker Tom Reed"
        if tok.doc[first - 2].pos_ in ("NOUN", "ADJ", "PROPN") and tok.doc[first - 2].ent_type_ in ("", "NORP"):
            words.extend(title_run(tok.doc, first - 2))  # "Chilean Olympic gold medallist Tom Reed"
    return {c for w in words if w.ent_type_ == "NORP" and (c := country_of(w.text)) is not None}


# How far left of a name a title's words are read for a nationality ("Chilean Olympic gold medallist").
_TITLE_RUN = 4


@register("nation-before-title")
def title_run(doc: Doc, last: int) -> list[Token]:
    """"Tom Reed beat Chilean Olympic gold medallist Jon Dahl. "I felt good," said the American":
    a nationality at the head of a longer title before a name ("Chilean Olympic gold medallist")
    is said of the name as "Chilean Jon Dahl" is, so "the American" is not Jon Dahl. The words
    left of ``last`` (itself read already) that belong to the same title: nouns, adjectives and
    nationality words, up to a determiner, a possessive, punctuation or a verb, and at most
    four of them (a capitalised word no entity holds, "Olympic", is one of them).

    Linguistic reason: the pre-nominal modifiers of a title noun in apposition to a name
    ("Chilean Olympic gold medallist") all describe the person the name names; a nationality
    adjective among them states the person's nationality however many modifiers stand between
    it and the name, and a person of another stated nationality is not who a later nationality
    noun ("the American") re-describes. A nationality that is part of a name of its own ("French
    Open champion": an event) is tagged as that name, not as a nationality, and is not read.
    """
    if "nation-before-title" in disabled():
        return []
    found: list[Token] = []
    i = last - 1
    while i >= 0 and len(found) < _TITLE_RUN:
        w = doc[i]
        if not (w.pos_ in ("NOUN", "ADJ") or w.ent_type_ == "NORP" or w.text == "-"
                or (w.pos_ == "PROPN" and w.ent_iob_ == "O")):
            break
        found.append(w)
        i -= 1
    return found
