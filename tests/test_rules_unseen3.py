"""Rules written from the misses on six more BBC articles no rule was tuned on (issue #13, round 5).

Each case is a sentence written for this test, in news style (not from the BBC articles, the
seed article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

import pytest
from factories import graph_facts

from kg.extract import extract_text

# -- a title's field, and the workplace named after it --------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Anna Berg, head of research at Nordbank, said the shares were cheap.",
     ("Anna Berg", "HEAD", "head of research", "Nordbank")),
    ("Tom Reed, director of communications for Fjord Capital, declined to comment.",
     ("Tom Reed", "ROLE", "director of communications", "Fjord Capital")),
    # "with" names an analyst's or a strategist's employer
    ("Paul Lund, chief strategist with Kestrel Securities, said rates would rise.",
     ("Paul Lund", "ROLE", "chief strategist", "Kestrel Securities")),
])
def test_a_workplace_after_a_title_is_where_it_is_held_and_the_field_is_part_of_the_title(
        text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in graph_facts(text)


def test_an_of_phrase_that_names_an_organisation_is_still_where_the_title_is_held() -> None:
    facts = graph_facts("Anna Berg, head of the agency at the time, said the rules were clear.")
    assert not any(p.startswith("head of") for _, _, p, _ in facts)


# -- a name that restates a title phrase ----------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Tom Reed met the chairman of Nordbank, Anna Berg, in Oslo on Monday.",
     ("Tom Reed", "MEET", "meet", "Anna Berg")),
    ("The chairman of Nordbank, Anna Berg, met Tom Reed in Oslo on Monday.",
     ("Anna Berg", "MEET", "meet", "Tom Reed")),
    # the model tags the capitalised title as a proper noun
    ("Tom Reed told the President of the Fjord Council, Anna Berg, that the plan had failed.",
     ("Tom Reed", "SAY", "tell", "Anna Berg")),
])
def test_a_name_set_off_after_a_title_phrase_is_what_the_verb_is_about(text: str, fact: tuple[str, str, str, str]) -> None:
    facts = graph_facts(text)
    assert fact in facts
    assert not any(o in ("chairman", "President", "Nordbank") and p in ("meet", "tell") for _, _, p, o in facts)


def test_a_name_set_off_after_a_title_phrase_holds_the_title() -> None:
    facts = graph_facts("Tom Reed met the chairman of Nordbank, Anna Berg, in Oslo on Monday.")
    assert ("Anna Berg", "HEAD", "chairman", "Nordbank") in facts


# -- match results --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Nordvik's win over Fjord United lifted them to second.", ("Nordvik", "DEFEAT", "beat", "Fjord United")),
    ("Nordvik sealed a 3-0 victory against Fjord United on Sunday.", ("Nordvik", "DEFEAT", "beat", "Fjord United")),
    # a loser's noun names the winner
    ("Fjord United suffered a 2-1 defeat by Nordvik on Saturday.", ("Nordvik", "DEFEAT", "beat", "Fjord United")),
    ("Nordvik went top after a 1-1 draw with Fjord United.", ("Nordvik", "DRAW_WITH", "draw with", "Fjord United")),
])
def test_a_result_noun_says_who_beat_whom(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in graph_facts(text)


@pytest.mark.parametrize("text", [
    "Nordvik need a win over Fjord United to stay up.",
    "Nordvik will seek a victory over Fjord United on Sunday.",
    "Fjord United did not suffer a defeat to Nordvik all season.",
])
def test_a_result_wished_for_planned_or_denied_is_no_result(text: str) -> None:
    # a denied result may be kept as a negated fact (since round 27 "suffer a defeat to" reads
    # the winner, and the negation stays on it), never as a result that happened
    from kg.extract import extract_text

    assert not any(f.relation == "DEFEAT" and not f.negated for f in extract_text(text).facts)


def test_a_score_after_the_side_beaten_leaves_it_the_object() -> None:
    facts = graph_facts("Arsenal beat Chelsea 2-1 at Highbury on Sunday.")
    assert any(s == "Arsenal" and rel == "DEFEAT" and o == "Chelsea" for s, rel, _, o in facts)
    assert not any(o == "Highbury" for _, _, _, o in facts)


# -- "X-based" on a kind that a name restates ----------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("The Paris-based Nordvik watchdog said rates would rise.", ("Nordvik", "BASE", "base", "Paris")),
    ("It is funded by an Oslo-based trade body called The Fjord Partnership.",
     ("Fjord Partnership", "BASE", "base", "Oslo")),
    ("A London-based firm known as Fjord Capital bought the stake.", ("Fjord Capital", "BASE", "base", "London")),
])
def test_a_place_based_kind_is_where_the_name_it_restates_is_based(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in graph_facts(text)


# -- talks and meetings with a light verb ---------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Nordbank chief executive Anna Berg is reported to have held private talks with Tom Reed.",
     ("Anna Berg", "TALK", "talk", "Tom Reed")),
    ("Nordbank is in talks with Fjord Capital about a merger.", ("Nordbank", "TALK", "talk", "Fjord Capital")),
    ("Anna Berg had a meeting with Tom Reed in Oslo on Friday.", ("Anna Berg", "MEET", "meet", "Tom Reed")),
])
def test_a_light_verb_with_talks_or_a_meeting_says_who_talked_with_whom(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in graph_facts(text)


def test_talks_that_a_light_verb_denies_are_a_negated_fact() -> None:
    facts = extract_text("Nordbank will not hold talks with Fjord Capital.").facts
    assert [(f.relation, f.negated) for f in facts if f.object.name == "Fjord Capital"] == [("TALK", True)]


# -- "buy back": a particle, not "back" (SUPPORT) nor a modifier of the object --------------------

@pytest.mark.parametrize(("text", "relation", "obj"), [
    ("Nordbank is buying back shares.", "BUY_BACK", "shares"),
    ("Nordbank paid back the loan in March.", "PAY_BACK", "loan"),
    # the model hangs "back" on the object as an adjective
    ("Nordbank will buy back shares worth £2bn.", "BUY_BACK", "shares"),
])
def test_a_phrasal_verb_with_back_is_typed_by_itself(text: str, relation: str, obj: str) -> None:
    assert ("Nordbank", relation, relation.lower().replace("_", " "), obj) in graph_facts(text)


def test_back_alone_still_means_support() -> None:
    assert ("Nordbank", "SUPPORT", "back", "plan") in graph_facts("Nordbank backed the plan on Monday.")


def test_an_adjective_back_after_a_determiner_stays_a_modifier() -> None:
    assert any(o == "back door" for _, _, _, o in graph_facts("Tom Reed opened the back door of the bank."))


# -- a double object: the first is the recipient --------------------------------------------------

@pytest.mark.parametrize(("text", "verb", "recipient", "thing"), [
    ("Nordbank had sold Fjord Capital a stake in its insurance arm.", "SELL", "Fjord Capital", "stake"),
    ("Nordbank gave Fjord Capital a loan of £2m last year.", "GIVE", "Fjord Capital", "loan"),
])
def test_the_first_of_two_objects_is_to_whom_not_what(text: str, verb: str, recipient: str, thing: str) -> None:
    facts = graph_facts(text)
    assert any(s == "Nordbank" and rel == verb and o == thing for s, rel, _, o in facts)
    assert any(s == "Nordbank" and rel == f"{verb}_TO" and o == recipient for s, rel, _, o in facts)
    assert not any(rel == verb and o == recipient for _, rel, _, o in facts)


def test_whom_a_verb_of_telling_addresses_stays_its_object() -> None:
    assert ("Anna Berg", "SAY", "tell", "Tom Reed") in graph_facts("Anna Berg told Tom Reed the news on Monday.")


# -- a naming participle: "the gamer, known as X" ------------------------------------------------

def test_a_noun_phrase_named_by_a_participle_is_the_name() -> None:
    facts = graph_facts("The Norwegian trader, known only by his online name Skarv, bought the island last week.")
    assert ("Skarv", "ACQUIRE", "buy", "island") in facts
    assert any(s == "Skarv" and rel == "IS_A" and o.lower() == "norwegian trader" for s, rel, _, o in facts)
    assert not any(rel == "KNOW" for _, rel, _, _ in facts)


def test_a_kind_called_a_name_is_what_the_name_is() -> None:
    facts = graph_facts("Fans of a Leeds band called The Kestrels queued overnight.")
    assert any(s == "Kestrels" and rel == "IS_A" and o.lower() == "band" for s, rel, _, o in facts)


# -- a place after "in" on a verb of acting on something is where ---------------------------------

def test_a_place_after_in_on_a_verb_of_winning_is_where_it_was_won() -> None:
    # the place is an adjunct: neither a thing won (WIN) nor a relation to the place (WIN_IN)
    for text in ("Anna Berg won in Bergen last week.", "Tom Reed wants to win in Oslo."):
        assert not any(rel.startswith("WIN") for _, rel, _, _ in graph_facts(text))
    # the Open IE view keeps the reading, as CaRB's annotators write it
    from kg.extract.carb import carb_tuples

    tuples = [(t.relation, t.args) for t in carb_tuples(["Anna Berg won in Bergen last week ."])]
    assert ("won in", ("Anna Berg", "Bergen", "last week")) in tuples, tuples


def test_a_place_a_verb_of_motion_goes_to_stays_its_object() -> None:
    assert ("Tom Reed", "ARRIVE", "arrive", "Oslo") in graph_facts("Tom Reed arrived in Oslo on Monday.")


# -- examples of a prepositional object -----------------------------------------------------------

def test_what_a_verb_says_through_a_preposition_of_a_kind_it_says_of_each_named_example() -> None:
    facts = graph_facts("Tom Reed also appeared in seven Anna Berg films, including Night Train, Cold Harbour and Red Sky.")
    for film in ("Night Train", "Cold Harbour", "Red Sky"):
        assert ("Tom Reed", "APPEAR", "appear", film) in facts


# -- a country before an occupation is where the person is from ----------------------------------

def test_a_country_before_an_occupation_is_where_the_person_is_from() -> None:
    facts = graph_facts("US actor Tom Reed has died at his home in Maine, aged 91.")
    assert ("Tom Reed", "FROM", "from", "US") in facts
    assert ("Tom Reed", "IS_A", "actor", "actor") in facts
    assert not any(rel == "ROLE" for _, rel, _, _ in facts)


@pytest.mark.parametrize(("text", "fact"), [
    ("US Treasury Secretary Tom Reed said the dollar was strong.", ("Tom Reed", "SECRETARY", "Treasury secretary", "US")),
    ("Ireland captain Tom Reed will miss the game.", ("Tom Reed", "ROLE", "captain", "Ireland")),
])
def test_a_country_before_an_office_or_a_national_side_s_post_is_where_it_is_held(
        text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in graph_facts(text)


def test_a_place_that_is_no_country_before_an_occupation_stays_where_it_is_held() -> None:
    # the model tags a show's name as a place: no origin is read from it
    facts = graph_facts("Harbour City actor Tom Reed was evicted on Friday.")
    assert not any(rel == "FROM" for _, rel, _, _ in facts)


# -- "I think ...": what a statement is about -----------------------------------------------------

@pytest.mark.parametrize(("text", "speaker", "topic"), [
    ('"I think that rents are finally starting to find a new level," said analyst Anna Berg of Kestrel Capital.',
     "Anna Berg", "rents"),
    ('"We believe the deal is good for shareholders," Tom Reed said.', "Tom Reed", "deal"),
])
def test_a_speaker_s_i_think_hedges_what_the_statement_is_about(text: str, speaker: str, topic: str) -> None:
    assert (speaker, "SAY", "say", topic) in graph_facts(text)


# -- a list of names in apposition to a plural object ---------------------------------------------

@pytest.mark.parametrize(("text", "facts_wanted"), [
    ("Nordbank signed two players, Tom Reed and Paul Lund, on Friday.",
     [("Nordbank", "SIGN", "sign", "Tom Reed"), ("Nordbank", "SIGN", "sign", "Paul Lund")]),
    # a passive: the listed names are the doers
    ("Reed is survived by three children Nora, Tom and Paul, and two grandchildren.",
     [("Nora", "SURVIVE", "survive", "Reed"), ("Tom", "SURVIVE", "survive", "Reed"), ("Paul", "SURVIVE", "survive", "Reed")]),
    ("Nordbank was bought by firms such as Fjord Capital and Kestrel Partners.",
     [("Fjord Capital", "ACQUIRE", "buy", "Nordbank"), ("Kestrel Partners", "ACQUIRE", "buy", "Nordbank")]),
])
def test_what_a_verb_says_of_a_plural_it_says_of_each_name_listed_beside_it(
        text: str, facts_wanted: list[tuple[str, str, str, str]]) -> None:
    facts = graph_facts(text)
    for fact in facts_wanted:
        assert fact in facts


def test_a_plural_family_title_before_names_is_each_name_s_title_in_the_singular() -> None:
    facts = graph_facts("Reed is survived by his two children Nora and Tom.")
    assert ("Nora", "IS_A", "child", "child") in facts
    assert ("Tom", "IS_A", "child", "child") in facts
