"""Why the graph misses a gold fact: a census of the misses of ``kg eval facts``, by kind.

``python -m kg.eval.census GOLD --graph G --corpus DIR`` scores the graph as ``kg eval facts``
does, then puts every missed gold fact in one class, decided from the article's text and what
kg extracts from it (the first class that applies):

* ``outside the text``: an end of the fact (a name, or most of a common-noun end's words) is
  nowhere in the article: the annotator knew it ("US" for a "Treasury Secretary") or wrote the
  end in words of their own. No extractor that reads only the article finds these.
* ``another sentence: ...``: an end is in the article but not in the fact's evidence sentence.
  What the evidence sentence has in its place says which kind: a ``pronoun``, a definite
  ``description`` ("the firm", "the striker"), for a role a ``title`` given in another sentence
  than the name, else ``elsewhere`` (an organisation or a subject named sentences earlier, a
  headline).
* ``one sentence: resolved reference``: an end is not written in the sentence, but kg resolved a
  reference there to it (a fact of the sentence has it as an end): the reference is done, what
  is missing is a rule that reads the sentence.
* ``one sentence: not a node``: both ends are in the sentence, but a named end is no entity of
  the document (the model did not read it as a name, or cut it).
* ``one sentence: list``: both ends are in the sentence, and a named end is one of a list of
  three or more names, or the sentence is a team-sheet or credits line (no verb).
* ``one sentence: other predicate``: kg made a fact of the sentence between the gold's two ends
  (or for the person of a role) with a predicate the matcher does not equate: a judgement the
  annotation and kg make differently, or a verb's sense.
* ``one sentence: partial`` / ``one sentence: nothing``: both ends are in the sentence and are
  nodes; kg made other facts of the sentence, or none: a dependency shape no rule reads.

The ceilings: a perfect single-sentence extractor finds what kg finds plus the ``one sentence``
classes; a document-level one also the ``another sentence`` classes. The classes are decided by
plain text tests (a name's words in the sentence), so they are an estimate, not a judgement.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.eval.facts import GoldFact, is_name, load_gold, score_graph, surfaces
from kg.eval.gold import content_words, name_matches, singular
from kg.model import Fact

__all__ = ["Census", "census", "classify"]

PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"})
_DESCRIPTION = re.compile(r"\b(?:the|this|that) (?:[a-z-]+ ){0,2}[a-z-]+", re.IGNORECASE)
ONE_SENTENCE = ("one sentence: resolved reference", "one sentence: not a node", "one sentence: list",
                "one sentence: other predicate", "one sentence: partial", "one sentence: nothing")
ANOTHER = ("another sentence: pronoun", "another sentence: description", "another sentence: title",
           "another sentence: elsewhere")
CLASSES = (*ONE_SENTENCE, *ANOTHER, "outside the text")


@dataclass
class Census:
    n_gold: int
    n_found: int
    counts: Counter[str]

    def ceiling(self, classes: Sequence[str]) -> float:
        return (self.n_found + sum(self.counts[c] for c in classes)) / self.n_gold


def _stems(text: str) -> set[str]:
    return {singular(w) for w in content_words(text)}


def _in(end: str, text: str, named: bool) -> bool:
    """A name is in a text when one of its words longer than two letters is; a common-noun end
    when at least half its content words are (the annotator writes a short noun phrase)."""
    have = _stems(text)
    want = _stems(end)
    if not want:
        return True
    if named:
        return any(w in have for w in want if len(w) > 2)
    return len(want & have) * 2 >= len(want)


_NAME = r"[A-Z][\w'.-]+(?: (?:[A-Z][\w'.-]+|de|van|von|da))*"
_LIST = re.compile(rf"(?:{_NAME}(?: \([^)]*\))?, )+{_NAME}(?: \([^)]*\))?,? (?:and|plus) {_NAME}")


def _is_list(end: str, sentence: str) -> bool:
    """The end is one of three or more names in a row ("A, B and C"), or the sentence is a team
    sheet (four or more commas or semicolons and no finite verb)."""
    commas = sentence.count(",") + sentence.count(";")
    if commas >= 4 and not re.search(r"\b(?:is|are|was|were|has|have|had|said|says|will)\b", sentence):
        return True
    return any(name_matches(end, [n]) for m in _LIST.finditer(sentence) for n in re.findall(_NAME, m.group()))


def _in_place(sentence: str) -> str:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", sentence)}
    if words & PRONOUNS:
        return "another sentence: pronoun"
    if _DESCRIPTION.search(sentence):
        return "another sentence: description"
    return "another sentence: elsewhere"


def classify(gold: GoldFact, article: str, sentence: str, names: Sequence[Sequence[str]], said: Sequence[Fact]) -> str:
    """The class of one missed gold fact (module doc): ``names`` are the surface forms of the
    document's entities, ``said`` the facts kg made of the evidence sentence."""
    # the subject is a name by the gold's own test of a name (every content word capitalised), as
    # the object is: "analysts" or "tobacco companies" are common-noun ends, never "not a node"
    ends: list[tuple[str, bool]] = [(gold.subject, is_name(gold.subject))]
    if gold.is_role:
        ends.append((gold.title or "", False))
    elif gold.object:
        ends.append((gold.object, gold.object_named))
    for end, named in ends:
        if not _in(end, article, named):
            return "outside the text"
    resolved = False
    for end, named in ends:
        if not _in(end, sentence, named):
            if named and any(name_matches(end, surfaces(e)) for f in said for e in (f.subject, f.object)):
                resolved = True
                continue
            if gold.is_role and end == gold.title:
                return "another sentence: title"
            return _in_place(sentence)
    if resolved:
        return "one sentence: resolved reference"
    for end, named in ends:
        if named and not any(name_matches(end, forms) for forms in names):
            return "one sentence: not a node"
    if any(named and _is_list(end, sentence) for end, named in ends):
        return "one sentence: list"
    if any(_same_ends(gold, f) for f in said):
        return "one sentence: other predicate"
    return "one sentence: partial" if said else "one sentence: nothing"


def _same_ends(gold: GoldFact, fact: Fact) -> bool:
    if not name_matches(gold.subject, surfaces(fact.subject)):
        return False
    if gold.is_role or not gold.object:
        return fact.subject.type != "CONCEPT" and (gold.is_role or fact.object.type == "CONCEPT")
    return name_matches(gold.object, surfaces(fact.object), common=fact.object.type == "CONCEPT")


def _sentence(evidence: str, sentences: Sequence[str]) -> str:
    """The article's sentence the evidence was copied from (the one sharing most words with it)."""
    want = _stems(evidence)
    return max(sentences, key=lambda s: len(want & _stems(s)), default=evidence)


def census(gold_path: str, graph: str, corpus: str) -> Census:
    from kg.extract import extract_text
    from kg.extract.nlp import load_model

    result = score_graph(gold_path, graph)
    gold = load_gold(gold_path)
    nlp = load_model()
    counts: Counter[str] = Counter()
    cache: dict[str, tuple[str, list[str], list[list[str]]]] = {}
    for missed, said in zip(result.missed, result.missed_said, strict=True):
        if missed.article not in cache:
            text = (Path(corpus) / missed.article).read_text(encoding="utf-8")
            sentences = [s.text for s in nlp(text).sents]
            names = [[e.name, *e.aliases] for e in extract_text(text, missed.article).entities
                     if e.type != "CONCEPT"]
            cache[missed.article] = (text, sentences, names)
        text, sentences, names = cache[missed.article]
        counts[classify(missed, text, _sentence(missed.evidence, sentences), names, said)] += 1
    return Census(n_gold=len(gold), n_found=len(gold) - len(result.missed), counts=counts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold")
    parser.add_argument("--graph", required=True)
    parser.add_argument("--corpus", required=True, help="the bbc-news folder the gold's articles are in")
    args = parser.parse_args(argv)
    result = census(args.gold, args.graph, args.corpus)
    missed = sum(result.counts.values())
    print(f"gold {result.n_gold}, found {result.n_found} ({result.n_found / result.n_gold:.3f}), missed {missed}")
    for name in CLASSES:
        print(f"  {name:32} {result.counts[name]:4d}  ({result.counts[name] / result.n_gold:.3f} of gold)")
    print(f"ceiling, perfect single-sentence extractor: {result.ceiling(ONE_SENTENCE):.3f}")
    print(f"ceiling, perfect document-level extractor:  {result.ceiling(ONE_SENTENCE + ANOTHER):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
