"""Round 29, reported speech (say29): an adverbial clause of a reported clause is the speaker's
too (adverbial-attribution), and the statement of the main clause stays beside its facts."""

from __future__ import annotations

from unittest.mock import patch

from kg.extract.registry import ablated

Said = set[tuple[str, str, str, str | None]]


def attributed(sentence: str) -> Said:
    """(subject, relation type, object, attribution) of every graph fact of one sentence's article."""
    from kg.extract import extract_text  # loads the spaCy model: only the rule tests need it

    return {(f.subject.name, f.relation, f.object.name, f.attribution) for f in extract_text(f"Title\n\n{sentence}\n").facts}


WHILE = '"While Nordbank sets high standards, it cannot check every word," Tom Reed told the Bergen Post.'


def test_a_fronted_while_clause_of_a_quotation_is_the_speakers() -> None:
    assert ("Nordbank", "SET", "high standards", "Tom Reed") in attributed(WHILE)
    with ablated(["adverbial-attribution"]):
        assert ("Nordbank", "SET", "high standards", None) in attributed(WHILE)


def test_the_statement_of_the_main_clause_stays_beside_the_adverbial_fact() -> None:
    assert ("Tom Reed", "SAY", "word", None) in attributed(WHILE)
    with patch("kg.resolve.facts.FramedSource", type("Other", (), {})):
        # the adverbial fact counted as what was said: the statement would go
        assert ("Tom Reed", "SAY", "word", None) not in attributed(WHILE)


def test_a_gerund_after_before_belongs_to_the_reported_clause() -> None:
    text = "Nordbank said it would study the results before opening new branches in Sweden."
    assert ("Nordbank", "OPEN", "new branches", "Nordbank") in attributed(text)
    with ablated(["adverbial-attribution"]):
        assert ("Nordbank", "OPEN", "new branches", None) in attributed(text)


def test_a_gerund_after_by_gives_the_means_the_speaker_names() -> None:
    text = "Jon Dahl said Vexa Holdings had angered its staff by closing the Bergen plant."
    assert ("Vexa Holdings", "CLOSE", "Bergen plant", "Jon Dahl") in attributed(text)
    with ablated(["adverbial-attribution"]):
        assert ("Vexa Holdings", "CLOSE", "Bergen plant", None) in attributed(text)


def test_a_while_clause_after_that_lies_inside_the_reported_clause() -> None:
    text = "Tom Reed said that while Nordbank has cut 300 jobs, Vexa Holdings will hire staff in Molde."
    assert ("Nordbank", "CUT", "300 jobs", "Tom Reed") in attributed(text)
    with ablated(["adverbial-attribution"]):
        assert ("Nordbank", "CUT", "300 jobs", None) in attributed(text)


def test_a_trailing_clause_inside_the_quotation_is_the_speakers() -> None:
    text = '"Nordbank will grow, although Vexa Holdings has cut 300 jobs," said Tom Reed.'
    assert ("Vexa Holdings", "CUT", "300 jobs", "Tom Reed") in attributed(text)
    with ablated(["adverbial-attribution"]):
        assert ("Vexa Holdings", "CUT", "300 jobs", None) in attributed(text)


def test_a_trailing_while_clause_outside_quotation_marks_is_the_writers() -> None:
    text = "Tom Reed said Nordbank will grow, while Vexa Holdings has cut 300 jobs."
    assert ("Vexa Holdings", "CUT", "300 jobs", None) in attributed(text)


def test_a_purpose_clause_is_not_asserted() -> None:
    text = "Tom Reed said Nordbank would cut costs so Vexa Holdings could buy the plant."
    assert ("Vexa Holdings", "ACQUIRE", "plant", "Tom Reed") not in attributed(text)


def test_an_adverbial_clause_of_the_saying_itself_is_the_writers() -> None:
    text = "Speaking in Molde after Vexa Holdings bought the plant, Tom Reed said prices would rise."
    assert ("Vexa Holdings", "ACQUIRE", "plant", None) in attributed(text)


def test_an_infinitive_of_aim_is_not_asserted() -> None:
    text = '"It is not for Vexa Holdings to buy the plant," said Tom Reed.'
    assert not any(f[1] == "ACQUIRE" and f[3] == "Tom Reed" for f in attributed(text))


def test_an_absolute_with_clause_of_a_quotation_is_the_speakers() -> None:
    text = ('Tom Reed spoke on Monday. "We have a good chance but with Halden facing possible relegation they '
            'are going to come out firing," he added.')
    assert ("Halden", "FACE", "possible relegation", "Tom Reed") in attributed(text)
    assert ("Tom Reed", "SAY", "good chance", None) in attributed(text)  # the main clause's statement stays
    with ablated(["adverbial-attribution"]):
        assert ("Halden", "FACE", "possible relegation", None) in attributed(text)
