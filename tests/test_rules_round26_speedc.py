"""Round 26, extraction speed, third pass (speed26c): the name repairs' cheap first test by set
(``id_places``) finds the tokens ``numpy.isin`` found, and the repairs behind it still run."""

from __future__ import annotations

import numpy
from factories import fact_triples
from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id

from kg.extract.kind_names import id_places
from kg.extract.nlp import load_model
from kg.extract.registry import ablated


def test_id_places_are_the_places_numpy_isin_finds():
    nlp = load_model()
    doc = nlp("The union Unitas said: All Saints and Trinidad and Tobago met No Doubt in Bergen.")
    for attr, words in ((LOWER, ("union", "trinidad", "and", "absent")), (ORTH, (":", "All", "No")),
                        (ORTH, ("Nowhere",))):
        ids = frozenset(get_string_id(w) for w in words)
        expected = numpy.flatnonzero(numpy.isin(doc.to_array(attr), tuple(ids))).tolist()
        assert id_places(doc, attr, ids) == expected
    assert id_places(doc, ORTH, frozenset({get_string_id("Nowhere")})) == []


def test_the_repairs_behind_the_cheap_test_still_run():
    text = "Vexa news\n\nTrinidad and Tobago beat Bergen on Sunday.\n"
    assert any(s == "Trinidad and Tobago" for s, _, _ in fact_triples(text))
    with ablated(["and-in-country"]):  # the repair, not the model, makes the one name
        assert not any(s == "Trinidad and Tobago" for s, _, _ in fact_triples(text))
