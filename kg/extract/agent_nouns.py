"""A title before a name that is an agent noun: the act it names, beside the role.

"Winter Roads director Tom Reed" says Tom Reed holds "director" at Winter Roads (rule
``role-title``, :mod:`kg.extract.prenominal`) and, because "director" is the noun of "direct",
that he directed it: ``(Tom Reed)-[:DIRECT]->(Winter Roads)`` (rule ``agent-noun-act``), the fact
"Winter Roads was directed by Tom Reed" gives. Graph-only: CaRB's Open IE view does not show it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial

from spacy.tokens import Doc, Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.conditions import condition_clause
from kg.extract.places import firm_mention
from kg.extract.prenominal import prenominal_title
from kg.extract.prizes import PRIZE_NOUNS
from kg.extract.reading import children, proper_run, sentence_entities, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, triggered_by
from kg.extract.roles import NOT_TITLES, name_span
from kg.extract.titled_names import titled_name
from kg.resolve.demonyms import country_of

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


@triggered_by(lemmas=AGENT_VERBS)
def agent_noun_propositions(sent: Span) -> Iterator[Proposition]:
    """"Winter Roads director Tom Reed" → (Tom Reed; direct; Winter Roads); "Vexa Holdings
    founder Jon Dahl" → (Jon Dahl; found; Vexa Holdings).

    Linguistic reason: an agent noun ("director", "author", "founder") is the noun of a verb, and
    the name before it, as a bare modifier, is that verb's object: a "Winter Roads director" is
    one who directs (directed) Winter Roads, as a "Nordbank founder" founded Nordbank. The title
    must be the agent noun alone ("film director", "finance director" name a post or a trade);
    the name must be no place or people, and for the makers of works no organisation (a
    "Nordbank director" sits on its board, a "Guardian writer" writes for it: the model's type of
    the name, or of another of its mentions in the document, :func:`no_firm_named`), nor a person
    in the possessive ("Anna Berg's producer" works for her) or before "producer" ("Madonna
    producer Jon Dahl" makes her records; a work named after a person, "Ray director", keeps its
    act). The role fact stays beside it.
    """
    if "agent-noun-act" in disabled() or AGENT_VERBS.keys().isdisjoint(sentence_lemmas(sent)):
        return  # (no agent noun in the sentence: nothing below can match)
    doc = sent.doc
    for name in sentence_entities(sent):
        if name.label_ != "PERSON" or not any(t.lower_ in AGENT_VERBS for t in doc[max(name.start - 2, 0):name.end]):
            continue  # (the cheap test first: an agent noun right before the name or tagged with it)
        name = titled_name(name)
        if name.root.i != name.end - 1 or name.start == 0:
            continue
        before = doc[name.start - 1]
        if before.lower_.rstrip(".") in NOT_TITLES and name.start > 1:
            before = doc[name.start - 2]  # "Iris director Sir Richard Eyre"
        if before.lower_ not in AGENT_VERBS:
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
        if label == "PERSON" and (org.dep_ == "poss" or verb == "produce"):
            continue  # "Anna Berg's producer", "Madonna producer Jon Dahl": who works for her
        made = _made_name(org)
        if made is None or made[-1].i != org.i:
            continue
        work = verb in WORK_AGENTS.values() and label != "WORK_OF_ART"
        yield Proposition(sentence=sent, relation=agent.lower_, lemma=verb,
                          args=[Argument(name.root, tuple(name)), Argument(org, made)],
                          rule="agent-noun-act", open_ie=False,
                          document_check=partial(no_firm_named, " ".join(t.text for t in made)) if work else None)


def no_firm_named(name: str, docs: Sequence[Doc]) -> bool:
    """No mention of ``name`` in its document (``docs``, its segments) is an organisation's: none
    the model tags one ("shares in Nordbank"), none beside a kind of organisation or a seat
    (:func:`kg.extract.places.firm_mention`: "Nordbank, the Oslo bank"). A maker's noun before a
    name the tagger left untyped ("Nordbank director Tom Reed") is a post there when the rest of
    the document shows the name is a firm's, as for a name the tagger typed one."""
    last = name.split()[-1]
    size = len(name.split())
    for doc in docs:
        if any(e.label_ == "ORG" and e.text == name for e in doc.ents):
            return False
        if any(t.text == last and t.i + 1 >= size and doc[t.i + 1 - size:t.i + 1].text == name and firm_mention(t)
               for t in doc):
            return False
    return True


# Nouns of one who has won: the contest or prize they name was won by their holder.
WINNER_NOUNS = frozenset({"winner", "champion"})
# What a contest's or prize's name never is.
_NOT_WON = _NOT_MADE | {"PERSON"}
# Words that make a name a contest's ("Bergen Open champion", "Vexa Games champion").
_CONTESTS = frozenset({"open", "games", "championship", "championships", "league", "series", "tour", "masters", "classic"})
# Verbs that make their object a winner ("was named winner of", "crowned champion").
_NAMING = frozenset({"name", "crown", "declare", "proclaim", "announce"})


def _name_run(tok: Token) -> tuple[Token, ...] | None:
    """A name that ends at ``tok``: the model's entity, else its run of proper nouns."""
    ent = name_span(tok)
    if ent is not None and ent.end == tok.i + 1:
        return tuple(ent)
    if tok.pos_ != "PROPN":
        return None
    return tuple(proper_run(tok))


def _capitalised(tok: Token) -> bool:
    """A proper noun, a name's word or a capitalised word inside the sentence (not its first)."""
    if tok.i == tok.sent.start:  # ("Former Wimbledon champion"; a nationality still is a name's word)
        return tok.pos_ == "PROPN" or bool(tok.ent_type_) or country_of(tok.text) is not None
    return tok.pos_ == "PROPN" or bool(tok.ent_type_) or tok.is_title


def _won(noun: Token) -> Argument | None:
    """What ``noun`` says was won: its "of" phrase ("winner of the Bergen Prize", "of best film")
    or the capitalised words right before it ("Oscar winner", "FA Cup winner")."""
    of = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        obj = next((c for c in children(of) if c.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ in _NOT_WON:
            return None
        named = obj.pos_ == "PROPN" or obj.lemma_.lower() in PRIZE_NOUNS
        best = any(c.lower_ == "best" for c in children(obj))  # a prize's category: "of best film"
        if not (named or best):
            return None
        return Argument(obj, tuple(t for t in obj.doc[obj.left_edge.i:obj.i + 1] if t.dep_ not in ("det", "poss")))
    run: list[Token] = []
    for t in reversed(noun.doc[noun.sent.start:noun.i]):
        if t.dep_ not in ("compound", "nmod") or not (t.is_title or t.is_upper) or not t.i < t.head.i <= noun.i:
            break
        if t.ent_type_ in _NOT_WON and t.lemma_.lower() not in PRIZE_NOUNS:
            return None  # ("European champion", "Tom Reed winner"; the tagger calls an Oscar a person)
        run.insert(0, t)
    if not run or any(c.i < run[0].i and (c.dep_ not in ("det", "poss") or c.is_upper)
                      for t in run for c in t.lefts) or any(c.i < run[0].i and _capitalised(c) for c in noun.lefts):
        return None  # a name cut short: "Australian Open champion"
    if len(run[0].text) == 1:
        return None  # "X Factor winner": the resolver reads a capital alone as an initial and cuts it
    if (noun.lemma_.lower() == "champion" and any(t.ent_type_ == "ORG" or (t.is_upper and len(t) > 1) for t in run)
            and not any(t.lemma_.lower() in PRIZE_NOUNS or t.lower_ in _CONTESTS for t in run)):
        return None  # "Commonwealth champion", "AAA champion": a body's champion won its title, not the body
    return Argument(run[-1], tuple(run))


def _winner(noun: Token) -> Argument | None:
    """Who the winner is: the name it stands before ("Oscar winner Tom Reed"), the name it is in
    apposition to, the other side of its copula ("Winter Roads was the winner of", "The winner of
    X was Anna Berg"), or the one named it ("Winter Roads was named winner of")."""
    head, dep = noun.head, noun.dep_
    holder: Token | None = None
    if dep == "compound" and head.pos_ == "PROPN" and head.i > noun.i:
        ent = name_span(head)
        holder = head if ent is not None and ent.start == noun.i + 1 and ent.root.i == head.i else None
    elif dep == "appos" and head.pos_ == "PROPN":
        holder = head
    elif head.lemma_ == "be" and dep in ("attr", "nsubj"):
        other = "nsubj" if dep == "attr" else "attr"
        holder = next((c for c in children(head) if c.dep_ == other and c.pos_ == "PROPN"), None)
    elif dep == "oprd" and head.lemma_.lower() in _NAMING:
        holder = next((c for c in children(head) if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "PROPN"), None)
    if holder is None:
        return None
    if dep != "compound" and (any(c.dep_ == "neg" or c.tag_ == "MD" for c in children(head))
                              or condition_clause(head) or noun.sent.text.rstrip().endswith("?")):
        return None  # "was not the winner", "could be the winner", "if he is the winner": no win stated
    tokens = _name_run(holder)
    return Argument(holder, tokens) if tokens else None


@triggered_by(lemmas=WINNER_NOUNS)
def winner_propositions(sent: Span) -> Iterator[Proposition]:
    """"Winter Roads was the winner of the Bergen Prize", "The winner of the Bergen Prize was
    Winter Roads", "Oscar winner Tom Reed", "Bergen Cup champion Jon Dahl" → (holder; win; prize).

    Linguistic reason: "winner" and "champion" are the agent nouns of "win"; their "of" phrase, or
    the name right before them, is what was won ("the winner of the Bergen Prize" won it, an "Oscar
    winner" won an Oscar), and the copula, the apposition or the name they stand before says who
    holds them. The graph kept only what the holder is (``IS_A`` winner, ``relation-not-post``).
    Not a plural ("previous winners"), nor a win denied or only possible ("was not the winner",
    "could be the winner"), nor a place or people before "champion" ("European champion" is one
    from Europe, not a win of it).
    """
    if "winner-of" in disabled() or WINNER_NOUNS.isdisjoint(sentence_lemmas(sent)):
        return  # (no such noun in the sentence: nothing below can match)
    for noun in sentence_tokens(sent):
        if noun.lower_ not in WINNER_NOUNS or noun.pos_ != "NOUN":
            continue
        won = _won(noun)
        holder = _winner(noun) if won is not None else None
        if won is None or holder is None:
            continue
        yield Proposition(sentence=sent, relation=noun.lower_, lemma="win", args=[holder, won],
                          rule="winner-of", open_ie=False)
