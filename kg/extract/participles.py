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

from spacy.tokens import Doc, Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.nominal import argument, conjuncts
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import triggered_by
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


@triggered_by(tags={"VBN"})
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


# Participles whose subject is a work and whose object is who appears in it ("a film starring
# Anna Berg"), each with the predicate the graph gives it.
_CAST_PARTICIPLES = {"star": "star", "co-star": "star", "feature": "feature"}
# What the tagger calls a work's name; it tags many one-word titles people ("Closer").
_WORK_NAME_TYPES = frozenset({"WORK_OF_ART", "PERSON", "ORG", "PRODUCT", "FAC", "EVENT"})
# Small words inside a work's title, after which a capitalised word means the title began earlier.
_TITLE_LINKS = frozenset({"of", "the", "and", "in", "on", "a"})


def _cut_title(name: Span) -> bool:
    """A title the model cut ("Man of the House" as "House"): the node would be wrong."""
    doc = name.doc
    i = name.start - 1
    while i > name.sent.start and doc[i].lower_ in _TITLE_LINKS:
        i -= 1
    return i < name.start - 1 and doc[i].is_title


def _work_before_comma(verb: Token) -> Span | None:
    """The name that ends right before ", starring", when the parse hung the participle elsewhere."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    name = entity_at(doc[verb.i - 2])
    if name is None or name.end != verb.i - 1 or name.label_ not in _WORK_NAME_TYPES:
        return None
    i = name.start - 1
    while i > verb.sent.start and doc[i].lower_ in _TITLE_LINKS:
        i -= 1
    if i < name.start - 1 and doc[i].is_title:
        return None  # a title the model cut ("Man of the House" as "House"): the node would be wrong
    if verb.head.i in range(name.start, name.end):
        return None  # the parse already reads the name as the participle's noun (the verb rules)
    if name.label_ == "PERSON" and name.root.dep_ == "pobj" and name.root.head.lower_ == "by":
        return None  # "a film by Tom Reed, starring Anna Berg": the film stars her, not its maker
    return name


@triggered_by(lemmas=_CAST_PARTICIPLES)
def cast_participle_propositions(sent: Span) -> Iterator[Proposition]:
    """"Critics liked Cold Water, starring Anna Berg and Jon Dahl" → (Cold Water; starring; Anna
    Berg), (Cold Water; starring; Jon Dahl).

    Linguistic reason: "starring" and "featuring" are participles that describe a noun, as a
    preposition does ("a film with Anna Berg"); set off by a comma after a name, they describe
    that name (the nearest attachment), whatever clause the parse hung them on. The participle has
    no subject of its own, and its objects are the people the work has in it. Only names as
    objects, and not a person's name after "by", which is the work's maker.
    """
    for verb in sentence_tokens(sent):
        lemma = _CAST_PARTICIPLES.get(verb.lemma_.lower())
        if lemma is None or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
            continue
        work = _work_before_comma(verb)
        obj = next((c for c in children(verb) if c.dep_ == "dobj"), None)
        if work is None or obj is None:
            continue
        for cast in conjuncts(obj):
            if cast.pos_ != "PROPN" or cast.ent_type_ not in ("PERSON", "ORG"):
                continue
            yield Proposition(sentence=sent, relation=verb.text, lemma=lemma,
                              args=[Argument(work.root, tuple(work)), argument(cast)], rule="cast-participle",
                              open_ie=False)


# Nouns that say a sentence is about works a cast plays in ("other films tipped include ...").
_CAST_WORK_NOUNS = frozenset({"film", "movie", "play", "show", "musical", "series", "drama", "comedy", "thriller",
                              "production", "programme", "sitcom", "opera", "picture", "contender", "nominee"})


@triggered_by(lemmas={"with"})
def cast_with_propositions(sent: Span) -> Iterator[Proposition]:
    """"Films tipped include Cold Water, with Anna Berg as a retired detective, and Day Boat" →
    (Cold Water; star; Anna Berg).

    Linguistic reason: "with X as Y" after a work's name, set off by a comma, is the casting
    construction: the phrase describes the name before it (the nearest attachment, as
    ", starring X" does: rule ``cast-participle``), and "as Y" gives the part X plays in it, so X
    is in the work's cast. Only a person's name straight after "with" and "as" straight after
    it, and a name before the comma that the tagger calls a work, or, in a sentence about films
    or shows, a name of a kind a work is often tagged, or capitalised words it tagged nothing
    after a comma, "and" or "include" in a list ("Nordbank, with Tom Reed as chairman" is a firm
    and its head: no work word in the sentence). Graph only. On dev 120 it gives one fact (right);
    on 438 bbc-news articles from the end of each folder's hash order, none.
    """
    lemmas = sentence_lemmas(sent)
    if "with" not in lemmas or "as" not in lemmas:
        return  # (a cheap test before any walk: both words must be in the sentence)
    # (as nouns: "Nordbank, which plays a big role", "shows a profit" are about no work)
    about_works = not _CAST_WORK_NOUNS.isdisjoint(lemmas) and any(
        t.pos_ == "NOUN" and t.lemma_.lower() in _CAST_WORK_NOUNS for t in sentence_tokens(sent))
    doc = sent.doc
    for with_ in sentence_tokens(sent):
        if with_.lower_ != "with" or with_.i + 2 >= sent.end or with_.i < sent.start + 2:
            continue
        person = entity_at(doc[with_.i + 1])
        if person is None or person.label_ != "PERSON" or person.start != with_.i + 1:
            continue
        if person.end >= sent.end or doc[person.end].lower_ != "as":
            continue
        if doc[with_.i - 1].text != ",":
            continue
        work = entity_at(doc[with_.i - 2])
        if work is None:
            title = _untagged_title(doc, with_.i - 1) if about_works else None
        elif (work.end == with_.i - 1 and work.label_ in _WORK_NAME_TYPES - {"PERSON"}
                and (work.label_ == "WORK_OF_ART" or about_works) and not _cut_title(work)):
            title = tuple(work)
        else:
            title = None
        if title:
            yield Proposition(sentence=sent, relation="stars", lemma="star",
                              args=[Argument(title[-1], title), Argument(person.root, tuple(person))],
                              rule="cast-with", confidence=0.5, open_ie=False)


def _untagged_title(doc: Doc, end: int) -> tuple[Token, ...] | None:
    """A title the model tagged nothing, ending before ``end`` in a list: capitalised words after a
    comma, "and" or "include" ("include Cold Water, Night Train, with ...")."""
    start = end
    while start > 0 and end - start < 5 and doc[start - 1].is_title and doc[start - 1].ent_iob_ == "O":
        start -= 1
    if start == end or start == doc[start].sent.start or doc[start - 1].lower_ not in (",", "and", "include", "includes"):
        return None
    tokens = tuple(doc[start:end])
    return tokens if any(t.pos_ == "PROPN" for t in tokens) else None
