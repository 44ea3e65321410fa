"""Small, explicit model objects for store and export tests (no spaCy needed)."""

from __future__ import annotations

from kg.model import Document, Entity, Extraction, Fact, Segment

PEOPLE = {
    "Ada": Entity.make("Ada Lovelace", "PERSON", ("Lovelace",)),
    "Bob": Entity.make("Bob Marsh", "PERSON"),
    "Cy": Entity.make("Cy Young", "PERSON"),
    "Acme": Entity.make("Acme Corp", "ORG"),
    "Oslo": Entity.make("Oslo", "GPE"),
    "summit": Entity.make("summit", "CONCEPT"),
}
# For roles and reported speech (news_graph): kept apart so small_graph's counts stay as they are.
NEWS = {
    "Lavrov": Entity.make("Sergei Lavrov", "PERSON", ("Lavrov",)),
    "Russia": Entity.make("Russia", "GPE"),
    "spokesman": Entity.make("spokesman", "CONCEPT"),
    "dollar": Entity.make("strong dollar", "CONCEPT"),
    "rates": Entity.make("interest rates", "CONCEPT"),
}


def document(text: str, source: str = "test.txt") -> Document:
    from kg.model import document_id

    return Document(document_id(text), source, text[:40], text, (Segment(0, len(text)),))


def fact(subject: str, relation: str, obj: str, doc: Document, sentence: int = 0, *,
         negated: bool = False, confidence: float = 0.8, predicate: str | None = None,
         attribution: str | None = None) -> Fact:
    start = sentence * 10
    known = {**PEOPLE, **NEWS}
    return Fact(
        subject=known[subject], relation=relation, predicate=predicate or relation.lower(),
        text=(predicate or relation.lower()), object=known[obj], confidence=confidence,
        doc_id=doc.id, sentence=sentence, char_start=start, char_end=start + 9,
        evidence=f"sentence {sentence} of {doc.source}", negated=negated,
        modality="would" if negated else None, attribution=attribution,
    )


def small_graph() -> list[Extraction]:
    """Two documents; one fact is supported by both, one is negated, one path is two hops."""
    d1 = document("Ada heads Acme. Ada met Bob in Oslo. Ada declined the summit.", "one.txt")
    d2 = document("Ada heads Acme, again. Bob will not attend the summit. Cy met Bob.", "two.txt")
    return [
        Extraction(d1, [
            fact("Ada", "HEAD", "Acme", d1, 0, predicate="head"),
            fact("Ada", "MEET", "Bob", d1, 1, confidence=0.7),
            fact("Ada", "DECLINE", "summit", d1, 2, predicate="snub"),
        ]),
        Extraction(d2, [
            fact("Ada", "HEAD", "Acme", d2, 0, confidence=0.9, predicate="lead"),
            fact("Bob", "ATTEND", "summit", d2, 1, negated=True, confidence=0.6),
            fact("Cy", "MEET", "Bob", d2, 2, confidence=0.75),
        ]),
    ]


def news_graph() -> list[Extraction]:
    """Roles (a title at an organisation or country, a title with none) and reported speech."""
    d = document("Russia's foreign minister Sergei Lavrov met Ada. Ada, the Acme chairman, said "
                 "a strong dollar hurt Acme. Bob, a spokesman, said rates would rise.", "news.txt")
    return [Extraction(d, [
        fact("Lavrov", "MINISTER", "Russia", d, 0, confidence=0.7, predicate="foreign minister"),
        fact("Ada", "MEET", "Lavrov", d, 0, confidence=0.75),
        fact("Ada", "HEAD", "Acme", d, 1, confidence=0.8, predicate="chairman"),
        fact("dollar", "HURT", "Acme", d, 1, confidence=0.65, predicate="hurt", attribution="Ada Lovelace"),
        fact("Bob", "IS_A", "spokesman", d, 2, confidence=0.6, predicate="spokesman"),
        fact("Bob", "SAY", "rates", d, 2, confidence=0.55, predicate="say"),
    ])]


def ties_graph() -> list[Extraction]:
    """Ties between people (a role fact whose organisation is a person) beside a post at a firm."""
    d = document("Bob Marsh, Ada's team-mate, met Ada's lawyer Cy Young. Ada heads Acme.", "ties.txt")
    return [Extraction(d, [
        fact("Bob", "ROLE", "Ada", d, 0, confidence=0.7, predicate="team-mate"),
        fact("Cy", "ROLE", "Ada", d, 0, confidence=0.6, predicate="lawyer"),
        fact("Ada", "HEAD", "Acme", d, 1, confidence=0.8, predicate="chairman"),
    ])]


def graph_facts(text: str) -> set[tuple[str, str, str, str]]:
    """(subject, relation type, predicate, object) of every graph fact kg extracts from a text."""
    from kg.extract import extract_text  # loads the spaCy model: only the rule tests need it

    return {(f.subject.name, f.relation, f.predicate, f.object.name) for f in extract_text(text).facts}


def fact_triples(text: str) -> set[tuple[str, str, str]]:
    """(subject, relation type, object) of every graph fact kg extracts from a text."""
    from kg.extract import extract_text  # loads the spaCy model: only the rule tests need it

    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


def sentence_triples(sentence: str) -> set[tuple[str, str, str]]:
    """(subject, relation type, object) of every graph fact kg extracts from one sentence, given
    the title line an article has (a sentence alone would be read as the article's title)."""
    return fact_triples(f"Title\n\n{sentence}\n")


def assert_guard_case(rule: str, sentence: str, wrong: tuple[str, str, str],
                      kept: tuple[str, str, str] | None) -> None:
    """A guard's test case: with ``rule`` on, ``sentence`` gives no ``wrong`` fact (and gives
    ``kept`` when one is named); with ``rule`` switched off the wrong fact is back, so the case
    fails if the guard does nothing."""
    from kg.extract.registry import ablated

    facts = sentence_triples(sentence)
    assert wrong not in facts
    if kept is not None:
        assert kept in facts
    with ablated([rule]):
        assert wrong in sentence_triples(sentence)
