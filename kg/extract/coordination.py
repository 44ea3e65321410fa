"""A coordinated subject as one argument in the Open IE view: (Ann and Tom; won; the cup).

The verb rules state one proposition per subject, so that the graph has a fact for each
("Ann and Tom won the cup": Ann won it, Tom won it). The Open IE view reads the clause as it is
written: the coordination is the subject, and one proposition says what the clause says.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract.arguments import subject_argument
from kg.extract.base import Argument, Proposition
from kg.extract.nominal import balance_quotes, conjuncts
from kg.extract.registry import disabled, register


def joined_subject(subs: list[Token], verb: Token) -> Argument | None:
    """The subjects as one argument when they are the conjuncts of one noun phrase, else None."""
    if len(subs) < 2 or [t.i for t in conjuncts(subs[0])] != [t.i for t in subs]:
        return None
    ids = {t.i for t in subs}
    keep = {t.i for s in subs for t in subject_argument(s, verb).tokens}
    # the "and" and the commas that join the conjuncts (not those inside a conjunct's own words)
    keep |= {t.i for t in verb.doc[min(ids):max(ids)] if t.dep_ in ("cc", "punct", "preconj") and t.head.i in ids}
    return Argument(subs[0], tuple(balance_quotes([verb.doc[i] for i in sorted(keep)])))


@register("coordinated-subject")
def coordinated_subject_readings(props: Iterable[Proposition], subs: list[Token],
                                 verb: Token) -> Iterator[Proposition]:
    """"Ann and Tom won the cup" → (Ann and Tom; won; the cup) in the Open IE view, where the
    graph keeps (Ann; won; the cup) and (Tom; won; the cup).

    Linguistic reason: a coordinated noun phrase is one constituent, the subject of the clause;
    the verb agrees with the whole of it ("Ann and Tom *were* late"), and with a collective
    predicate ("met in Oslo", "were the founders of the firm", "shared the prize") no conjunct
    alone is the subject of what is said. Splitting it is a reading a graph needs (a fact per
    entity), not what the sentence states. Open IE only: the graph's propositions are unchanged.
    """
    props = list(props)
    joined = None if "coordinated-subject" in disabled() else joined_subject(subs, verb)
    if joined is None:
        yield from props
        return
    first = {t.i for t in subject_argument(subs[0], verb).tokens}
    others = {t.i for t in subs[1:]}
    for prop in props:
        head = prop.args[0].head.i
        if prop.open_ie and head == subs[0].i and {t.i for t in prop.args[0].tokens} == first:
            yield replace(prop, args=[joined, *prop.args[1:]], graph=False)
            prop.open_ie = False
        elif head in others and {t.i for t in prop.args[0].tokens} == {t.i for t in subject_argument(
                verb.doc[head], verb).tokens}:
            prop.open_ie = False
        yield prop
