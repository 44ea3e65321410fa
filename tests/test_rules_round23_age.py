"""The age description after a quotation, and the repair that makes the age a subject (round 23,
helper age23; the repair was written by parse23 in 8f14880 and taken out for its resolver's
mistakes).

- ``quoted-no-antecedent``: a name inside a quotation is no antecedent of an age outside it
  ("... the Worlds ...," said Lund. The 32-year-old ...": Lund, not "Worlds"), and a sentence wholly
  inside the speaker's quotation does not end the age's search for the person just named.
- ``age-own-gender``: "The 33-year-old injured herself" is no man the text has called "he".
- ``age-as-subject``: "The 24-year-old joined Halden in 2003" → the age is the subject of
  "joined", which the small model reads as an adjective (the noun after it the sentence's root).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

from factories import fact_triples

from kg.extract import extract_text
from kg.extract.nlp import load_model
from kg.extract.registry import ablated, rule_names
from kg.extract.repair import repair_parse

SIGNING = ("Nordvik sign Reed\n\nNordvik have signed striker Tom Reed from Halden for two million pounds. "
           "The 24-year-old joined Halden from Bergen City in 2003.\n")
QUOTED = ('Lund picked\n\nKari Lund has been picked for the Bergen relay. "Winning the title meant so much to '
          'me," said Lund. "Being picked for the Worlds means I can focus on my training." The 32-year-old '
          'joined Nordvik in 2001.\n')
COACH = ('Reed out\n\nTom Reed lost to Jon Dahl in Bergen on Monday. "I have worked hard with Karl Ober this '
         'winter, but it was not enough," said Reed. The 25-year-old joined Nordvik in 2003.\n')
HERSELF = ("Show closes\n\nSinger Kari Lund had to pull out of the show with a broken foot. Producer Tom Reed "
           "said he was proud of the show. The 33-year-old injured herself while performing in Bergen.\n")
HIMSELF = ("Show closes\n\nProducer Tom Reed said he was proud of the show. The 33-year-old injured himself "
           "while performing in Bergen.\n")


def _age_facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts
            if "year-old" in f.evidence}


def _parsed(sentence: str):  # type: ignore[no-untyped-def]
    doc = load_model()(sentence)
    repair_parse(doc)
    return doc


def test_the_rules_are_registered() -> None:
    assert {"age-as-subject", "quoted-no-antecedent", "age-own-gender"} <= set(rule_names())


def test_an_age_after_a_quotation_is_its_speaker() -> None:
    assert ("Kari Lund", "JOIN", "Nordvik") in _age_facts(QUOTED)
    with ablated(["quoted-no-antecedent"]):
        found = _age_facts(QUOTED)
    assert ("Kari Lund", "JOIN", "Nordvik") not in found  # "Worlds", a person to the tagger, took it


def test_a_name_inside_the_speakers_quotation_is_no_antecedent() -> None:
    # the coach Reed thanks is named in the sentence before, inside the quotation: Reed is meant
    assert ("Tom Reed", "JOIN", "Nordvik") in _age_facts(COACH)
    with ablated(["quoted-no-antecedent"]):
        assert ("Tom Reed", "JOIN", "Nordvik") not in _age_facts(COACH)


def test_an_age_whose_clause_says_a_woman_is_no_man() -> None:
    assert not any(s == "Tom Reed" for s, _, _ in _age_facts(HERSELF))
    with ablated(["age-own-gender"]):
        assert any(s == "Tom Reed" for s, _, _ in _age_facts(HERSELF))


def test_an_age_whose_clause_says_a_man_keeps_him() -> None:
    # "himself" agrees with the producer the text called "he": he is still meant
    assert ("Tom Reed", "PERFORM", "Bergen") in _age_facts(HIMSELF)


def test_an_age_before_a_verb_is_its_subject() -> None:
    assert ("Tom Reed", "JOIN", "Halden") in fact_triples(SIGNING)
    doc = _parsed("The 24-year-old joined Halden from Bergen City in 2003.")
    old, joined = doc[5], doc[6]
    assert (old.dep_, old.head.i, joined.dep_, joined.lemma_) == ("nsubj", joined.i, "ROOT", "join")
    assert doc[0].head.i == old.i  # "the" goes with the age


def test_without_the_age_repair() -> None:
    with ablated(["age-as-subject"]):
        assert not any(f[1] == "JOIN" for f in fact_triples(SIGNING))
        doc = _parsed("The 24-year-old joined Halden from Bergen City in 2003.")
    assert doc[5].dep_ == "amod"


def test_an_age_before_a_noun_is_left_alone() -> None:
    # "the 31-year-old former striker": the age describes the noun after it, as the model read it
    doc = _parsed("The 31-year-old former striker signed for Halden in May.")
    assert doc[5].dep_ == "amod" and doc[5].head.lower_ == "striker"


def test_an_age_before_a_modal_is_the_subject_of_its_verb() -> None:
    doc = _parsed("The 32-year-old will race alongside Jon Dahl in Bergen.")
    old = doc[5]
    if old.dep_ != "amod":  # the model may read it right: nothing to repair
        assert old.dep_ == "nsubj" and old.head.lower_ == "race"
        assert doc[6].dep_ == "aux"


NARRATED = ('Reed joins Nordvik\n\nTom Reed joined Nordvik in May. Jon Dahl said: "Reed is a great signing." '
            'The 25-year-old joined Halden in 2003.\n')


def test_a_name_the_narrator_gave_before_its_quotation_still_competes() -> None:
    # Reed, whom the speaker talks of, was named outside a quotation first: the age is not the speaker's
    assert not any(s == "Jon Dahl" for s, _, _ in _age_facts(NARRATED))


def test_a_past_form_before_a_bare_singular_noun_stays_its_adjective() -> None:
    # "married father" (no determiner of its own) is no object: the age describes the father
    for sentence in ("The 24-year-old married father of two signed for Halden in May.", "The 24-year-old injured striker."):
        doc = _parsed(sentence)
        assert doc[5].dep_ != "nsubj" and doc[6].dep_ != "ROOT", sentence
    assert not any(r == "MARRY" for _, r, _ in fact_triples(
        "Halden sign Reed\n\nHalden have signed Tom Reed. The 24-year-old married father of two signed in May.\n"))
