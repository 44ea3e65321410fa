"""kg.extract.attribute_matches: the model's attribute ruler matched by table look-up annotates
every token as spaCy's own matcher does."""

from __future__ import annotations

import spacy

from kg.extract.attribute_matches import TableMatches, use_table_matches
from kg.extract.nlp import load_model

# Our own sentences, written to reach the ruler's kinds of rule: the tag map, a word with its tag
# ("n't", "'s", "that" as a conjunction), a pronoun by its dependency ("I" as subject and object),
# a rule on two tokens ("there is", "there's"), "do"/"have" as a main verb, white space tokens.
TEXTS = [
    "I told you that it wasn't the ferry, and you didn't believe me.",
    "There is a harbour in Tromsø, and there's a ferry that leaves at noon.",
    "Anna has a boat; she doesn't have a licence, but she did the course anyway.",
    "Whether or not the union agrees, the port authority will   close the dock.\n\nIt's done.",
    "Those who'd asked were told it'll rain; this is what they'd feared, so they stayed home.",
    "  \t",
    "",
]


def _annotations(nlp) -> list[list[tuple[str, ...]]]:
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in doc]
            for doc in nlp.pipe(TEXTS)]


def test_the_table_annotates_as_spacys_matcher():
    nlp = load_model()
    shipped = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")
    assert isinstance(nlp.get_pipe("attribute_ruler").match, TableMatches)
    assert not isinstance(shipped.get_pipe("attribute_ruler").match, TableMatches)
    assert _annotations(nlp) == _annotations(shipped)


def test_the_table_finds_the_matchers_matches_rule_for_rule():
    nlp = spacy.load(f"{load_model().meta['lang']}_{load_model().meta['name']}")
    ruler = nlp.get_pipe("attribute_ruler")
    table = TableMatches.of(ruler)
    assert table is not None
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(nlp.pipe(TEXTS))
    pairs = 0
    for doc in docs:
        assert table(doc) == ruler.match(doc)
        pairs += sum(end - start == 2 for _, _, start, end in table(doc))
    assert pairs  # a two-token rule ("there is") was among them


def test_a_ruler_with_a_rule_the_table_cannot_evaluate_is_left_as_it_is():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "port"}, {"LOWER": "authority", "OP": "?"}]], {"LEMMA": "port"})
    assert use_table_matches(nlp) is False
    assert not isinstance(ruler.match, TableMatches)
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["port", "dock"]}}, {"IS_SPACE": True}]], {"LEMMA": "port"})
    assert TableMatches.of(ruler) is not None
