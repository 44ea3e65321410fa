"""What a name is, as text: the canonical form of a named entity and the keys it is found by.

A canonical name never holds what the sentence said around the name: titles and roles in front
("Mr", "President", "Rapper", "Farmer"), a leading dash or quote, a word that is not part of any
name ("Describing", "Nevertheless"), or a verb glued on by a hyphen ("Howard-can"). What is taken
off is only ever taken off the front (or a hyphenated tail), and never the last word: "Farmer"
alone stays a surname.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from kg.model import name_key, surname_key

__all__ = ["canonical_name", "designator_forms", "gender_of", "given_names", "is_surname_form", "name_key",
           "offices_of", "opens_with_initialism", "possessive_parts", "spelled_out", "surname_key",
           "surname_phrases", "without_initials"]

# Courtesy titles say whether the person is a man or a woman: "Mrs Blair" is not Tony Blair.
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "mister"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess",
                           "baroness"})
# Titles and offices in front of a name (the office itself becomes a role fact elsewhere).
OFFICES = frozenset({
    "president", "dr", "dr.", "prof", "prof.", "professor", "senator", "sen.", "rep.", "gov.",
    "governor", "general", "gen.", "chancellor", "pope", "minister", "premier", "judge", "justice",
    "mayor", "secretary", "ambassador", "chairman", "chairwoman", "ceo", "director", "colonel",
    "captain", "pm", "vice", "prime", "deputy", "foreign", "defence", "defense", "former", "commissioner",
    "chief", "inspector", "detective", "sergeant", "officer", "bishop", "archbishop", "cardinal",
    "father", "reverend", "rev", "rev.", "coach", "manager", "boss", "skipper", "striker",
    "midfielder", "defender", "goalkeeper", "winger", "keeper", "spokesman",
    "spokeswoman", "mp", "mep", "leader", "shadow", "home", "culture", "health", "education",
    "trade", "industry", "economic", "finance", "treasury", "attorney", "lawyer", "barrister",
})
# Occupations and origins a headline or a first sentence puts in front of a name, capitalised:
# "Rapper Eminem", "Comedian Harry Hill", "Briton Tom Reed", "Farmer John Smith".
DESCRIPTORS = frozenset({
    "actor", "actress", "singer", "rapper", "comedian", "director", "producer", "writer", "author",
    "novelist", "poet", "artist", "musician", "guitarist", "drummer", "star", "presenter", "host",
    "dj", "model", "designer", "chef", "farmer", "bookmaker", "tycoon", "mogul", "billionaire",
    "businessman", "businesswoman", "entrepreneur", "investor", "banker", "economist", "analyst",
    "player", "champion", "athlete", "sprinter", "runner", "boxer", "golfer", "cyclist", "jockey",
    "trainer", "briton", "american", "australian", "frenchman", "scot", "welshman", "irishman",
    "englishman", "italian", "spaniard", "veteran", "legend", "newcomer", "rival",
    "fellow", "co-star", "hollywood", "oscar-winner", "film-maker", "filmmaker", "comic",
})
# What a sentence calls a company in front of its name, capitalised at the start of a sentence:
# "Bookmakers Ladbrokes", "Carmaker Nissan". Only ever taken off in front of another capital.
ORG_DESCRIPTORS = frozenset({
    "bookmaker", "bookmakers", "retailer", "carmaker", "broadcaster", "airline", "chipmaker",
    "insurer", "brewer", "supermarket", "publisher", "distributor", "developer", "firm", "rivals",
})
# Positions on a side, capitalised at the start of a sentence: "Centre Lund", "Flanker Tom Reed".
POSITIONS = frozenset({"centre", "flanker", "hooker", "prop", "lock", "fly-half", "scrum-half", "full-back",
                       "wing", "fullback", "physio", "physiotherapist", "forward"})
PERSON_PREFIXES = MALE_TITLES | FEMALE_TITLES | OFFICES | DESCRIPTORS | POSITIONS | {"the", "us", "u.s.", "uk"}
# Lower-case words that belong inside names: "da Silva", "Charles de Gaulle", "Bank of England".
PARTICLES = frozenset({"de", "da", "di", "del", "della", "des", "du", "do", "dos", "das", "van", "von",
                       "der", "den", "ten", "ter", "le", "la", "al", "el", "bin", "ibn", "y", "of",
                       "and", "for", "on", "the", "&", "in", "upon", "st", "st."})
# Particles a surname of several words begins with: "Jan van Holt" is "Van Holt" once
# a sentence starts with him, "Rodrigo de la Serna" "de la Serna" ("Al" and "El" are given names).
SURNAME_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "della", "des", "du", "dos", "das",
                               "der", "den", "ter", "ten", "le", "la", "bin", "ibn"})
# Sentence adverbs and connectives spaCy leaves inside an entity span when they begin a sentence
# ("Nevertheless Franz Ferdinand"): never the start of any name.
NOT_NAMES = frozenset({"nevertheless", "however", "meanwhile", "but", "and", "so", "yet", "also",
                       "now", "then", "still", "even", "only", "thanks", "dear", "ex", "besides",
                       "moreover", "instead", "indeed", "furthermore"})
# Verbs and prepositions in front of a person's name: a headline's "Vote Blair", "Get Brown" ("Will"
# is a given name: the modal of "Will Blair quit?" is taken off where the sentence is a question).
NOT_PERSON_NAMES = frozenset({"vote", "get", "describing", "says", "said", "after", "before",
                              "with", "without", "as", "by", "to", "from", "at", "sack", "back",
                              "let", "tell", "why", "how", "when", "what", "where", "who", "is",
                              "was", "new"})
# Legal designators as writers abbreviate them: "News Corp" is News Corporation.
_SPELLED_OUT = {"corp": "corporation", "corp.": "corporation", "co": "company", "co.": "company",
                "inc": "incorporated", "inc.": "incorporated", "ltd": "limited", "ltd.": "limited"}
_EDGE_PUNCT = "-–—'\"‘’“”`.,;:!?*•·()[]{}/\\|"
# A hyphen followed by one of these is the sentence glued to the name ("Howard-can", "Cook-aka");
# other lower-case tails are parts of names ("Chung Mong-koo", "Blu-ray").
_GLUED_TAIL = re.compile(r"(?<=\w)\s*[-–—]\s*(can|could|will|would|shall|should|may|might|must|is|was|"
                         r"are|were|has|have|had|do|does|did|plus|aka|now|out|the|and|or|but|in|on|"
                         r"to|star|led|style|based|born|era|backed|owned)$")
_POSSESSIVE = re.compile(r"(['’]s?|s['’])$")
# A score or an age the tagger ran into a person's name: "Reed 6-2 7-6", "Anna Berg,31".
_NUMBERS_TAIL = re.compile(r"(?<=[A-Za-z])(?:,\s*\d+|(?:\s+\d+(?:[-–]\d+)+)+)$")
# A possessive inside a span: "Arsenal's Edu", "Arsenal 's Edu" (as tokens), "the Gunners' Edu".
_POSSESSOR = re.compile(r"^(?P<owner>[A-Z][^'’]*?)\s*(?:['’]s|(?<=s)['’])\s+(?P<owned>[A-Z].*)$")
# An inverted question mark between letters is an apostrophe gone through the wrong encoding.
_BAD_APOSTROPHE = re.compile(r"(?<=\w)¿(?=\w)")


@functools.lru_cache(maxsize=65536)  # pure, and called for every entity of every document twice
def canonical_name(name: str, type_: str = "PERSON") -> str:
    """``name`` without the sentence around it: titles, roles, leading punctuation, glued verbs.

    Titles, roles and glued verbs are taken off person names only: "Home Depot" and "Coca-cola"
    are whole names of things.

    >>> canonical_name("- Mr Blair")
    'Blair'
    >>> canonical_name("Rapper Eminem")
    'Eminem'
    >>> canonical_name("Howard-can")
    'Howard'
    """
    person = type_ == "PERSON"
    text = _BAD_APOSTROPHE.sub("’", " ".join(name.split()))
    if person:
        text = _NUMBERS_TAIL.sub("", _GLUED_TAIL.sub("", text))
        parts = text.split()
        if len(parts) > 2 and parts[-1].isdigit() and all(len(p) > 1 and p.isalpha() and p[:1].isupper() for p in parts[:-1]):
            text = " ".join(parts[:-1])  # "Jan Holm 2" of "Jan Holm 2-6" (not "Spider-Man 2")
    words = text.strip(_EDGE_PUNCT + " ").split()
    if person:
        # A lower-case word that is no name particle ends whatever came before it: in
        # "Commons after Mr Brown" the name is what follows "after".
        for i in range(len(words) - 2, 0, -1):
            if words[i].islower() and words[i] not in PARTICLES:
                words = words[i + 1:]
                break
    # A full stop, then a connective: the span ran on over the end of a sentence ("Tom Reed.
    # Besides Holm"), and the name is what follows the connective.
    for i in range(len(words) - 2, 0, -1):
        if _bare(words[i]) in NOT_NAMES and words[i - 1].endswith(".") and words[i][:1].isupper():
            words = words[i + 1:]
            break
    while len(words) > 1 and (_bare(words[0]) in NOT_NAMES
                              or (person and _bare(words[0]) in PERSON_PREFIXES | NOT_PERSON_NAMES)
                              or (type_ == "ORG" and _bare(words[0]) in ORG_DESCRIPTORS and words[1][:1].isupper())
                              or (words[0].islower() and words[0] not in PARTICLES)
                              or _lower_compound(words[0])):
        words.pop(0)
    text = " ".join(words).strip(_EDGE_PUNCT + " ")
    if len(text) > 3 and _POSSESSIVE.search(text):
        text = _POSSESSIVE.sub("", text)
    return text or " ".join(name.split())


def possessive_parts(name: str) -> tuple[str, str] | None:
    """The possessor and what it owns, when a name holds a possessive between two capitalised
    parts: "Arsenal's Edu" → ("Arsenal", "Edu"). Whether that is two names or one ("Domino's
    Pizza") is for the document to say (:func:`kg.resolve.comention.split_possessives`).

    >>> possessive_parts("Arsenal 's Edu")
    ('Arsenal', 'Edu')
    >>> possessive_parts("McDonald's") is None
    True
    """
    if "'" not in name and "’" not in name:  # most names: no regular expression to run
        return None
    found = _POSSESSOR.match(" ".join(name.split()))
    return (found["owner"], found["owned"]) if found else None


@functools.lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """First name → "m" or "f", from ``given_names.tsv``."""
    table: dict[str, str] = {}
    for line in Path(__file__).with_name("given_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            table[name] = gender
    return table


def _lower_compound(word: str) -> bool:
    """A hyphenated word that starts in lower case describes the name after it: "non-League
    Yeading", "ex-Arsenal Ian Wright" ("eBay" and "iTunes" have no hyphen)."""
    return "-" in word and word[:1].islower() and word.split("-")[0] not in PARTICLES  # al-Jazeera


def _bare(word: str) -> str:
    return word.casefold().strip(_EDGE_PUNCT)


def spelled_out(key: str) -> str:
    """A name key with the abbreviated legal designator it ends with written in full:
    ``news corp`` → ``news corporation`` (any other key as it is)."""
    head, _, last = key.rpartition(" ")
    return f"{head} {_SPELLED_OUT[last]}" if head and last in _SPELLED_OUT else key


def designator_forms(key: str) -> set[str]:
    """Every key a name may be stored under with its legal designator written short or in full:
    ``news corporation`` → ``news corp``, ``news corp.`` and itself."""
    full = spelled_out(key)
    head, _, last = full.rpartition(" ")
    return {key, full} | {f"{head} {short}" for short, long in _SPELLED_OUT.items() if head and long == last}


def is_surname_form(key: str) -> bool:
    """A name key that is particles and a surname, as a surname of several words is written
    alone: ``van nistelrooy``, ``de la serna`` (not ``nistelrooy``: one word is a surname anyway)."""
    words = key.split()
    return len(words) >= 2 and all(w in SURNAME_PARTICLES for w in words[:-1])


def surname_phrases(key: str) -> list[str]:
    """The surnames of several words a person's full name key ends with: ``ruud van nistelrooy``
    → ``van nistelrooy``; ``rodrigo de la serna`` → ``de la serna``, ``la serna``."""
    words = key.split()
    return [" ".join(words[i:]) for i in range(1, len(words) - 1) if is_surname_form(" ".join(words[i:]))]


def without_initials(key: str) -> str:
    """A name key without its middle initials: ``george w bush`` → ``george bush``."""
    words = key.split()
    if len(words) < 3:
        return key
    kept = [words[0], *(w for w in words[1:-1] if len(w.strip(".")) > 1), words[-1]]
    return " ".join(kept)


def gender_of(aliases: tuple[str, ...] | list[str]) -> set[str]:
    """What the courtesy titles in a name's surface forms say: {"m"}, {"f"}, both, or nothing.

    Titles may stack in front of the name: "Commissioner Sir Ian Blair" is a man. (A new set each
    call: callers add to it. The answer for one list of forms is kept: the references ask it of the
    same entity at every pronoun.)"""
    return set(_gender_of(tuple(aliases)))


@functools.lru_cache(maxsize=16384)
def _gender_of(aliases: tuple[str, ...]) -> frozenset[str]:
    found: set[str] = set()
    for alias in aliases:
        for word in alias.split()[:-1]:
            bare = _bare(word)
            if bare in MALE_TITLES:
                found.add("m")
            elif bare in FEMALE_TITLES:
                found.add("f")
            elif bare not in PERSON_PREFIXES:
                break
    return frozenset(found)


def offices_of(aliases: tuple[str, ...] | list[str]) -> set[str]:
    """The office words in front of a name's surface forms ("Commissioner Blair" → commissioner)."""
    found: set[str] = set()
    for alias in aliases:
        for word in alias.split()[:-1]:
            bare = _bare(word)
            if bare in OFFICES and bare not in ("former", "deputy", "vice", "the"):
                found.add(bare)
            elif bare not in PERSON_PREFIXES:
                break
    return found


def opens_with_initialism(words: list[str]) -> bool:
    """"BBC Sport Wales", "ITV News Tyne": a name that opens with an initialism of three capitals
    or more is an organisation's, though the model may tag it a person; its last word is the
    place of a branch, no surname that the place alone would shorten it to. A person's initials
    are one or two letters ("JP McManus")."""
    first = words[0].strip(".")
    return len(first) >= 3 and first.isalpha() and first.isupper()
