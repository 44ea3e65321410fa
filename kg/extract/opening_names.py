"""A name that opens a sentence before a title and a person: "Charlton manager Tom Reed said ...",
"Vexa spokesman Jon Dahl said ..." (rule ``opening-name-before-title``, one of the name repairs of
:mod:`kg.extract.name_repairs`). Opening a sentence every word has a capital, so the tagger reads
such a name as a common noun or an adjective ("Charlton/NN", "Arsenal/JJ", "Spurs/NNS"), the entity
model tags nothing there, and the role rule folds the name into the title ("charlton manager") with
no organisation; inside a sentence the same words give the role at the organisation.
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import ENT_IOB, IS_LOWER, IS_TITLE
from spacy.tokens import Doc, Span, Token

from kg.extract.registry import disabled, register

# Labels of a name a title is held at: an organisation, a place, a people, a work ("Friends actress").
_PLACE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART"})
# Tokens after which a capital says nothing about a name (a quotation or a list opens there).
_OPENERS = frozenset({'"', "'", "“", "‘", ":", "(", "-", "–", "—"})


@functools.lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns a title before a name ends with, and the words that are titles or honorifics
    themselves ("Chief executive Tom Reed", "Dr Tom Reed": no organisation opens those)."""
    from kg.extract.roles import CAPITALISED_TITLES, NOT_TITLES, TITLE_NOUNS

    return TITLE_NOUNS, CAPITALISED_TITLES | NOT_TITLES | TITLE_NOUNS


def _opening(tok: Token) -> bool:
    """The first word of a sentence or a line, or after a quotation mark or a dash set apart by
    a space ("- Bergen boss Tom Reed:"), not after a hyphen inside a word ("Somali-Dutch")."""
    if tok.i == 0 or tok.is_sent_start:
        return True
    before = tok.doc[tok.i - 1]
    if before.text in ("-", "–", "—") and before.i > 0 and not tok.doc[before.i - 1].whitespace_:
        return False
    return before.is_space or before.text in _OPENERS


def _capital(tok: Token | None) -> bool:
    return tok is not None and tok.text[:1].isupper() and tok.is_alpha


def _written_as_name(word: str, doc: Doc) -> bool:
    """Whether ``doc`` writes ``word`` with its capital inside a sentence, alone: no capitalised
    word right after it or right before it ("Pop Idol" says nothing of "Pop", nor "the Bergen Film
    Festival" of "Festival")."""
    for tok in doc:
        if tok.text != word or _opening(tok):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if not _capital(after) and not _capital(doc[tok.i - 1]):
            return True
    return False


def _label_elsewhere(word: str, doc: Doc) -> str | None:
    """The label the model gives ``word`` as a one-word name elsewhere in ``doc`` ("Wales" a place):
    an organisation's when it gives none, None when it reads a person there ("Ray")."""
    label = next((e.label_ for e in doc.ents if len(e) == 1 and e.text == word), "ORG")
    return label if label in _PLACE_LABELS else None


@register("opening-name-before-title")
def opening_names(doc: Doc) -> list[Span]:
    """"Charlton manager Tom Reed paid tribute", "Vexa spokesman Jon Dahl said": the capitalised
    word that opens a sentence right before a title in lower case and a person's name, as an
    organisation's name (an ORG span, or the label the model gives the word elsewhere in the text:
    "Wales" a place), where the text writes that word with a capital inside a sentence too; not a
    word the model reads as a person elsewhere.

    Linguistic reason: a proper noun before a common-noun title restricts it to a place of work
    ("a Charlton manager", "the Vexa spokesman"), as ``role-title`` reads inside a sentence; but
    English capitalises a sentence's first word, so there the capital says nothing and the
    tagger reads the name as a noun or an adjective ("Company spokesman", "Pop star" are kinds,
    not places). The text itself tells them apart: a name keeps its capital inside a sentence,
    standing alone ("... beat Charlton on Saturday"), a common noun does not, or only as a word of
    a longer name ("the Bergen Film Festival", "British Steel"). Opening a sentence or a line, or
    after a quotation mark ('"We lost," Marsh chief executive Tom Reed said'). Only one word, before one to three
    words in lower case that end in a title noun ("manager", "chief executive"), before a name the
    model read as a person; not a title or an honorific itself ("Chief executive Tom Reed"), and
    not a word the model already read as a name.
    """
    if "opening-name-before-title" in disabled():
        return []
    nouns, titles = _title_words()
    found: list[Span] = []
    # (the cheap test first: capitalised words outside the model's names, before a word in lower case)
    arr = doc.to_array([IS_TITLE, ENT_IOB, IS_LOWER])
    at = numpy.flatnonzero((arr[:-2, 0] == 1) & (arr[:-2, 1] == 2) & (arr[1:-1, 2] == 1))
    for i in at.tolist():
        tok = doc[i]
        if not tok.is_alpha or not _opening(tok):
            continue
        end = tok.sent.end
        j = tok.i + 1
        while j < end and j - tok.i <= 3 and doc[j].is_lower and doc[j].is_alpha and not doc[j].ent_type_:
            j += 1
        if j >= end or doc[j].ent_iob_ != "B" or doc[j].ent_type_ != "PERSON":
            continue
        if doc[j - 1].lower_ not in nouns or tok.lower_ in titles:
            continue
        if any(t.pos_ not in ("NOUN", "ADJ", "PROPN") for t in doc[tok.i + 1:j]):
            continue  # a verb or a function word: "Sales rose as Tom Reed ..."
        label = _label_elsewhere(tok.text, doc)
        if label is not None and _written_as_name(tok.text, doc):
            found.append(Span(doc, tok.i, tok.i + 1, label=label))
    return found
