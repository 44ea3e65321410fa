"""A post named by a noun of tenure with "as": "Tom Reed's spell as Bergen manager", "Anna Berg's
appointment as chief executive of Nordbank" (rule ``tenure-as``).

The verb rules read "Tom Reed joined Nordbank as finance director" (``subject-as``); a noun of
holding a post says the same of its possessor. The graph reads it as the other role rules do:
``(Tom Reed)-[ROLE {predicate: "manager"}]->(Bergen)``. Graph-only: CaRB's Open IE view keeps
the parse's reading.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.clauses import is_negated
from kg.extract.nominal import argument
from kg.extract.reading import sentence_tokens, sentence_words
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.roles import TITLE_NOUNS, role_of
from kg.extract.ties import PERSON_POSSESSIVES

# Nouns of holding a post, whose "as" phrase names the post their possessor holds (or held).
TENURE_NOUNS = frozenset({"spell", "stint", "tenure", "reign", "time", "days", "future", "appointment",
                          "role", "job", "career", "debut", "position", "term"})
# Nouns of leaving a post: the post was held until then ("Tom Reed's resignation as chairman").
LEFT_NOUNS = frozenset({"departure", "exit", "resignation", "sacking", "dismissal", "retirement", "removal"})
# Nouns of taking up a post: the post is held only once the event has happened.
_TAKEN_NOUNS = frozenset({"appointment"})
# Verbs whose object or subject a leaving (or an appointment) is that has not happened: called for, demanded, urged,
# sought, rejected, refused, blocked, ruled out, denied, opposed, offered, threatened.
_UNREAL_LEAVING = frozenset({"call", "demand", "urge", "seek", "want", "push", "press", "reject", "refuse",
                             "block", "rule", "deny", "oppose", "offer", "threaten", "fear", "resist"})
# Words between "as" and the title noun: "as a", "as the", "as Bergen", "as chief".
_TITLE_LEFTS = frozenset({"det", "amod", "compound", "nmod", "poss", "case"})


def _happened(noun: Token) -> bool:
    """The leaving or appointment the noun names is stated as having happened: not the thing called
    for, demanded, rejected or ruled out ("Shareholders called for Tom Reed's resignation as
    chairman": he is chairman still; "Vexa blocked Tom Reed's appointment as chairman": he is not),
    nor under a negated or modal verb ("would be a blow")."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is None or not (verb.lemma_.lower() in _UNREAL_LEAVING or is_negated(verb)
                                or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children))


def _title_after(as_: Token) -> Token | None:
    """The title noun of the phrase the "as" opens: past its determiner, modifiers and a name, the
    last of the title words in a row ("as the Bergen chief executive" → "executive"; the tagger
    reads "chief executive" as two adjectives at times). None when a noun that is no title, or a
    word of another kind, comes first ("as the villain")."""
    doc = as_.doc
    for i in range(as_.i + 1, min(len(doc), as_.i + 6)):
        tok = doc[i]
        following = doc[i + 1] if i + 1 < len(doc) else None
        if tok.is_lower and tok.lemma_.lower() in TITLE_NOUNS:
            if (following is not None and following.pos_ == "NOUN") or (
                    following is not None and following.is_lower and following.lemma_.lower() in TITLE_NOUNS):
                continue  # "as chief executive": the head is the last title word
            return tok
        if tok.pos_ == "NOUN" and tok.is_lower and (following is None or following.pos_ != "NOUN"):
            return None
        if tok.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "PART") and tok.dep_ not in _TITLE_LEFTS:
            return None
    return None


# Nouns of an age or a stage of life: "his time as a youngster", "her days as a schoolgirl".
LIFE_STAGES = frozenset({"youngster", "teenager", "teen", "boy", "girl", "child", "kid", "schoolboy", "schoolgirl",
                         "youth", "adult", "man", "woman", "baby", "infant", "toddler", "adolescent", "pensioner"})


@register("tenure-life-stage")
def life_stage(title: Token) -> bool:
    """"Tom Reed's time as a youngster at Nordbank" names no post (no ROLE youngster).

    Linguistic reason: "time as", "days as" and "career as" take an age or a stage of life as
    readily as a post ("his days as a schoolboy"); a stage of life is something one passes through,
    held at no organisation and given by no one, so the "as" phrase says when, not what post.
    """
    return title.lemma_.lower() in LIFE_STAGES and "tenure-life-stage" not in disabled()


@register("tenure-of-name")
def named_tenure(name: Token) -> Token | None:
    """"Nordbank announced the appointment of Tom Reed as chairman" → Tom Reed, chairman at
    Nordbank: the noun of holding a post whose "of" phrase is the name before "as".

    Linguistic reason: the "of" phrase of a noun of taking, holding or leaving a post names its
    holder, as a possessor does ("Tom Reed's appointment as chairman" = "the appointment of Tom
    Reed as chairman"). Only a person's name.
    """
    if "tenure-of-name" in disabled() or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    of = name.head
    if name.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return None
    noun = of.head
    return noun if noun.lemma_.lower() in TENURE_NOUNS or noun.lemma_.lower() in LEFT_NOUNS else None


@register("tenure-named-part")
def named_part(title: Token) -> bool:
    """"Brad Bird won for his role as designer Edna Mode": no post "designer" (a part played).

    Linguistic reason: a title followed by a name ("as designer Edna Mode") describes the named
    person, someone other than the possessor: the possessor plays or stands for that person, and
    holds no post.
    """
    following = title.doc[title.i + 1] if title.i + 1 < len(title.doc) else None
    return (following is not None and following.pos_ == "PROPN" and following.is_title
            and "tenure-named-part" not in disabled())


@register("tenure-pronoun")
def pronoun_tenure(noun: Token) -> Token | None:
    """"Tom Reed said his role as chairman of Vexa was over" → the possessive pronoun "his" holds
    "chairman" (the graph takes the name it resolves to).

    Linguistic reason: a possessive pronoun on a noun of holding a post says whose tenure it is,
    as a possessive name does ("Tom Reed's role as chairman"); "his" and "her" stand for a person
    named before, which :mod:`kg.resolve.references` finds by gender. "Its" and "their" are left:
    a firm's or a side's role is no post.
    """
    if "tenure-pronoun" in disabled():
        return None
    pron = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES), None)
    if pron is None:
        return None
    # "Peter Lorimer will continue in his role as director": a possessive pronoun in a clause
    # with a person's name for subject is that subject's (the resolver may take another name);
    # with another person's name between them ("thanked Jon Dahl for his role") it may be either's: none
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subj = verb and next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ != "PERSON":
        return pron
    if any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in noun.doc[subj.i + 1:pron.i]):
        return None  # "Tom Reed thanked Jon Dahl for his role as chairman": Dahl's more likely; either may be meant
    return subj


# Nouns of the capacity one acts in: "in his capacity as chairman", "in her position as head".
CAPACITY_NOUNS = frozenset({"capacity", "post", "office", "duties"})


@register("capacity-noun")
def capacity_noun(noun: Token) -> bool:
    """"Tom Reed, in his capacity as chairman of Nordbank, signed" → Tom Reed, chairman at Nordbank.

    Linguistic reason: "capacity", "post", "office" and "duties" with "as" name the post their
    possessor holds and acts in, as "role" and "job" do (``tenure-as``).
    """
    return "capacity-noun" not in disabled() and noun.lemma_.lower() in CAPACITY_NOUNS


@triggered_by(words={"as"})
def tenure_as_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed's spell as Bergen manager ended in May" → Tom Reed holds "manager" at Bergen;
    "Jon Dahl's resignation as chairman of Nordbank" → Jon Dahl, "former chairman" at Nordbank.

    Linguistic reason: a noun of holding a post ("spell", "tenure", "appointment", "future") is
    the nominal form of "Tom Reed was/is manager"; its possessor is the holder, as the subject is
    of "Tom Reed served as manager", and its "as" phrase the post (the parse often hangs this
    "as" on a clause of its own, so the phrase is read from the words right after the noun). A
    noun of leaving ("resignation", "departure", "sacking") puts the post in the past, when the
    clause says the leaving happened (a resignation called for, rejected or ruled out leaves the
    post held: the title without "former"; an appointment blocked or called for gives no post). Only a name
    for the possessor (not a nationality noun nor a noun with "the": "the Frenchman's time as a
    player" describes someone) and a title noun for the post ("Reed's role as the villain": no title).
    """
    if "as" not in sentence_words(sent):
        return  # (the cheap test first: no "as", nothing below can match)
    doc = sent.doc
    for as_ in sentence_tokens(sent):
        if as_.lower_ != "as" or as_.i == sent.start:
            continue
        noun = doc[as_.i - 1]
        named = named_tenure(noun)  # "the appointment of Tom Reed as chairman"
        if named is not None:
            noun = named
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or (lemma not in TENURE_NOUNS and lemma not in LEFT_NOUNS
                                   and not capacity_noun(noun)):
            continue
        holder = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if named is not None:
            holder = doc[as_.i - 1]
        if holder is None:
            holder = pronoun_tenure(noun)  # "his role as chairman"
        if holder is None or holder.ent_type_ == "NORP" or any(c.dep_ == "det" for c in holder.children):
            continue  # "the Frenchman's time as a player": a description of someone, no name
        title = _title_after(as_)
        if title is None or life_stage(title) or named_part(title):
            continue
        role = role_of(holder, title)
        if lemma in _TAKEN_NOUNS and not _happened(noun):
            continue  # an appointment blocked or called for: no post held
        if lemma in LEFT_NOUNS and not role.title.startswith("former ") and _happened(noun):
            role = Role(holder, f"former {role.title}", title, role.org)
        obj = Argument(role.org, (role.org,)) if role.org is not None else argument(title)
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(holder), obj],
                          rule="tenure-as", role=role, open_ie=False)


@register("tenure-not-holder")
def tenure_noun(noun: Token) -> bool:
    """"Tom Reed said his role as chairman of Vexa was over": no fact that the role (or the
    capacity, the spell) is chairman of Vexa.

    Linguistic reason: a noun of holding a post ("role", "spell", "capacity", "resignation") with
    "as" names the tenure, not its holder; the holder is the noun's possessor (``tenure-as``), so
    ``role-as`` takes no holder from it.
    """
    if "tenure-not-holder" in disabled() or noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    return lemma in TENURE_NOUNS or lemma in LEFT_NOUNS or lemma in CAPACITY_NOUNS
