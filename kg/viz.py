"""The graph as one self-contained HTML page: open it in a browser, offline.

    from kg.viz import visualize
    visualize("facts.jsonl", output="graph.html")
    visualize(graph="g.lbug", entity="Putin", depth=2, output="putin.html")

Drawn by vis-network through pyvis, with every script and style inlined in the page (pyvis'
``cdn_resources="in_line"``; the Bootstrap links its template adds are taken out), so the page
loads nothing from the network when it is viewed. Entities are coloured by type (legend at the
top), facts are arrows labelled with their predicate, negated facts are dashed and red, and
hovering over a fact shows its confidence and the sentences it was read from.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from kg.errors import InputError

TYPE_COLOURS = {
    "PERSON": "#4e79a7", "ORG": "#f28e2b", "GPE": "#59a14f", "LOC": "#76b7b2", "NORP": "#edc948",
    "EVENT": "#b07aa1", "CONCEPT": "#9c755f", "OTHER": "#bab0ac",
}
NEGATED_COLOUR = "#d62728"
MAX_EVIDENCE = 3
_CDN = re.compile(r"<(link|script)\b[^>]*\b(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)

# Recorded on the page for tests and for people: errors, and how many nodes were drawn.
_WATCH = """<script>
(function () {
  var root = document.documentElement, errors = [];
  function note(message) { errors.push(String(message)); root.setAttribute("data-kg-errors", JSON.stringify(errors)); }
  window.addEventListener("error", function (e) { note(e.message || "resource failed to load"); }, true);
  window.addEventListener("unhandledrejection", function (e) { note(e.reason); });
  var original = console.error;
  console.error = function () { note(Array.prototype.join.call(arguments, " ")); original.apply(console, arguments); };
  root.setAttribute("data-kg-errors", "[]");
})();
</script>"""
_DRAWN = """<script>
if (typeof network !== "undefined") {
  network.on("afterDrawing", function () {
    document.documentElement.setAttribute("data-kg-drawn", String(Object.keys(network.getPositions()).length));
  });
  network.redraw();
}
</script>"""


def colour(entity_type: str) -> str:
    return TYPE_COLOURS.get(entity_type, TYPE_COLOURS["OTHER"])


def neighbourhood(G: Any, entity: str, depth: int = 1) -> Any:
    """The part of a graph within ``depth`` facts of the entities named ``entity`` (either direction).

    Names match exactly (case-insensitive) when any does; else every entity whose name contains it.
    """
    import networkx as nx

    if depth < 0:
        raise InputError("--depth must be 0 or more")
    wanted = entity.casefold()
    names = {n: str(d.get("name", "")).casefold() for n, d in G.nodes(data=True)}
    seeds = [n for n, name in names.items() if name == wanted] or [
        n for n, name in names.items() if wanted in name]
    if not seeds:
        raise InputError(f"no entity named {entity!r} in the graph")
    undirected = G.to_undirected(as_view=True)
    keep: set[Any] = set()
    for seed in seeds:
        keep |= set(nx.single_source_shortest_path_length(undirected, seed, cutoff=depth))
    return G.subgraph(keep).copy()


def _edge_title(data: dict[str, Any]) -> str:
    lines = [f"{data.get('predicate', '')}{' (negated)' if data.get('negated') else ''}"
             f" · confidence {data.get('confidence', 0):.2f}"]
    if data.get("modality"):
        lines.append(f"modality: {data['modality']}")
    if data.get("attribution"):
        lines.append("according to: " + ", ".join(data["attribution"]))
    evidence = list(data.get("evidence") or [])
    lines += [f"“{sentence}”" for sentence in evidence[:MAX_EVIDENCE]]
    if len(evidence) > MAX_EVIDENCE:
        lines.append(f"... and {len(evidence) - MAX_EVIDENCE} more")
    return "\n".join(lines)


def render_html(G: Any, *, title: str = "kg graph", height: str = "860px") -> str:
    """A self-contained HTML page drawing a graph from :func:`kg.to_networkx`."""
    from pyvis.network import Network

    net = Network(height=height, width="100%", directed=True, cdn_resources="in_line", heading="")
    types: set[str] = set()
    for n, data in G.nodes(data=True):
        if data.get("label", "Entity") != "Entity":
            continue
        kind = str(data.get("type") or "OTHER")
        types.add(kind)
        aliases = [a for a in data.get("aliases") or () if a != data.get("name")]
        hover = f"{data.get('name', n)}\n{kind}" + (f"\naka {', '.join(aliases)}" if aliases else "")
        net.add_node(str(n), label=str(data.get("name", n)), title=hover, color=colour(kind), shape="dot",
                     size=12 + 3 * min(G.degree(n), 10))
    shown = {str(n) for n, data in G.nodes(data=True) if data.get("label", "Entity") == "Entity"}
    for s, o, data in G.edges(data=True):
        if str(s) not in shown or str(o) not in shown:
            continue
        negated = bool(data.get("negated"))
        net.add_edge(str(s), str(o), label=("not " if negated else "") + str(data.get("predicate", "")),
                     title=_edge_title(data), dashes=negated, arrows="to",
                     color=NEGATED_COLOUR if negated else "#888888", width=1 + 2 * float(data.get("confidence", 0)),
                     font={"size": 11, "align": "middle"})
    net.set_options(json.dumps({
        "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 250},
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120}},
        "nodes": {"font": {"size": 16}},
        "edges": {"smooth": {"type": "dynamic"}},
        "interaction": {"hover": True, "tooltipDelay": 100},
    }))
    page = net.generate_html(notebook=False)
    page = _CDN.sub("", page)
    page = re.sub(r"<!--.*?node_modules.*?-->", "", page, flags=re.S)
    legend = " ".join(
        f'<span style="display:inline-block;margin:0 .8em"><span style="display:inline-block;width:.9em;'
        f'height:.9em;border-radius:50%;background:{colour(t)}"></span> {html.escape(t)}</span>'
        for t in sorted(types))
    header = (f'<div style="font-family:sans-serif;padding:.4em .8em"><b>{html.escape(title)}</b> · '
              f'{len(shown)} entities, {net.num_edges()} facts · {legend} · '
              f'<span style="color:{NEGATED_COLOUR}">- - negated</span> · hover a fact for its evidence</div>')
    page = page.replace("<head>", "<head>\n<meta charset=\"utf-8\">\n" + _WATCH, 1)
    page = page.replace("<body>", "<body>\n" + header, 1)
    page = page.replace("</body>", _DRAWN + "\n</body>", 1)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    if re.search(r"(?:src|href)=\"https?://", page):
        raise AssertionError("the page still loads something from the network")
    return page


def visualize(source: Any = None, *, graph: str | None = None, entity: str | None = None, depth: int = 1,
              output: str = "graph.html", title: str | None = None) -> dict[str, int]:
    """Write the HTML page of a facts file (``source``), an open graph or a graph store (``graph``).

    ``entity``/``depth``: only the entities within ``depth`` facts of that entity. Returns counts.
    """
    from kg.analytics import to_networkx
    from kg.io import atomic_output

    G = to_networkx(source, graph=graph)
    if entity:
        G = neighbourhood(G, entity, depth)
    if G.number_of_nodes() == 0:
        raise InputError("the graph has no facts to draw")
    name = title or (f"{entity} (depth {depth})" if entity else "kg graph")
    page = render_html(G, title=name)
    try:
        with atomic_output(output) as out:
            out.write(page)
    except OSError as exc:
        raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None
    return {"entities": G.number_of_nodes(), "facts": G.number_of_edges()}
