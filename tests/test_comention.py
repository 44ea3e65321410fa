"""Short forms a document explains itself (kg.resolve.comention), the named entities a document
mentions without a fact, and names of things cleaned: sentences and names of our own writing,
homonyms included (two full names a short form could shorten leave it alone)."""

from __future__ import annotations

import json

import pytest
from factories import document

from kg.extract import extract_text
from kg.io import read_jsonl, write_jsonl_file
from kg.model import Entity, Extraction, Fact
from kg.pipeline import open_graph
from kg.resolve.comention import DocumentNames, FullName, initials
from kg.resolve.corpus import resolve_corpus
from kg.resolve.names import canonical_name

COUNCIL = Entity.make("city council", "CONCEPT")


def article(source: str, *entities: Entity) -> Extraction:
    """A document whose entities each met the city council (one fact each)."""
    doc = document(f"{source}: " + "; ".join(f"{e.name} met the council" for e in entities), source)
    facts = [Fact(subject=e, relation="MEET", predicate="meet", text="met", object=COUNCIL, confidence=0.8,
                  doc_id=doc.id, sentence=n, char_start=n, char_end=n + 1, evidence=f"{e.name} met the council")
             for n, e in enumerate(entities)]
    return Extraction(doc, facts)


def ent(name: str, type_: str = "PERSON", *aliases: str) -> Entity:
    return Entity.make(name, type_, aliases)


def targets(*docs: Extraction) -> dict[tuple[str, str], tuple[str, str]]:
    """(document source, name as written) → (node name, rule that joined it)."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for before, after in zip(docs, resolve_corpus(list(docs)), strict=True):
        for old, new in zip(before.facts, after.facts, strict=True):
            rules = {json.loads(r)["rule"] for r in new.subject.merged_by
                     if json.loads(r)["alias"] == old.subject.name and json.loads(r)["doc"] == before.document.id}
            out[(before.document.source, old.subject.name)] = (new.subject.name, ",".join(sorted(rules)))
    return out


# -- acronyms ---------------------------------------------------------------------------------------
def test_initials_skip_the_small_words():
    assert initials("London Stock Exchange") == "LSE"
    assert initials("Bank of England") == "BE"
    assert initials("Hewlett-Packard") == "HP"


def test_an_acronym_joins_the_name_its_document_spells_out():
    found = targets(article("a.txt", ent("Northgate Rail Authority", "ORG"), ent("NRA", "ORG")))
    assert found[("a.txt", "NRA")] == ("Northgate Rail Authority", "acronym")


def test_two_names_with_the_same_initials_leave_the_acronym_alone():
    found = targets(article("a.txt", ent("Northgate Rail Authority", "ORG"),
                            ent("National Rowing Association", "ORG"), ent("NRA", "ORG")))
    assert found[("a.txt", "NRA")] == ("NRA", "")


def test_a_person_has_no_acronym():
    found = targets(article("a.txt", ent("Jane Kirby"), ent("JK", "ORG")))
    assert found[("a.txt", "JK")][0] == "JK"


def test_an_acronym_alone_joins_the_one_name_other_documents_gave_it():
    spelt = article("a.txt", ent("Northgate Rail Authority", "ORG"), ent("NRA", "ORG"))
    again = article("a2.txt", ent("Northgate Rail Authority", "ORG"), ent("NRA", "ORG"))
    alone = article("b.txt", ent("NRA", "ORG"))
    # One article's spelling is not enough (its "GM" may be a Giuseppe Morchio); two agree.
    assert targets(spelt, alone)[("b.txt", "NRA")] == ("NRA", "")
    assert targets(spelt, again, alone)[("b.txt", "NRA")] == ("Northgate Rail Authority", "alias")
    # Another document spells NRA another way: the two compete, and b's NRA joins neither.
    other = article("c.txt", ent("National Rowing Association", "ORG"), ent("NRA", "ORG"))
    found = targets(spelt, again, alone, other)
    assert found[("b.txt", "NRA")][0] == "NRA"
    assert found[("c.txt", "NRA")][0] == "National Rowing Association"


def test_a_club_alone_is_the_one_club_of_that_designator_and_a_persons_name_is_never_learned():
    named = [article(f"{n}.txt", ent("Harlow United", "PERSON"), ent("United", "ORG")) for n in "ab"]
    alone = article("c.txt", ent("United", "ORG"))
    assert targets(*named, alone)[("c.txt", "United")] == ("Harlow United", "alias")
    # "Act" beside the Clean Water Act is no designator; "Ford" beside Bill Ford is a surname.
    acts = [article(f"{n}.txt", ent("Clean Water Act", "ORG"), ent("Act", "ORG"),
                    ent("Bill Fordham", "ORG"), ent("Fordham", "ORG")) for n in "ab"]
    found = targets(*acts, article("c.txt", ent("Act", "ORG"), ent("Fordham", "ORG")), article("d.txt", ent("Bill Kay")))
    assert found[("c.txt", "Act")][0] == "Act" and found[("c.txt", "Fordham")][0] == "Fordham"


# -- surnames, given names and initials in the same document ----------------------------------
def test_a_surname_joins_the_full_name_of_its_document_whatever_the_model_typed_it():
    # The small model reads a runner's full name as an organisation now and then.
    found = targets(article("a.txt", ent("Alice Cragwell", "ORG"), ent("Cragwell")))
    assert found[("a.txt", "Cragwell")] == ("Alice Cragwell", "same-document")


def test_two_brothers_in_one_document_keep_the_surname_apart():
    found = targets(article("a.txt", ent("Gary Nevin"), ent("Phil Nevin"), ent("Nevin")))
    assert found[("a.txt", "Nevin")] == ("Nevin", "")


def test_a_courtesy_title_picks_the_wife_in_a_document_naming_both():
    # Tony is "Mr Blair" elsewhere; in a document naming Tony and Cherie, "Mrs Blair" is Cherie.
    said = article("x.txt", ent("Tony Blair", "PERSON", "Mr Blair"))
    both = article("a.txt", ent("Tony Blair"), ent("Cherie Blair"), ent("Blair", "PERSON", "Mrs Blair"))
    assert targets(said, both)[("a.txt", "Blair")] == ("Cherie Blair", "same-document")


def test_a_document_beats_the_corpus_for_a_surname():
    # The corpus knows one Howard (Michael) but this article names John Howard.
    elsewhere = article("m.txt", ent("Michael Howard"))
    here = article("a.txt", ent("John Howard"), ent("Howard"))
    assert targets(elsewhere, here)[("a.txt", "Howard")] == ("John Howard", "same-document")


def test_a_given_name_alone_is_the_person_the_document_names():
    found = targets(article("a.txt", ent("Tara Quinlan"), ent("Tara")))
    assert found[("a.txt", "Tara")] == ("Tara Quinlan", "given-name")


def test_a_given_name_two_people_share_stays_apart():
    found = targets(article("a.txt", ent("Tara Quinlan"), ent("Tara Moss"), ent("Tara")))
    assert found[("a.txt", "Tara")][0] == "Tara"
    # "John" beside John Keane and Elton John: a given name of one, the surname of the other.
    found = targets(article("b.txt", ent("John Keane"), ent("Elton John"), ent("John")))
    assert found[("b.txt", "John")][0] == "John"


def test_an_initial_and_a_surname_join_the_name_that_starts_with_it():
    found = targets(article("a.txt", ent("Ryan Jonas"), ent("Stephen Jonas"), ent("R Jonas", "OTHER"),
                            ent("S Jonas", "OTHER")))
    # The document writes both full names itself: its own rule, not the corpus's `initial`.
    assert found[("a.txt", "R Jonas")] == ("Ryan Jonas", "document-initial")
    assert found[("a.txt", "S Jonas")] == ("Stephen Jonas", "document-initial")


def test_an_initial_joins_across_documents_only_when_one_name_fits():
    team_sheet = article("sheet.txt", ent("F Pellow", "OTHER"), ent("D Pellow", "OTHER"))
    report = article("report.txt", ent("Fabien Pellow"), ent("Dan Pellow"))
    found = targets(team_sheet, report)
    assert found[("sheet.txt", "F Pellow")] == ("Fabien Pellow", "initial")
    assert found[("sheet.txt", "D Pellow")] == ("Dan Pellow", "initial")
    two = targets(team_sheet, report, article("c.txt", ent("Frank Pellow")))
    assert two[("sheet.txt", "F Pellow")][0] == "F Pellow"


# -- organisations' short forms -----------------------------------------------------------------
def test_an_organisation_without_its_designator_is_the_organisation():
    found = targets(article("a.txt", ent("Brightmoor Studios", "ORG"), ent("Brightmoor", "ORG")))
    assert found[("a.txt", "Brightmoor")] == ("Brightmoor Studios", "short-form")


def test_a_first_word_that_is_no_designator_drop_joins_nothing():
    # Sony Ericsson is not Sony; London Stock Exchange is not London.
    found = targets(article("a.txt", ent("Sonar Ericsen", "ORG"), ent("Sonar", "ORG"),
                            ent("Leeds Stock Exchange", "ORG"), ent("Leeds", "GPE")))
    assert found[("a.txt", "Sonar")][0] == "Sonar"
    assert found[("a.txt", "Leeds")][0] == "Leeds"


def test_a_place_is_no_short_form_of_another_place():
    found = targets(article("a.txt", ent("Northern Ireland", "GPE"), ent("Ireland", "GPE")))
    assert found[("a.txt", "Ireland")][0] == "Ireland"


def test_a_nationality_is_no_short_form():
    names = DocumentNames.of([FullName("british and irish lions", "British and Irish Lions", frozenset({"ORG"})),
                              FullName("south koreans", "South Koreans", frozenset({"NORP"}))])
    assert names.full_name_of("Irish", "NORP") == []
    assert names.full_name_of("South Kor", "GPE") == []
    assert names.full_name_of("Lions", "ORG") == [("british and irish lions", "same-document")]


# -- names written short, word for word ----------------------------------------------------------
def test_a_club_written_short_word_for_word_is_the_club_its_document_names():
    # A results table: "Dunmore United 2 Kelham Forest 1", then "Dunmore Utd" and "Kelham For".
    found = targets(article("a.txt", ent("Dunmore United"), ent("Dunmore Utd", "OTHER"),
                            ent("Kelham Forest", "ORG"), ent("Kelham Fst", "ORG")))
    assert found[("a.txt", "Dunmore Utd")] == ("Dunmore United", "contraction")
    assert found[("a.txt", "Kelham Fst")] == ("Kelham Forest", "contraction")


def test_two_clubs_a_short_form_could_stand_for_leave_it_alone():
    found = targets(article("a.txt", ent("Dunmore United", "ORG"), ent("Dunstable United", "ORG"),
                            ent("Dun Utd", "ORG")))
    assert found[("a.txt", "Dun Utd")][0] == "Dun Utd"


@pytest.mark.parametrize(("short", "full", "type_"), [
    ("Jon Ashby", "John Ashby", "OTHER"),  # a given name: two people, whatever the model read
    ("Mat Orrell", "Matthias Orrell", "PERSON"),  # read as a person, no club's designator
    ("Dunmore Utd", "Dunmore Athletic", "ORG"),  # the letters are not in the word
    ("Grand Slam", "Grand Slams", "OTHER"),  # an inflection, not a word written short
    ("Bank of America", "Bank of American", "ORG"),
])
def test_what_is_no_contraction_joins_nothing(short, full, type_):
    found = targets(article("a.txt", ent(full, type_), ent(short, type_)))
    assert found[("a.txt", short)][0] == short


def test_a_short_form_alone_joins_the_club_other_documents_wrote_it_for():
    docs = [article(f"{n}.txt", ent("Dunmore United", "ORG"), ent("Dunmore Utd", "ORG")) for n in "ab"]
    found = targets(*docs, article("c.txt", ent("Dunmore Utd", "ORG")))
    assert found[("c.txt", "Dunmore Utd")] == ("Dunmore United", "alias")


# -- a possessor read into a name -------------------------------------------------------------
def signing(source: str = "a.txt") -> Extraction:
    """"Redbridge's Okafor was sent off. Okafor will not appeal, Redbridge said.", with the first
    name read as one organisation, as the small model reads "Club's Player" now and then."""
    return article(source, ent("Redbridge 's Okafor", "ORG", "Redbridge's Okafor"), ent("Okafor"),
                   ent("Redbridge", "ORG"))


def test_a_possessor_the_document_names_alone_is_no_part_of_the_name():
    found = targets(signing())
    assert found[("a.txt", "Redbridge 's Okafor")] == ("Okafor", "possessive")
    assert found[("a.txt", "Okafor")][0] == "Okafor"
    (ex,) = resolve_corpus([signing()])
    assert {e.name: e.type for e in ex.entities if e.type != "CONCEPT"} == {"Okafor": "PERSON", "Redbridge": "ORG"}


def test_the_player_named_through_his_club_is_the_player_of_another_document():
    ex_a, ex_b = resolve_corpus([signing(), article("b.txt", ent("Okafor"))])
    assert ex_a.facts[0].subject.id == ex_b.facts[0].subject.id


@pytest.mark.parametrize("names", [
    # "Fenwick's Bakery" beside "Fenwick's": no "Bakery" alone, so the possessive is in the name.
    ("Fenwick 's Bakery", "Fenwick 's"),
    # "Children's Northgate" beside "Northgate": no "Children" alone.
    ("Children 's Northgate", "Northgate"),
])
def test_a_possessive_that_is_part_of_a_name_stays(names):
    found = targets(article("a.txt", *(ent(n, "ORG") for n in names)))
    assert found[("a.txt", names[0])][0] == names[0]


# -- names a document mentions without a fact ---------------------------------------------------
TEXT = ("Harwick Foods said on Monday that it was pleased. "
        "Among the guests at the launch were Dana Whitfield and the Kestrel Trust.")


def test_a_name_in_no_fact_is_still_a_node_mentioned_by_its_document(tmp_path):
    ex = extract_text(TEXT, "launch.txt")
    assert "Harwick Foods" not in {e.name for f in ex.facts for e in (f.subject, f.object)}
    assert "Harwick Foods" in {e.name for e in ex.mentions}
    with open_graph(str(tmp_path / "g.lbug"), create=True) as g:
        g.load([ex])
        rows = g.query("MATCH (e:Entity {name: 'Harwick Foods'})-[:MENTIONED_IN]->(d:Document) "
                       "RETURN e.type, d.source").rows
    assert rows == [["ORG", "launch.txt"]]


def test_a_facts_file_keeps_the_mentions(tmp_path):
    ex = extract_text(TEXT, "launch.txt")
    path = str(tmp_path / "facts.jsonl")
    write_jsonl_file([ex], path)
    (back,) = read_jsonl(path)
    assert {e.id for e in back.entities} == {e.id for e in ex.entities}
    assert back.facts == ex.facts


def test_titles_are_no_nodes_of_their_own():
    ex = extract_text("Actress Ruth Marlowe has died at 80. Marlowe starred in six films.", "m.txt")
    assert "Actress" not in {e.name for e in ex.mentions}
    assert "Ruth Marlowe" in {e.name for e in ex.mentions}


# -- names of things cleaned --------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "type_", "clean"), [
    ("non-League Yeovale", "ORG", "Yeovale"), ("ex-Rovers Ian Wright", "PERSON", "Ian Wright"),
    ("Bookmakers Hillbrooke", "ORG", "Hillbrooke"), ("Comic Joe Pascoe", "PERSON", "Joe Pascoe"),
    ("al-Jazeera Television", "ORG", "al-Jazeera Television"), ("Bookmakers", "ORG", "Bookmakers"),
])
def test_a_description_in_front_of_a_name_is_no_part_of_it(raw, type_, clean):
    assert canonical_name(raw, type_) == clean


# -- a surname the tagger read as a common noun ---------------------------------------------------
def test_a_capitalised_surname_read_as_a_noun_is_the_person_the_document_names():
    # The small model tags the second "Banks" a NOUN: without the rule it was a node "banks".
    ex = extract_text("Soap star Hilda Banks dies. Banks starred in nine of the episodes. "
                      "Banks died in Bergen on Sunday evening.", "obit.txt")
    names = {e.name for f in ex.facts for e in (f.subject, f.object)}
    assert "Hilda Banks" in names and "banks" not in names



def test_both_stores_hold_a_name_in_no_fact_and_removing_its_document_takes_it(graph_target):
    ex = extract_text(TEXT, "launch.txt")
    names = "MATCH (e:Entity) RETURN e.name ORDER BY e.name"
    with open_graph(graph_target, create=True) as g:
        g.load([ex])
        assert "Harwick Foods" in {r[0] for r in g.query(names).rows}
        g.store.remove_document(ex.document.id)
        assert g.query(names).rows == []


def test_any_document_order_gives_the_same_targets():
    docs = [article("a.txt", ent("Northgate Rail Authority", "ORG"), ent("NRA", "ORG")),
            article("b.txt", ent("NRA", "ORG"), ent("Brightmoor", "ORG")),
            article("c.txt", ent("Brightmoor Studios", "ORG"), ent("Brightmoor", "ORG"), ent("F Pellow", "OTHER")),
            article("d.txt", ent("Fabien Pellow"), ent("Tara Quinlan"), ent("Tara")),
            article("e.txt", ent("Northgate Rail Authority", "ORG"), ent("NRA", "ORG"),
                    ent("Brightmoor Studios", "ORG"), ent("Brightmoor", "ORG"))]
    forward = targets(*docs)
    assert targets(*docs[::-1]) == forward
    assert forward[("b.txt", "NRA")] == ("Northgate Rail Authority", "alias")
    assert forward[("b.txt", "Brightmoor")] == ("Brightmoor Studios", "alias")
    assert forward[("c.txt", "F Pellow")] == ("Fabien Pellow", "initial")


def test_a_fixture_is_two_clubs():
    # The model reads "Plymouth v Everton" as one organisation, and "v" as its head.
    ex = extract_text("The draw for the fourth round was made on Monday.\n\nPlymouth v Everton\n"
                      "Burnley v Liverpool\n", "draw.txt")
    names = {e.name for e in ex.mentions}
    assert {"Plymouth", "Everton", "Burnley", "Liverpool"} <= names
    assert not any(" v " in name for name in names)


def test_exports_of_a_facts_file_and_of_a_graph_keep_a_name_in_no_fact(tmp_path):
    from kg.analytics import to_networkx

    ex = extract_text(TEXT, "launch.txt")
    path = str(tmp_path / "facts.jsonl")
    write_jsonl_file([ex], path)
    with open_graph(str(tmp_path / "g.lbug"), create=True) as g:
        g.load([ex])
        from_graph = to_networkx(g)
    for graph in (to_networkx(path), from_graph, to_networkx([ex])):
        assert "Harwick Foods" in {data["name"] for _, data in graph.nodes(data=True)}


# -- a club named after its town --------------------------------------------------------------
def test_a_town_beside_the_club_named_after_it_is_the_club():
    # "Kelham FC were sold on Monday... Kelham lost again": which reading it is, the document's
    # parse says (kg.resolve.clubs, tests/test_resolve_unseen.py); names alone join nothing.
    found = targets(article("a.txt", ent("Kelham FC", "ORG"), ent("Kelham", "GPE"),
                            ent("Dunmore United", "OTHER"), ent("Dunmore", "ORG")))
    assert found[("a.txt", "Kelham")][0] == "Kelham"
    assert found[("a.txt", "Dunmore")][0] == "Dunmore"
    text = "Oxford United sacked their manager on Monday. Oxford have won only twice since August."
    (ex,) = resolve_corpus([extract_text(text, "oxford.txt")])
    assert "Oxford" in {e.name: e for e in ex.mentions}["Oxford United"].aliases


def test_a_town_stays_a_town_beside_a_place_or_a_company_named_after_it():
    # Dunmore City is a city; Leeds Stock Exchange and Kelham Studios are no clubs.
    found = targets(article("a.txt", ent("Dunmore City", "GPE"), ent("Dunmore", "GPE"),
                            ent("Kelham Studios", "ORG"), ent("Kelham", "GPE")))
    assert found[("a.txt", "Dunmore")][0] == "Dunmore"
    assert found[("a.txt", "Kelham")][0] == "Kelham"


def test_a_town_alone_is_never_learned_as_the_club_of_other_documents():
    docs = [article(f"{n}.txt", ent("Kelham FC", "ORG"), ent("Kelham", "GPE")) for n in "ab"]
    found = targets(*docs, article("c.txt", ent("Kelham", "GPE")))
    assert found[("c.txt", "Kelham")][0] == "Kelham"


def test_a_name_of_several_words_without_its_designator_is_the_organisation():
    # "Harrow Media Group ... shares in Harrow Media rose"; Harrow alone is not made its short form.
    found = targets(article("a.txt", ent("Harrow Media Group", "ORG"), ent("Harrow Media", "ORG"),
                            ent("Harrow", "ORG"), ent("Ellis Park Holdings", "PERSON"), ent("Ellis Park", "PERSON")))
    assert found[("a.txt", "Harrow Media")] == ("Harrow Media Group", "short-form")
    assert found[("a.txt", "Harrow")][0] == "Harrow"
    assert found[("a.txt", "Ellis Park")][0] == "Ellis Park"  # read as people: no designator drop
