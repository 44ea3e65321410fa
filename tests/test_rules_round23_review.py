"""Round 23's review of quote23 (helper review23c): the topic of a statement, which
``continued-statement`` and ``self-report-statement`` now keep beside more clauses' facts.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB); each fails without the fix it tests.
"""

from __future__ import annotations

from kg.extract import extract_text


def _said(text: str, speaker: str) -> set[str]:
    """The topics of the speaker's statements."""
    return {f.object.name for f in extract_text(text).facts if f.relation == "SAY" and f.subject.name == speaker}


def test_a_quantity_counts_the_subject_of_its_of_clause() -> None:
    # the parser reads "of 'urban legends' going around" as "of" + a clause whose subject is
    # "legends": the quantity is still about the legends, not "lots"
    text = ('Title\n\n"There are lots of \'urban legends\' going around about Nordbank, but facts are facts," '
            'Tom Reed said.\n')
    said = _said(text, "Tom Reed")
    assert "urban legends" in said
    assert "lots" not in said


def test_a_number_is_about_what_it_counts() -> None:
    said = _said("Title\n\nNordbank said it would double the number of its branches in Bergen.\n", "Nordbank")
    assert "branches" in said
    assert "number" not in said


def test_a_name_does_not_run_across_a_bracket() -> None:
    text = ('Title\n\nTom Reed spoke on Monday. He said: "It is worth a try. If she is confident she will '
            'pick one (distance). The plan does not allow both."\n')
    said = _said(text, "Tom Reed")
    assert "distance" in said
    assert not any("(" in topic for topic in said)


def test_a_bracket_the_name_closes_stays_in_it() -> None:
    said = _said("Title\n\nTom Reed said the Nordbank (Bergen) branch would close next year.\n", "Tom Reed")
    assert "Nordbank (Bergen) branch" in said
