"""Round 28's review of the role, list and frame rules (review28a): the mistakes found, each with a
text written for this test (invented names) that fails without its fix."""

from __future__ import annotations

from kg.extract import extract_text


def test_a_work_kind_before_a_closing_the_at_the_document_end_does_not_crash() -> None:
    # firm-work-compound looked at the word after a closing "the", past the document's end
    extraction = extract_text("Title\n\nThe prize went to the Vexa Holdings film, the")
    assert extraction.failure is None
