"""Reading and cleaning: noise out, repeats once, offsets into the original, bad input refused."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest import decode_text, expand_inputs, make_document, read_documents
from kg.ingest.clean import MAX_SEGMENT_CHARS, is_boilerplate, is_caption, is_photo_credit, segment

# An article of our own writing, with the kinds of noise real pages carry.
PAGE = """Harbour strike enters third day
The dockworkers' union said on Monday that talks with the port authority had collapsed.
Pickets gather at the north gate of the harbour on Sunday
JANE DOE/AFP
Maria Olsen, the union's chief negotiator, told reporters the authority had refused to discuss pay.
Please enable cookies and other technologies to view this content. You can update your cookies preferences any time.
Enable cookiesAllow cookies once
• Read in full: How the harbour strike began
The dockworkers' union said on Monday that talks with the port authority had collapsed.
By Tom Reilly
Updated 14 May 2025, 09:12
Mayor Ken Adams urged both sides to return to the table.
"""


def texts(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.kind) for s in segment(text)]


@pytest.mark.parametrize("line", ["HUSEYIN HAYATSEVER/REUTERS", "EPA", "ALEX BRANDON.AP", "JANE DOE/AFP",
                                  "SUMY REGIONAL MILITARY ADMINISTRATION/TELEGRAM", "GETTY IMAGES"])
def test_photo_credits(line):
    assert is_photo_credit(line)


@pytest.mark.parametrize("line", ["NATO MEETS IN OSLO.", "Reuters reported the strike.", "The EU said no.", ""])
def test_not_photo_credits(line):
    assert not is_photo_credit(line)


@pytest.mark.parametrize("line", [
    "Please enable cookies and other technologies to view this content.",
    "Enable cookiesAllow cookies once",
    "You can update your cookies preferences any time using privacy manager.",
    "• Read in full: Putin's peace talks snub",
    "Read more: the strike explained",
    "By Tom Reilly",
    "Updated 14 May 2025, 09:12",
])
def test_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "By naming Vladimir Medinsky as head of the delegation, they say Putin has indicated he will not budge.",
    "By Monday the union had agreed to talk.",
    "The union said it would not accept cookies from the canteen as payment.",
    "Updated figures published on 5 May show the strike cost 3 million euros a day, the ministry said.",
])
def test_sentences_that_look_like_boilerplate_are_kept(line):
    assert not is_boilerplate(line)


def test_segment_drops_noise_and_repeats_and_marks_captions():
    got = texts(PAGE)
    assert got == [
        ("Harbour strike enters third day", "caption"),
        ("The dockworkers' union said on Monday that talks with the port authority had collapsed.", "body"),
        ("Pickets gather at the north gate of the harbour on Sunday", "caption"),
        ("Maria Olsen, the union's chief negotiator, told reporters the authority had refused to discuss pay.",
         "body"),
        ("Mayor Ken Adams urged both sides to return to the table.", "body"),
    ]


def test_offsets_point_into_the_original():
    doc = make_document(PAGE, "page.txt")
    for seg in doc.segments:
        assert PAGE[seg.start:seg.end].strip() == PAGE[seg.start:seg.end]
        assert PAGE[seg.start:seg.end] in PAGE.splitlines()


def test_long_lines_are_split_within_the_limit():
    sentence = "The committee met again and the members argued about the budget. "
    line = sentence * (3 * MAX_SEGMENT_CHARS // len(sentence))
    segs = segment(line)
    assert len(segs) >= 3
    assert all(s.end - s.start <= MAX_SEGMENT_CHARS for s in segs)
    # Nothing is lost but white space between pieces.
    assert "".join(line[s.start:s.end] for s in segs).replace(" ", "") == line.replace(" ", "")


def test_unbroken_long_token_is_cut_hard():
    segs = segment("x" * (MAX_SEGMENT_CHARS * 2 + 5))
    assert [s.end - s.start for s in segs] == [MAX_SEGMENT_CHARS, MAX_SEGMENT_CHARS, 5]


def test_document_id_is_the_content_hash():
    a, b = make_document(PAGE, "a.txt"), make_document(PAGE, "b.txt")
    assert a.id == b.id and a.source != b.source
    assert make_document(PAGE + "More.", "a.txt").id != a.id


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"caf\xe9 latte", "not valid UTF-8 \\(byte 3\\)"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_decode_refuses_what_is_not_text(data, message):
    with pytest.raises(InputError, match=message):
        decode_text(data, "f.txt")


def test_decode_strips_a_byte_order_mark():
    assert decode_text("\ufeffHello there.".encode(), "f.txt") == "Hello there."


def test_only_noise_is_an_error():
    with pytest.raises(InputError, match="no readable text"):
        make_document("REUTERS\nEnable cookiesAllow cookies once\n", "noise.txt")


def test_expand_inputs(tmp_path):
    (tmp_path / "b.txt").write_text("B text.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("A text.")
    (tmp_path / "skip.bin").write_bytes(b"\x00")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("hidden")
    assert list(expand_inputs([str(tmp_path)])) == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.md")]
    assert list(expand_inputs([str(tmp_path / "*.txt")])) == [str(tmp_path / "b.txt")]
    with pytest.raises(InputError, match="no such file"):
        list(expand_inputs([str(tmp_path / "missing.txt")]))
    with pytest.raises(InputError, match="matches no file"):
        list(expand_inputs([str(tmp_path / "*.csv")]))
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no readable files"):
        list(expand_inputs([str(tmp_path / "empty")]))


def test_read_documents_in_order(tmp_path):
    (tmp_path / "1.txt").write_text("First story about the harbour.")
    (tmp_path / "2.txt").write_text("Second story about the mayor.")
    docs = list(read_documents([str(tmp_path)]))
    assert [d.title for d in docs] == ["First story about the harbour.", "Second story about the mayor."]


def test_caption_rule():
    assert is_caption("Pickets gather at the north gate on Sunday")
    assert not is_caption("Pickets gathered at the north gate on Sunday.")
    assert not is_caption("“We will not give up,” she said.”")


# -- HTML and JSONL ---------------------------------------------------------------------------
HTML = """<!doctype html><html><head><title>Harbour strike</title><script>track("x")</script></head>
<body><nav>Home | World | Sport</nav><div class="consent">Please enable cookies to view this content.</div>
<article><h1>Harbour strike</h1>
<p>The dockworkers' union said on Monday that talks with the port authority had collapsed.</p>
<p>Maria Olsen, the union's chief negotiator, told reporters the authority had refused to discuss pay.</p>
</article><footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"""


def test_html_main_text_only(tmp_path):
    from kg.ingest import read_source

    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    (doc,) = list(read_source(str(path)))
    read = [doc.text[s.start:s.end] for s in doc.segments]
    assert "Maria Olsen, the union's chief negotiator, told reporters the authority had refused to discuss pay." in read
    assert not any(w in doc.text for w in ("track(", "Home | World", "Copyright", "enable cookies"))
    assert doc.title == "Harbour strike"


def test_html_without_article_text(tmp_path):
    from kg.ingest import read_source

    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text"):
        list(read_source(str(path)))


def test_jsonl_corpus(tmp_path):
    import json

    from kg.ingest import read_source

    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "Ada Lovelace founded Acme Corp.", "id": "a1", "title": "Founding"}),
        "",
        json.dumps({"text": "Bob Marsh joined Acme Corp.", "url": "https://example.org/bob"}),
    ]), encoding="utf-8")
    docs = list(read_source(str(path)))
    assert [(d.id, d.title, d.source) for d in docs] == [
        ("a1", "Founding", str(path) + ":1"),
        (docs[1].id, "Bob Marsh joined Acme Corp.", "https://example.org/bob")]
    assert docs[1].text == "Bob Marsh joined Acme Corp."


@pytest.mark.parametrize(("line", "message"), [
    ("not json", r"corpus\.jsonl:2: not a JSON object"),
    ('{"title": "no text"}', r"corpus\.jsonl:2: .*'text'"),
    ('["a list"]', r"corpus\.jsonl:2: .*'text'"),
])
def test_jsonl_bad_line_is_named(tmp_path, line, message):
    from kg.ingest import read_source

    path = tmp_path / "corpus.jsonl"
    path.write_text('{"text": "Fine first line."}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        list(read_source(str(path)))


@pytest.mark.parametrize(("text", "kind"), [
    ("<!DOCTYPE html><html>", "html"), ('{"text": "x"}', "jsonl"), ("Plain words.", "text"),
    ("  <html lang=en>", "html"),
])
def test_stdin_is_sniffed(text, kind):
    from kg.ingest.formats import sniff

    assert sniff(text) == kind
