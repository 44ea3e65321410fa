"""A quotation's "we" as its speaker's side (round 22, ``quoted-we-side``): 'Tom Reed, chief
executive of Nordbank, said: "We will close the Bergen plant"' gives ``Nordbank CLOSE plant``,
attributed to Reed, where the document gives the speaker one post at one organisation; with no
post, two, a former one, or a "we" in a condition, "we" stays unresolved (no fact), as before.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail with the rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _facts(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.attribution) for f in extract_text(text).facts}


def _with(name: str, text: str) -> set[tuple[str, str, str, str | None]]:
    return {f for f in _facts(text) if name in (f[0], f[2])}


APPOSITION = 'Shipyards\n\nTom Reed, chief executive of Nordbank, said: "We will close the Vexa Holdings plant in May."\n'
TITLE_AFTER = '"We beat Vexa Holdings twice last season," said Bergen Rovers coach Jon Dahl.\n'


def test_the_rule_is_registered() -> None:
    assert "quoted-we-side" in set(rule_names())


def test_a_chief_executives_we_is_the_firm() -> None:
    assert ("Nordbank", "CLOSE", "Vexa Holdings plant", "Tom Reed") in _facts(APPOSITION)
    with ablated(["quoted-we-side"]):
        assert not any(f[1] == "CLOSE" for f in _facts(APPOSITION))


def test_a_coachs_we_is_the_side_named_in_the_title() -> None:
    text = "Cup tie\n\n" + TITLE_AFTER
    assert ("Bergen Rovers", "DEFEAT", "Vexa Holdings", "Jon Dahl") in _facts(text)
    with ablated(["quoted-we-side"]):
        assert not _with("Bergen Rovers", text) - {("Jon Dahl", "ROLE", "Bergen Rovers", None)}


def test_us_as_object_is_the_side() -> None:
    text = 'Shipyards\n\nTom Reed, chief executive of Nordbank, said: "Vexa Holdings has never paid us for the ships."\n'
    assert ("Vexa Holdings", "PAY", "Nordbank", "Tom Reed") in _facts(text)
    with ablated(["quoted-we-side"]):
        assert not any(f[1] == "PAY" for f in _facts(text))


def test_a_speaker_with_no_post_leaves_we_alone() -> None:
    text = 'Shipyards\n\n"We will meet Vexa Holdings next week," said Ann Holm.\n'
    assert not any(f[0] != "Ann Holm" for f in _facts(text))


def test_a_speaker_with_posts_at_two_bodies_leaves_we_alone() -> None:
    text = ("Shipyards\n\nTom Reed is chairman of Nordbank and a director of Bergen Shipping.\n\n"
            '"We will close the Vexa Holdings plant," said Reed.\n')
    assert not any(f[1] == "CLOSE" for f in _facts(text))


def test_a_former_post_is_no_side() -> None:
    text = 'Shipyards\n\n"We will close the Vexa Holdings plant," said former Nordbank chief executive Tom Reed.\n'
    assert not any(f[1] == "CLOSE" for f in _facts(text))


def test_a_we_under_a_condition_states_nothing() -> None:
    text = 'Shipyards\n\nTom Reed, chief executive of Nordbank, said: "If we win the order, we will buy Vexa Holdings."\n'
    assert not any(f[0] == "Nordbank" and f[2] == "Vexa Holdings" for f in _facts(text))


def test_we_outside_a_quotation_is_left_alone() -> None:
    text = "Shipyards\n\nTom Reed is chief executive of Nordbank. We visited Vexa Holdings in May.\n"
    assert not any(f[2] == "Vexa Holdings" for f in _facts(text))


def test_a_we_in_a_question_states_nothing() -> None:
    text = 'Shipyards\n\nTom Reed, chief executive of Nordbank, said: "Should we buy Vexa Holdings now?"\n'
    assert not any(f[0] == "Nordbank" and f[2] == "Vexa Holdings" for f in _facts(text))


def test_a_we_in_a_clause_of_time_is_attributed_to_the_speaker() -> None:
    text = ('Shipyards\n\n"When we first saw the plant and started talking to Vexa Holdings, we knew it was right," '
            "said Tom Reed, chief executive of Nordbank.\n")
    assert ("Nordbank", "TALK", "Vexa Holdings", "Tom Reed") in _facts(text)
    with ablated(["quoted-we-side"]):
        assert not any(f[1] == "TALK" for f in _facts(text))


def test_a_we_in_a_relative_clause_is_left_alone() -> None:
    text = 'Shipyards\n\nTom Reed, chief executive of Nordbank, said: "The ships we build for Vexa Holdings are the best."\n'
    assert not any(f[0] == "Nordbank" for f in _facts(text))


def test_a_condition_with_no_if_states_nothing() -> None:
    text = 'Shipyards\n\nTom Reed, chief executive of Nordbank, said: "Had we bought Vexa Holdings, we would have grown."\n'
    assert not any(f[0] == "Nordbank" and f[2] == "Vexa Holdings" for f in _facts(text))
    with ablated(["first-person-condition"]):
        assert ("Nordbank", "ACQUIRE", "Vexa Holdings", "Tom Reed") in _facts(text)


def test_a_clause_of_purpose_states_nothing() -> None:
    text = ('Shipyards\n\nTom Reed, chief executive of Nordbank, said: "Bergen gave us the dock so that we could '
            'build the Vexa Holdings ships."\n')
    assert not any(f[0] == "Nordbank" and f[1] == "BUILD" for f in _facts(text))
    with ablated(["first-person-condition"]):
        assert any(f[0] == "Nordbank" and f[1] == "BUILD" for f in _facts(text))


def test_an_existential_lends_no_subject() -> None:
    text = ('Shipyards\n\nTom Reed, chief executive of Nordbank, said: "We lost the Vexa Holdings order, but there '
            'are buyers out there who love our ships."\n')
    facts = _facts(text)
    assert ("Nordbank", "LOSE", "Vexa Holdings order", "Tom Reed") in facts
    assert not any(f[0] == "Nordbank" and f[1] == "IS_A" for f in facts)
    with ablated(["first-person-claim"]):
        assert any(f[0] == "Nordbank" and f[1] == "IS_A" for f in _facts(text))


def test_a_passive_charge_is_anothers_claim() -> None:
    text = ('Shipyards\n\nTom Reed, chief executive of Nordbank, said: "We have been accused of hiding the '
            'losses from Vexa Holdings."\n')
    assert not any(f[0] == "Nordbank" for f in _facts(text))
    with ablated(["first-person-claim"]):
        assert any(f[0] == "Nordbank" for f in _facts(text))


def test_a_time_is_no_object() -> None:
    text = 'Shipyards\n\nTom Reed, chief executive of Nordbank, said: "We will be ready in a few weeks\' time."\n'
    assert not any(f[0] == "Nordbank" for f in _facts(text))
    with ablated(["first-person-claim"]):
        assert ("Nordbank", "BE_IN", "time", "Tom Reed") in _facts(text)



CONFIDENT = "Shipyards\n\nJon Dahl is confident that Nordbank will buy Vexa Holdings.\n"
NOT_CONVINCED = "Shipyards\n\nJon Dahl is not convinced that Nordbank will buy Vexa Holdings.\n"


def test_stance_adjective_is_registered() -> None:
    assert "stance-adjective" in set(rule_names())


def test_confident_that_is_the_holders_claim() -> None:
    assert ("Nordbank", "ACQUIRE", "Vexa Holdings", "Jon Dahl") in _facts(CONFIDENT)
    with ablated(["stance-adjective"]):
        assert ("Nordbank", "ACQUIRE", "Vexa Holdings", None) in _facts(CONFIDENT)


def test_optimistic_with_no_that_is_the_holders_claim() -> None:
    text = "Shipyards\n\nTom Reed is optimistic Nordbank will buy Vexa Holdings.\n"
    assert ("Nordbank", "ACQUIRE", "Vexa Holdings", "Tom Reed") in _facts(text)


def test_not_convinced_that_leaves_the_clause_open() -> None:
    assert not any(f[1] == "ACQUIRE" for f in _facts(NOT_CONVINCED))
    with ablated(["stance-adjective"]):
        assert ("Nordbank", "ACQUIRE", "Vexa Holdings", None) in _facts(NOT_CONVINCED)


def test_it_is_certain_names_no_holder() -> None:
    text = "Shipyards\n\nIt is certain that Nordbank will buy Vexa Holdings.\n"
    assert ("Nordbank", "ACQUIRE", "Vexa Holdings", None) in _facts(text)


def test_a_third_persons_stance_inside_a_quotation_stays_the_speakers() -> None:
    text = ('Shipyards\n\n"Sales are up at the yard," said Tom Reed. "Ann Holm is confident that Nordbank will buy '
            'Vexa Holdings."\n')
    assert ("Nordbank", "ACQUIRE", "Vexa Holdings", "Tom Reed") in _facts(text)
