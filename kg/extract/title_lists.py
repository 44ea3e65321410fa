"""A plural title straight before the names it describes: "major shareholders Tom Reed and Anna
Berg", "Nordvik's directors Per Lund and Karin Dahl" (rule ``title-list``).

The parse makes the first name an apposition of the plural noun (no comma between) and the others
its conjuncts, so the prenominal rule (:func:`kg.extract.prenominal.prenominal_role_propositions`),
which reads a title hung on the name, finds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.extract.base import Argument, Proposition, Role
from kg.extract.reading import sentence_tokens
from kg.extract.registry import disabled
from kg.extract.roles import name_span, role_of
from kg.extract.titled_names import listed_names
from kg.resolve.referring import PERSON_KINDS

# Person nouns a plural title before names is made of: titles and occupations, and the holders of
# a share in a firm or a club ("major shareholders A and B").
LIST_TITLES = PERSON_KINDS | {"shareholder", "stakeholder", "investor", "owner", "backer", "partner", "member"}


def title_list_propositions(sent: Span) -> Iterator[Proposition]:
    """"the approval of major shareholders Tom Reed and Anna Berg" → each holds "major
    shareholder" (at the organisation the title names, if any: "Nordvik's directors").

    Linguistic reason: a plural title noun run straight into names, with no comma, is a close
    apposition: the names are the members of the set the noun describes, so each holds the title
    (in the singular), as "stars A, B and C" are each a star. Only person nouns, and only names
    the model tagged as people; a comma would make it a loose apposition, which the apposition
    rule reads.
    """
    for tok in sentence_tokens(sent):
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in LIST_TITLES or "title-list" in disabled():
            continue
        first = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        name = name_span(first) if first is not None else None
        if name is None or name.label_ != "PERSON" or name.start != tok.i + 1:
            continue
        holders = [name, *listed_names(name)]
        for person in holders:
            role = role_of(person.root, tok)
            org = role.org
            args = [Argument(person.root, tuple(person)),
                    Argument(org, (org,)) if org is not None else Argument(tok, (tok,))]
            yield Proposition(sentence=sent, relation="is", lemma="be", args=args, rule="title-list",
                              role=Role(person.root, role.title, tok, org), open_ie=False)
