"""Who a claim comes from when a document or a phrase names its source: "according to X", "figures
from X", "a report by X", "a Nordbank statement said".

Helpers :func:`kg.extract.adjuncts.attribution_of` reads a clause's source with, and the sentence
rule that gives "according to X" a statement fact when its clause gives none
(:func:`according_statement_propositions`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.clauses import REPORTING
from kg.extract.nominal import argument
from kg.extract.reading import children, sentence_tokens, sentence_words
from kg.extract.registry import disabled, register, triggered_by
from kg.resolve.quotations import QUOTE_MARKS

# Nouns for a document or a count that a body makes public: what they say is their maker's claim.
DOCUMENTS = frozenset({
    "figure", "figures", "report", "reports", "data", "datum", "estimate", "estimates", "survey", "study",
    "statement", "poll", "research", "round-up", "analysis", "statistic", "statistics", "number", "numbers",
    "result", "results", "forecast", "release", "count", "census", "document", "documents", "filing", "letter",
    "paper", "index", "review", "audit", "list", "ranking", "rankings", "table", "guide", "calculation", "calculations", "findings", "finding", "chart", "charts",
})
# Documents that set terms rather than report a claim: "according to the agreement", "according to
# Norway's law" say what conforms to them, and name no one who says anything.
TERMS = frozenset({"agreement", "contract", "deal", "law", "laws", "rule", "rules", "plan", "plans", "terms",
                   "schedule", "timetable", "regulation", "regulations", "treaty", "constitution", "tradition"})
# Prepositions that name who made a document: "figures from X", "a report by X", "a study of X" is
# what it studies, so "of" is not one.
_MAKER_PREPS = frozenset({"by", "from"})
# Verbs whose subject makes the document they take as object: "Nordbank published a report".
_MAKING = frozenset({"publish", "release", "issue", "produce", "compile", "conduct", "commission", "gather",
                     "carry", "prepare", "draw"})
# A day's statement is made on that day, not by it; a place's survey is made there.
_TIMES = frozenset({"DATE", "TIME"})
_PLACES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME"})
_DOCUMENT_WORDS = DOCUMENTS | TERMS


def is_document(noun: Token) -> bool:
    """A common noun for a document or a count ("figures", "a report", "data")."""
    return noun.pos_ == "NOUN" and bool(_words(noun) & _DOCUMENT_WORDS)


def _words(noun: Token) -> set[str]:
    """The noun's word and lemma in lower case; a hyphened noun the tokenizer split is whole
    again ("round-up", whose head is "up")."""
    words = {noun.lower_, noun.lemma_.lower()}
    first = noun.doc[noun.i - 2] if noun.i >= 2 and noun.doc[noun.i - 1].text == "-" else None
    if first is not None and first.head.i == noun.i:
        words.add(f"{first.lower_}-{noun.lower_}")
    return words


def _maker(noun: Token) -> Token | None:
    """Who made the document ``noun`` names: its owner ("Nordbank's figures"; not a day's,
    "Monday's statement"), the name that publishes it ("Nordbank published a report"), the name
    of a body before it ("a Nordbank report", "Bergen Statistics data"; not a place's, "a Bergen
    survey", which is where it was made), or the one its "by" or "from" phrase names, also through
    a participle ("figures released by Nordbank", "compiled by Nordbank"); a description there
    stands for the name it is given ("figures from the regulator, Vexa Watch": Vexa Watch)."""
    for c in children(noun):
        if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in _TIMES:
            return c
    if noun.dep_ == "dobj" and noun.head.lemma_ in _MAKING:  # "Nordbank published a report"
        maker = next((c for c in children(noun.head) if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        if maker is not None:
            return maker
    for c in children(noun):
        pobj = None
        if c.dep_ == "prep" and c.lower_ in _MAKER_PREPS:
            pobj = next((g for g in children(c) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
        elif c.dep_ == "acl" and c.pos_ == "VERB":
            pobj = _agent(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            # "a list of lenders compiled by Nordbank": the parse hangs the participle on the
            # nearer noun, but lenders are not compiled; the list is
            what = next((g for g in children(c) if g.dep_ == "pobj"), None)
            made = what and next((g for g in children(what) if g.dep_ == "acl" and g.lemma_ in _MAKING), None)
            pobj = made and _agent(made)
        if pobj is not None and not is_document(pobj):
            return _given_name(pobj)
    # "a Bergen survey by Vexa Research": the "by" phrase first; a place before the noun is where
    # the document was made, not who made it
    named = [c for c in children(noun) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    return named[-1] if named and named[-1].ent_type_ not in _PLACES else None


def _agent(participle: Token) -> Token | None:
    """The noun of a participle's "by" phrase ("released by Nordbank": Nordbank), or None."""
    agent = next((g for g in children(participle) if g.dep_ == "agent"), None)
    return agent and next((g for g in children(agent) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)


def _given_name(tok: Token) -> Token:
    """A description with the name it is given right after it ("the regulator Vexa Watch",
    "industry watchdog, Vexa Watch") stands for the name."""
    if tok.pos_ != "NOUN":
        return tok
    name = next((c for c in children(tok) if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > tok.i), None)
    return name if name is not None else tok


@register("according-source")
def according_source(pobj: Token) -> Token:
    """"according to figures from Nordbank", "according to a report by Vexa Research", "according
    to Bergen Statistics data": the source of the claim is who made the document (Nordbank, Vexa
    Research, Bergen Statistics); "according to reports" or "according to new figures" names no
    source: the claim is still reported (the document is its attribution), but nobody says it, so
    no statement fact is made of it; "according to Tom Reed", "according to analysts" are the
    source themselves.

    Linguistic reason: "according to" names where a claim comes from; a document or a count
    ("figures", "a report", "data") only carries the claim of whoever made it public, who the
    phrase names by a possessive, a name before the noun, or "by" / "from"; a document without
    one ("reports said") names nobody a reader could ask.
    """
    if "according-source" in disabled() or not is_document(pobj) or _words(pobj) & TERMS:
        return pobj  # (terms: "according to Norway's law" is no one's claim)
    maker = _maker(pobj)
    return maker if maker is not None else pobj


@register("document-source")
def document_speaker(subject: Token, earlier: Sequence[Doc] = ()) -> Token:
    """"a Nordbank statement said", "a study by Vexa Research found", "according to the report"
    after "a Nordbank report" earlier: the source of a claim that a document makes is the
    document's maker (Nordbank, Vexa Research); any other source is its own.

    Linguistic reason: a statement, a report or a set of figures says only what its maker says
    through it; the claim is the maker's (as with "according to", :func:`according_source`). A
    definite document with no maker of its own ("the report said", "the survey found") is the one
    the text named before: the nearest earlier mention of the same noun, in its sentence or the
    paragraphs before (``earlier``), gives the maker, if it names one.
    """
    if "document-source" in disabled() or not is_document(subject) or _words(subject) & TERMS:
        return subject
    maker = _maker(subject)
    if maker is not None:
        return maker
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(subject)):
        return subject
    before = [subject.doc[:subject.i], *(d[:] for d in reversed(earlier))]
    for span in before:
        for tok in reversed(span):
            if tok.lemma_ == subject.lemma_ and is_document(tok):
                found = _maker(tok)
                return found if found is not None else subject  # the nearest mention decides
    return subject


def according_to(tok: Token) -> Token | None:
    """The object of "to" in an "according to" phrase headed by ``tok`` (or None)."""
    if tok.lower_ != "according" or tok.dep_ != "prep":
        return None
    to = next((c for c in children(tok) if c.lower_ == "to"), None)
    return to and next((c for c in children(to) if c.dep_ == "pobj"), None)


def _clause_of(according: Token) -> Token | None:
    """The verb of the clause an "according to" phrase qualifies (the phrase may hang on a noun of it)."""
    head = according.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


@register("according-statement")
@triggered_by(words={"according"})
def according_statement_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordbank's profits fell in March, according to the Bergen Post": the Bergen Post says the
    clause (a ``clausal`` proposition of "say", graph only): its facts are already the Post's
    (attribution), and when the clause gives none, a statement fact links the Post to what the
    clause is about (``(Bergen Post)-[:SAY]->(profits)``), as for "the Bergen Post said S".

    Linguistic reason: "S, according to X" reports S as X's claim just as "X said S" does; only the
    word order differs, and news uses it most for figures and reports ("according to figures from
    X"), where the source is the document's maker (:func:`according_source`).
    """
    if "according-statement" in disabled() or "according" not in sentence_words(sent):
        return
    for tok in sentence_tokens(sent):
        pobj = according_to(tok)
        source = according_source(pobj) if pobj is not None else None
        if source is None or is_document(source):
            continue  # "according to reports": no one to say it
        clause = _clause_of(tok)
        if clause is None or clause.lemma_ in REPORTING:
            continue  # ("according to X, Tom Reed said that ...": Reed's statement, which X reports)
        skip = {t.i for t in tok.subtree}
        words = tuple(t for t in clause.subtree if t.i not in skip and t.text not in QUOTE_MARKS and not t.is_punct)
        if words:
            yield Proposition(sentence=sent, relation="according to", lemma="say",
                              args=[argument(source), Argument(clause, words)],
                              rule="clausal", confidence=0.5, open_ie=False)
