"""A passive with no "by" (round 21, ``patient-passive``): "Tom Reed has been ruled out of the
Bergen match" gives the patient's fact, typed by the passive itself (``BE_RULED_OUT_OF``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail with the rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _facts(sentence: str) -> set[tuple[str, str, str, str, bool, str | None]]:
    text = f"Match report\n\n{sentence}\n"
    return {(f.subject.name, f.relation, f.predicate, f.object.name, f.negated, f.modality)
            for f in extract_text(text).facts}


def _relations(sentence: str) -> set[str]:
    return {relation for _, relation, *_ in _facts(sentence)}


def _both(sentence: str) -> tuple[set[tuple[str, str, str, str, bool, str | None]],
                                   set[tuple[str, str, str, str, bool, str | None]]]:
    with ablated(["patient-passive"]):
        without = _facts(sentence)
    return _facts(sentence), without


def test_the_rule_is_registered() -> None:
    assert "patient-passive" in rule_names()


def test_a_passive_with_a_particle_and_preposition() -> None:
    fact = ("Tom Reed", "BE_RULED_OUT_OF", "be ruled out of", "Bergen match", False, None)
    facts, without = _both("Tom Reed has been ruled out of the Bergen match.")
    assert fact in facts
    assert fact not in without


def test_the_modal_and_the_negation_are_the_clauses() -> None:
    facts, without = _both("The Vexa Z1 will not be released in Japan.")
    assert ("Vexa Z1", "BE_RELEASED_IN", "be released in", "Japan", True, "will") in facts
    assert not any(relation == "BE_RELEASED_IN" for _, relation, *_ in without)


def test_a_control_verb_above_the_passive_is_its_modality() -> None:
    facts, without = _both("Jon Dahl is expected to be released from Bergen City.")
    assert ("Jon Dahl", "BE_RELEASED_FROM", "be released from", "Bergen City", False, "expect") in facts
    assert not any(relation == "BE_RELEASED_FROM" for _, relation, *_ in without)


def test_a_gerund_after_the_preposition_joins_the_relation() -> None:
    facts, without = _both("Nordbank is accused of hiding losses from Vexa Holdings.")
    assert any(s == "Nordbank" and p.startswith("be accused of") for s, _, p, *_ in facts)
    assert not any(p.startswith("be accused") for _, _, p, *_ in without)


def test_a_noun_of_purpose_takes_its_own_object() -> None:
    facts, without = _both("The Vexa Z2 was built for use in hospitals and schools.")
    assert ("Vexa Z2", "BE_BUILT_FOR_USE_IN", "be built for use in", "hospitals", False, None) in facts
    assert ("Vexa Z2", "BE_BUILT_FOR_USE_IN", "be built for use in", "schools", False, None) in facts
    assert not any(relation.startswith("BE_BUILT") for _, relation, *_ in without)


def test_an_agent_passive_stays_the_doers_fact() -> None:
    relations = _relations("Nordbank was bought by Vexa Holdings.")
    assert "ACQUIRE" in relations
    assert not any(relation.startswith("BE_") for relation in relations)


def test_a_passive_that_names_its_subject_gives_no_fact() -> None:
    assert not any(relation.startswith("BE_KNOWN") for relation in _relations("Jon Dahl is known as the Bear."))


def test_a_passive_that_schedules_the_subjects_act_gives_no_fact() -> None:
    assert not any(relation.startswith("BE_SET") for relation in _relations("Tom Reed is set for a move to Bergen City."))


def test_a_passive_another_rule_reads_is_not_read_twice() -> None:
    relations = _relations("Anna Berg was born in Bergen.")
    assert "BORN" in relations
    assert "BE_BORN_IN" not in relations


def test_a_stative_passive_keeps_its_verb() -> None:
    relations = _relations("Tom Reed was involved in the Nordbank fraud.")
    assert "INVOLVE" in relations
    assert "BE_INVOLVED_IN" not in relations


def test_a_common_noun_patient_gives_no_fact() -> None:
    assert "BE_RELEASED_IN" not in _relations("The album will be released in Japan.")


def test_a_passive_with_no_object_gives_no_fact() -> None:
    assert not any(relation.startswith("BE_") for relation in _relations("Jon Dahl was injured on Saturday."))


def test_a_time_after_the_preposition_gives_no_fact() -> None:
    relations = _relations("Anna Berg has been rested since the Fjord Open in March.")
    assert not any(relation.startswith("BE_RESTED") for relation in relations)


def test_alternatives_give_no_fact_but_one_object_does() -> None:
    assert not any(relation.startswith("BE_DRAWN") for relation in _relations(
        "Nordvik were drawn against either Bergen City or Molde."))
    facts, without = _both("Nordvik were drawn against Bergen City.")
    assert ("Nordvik", "BE_DRAWN_AGAINST", "be drawn against", "Bergen City", False, None) in facts
    assert not any(relation.startswith("BE_DRAWN") for _, relation, *_ in without)


def test_a_verb_above_the_passive_that_is_no_modality_gives_no_fact() -> None:
    relations = _relations("Anna Berg did not mind being recognised for the Nordvik films.")
    assert not any(relation.startswith("BE_RECOGNISED") for relation in relations)


def test_a_condition_gives_no_fact() -> None:
    relations = _relations("If Tom Reed is cleared for the Bergen match, Nordvik will start him.")
    assert "BE_CLEARED_FOR" not in relations
    facts, without = _both("Tom Reed has been cleared for the Bergen match.")
    assert ("Tom Reed", "BE_CLEARED_FOR", "be cleared for", "Bergen match", False, None) in facts
    assert not any(relation == "BE_CLEARED_FOR" for _, relation, *_ in without)


def test_an_infinitive_no_verb_makes_a_modality_gives_no_fact() -> None:
    relations = _relations("Nordbank wants Vexa Holdings to be admitted into the Fjord Council.")
    assert "BE_ADMITTED_INTO" not in relations


def test_a_vague_pronoun_gives_no_fact_but_he_does() -> None:
    text = "Vexa Holdings bought the Z1 from Nordbank. It was shown at the Bergen Fair."
    assert "BE_SHOWN_AT" not in _relations(text)
    facts = _facts("Tom Reed joined Nordvik in May. He was sent off against Bergen City.")
    assert ("Tom Reed", "BE_SENT_OFF_AGAINST", "be sent off against", "Bergen City", False, None) in facts


def test_a_thing_relative_clause_gives_no_fact_but_a_person_one_does() -> None:
    text = "Anna Berg wrote Winter Rain for the Nordvik Singers, which was used in the film Cold Sea."
    assert "BE_USED_IN" not in _relations(text)
    facts, without = _both("Nordvik signed Tom Reed, who was loaned to Bergen City in June.")
    assert ("Tom Reed", "BE_LOANED_TO", "be loaned to", "Bergen City", False, None) in facts
    assert not any(relation == "BE_LOANED_TO" for _, relation, *_ in without)


def test_a_coordinated_passive_takes_the_first_verbs_named_subject_only() -> None:
    facts, without = _both("Tom Reed played for an hour and was taken off with a knee injury.")
    assert ("Tom Reed", "BE_TAKEN_OFF_WITH", "be taken off with", "knee injury", False, None) in facts
    assert not any(relation.startswith("BE_TAKEN") for _, relation, *_ in without)
    text = "Anna Berg wrote Cold Sea before Winter Rain, which has sold a million copies and been translated into nine languages."
    assert "BE_TRANSLATED_INTO" not in _relations(text)


def test_the_rest_of_a_whole_is_the_whole() -> None:
    facts, without = _both("Jon Dahl is ruled out of the rest of the Fjord League because of a torn hamstring.")
    assert ("Jon Dahl", "BE_RULED_OUT_OF", "be ruled out of", "Fjord League", False, None) in facts
    assert not any(relation == "BE_RULED_OUT_OF" for _, relation, *_ in without)


def test_a_phrase_of_circumstance_is_no_patients_object() -> None:
    # a noun of time or a complex preposition says when or in whose interest, not with what
    for sentence, relation in (("Vexa Holdings has been criticised in the past for its pay deals.", "BE_CRITICISED_IN"),
                               ("Jon Dahl was dropped in favour of Tom Reed.", "BE_DROPPED_IN")):
        assert relation not in _relations(sentence)
        with ablated(["circumstance-not-patient"]):
            assert relation in _relations(sentence)
    assert "BE_RULED_OUT_OF" in _relations("Tom Reed has been ruled out of the Bergen match.")


def test_has_contracted_to_s_is_no_passive() -> None:
    # "'s gone back": the parse reads the "'s" of "has" as a passive auxiliary
    assert not any(relation.startswith("BE_GONE") for relation in _relations("Anna Berg's gone back to Nordbank."))


def test_an_adjective_with_to_and_a_gerund_gives_no_fact() -> None:
    # "committed to buying", "used to playing": "to" is the adjective's, not a control verb's
    for sentence in ("Nordbank is committed to buying Vexa Holdings.", "Tom Reed is used to playing Bergen City."):
        assert not any(relation.startswith(("BE_COMMITTED", "BE_USED")) for relation in _relations(sentence))


def test_odd_participles_give_safe_relation_types() -> None:
    from kg.model import sanitize_rel_type
    from kg.resolve.predicates import relation_type

    for predicate, relation in (("be re-elected to", "BE_RE_ELECTED_TO"), ("be 3D-printed in", "BE_3D_PRINTED_IN"),
                                ("be café-owned by", "BE_CAF_OWNED_BY"), ("be o'erpowered in", "BE_O_ERPOWERED_IN")):
        assert relation_type(predicate) == relation == sanitize_rel_type(relation)
    assert ("Tom Reed", "BE_O_ERPOWERED_IN", "be o'erpowered in", "Bergen", False, None) in _facts(
        "Tom Reed was o'erpowered in Bergen.")
    for sentence in ("Tom Reed was o'erpowered in Bergen.", "The Vexa Z1 was 3D-printed in Bergen.",
                     "Tom Reed was über-hyped in Bergen.", "It was been.", "Was.", "Tom Reed was ruled out of."):
        for _, relation, *_ in _facts(sentence):
            assert relation[:1].isalpha() and relation.isascii() and relation.replace("_", "").isalnum()
            assert relation == relation.upper()


def test_a_use_with_a_determiner_is_the_object_itself() -> None:
    # "for the use of X" names whose use, not where: the relation does not take "use of"
    relations = _relations("The Vexa Z1 was approved for the use of Nordbank staff.")
    assert not any(relation.startswith("BE_APPROVED_FOR_USE") for relation in relations)


def test_a_clause_nobody_asserts_gives_no_fact() -> None:
    # as the active gives none ("doubts that Nordvik ruled him out"); "denied that" is the negated fact
    for sentence in ("Tom Reed doubts that Jon Dahl was ruled out of the Bergen match.",
                     "Nordvik did not deny that Jon Dahl was ruled out of the Bergen match."):
        assert "BE_RULED_OUT_OF" not in _relations(sentence)
    facts = _facts("Nordvik denied that Jon Dahl was ruled out of the Bergen match.")
    assert ("Jon Dahl", "BE_RULED_OUT_OF", "be ruled out of", "Bergen match", True, None) in facts
