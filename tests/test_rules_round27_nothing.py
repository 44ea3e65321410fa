"""Round 27, dev's "nothing" misses (nothing27): a bare participle coordinated with a passive
verb is passive too (shared-passive), "A and other Ns" makes A one of the Ns (and-other-kind), and
"took N minutes to V" states the act V (take-time)."""

from __future__ import annotations

from factories import sentence_triples

from kg.extract.registry import ablated


def test_a_participle_coordinated_with_a_passive_takes_its_by_phrase_as_doer() -> None:
    sentence = "The gala was held in Bergen on Friday and hosted by Tom Reed."
    assert ("Tom Reed", "HOST", "gala") in sentence_triples(sentence)
    with ablated(["shared-passive"]):
        assert ("Tom Reed", "HOST", "gala") not in sentence_triples(sentence)


def test_a_participle_coordinated_with_a_participle_on_a_noun_is_a_reduced_relative() -> None:
    sentence = "The prize was presented at a ceremony held in Bergen on Thursday and hosted by Tom Reed."
    assert ("Tom Reed", "HOST", "ceremony") in sentence_triples(sentence)
    with ablated(["shared-passive"]):
        assert ("Tom Reed", "HOST", "ceremony") not in sentence_triples(sentence)


def test_a_participle_on_a_noun_between_leaves_the_coordination_open() -> None:
    # the parse joins "hosted" to "given", over the participle "held" on "dinner"
    facts = sentence_triples("The prize was given at a dinner held in Oslo and hosted by Tom Reed.")
    assert ("Tom Reed", "HOST", "prize") not in facts


def test_the_named_patient_of_a_shared_passive() -> None:
    sentence = "Lumo was designed in Bergen and sold by Vexa Holdings."
    assert ("Vexa Holdings", "SELL", "Lumo") in sentence_triples(sentence)
    with ablated(["shared-passive"]):
        assert ("Vexa Holdings", "SELL", "Lumo") not in sentence_triples(sentence)


def test_a_perfect_conjunct_stays_active() -> None:
    facts = sentence_triples("Nordbank has held talks and signed a deal with Vexa Holdings.")
    assert ("Nordbank", "SIGN", "deal") in facts
    assert not any(s == "deal" or o == "Nordbank" for s, _, o in facts)


def test_names_before_and_other_nouns_are_of_that_kind() -> None:
    sentence = "Nordbank, Vexa Holdings and other lenders cut their rates on Monday."
    for name in ("Nordbank", "Vexa Holdings"):
        assert (name, "IS_A", "lender") in sentence_triples(sentence)
    with ablated(["and-other-kind"]):
        assert ("Nordbank", "IS_A", "lender") not in sentence_triples(sentence)


def test_a_work_listed_before_other_works() -> None:
    sentence = "Tom Reed sang Blue Harbour and other Vexa songs in a short set."
    assert ("Blue Harbour", "IS_A", "song") in sentence_triples(sentence)
    with ablated(["and-other-kind"]):
        assert ("Blue Harbour", "IS_A", "song") not in sentence_triples(sentence)


def test_a_possessor_before_other_nouns_is_no_member() -> None:
    facts = sentence_triples("Tom Reed's film and other works were shown in Bergen.")
    assert not any(r == "IS_A" and s == "Tom Reed" for s, r, _ in facts)


def test_a_country_listed_before_other_countries() -> None:
    sentence = "Vexa Holdings ships gas to Norway and other countries in Europe."
    assert ("Norway", "IS_A", "country") in sentence_triples(sentence)


def test_the_time_an_act_took_is_no_doer() -> None:
    sentence = "Tom Reed took just 56 minutes to defeat Jon Dahl."
    assert ("Tom Reed", "DEFEAT", "Jon Dahl") in sentence_triples(sentence)
    with ablated(["take-time"]):
        assert ("Tom Reed", "DEFEAT", "Jon Dahl") not in sentence_triples(sentence)


def test_a_firm_that_took_months_to_buy() -> None:
    sentence = "Vexa Holdings took three months to buy Lumo."
    assert ("Vexa Holdings", "ACQUIRE", "Lumo") in sentence_triples(sentence)
    with ablated(["take-time"]):
        assert ("Vexa Holdings", "ACQUIRE", "Lumo") not in sentence_triples(sentence)


def test_the_act_keeps_the_modal_of_take() -> None:
    from kg.extract import extract_text  # (the triples drop modality: read the facts)

    facts = extract_text("Title\n\nVexa Holdings could take weeks to sell Lumo.\n").facts
    sold = [f for f in facts if f.relation == "SELL" and f.object.name == "Lumo"]
    assert sold and all(f.modality == "could" for f in sold)


def test_an_object_that_is_no_time_stays_the_object_of_take() -> None:
    facts = sentence_triples("Nordbank took a stake in Lumo to please Vexa Holdings.")
    assert not any(r == "PLEASE" and s == "Nordbank" for s, r, _ in facts)
