"""A work's title with a subtitle after a colon: "Star Wars: Episode III", "Call of Duty: Finest
Hour", "Bridget Jones: The Edge of Reason" (rule ``colon-in-title``, one of the name repairs of
:mod:`kg.extract.name_repairs`). The entity model cuts such a title at its colon, or reads only one
side of it, and the graph then holds two nodes ("Star Wars", "Episode III"), each doing what the
work did, or one side as an apposition of the other ("San Andreas is a release").
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.clauses import REPORTING
from kg.extract.kind_names import _capital, _title_run, id_places
from kg.extract.registry import disabled, register

_COLON = frozenset({get_string_id(":")})
# What may follow a title inside a sentence and show that the colon joined two halves of it, not a
# heading and what it heads ("Man Utd: Carroll, Neville", "Variety: Film - The Aviator").
_LIST_MARKS = frozenset({",", "-", "–", "—", ";", ":", "("})
# Function words a title keeps between two capitalised words ("Call of Duty", "Escape from Butcher
# Bay"); not "at", "in", "on", "by", "with", "for", which as often start the sentence's own phrase
# after a title ("Final Wars at the Vexa Theatre", "Jon Dahl for Door ...").
_LEFT_INNER = frozenset({"of", "the", "a", "an", "to"})
_RIGHT_INNER = _LEFT_INNER | {"from"}
# Names that open a line as its heading or its speaker, not as a work ("Tom Reed: Nordbank will
# grow", "Norway: Reed, Dahl"): a person, a place, a people.
_HEADING_TYPES = frozenset({"PERSON", "GPE", "NORP", "LOC"})
# Fine tags of a finite verb: one that makes a clause of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _left_run(doc: Doc, colon: int, start: int) -> int:
    """The first token of the run of capitalised words right before ``colon`` (from ``start``, the
    sentence's first token, on), with one or two function words of a title between two of them
    ("Call of Duty", "The Lord of the Rings"); ``colon`` itself when there is none."""
    i = colon
    first = colon
    while i > start:
        tok = doc[i - 1]
        if _capital(tok) or (tok.like_num and i - 1 > start and _capital(doc[i - 2])):
            i -= 1
            first = i
        elif tok.lower_ in _LEFT_INNER and tok.is_lower and i < colon:
            j = i - 1  # one or two function words, with a capitalised word before them
            while j > start and i - j < 2 and doc[j - 1].lower_ in _LEFT_INNER and doc[j - 1].is_lower:
                j -= 1
            if j > start and _capital(doc[j - 1]):
                i = j
            else:
                break
        else:
            break
    return first


@register("colon-in-title")
def colon_titles(doc: Doc) -> list[Span]:
    """"the film Star Wars: Episode III opened", "Call of Duty: Finest Hour sold well": one work's
    title (a WORK_OF_ART span) over a colon between two runs of capitalised words inside a
    sentence, where the entity model cut it there or read one side only.

    Linguistic reason: English joins a work's title and its subtitle with a colon ("Star Wars:
    Episode III", "Kill Bill: Volume 2"), and both halves are written in capitals; inside a
    sentence, a colon between two capitalised runs with no verb, quotation mark or list after it
    is that join, and the two halves name one work. A colon elsewhere introduces speech, a list or
    an explanation: not after a word in lower case ("said: The"), not before a person's name
    ("Ref: Tom Reed"), not before a quotation mark, a list, a bracket or a dash ("Man Utd: Carroll, Neville", "Variety: Film - The Aviator"), and
    not where the run before it ends in a verb ("Subs Not Used: Reed"). A run that opens the
    sentence or a line is a title only when a verb in lower case follows the whole of it ("Star Trek:
    Enterprise began in 2001") and the model read no person or place before the colon: headlines,
    team sheets and transcripts open their lines with "Name: ..." ("Tom Reed: Nordbank will grow").
    """
    if "colon-in-title" in disabled() or not id_places(doc, ORTH, _COLON):
        return []  # (the cheap test first: few texts hold a colon)
    found: list[Span] = []
    for tok in doc:
        if tok.text != ":" or tok.i == 0 or doc[tok.i - 1].whitespace_:
            continue  # a colon glued to the word before it
        span = _joined(tok)
        if span is not None and (not found or found[-1].end <= span.start):
            found.append(span)
    return found


def _joined(colon: Token) -> Span | None:
    doc, sent = colon.doc, colon.sent
    after = colon.i + 1
    if after >= sent.end or not colon.whitespace_ or not _capital(doc[after]):
        return None
    before = doc[colon.i - 1]
    if before.pos_ not in ("PROPN", "NOUN", "NUM"):
        return None  # "Subs Not Used: Reed", "said: The"
    if doc[after].ent_type_ == "PERSON":
        return None  # a label before a person: "Ref: Tom Reed (Bergen)", "Backs: Jon Dahl"
    start = _left_run(doc, colon.i, sent.start)
    if start == sent.start and start + 1 < colon.i and not _capital(doc[start + 1]) and doc[start].tag_ == "NNS":
        start += 1  # a plural noun opening the sentence: "Sales of Call of Duty: ..." ("Call of Duty: ..." keeps "Call")
        while start < colon.i and doc[start].is_lower:
            start += 1
    end = _title_run(doc, after, sent.end, _RIGHT_INNER)
    if start == colon.i or end == after:
        return None
    nxt = doc[end] if end < sent.end else None
    if nxt is not None and (nxt.text in _LIST_MARKS or nxt.is_quote):
        return None
    if _two_clauses(doc, sent, start, end):
        return None  # "There was one winner in Bergen: Nordbank rose 5%": a clause, then what it announces
    if doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "ADJ", "PRON") and end - after == 1:
        return None  # a clause or a subtitle in lower case: "Reed: That was ...", "Mutants: On the form of"
    opens = start == sent.start or doc[start - 1].is_space  # a sentence or a line
    if opens and not (nxt is not None and nxt.is_lower and nxt.pos_ in ("VERB", "AUX")
                                    and not any(t.ent_type_ in _HEADING_TYPES for t in doc[start:colon.i])):
        return None  # a headline, a team sheet or a speaker: "Tom Reed: King of the charts"
    for ent in doc.ents:
        if ent.start < end and ent.end > start and (ent.start < start or ent.end > end):
            return None  # a name that runs past the title's ends: not one work
    return Span(doc, start, end, label="WORK_OF_ART")


def _two_clauses(doc: Doc, sent: Span, start: int, end: int) -> bool:
    """A finite verb before the run left of the colon (not a verb of saying, whose object a title
    may be: "said Star Wars: Episode III had ...", nor one of a relative clause the title ends:
    "the reception that has greeted Star Wars: Battlefront is ...") and another after the run right of it, before
    any punctuation: the colon ends a clause and the name after it opens the next one ("There was
    one winner in Bergen: Nordbank rose 5%", "had a message for Nordbank: Vexa would not sell")."""
    if not any(t.tag_ in _FINITE and t.lemma_.lower() not in REPORTING
               and (t.head if t.dep_ in ("aux", "auxpass") else t).dep_ not in ("relcl", "acl")
               for t in doc[sent.start:start]):
        return False  # (a relative clause's verb: "the reception that has greeted Star Wars: Battlefront is")
    for t in doc[end:sent.end]:
        if t.is_punct:
            return False
        if t.tag_ in _FINITE:
            return True
    return False
