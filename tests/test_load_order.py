"""Load order: one article a load gives the graph one build of all of them gives, on both stores.

Each test is one cause found by ``bench/load_order.py`` on real sport and business folders, with
articles of our own writing; the model's readings of each name are set by hand, as the model
gave them there (a team sheet's "G Murphy" read as a person in one report, untyped in another).
"""

from __future__ import annotations

import itertools
import json

from factories import document

from kg.model import Entity, Extraction, Fact
from kg.pipeline import Graph, open_graph

NODES = ("MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, "
         "e.merged_by AS merged_by, e.other_types AS other_types ORDER BY id")
FACTS = "MATCH (a:Entity)-[r]->(b:Entity) OPTIONAL MATCH (sp:Support {id: r.key}) RETURN a.id, r.relation, b.id, sp.provenance ORDER BY a.id, r.relation, b.id"
MENTIONS = "MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document) RETURN e.id, d.id ORDER BY e.id, d.id"


def _fact(subject: Entity, obj: Entity, doc, sentence: int) -> Fact:
    return Fact(subject=subject, relation="SAY", predicate="say", text="said", object=obj, confidence=0.8,
                doc_id=doc.id, sentence=sentence, char_start=sentence * 10, char_end=sentence * 10 + 9,
                evidence=f"sentence {sentence}", negated=False, modality=None, attribution=None)


def article(source: str, text: str, *names: tuple[str, str] | tuple[str, str, tuple[str, ...]]) -> Extraction:
    """An article whose facts are each name (``(name, type[, aliases])``) saying something of its own."""
    doc = document(text, source)
    facts = [_fact(Entity.make(*name), Entity.make(f"{source} point {i}", "CONCEPT"), doc, i)
             for i, name in enumerate(names)]
    return Extraction(doc, facts)


def state(g: Graph) -> tuple:
    def plain(value):
        return sorted(value) if isinstance(value, list) else value

    nodes = [{k: plain(v) for k, v in r.items()} for r in g.query(NODES).records()]
    return nodes, [[*r[:3], sorted(r[3])] for r in g.query(FACTS).rows], g.query(MENTIONS).rows


def loaded(g: Graph, articles: dict[str, Extraction], order: tuple[str, ...], one_by_one: bool) -> tuple:
    g.clear()
    for part in ([[s] for s in order] if one_by_one else [list(order)]):
        g.load([articles[s] for s in part])
    return state(g)


def differing_orders(graph_target: str, articles: dict[str, Extraction]) -> tuple[tuple, list[tuple[str, ...]]]:
    """The single build's graph, and the orders of one article a load that give another."""
    with open_graph(graph_target, create=True) as g:
        at_once = loaded(g, articles, tuple(articles), one_by_one=False)
        return at_once, [order for order in itertools.permutations(articles)
                         if loaded(g, articles, order, one_by_one=True) != at_once]


def names(graph: tuple) -> dict[str, list[str]]:
    """Each named node's name and the aliases it holds."""
    return {n["name"]: n["aliases"] for n in graph[0] if n["type"] != "CONCEPT"}


# -- a team sheet's initial -----------------------------------------------------------------------
def test_a_team_sheets_initial_is_never_its_own_full_name(graph_target):
    """"G Murphy" on two team sheets, and no Murphy named in full anywhere: a node of its own,
    with no record of joining itself, in any load order. (An initial form is a short form: it
    is no candidate of the initial rule. A later load had joined the stored "G Murphy" to
    itself by the rule `initial`, recording it on the node.)"""
    articles = {
        "sheet-one.txt": article("sheet-one.txt", "Leicester: G Murphy; Wigan: N Back.", ("G Murphy", "PERSON")),
        "sheet-two.txt": article("sheet-two.txt", "Ireland: G Murphy, B O'Driscoll.", ("G Murphy", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"G Murphy": []}
    assert bad == []


def test_a_team_sheets_initial_joins_the_one_full_name_it_fits_in_any_order(graph_target):
    """"G Murphy", read as a person on one team sheet and untyped on another, beside the one
    Murphy the corpus names in full whose name starts with G (Geordan Murphy): one person. The
    initial form read as a person no longer competes with Geordan Murphy for its own initial."""
    articles = {
        "sheet-one.txt": article("sheet-one.txt", "Leicester: G Murphy; Wigan: N Back.", ("G Murphy", "PERSON")),
        "sheet-two.txt": article("sheet-two.txt", "Ireland: G Murphy, B O'Driscoll.", ("G Murphy", "OTHER")),
        "profile.txt": article("profile.txt", "Geordan Murphy kicked the winning goal.", ("Geordan Murphy", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Geordan Murphy": ["G Murphy"]}
    assert bad == []


def test_a_lone_surname_joins_the_full_name_a_team_sheets_initial_stands_for(graph_target):
    """A lone "Worsley" beside Joe Worsley and a team sheet's "J Worsley": the initial form is Joe
    Worsley, not a second Worsley competing for the surname, whether or not it was stored alone
    before Joe Worsley came."""
    articles = {
        "sheet.txt": article("sheet.txt", "Wasps: J Worsley, L Dallaglio.", ("J Worsley", "PERSON")),
        "profile.txt": article("profile.txt", "Joe Worsley made twenty tackles.", ("Joe Worsley", "PERSON")),
        "report.txt": article("report.txt", "Worsley was the man of the match.", ("Worsley", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Joe Worsley": ["J Worsley", "Worsley"]}
    assert bad == []


def test_a_lone_surname_stored_as_a_place_joins_once_a_later_report_reads_it_as_a_person(graph_target):
    """"Carragher" alone, read as a place in one report and as a person in another, beside the
    one Carragher named in full: a single build types the name by its readings (a tie, and a
    person comes first in the type order) and joins both to Jamie Carragher. A later load that
    meets the stored place must weigh it the same way, whatever type it was stored with."""
    articles = {
        "profile.txt": article("profile.txt", "Jamie Carragher signed a new deal.", ("Jamie Carragher", "PERSON")),
        "derby.txt": article("derby.txt", "Carragher cleared off the line.", ("Carragher", "GPE")),
        "cup.txt": article("cup.txt", "Carragher headed the ball away.", ("Carragher", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Jamie Carragher": ["Carragher"]}
    assert bad == []


# -- a short form learned from other documents ----------------------------------------------------
def test_an_acronym_two_reports_explain_joins_its_full_name_in_a_report_that_does_not(graph_target):
    """Two reports write the International Rugby Board and then "IRB"; a third writes only "IRB".
    A single build learns the short form from the two (rule ``alias``). One report a load gives
    the same graph in any order: a later load finds the stored reports' joins by alias (the
    store's find_by_alias), and an "IRB" stored alone before the two came is moved to the board."""
    def explained(source: str) -> Extraction:
        return article(source, f"The International Rugby Board fined the union ({source}). The IRB said more.",
                       ("International Rugby Board", "ORG"), ("IRB", "ORG"))

    articles = {
        "fine.txt": article("fine.txt", "The IRB fined the union again.", ("IRB", "ORG")),
        "board-one.txt": explained("board-one.txt"),
        "board-two.txt": explained("board-two.txt"),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"International Rugby Board": ["IRB"]}
    assert bad == []


def test_a_short_form_one_report_explains_stays_apart_in_any_order(graph_target):
    """The other half: one report that explains "IRB" is not enough for a report that does not
    (two must agree), however the reports come."""
    articles = {
        "fine.txt": article("fine.txt", "The IRB fined the union again.", ("IRB", "ORG")),
        "board-one.txt": article("board-one.txt", "The International Rugby Board fined the union. The IRB said more.",
                                 ("International Rugby Board", "ORG"), ("IRB", "ORG")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"International Rugby Board": ["IRB"], "IRB": []}
    assert bad == []


def test_an_acronym_joins_its_full_name_whatever_first_names_other_reports_write(graph_target):
    """Two reports explain "NSB" as the Nordic Shipping Board, a third writes "NSB" alone, and a
    fourth reads "Nordic Traveller" (an award) as a person. Whether the board is an
    organisation is read from its own name, not from the first words of other reports' people:
    a load that did not bring the fourth report cannot see them, and the short form joined the
    board in some orders and stayed apart in one build."""
    def explained(source: str) -> Extraction:
        return article(source, f"The Nordic Shipping Board cut its fees ({source}). The NSB said more.",
                       ("Nordic Shipping Board", "ORG"), ("NSB", "ORG"))

    articles = {
        "fees.txt": article("fees.txt", "The NSB cut its fees again.", ("NSB", "ORG")),
        "board-one.txt": explained("board-one.txt"),
        "board-two.txt": explained("board-two.txt"),
        "award.txt": article("award.txt", "Nordic Traveller of the year went to a ferry captain.",
                             ("Nordic Traveller", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Nordic Shipping Board": ["NSB"], "Nordic Traveller": []}
    assert bad == []


def test_a_designator_two_clubs_are_shortened_to_joins_neither_in_any_order(graph_target):
    """Two reports shorten Manchester United to "United", one report Newcastle United; a fourth
    writes only "United". Two full names compete for the short form, so a single build joins
    the fourth report's "United" to neither. Loaded one a load, an "United" the alias rule had
    joined to Manchester United before the Newcastle report came goes back to its own node."""
    def shortened(source: str, club: str) -> Extraction:
        return article(source, f"{club} won at home ({source}). United were the better side.",
                       (club, "ORG"), ("United", "ORG"))

    articles = {
        "derby.txt": article("derby.txt", "United lost the derby on Sunday.", ("United", "ORG")),
        "one.txt": shortened("one.txt", "Manchester United"),
        "two.txt": shortened("two.txt", "Manchester United"),
        "tyne.txt": shortened("tyne.txt", "Newcastle United"),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Manchester United": ["United"], "Newcastle United": ["United"], "United": []}
    assert bad == []


def test_a_designator_learned_for_one_club_is_not_rejoined_on_part_of_the_evidence(graph_target):
    """Two reports shorten Kelso United to "United", one Brora United, and a fourth writes only
    "United": two full names compete, so one build joins the fourth report's "United" to
    neither. A fifth report names Kelso United alone, read as a person's name: its load asks the
    graph for the surname "United" and meets the stored "United", but not Brora United's report,
    which wrote "United" as an alias and is found only by alias. It must not join the short form
    to Kelso United on the evidence of the first two reports alone."""
    def shortened(source: str, club: str) -> Extraction:
        return article(source, f"{club} won at home ({source}). United were the better side.",
                       (club, "ORG"), ("United", "ORG"))

    articles = {
        "derby.txt": article("derby.txt", "United lost the derby on Sunday.", ("United", "ORG")),
        "one.txt": shortened("one.txt", "Kelso United"),
        "two.txt": shortened("two.txt", "Kelso United"),
        "brora.txt": shortened("brora.txt", "Brora United"),
        "manager.txt": article("manager.txt", "Kelso United named a new manager.", ("Kelso United", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Kelso United": ["United"], "Brora United": ["United"], "United": []}
    assert bad == []


def test_a_team_sheets_initial_two_full_names_fit_joins_neither_in_any_order(graph_target):
    """"T Umaga" on a team sheet, and two reports that spell the captain Tana and Tama Umaga: two
    full names start with T, so a single build joins the initial to neither. One report a load,
    a "T Umaga" joined to the first of them goes back to its own node when the second comes."""
    articles = {
        "sheet.txt": article("sheet.txt", "New Zealand: T Umaga, D Carter.", ("T Umaga", "OTHER")),
        "tana.txt": article("tana.txt", "Tana Umaga led the haka.", ("Tana Umaga", "PERSON")),
        "tama.txt": article("tama.txt", "Tama Umaga scored a try.", ("Tama Umaga", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"T Umaga": [], "Tana Umaga": [], "Tama Umaga": []}
    assert bad == []


def test_a_team_sheets_initial_with_its_surname_as_an_alias_stays_with_its_full_name(graph_target):
    """A team sheet's "S Ridley", which the extraction gave the alias "Ridley", joins Simon
    Ridley, the only Ridley whose name starts with S. A later load that meets Simon Ridley again
    must not send the sheet's share back to a node "Ridley": its initial form is "S Ridley",
    not the alias that carries the same rule."""
    articles = {
        "sheet.txt": article("sheet.txt", "Ireland: S Ridley, B Doyle.", ("S Ridley", "PERSON", ("Ridley",))),
        "profile.txt": article("profile.txt", "Simon Ridley won his fiftieth cap.", ("Simon Ridley", "PERSON")),
        "report.txt": article("report.txt", "Simon Ridley scored a try.", ("Simon Ridley", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Simon Ridley": ["Ridley", "S Ridley"]}
    assert bad == []


def test_a_team_sheets_initial_sent_back_to_its_own_node_keeps_the_records_one_build_gives(graph_target):
    """A team sheet's "D Prowse", with the alias "Prowse", joins David Prowse while he is the
    only Prowse starting with D; when Dafydd Prowse comes it goes back to its own node. There
    "Prowse" is an alias the extraction gave the sheet's name (rule ``coreference``), as one
    build records it, not a join by the rule ``initial``."""
    articles = {
        "sheet.txt": article("sheet.txt", "Wales: D Prowse, G Thomas.", ("D Prowse", "OTHER", ("Prowse",))),
        "david.txt": article("david.txt", "David Prowse kicked four penalties.", ("David Prowse", "PERSON")),
        "dafydd.txt": article("dafydd.txt", "Dafydd Prowse was dropped.", ("Dafydd Prowse", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"D Prowse": ["Prowse"], "David Prowse": [], "Dafydd Prowse": []}
    assert bad == []


# -- the minority readings a retyped node keeps ------------------------------------------------------
def readings(graph: tuple) -> dict[str, list[tuple[str, str]]]:
    """Each named node's minority readings: (name as written, type)."""
    return {n["name"]: sorted((json.loads(r)["name"], json.loads(r)["type"]) for r in n["other_types"])
            for n in graph[0] if n["type"] != "CONCEPT"}


def test_each_name_a_report_read_keeps_its_reading_when_a_later_load_retypes_the_node(graph_target):
    """A report reads "Marta Kovalenka" as an organisation, beside "Kovalenka" untyped and a team
    sheet's "M Kovalenka" as an organisation; the next reads her as a person. A single build
    types her a person and records each of the first report's three readings apart. Stored as an
    organisation first, the node is retyped when the second report comes: the record of the
    untyped "Kovalenka" must not hide the full name's, nor the full name's the initial form's."""
    articles = {
        "heats.txt": article("heats.txt", "Marta Kovalenka won her heat. Kovalenka ran 11.2. Team: M Kovalenka.",
                             ("Marta Kovalenka", "ORG"), ("Kovalenka", "OTHER"), ("M Kovalenka", "ORG")),
        "final.txt": article("final.txt", "Marta Kovalenka took the gold.", ("Marta Kovalenka", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert readings(at_once)["Marta Kovalenka"] == [("Kovalenka", "OTHER"), ("M Kovalenka", "ORG"),
                                                     ("Marta Kovalenka", "ORG")]
    assert bad == []


def test_a_first_name_a_stored_report_joined_by_the_given_name_rule_counts_towards_its_type(graph_target):
    """One report names Hollis Pryde and then "Hollis" alone, a person (rule given-name); another
    writes "Mr Hollis", read as an organisation, and no full name. A single build counts both
    readings of "Hollis" (a tie: a person, by the type order), so the second report's "Hollis"
    is a person with its organisation reading recorded. Loaded after the first report, the
    second must count the stored report's reading too, as it counts a surname rule's."""
    articles = {
        "profile.txt": article("profile.txt", "Hollis Pryde joined the board. Hollis said little.",
                               ("Hollis Pryde", "PERSON"), ("Hollis", "PERSON")),
        "board.txt": article("board.txt", "Mr Hollis chaired the meeting.", ("Hollis", "ORG", ("Mr Hollis",))),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert readings(at_once)["Hollis"] == [("Hollis", "ORG")]
    assert bad == []


def test_a_surname_a_stored_report_wrote_apart_beside_the_full_name_counts_towards_its_type(graph_target):
    """A report names Rob Tellwright and writes "Tellwright" apart, a person (joined by the rule
    same-document); another writes "Tellwright" alone, untyped. A single build counts both
    readings (a person, as an untyped name counts half) and joins the second report's
    "Tellwright" to Rob Tellwright, the only Tellwright, in any order."""
    articles = {
        "profile.txt": article("profile.txt", "Rob Tellwright signed for the club. Tellwright is 24.",
                               ("Rob Tellwright", "PERSON"), ("Tellwright", "PERSON")),
        "match.txt": article("match.txt", "Tellwright scored twice.", ("Tellwright", "OTHER")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Rob Tellwright": ["Tellwright"]}
    assert bad == []


def test_an_alias_the_extraction_gave_a_full_name_is_no_reading_of_its_own(graph_target):
    """The other half: where "Tellwright" is only an alias the extraction gave Rob Tellwright (its
    own resolver joined it, rule coreference), no reading of "Tellwright" was made there: the
    other report's untyped "Tellwright" stays itself, in any order."""
    articles = {
        "profile.txt": article("profile.txt", "Rob Tellwright signed for the club. Tellwright is 24.",
                               ("Rob Tellwright", "PERSON", ("Tellwright",))),
        "match.txt": article("match.txt", "Tellwright scored twice.", ("Tellwright", "OTHER")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Rob Tellwright": ["Tellwright"], "Tellwright": []}
    assert bad == []


def test_a_team_sheets_initial_is_no_full_name_its_document_writes(graph_target):
    """A match report names Simon Brackley and then "Simon" alone, and its team sheet "S Orlov";
    a profile, loaded before or after, names Simon Orlov. The report writes one Simon in full,
    so its "Simon" is Simon Brackley (rule given-name) in any order: the sheet's initial is no
    full name the report writes, whatever full name the corpus gives it by then."""
    articles = {
        "report.txt": article("report.txt", "Simon Brackley scored. Simon was pleased. Team: S Orlov.",
                              ("Simon Brackley", "PERSON"), ("Simon", "PERSON"), ("S Orlov", "PERSON")),
        "profile.txt": article("profile.txt", "Simon Orlov joined the squad.", ("Simon Orlov", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Simon Brackley": ["Simon"], "Simon Orlov": ["S Orlov"]}
    assert bad == []


def test_a_titled_alias_of_a_joined_name_is_no_reading_of_its_own(graph_target):
    """A report reads "Halvard Brenne" as an organisation and writes "Mr Brenne", untyped (so its
    title stays on: "Mr Brenne" is an alias of "Brenne"); the next reads him as a person. When the
    node is retyped, the report's reading of "Brenne" is recorded once, as one build records it,
    not once more for its titled form."""
    articles = {
        "talks.txt": article("talks.txt", "Halvard Brenne led the talks. Mr Brenne said no.",
                             ("Halvard Brenne", "ORG"), ("Brenne", "OTHER", ("Mr Brenne",))),
        "vote.txt": article("vote.txt", "Halvard Brenne won the vote.", ("Halvard Brenne", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert readings(at_once)["Halvard Brenne"] == [("Brenne", "OTHER"), ("Halvard Brenne", "ORG")]
    assert bad == []


# -- two stored nodes moved by one load ----------------------------------------------------------
def test_a_fact_between_two_nodes_one_load_retypes_keeps_both_ends(graph_target):
    """A report reads the player "Tobias Wrenfield" as an organisation and his club "Marlow
    Heath" as one too, and a fact joins them; a later report reads him as a person and the club
    as a place: both nodes are retyped by that one load (a tie goes by the type order). The fact
    between them moves with both ends, as one build keeps it (the second move had lost it: it
    was written against the first node's old id)."""
    doc = document("Tobias Wrenfield signed for Marlow Heath.", "signing.txt")
    fact = _fact(Entity.make("Tobias Wrenfield", "ORG"), Entity.make("Marlow Heath", "ORG"), doc, 0)
    articles = {
        "signing.txt": Extraction(doc, [fact]),
        "debut.txt": article("debut.txt", "Tobias Wrenfield scored on his debut at Marlow Heath.",
                             ("Tobias Wrenfield", "PERSON"), ("Marlow Heath", "GPE")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert {n["name"]: n["type"] for n in at_once[0] if n["type"] != "CONCEPT"} == {
        "Tobias Wrenfield": "PERSON", "Marlow Heath": "GPE"}
    assert bad == []


def test_a_surname_two_full_names_split_off_is_one_node_of_its_majority_type(graph_target):
    """"Maddox" alone in two reports, read as a person in one and an organisation in the other,
    joins Kieran Maddox while he is the only Maddox; when Declan Maddox comes, both reports' share
    leaves him for a node of its own: one node of the name, typed by its readings (a tie goes by
    the type order), as one build keeps it; not one node per reading."""
    articles = {
        "kieran.txt": article("kieran.txt", "Kieran Maddox signed a new deal.", ("Kieran Maddox", "PERSON")),
        "cup.txt": article("cup.txt", "Maddox scored twice in the cup.", ("Maddox", "PERSON")),
        "table.txt": article("table.txt", "Maddox climbed to third in the table.", ("Maddox", "ORG")),
        "declan.txt": article("declan.txt", "Declan Maddox retired on Friday.", ("Declan Maddox", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert sorted((n["name"], n["type"]) for n in at_once[0] if n["name"] == "Maddox") == [("Maddox", "PERSON")]
    assert bad == []


def test_a_surname_most_reports_read_as_no_person_leaves_the_full_name_it_joined(graph_target):
    """"Pellow" alone: a person in one report, an organisation in two. One build types it by
    the majority, an organisation, and joins it to no person. Loaded one at a time, the early
    reports joined it to Owen Pellow, the only Pellow, while the person reading led; when the
    majority turns, their share leaves him for the organisation's node, as one build puts it."""
    articles = {
        "owen.txt": article("owen.txt", "Owen Pellow won the race.", ("Owen Pellow", "PERSON")),
        "race.txt": article("race.txt", "Pellow finished first.", ("Pellow", "PERSON")),
        "shares.txt": article("shares.txt", "Pellow shares fell on Monday.", ("Pellow", "ORG")),
        "profit.txt": article("profit.txt", "Pellow reported a profit.", ("Pellow", "ORG")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Owen Pellow": [], "Pellow": []}
    assert bad == []


def test_a_reading_a_stored_report_joined_elsewhere_counts_when_a_full_name_comes(graph_target):
    """"Hale" alone: an organisation in one report, a person in another, and an organisation in
    a third, which joins it to its own Barton Hale. One build counts all three readings: an
    organisation, which joins no person. Loaded one at a time, Dean Hale came last and absorbed
    the stored "Hale", whose own two readings tie (a person, by the type order): the reading
    joined to Barton Hale was not counted, as the batch does not write "Hale" and never asked
    the graph who holds it."""
    articles = {
        "firm.txt": article("firm.txt", "Hale cut its prices.", ("Hale", "ORG")),
        "match.txt": article("match.txt", "Hale scored late on.", ("Hale", "PERSON")),
        "barton.txt": article("barton.txt", "Barton Hale opened a shop. Hale hired staff.",
                              ("Barton Hale", "ORG"), ("Hale", "ORG")),
        "dean.txt": article("dean.txt", "Dean Hale signed a new deal.", ("Dean Hale", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert sorted((n["name"], n["type"]) for n in at_once[0] if "Hale" in n["name"]) == [
        ("Barton Hale", "ORG"), ("Dean Hale", "PERSON"), ("Hale", "ORG")]
    assert bad == []


def test_a_full_name_retyped_to_no_persons_lets_go_of_the_short_forms_it_joined(graph_target):
    """"Craig Tallon" a person in one report and an organisation in two; a match report writes
    "Tallon" alone. One build types the full name an organisation, and joins no surname to it
    (the surname rule joins people's names). Loaded one at a time, "Tallon" joined him while the
    person reading led; when a later load retypes him, its share leaves for its own node, as one
    build keeps it."""
    articles = {
        "profile.txt": article("profile.txt", "Craig Tallon signed a new deal.", ("Craig Tallon", "PERSON")),
        "match.txt": article("match.txt", "Tallon scored twice.", ("Tallon", "PERSON")),
        "club-one.txt": article("club-one.txt", "Craig Tallon sold its stadium.", ("Craig Tallon", "ORG")),
        "club-two.txt": article("club-two.txt", "Craig Tallon posted a loss.", ("Craig Tallon", "ORG")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Craig Tallon": [], "Tallon": []}
    assert bad == []


def test_short_forms_stored_alone_join_a_full_name_a_later_load_makes_a_persons(graph_target):
    """"Ronan Keel" a place in one report and a person in another (a tie: a person, by the type
    order); a match report writes "Keel" alone and a team sheet "R Keel". One build joins both
    to him (rules ``surname`` and ``initial``). Loaded while he was stored as a place, they were
    stored alone; the load that retypes him to a person joins them to him, into his new node."""
    articles = {
        "place.txt": article("place.txt", "Ronan Keel is a village.", ("Ronan Keel", "GPE")),
        "profile.txt": article("profile.txt", "Ronan Keel kicked the winning goal.", ("Ronan Keel", "PERSON")),
        "match.txt": article("match.txt", "Keel scored twice.", ("Keel", "PERSON")),
        "sheet.txt": article("sheet.txt", "Munster: R Keel, P Stringer.", ("R Keel", "OTHER")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Ronan Keel": ["Keel", "R Keel"]}
    assert bad == []


# -- a first name beside a full name a later load makes a person's -----------------------------
def test_a_first_name_joins_its_documents_full_name_once_a_later_load_makes_it_a_person(graph_target):
    """A report reads "Corin Vale" as an organisation and writes "Corin" alone further on;
    another reads Corin Vale as a person. One build types the full name a person (a tie goes by
    the type order) and the report's own rule joins its "Corin" to him (``given-name``). Loaded
    report first, "Corin" stayed a node of its own when the second load retyped the full name."""
    articles = {
        "vale.txt": article("vale.txt", "Corin Vale won the sprint. Corin said he was tired.",
                            ("Corin Vale", "ORG"), ("Corin", "PERSON")),
        "heat.txt": article("heat.txt", "Corin Vale ran the fastest heat.", ("Corin Vale", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Corin Vale": ["Corin"]}
    assert bad == []


def test_a_first_name_two_full_names_of_its_document_share_is_left_joined_to_the_first(graph_target):
    """The same, where the report also names Corin Ashdown: one build reads both full names as
    people's, and "Corin" alone may shorten either, so it joins neither. Loaded report first, it
    joined Corin Ashdown, then the only person; a move goes by document, and the report's share of
    Corin Ashdown cannot be told from its "Corin"'s, so that one order still differs (asserted
    as it is)."""
    articles = {
        "vale.txt": article("vale.txt", "Corin Vale beat Corin Ashdown. Corin said he was tired.",
                            ("Corin Vale", "ORG"), ("Corin Ashdown", "PERSON"), ("Corin", "PERSON")),
        "heat.txt": article("heat.txt", "Corin Vale ran the fastest heat.", ("Corin Vale", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Corin Vale": [], "Corin Ashdown": [], "Corin": []}
    assert bad == [("vale.txt", "heat.txt")]


# -- the spelling of a name ------------------------------------------------------------------------
def _spelled(reading: str = "OTHER") -> dict[str, Extraction]:
    """One report writes "HALLVIK" (read as ``reading``), two write "Hallvik" (an organisation);
    the first also has a fact its "HALLVIK" said."""
    doc = document("HALLVIK said the fine was unfair.", "cup.txt")
    said = Fact(subject=Entity.make("fine", "CONCEPT"), relation="BE", predicate="be", text="was",
                object=Entity.make("unfair", "CONCEPT"), confidence=0.8, doc_id=doc.id, sentence=0, char_start=0,
                char_end=30, evidence="HALLVIK said the fine was unfair.", negated=False, modality=None,
                attribution="HALLVIK")
    cup = Extraction(doc, [said, _fact(Entity.make("HALLVIK", reading), Entity.make("cup.txt point", "CONCEPT"), doc, 1)])
    return {
        "cup.txt": cup,
        "fine.txt": article("fine.txt", "Hallvik was fined again.", ("Hallvik", "ORG")),
        "appeal.txt": article("appeal.txt", "Hallvik lost its appeal.", ("Hallvik", "ORG")),
    }


def test_a_name_is_spelled_as_most_documents_write_it_in_any_order(graph_target):
    """One build spells the node as most documents write it ("Hallvik"), records the other
    spelling as an alias of the document that wrote it (rule ``type``: it read the name as
    untyped), and the fact that document's "HALLVIK" said is said by "Hallvik". Loaded that
    report first, the node was stored as "HALLVIK" and kept that spelling."""
    at_once, bad = differing_orders(graph_target, _spelled())
    (node,) = [n for n in at_once[0] if n["type"] == "ORG"]
    assert (node["name"], node["aliases"]) == ("Hallvik", ["HALLVIK"])
    assert [json.loads(m)["rule"] for m in node["merged_by"]] == ["type"]
    assert bad == []


def test_removing_the_documents_of_a_spelling_gives_back_the_spelling_the_others_write(graph_target):
    """Loaded one report a load in any order, then the two reports that write "Hallvik" removed:
    the graph is the one the remaining report alone gives, spelled "HALLVIK", with no alias, and
    its fact said by "HALLVIK" again."""
    articles = _spelled("ORG")
    with open_graph(graph_target, create=True) as g:
        alone = loaded(g, articles, ("cup.txt",), one_by_one=False)
        for order in itertools.permutations(articles):
            loaded(g, articles, order, one_by_one=True)
            for gone in ("fine.txt", "appeal.txt"):
                g.remove(articles[gone].document.id)
            assert state(g) == alone, order


# -- the spelling of a common noun ------------------------------------------------------------------
def _nouns() -> dict[str, Extraction]:
    """A common noun written "Late penalties" where one report starts a sentence with it, and
    "late penalties" in two others; the report with the capital comes first."""
    def report(source: str, noun: str) -> Extraction:
        doc = document(f"{noun} cost the Orvane Rovers the cup ({source}).", source)
        return Extraction(doc, [_fact(Entity.make(noun, "CONCEPT"), Entity.make("Orvane Rovers", "ORG"), doc, 0)])

    return {"first.txt": report("first.txt", "Late penalties"), "second.txt": report("second.txt", "late penalties"),
            "third.txt": report("third.txt", "late penalties")}


def test_a_common_noun_is_spelled_as_most_documents_write_it_in_any_order(graph_target):
    """One build names the noun's node as most documents write it ("late penalties"), not as the
    first file does; loaded one report a load, in any order, the node is spelled the same."""
    at_once, bad = differing_orders(graph_target, _nouns())
    assert [n["name"] for n in at_once[0] if n["type"] == "CONCEPT"] == ["late penalties"]
    assert bad == []


def test_removing_the_documents_of_a_common_nouns_spelling_gives_back_the_spelling_left(graph_target):
    """Loaded one report a load in any order, then the two reports that write "late penalties"
    removed: the node is spelled "Late penalties" again, as the remaining report alone gives."""
    articles = _nouns()
    with open_graph(graph_target, create=True) as g:
        alone = loaded(g, articles, ("first.txt",), one_by_one=False)
        for order in itertools.permutations(articles):
            loaded(g, articles, order, one_by_one=True)
            for gone in ("second.txt", "third.txt"):
                g.remove(articles[gone].document.id)
            assert state(g) == alone, order


def test_a_spelling_written_apart_and_joined_to_another_node_counts_towards_the_names_spelling(graph_target):
    """Two reports name the Varden Trophy and write "Trophy" apart, which joins it (the only full
    name of the report ending with the word); two others write the word alone, "trophy" in one
    and "Trophy" in the other. One build spells that node as most documents write the word,
    "Trophy" (three to one), counting the reports that joined it elsewhere; a later load that
    meets the word again counts them too, whatever the order."""
    articles = {
        "final.txt": article("final.txt", "The Varden Trophy final. The Trophy went north.", ("Varden Trophy", "ORG"),
                             ("Trophy", "ORG")),
        "draw.txt": article("draw.txt", "The Varden Trophy draw. The Trophy is old.", ("Varden Trophy", "ORG"),
                            ("Trophy", "ORG")),
        "lower.txt": article("lower.txt", "They lifted the trophy.", ("trophy", "ORG")),
        "upper.txt": article("upper.txt", "Trophy hunters came.", ("Trophy", "ORG")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert "Trophy" in names(at_once) and "trophy" not in names(at_once)
    assert bad == []


def test_a_surname_split_off_a_full_name_keeps_its_own_name_not_an_alias_the_extraction_gave_it(graph_target):
    """A report writes "Brennick", which the extraction gave the alias "Ace"; the corpus names
    Aldo and Kiri Brennick, so one build joins the report's Brennick to neither: a node
    "Brennick" with the alias "Ace". Loaded after Aldo alone, it joined him, and left when Kiri
    came: it must leave as "Brennick", not as the alias that sorts first ("Ace")."""
    articles = {
        "aldo.txt": article("aldo.txt", "Aldo Brennick scored twice.", ("Aldo Brennick", "PERSON")),
        "ace.txt": article("ace.txt", "Brennick, known as Ace, scored.", ("Brennick", "PERSON", ("Ace",))),
        "kiri.txt": article("kiri.txt", "Kiri Brennick saved a penalty.", ("Kiri Brennick", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once)["Brennick"] == ["Ace"]
    assert bad == []


def test_a_clubs_nickname_keeps_its_rule_when_its_name_is_split_off_a_persons(graph_target):
    """A report writes "Everton", read as a person, with the nickname "Toffees" the extraction
    gave it; the corpus names two people surnamed Everton, so one build joins the report's
    Everton to neither, and records "Toffees" on it by the `nickname` rule. Loaded after one of
    them alone, it joined that person, and left when the other came: with the same record."""
    articles = {
        "dana.txt": article("dana.txt", "Dana Everton painted the stand.", ("Dana Everton", "PERSON")),
        "club.txt": article("club.txt", "Everton won; the Toffees were happy.", ("Everton", "PERSON", ("Toffees",))),
        "remy.txt": article("remy.txt", "Remy Everton sold the tickets.", ("Remy Everton", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    (club,) = [n for n in at_once[0] if n["name"] == "Everton"]
    assert [json.loads(m)["rule"] for m in club["merged_by"]] == ["nickname"]
    assert bad == []


def test_a_common_nouns_tie_goes_to_capitals_inside_it_not_at_its_start():
    """Two spellings, each written by as many documents: a capital inside the noun is a proper
    name in it ("Varden Cup holders"), a capital at its start only a sentence's start."""
    from collections import Counter

    from kg.resolve.concepts import leading

    assert leading(Counter({"varden cup holders": 1, "Varden Cup holders": 1})) == "Varden Cup holders"
    assert leading(Counter({"Wet pitches": 1, "wet pitches": 1})) == "wet pitches"
    assert leading(Counter({"Wet pitches": 2, "wet pitches": 1})) == "Wet pitches"


# -- a document that writes two names of one node ------------------------------------------------
def test_a_reports_surname_leaves_a_full_name_its_team_sheets_initial_keeps(graph_target):
    """A match report writes "Quill" in its text and "S Quill" on its team sheet; the corpus
    names Sorrel Quill and, in another profile, Rowan Quill. One build joins the initial to
    Sorrel Quill (rule ``initial``) and keeps the lone surname apart (two full names compete for
    it). Loaded while Sorrel was the only Quill, the report's two names both joined her; when
    Rowan came, the report's whole share left with "Quill", the initial's facts and mention too:
    each fact now says which name its sentence wrote, so only the surname's share leaves."""
    at_once, bad = differing_orders(graph_target, _quills())
    assert names(at_once) == {"Sorrel Quill": ["S Quill"], "Quill": [], "Rowan Quill": []}
    assert bad == []


def _quills() -> dict[str, Extraction]:
    return {
        "sorrel.txt": article("sorrel.txt", "Sorrel Quill signed for the Harriers.", ("Sorrel Quill", "PERSON")),
        "match.txt": article("match.txt", "Quill scored twice. Harriers: S Quill, T Marr.",
                             ("Quill", "PERSON"), ("S Quill", "PERSON")),
        "rowan.txt": article("rowan.txt", "Rowan Quill retired from the Rovers.", ("Rowan Quill", "PERSON")),
    }


def test_removing_the_competing_full_name_gives_back_the_surname_to_the_one_left(graph_target):
    """Loaded one report a load in any order, then Rowan Quill's profile removed: the graph is
    the one the two reports left give, the report's "Quill" and "S Quill" both on Sorrel Quill,
    each with the record one build gives it, and every fact where it was."""
    articles = _quills()
    with open_graph(graph_target, create=True) as g:
        left = loaded(g, articles, ("sorrel.txt", "match.txt"), one_by_one=False)
        assert names(left) == {"Sorrel Quill": ["Quill", "S Quill"]}
        for order in itertools.permutations(articles):
            loaded(g, articles, order, one_by_one=True)
            g.remove(articles["rowan.txt"].document.id)
            assert state(g) == left, order


def test_a_first_name_leaves_a_full_name_its_own_report_reads_as_no_persons(graph_target):
    """A report reads "Maren Holt" as an organisation and writes "Maren" alone; one other
    report reads Maren Holt as a person and one as an organisation. One build types the name
    an organisation (two readings to one) and the report's own ``given-name`` rule joins no
    first name to it. Loaded while the person's reading led, the report's "Maren" joined Maren
    Holt; when the name was retyped, the report's whole share stayed, its first name's too:
    now the first name's share leaves alone, to a node of its own, read as the report read it."""
    articles = {
        "profile.txt": article("profile.txt", "Maren Holt opened the yard. Maren said little.",
                               ("Maren Holt", "ORG"), ("Maren", "PERSON")),
        "person.txt": article("person.txt", "Maren Holt sailed home.", ("Maren Holt", "PERSON")),
        "yard.txt": article("yard.txt", "Maren Holt launched a ferry.", ("Maren Holt", "ORG")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Maren Holt": [], "Maren": []}
    assert bad == []


def test_a_first_name_stays_with_a_full_name_its_own_report_reads_as_a_persons(graph_target):
    """The homonym's other half: the report itself reads Maren Holt as a person, so its own rule
    joins "Maren" to the full name, whatever type most reports give it, in any order."""
    articles = {
        "profile.txt": article("profile.txt", "Maren Holt opened the yard. Maren said little.",
                               ("Maren Holt", "PERSON"), ("Maren", "PERSON")),
        "yard-one.txt": article("yard-one.txt", "Maren Holt launched a ferry.", ("Maren Holt", "ORG")),
        "yard-two.txt": article("yard-two.txt", "Maren Holt cut forty jobs.", ("Maren Holt", "ORG")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Maren Holt": ["Maren"]}
    assert bad == []


def test_a_surname_joins_the_full_name_its_office_picks_in_any_order(graph_target):
    """A speech report writes "President Rusk"; a visit report names President Halden Rusk and a
    court report Ilse Rusk. One build joins the speech's "Rusk" to Halden Rusk by his office
    (rule ``surname-office``: two Rusks compete, one was written with it). Loaded one a load,
    the surname joined the only Rusk stored at the time, and her node then held the speech's
    title as an alias, which made the office hers too; and a surname that stayed with Halden
    Rusk kept the rule ``surname`` once Ilse came. Now a full name's offices are read from its
    own mentions only, and a record takes the rule that keeps the surname there."""
    articles = {
        "visit.txt": article("visit.txt", "President Halden Rusk opened the bridge.",
                             ("Halden Rusk", "PERSON", ("President Halden Rusk",))),
        "speech.txt": article("speech.txt", "President Rusk spoke for an hour.", ("Rusk", "PERSON", ("President Rusk",))),
        "court.txt": article("court.txt", "Ilse Rusk won her appeal.", ("Ilse Rusk", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Halden Rusk": ["President Halden Rusk", "President Rusk", "Rusk"], "Ilse Rusk": []}
    (halden,) = [n for n in at_once[0] if n["name"] == "Halden Rusk"]
    assert {json.loads(m)["alias"]: json.loads(m)["rule"] for m in halden["merged_by"]}["Rusk"] == "surname-office"
    assert bad == []


def test_a_surnames_office_rule_holds_when_a_later_load_asks_for_the_full_name_by_its_first_name(graph_target):
    """The Rusks again, and a choir report naming Halden Brekke. A load asks the graph for the
    stored full names that share a first name with the batch's ("Halden"), so Halden Rusk came
    without Ilse Rusk, and the speech's "Rusk", joined to him by his office, was relabelled
    ``surname`` as if he were the only Rusk. A surname the load did not ask for is left as it
    is: its competitors are not all known."""
    articles = {
        "visit.txt": article("visit.txt", "President Halden Rusk opened the bridge.",
                             ("Halden Rusk", "PERSON", ("President Halden Rusk",))),
        "speech.txt": article("speech.txt", "President Rusk spoke for an hour.", ("Rusk", "PERSON", ("President Rusk",))),
        "court.txt": article("court.txt", "Ilse Rusk won her appeal.", ("Ilse Rusk", "PERSON")),
        "choir.txt": article("choir.txt", "Halden Brekke sang the anthem.", ("Halden Brekke", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Halden Rusk": ["President Halden Rusk", "President Rusk", "Rusk"], "Ilse Rusk": [],
                              "Halden Brekke": []}
    assert bad == []


def test_a_short_form_node_whose_reports_pick_different_full_names_is_shared_between_them(graph_target):
    """A speech writes "President Rusk", a garden report a lone "Rusk"; Halden Rusk is named
    with his office, Ilse Rusk in a court report. One build joins the speech's "Rusk" to Halden
    Rusk by his office and keeps the garden's apart (two Rusks compete). Stored as one "Rusk"
    node before Halden Rusk came, it stayed whole, since its reports disagree; now each report's
    share goes where it picks, and the node keeps the garden's."""
    articles = {
        "court.txt": article("court.txt", "Ilse Rusk won her appeal.", ("Ilse Rusk", "PERSON")),
        "speech.txt": article("speech.txt", "President Rusk spoke for an hour.", ("Rusk", "PERSON", ("President Rusk",))),
        "garden.txt": article("garden.txt", "Rusk planted an oak.", ("Rusk", "PERSON")),
        "visit.txt": article("visit.txt", "President Halden Rusk opened the bridge.",
                             ("Halden Rusk", "PERSON", ("President Halden Rusk",))),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Halden Rusk": ["President Halden Rusk", "President Rusk", "Rusk"], "Ilse Rusk": [],
                              "Rusk": []}
    assert bad == []


def test_a_document_that_writes_a_name_two_ways_keeps_both_records_when_it_is_absorbed(graph_target):
    """A fixture list writes "HARWICK" (untyped) and "Harwick" (an organisation); a report writes
    "Harwick" alone, a person; a profile names Corran Harwick, the only Harwick. One build joins
    all three short forms to him, each name the fixture list wrote with a record of its own.
    Stored as a "Harwick" node before he came, the list's record of "HARWICK" (rule ``type``)
    was taken for its record of the node's own name, and "Harwick" lost its record when the
    node was absorbed: the list's spellings say it wrote both."""
    articles = {
        "report.txt": article("report.txt", "Harwick scored late on.", ("Harwick", "PERSON")),
        "fixtures.txt": article("fixtures.txt", "HARWICK 2 Dunmore 1. Harwick travel next.",
                                ("HARWICK", "OTHER"), ("Harwick", "ORG")),
        "profile.txt": article("profile.txt", "Corran Harwick signed a new deal.", ("Corran Harwick", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Corran Harwick": ["HARWICK", "Harwick"]}
    assert bad == []


def test_an_initial_form_beside_its_full_name_keeps_the_document_rule_when_the_full_name_becomes_a_persons(graph_target):
    """A match report writes "Dorin Vane", read as a place, and "D Vane" on its team sheet; two
    profiles read Dorin Vane as a person. One build joins the sheet's initial to him by the
    rule ``document-initial`` (its document writes the full name itself). Loaded first, the
    report kept "D Vane" apart (no person of that name yet); when the profiles made Dorin Vane a
    person's name, the initial joined him by the corpus rule ``initial``."""
    articles = {
        "match.txt": article("match.txt", "Dorin Vane ran in the try. Harriers: D Vane, T Marr.",
                             ("Dorin Vane", "GPE"), ("D Vane", "OTHER")),
        "profile.txt": article("profile.txt", "Dorin Vane grew up by the sea.", ("Dorin Vane", "PERSON")),
        "column.txt": article("column.txt", "Dorin Vane deserves a cap.", ("Dorin Vane", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    (vane,) = [n for n in at_once[0] if n["name"] == "Dorin Vane"]
    assert {json.loads(m)["alias"]: json.loads(m)["rule"] for m in vane["merged_by"]}["D Vane"] == "document-initial"
    assert bad == []


def test_a_surname_leaving_a_full_name_its_report_also_wrote_leaves_the_full_names_records(graph_target):
    """A report writes "Teodor Blane's" (read as a place) and "Blane" alone; a profile reads
    Teodor Blane as a person, another names Kasia Blane. One build keeps the report's "Blane"
    apart (two Blanes compete) and its "Teodor Blane's" on Teodor Blane. Loaded while Teodor was
    the only Blane, the surname joined him; when Kasia came, the report's whole share left with
    it, the full name's record, reading and mention too. The report's record of the full name
    says it wrote it: only the surname's share leaves."""
    articles = {
        "report.txt": article("report.txt", "Teodor Blane's pass found Blane again.",
                              ("Teodor Blane", "GPE", ("Teodor Blane's",)), ("Blane", "PERSON")),
        "profile.txt": article("profile.txt", "Teodor Blane grew up by the sea.", ("Teodor Blane", "PERSON")),
        "rival.txt": article("rival.txt", "Kasia Blane won the sprint.", ("Kasia Blane", "PERSON")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Teodor Blane": ["Teodor Blane's"], "Blane": [], "Kasia Blane": []}
    assert bad == []


def test_a_last_word_joins_its_documents_full_name_once_a_later_load_makes_it_no_places(graph_target):
    """A report writes "the Marden Open" and "the Open", both read as events; a preview reads
    Marden Open as a place and a result as an event. One build types the name an event (two
    readings to one) and the report's own ``same-document`` rule joins its "Open" to it. Loaded
    while the place's reading led (a place's name takes no last word), "Open" stayed a node of
    its own; now it joins the full name when a later load makes it no place's."""
    articles = {
        "preview.txt": article("preview.txt", "Marden Open is on the coast.", ("Marden Open", "LOC")),
        "report.txt": article("report.txt", "Rhee won the Marden Open. The Open drew big crowds.",
                              ("Marden Open", "EVENT"), ("Open", "EVENT", ("the Open",))),
        "result.txt": article("result.txt", "Okafor reached the Marden Open final.", ("Marden Open", "EVENT")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Marden Open": ["Open", "the Open"]}
    assert bad == []


def test_an_acronym_its_own_report_gives_two_full_names_stays_apart_in_any_order(graph_target):
    """Two appeals write "HRF" beside the Harbour Relief Fund (rule ``acronym``); a third report
    writes "HRF" beside both a Harbour Relief Fund and a misspelt Harbor Relief Fund. One build
    learns the acronym from the two appeals but keeps the third report's "HRF" apart: its own
    names give it two full names, and the learned ``alias`` rule is for a short form whose
    document gives it none. Stored before the appeals came, it was absorbed with them."""
    articles = {
        "appeal.txt": article("appeal.txt", "The Harbour Relief Fund (HRF) raised money.",
                              ("Harbour Relief Fund", "ORG"), ("HRF", "ORG")),
        "total.txt": article("total.txt", "The Harbour Relief Fund said HRF donors gave more.",
                             ("Harbour Relief Fund", "ORG"), ("HRF", "ORG")),
        "warning.txt": article("warning.txt", "HRF warned of fake Harbor Relief Fund and Harbour Relief Fund sites.",
                               ("HRF", "ORG"), ("Harbor Relief Fund", "ORG"), ("Harbour Relief Fund", "ORG")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Harbour Relief Fund": ["HRF"], "HRF": [], "Harbor Relief Fund": []}
    assert bad == []


def test_a_last_word_joins_the_one_full_name_its_document_reads_as_no_place(graph_target):
    """The report also writes "the Velling Open", read there as a place, which most reports read
    as an event. One build reads the report's full names as the report and the corpus read them
    together: the Velling Open is a place's name there, and takes no last word, so "Open" joins
    the Marden Open. When a later load made the Marden Open an event's, the Velling Open counted
    as an event alone, and two full names seemed to compete for "Open"."""
    articles = {
        "preview.txt": article("preview.txt", "Marden Open is on the coast; the Velling Open follows.",
                               ("Marden Open", "LOC"), ("Velling Open", "EVENT")),
        "report.txt": article("report.txt", "Rhee won the Marden Open. The Open beat the Velling Open.",
                              ("Marden Open", "EVENT"), ("Open", "EVENT", ("the Open",)), ("Velling Open", "LOC")),
        "result.txt": article("result.txt", "Okafor reached the Marden Open final.", ("Marden Open", "EVENT")),
        "draw.txt": article("draw.txt", "The Velling Open draw was made.", ("Velling Open", "EVENT")),
    }
    at_once, bad = differing_orders(graph_target, articles)
    assert names(at_once) == {"Marden Open": ["Open", "the Open"], "Velling Open": []}
    assert bad == []


def test_an_initial_forms_own_alias_is_no_reading_of_its_own_when_its_full_name_is_retyped(graph_target):
    """Two match reports each write "Dafydd Pellow", read as an organisation, and "D Pellow", a
    person, whose alias the extraction gave is "Pellow"; a profile reads Dafydd Pellow as a
    person. One build joins each report's initial form, and its alias with it, by the rule
    ``document-initial``, and records the one reading the report wrote: "D Pellow" a person. A
    load that later retypes the stored full name to an organisation had recorded "Pellow" as a
    second reading: the report wrote no "Pellow" of its own (its kept spellings say so)."""
    def report(source: str) -> Extraction:
        return article(source, f"Dafydd Pellow scored twice ({source}). Rovers: D Pellow, K Amory.",
                       ("Dafydd Pellow", "ORG"), ("D Pellow", "PERSON", ("Pellow",)))

    articles = {
        "profile.txt": article("profile.txt", "Dafydd Pellow grew up in the valleys.", ("Dafydd Pellow", "PERSON")),
        "report-one.txt": report("report-one.txt"),
        "report-two.txt": report("report-two.txt"),
    }
    at_once, bad = differing_orders(graph_target, articles)
    (pellow,) = [n for n in at_once[0] if n["name"] == "Dafydd Pellow"]
    assert pellow["type"] == "ORG"
    assert sorted(json.loads(t)["name"] for t in pellow["other_types"]) == ["D Pellow", "D Pellow", "Dafydd Pellow"]
    assert bad == []
