"""Round 28, lists and names that are not nodes (list28): a comma-set-off "including" list that
names members of the clause's plural subject, not of its object (``including-subject``); what a
clause says of "the Ns who VERB" that names are among holds of each name (``among-clause``); every name of a subject list "was awarded" the prize
(``prize-winner-list``); a list hung as a chain of appositions, or whose first name the model left
untyped, is read whole (``listed-subject-chain``)."""

from __future__ import annotations

from factories import assert_guard_case, sentence_triples

from kg.extract.registry import ablated


def test_including_names_members_of_the_plural_subject() -> None:
    sentence = "Many rival banks have begun to offer online accounts, including Nordbank, Vexa Holdings and Lumo Bank."
    facts = sentence_triples(sentence)
    for bank in ("Nordbank", "Vexa Holdings", "Lumo Bank"):
        assert (bank, "OFFER", "online accounts") in facts
    with ablated(["including-subject"]):
        assert ("Nordbank", "OFFER", "online accounts") not in sentence_triples(sentence)


def test_the_subject_does_not_take_the_members_as_objects() -> None:
    assert_guard_case("including-subject",
                      "Many rival banks have begun to offer online accounts, including Nordbank and Vexa Holdings.",
                      wrong=("many rival banks", "OFFER", "Nordbank"),
                      kept=("Nordbank", "OFFER", "online accounts"))


def test_the_members_are_no_instances_of_the_object() -> None:
    assert_guard_case("including-subject",
                      "Many rival banks have begun to offer online accounts, including Nordbank and Vexa Holdings.",
                      wrong=("Vexa Holdings", "IS_A", "online account"), kept=None)


def test_a_capitalised_plural_abbreviation_is_a_set_of_firms() -> None:
    facts = sentence_triples("In recent weeks, several rival ISPs have started to sell faster lines, "
                             "including Nordnet and Vexa Online.")
    assert ("Nordnet", "SELL", "faster lines") in facts


def test_people_of_a_plural_subject_of_their_kind() -> None:
    facts = sentence_triples("Several players scored goals, including Tom Reed and Jon Dahl.")
    assert ("Tom Reed", "SCORE", "goals") in facts


def test_an_object_of_the_names_kind_keeps_the_list() -> None:
    # "bought firms, including Vexa": the names are firms, the object's own members
    facts = sentence_triples("Nordbank bought several firms, including Vexa Holdings and Lumo.")
    assert ("Nordbank", "ACQUIRE", "Vexa Holdings") in facts
    assert not any(t[0] == "Vexa Holdings" and t[1] == "ACQUIRE" for t in facts)


def test_an_object_of_people_keeps_the_list() -> None:
    # "met fans, including Tom Reed": he is a fan; the minister is no set
    facts = sentence_triples("The minister met fans, including Tom Reed and Jon Dahl.")
    assert not any(t[0] == "Tom Reed" and t[1] == "MEET" for t in facts)


def test_a_subject_of_another_kind_keeps_the_list() -> None:
    # "banks bought shares in firms, including Vexa": the list is of the firms, not of the banks
    facts = sentence_triples("Many investors bought shares, including Vexa Holdings and Lumo.")
    assert not any(t[0] == "Vexa Holdings" and t[1] == "BUY" for t in facts)


def test_no_comma_keeps_the_list_on_the_object() -> None:
    facts = sentence_triples("Many rival banks offer services including Nordpay and Vexa Cash.")
    assert not any(t[0] == "Nordpay" and t[1] == "OFFER" for t in facts)


def test_among_the_members_of_a_relative_clause() -> None:
    sentence = "Tom Reed, Anna Berg and Jon Dahl are among the stars who have signed the letter."
    facts = sentence_triples(sentence)
    for name in ("Tom Reed", "Anna Berg", "Jon Dahl"):
        assert (name, "SIGN", "letter") in facts
    with ablated(["among-clause"]):
        assert ("Anna Berg", "SIGN", "letter") not in sentence_triples(sentence)


def test_among_those_expected_keeps_the_expectation() -> None:
    from kg.extract import extract_text

    facts = [f for f in extract_text("Title\n\nTom Reed is among the players expected to miss the final.\n").facts
             if f.subject.name == "Tom Reed" and f.relation == "MISS"]
    assert facts and all(f.modality == "expect" for f in facts)


def test_among_a_participle_clause() -> None:
    facts = sentence_triples("Vexa Holdings is among the firms bidding for Lumo Bank.")
    assert ("Vexa Holdings", "BID", "Lumo Bank") in facts


def test_not_among_the_signers_signs_nothing() -> None:
    facts = sentence_triples("Tom Reed and Jon Dahl were not among the players who signed the letter.")
    assert not any(t[0] in ("Tom Reed", "Jon Dahl") and t[1] == "SIGN" for t in facts)


def test_among_a_passive_clause_names_no_doer() -> None:
    facts = sentence_triples("Vexa Holdings is among the firms which were bought by Nordbank.")
    assert not any(t[0] == "Vexa Holdings" and t[1] in ("BUY", "ACQUIRE") for t in facts)


def test_every_listed_subject_was_awarded_the_prize() -> None:
    sentence = "Tom Reed, Jon Dahl and Sam Berg were awarded the gold medal."
    facts = sentence_triples(sentence)
    for name in ("Tom Reed", "Jon Dahl", "Sam Berg"):
        assert (name, "WIN", "gold medal") in facts
    with ablated(["prize-winner-list"]):
        assert ("Sam Berg", "WIN", "gold medal") not in sentence_triples(sentence)


def test_the_award_going_to_one_name_gives_no_other_winner() -> None:
    facts = sentence_triples("Tom Reed, the coach, was awarded the gold medal.")
    assert ("Tom Reed", "WIN", "gold medal") in facts
    assert sum(1 for t in facts if t[1] == "WIN") == 1


def _chained_list(joined: bool = False) -> list[str]:
    """The parse the small model gives some four-name lists: "Reed, Jon Dahl, Sam Berg and Ola Moe
    have all been awarded medals" as Reed (untyped) -appos-> Dahl -appos-> Berg -conj-> Moe."""
    from spacy.tokens import Doc, Span

    from kg.extract.clauses import listed_subjects
    from kg.extract.nlp import load_model

    words = ["Reed", ",", "Jon", "Dahl", ",", "Sam", "Berg", "and", "Ola", "Moe", "have", "all", "been", "awarded",
             "medals", "."]
    heads = [13, 0, 3, 0, 3, 6, 3, 6, 9, 6, 13, 13, 13, 13, 13, 13]
    deps = ["nsubjpass", "punct", "compound", "appos", "punct", "compound", "appos", "cc", "compound", "conj", "aux",
            "dep", "auxpass", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "AUX", "DET",
           "AUX", "VERB", "NOUN", "PUNCT"]
    doc = Doc(load_model().vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = ([Span(doc, 2, 7, "PERSON"), Span(doc, 8, 10, "PERSON")] if joined  # "Jon Dahl, Sam Berg" as one
                else [Span(doc, 2, 4, "PERSON"), Span(doc, 5, 7, "PERSON"), Span(doc, 8, 10, "PERSON")])
    return [t.text for t in listed_subjects([doc[0]])]


def test_a_chain_of_appositions_with_an_untyped_first_surname_is_one_list() -> None:
    assert _chained_list() == ["Reed", "Dahl", "Berg", "Moe"]
    with ablated(["listed-subject-chain"]):
        assert _chained_list() == ["Reed"]


def test_a_name_the_model_ran_over_a_comma_is_no_list_member() -> None:
    assert _chained_list(joined=True) == ["Reed", "Moe"]


def test_a_place_before_names_is_no_list_item() -> None:
    facts = sentence_triples("Bergen, Tom Reed and Jon Dahl signed new contracts.")
    assert ("Jon Dahl", "SIGN", "new contracts") not in facts
