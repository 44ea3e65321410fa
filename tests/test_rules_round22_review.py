"""Round 22's review (helper review22a): mistakes found in the round's merged rules, each with a
sentence written for this test (not from the BBC articles, the seed article nor CaRB) that fails
without the fix.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated


def _facts(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.attribution) for f in extract_text(text).facts}


PURPOSE_WE = ('Shipyards\n\nTom Reed, chief executive of Nordbank, said: "We hired Ann Holm so that we could build '
              'the Vexa Holdings ships."\n')
PURPOSE_I = 'Shipyards\n\n"I sold the Bergen yard so that I could pay Vexa Holdings," said Tom Reed.\n'


def test_a_clause_of_purpose_leaves_the_clause_it_serves_stated() -> None:
    # first-person-condition: "so that we could build" is an aim; "we hired" and "I sold" happened
    facts = _facts(PURPOSE_WE)
    assert ("Nordbank", "HIRE", "Ann Holm", "Tom Reed") in facts
    assert not any(f[0] == "Nordbank" and f[1] == "BUILD" for f in facts)
    assert ("Tom Reed", "SELL", "Bergen yard", "Tom Reed") in _facts(PURPOSE_I)
    assert not any(f[1] == "PAY" for f in _facts(PURPOSE_I))
    with ablated(["first-person-condition"]):
        assert any(f[0] == "Nordbank" and f[1] == "BUILD" for f in _facts(PURPOSE_WE))


def test_make_sure_is_an_aim_not_a_stance() -> None:
    # stance-adjective: "make sure that S" is no claim of S (the adjective is the act's result)
    text = "Shipyards\n\nTom Reed will make sure that Nordbank pays Vexa Holdings.\n"
    assert ("Nordbank", "PAY", "Vexa Holdings", "Tom Reed") not in _facts(text)


def test_persuaded_that_is_the_holders_claim() -> None:
    # stance-adjective: the passive "persuaded" was in the rule's verbs but not among its words
    text = "Shipyards\n\nTom Reed is persuaded that Nordbank will buy Vexa Holdings.\n"
    assert ("Nordbank", "ACQUIRE", "Vexa Holdings", "Tom Reed") in _facts(text)
    with ablated(["stance-adjective"]):
        assert ("Nordbank", "ACQUIRE", "Vexa Holdings", None) in _facts(text)


def test_a_customers_or_shareholders_we_is_not_the_body() -> None:
    # quoted-we-side: a relation to a body from outside is no post that speaks for it
    for title in ("a Nordbank customer", "a Nordbank shareholder"):
        text = f'Homes\n\n"We bought a house near Bergen last year," said Tom Reed, {title}.\n'
        assert not any(f[0] == "Nordbank" for f in _facts(text))
    text = 'Homes\n\n"We bought a house near Bergen last year," said Tom Reed, a Nordbank director.\n'
    assert any(f[0] == "Nordbank" and f[3] == "Tom Reed" for f in _facts(text))


def test_the_speakers_statement_stays_beside_a_fact_of_their_side() -> None:
    # first-person-statement: the statement stays beside a fact whose end is the speaker's "we"
    text = 'Shipyards\n\nTom Reed, chief executive of Nordbank, said: "We will close the Vexa Holdings plant."\n'
    assert ("Tom Reed", "SAY", "Vexa Holdings plant", None) in _facts(text)
    with ablated(["first-person-statement"]):
        assert ("Tom Reed", "SAY", "Vexa Holdings plant", None) not in _facts(text)


def test_a_passive_charge_with_its_doer_is_stated() -> None:
    # first-person-claim: "I was charged by Bergen police" states the charging; what the charge
    # says ("accused by Jon Dahl of hiding the losses") stays the accuser's claim
    text = 'Court\n\n"I was charged by Bergen police on Monday," said Tom Reed.\n'
    assert ("Bergen police", "CHARGE", "Tom Reed", "Tom Reed") in _facts(text)
    text = 'Court\n\n"I was accused by Jon Dahl of lying," said Tom Reed.\n'
    assert ("Jon Dahl", "ACCUSE", "Tom Reed", "Tom Reed") in _facts(text)
    text = ('Shipyards\n\n"We have been accused by Jon Dahl of hiding the losses," said Tom Reed, chief executive '
            "of Nordbank.\n")
    facts = _facts(text)
    assert ("Jon Dahl", "ACCUSE", "Nordbank", "Tom Reed") in facts
    assert not any(f[0] == "Nordbank" for f in facts)


def test_a_one_time_or_erstwhile_post_is_no_side() -> None:
    # quoted-we-side: a post no longer held, by any of the epithets' past markers
    for past in ("one-time", "erstwhile"):
        text = f'Shipyards\n\n"We will close the Vexa Holdings plant," said {past} Nordbank chief executive Tom Reed.\n'
        assert not any(f[1] == "CLOSE" for f in _facts(text))


def test_an_apposed_title_with_its_field_keeps_the_field() -> None:
    # field-title: "Nordbank president of operations Jon Dahl", which the parse also reads as an
    # apposition ("president" beside "Jon Dahl"): the graph takes the whole title
    text = "Talks\n\nNordbank president of operations Jon Dahl said rates would rise.\n"
    roles = {(f.subject.name, f.predicate, f.object.name) for f in extract_text(text).facts}
    assert ("Jon Dahl", "president of operations", "Nordbank") in roles
    assert ("Jon Dahl", "president", "Nordbank") not in roles
    with ablated(["field-title"]):
        roles = {(f.subject.name, f.predicate, f.object.name) for f in extract_text(text).facts}
        assert ("Jon Dahl", "president", "Nordbank") in roles
