"""A name the model called a person that its sentence calls a firm is an organisation (rule ``kind-type``)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.registry import disabled, register
from kg.resolve.names import given_names
from kg.resolve.referring import ORG_ONLY_KINDS, PERSON_KINDS, stated_kinds

# Kinds only an organisation is, never a person's title or occupation: not "broadcaster" (also a
# presenter) or "concern" ("the flanker is a major concern").
FIRM_KINDS = ORG_ONLY_KINDS - PERSON_KINDS - {"broadcaster", "concern"}
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "dame"})


@register("kind-type")
def kind_type(label: str, tok: Token, name: str) -> str:
    """"Swiss cement firm Holcim", "Holcim, the cement group", "Holcim is a cement firm": the
    model's PERSON for a name whose sentence calls it a kind only an organisation is (firm,
    company, bank, airline, group, ...) becomes ORG, unless the name opens with a given name or
    an honorific ("Mr").

    Linguistic reason: a close apposition or a copula classifies its name ("the firm Holcim" is a
    firm), and a firm is no person; the tagger's label is a guess from the name's letters, which
    for a one-word foreign name ("Holcim", "Yukos") is often a person's. Returns the type the
    mention votes for.
    """
    if label != "PERSON" or "kind-type" in disabled():
        return label
    first = name.split()[0].lower() if name.split() else ""
    if first in given_names() or first.rstrip(".") in _HONORIFICS:
        return label
    # a plural kind word in the name is as often a surname: "Hilda Banks" is no bank ("Alfa
    # Group" is a group)
    own = {w.lower()[:-1] for w in name.split() if w.lower().endswith("s")}
    return "ORG" if (stated_kinds(tok) - own) & FIRM_KINDS else label
