"""Round 27, review of the name, reference and reading rules (review27b): guards found by trying
the new rules on sentences they should not fire on."""

from __future__ import annotations

from factories import fact_triples as _facts

from kg.extract.registry import ablated


def fact_triples(text: str) -> set[tuple[str, str, str]]:
    return _facts(f"Title\n\n{text}\n")  # an article: the first line is its title


def test_a_title_between_new_and_the_name_leaves_the_name_a_referent() -> None:
    # "the new President Tom Reed", "the future Queen Anna Berg": the word modifies the title, and
    # the name in apposition to it refers (name-as-kind fired, and "he"/"she" found no one)
    for text, fact in (("Vexa hopes the future Queen Anna Berg will visit Oslo. She later visited Bergen.",
                        ("Anna Berg", "VISIT", "Bergen")),
                       ("Vexa hired the new President Tom Reed on Monday. He later visited Bergen.",
                        ("Tom Reed", "VISIT", "Bergen"))):
        assert fact in fact_triples(text)
        with ablated(["name-as-kind"]):
            assert fact in fact_triples(text)

