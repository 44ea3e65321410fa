"""A noun phrase that opens a sentence describes its subject: "A former banker, Anna Holt joined
the board" (rule ``fronted-description``, one of the role rules of :mod:`kg.extract.roles`)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.reading import sentence_tokens
from kg.extract.registry import triggered_by
from kg.extract.roles import NOT_TITLES, TITLE_NOUNS, name_span, role_org

# Endings of agent nouns, which name people by what they do: "supporter", "editor", "activist".
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _is_person_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and not tok.ent_type_ and (lemma in TITLE_NOUNS or lemma.endswith(AGENT_ENDINGS))


def _fronted_holder(sent: Span, comma: Token) -> Span | None:
    """The person named right after the comma that closes an opening phrase, as the clause's
    subject (or, where the parse hangs it there, an apposition): "…, Mr Murray agreed"."""
    i = comma.i + 1
    while i < sent.end and sent.doc[i].lower_.rstrip(".") in NOT_TITLES:
        i += 1
    name = name_span(sent.doc[i]) if i < sent.end else None
    if name is None or name.label_ != "PERSON" or name.start != i:
        return None
    return name if name.root.dep_ in ("nsubj", "nsubjpass", "appos") else None


@triggered_by(words={"a", "an"})
def fronted_description_propositions(sent: Span) -> Iterator[Proposition]:
    """"A former banker, Anna Holt joined the board" → Anna Holt is a former banker; "A lifetime
    City supporter and club director, Mr Hale agreed" → a supporter of City and a director.

    Linguistic reason: a noun phrase with no verb that opens a sentence and is set off by a comma
    is a dislocated apposition: it describes the subject of the clause after it. Only a person
    named right after the comma is described, and only by nouns that name people (titles, and
    agent nouns: "supporter", "editor"), so "A day earlier, Mr Lund" describes no one. A
    graph-only reading, like the other role rules.
    """
    comma = next((t for t in sentence_tokens(sent) if t.text == ","), None)
    if comma is None or comma.i - sent.start < 2 or sent[0].lower_ not in ("a", "an"):
        return
    opening = sent.doc[sent.start:comma.i]
    holder = _fronted_holder(sent, comma)
    if holder is None or any(t.pos_ in ("VERB", "AUX") for t in opening):
        return
    for noun in opening:
        if _is_person_noun(noun) and noun.dep_ not in ("compound", "poss", "pobj", "dobj", "amod"):
            role = _opening_role(holder.root, noun)
            obj = Argument(role.org, (role.org,)) if role.org is not None else Argument(noun, (noun,))
            yield Proposition(sentence=sent, relation="is", lemma="be", args=[Argument(holder.root, tuple(holder)), obj],
                              rule="fronted-description", role=role, open_ie=False)


def _opening_role(holder: Token, noun: Token) -> Role:
    """The role an opening description gives: a proper noun on the title names where it is held
    though the model typed it as no organisation ("a Leeds supporter", "an IBM engineer"); a
    common noun there is part of the title ("a board director")."""
    org = role_org(noun) or next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                                  and c.ent_type_ != "PERSON"), None)
    if org is not None and org.pos_ == "NOUN" and not org.ent_type_:
        org = None
    skip = set() if org is None else {t.i for t in org.subtree}
    words = [t.lower_ for t in noun.lefts if t.dep_ in ("amod", "compound") and t.i not in skip]
    return Role(holder, " ".join([*words, noun.lower_]), noun, org)
