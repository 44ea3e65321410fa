"""Round 28's review of the role, list and frame rules (review28a): the mistakes found, each with a
text written for this test (invented names) that fails without its fix."""

from __future__ import annotations

from factories import fact_triples

from kg.extract import extract_text


def test_a_work_kind_before_a_closing_the_at_the_document_end_does_not_crash() -> None:
    # firm-work-compound looked at the word after a closing "the", past the document's end
    extraction = extract_text("Title\n\nThe prize went to the Vexa Holdings film, the")
    assert extraction.failure is None


def test_a_profession_before_two_bare_surnames_names_a_firm_not_two_people() -> None:
    # plural-kind-ampersand read "lawyers Allen & Overy" as two people, each IS_A lawyer
    facts = fact_triples("Title\n\nNordbank hired lawyers Allen & Overy to fight the claim.\n")
    assert ("Nordbank", "HIRE", "Allen") not in facts
    assert not any(f[0] in ("Allen", "Overy") and f[1] == "IS_A" for f in facts)


def test_a_name_closed_by_a_firms_word_is_one_firm() -> None:
    facts = fact_triples("Title\n\nNordbank has been placed into administration, with administrators "
                         "Tom Reed & Partners taking control.\n")
    assert not any(f[0] == "Partners" for f in facts)


def test_a_plural_title_before_whole_names_still_names_two_people() -> None:
    facts = fact_triples("Title\n\nRappers Tom Reed & Jon Dahl topped the chart.\n")
    assert {("Tom Reed", "IS_A", "rapper"), ("Jon Dahl", "IS_A", "rapper")} <= facts


def test_a_denied_denial_states_the_post_as_held_not_as_denied() -> None:
    # denied-copula-post's docstring said "did not deny being chairman" keeps the post; the
    # chain's "not" on "deny" made it a negated HEAD (the post denied), and the test did not look
    facts = extract_text("Title\n\nJon Dahl did not deny being Nordbank's chairman.\n").facts
    heads = [f for f in facts if (f.subject.name, f.relation, f.object.name) == ("Jon Dahl", "HEAD", "Nordbank")]
    assert heads and not any(f.negated for f in heads)


def test_a_gerund_with_its_own_subject_is_not_the_copulas_subjects_act() -> None:
    # adjective-gerund gave (Tom Reed; DEFEAT; Nordbank) for Jon Dahl's win
    facts = fact_triples("Title\n\nTom Reed is confident of Jon Dahl beating Nordbank.\n")
    assert ("Tom Reed", "DEFEAT", "Nordbank") not in facts
    assert ("Jon Dahl", "DEFEAT", "Nordbank") in facts
