"""Names a kind noun introduces, where the entity model read none (issue #13, round 23: names that
are no node). Part of the name repairs (:mod:`kg.extract.name_repairs`), on the entity spans:

- ``work-kind-title``: "her first single So High", "the road-trip comedy Are We There Yet?": the
  capitalised words straight after a noun for a kind of work are its title (a WORK_OF_ART span);
- ``org-kind-name``: "record company SonyBMG", "the union Unitas": the capitalised word straight
  after a noun only an organisation is is its name (an ORG span);
- ``bracket-in-name``: "the space agency's (Nasa) Ames Research Center": a name span the model
  ran through a bracket is two names, cut at it.

A title may hold any words ("Do the Right Thing", "If I Ain't Got You"), but it is a run of
capitalised words, with lower-case function words only between two of them; it stops at the first
other word, so no verb or time expression of the sentence enters it.
"""

from __future__ import annotations

import functools

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.registry import disabled, register
from kg.resolve.kinds import ORG_ONLY_KINDS

# Function words a title keeps between two capitalised words ("Man to Man", "Gone Are the Days");
# not "and" or "or", which join two titles as often as they sit inside one.
_INNER = frozenset({"of", "the", "a", "an", "in", "on", "to", "for", "at", "by", "with", "from", "is", "are"})
# Entity labels a title may overlap: the model reads "One Night" as a time, "Seven" as a number.
_REPLACEABLE = frozenset({"", "DATE", "TIME", "CARDINAL", "ORDINAL"})
_CLITICS = frozenset({"n't", "'re", "'ll", "'ve", "'m", "'d", "’re", "’ll", "’ve", "’m", "’d"})
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it"})
# Kinds of work the tagger's common nouns name that no other sense shares in news; not "record"
# (a record profit), "vehicle", "game" ("the game Arsenal won"), "adventure", "romance".
_EXTRA_WORK_KINDS = frozenset({"epic", "hit", "ballad", "anthem", "sitcom", "opera", "ballet", "musical", "track"})
_NOT_WORK_KINDS = frozenset({"record", "vehicle", "game", "adventure", "romance", "ep", "soap"})


@functools.lru_cache(maxsize=1)
def _kinds() -> tuple[frozenset[str], frozenset[str], frozenset[int]]:
    """The nouns of a kind of work, the nouns only an organisation is, and their ids (the cheap
    test: a text with none of them is left as it is)."""
    from kg.extract.works import WORK_KINDS  # kg.resolve imports kg.extract: at call time
    from kg.resolve.workdescriptions import DESCRIBED_KINDS

    works = (WORK_KINDS | DESCRIBED_KINDS | _EXTRA_WORK_KINDS) - _NOT_WORK_KINDS
    orgs = ORG_ONLY_KINDS - works
    return works, orgs, frozenset(get_string_id(w) for w in works | orgs)


def id_places(doc: Doc, attr: int, ids: frozenset[int]) -> list[int]:
    """The indices of the tokens of ``doc`` whose ``attr`` (``LOWER``, ``ORTH``) is one of ``ids``:
    the name repairs' cheap first test, one array of the doc and a set look-up per token (a tenth of
    ``numpy.isin``'s cost on a paragraph's hundred tokens)."""
    return [i for i, x in enumerate(doc.to_array(attr).tolist()) if x in ids]


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def _title_run(doc: Doc, start: int, end: int, inner: frozenset[str]) -> int:
    """The end of the run of capitalised words from ``start`` (before ``end``): words with a
    capital, numbers after one ("Half-Life 2"), a clitic or a hyphen inside a word ("Ain't"),
    one or two function words of ``inner`` between two capitalised words (not before a date or
    a time: "the comedy Man of the House on Friday"), a possessive between two ("Puff's
    Sleeping Garden"), and a "?" or "!" closing the last
    one ("Are We There Yet?"). ``start`` itself when no title starts there."""
    i = start
    last = start
    while i < end:
        tok = doc[i]
        glued = i > start and not doc[i - 1].whitespace_
        if _capital(tok) or (i > start and tok.like_num):
            i += 1
            last = i
        elif glued and tok.lower_ in ("'s", "’s"):
            if i + 1 < end and _capital(doc[i + 1]):
                i += 1  # a possessive inside the title: "Puff's Sleeping Garden"
                continue
            break  # a possessive: "the film Night Train's director"
        elif glued and (tok.text == "-" or tok.lower_ in _CLITICS):
            i += 1  # "Ai|n't", "Half|-|Life": a word the tokenizer cut
            if tok.text != "-":
                last = i
        elif tok.lower_ in inner:
            j = i  # one or two function words, then a capitalised word: "Man of the House"
            while j < end and j - i < 2 and doc[j].lower_ in inner:
                j += 1
            if j < end and _capital(doc[j]) and doc[j].ent_type_ not in ("DATE", "TIME"):
                i = j  # (a time after them is the sentence's, not the title's: "... on Friday")
            else:
                break
        elif tok.text in ("?", "!") and glued:
            return i + 1
        else:
            break
    return last


def _kind_name(kind: Token, works: frozenset[str], orgs: frozenset[str]) -> Span | None:
    """The name straight after ``kind`` (a singular kind noun in lower case), or None."""
    doc, sent = kind.doc, kind.sent
    start = kind.i + 1
    if start >= sent.end or not _capital(doc[start]) or doc[start].is_sent_start:
        return None
    if kind.lower_ in works:
        label, end = "WORK_OF_ART", _title_run(doc, start, sent.end, _INNER)
    else:
        label, end = "ORG", _title_run(doc, start, sent.end, frozenset())
    if end == start:
        return None
    tokens = doc[start:end]
    if any(t.ent_type_ not in _REPLACEABLE for t in tokens):
        return None  # the model read a person, a firm or a place there: "the film Tom Reed made"
    if len(tokens) == 1 and (tokens[0].lower_ in _PRONOUNS or tokens[0].ent_type_ or _initialism_noun(tokens[0])):
        return None  # "the song I wrote", "the show Monday", "a reality show TV"
    if end < sent.end and doc[end].pos_ == "NOUN" and tokens[-1].head.i == end:
        return None  # the name modifies a noun after it: "a single Nordbank branch"
    if any(t.ent_type_ and ((t.ent_iob_ == "I" and t.i == start) or _outside(t, start, end)) for t in tokens):
        return None  # a number or a date that runs on outside the name
    return Span(doc, start, end, label=label)


def _initialism_noun(tok: Token) -> bool:
    """A word in capitals that English has as a common noun ("TV", "PC", "CD")."""
    from kg.resolve.mentions import english_noun  # kg.resolve imports kg.extract: at call time

    return tok.is_upper and english_noun(tok.lower_)


def _outside(tok: Token, start: int, end: int) -> bool:
    """Whether the entity of ``tok`` runs past ``end`` (it starts at or after ``start``)."""
    i = tok.i + 1
    while i < len(tok.doc) and tok.doc[i].ent_iob_ == "I":
        i += 1
    return i > end


@register("work-kind-title")
@register("org-kind-name")
def kind_names(doc: Doc) -> list[Span]:
    """"Hit single One Night will follow", "the road-trip comedy Are We There Yet? topped the
    chart", "record company SonyBMG released it": the title of a work (WORK_OF_ART) or the name of
    an organisation (ORG) straight after the noun of its kind, where the entity model read no name
    there, or read a time or a number ("One Night").

    Linguistic reason: a noun of a kind before a capitalised name with nothing between ("the film
    Night Train", "the union Unitas") is in close apposition to it: the name is what the noun
    says it is, a work's title or an organisation's name, whatever its words (a title may be a
    clause, "If I Ain't Got You"). ``work-kind-title`` reads the nouns of creative works (song,
    single, album, film, comedy, novel, show, ...), ``org-kind-name`` the nouns only an
    organisation is (company, firm, union, band, ...). Not after a plural ("the films Ray and
    Sideways"), not over a name the model read as a person, a firm or a place ("the film Tom Reed
    directed"), not a pronoun ("the song I wrote"), a lone date ("the show Monday") or a common
    noun in capitals ("a reality show TV"), not after a noun that is part of a hyphenated
    modifier ("multi-channel TV"), and not a name that modifies a noun after it ("a single
    Nordbank branch").
    """
    works, orgs, ids = _kinds()
    off = disabled()
    if "work-kind-title" in off and "org-kind-name" in off:
        return []
    at = id_places(doc, LOWER, ids)  # the kind nouns' places only
    if not at:
        return []
    if "work-kind-title" in off:
        works = frozenset()
    if "org-kind-name" in off:
        orgs = frozenset()
    found: list[Span] = []
    for i in at:
        tok = doc[i]
        if tok.lower_ not in works and tok.lower_ not in orgs:
            continue
        if not tok.is_lower or tok.tag_ not in ("NN", "JJ") or (found and found[-1].end > tok.i):
            continue
        if tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_:
            continue  # a word of a compound modifier: "multi-channel TV"
        span = _kind_name(tok, works, orgs)
        if span is not None:
            found.append(span)
    return found


@register("bracket-in-name")
def bracket_split(span: Span) -> list[Span]:
    """"the space agency's (Nasa) Ames Research Center", "Tom Reed (Night Train) and ...": the
    parts of a name span the model ran through a bracket, each a name of its own ("Nasa", "Ames
    Research Center"); the span itself when it holds no bracket.

    Linguistic reason: a bracket closes or opens an aside (a short form, a work, a club after a
    name), and no name has a bracket inside it; the words on either side of one are two names.
    Each part keeps the model's label, but a part before an opening bracket that starts with a
    given name the name table knows is a person ("Tom Reed (Night Train"); a part with no
    capitalised word is dropped.
    """
    if "bracket-in-name" in disabled() or ("(" not in span.text and ")" not in span.text):
        return [span]
    from kg.resolve.names import given_names  # kg.resolve imports kg.extract: at call time

    parts: list[Span] = []
    start = span.start
    for i in range(span.start, span.end + 1):
        if i < span.end and span.doc[i].text not in ("(", ")"):
            continue
        if i > start and any(_capital(t) for t in span.doc[start:i]):
            label = span.label_
            if i < span.end and span.doc[i].text == "(" and span.doc[start].lower_ in given_names() and i - start <= 3:
                label = "PERSON"
            parts.append(Span(span.doc, start, i, label=label))
        start = i + 1
    return parts
