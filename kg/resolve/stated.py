"""A description to the one name of the document stated to be of its kind (rule ``stated-kind``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from kg.extract.registry import disabled, register
from kg.model import Entity


@register("stated-kind")
def stated_kind(head: str, named: Iterable[Entity], kinds: Mapping[str, set[str]],
                fits: Callable[[Entity], bool], same_kind: Callable[[str, str], bool]) -> Entity | None:
    """"Nordbank lawyer Per Lund ... [five sentences] ... The lawyer added that ...", "budget
    airline SkyNord ... [a paragraph on its rivals] ... the airline said": a definite description
    that the sentences just before leave open stands for the one name of the document, anywhere
    before it, that the text has said is of the description's kind ("lawyer Per Lund", "Per Lund,
    the lawyer", "Per Lund is a lawyer"); with none or two, it stays unresolved.

    Linguistic reason: a definite description presupposes a referent the reader can pick out
    uniquely from the discourse so far (familiarity and uniqueness), and its head noun carries
    what the referent is. When the text has introduced exactly one entity as a lawyer or an
    airline, "the lawyer" and "the airline" can only be that one, however far back: the title or
    kind given with the name is carried to the later bare mention. A pronoun carries no kind, so
    it keeps to the nearby window; a generic head ("the company", "the group") fits too many
    organisations to be carried this way, and is left to the window too, and so is "the club"
    or "the side": a sports report names many teams and seldom says that each is a club, so one
    stated club makes no club unique.
    ``named`` are the document's names so far (mentions and resolved references), ``kinds`` the
    nouns each has been said to be, ``fits`` the agreement test (person or organisation, gender).
    """
    if "stated-kind" in disabled():
        return None
    found = {e.id: e for e in named if fits(e) and any(same_kind(head, k) for k in kinds.get(e.id, ()))}
    return next(iter(found.values())) if len(found) == 1 else None
