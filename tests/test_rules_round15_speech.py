"""Reported speech over several sentences (issue #13, item 2, round 15): a quotation that runs on
over joined paragraphs, a speaker named where the quotation closes, and a "he" inside a quotation
that runs on.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.nlp import load_model
from kg.extract.registry import ablated, rule_names
from kg.resolve.quotations import in_quotation


def _attributed(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.attribution) for f in extract_text(text).facts}


def test_the_rules_are_registered() -> None:
    assert {"reopened-quotation", "speaker-named-after", "quoted-third-person"} <= set(rule_names())


# Two paragraphs of one quotation joined into one line: no closing mark after "year.", an opening
# mark before "Next".
REOPENED = ('"Sales are up," said Tom Reed. "We sold more ships this year. "Next year Vexa Holdings '
            'will open a new yard in Bergen." Nordbank shares fell on Monday.')


def test_a_quotation_opened_again_goes_on() -> None:
    assert ("Vexa Holdings", "OPEN", "new yard", "Tom Reed") in _attributed(REOPENED)
    with ablated(["reopened-quotation"]):
        assert ("Vexa Holdings", "OPEN", "new yard", None) in _attributed(REOPENED)


def test_the_words_after_a_reopened_quotation_are_the_narrators() -> None:
    doc = load_model()(REOPENED)
    assert in_quotation(next(t for t in doc if t.text == "Next"))
    assert not in_quotation(next(t for t in doc if t.text == "Monday"))
    with ablated(["reopened-quotation"]):
        assert not in_quotation(next(t for t in doc if t.text == "Next"))
        assert in_quotation(next(t for t in doc if t.text == "Monday"))


def test_a_paragraph_left_open_is_counted_as_before() -> None:
    # a closing mark was lost (or the quotation goes on in the next paragraph): read mark by mark
    doc = load_model()('Anna Berg said: "Vexa Holdings is doing well. "Jon Dahl has cut costs at the plant.')
    assert not in_quotation(next(t for t in doc if t.text == "Dahl"))


NAMED_AFTER = '"Nordbank will close its Bergen branch. Vexa Holdings will buy the building," said Tom Reed.'


def test_the_speaker_named_where_a_quotation_closes_says_all_of_it() -> None:
    assert ("Nordbank", "CLOSE", "Bergen branch", "Tom Reed") in _attributed(NAMED_AFTER)
    with ablated(["speaker-named-after"]):
        assert ("Nordbank", "CLOSE", "Bergen branch", None) in _attributed(NAMED_AFTER)


def test_a_quotation_closed_with_no_speaker_is_nobodys() -> None:
    text = '"Nordbank will close its Bergen branch. Vexa Holdings will buy it." The bank declined to comment.'
    assert ("Nordbank", "CLOSE", "Bergen branch", None) in _attributed(text)


THIRD_PERSON = ('Jon Dahl joined Vexa Holdings in May. "The new chief is doing well," said Tom Reed. '
                '"He has cut costs at the Bergen plant."')


def test_he_in_a_quotation_that_runs_on_is_not_its_speaker() -> None:
    assert ("Jon Dahl", "CUT", "costs", "Tom Reed") in _attributed(THIRD_PERSON)
    with ablated(["quoted-third-person"]):
        assert ("Tom Reed", "CUT", "costs", "Tom Reed") in _attributed(THIRD_PERSON)


def test_he_who_says_a_quotation_is_nobody_it_names() -> None:
    # "he" is not Jon Dahl, named in the quotation's first sentence, though Dahl is the nearer subject
    text = 'Tom Reed spoke to reporters in Bergen on Monday. "Jon Dahl is sorry. The harbour plan went wrong," he said.'
    said = {(f.subject.name, f.object.name) for f in extract_text(text).facts if f.rule == "statement"}
    assert ("Tom Reed", "harbour plan") in said
    with ablated(["quoted-third-person"]):
        assert ("Jon Dahl", "harbour plan") in {
            (f.subject.name, f.object.name) for f in extract_text(text).facts if f.rule == "statement"}


def test_he_in_a_quotation_that_runs_on_is_not_whom_the_he_who_said_it_stood_for() -> None:
    # the speaker is a "he" (Tom Reed, resolved), the "He" of the next sentence someone else
    text = ('Tom Reed coached Jon Dahl for a year. "It has been a good year," he told the Bergen Post. '
            '"He scored twice against Vexa United."')
    assert ("Jon Dahl", "SCORE", "Vexa United", "Tom Reed") in _attributed(text)
    with ablated(["quoted-third-person"]):
        assert ("Tom Reed", "SCORE", "Vexa United", "Tom Reed") in _attributed(text)
