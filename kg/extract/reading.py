"""The sentence the rules are reading, its tokens (names, arguments) made once.

A spaCy ``Span`` makes a new ``Token`` object at every step of every walk over it, and thirty
rules each walk the whole sentence: those walks were about a fifth of the rules' time
(``bench/rule_cost.py``). :func:`kg.extract.rules.sentence_propositions` reads a sentence inside
:func:`reading`, and the rules walk :func:`sentence_tokens` and :func:`sentence_entities`, which
hand every rule the same tuples (and :func:`kg.extract.nominal.arg_tokens` makes each argument
once). Tokens and spans are views of the parse, so they give exactly
what walking the span gives; the parse repairs, which change the parse, run before the rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span, Token

from kg.resolve.spans import sentence_ents


class _Sentence:
    __slots__ = ("args", "doc", "end", "ents", "graph_only", "index", "kids", "lemmas", "lowers", "span", "start",
                 "tokens")

    def __init__(self, sent: Span, graph_only: bool = False) -> None:
        self.span = sent  # the Span object the rules are handed (see holds)
        self.doc: Doc = sent.doc
        self.start: int = sent.start
        self.end: int = sent.end
        self.tokens: tuple[Token, ...] = tuple(sent)
        self.ents: tuple[Span, ...] | None = None  # made when a rule first asks
        # an argument's words by (head, excluded deps): kg.extract.nominal.arg_tokens
        self.args: dict[tuple[int, frozenset[str]], tuple[Token, ...]] = {}
        # a token's children by its index in the parse (Token.children makes them at each walk)
        self.kids: dict[int, tuple[Token, ...]] = {}
        self.lowers: frozenset[str] | None = None  # the sentence's words in lower case
        self.lemmas: frozenset[str] | None = None  # and their lemmas, in lower case
        self.index: frozenset[str | int] | None = None  # sentence_index
        self.graph_only = graph_only  # only what the graph takes is wanted of this reading

    def holds(self, sent: Span) -> bool:
        # (the rules ask of the very Span they were handed: tested first, without reading its
        # document and bounds, three look-ups into spaCy that made holds a third of the rules' asks)
        return sent is self.span or (self.doc is sent.doc and self.start == sent.start and self.end == sent.end)


_current: _Sentence | None = None  # the sentence being read, None outside sentence_propositions


def sentence_tokens(sent: Span) -> tuple[Token, ...]:
    """The tokens of ``sent``: made once while :func:`reading` holds the sentence."""
    cur = _current
    if cur is not None and cur.holds(sent):
        return cur.tokens
    return tuple(sent)


def sentence_entities(sent: Span) -> tuple[Span, ...]:
    """The names wholly inside ``sent`` (:func:`kg.resolve.spans.sentence_ents`), made once while
    :func:`reading` holds the sentence."""
    cur = _current
    if cur is None or not cur.holds(sent):
        return tuple(sentence_ents(sent))
    if cur.ents is None:
        cur.ents = tuple(sentence_ents(sent))
    return cur.ents


def children(tok: Token) -> tuple[Token, ...]:
    """``tok.children``, made once per token while :func:`reading` holds a sentence of its parse
    (the rules walk the same tokens' children many times)."""
    cur = _current
    if cur is None or cur.doc is not tok.doc:
        return tuple(tok.children)
    kids = cur.kids.get(tok.i)
    if kids is None:
        kids = cur.kids[tok.i] = tuple(tok.children)
    return kids


def proper_run(tok: Token) -> list[Token]:
    """The proper nouns of ``tok``'s sentence that end at ``tok`` ("New York" of "the Oslo and New
    York exchanges"), ``tok`` itself always included."""
    start = tok.i
    while start > tok.sent.start and tok.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return list(tok.doc[start:tok.i + 1])


def held_words() -> frozenset[str]:
    """The words, in lower case, of the sentence :func:`reading` holds (made once; a rule that
    looks for one word asks here first)."""
    cur = _current
    if cur is None:
        return frozenset()
    if cur.lowers is None:
        cur.lowers = frozenset(t.lower_ for t in cur.tokens)
    return cur.lowers


def sentence_words(sent: Span) -> frozenset[str]:
    """The words of ``sent`` in lower case, made once while :func:`reading` holds it: a rule that
    looks for one word ("as") asks here first, and reads no further in a sentence without it."""
    cur = _current
    if cur is None or not cur.holds(sent):
        return frozenset(t.lower_ for t in sent)
    if cur.lowers is None:
        cur.lowers = frozenset(t.lower_ for t in cur.tokens)
    return cur.lowers


def sentence_lemmas(sent: Span) -> frozenset[str]:
    """The lemmas of the words of ``sent`` in lower case, made once while :func:`reading` holds
    it: a rule about some nouns or verbs of its own ("film", "appoint") reads no further in a
    sentence that has none of them (``RULE_WORDS.isdisjoint(sentence_lemmas(sent))``)."""
    cur = _current
    if cur is None or not cur.holds(sent):
        return frozenset(t.lemma_.lower() for t in sent)
    if cur.lemmas is None:
        cur.lemmas = frozenset(t.lemma_.lower() for t in cur.tokens)
    return cur.lemmas


def sentence_index(sent: Span) -> frozenset[str | int]:
    """What a rule's declared triggers are tested against (:func:`kg.extract.registry.triggered_by`):
    the words of ``sent`` and their lemmas, in lower case (:func:`sentence_words`,
    :func:`sentence_lemmas`), and the ids (string hashes, as ``Token.tag``, ``Token.dep`` and
    ``Token.ent_type`` give them) of their fine tags, dependency labels and entity types, in one
    set, made once while :func:`reading` holds the sentence. (One set for all: a trigger found
    under another kind only makes a rule run where it need not, never skip where it must run.)"""
    cur = _current
    if cur is None or not cur.holds(sent):
        return _index(sent, tuple(sent))
    if cur.index is None:
        cur.index = _index(sent, cur.tokens)
    return cur.index


def _index(sent: Span, tokens: tuple[Token, ...]) -> frozenset[str | int]:
    labels = {x for t in tokens for x in (t.tag, t.dep, t.ent_type)}
    return frozenset().union(sentence_words(sent), sentence_lemmas(sent), labels)


def holding(tok: Token) -> tuple[Token, ...] | None:
    """The tokens of the sentence :func:`reading` holds, if ``tok`` is one of them (its
    ``tok.sent``, without walking the parse for it), else None."""
    cur = _current
    if cur is not None and cur.doc is tok.doc and cur.start <= tok.i < cur.end:
        return cur.tokens
    return None


def argument_memo(head: Token) -> dict[tuple[int, frozenset[str]], tuple[Token, ...]] | None:
    """Where :func:`kg.extract.nominal.arg_tokens` keeps the arguments it has made while
    :func:`reading` holds a sentence of ``head``'s parse (the rules ask for one argument several
    times), or None outside it."""
    cur = _current
    return cur.args if cur is not None and cur.doc is head.doc else None


def graph_only() -> bool:
    """Whether the sentence :func:`reading` holds is read for the graph only (``kg build``,
    ``extract_documents``): a reading only the Open IE view keeps (``graph=False``) need not be
    made then, since nothing of it reaches a fact. False outside :func:`reading` and for the
    Open IE view (``kg extract --format carb``), which makes every reading."""
    cur = _current
    return cur is not None and cur.graph_only


@contextmanager
def reading(sent: Span, *, graph_only: bool = False) -> Iterator[tuple[Token, ...]]:
    """Hold ``sent`` as the sentence being read (nests: the one before is held again after);
    ``graph_only``: see :func:`graph_only`."""
    global _current
    before = _current
    _current = _Sentence(sent, graph_only)
    try:
        yield _current.tokens
    finally:
        _current = before
