"""A past participle with its doer, set apart by a comma: who did it to what.

Rule ``participle-agent``. "Compiled by Nordic Research, the survey found ..." and "her debut in
Winter Garden, directed by Erik Sand" state that the doer in the by-phrase did the act to a noun
the parse does not give the participle: the main clause's subject, or the name right before the
comma. The graph reads them as the passive rule reads "the survey was compiled by Nordic
Research": (Nordic Research)-[COMPILE]->(survey). Graph-only: CaRB's Open IE view keeps the parse's
reading.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Proposition
from kg.extract.nominal import argument, conjuncts
from kg.extract.reading import children, sentence_tokens
from kg.resolve.spans import entity_at


def _agents(verb: Token) -> list[Token]:
    """The doers a past participle's by-phrase names ("by A and B")."""
    agent = next((c for c in children(verb) if c.dep_ == "agent"), None)
    pobj = agent and next((c for c in children(agent) if c.dep_ == "pobj"), None)
    return conjuncts(pobj) if pobj is not None else []


def _lemma(verb: Token) -> str:
    particles = [c.lower_ for c in children(verb) if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def _fronted_patient(verb: Token) -> Token | None:
    """The subject of the main clause a participle clause opens ("Built by X, the bridge ...")."""
    main = verb.head
    if verb.dep_ != "advcl" or main.pos_ not in ("VERB", "AUX") or main.i < verb.i:
        return None
    if any(t.pos_ != "ADV" for t in verb.doc[verb.sent.start:verb.i]):
        return None  # only a participle that opens the sentence ("Originally built by") is said of
        # its subject; "In the ruling handed down by X, ..." describes the ruling
    subject = next((c for c in children(main) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < verb.i or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return subject


# "A came second, followed by B": a participle of sequence after a comma orders the clause's
# events or ranks, it describes no noun.
_SEQUENCE = frozenset({"follow", "precede", "trail", "chase"})


def _name_before_comma(verb: Token) -> Token | None:
    """The name right before ", VERB-ed by" that the parse passed over for a noun further back."""
    doc = verb.doc
    if verb.dep_ != "acl" or verb.i < 2 or doc[verb.i - 1].text != "," or verb.lemma_.lower() in _SEQUENCE:
        return None
    last = doc[verb.i - 2]
    name = entity_at(last) if last.pos_ == "PROPN" else None
    if name is None or name.end != last.i + 1 or name.label_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"):
        return None
    root = name.root
    if root.i == verb.head.i or verb.head.pos_ == "PROPN" or root.i not in {t.i for t in verb.head.subtree}:
        return None
    return root


def participle_agent_propositions(sent: Span) -> Iterator[Proposition]:
    """"Compiled by Nordic Research and sponsored by Fjordbank, the survey found ..." → (Nordic
    Research; compiled; survey), (Fjordbank; sponsored; survey); "her debut in Winter Garden,
    directed by Erik Sand" → (Erik Sand; directed; Winter Garden).

    Linguistic reason: a past participle is passive, and its by-phrase names the doer. A participle
    clause that opens the sentence has no subject of its own: it is predicated of the main
    clause's subject. A participle after a comma describes the noun phrase right before the comma
    (the nearest attachment); when that is a name inside the phrase the parse hung the participle
    on, the name is what it describes.
    """
    for verb in sentence_tokens(sent):
        if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
            continue
        head = verb
        while head.dep_ == "conj" and head.head.tag_ == "VBN":
            head = head.head  # "compiled by A and sponsored by B": the second shares the first's noun
        patient = _fronted_patient(head) or _name_before_comma(head)
        if patient is None:
            continue
        for doer in _agents(verb):
            yield Proposition(sentence=sent, relation=f"{verb.text} by", lemma=_lemma(verb),
                              args=[argument(patient), argument(doer)], rule="participle-agent",
                              agent_first=True, open_ie=False)
