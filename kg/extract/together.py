"""Who did something together with the subject: "starred in three films, alongside Tom Reed".

Rule ``alongside``. A verb's "alongside" (or "together with") phrase names the people or
organisations who took part with its subject. The verb rules read the verb's first phrase as its
object ("starred in three films"); this reads the companions after it as a fact of their own,
``(Anna Berg)-[:STAR {star alongside}]->(Tom Reed)``. Graph-only: CaRB's Open IE view keeps the
sentence's own propositions.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.adjuncts import attribution_of
from kg.extract.base import Proposition
from kg.extract.clauses import is_negated, lemma_with_particle, modal_of, subjects
from kg.extract.nominal import argument, conjuncts, examples_of
from kg.extract.reading import children, sentence_tokens, sentence_words
from kg.extract.registry import triggered_by

_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _companion_phrase(verb: Token) -> Token | None:
    """The "alongside" or "together with" phrase of a verb that has something else before it (an
    object or another phrase): "starred alongside X" alone is already the verb's fact."""
    preps = [c for c in children(verb) if c.dep_ == "prep" and c.i > verb.i]
    for prep in preps:
        together = prep.lower_ == "with" and any(c.lower_ == "together" and c.i == prep.i - 1 for c in children(prep))
        if prep.lower_ != "alongside" and not together:
            continue
        if any(c.dep_ in ("dobj", "attr") for c in children(verb)) or any(p.i < prep.i for p in preps):
            return prep
    return None


def _companions(pobj: Token) -> list[Token]:
    """The names of the phrase: each of a list, or the names a plural noun is given by ("fellow
    regulars Tom Reed and Ole Dahl")."""
    named = examples_of(pobj) if pobj.pos_ == "NOUN" else conjuncts(pobj)
    return [t for t in named if t.pos_ == "PROPN" and t.ent_type_ in _NAMED | {""}]


@triggered_by(words={"alongside", "together"})
def alongside_propositions(sent: Span) -> Iterator[Proposition]:
    """"Anna Berg starred in three comedies, alongside fellow regulars Tom Reed and Ole Dahl" →
    (Anna Berg; starred alongside; Tom Reed), (Anna Berg; starred alongside; Ole Dahl).

    Linguistic reason: "alongside" and "together with" after a verb's own phrases add who else
    took part in what the verb says (a comitative), so the subject did it with each of them; the
    verb gives the tense, the negation, the modality and who says so.
    """
    words = sentence_words(sent)
    if "alongside" not in words and "together" not in words:
        return  # (neither phrase in the sentence: nothing below can match)
    for verb in sentence_tokens(sent):
        if verb.pos_ != "VERB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
            continue  # "was nominated to leave the show alongside X": the phrase may be the nomination's
        prep = _companion_phrase(verb)
        pobj = prep and next((c for c in children(prep) if c.dep_ == "pobj"), None)
        if prep is None or pobj is None:
            continue
        subs, _ = subjects(verb)
        for subj in subs:  # a surname the model took for a plural noun ("Banks") is a name to the graph
            for other in _companions(pobj):
                yield Proposition(sentence=sent, relation=f"{verb.text} {prep.text}",
                                  lemma=f"{lemma_with_particle(verb)} alongside", args=[argument(subj), argument(other)],
                                  rule="alongside", negated=is_negated(verb), modality=modal_of(verb),
                                  attribution=attribution_of(verb), confidence=0.5, open_ie=False)
