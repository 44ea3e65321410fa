"""References across sentences, round 24: a quotation goes on as its speaker's through the
speaker's own "I told him" (``quoted-own-saying``), so a "he" in it is still not the speaker; a
speaker the parse made a title noun ("said the Nordvik coach, Tom Reed") is the name in apposition
to it (``titled-speaker``); and a quoted "it" does not stand for a name the narrator wrote outside
the quotation before it (``quoted-it``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

from factories import fact_triples

from kg.extract.registry import ablated, rule_names


def test_the_rules_are_registered() -> None:
    assert {"quoted-own-saying", "titled-speaker", "quoted-it"} <= set(rule_names())


_OWN_SAYING = ("Reed praises Dahl\n\n"
               "Charlton manager Tom Reed paid tribute to Jon Dahl after the win.\n\n"
               'Reed said after the win: "There was talk about Nordvik being interested but I have a lot of '
               'faith in Jon. "When there was talk of other clubs I just told him he was going nowhere. '
               '"He is part of our squad and he scored two important goals."\n')


def test_a_quoted_he_after_the_speakers_own_i_told_him_is_not_the_speaker() -> None:
    facts = fact_triples(_OWN_SAYING)
    assert ("Tom Reed", "SCORE", "two important goals") not in facts
    with ablated(["quoted-own-saying"]):
        assert ("Tom Reed", "SCORE", "two important goals") in fact_triples(_OWN_SAYING)


_TITLED = ("Dahl out of Nordvik side\n\n"
           "Jon Dahl has been ruled out of the Nordvik side for Saturday's match against Bergen. "
           '"We gave Jon a chance but it did not work out," said the Nordvik coach, Tom Reed. '
           '"He should be fine for the next game."\n')


def test_a_quoted_he_is_not_a_speaker_named_in_apposition_to_a_title() -> None:
    facts = fact_triples(_TITLED)
    assert ("Jon Dahl", "BE_FOR", "next game") in facts
    assert ("Tom Reed", "BE_FOR", "next game") not in facts
    with ablated(["titled-speaker"]):
        assert ("Tom Reed", "BE_FOR", "next game") in fact_triples(_TITLED)


_QUOTED_IT = 'Drives\n\nVexa Holdings makes hard drives. "It is all about style," said Tom Reed.\n'


def test_a_quoted_it_is_not_the_firm_the_narrator_named() -> None:
    assert ("Vexa Holdings", "BE_ABOUT", "style") not in fact_triples(_QUOTED_IT)
    with ablated(["quoted-it"]):
        assert ("Vexa Holdings", "BE_ABOUT", "style") in fact_triples(_QUOTED_IT)


def test_a_quoted_it_still_takes_a_name_of_the_quotation() -> None:
    text = ('Lenders\n\nTom Reed spoke in Bergen on Monday. "Nordbank is a strong lender. It raised its '
            'dividend this year," he said.\n')
    assert ("Nordbank", "RAISE", "dividend") in fact_triples(text)
