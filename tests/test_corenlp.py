"""The optional CoreNLP engine (kg.extract.corenlp, ``--corenlp``) against a real CoreNLP server.

The server is ``CORENLP_URL`` when set (not ``KG_CORENLP_URL``: that one turns CoreNLP on for
every ``kg build`` of the suite), else one ``docker/corenlp-local.sh start`` starts for
the session (Java 17 + Maven; its first start fetches CoreNLP, about 500 MB, and loading the KBP
and coref models takes a minute and about 6 GB); without Java or Maven these tests skip.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.tokens import Token
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError
from kg.extract import corenlp
from kg.extract.corenlp import Annotated, annotate, check_server, corenlp_facts, settled
from kg.extract.nlp import load_model
from kg.extract.registry import ablated
from kg.io import read_jsonl
from kg.model import Chain, Document, Entity
from kg.pipeline import extract
from kg.resolve.coreference import chains_at, coreferent

SCRIPT = Path(__file__).resolve().parents[1] / "docker" / "corenlp-local.sh"
# Invented: a firm, its new head, and a quote he gives.
TEXT = ('Vexa Holdings has named Tom Reed as its new chief executive. "We will open three new stores '
        'in Bergen next year," said Mr Reed, who joined the firm in 2001.\n')


@pytest.fixture(scope="module")
def corenlp_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if os.environ.get("CORENLP_URL"):
        yield os.environ["CORENLP_URL"]
        return
    if not (shutil.which("java") and shutil.which("mvn")):
        pytest.skip("docker/corenlp-local.sh needs java and mvn on PATH")
    env = {**os.environ, "KG_CORENLP_STATE": str(tmp_path_factory.mktemp("corenlp-state"))}
    env.pop("KG_CORENLP_URL", None)
    run = subprocess.run(["bash", str(SCRIPT), "start"], capture_output=True, text=True, timeout=1800, env=env,
                         stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stderr[-800:]
    try:
        yield run.stdout.strip().partition("=")[2]
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop"], capture_output=True, timeout=120, env=env,
                       stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def annotated(corenlp_url: str) -> Annotated:
    document = Document("doc-vexa", "vexa.txt", "Vexa", TEXT)
    return Annotated(document, annotate(corenlp_url, TEXT))


@pytest.mark.slow
def test_kbp_title_becomes_a_role_at_the_employer(annotated: Annotated) -> None:
    facts = {(f.subject.name, f.relation, f.predicate, f.object.name) for f in corenlp_facts(annotated)}
    assert ("Tom Reed", "ROLE", "chief executive", "Vexa Holdings") in facts


@pytest.mark.slow
def test_quote_speaker_says_the_quoted_words(annotated: Annotated) -> None:
    said = [f for f in corenlp_facts(annotated) if f.relation == "SAY"]
    assert [(f.subject.name, f.object.name) for f in said] == [
        ("Tom Reed", "We will open three new stores in Bergen next year,")]
    assert said[0].evidence.startswith('"We will open') and said[0].extractor.startswith("corenlp")


@pytest.mark.slow
def test_quote_of_an_unnamed_speaker_is_nobody_s(corenlp_url: str) -> None:
    text = ('Shares in Vexa Holdings fell 4% on Monday. "The market has lost patience with the board," '
            'one trader in Bergen said.\n')
    doc = Annotated(Document("doc-trader", "trader.txt", "Vexa", text), annotate(corenlp_url, text))
    assert [f for f in corenlp_facts(doc) if f.relation == "SAY"] == []


@pytest.mark.slow
def test_extract_with_corenlp_writes_its_facts(corenlp_url: str, tmp_path: Path) -> None:
    src, out = tmp_path / "vexa.txt", tmp_path / "facts.jsonl"
    src.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "--corenlp", corenlp_url])
    assert result.exit_code == 0, result.output
    facts = [f for extraction in read_jsonl(str(out)) for f in extraction.facts]
    assert {f.rule for f in facts if f.extractor.startswith("corenlp")} == {"corenlp-kbp-title", "corenlp-quote"}
    assert any(f.extractor == "kg-rules" for f in facts)


@pytest.mark.slow
def test_documents_read_side_by_side_come_back_in_order(corenlp_url: str, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # Invented: three short articles of different lengths, so the server answers them out of order.
    texts = [TEXT * 3, 'Nordbank has appointed Jon Dahl as chairman, the bank said on Monday.\n',
             'Bergen Athletic sacked their manager, Anna Berg, after a fourth defeat in a row.\n']
    paths = []
    for i, text in enumerate(texts):
        paths.append(tmp_path / f"a{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    runs = {}
    for workers in (1, 3):
        monkeypatch.setattr(corenlp, "WORKERS", workers)
        runs[workers] = list(extract([str(p) for p in paths], corenlp=corenlp_url))
    assert [e.document.source for e in runs[3]] == [str(p) for p in paths]
    assert runs[3] == runs[1]
    assert any(f.extractor.startswith("corenlp") for f in runs[3][0].facts)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_server_is_a_one_line_error(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    with pytest.raises(InputError, match="no CoreNLP server answers"):
        check_server(url)
    src = tmp_path / "vexa.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(tmp_path / "f.jsonl"), "--corenlp", url])
    assert result.exit_code != 0
    assert "no CoreNLP server answers" in result.output and "Traceback" not in result.output


def test_a_name_of_corenlps_is_settled_on_the_documents_own_entity():
    # no server needed: the two engines' names for one person or firm must make one node
    reed = Entity.make("Tom Reed", "PERSON")
    vexa = Entity.make("Vexa Holdings", "ORG", aliases=("Vexa",))
    known = [reed, vexa, Entity.make("Anna Reed Dahl", "PERSON"), Entity.make("stores", "CONCEPT")]
    assert settled(Entity.make("Vexa", "ORG"), known) == vexa  # an alias
    assert settled(Entity.make("Mr Tom Reed", "PERSON"), known) == reed  # his name ends the longer one
    # "Reed" alone fits no one person's full name's end but Tom Reed's ("Anna Reed Dahl" ends in Dahl)
    assert settled(Entity.make("Reed", "PERSON"), known) == reed
    # two people it could be, or a common noun: left as it is
    two = [reed, Entity.make("Ann Reed", "PERSON")]
    assert settled(Entity.make("Reed", "PERSON"), two).name == "Reed"
    assert settled(Entity.make("stores", "CONCEPT"), known).id == Entity.make("stores", "CONCEPT").id


def test_a_server_that_is_not_corenlp_is_a_one_line_error():
    import http.server
    import threading

    class NotCoreNLP(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<html>a web page</html>")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), NotCoreNLP)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(InputError, match="did not answer as CoreNLP does"):
            annotate(f"http://127.0.0.1:{server.server_address[1]}", "Tom Reed met Jon Dahl.")
    finally:
        server.shutdown()


# Invented: a bank named once, then "it" in a reported clause and "the bank", which kg's own rules
# leave unresolved (the tagger gives "Nordbank" no type, so it may be a person, and the text never
# says it is a bank), and CoreNLP's coref chains to Nordbank; "it" stays unresolved all the same.
BANK = ("Nordbank said on Monday that it would cut 300 jobs in Bergen. The bank also plans to sell "
        "its branch in Oslo.\n")


def _facts(text: str, tmp_path: Path, *options: str) -> set[tuple[str, str, str]]:
    src, out = tmp_path / "text.txt", tmp_path / f"facts{len(options)}.jsonl"
    src.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return {(f.subject.name, f.relation, f.object.name) for e in read_jsonl(str(out)) for f in e.facts
            if f.extractor == "kg-rules"}


@pytest.mark.slow
def test_corenlp_coref_resolves_what_kg_left_unresolved(corenlp_url: str, tmp_path: Path) -> None:
    # kg's own rules take the "it" of "Nordbank said ... that it would cut" (clause-subject,
    # reported-it): switched off, the reference is left to CoreNLP's chain
    own = ["clause-subject", "reported-it"]
    with ablated(own):
        alone = _facts(BANK, tmp_path)
        with_coref = _facts(BANK, tmp_path, "--corenlp", corenlp_url)
    assert not any(s == "Nordbank" and r in ("CUT", "SELL") for s, r, _ in alone)
    assert any(s == "Nordbank" and r == "SELL" for s, r, _ in with_coref)
    assert ("Nordbank", "CUT", "300 jobs") not in with_coref
    # the rule can be switched off as every rule can
    with ablated(["corenlp-coref", *own]):
        assert _facts(BANK, tmp_path, "--corenlp", corenlp_url) == alone


# Invented: "He" three sentences after the only person, beyond the two kg's own rules look back.
FERRIES = ("Tom Reed joined Vexa Holdings in 2001. The firm builds ferries in Bergen. Its yard employs 400 "
           "people. Orders doubled last year. He now runs the Oslo office.\n")


@pytest.mark.slow
def test_corenlp_coref_names_a_person_kg_s_window_does_not_reach(corenlp_url: str, tmp_path: Path) -> None:
    assert not any(s == "Tom Reed" and r == "RUN" for s, r, _ in _facts(FERRIES, tmp_path))
    assert ("Tom Reed", "RUN", "Oslo office") in _facts(FERRIES, tmp_path, "--corenlp", corenlp_url)


def _token(text: str, word: str, nth: int = 0) -> Token:
    return [t for t in load_model()(text) if t.text == word][nth]


def test_a_chain_stands_for_one_agreeing_entity_of_the_document_or_for_none():
    # no server needed: kg's own conditions on a chain (kg.model.Chain), whatever engine read it
    reed, dahl = Entity.make("Tom Reed", "PERSON"), Entity.make("Jon Dahl", "PERSON")
    vexa = Entity.make("Vexa Holdings", "ORG", aliases=("Vexa",))
    known = [reed, dahl, vexa]
    he = _token("Analysts doubted it. He bought Nordbank last week.", "He")
    it = _token("Analysts doubted the plan. It bought Nordbank last week.", "It")

    def chain(*names: tuple[str, str]) -> Chain:
        return Chain(names, ((0, 2),))

    assert coreferent(he, chain(("Tom Reed", "PERSON"), ("Reed", "PERSON")), known) == reed
    they = _token("Analysts doubted the plan. They bought Nordbank last week.", "They")
    assert coreferent(they, chain(("Vexa", "ORG")), known) == vexa
    # "it" stands as often for a thing or an event the article names no name for: no one
    assert coreferent(it, chain(("Vexa", "ORG")), known) is None
    # a chain that joins two people, or holds a name the document's entities do not: no one
    assert coreferent(he, chain(("Tom Reed", "PERSON"), ("Jon Dahl", "PERSON")), known) is None
    assert coreferent(he, chain(("Tom Reed", "PERSON"), ("Per Lund", "PERSON")), known) is None
    # an entity the reference cannot stand for: "it" for a person, "he" for a firm or a woman
    assert coreferent(it, chain(("Tom Reed", "PERSON")), known) is None
    assert coreferent(he, chain(("Vexa Holdings", "ORG")), known) is None
    ann = Entity.make("Ann Reed", "PERSON", aliases=("Mrs Reed",))
    assert coreferent(he, chain(("Ann Reed", "PERSON")), [ann]) is None
    assert coreferent(he, None, known) is None
    # kg's rules for quotations and nearness hold: a "he" inside what a "he" says; a "he" after
    # another person of its own sentence
    quoted = _token('Analysts doubted it. He said: "He bought Nordbank last week."', "He", 1)
    assert coreferent(quoted, chain(("Tom Reed", "PERSON")), known) is None
    nearer = _token("Analysts praised Jon Dahl, and he bought Nordbank.", "he")
    assert coreferent(nearer, chain(("Tom Reed", "PERSON")), known) is None
    with ablated(["corenlp-coref"]):
        assert coreferent(he, chain(("Tom Reed", "PERSON")), known) is None


def test_a_reference_two_chains_claim_is_in_neither():
    one = Chain((("Tom Reed", "PERSON"),), ((10, 12), (40, 42)))
    two = Chain((("Jon Dahl", "PERSON"),), ((40, 42),))
    assert chains_at((one, two)) == {(10, 12): one}


@pytest.mark.slow
def test_a_headline_is_a_sentence_of_its_own(corenlp_url: str) -> None:
    # Invented: a headline with no full stop above the first paragraph.
    text = ("Vexa names successor to Reed\n\nVexa Holdings has named Anna Berg as chief executive "
            "after Tom Reed, its long-serving boss, retired.\n")
    doc = Annotated(Document("doc-head", "head.txt", "Vexa", text), annotate(corenlp_url, text))
    assert len(doc.sentences) >= 2 and "\n\n" not in doc.span(0, 0, len(doc.sentences[0]["tokens"]))
    names = {e.name for f in corenlp_facts(doc) for e in (f.subject, f.object)}
    assert not any("Reed" in n and "Vexa" in n for n in names), names
