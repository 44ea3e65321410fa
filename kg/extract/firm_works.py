"""A firm's name as a modifier of a kind of work: "Nordbank horror film Red Fjord", "the Nordbank
film, Red Fjord" → (Nordbank; make; Red Fjord).

Rule ``firm-work-compound``. Graph-only: CaRB's Open IE view keeps the sentence's own propositions.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import triggered_by
from kg.resolve.spans import entity_at

# Kinds of work a firm brings out (a studio's film, a label's album, a broadcaster's series). Not
# "show" or "match", where a firm's name is a sponsor or a side, nor "game" or "title", where the
# name before them is as often the machine the game runs on ("the Xbox game Halo 2").
FIRM_WORK_KINDS = frozenset({
    "film", "movie", "thriller", "comedy", "drama", "blockbuster", "sequel", "documentary", "cartoon",
    "animation", "sitcom", "series", "album", "single", "franchise",
})
# What the work's name must not be: a name of a person, a place, a date.
_NOT_WORKS = frozenset({"PERSON", "GPE", "NORP", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"})


def _firm(kind: Token, start: int) -> Span | None:
    """The organisation's name right before the kind noun, or before one lower-case genre word
    on it ("Nordbank horror film"): a whole ORG entity that ends there and hangs on the kind."""
    doc = kind.doc
    end = kind.i
    if end - 1 > start and doc[end - 1].is_lower and doc[end - 1].pos_ in ("NOUN", "ADJ") \
            and doc[end - 1].head.i == kind.i and doc[end - 1].dep_ in ("compound", "amod"):
        end -= 1  # "horror" of "Nordbank horror film"
    if end - 1 < start:
        return None
    ent = entity_at(doc[end - 1])
    if ent is None or ent.label_ != "ORG" or ent.end != end or ent.start < start:
        return None
    if ent.root.dep_ != "compound" or ent.root.head.i not in (kind.i, end):
        return None
    if (ent.start > 0 and doc[ent.start - 1].dep_ == "poss") or any(t.dep_ == "case" for t in ent):
        return None  # "Nordbank's Vexa film": the possessor's, ``possessive-product``'s reading
    return ent


def _work(kind: Token) -> Argument | None:
    """The work's name straight after the kind noun (a comma allowed): the proper noun the kind
    is a compound of ("film Red Fjord" with Fjord as head) or the name in apposition to it."""
    doc, sent = kind.doc, kind.sent
    after = kind.i + 1
    if after < sent.end and doc[after].text == ",":
        after += 1
    if after >= sent.end or not (doc[after].pos_ == "PROPN" or doc[after].lower_ == "the"):
        return None
    head: Token | None = None
    if kind.dep_ == "compound" and kind.head.pos_ == "PROPN" and kind.head.i > kind.i:
        head = kind.head
    else:
        head = next((c for c in children(kind) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i >= after), None)
    if head is None and after > kind.i + 1:
        head = _closing_name(doc[after])
    if head is None or head.ent_type_ in _NOT_WORKS:
        return None
    ent = entity_at(head)
    if ent is not None and ent.start >= after and ent.label_ not in _NOT_WORKS:
        tokens = tuple(ent)
    else:
        tokens = tuple(doc[after:head.i + 1])
    if tokens and tokens[0].i == after + 1 and doc[after].lower_ == "the":
        after += 1  # "film The Grudge" with the model's name "Grudge"
    if not tokens or tokens[0].i != after or any(t.is_punct and t.text not in ("'", "-", ":") for t in tokens):
        return None
    return Argument(head, tokens)


def _closing_name(first: Token) -> Token | None:
    """A name that starts at ``first`` (after a comma) and closes the sentence: an apposition to
    the noun before the comma whatever head the parse gives it ("went to the Nordbank film, The
    Legend of Red Fjord.")."""
    sent = first.sent
    if first.lower_ == "the" and first.i + 1 >= sent.end:
        return None  # "the" the sentence's (and perhaps the document's) last word: no name after it
    ent = entity_at(first) or (entity_at(first.doc[first.i + 1]) if first.lower_ == "the" else None)
    if ent is None or ent.start not in (first.i, first.i + 1) or ent.label_ in _NOT_WORKS:
        return None
    if ent.end != sent.end - 1 or not sent[-1].is_punct:
        return None
    return ent.root


@triggered_by(lemmas=FIRM_WORK_KINDS)
def firm_work_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordbank horror film Red Fjord was a hit" → (Nordbank; make; Red Fjord); "the prize went to
    the Nordbank film, Red Fjord" → (Nordbank; make; Red Fjord).

    Linguistic reason: a noun-noun compound leaves its relation unsaid, and the hearer reads the
    relation the head noun's kind makes typical. A work (a film, a game, an album, a series) is
    related to a firm by being brought out by it: a firm does not act in a film or write a song, it
    produces or releases them, so "a Nordbank film" is a film Nordbank made (with a
    person's name the compound is open between star, director and subject, and ``genre-star``
    reads only the star's genres). Only a whole name tagged an organisation, straight before the
    kind noun or before one genre word on it, and the work's own name right after the kind (close
    apposition, "the film Red Fjord", or a comma apposition): then the name is the very work the
    compound classifies. Graph-only.
    """
    if FIRM_WORK_KINDS.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for kind in sentence_tokens(sent):
        if kind.pos_ != "NOUN" or kind.tag_ != "NN" or kind.lemma_.lower() not in FIRM_WORK_KINDS:
            continue
        firm = _firm(kind, sent.start)
        if firm is None:
            continue
        work = _work(kind)
        if work is None or any(t.i in range(firm.start, firm.end) for t in work.tokens):
            continue
        yield Proposition(sentence=sent, relation="make", lemma="make",
                          args=[Argument(firm.root, tuple(firm)), work], rule="firm-work-compound",
                          confidence=0.5, open_ie=False)
