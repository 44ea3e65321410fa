"""A town's name in the possessive before a player's name in sport news: "Bergen's Tom Reed
scored twice" → ``(Tom Reed)-[:PLAY_FOR {predicate: "play for"}]->(Bergen)``.

Rule ``club-possessive``. Sport news names a club by its town ("West Bergen", "Bergen") and the
model tags such a name a place, so ``possessive-affiliation`` (an organisation's people) does not
read it, and ``possessive-origin`` leaves a town alone (only a country is where a person is from).
Graph-only: CaRB's Open IE view keeps the possessive's own reading.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span

from kg.extract.affiliations import POSSESSIVE_MARKS, possessive_people
from kg.extract.base import Argument, Proposition
from kg.extract.registry import triggered_by

# Words of sport reports: a document with three of them or more is sport news.
SPORT_WORDS = frozenset({
    "striker", "midfielder", "defender", "winger", "goalkeeper", "keeper", "flanker", "fly-half", "scrum-half",
    "full-back", "centre-back", "squad", "fixture", "goal", "try", "cap", "match", "league", "cup",
    "premiership", "coach", "tournament", "championship", "season", "debut", "referee", "penalty", "kick-off",
    "manager", "side", "game", "win", "draw", "defeat", "victory",
})
_SPORT_EVIDENCE = 3


def sport_document(docs: Sequence[Doc]) -> bool:
    """The document (its parsed segments) is sport news: three or more distinct sport words."""
    seen: set[str] = set()
    for doc in docs:
        for tok in doc:
            lemma = tok.lemma_.lower()
            if lemma in SPORT_WORDS:
                seen.add(lemma)
                if len(seen) >= _SPORT_EVIDENCE:
                    return True
    return False


@triggered_by(words=POSSESSIVE_MARKS)
def club_possessive_propositions(sent: Span) -> Iterator[Proposition]:
    """"Bergen's Tom Reed scored twice", in sport news → (Tom Reed; play for; Bergen).

    Linguistic reason: a name in the possessive right before a person's name, with no title
    between them, presents the person as one of the possessor's people (as
    ``possessive-affiliation`` reads an organisation's); in sport news a town's name so placed
    stands for its club (metonymy: "Bergen beat Vexa" is the club's win), and the person is one
    of its players. Only a place the model tagged (GPE) that is no country (a country's possessive
    says where the person is from: ``possessive-origin``), only a person's full name after it, and
    only in a document that is sport news (checked on the whole document when the graph takes
    the fact: three or more words of sport reports). Graph-only.
    """
    for tok, owner, person in possessive_people(sent, "GPE"):
        yield Proposition(sentence=sent, relation="of", lemma="play for",
                          args=[person, Argument(tok, tuple(owner))], rule="club-possessive",
                          confidence=0.5, open_ie=False, document_check=sport_document)
