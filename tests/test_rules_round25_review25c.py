"""Round 25's review (review25c): guards on round 25's reference rules."""

from __future__ import annotations

from factories import fact_triples

_LISTED = ("Vexa loses money\n\n"
           "Vexa Holdings hired Tom Reed in May. The company, a client and a broker all lost money.\n")


def test_a_list_after_the_company_is_no_common_appositive() -> None:
    # ("common-appositive": "a client" read as an apposition of "the company" gave Vexa Holdings
    # the list's loss and IS_A client)
    triples = fact_triples(_LISTED)
    assert ("Vexa Holdings", "LOSE", "money") not in triples
    assert ("Vexa Holdings", "IS_A", "client") not in triples


def _negated(sentence: str) -> set[tuple[str, str, str]]:
    from kg.extract import extract_text

    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(f"Title\n\n{sentence}\n").facts if f.negated}


def test_a_denied_refusal_implies_no_negated_act() -> None:
    # ("implied-negation": "did not decline to meet" gave a negated MEET, as "declined to meet" does)
    assert ("Nordbank", "MEET", "Vexa Holdings") not in _negated("Nordbank did not decline to meet Vexa Holdings.")
    assert ("Nordbank", "MEET", "Vexa Holdings") in _negated("Nordbank declined to meet Vexa Holdings.")
