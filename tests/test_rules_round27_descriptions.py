"""Round 27, descriptions as references (desc27): a place the text uses as a location ("a plant
in Texas") does not keep "the group" from the firm named beside it (located-place)."""

from __future__ import annotations

from factories import fact_triples as _facts

from kg.extract.registry import ablated


def fact_triples(text: str) -> set[tuple[str, str, str]]:
    return _facts(f"Title\n\n{text}\n")  # an article: the first line is its title


def test_a_place_of_location_does_not_stand_between_the_group_and_its_firm() -> None:
    text = "A fire shut Vexa Refining's plant in Texas on Monday. The group will pay compensation to 300 workers."
    assert ("Vexa Refining", "PAY", "compensation") in fact_triples(text)
    with ablated(["located-place"]):
        assert ("Vexa Refining", "PAY", "compensation") not in fact_triples(text)


def test_a_place_as_possessor_still_competes() -> None:
    # "Norway's Vexa": the possessor may be a firm the tagger typed a place
    text = "Staff at Norway's Vexa Refining went on strike on Monday. The group will pay compensation to 300 workers."
    with ablated(["located-place"]):
        before = fact_triples(text)
    assert fact_triples(text) == before


def test_two_firms_still_leave_the_group_open() -> None:
    text = ("A fire shut Vexa Refining's plant in Texas, which Nordbank owns jointly with it. "
            "The group will pay compensation to 300 workers.")
    assert not any(t[1] == "PAY" and t[0] in ("Vexa Refining", "Nordbank") for t in fact_triples(text))


def test_a_nationality_at_the_head_of_a_long_title_is_said_of_the_name() -> None:
    # "Chilean Olympic gold medallist Jon Dahl": Dahl is Chilean, so "the American" is Tom Reed
    text = ("Tom Reed beat Chilean Olympic gold medallist Jon Dahl 6-1 6-4 on Tuesday. "
            "The American will face Sam Berg in the final.")
    assert ("Tom Reed", "FACE", "Sam Berg") in fact_triples(text)
    with ablated(["nation-before-title"]):
        assert ("Tom Reed", "FACE", "Sam Berg") not in fact_triples(text)


def test_a_long_title_without_a_nationality_leaves_the_american_open() -> None:
    text = ("Tom Reed beat Olympic gold medallist Jon Dahl 6-1 6-4 on Tuesday. "
            "The American will face Sam Berg in the final.")
    assert not any(t[1] == "FACE" and t[0] in ("Tom Reed", "Jon Dahl") for t in fact_triples(text))


def test_a_name_used_as_a_kind_is_no_candidate() -> None:
    # "the next Tom Reed" is someone like Tom Reed: "the American" is Jon Dahl
    text = ("Jon Dahl is to help the association find the next Tom Reed. "
            "The American will coach 30 young players in Bergen.")
    assert ("Jon Dahl", "COACH", "30 young players") in fact_triples(text)
    with ablated(["name-as-kind"]):
        assert ("Jon Dahl", "COACH", "30 young players") not in fact_triples(text)


def test_a_name_itself_still_competes() -> None:
    text = "Jon Dahl is to help the association find Tom Reed. The American will coach 30 young players in Bergen."
    assert not any(t[1] == "COACH" and t[0] in ("Jon Dahl", "Tom Reed") for t in fact_triples(text))


def test_a_place_let_pass_leaves_two_firms_a_tie() -> None:
    text = ('Vexa Holdings has denied that it is behind the purchase. "It is a front for somebody but not '
            'necessarily for Vexa Holdings," said Tom Reed, an analyst at Nordbank, in Oslo. '
            '"We do not know if this company is linked to Vexa Holdings."')
    facts = fact_triples(text)
    assert ("Tom Reed", "SAY", "company") in facts
    assert ("Tom Reed", "SAY", "Vexa Holdings") not in facts
    with ablated(["located-place-tie"]):
        assert ("Tom Reed", "SAY", "Vexa Holdings") in fact_triples(text)
