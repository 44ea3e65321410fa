"""Graph analytics with networkx: the graph as a ``networkx.MultiDiGraph``, centrality, communities.

    import kg
    G = kg.to_networkx(graph="g.lbug")                 # or kg.to_networkx("facts.jsonl")
    scores = kg.analytics.analyze(G)                   # {entity id: Scores(degree, pagerank, community)}
    kg.analytics.write_scores(open_graph("g.lbug"), scores)   # e.pagerank, e.degree, e.community

The networkx graph is the graph model of the stores (:mod:`kg.stores.rows`, the same merge rules):
one node per entity (key: entity id; attributes ``label``, ``name``, ``type``, ``aliases``), one
edge per (subject, type, object, negated) (key ``TYPE`` or ``TYPE:negated``; attributes ``type``,
``predicate``, ``negated``, ``confidence``, ``lemmas``, ``modality``, ``attribution``, ``sources``,
``evidence``). With ``documents=True`` documents are nodes too (``label`` ``Document``) with
``MENTIONED_IN`` edges from the entities they mention.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from kg.errors import InputError
from kg.model import Document, Extraction, Fact, Mention

__all__ = ["Scores", "analyze", "centrality", "communities", "graph_rows", "ranking", "rows_to_networkx", "to_networkx", "write_scores"]

WRITE_BATCH = 5000
SCORE_COLUMNS = {"degree": "INT64", "pagerank": "DOUBLE", "community": "INT64"}


def _items(source: Any = None, graph: str | None = None) -> Iterable[Document | Fact | Mention]:
    """What to read: a facts file path, an open Graph, extractions or items; or a graph string.
    Named entities in no fact come as :class:`Mention` items: they are nodes too."""
    from kg.export.sources import read_open_graph_mentions, read_store_mentions
    from kg.io import read_records

    if (source is None) == (graph is None):
        raise InputError("give a facts file, a graph or extractions, or graph=..., not both"
                         if source is not None else "give a facts file, a graph or extractions")
    if graph is not None:
        return read_store_mentions(graph)
    if isinstance(source, str):
        return read_records(source, mentions=True)
    if hasattr(source, "store") and hasattr(source, "query"):  # an open kg.graph.Graph
        return read_open_graph_mentions(source)
    return _flatten(source)


def _flatten(items: Iterable[Any]) -> Iterable[Document | Fact | Mention]:
    for item in items:
        if isinstance(item, Extraction):
            yield item.document
            yield from item.facts
            yield from (Mention(item.document.id, entity) for entity in item.mentions)
        else:
            yield item


def graph_rows(source: Any = None, *, graph: str | None = None) -> Any:
    """The store rows (:class:`kg.stores.rows.Rows`) of a facts file, a graph, or extractions.

    Built with the stores' own :func:`~kg.stores.rows.build_rows`, so merging (one relationship per
    subject, type, object and negation; union of evidence; highest confidence) is theirs exactly.
    """
    from kg.stores.rows import build_rows

    documents: dict[str, dict[str, Any]] = {}
    placeholders: dict[str, Document] = {}

    def extractions() -> Iterable[Extraction]:
        for item in _items(source, graph):
            if isinstance(item, Document):
                documents[item.id] = {"id": item.id, "source": item.source, "title": item.title}
            else:
                doc = placeholders.get(item.doc_id)
                if doc is None:
                    doc = placeholders[item.doc_id] = Document(item.doc_id, "", "", "")
                if isinstance(item, Mention):
                    yield Extraction(doc, [], mentions=(item.entity,))
                else:
                    yield Extraction(doc, [item])

    rows = build_rows(extractions())
    rows.documents = [documents[k] for k in sorted(documents)]
    return rows


def to_networkx(source: Any = None, *, graph: str | None = None, documents: bool = False) -> Any:
    """A ``networkx.MultiDiGraph`` of a facts file (path), an open graph, extractions, or ``graph=``.

    ``kg.to_networkx("facts.jsonl")``, ``kg.to_networkx(graph="bolt://localhost:7687")``,
    ``kg.to_networkx(kg.build(["seeds/"]))``.
    """
    return rows_to_networkx(graph_rows(source, graph=graph), documents=documents)


def rows_to_networkx(rows: Any, *, documents: bool = False) -> Any:
    """The ``MultiDiGraph`` of store rows from :func:`graph_rows`."""
    import networkx as nx

    G = nx.MultiDiGraph()
    for ent in sorted(rows.entities.values(), key=lambda e: e["id"]):
        G.add_node(ent["id"], label="Entity", name=ent["name"], type=ent["type"], aliases=list(ent["aliases"]))
    for (s, rel_type, o, negated), rel in sorted(rows.relations.items()):
        G.add_edge(s, o, key=f"{rel_type}:negated" if negated else rel_type, type=rel_type,
                   predicate=rel["predicate"], negated=bool(negated), confidence=float(rel["confidence"]),
                   lemmas=list(rel["lemmas"]), modality=rel.get("modality"),
                   attribution=list(rel.get("attribution") or []), sources=list(rel["sources"]),
                   evidence=list(rel["evidence"]))
    if documents:
        for doc in rows.documents:
            G.add_node(doc["id"], label="Document", name=doc["title"] or doc["source"] or doc["id"],
                       source=doc["source"], title=doc["title"])
        for ent_id, doc_id in sorted(rows.mentions):
            if doc_id in G:
                G.add_edge(ent_id, doc_id, key="MENTIONED_IN", type="MENTIONED_IN")
    return G


def _entity_view(G: Any) -> Any:
    """The entities and facts only (documents and MENTIONED_IN left out)."""
    keep = [n for n, data in G.nodes(data=True) if data.get("label", "Entity") == "Entity"]
    return G.subgraph(keep)


@dataclass(frozen=True, slots=True)
class Scores:
    degree: int
    pagerank: float
    community: int


def centrality(G: Any) -> tuple[dict[Any, int], dict[Any, float]]:
    """Degree (number of facts an entity takes part in, either end) and PageRank (directed, 0.85).

    PageRank flows along facts from subject to object, each relationship counting once (several
    supporting sentences do not add weight), so entities that many important entities act on rank
    high. Values sum to 1 over the graph.
    """
    import networkx as nx

    E = _entity_view(G)
    degree = {n: int(d) for n, d in E.degree()}
    if E.number_of_nodes() == 0:
        return degree, {}
    simple = nx.DiGraph()
    simple.add_nodes_from(E.nodes)
    for s, o in E.edges():
        w = simple.get_edge_data(s, o, {}).get("weight", 0)
        simple.add_edge(s, o, weight=w + 1)
    pagerank = nx.pagerank(simple, alpha=0.85, weight="weight", tol=1e-10, max_iter=1000)
    return degree, {n: float(v) for n, v in pagerank.items()}


GREEDY_LIMIT = 2000


def communities(G: Any) -> dict[Any, int]:
    """Community of each entity, by modularity on the undirected fact graph, deterministic: greedy
    merging up to GREEDY_LIMIT entities, Louvain with a fixed seed beyond (greedy merging is
    quadratic-ish in pure Python: minutes on 20k entities; Louvain takes seconds). Communities are numbered 0, 1, ... by size, largest first, ties by their
    first entity name; an entity with no facts is a community of its own."""
    import networkx as nx

    E = _entity_view(G)
    undirected = nx.Graph()
    undirected.add_nodes_from(E.nodes)
    undirected.add_edges_from((s, o) for s, o in E.edges() if s != o)
    if undirected.number_of_edges() == 0:
        groups = [{n} for n in undirected.nodes]
    else:
        found = (nx.community.greedy_modularity_communities(undirected)
                 if undirected.number_of_nodes() <= GREEDY_LIMIT
                 else nx.community.louvain_communities(undirected, seed=0))
        groups = [set(c) for c in found]

    def name(n: Any) -> str:
        return str(E.nodes[n].get("name", n))

    groups.sort(key=lambda c: (-len(c), min((name(n), str(n)) for n in c)))
    return {n: i for i, group in enumerate(groups) for n in group}


def analyze(G: Any) -> dict[Any, Scores]:
    """Degree, PageRank and community of every entity of a graph from :func:`to_networkx`."""
    degree, pagerank = centrality(G)
    community = communities(G)
    return {n: Scores(degree[n], pagerank.get(n, 0.0), community[n]) for n in degree}


def ranking(G: Any, scores: Mapping[Any, Scores]) -> list[dict[str, Any]]:
    """Rows for people: entities by PageRank (then degree, then name), with their scores."""
    rows = [{"entity": G.nodes[n].get("name", n), "type": G.nodes[n].get("type", ""), **asdict(s), "id": n}
            for n, s in scores.items()]
    rows.sort(key=lambda r: (-r["pagerank"], -r["degree"], r["entity"], r["id"]))
    return rows


# -- writing the scores back ---------------------------------------------------------------------
def write_scores(g: Any, scores: Mapping[Any, Scores]) -> int:
    """Set ``e.degree``, ``e.pagerank`` and ``e.community`` on the entities of an open graph.

    The store makes room for them first (``GraphStore.add_properties``). Entities the scores do not name are left as they are.
    The number of entities written.
    """
    from kg.stores.cypher import WRITE_SCORES

    g.store.add_properties("Entity", SCORE_COLUMNS)
    rows = [{"id": n, "degree": s.degree, "pagerank": s.pagerank, "community": s.community}
            for n, s in sorted(scores.items())]
    for start in range(0, len(rows), WRITE_BATCH):
        g.query(WRITE_SCORES, {"rows": rows[start:start + WRITE_BATCH]}, write=True)
    return len(rows)
