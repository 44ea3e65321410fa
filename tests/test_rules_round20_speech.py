"""Reported speech, round 20: a "he said" after a quotation that continues a speaker named several
sentences before (``speaker-carried-on``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _attributed(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.attribution) for f in extract_text(text).facts}


def test_the_rules_are_registered() -> None:
    assert {"speaker-carried-on"} <= set(rule_names())


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
