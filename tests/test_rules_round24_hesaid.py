"""Antecedents, round 24: a "he" or "she" goes to a name the document marks as a person of that
gender (a courtesy title, a given name, a gendered noun, a "he" or "she" said of it) over a name
only the tagger calls a person, when both are in the window (``marked-person-over-tagged``): a
product's codename, a club, a nationality typed PERSON lost the pronoun's facts to the person.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule, but the
last, which checks that a bare surname that has spoken keeps its "he".
"""

from __future__ import annotations

from factories import fact_triples

from kg.extract.registry import ablated, rule_names

RULE = "marked-person-over-tagged"


def test_the_rule_is_registered() -> None:
    assert RULE in set(rule_names())


_CODENAME = ("Nordbank phone\n\n"
             "Nordbank showed its new phone, codenamed Kestrel, to developers on Monday. Mr Dahl, head of "
             "the phone unit, led the show. Kestrel runs on a new chip. He said the phone would reach shops "
             "in May.\n")


def test_a_codename_the_tagger_calls_a_person_does_not_take_mr_dahls_he() -> None:
    triples = fact_triples(_CODENAME)
    assert ("Dahl", "SAY", "new phone") in triples
    assert ("Kestrel", "SAY", "new phone") not in triples
    with ablated([RULE]):
        assert ("Kestrel", "SAY", "new phone") in fact_triples(_CODENAME)


_SIGNED = ("Reed joins Bergen\n\n"
           "Striker Tom Reed has signed for Bergen on a two-year deal. Reed left Nordvik last month. "
           "Kestrel had offered more money. He will make his debut against Vexa Rovers on Saturday.\n")


def test_an_unmarked_subject_nearer_the_he_loses_it_to_the_striker() -> None:
    triples = fact_triples(_SIGNED)
    assert ("Tom Reed", "MAKE", "debut") in triples
    assert ("Kestrel", "MAKE", "debut") not in triples
    with ablated([RULE]):
        assert ("Kestrel", "MAKE", "debut") in fact_triples(_SIGNED)


_FINAL = ("Berg in final\n\n"
          "Anna Berg reached the final of the Bergen Open on Sunday. Mrs Berg beat Lisa Holm in two sets. "
          "Kestrel had been tipped for the title. She will play Jon Dahl in the mixed doubles.\n")


def test_she_goes_to_the_woman_the_text_marks() -> None:
    triples = fact_triples(_FINAL)
    assert ("Anna Berg", "PLAY", "Jon Dahl") in triples
    assert ("Kestrel", "PLAY", "Jon Dahl") not in triples
    with ablated([RULE]):
        assert ("Kestrel", "PLAY", "Jon Dahl") in fact_triples(_FINAL)


def test_a_bare_surname_that_has_spoken_keeps_its_he() -> None:
    text = ("Dahl upbeat\n\n"
            "Mr Tom Reed runs Nordbank. Dahl said the bank would open ten branches in Bergen. He said "
            "profits would rise in May.\n")
    triples = fact_triples(text)
    assert ("Dahl", "SAY", "profits") in triples
    assert ("Tom Reed", "SAY", "profits") not in triples
