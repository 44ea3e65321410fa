"""A post no longer held is written as one (round 22, ``former-post``): "Tom Reed, the former
chairman of Nordbank" and "Jon Dahl stepped down as Vexa Holdings chairman" give
``ROLE {predicate: 'former chairman'}`` to the organisation, never ``HEAD``, which says the post is
held now ("who heads Nordbank?" must not answer with them).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail with the rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names

APPOSITION = "Bank deal\n\nTom Reed, the former chairman of Nordbank, bought Bergen Rovers on Monday.\n"
STEPPED_DOWN = "Board news\n\nJon Dahl stepped down as Vexa Holdings chairman in March.\n"
RESIGNED = "Board news\n\nAnna Berg, who resigned as chief executive of Nordbank last year, joined Vexa Holdings.\n"


def _roles(text: str) -> set[tuple[str, str, str, str]]:
    return {(f.subject.name, f.relation, f.predicate, f.object.name) for f in extract_text(text).facts
            if f.relation in ("HEAD", "ROLE", "IS_A")}


def test_the_rule_is_registered() -> None:
    assert "former-post" in rule_names()


def test_a_former_title_is_no_head() -> None:
    roles = _roles(APPOSITION)
    assert ("Tom Reed", "ROLE", "former chairman", "Nordbank") in roles
    assert not any(r[1] == "HEAD" for r in roles)


def test_stepping_down_leaves_the_post() -> None:
    roles = _roles(STEPPED_DOWN)
    assert ("Jon Dahl", "ROLE", "former chairman", "Vexa Holdings") in roles
    assert not any(r[1] == "HEAD" for r in roles)


def test_resigning_in_a_relative_clause() -> None:
    roles = _roles(RESIGNED)
    assert ("Anna Berg", "ROLE", "former chief executive", "Nordbank") in roles


def test_without_the_rule() -> None:
    with ablated(["former-post"]):
        assert any(r[1] == "HEAD" for r in _roles(APPOSITION))
        assert any(r[1] == "HEAD" for r in _roles(STEPPED_DOWN))


def test_a_post_held_is_still_headed() -> None:
    text = "Board news\n\nTom Reed, the chairman of Nordbank, bought Bergen Rovers on Monday.\n"
    assert ("Tom Reed", "HEAD", "chairman", "Nordbank") in _roles(text)


def test_joining_is_no_leaving() -> None:
    text = "Board news\n\nJon Dahl joined Vexa Holdings as chairman in March.\n"
    assert ("Jon Dahl", "HEAD", "chairman", "Vexa Holdings") in _roles(text)


def test_the_outgoing_chairman_still_holds_the_post() -> None:
    text = "Board news\n\nTom Reed, the outgoing chairman of Nordbank, bought Bergen Rovers on Monday.\n"
    assert not any(r[2].startswith("former") for r in _roles(text))


def test_retiring_with_no_organisation_is_a_former_title() -> None:
    text = "Cup news\n\nJon Dahl retired as captain after the final on Sunday.\n"
    assert ("Jon Dahl", "IS_A", "former captain", "former captain") in _roles(text)


FUTURE = "Board news\n\nTom Reed will step down as Nordbank chairman in May.\n"
SACKED = "Cup news\n\nTom Reed was sacked as head of Bergen Rovers.\n"
REPLACED = "Board news\n\nAnna Berg replaced Jon Dahl as chairman of Nordbank.\n"


def test_a_post_still_to_be_left_is_held() -> None:
    assert ("Tom Reed", "HEAD", "chairman", "Nordbank") in _roles(FUTURE)
    progressive = "Board news\n\nAnna Berg is stepping down as Nordbank chairman at the end of the year.\n"
    assert ("Anna Berg", "HEAD", "chairman", "Nordbank") in _roles(progressive)


def test_the_sacked_and_the_replaced_held_the_post() -> None:
    assert ("Tom Reed", "ROLE", "former head", "Bergen Rovers") in _roles(SACKED)
    roles = _roles(REPLACED)
    assert ("Jon Dahl", "ROLE", "former chairman", "Nordbank") in roles
    assert ("Anna Berg", "HEAD", "chairman", "Nordbank") in roles  # the successor holds it now
    assert ("Jon Dahl", "HEAD", "chairman", "Nordbank") not in roles


def test_the_sacked_without_the_rule() -> None:
    with ablated(["former-post"]):
        assert ("Tom Reed", "HEAD", "head", "Bergen Rovers") in _roles(SACKED)
        assert ("Jon Dahl", "HEAD", "chairman", "Nordbank") in _roles(REPLACED)


def test_a_successor_still_to_come() -> None:
    text = "Board news\n\nAnna Berg will replace Jon Dahl as chairman of Nordbank.\n"
    assert ("Jon Dahl", "HEAD", "chairman", "Nordbank") in _roles(text)


def test_a_left_post_is_no_side_for_we() -> None:
    text = 'Board news\n\nJon Dahl stepped down as Vexa Holdings chairman in March. "We have bought Bergen Rovers," he said.\n'
    facts = {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}
    assert ("Vexa Holdings", "ACQUIRE", "Bergen Rovers") not in facts
    with ablated(["former-post"]):
        facts = {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}
        assert ("Vexa Holdings", "ACQUIRE", "Bergen Rovers") in facts  # his "we" read as the firm he left
