"""A silver census of roles on unannotated news: who the text gives a title, and whether kg has it.

``python -m kg.eval.rolecensus FACTS_OR_GRAPH`` reads the documents and facts of a ``kg extract``
file (or a graph), finds in each document's text every person the prose names with a title by a
detector of its own (a title lexicon and surface patterns on the raw text, sharing no rule with
kg's extractor), and checks whether kg holds that role the way ``kg eval facts`` would find it
(:func:`kg.eval.facts.role_matches`: a ROLE, IS_A, HOLD, ... fact from the person that shares a
title word). Each hit is put in the first pattern class that reads it (:data:`PATTERNS`):

* ``appointed-as`` "named Tom Reed as chairman", "Tom Reed was appointed chief executive";
* ``who-is`` "Tom Reed, who is chairman of Nordbank";
* ``apposition-after`` "Tom Reed, Nordbank's chairman," / "Tom Reed, the chief executive of";
* ``apposition-before`` "the chairman, Tom Reed," / "Nordbank's chairman, Tom Reed,";
* ``as-title`` "Tom Reed, who joined as chairman", "Tom Reed stepped down as manager";
* ``title-name-of`` "chief executive Tom Reed of Nordbank";
* ``qualified`` "former chairman Tom Reed", "acting manager Tom Reed", "new coach Tom Reed";
* ``possessive`` "Nordbank's chief executive Tom Reed", "his coach Tom Reed";
* ``list`` "strikers Tom Reed and Per Moen", "stars Anna Berg, Ola Dahl and Eva Holm";
* ``coordinated`` "actress and singer Anna Berg" (the title further from the name);
* ``capital-title`` "Prime Minister Tom Reed", "Chancellor Tom Reed";
* ``prenominal`` "Nordbank chief executive Tom Reed", "striker Tom Reed";
* ``surname`` "coach Reed", when the text names a Reed in full somewhere.

A hit is *found in the sentence* when a matching fact's evidence is the hit's sentence, and *found
in the article* when any matching fact of the document holds it (what ``kg eval facts`` counts).
The detector is cheap and knows no syntax, so its hits are silver: judge a sample by reading them
(``--show``) before trusting a class's number.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from kg.eval.facts import GoldFact, role_matches
from kg.model import Document, Fact

__all__ = ["PATTERNS", "RoleCensus", "RoleHit", "census", "detect", "sentences"]

_BUSINESS = ("chief executive", "chief operating officer", "chief financial officer", "chief economist",
             "managing director", "finance director", "chairman", "chairwoman", "chair", "president",
             "vice-president", "vice president", "director", "founder", "co-founder", "owner", "boss",
             "head", "chief", "executive", "analyst", "economist", "strategist", "spokesman",
             "spokeswoman", "spokesperson", "partner", "officer", "governor", "treasurer", "adviser",
             "advisor", "consultant", "lawyer", "trader", "professor", "researcher", "scientist")
_POLITICS = ("prime minister", "minister", "secretary", "chancellor", "senator", "mp", "leader",
             "ambassador", "commissioner", "mayor", "judge", "attorney general", "official", "deputy",
             "envoy", "premier", "governor")
_SPORT = ("coach", "manager", "captain", "skipper", "striker", "midfielder", "defender", "goalkeeper",
          "keeper", "winger", "forward", "full-back", "fly-half", "scrum-half", "centre", "flanker",
          "lock", "prop", "hooker", "number eight", "player", "sprinter", "athlete",
          "champion", "hurdler", "referee", "international")
_ARTS = ("director", "singer", "singer-songwriter", "actor", "actress", "star", "presenter", "host",
         "producer", "writer", "author", "novelist", "comedian", "rapper", "musician", "guitarist",
         "drummer", "bassist", "frontman", "playwright", "composer", "artist", "designer", "film-maker",
         "filmmaker", "screenwriter", "dj", "dancer", "critic", "photographer", "broadcaster",
         "journalist", "correspondent", "editor", "chef")
DOMAINS = {"sport": _SPORT, "arts": _ARTS, "politics": _POLITICS, "business": _BUSINESS}
_TITLES = sorted({t for ts in DOMAINS.values() for t in ts}, key=len, reverse=True)
TITLE = r"(?:" + "|".join(re.escape(t) for t in _TITLES) + r")s?"
# "stars" before names is as often the verb ("the film stars Tom Reed and Anna Berg"): no list
PLURAL = r"(?:" + "|".join(re.escape(t) for t in _TITLES if t != "star") + r")s"
# Words that qualify a title without changing it: "former", "acting", "new", "interim", ...
QUAL = r"(?i:former|acting|new|interim|outgoing|incoming|then|current|ex-|joint|deputy|assistant|senior)"
# A person's name: two to four capitalised words, allowing O'Neill and Jean-Pierre.
_WORD = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z]?[a-z]+|'[A-Z][a-z]+)*"
NAME = rf"(?P<name>{_WORD}(?: (?:de |van |von |da |le )?{_WORD}){{1,3}})(?![\w-]|[ -]?[A-Z])"
_CAPITAL_TITLES = ("Prime Minister", "President", "Chancellor", "Secretary", "Minister", "Senator",
                   "Governor", "Mayor", "Judge", "Commissioner", "Chairman", "Coach", "Captain",
                   "Foreign Secretary", "Home Secretary", "Culture Secretary", "Trade Secretary",
                   "Health Secretary", "Chief Executive", "Ambassador", "Professor", "Director")
CAPITAL = r"(?:" + "|".join(re.escape(t) for t in sorted(_CAPITAL_TITLES, key=len, reverse=True)) + r")"
# Words that make a capitalised run an organisation, a place or a work rather than a person.
_NOT_PERSON = frozenset(["bank", "group", "united", "city", "club", "party", "council", "ministry", "department", "office", "league", "cup", "union", "association", "corporation", "corp", "inc", "ltd", "plc", "company", "commission", "committee", "court", "house", "street", "road", "news", "radio", "television", "tv", "records", "music", "games", "studios", "airlines", "airways", "motors", "energy", "oil", "fund", "times", "post", "daily", "awards", "award", "festival", "championship", "championships", "open", "olympics", "university", "school", "college", "hospital", "centre", "center", "foundation", "trust", "agency", "institute", "board", "federation", "army", "police", "prix", "world", "europe", "america", "kingdom", "states", "january", "february", "march", "april", "may", "june", "july", "august", "september", "new", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "a", "an"])

_POSS = r"(?:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*(?:'s|s')|[a-z]+s'|his|her|their|its)"
_DET = rf"(?:the |a |an |{_POSS} )"
_MODS = r"(?:(?!(?:while|and|but|or|who|which|when|as|after|before|with|to)\b)[A-Za-z&.-]+ ){0,3}?"
_PLAIN = NAME.replace("(?P<name>", "(?:")
# A person named by the surname alone, right after a title ("coach Reed"); kept only when the text
# names someone in full with that surname (:func:`detect`).
SURNAME = r"(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)?)(?![\w'-]|[ -]?[A-Z])"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(rx)) for name, rx in (
    ("appointed-as", rf"\b(?:named|appointed|elected|hired|installed|promoted|made|chose|chosen|confirmed)"
                     rf" {NAME} as (?:{_DET})?(?:{QUAL} )?{_MODS}(?P<title>{TITLE})\b"),
    ("appointed-as", rf"{NAME},? (?:has been|had been|was|is|will be|were) (?:named|appointed|elected|"
                     rf"installed|promoted|made|confirmed) (?:as )?(?:{_DET})?(?:{QUAL} )?{_MODS}(?P<title>{TITLE})\b"),
    ("who-is", rf"{NAME}, who (?:is|was|has been|had been|became|remains) (?:now )?(?:{_DET})?(?:{QUAL} )?"
               rf"{_MODS}(?P<title>{TITLE})\b"),
    ("apposition-after", rf"{NAME}, (?:{_DET})?(?:{QUAL} )?{_MODS}(?P<title>{TITLE})(?= of\b| at\b| for\b|,|\.| and\b| who\b|\))"),
    ("apposition-before", rf"(?:\b[Tt]he |{_POSS} )(?:{QUAL} )?{_MODS}(?P<title>{TITLE})(?: of [A-Z][\w ]{{1,30}}?)?, {NAME}(?=,|\.| said| says| told)"),
    ("as-title", rf"{NAME}(?: [a-z]+){{0,4}}? as (?:{_DET})?(?:{QUAL} )?{_MODS}(?P<title>{TITLE})\b(?! of (?:the )?(?:year|season))"),
    ("title-name-of", rf"(?<![A-Za-z])(?P<title>{TITLE}) {NAME} of [A-Z]"),
    ("list", rf"(?<![A-Za-z'])(?P<title>{PLURAL}) (?P<names>{_PLAIN}(?:, {_PLAIN})*,? and {_PLAIN})"),
    ("coordinated", rf"(?<![A-Za-z'])(?i:(?P<title>{TITLE})(?: and |/|-)(?:{TITLE})) {NAME}"),
    ("qualified", rf"\b{QUAL} (?:[A-Z][\w&.-]* ){{0,3}}{_MODS}(?P<title>{TITLE}) {NAME}"),
    ("possessive", rf"{_POSS} (?:{QUAL} )?{_MODS}(?P<title>{TITLE}) {NAME}"),
    ("capital-title", rf"(?<![A-Za-z])(?P<title>{CAPITAL}) {NAME}"),
    ("prenominal", rf"(?<![A-Za-z'])(?<!to )(?<!which )(?<!who )(?P<title>{TITLE}) {NAME}"),
    ("surname", rf"(?<![A-Za-z'])(?<!to )(?<!which )(?<!who )(?P<title>{TITLE}) {SURNAME}"),
))
CLASSES = tuple(dict.fromkeys(name for name, _ in PATTERNS))
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"')\u201d]))\s+(?=[\"'\u201c(]?[A-Z])")


@dataclass(frozen=True)
class RoleHit:
    """One person the text gives a title: the silver role and the pattern that read it."""

    doc_id: str
    name: str
    title: str
    pattern: str
    sentence: str

    @property
    def domain(self) -> str:
        head = self.title.lower()
        return next((d for d, ts in DOMAINS.items() if head in ts or head.rstrip("s") in ts), "business")


@dataclass
class RoleCensus:
    hits: list[RoleHit] = field(default_factory=list)
    in_sentence: list[bool] = field(default_factory=list)
    in_article: list[bool] = field(default_factory=list)

    def rows(self, key: str = "pattern") -> list[tuple[str, int, int, int]]:
        """(class, hits, found in the sentence, found in the article), commonest class first, then by name."""
        count: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for hit, sent, art in zip(self.hits, self.in_sentence, self.in_article, strict=True):
            row = count[getattr(hit, key)]
            row[0] += 1
            row[1] += sent
            row[2] += art
        return sorted(((k, *v) for k, v in count.items()), key=lambda r: (-r[1], r[0]))  # type: ignore[misc]


def sentences(text: str) -> list[str]:
    """The text's sentences, split at an end mark before a capital (paragraph breaks too)."""
    out = []
    for para in text.split("\n"):
        out += [s.strip() for s in _SENTENCE_END.split(para) if s.strip()]
    return out


def _person(name: str) -> bool:
    words = name.lower().replace("-", " ").split()
    return not any(w in _NOT_PERSON for w in words) and not any(w in _TITLES for w in words)


def _names(match: re.Match[str]) -> list[str]:
    if "names" in match.groupdict():
        return re.split(r",? and |, ", match.group("names"))
    return [match.group("name")]


def detect(doc_id: str, text: str) -> Iterator[RoleHit]:
    """Every (person, title) the text states, once per sentence, with the first pattern reading it."""
    full = {m.group("name") for m in re.finditer(NAME, text) if _person(m.group("name"))}
    surnames = {n.split()[-1] for n in full}
    for sentence in sentences(text):
        seen: set[str] = set()
        for pattern, rx in PATTERNS:
            for m in rx.finditer(sentence):
                for name in _names(m):
                    if name in seen or not _person(name) or (pattern == "surname" and name not in surnames):
                        continue
                    seen.add(name)
                    if pattern == "surname":
                        seen.update(n for n in full if n.endswith(" " + name))
                    yield RoleHit(doc_id, name, m.group("title").lower(), pattern, sentence)


def _found(hit: RoleHit, facts: Sequence[Fact]) -> tuple[bool, bool]:
    gold = GoldFact(article=hit.doc_id, subject=hit.name, relation="role", title=hit.title)
    hits = [f for f in facts if role_matches(gold, f)]
    start = " ".join(hit.sentence.split())[:40]
    return any(start in " ".join(f.evidence.split()) for f in hits), bool(hits)


def census(items: Iterable[Document | Fact]) -> RoleCensus:
    """Detect the roles of every document and check each against the facts of its document."""
    docs: list[Document] = []
    facts: dict[str, list[Fact]] = defaultdict(list)
    for item in items:
        if isinstance(item, Document):
            docs.append(item)
        else:
            facts[item.doc_id].append(item)
    out = RoleCensus()
    for doc in docs:
        for hit in detect(doc.id, doc.text or _source_text(doc.source)):
            sent, art = _found(hit, facts[doc.id])
            out.hits.append(hit)
            out.in_sentence.append(sent)
            out.in_article.append(art)
    return out


def _source_text(source: str) -> str:
    """A facts file keeps no text: read the document again from its source, as kg read it."""
    from pathlib import Path

    from kg.ingest import read_document

    return read_document(source).text if Path(source).is_file() else ""


def _read(source: str) -> Iterator[Document | Fact]:
    if source.endswith((".jsonl", ".jsonl.gz")) or source == "-":
        from kg.io import read_facts_file
        yield from read_facts_file(source)
    else:
        from kg.export.sources import read_store
        yield from read_store(source)


def _table(result: RoleCensus, key: str) -> str:
    lines = [f"| {key} | hits | found (sentence) | recall | found (article) | recall |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    rows = result.rows(key)
    for k, n, sent, art in rows:
        lines.append(f"| {k} | {n} | {sent} | {sent / n:.3f} | {art} | {art / n:.3f} |")
    total, in_sent, in_art = (sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows))
    if total:
        lines.append(f"| all | {total} | {in_sent} | {in_sent / total:.3f} | {in_art} | {in_art / total:.3f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.eval.rolecensus", description=__doc__.split("\n")[0])
    parser.add_argument("source", help="a kg extract facts file (.jsonl) or a graph")
    parser.add_argument("--show", choices=("missed", "found", "all"), help="list the hits")
    parser.add_argument("--pattern", action="append", help="with --show: only these classes")
    args = parser.parse_args(argv)
    result = census(_read(args.source))
    print(_table(result, "pattern"))
    print()
    print(_table(result, "domain"))
    for hit, sent, art in zip(result.hits, result.in_sentence, result.in_article, strict=True):
        if not args.show or (args.pattern and hit.pattern not in args.pattern):
            continue
        if args.show == "all" or (args.show == "missed") != sent:
            print(f"{'+' if sent else ('~' if art else '-')} [{hit.pattern}] {hit.name} | {hit.title} | {hit.sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
