"""Names said to be among a plural kind: "Tom Reed, Anna Berg and Jon Dahl are among the stars who
have signed" (rule ``among-kind``)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.reading import children
from kg.extract.registry import triggered_by
from kg.extract.roles import name_span

_HOLDERS = frozenset({"PERSON", "ORG"})
_COPULAS = frozenset({"be", "remain"})
# "among the big names": a name is how fame is spoken of, no kind of person ("a big name" is not
# a name); "among the few", "among the ones": no noun of a kind at all; "among the people ruled
# out": "people" says only that they are persons, no kind of them
_NOT_KINDS = frozenset({"name", "one", "few", "other", "example", "thing", "reason", "highlight", "people"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "'ll", "wo"})


def _subjects(verb: Token) -> list[Span]:
    """The named people or organisations of the verb's subject and its conjuncts, each whole."""
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    # "A, B and C are ...": the model hangs a list's names as conjuncts or appositions of the first
    listed, stack = [subj], [subj]
    while stack:
        for c in children(stack.pop()):
            if c.dep_ in ("conj", "appos"):
                listed.append(c)
                stack.append(c)
    if any(c.dep_ == "cc" and c.lower_ not in ("and", "&") for t in listed for c in children(t)):
        return []  # "... Inter and Juventus but Bayern and Barcelona were": no one list (nor "or")
    out = []
    for tok in listed:
        ent = name_span(tok)
        if ent is not None and ent.label_ in _HOLDERS and ent.root.i == tok.i:
            out.append(ent)
    return out


def _stated_among(sent: Span) -> Iterator[tuple[Token, Token]]:
    """(copula, plural noun) of each "X is among the Ns" the sentence states: "be" or "remain"
    with no negation, modal or infinitive on it, not under another verb, and a lower-case plural
    noun after "the" (``among-kind``, ``among-clause``)."""
    for prep in sent:
        if prep.lower_ not in ("among", "amongst") or prep.dep_ != "prep":
            continue
        verb = prep.head
        if verb.lemma_.lower() not in _COPULAS or verb.pos_ not in ("AUX", "VERB") or verb.dep_ in ("xcomp", "advcl"):
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) or c.tag_ == "TO" for c in children(verb)):
            continue
        noun = next((c for c in children(prep) if c.dep_ == "pobj"), None)
        if noun is None or noun.tag_ != "NNS" or not noun.is_lower:
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in children(noun)):
            yield verb, noun


@triggered_by(words={"among", "amongst"})
def among_kind_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed, Anna Berg and Jon Dahl are among the stars who have signed the letter" → each
    of the three is a star (``IS_A``, title "star"), beside the ``BE_AMONG`` the verb rules make.

    Linguistic reason: "X is among the Ns" places X in the set of Ns, so X is an N, as "X is one
    of the Ns" says; the plural noun names a kind each listed name belongs to. Only with the verb
    "be" or "remain" stated of a named person or organisation, a plural common noun after
    "the" (not "those", not a number: "among 20 acts" says the same but "among those" names no
    kind; a figure of speech such as "the big names" is none), one list joined by "and", and the
    copula asserted: a modal, a negation or an infinitive ("tipped to be among the winners")
    states no membership.
    """
    for verb, noun in _stated_among(sent):
        if noun.lemma_.lower() in _NOT_KINDS:
            continue
        if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == "-":
            continue  # "among the runners-up": the model's word is part of one ("runners")
        mods = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower]
        title = " ".join([*(m.lower_ for m in mods), noun.lemma_.lower()])
        for name in _subjects(verb):
            yield Proposition(sentence=sent, relation="is", lemma="be",
                              args=[Argument(name.root, tuple(name)), Argument(noun, (*mods, noun))],
                              rule="among-kind", role=Role(name.root, title, noun), open_ie=False)


def _clause_verbs(noun: Token) -> list[Token]:
    """The clauses that narrow the set: an active relative clause ("the stars who have signed the
    letter"), a present participle ("the firms bidding for Lumo") or a past participle of
    expectation with its infinitive ("the players expected to miss the final")."""
    from kg.extract.members import active_relative  # (members imports the verb rules)

    def narrows(c: Token) -> bool:
        if c.dep_ == "relcl":
            return active_relative(c)
        return c.dep_ == "acl" and (c.tag_ == "VBG" or any(g.dep_ == "xcomp" for g in children(c)))

    return [c for c in children(noun) if c.i > noun.i and c.pos_ == "VERB" and narrows(c)]


@triggered_by(words={"among", "amongst"})
def among_clause_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed, Anna Berg and Jon Dahl are among the stars who have signed the letter" → each of
    the three has signed the letter; "Nordbank is among the firms bidding for Lumo" → (Nordbank;
    bid for; Lumo).

    Linguistic reason: "X is among the Ns who VERB" places X in the set the clause narrows the Ns
    to, so what the clause says of the set's members holds of X, with the clause's own modality
    and negation ("expected to miss" stays expected), as ``include-clause`` reads "Ns who VERB
    include X". Only under the copula "be"/"remain" stated of a named person or organisation
    (no negation, modal or infinitive on it), one list joined by "and", a plural noun after
    "the", and a clause whose subject is that noun (a passive names no doer). Graph-only.
    """
    from kg.extract.members import clause_member_propositions  # (members imports the verb rules)

    for verb, noun in _stated_among(sent):
        clauses = _clause_verbs(noun)
        if not clauses:
            continue
        names = [Argument(name.root, tuple(name)) for name in _subjects(verb)]
        yield from clause_member_propositions(sent, noun, clauses, names, "among-clause")
