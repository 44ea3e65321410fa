"""Round 24's guards against facts between names read in the wrong sense or as asserted when the
sentence does not assert them (helper prec24b, precision on unseen news).

Each case is a sentence written for this test, in news style (not from the BBC articles, the seed
article nor CaRB): with its rule the wrong fact is gone (or carries its modality or negation), with
the rule switched off it is back, and a near sentence the rule must leave alone keeps its fact.
"""

from __future__ import annotations

import pytest
from factories import assert_guard_case, sentence_triples

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names

# (rule, sentence, the wrong fact the rule takes away, the fact that stays or comes instead)
CASES = [
    # a nationality word with an ordinal or superlative names one person of the nation
    ("ranked-member", "Tom Reed became the first Norwegian to win the title.", ("Tom Reed", "BECOME", "Norwegian"), None),
    ("ranked-member", "Jon Dahl beat the highest-ranked Swede in the draw.", ("Jon Dahl", "DEFEAT", "Swede"), None),
    # a participle opening the sentence is passive: born, not bearing
    ("fronted-participle", "Born in Bergen, Jon Dahl began his career at Nordbank.", ("Jon Dahl", "BEAR", "Bergen"),
     ("Jon Dahl", "BORN", "Bergen")),
    ("fronted-participle", "Educated in Oslo, Anna Berg joined Nordbank in 1999.", ("Anna Berg", "EDUCATE", "Oslo"),
     ("Anna Berg", "JOIN", "Nordbank")),
    # "secretary of state" is a secretary's post, not a statement
    ("of-title-head", "The deal was signed by US Secretary of State Jon Dahl on Monday.", ("Jon Dahl", "SAY", "US"),
     ("Jon Dahl", "SECRETARY", "US")),
    ("of-title-head", "The deal was signed by US Secretary of State Karl Holm on Monday.", ("Karl Holm", "SAY", "US"),
     ("Karl Holm", "SECRETARY", "US")),
    # "from" after a verb of motion names the place left, not the one gone to
    ("source-phrase", "Tom Reed moved from Nordvik to Halden in May.", ("Tom Reed", "MOVE", "Nordvik"),
     ("Tom Reed", "MOVE_FROM", "Nordvik")),
    ("source-phrase", "Jon Dahl returned from Bergen on Monday.", ("Jon Dahl", "RETURN", "Bergen"),
     ("Jon Dahl", "RETURN_FROM", "Bergen")),
]


def test_the_rules_are_registered() -> None:
    assert {"ranked-member", "fronted-participle", "of-title-head", "light-verb-matrix", "source-phrase"} <= set(rule_names())


@pytest.mark.parametrize(("rule", "sentence", "wrong", "kept"), CASES)
def test_the_guard_takes_the_wrong_fact_away(rule: str, sentence: str, wrong: tuple[str, str, str],
                                             kept: tuple[str, str, str] | None) -> None:
    assert_guard_case(rule, sentence, wrong, kept)


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Nordvik beat the Norwegians in Bergen.", ("Nordvik", "DEFEAT", "Norwegians")),  # the people, no ranking word
    ("Tom Reed joined the Democrats in 1990.", ("Tom Reed", "JOIN", "Democrats")),
    ("Jon Dahl was born in Bergen.", ("Jon Dahl", "BORN", "Bergen")),
    ("Tom Reed moved to Halden in May.", ("Tom Reed", "MOVE", "Halden")),  # the goal: the verb's own relation
])
def test_near_sentences_keep_their_facts(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)


def _bids(sentence: str) -> list[tuple[str, str, str | None, bool]]:
    """(subject, object, modality, negated) of the light-verb facts of one sentence."""
    return [(f.subject.name, f.object.name, f.modality, f.negated)
            for f in extract_text(f"Title\n\n{sentence}\n").facts if f.relation in ("BID_FOR", "TALK")]


@pytest.mark.parametrize(("sentence", "modality", "negated"), [
    ("Nordbank is poised to launch a bid for Vexa Holdings.", "poise", False),  # not yet made
    ("Nordbank wants to hold talks with Vexa Holdings.", "want", False),
    ("Nordbank declined to make a bid for Vexa Holdings.", None, True),  # denied
])
def test_the_light_verb_takes_the_matrix_modality(sentence: str, modality: str | None, negated: bool) -> None:
    assert _bids(sentence) == [("Nordbank", "Vexa Holdings", modality, negated)]
    with ablated(["light-verb-matrix"]):
        assert _bids(sentence) == [("Nordbank", "Vexa Holdings", None, False)]


def test_a_light_verb_on_its_own_is_asserted() -> None:
    assert _bids("Nordbank launched a bid for Vexa Holdings.") == [("Nordbank", "Vexa Holdings", None, False)]
    assert _bids("Nordbank went on to launch a bid for Vexa Holdings.") == [("Nordbank", "Vexa Holdings", None, False)]


def test_a_light_verb_under_if_gives_no_fact() -> None:
    sentence = "Vexa Holdings will fall if Nordbank launches a bid for Bergen Capital."
    assert not any(f.relation == "BID_FOR" for f in extract_text(f"Title\n\n{sentence}\n").facts)
    with ablated(["condition-clause"]):
        assert any(f.relation == "BID_FOR" for f in extract_text(f"Title\n\n{sentence}\n").facts)
