"""kg.extract.lemma_table: the model's rule lemmatizer, its lemmas looked up in ``nlp.pipe``,
lemmatizes every token as spaCy's own lemmatizer does, but for the verbs whose spelling tells two
of its answers apart ("hoping" is "hope", not "hop")."""

from __future__ import annotations

import spacy

from kg.extract import extract_text
from kg.extract.lemma_table import LemmaTable, spelled_choice, use_lemma_table
from kg.extract.nlp import load_model

# Our own sentences, written to reach the lemmatizer's kinds of answer: inflected nouns, verbs and
# adjectives (rules, exceptions: "geese", "went", "better"), base forms, names, pronouns and
# forms the attribute ruler lemmatizes itself ("'s", "n't"), numbers, punctuation, white space.
TEXTS = [
    "The geese went further north than the ferries had gone, and Anna's boats were better.",
    "She isn't sure whether the dockworkers' unions will strike; they've struck twice already.",
    "Nordic Bank raised rates to 4.5% on Thursday -- its third rise in twelve months.",
    "Those who'd asked were told it'll rain, so the fishermen stayed home.\n\n  It's done.",
    "The geese went north again.",  # a second time: looked up, not asked
    "",
]


def _lemmas(nlp) -> list[list[tuple[str, str, str]]]:
    return [[(t.text, t.pos_, t.lemma_) for t in doc] for doc in nlp.pipe(TEXTS)]


def test_the_table_lemmatizes_as_spacys_lemmatizer():
    nlp = load_model()
    shipped = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")
    assert nlp.get_pipe("lemmatizer").pipe.__self__.__class__ is LemmaTable
    assert "pipe" not in vars(shipped.get_pipe("lemmatizer"))
    assert _lemmas(nlp) == _lemmas(shipped)
    # one doc through the component itself is spaCy's own code, and agrees too
    assert [t.lemma_ for t in nlp(TEXTS[0])] == [t.lemma_ for t in shipped(TEXTS[0])]


def test_a_lemmatizer_that_overwrites_or_looks_up_is_left_as_it_is():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert use_lemma_table(nlp) is False
    assert "pipe" not in vars(nlp.get_pipe("lemmatizer"))
    assert use_lemma_table(spacy.blank("en")) is False


def test_a_verb_is_lemmatized_as_its_spelling_shows():
    nlp = load_model()
    text = ("Tom Reed is hoping to stay; he hoped it, and hopes so. Vexa Holdings rated the bonds "
            "and rates them, and fined Jon Dahl. Nordbank was hopping mad, fixed the rules, "
            "visited Bergen, watches the docks and goes home.")
    expected = {"hoping": "hope", "hoped": "hope", "hopes": "hope", "rated": "rate",
                "rates": "rate", "fined": "fine", "hopping": "hop", "fixed": "fix",
                "visited": "visit", "watches": "watch", "goes": "go"}
    for doc in (next(nlp.pipe([text])), nlp(text)):  # the table, and the component's own call
        got = {t.text: t.lemma_ for t in doc if t.text in expected}
        assert got == expected


def test_the_spelling_choice_keeps_what_the_spelling_does_not_decide():
    # one-syllable stems with one vowel and one consonant: "hoping" is hope, "hopping" hop
    assert spelled_choice("hoping", ["hop", "hope"]) == ["hope", "hop"]
    assert spelled_choice("staged", ["stag", "stage"]) == ["stage", "stag"]
    # two syllables, or a stem that never doubles (w, x, y): the lemmatizer's order stands
    assert spelled_choice("visited", ["visit", "visite"]) == ["visit", "visite"]
    assert spelled_choice("fixed", ["fix", "fixe"]) == ["fix", "fixe"]
    # -es after a sibilant or o is the verb's own: "buses" is bus
    assert spelled_choice("buses", ["bus", "buse"]) == ["bus", "buse"]
    assert spelled_choice("hopes", ["hop", "hope"]) == ["hope", "hop"]
    assert spelled_choice("hoped", ["hope"]) == ["hope"]


def test_a_hope_is_the_modality_of_the_hoped_for_fact():
    facts = extract_text("Tom Reed hopes to join Nordbank.").facts
    assert [(f.subject.name, f.relation, f.object.name, f.modality) for f in facts] == [
        ("Tom Reed", "JOIN", "Nordbank", "hope")]
