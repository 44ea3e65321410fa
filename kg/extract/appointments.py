"""A title given by a passive verb of appointment: "Anna Berg was named chairman of Nordbank".

Rule ``appointed-role``. The graph reads it as a role, title and organisation apart, as the
other role rules (:mod:`kg.extract.roles`) do: ``(Anna Berg)-[HEAD {predicate: "chairman"}]->(Nordbank)``.
Graph-only: CaRB's Open IE view keeps the sentence's own proposition.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.capacities import RELATIVE_PRONOUNS, relative_holder
from kg.extract.nominal import argument
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import triggered_by
from kg.extract.roles import TITLE_NOUNS, role_of

# Verbs that give their object a title: in the passive their subject holds it.
APPOINTING = frozenset({"name", "appoint", "elect", "make", "promote", "confirm", "install", "re-elect"})


def _title(verb: Token) -> Token | None:
    """The title noun a passive verb of appointment gives its subject ("named chairman")."""
    noun = next((c for c in children(verb) if c.dep_ in ("oprd", "attr", "dobj") and c.pos_ == "NOUN"), None)
    if noun is None or noun.lemma_.lower() not in TITLE_NOUNS:
        return None
    if any(c.dep_ == "amod" and c.tag_ in ("JJS", "RBS") for c in children(noun)):
        return None  # "named best director": a superlative names a prize's category, no office
    return noun


@triggered_by(lemmas=APPOINTING)
def appointed_role_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed has been appointed chief executive of Fjord Capital" → Tom Reed holds "chief
    executive" at Fjord Capital.

    Linguistic reason: name, appoint, elect and make take an object and its title ("the board
    named her chairman"); in the passive the object is the subject, so the subject holds the
    title, and an "of" phrase or possessor on the title says where, as in any description. Only a
    title noun counts ("was named best director" is a prize, ``prize-winner``).
    """
    if APPOINTING.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for verb in sentence_tokens(sent):
        if verb.lemma_ not in APPOINTING or verb.tag_ != "VBN":
            continue
        holder = next((c for c in children(verb) if c.dep_ == "nsubjpass" and c.pos_ in ("PROPN", "PRON")), None)
        if holder is not None and holder.lower_ in RELATIVE_PRONOUNS:
            holder = relative_holder(verb)  # "Tom Reed, who was named chairman"
        title = _title(verb)
        if holder is None or title is None:
            continue
        role = role_of(holder, title)
        obj = Argument(role.org, (role.org,)) if role.org is not None else argument(title)
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(holder), obj],
                          rule="appointed-role", role=role, open_ie=False)
