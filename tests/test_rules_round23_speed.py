"""Round 23's cuts to kg's own extraction work: each gives what the slower way gave.

The held sentence knows the very ``Span`` the rules are handed and tests it first; a span of the
same words made again (``tok.sent``) is held too, and a sentence that is not held is not.
"""

from __future__ import annotations

from kg.extract.nlp import load_model
from kg.extract.reading import holding, reading, sentence_lemmas, sentence_tokens, sentence_words

TEXT = ("Title\n\nTom Reed founded Nordbank in Bergen. Jon Dahl, its chairman, said the bank "
        "would open in Voss.")


def test_a_held_sentence_is_known_by_the_span_handed_and_by_its_bounds():
    doc = load_model()(TEXT)
    first, second = [s for s in doc.sents if len(s) > 2][:2]
    with reading(second) as tokens:
        assert sentence_tokens(second) is tokens  # the span handed: its tokens made once
        again = second[0].sent  # the same words, a new Span
        assert again is not second
        assert sentence_tokens(again) is tokens
        assert sentence_words(again) is sentence_words(second)
        assert sentence_lemmas(again) is sentence_lemmas(second)
        assert "chairman" in sentence_words(second)
        assert sentence_tokens(first) is not tokens  # not held: made from the span
        assert [t.i for t in sentence_tokens(first)] == [t.i for t in first]
        assert "founded" in sentence_words(first) and "chairman" not in sentence_words(first)
        assert holding(first[0]) is None and holding(second[0]) is tokens
