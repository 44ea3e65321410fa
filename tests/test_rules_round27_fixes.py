"""Round 27: round 26's left-overs (fix27). Each case is an invented sentence whose wrong fact the
guard takes away (and which comes back with the guard switched off)."""

from __future__ import annotations

from factories import assert_guard_case, fact_triples, graph_facts, sentence_triples

from kg.extract import extract_text
from kg.extract.registry import ablated


def test_denied_such_is_a_comparison() -> None:
    # "no such debts as Vexa Holdings": Vexa's debts are the standard, not an example of debts
    assert_guard_case("such-comparison", "Nordbank has no such debts as Vexa Holdings.",
                      ("Vexa Holdings", "IS_A", "debt"), ("Nordbank", "HAVE", "such debts"))
    assert ("Nordbank", "HAVE", "Vexa Holdings") not in sentence_triples("Nordbank has no such debts as Vexa Holdings.")


def test_such_noun_as_still_lists_examples() -> None:
    facts = sentence_triples("Tom Reed has worked for such lenders as Nordbank.")
    assert ("Nordbank", "IS_A", "lender") in facts


def test_either_or_members_are_possibilities() -> None:
    text = "Title\n\nEither Nordbank or Vexa Holdings will buy Lumo.\n"
    bought = {f.subject.name: f.modality for f in extract_text(text).facts if f.relation == "ACQUIRE"}
    assert bought == {"Nordbank": "or", "Vexa Holdings": "or"}
    with ablated(["either-or"]):
        bought = {f.subject.name: f.modality for f in extract_text(text).facts if f.relation == "ACQUIRE"}
    assert bought == {"Nordbank": "will", "Vexa Holdings": "will"}


def test_and_list_keeps_its_modality() -> None:
    text = "Title\n\nNordbank and Vexa Holdings will buy Lumo.\n"
    assert {f.modality for f in extract_text(text).facts if f.relation == "ACQUIRE"} == {"will"}


def test_coordinated_names_before_a_title() -> None:
    text = "Title\n\nNordbank and Vexa Holdings chairman Tom Reed said the deal was good.\n"
    facts = graph_facts(text)
    assert ("Tom Reed", "HEAD", "chairman", "Vexa Holdings") in facts
    assert not any("nordbank" in f[2] for f in facts)
    with ablated(["title-list-names"]):
        assert ("Tom Reed", "HEAD", "nordbank and chairman", "Vexa Holdings") in graph_facts(text)


def test_told_hearer_is_no_title() -> None:
    assert_guard_case("told-clause-subject", "Tom Reed told staff Vexa Holdings would pay the bill.",
                      ("Vexa Holdings", "IS_A", "staff"), ("Vexa Holdings", "PAY", "bill"))


def test_told_bare_title_stays_a_title() -> None:
    assert ("Jon Dahl", "IS_A", "chairman") in sentence_triples("Tom Reed told chairman Jon Dahl would stay.")


def test_defeat_handed_to_a_side() -> None:
    # "to" on the verb: light-noun-paraphrase reads the giver as the winner
    facts = sentence_triples("Bergen handed a 3-0 defeat to Oslo.")
    assert ("Bergen", "DEFEAT", "Oslo") in facts and ("Oslo", "DEFEAT", "Bergen") not in facts
    with ablated(["light-noun-paraphrase"]):
        assert ("Bergen", "DEFEAT", "Oslo") not in sentence_triples("Bergen handed a 3-0 defeat to Oslo.")


def test_loss_suffered_to_a_side() -> None:
    facts = sentence_triples("Bergen suffered a 2-1 loss to Oslo.")
    assert ("Oslo", "DEFEAT", "Bergen") in facts and ("Bergen", "DEFEAT", "Oslo") not in facts
    with ablated(["light-noun-paraphrase"]):
        assert ("Oslo", "DEFEAT", "Bergen") not in sentence_triples("Bergen suffered a 2-1 loss to Oslo.")


def test_given_defeat_on_the_noun() -> None:
    # "to" on the noun: match-result reads the loser's noun, the verb of giving makes the subject the winner
    assert_guard_case("given-result", "Bergen dealt a 2-0 defeat to Oslo.",
                      ("Oslo", "DEFEAT", "Bergen"), ("Bergen", "DEFEAT", "Oslo"))


def test_sentential_which_has_no_noun_subject() -> None:
    assert_guard_case("sentential-which", "Vexa Holdings cut 300 jobs, which angered Tom Reed.",
                      ("300 jobs", "ANGER", "Tom Reed"), ("Vexa Holdings", "CUT", "300 jobs"))
    assert_guard_case("sentential-which", "Nordbank hired Lindqvist, which angered Vexa Holdings.",
                      ("Lindqvist", "ANGER", "Vexa Holdings"), ("Nordbank", "HIRE", "Lindqvist"))


def test_which_means_after_a_name_glosses_the_name() -> None:
    # "which means" right after a name (not a person's) spells the name out: no sentential reading
    text = "Nordbank runs on a standard called LMX, which means local money exchange."
    assert ("LMX", "MEAN", "local money exchange") in sentence_triples(text)
    assert ("Vexa Holdings", "CUT", "300 jobs") in sentence_triples("Vexa Holdings cut 300 jobs, which means trouble.")
    assert not any(t[0] == "300 jobs" for t in sentence_triples("Vexa Holdings cut 300 jobs, which means trouble."))


def test_which_of_a_thing_still_reads() -> None:
    assert ("Lumo", "MAKE", "phones") in sentence_triples("Vexa Holdings sold Lumo, which makes phones.")


def test_sentential_which_leaves_a_person_a_person() -> None:
    # thing-clause made a name before a "which" a thing; a sentential "which" says nothing of it
    from kg.extract.nlp import load_model
    from kg.resolve.references import thing_clause

    doc = load_model()("Nordbank hired Lindqvist, which angered Vexa Holdings.")
    name = next(t for t in doc if t.text == "Lindqvist")
    assert not thing_clause(name)
    with ablated(["sentential-which"]):
        assert thing_clause(name)
    thing = next(t for t in load_model()("Other winners included Night Raid, which took the main prize.")
                 if t.text == "Raid")
    assert thing_clause(thing)


def test_part_played_is_no_pronoun_candidate() -> None:
    text = ("Title\n\nTom Reed, whose latest role was Jon Dahl in Bergen Nights, lives in Oslo. "
            "He has two children with Anna Berg.\n")
    assert ("Tom Reed", "HAVE_CHILD_WITH", "Anna Berg") in fact_triples(text)
    with ablated(["played-character"]):
        assert ("Tom Reed", "HAVE_CHILD_WITH", "Anna Berg") not in fact_triples(text)


def test_a_match_opponent_stays_a_candidate() -> None:
    # "played Jon Dahl" may be a match: the opponent is still someone a "he" may mean
    from kg.extract.nlp import load_model
    from kg.resolve.references import played_character

    doc = load_model()("Tom Reed played Jon Dahl in the final.")
    assert not played_character(next(t for t in doc if t.text == "Dahl"))


def test_a_loss_of_money_is_no_defeat() -> None:
    assert ("Nordbank", "DEFEAT", "Vexa Holdings") not in sentence_triples("Vexa Holdings suffered a $5m loss to Nordbank.")
    assert ("Nordbank", "DEFEAT", "Vexa Holdings") not in sentence_triples(
        "Vexa Holdings suffered a loss of market share to Nordbank.")


def test_either_or_keeps_a_hedge_already_there() -> None:
    text = "Title\n\nHeather Craney could be outdone by Kate Winslet or Natalie Portman.\n"
    assert {f.modality for f in extract_text(text).facts if f.relation == "OUTDO"} == {"could"}


def test_capitalised_title_with_and_is_one_title() -> None:
    text = "Title\n\nThe economy is recovering, said Economic and Fiscal Policy Minister Heizo Takenaka.\n"
    assert not any(f[2] == "fiscal policy minister" for f in graph_facts(text))


def test_or_in_a_described_set_is_no_hedge() -> None:
    text = "Title\n\nThe program only works on PCs running Windows XP or Windows 2000.\n"
    assert "or" not in {f.modality for f in extract_text(text).facts}


def test_defeat_handed_in_a_double_object() -> None:
    assert_guard_case("given-result", "Bergen handed Oslo a 3-0 defeat.",
                      ("Bergen", "HAND_TO", "Oslo"), ("Bergen", "DEFEAT", "Oslo"))
    assert ("Nordbank", "SELL_TO", "Vexa Holdings") in sentence_triples("Nordbank sold Vexa Holdings a stake.")
