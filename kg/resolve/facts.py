"""From propositions in a sentence's words to facts between resolved entities (``FactBuilder``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

# kg.extract imports this module last of all (after its rules, in kg/extract/__init__.py), so the
# rule modules read here are loaded by then: imported here once, not in the functions that run
# for every fact (an import statement there cost a fiftieth of the rules' time).
from kg.extract.adjuncts import FramedSource, reports_finding
from kg.extract.appositions import restated_name
from kg.extract.capacities import LEAVING_VERBS, denied_copula_post, denied_denial
from kg.extract.clauses import REPORTING, alternative_member, answers
from kg.extract.epithets import PAST_MARKERS
from kg.extract.posts import (
    entrant_not_post,
    field_kind,
    field_not_employer,
    not_a_person,
    people_not_employer,
    relation_not_post,
    thing_not_post,
)
from kg.extract.prizes import claimed_relation
from kg.extract.rank_roles import ranked_name
from kg.extract.registry import disabled, register
from kg.extract.roles import role_of
from kg.extract.sources import document_speaker, is_document
from kg.extract.title_lists import coordinated_posts, shared_of_post
from kg.extract.works import UNIT_NOUNS
from kg.model import Chain, Entity, Fact, clean_name
from kg.resolve.article_firm import article_firm, executive_title, last_organisation, other_organisation
from kg.resolve.coreference import chains_at, coreferent
from kg.resolve.demonyms import country_of, office_country
from kg.resolve.entities import DocumentResolver
from kg.resolve.groups import describes, group_of, member_fits
from kg.resolve.predicates import is_listed, relation_type, synonyms
from kg.resolve.quotations import pronoun_clause_topic, speaker_of_quotation
from kg.resolve.referring import PERSON_KINDS
from kg.resolve.speakers import (
    said_of_self,
    speaks_for,
    unasserted_first_person,
    unasserted_statement,
    we_side,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.base import Proposition, Role

# A copula with a description is a role too: "Karin Dahl is the new chair of the commission".
COPULA_RULES = frozenset({"copula"})


def _role(prop: Proposition) -> Role | None:
    if prop.role is not None:
        return prop.role
    obj = prop.args[1].head if len(prop.args) > 1 else None
    if prop.rule in COPULA_RULES and obj is not None and obj.pos_ == "NOUN" and not prop.agent_first:
        return None if denied_copula_post(obj) else role_of(prop.args[0].head, obj)
    return None


# Words of quantity whose "of" phrase says what they count: "10% of the loans", "half of the staff".
_QUANTITIES = frozenset({"%", "percent", "per cent", "half", "most", "majority", "share", "proportion", "part",
                         "all", "some", "many", "much", "none", "third", "quarter", "fraction", "lot", "lots", "number",
                         "amount"})


# Verbs of saying that say how the speaker stands to what they report: a claim others may dispute,
# a charge, a belief, a denial, a forecast or warning, an admission.
STANCE_VERBS = frozenset({"claim", "allege", "believe", "deny", "insist", "warn", "predict", "admit", "concede",
                          "argue", "fear", "accuse", "feel"})


@register("stance-statement")
def stance_statement(fact: Fact) -> bool:
    """"Tom Reed claims Nordbank owes him money", "Jon Dahl believes Bergen can win the cup": a
    statement fact whose verb says the speaker's stance (``STANCE_VERBS``) is kept beside the
    clause's own facts (``Tom Reed SAY {claim}`` money, besides ``Nordbank OWE`` money attributed to
    him), where a plain "said" gives the clause's facts only (:meth:`FactBuilder.graph_facts`).

    Linguistic reason: "say" only reports, so the attributed clause fact says all the sentence
    says; "claim", "allege", "believe", "deny", "warn" and the like say what the speaker does with
    the clause (asserts it against doubt, charges, holds, rejects, forecasts), which the attribution
    alone loses: the news is that the speaker claims it, the claim itself is not established.
    """
    return "stance-statement" not in disabled() and fact.predicate in STANCE_VERBS


# Verbs of saying that make their clause public: a disclosure, itself news.
DISCLOSING_VERBS = frozenset({"announce", "confirm", "reveal"})


@register("disclosure-statement")
def disclosure_statement(fact: Fact) -> bool:
    """"Nordbank announced that it will close the Bergen plant", "the council confirmed that Tom
    Reed can play for Bergen", "Jon Dahl revealed that Vexa Holdings had cut 300 jobs": a
    statement fact whose verb makes the clause public is kept beside the clause's attributed facts
    (``Nordbank SAY {announce}`` plant), as a stance verb's is (:func:`stance_statement`).

    Linguistic reason: "announce", "confirm" and "reveal" report an act of making
    known: a decision made public, a report made certain, a secret let out. The act is news of its
    own (who announced, who confirmed), which the attribution of the clause alone loses; a plain
    "said" only reports.
    """
    return "disclosure-statement" not in disabled() and fact.predicate in DISCLOSING_VERBS


@register("continued-statement")
def continued_statement(prop: Proposition) -> bool:
    """'"Sales are up," said Tom Reed. "The harbour project is late."': the statement of a
    sentence of quotation whose speaker another sentence names (rules ``continued-quotation``,
    ``speaker-named-after``) is kept beside the sentence's attributed facts (``Tom Reed SAY``
    harbour project, besides ``harbour project BE late`` attributed to him), where a sentence
    that names its own speaker ("Tom Reed said S") gives S's facts only
    (:meth:`FactBuilder.graph_facts`).

    Linguistic reason: a sentence that goes on with a quotation states only the quoted words;
    who says them is carried over from the sentence that named the speaker, and the
    statement is the one fact of the sentence that records that carrying over: the attribution
    of a clause fact is metadata the reader of the sentence alone does not see.
    """
    if prop.rule != "clausal" or len(prop.args) < 2:
        return False
    speaker, sent = prop.args[0].head, prop.sentence
    return (speaker.doc is not sent.doc or not sent.start <= speaker.i < sent.end) and (
        "continued-statement" not in disabled())


# Third-person pronouns a reported clause uses for its own speaker ("Nordbank said it would ...").
_SELF_PRONOUNS = frozenset({"he", "she", "it", "they"})


@register("self-report-statement")
def self_report(fact: Fact) -> bool:
    """"Nordbank said it would close the Bergen plant", "Tom Reed said he had signed a
    new contract": a clause fact whose subject is a pronoun standing for the speaker (resolved to the
    entity the fact is attributed to) leaves the statement beside it (``Nordbank SAY`` plant),
    as a quotation's "I" does (:func:`kg.resolve.speakers.said_of_self`).

    Linguistic reason: "X said it/he would ..." is the speaker's account of itself, in the
    third person that indirect speech turns "I" and "we" into: an intention, a forecast or a
    plea of one's own, which the attribution alone reports as if it were an outside fact; the
    statement keeps that the speaker says it of itself.
    """
    return (fact.subject_text.lower() in _SELF_PRONOUNS and fact.attribution is not None
            and fact.subject.name == fact.attribution and "self-report-statement" not in disabled())


@register("semicolon-clause")
def clause_past_semicolon(clause: Token) -> bool:
    """"Nordbank claims that Vexa must pay; Vexa says the deal is void": True for a clause the parse
    made the complement of a reporting verb after it across a semicolon, which is then not what
    that verb's speaker said (no statement: Vexa did not say that Vexa must pay).

    Linguistic reason: a semicolon joins two independent clauses; a reported clause put before its
    reporting verb is set off by a comma or a quotation mark ('"Vexa must pay," Nordbank says'),
    never by a semicolon, so a clause before the semicolon is a sentence of its own (here another
    speaker's claim), and the verb's own complement comes after it.
    """
    head = clause.head
    if clause.i >= head.i or "semicolon-clause" in disabled():
        return False
    return any(t.text == ";" for t in clause.doc[clause.right_edge.i + 1:head.i])


def _topic(prop: Proposition) -> Token | None:
    """What a reported clause is about, for a statement fact: "Snow said a strong dollar was in
    America's interest" is about the strong dollar (the clause's subject, else its object)."""
    if prop.rule != "clausal" or len(prop.args) < 2:
        return None
    verb = prop.args[1].head
    if prop.lemma not in REPORTING and not (verb.dep_ == "ccomp" and (reports_finding(verb.head) or answers(verb.head))):
        return None
    if verb.pos_ not in ("VERB", "AUX") or clause_past_semicolon(verb):
        return None
    chain = _framed(verb)
    for clause in reversed(chain):  # the innermost clause that names something
        for deps in (("nsubj", "nsubjpass"), ("dobj", "attr")):
            tok = next((c for c in clause.children if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN")
                        and not nationality_predicate(c)), None)
            if tok is not None:
                return named(_counted(tok))
    tok = pronoun_clause_topic(chain[-1])
    return named(_counted(tok)) if tok is not None else None


@register("nationality-predicate")
def nationality_predicate(tok: Token) -> bool:
    """"I'm glad he's Welsh", "she is Kenyan": True for a word of nationality that is the
    complement of "be", which says what the subject is and names no topic of the statement.

    Linguistic reason: after "be" a nationality word is a predicate adjective ("he is Welsh" as
    "he is tall"), though the tagger may call it a proper noun; it names no people, country or
    thing the quotation is about, so the statement's topic is none of it (the graph held Jon Dahl
    saying something about "Welsh"). A country's name there stays ("the winner is Norway").
    """
    return (tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be" and country_of(tok.text) is not None
            and "nationality-predicate" not in disabled())


def _framed(verb: Token) -> list[Token]:
    """A reported clause and the clauses it frames when its subject is a pronoun: '"I think that
    prices are rising," said X', 'X said he is confident Nordbank will recover', '"Everything
    shows that the fine should be cancelled"'.

    Linguistic reason: a clause whose subject is a pronoun ("I think", "he is sure", "everything
    shows", "it is clear") names nothing the statement is about; when it embeds a clause (its
    own, or its adjective's: "confident that", "sure that"), that clause carries what was said,
    and the pronoun's verb only frames or hedges it.
    """
    chain = [verb]
    while any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.pos_ == "PRON" for c in chain[-1].children):
        holders = [chain[-1], *(c for c in chain[-1].children if c.dep_ == "acomp")]
        comp = next((c for h in holders for c in h.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if comp is None:
            break
        chain.append(comp)
    return chain


# Words before a title that say the post is (about to be) no longer held, beside the epithets' own.
_NO_LONGER = frozenset(m.replace("-", " ") for m in PAST_MARKERS) | {"outgoing", "retired", "late"}


def _former(title: str) -> bool:
    """A title of a post no longer held ("former chief executive", "ex-coach", "one-time
    chairman": the predicate may spell it "one time")."""
    words = f" {' '.join(title.lower().replace('-', ' ').split())} "
    return any(f" {w} " in words for w in _NO_LONGER)


# Words before a title that say the post is no longer held ("outgoing" is still held: about to be left).
_PAST_POST = _NO_LONGER - {"outgoing"}


@register("former-post")
def post_left(prop: Proposition, role: Role, title: str) -> str | None:
    """A post no longer held, written as one: "Tom Reed, the former chairman of Nordbank" and "Jon
    Dahl stepped down as Vexa Holdings chairman" give ``ROLE {predicate: 'former chairman'}`` to
    the organisation (``IS_A`` "former chairman" where none is named), never the title noun's
    type (``HEAD``), which says the post is held now. Returns the title as written for a post no
    longer held ("former chairman"), else ``None``.

    Linguistic reason: a past marker before a title ("former", "ex-", "one-time", "erstwhile",
    "late", "retired") moves the post into the past: the "former chairman" of Nordbank does not
    head it. A verb of leaving a post with an "as" phrase ("step down as", "stand down as",
    "resign as", "quit as", "retire as") says the same of its subject: the post was held until
    the act, once it is done ("will step down as", "is to resign as", "is stepping down as" tell
    of a post still held). "Outgoing" is no past marker: the outgoing chairman still holds the post.
    """
    if "former-post" in disabled():
        return None
    words = f" {' '.join(title.lower().replace('-', ' ').split())} "
    if any(f" {w} " in words for w in _PAST_POST):
        return title
    prep = _coordination_head(role.title_head).head
    if (prop.rule in ("subject-as", "coordinated-post") and prep.lower_ == "as" and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in LEAVING_VERBS and not _not_yet(prep.head)
            and not any(c.dep_ == "neg" for c in prep.head.children)):
        return f"former {title}"
    return None


@register("left-coordinated-post")
def _coordination_head(title: Token) -> Token:
    """"stepped down as director and chairman of Vexa": the first of the coordinated titles the
    "as" phrase opens with, which the verb of leaving governs.

    Linguistic reason: coordinated titles after "as" share the verb the first one hangs on: "left
    as director and chairman" leaves both posts, so the second is as much a former post as the
    first (the parser hangs it on the first title, not on "as").
    """
    if "left-coordinated-post" in disabled():
        return title
    for _ in range(4):
        if title.dep_ != "conj":
            break
        title = title.head
    return title


# Verbs whose object (or passive subject) is put out of the post its "as" phrase names: "Nordbank
# sacked Jon Dahl as chairman", "Tom Reed was fired as coach", "Anna Berg replaced Jon Dahl as chairman".
REMOVING_VERBS = frozenset({"sack", "fire", "dismiss", "oust", "axe", "remove", "depose", "replace", "succeed"})
# The relations a role is typed by (the predicate table's title types, ROLE, and IS_A a title).
_ROLE_RELATIONS = frozenset({"HEAD", "MINISTER", "SPOKESPERSON", "SECRETARY", "PRESIDENT", "AIDE", "COUNTERPART",
                             "ROLE", "IS_A"})


@register("former-post")
def removed_from_post(prop: Proposition) -> bool:
    """"Tom Reed was sacked as head of Bergen Rovers", "Nordbank sacked Jon Dahl as chairman",
    "Anna Berg replaced Jon Dahl as chairman" (rule ``role-as``): the one put out of the post is a
    former holder, written as :func:`post_left` writes one (``ROLE`` "former head", ``IS_A``
    "former chairman"), never ``HEAD``.

    Linguistic reason: a verb of removal or succession ends its object's (a passive's subject's)
    time in the post its "as" phrase names: the sacked or replaced chairman no longer holds it,
    once the act is done (not "will replace Jon Dahl as chairman"), and only if it is done: "was
    not sacked as manager" denies the removal, so the post is still held.
    """
    if "former-post" in disabled() or len(prop.args) < 2:
        return False
    tok = prop.args[1].head
    for _ in range(4):  # the title ("as chairman") or the title's "of" object ("as head of Bergen Rovers")
        if tok.lower_ == "as" and tok.dep_ == "prep":
            return (tok.head.lemma_.lower() in REMOVING_VERBS and not _not_yet(tok.head)
                    and not any(c.dep_ == "neg" for c in tok.head.children))  # "was not sacked as": still held
        tok = tok.head
    return False


@register("removed-title-of")
def titled_of(prop: Proposition) -> bool:
    """"Tom Reed was sacked as manager of Bergen Rovers": ``role-as`` reads a title with an "of"
    phrase as the relation itself ("manager of"), typed by the predicate table (``MANAGER``);
    the sacked holder's post is a former one all the same.

    Linguistic reason: the title's "of" phrase only says where the post was held; the verb of
    removal ends the holding whatever relation type the title maps to, so the fact is written as
    :func:`removed_from_post` writes one (``ROLE`` "former manager").
    """
    return "removed-title-of" not in disabled() and prop.lemma != "be"


# Auxiliaries before a verb that put its act ahead: "will step down", "is to resign", "plans to quit".
_AHEAD = frozenset({"will", "'ll", "wo", "would", "shall", "may", "might", "could", "should", "can", "must", "to"})


def _not_yet(verb: Token) -> bool:
    """The act is still to come: a modal or "to" before the verb, or "is stepping down" (a
    progressive tells of a plan); the post is still held. "after stepping down" has no auxiliary."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in _AHEAD for c in aux) or (verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in aux))


def _counted(tok: Token) -> Token:
    """A quantity is about what it counts: "said 10% of the loans were at risk" is about loans;
    so is "lots of 'urban legends' going around", which the parser reads as "of" and a clause
    ("going", its subject "legends"): the noun the of-phrase opens with is still what is counted."""
    if tok.lower_ not in _QUANTITIES:
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return tok
    pobj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if pobj is None:  # "of" + a gerund clause: its subject is the counted noun
        clause = next((c for c in of.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        pobj = clause and next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    return pobj if pobj is not None else tok


def _kind_named(tok: Token) -> bool:
    """A name that is used as a kind, with an article in lower case: "he is a Democrat", "the
    first Briton home". Linguistic reason: ``IS_A`` says what kind of thing its subject is; a
    proper name after "be" is an identity, a part played ("Aniston, who was Rachel") or a misread
    list ("Mukesh is the chairman and Anil its deputy"), unless, like a common noun, it takes an
    article, as the names of a people or a party do ("a Londoner", "the sole Englishman")."""
    return any(c.dep_ == "det" and c.is_lower for c in tok.children)


def _predicate(prop: Proposition) -> str:
    """The verb's lemma, with its preposition when the table lists the pair: "a glut has led to
    price cuts" is LEAD_TO, not the HEAD that "lead" alone is."""
    if prop.rule == "svo-prep":
        phrase = f"{prop.lemma} {prop.relation.split()[-1].lower()}"
        if is_listed(phrase):
            return phrase
    return prop.lemma


def named(tok: Token, works: bool = False) -> Token:
    """A description with the name it describes stands for the name: in "the foreign minister,
    Elin Dahl, arrived" and "Sweden's trade minister Per Lund met" the parse makes the title the
    subject and hangs the name on it; the fact is about the person. With ``works``, so does a kind
    of thing with its name right after it ("recorded the album Cold Sea": the recording is of Cold
    Sea); not in a proposition that says what the name is ("Cold Sea; is; album")."""
    restated = restated_name(tok)
    if restated is not None:
        return restated  # "told the President of the Fjord Council, Anna Berg,"
    if tok.pos_ != "NOUN":
        return tok
    ranked = ranked_name(tok)
    if ranked is not None:
        return ranked  # "beat world number one Tom Reed": the name
    name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i
                 and (c.ent_type_ in ("PERSON", "ORG") or (works and _work_named(tok, c)))), None)
    return name if name is not None else tok


# What a name right after a kind noun can be tagged and still be the thing of that kind ("the
# album Cold Sea", "her first single Blue Fjord"): not a place, a date or a number.
_NOT_WORK_TYPES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                             "ORDINAL"})


def _work_named(noun: Token, name: Token) -> bool:
    """A close apposition: a kind of thing (not of person) and the name straight after it, with no
    comma ("recorded the album Cold Sea" is about Cold Sea), whatever the model tagged the name."""
    first = name.left_edge
    return (name.ent_type_ not in _NOT_WORK_TYPES and first.i == noun.i + 1
            and noun.lemma_.lower() not in PERSON_KINDS and noun.tag_ == "NN")


@register("kind-of-own-name")
def kind_of_own_name(prop: Proposition, kind: Token, named_kind: Token) -> bool:
    """The object of an ``is`` proposition is a kind noun whose close apposition is the
    proposition's own subject ("the show Night Watch highlights new talent" → (Night Watch; is;
    show)): the fact keeps the kind as its object instead of the name :func:`named` puts in its
    place, which would make the fact's two ends one entity and leave it out.

    Linguistic reason: a kind noun with a name right after it stands for the name when something
    is said of the pair ("recorded the album Cold Sea" is about Cold Sea), but a proposition that
    says what the name is has the name as its subject and the kind as its predicate: the kind is
    then what is said, not a second mention of the subject. Not when a verb other than the
    kind's own follows the name: the name then opens a clause ("informed the crowd Jon Dahl was
    ill").
    """
    if "kind-of-own-name" in disabled() or prop.lemma != "be" or named_kind is kind or len(prop.args) < 2:
        return False
    subject = prop.args[1] if prop.agent_first else prop.args[0]
    if named_kind.doc is not subject.head.doc or named_kind.i != subject.head.i:
        return False
    after = named_kind.doc[named_kind.i + 1] if named_kind.i + 1 < len(named_kind.doc) else None
    # "informed the crowd Jon Dahl was ...", "The second plan Nordbank announced is ...": the name
    # opens a clause of its own (the kind's verb is another), no close apposition
    return after is None or after.pos_ not in ("VERB", "AUX") or after.i == kind.head.i


class FactBuilder:
    """Turns one document's propositions into facts, once the resolver has seen every mention."""

    def __init__(self, resolver: DocumentResolver, doc_id: str, extractor: str, version: str,
                 *, concept_facts: bool = False, chains: tuple[Chain, ...] = ()) -> None:
        self.resolver = resolver
        # another engine's coref chains (``--corenlp``), by the head word of each reference
        self._chains_at = chains_at(chains)
        self.concept_facts = concept_facts
        self.doc_id = doc_id
        self.extractor = extractor
        self.version = version
        # what the parse says, asked of the same words by observe and by facts: named() of a
        # word (by its segment, index and ``works``) and each sentence's evidence and offsets
        self._named: dict[tuple[int, int, bool], Token] = {}
        self._evidence: dict[tuple[int, int, int], tuple[str, int, int]] = {}
        self._groups: dict[tuple[int, int], tuple[list[Token], str] | None] = {}
        self._firm: Entity | bool | None = False  # the article's firm, once read (False: not yet)
        # the propositions that give a post, and the organisations they give each person (read
        # once a quotation's "we" asks: :func:`kg.resolve.speakers.quoted_side`)
        self._posts: list[Proposition] = []
        self._sides: dict[str, frozenset[Entity]] | None = None
        self._sided: set[tuple[int, int]] = set()  # the "we" words read as their speaker's side
        # the statements of sentences that go on with a quotation (rule ``continued-statement``)
        self._continued: set[tuple[int, str]] = set()
        # the facts of adverbial clauses whose speaker the reported clause gave (rule
        # ``adverbial-attribution``): side facts that leave the statement in place
        self._framed: set[tuple[int, str, str, str]] = set()
        # each statement's topic (:func:`_topic`), by its clause's verb and lemma: observe and facts
        # ask it of every proposition, twice each with the speaker's test
        self._topics: dict[tuple[int, int, str], Token | None] = {}

    def _article_firm(self, sent: Span) -> Entity | None:
        """The firm the article is about (:func:`kg.resolve.article_firm.article_firm`, read once a
        document), unless ``sent`` names another organisation."""
        if self._firm is False:
            self._firm = article_firm(self.resolver.segments(), self.resolver.entity)
        firm = self._firm
        if not isinstance(firm, Entity) or other_organisation(sent, firm, self.resolver.entity):
            return None
        last = last_organisation(sent, self.resolver.segments(), self.resolver.entity)
        return firm if last is not None and last.id == firm.id else None

    def _topic_of(self, prop: Proposition) -> Token | None:
        """:func:`_topic` of ``prop``, read once a clause: it depends only on the proposition's rule,
        lemma and clause verb (``args[1]``)."""
        if prop.rule != "clausal" or len(prop.args) < 2:
            return None
        verb = prop.args[1].head
        key = (id(verb.doc), verb.i, prop.lemma)  # the resolver holds every segment: ids stay theirs
        if key not in self._topics:
            self._topics[key] = _topic(prop)
        return self._topics[key]

    def _named_of(self, tok: Token, works: bool = False) -> Token:
        key = (id(tok.doc), tok.i, works)  # the resolver holds every segment: ids stay theirs
        found = self._named.get(key)
        if found is None:
            found = self._named[key] = named(tok, works)
        return found

    def _evidence_of(self, sent: Span) -> tuple[str, int, int]:
        key = (id(sent.doc), sent.start, sent.end)
        found = self._evidence.get(key)
        if found is None:
            found = self._evidence[key] = (sent.text.strip(), sent.start_char, sent.end_char)
        return found

    def _group_of(self, tok: Token) -> tuple[list[Token], str] | None:
        key = (id(tok.doc), tok.i)
        if key not in self._groups and not describes(tok):
            self._groups[key] = None  # most words: no plural description, no segments to look through
        if key not in self._groups:
            docs = self.resolver.segments()
            earlier = docs[:next((i for i, d in enumerate(docs) if d is tok.doc), len(docs))]
            self._groups[key] = group_of(tok, earlier)
        return self._groups[key]

    def observe(self, prop: Proposition) -> None:
        for arg in prop.args[:2]:
            tok = self._object_of(prop, arg.head)
            self.resolver.add(tok)
            group = self._group_of(tok)
            for member in group[0] if group else ():
                self.resolver.add(member)
        role = _role(prop)
        if role is not None and role.org is not None:
            self._posts.append(prop)
        for post in ([role, *coordinated_posts(role)] if role is not None else []):
            self.resolver.add(post.holder)
            if post.org is not None:
                self.resolver.add(post.org)
        if prop.attribution is not None:
            self.resolver.add(self._source_of(prop.attribution.head))
        topic = self._topic_of(prop)
        if topic is not None:
            self.resolver.add(topic)
            self.resolver.add(self._speaker_of(prop, prop.args[0].head))

    def _object_of(self, prop: Proposition, tok: Token) -> Token:
        """:meth:`_named_of` of a proposition's object word, but the kind itself where the
        proposition says the name is of that kind (rule ``kind-of-own-name``)."""
        named_tok = self._named_of(tok, works=prop.lemma != "be")
        return tok if kind_of_own_name(prop, tok, named_tok) else named_tok

    def _source_of(self, tok: Token, works: bool = False) -> Token:
        """Who says what ``tok`` says: a document's maker when a document says it ("a Nordbank
        statement said", "the report said" after "a Nordbank report": Nordbank, rule
        ``document-source``), else ``tok``."""
        named = self._named_of(tok, works)
        if not is_document(named):
            return named  # (most sources: no paragraphs to look through)
        docs = self.resolver.segments()
        earlier = docs[:next((i for i, d in enumerate(docs) if d is tok.doc), len(docs))]
        return document_speaker(named, earlier)

    def _speaker_of(self, prop: Proposition, tok: Token) -> Token:
        """The subject of a proposition; of a statement, its speaker (:meth:`_source_of`)."""
        works = prop.lemma != "be"
        return self._source_of(tok, works) if prop.rule == "clausal" and self._topic_of(prop) is not None else self._named_of(tok, works)

    def facts(self, prop: Proposition, offset: int, sentence: int, weight: float) -> Iterator[Fact]:
        role = _role(prop)
        shared = shared_of_post(role) if role is not None and role.org is None else role
        if shared is not role:
            prop = replace(prop, role=shared)  # "the chairman and founder of Nordbank": chairman at Nordbank
        for fact in self._facts(prop, offset, sentence, weight):
            yield from self._distributed(prop, fact)
        for post in coordinated_posts(role) if role is not None else ():
            # "Tom Reed, chairman and chief executive of Nordbank": each coordinated title is a role
            yield from self._facts(replace(prop, role=post, rule="coordinated-post"), offset, sentence, weight)

    def _distributed(self, prop: Proposition, fact: Fact) -> Iterator[Fact]:
        """A fact of a plural description that gathers names ("the two firms said") is a fact
        of each name (rule ``plural-reference``, :mod:`kg.resolve.groups`)."""
        works = prop.lemma != "be"
        for end, arg in (("subject", prop.args[1] if prop.agent_first else prop.args[0]),
                         ("object", prop.args[0] if prop.agent_first else prop.args[1])):
            tok = self._named_of(arg.head, works=works) if end == "subject" else self._object_of(prop, arg.head)
            said = fact.subject if end == "subject" else fact.object
            group = self._group_of(tok) if said.type == "CONCEPT" else None
            if not group or (found := self.resolver.entity(tok)) is None or found.id != said.id:
                continue
            members = [self.resolver.entity(m) for m in group[0]]
            if any(m is None or not member_fits(m.type, group[1]) for m in members):
                continue
            other = fact.object if end == "subject" else fact.subject
            for member in members:
                if member is not None and member.id != other.id:
                    yield replace(fact, subject=member) if end == "subject" else replace(fact, object=member)
            return
        yield fact

    def _entity(self, tok: Token, offset: int) -> Entity | None:
        """The entity a fact's subject or object stands for: the resolver's, or for a reference it
        left unresolved, the one another engine's coref chain names (rule ``corenlp-coref``).
        ``offset``: where the word's segment starts in the document's text."""
        found = self.resolver.entity(tok)
        if found is None and tok.pos_ == "PRON":
            found = we_side(tok, self.resolver.entity, self._posts_held)
            if found is not None:
                self._sided.add((id(tok.doc), tok.i))
        if self._chains_at and self.resolver.unresolved(tok):
            start = offset + tok.idx
            chain = self._chains_at.get((start, start + len(tok.text)))
            if chain is not None:
                return coreferent(tok, chain, self.resolver.named_entities()) or found
        return found

    def _side_speaker(self, *ends: Token) -> str | None:
        """Who says a fact one of whose ends is a quotation's "we" read as the speaker's side
        (rule ``quoted-we-side``), where the clause rules gave it no attribution ('"When we
        first saw the plant, we ...," said Reed': the clause of time is Reed's words too)."""
        for end in ends:
            if (id(end.doc), end.i) in self._sided:
                speaker = speaker_of_quotation(end)
                who = self.resolver.entity(speaker) if speaker is not None else None
                if who is not None:
                    return who.name
        return None

    def _posts_held(self) -> dict[str, frozenset[Entity]]:
        """Each person's organisations by the document's posts: the ``ROLE`` facts of its
        propositions with a title (not a former one: "former Nordbank chief Tom Reed" no longer
        speaks for Nordbank)."""
        if self._sides is None:
            self._sides = {}  # (a post's own "we" asks again while they are read: it finds none)
            held: dict[str, set[Entity]] = {}
            for prop in self._posts:
                for fact in self.facts(prop, 0, 0, 1.0):
                    if (fact.relation in ("IS_A", "OWN") or fact.subject.type != "PERSON" or _former(fact.predicate)
                            or not speaks_for(fact.predicate)):
                        continue  # (nor a customer's or a fan's: "a Nordbank customer" is outside Nordbank)
                    held.setdefault(fact.subject.id, set()).add(fact.object)
            self._sides = {person: frozenset(orgs) for person, orgs in held.items()}
        return self._sides

    def _facts(self, prop: Proposition, offset: int, sentence: int, weight: float) -> Iterator[Fact]:
        if len(prop.args) < 2:
            return
        if prop.document_check is not None and not prop.document_check(self.resolver.segments()):
            return  # the rest of the document does not bear the reading out
        subj_arg, obj_arg = (prop.args[1], prop.args[0]) if prop.agent_first else prop.args[:2]
        if prop.rule in COPULA_RULES and denied_copula_post(prop.args[1].head):
            return  # "denied being Nordbank's chairman": ``implied-negation``'s negated fact says it
        role = _role(prop)
        if role is not None and prop.rule != "rank-before-name" and ranked_name(role.title_head) is not None:
            return  # "Women's world number one Ann Berg": the rank is read whole by ``rank-before-name``
        subject = self._entity(role.holder if role is not None else self._speaker_of(prop, subj_arg.head), offset)
        if subject is None:
            return
        if prop.rule == "patient-passive" and subject.type in ("CONCEPT", "NORP"):
            return  # "the album was released in Japan": a passive's patient is kept when named (kg.extract.patient_passives)
        predicate = _predicate(prop)
        relation = relation_type(predicate)
        relation = claimed_relation(prop.lemma, prop.rule, obj_arg.head) or relation
        obj: Entity | None
        topic: Token | None = None
        if role is not None and subject.type != "CONCEPT":
            # title and organisation apart: (holder)-[ROLE {title}]->(organisation), or IS_A title
            predicate = clean_name(role.title)
            if not predicate:  # a title of invisible characters only names nothing
                return
            obj = self._entity(role.org, offset) if role.org is not None else None

            owner = None
            if obj is not None and thing_not_post(role.title_head):
                # "Reed's first novel, Dark Water": what the work is, no post; "Fjord, the venture
                # capital arm of Vexa": a unit its possessor owns
                # (a firm's: "Norway's biggest chain" is ranked in a country, "his label" signs him)
                owner, obj = (obj if obj.type == "ORG" and role.title_head.lemma_.lower() in UNIT_NOUNS else None), None
            if obj is not None and role.org is not None and role.org.pos_ == "PRON" and (
                    obj.id == subject.id or obj.type == "CONCEPT" or subject.type != "PERSON"):
                # "its chief executive" read as no name, or as the holder, or "her best actress
                # Oscar" (no person holds it): the title alone
                obj = None
            if obj is not None and not_a_person(subject.type, subject.name, role.holder, role.title_head):
                obj = None  # "Nordvik, Norway's leading music site": what kind of thing, no post
            if obj is not None and relation_not_post(role.title_head):
                obj = None  # "Holm is the right man for Nordvik": what he is to Nordvik, no post
            if obj is not None and entrant_not_post(role.title_head, obj.name):
                obj = None  # "Nordvik Awards nominee Tom Reed": in the running for a prize, no post
            country = office_country(obj.name, role.title_head.lemma_) if obj is not None and obj.type == "NORP" else None
            if country is not None:
                obj = Entity.make(country, "GPE")  # "Argentine President": president of Argentina
            elif obj is not None and people_not_employer(obj.name, obj.type, role.title_head.lemma_):
                obj = None  # "Native American actress": who she is, no place of work
            kind = role.title
            left = post_left(prop, role, predicate)
            if left is not None and left != predicate:
                predicate, kind = left, f"former {role.title}"  # "stepped down as chairman": a former chairman
            if obj is not None and role.org is not None and field_not_employer(obj.name, role.org, role.title_head):
                # "Rock star Tom Reed": which kind of star, no place of work; the kind keeps its field
                kind = field_kind(obj.name, role.org, role.title, role.title_head)
                obj = None
            if obj is None and role.org is None and subject.type == "PERSON" and executive_title(role.title):
                obj = self._article_firm(prop.sentence)  # "said chief executive Tom Reed": the article's firm
            if owner is not None:
                subject, obj, relation, predicate = owner, subject, "OWN", "own"
                subj_arg, obj_arg = obj_arg, subj_arg
            elif obj is not None:
                relation = synonyms().get(role.title_head.lemma_.lower(), "ROLE") if left is None else "ROLE"
            else:
                obj, relation = Entity.make(kind, "CONCEPT"), "IS_A"
        elif (topic := self._topic_of(prop)) is not None:
            # a statement: (speaker)-[SAY {lemmas: [say|announce|...]}]->(what it is about); the
            # clause is the fact's object_text, the sentence its evidence
            obj, relation, predicate = self._entity(topic, offset), "SAY", prop.lemma
        elif prop.open_ie or prop.role is None:
            obj = self._entity(self._object_of(prop, obj_arg.head), offset)
        else:
            return  # a role whose holder is no name (a title on a CONCEPT)
        if obj is not None and relation in ("BASE", "FROM") and obj.type == "NORP":
            # a seat or an origin given as a nationality ("Japanese carmaker X", "Australian star
            # Tom Reed") is the country it names
            country = country_of(obj.name)
            obj = Entity.make(country, "GPE") if country is not None else None
        if obj is None or obj.id == subject.id:
            return
        if prop.rule == "role-as" and (relation in _ROLE_RELATIONS or titled_of(prop)) and removed_from_post(prop):
            if relation != "IS_A":
                relation, predicate = "ROLE", f"former {predicate}"  # "was sacked as head of Bergen Rovers"
            elif obj.type == "CONCEPT":
                obj = Entity.make(f"former {obj.name}", "CONCEPT")  # "sacked Jon Dahl as chairman"
        if topic is None and unasserted_first_person(subj_arg.head, obj_arg.head, prop.sentence):
            return  # "I feel I earned it": a quotation's "I" in a clause it does not assert
        if topic is not None and unasserted_statement(subj_arg.head, prop.negated, prop.modality):
            return  # "I don't think that ...": the speaker denies or supposes it
        if (relation == "IS_A" and role is None and not self.concept_facts and "CONCEPT" not in (subject.type, obj.type)
                and not _kind_named(self._named_of(obj_arg.head))):
            return  # "Aniston, who was Rachel", "Mukesh is the chairman and Anil its deputy": no kind
        if relation == "IS_A" and role is None and subject.type == "CONCEPT" and obj.type != "CONCEPT":
            # "The two winners were Nordic Bank and Fjord Capital": a name is an instance of a kind,
            # whichever side of "be" the sentence puts it
            subject, obj, subj_arg, obj_arg = obj, subject, obj_arg, subj_arg
        evidence, start_char, end_char = self._evidence_of(prop.sentence)
        attribution = None
        if prop.attribution is not None:
            source = self._source_of(prop.attribution.head)
            who = self.resolver.entity(source)
            if who is not None:
                attribution = who.name
            else:  # (a maker the resolver has no entity for is named by its word)
                attribution = prop.attribution.text if source == self._named_of(prop.attribution.head) else source.text
        elif self._sided:
            attribution = self._side_speaker(subj_arg.head, obj_arg.head)
        if isinstance(prop.attribution, FramedSource):
            self._framed.add((sentence, subj_arg.text, relation, obj_arg.text))
        if topic is not None and continued_statement(prop):
            self._continued.add((sentence, subject.name))
        modality = prop.modality
        negated = prop.negated and not (role is not None and prop.rule in COPULA_RULES
                                        and denied_denial(prop.args[1].head))  # "did not deny being chairman"
        if (modality in (None, "will", "shall", "have to", "will have to") and role is None and not prop.negated
                and (alternative_member(subj_arg.head) or alternative_member(obj_arg.head))):
            # "Either Nordbank or Vexa will buy Lumo": each is one possibility (a hedge already
            # there, "could", or a control verb, "would love to", is kept; "will have to choose
            # Tom Berg or Jon Lie": each one possibility, so the obligation gives way too)
            modality = "or"
        yield Fact(
            subject=subject, relation=relation, predicate=predicate, text=prop.relation, object=obj,
            confidence=round(prop.confidence * weight, 4), doc_id=self.doc_id, sentence=sentence,
            char_start=offset + start_char, char_end=offset + end_char,
            evidence=evidence, negated=negated, modality=modality,
            attribution=attribution, subject_text=subj_arg.text, object_text=obj_arg.text,
            args=tuple(prop.arg_texts), rule="statement" if topic is not None else prop.rule,
            extractor=self.extractor, extractor_version=self.version,
        )

    def graph_facts(self, facts: list[Fact]) -> list[Fact]:
        """The facts the graph takes, from all of a document's facts.

        A news graph is read through its named entities: a fact between two common-noun CONCEPTs
        ("arm HAVE finger") is left out unless ``concept_facts`` (the Open IE view, ``kg extract
        --format carb``, keeps every proposition). A statement fact (the speaker SAY what the
        clause is about) is kept only when the clause gave no fact attributed to its speaker, but
        for one the speaker states in the first person (:func:`kg.resolve.speakers.said_of_self`),
        or when its verb says the speaker's stance (:func:`stance_statement`: "claims", "believes"),
        or the clause's subject is the speaker's own "he" or "it" (:func:`self_report`), or another
        sentence named the speaker of a quotation that goes on (:func:`continued_statement`). A
        fact of an adverbial clause, whose speaker the clause it modifies gave ("While Nordbank
        sets high standards, it cannot check every word," Reed said), is no such fact: what was
        said is the main clause, and its statement stays.
        """
        kept = [f for f in facts if self.concept_facts or f.subject.type != "CONCEPT" or f.object.type != "CONCEPT"]
        spoken = {(f.sentence, f.attribution) for f in kept
                  if f.attribution and f.rule != "statement" and not said_of_self(f.subject_text, f.object_text)
                  and not self_report(f) and (f.sentence, f.subject_text, f.relation, f.object_text) not in self._framed}
        return [f for f in kept if f.rule != "statement" or (f.sentence, f.subject.name) not in spoken
                or stance_statement(f) or disclosure_statement(f) or (f.sentence, f.subject.name) in self._continued]
