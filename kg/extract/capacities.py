"""A title its holder takes, keeps or leaves, said with "as": "Tom Reed joined Nordbank as finance
director".

Rule ``subject-as``. The ``role-as`` rule gives an "as" title to a verb's object ("named her as
captain"); with verbs of joining, succeeding, serving and leaving the title is the subject's, and
the organisation is the one joined when the title names none. The graph reads it as the other
role rules do: ``(Tom Reed)-[ROLE {predicate: "finance director"}]->(Nordbank)``. Graph-only: CaRB's
Open IE view keeps the parse's reading.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, Role
from kg.extract.clauses import NEGATING, is_negated
from kg.extract.conditions import condition_clause
from kg.extract.nominal import argument
from kg.extract.reading import children, sentence_tokens, sentence_words
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.roles import TITLE_NOUNS, capacity_verb, role_of
from kg.extract.transfer_phrases import EMPLOYER_VERBS

# Verbs whose object (or "to" phrase: "returned to Nordvik as coach") is where the title is held.
_JOINED = frozenset({"join", "rejoin", "return"})


def _joined(verb: Token) -> Token | None:
    """The named organisation a verb of joining names: its object, or the object of "to"."""
    for c in children(verb):
        if c.dep_ == "dobj" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "prep" and c.lower_ == "to":
            pobj = next((g for g in children(c) if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if pobj is not None:
                return pobj
    return None


# Pronouns that open a relative clause about a person: "Tom Reed, who joined as chairman".
RELATIVE_PRONOUNS = frozenset({"who", "that"})


@register("relative-capacity")
def relative_holder(verb: Token) -> Token | None:
    """"Tom Reed, who will remain as Nordbank chief executive, said ..." → Tom Reed holds "chief
    executive" at Nordbank; "Anna Berg, who was named chairman in May," → Anna Berg, chairman:
    the holder of a capacity verb (``subject-as``) or a passive verb of appointment
    (``appointed-role``) whose subject is a relative pronoun is the name the relative clause is
    said of.

    Linguistic reason: a relative pronoun stands for the noun phrase its clause modifies, so "who
    joined as chairman" says of the name before it what "Tom Reed joined as chairman" says; only
    a name (a proper noun the clause hangs on) is taken, a common noun ("the man who joined as
    chairman") names no one.
    """
    if "relative-capacity" in disabled() or verb.dep_ != "relcl":
        return None
    return verb.head if verb.head.pos_ == "PROPN" else None


@register("participle-holder")
def participle_holder(verb: Token) -> Token | None:
    """"Tom Reed, speaking as Bergen's coach, said ..." / "Speaking as Bergen's coach, Tom Reed
    said ..." → Tom Reed holds "coach" at Bergen: the holder of a participle's "as" phrase is the
    name it is said of.

    Linguistic reason: a participle has no subject of its own; one hung on a name ("Tom Reed,
    speaking as ...") is said of that name, and one opening or closing the clause as an adjunct
    is said of the clause's subject (the understood subject of a participial adjunct is the main
    clause's). Only a present participle and a person's name.
    """
    if "participle-holder" in disabled() or verb.tag_ != "VBG":
        return None
    named: Token | None = None
    if verb.dep_ == "acl":
        named = verb.head
    elif verb.dep_ == "advcl":
        named = next((c for c in children(verb.head) if c.dep_ == "nsubj"), None)
    else:
        return None
    return named if named is not None and named.pos_ == "PROPN" and named.ent_type_ == "PERSON" else None


# Verbs whose "as" phrase names a post their subject leaves ("stepped down as chairman", "resigned
# as Nordbank chief", "quit as coach", "retired as captain"): done, the post is a former one
# (kg.resolve.facts.post_left); negated, it is kept ("will not quit as coach", ``kept-post``).
LEAVING_VERBS = frozenset({"step", "stand", "resign", "quit", "retire"})


@register("kept-post")
def kept_post(verb: Token) -> bool:
    """"Tom Reed will not quit as Bergen coach" → Tom Reed holds "coach" at Bergen: a negated verb
    of leaving a post keeps its subject in the post its "as" phrase names.

    Linguistic reason: "as" after a verb of leaving (step down, stand down, resign, quit, retire)
    names the post its subject holds until the act; denying the act with "not" or "never" ("will
    not quit") leaves that post held now, as "will stay as coach" says. Other negated capacity verbs ("did not join Nordbank as chairman") say nothing of a post.
    """
    return "kept-post" not in disabled() and verb.lemma_.lower() in LEAVING_VERBS and capacity_verb(verb)


@register("denied-copula-post")
def denied_copula_post(title: Token) -> bool:
    """"Jon Dahl denied being Nordbank's chairman", "Tom Reed refused to be Vexa's chairman": the
    copula's title is no post held (the negated IS_A of ``implied-negation`` says the denial).

    Linguistic reason: a verb that denies its complement (deny, refuse, decline, fail, reject)
    says the complement's "be TITLE" is not so; the copula's role reading would state it as held.
    A denial itself denied ("did not deny being chairman") leaves the post, stated as held
    (:func:`denied_denial`).
    """
    head = _denying_head(title)
    return head is not None and not is_negated(head)


def denied_denial(title: Token) -> bool:
    """"Jon Dahl did not deny being Nordbank's chairman": the post is left stated as held, not as
    denied (the two negations cancel; the chain's "not" on "deny" is no negation of the post).
    Part of rule ``denied-copula-post``."""
    head = _denying_head(title)
    return head is not None and is_negated(head) and not is_negated(title.head)


def _denying_head(title: Token) -> Token | None:
    """The verb of denial ("deny", "refuse", ...) whose complement is the copula of ``title``."""
    if "denied-copula-post" in disabled() or title.dep_ != "attr":
        return None
    cop = title.head
    if cop.lemma_ not in ("be", "become") or cop.dep_ != "xcomp":
        return None
    return cop.head if cop.head.lemma_.lower() in NEGATING else None


# Modals of possibility: "may take over as manager" says the post may pass, not that it does.
_POSSIBLE = frozenset({"may", "might", "could"})


@register("hedged-post")
def hedged_post(verb: Token) -> bool:
    """"Tom Reed may take over as manager from Jon Dahl", "Tom Reed might be appointed chairman",
    "if Tom Reed joins Nordbank as chairman": no post held (nor a predecessor's former post).

    Linguistic reason: a modal of possibility (may, might, could) or a condition ("if", "unless")
    puts the change of post among what is possible, not what happened; a role is a claim that the
    post is held. "will" stays: a post to be taken up or kept ("who will remain as chief executive")
    is stated as settled.
    """
    if "hedged-post" in disabled():
        return False
    if any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in children(verb)):
        return True
    return condition_clause(verb)


@triggered_by(words={"as"})
def subject_as_propositions(sent: Span) -> Iterator[Proposition]:
    """"Tom Reed joined Nordbank as finance director" → Tom Reed holds "finance director" at
    Nordbank; "Ana Lind will succeed him as chairman of Fjordbank" → Ana Lind, chairman at Fjordbank.

    Linguistic reason: an "as" phrase names the capacity in which someone takes part in the act.
    Verbs that name a change in who holds a post (join, succeed, replace, take over, step down,
    resign, return, serve) are about their subject's capacity: the one who joins, succeeds or
    resigns holds (or held) the title, and where it is held is said on the title ("of Fjordbank",
    "Nordvik manager") or is the organisation joined. Only a title noun counts, never under a
    negation.
    """
    if "as" not in sentence_words(sent):
        return  # (no "as" in the sentence: nothing below can match)
    for prep in sentence_tokens(sent):
        if prep.lower_ != "as" or prep.dep_ != "prep" or not capacity_verb(prep.head):
            continue
        verb = prep.head
        title = next((c for c in children(prep) if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        holder = next((c for c in children(verb) if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON")), None)
        if holder is not None and holder.lower_ in RELATIVE_PRONOUNS:
            holder = relative_holder(verb)
        if holder is None:
            holder = participle_holder(verb)  # "Tom Reed, speaking as Bergen's coach,"
        if title is None or holder is None or title.lemma_.lower() not in TITLE_NOUNS:
            continue
        if any(c.dep_ == "neg" for c in children(verb)) and not kept_post(verb):
            continue
        if hedged_post(verb):
            continue
        role = role_of(holder, title)
        if role.org is None and verb.lemma_.lower() in _JOINED:
            role = Role(holder, role.title, title, _joined(verb))
        elif role.org is None and (employer := employer_of_capacity(verb)) is not None:
            role = Role(holder, role.title, title, employer)  # "worked for Nordbank as an analyst"
        obj = Argument(role.org, (role.org,)) if role.org is not None else argument(title)
        yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(holder), obj],
                          rule="subject-as", role=role, open_ie=False)
        if (predecessor := predecessor_from(verb, title)) is not None:
            role = role_of(holder, title)
            yield Proposition(sentence=sent, relation="is", lemma="be", args=[argument(predecessor), argument(title)],
                              rule="subject-as", open_ie=False,
                              role=Role(predecessor, f"former {role.title}", title, role.org))


@register("capacity-employer")
def employer_of_capacity(verb: Token) -> Token | None:
    """"Tom Reed worked for Nordbank as an analyst" → Tom Reed holds "analyst" at Nordbank: the name
    of the verb's "for" phrase is where the title of its "as" phrase is held.

    Linguistic reason: "work for X as T" says both whom the subject works for and in what capacity,
    and the capacity is held in that work: an analyst working for Nordbank is Nordbank's analyst,
    as "worked as an analyst for Nordbank" (the parse hangs "for" on the title) already says.
    Only "work" and "star" (``EMPLOYER_VERBS``: "starred for Nordvik as captain") and a name
    (organisation, person or place) for the object of "for"; "worked for years as an analyst"
    names no one.
    """
    if verb.lemma_.lower() not in EMPLOYER_VERBS or "capacity-employer" in disabled():
        return None
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.lower_ == "for":
            pobj = next((g for g in children(prep) if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN" and pobj.ent_type_ in ("ORG", "PERSON", "GPE"):
                return pobj
    return None


# Verbs of taking a post over from someone: the "from" phrase names who held it before.
_TAKING_OVER = frozenset({"take"})


@register("predecessor-from")
def predecessor_from(verb: Token, title: Token) -> Token | None:
    """"Tom Reed took over as manager of Bergen Rovers from Jon Dahl" → Jon Dahl, "former manager"
    at Bergen Rovers.

    Linguistic reason: "take over (as TITLE) from X" says the post passes from X to the subject,
    as "succeed X as TITLE" does; so X held the post before. Only a person's name.
    """
    if "predecessor-from" in disabled() or verb.lemma_.lower() not in _TAKING_OVER:
        return None
    for head in (verb, title):
        for c in children(head):
            if c.dep_ == "prep" and c.lower_ == "from":
                pobj = next((g for g in children(c) if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ == "PROPN" and pobj.ent_type_ == "PERSON":
                    return pobj
    return None
