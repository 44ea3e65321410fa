"""Score a graph's entity clustering against gold mention clusters (``kg eval entities``).

The gold (``tests/data/realnews/*/entities.jsonl``) holds one line per person or organisation
mention: ``article``, ``start``/``end`` (character offsets in the article file), ``text`` and
``cluster``, an id shared by every mention of the same real-world thing, across articles too.

A mention maps to the graph entity mentioned in that article's document whose name or one of
whose aliases equals the mention text (case- and space-insensitive; the name wins over an
alias, then the smaller id). A mention no entity carries is its own singleton (``unmapped``
counts them): it costs recall, never precision. Over all gold mentions of the file, a pair is
predicted together when both map to the same entity and gold together when they share a
cluster; pairwise precision and recall compare the two sets of pairs. B³ averages, per mention,
the overlap of its gold cluster and its predicted entity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kg.errors import InputError
from kg.eval.gold import article_documents, read_jsonl

__all__ = ["EntityScore", "GoldMention", "GraphEntity", "load_gold", "score", "score_graph"]

DOCUMENTS = "MATCH (d:Document) RETURN d.id AS id, d.source AS source"
MENTIONED = ("UNWIND $ids AS id MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document {id: id}) "
             "RETURN d.id AS doc, e.id AS id, e.name AS name, e.aliases AS aliases")


@dataclass(frozen=True)
class GoldMention:
    article: str
    text: str
    cluster: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class GraphEntity:
    id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass
class EntityScore:
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    b3_precision: float
    b3_recall: float
    b3_f1: float
    n_mentions: int
    n_clusters: int
    n_entities: int
    unmapped: int


def load_gold(path: str) -> list[GoldMention]:
    mentions = [GoldMention(str(r["article"]), str(r["text"]), str(r["cluster"]), r.get("start"), r.get("end"))
                for r in read_jsonl(path, ("article", "text", "cluster"))]
    if not mentions:
        raise InputError(f"{path}: no gold mentions")
    return mentions


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def map_mentions(gold: Sequence[GoldMention], entities: Mapping[str, Iterable[GraphEntity]]) -> list[str | None]:
    """The graph entity id of each mention (``entities``: article → entities of its documents)."""
    lookup: dict[tuple[str, str], tuple[int, str]] = {}
    for article, ents in entities.items():
        for ent in ents:
            for rank, surface in [(0, ent.name)] + [(1, a) for a in ent.aliases]:
                key = (article, _key(surface))
                lookup[key] = min(lookup.get(key, (rank, ent.id)), (rank, ent.id))
    return [lookup[(m.article, _key(m.text))][1] if (m.article, _key(m.text)) in lookup else None for m in gold]


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Sequence[GoldMention], entities: Mapping[str, Iterable[GraphEntity]]) -> EntityScore:
    """Pairwise and B³ scores of the graph's clustering of the gold mentions."""
    mapped = map_mentions(gold, entities)
    predicted = [e if e is not None else f"unmapped:{i}" for i, e in enumerate(mapped)]
    clusters = [m.cluster for m in gold]
    cells = Counter(zip(clusters, predicted, strict=True))
    gold_sizes, pred_sizes = Counter(clusters), Counter(predicted)
    together = sum(_pairs(n) for n in cells.values())
    gold_pairs, pred_pairs = sum(_pairs(n) for n in gold_sizes.values()), sum(_pairs(n) for n in pred_sizes.values())
    precision = together / pred_pairs if pred_pairs else 1.0
    recall = together / gold_pairs if gold_pairs else 1.0
    b3p = sum(cells[(c, p)] / pred_sizes[p] for c, p in zip(clusters, predicted, strict=True)) / len(gold)
    b3r = sum(cells[(c, p)] / gold_sizes[c] for c, p in zip(clusters, predicted, strict=True)) / len(gold)
    return EntityScore(
        pairwise_precision=precision, pairwise_recall=recall, pairwise_f1=_f1(precision, recall),
        b3_precision=b3p, b3_recall=b3r, b3_f1=_f1(b3p, b3r), n_mentions=len(gold),
        n_clusters=len(gold_sizes), n_entities=len({e for e in mapped if e is not None}),
        unmapped=sum(e is None for e in mapped))


def graph_entities(g: Any, articles: Iterable[str]) -> dict[str, list[GraphEntity]]:
    """Article → the entities the graph says its documents mention (an open kg Graph)."""
    docs_of = article_documents(articles, ((r[0], r[1]) for r in g.query(DOCUMENTS).rows))
    article_of = {doc: article for article, ids in docs_of.items() for doc in ids}
    out: dict[str, list[GraphEntity]] = {article: [] for article, ids in docs_of.items() if ids}
    if article_of:
        for doc, id_, name, aliases in g.query(MENTIONED, {"ids": sorted(article_of)}).rows:
            out[article_of[doc]].append(GraphEntity(id_, name or "", tuple(aliases or ())))
    return out


def score_graph(gold_path: str, graph: str | None) -> EntityScore:
    from kg.pipeline import open_graph

    gold = load_gold(gold_path)
    with open_graph(graph) as g:
        entities = graph_entities(g, sorted({m.article for m in gold}))
    if not entities:
        raise InputError(f"{gold_path}: none of its articles is a document of the graph "
                         "(build them first: kg build ARTICLES --graph G)")
    return score(gold, entities)
