"""Named entities of a sentence or around a token, read from the tokens' IOB tags; the roots of a
document's noun chunks.

``Span.ents`` and a scan of ``Doc.ents`` build a ``Span`` for every entity of the document on
each call: on a long page (the seed article: 392 entities, 99 sentences) that made each call
cost ~160 µs and the rules that read a sentence's names the slowest of all. These read only the
tokens concerned and give the same spans as ``Doc.ents`` (tested against it).
"""

from __future__ import annotations

from spacy.attrs import DEP, ENT_IOB, POS
from spacy.lang.en.syntax_iterators import noun_chunks as _english_chunks
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

_I, _B = 1, 3  # ent_iob of 'I' and 'B' (spaCy's IOB_STRINGS: '', 'I', 'O', 'B')


def _span(tok: Token, end: int) -> Span:
    return Span(tok.doc, tok.i, end, label=tok.ent_type, kb_id=tok.ent_kb_id, span_id=tok.ent_id)


def _end(tok: Token) -> int:
    doc, end = tok.doc, tok.i + 1
    while end < len(doc) and doc[end].ent_iob == _I:
        end += 1
    return end


def entity_at(tok: Token) -> Span | None:
    """The entity ``tok`` is part of, as ``Doc.ents`` has it, or None (IOB tags as numbers: no
    tag string made per word)."""
    if tok.ent_iob not in (_B, _I):
        return None
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start].ent_iob == _I:
        start -= 1
    return _span(doc[start], _end(doc[start]))


def sentence_ents(sent: Span) -> list[Span]:
    """The entities wholly inside ``sent``, in order: what ``sent.ents`` gives."""
    doc, out, i = sent.doc, [], sent.start
    iob = doc.to_array(ENT_IOB).tolist()  # (a Token for every word was most of the cost)
    while i < sent.end:
        if iob[i] == _B:
            end = i + 1
            while end < len(iob) and iob[end] == _I:
                end += 1
            if end <= sent.end:
                out.append(_span(doc[i], end))
            i = end
        else:
            i += 1
    return out


# English noun chunks (spaCy's ``spacy.lang.en.syntax_iterators.noun_chunks``): the dependency
# labels of a chunk's word, read as ids
_NP_DEPS = frozenset(get_string_id(label) for label in (
    "oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"))
_CONJ = get_string_id("conj")
_NOUNISH = frozenset({NOUN, PROPN, PRON})


def noun_chunk_roots(doc: Doc) -> list[Token]:
    """``chunk.root`` of every chunk of ``doc.noun_chunks``, in order: the same words, by the same
    test as spaCy's English iterator, which makes a ``Token`` of every word of the document to
    read its part of speech (and a ``Span`` of every chunk); this reads the parts of speech and
    labels as one array and makes a ``Token`` of the nouns and pronouns only. Another language's
    iterator, or a document with no parse, goes through spaCy's own."""
    iterator = doc.noun_chunks_iterator  # type: ignore[attr-defined]
    if iterator is not _english_chunks or not doc.has_annotation("DEP"):
        return [chunk.root for chunk in doc.noun_chunks]
    roots: list[Token] = []
    prev_end = -1
    for i, (pos, dep) in enumerate(doc.to_array([POS, DEP]).tolist()):
        if pos not in _NOUNISH:
            continue
        word = doc[i]
        start = word.left_edge.i
        if start <= prev_end:
            continue  # no chunk inside another
        if dep not in _NP_DEPS:
            if dep != _CONJ:
                continue
            head = word.head
            while head.dep == _CONJ and head.head.i < head.i:
                head = head.head
            if head.dep not in _NP_DEPS:
                continue  # coordinated to no noun phrase
        prev_end = i
        roots.append(word if start == i else Span(doc, start, i + 1).root)
    return roots
