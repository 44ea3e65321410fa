"""Round 27, extraction speed outside the sentence rules (speed27b): the resolver reads the roots of
a document's noun chunks from arrays (``noun_chunk_roots``) and the facts read each statement's
topic once; both give what they replaced."""

from __future__ import annotations

import pytest
import spacy
from factories import fact_triples

from kg.extract.nlp import load_model
from kg.resolve.spans import noun_chunk_roots

TEXTS = (
    "Nordbank and Vexa Holdings bought the old steel plant in Bergen from Tom Reed.",
    "The chairman of Nordbank, Jon Dahl, said he and his wife had sold their shares, bonds and a boat.",
    "It was not clear whether the firm, its rivals or the regulator would act; they gave Jon Dahl a job.",
    "Vexa, Nordbank and the Bergen, Voss and Flam lines were sold, bought or merged by them.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_noun_chunk_roots_are_spacys_chunk_roots(text):
    doc = load_model()(text)
    assert [t.i for t in noun_chunk_roots(doc)] == [chunk.root.i for chunk in doc.noun_chunks]
    assert noun_chunk_roots(doc)  # (the texts have chunks: the comparison is not of two empty lists)


def test_noun_chunk_roots_of_an_unparsed_document_fail_as_spacys_do():
    doc = spacy.blank("en")("Nordbank bought Vexa.")
    with pytest.raises(ValueError):
        list(doc.noun_chunks)
    with pytest.raises(ValueError):
        noun_chunk_roots(doc)


def test_a_statement_keeps_its_topic():
    # the topic of "said S" is S's subject, read once for the SAY fact and the speaker's test
    facts = fact_triples("Vexa news\n\nTom Reed said the strong dollar was in the interest of Norway.\n")
    assert ("Tom Reed", "SAY", "strong dollar") in facts
