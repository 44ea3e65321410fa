"""What kind of thing a name is, where the model tagged no entity or the sentence sets no comma.

The ``title`` rule (:mod:`kg.extract.implied`) reads "video game firm Lumo" when the model tags
"Lumo" as an entity; news names magazines, albums, films and small firms the small model does not
know, and it also puts the kind right before the name after "the" ("the film Retirement", "the
band Kestrel"). Both are instance facts, (name)-[IS_A]->(kind), and graph-only readings: the Open
IE view keeps what the parse gives.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import PROPN
from spacy.tokens import Span, Token

from kg.extract.appointments import appointed_as_title
from kg.extract.appositions import NAMING, naming_participle, participle_name
from kg.extract.base import Argument, Proposition, Role
from kg.extract.nominal import argument, conjuncts, example_marker, possessor, subject_examples
from kg.extract.prenominal import ORIGIN_OCCUPATIONS
from kg.extract.reading import children, sentence_lemmas, sentence_tokens, sentence_words
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.roles import role_of
from kg.extract.works import WORK_KINDS
from kg.resolve.referring import ORG_KINDS, PERSON_KINDS


def _untagged_name(head: Token) -> Span | None:
    """The proper nouns of a name the model marked as no entity, ending at ``head``: "Hot Fuss"."""
    if head.pos_ != "PROPN" or head.ent_type_ or head.dep_ in ("compound", "poss"):
        return None  # a possessor is the first word of a longer name ("Puff's Sleeping Garden")
    start = head.i
    # (the sentence's start asked last: Token.sent walks the parse)
    while head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].dep_ == "compound" \
            and not head.doc[start - 1].ent_type_ and head.doc[start - 1].head.i == head.i and start > head.sent.start:
        start -= 1
    name = head.doc[start:head.i + 1]
    if len(name.text) < 2 or not all(t.text[0].isupper() or t.text[0].isdigit() for t in name):
        return None  # the model tags lower-case words as proper nouns too ("the theatre impresario")
    return None if _name_goes_on(head) else name


# Words inside a title of a work or an organisation: "Man of the House", "Hide and Seek"; a
# capitalised function word is one too ("Addicted To Love"), not "in" of "Retirement in Miami".
_NAME_LINKS = frozenset({"of", "and", "&", "the"})
_CAPITALISED_LINKS = frozenset({"of", "and", "the", "to", "in", "on", "a", "an", "for", "at", "with"})


def _name_goes_on(last: Token) -> bool:
    """The name runs on past the parse's head: "Shape of the Moon", "Addicted To Love"."""
    doc, i = last.doc, last.i + 1
    while i < len(doc) and (doc[i].text in _NAME_LINKS or (doc[i].is_title and doc[i].lower_ in _CAPITALISED_LINKS)):
        i += 1
    return i > last.i + 1 and i < len(doc) and doc[i].is_title


def _kind_run(name: Span) -> list[Token]:
    """The common nouns (and their adjectives) right before the name, as compounds of it: "gadget
    magazine" of "gadget magazine Stuff"."""
    run: list[Token] = []
    i = name.start - 1
    while i >= name.sent.start:
        t = name.doc[i]
        if (t.dep_ not in ("compound", "amod", "nmod") or t.pos_ not in ("NOUN", "ADJ") or t.ent_type_ or not t.is_lower
                or not t.text.replace("-", "").isalpha()):
            break  # a capitalised word is part of the name ("Web Pro"), not its kind
        run.insert(0, t)
        i -= 1
    return run if run and run[-1].pos_ == "NOUN" and run[-1].dep_ == "compound" else []


@triggered_by(tags={"NNP", "NNPS"})  # (a proper noun: its head)
def untagged_kind_propositions(sent: Span) -> Iterator[Proposition]:
    """"editor of gadget magazine Stuff" → (Stuff; is; gadget magazine); "The Kestrels' album Hot
    Fuss" → (Hot Fuss; is; album).

    Linguistic reason: a common noun compounded before a proper name says what the name is (as
    "video game firm Lumo" does), whether or not the model knows the name. A person noun there is
    a title, not a kind ("editor Tom Reed": the role rules read it), so it gives nothing here.
    """
    for head in sentence_tokens(sent):
        if head.pos != PROPN:
            continue  # (an id, not ``pos_``: asked of every word; _untagged_name's first test)
        name = _untagged_name(head)
        if name is None:
            continue
        run = _kind_run(name)
        if not run or run[-1].lemma_.lower() in PERSON_KINDS:
            continue
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[Argument(head, tuple(name)), Argument(run[-1], tuple(run))],
                          rule="untagged-kind", open_ie=False)


def _kind_right_before(name: Span, head: Token) -> Token | None:
    """The kind noun right before a name that the parse hangs, as an apposition, on a noun further
    back ("Shares in mining firm Nordgruve": "firm", not "Shares"). A proper name set beside a
    noun with no comma restates the noun next to it; across a prepositional phrase it restates
    nothing, so the noun next to it is the kind. Only a singular noun in the head's own phrase."""
    doc = name.doc
    before = doc[name.start - 1] if name.start > name.sent.start else None
    if before is None or before.i == head.i or before.pos_ != "NOUN" or before.tag_ != "NN" or before.ent_type_:
        return None
    if post_field(before, head, name):
        return None  # "director of finance Tom Reed": the name restates the director, not finance
    return before if before.i in {t.i for t in head.subtree} and before.head.i != name.root.i else None


@register("post-field")
def post_field(noun: Token, head: Token, name: Span) -> bool:
    """"Nordbank director of finance Tom Reed", "head of news Tom Reed": True for the noun of an
    "of" phrase on a post (a person noun) that a person's name follows, which is then no kind of
    the name (no ``Tom Reed IS_A finance``).

    Linguistic reason: in "director of finance" the "of" phrase is the post's complement, saying
    what the post is over (as in "secretary of state", rule ``of-title-head``); the person's name
    after it restates the whole post, whose head is "director", a person, not the field inside
    it. Only a singular post (one name restates one holder): after a plural ("the stars of pop
    quartet Abba") the name restates the noun next to it, Abba is the quartet, which stays; so
    does a name of another kind than a person's.
    """
    of = noun.head
    return (noun.dep_ == "pobj" and of.lower_ == "of" and of.head.i == head.i and name.root.ent_type_ == "PERSON"
            and head.tag_ == "NN" and head.lemma_.lower() in PERSON_KINDS and "post-field" not in disabled())


@triggered_by(deps={"appos"})
def close_apposition_propositions(sent: Span) -> Iterator[Proposition]:
    """"shooting the film Retirement" → (Retirement; is; film); "the band Kestrel" → (Kestrel; is;
    band).

    Linguistic reason: "the" + a kind noun + a name with no comma between is a close apposition:
    the name says which one of the kind is meant, so it is one of that kind. So is a bare kind
    noun right before a name the parse hung on a noun further back ("Shares in mining firm
    Nordgruve fell": Nordgruve is a mining firm, :func:`_kind_right_before`). Only a kind of thing
    or organisation counts here; a person noun ("the actor Tom Reed") is a title, for the role rules.
    """
    for name_tok in sentence_tokens(sent):
        if name_tok.dep_ != "appos" or name_tok.pos_ != "PROPN":
            continue
        noun = name_tok.head
        if noun.pos_ != "NOUN" or noun.i >= name_tok.i:
            continue
        name = name_tok.doc[name_tok.left_edge.i:name_tok.i + 1]
        stray = _kind_right_before(name, noun)
        if stray is not None:
            noun = stray  # "Shares in mining firm Nordgruve": the parse hung the name on "Shares"
        if name.start != noun.i + 1 or any(t.pos_ != "PROPN" for t in name) or _name_goes_on(name_tok):
            continue  # a comma (or anything else) between: an apposition the ``apposition`` rule reads
        if any(c.dep_ in ("conj", "cc", "relcl") for c in children(name_tok)):
            continue  # "the rapport Erik and I have": the name begins a clause, it is no apposition
        if noun.lemma_.lower() in PERSON_KINDS or (
                stray is None and not any(c.dep_ == "det" and c.lower_ == "the" for c in children(noun))):
            continue
        kind = (*(t for t in noun.lefts if t.dep_ in ("compound", "amod") and t.pos_ in ("ADJ", "NOUN")), noun)
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[Argument(name_tok, tuple(name)), Argument(noun, kind)],
                          rule="close-apposition", open_ie=False)


# Kinds of organisation a name can be compounded with: "the Sony group", "the Fox television
# network". Not the parts of one ("the Jarvis board", "the Arsenal team") nor a market.
NAMED_KINDS = frozenset(ORG_KINDS - {"board", "committee", "council", "court", "team", "side", "union",
                                     "market", "party", "body", "authority", "paper", "fund", "trust"})


@register("bare-name-kind")
def bare_name_kind(noun: Token, name: Token) -> bool:
    """"a service set up by Solvik comedy club": a name before a singular kind noun with no
    determiner at all names the one of that kind, as "the" does (:func:`name_before_kind_propositions`).

    Linguistic reason: a singular count noun needs a determiner; with none, the name before it
    stands in its place, and "Solvik comedy club" is what the club is called: the name says which
    one of the kind is meant. "A" or "one" before it is not: "a Nordbank branch" is one of
    Nordbank's branches, not Nordbank. The name must be tagged an organisation. (A possessive
    before the name, "Vexa's Lumo music store", is ``possessed-name-kind``'s.)
    """
    if "bare-name-kind" in disabled():
        return False
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.dep_ in ("compound", "amod") or (after is not None and after.pos_ in ("NOUN", "PROPN")):
        return False  # "Nordic Cup group match": the kind noun must end its phrase
    if any(c.dep_ in ("det", "poss", "nummod", "amod") for c in children(noun)):
        return False
    return name.ent_type_ == "ORG"


@triggered_by(lemmas=NAMED_KINDS)
def name_before_kind_propositions(sent: Span) -> Iterator[Proposition]:
    """"the Kestrel Pictures film studio" → (Kestrel Pictures; is; film studio); "the Sony group"
    → (Sony; is; group).

    Linguistic reason: in "the" + name + kind noun, the name says which one of the kind is meant
    (as in "the film Retirement", the other order): the named organisation is one of that kind.
    Only an organisation's name and a kind of organisation count; a place ("the UK market") or a
    person names where or whose, not which.
    """
    if NAMED_KINDS.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for noun in sentence_tokens(sent):
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in NAMED_KINDS:
            continue  # a plural names what the organisation has ("the 49 Next stores"), not what it is
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in children(noun))
        mods = [c for c in noun.lefts if c.dep_ == "compound"]
        names = [c for c in mods if c.pos_ == "PROPN"]
        if not names or names[0].ent_type_ not in ("ORG", "PRODUCT", "FAC", ""):
            continue
        if not the and not bare_name_kind(noun, names[0]):
            continue
        name_head, kind = names[-1], tuple(t for t in mods if t.i > names[-1].i and t.pos_ == "NOUN" and t.is_lower)
        if (kind[0] if kind else noun).i != name_head.i + 1:
            continue  # only common nouns between the name and the kind
        name = tuple(t for t in noun.doc[noun.left_edge.i:name_head.i + 1] if t.dep_ != "det")
        if not name or not all(t.text[0].isupper() or t.text[0].isdigit() for t in name):
            continue
        # the kind as a title without the name in it (the graph's IS_A object is "film studio",
        # not the "Kestrel Pictures film studio" the noun phrase names)
        title = " ".join(t.lower_ for t in (*kind, noun))
        yield Proposition(sentence=sent, relation="is", lemma="be",
                          args=[Argument(name_head, name), Argument(noun, (*kind, noun))],
                          rule="name-before-kind", role=Role(name_head, title, noun), open_ie=False)


@triggered_by(lemmas=NAMING)
def named_as_propositions(sent: Span) -> Iterator[Proposition]:
    """"The Norwegian trader, known as Skarv, bought ..." → (Skarv; is; Norwegian trader);
    "a trade body called The Fjord Alliance" → (The Fjord Alliance; is; trade body).

    Linguistic reason: a naming participle ("called", "known as", "known by") gives the noun
    phrase it follows its name, so the named thing is what the noun phrase says it is (the graph
    also reads the noun phrase's own facts as the name's: :func:`kg.resolve.facts.named`).
    """
    if NAMING.isdisjoint(sentence_lemmas(sent)):
        return  # (no naming participle in the sentence)
    for noun in sentence_tokens(sent):
        name = participle_name(noun) if noun.pos_ == "NOUN" else None
        if name is None:
            continue
        called = naming_participle(noun)
        if called is not None and appointed_as_title(called) is not None:
            continue  # "The board named Tom Reed as chairman": an appointment (``appointed-as``), no name given
        kind = (*(t for t in noun.lefts if t.dep_ in ("compound", "amod") and t.pos_ in ("ADJ", "NOUN")), noun)
        # as a role with no organisation, so the graph's object is the kind, not the noun phrase
        # (which the graph reads as the name)
        title = " ".join(t.text if t.ent_type_ == "NORP" else t.lower_ for t in kind)
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(name), Argument(noun, kind)],
                          rule="named-as", role=Role(name, title, noun), open_ie=False)


# Words that say how the set is taken, not what each member is: "other Oscar contenders".
_SET_WORDS = frozenset({"other", "many", "several", "some", "various", "numerous", "such", "few", "more", "most"})


def _named_examples(noun: Token) -> list[Token]:
    """The names a plural noun gives as examples of itself: "charities including the Fjord Trust
    and Sea Watch", "firms such as Nordbank"; not "like" (a comparison, "rivals like them")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.ent_type_:
        return []  # "the novels of the past 20 years such as ...": the parse may hang the list on a date
    if subject_examples(noun):
        return []  # "banks offer accounts, including Nordbank": the list names banks, no accounts
    for prep in children(noun):
        if example_marker(noun, prep):
            pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
            return _listed(conjuncts(pobj)) if pobj is not None else []
    return []


def _listed(members: list[Token]) -> list[Token]:
    """The names of a list up to "as well as", which adds what is no example ("firms such as A and
    B as well as the iPod from C")."""
    out: list[Token] = []
    for c in members:
        if out and "as well as" in c.doc[out[-1].i:c.i].text:
            break
        out.append(c)
    return [c for c in out if c.pos_ == "PROPN" and not possessor(c)]


def _kind_role(example: Token, noun: Token) -> Role:
    """The role (or, for a thing, the kind) a plural noun gives a name it lists as a member."""
    role = role_of(example, noun)
    title = " ".join(w for w in role.title.split() if w not in _SET_WORDS)
    if noun.lemma_.lower() not in PERSON_KINDS:
        return Role(example, title, noun)  # a thing's kind is held nowhere
    if noun.lemma_.lower() in ORIGIN_OCCUPATIONS and role.org is not None and role.org.ent_type_ in ("GPE", "NORP"):
        return Role(example, title, noun)  # "US artists such as X": where they are from, held nowhere
    role.title = title
    return role


@triggered_by(words={"including", "as"})
def example_kind_propositions(sent: Span) -> Iterator[Proposition]:
    """"charities including the Fjord Trust and Sea Watch" → (Fjord Trust; is; charity), (Sea
    Watch; is; charity); "Nordvik players such as Tom Reed" → Tom Reed's role, player at Nordvik.

    Linguistic reason: "including" and "such as" after a plural noun name members of the set the
    noun names, so each named example is one of that kind (in the singular), as "the charity Sea
    Watch" would say. Graph-only: the Open IE view keeps the set and its examples together
    (``example``).
    """
    words = sentence_words(sent)
    if "including" not in words and "as" not in words:
        return  # (neither "including" nor "such as": no example is given)
    for noun in sentence_tokens(sent):
        for example in _named_examples(noun):
            yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(example), Argument(noun, (noun,))],
                              rule="example-kind", role=_kind_role(example, noun), open_ie=False)


# Plural nouns that name no kind: "people like Tom Reed" compares, it does not classify.
_NO_KIND = frozenset({"people", "person", "thing", "one", "other", "guy", "folk", "name", "type", "sort", "kind"})
# Kinds of work: a title may hold "and" ("Tom and the Fjord"), so a list of them after "like" may
# be one title cut in two.
_LIKE_WORKS = WORK_KINDS | {"title", "game", "show", "series", "hit"}


def _type_name(name: Token) -> bool:
    """A name used for a type, not a member: "the Reeds of the world"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "world" for g in children(c))
               for c in children(name))


def _like_examples(noun: Token) -> list[Token]:
    """The names a plural noun lists after "like" right behind it ("lenders like Nordbank and
    Vexa Holdings"); none for a singular noun ("a bank like Nordbank" compares one bank to
    another), a pronoun ("rivals like them"), a noun of no kind ("people like Tom Reed"), a kind
    with a figure in it that its title would cut ("2G networks"), a noun after another's "of"
    ("fans of rivals like Nordvik": the phrase may be the fans'), a list of works (one title with
    "and" in it may be cut in two) or a name for a type ("the Reeds of the world")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.ent_type_ or subject_examples(noun):
        return []
    if noun.lemma_.lower() in _NO_KIND or any(any(ch.isdigit() for ch in t.text) for t in noun.lefts):
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return []  # "fans of rivals like Nordvik": the "like" phrase may be the fans'
    prep = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "like" and c.i == noun.i + 1), None)
    pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    names = [c for c in _listed(conjuncts(pobj)) if not _type_name(c)] if pobj is not None else []
    if len(names) > 1 and noun.lemma_.lower() in _LIKE_WORKS:
        return []
    return names


@triggered_by(words={"like"})
def like_example_propositions(sent: Span) -> Iterator[Proposition]:
    """"lenders like Nordbank and Vexa Holdings" → (Nordbank; is; lender), (Vexa Holdings; is;
    lender).

    Linguistic reason: "like" straight after a plural noun and before names gives members of the
    set the noun names, as "such as" does (``example-kind``): "burgers like the Vexa Melt" lists
    burgers. Only a plural noun with the names right after its "like" (a singular "a bank like
    Nordbank" compares, and "rivals like them" names no one). Graph-only.
    """
    for noun in sentence_tokens(sent):
        for example in _like_examples(noun):
            yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(example), Argument(noun, (noun,))],
                              rule="like-example", role=_kind_role(example, noun), open_ie=False)


# What a place's name can be one of in "Bergen and other Ns": a kind of place, or of what a
# country or city stands for (its state, market, team); "the gala in Oslo and other factors"
# joins no place to the factors (the parse hung the list on the place).
_PLACE_SETS = frozenset({
    "country", "nation", "state", "city", "town", "village", "region", "province", "county", "district", "island",
    "territory", "continent", "capital", "place", "area", "location", "destination", "site", "venue", "market",
    "economy", "government", "member", "partner", "ally", "rival", "neighbour", "neighbor", "power", "producer",
    "exporter", "importer", "signatory", "team", "side", "host", "centre", "center", "hub", "port",
})


def _other_kind_members(noun: Token) -> list[Token]:
    """The names listed before "and other Ns" ("Blue Harbour, Red Fjord and other Vexa songs"): the
    conjuncts before the plural noun, when the noun carries "other" and the list is joined by "and"
    or "or"; possessors ("Reed's film and other works") name no member, nor a place's name when
    the noun names no kind of place or of what a place stands for (:data:`_PLACE_SETS`)."""
    if noun.tag_ != "NNS" or noun.dep_ != "conj" or noun.ent_type_:
        return []
    if not any(c.lower_ == "other" and c.dep_ == "amod" and c.i < noun.i for c in children(noun)):
        return []
    first = noun.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    group = conjuncts(first)
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for t in group for c in children(t)):
        return []
    place_set = noun.lemma_.lower() in _PLACE_SETS
    return [c for c in group if c.i < noun.i and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "MONEY", "PERCENT")
            and not possessor(c) and (place_set or c.ent_type_ not in ("GPE", "LOC"))]


@triggered_by(words={"other"})
def other_kind_propositions(sent: Span) -> Iterator[Proposition]:
    """"Reed sang Blue Harbour and other Vexa songs" → (Blue Harbour; is; song): each name listed
    before "and other Ns" is one of that kind, as "the Vexa song Blue Harbour" would say.

    Linguistic reason: "other" presupposes that what came before belongs to the same set ("A and
    other Ns" = A, which is an N, and further Ns), the pattern by which lexicographers and Hearst's
    patterns read a hypernym; "A and other Ns" is the mirror of "Ns such as A" (``example-kind``).
    Graph-only, as ``example-kind``.
    """
    if "and-other-kind" in disabled() or "other" not in sentence_words(sent):
        return
    for noun in sentence_tokens(sent):
        if noun.lower_ != "other" or noun.dep_ != "amod":
            continue
        head = noun.head
        for example in _other_kind_members(head):
            yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(example), Argument(head, (head,))],
                              rule="and-other-kind", role=_kind_role(example, head), open_ie=False)
