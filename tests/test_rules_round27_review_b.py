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



def test_a_conjunct_with_an_object_of_its_own_stays_active() -> None:
    # "criticised" is tagged a participle after "was published ... and": a passive has no object
    text = "The report was published on Monday and criticised Vexa."
    assert ("report", "CRITICISE", "Vexa") in fact_triples(text)
    # the bare participle with a by-phrase is still passive (rule shared-passive)
    text = "The gala, held in Bergen and attended by Tom Reed, raised money."
    assert ("Tom Reed", "ATTEND", "gala") in fact_triples(text)
    with ablated(["shared-passive"]):
        assert ("Tom Reed", "ATTEND", "gala") not in fact_triples(text)


def test_a_for_name_with_the_same_head_competes_with_the_of_name() -> None:
    from kg.resolve.comention import DocumentNames, FullName

    def names(*fulls: str) -> DocumentNames:
        return DocumentNames.of(FullName(f.casefold(), f, frozenset({"ORG"})) for f in fulls)

    # "the Department" beside the Department of Health and the Department for Transport: either
    assert names("Department of Health", "Department for Transport").full_name_of("Department", "ORG") == []
    assert names("Department of Health").full_name_of("Department", "ORG") == [("department of health", "of-name-head")]
