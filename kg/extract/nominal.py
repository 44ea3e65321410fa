"""Noun phrases: how far an argument reaches, and the propositions a noun phrase states by itself.

An argument is a head token and the part of its subtree that belongs to it (:func:`arg_tokens`);
clauses and conjuncts that make arguments or propositions of their own are left out. The rules here
read a noun phrase, not a clause: an apposition ("Maria Zakharova, the ministry's spokeswoman"), a
role ("named X as head of Y"), a title before a name ("President Lind"), a possessive ("Berg 's
lawyer") and a place phrase on a noun ("the church in Leeds"). Their relation is the "is"/"has"
that the grammar implies. :mod:`kg.extract.rules` runs them after the verb rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from kg.extract.appositions import (
    description_holder,
    description_noun,
    kind_before_name,
    restated_title,
    set_off,
)
from kg.extract.base import Argument, Proposition, Role
from kg.extract.describes import describes_name, not_a_description
from kg.extract.registry import disabled, register
from kg.extract.roles import capacity_verb, is_description, prenominal_role_propositions, role_of
from kg.resolve.references import ORG_ONLY_KINDS
from kg.resolve.spans import sentence_ents

# Children that never belong inside an argument's text. Punctuation inside an argument stays
# ("Gen - Probe", quotes around a name); at its edges it is trimmed.
ARG_EXCLUDED = frozenset({"relcl", "cc", "conj", "appos", "acl", "advcl", "parataxis"})
PLACE_TYPES = frozenset({"GPE", "LOC"})


def arg_tokens(head: Token, exclude: frozenset[str] = ARG_EXCLUDED) -> tuple[Token, ...]:
    """The head and its subtree, minus clauses and conjuncts that make arguments of their own.

    Only the head's own conjuncts make arguments of their own ("Britain and France"); a
    coordination further down stays in the text ("a symbol of progress and innovation").
    """
    keep: list[Token] = []
    stack = [head]
    split = {c.i for c in conjuncts(head)} - {head.i}
    inner = exclude - {"conj", "cc", "preconj"}
    while stack:
        tok = stack.pop()
        keep.append(tok)
        if tok is head:
            stack.extend(c for c in tok.children if c.dep_ not in inner and c.i not in split
                         and not (c.dep_ in ("cc", "preconj") and split))
        else:
            stack.extend(c for c in tok.children if c.dep_ not in inner)
    keep.extend(shared_determiner(head))
    keep.sort(key=lambda t: t.i)
    while keep and (keep[-1].is_punct or keep[-1].dep_ == "cc") and keep[-1] is not head:
        keep.pop()
    while keep and keep[0].is_punct and keep[0] is not head:
        keep.pop(0)
    if keep:
        keep = balance_quotes(keep)
    return tuple(keep)


@register("shared-possessive")
def shared_determiner(conj: Token) -> list[Token]:
    """"The strike hurt the airline 's profits and reputation" → (The strike; hurt; the airline 's
    reputation): a noun coordinated with the noun before it shares that noun's possessive ("the
    airline 's", "its") when it has no determiner of its own.

    Linguistic reason: a possessive determiner stands at the left edge of the whole coordinated
    noun phrase and scopes over every conjunct ("his wife and daughter" are both his); the parse
    hangs it on the first noun only. An article is not shared ("a profit and losses", "that
    offer and price" read badly), and a conjunct with a determiner of its own keeps it.
    """
    first = conj.head
    while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head.i < first.i:
        first = first.head  # "Nordbank 's shops , offices and staff": the list's first noun
    if ("shared-possessive" in disabled() or conj.dep_ != "conj" or conj.pos_ != "NOUN"
            or first.pos_ != "NOUN" or first.i > conj.i):
        return []
    if any(c.dep_ in ("det", "poss") for c in conj.children):
        return []
    owner = next((c for c in first.children if c.dep_ == "poss" and c.left_edge.i == first.left_edge.i), None)
    return list(owner.subtree) if owner is not None else []


OPEN_QUOTES = frozenset({"``", "`", "“"})
CLOSE_QUOTES = frozenset({"''", "'", "”"})
TRAILING_OPENERS = frozenset({"(", "-LRB-", "[", "-LSB-", ",", ":", ";", "--"})


def balance_quotes(keep: list[Token]) -> list[Token]:
    """An argument that opens a quote closes it: "`` Solvind ''" keeps the closing quote that the
    parse hangs elsewhere; a quote mark left alone at the edge goes."""
    doc = keep[0].doc
    # a quote or bracket that opens at the end of an argument opens nothing in it: "the nickname ``"
    while len(keep) > 1 and (keep[-1].text in OPEN_QUOTES or keep[-1].text in TRAILING_OPENERS):
        keep = keep[:-1]
    depth = 0
    for t in keep:
        depth += t.text in OPEN_QUOTES
        depth -= t.text in CLOSE_QUOTES and depth > 0
    nxt = keep[-1].i + 1
    if nxt < len(doc) and doc[nxt].text in (",", ".") and nxt + 1 < len(doc) and doc[nxt + 1].text in CLOSE_QUOTES:
        nxt += 1  # "`` The plan works , '' she said": the comma stays out, the quote closes
    if depth > 0 and nxt < len(doc) and doc[nxt].text in CLOSE_QUOTES:
        return [*keep, doc[nxt]]
    if depth > 0 and keep[0].text in OPEN_QUOTES:
        return keep[1:]
    return keep


def argument(head: Token, prefix: str = "") -> Argument:
    return Argument(head, arg_tokens(head), prefix)


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words coordinated with it ("Sybiha and Umerov")."""
    out = [tok]
    for c in tok.children:
        if (c.dep_ == "conj" and c.pos_ == tok.pos_) or (c.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and c.pos_ in ("NOUN", "PROPN")):
            out.extend(conjuncts(c))
        elif _coordinated_name(tok, c):
            out.insert(len(out) - 1, c)
    return out


def _coordinated_name(tok: Token, child: Token) -> bool:
    """The small model often reads "Nordic Bank and Fjord Capital" as one name modifying another
    (Bank -nmod-> Capital). When both are separate named entities and the modifier carries the
    "and", they are coordinated."""
    if child.dep_ not in ("nmod", "compound") or child.i > tok.i or not tok.ent_type_ or not child.ent_type_:
        return False
    if not any(g.dep_ == "cc" for g in child.children):
        return False
    ents = [e for e in tok.doc.ents if e.start <= child.i < e.end or e.start <= tok.i < e.end]
    return len(ents) == 2


def _governing_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` (the verb of the clause it is in), or the sentence's root verb."""
    t = tok
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return t if t.pos_ in ("VERB", "AUX") else None


def is_past(tok: Token) -> bool:
    """The clause of ``tok`` is in the past tense: its verb or its first auxiliary is a past form."""
    v = _governing_verb(tok)
    if v is None:
        return False
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < v.i]
    if auxes:
        return auxes[0].tag_ == "VBD"  # "had been", "was named"; "has been", "will be" are not past
    return v.tag_ == "VBD"


def is_plural(tok: Token) -> bool:
    """A plural noun phrase as an argument gives it: a plural head ("the ministers"). Conjuncts make
    arguments of their own, and an amount ("70 billion rubles") agrees as one sum."""
    return tok.tag_ in ("NNS", "NNPS") and tok.ent_type_ not in ("MONEY", "QUANTITY", "PERCENT")


def copula_form(subject: Token, tense_of: Token | None = None) -> str:
    """"is", "are", "was" or "were": the subject's number and the tense of the clause of ``tense_of``."""
    past = tense_of is not None and is_past(tense_of)
    if is_plural(subject):
        return "were" if past else "are"
    return "was" if past else "is"


def have_form(owner: Token, tense_of: Token | None = None) -> str:
    """"has", "have" or "had", as :func:`copula_form`."""
    if tense_of is not None and is_past(tense_of):
        return "had"
    return "have" if is_plural(owner) else "has"




def _owned_by_two(head: Token, appos: Token) -> bool:
    """Each of two nouns side by side has a named owner of its own ("Sony's Walkman, Nokia's
    3310"): an apposition restates one thing, and things of two different named owners are two
    things, so this is a list."""
    def owner(tok: Token) -> str | None:
        return next((c.lower_ for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    first, second = owner(head), owner(appos)
    return first is not None and second is not None and first != second


def apposition_propositions(sent: Span) -> Iterator[Proposition]:
    """"Maria Zakharova, the ministry's spokeswoman" → (Maria Zakharova; is; the ministry's spokeswoman).

    A place after a place ("Hoboken, New Jersey") says where the first one is: (Hoboken; is in; New
    Jersey). A description goes with the name its position gives it (see
    :func:`~kg.extract.appositions.description_holder`: in a list of people the parse often hangs every
    title on the first name), and a description of a name is a role in the graph. Linguistic
    reason: an apposition renames the noun it is set beside, so the two are one thing.
    """
    seen: set[int] = set()
    for tok in sent:
        if tok.dep_ != "appos" or tok.head.pos_ not in ("PROPN", "NOUN"):
            continue
        head, appos = tok.head, tok
        if head.ent_type_ in PLACE_TYPES and appos.ent_type_ in PLACE_TYPES and appos.i > head.i:
            # "Hoboken, New Jersey": the second place locates the first, it is not the same place
            yield Proposition(sentence=sent, relation=f"{copula_form(head)} in", lemma="be in",
                              args=[argument(head), argument(appos)], rule="nominal-prep", graph=False)
            continue
        if _owned_by_two(head, appos):
            continue  # "Sony's Walkman, Nokia's 3310 and ...": a list the parse took for an apposition
        if (title := restated_title(appos)) is not None:
            head, appos = appos, title  # "the chairman of Nordbank, Anna Berg": Berg is the chairman
        if not_a_description(head, appos):
            continue
        if is_description(head) and appos.pos_ == "PROPN" and not is_description(appos):
            head, appos = appos, description_noun(head)  # "the head of Nato, Mark Rutte"
        # "the foreign minister, Sergei Lavrov, and the head of the fund, Kirill Dmitriev": the
        # parse coordinates the descriptions; each finds its own name
        descriptions = [appos, *(c for c in conjuncts(appos)[1:] if c.pos_ == "NOUN")] if appos.pos_ == "NOUN" else [appos]
        for desc in descriptions:
            if desc.i in seen:
                continue
            seen.add(desc.i)
            obj = argument(desc)
            holder = description_holder(desc, obj.tokens, head) if desc.pos_ == "NOUN" else None
            if desc is not appos and (holder is None or holder.ent_type_ != "PERSON"):
                continue  # a coordinated description is paired only with a person it names
            holder = holder if holder is not None else head
            described = is_description(desc) and not is_description(holder)
            role = role_of(holder, desc) if described else None
            # the graph takes a description of a name only when it is set off from the name; two
            # names side by side are a list or two names of one thing, not a description
            graph = holder.pos_ != "PROPN" or (described and set_off(holder, obj.tokens))
            if not graph and described and kind_before_name(holder, obj.tokens):
                # "with wireless provider The Skyline": the kind of a thing, held nowhere (not
                # "ITV's comedy X" → X ROLE ITV)
                graph, role = True, Role(holder, role.title if role is not None else desc.lower_, desc)
            yield Proposition(sentence=sent, relation=copula_form(holder), lemma="be", args=[argument(holder), obj],
                              rule="apposition", confidence=0.62 - 0.01 * max(0, len(obj.tokens) - 6),
                              role=role if graph else None, graph=graph)
            if role is not None and graph and desc.tag_ == "NNS":
                # "students David Filo and Jerry Yang": a plural description describes each name
                for other in conjuncts(holder)[1:]:
                    if other.ent_type_ == "PERSON":
                        yield Proposition(sentence=sent, relation=copula_form(other), lemma="be",
                                          args=[argument(other), obj], rule="apposition", confidence=0.5,
                                          role=role_of(other, desc), open_ie=False)


def role_propositions(sent: Span) -> Iterator[Proposition]:
    """"naming Medinsky as head of the delegation" → (Medinsky; head of; the delegation).
    Linguistic reason: "as" before a role noun gives the capacity its holder is named in."""
    for tok in sent:
        if tok.lower_ != "as" or tok.dep_ != "prep":
            continue
        role = next((c for c in tok.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        holder = tok.head
        if role is None:
            continue
        # "joined Nordbank as finance director": the title is the subject's, not the object's
        # (``subject-as`` gives it to the graph); a successor's predecessor held it too
        graph = not capacity_verb(holder) or holder.lemma_.lower() in ("succeed", "replace")
        if holder.pos_ in ("VERB", "AUX"):
            holder = next((c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")), None)  # type: ignore[assignment]
        if holder is None or holder.pos_ not in ("PROPN", "NOUN"):
            continue
        of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        org = of and next((c for c in of.children if c.dep_ == "pobj"), None)
        if of is None or org is None:
            yield Proposition(sentence=sent, relation=copula_form(holder), lemma="be", args=[argument(holder), argument(role)],
                              rule="role-as", confidence=0.55, graph=graph)
        else:
            yield Proposition(sentence=sent, relation=f"{role.text} {of.text}", lemma=role.lemma_,
                              args=[argument(holder), argument(org)], rule="role-as", confidence=0.6, graph=graph)


NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})


def title_propositions(sent: Span) -> Iterator[Proposition]:
    """"President Lind", "football club Bergen Rovers" → (Lind; is; President).

    The words of a noun phrase before the name it is headed by describe the name: a title or a kind.
    A person's title is a role (the ``role-title`` rule gives it to the graph); the kind of
    anything else is an instance fact in the graph too: "video game firm Lumo" → (Lumo)-[IS_A]->(video
    game firm), and so is a kind only an organisation is, when the model took the name for a person
    ("oil company Nordneft"). Linguistic reason: a noun or title before a name in one noun phrase
    classifies the name (a close apposition), see :func:`~kg.extract.describes.describes_name`.
    """
    for ent in sentence_ents(sent):
        if ent.label_ not in NAME_TYPES:
            continue
        head = ent.root
        if head.dep_ == "compound" or head.i != ent.end - 1:
            continue
        before = [t for t in head.subtree if t.i < ent.start]
        if not before or before[-1].i != ent.start - 1 or before[-1].dep_ != "compound":
            continue
        run: list[Token] = []
        for t in reversed(before):  # the contiguous modifiers just before the name
            # an abbreviated honorific ("Mr.", "Dr.") is no description
            if (t.dep_ in ("compound", "amod", "nmod") and t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.ent_type_
                    and not t.text.endswith(".")):
                run.insert(0, t)
            else:
                break
        if not run or not any(t.pos_ in ("NOUN", "PROPN") for t in run) or not describes_name(run[-1]):
            continue
        name = Argument(head, tuple(t for t in ent))
        kind = run[-1].pos_ == "NOUN" and (ent.label_ != "PERSON" or run[-1].lemma_.lower() in ORG_ONLY_KINDS)
        yield Proposition(sentence=sent, relation=copula_form(head, head), lemma="be", args=[name, Argument(run[-1], tuple(run))],
                          rule="title", confidence=0.5, graph=kind)


def possessive_propositions(sent: Span) -> Iterator[Proposition]:
    """"Ms. Berg 's lawyer" → (Ms. Berg; has; lawyer). Linguistic reason: the possessive
    ('s) relates its noun to the owner or holder of what the head noun names."""
    for tok in sent:
        if tok.dep_ != "poss" or tok.pos_ not in ("PROPN", "NOUN") or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        owner = Argument(tok, tuple(t for t in arg_tokens(tok) if t.dep_ != "case"))
        owned = tuple(t for t in arg_tokens(tok.head) if t.i > tok.i and t not in tok.subtree)
        if not owner.tokens or not owned:
            continue
        yield Proposition(sentence=sent, relation=have_form(tok), lemma="have", args=[owner, Argument(tok.head, owned)],
                          rule="possessive", confidence=0.4, graph=False)


NOMINAL_PREPS = frozenset({"in"})


def nominal_prep_propositions(sent: Span) -> Iterator[Proposition]:
    """"St. Mary 's Church in Leeds" → (St. Mary 's Church; is in; Leeds): a place phrase on a noun.
    Linguistic reason: "in" on a noun locates what the noun names."""
    for tok in sent:
        if tok.dep_ != "prep" or tok.lower_ not in NOMINAL_PREPS or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        noun = tok.head
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"):
            continue
        inner = {t.i for t in tok.subtree}
        subj = tuple(t for t in arg_tokens(noun) if t.i not in inner)
        if not subj or subj[-1].i != tok.i - 1:
            continue
        verb = copula_form(noun, noun)
        for obj in conjuncts(pobj):
            yield Proposition(sentence=sent, relation=f"{verb} {tok.lower_}", lemma=f"be {tok.lower_}",
                              args=[Argument(noun, subj), argument(obj)], rule="nominal-prep", graph=False)


def coordination_argument(head: Token) -> Argument:
    """``head`` with the words coordinated with it, as one argument: "Monsanto Co. , Shell Oil Co.
    and Eli Lilly & Co"; clauses and appositions on them stay out."""
    group = conjuncts(head)
    keep = {t.i for c in group for t in arg_tokens(c)}
    ids = {c.i for c in group}
    keep |= {t.i for t in head.doc[min(ids):max(ids)] if t.dep_ in ("cc", "punct", "preconj") and t.head.i in ids}
    toks = [head.doc[i] for i in sorted(keep)]
    return Argument(head, tuple(balance_quotes(toks)))


def examples_of(noun: Token) -> list[Token]:
    """The examples a noun gives of itself ("games such as Tiles and Stacker", "charities
    including Oxfam"), or the names a plural noun is renamed by ("three children Nora, Hasna and
    Guy": a list in apposition is every member of the set): the head word of each, in order."""
    named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i), None)
    if noun.tag_ == "NNS" and named is not None and len(conjuncts(named)) > 1:
        return conjuncts(named)
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.i < noun.i:
            continue
        such = any(c.lower_ == "such" and c.i == prep.i - 1 for c in prep.children)
        if prep.lower_ == "including" or (prep.lower_ == "as" and such):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return conjuncts(pobj) if pobj is not None else []
    return []


def example_object_readings(prop: Proposition, obj: Token) -> Iterator[Proposition]:
    """"Lumo makes puzzle games such as Tiles and Stacker" → (Lumo; makes; Tiles), (Lumo; makes;
    Stacker).

    Linguistic reason: the examples a noun names are members of what it denotes, so what the
    verb says of the kind it says of each named example. Graph only (CaRB's view keeps the
    ``example`` rule's (games; such as; Tiles and Stacker)); only names are taken, never a
    common noun ("costs such as rent"). Registered (as ``example-object``) in :mod:`kg.extract.rules`.
    """
    for example in examples_of(obj):
        if example.pos_ != "PROPN":
            continue
        yield Proposition(
            sentence=prop.sentence, relation=prop.relation, lemma=prop.lemma,
            args=[prop.args[0], argument(example)], rule="example-object", negated=prop.negated,
            modality=prop.modality, attribution=prop.attribution, confidence=prop.confidence * 0.8,
            agent_first=prop.agent_first, graph=prop.graph, open_ie=False)


def example_propositions(sent: Span) -> Iterator[Proposition]:
    """Examples a noun phrase gives of itself: "companies , including Monsanto and Shell" →
    (companies; are including; Monsanto and Shell); "ports such as Bergen and Narvik" → (ports;
    are such as; Bergen and Narvik); "costs like rent" → (costs; are like; rent). Linguistic reason:
    "including", "such as" and "like" introduce members of the set the noun names."""
    for tok in sent:
        if tok.dep_ != "prep" or tok.head.pos_ not in ("NOUN", "PROPN") or tok.i < tok.head.i:
            continue
        such = next((c for c in tok.children if c.lower_ == "such" and c.i == tok.i - 1), None)
        if tok.lower_ in ("including", "like"):
            marker: list[Token] = [tok]
        elif tok.lower_ == "as" and such is not None:
            marker = [such, tok]
        else:
            continue
        noun = tok.head
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        inner = {t.i for t in tok.subtree}
        subj = tuple(t for t in arg_tokens(noun) if t.i not in inner)
        while subj and subj[-1].is_punct:
            subj = subj[:-1]
        if not subj:
            continue
        verb = copula_form(noun, noun)
        relation = f"{verb} {' '.join(t.lower_ for t in marker)}"
        lemma = "include" if tok.lower_ == "including" else f"be {' '.join(t.lower_ for t in marker)}"
        # the examples stay together: CaRB credits one tuple that names them all for each of them
        yield Proposition(sentence=sent, relation=relation, lemma=lemma,
                          args=[Argument(noun, subj), coordination_argument(pobj)], rule="example", graph=False)


NOMINAL_RULES: list[Callable[[Span], Iterator[Proposition]]] = [
    example_propositions,
    apposition_propositions,
    role_propositions,
    title_propositions,
    possessive_propositions,
    nominal_prep_propositions,
    prenominal_role_propositions,
]
