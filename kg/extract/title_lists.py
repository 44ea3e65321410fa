"""A plural title straight before the names it describes: "major shareholders Tom Reed and Anna
Berg", "Nordvik's directors Per Lund and Karin Dahl" (rule ``title-list``).

The parse makes the first name an apposition of the plural noun (no comma between) and the others
its conjuncts, so the prenominal rule (:func:`kg.extract.prenominal.prenominal_role_propositions`),
which reads a title hung on the name, finds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.roles import name_span, role_of
from kg.extract.titled_names import listed_names
from kg.resolve.referring import PERSON_KINDS

# Person nouns a plural title before names is made of: titles and occupations, and the holders of
# a share in a firm or a club ("major shareholders A and B").
LIST_TITLES = PERSON_KINDS | {"shareholder", "stakeholder", "investor", "owner", "backer", "partner", "member"}


@register("split-title-list")
def split_list_head(title: Token) -> Token | None:
    """"winger Tom Reed and strikers Per Lund and Ola Dahl": the first name after a plural title
    that the parse made the title's sister, both conjuncts of the list before them.

    Linguistic reason: a plural title run straight into a name is a close apposition whatever
    list it stands in ("strikers Per Lund and Ola Dahl" are the strikers); the model, seeing
    "and" before the title, hangs the title and each name on the list's first member instead of
    the names on the title. The name must follow the title with nothing between and be a
    conjunct of the same word the title is one of.
    """
    doc = title.doc
    if "split-title-list" in disabled() or title.dep_ != "conj" or title.i + 1 >= title.sent.end:
        return None
    nxt = doc[title.i + 1]
    if nxt.pos_ != "PROPN" or nxt.ent_type_ != "PERSON":
        return None
    name = name_span(nxt)
    if name is None or name.start != title.i + 1:
        return None
    root = name.root
    return root if root.dep_ == "conj" and root.head.i == title.head.i and root.pos_ == "PROPN" else None


@register("title-read-as-verb")
def title_read_as_verb(tok: Token) -> bool:
    """"And playwrights Tom Reed and Anna Berg will compete", "Hollywood stars Tom Reed and Ida
    Berg attended": a plural title that opens its sentence, tagged as a verb, before names.

    Linguistic reason: a plural person noun run into names is a close apposition wherever it
    stands; at the start of a sentence the tagger may read it as a verb in the third person
    ("stars", "playwrights") with the names as its object. It is a noun when nothing but a
    place name (its modifier, "Hollywood") or "and" comes before it in its sentence, it is
    spelt as a plural noun, and a name the model tagged as a person follows it at once: "The
    film stars Tom Reed" (a subject before the verb) is left alone.
    """
    if "title-read-as-verb" in disabled() or not tok.lower_.endswith("s") or tok.i + 1 >= tok.sent.end:
        return False
    before = tok.doc[tok.sent.start:tok.i]
    if not all(t.ent_type_ == "GPE" or t.lower_ == "and" for t in before):
        return False
    nxt = tok.doc[tok.i + 1]
    return nxt.pos_ == "PROPN" and nxt.ent_type_ == "PERSON"


@triggered_by(lemmas=LIST_TITLES)
def title_list_propositions(sent: Span) -> Iterator[Proposition]:
    """"the approval of major shareholders Tom Reed and Anna Berg" → each holds "major
    shareholder" (at the organisation the title names, if any: "Nordvik's directors").

    Linguistic reason: a plural title noun run straight into names, with no comma, is a close
    apposition: the names are the members of the set the noun describes, so each holds the title
    (in the singular), as "stars A, B and C" are each a star. Only person nouns, and only names
    the model tagged as people; a comma would make it a loose apposition, which the apposition
    rule reads.
    """
    if LIST_TITLES.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for tok in sentence_tokens(sent):
        if tok.lemma_.lower() not in LIST_TITLES or "title-list" in disabled():
            continue
        first: Token | None
        if tok.tag_ != "NNS":
            if tok.tag_ != "VBZ" or not title_read_as_verb(tok):
                continue
            first = tok.doc[tok.i + 1]
        else:
            first = next((c for c in children(tok) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if first is None:
            first = split_list_head(tok)
        name = name_span(first) if first is not None else None
        if name is None or name.label_ != "PERSON" or name.start != tok.i + 1:
            continue
        holders = [name, *listed_names(name)]
        for person in holders:
            role = role_of(person.root, tok)
            if tok.tag_ == "VBZ":  # read as a verb: its place modifier and its noun's singular by hand
                place = [t.text for t in tok.doc[tok.sent.start:tok.i] if t.ent_type_ == "GPE"]
                role = Role(person.root, " ".join([*place, tok.lemma_.lower()]), tok, None)
            org = role.org
            args = [Argument(person.root, tuple(person)),
                    Argument(org, (org,)) if org is not None else Argument(tok, (tok,))]
            yield Proposition(sentence=sent, relation="is", lemma="be", args=args, rule="title-list",
                              role=Role(person.root, role.title, tok, org), open_ie=False)


# Kin terms: "his widow and daughter Ida" are two people (one person is seldom named by two kin
# terms of one possessor), where "actress and singer Ida" is one.
KIN = frozenset({"wife", "husband", "widow", "widower", "son", "daughter", "father", "mother", "brother",
                 "sister", "child", "uncle", "aunt", "nephew", "niece", "grandfather", "grandmother",
                 "grandson", "granddaughter", "girlfriend", "boyfriend", "partner", "fiancee", "fiance",
                 "cousin", "stepson", "stepdaughter", "ex-wife", "ex-husband"})


def _second_title(name: Span, first: Token) -> bool:
    """Between a first title and a name only a conjunction and a second title in lower case:
    "actress and singer Anna Berg", "founder and chief executive Tom Reed"."""
    between = list(name.doc[first.i + 1:name.start])
    if len(between) < 2 or between[0].lower_ not in ("and", "&") or between[0].dep_ != "cc":
        return False
    titles = between[1:]
    if first.lemma_.lower() in KIN or titles[-1].lemma_.lower() in KIN:
        return False
    ids = {t.i for t in titles} | {name.root.i}
    return (all(t.is_lower and t.pos_ in ("NOUN", "ADJ") and t.head.i in ids for t in titles)
            and titles[-1].pos_ == "NOUN" and titles[-1].tag_ == "NN")


@triggered_by(lemmas=PERSON_KINDS)
def coordinated_title_propositions(sent: Span) -> Iterator[Proposition]:
    """"played by Danish actress and singer Anna Berg" → Anna Berg is an actress (the second
    title, "singer", the prenominal rule reads).

    Linguistic reason: titles coordinated straight before a name ("actress and singer Anna Berg",
    "founder and director Tom Reed") are one modifier, each conjunct describing the one person
    named; the small model makes the name a conjunct of the first title instead, as if two people
    were meant, which leaves the first title unread. Only a singular person noun, a conjunction,
    a title in lower case and a name the model tagged as a person, with nothing else between
    ("the lawyer and Tom Reed" are two people).
    """
    if PERSON_KINDS.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for first in sentence_tokens(sent):
        if first.tag_ != "NN" or first.lemma_.lower() not in PERSON_KINDS or "coordinated-title" in disabled():
            continue
        conj = next((c for c in children(first) if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
        name = name_span(conj) if conj is not None else None
        if name is None or conj is None or name.label_ != "PERSON" or name.root.i != conj.i or not _second_title(name, first):
            continue
        role = role_of(name.root, first)
        org = role.org
        # "Danish actress": a nationality says where she is from, not part of the title
        origin = {t.lower_ for t in first.lefts if t.ent_type_ == "NORP" and t.dep_ == "amod"}
        title = " ".join(w for w in role.title.split() if w.lower() not in origin)
        args = [Argument(name.root, tuple(name)), Argument(org, (org,)) if org is not None else Argument(first, (first,))]
        yield Proposition(sentence=sent, relation="is", lemma="be", args=args, rule="coordinated-title",
                          role=Role(name.root, title, first, org), open_ie=False)


@register("coordinated-post")
def coordinated_posts(role: Role) -> list[Role]:
    """"Tom Reed, chairman and chief executive of Nordbank," → Tom Reed holds "chief executive"
    (at Nordbank) beside "chairman": each title coordinated with the one a rule read is his too.

    Linguistic reason: coordinated nouns after a name, or after "as" or "be", that share one
    determiner describe the one person ("he is chairman and chief executive"); the rules read the
    first title, the head of the coordination, and leave its conjuncts unread. Only singular
    person nouns in lower case joined by "and", with no determiner or possessive of their own
    ("the coach and the players", "his wife and his daughter" may be others), and no kin term
    ("his widow and daughter Ida" are two people). Each conjunct takes its own place of work, else
    the first title's.
    """
    head = role.title_head
    if "coordinated-post" in disabled() or head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() in KIN:
        return []
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children) or in_name_list(role.holder):
        return []
    posts = []
    for conj in head.children:
        if (conj.dep_ != "conj" or conj.pos_ != "NOUN" or conj.tag_ != "NN" or not conj.is_lower
                or conj.lemma_.lower() not in PERSON_KINDS or conj.lemma_.lower() in KIN
                or conj.i == role.holder.i or any(c.dep_ in ("det", "poss") for c in conj.children)):
            continue
        post = role_of(role.holder, conj)
        if post.org is None or not (post.org.pos_ == "PROPN" or post.org.ent_type_):
            # "supporter and board director": a common noun is part of the title, and the post is
            # held where the first title is
            words = [t.lower_ for t in conj.lefts if t.dep_ in ("amod", "compound")]
            post = Role(role.holder, " ".join([*words, conj.lower_]), conj, role.org)
        posts.append(post)
    return posts


@register("paired-titles")
def in_name_list(holder: Token) -> bool:
    """"Tom Reed and Jon Dahl, chairman and chief executive of Nordbank respectively": the
    coordinated titles are shared out among the listed names (``paired-titles``), not all held
    by the one name the parse hung them on.

    Linguistic reason: titles set beside a list of people's names describe the list member by
    member; only a title beside one name can be that person's every post.
    """
    if "paired-titles" in disabled() or holder.pos_ != "PROPN" or holder.ent_type_ != "PERSON":
        return False
    up = holder.head if holder.dep_ == "conj" else None
    return (up is not None and up.pos_ == "PROPN" and up.ent_type_ == "PERSON") or any(
        c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in holder.children)


# Posts held at an organisation, which an "of" phrase completes ("chairman of Nordbank").
_OF_POSTS = frozenset({"chairman", "chairwoman", "chair", "director", "president", "founder", "co-founder", "head",
                       "chief", "owner", "manager", "secretary", "governor", "executive", "officer", "trustee",
                       "boss", "leader", "captain", "coach", "editor", "publisher", "treasurer", "deputy"})


@register("shared-of-post")
def shared_of_post(role: Role) -> Role:
    """"Tom Reed, the chairman and founder of Nordbank," → Tom Reed is chairman at Nordbank too:
    the first of coordinated titles, held nowhere by itself, takes the "of" phrase the last one
    ends with.

    Linguistic reason: an "of" phrase after coordinated relational nouns completes each of them
    (right-node raising: "the chairman and founder of Nordbank" is the chairman of Nordbank and
    its founder); the parser hangs it on the last noun only. Only titles :func:`coordinated_posts`
    reads (singular person nouns joined by "and", no determiner of their own), only an "of"
    phrase on the last conjunct, and only a named organisation; an occupation that is no post
    ("a lawyer and director of Vexa") keeps its own reading: the first title must be a post
    held at an organisation (``_OF_POSTS``).
    """
    head = role.title_head
    if "shared-of-post" in disabled() or role.org is not None or head.lemma_.lower() not in _OF_POSTS:
        return role
    posts = coordinated_posts(role)
    if not posts:
        return role
    last = posts[-1]
    of = next((c for c in children(last.title_head) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or last.org is None or last.org.pos_ != "PROPN" or last.org.ent_type_ != "ORG":
        return role
    return Role(role.holder, role.title, role.title_head, last.org)
