"""The model's rule lemmatizer, its lemmas looked up by (form, part of speech, morphology).

spaCy's rule lemmatizer (``en_core_web_sm``'s ``lemmatizer``, mode ``rule``) works out a token's
lemma from the token's form, its part of speech and its morphological features and nothing else
(the lemma tables, the exceptions, :meth:`is_base_form`), but it makes a ``Token`` and reads those
three values in Python for every token of every text, and caches only some of its answers: on
real news that was about 2% of the parse's CPU time. Here, in ``nlp.pipe`` (the lemmatizer's
``pipe``; calling the lemmatizer on one doc is spaCy's own code), the three values of every token
are read in one ``doc.to_array`` and the lemma of each distinct combination is asked of the
lemmatizer once, then looked up. A token whose lemma is already set (by the attribute ruler) keeps
it, as the lemmatizer's own ``overwrite=False`` does, so the lemmas are the ones spaCy's own call
gives (``tests/test_lemma_table.py`` compares the two). A lemmatizer in another mode, or one that
overwrites, is left as it is.

The lemmatizer asks whether a form is a known word of its part of speech (``form in index``) of
its ``lemma_index`` table, whose entries are lists (57,528 nouns): a scan of the list for each of
its suffix rules, about half a millisecond a new word, a fifth of the first parse's CPU time on 200
BBC articles. The lists are made frozensets (:func:`indexed_lemmas`): the same answers, at once.

One choice of the rule lemmatizer is corrected (:func:`spelled_choice`): when two of its suffix rules
give real verbs ("hoping" -> "hope" or "hop"), it takes the last rule's answer, the shorter one,
so "hoping", "hoped" and "hopes" became ``hop``, "rated" ``rat`` and "dining" ``din``. English
spelling tells them apart: a one-syllable verb that ends in one vowel and one consonant doubles
the consonant before -ing and -ed ("hopping", "rated" of "rat" would be "ratted"), and a verb
adds -es only after s, x, z, ch, sh or o ("hops", not "hopes"). Where that spelling is not what
the word shows, the form with "e" is the verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS

COLUMNS = [ORTH, POS, MORPH, LEMMA]
# Distinct (form, part of speech, morphology) combinations kept; past this many the table starts
# again (a few MB; 100 news articles hold about 12,000).
MAX_ENTRIES = 100_000
# A one-syllable stem ending in one vowel and one consonant that doubles (not w, x or y).
DOUBLING_STEM = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
ES_AFTER = ("s", "x", "z", "ch", "sh", "o")


def spelled_choice(string: str, forms: list[str]) -> list[str]:
    """The rule lemmatizer's verb forms of ``string`` (lower case), the one its spelling shows
    first: "hoping", "hoped" -> "hope" before "hop"; "hopes" -> "hope" before "hop" (module doc)."""
    if len(forms) < 2:
        return forms
    stem = forms[0]
    with_e = stem + "e"
    if with_e not in forms:
        return forms
    if (string in (stem + "ing", stem + "ed") and DOUBLING_STEM.fullmatch(stem)) or (
        string == stem + "es" and not stem.endswith(ES_AFTER)
    ):
        return [with_e, *(form for form in forms if form != with_e)]
    return forms


def spelled(lemmatize: Callable[[Any], list[str]]) -> Callable[[Any], list[str]]:
    """``lemmatize`` (the rule lemmatizer's), its verb forms put in the order of
    :func:`spelled_choice`."""

    def lemmatize_spelled(token: Any) -> list[str]:
        forms = lemmatize(token)
        if token.pos_ != "VERB" and token.pos_ != "AUX":
            return forms
        return spelled_choice(token.text.lower(), forms)

    return lemmatize_spelled


class LemmaTable:
    """The lemmatizer's work on a doc, with the lemma of each combination of values asked once."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.table: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        table = self.table
        lemmatize = self.lemmatizer.lemmatize
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array(COLUMNS).tolist()):
            if lemma:
                continue  # set by the attribute ruler: kept (overwrite=False)
            key = (orth, pos, morph)
            found = table.get(key)
            if found is None:
                if len(table) >= MAX_ENTRIES:
                    table.clear()
                found = table[key] = self.strings.add(lemmatize(doc[i])[0])
            doc[i].lemma = found
        return doc

    def pipe(self, stream: Iterable[Any], *, batch_size: int = 128) -> Iterator[Any]:
        """The lemmatizer's ``pipe`` (``batch_size``, which spaCy passes, changes nothing)."""
        error_handler = self.lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield self(doc)
            except Exception as e:  # as spaCy's own Pipe.pipe reports it
                error_handler(self.lemmatizer.name, self.lemmatizer, [doc], e)


def indexed_lemmas(lemmatizer: Any) -> None:
    """The lemmatizer's ``lemma_index`` lists as frozensets: it only asks ``form in index`` of
    them, and whether one is empty (the module's doc)."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    index = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(index.items()):
        if isinstance(words, list):
            index[key] = frozenset(words)


def use_lemma_table(nlp: Any) -> bool:
    """Give the pipeline's rule lemmatizer a :class:`LemmaTable` (see the module's doc); False if
    it has none, or one in another mode or that overwrites lemmas (left as it is)."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return False
    if not getattr(lemmatizer, "_validated", False):
        lemmatizer._validate_tables()  # what its own first call does: a missing table is an error
    indexed_lemmas(lemmatizer)
    lemmatizer.lemmatize = spelled(lemmatizer.rule_lemmatize)  # its __call__ asks lemmatize too
    lemmatizer.pipe = LemmaTable(lemmatizer).pipe  # nlp.pipe calls a component's pipe
    return True
