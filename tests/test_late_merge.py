"""A full name loaded after its short form was stored alone absorbs the stored node: loading the
documents one at a time, in any order, gives the graph a single build of them gives, on both
stores; two full names that compete for the surname absorb nothing. Articles of our own writing."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.model import Extraction, entity_id
from kg.pipeline import Graph, open_graph
from kg.resolve.explain import explain

ARTICLES = {
    # Only "Mr Blair": its own node while no full name is known.
    "beijing.txt": "Mr Blair met the Chinese premier Wen Jiabao in Beijing on Monday. "
                   "Mr Blair said China had agreed to buy British aircraft.",
    "leeds.txt": "Prime Minister Tony Blair visited a hospital in Leeds on Friday. "
                 "Mr Blair praised the nurses.",
    "police.txt": "Metropolitan Police Commissioner Sir Ian Blair defended the force on Tuesday.",
    "oslo.txt": "Norwegian Prime Minister Kjell Bondevik met Tony Blair in Oslo.",
}

NODES = ("MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, "
         "e.merged_by AS merged_by, e.other_types AS other_types ORDER BY id")
FACTS = ("MATCH (a:Entity)-[r]->(b:Entity) OPTIONAL MATCH (sp:Support {id: r.key}) RETURN a.id AS s, r.relation AS relation, b.id AS o, "
         "r.negated AS negated, split(sp.lemmas, '|') AS lemmas, split(sp.attribution, '|') AS attribution, "
         "split(sp.sources, '|') AS sources, "
         "sp.confidence AS confidence, split(sp.evidence, '\\n') AS evidence, split(sp.provenance, '\\n') AS provenance "
         "ORDER BY s, relation, o")
MENTIONS = "MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document) RETURN e.id AS entity, d.id AS doc ORDER BY entity, doc"


@pytest.fixture(scope="module")
def articles() -> dict[str, Extraction]:
    return {source: extract_text(text, source) for source, text in ARTICLES.items()}


def snapshot(g: Graph) -> tuple[list[dict], list[dict], list[list]]:
    """Every node with its sets, every fact with every property, every mention."""
    def plain(rows: list[dict]) -> list[dict]:
        return [{k: sorted(v) if isinstance(v, list) else v for k, v in r.items()} for r in rows]

    return plain(g.query(NODES).records()), plain(g.query(FACTS).records()), g.query(MENTIONS).rows


def loaded(g: Graph, articles: dict[str, Extraction], *loads: tuple[str, ...]) -> tuple:
    g.clear()
    for sources in loads:
        g.load([articles[s] for s in sources])
    return snapshot(g)


def names(shot: tuple) -> set[str]:
    return {n["name"] for n in shot[0] if n["type"] == "PERSON"}


def test_a_full_name_loaded_later_absorbs_the_stored_short_form_in_either_order(graph_target, articles):
    with open_graph(graph_target, create=True) as g:
        at_once = loaded(g, articles, ("beijing.txt", "leeds.txt"))
        short_first = loaded(g, articles, ("beijing.txt",), ("leeds.txt",))
        full_first = loaded(g, articles, ("leeds.txt",), ("beijing.txt",))
    assert names(at_once) == {"Tony Blair", "Wen Jiabao"}
    assert short_first == at_once
    assert full_first == at_once
    # What "Mr Blair" of the Beijing article said is now said by Tony Blair.
    said = [f for f in at_once[1] if f["attribution"]]
    assert said and all(f["attribution"] == ["Tony Blair"] for f in said)


def test_the_absorbed_node_id_still_finds_the_surviving_node(graph_target, articles):
    with open_graph(graph_target, create=True) as g:
        g.load([articles["beijing.txt"]])
        old = entity_id("Blair", "PERSON")
        assert g.query("MATCH (e:Entity {id: $id}) RETURN e.name", {"id": old}).rows == [["Blair"]]
        g.load([articles["leeds.txt"]])
        assert g.query("MATCH (e:Entity {id: $id}) RETURN e.name", {"id": old}).rows == []
        found = g.query("MATCH (e:Entity) WHERE $id IN e.former_ids RETURN e.name", {"id": old}).rows
        assert found == [["Tony Blair"]]
        (story,) = explain(g, old)
        assert story.name == "Tony Blair"
        assert story.merges[("Blair", "surname")] == ["beijing.txt"]


def test_loading_the_same_documents_again_after_an_absorption_changes_nothing(graph_target, articles):
    with open_graph(graph_target, create=True) as g:
        first = loaded(g, articles, ("beijing.txt",), ("leeds.txt",))
        for source in ("beijing.txt", "leeds.txt", "oslo.txt", "beijing.txt"):
            g.load([articles[source]])
        again = snapshot(g)
        # The Oslo article adds its own nodes and facts; nothing of the first two changes.
        assert [n for n in again[0] if n["name"] != "Tony Blair" and n in first[0]] == \
            [n for n in first[0] if n["name"] != "Tony Blair"]
        assert {f["s"] for f in first[1]} <= {f["s"] for f in again[1]}
        assert loaded(g, articles, ("beijing.txt",), ("leeds.txt", "oslo.txt")) == \
            loaded(g, articles, ("beijing.txt", "leeds.txt", "oslo.txt"))


def test_two_full_names_that_compete_for_the_surname_absorb_nothing(graph_target, articles):
    with open_graph(graph_target, create=True) as g:
        at_once = loaded(g, articles, ("beijing.txt", "leeds.txt", "police.txt"))
        later = loaded(g, articles, ("beijing.txt",), ("leeds.txt", "police.txt"))
    assert names(at_once) == {"Blair", "Tony Blair", "Ian Blair", "Wen Jiabao"}
    assert later == at_once


def test_a_competing_full_name_loaded_later_takes_the_short_form_back_out(graph_target, articles):
    """"Blair" joined Tony Blair while he was the only Blair; Ian Blair comes later. Built in one
    go, the Beijing article's "Mr Blair" joins neither (two men compete): the document's share
    of Tony Blair goes back to its own "Blair" node."""
    with open_graph(graph_target, create=True) as g:
        at_once = loaded(g, articles, ("beijing.txt", "leeds.txt", "police.txt"))
        orders = [loaded(g, articles, *[(s,) for s in order]) for order in (
            ("beijing.txt", "leeds.txt", "police.txt"), ("leeds.txt", "beijing.txt", "police.txt"),
            ("police.txt", "beijing.txt", "leeds.txt"), ("leeds.txt", "police.txt", "beijing.txt"))]
        # Loading every document again after the split changes nothing.
        for source in ("beijing.txt", "leeds.txt", "police.txt"):
            g.load([articles[source]])
        assert snapshot(g) == orders[-1]
    assert all(shot == at_once for shot in orders)


def test_removing_the_document_that_named_the_full_name_gives_the_short_form_back(graph_target, articles):
    """A then B merged "Blair" into Tony Blair; removing B leaves the graph A alone gives."""
    from kg.ingest import make_document

    leeds = make_document(ARTICLES["leeds.txt"], "leeds.txt").id
    with open_graph(graph_target, create=True) as g:
        alone = loaded(g, articles, ("beijing.txt",))
        for loads in ([("beijing.txt",), ("leeds.txt",)], [("leeds.txt",), ("beijing.txt",)],
                      [("beijing.txt", "leeds.txt")]):
            loaded(g, articles, *loads)
            g.remove(leeds)
            assert snapshot(g) == alone
        # A removal that takes no name's only support moves nothing.
        both = loaded(g, articles, ("beijing.txt", "leeds.txt", "oslo.txt"))
        g.remove(make_document(ARTICLES["oslo.txt"], "oslo.txt").id)
        assert snapshot(g) == loaded(g, articles, ("beijing.txt", "leeds.txt"))
        assert names(both) >= {"Tony Blair"}


def test_a_name_takes_the_type_most_documents_read_whatever_came_first(graph_target):
    """One name, one node, of the majority type: "Harlow Clarke" read as an organisation by the
    first document loaded and as a person by the next two is a person, as one build says."""
    from test_corpus_resolution import COUNCIL, extraction, person

    docs = {"org.txt": extraction("org.txt", (person("Harlow Clarke", type_="ORG"), COUNCIL)),
            **{f"p{n}.txt": extraction(f"p{n}.txt", (person("Harlow Clarke"), COUNCIL)) for n in range(2)}}
    with open_graph(graph_target, create=True) as g:
        at_once = loaded(g, docs, tuple(docs))
        one_by_one = loaded(g, docs, ("org.txt",), ("p0.txt",), ("p1.txt",))
        for source in docs:  # loaded again: nothing changes
            g.load([docs[source]])
        assert snapshot(g) == one_by_one
        old = entity_id("Harlow Clarke", "ORG")
        (story,) = explain(g, old)
    assert one_by_one == at_once
    (clarke,) = (n for n in at_once[0] if n["name"] == "Harlow Clarke")
    assert clarke["type"] == "PERSON" and len(clarke["other_types"]) == 1
    assert story.type == "PERSON" and story.other_types == {"ORG": ["org.txt"]}


def test_removing_one_of_two_competing_full_names_lets_the_other_absorb_the_short_form(graph_target, articles):
    from kg.ingest import make_document

    with open_graph(graph_target, create=True) as g:
        two = loaded(g, articles, ("beijing.txt",), ("leeds.txt",), ("police.txt",))
        g.remove(make_document(ARTICLES["police.txt"], "police.txt").id)
        after = snapshot(g)
        assert after == loaded(g, articles, ("beijing.txt", "leeds.txt"))
    assert "Blair" in names(two) and "Blair" not in names(after)


def test_an_initial_and_a_surname_stored_first_joins_the_full_name_loaded_later(graph_target):
    """A team sheet's "J Varga" (the model leaves it untyped) is Jozef Varga, the only Varga
    whose name starts with J, whichever article is loaded first."""
    from test_corpus_resolution import COUNCIL, extraction, person

    docs = {"sheet.txt": extraction("sheet.txt", (person("J Varga", type_="OTHER"), COUNCIL)),
            "report.txt": extraction("report.txt", (person("Jozef Varga"), COUNCIL))}
    with open_graph(graph_target, create=True) as g:
        at_once = loaded(g, docs, ("sheet.txt", "report.txt"))
        assert loaded(g, docs, ("sheet.txt",), ("report.txt",)) == at_once
        assert loaded(g, docs, ("report.txt",), ("sheet.txt",)) == at_once
    (varga,) = (n for n in at_once[0] if n["name"] == "Jozef Varga")
    assert varga["aliases"] == ["J Varga"]


def test_removing_from_an_empty_graph_removes_nothing(graph_target):
    with open_graph(graph_target, create=True) as g:
        assert g.remove("0123456789abcdef") == {"documents": 0, "facts_removed": 0, "facts_kept": 0,
                                                "entities_removed": 0}
