"""A title given by a passive verb of appointment: "Anna Berg was named chairman of Nordbank".

Rule ``appointed-role``. The graph reads it as a role, title and organisation apart, as the
other role rules (:mod:`kg.extract.roles`) do: ``(Anna Berg)-[HEAD {predicate: "chairman"}]->(Nordbank)``.
Graph-only: CaRB's Open IE view keeps the sentence's own proposition.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.capacities import RELATIVE_PRONOUNS, hedged_post, relative_holder
from kg.extract.clauses import is_negated
from kg.extract.conditions import condition_clause
from kg.extract.nominal import argument
from kg.extract.reading import children, sentence_lemmas, sentence_tokens
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.roles import TITLE_NOUNS, role_of

# Verbs that give their object a title: in the passive their subject holds it.
APPOINTING = frozenset({"name", "appoint", "elect", "make", "promote", "confirm", "install", "re-elect"})


def _title(verb: Token) -> Token | None:
    """The title noun a passive verb of appointment gives its subject ("named chairman")."""
    noun = next((c for c in children(verb) if c.dep_ in ("oprd", "attr", "dobj") and c.pos_ == "NOUN"), None)
    if noun is None or noun.lemma_.lower() not in TITLE_NOUNS:
        return None
    if any(c.dep_ == "amod" and c.tag_ in ("JJS", "RBS") for c in children(noun)):
        return None  # "named best director": a superlative names a prize's category, no office
    return noun


@triggered_by(lemmas=APPOINTING)
def appointed_role_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed has been appointed chief executive of Fjord Capital" → Tom Reed holds "chief
    executive" at Fjord Capital.

    Linguistic reason: name, appoint, elect and make take an object and its title ("the board
    named her chairman"); in the passive the object is the subject, so the subject holds the
    title, and an "of" phrase or possessor on the title says where, as in any description. Only a
    title noun counts ("was named best director" is a prize, ``prize-winner``).
    """
    if APPOINTING.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for verb in sentence_tokens(sent):
        if verb.lemma_ not in APPOINTING or verb.tag_ != "VBN":
            continue
        holder = next((c for c in children(verb) if c.dep_ == "nsubjpass" and c.pos_ in ("PROPN", "PRON")), None)
        if holder is not None and holder.lower_ in RELATIVE_PRONOUNS:
            holder = relative_holder(verb)  # "Tom Reed, who was named chairman"
        title = _title(verb)
        if holder is None or title is None or hedged_post(verb):
            continue
        role = role_of(holder, title)
        obj = Argument(role.org, (role.org,)) if role.org is not None else argument(title)
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(holder), obj],
                          rule="appointed-role", role=role, open_ie=False)


def _appointer(verb: Token) -> Token | None:
    """The name that makes the appointment: the verb's subject, or the name the parse hung the
    verb on as a participle ("Vexa Holdings named Tom Reed as ...")."""
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "acl":
        subj = verb.head
    return subj if subj is not None and subj.pos_ == "PROPN" else None


def _appointed(verb: Token, holder: Token, title: Token) -> Role:
    """The post ``title`` the verb gives ``holder``: where the title says, else the appointing
    organisation's own ("its chairman": the appointer's)."""
    role = role_of(holder, title)
    appointer = _appointer(verb)
    if appointer is None or appointer.ent_type_ in ("PERSON", "GPE", "NORP"):
        return role
    its = role.org is not None and role.org.lower_ in ("its", "their") and role.org.head.i == title.i
    if its or (role.org is None and appointer.ent_type_ in ("ORG", "")):
        role = Role(holder, role.title, title, appointer)
    return role


@register("appointed-as-title")
def appointed_as_title(verb: Token) -> tuple[Token, Token] | None:
    """The name an active verb of appointment gives a title with "as", and the title ("named
    Tom Reed as its new chairman"), or None. Also when the parse takes "named" for a participle
    on the subject ("Vexa Holdings named Tom Reed as ...": ``acl``, the name its ``oprd``).

    Linguistic reason: "named X as chairman" with a title noun after "as" is an act of
    appointment, not a naming participle ("a singer named X"): the title is the post given, so
    ``named-as`` reads no kind from it and ``role-as`` leaves the post to ``appointed-as``.
    """
    if "appointed-as-title" in disabled() or verb.lemma_ not in APPOINTING or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb)):
        return None  # the passive is ``appointed-role``'s (a denied or supposed appointment is
        # still this rule's title, so that ``role-as`` reads none from it: ``appointed-as`` skips it)
    holder = next((c for c in children(verb) if c.dep_ in ("dobj", "oprd") and c.pos_ == "PROPN"
                   and c.ent_type_ == "PERSON"), None)
    if holder is None:
        return None
    as_ = next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "as"), None)
    title = as_ and next((c for c in children(as_) if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if title is None or title.lemma_.lower() not in TITLE_NOUNS:
        return None
    if any(c.dep_ == "amod" and c.tag_ in ("JJS", "RBS") for c in children(title)):
        return None  # "named Tom Reed as its best player": a superlative names an honour, no post
    return holder, title


def _made(verb: Token) -> bool:
    """The appointment is stated as made: not denied ("did not name"), nor under a modal ("may
    name"), an infinitive ("hopes to appoint") or a condition ("if Nordbank appoints")."""
    return not (is_negated(verb) or condition_clause(verb) or any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in children(verb)))


@triggered_by(lemmas=APPOINTING)
def appointed_as_propositions(sent: Span) -> Iterator[Proposition]:
    """"Vexa Holdings named Tom Reed as its new chairman" → Tom Reed holds "new chairman" at Vexa
    Holdings; "Nordbank appointed Tom Reed as chairman" → Tom Reed, chairman at Nordbank.

    Linguistic reason: name, appoint, elect and make give their object a post, said with "as"
    (or bare, ``appointed-title-name``): the object holds the title, where the title says ("of
    Bergen Rovers", "its" for the appointer), and when it says nowhere, at the organisation that
    appoints, which fills its own posts. A person appointing ("the president named Tom Reed as
    envoy") gives no organisation. Only a person's name and a title noun count.
    """
    if APPOINTING.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for verb in sentence_tokens(sent):
        found = appointed_as_title(verb) if verb.lemma_ in APPOINTING else None
        if found is None or not _made(verb):
            continue
        holder, title = found
        role = _appointed(verb, holder, title)
        obj = Argument(role.org, (role.org,)) if role.org is not None else argument(title)
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(holder), obj],
                          rule="appointed-as", role=role, open_ie=False)


def _name_in_title(title: Token) -> Token | None:
    """The person's name the parse hung on the title after it ("appointed Tom Reed chief
    executive": "Reed" an ``nmod`` or ``compound`` of "executive")."""
    return next((c for c in title.lefts if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                 and c.ent_type_ == "PERSON"), None)


@register("appointed-appos-title")
def appointed_appos_title(verb: Token) -> tuple[Token, Token] | None:
    """"Nordbank has named Jon Dahl its new chief executive" → Jon Dahl holds "new chief executive"
    at Nordbank: the parse hangs the second object on the name as an apposition.

    Linguistic reason: an active verb of appointment takes the person and the post as two objects
    side by side ("named her its chairman"); with no comma between them the title after the name
    is that second object, not a description set off by commas. Only a person's name and a title
    noun directly after it; a superlative names an honour ("named Tom Reed its best player").
    """
    if "appointed-appos-title" in disabled():
        return None
    holder = next((c for c in children(verb) if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
    if holder is None:
        return None
    title = next((c for c in children(holder) if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > holder.i), None)
    if title is None or any(t.is_punct for t in holder.doc[holder.i + 1:title.left_edge.i]):
        return None  # "named Jon Dahl, its chairman, as ...": a description set off by commas
    if any(c.dep_ == "amod" and c.tag_ in ("JJS", "RBS") for c in children(title)):
        return None
    return holder, title


@triggered_by(lemmas=APPOINTING)
def appointed_title_name_propositions(sent: Span) -> Iterator[Proposition]:
    """"Nordbank has appointed Tom Reed chief executive" → Tom Reed holds "chief executive" at
    Nordbank (the parse reads "Tom Reed chief executive" as one noun phrase, the verb's object).

    Linguistic reason: an active verb of appointment takes two objects, the person and the post
    ("appointed her chairman"); a person's name and a title noun side by side after it are those
    two, not a title with a name before it (a title before a name says the reverse order, "chief
    executive Tom Reed"). Where the post is held is said on the title, else it is the appointing
    organisation's own (as for ``appointed-as``).
    """
    if APPOINTING.isdisjoint(sentence_lemmas(sent)):
        return  # (none of its words in the sentence: nothing below can match)
    for verb in sentence_tokens(sent):
        if verb.lemma_ not in APPOINTING or verb.pos_ != "VERB" or any(
                c.dep_ in ("nsubjpass", "auxpass", "neg") for c in children(verb)):
            continue
        title = next((c for c in children(verb) if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        holder = _name_in_title(title) if title is not None else None
        if title is None:
            holder, title = appointed_appos_title(verb) or (None, None)
        if title is None or title.lemma_.lower() not in TITLE_NOUNS:
            continue
        if holder is None or not _made(verb):
            continue
        role = _appointed(verb, holder, title)
        obj = Argument(role.org, (role.org,)) if role.org is not None else argument(title)
        yield Proposition(sentence=sent, relation="is", lemma="be",
                          args=[Argument(holder, tuple(t for t in holder.subtree if t.i <= holder.i)), obj],
                          rule="appointed-title-name", role=role, open_ie=False)
