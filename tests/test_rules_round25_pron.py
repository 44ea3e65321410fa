"""Pronoun references, round 25: the "he" or "she" that says a quotation goes to the source the
text last quoted over a bare name only the tagger calls a person (``source-over-tagged``); a kind
noun the parse made a second subject beside a name ("The drama Night Train took") is no rival of
the name for a later "it" (``kind-noun-before-name``); a clause of time, contrast or cause
("while Tom Reed won") does not make a subject "it" pleonastic (``adverbial-clause-not-extraposed``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it.
"""

from __future__ import annotations

from factories import fact_triples

from kg.extract.registry import ablated, rule_names

SOURCE = "source-over-tagged"


def test_the_rules_are_registered() -> None:
    assert SOURCE in set(rule_names())


_CLUB = ("Dahl ready\n\n"
         "Jon Dahl, the Nordvik coach, said the side was ready for the final. \"We have trained hard all "
         "week,\" he said. Nordvik won the first leg in Bergen last month. Xenon scored twice in that game. "
         "\"It will be a hard match for both sides,\" he said.\n")


def test_he_said_after_a_quotation_goes_to_the_source_not_a_bare_tagged_name() -> None:
    triples = fact_triples(_CLUB)
    assert ("Jon Dahl", "SAY", "hard match") in triples
    assert ("Xenon", "SAY", "hard match") not in triples
    with ablated([SOURCE]):
        assert ("Xenon", "SAY", "hard match") in fact_triples(_CLUB)


_NO_SOURCE = ("Xenon back\n\n"
              "The Bergen side lost on Sunday. Xenon scored late in the game. \"It was a fair result,\" he said.\n")


def test_with_no_source_quoted_before_the_bare_name_keeps_its_he() -> None:
    assert ("Xenon", "SAY", "fair result") in fact_triples(_NO_SOURCE)


KIND = "kind-noun-before-name"


def test_the_kind_rule_is_registered() -> None:
    assert KIND in set(rule_names())


_DRAMA = ("Night Train wins\n\n"
          "The drama Night Train took $4m at the box office in its first weekend. It also won two awards at "
          "the Bergen festival on Friday.\n")


def test_a_kind_noun_the_parse_made_a_second_subject_does_not_block_the_names_it() -> None:
    assert ("Night Train", "WIN", "two awards") in fact_triples(_DRAMA)
    with ablated([KIND]):
        assert ("Night Train", "WIN", "two awards") not in fact_triples(_DRAMA)


_SALE = ("Vexa sale\n\n"
         "The sale of Vexa Holdings to Nordbank was agreed on Monday. It will close in May.\n")


def test_a_common_noun_subject_with_no_name_beside_it_still_blocks_it() -> None:
    assert not any(s == "Nordbank" and r == "CLOSE" for s, r, _ in fact_triples(_SALE))


ADVERBIAL = "adverbial-clause-not-extraposed"


def test_the_adverbial_rule_is_registered() -> None:
    assert ADVERBIAL in set(rule_names())


_WHILE = ("Night Train\n\n"
          "Night Train, the new film from Jon Dahl, opened in Bergen on Friday. It was named best film while "
          "Tom Reed won best director.\n")


def test_an_adverbial_clause_does_not_make_a_passive_it_pleonastic() -> None:
    assert ("Night Train", "WIN", "best film") in fact_triples(_WHILE)
    with ablated([ADVERBIAL]):
        assert ("Night Train", "WIN", "best film") not in fact_triples(_WHILE)


_THAT = ("Vexa results\n\n"
         "Vexa Holdings reported its results on Monday. It was clear that profits had fallen.\n")


def test_an_extraposed_that_clause_still_makes_it_pleonastic() -> None:
    assert fact_triples(_THAT) == {("Vexa Holdings", "REPORT", "results")}
