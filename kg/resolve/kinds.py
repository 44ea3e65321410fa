"""The kind nouns of people and organisations: the titles and occupations that name a person
("analyst", "his wife"), the kinds of organisation a description or a name carries ("the
airline", "engineering group Jarvis"), and which of the two sexes a person noun says.

Kept apart from :mod:`kg.resolve.referring` (which re-exports them) so that the extraction rules
can import them at the top: this module imports nothing of ``kg.extract``, while
``kg.resolve.referring`` imports its registry and with it ``kg.extract``'s package, whose rule
modules would then import ``kg.resolve.referring`` half made (an import circle).
"""

from __future__ import annotations

from kg.resolve.names import DESCRIPTORS, OFFICES

# Nouns that say which of the two a person is: "Actress Hilda Banks", "his wife Ann".
MALE_NOUNS = frozenset({"actor", "chairman", "spokesman", "businessman", "sportsman", "king", "prince",
                        "husband", "father", "son", "brother", "boy", "man", "frenchman", "welshman",
                        "irishman", "englishman", "scotsman", "dutchman", "uncle", "nephew", "grandfather",
                        "widower", "boyfriend", "monk", "duke", "lord", "sir"})
FEMALE_NOUNS = frozenset({"actress", "chairwoman", "spokeswoman", "businesswoman", "sportswoman", "queen",
                          "princess", "wife", "mother", "daughter", "sister", "girl", "woman", "aunt", "niece",
                          "grandmother", "widow", "girlfriend", "nun", "duchess", "lady", "dame", "heroine",
                          "ex-wife", "singer-songwriter-actress"})
# Kinds of organisation a description names; the generic ones fit any organisation.
GENERIC_ORG = frozenset({"company", "firm", "group", "concern", "giant", "organisation",
                         "organization", "corporation", "conglomerate", "operator"})
ORG_KINDS = GENERIC_ORG | frozenset({
    "airline", "carrier", "bank", "lender", "insurer", "retailer", "supermarket", "chain", "store",
    "maker", "carmaker", "manufacturer", "producer", "publisher", "broadcaster", "network", "channel",
    "newspaper", "paper", "magazine", "studio", "label", "club", "side", "team", "band", "union",
    "party", "agency", "regulator", "watchdog", "body", "authority", "association", "federation",
    "council", "committee", "board", "court", "exchange", "market", "consortium", "charity",
    "university", "college", "school", "museum", "library", "reserve", "festival", "developer",
    "portal", "provider", "consultancy", "airport", "utility", "brewer", "miner", "monopoly",
    "supplier", "distributor", "partnership", "institute", "foundation", "trust", "fund",
})
# Title and occupation nouns that name a person.
PERSON_KINDS = (OFFICES | DESCRIPTORS | MALE_NOUNS | FEMALE_NOUNS | frozenset({
    "executive", "founder", "owner", "boss", "head", "chief", "minister", "president", "secretary",
    "spokesperson", "official", "coach", "manager", "player", "captain", "striker", "midfielder",
    "defender", "goalkeeper", "winger", "forward", "full-back", "fly-half", "centre", "lock", "prop",
    "hooker", "flanker", "batsman", "bowler", "housemate", "contestant", "pundit", "judge", "lawyer",
    "teenager", "youngster", "veteran", "star", "singer", "actor", "actress", "director", "chairman",
    "student", "professor", "scientist", "doctor", "officer", "trader", "strategist", "analyst",
    "economist", "governor", "mayor", "leader", "candidate", "politician", "mp",
    "child", "grandchild",  # family titles of either gender: "three children Ida, Sven and Karl"
    "international",  # a player capped by a national side: "the Danish international"
    # occupations of the arts and the press, as "writer" and "director" are ("US playwright Eve Ross")
    "playwright", "dramatist", "screenwriter", "lyricist", "composer", "conductor", "choreographer",
    "editor", "journalist", "columnist", "critic", "commentator", "photographer", "organiser",
    "organizer", "administrator", "trustee", "co-founder",
})) - {"the", "us", "u.s.", "uk", "former", "vice", "deputy", "shadow", "home", "foreign", "prime",
       "culture", "health", "education", "trade", "industry", "economic", "finance", "treasury",
       "defence", "defense", "hollywood"}
# Kinds that only an organisation is: "oil company Yukos" is what Yukos is, never a title it holds
# ("games maker Peter Lund" and "film producer" can be people).
ORG_ONLY_KINDS = ORG_KINDS - PERSON_KINDS - {"maker", "producer", "developer", "distributor", "supplier",
                                             "publisher", "provider", "operator", "body", "side"}
