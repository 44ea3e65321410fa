"""Round 26 (list26): lists of names and the scorer's pairings of other words for the same claim.

* ``such-noun-as``: "such classics as A, B and C", the split order of "classics such as A, B and C",
  gives the same examples: each is one of the kind, and what the verb says of the kind it says
  of each (``example-kind``, ``example-object``). ``example-possessor``: a listed name with "'s"
  owns the item ("Tom Reed's drama Night Shift"), it is no member.
* ``listed-subject-middle``: "Jon Dahl, Tom Reed, Ann Berg and Eva Lund signed": the second name of
  a list of four, which the parse hangs on the first as an ``npadvmod``, is a subject too.
* ``relative-gap-shared``: "Blue Harbour, which he wrote and directed": the relative pronoun is the
  object of each verb coordinated in its clause.
* ``neither-nor``: "Neither Nordbank nor Vexa Holdings commented", "bought neither Lumo nor Brix",
  "has neither confirmed nor denied": every member of a "nor" list is denied (graph only).
* The scorer pairs a gold "win" with kg's RECEIVE ("was awarded an MBE"), a gold "compete with"
  with kg's "be up against", and a gold "from" with kg's BORN ("Oslo-born"), one way only.

Each sentence is written for this test, in news style (not from the BBC articles, the seed article
nor CaRB). Each rule's case fails with the rule switched off.
"""

from __future__ import annotations

import pytest
from factories import assert_guard_case, sentence_triples

from kg.eval import facts as fact_eval
from kg.extract.registry import ablated, rule_names
from kg.model import Entity, Fact

RULES = ("such-noun-as", "example-possessor", "listed-subject-middle", "relative-gap-shared", "neither-nor")


def test_the_rules_are_registered() -> None:
    assert set(RULES) <= set(rule_names())


BOUGHT = "Nordbank bought such firms as Vexa Holdings and Lumo."
CLASSICS = "The show will include such classics as Super Trouper, SOS and Dancing Queen."


def test_such_noun_as_lists_examples_of_the_kind() -> None:
    got = sentence_triples(BOUGHT)
    assert {("Nordbank", "ACQUIRE", "Vexa Holdings"), ("Nordbank", "ACQUIRE", "Lumo"),
            ("Vexa Holdings", "IS_A", "firm"), ("Lumo", "IS_A", "firm")} <= got
    assert {("Super Trouper", "IS_A", "classic"), ("SOS", "IS_A", "classic"),
            ("Dancing Queen", "IS_A", "classic")} <= sentence_triples(CLASSICS)
    with ablated(["such-noun-as"]):
        off = sentence_triples(BOUGHT)
        assert ("Nordbank", "ACQUIRE", "Lumo") not in off and ("Lumo", "IS_A", "firm") not in off
        assert ("SOS", "IS_A", "classic") not in sentence_triples(CLASSICS)


def test_such_a_noun_as_compares_and_lists_nothing() -> None:
    # singular, with an article: a comparison ("not such a deal as Nordbank wanted"), no examples
    got = sentence_triples("Vexa Holdings did not get such a deal as Nordbank in Oslo.")
    assert not any(rel == "IS_A" and obj == "deal" for _, rel, obj in got)


@pytest.mark.parametrize(("wrong", "kept"), [
    (("Tom Reed", "IS_A", "film"), ("Blue Harbour", "IS_A", "film")),
    (("festival", "SHOW", "Tom Reed"), ("festival", "SHOW", "Blue Harbour")),
])
def test_a_possessor_in_a_list_of_examples_is_no_member(wrong: tuple[str, str, str],
                                                        kept: tuple[str, str, str]) -> None:
    assert_guard_case("example-possessor",
                      "The festival showed such films as Blue Harbour and Tom Reed's drama Night Shift.", wrong, kept)


SIGNED = "Jon Dahl, Tom Reed, Ann Berg and Eva Lund signed for Halden."


def test_every_name_of_a_listed_subject_is_a_subject() -> None:
    got = sentence_triples(SIGNED)
    assert {(name, "SIGN", "Halden") for name in ("Jon Dahl", "Tom Reed", "Ann Berg", "Eva Lund")} <= got
    with ablated(["listed-subject-middle"]):
        assert ("Tom Reed", "SIGN", "Halden") not in sentence_triples(SIGNED)


def test_a_place_beside_the_first_name_is_no_member() -> None:
    got = sentence_triples("Jon Dahl, Oslo, Ann Berg and Eva Lund signed for Halden.")
    assert ("Oslo", "SIGN", "Halden") not in got


WROTE = "Tom Reed won the prize for Blue Harbour, which he wrote and directed."
FILM = "Blue Harbour is a film that Tom Reed wrote and produced."


def test_a_relative_pronoun_is_the_object_of_each_coordinated_verb() -> None:
    assert {("Tom Reed", "WRITE", "Blue Harbour"), ("Tom Reed", "DIRECT", "Blue Harbour")} <= sentence_triples(WROTE)
    assert {("Tom Reed", "WRITE", "film"), ("Tom Reed", "PRODUCE", "film")} <= sentence_triples(FILM)
    with ablated(["relative-gap-shared"]):
        off = sentence_triples(WROTE)
        assert ("Tom Reed", "WRITE", "Blue Harbour") not in off and ("Tom Reed", "DIRECT", "Blue Harbour") not in off


def test_a_relative_subject_is_no_object_gap() -> None:
    # "that won the prize and sold Lumo": the pronoun is the subject; no verb takes the firm as object
    got = sentence_triples("The firm that won the prize and sold Lumo is Nordbank.")
    assert not any(obj == "firm" for _, _, obj in got)


def _negated(text: str) -> set[tuple[str, str, str, bool]]:
    from kg.extract import extract_text

    return {(f.subject.name, f.relation, f.object.name, f.negated) for f in extract_text(f"Title\n\n{text}\n").facts}


@pytest.mark.parametrize(("sentence", "denied"), [
    ("Neither Nordbank nor Vexa Holdings will buy Lumo.",
     {("Nordbank", "ACQUIRE", "Lumo"), ("Vexa Holdings", "ACQUIRE", "Lumo")}),
    ("Nordbank will buy neither Lumo nor Brix.", {("Nordbank", "ACQUIRE", "Lumo"), ("Nordbank", "ACQUIRE", "Brix")}),
    ("Nordbank has neither confirmed nor denied the report.",
     {("Nordbank", "CONFIRM", "report"), ("Nordbank", "DENY", "report")}),
])
def test_every_member_of_a_nor_list_is_denied(sentence: str, denied: set[tuple[str, str, str]]) -> None:
    got = _negated(sentence)
    assert {(*t, True) for t in denied} <= got and not {(*t, False) for t in denied} & got
    with ablated(["neither-nor"]):
        assert {(*t, False) for t in denied} & _negated(sentence)


def test_a_nor_list_after_but_denies_only_its_own_members() -> None:
    # "agreed to pay ..., but it neither admits nor denies": the payment is agreed, not denied
    got = _negated("Nordbank agreed to pay $5m to settle the case, but under the deal Nordbank \"neither admits nor denies the claims\".")
    assert ("Nordbank", "PAY", "$5m", False) in got and ("Nordbank", "DENY", "claims", True) in got


def test_a_nor_clause_after_a_stated_one_denies_only_itself() -> None:
    # (review26b) no "neither": the first clause states what "nor" adds a denial to
    got = _negated("Nordbank bought Lumo in May, nor did it stop there.")
    assert ("Nordbank", "ACQUIRE", "Lumo", False) in got


def test_and_or_lists_stay_as_they_are() -> None:
    got = _negated("Nordbank and Vexa Holdings will buy Lumo.")
    assert {("Nordbank", "ACQUIRE", "Lumo", False), ("Vexa Holdings", "ACQUIRE", "Lumo", False)} <= got


def _fact(subject: str, relation: str, predicate: str, obj: str) -> Fact:
    return Fact(subject=Entity.make(subject, "PERSON"), relation=relation, predicate=predicate, text=predicate,
                object=Entity.make(obj, "ORG"), confidence=0.8, doc_id="d", sentence=0, char_start=0,
                char_end=10, evidence="")


def _gold(subject: str, relation: str, obj: str) -> fact_eval.GoldFact:
    return fact_eval.GoldFact("x.txt", subject, relation, object=obj)


@pytest.mark.parametrize(("gold", "relation", "predicate", "pairs"), [
    ("win", "RECEIVE", "receive", True),                    # "Tom Reed has been awarded the Orvik Prize"
    ("compete with", "BE_UP_AGAINST", "be up against", True),  # "will be up against Ann Berg for the prize"
    ("compete against", "BE_UP_AGAINST", "be up against", True),
    ("from", "BORN", "born", True),                          # "Oslo-born Tom Reed"
    ("receive", "WIN", "win", False),                        # one way only: a gold "receive" is no win
    ("win", "GIVE", "give", False),                          # the giver of a prize did not win it
    ("lose", "RECEIVE", "receive", False),
    ("compete with", "BE_UP_FOR", "be up for", False),       # "up for" a prize: nominated, not against her
    ("from", "MOVE", "move", False),                         # moved to Oslo: not from there
    ("work with", "BE_UP_AGAINST", "be up against", False),
])
def test_other_words_for_the_same_claim_pair_one_way_only(gold: str, relation: str, predicate: str,
                                                          pairs: bool) -> None:
    assert fact_eval.fact_matches(_gold("Tom Reed", gold, "Orvik Prize"),
                                  _fact("Tom Reed", relation, predicate, "Orvik Prize")) is pairs
