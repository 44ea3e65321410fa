"""A title before a name that is an agent noun: the act it names, beside the role.

"Winter Roads director Tom Reed" says Tom Reed holds "director" at Winter Roads (rule
``role-title``, :mod:`kg.extract.prenominal`) and, because "director" is the noun of "direct",
that he directed it: ``(Tom Reed)-[:DIRECT]->(Winter Roads)`` (rule ``agent-noun-act``), the fact
"Winter Roads was directed by Tom Reed" gives. Graph-only: CaRB's Open IE view does not show it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.prenominal import prenominal_title
from kg.extract.reading import sentence_entities, sentence_lemmas
from kg.extract.registry import disabled
from kg.extract.roles import name_span
from kg.extract.titled_names import titled_name

# Agent nouns of making a work, with the verb each is the noun of. Their name before the noun is
# a work only when it is no organisation ("Nordbank director", "Guardian writer": a post there)
# and no place ("Hollywood director", "Bergen author": where the maker works or comes from).
WORK_AGENTS = {
    "director": "direct", "co-director": "direct", "producer": "produce", "co-producer": "produce",
    "author": "write", "writer": "write", "screenwriter": "write", "co-writer": "write",
    "composer": "compose", "creator": "create", "co-creator": "create",
}
# Agent nouns whose verb holds of a firm as of a work ("Vexa Holdings founder Jon Dahl").
FIRM_AGENTS = {"founder": "found", "co-founder": "found"}
AGENT_VERBS = {**WORK_AGENTS, **FIRM_AGENTS}
# Names of what no maker makes: places, peoples, dates and numbers.
_NOT_MADE = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                       "QUANTITY", "LANGUAGE"})


def _made_name(org: Token) -> tuple[Token, ...] | None:
    """The name's words: the model's entity, else the run of proper nouns ending at ``org``
    (the model tags few works' names: "Winter Roads")."""
    ent = name_span(org)
    if ent is not None:
        return tuple(ent)
    run: list[Token] = []
    for tok in reversed(org.doc[org.sent.start:org.i + 1]):
        if tok.pos_ != "PROPN" or not tok.is_title:
            break
        run.insert(0, tok)
    return tuple(run) or None


def agent_noun_propositions(sent: Span) -> Iterator[Proposition]:
    """"Winter Roads director Tom Reed" → (Tom Reed; direct; Winter Roads); "Vexa Holdings
    founder Jon Dahl" → (Jon Dahl; found; Vexa Holdings).

    Linguistic reason: an agent noun ("director", "author", "founder") is the noun of a verb, and
    the name before it, as a bare modifier, is that verb's object: a "Winter Roads director" is
    one who directs (directed) Winter Roads, as a "Nordbank founder" founded Nordbank. The title
    must be the agent noun alone ("film director", "finance director" name a post or a trade);
    the name must be no place or people, and for the makers of works no organisation (a
    "Nordbank director" sits on its board, a "Guardian writer" writes for it), nor a person in
    the possessive ("Anna Berg's producer" works for her). The role fact stays beside it.
    """
    if "agent-noun-act" in disabled() or AGENT_VERBS.keys().isdisjoint(sentence_lemmas(sent)):
        return  # (no agent noun in the sentence: nothing below can match)
    for name in sentence_entities(sent):
        if name.label_ != "PERSON":
            continue
        name = titled_name(name)
        if name.root.i != name.end - 1 or name.start == 0:
            continue
        found = prenominal_title(name)
        if found is None or found.org is None or len(found.title) != 1:
            continue
        agent = found.title[0]  # (an honorific may stand between it and the name: "Sir")
        verb = AGENT_VERBS.get(agent.lower_)
        if verb is None:
            continue
        org = found.org
        label = org.ent_type_
        if org.pos_ != "PROPN" or label in _NOT_MADE or (label == "ORG" and verb in WORK_AGENTS.values()):
            continue
        if org.dep_ == "poss" and label == "PERSON":
            continue
        made = _made_name(org)
        if made is None or made[-1].i != org.i:
            continue
        yield Proposition(sentence=sent, relation=agent.lower_, lemma=verb,
                          args=[Argument(name.root, tuple(name)), Argument(org, made)],
                          rule="agent-noun-act", open_ie=False)
