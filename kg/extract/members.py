"""A plural kind that the verb "include" lists by name: "Other folk acts who may appear at the
Bergen gig include Ola Berg and Finn Moe", "Sponsors of the race include Nordbank and Vexa
Holdings".

Rules ``include-kind``, ``include-clause`` and ``include-act`` (the things a possessor's act made or
took: "Nordbank's recent acquisitions include Vexa Holdings" → ``(Nordbank)-[:ACQUIRE]->(Vexa
Holdings)``). Used so, "include" says what "such as" and
"including" say after a noun (``example-kind``, ``example-object``): its object names members of
the set its subject denotes. So each named member is one of that kind, ``(Ola Berg)-[:IS_A]->(folk
act)``, and what a relative clause says of the set it says of each member, ``(Ola Berg)-[:APPEAR_AT
{modality: may}]->(Bergen gig)``. Graph-only: the Open IE view keeps the sentence's own
("Other folk acts ...; include; Ola Berg").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.events import ACT_NOUNS
from kg.extract.nominal import argument, conjuncts, has_possessive_mark
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.roles import role_of
from kg.extract.verbs import verb_propositions
from kg.resolve.referring import PERSON_KINDS

# Words that say how the set is taken, not what each member is: "other folk acts".
_SET_WORDS = frozenset({"other", "many", "several", "some", "various", "numerous", "such", "few", "more", "most",
                        "notable", "previous", "past", "former", "recent", "current", "new", "early", "latest"})
# Kind nouns that name no kind of the members but a part, a feature or an event of something
# ("Its highlights include Cold Harbour", "changes include Tom Reed"; "injuries include Jon Dahl"
# is his injury): the members are not of that kind.
_NO_KIND = frozenset({
    "highlight", "change", "injury", "doubt", "worry", "concern", "problem", "credit", "role", "part", "feature",
    "element", "item", "thing", "example", "exception", "addition", "omission", "selection", "one", "other",
    "name", "figure", "detail", "option", "plan", "move", "measure", "step",
})


def _kind_subject(verb: Token) -> Token | None:
    """The plural noun that is the subject of "include" in the active ("Sponsors include ..."):
    not a pronoun, a name, a partitive ("some of the sponsors") or a singular ("the list
    includes": a whole and its parts)."""
    if verb.lemma_ != "include" or verb.pos_ != "VERB" or verb.tag_ == "VBG":
        return None
    if any(c.dep_ in ("auxpass", "neg") for c in children(verb)):
        return None
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NNS" or subj.ent_type_:
        return None
    return subj


def _members(verb: Token) -> list[Token]:
    """The named members "include" lists: its object and the object's conjuncts, names only."""
    obj = next((c for c in children(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.i < verb.i:
        return []
    return [c for c in conjuncts(obj) if c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME", "MONEY",
                                                                                   "PERCENT", "CARDINAL")
            and not possessor_member(c)]


@register("member-not-possessor")
def possessor_member(name: Token) -> bool:
    """"Famous winter songs include Nordlys's Will It Snow Again? and Jon Dahl's Frost": a name in
    the possessive in the list "include" gives is no member of the kind (no ``Nordlys IS_A winter
    song``).

    Linguistic reason: a possessive determines the noun after it: "Nordlys's Will It Snow
    Again?" names the song, and Nordlys is whose it is; when the parse leaves the title out of the
    list (a title that is a question or a clause), the possessor stands where the member should."""
    return "member-not-possessor" not in disabled() and has_possessive_mark(name)


def _listed_kinds(sent: Span) -> Iterator[tuple[Token, list[Token]]]:
    if "include" not in sentence_lemmas(sent):
        return  # (no "include": nothing below can match)
    for verb in sentence_tokens(sent):
        kind = _kind_subject(verb)
        if kind is None:
            continue
        members = _members(verb)
        if members:
            yield kind, members


@triggered_by(lemmas={"include"})
def include_kind_propositions(sent: Span) -> Iterator[Proposition]:
    """"Other folk acts who may appear include Ola Berg and Finn Moe" → (Ola Berg; is; folk act),
    (Finn Moe; is; folk act).

    Linguistic reason: "include" with a plural subject and names for its object lists members of
    the set the subject names, as "such as" and "including" after the noun do
    (``example-kind``): each member is one of that kind, in the singular. Not a singular subject
    ("the list includes": a whole and its parts) or a partitive ("some of his films"), and not a
    noun that names a part, an event or a feature
    of something rather than a kind its members are ("highlights", "changes", "injuries").
    Graph-only.
    """
    for kind, members in _listed_kinds(sent):
        if kind.lemma_.lower() in _NO_KIND:
            continue
        for member in members:
            role = role_of(member, kind)
            title = " ".join(w for w in role.title.split() if w not in _SET_WORDS)
            if not title:
                continue
            if kind.lemma_.lower() not in PERSON_KINDS or role.org is None:
                role = Role(member, title, kind)  # a kind is held nowhere
            else:
                role.title = title
            yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(member), Argument(kind, (kind,))],
                              rule="include-kind", role=role, open_ie=False)


def _clause_verbs(kind: Token) -> list[Token]:
    """The active relative clauses on the kind noun ("acts who may appear at the gig"): a passive
    ("organisations represented on the board") names no doer, so it gives no fact of its verb."""
    return [c for c in children(kind) if c.pos_ == "VERB" and active_relative(c)]


def active_relative(clause: Token) -> bool:
    """``clause`` is an active relative clause (a passive one names no doer)."""
    return clause.dep_ == "relcl" and not any(g.dep_ in ("auxpass", "nsubjpass") for g in children(clause))


@triggered_by(lemmas={"include"})
def include_clause_propositions(sent: Span) -> Iterator[Proposition]:
    """"Other folk acts who may appear at the Bergen gig include Ola Berg and Finn Moe" → (Ola
    Berg; may appear at; Bergen gig), (Finn Moe; may appear at; Bergen gig).

    Linguistic reason: a restrictive relative clause narrows the set its noun names, so every
    member "include" lists satisfies it: what the clause says of the set's members it says of
    each named one, with the clause's own modality and negation (as ``example-object`` gives a
    verb's fact to each example of its object). Only an active clause whose subject is the kind
    noun itself; a passive clause names no doer. Graph-only.
    """
    for kind, members in _listed_kinds(sent):
        yield from clause_member_propositions(sent, kind, _clause_verbs(kind),
                                              [argument(member) for member in members], "include-clause")


def clause_member_propositions(sent: Span, kind: Token, clauses: list[Token], members: list[Argument],
                               rule: str) -> Iterator[Proposition]:
    """What each clause on the plural ``kind`` says of it, said of each member (``include-clause``,
    ``among-clause``): the clause's own graph facts whose subject is the kind noun, with the
    member as subject and the clause's modality, negation and attribution."""
    for clause in clauses:
        for prop in verb_propositions(clause, sent):
            if prop.args[0].head.i != kind.i or not prop.graph or prop.agent_first or len(prop.args) < 2:
                continue
            for member in members:
                yield Proposition(
                    sentence=sent, relation=prop.relation, lemma=prop.lemma,
                    args=[member, *prop.args[1:]], rule=rule, negated=prop.negated,
                    modality=prop.modality, attribution=prop.attribution, confidence=prop.confidence * 0.8,
                    open_ie=False)



@triggered_by(lemmas={"include"})
def include_act_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordbank's recent acquisitions include Vexa Holdings and Bergen Bank" → (Nordbank;
    acquire; Vexa Holdings), (Nordbank; acquire; Bergen Bank); "Bergen's signings include Tom Reed"
    → (Bergen; sign; Tom Reed).

    Linguistic reason: a plural noun of a transitive act ("acquisitions", "signings", "releases",
    "purchases") names the things the act was done to, and its possessor is the doer, as with the
    noun of the event (``event-noun``: "Nordbank's acquisition of Vexa"); so each member "include"
    lists is a thing the possessor did the act to. Only a named possessor (or a possessive
    pronoun the resolver may take back to one), the verb the noun is made from (kg's table of
    such nouns), and only names for members. Graph-only.
    """
    for kind, members in _listed_kinds(sent):
        verb = ACT_NOUNS.get(kind.lemma_.lower())
        poss = next((c for c in children(kind) if c.dep_ == "poss"), None)
        if verb is None or poss is None:
            continue
        if not (poss.pos_ == "PROPN" or poss.ent_type_ in ("ORG", "PERSON", "GPE")
                or (poss.pos_ == "PRON" and poss.lower_ in ("his", "her", "its", "their"))):
            continue
        for member in members:
            yield Proposition(sentence=sent, relation=f"{kind.text} include", lemma=verb,
                              args=[argument(poss), argument(member)], rule="include-act", open_ie=False)
