"""Whether a description names a post held somewhere or what kind of thing its holder is.

:func:`kg.extract.roles.role_of` reads "Russia's foreign minister" as a title held at Russia. The
same shape says no such thing of a firm or a country ("Nordvik is Norway's largest employer"),
nor with a superlative that ranks its holder within a place ("Europe's biggest stock market"):
there the graph takes ``IS_A`` the description, and the possessor is no organisation.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.reading import children
from kg.extract.registry import disabled, register
from kg.extract.works import UNIT_NOUNS, WORK_KINDS
from kg.resolve.demonyms import STATE_OFFICES
from kg.resolve.names import given_names
from kg.resolve.predicates import synonyms
from kg.resolve.referring import ORG_KINDS, ORG_ONLY_KINDS, PERSON_KINDS


@register("kind-not-post")
def not_a_person(holder_type: str, holder_name: str, holder: Token, description: Token) -> bool:
    """"Fjordnet, a popular Nordic music site" → (Fjordnet; IS_A; popular music site), no role at
    Nordic; "the US is a strong supporter of aid for Chile" → (US; IS_A; strong supporter), no
    role at Chile: a description of what is no person says what kind of thing it is.

    Linguistic reason: a title held at an organisation (a post: "Anna Berg is Nordbank's finance
    director") is a person's. Said of a firm, a country or a place, the same shapes class it:
    the name or the "of"/"for" phrase in the description is its domain or its field, not where
    a title is held. A holder is no person when it is a kind of organisation ("the firm") or
    "it", or when the document's entity for it is no person (``holder_type``, after every
    mention is resolved: "Parry, a lifelong Nordvik supporter" is a person when the article has
    named Tom Parry), the model did not tag this mention as a person ("Leicester wing Tom
    Reed"), its name does not open with a given name ("Tom Irish" typed as a people) and the
    description is no person noun nor a title the predicate table
    types ("site", "employer", "supporter"): the model types people as organisations and works
    too, so "Tom Reed, chief economist with Nordbank" keeps its role whatever the type.
    """
    if "kind-not-post" in disabled():
        return False
    if holder.lower_ == "it" or (holder.pos_ == "NOUN" and holder.lemma_.lower() in ORG_KINDS):
        return True
    head = description.lemma_.lower()
    if holder_type == "PERSON" or holder.ent_type_ == "PERSON" or holder_name.split(" ")[0].lower() in given_names():
        return False
    return head not in PERSON_KINDS and head not in synonyms()


# Nouns that say what someone (or something) is to another or in some respect, not an office or
# an occupation: "the brainchild of", "no match for", "the future of", "a good option for".
RELATIONAL_NOUNS = frozenset({
    "work", "brainchild", "creation", "idea", "front", "match", "future", "part", "hero", "heroine",
    "choice", "option", "favourite", "favorite", "chum", "target", "victim", "inspiration",
    "one", "face", "voice", "heel", "bottom", "top", "darling", "answer", "key",
    "rock", "backbone", "heart", "threat", "blow", "boost", "priority", "success", "failure",
    "rival", "winner", "finisher", "recipient", "starter", "pick", "admirer", "toast",
    "doubt",  # "a doubt for the final": may miss it, no post at it
    # what someone is to a thing they like or a game they lost, no post at it: "a huge fan of
    # Nordvik", "the villain at Bergen" (the ground of the match where he failed)
    "fan", "devotee", "enthusiast", "villain", "nemesis", "scourge",
    # a title won in a contest, held of the contest, not at it: "the Nordic Games champion"
    "champion", "champ", "titleholder", "medallist", "medalist", "runner-up",
})
# "The right man for Nordvik" judges; "Nordvik man Tom Reed", "a former FBI man" say where he belongs.
_JUDGED_PEOPLE = frozenset({"man", "woman", "person", "player", "choice"})
_JUDGING = frozenset({"right", "wrong", "ideal", "perfect", "obvious", "natural"})


@register("relation-not-post")
def relation_not_post(description: Token) -> bool:
    """"Tom Reed is the brainchild of Nordbank", "Reed was no match for Lars Holm", "Holm is the
    right man for Nordvik", "Reed could be a good option for coach Anna Berg", "Nordic Games
    champion Anna Berg": no title held at Nordbank, Lars Holm, Nordvik, Anna Berg or the Games.

    Linguistic reason: a post is a noun that names an office or an occupation, held at the
    organisation its possessor or "of"/"for"/"at" phrase names. A relational or evaluative noun
    ("match", "choice", "option", "favourite", "hero", "future", "work") says what its holder is
    to another (a person, a team) or how someone judges it; the phrase names that other, not a
    place of work. So does a title won ("champion", "winner", "medallist"): the contest or the
    event it names was won, and employs no one. The graph takes what the holder is (``IS_A`` the description), as for a kind.
    """
    if "relation-not-post" in disabled():
        return False
    head = description.lemma_.lower()
    judged = head in _JUDGED_PEOPLE and any(c.dep_ == "amod" and c.lower_ in _JUDGING for c in children(description))
    return head in RELATIONAL_NOUNS or judged or _runner_up(description)


def _runner_up(description: Token) -> bool:
    """"runner-up" as the tokenizer splits it: "runner", "-", "up", the parse heading it by "up"."""
    i = description.i
    return description.lower_ == "up" and i >= 2 and description.doc[i - 1].text == "-" and description.doc[i - 2].lower_ == "runner"


# Who is in the running in a contest, for a prize or an office, not who has won it: "Nordvik
# Awards nominee", "Nordic Games hopefuls", "Cup finalist" ("semi-finalist" is split at its hyphen).
ENTRANT_TITLES = frozenset({"nominee", "contender", "hopeful", "finalist", "shortlistee"})
# A party's entrant stands for it, an affiliation the graph keeps as a role: "Labour hopeful Tom Reed".
PARTY_WORDS = frozenset({
    "labour", "conservative", "conservatives", "tory", "tories", "democrat", "democrats", "democratic",
    "republican", "republicans", "liberal", "party", "snp", "ukip", "plaid", "green", "greens", "gop",
})


@register("entrant-not-post")
def entrant_not_post(description: Token, org_name: str) -> bool:
    """"Nordvik Awards nominee Tom Reed", "Oscar hopefuls Tom Reed and Anna Berg", "fellow
    Norwegian nominees Jon Dahl": no title held at the Nordvik Awards, the Oscars or Norway.

    Linguistic reason: a nominee, a contender, a hopeful or a finalist is one in the running for a
    prize or a contest, as a champion is its winner (``relation-not-post``): the name before the
    title is the prize or the contest entered, or where the entrant comes from ("fellow UK
    nominees"), and employs no one. The graph takes what the holder is (``IS_A`` the title). A
    party's entrant ("Democrat hopeful", "Labour nominee") stands for the party, a membership the
    graph keeps as a role at it. "Candidate" is left out: "Labour candidate Tom Reed" is mostly
    said of a party's, and "a candidate for the post" of an office sought.
    """
    if description.lemma_.lower() not in ENTRANT_TITLES or "entrant-not-post" in disabled():
        return False
    return not any(w in PARTY_WORDS for w in org_name.lower().split())


# What a description may call a thing that no person is: a kind of organisation or a part of one,
# a kind of work or show, a performing act, a product. No post is held by one of these.
THING_KINDS = (ORG_ONLY_KINDS | UNIT_NOUNS | WORK_KINDS | frozenset({
    "biopic", "musical", "sitcom", "show", "programme", "program", "series", "duo", "trio", "quartet",
    "act", "tank", "think-tank", "jukebox", "console", "handset", "gadget", "device",
})) - PERSON_KINDS - {"broadcaster", "miner", "brewer", "trader", "retailer"}  # can be people too


@register("thing-not-post")
def thing_not_post(description: Token) -> bool:
    """"Tom Reed's first novel, Dark Water", "Vexa's broadband network, VexaNet", "Nordbank's
    flagship airline Nordair", "Fjord Capital, the venture capital arm of Vexa": no title held at
    Tom Reed, Vexa or Nordbank, whatever type the model gave the holder's name.

    Linguistic reason: a post (an office or an occupation held at an organisation) is a person's;
    a description whose head noun names a kind of thing (a novel, a network, an airline, an arm,
    a comedy duo) says what its holder is, and the possessor or the "of" phrase says whose it is
    (who wrote, runs or owns it), not where a title is held. The model often tags a work's or a
    firm's name as a person, so the description noun decides (``kind-not-post`` asks the holder).
    The graph takes what the holder is (``IS_A`` the description), or, for an arm, a unit or a
    subsidiary of a firm, that the firm owns it (``Vexa OWN Fjord Capital``; kg.resolve.facts).
    """
    return "thing-not-post" not in disabled() and description.lemma_.lower() in THING_KINDS


# Places a superlative ranks within: "Norway's largest employer", "the world's biggest maker".
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


@register("ranked-in")
def ranked_in(description: Token, org: Token) -> bool:
    """"Nordvik is Norway's largest private employer", "Fjord Exchange, Europe's biggest stock
    market", "Tom Reed was Norway's second best-paid actor": no title held at Norway.

    Linguistic reason: a superlative compares its noun's holder with the others of its kind, and
    a place's possessive or "in" phrase names the set compared ("the largest employer in
    Norway"); it ranks the holder there, it names no employer. The graph takes what kind of thing
    the holder is (``IS_A`` the description). Only a place (a country, a region, a people, "the
    world"): "Nordbank's biggest shareholder" is a stake held in Nordbank and stays a role.
    """
    if "ranked-in" in disabled():
        return False
    if org.ent_type_ not in PLACE_LABELS and org.lower_ != "world":
        return False
    return any(t.tag_ in ("JJS", "RBS") for c in description.lefts for t in c.subtree)


@register("people-not-employer")
def people_not_employer(org_name: str, org_type: str, title_head: str) -> bool:
    """"Native American actress Anna Berg", "Spanish radio station Radio Fjord": no title held at
    "Native American" or "Spanish"; the graph takes what the holder is (``IS_A`` the title).

    Linguistic reason: a nationality or a people named by its adjective ("Spanish", "Native
    American") before a title says who the holder is or where it comes from, as "Spanish wine"
    does; an adjective names no organisation that could employ anyone. Before an office of state
    it names the country whose office it is ("Argentine President": ``office_country``; "Finnish
    trade aide", an aide in its government's service, keeps the nationality), and a
    firm's kind ("Japanese carmaker") gives its seat (``nationality-kind``); any other title has
    no place of work in it. Only when the organisation is typed a nationality or people (NORP)
    and its last word is one the demonym table knows ("American", "Spanish"): a firm the model
    mistyped ("Symantec subsidiary") stays.
    """
    if "people-not-employer" in disabled() or org_type != "NORP" or not org_name.strip():
        return False
    from kg.extract.roles import STATE_SERVICE  # roles imports this module: at call time
    from kg.resolve.demonyms import country_of, office_country  # kg.resolve imports kg.extract: at call time

    if title_head.lower() in STATE_SERVICE:
        return False  # "Finnish trade aide": in the service of Finland's government, as an office is
    known = country_of(org_name) is not None or country_of(org_name.split()[-1]) is not None
    return known and office_country(org_name, title_head) is None


# Fields of the arts a name before an occupation can give: a genre ("rock", "R&B") or an industry
# called by its place ("Hollywood", "Bollywood", "Broadway"), written in capitals at a sentence's
# start or as a name (lower case, kg.extract.prenominal reads them as part of the title already).
GENRES = frozenset({
    "rock", "pop", "r&b", "rnb", "soul", "jazz", "blues", "folk", "country", "punk", "reggae", "indie",
    "hip-hop", "hip hop", "rap", "gospel", "metal", "heavy metal", "grunge", "disco", "techno", "funk",
    "ska", "britpop", "garage", "grime", "dance", "opera", "classical", "rock'n'roll", "rock and roll",
})
INDUSTRIES = frozenset({"hollywood", "bollywood", "nollywood", "broadway", "off-broadway", "west end"})
FIELDS = GENRES | INDUSTRIES
# Offices a place's name before them holds ("Hollywood mayor"): of state, or of a town.
_OFFICES = STATE_OFFICES | {"mayor", "councillor", "sheriff", "commissioner", "judge"}


@register("field-not-employer")
def field_not_employer(org_name: str, org: Token, title_head: Token) -> bool:
    """"Rock star Tom Reed", "R&B singer Anna Berg", "Hollywood star Jon Dahl", "Bollywood composer
    Ravi Nair": no title held at rock, R&B, Hollywood or Bollywood; the graph takes what the
    holder is (``IS_A`` "rock star", "Hollywood star").

    Linguistic reason: a genre or an industry named before an occupation ("a rock star", "a
    Hollywood star") says which kind of star or singer the holder is, as "reggae artist" does in
    lower case: it classifies the occupation, and a field of the arts is no organisation that
    could employ anyone. A sentence's first word has a capital whatever it is ("Rock star"), and
    an industry called by its place ("Hollywood") is written as a name, so the model and
    the title reading take both for a place of work. Only a closed list of genres and industries
    written with a capital (a common noun in lower case, "the country's largest firm", is
    another word), and only before a title that is no office ("Hollywood mayor Tom Reed" keeps
    the place).
    """
    if "field-not-employer" in disabled() or org.is_lower or org_name.lower() not in FIELDS:
        return False
    return title_head.lemma_.lower() not in _OFFICES


def field_kind(org_name: str, org: Token, title: str, title_head: Token) -> str:
    """The kind a field and its title make, in the text's order: "rock star", "Hollywood film star",
    "legendary R&B star" (an industry as the name it is, a genre in lower case unless written
    in capitals, "R&B"); the title alone after a possessor ("hip-hop's biggest label")."""
    if org.i > title_head.i or org.dep_ == "poss" or org_name.lower() in title.lower():
        return title
    field = org_name if org_name.lower() in INDUSTRIES or not org.text[1:].islower() else org_name.lower()
    words = title.split()
    before = [t.lower_ for t in org.doc[max(0, org.i - len(words)):org.i]]
    for n in range(len(words) - 1, 0, -1):  # title words written before the field ("legendary R&B star")
        if before[-n:] == [w.lower() for w in words[:n]]:
            return " ".join([*words[:n], field, *words[n:]])
    return f"{field} {title}"
