"""The silver role census (kg.eval.rolecensus): its detector and its check, on sentences of our own."""

from __future__ import annotations

import pytest

from kg.eval.rolecensus import census, detect, main, sentences
from kg.model import Document, Entity, Fact


@pytest.mark.parametrize(("sentence", "name", "title", "pattern"), [
    ("Nordbank chief executive Tom Reed said profits rose.", "Tom Reed", "chief executive", "prenominal"),
    ("Tom Reed, Nordbank's chairman, resigned.", "Tom Reed", "chairman", "apposition-after"),
    ("Tom Reed, the chief executive of Nordbank, resigned.", "Tom Reed", "chief executive", "apposition-after"),
    ("The chairman, Anna Berg, disagreed.", "Anna Berg", "chairman", "apposition-before"),
    ("Vexa Holdings named Lars Holm as its new finance director.", "Lars Holm", "finance director", "appointed-as"),
    ("Mette Dahl was appointed chief executive last week.", "Mette Dahl", "chief executive", "appointed-as"),
    ("Lars Holm, who is chairman of Vexa Holdings, spoke.", "Lars Holm", "chairman", "who-is"),
    ("Former coach Erik Lund left Bergen.", "Erik Lund", "coach", "qualified"),
    ("Bergen signed striker Per Moen of Tromso on Monday.", "Per Moen", "striker", "title-name-of"),
    ("Prime Minister Ola Berg met the union.", "Ola Berg", "prime minister", "capital-title"),
    ("Nordbank's chief executive Tom Reed smiled.", "Tom Reed", "chief executive", "possessive"),
    ("Erik Lund stepped down as manager in May.", "Erik Lund", "manager", "as-title"),
    ("The part went to actress and singer Anna Berg.", "Anna Berg", "actress", "coordinated"),
])
def test_detect_reads_each_pattern(sentence: str, name: str, title: str, pattern: str) -> None:
    assert [(h.name, h.title, h.pattern) for h in detect("d", sentence)] == [(name, title, pattern)]


@pytest.mark.parametrize("sentence", [
    "The chairman of Nordbank Group said so.",      # an organisation, not a person
    "Nordbank chief executive Tom said profits rose.",  # one word is no full name
    "Tom Reed said the coach was tired.",            # no title given to the name
])
def test_detect_leaves_no_role(sentence: str) -> None:
    assert list(detect("d", sentence)) == []


def test_detect_reads_each_name_of_a_list() -> None:
    hits = list(detect("d", "Bergen praised strikers Per Moen, Tom Reed and Ola Dahl."))
    assert [(h.name, h.title, h.pattern) for h in hits] == [
        ("Per Moen", "strikers", "list"), ("Tom Reed", "strikers", "list"), ("Ola Dahl", "strikers", "list")]


def test_detect_reads_a_surname_only_when_the_text_names_the_person_in_full() -> None:
    text = "Tom Reed joined Bergen in May. Later coach Reed said the squad was tired."
    assert [(h.name, h.title, h.pattern) for h in detect("d", text)] == [("Reed", "coach", "surname")]
    assert list(detect("d", "Later coach Reed said the squad was tired.")) == []


def test_sentences_split_at_end_marks_and_paragraphs() -> None:
    assert sentences('He left. "She stayed." Then\nit rained.') == ["He left.", '"She stayed."', "Then", "it rained."]


def _role(name: str, relation: str, predicate: str, obj: str, evidence: str) -> Fact:
    return Fact(subject=Entity.make(name, "PERSON"), relation=relation, predicate=predicate, text=predicate,
                object=Entity.make(obj, "ORG"), confidence=1.0, doc_id="d", sentence=0, char_start=0,
                char_end=0, evidence=evidence)


TEXT = "Nordbank chief executive Tom Reed said profits rose. Tom Reed, Nordbank's chairman, resigned."


def test_census_finds_a_role_in_its_sentence_or_elsewhere_in_the_article() -> None:
    doc = Document(id="d", source="a.txt", title="", text=TEXT)
    fact = _role("Tom Reed", "HEAD", "chief executive", "Nordbank", "Nordbank chief executive Tom Reed said profits rose.")
    result = census([doc, fact])
    assert [(h.pattern, s, a) for h, s, a in zip(result.hits, result.in_sentence, result.in_article, strict=True)] == [
        ("prenominal", True, True), ("apposition-after", False, True)]
    # "chairman" is HEAD too: the article holds that role, though not from the second sentence
    assert result.rows() == [("apposition-after", 1, 0, 1), ("prenominal", 1, 1, 1)]


def test_census_needs_a_title_word_shared() -> None:
    doc = Document(id="d", source="a.txt", title="", text=TEXT)
    wrong = _role("Tom Reed", "IS_A", "be", "banker", "Nordbank chief executive Tom Reed said profits rose.")
    assert census([doc, wrong]).in_article == [False, False]


def test_cli_prints_the_table_by_class(tmp_path, capsys) -> None:
    from kg.io import write_jsonl_file
    from kg.model import Extraction

    article = tmp_path / "a.txt"
    article.write_text("Headline\n\n" + TEXT + "\n")
    doc = Document(id="d", source=str(article), title="", text="")
    path = tmp_path / "facts.jsonl"
    write_jsonl_file([Extraction(document=doc, facts=[])], str(path))
    assert main([str(path), "--show", "missed"]) == 0
    out = capsys.readouterr().out
    assert "| prenominal | 1 | 0 | 0.000 |" in out
    assert "- [apposition-after] Tom Reed | chairman |" in out
