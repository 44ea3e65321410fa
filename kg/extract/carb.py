"""The Open IE view in CaRB's tabbed format: ``sentence⇥confidence⇥relation⇥arg1⇥arg2…``.

Two inputs. Pre-tokenised sentences (one a line, tokens separated by single spaces, as CaRB and
the Penn Treebank write them) are parsed with their tokens kept exactly as given: a spaCy ``Doc``
is built from the words, PTB escapes (``-LRB-``, `````` ``, ``''``, ``\\/``) get the norm of the
character they stand for so that the model sees what it was trained on, and the whole line is one
sentence. Plain text is parsed as usual and every spaCy sentence is a CaRB sentence.

Relation and argument text is made of the sentence's tokens joined by single spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.extract.base import Proposition
from kg.extract.nlp import load_model
from kg.extract.openie_repair import open_ie_propositions

# What PTB escapes stand for: given to the model as the token's norm, the text is kept.
PTB_NORMS = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    "``": '"', "''": '"', "`": "'",
}
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class CarbTuple:
    sentence: str
    confidence: float
    relation: str
    args: tuple[str, ...]

    def line(self) -> str:
        return "\t".join([self.sentence, f"{self.confidence:.4f}", self.relation, *self.args])


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def tokenized_doc(nlp, line: str):  # type: ignore[no-untyped-def]
    """A ``Doc`` of the line's space-separated tokens, as one sentence, not yet parsed."""
    from spacy.tokens import Doc

    words = [w for w in line.split(" ") if w]
    starts: list[bool | int | None] = [i == 0 for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, sent_starts=starts)
    for tok in doc:
        norm = PTB_NORMS.get(tok.text)
        if norm is None and "\\/" in tok.text:
            norm = tok.text.replace("\\/", "/").lower()
        if norm is not None:
            tok.norm_ = norm
    return doc


def tuples_of(sentence: str, propositions: Iterable[Proposition]) -> list[CarbTuple]:
    """Propositions as CaRB tuples; a tuple stated twice keeps its highest confidence."""
    best: dict[tuple[str, tuple[str, ...]], float] = {}
    for prop in propositions:
        if not prop.open_ie:
            continue
        relation = _clean(prop.relation)
        args = tuple(_clean(a) for a in prop.arg_texts)
        if not relation or not args or not args[0]:
            continue
        key = (relation, args)
        best[key] = max(best.get(key, 0.0), prop.confidence)
    return [CarbTuple(sentence, round(conf, 4), rel, args) for (rel, args), conf in best.items()]


def carb_tuples(sentences: Iterable[str], *, pretokenized: bool = True, batch_size: int = 64,
                model: str | None = None, processes: int = 1) -> Iterator[CarbTuple]:
    """CaRB tuples of every sentence (pre-tokenised lines) or text (plain text), in order."""
    nlp = load_model(model)
    if pretokenized:
        lines = [s.rstrip("\r\n") for s in sentences]
        kept = [line for line in lines if line.strip()]
        docs = nlp.pipe((tokenized_doc(nlp, line) for line in kept), batch_size=batch_size,
                        n_process=processes)
        for line, doc in zip(kept, docs, strict=True):
            yield from tuples_of(line, open_ie_propositions(doc[:]))
        return
    for doc in nlp.pipe(sentences, batch_size=batch_size, n_process=processes):
        for sent in doc.sents:
            text = _clean(sent.text)
            if text:
                yield from tuples_of(text, open_ie_propositions(sent))


def carb_lines(sentences: Iterable[str], **options: object) -> Iterator[str]:
    """CaRB's tabbed lines (no newline) for the sentences; see :func:`carb_tuples`."""
    for t in carb_tuples(sentences, **options):  # type: ignore[arg-type]
        yield t.line()
