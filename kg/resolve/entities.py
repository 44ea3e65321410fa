"""Entity resolution within one document: which node each argument stands for.

Deterministic steps, in order:
1. a mention is the named entity around the argument's head word, or for a common noun its head
   phrase without determiners (``the Russian delegation`` → CONCEPT ``Russian delegation``);
2. titles and possessives go (``President Putin’s`` → ``Putin``);
3. a single surname is the full name the document uses for it (``Putin`` → ``Vladimir Putin``);
4. the type of a name is the majority over its mentions (spaCy tags Kyiv a PERSON now and then);
5. a definite noun phrase with no naming modifier (``the junior delegation``) is the most recent
   mention with the same head in the three sentences before it (``a Russian delegation``);
6. a pronoun ("he", "it", "they") or a description that refers back ("the group", "the
   minister") is the named entity it stands for when the evidence is clear, else unresolved
   (:mod:`kg.resolve.references`; with ``--corenlp``, a fact's subject or object left unresolved
   may take the name of CoreNLP's coref chain: :mod:`kg.resolve.coreference`).

Steps 1 and 2, a mention and its cleaned name, are :mod:`kg.resolve.mentions`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import partial

from spacy.attrs import POS
from spacy.symbols import PRON
from spacy.tokens import Doc, Token

from kg.model import Entity
from kg.resolve.clubs import club_towns
from kg.resolve.comention import initials
from kg.resolve.commonnouns import NAME_MODS
from kg.resolve.kindtype import courtesy_surnames, courtesy_type, full_name_vote, given_name_type, kind_type
from kg.resolve.mentions import VERSUS, Mention, initial_modifier, mention_of, possessive_name, written_bare
from kg.resolve.names import PERSON_PREFIXES, opens_with_initialism
from kg.resolve.nicknames import nickname_targets
from kg.resolve.products import Products, product_description
from kg.resolve.references import References, refers, work_it
from kg.resolve.referring import (
    FIRST_PERSON,
    PRONOUNS,
    RANK,
    aged,
    description_head,
    national,
    other_rank,
    rank_epithet,
)
from kg.resolve.spans import noun_chunk_roots
from kg.resolve.speakers import first_person
from kg.resolve.workdescriptions import WorkReferences, work_description

TYPE_PRIORITY = ("PERSON", "GPE", "ORG", "LOC", "NORP", "EVENT", "OTHER", "CONCEPT")
DEFINITE_WINDOW = 3
_INITIALISM = re.compile(r"^[A-Z]{2,6}$")


def _names_something(m: Mention) -> bool:
    if m.token.ent_type_:
        return True
    word = m.name.casefold()
    if not m.name[:1].isupper():
        return False
    return " " in word or (len(word) > 1 and word not in PERSON_PREFIXES | PRONOUNS | {"you", "man", "agent"})


def _surname_as_noun(m: Mention, by_last: dict[str, set[str]]) -> str | None:
    """The full name whose surname a capitalised word is, when the tagger read it as a common noun
    ("Banks" where the article names Hilda Banks). At the start of a sentence, where every
    word has a capital, only a bare word (no determiner or modifier: "Banks died") is taken;
    "Rice prices" beside Condoleezza Rice is not her."""
    tok = m.token
    if m.type != "CONCEPT" or not tok.is_title or m.surface.casefold() != tok.lower_:
        return None
    names = by_last.get(tok.text, set())
    if len(names) != 1:
        return None
    if tok.i == tok.sent.start and any(c.dep_ in NAME_MODS | {"det", "poss"} for c in tok.children):
        return None  # (after the look-up: Token.sent walks the parse)
    return next(iter(names))


class DocumentResolver:
    """Resolves the mentions of one document (parsed as one spaCy Doc per segment) to entities."""

    def __init__(self) -> None:
        self._segments: dict[int, int] = {}
        self._docs: list[Doc] = []
        self._sent_base: list[int] = []
        self._sent_index: list[dict[int, int]] = []
        # each token's sentence in its segment, by token index (Token.sent walks the parse each time)
        self._token_sent: list[list[int]] = []
        self._mentions: dict[tuple[int, int], Mention | None] = {}
        self._entities: dict[tuple[int, int], Entity | None] | None = None
        # the pronouns and descriptions the references left unresolved (see :meth:`unresolved`)
        self._unresolved: set[tuple[int, int]] = set()

    def add_segment(self, doc: Doc) -> int:
        """Register the next segment; returns the document-wide index of its first sentence."""
        base = self._sent_base[-1] + len(self._sent_index[-1]) if self._docs else 0
        self._segments[id(doc)] = len(self._docs)
        self._docs.append(doc)
        self._sent_base.append(base)
        sents = list(doc.sents)
        self._sent_index.append({s.start: n for n, s in enumerate(sents)})
        self._token_sent.append([n for n, s in enumerate(sents) for _ in range(s.end - s.start)])
        # Every name and noun phrase can be an antecedent or a full name, not only arguments.
        for ent in doc.ents:
            self.add(ent[-1])
            for tok in ent[1:]:  # each side of a fixture: "Arsenal" and "Stoke" in "Arsenal v Stoke"
                if tok.lower_ in VERSUS and tok.is_lower:
                    self.add(tok.doc[tok.i - 1])
        for root in noun_chunk_roots(doc):  # (doc.noun_chunks makes a Token of every word)
            self.add(root)
        # every pronoun is a link of a chain, "her" in "her last film" too (parts of speech read
        # as one array: a Token for every word was a tenth of reading the names)
        for i, pos in enumerate(doc.to_array(POS).tolist()):
            if pos == PRON and (doc[i].lower_ in PRONOUNS or doc[i].lower_ in FIRST_PERSON):
                self.add(doc[i])
        return base

    def segments(self) -> tuple[Doc, ...]:
        """The segments registered so far, parsed, in order: the document as read."""
        return tuple(self._docs)

    def sentence_count(self) -> int:
        """How many sentences the segments registered so far hold."""
        return self._sent_base[-1] + len(self._sent_index[-1]) if self._docs else 0

    def _key(self, tok: Token) -> tuple[int, int]:
        return self._segments[id(tok.doc)], tok.i

    def sentence_of(self, tok: Token) -> int:
        seg = self._segments[id(tok.doc)]
        return self._sent_base[seg] + self._token_sent[seg][tok.i]

    def add(self, tok: Token) -> None:
        key = self._key(tok)
        if key not in self._mentions:
            self._mentions[key] = mention_of(tok)
            self._entities = None

    def named_entities(self) -> list[Entity]:
        """Every named entity of the document, once, in order of first mention: the nodes it
        mentions, whether or not a fact was read about them. A capitalised word the model gave no
        entity label that is a title or a role ("Actress" in "Actress Ruth Marlowe", "Agent"), or
        a lone letter, is a node only when a fact needs it."""
        if self._entities is None:
            self._entities = self._resolve()
        named = {key for key, m in self._mentions.items() if m is not None and m.named and _names_something(m)}
        seen: dict[str, Entity] = {}
        for key in sorted(named):
            ent = self._entities.get(key)
            if ent is not None:
                seen.setdefault(ent.id, ent)
        return list(seen.values())

    def entity(self, tok: Token) -> Entity | None:
        if self._entities is None:
            self._entities = self._resolve()
        return self._entities.get(self._key(tok))

    def unresolved(self, tok: Token) -> bool:
        """Whether ``tok`` is a reference kg's own rules left unresolved (:mod:`kg.resolve.references`):
        a pronoun that stands for something (not "it" of "it emerged that") or a description
        ("the group", "the minister") whose entity the evidence did not make clear."""
        if self._entities is None:
            self._entities = self._resolve()
        return self._key(tok) in self._unresolved

    def _promote_names(self) -> None:
        """Capitals the tagger read as a common noun, where the document names what they stand
        for: an initialism ("present it to the FA") of an organisation it names in full (the
        Football Association), found by the acronym rule; a club's nickname ("won by the
        Gunners") where it names the club (:mod:`kg.resolve.nicknames`). Capitals that spell
        no name of the document ("TV", "CEO") stay common nouns."""
        named = [m for m in self._mentions.values() if m is not None and m.named]
        fulls = {initials(m.name) for m in named if m.type not in ("PERSON", "CONCEPT") and " " in m.name}
        for key, m in self._mentions.items():
            if m is None or m.type != "CONCEPT" or (not m.token.is_title and not m.token.is_upper):
                continue
            tok = m.token
            if _INITIALISM.match(tok.text) and tok.text in fulls:
                self._mentions[key] = Mention(tok.text, "OTHER", tok.text, tok, True)
                continue
            before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
            for words in ([before, tok] if before is not None and before.is_title else None, [tok]):
                text = " ".join(t.text for t in words) if words else ""
                if text and text in nickname_targets([text, *(n.name for n in named)]):
                    self._mentions[key] = Mention(text, "OTHER", text, tok, True)
                    break

    def _trim_initial_modifiers(self) -> None:
        """A name opening a sentence with an adjective the model took into it ("Injured Nordvik"):
        the name without it, where the document names the rest alone (:func:`initial_modifier`)."""
        whole: list[str] = []  # the whole document's text, every paragraph, once a candidate asks

        def text() -> str:
            if not whole:
                whole.append("\n".join(d.text for d in self._docs))
            return whole[0]

        for key, m in self._mentions.items():
            if m is None or not m.named or " " not in m.name or m.type not in ("ORG", "OTHER"):
                continue
            rest = initial_modifier(m, text)
            if rest is not None:
                surface = m.surface.split(" ", 1)[1] if m.surface.startswith(m.name.split(" ", 1)[0] + " ") else m.surface
                # the model's label was given to the wrong span: the rest is untyped ("Veteran US"
                # read as an organisation is the country US)
                self._mentions[key] = Mention(rest, "OTHER", surface, m.token, True, m.definite_bare)

    def _resolve(self) -> dict[tuple[int, int], Entity | None]:
        self._promote_names()
        self._trim_initial_modifiers()
        named = [m for m in self._mentions.values() if m is not None and m.named]
        full: dict[str, str] = {}
        by_last: dict[str, set[str]] = defaultdict(set)
        titled = courtesy_surnames([(m.name, m.surface) for m in named])  # "said Mr Brekkestad"
        for m in named:
            words = m.name.split()
            if (len(words) > 1 and courtesy_type(m.type, m.name, titled) in ("PERSON", "OTHER")
                    and not opens_with_initialism(words)):
                by_last[words[-1]].add(m.name)
        for m in named:
            longer = by_last.get(m.name, set())
            if len(m.name.split()) == 1 and len(longer) == 1:
                full[m.name] = next(iter(longer))
        text = ""  # the whole document's, every paragraph, once a possessive name is found
        for m in named:  # "Harrow's said": every "Harrow" of the document is the firm Harrow's,
            # unless the document also writes it bare ("Sony said ..., not Sony's")
            if m.name not in full and (own := possessive_name(m)) is not None:
                text = text or "\n".join(d.text for d in self._docs)
                if not written_bare(m.name, text):
                    full[m.name] = own
        # "Gunners" where the report names Arsenal, "Sunderland" beside Sunderland FC; what the
        # model read the nickname or the town as (a nationality, a place) says nothing of the
        # club's type.
        nicknamed = {nick: full.get(name, name) for nick, name in
                     nickname_targets(m.name for m in named if m.type != "PERSON" or " " not in m.name).items()
                     if nick not in full}
        nicknamed.update((town, club) for town, club in club_towns((m.name, m.type, m.token) for m in named).items()
                         if town not in full and town not in nicknamed)
        full.update(nicknamed)
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        in_full: dict[str, Counter[str]] = defaultdict(Counter)  # the labels of "Craig Bellamy" itself
        aliases: dict[str, set[str]] = defaultdict(set)
        for m in named:
            canon = full.get(m.name, m.name)
            if m.name not in nicknamed:
                typed = kind_type(courtesy_type(m.type, m.name, titled), m.token, m.name)
                votes[canon][typed] += 1 if typed == m.type else 2  # a stated kind outweighs a label
                if m.name == canon and (vote := full_name_vote(typed, m.token, m.name)) is not None:
                    in_full[canon][vote] += 1
            aliases[canon].update({m.name, m.surface})
        types = {
            canon: "PERSON" if given_name_type(in_full[canon]) else
            max(count, key=lambda t: (count[t] if t != "OTHER" else 0.5, -TYPE_PRIORITY.index(t)))
            for canon, count in votes.items()
        }
        entities: dict[str, Entity] = {
            canon: Entity.make(canon, types[canon], tuple(sorted(aliases[canon])))
            for canon in votes
        }

        resolved: dict[tuple[int, int], Entity | None] = {}
        ordered = sorted(((k, m) for k, m in self._mentions.items() if m is not None), key=lambda km: km[0])
        products = Products()
        references = References(products.is_product)
        works = WorkReferences()
        self._unresolved = set()
        recent_concepts: list[tuple[int, str, Mention]] = []
        speaking: list[tuple[int, int]] = []  # "I", "me": read once every other mention is
        for key, m in ordered:
            tok = m.token
            if m.type == "PRONOUN" and tok.lower_ in FIRST_PERSON:
                speaking.append(key)
                continue
            sent = self.sentence_of(tok)
            ent: Entity | None = None
            # "The Swede said": a nationality noun re-mentions a person (rule nationality-description);
            # unresolved, it stays the name it was read as
            nation = national(tok) if m.named and " " not in m.name else None
            if nation is not None and (ent := references.description(tok, sent, "person", nation)) is not None:
                references.resolved(ent, tok, sent)
            elif m.named:
                by_name = entities[full.get(m.name, m.name)]
                references.named(by_name, tok, sent)
                products.named(by_name, tok, sent, references.kinds_of(by_name))
                works.named(by_name, tok, sent, references.kinds_of(by_name), partial(references.is_person, by_name))
                ent = by_name
            elif m.type == "PRONOUN":
                ent = references.pronoun(tok, sent)
                if ent is not None:
                    references.resolved(ent, tok, sent)
                else:
                    references.unresolved(tok, sent)
                    if refers(tok):
                        self._unresolved.add(key)
            elif (person := _surname_as_noun(m, by_last)) is not None and entities[person].type == "PERSON":
                ent = entities[person]
                references.named(ent, tok, sent)
            elif (kind := product_description(tok)) is not None and (ent := products.product(kind, sent)) is not None:
                products.resolved(ent, sent)  # "the device": the product named as one (rule product-description)
                references.resolved(ent, tok, sent)  # a link of its chain: "The device ... It"
            elif (kind := work_description(tok)) is not None and (ent := works.work(kind, sent)) is not None:
                works.resolved(ent, sent)  # "the film": the work named as a film (rule work-description)
                if work_it(references.kinds_of(ent)):
                    references.resolved(ent, tok, sent)  # a thing "it" may stand for: "The film ... It"
                else:
                    references.common(tok, sent)  # to a pronoun, the noun it was: "it" after it stays open
            else:
                name, ent = m.name, None
                antecedent = None
                works.unnamed(tok, sent)
                products.unnamed(tok, sent)
                if m.definite_bare:
                    head = tok.lemma_.lower()
                    antecedent_at = next(((s, mm) for s, h, mm in reversed(recent_concepts)
                                          if h == head and 0 <= sent - s <= DEFINITE_WINDOW and mm.name != m.name
                                          and not other_rank(m.name, mm.name)), None)
                    antecedent = antecedent_at[1] if antecedent_at is not None else None
                    if antecedent_at is not None and (over_noun := references.named_since(
                            antecedent_at[1].token, antecedent_at[0], tok, sent)) is not None:
                        antecedent, ent = None, over_noun  # "... for a listed company. Vexa said ... The company"
                    if antecedent is not None:
                        name = antecedent.name
                described = description_head(tok) if antecedent is None and ent is None else None
                if described is None and aged(tok):
                    described = "person"  # "the 34-year-old": an age is said of a person
                elif described is None and antecedent is None and ent is None and rank_epithet(tok):
                    described = RANK  # "the world number one": a rank is said of a player
                if described is not None:
                    ent = references.description(tok, sent, described)
                if ent is not None:
                    references.resolved(ent, tok, sent)
                elif m.name and m.token.ent_type_ == "DATE":
                    references.unresolved(tok, sent)  # "the 34-year-old" unresolved: no node, as before
                    self._unresolved.add(key)
                    resolved[key] = None
                    continue
                else:
                    if described is not None:
                        self._unresolved.add(key)
                    ent = Entity.make(name, "CONCEPT")
                    references.common(tok, sent)
                    if tok.dep_ != "compound":  # "budget airline SkyNord": the noun describes the name
                        recent_concepts.append((sent, tok.lemma_.lower(), Mention(name, "CONCEPT", m.surface, tok, False)))
            resolved[key] = ent
        if speaking:
            self._speakers(speaking, resolved)
        return resolved

    def _speakers(self, speaking: list[tuple[int, int]], resolved: dict[tuple[int, int], Entity | None]) -> None:
        """The first person of quotations: their speaker (:mod:`kg.resolve.speakers`), from the
        mentions resolved already (the speaker is often named after the quotation)."""
        def entity_of(tok: Token) -> Entity | None:
            return resolved.get(self._key(tok)) if id(tok.doc) in self._segments else None

        for key in speaking:
            mention = self._mentions[key]
            resolved[key] = first_person(mention.token, entity_of) if mention is not None else None
