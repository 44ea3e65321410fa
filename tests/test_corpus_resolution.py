"""Entity resolution across a corpus, on articles of our own writing: one person one node, and
people who share a surname (Tony, Ian and Cherie Blair; Michael and John Howard; Charles and Ken
Clarke) never merged."""

from __future__ import annotations

import json

import pytest
from factories import document

from kg.extract import extract_text
from kg.model import Entity, Extraction, Fact
from kg.pipeline import Graph, open_graph
from kg.resolve.corpus import resolve_corpus
from kg.resolve.explain import explain
from kg.resolve.names import canonical_name

ARTICLES = {
    "tony.txt": "Prime Minister Tony Blair met union leaders in London on Monday. "
                "Mr Blair said the talks had been useful.",
    "mr-blair.txt": "Mr Blair told reporters in Downing Street that the economy was strong.",
    "ian.txt": "Metropolitan Police Commissioner Sir Ian Blair defended the force on Tuesday.",
    "commissioner.txt": "Commissioner Blair defended the new stop and search powers.",
    "mrs-blair.txt": "Mrs Blair opened a new hospital wing in Leeds.",
    "cherie.txt": "Cherie Blair visited a primary school in Leeds.",
    "michael.txt": "Michael Howard attacked the government over immigration.",
    "john.txt": "Australian Prime Minister John Howard visited London.",
    "mr-howard.txt": "Mr Howard told reporters the election would be close.",
}


@pytest.fixture(scope="module")
def articles() -> dict[str, Extraction]:
    return {source: extract_text(text, source) for source, text in ARTICLES.items()}


def resolved(articles: dict[str, Extraction], *sources: str) -> dict[str, set[str]]:
    """Each article's PERSON nodes after resolving the named articles together."""
    out: dict[str, set[str]] = {}
    for ex in resolve_corpus([articles[s] for s in sources]):
        out[ex.document.source] = {e.name for f in ex.facts for e in (f.subject, f.object) if e.type == "PERSON"}
    return out


def test_a_surname_joins_the_only_full_name_that_carries_it(articles):
    people = resolved(articles, "tony.txt", "mr-blair.txt")
    assert people["mr-blair.txt"] == {"Tony Blair"}


def test_two_full_names_compete_so_the_surname_stays_apart(articles):
    people = resolved(articles, "tony.txt", "mr-blair.txt", "ian.txt")
    assert people["mr-blair.txt"] == {"Blair"}
    assert people["ian.txt"] == {"Ian Blair"} and people["tony.txt"] == {"Tony Blair"}


def test_a_courtesy_title_says_which_blair(articles):
    # Tony Blair is "Mr Blair" and Ian Blair "Sir Ian": "Mrs Blair" can only be Cherie Blair.
    people = resolved(articles, "tony.txt", "ian.txt", "cherie.txt", "mrs-blair.txt", "mr-blair.txt")
    assert people["mrs-blair.txt"] == {"Cherie Blair"}
    assert people["mr-blair.txt"] == {"Blair"}  # Tony or Ian: both are men


def test_an_office_says_which_blair(articles):
    people = resolved(articles, "tony.txt", "ian.txt", "commissioner.txt")
    assert people["commissioner.txt"] == {"Ian Blair"}


def test_michael_and_john_howard_keep_mr_howard_apart(articles):
    people = resolved(articles, "michael.txt", "john.txt", "mr-howard.txt")
    assert people["mr-howard.txt"] == {"Howard"}
    alone = resolved(articles, "michael.txt", "mr-howard.txt")
    assert alone["mr-howard.txt"] == {"Michael Howard"}


def test_every_merge_says_which_rule_and_document(articles):
    (_, later) = resolve_corpus([articles["tony.txt"], articles["mr-blair.txt"]])
    node = later.facts[0].subject
    records = {(r["alias"], r["rule"], r["doc"]) for r in map(json.loads, node.merged_by)}
    assert ("Blair", "surname", later.document.id) in records
    assert "Mr Blair" in node.aliases


# -- rules on entities as one document's resolver gives them ----------------------------------
def extraction(source: str, *pairs: tuple[Entity, Entity]) -> Extraction:
    doc = document(f"{source}: " + "; ".join(f"{s.name} met {o.name}" for s, o in pairs), source)
    facts = [Fact(subject=s, relation="MEET", predicate="meet", text="met", object=o, confidence=0.8,
                  doc_id=doc.id, sentence=n, char_start=n, char_end=n + 1, evidence=f"{s.name} met {o.name}")
             for n, (s, o) in enumerate(pairs)]
    return Extraction(doc, facts)


def person(name: str, *aliases: str, type_: str = "PERSON") -> Entity:
    return Entity.make(name, type_, aliases)


COUNCIL = Entity.make("city council", "CONCEPT")


def nodes(extractions: list[Extraction]) -> dict[str, Entity]:
    """The nodes the documents make, each with the union of the documents' records."""
    out: dict[str, Entity] = {}
    for ex in resolve_corpus(extractions):
        for fact in ex.facts:
            for e in (fact.subject, fact.object):
                known = out.get(e.name, e)
                out[e.name] = Entity(e.id, e.name, e.type, aliases=tuple(sorted({*known.aliases, *e.aliases})),
                                     merged_by=tuple(sorted({*known.merged_by, *e.merged_by})),
                                     other_types=tuple(sorted({*known.other_types, *e.other_types})))
    return out


def test_one_name_one_type_the_majority_the_minority_kept():
    docs = [extraction(f"p{n}.txt", (person("Charles Clarke"), COUNCIL)) for n in range(3)]
    docs.append(extraction("org.txt", (person("Charles Clarke", type_="ORG"), COUNCIL)))
    docs.append(extraction("ken.txt", (person("Ken Clarke"), COUNCIL)))
    docs.append(extraction("clarke.txt", (person("Clarke", "Mr Clarke"), COUNCIL)))
    found = nodes(docs)
    assert found["Charles Clarke"].type == "PERSON"
    assert [json.loads(r)["type"] for r in found["Charles Clarke"].other_types] == ["ORG"]
    assert {"Charles Clarke", "Ken Clarke", "Clarke"} <= set(found)  # Clarke: two compete


def test_a_middle_initial_is_the_same_person_unless_two_initials_compete():
    two = nodes([extraction("a.txt", (person("George W Bush"), COUNCIL)),
                 extraction("b.txt", (person("George Bush"), COUNCIL))])
    assert "George Bush" not in two and "George W Bush" in two
    three = nodes([extraction("a.txt", (person("George W Bush"), COUNCIL)),
                   extraction("b.txt", (person("George H W Bush"), COUNCIL)),
                   extraction("c.txt", (person("George Bush"), COUNCIL))])
    assert {"George W Bush", "George H W Bush", "George Bush"} <= set(three)


def test_a_given_name_joins_no_surname():
    found = nodes([extraction("a.txt", (person("Ray Charles"), COUNCIL)),
                   extraction("b.txt", (person("Charles Kennedy"), COUNCIL)),
                   extraction("c.txt", (person("Charles", "Prince Charles"), COUNCIL))])
    assert "Charles" in found


def test_an_unclassified_proper_noun_joins_no_surname_without_a_title():
    # spaCy leaves band and show names untyped; "Door" is no reference to a Mr Door.
    found = nodes([extraction("a.txt", (person("Trap Door"), COUNCIL)),
                   extraction("b.txt", (person("Door", type_="OTHER"), COUNCIL))])
    assert "Door" in found


@pytest.mark.parametrize(("raw", "clean"), [
    ("- Mike Leigh", "Mike Leigh"), ("Rapper Eminem", "Eminem"), ("Describing Mr Jackson", "Jackson"),
    ("Nevertheless Franz Ferdinand", "Franz Ferdinand"), ("Farmer John Smith", "John Smith"),
    ("President Putin", "Putin"), ("Vote Blair", "Blair"), ("Howard-can", "Howard"),
    ("Mr Blair¿s", "Blair"), ("Commons after Mr Brown", "Brown"), ("da Silva", "da Silva"),
    ("Charles de Gaulle", "Charles de Gaulle"), ("Chung Mong-koo", "Chung Mong-koo"), ("Farmer", "Farmer"),
    ("Jonas Q. Besides Marlowe", "Marlowe"),  # the span ran on over the end of a sentence
    ("George W. Bush", "George W. Bush"), ("Ben Still", "Ben Still"),
])
def test_titles_roles_punctuation_and_verbs_are_no_part_of_a_person_name(raw, clean):
    assert canonical_name(raw, "PERSON") == clean


def test_names_of_things_keep_their_words():
    assert canonical_name("Home Depot", "ORG") == "Home Depot"
    assert canonical_name("Blu-ray", "OTHER") == "Blu-ray"
    assert canonical_name("broadcaster BSkyB", "ORG") == "BSkyB"


# -- in a graph: both stores, any order, later loads, removal ---------------------------------
NODES = "MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases ORDER BY id"


def graph_nodes(g: Graph) -> list[dict]:
    return [{**r, "aliases": sorted(r["aliases"] or [])} for r in g.query(NODES).records()]


def test_any_document_order_gives_the_same_graph_on_both_stores(graph_target, tmp_path, articles):
    corpus = [articles[s] for s in ("tony.txt", "mr-blair.txt", "cherie.txt", "mrs-blair.txt", "michael.txt")]
    with open_graph(graph_target, create=True) as g:
        g.load(list(corpus))
        first = graph_nodes(g)
    with open_graph(str(tmp_path / "reversed.lbug"), create=True) as g:
        g.load(iter(corpus[::-1]))  # a stream: spooled between the passes
        assert graph_nodes(g) == first
    names = {n["name"] for n in first if n["type"] == "PERSON"}
    # "Mrs Blair" can only be Cherie, so "Mr Blair" can only be Tony.
    assert names == {"Tony Blair", "Cherie Blair", "Michael Howard"}


def test_a_later_document_joins_the_stored_node_and_its_removal_undoes_only_that(graph_target, articles):
    with open_graph(graph_target, create=True) as g:
        g.load([articles["tony.txt"], articles["michael.txt"]])
        before = {n["name"]: n for n in graph_nodes(g)}
        g.load([extraction("premier.txt", (person("Blair", "Premier Blair"), COUNCIL))])
        after = {n["name"]: n for n in graph_nodes(g)}
        assert "Blair" not in after
        assert after["Tony Blair"]["id"] == before["Tony Blair"]["id"]
        assert "Premier Blair" in after["Tony Blair"]["aliases"]
        assert {k: v for k, v in after.items() if k not in ("Tony Blair", "city council")} == \
            {k: v for k, v in before.items() if k != "Tony Blair"}
        (story,) = explain(g, "Premier Blair")
        assert story.merges[("Blair", "surname")] == ["premier.txt"]
        g.store.remove_document(document("premier.txt: Blair met city council", "premier.txt").id)
        assert {n["name"]: n for n in graph_nodes(g)} == before


FULL_NODES = ("MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, "
              "e.merged_by AS merged_by, e.other_types AS other_types ORDER BY id")


def forget_digests(g: Graph) -> None:
    """As in a graph written before kg kept extraction digests: a document loaded again is then
    resolved and written again (not skipped as unchanged), and the resolver itself must change
    nothing. The reload tests below run that path; tests/test_reload.py the skipping one."""
    g.query("MATCH (d:Document) SET d.digest = NULL", write=True)


def full_nodes(g: Graph) -> list[dict]:
    """Every node with every set it keeps: a reload must not add a merge or type record either."""
    return [{k: sorted(v or []) if isinstance(v, list) or v is None else v for k, v in r.items()}
            for r in g.query(FULL_NODES).records()]


def test_loading_the_same_documents_again_changes_nothing_after_a_full_name_came_later(graph_target):
    """A short form stored before its full name arrived is absorbed by it (kg.resolve.latemerge),
    and the same loads again, in the same pieces, change nothing: no second absorption, no new
    "Hale" node, no record added."""
    early = extraction("early.txt", (person("Hale", "Mr Hale"), COUNCIL))
    later = extraction("later.txt", (person("Tom Hale"), COUNCIL))
    facts = "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.name AS s, r.relation AS rel, b.name AS o ORDER BY s, rel, o"
    with open_graph(graph_target, create=True) as g:
        g.load([early])
        g.load([later])
        before = (graph_nodes(g), g.query(facts).rows, full_nodes(g))
        forget_digests(g)
        g.load([early])
        g.load([later])
        assert (graph_nodes(g), g.query(facts).rows, full_nodes(g)) == before
    assert {n["name"] for n in before[0]} == {"Tom Hale", "city council"}


def test_a_document_loaded_again_joins_its_names_where_it_joined_them_before(graph_target):
    """"Hale" joined Tom Hale when he was the only Hale; since then a Tim Hale came. Loading the
    first document again puts "Hale" where that document put it (its merge record says so), not
    apart as a new "Hale" would stay with two Hales to choose from."""
    early = extraction("early.txt", (person("Hale", "Mr Hale"), COUNCIL))
    facts = "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.name AS s, r.relation AS rel, b.name AS o ORDER BY s, rel, o"
    with open_graph(graph_target, create=True) as g:
        g.load([early, extraction("tom.txt", (person("Tom Hale"), COUNCIL))])
        g.load([extraction("tim.txt", (person("Tim Hale"), COUNCIL))])
        before = (graph_nodes(g), g.query(facts).rows, full_nodes(g))
        forget_digests(g)
        g.load([early])
        assert (graph_nodes(g), g.query(facts).rows, full_nodes(g)) == before
        g.load([extraction("new.txt", (person("Hale"), COUNCIL))])  # a new document: two Hales compete
        assert "Hale" in {n["name"] for n in graph_nodes(g)}
    assert ["Tom Hale", "MEET", "city council"] in before[1]


def test_a_document_with_a_possessor_read_into_a_name_loads_again_unchanged(graph_target):
    """"Redbridge's Okafor" is Okafor where the document names Redbridge and Okafor alone; the
    same document loaded again, and another naming Okafor, move nothing."""
    club = person("Redbridge", type_="ORG")
    first = extraction("first.txt", (person("Redbridge 's Okafor", "Redbridge's Okafor", type_="ORG"), COUNCIL),
                       (person("Okafor"), COUNCIL), (club, COUNCIL))
    with open_graph(graph_target, create=True) as g:
        g.load([first])
        before = graph_nodes(g)
        forget_digests(g)
        g.load([first])
        g.load([extraction("second.txt", (person("Okafor"), COUNCIL))])
        assert graph_nodes(g) == before
    assert {n["name"] for n in before} == {"Okafor", "Redbridge", "city council"}
    (okafor,) = (n for n in before if n["name"] == "Okafor")
    assert okafor["type"] == "PERSON" and "Redbridge 's Okafor" in okafor["aliases"]


def test_a_club_written_short_loads_again_unchanged_on_both_stores(graph_target):
    """"Dunmore Utd" joins Dunmore United where its document names the club in full; loading that
    document again changes nothing, and a later document's short form moves no stored node."""
    table = extraction("table.txt", (person("Dunmore United", type_="ORG"), COUNCIL),
                       (person("Dunmore Utd", type_="OTHER"), COUNCIL))
    with open_graph(graph_target, create=True) as g:
        g.load([table])
        before = graph_nodes(g)
        forget_digests(g)
        g.load([table])
        assert graph_nodes(g) == before
        g.load([extraction("report.txt", (person("Dunmore Utd", type_="OTHER"), COUNCIL))])
        assert [n for n in graph_nodes(g) if n["name"] != "Dunmore Utd"] == before
    assert {n["name"]: n["aliases"] for n in before} == {"Dunmore United": ["Dunmore Utd"], "city council": []}


# -- character references decoded at ingest ---------------------------------------------------
def test_character_references_are_decoded_and_offsets_still_index_the_file(tmp_path):
    from kg.ingest import read_document

    text = ("Mr Blair&#191;s government fell.\n"
            "Gordon Brown met Tony Blair in the Caf&#233; Rouge in Leeds on Monday.\n")
    path = tmp_path / "scraped.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(str(path))
    assert "Mr Blair’s government" in doc.text and "Café Rouge" in doc.text
    (fact,) = [f for f in extract_text(text, str(path)).facts if f.relation == "MEET"]
    assert (fact.subject.name, fact.object.name) == ("Gordon Brown", "Tony Blair")
    assert "Café" in fact.evidence
    assert text[fact.char_start:fact.char_end] == (
        "Gordon Brown met Tony Blair in the Caf&#233; Rouge in Leeds on Monday.")


def test_an_ampersand_that_is_no_reference_stays():
    from kg.ingest import make_document

    doc = make_document("Marks & Spencer and AT&T; sold R&D units.", "m.txt")
    assert doc.text == "Marks & Spencer and AT&T; sold R&D units." and doc.offsets == ()


# -- kg explain, end to end ---------------------------------------------------------------------
def test_kg_explain_names_the_rule_and_the_documents(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from kg.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLES["tony.txt"] + "\n", encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text("Premier Blair told reporters in Downing Street that "
                                             "the economy was strong.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["build", "news", "--graph", "g.lbug"]).exit_code == 0
    result = runner.invoke(app, ["explain", "blair", "--graph", "g.lbug", "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = {(r["entity"], r["alias"], r["rule"], r["sources"]) for r in json.loads(result.stdout)}
    assert ("Tony Blair", "Blair", "surname", "news/b.txt") in rows
    assert ("Tony Blair", "Blair", "coreference", "news/a.txt") in rows  # the extraction's own alias
    missing = runner.invoke(app, ["explain", "Nobody", "--graph", "g.lbug"])
    assert missing.exit_code == 3 and "no such entity" in missing.stderr


def test_loading_the_same_corpus_twice_changes_nothing_when_a_name_is_also_a_common_noun(graph_target):
    """"Safin" joins "Marat Safin", and a common noun "safin" (a lower-case reading the tagger
    made) is stored with the same letters. On a second load the stored common noun must not take
    the name over (it did: the noun gained the alias "Safin", and facts moved to it)."""
    corpus = [extraction("full.txt", (person("Marat Safin"), person("Ann Lee"))),
              extraction("short.txt", (person("Safin"), person("Bo Park"))),
              extraction("noun.txt", (person("Bo Park"), Entity.make("safin", "CONCEPT")))]
    with open_graph(graph_target, create=True) as g:
        g.load(corpus)
        first = (g.stats(), graph_nodes(g), g.query(FACT_KEYS).rows)
        forget_digests(g)
        g.load(corpus)
        assert (g.stats(), graph_nodes(g), g.query(FACT_KEYS).rows) == first
    names = {n["name"]: n for n in first[1]}
    assert "Safin" in names["Marat Safin"]["aliases"] and names["safin"]["type"] == "CONCEPT"


FACT_KEYS = ("MATCH (a:Entity)-[r]->(b:Entity) OPTIONAL MATCH (sp:Support {id: r.key}) RETURN a.name, r.relation, b.name, sp.provenance "
             "ORDER BY a.name, b.name")


# -- an acronym joins an organisation, never a person ------------------------------------------
def test_an_office_word_that_starts_a_company_name_stays_part_of_it():
    """"General" is a rank in front of a person ("General Dannatt"), but "General Motors" is the
    company's whole name: cut to "Motors", its acronym "GM" found no General Motors to join."""
    text = ("Fiora reached an agreement with General Motors on Monday. "
            "Under the deal GM will pay Fiora $2bn to end their alliance.")
    (ex,) = resolve_corpus([extract_text(text, "deal.txt")])
    names = {e.name: e for e in ex.mentions}
    assert "General Motors" in names and "Motors" not in names
    assert "GM" in names["General Motors"].aliases


def test_an_acronym_never_joins_a_name_written_with_a_courtesy_title():
    """The model read "Gianni Moretti" (also "Mr Moretti") as an organisation; "GM", the only
    other name with those initials, is not him: Mr is said of people only."""
    moretti = person("Gianni Moretti", "Mr Moretti", type_="ORG")
    gm = person("GM", type_="ORG")
    found = nodes([extraction("fiora.txt", (moretti, COUNCIL), (gm, COUNCIL))])
    assert "GM" in found and "GM" not in found["Gianni Moretti"].aliases


def test_a_designator_written_short_is_the_same_organisation():
    """"Westfield Corp" in one report and "Westfield Corporation" in another are one company;
    "Westfield" alone and a Westfield Group are not made one by it."""
    found = nodes([extraction("a.txt", (person("Westfield Corporation", type_="ORG"), COUNCIL)),
                   extraction("b.txt", (person("Westfield Corp", type_="ORG"), COUNCIL)),
                   extraction("c.txt", (person("Westfield Corp", type_="ORG"), COUNCIL)),
                   extraction("d.txt", (person("Halden Co", type_="ORG"), COUNCIL)),
                   extraction("e.txt", (person("Halden Company", type_="OTHER"), COUNCIL)),
                   extraction("f.txt", (person("Westfield Group", type_="ORG"), COUNCIL))])
    # The designator in full names the node, however many reports wrote it short.
    assert "Westfield Corporation" in found and "Westfield Corp" not in found
    assert "Westfield Corp" in found["Westfield Corporation"].aliases
    assert any(json.loads(r)["rule"] == "designator" for r in found["Westfield Corporation"].merged_by)
    assert "Halden Company" in found and "Halden Co" not in found
    assert "Westfield Group" in found


@pytest.mark.parametrize("order", [("Westfield Corp", "Westfield Corporation"),
                                   ("Westfield Corporation", "Westfield Corp")])
def test_a_designator_written_the_other_way_later_joins_the_stored_node(graph_target, order):
    # Stored short, it is renamed when the full form comes; its old id still finds it.
    first, second = (extraction(f"{n}.txt", (person(name, type_="ORG"), COUNCIL)) for n, name in enumerate(order))
    with open_graph(graph_target, create=True) as g:
        g.load([first])
        (stored,) = [n for n in graph_nodes(g) if n["name"] == order[0]]
        g.load([second])
        named = [n for n in graph_nodes(g) if n["name"] != "city council"]
        assert [n["name"] for n in named] == ["Westfield Corporation"] and "Westfield Corp" in named[0]["aliases"]
        former = g.query("MATCH (e:Entity) WHERE $id IN e.former_ids RETURN e.name", {"id": stored["id"]}).rows
        assert named[0]["id"] == stored["id"] or former == [["Westfield Corporation"]]
