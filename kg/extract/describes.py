"""Whether a word the parse puts beside a noun describes it, or is more of the same expression.

The apposition and title rules of :mod:`kg.extract.implied` ask these before they state that a
name *is* what the word beside it says.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.reading import children
from kg.extract.registry import disabled, register
from kg.extract.roles import CAPITALISED_TITLES, TITLE_NOUNS

# Generational suffixes: "Tom Reed , Jr." is one name.
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def not_a_description(head: Token, appos: Token) -> bool:
    """What the parse hangs on a noun as an apposition but says nothing about it: the year of a
    date ("on March 3 , 2004"), a name's suffix ("Tom Reed , Jr."), an emphatic or quantified
    pronoun ("the mayor himself", "20 shops , most of them in Leeds").

    Linguistic reason: an apposition renames its noun; a date's year and a name's suffix are parts
    of the one expression, and a pronoun refers back to the noun or counts its parts, it does not
    describe it.
    """
    return ((head.ent_type_ == "DATE" and appos.ent_type_ == "DATE") or appos.lower_ in NAME_SUFFIXES
            or appos.pos_ == "PRON" or any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.pos_ == "PRON" for g in children(c)) for c in children(appos)))


@register("heading-name")
def heading_name(head: Token) -> bool:
    """"Leeds: Balshaw; Rees, Christophers, Bell; McGee, Dickens": a line-up whose groups are split
    by semicolons stands under the name of the side, not under a description of its players.

    Linguistic reason: a line's first word has a capital whatever it is, so a heading's capital
    (and the tagger's plural noun for "Leeds", lemma "leed") says nothing. A team sheet lists a
    side's players position by position, the positions apart by semicolons, under the side's name;
    a heading that says what each listed player is ("Backs:", "Replacements:") heads one group,
    its names apart by commas."""
    if "heading-name" in disabled() or head.i != head.sent.start or not head.is_title:
        return False
    doc = head.doc
    if head.i + 1 >= len(doc) or doc[head.i + 1].text != ":":
        return False
    return any(t.text == ";" for t in doc[head.i + 2:head.sent.end])


def describes_name(word: Token) -> bool:
    """The word just before a name describes it: a common noun, or a capitalised word that is a
    title ("President", "Professor"). Any other capitalised word is more of a name the model took
    only part of ("Ingrid" of "Ingrid Rask", "Bergen" of "Bergen Nordic Dictionary")."""
    return word.pos_ != "PROPN" or word.lower_ in CAPITALISED_TITLES or word.lemma_.lower() in TITLE_NOUNS


# Ordinal words that single one out of a group: "the first Briton to win", "the only Norwegian in the final".
_RANKING_WORDS = frozenset({"first", "second", "third", "last", "only", "sole", "next", "latest", "lone"})


@register("ranked-member")
def ranked_member(obj: Token) -> bool:
    """"Tom Reed became the first Norwegian to win the title", "Anna Berg beat the highest-ranked
    Swede": the nationality word the parse made the object names one person of that nation, not
    the nation (no ``Tom Reed BECOME Norwegian``, no ``Anna Berg BEAT Sweden``).

    Linguistic reason: a nationality noun with an ordinal or superlative before it ("the first
    Norwegian", "the youngest Indian") is a description picking one member out of the group, as
    "the first woman to win" is; it says what the subject is or whom it met, and relates it to no
    nation or people. The group's own name as an object ("joined the Democrats", "beat the
    Norwegians") has no such word and is left alone.
    """
    if obj.ent_type_ != "NORP" or "ranked-member" in disabled():
        return False  # (the cheap test first: most objects are no nationality word)
    return any(c.dep_ in ("amod", "advmod", "nummod") and c.i < obj.i and (
        c.tag_ in ("JJS", "RBS") or c.lower_ in _RANKING_WORDS or c.ent_type_ == "ORDINAL"
        or any(g.tag_ in ("JJS", "RBS") for g in children(c))) for c in children(obj))


# Nouns that take a content clause ("a pity (that) Vexa lost", "no surprise Nordbank paid"): what
# they evaluate or report is the clause, never the name that opens it.
CLAUSE_NOUNS = frozenset({"pity", "shame", "wonder", "surprise", "relief", "shock", "disgrace", "tragedy",
                          "miracle", "blessing", "mercy", "scandal", "mystery", "fact", "chance", "sign",
                          "blow", "boost", "worry", "fear", "hope", "risk", "danger", "concern", "news"})
# Words before a clause noun that open the evaluation ("a pity", "no surprise", "small wonder", "what a shame").
_CLAUSE_NOUN_LEFTS = frozenset({"a", "an", "no", "small", "little", "what"})
# Verbs with a hearer before a clause: "told reporters Vexa would pay", "assured fans Nordbank would stay".
_ADDRESSING = frozenset({"tell", "inform", "assure", "reassure", "warn", "remind", "promise", "advise",
                         "notify", "convince", "persuade", "teach", "show"})


@register("told-clause-subject")
def told_subject(name_head: Token) -> bool:
    """"Tom Reed told staff Vexa Holdings would pay": the parse made the name the object of
    "told" and left the clause after it with no subject; the name is that clause's subject and
    "staff" is the hearer, no title of the name.

    Linguistic reason: a verb of telling takes a hearer and a content clause ("told staff (that)
    S"); a clause of its own with no subject right after the name has the name for its subject,
    so the noun before the name is the verb's hearer, as ``title-outside-clause`` reads it when
    the parse hangs the name on the clause.
    """
    if "told-clause-subject" in disabled():
        return False
    verb = name_head.head
    clause = next((c for c in children(verb) if c.dep_ == "ccomp" and c.i > name_head.i), None)
    return (clause is not None and clause.left_edge.i == name_head.i + 1
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children(clause)))


@register("title-outside-clause")
def outside_clause(name_head: Token, word: Token) -> bool:
    """The noun ``word`` just before the name whose head is ``name_head`` belongs outside the
    clause the name opens: "It was a pity Vexa Holdings lost the case", "Tom Reed told reporters
    Vexa would pay" (no Vexa IS_A pity, no Vexa IS_A reporter).

    Linguistic reason: a name that is a clause's subject starts that clause; a noun before it
    that takes a content clause ("a pity", "no surprise", "the fact") evaluates or reports the
    whole clause, and a noun right after a verb of telling ("told reporters", "assured fans") is
    that verb's hearer, its object. Neither is a title in title position, which stands inside the
    name's own noun phrase ("Prime Minister Tony Blair said"), as a bare singular title does
    ("promised chairman Jon Dahl would stay"): a singular count noun takes a determiner to be an
    object, so with none it is the name's title, not the hearer.
    """
    if name_head.dep_ == "dobj" and name_head.head.lemma_.lower() in _ADDRESSING:
        return told_subject(name_head) and not _bare_title(name_head, word)
    if name_head.dep_ not in ("nsubj", "nsubjpass") or name_head.head.pos_ not in ("VERB", "AUX"):
        return False  # (the cheap test first: most titled names open no clause of their own)
    if "title-outside-clause" in disabled():
        return False
    doc = word.doc
    if word.lemma_.lower() in CLAUSE_NOUNS:
        # "a pity", "no surprise", "small wonder" at the clause's start; not "the shock Army", a
        # noun phrase whose modifier the noun is
        return word.i == word.sent.start or doc[word.i - 1].lower_ in _CLAUSE_NOUN_LEFTS
    clause = name_head.head
    before = _phrase_start(name_head, word) - 1
    if _bare_title(name_head, word):
        return False  # "promised chairman Jon Dahl would stay": a bare singular title is no hearer, his title
    return (before >= 0 and clause.dep_ == "ccomp" and clause.head.i == before
            and clause.head.lemma_.lower() in _ADDRESSING)


def _phrase_start(name_head: Token, word: Token) -> int:
    """Where the phrase of ``word`` starts: its determiner and modifiers before it."""
    doc = word.doc
    before = word.i - 1
    while before >= 0 and doc[before].dep_ in ("det", "amod", "compound", "poss") and doc[before].head.i in (
            word.i, name_head.i):
        before -= 1
    return before + 1


def _bare_title(name_head: Token, word: Token) -> bool:
    """A singular title with no determiner ("chairman Jon Dahl"): the name's title, no hearer."""
    return word.tag_ == "NN" and word.lemma_.lower() in TITLE_NOUNS and not any(
        word.doc[i].dep_ in ("det", "poss") for i in range(_phrase_start(name_head, word), word.i))
