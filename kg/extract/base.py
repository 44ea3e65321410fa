"""The Open IE view of a sentence: propositions over spaCy tokens, before entity resolution."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token


def join_tokens(tokens: Sequence[Token]) -> str:
    """Tokens as the sentence spells them, with one space where tokens were left out between."""
    if not tokens:
        return ""
    parts: list[str] = []
    before = tokens[0]
    for tok in tokens[1:]:
        # (a token's text with its own space, in one look-up, where the next token follows it)
        parts.append(before.text_with_ws if tok.i == before.i + 1 else before.text + " ")
        before = tok
    parts.append(before.text)
    return "".join(parts).strip()


@dataclass(slots=True)
class Argument:
    """An argument of a proposition: its head token and the tokens the sentence gives it.

    ``tokens`` are in sentence order and need not be contiguous (a relative clause or a conjunct
    may be cut out of the middle). ``prefix`` is a preposition that belongs to the argument
    ("in" for "in Istanbul") when it is not part of the relation.
    """

    head: Token
    tokens: tuple[Token, ...]
    prefix: str = ""

    @property
    def text(self) -> str:
        body = join_tokens(self.tokens)
        return f"{self.prefix} {body}" if self.prefix else body

    @property
    def start_char(self) -> int:
        return self.tokens[0].idx if self.tokens else self.head.idx


@dataclass(slots=True)
class Role:
    """A title its holder has, and where it is held: "Russia's foreign minister Sergei Lavrov" →
    holder Lavrov, title "foreign minister", org Russia (``None`` when the sentence names none).
    ``title_head`` is the title's head noun, which types the relation (minister → MINISTER)."""

    holder: Token
    title: str
    title_head: Token
    org: Token | None = None


@dataclass(slots=True)
class Proposition:
    """One relation the sentence states, in the sentence's own words.

    ``args[0]`` is the subject as written (the passive subject for a passive), ``args[1]`` the
    object; more arguments are time, place and other prepositional phrases. ``lemma`` is the
    predicate that names the relation in the graph (``decline`` for "has declined to meet").
    ``agent_first`` says the graph's subject is ``args[1]`` (a passive with ``by``: "X is headed by
    Y" gives Y -HEAD-> X).
    """

    sentence: Span
    relation: str
    lemma: str
    args: list[Argument]
    rule: str
    negated: bool = False
    modality: str | None = None
    attribution: Argument | None = None
    agent_first: bool = False
    confidence: float = 0.5
    related: list[str] = field(default_factory=list)
    # False for Open IE readings the graph does not take (a pronoun subject such as "it", an
    # implied "is"/"has" from a title or a possessive): ``kg extract --format carb`` shows them.
    graph: bool = True
    # A role the proposition states ("X, the foreign minister of Y"): the graph takes it as a role
    # fact, with the title apart from the organisation.
    role: Role | None = None
    # False for graph-only readings that CaRB's Open IE view does not show.
    open_ie: bool = True
    # A condition on the whole document (its segments, parsed) for the graph to take the
    # proposition: evidence a rule cannot see from its sentence's paragraph ("Norway's Nordbank"
    # is a firm's seat when another paragraph says "Oslo-based Nordbank").
    document_check: Callable[[Sequence[Doc]], bool] | None = None

    @property
    def arg_texts(self) -> list[str]:
        return [a.text for a in self.args]
