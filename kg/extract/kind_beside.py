"""A kind noun right before a name the parse did not join to it: "the play The Fjord Tale".

The ``title`` rule (:mod:`kg.extract.implied`) reads "video game firm Lumo" when the parse makes
the kind a compound of the name, and ``close-apposition`` (:mod:`kg.extract.kinds`) "the film
Retirement" when it makes the name an apposition of "the" + kind. News sets a kind before a title
that has its own article ("the play The Fjord Tale", "horror film The Long Night") and before a
name with no "the" at all ("cement firm Vexa", "rock group Nordlys"); the small model then hangs
the name on the kind as an apposition, or makes both words the same dependant of the verb ("The
comedy Blue Harbour has dominated ...": two subjects). This rule reads those parses.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.kinds import NAMED_KINDS
from kg.extract.reading import sentence_entities, sentence_lemmas, sentence_tokens
from kg.extract.registry import triggered_by
from kg.resolve.referring import ORG_KINDS, PERSON_KINDS

# Names of things and organisations (a place after a noun is more often where: "the market
# Bergen"; a nationality is no name of one thing).
_THING_NAMES = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "PERSON"})
# Kinds a name the model took for a person's may still have: the model calls many a firm, a band
# or a film a person ("rock group Nordlys", "drama Vera Lind"); any other noun before a person's
# name is a relation or a title ("colleagues Tom Reed", "his agent Jon Dahl", "seventh seed Tom
# Reed"), which the role rules read.
_WORK_KINDS = frozenset({"film", "movie", "drama", "comedy", "thriller", "play", "musical", "album", "single",
                         "song", "book", "novel", "game", "documentary", "series", "opera", "show"})
# Nouns that name a name: "under the name The Great Carsoni" calls the name, not one of a kind.
_NAMING_NOUNS = frozenset({"name", "title", "nickname", "codename", "moniker", "pseudonym", "alias", "brand", "term", "word"})
# Dependants a misparse doubles: "The comedy Blue Harbour has dominated" makes "comedy" and
# "Harbour" both subjects of "dominated".
_DOUBLED = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def _kind_before(ent: Span, sent: Span) -> tuple[Token, Token] | None:
    """The kind noun right before the name (past the title's own "The") and the name's head, when
    the parse put the two in one noun phrase: the name an apposition of the kind, or both the same
    dependant of one word."""
    doc, before = ent.doc, ent.start - 1
    if before > sent.start and doc[before].lower_ == "the" and ent.start <= doc[before].head.i < ent.end:
        before -= 1  # "film The Grudge": the title's own article, outside the model's name
    if before < sent.start:
        return None
    kind, head = doc[before], ent.root
    if kind.pos_ != "NOUN" or kind.tag_ not in ("NN", "NNS") or kind.ent_type_ or not kind.is_lower:
        return None
    if head.dep_ == "appos" and head.head.i == kind.i:
        if (before == ent.start - 1 and any(c.dep_ == "det" and c.lower_ == "the" for c in kind.children)
                and all(t.pos_ == "PROPN" for t in doc[head.left_edge.i:head.i + 1])):
            return None  # "the film Retirement": ``close-apposition`` reads it
        return kind, head
    if kind.dep_ in _DOUBLED and kind.dep_ == head.dep_ and kind.head.i == head.head.i and kind.i != kind.head.i:
        return kind, head
    return None


def _kind_words(kind: Token) -> tuple[Token, ...]:
    """The kind noun with the lower-case words that modify it right before it ("gritty abortion
    drama"); a name before them says whose, not what ("Sony horror film": "horror film")."""
    words = [kind]
    for t in reversed(list(kind.lefts)):
        if t.i != words[0].i - 1 or t.dep_ not in ("compound", "amod", "nmod") or t.pos_ not in ("ADJ", "NOUN"):
            break
        first = bool(t.is_sent_start) and t.is_title and not t.ent_type_  # "Horror film The Long Night"
        if not (t.is_lower or first or t.ent_type_ == "NORP") or not t.text.replace("-", "").isalpha():
            break
        words.insert(0, t)
    doc, i = kind.doc, words[0].i
    if i - 2 >= kind.sent.start and doc[i - 1].text == "-" and doc[i - 2].text.isalpha() and doc[i - 2].whitespace_ == "":
        words[:0] = [doc[i - 2], doc[i - 1]]  # "anti-virus firm", "box-office flops": the word before the hyphen
    return tuple(words)


@triggered_by(ents=_THING_NAMES)
def kind_beside_name_propositions(sent: Span) -> Iterator[Proposition]:
    """"banned the play The Fjord Tale" → (The Fjord Tale; is; play); "cement firm Vexa has bid"
    → (Vexa; is; cement firm).

    Linguistic reason: a kind noun set right before a name, with no comma, is a close apposition
    (or a classifier, "cement firm Vexa"): the name says which one of that kind is meant, so it is
    one of that kind, whatever the parse made of the pair; a title keeps its own "The" ("the play
    The Fjord Tale"). Only when the parse put the two in one phrase (the name an apposition of
    the kind, or both the same dependant of one word), and only a kind of thing: a person noun
    ("striker Tom Reed") is a title, which the role rules read. A close apposition names the one
    meant, so a kind the parse made a second subject beside the name is definite or bare: an
    indefinite one ("A shame Nordbank never opened ...") comments on the clause the name opens
    (an indefinite kind the name is an apposition of stays: "in a romantic comedy Blue Harbour").
    """
    for ent in sentence_entities(sent):
        if ent.start == sent.start or ent.label_ not in _THING_NAMES:
            continue  # (a name that opens the sentence has no kind before it)
        found = _kind_before(ent, sent)
        if found is None:
            continue
        kind, head = found
        lemma = kind.lemma_.lower()
        if lemma in PERSON_KINDS or kind.lower_ in PERSON_KINDS or lemma in _NAMING_NOUNS:
            continue  # "the actor Tom Reed": a title, for the role rules
        if ent.label_ == "PERSON" and lemma not in ORG_KINDS and lemma not in _WORK_KINDS:
            continue
        if kind.tag_ == "NNS" and any(t.lower_ in ("and", "&") for t in ent):
            continue  # "box-office flops Alexander and Catwoman": two names the model took for one
        own = kind.doc[kind.i - 1]
        if own.dep_ == "compound" and own.pos_ == "PROPN" and own.head.i == kind.i and own.ent_type_ not in ("GPE", "NORP", "LOC"):
            continue  # "founder of the CGA consultancy Jon Dahl": the kind has its name; this one is another's
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if after is not None and after.lower_ in PERSON_KINDS:
            continue  # "in the pack Bergen Ospreys forward Tom Reed": the name is a player's side
        if after is not None and after.pos_ == "VERB" and after.i != kind.head.i:
            continue  # "The report Vexa Holdings published said": the name opens a relative clause
        if kind.dep_ == head.dep_ and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kind.children):
            continue  # "A shame Nordbank never opened ...": an indefinite subject beside the name's is a comment
        words = _kind_words(kind)
        # as a role held nowhere, so the graph's object is the kind itself, not the noun phrase
        # around it ("horror film", not "Sony horror film")
        title = "".join((t.text if t.ent_type_ == "NORP" else t.lower_) + t.whitespace_ for t in words).strip()
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[Argument(head, tuple(ent)), Argument(kind, words)],
                          rule="kind-beside-name", role=Role(head, title, kind), open_ie=False)


# Kinds of thing a firm's product or title is, named after the name ("Sony's Vexa games console",
# "Nordbank's Vexa Online service"): devices, software and media. With the kinds of organisation
# of ``name-before-kind`` (a unit, a paper: "Uganda's New Vision newspaper"). Not a programme or a
# show: the name before one is as often the channel that airs it ("Friday's BBC One show").
# Not :data:`kg.resolve.products.PRODUCT_KIND`, on purpose: that one groups the device words a
# later description ("the gadget", "the chip") may stand for, which must be narrow ("the player"
# is a person); a kind after a name classifies the name in place, so this one is wider (a
# service, a website, a conference) and lacks words the descriptions need ("handheld", "server").
PRODUCT_KINDS = frozenset({
    "console", "camera", "phone", "handset", "computer", "supercomputer", "machine", "device", "robot",
    "player", "jukebox", "gadget", "chip", "processor", "software", "browser", "system", "platform",
    "service", "website", "site", "engine", "format", "conference",
})
_KIND_AFTER = NAMED_KINDS | PRODUCT_KINDS
# What a possessor's name before a noun more often says when it is one of these: where it is or
# happens, who it is, when ("Bergen's Nordic festival", "Arsenal's Tom Reed show", "Monday's
# Vexa conference").
_NOT_THING_NAMES = frozenset({"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME", "EVENT", "CARDINAL", "ORDINAL",
                              "MONEY", "PERCENT", "QUANTITY"})


def _possessed_name(noun: Token) -> tuple[Token, ...] | None:
    """The name between a possessive and the kind noun: "Sony's [PSP] games console" (the model
    may hang the name on a word of the kind, or tag a capitalised word an adjective)."""
    poss = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.i > 0 and poss.doc[poss.i - 1].dep_ == "det" and poss.tag_ == "PRP$":
        return None  # "The My Vexa service": no article precedes a possessive, so "My" is inside a name
    words = noun.doc[poss.right_edge.i + 1:noun.i]
    within = {t.i for t in noun.subtree}
    if not words or any(t.i not in within for t in words):
        return None
    name: list[Token] = []
    for t in words:
        if t.is_lower:
            break
        name.append(t)
    kind = words[len(name):]
    if (not name or any(not (t.text[:1].isupper() or t.like_num) or t.pos_ not in ("PROPN", "NUM", "ADJ", "NOUN") for t in name)
            or any(not (t.is_lower and t.pos_ in ("NOUN", "ADJ")) for t in kind) or not name[0].text[:1].isupper()):
        return None  # a capitalised name, then only lower-case words of the kind
    if any(t.ent_type_ in _NOT_THING_NAMES for t in name) or name[0].ent_iob_ == "I":
        return None  # a place, a person, a date; or a name that began before ("Climax's Action")
    if name[-1].tag_ == "JJ":
        return None  # "Tom Reed's Nordic band": an adjective says what kind, a name ends in a noun
    return tuple(name)


@triggered_by(deps={"poss"})
def possessed_name_kind_propositions(sent: Span) -> Iterator[Proposition]:
    """"Uganda's New Vision newspaper" → (New Vision; is; newspaper); "Sony's Vexa games console" →
    (Vexa; is; games console).

    Linguistic reason: a possessive is a determiner, so "Sony's Vexa console" is built as "the
    Vexa console" is (``name-before-kind``): the possessor says whose, the name between it and the
    kind noun says which one of the kind, so the named thing is one of that kind. Only a singular
    kind of organisation, device, software or media (a name before "match", "title" or "sales"
    says what it is about, not what it is), and a name of no place, person or date ("Bergen's
    Nordic festival": where it is) that does not end in an adjective ("Tom Reed's Nordic band":
    what kind of band). The one reading of a possessive before a name and its kind ("Vexa's Lumo
    music store", "its Blogger site"); a bare "Solvik comedy club" is ``bare-name-kind``'s.
    """
    if _KIND_AFTER.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its kind nouns in the sentence)
    for noun in sentence_tokens(sent):
        if noun.lemma_ not in _KIND_AFTER or noun.tag_ != "NN" or noun.dep_ == "compound":
            continue  # "Tuesday's Champions League group tie": the noun is a modifier of another
        name = _possessed_name(noun)
        if name is None:
            continue
        kind = tuple(t for t in noun.doc[name[-1].i + 1:noun.i + 1])
        title = "".join(t.lower_ + t.whitespace_ for t in kind).strip()
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[Argument(name[-1], name), Argument(noun, kind)],
                          rule="possessed-name-kind", role=Role(name[-1], title, noun), open_ie=False)
