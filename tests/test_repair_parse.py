"""``repair_parse`` (a Doc at once, each repair walking only the words its first test can hold
for) leaves the parse as ``repair_sentence`` on each sentence (every repair walking every word)
does, with every repair on and with each one switched off."""

from __future__ import annotations

import pytest

from kg.extract.nlp import load_model
from kg.extract.registry import ablated
from kg.extract.repair import _REPAIRS, repair_parse, repair_sentence

# Our own sentences, in one paragraph, on which the repairs act (their docstrings' examples).
TEXT = (
    "Reed, who was married to actress Lena Holm, died in Bergen. "
    "Star of the fair will be the robot of Vexa. "
    "Reed has been resting in Wales and Ferguson said he would be back soon. "
    "Arsenal beat Chelsea 2-1 at Highbury on Sunday. "
    "Nordbank will buy back shares worth ten million euros. "
    "Norway's sporting director, Lars Holm is confident. "
    "Jonas' lawyer Tom Reed told the court that the deal was off. "
    "The minister went to singer Anna Holt and the mayor stayed home."
)


def _parse_of(doc) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    return (tuple((t.head.i, t.dep_, t.pos_, t.tag_, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc),
            tuple((e.start, e.end, e.label_) for e in doc.ents))


def _both_ways() -> tuple[tuple[object, ...], tuple[object, ...], tuple[object, ...]]:
    nlp = load_model()
    raw, by_sentence, by_doc = nlp(TEXT), nlp(TEXT), nlp(TEXT)
    for sent in by_sentence.sents:
        repair_sentence(sent)
    repair_parse(by_doc)
    return _parse_of(raw), _parse_of(by_sentence), _parse_of(by_doc)


def test_repair_parse_repairs_as_each_sentence_repaired_in_turn():
    raw, by_sentence, by_doc = _both_ways()
    assert by_doc == by_sentence
    changed = sum(a != b for a, b in zip(raw[0], by_doc[0], strict=True))
    assert changed >= 5  # the repairs did act on these sentences


@pytest.mark.parametrize("name", [name for name, _, _ in _REPAIRS])
def test_repair_parse_with_a_repair_switched_off(name: str):
    with ablated([name]):
        _, by_sentence, by_doc = _both_ways()
    assert by_doc == by_sentence
