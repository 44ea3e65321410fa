"""The firm a business article is about, for the executive titles it gives with no firm: "said
chief executive Tom Reed" in an article headed "Nordbank profits soar" is Nordbank's chief
executive (rule ``article-firm``).

kg.extract's rules read one sentence; this reads the document (its parsed segments, the first
of which is the headline), so the fact builder (:mod:`kg.resolve.facts`) asks it once a document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from kg.extract.registry import disabled, register
from kg.model import Entity

# Titles of a firm's officers, which a business article names without the firm it is about.
EXECUTIVE_TITLES = frozenset({
    "chief executive", "chief executive officer", "chairman", "chairwoman", "chief financial officer",
    "finance director", "managing director", "chief operating officer", "ceo", "cfo", "coo",
    "executive chairman", "finance chief", "chief economist", "group chief executive",
})
# Words before such a title that leave it the same post at the same firm ("acting chief executive").
_SAME_POST = frozenset({"acting", "interim", "new", "deputy", "joint"})
_PUNCT = re.compile(r"[^\w\s]")
# How often the body must name the firm an article is about.
_TOPIC_MENTIONS = 3
# A headline is short and has no full stop at its end.
_HEADLINE_WORDS = 16


def executive_title(title: str) -> bool:
    """A firm officer's title (``EXECUTIVE_TITLES``), with "acting", "new" or "deputy" before it;
    not "former" (a former officer may have served another firm)."""
    words = title.lower().split()
    for n in range(len(words)):
        if " ".join(words[n:]) in EXECUTIVE_TITLES:
            return all(w in _SAME_POST for w in words[:n])
    return False


def _headline(docs: Sequence[Doc]) -> Doc | None:
    if len(docs) < 2:
        return None
    first = docs[0]
    last = next((t for t in reversed(first) if not t.is_space), None)
    if last is None or len(first) > _HEADLINE_WORDS or last.text in (".", "!", "?"):
        return None
    return first


def _plain(text: str) -> str:
    """Words in lower case without punctuation: "McDonald's" and "McDonalds" are one name."""
    return " ".join(_PUNCT.sub("", text.lower()).split())


@register("article-firm")
def article_firm(docs: Sequence[Doc], entity: Callable[[Token], Entity | None]) -> Entity | None:
    """The firm a business article is about: the organisation its body names most often (three
    times or more, and twice as often as any other), when the headline names it too (``entity``
    resolves a word as the document's resolver does). An executive title the article gives with
    no firm ("said chief executive Tom Reed", "Chairman Jon Dahl said") is held there.

    Linguistic reason: a news article is about what its headline names, and keeps naming it; a
    business story about one firm names that firm's officers by their title alone ("chief
    executive Tom Reed"), leaving the firm to the topic, as a definite description leaves its
    referent to the text before. Only one clear topic (a story about two firms has none), and
    (in :mod:`kg.resolve.facts`) only an officer's title of a firm, in a sentence that names no
    other organisation, with no other organisation named since the topic last was
    (:func:`last_organisation`).
    """
    if "article-firm" in disabled():
        return None
    headline = _headline(docs)
    if headline is None:
        return None
    counts: dict[str, int] = {}
    firms: dict[str, Entity] = {}
    for doc in docs[1:]:
        for tok in doc:
            found = _organisation_at(tok, entity)
            if found is not None:
                counts[found.id] = counts.get(found.id, 0) + 1
                firms[found.id] = found
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    if not ranked or counts[ranked[0]] < _TOPIC_MENTIONS:
        return None
    if len(ranked) > 1 and counts[ranked[0]] < 2 * counts[ranked[1]]:
        return None  # two firms the story keeps naming: no one topic
    firm = firms[ranked[0]]
    return firm if f" {_plain(firm.name)} " in f" {_plain(headline.text)} " else None


def last_organisation(sent: Span, docs: Sequence[Doc], entity: Callable[[Token], Entity | None]) -> Entity | None:
    """The organisation named last before ``sent`` in the document (``docs``, its segments): the
    firm the text was speaking of when it gave the title."""
    seen = False
    for doc in reversed(docs):
        if doc is sent.doc:
            seen = True
            words = doc[:sent.start]
        elif seen:
            words = doc[:]
        else:
            continue
        for tok in reversed(words):
            found = _organisation_at(tok, entity)
            if found is not None:
                return found
    return None


def _organisation_at(tok: Token, entity: Callable[[Token], Entity | None]) -> Entity | None:
    """The organisation a name ending at ``tok`` stands for, as the resolver reads it (the model's
    label on one mention of a firm may be a person's, or none)."""
    if tok.pos_ != "PROPN" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN"):
        return None
    found = entity(tok)
    return found if found is not None and found.type == "ORG" else None


def other_organisation(sent: Span, firm: Entity, entity: Callable[[Token], Entity | None]) -> bool:
    """The sentence names an organisation that is not the article's firm (whose officer the title
    may as well be: "said Vexa chief executive Tom Reed" read wrong, or a rival's)."""
    for tok in sent:
        found = _organisation_at(tok, entity)
        if found is not None and found.id != firm.id:
            return True
    return any(ent.label_ == "ORG" and entity(ent[-1]) is None for ent in sent.ents)
