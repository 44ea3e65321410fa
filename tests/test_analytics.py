"""kg.to_networkx, centrality, communities, and `kg analyze --write` on both stores."""

from __future__ import annotations

import json

import pytest
from factories import PEOPLE, small_graph
from typer.testing import CliRunner

import kg
from kg.analytics import analyze, to_networkx
from kg.cli import app
from kg.graph import open_graph
from kg.io import write_jsonl_file

ID = {key: ent.id for key, ent in PEOPLE.items()}
# PageRank of small_graph by hand (d = 0.85, N = 5, dangling mass spread evenly): Ada and Cy have
# no in-facts, so each is x; Bob = x + d(x/3 + x); Acme = x + d(x/3); summit = x + d(x/3 + Bob).
# The five sum to 8.51333x = 1, so x = 0.11746.
X = 1 / (2 + (1 + 0.85 * 4 / 3) + (1 + 0.85 / 3) + (1 + 0.85 / 3 + 0.85 * (1 + 0.85 * 4 / 3)))
PAGERANK = {"Ada": X, "Cy": X, "Bob": X * (1 + 0.85 * 4 / 3), "Acme": X * (1 + 0.85 / 3),
            "summit": X * (1 + 0.85 / 3 + 0.85 * (1 + 0.85 * 4 / 3))}


@pytest.fixture
def facts_file(tmp_path):
    path = tmp_path / "facts.jsonl"
    write_jsonl_file(small_graph(), str(path))
    return str(path)


def test_to_networkx_from_a_facts_file_merges_like_the_stores(facts_file):
    G = kg.to_networkx(facts_file)
    assert G.number_of_nodes() == 5 and G.number_of_edges() == 5  # HEAD is supported twice: one edge
    head = G.get_edge_data(ID["Ada"], ID["Acme"])["HEAD"]
    assert head["confidence"] == 0.9 and head["lemmas"] == ["head", "lead"] and len(head["sources"]) == 2
    assert G.get_edge_data(ID["Bob"], ID["summit"])["ATTEND:negated"]["negated"] is True
    assert G.nodes[ID["Ada"]] == {"label": "Entity", "name": "Ada Lovelace", "type": "PERSON",
                                  "aliases": ["Lovelace"]}
    with_docs = to_networkx(facts_file, documents=True)
    assert with_docs.number_of_nodes() == 7
    assert sum(1 for *_, k in with_docs.edges(keys=True) if k == "MENTIONED_IN") == 9


def test_centrality_and_communities_by_hand():
    scores = analyze(to_networkx(small_graph()))
    for key, value in PAGERANK.items():
        assert scores[ID[key]].pagerank == pytest.approx(value, abs=1e-6)
    assert {k: scores[ID[k]].degree for k in ID if k != "Oslo"} == {
        "Ada": 3, "Bob": 3, "Cy": 1, "Acme": 1, "summit": 2}
    # Two groups: {Ada, Acme, summit} and {Bob, Cy}; the larger is community 0.
    assert {scores[ID[k]].community for k in ("Ada", "Acme", "summit")} == {0}
    assert {scores[ID[k]].community for k in ("Bob", "Cy")} == {1}


def test_large_graphs_use_louvain_and_find_the_same_clear_groups(monkeypatch):
    """Above GREEDY_LIMIT entities, Louvain (seeded): two cliques joined by one edge are two groups."""
    import networkx as nx

    import kg.analytics

    G = nx.MultiDiGraph()
    for group in ("a", "b"):
        names = [f"{group}{i}" for i in range(6)]
        for i, s in enumerate(names):
            G.add_node(s, name=s, type="PERSON", label="Entity")
            for o in names[i + 1:]:
                G.add_edge(s, o, key="MEET", predicate="meet")
    G.add_edge("a0", "b0", key="MEET", predicate="meet")
    greedy = kg.analytics.communities(G)
    monkeypatch.setattr(kg.analytics, "GREEDY_LIMIT", 0)
    louvain = kg.analytics.communities(G)
    assert louvain == greedy == kg.analytics.communities(G)
    assert len({louvain[f"a{i}"] for i in range(6)}) == 1 and louvain["a0"] != louvain["b0"]


def test_to_networkx_reads_both_stores_the_same(graph_target, facts_file):
    with open_graph(graph_target, create=True) as g:
        g.load(small_graph())
        from_open = to_networkx(g)
    from_string = to_networkx(graph=graph_target)
    expected = to_networkx(facts_file)
    for G in (from_open, from_string):
        assert sorted(G.nodes) == sorted(expected.nodes)
        assert sorted(G.edges(keys=True)) == sorted(expected.edges(keys=True))
        assert G.get_edge_data(ID["Ada"], ID["Acme"])["HEAD"]["evidence"] == [
            "sentence 0 of one.txt", "sentence 0 of two.txt"]


def test_analyze_write_sets_node_properties(graph_target):
    with open_graph(graph_target, create=True) as g:
        g.load(small_graph())
    runner = CliRunner()
    result = runner.invoke(app, ["analyze", "--graph", graph_target, "--write", "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["entity"] for r in rows] == ["summit", "Bob Marsh", "Acme Corp", "Ada Lovelace", "Cy Young"]
    with open_graph(graph_target) as g:
        got = g.query("MATCH (e:Entity) RETURN e.name AS name, e.degree AS degree, e.pagerank AS pagerank, "
                      "e.community AS community ORDER BY name").records()
    assert [(r["name"], r["degree"], r["community"]) for r in got] == [
        ("Acme Corp", 1, 0), ("Ada Lovelace", 3, 0), ("Bob Marsh", 3, 1), ("Cy Young", 1, 1), ("summit", 2, 0)]
    assert got[4]["pagerank"] == pytest.approx(PAGERANK["summit"], abs=1e-6)
    # Running it again (new facts or not) overwrites; the columns already exist.
    again = runner.invoke(app, ["analyze", "--graph", graph_target, "--write", "--top", "0"])
    assert again.exit_code == 0, again.output


def test_analyze_cli_on_a_facts_file_and_usage_errors(facts_file, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["analyze", facts_file, "-f", "csv", "--top", "2"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        "entity,type,pagerank,degree,community", "summit,CONCEPT,0.3637,2,0", "Bob Marsh,PERSON,0.2506,3,1"]
    assert runner.invoke(app, ["analyze", facts_file, "--write"]).exit_code == 2
    missing = runner.invoke(app, ["analyze", "--graph", str(tmp_path / "none.lbug")])
    assert missing.exit_code == 5 and "no graph there" in missing.stderr
