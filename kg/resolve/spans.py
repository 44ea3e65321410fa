"""Named entities of a sentence or around a token, read from the tokens' IOB tags.

``Span.ents`` and a scan of ``Doc.ents`` build a ``Span`` for every entity of the document on
each call: on a long page (the seed article: 392 entities, 99 sentences) that made each call
cost ~160 µs and the rules that read a sentence's names the slowest of all. These read only the
tokens concerned and give the same spans as ``Doc.ents`` (tested against it).
"""

from __future__ import annotations

from spacy.attrs import ENT_IOB
from spacy.tokens import Span, Token

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
