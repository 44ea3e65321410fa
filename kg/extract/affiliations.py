"""Whom a quoted speaker speaks for, as news says it beside the speaker's name.

Rule ``speaker-affiliation``. "said Tom Reed at Fjord Brokers", "Anna Berg of the Nordic Herald
said", "said Jon Dahl from security firm Vexa Labs": a speaker introduced with "of", "from" or
"at" and an organisation, and no title, is one of its people. The graph reads it as
``(Tom Reed)-[:WORK_FOR {predicate: "work for"}]->(Fjord Brokers)``. Graph-only: CaRB's Open IE
view keeps the parse's own reading.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition
from kg.extract.reading import children, sentence_tokens, sentence_words
from kg.extract.registry import triggered_by
from kg.resolve.demonyms import is_country
from kg.resolve.names import given_names
from kg.resolve.referring import ORG_ONLY_KINDS
from kg.resolve.spans import entity_at

# Verbs of saying whose subject is the one quoted (the statement rules read the rest).
SPEAKING = frozenset({"say", "add", "tell", "comment", "explain", "warn", "predict", "argue", "claim",
                      "insist", "believe", "note", "suggest", "admit", "agree", "write"})
AFFILIATING = frozenset({"of", "from", "at"})
# What a speaker's name may have before it and still be no title's holder ("the").
_NO_TITLE_DEPS = frozenset({"compound", "punct", "det"})


# Last words of firms' names besides the kinds of organisation (kg.resolve.referring.ORG_ONLY_KINDS).
_FIRM_NAME_ENDS = frozenset({"stockbroker", "partner", "associate", "security", "holding", "capital", "research",
                             "consulting", "adviser", "advisor", "economics", "analytics", "brokers", "broker"})


def _firm_word(word: str) -> bool:
    singular = word[:-1] if word.endswith("s") else word
    return word in ORG_ONLY_KINDS or singular in ORG_ONLY_KINDS or singular in _FIRM_NAME_ENDS or word in _FIRM_NAME_ENDS


def _name(tok: Token, label: str) -> Argument | None:
    """The whole name tagged ``label`` whose head is the token (None for another type or no name)."""
    ent = entity_at(tok)
    if tok.pos_ != "PROPN" or ent is None or ent.label_ != label or ent.root.i != tok.i:
        return None
    return Argument(tok, tuple(ent))


def _organisation(pobj: Token) -> Argument | None:
    """The organisation after "of"/"from"/"at": a name tagged ORG, an untagged name ending in a
    word only firms' names end in ("Fjord Stockbrokers"), or a name after a word for a kind of
    firm ("security firm Vexa Labs", which the model may tag a person)."""
    name = _name(pobj, "ORG")
    if name is not None:
        return name
    if (pobj.pos_ == "PROPN" and not pobj.ent_type_ and _firm_word(pobj.lower_)
            and all(c.dep_ in ("compound", "det") for c in pobj.lefts)):
        # (not with a possessive inside: "the Nordvik Supporters' Association" would lose its first words)
        tokens = tuple(t for t in pobj.subtree if t.pos_ == "PROPN" and t.i <= pobj.i)
        return Argument(pobj, tokens)
    kinds = [c for c in children(pobj) if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in ORG_ONLY_KINDS]
    if pobj.pos_ != "PROPN" or not kinds:
        return None
    ent = entity_at(pobj)
    tokens = tuple(t for t in (ent or (pobj,)) if t.pos_ == "PROPN")
    return Argument(pobj, tokens) if tokens else None


def _untitled_speaker(tok: Token) -> bool:
    """A person's name with no title or description of its own (no role to state instead)."""
    return all(c.dep_ in _NO_TITLE_DEPS or c.dep_ == "prep" for c in children(tok)) and not any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in children(tok))


@triggered_by(lemmas=SPEAKING)
def speaker_affiliation_propositions(sent: Span) -> Iterator[Proposition]:
    """"said Tom Reed at Fjord Brokers in Bergen" → (Tom Reed; work for; Fjord Brokers); "Anna
    Berg of the Nordic Herald said ..." → (Anna Berg; work for; Nordic Herald).

    Linguistic reason: a quotation's source is named with what entitles them to speak: a title
    ("analyst Tom Reed", which the role rules read) or, with none, the organisation they speak
    for, in a prepositional phrase right after the name ("of", "from", "at"). The phrase is on
    the name (or, with the speaker after the verb, the parse hangs it on the verb straight after
    the name); it says where the speaker works, not where the saying was. Only a person's name
    with no title, and a phrase naming an organisation (a place, "of Norway", is where they are from).
    """
    for verb in sentence_tokens(sent):
        if verb.lemma_ not in SPEAKING or verb.pos_ != "VERB":
            continue
        for speaker in (c for c in children(verb) if c.dep_ == "nsubj"):
            person = _name(speaker, "PERSON")
            if person is None or not _untitled_speaker(speaker):
                continue
            preps = [c for c in children(speaker) if c.dep_ == "prep"]
            if verb.i < speaker.i:  # "said Tom Reed, from Nordbank": the phrase may hang on the verb
                preps += [c for c in children(verb) if c.dep_ == "prep" and c.i > speaker.i
                          and all(t.is_punct for t in sent.doc[speaker.i + 1:c.i])]
            last = max(speaker.i, *(t.i for t in person.tokens))
            for prep in preps:
                between = sent.doc[last + 1:prep.i]
                if prep.lower_ not in AFFILIATING or len(between) > 1 or any(not t.is_punct for t in between):
                    continue  # only the phrase right after the name (or after a comma)
                pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
                org = _organisation(pobj) if pobj is not None else None
                if org is None:
                    continue
                yield Proposition(sentence=sent, relation=prep.lower_, lemma="work for",
                                  args=[person, org], rule="speaker-affiliation", confidence=0.5, open_ie=False)


# The possessive's mark ("Nordvik's", "Halden Rovers'") and what may stand between it and a name.
POSSESSIVE_MARKS = frozenset({"'s", "'", "\u2019s", "\u2019"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})


def _personal_word(word: str) -> bool:
    """A word of a person's name: letters (with a hyphen, an apostrophe or a dot), a capital
    first and no capital inside but after "Mc", "Mac", "O'" or a hyphen: "GameBoy" and "Xbox 2"
    are products, which the model may call people."""
    letters = word.replace("-", "").replace("'", "").replace(".", "")
    if not letters.isalpha() or not word[:1].isupper():
        return False
    rest = word[1:]
    for prefix in ("Mc", "Mac", "O'", "D'"):
        if word.startswith(prefix) and len(word) > len(prefix):
            rest = word[len(prefix) + 1:]
            break
    return not rest[:1].isupper() and all(not c.isupper() or rest[i - 1] in "-'" for i, c in enumerate(rest) if i)


def _full_name(person: Span, titled: bool) -> bool:
    """A person's name as news writes one: words of a person's name (:func:`_personal_word`),
    and two of them or more, or one after an honorific ("Mr Raha"), or one word the document
    gives in full elsewhere ("Anna Berg" before "Nordvik's Berg")."""
    if not all(_personal_word(t.text) for t in person):
        return False
    if len(person) > 1 or titled:
        return True
    word = person[0].text
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in person.doc.ents)


def possessed_person(poss: Token) -> tuple[Span, Argument] | None:
    """"Nordvik's Tom Reed", "Norway's Mr Dahl": the name in the possessive (the whole entity,
    ending at its mark) and the person's name right after the mark. None when a title or any
    other word stands between them ("Nordvik's coach Tom Reed" is the role rules'), or when
    either is not a name the model tagged so. The parse may hang the possessive elsewhere ("play
    Halden's Tom Reed or Norway's Jon Dahl" makes the second a conjunct), so the words decide."""
    doc = poss.doc
    mark = poss.i + 1
    if mark >= len(doc) or doc[mark].text not in POSSESSIVE_MARKS:
        return None
    owner = entity_at(poss)
    if owner is not None and owner.end == mark + 1 and owner[-1].i == mark:
        owner = Span(doc, owner.start, mark, label=owner.label_)  # "Vexa Holdings'": the mark taken into the name
    if owner is None or owner.end != mark or owner.label_ not in ("ORG", "GPE"):
        return None
    start = mark + 1
    while start < len(doc) and doc[start].lower_.rstrip(".") in _HONORIFICS:
        start += 1
    person = entity_at(doc[start]) if start < len(doc) else None
    if person is None or person.label_ != "PERSON" or person.start != start or person.root.i != person.end - 1:
        return None
    if person.root.dep_ == "compound":
        return None  # "Vexa's Zephyr Advance handheld": the name of a thing of a kind
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in children(person.root)):
        return None
    if not _full_name(person, titled=start > mark + 1):
        return None
    return owner, Argument(person.root, tuple(person))


def possessive_people(sent: Span, ent_type: str) -> Iterator[tuple[Token, Span, Argument]]:
    """Each name of the entity type ``ent_type`` in the possessive right before a person's name
    ("Nordvik's Tom Reed"): the possessive's token, the owner's name and the person. Never a
    country ("Slovakia's Anna Berg" says where she is from: ``possessive-origin``), whatever type
    the model gave it."""
    if POSSESSIVE_MARKS.isdisjoint(sentence_words(sent)):
        return
    for tok in sentence_tokens(sent):
        if tok.ent_type_ != ent_type or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text not in POSSESSIVE_MARKS:
            continue
        found = possessed_person(tok)
        if found is None:
            continue
        owner, person = found
        if not is_country(owner.text):
            yield tok, owner, person


@triggered_by(words=POSSESSIVE_MARKS)
def possessive_affiliation_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordvik's Tom Reed scored twice", "said Vexa Holdings' Anna Berg" → (Tom Reed; work for;
    Nordvik), (Anna Berg; work for; Vexa Holdings).

    Linguistic reason: an organisation's name in the possessive right before a person's name,
    with no title between them, presents the person as one of the organisation's people (its
    player, its member, its officer): the possessive determines the name, and with a person
    the relation a name in the possessive states is belonging. Only an organisation the model
    tags so (a country's possessive says where the person is from: ``possessive-origin``).
    Graph-only: CaRB's Open IE view keeps the possessive's own reading.
    """
    for tok, owner, person in possessive_people(sent, "ORG"):
        if owner[0].lower_ in given_names():
            continue  # "Anna Berg's Winter Harbour": an author the model called an organisation, and her book
        yield Proposition(sentence=sent, relation="of", lemma="work for",
                          args=[person, Argument(tok, tuple(owner))], rule="possessive-affiliation",
                          confidence=0.5, open_ie=False)
