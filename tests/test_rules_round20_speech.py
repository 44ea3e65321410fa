"""Reported speech, round 20: a "he said" after a quotation that continues a speaker named several
sentences before (``speaker-carried-on``), and the statement of a verb of stance ("claims",
"believes") kept beside the clause's own fact (``stance-statement``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _attributed(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.attribution) for f in extract_text(text).facts}


def test_the_rules_are_registered() -> None:
    assert {"speaker-carried-on", "stance-statement"} <= set(rule_names())


# The speaker named, then three sentences of narration, then a quotation with "he said".
CARRIED = ("Nordbank results\n\n"
           "Rates will rise again in the spring, said Nordbank's chief economist Tom Reed.\n\n"
           "Banks in Bergen have cut their lending. Shops have seen fewer buyers since June. "
           "It could take a year for trade to recover. "
           '"The harbour plan of Vexa Holdings should be seen as a warning," he said. '
           '"Vexa Holdings will close its Bergen yard," he added.\n')


def test_he_said_continues_the_last_speaker_named() -> None:
    facts = _attributed(CARRIED)
    assert ("Tom Reed", "SAY", "harbour plan", None) in facts
    assert ("Vexa Holdings", "CLOSE", "Bergen yard", "Tom Reed") in facts
    with ablated(["speaker-carried-on"]):
        facts = _attributed(CARRIED)
        assert ("Tom Reed", "SAY", "harbour plan", None) not in facts
        assert ("Vexa Holdings", "CLOSE", "Bergen yard", "Tom Reed") not in facts


def test_another_person_named_since_the_speaker_leaves_he_unresolved() -> None:
    # Jon Dahl, named after the speaker (beyond the window of two sentences), could be the "he":
    # nobody is taken
    text = CARRIED.replace("Banks in Bergen have cut their lending.", "Jon Dahl has left the bank for Vexa Holdings.")
    assert not any(f.rule == "statement" and f.object.name == "harbour plan" for f in extract_text(text).facts)


def test_a_person_who_did_not_speak_is_not_carried_on() -> None:
    # the only man named before is no speaker: the "he" stays as the window left it
    text = ("Nordbank results\n\n"
            "Nordbank's chief economist Tom Reed moved to Oslo in the spring.\n\n"
            "Banks in Bergen have cut their lending. Shops have seen fewer buyers since June. "
            "It could take a year for trade to recover. "
            '"The harbour plan of Vexa Holdings should be seen as a warning," he said.\n')
    assert not any(f.rule == "statement" and f.object.name == "harbour plan" for f in extract_text(text).facts)


def _statements(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.predicate, f.object.name) for f in extract_text(text).facts if f.rule == "statement"}


STANCE = "Vexa news\n\nTom Reed claims Nordbank owes the club money. Jon Dahl believes Bergen can win the cup.\n"


def test_a_claim_keeps_its_statement_beside_the_clause_fact() -> None:
    facts = _attributed(STANCE)
    assert ("Nordbank", "OWE", "club money", "Tom Reed") in facts
    assert ("Bergen", "WIN", "cup", "Jon Dahl") in facts
    assert {("Tom Reed", "claim", "Nordbank"), ("Jon Dahl", "believe", "Bergen")} <= _statements(STANCE)
    with ablated(["stance-statement"]):
        assert not _statements(STANCE)


def test_a_plain_said_gives_the_clause_fact_only() -> None:
    # "say" only reports: the attributed clause fact says all the sentence says
    text = STANCE.replace("claims", "said").replace("believes", "said")
    assert ("Nordbank", "OWE", "club money", "Tom Reed") in _attributed(text)
    assert not _statements(text)
