"""Find the readable text of a news page: what to read, what is web noise.

Cleaning never rewrites the text. It returns :class:`~kg.model.Segment` spans into the original,
so every character offset kg reports later still points into the file the user gave us.

What is dropped, line by line:
- photo credits: short lines with no lower-case letter (``HUSEYIN HAYATSEVER/REUTERS``, ``EPA``,
  ``ALEX BRANDON.AP``);
- cookie/consent banners, "Read in full:"/"Read more" links, bylines, share prompts;
- a paragraph already read in the same document (live blogs repeat whole blocks).

Photo captions (short lines without closing punctuation) are kept as ``caption`` segments: they are
text, but their facts are less certain.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator

from kg.model import Segment

# A line longer than this is cut into pieces, at the last sentence end in reach, else at white
# space: the parser's memory grows with what it holds at once (a batch of 64 pieces), so a
# 50 MB single-line document is read in pieces like a news article's paragraphs. Few real
# paragraphs are longer (12 of 17,467 lines of the BBC corpus).
MAX_SEGMENT_CHARS = 2_000
_LAST_SENTENCE_END = re.compile(r""".*[.!?…]["'”’»)\]]*\s""", re.S)

# Noise anywhere in a line, each with one of _BOILERPLATE_WORDS in it (asked first: most lines
# have none, and a search tries every branch at every character), and noise that opens a line.
_BOILERPLATE = re.compile(
    r"""(
        \bcookies?\s*(preferences|policy|settings|consent|notice)\b
      | \bwe\s+use\s+cookies\b
      | \bprivacy\s+(manager|policy|settings)\b
      | \benable\s+javascript\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE_WORDS = ("cookie", "privacy", "javascript")
_BOILERPLATE_START = re.compile(
    r"""(
        \W*(please\s+)?(enable|allow|accept|reject|manage)\s+(all\s+)?cookies?(\b|(?=[A-Z]))
      | \W*(read|watch|listen)\s+(in\s+full|more|now|next)\b\s*:?
      | \W*(related|recommended|advertisement|sponsored|sign\s+up|subscribe)\b\s*:?\s*$
      | \W*(share|follow\s+us)\s+(this|on)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Only ever tested on short lines: "By Jane Smith", "Updated 14 May 2025, 09:12".
_SHORT_NOISE = re.compile(
    r"^(By(\s+[A-Z][\w.'’-]+){1,4}(\s*(,|and)\s*.*)?|(Updated|Published|Last updated)\b.*\d.*)$"
)
_SENTENCE_END = re.compile(r"""[.!?…:;]["'”’»)\]]*\s*$""")
# Credits, captions and short noise are a few words: a longer line is none of them, and is not
# split into words to find out (a 50 MB single-line document would be, several times over).
SHORT_LINE_CHARS = 1_000


def is_photo_credit(line: str) -> bool:
    """Agency credits are upper case, short, and carry no sentence punctuation."""
    if len(line) > SHORT_LINE_CHARS:
        return False
    letters = [c for c in line if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return False
    words = line.split()
    return len(words) <= 10 and not _SENTENCE_END.search(line)


def is_boilerplate(line: str) -> bool:
    if len(line) <= SHORT_LINE_CHARS and len(line.split()) <= 8 and not _SENTENCE_END.search(line) and _SHORT_NOISE.match(line):
        return True
    if _BOILERPLATE_START.match(line):
        return True
    folded = line.casefold()
    return any(word in folded for word in _BOILERPLATE_WORDS) and bool(_BOILERPLATE.search(line))


def is_caption(line: str) -> bool:
    """A short line that is not a sentence: a photo caption or a heading."""
    return len(line) <= SHORT_LINE_CHARS and len(line.split()) <= 25 and not _SENTENCE_END.search(line)


def _normalise(line: str) -> str:
    text = unicodedata.normalize("NFKC", line).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped of surrounding white space."""
    for match in re.finditer(r"[^\n\r]+", text):
        start, end = match.span()
        chunk = match.group()
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if end - trail > start + lead:
            yield start + lead, end - trail


def _split_long(start: int, end: int, text: str) -> Iterator[tuple[int, int]]:
    while end - start > MAX_SEGMENT_CHARS:
        window = text[start:start + MAX_SEGMENT_CHARS]
        sentence = _LAST_SENTENCE_END.match(window)
        if sentence is not None:
            cut = start + sentence.end() - 1  # the white space after the sentence is not in the piece
        else:
            space = max(window.rfind(" "), window.rfind("\t"))
            cut = start + space if space > 0 else start + MAX_SEGMENT_CHARS
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def segment(text: str) -> tuple[Segment, ...]:
    """Split a page into the segments kg reads, skipping noise and repeated paragraphs."""
    segments: list[Segment] = []
    seen: set[str] = set()
    for start, end in _lines(text):
        line = text[start:end]
        if is_photo_credit(line) or is_boilerplate(line):
            continue
        norm = _normalise(line)
        if not norm or norm in seen:
            continue
        seen.add(norm)
        kind = "caption" if is_caption(line) else "body"
        segments.extend(Segment(s, e, kind) for s, e in _split_long(start, end, text))
    return tuple(segments)


# An HTML character reference, by number or by name, that scraped text sometimes keeps: "Caf&#233;".
_REFERENCE = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_references(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` with its HTML character references decoded, and where it now differs from the
    original: (position in the decoded text, characters the original has more before it).

    An inverted question mark between two letters ("Blair&#191;s") is an apostrophe that went
    through the wrong code page on its way to the page: it becomes one.
    """
    if "&" not in text:
        return text, ()
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    last = length = removed = 0
    for match in _REFERENCE.finditer(text):
        decoded = html.unescape(match.group())
        if decoded == match.group():
            continue  # not a reference HTML knows: leave it
        if decoded == "¿" and text[match.start() - 1:match.start()].isalpha() and text[match.end():match.end() + 1].isalpha():
            decoded = "’"
        parts += [text[last:match.start()], decoded]
        length += match.start() - last + len(decoded)
        removed += len(match.group()) - len(decoded)
        offsets.append((length, removed))
        last = match.end()
    parts.append(text[last:])
    return "".join(parts), tuple(offsets)
