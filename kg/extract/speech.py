"""Reported speech the sentence rules miss: what a speaker told someone, and quotations that go on.

:mod:`kg.extract.verbs` asks the object rules for a verb's objects, and the first that finds any
wins; a verb of telling has two, its addressee and what was told, so the second is read here
(:func:`reported_clause`). A quotation that runs on into the next sentence without a new "said X"
(:func:`continued_quotation`) needs the sentences before it: :class:`QuotedSpeakers` follows a
document's speakers sentence by sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.clauses import REPORTING
from kg.extract.nominal import argument
from kg.extract.objects import Frame, Objects
from kg.extract.reading import sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, register, triggered_by
from kg.resolve.quotations import (
    QUOTE_MARKS,
    SAYING,
    closing_speaker,
    in_quotation,
    note_speaker,
    quote_speaker,
    quoted_anywhere,
    quoted_as_saying,
)


@register("reported-clause")
def reported_clause(f: Frame, found: Objects) -> Objects | None:
    """"Tom Reed told the Bergen Post: 'Nordbank is not ready'", "'The merger is good,' Reed told
    Radio Bergen", "Reed said in a statement: '...'": a verb of saying with a clause has the clause
    as what was said (a ``clausal`` proposition), besides the addressee (``svo``) or the phrase of
    where or how it was said (``svo-prep``) that the object rules read first.

    Linguistic reason: "tell" takes two complements, the one told (its direct object) and what is
    told (a clause, quoted or not), and "say" a clause beside its adjuncts ("in a statement", "on
    the radio"); the object rules stop at the first complement they find, and the clause, the
    statement, was lost. The addressee fact stays (who was told); the clause's facts are the
    speaker's (attribution), and a statement fact links the speaker to what the clause is about.
    """
    last: Token = f.last
    if "reported-clause" in disabled() or found.rule not in ("svo", "svo-prep") or last.lemma_ not in REPORTING:
        return None
    comp = next((c for c in last.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if comp is None:
        return None
    return Objects("clausal", [comp], list(f.rel_toks))


# Verbs of saying that name a speaker in a sentence ("continue" is one only as "he continued,"; in
# "prices are continuing to fall" it is aspect, and a quotation goes on through it).
_NAMING_SPEAKER = SAYING - {"continue"}


def _speaker_of(sent: Span) -> Token | None:
    """Who says a quotation in the sentence, when a verb of saying in it tells (or None)."""
    for tok in sent:
        if tok.is_alpha and in_quotation(tok):
            return quote_speaker(tok)
    return None


def _wholly_quoted(sent: Span) -> bool:
    """Every word of the sentence is inside quotation marks (it opens with one, or a quotation
    opened before it goes on)."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return bool(words) and all(in_quotation(t) for t in words)


@register("continued-quotation")
def continued_quotation(sent: Span, speaker: Token, props: list[Proposition]) -> list[Proposition]:
    """'"Sales are up," said Tom Reed. "However, the harbour project is late."': a sentence wholly
    inside quotation marks, with no verb of saying, right after a quotation whose speaker the
    sentence named, is that speaker's too. Its facts are attributed to the speaker, and a
    statement (a ``clausal`` proposition of "say", graph only) links the speaker to it.

    Linguistic reason: news style names the speaker once, at the first sentence of a quotation,
    and a quotation that goes on (in the next sentence, or the next paragraph opened by a
    quotation mark) without a new "said X" is the same speaker's; a new speaker is always named.
    """
    for prop in props:
        if prop.attribution is None:
            prop.attribution = argument(speaker)
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return []
    words = [t for t in sent if t.text not in QUOTE_MARKS]
    while words and words[-1].is_punct:
        words.pop()  # the full stop: the clause is what was said, as after "said"
    return [Proposition(sentence=sent, relation="said", lemma="say", args=[argument(speaker), Argument(root, tuple(words))],
                        rule="clausal", confidence=0.5, open_ie=False)]


class QuotedSpeakers:
    """Who speaks in a document, sentence by sentence: the speaker a quotation continues with."""

    def __init__(self) -> None:
        self.speaker: Token | None = None

    def propositions(self, sent: Span, props: list[Proposition]) -> list[Proposition]:
        """The propositions a continued quotation adds to the sentence's (whose attribution it
        fills in): see :func:`continued_quotation`."""
        if not quoted_anywhere(sent):
            self.speaker = None  # no word inside quotation marks: no speaker, nothing goes on
            return []
        own = _speaker_of(sent)
        if own is not None:
            # a relative pronoun ("the courts which, said X, ...") is no speaker to carry on
            self.speaker = own if _carried(own) else None
            return []
        if (not _wholly_quoted(sent) or "continued-quotation" in disabled()
                or any(t.lemma_ in _NAMING_SPEAKER and t.pos_ == "VERB" and not own_saying(t) for t in sent)):
            # (a verb of saying in it, even inside marks left open, may name a speaker of its own)
            self.speaker = None
            return []
        speaker = self.speaker if self.speaker is not None else speaker_named_after(sent)
        if speaker is None:
            return []
        note_speaker(sent, speaker)  # for the references: a "he" in it is not the speaker
        return continued_quotation(sent, speaker, props)


# The subjects by which a speaker speaks of themself, inside their own quotation.
_FIRST_PERSON = frozenset({"i", "we"})


@register("quoted-own-saying")
def own_saying(verb: Token) -> bool:
    """'"I have faith in Jon Dahl," said Tom Reed. "I told him he was going nowhere."': a verb of
    saying inside a quotation whose subject is "I" or "we" names no one else as its speaker; the
    quotation then goes on as the speaker's (:func:`continued_quotation`), and a "he" in it is
    still not the speaker.

    Linguistic reason: a new speaker of a quotation is named as the subject of a verb of saying
    ("Jon Dahl said"); a speaker's own narration of what they said ("I told him", "we said") names
    the speaker of the quotation itself. A verb with another subject may start a quotation of
    someone else's, and one with no subject ("saying 'what ...'") is left to that guard too: a
    single quotation mark of a scare quote miscounts where a quotation is.
    """
    if "quoted-own-saying" in disabled():
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.lower_ in _FIRST_PERSON for s in subjects)


@register("speaker-named-after")
def speaker_named_after(sent: Span) -> Token | None:
    """'"Nordbank will grow. Vexa Holdings will not," said Tom Reed': a sentence wholly inside a
    quotation, with no speaker named before it, is the speaker's that the sentence where the
    quotation closes names (:func:`kg.resolve.quotations.closing_speaker`); its facts are
    attributed to that speaker, as in :func:`continued_quotation`.

    Linguistic reason: the "said X" that closes a quotation names the speaker of all of it, not
    only of its last sentence: news often opens a paragraph with a quotation of two or three
    sentences and names the speaker after them.
    """
    if "speaker-named-after" in disabled():
        return None
    speaker = closing_speaker(sent)
    return speaker if speaker is not None and _carried(speaker) else None


def _carried(speaker: Token) -> bool:
    """A speaker that other sentences of the quotation can be given: not a relative pronoun
    ("the courts which, said X, ..."), nor a nationality ("said the American": a person the
    text leaves the reader to find, whom the references do not resolve)."""
    return speaker.tag_ not in ("WDT", "WP", "WP$") and not (
        speaker.ent_type_ == "NORP" and any(c.dep_ == "det" for c in speaker.children))  # ("Mr Irish" is a name)


@triggered_by(lemmas={"quote"})
def quoted_as_saying_propositions(sent: Span) -> Iterator[Proposition]:
    """'"Nordbank will close the branch," the Bergen Post quoted Anna Berg as saying': Anna Berg
    says the quoted clause (a ``clausal`` proposition of "say", graph only), which the clause's
    facts are attributed to (:func:`kg.extract.adjuncts.quoted_speaker`); the Post only quotes.

    Linguistic reason: "A quoted B as saying S" reports B's words: the "as" phrase predicates the
    saying of the object of "quote", so the speaker of S is B, not the subject A.
    """
    if "quoted-as-saying" in disabled():
        return  # (its propositions are ``clausal``, the rule every statement comes from)
    if "quote" not in sentence_lemmas(sent):
        return  # (no verb "quote" in the sentence: nothing below can match)
    for verb in sentence_tokens(sent):
        speaker = quoted_as_saying(verb)
        if speaker is None:
            continue
        saying = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
        clause = next((c for h in (verb, *saying) for c in h.children if c.dep_ == "ccomp"
                       and c.pos_ in ("VERB", "AUX")), None)
        if clause is not None:
            words = tuple(t for t in clause.subtree if t.text not in QUOTE_MARKS and not t.is_punct)
            yield Proposition(sentence=sent, relation="said", lemma="say", args=[argument(speaker), Argument(clause, words)],
                              rule="clausal", confidence=0.5, open_ie=False)
