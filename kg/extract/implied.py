"""The propositions a noun phrase states by itself, with the "is"/"has" the grammar implies.

These rules read a noun phrase, not a clause: an apposition ("Maria Zakharova, the ministry's
spokeswoman"), a role ("named X as head of Y"), a title before a name ("President Lind"), a
possessive ("Berg 's lawyer"), a place phrase on a noun ("the church in Leeds") and the examples a
noun gives of itself ("ports such as Bergen"). How far each argument reaches is
:mod:`kg.extract.nominal`'s. :mod:`kg.extract.rules` runs them after the verb rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from kg.extract.appointments import appointed_as_title
from kg.extract.appositions import (
    description_holder,
    description_noun,
    kind_before_name,
    number_disagrees,
    restated_title,
    set_off,
)
from kg.extract.base import Argument, Proposition, Role
from kg.extract.describes import describes_name, heading_name, not_a_description, outside_clause
from kg.extract.field_titles import field_title
from kg.extract.nominal import (
    PLACE_TYPES,
    arg_tokens,
    argument,
    conjuncts,
    coordination_argument,
    copula_form,
    examples_of,
    have_form,
    possessor,
    subject_examples,
)
from kg.extract.prenominal import prenominal_role_propositions
from kg.extract.reading import children, sentence_entities, sentence_tokens, sentence_words
from kg.extract.registry import disabled, register, triggered_by
from kg.extract.roles import capacity_verb, is_description, name_span, role_of
from kg.extract.tenures import tenure_noun
from kg.extract.ties import workplace_beside_person
from kg.resolve.referring import ORG_ONLY_KINDS


def _owned_by_two(head: Token, appos: Token) -> bool:
    """Each of two nouns side by side has a named owner of its own ("Sony's Walkman, Nokia's
    3310"): an apposition restates one thing, and things of two different named owners are two
    things, so this is a list."""
    def owner(tok: Token) -> str | None:
        return next((c.lower_ for c in children(tok) if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    first, second = owner(head), owner(appos)
    return first is not None and second is not None and first != second


@triggered_by(deps={"appos"})
def apposition_propositions(sent: Span) -> Iterator[Proposition]:
    """"Maria Zakharova, the ministry's spokeswoman" → (Maria Zakharova; is; the ministry's spokeswoman).

    A place after a place ("Bergen, Norway") says where the first one is: (Bergen; is in;
    Norway). A description goes with the name its position gives it (see
    :func:`~kg.extract.appositions.description_holder`: in a list of people the parse often hangs every
    title on the first name), and a description of a name is a role in the graph. Linguistic
    reason: an apposition renames the noun it is set beside, so the two are one thing.
    """
    seen: set[int] = set()
    for tok in sentence_tokens(sent):
        if tok.dep_ != "appos" or tok.head.pos_ not in ("PROPN", "NOUN"):
            continue
        head, appos = tok.head, tok
        if head.ent_type_ in PLACE_TYPES and appos.ent_type_ in PLACE_TYPES and appos.i > head.i:
            # "Bergen, Norway": the second place locates the first, it is not the same place
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
            if heading_name(head):
                continue  # "Leeds: Balshaw; Rees ...": a team sheet under a club's name
            head, appos = appos, description_noun(head)  # "the head of Nato, Mark Rutte"
        # "the foreign minister, Sergei Lavrov, and the head of the fund, Kirill Dmitriev": the
        # parse coordinates the descriptions; each finds its own name
        descriptions = [appos, *(c for c in conjuncts(appos)[1:] if c.pos_ == "NOUN")] if appos.pos_ == "NOUN" else [appos]
        pairs = paired_titles(head, descriptions)
        for k, desc in enumerate(descriptions):
            if desc.i in seen:
                continue
            seen.add(desc.i)
            obj = argument(desc)
            holder = description_holder(desc, obj.tokens, head) if desc.pos_ == "NOUN" else None
            if pairs:
                holder = pairs[k]  # "Tom Reed and Jon Dahl, chairman and chief executive respectively"
            if desc is not appos and (holder is None or holder.ent_type_ != "PERSON"):
                continue  # a coordinated description is paired only with a person it names
            holder = holder if holder is not None else head
            described = is_description(desc) and not is_description(holder)
            role = role_of(holder, desc) if described else None
            # the graph takes a description of a name only when it is set off from the name; two
            # names side by side are a list or two names of one thing, not a description
            graph = holder.pos_ != "PROPN" or (described and set_off(holder, obj.tokens))
            if pairs:
                graph = described  # the two lists are set off from each other, not each name from its title
            elif graph and unpaired_respectively(head, descriptions):
                graph = False  # "A, B and C, chairman and chief executive respectively": no pairing is right
            if not graph and described and kind_before_name(holder, obj.tokens):
                # "with wireless provider The Skyline": the kind of a thing, held nowhere (not
                # "ITV's comedy X" → X ROLE ITV)
                graph, role = True, Role(holder, role.title if role is not None else desc.lower_, desc)
            if graph and role is not None and _field_titled(holder, desc):
                graph = False  # "Nordbank president of operations Jon Dahl": the field-title rule's title
            # the graph keeps a description with a number slip, which its role rules read for themselves
            open_ie = desc.pos_ != "NOUN" or not number_disagrees(holder, desc)
            yield Proposition(sentence=sent, relation=copula_form(holder), lemma="be", args=[argument(holder), obj],
                              rule="apposition", confidence=0.62 - 0.01 * max(0, len(obj.tokens) - 6),
                              role=role if graph else None, graph=graph, open_ie=open_ie)
            if role is not None and graph and (place := workplace_beside_person(desc, role.org, holder)) is not None:
                # "Tom Reed's coach at Bergen, Jon Dahl": the post is held at Bergen too
                yield Proposition(sentence=sent, relation=copula_form(holder), lemma="be", args=[argument(holder), obj],
                                  rule="post-beside-tie", confidence=0.55,
                                  role=Role(holder, role.title, role.title_head, place), open_ie=False)
            if role is not None and graph and desc.tag_ == "NNS":
                # "students David Filo and Jerry Yang": a plural description describes each name
                for other in conjuncts(holder)[1:]:
                    if other.ent_type_ == "PERSON":
                        yield Proposition(sentence=sent, relation=copula_form(other), lemma="be",
                                          args=[argument(other), obj], rule="apposition", confidence=0.5,
                                          role=role_of(other, desc), open_ie=False)


@register("paired-titles")
def paired_titles(name: Token, titles: list[Token]) -> list[Token]:
    """"Tom Reed and Jon Dahl, chairman and chief executive of Nordbank respectively" → Tom Reed
    chairman, Jon Dahl chief executive (not both titles for Jon Dahl): the names of a coordinated
    list in apposition to a list of as many singular titles, paired in order.

    Linguistic reason: a list of names set beside a list of titles renames it member by member
    ("respectively" says so; without it, singular titles, one a person, can be paired only so);
    the parse hangs the title list on the last name. Only people's names, two or more, as many as
    the titles. Empty when the lists do not pair.
    """
    if "paired-titles" in disabled() or len(titles) < 2 or name.pos_ != "PROPN":
        return []
    while name.dep_ == "conj" and name.head.pos_ == "PROPN":
        name = name.head
    names = [c for c in conjuncts(name) if c.pos_ == "PROPN"]
    if len(names) != len(titles) or any(n.ent_type_ != "PERSON" for n in names):
        return []
    words = {t.lower_ for t in name.sent}
    if "respectively" not in words and any(t.tag_ != "NN" for t in titles):
        return []
    return names


@register("unpaired-respectively")
def unpaired_respectively(name: Token, titles: list[Token]) -> bool:
    """"Tom Reed, Jon Dahl and Ann Berg, chairman and chief executive of Nordbank respectively":
    no title for any of them, where the last name took the first title.

    Linguistic reason: "respectively" pairs two lists member by member; when the lists differ in
    length (three names, two titles) the sentence does not say who holds which, and any pairing,
    the parse's included, is a guess. Only a list of two or more people's names.
    """
    if "unpaired-respectively" in disabled() or name.pos_ != "PROPN":
        return False
    if "respectively" not in sentence_words(name.sent):
        return False
    while name.dep_ == "conj" and name.head.pos_ == "PROPN":
        name = name.head
    names = [c for c in conjuncts(name) if c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
    return len(names) >= 2 and len(names) != len(titles)


def _field_titled(holder: Token, desc: Token) -> bool:
    """The title ``desc`` before the name ``holder`` is one with its field ("president of
    operations"), which rule ``field-title`` gives the name whole (the apposition, read from the
    title noun, would give "president" and take its place in the graph)."""
    name = name_span(holder)
    found = field_title(name) if name is not None else None
    return found is not None and found.head.i == desc.i


@triggered_by(words={"as"})
def role_propositions(sent: Span) -> Iterator[Proposition]:
    """"naming Medinsky as head of the delegation" → (Medinsky; head of; the delegation).
    Linguistic reason: "as" before a role noun gives the capacity its holder is named in."""
    if "as" not in sentence_words(sent):
        return  # (no "as" in the sentence: nothing below can match)
    for tok in sentence_tokens(sent):
        if tok.lower_ != "as" or tok.dep_ != "prep":
            continue
        role = next((c for c in children(tok) if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        holder = tok.head
        if role is None:
            continue
        # "joined Nordbank as finance director": the title is the subject's, not the object's
        # (``subject-as`` gives it to the graph); a successor's predecessor held it too
        graph = not capacity_verb(holder) or holder.lemma_.lower() in ("succeed", "replace")
        if graph and appointed_as_title(holder) is not None:
            graph = False  # "named Tom Reed as its chairman": ``appointed-as`` gives the graph the post
        if holder.pos_ in ("VERB", "AUX"):
            holder = next((c for c in children(holder) if c.dep_ in ("dobj", "nsubjpass")), None)  # type: ignore[assignment]
        if holder is None or holder.pos_ not in ("PROPN", "NOUN"):
            continue
        if tenure_noun(holder):
            continue  # "his role as chairman": the possessor holds it (``tenure-as``), not the role
        of = next((c for c in children(role) if c.dep_ == "prep" and c.lower_ == "of"), None)
        org = of and next((c for c in children(of) if c.dep_ == "pobj"), None)
        if of is None or org is None:
            yield Proposition(sentence=sent, relation=copula_form(holder), lemma="be", args=[argument(holder), argument(role)],
                              rule="role-as", confidence=0.55, graph=graph)
        else:
            yield Proposition(sentence=sent, relation=f"{role.text} {of.text}", lemma=role.lemma_,
                              args=[argument(holder), argument(org)], rule="role-as", confidence=0.6, graph=graph)


NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})


def _number_after(ent: Span, head: Token) -> bool:
    """The name's words after its head are numbers of it: "Doom 3", "Apollo 13"."""
    return all(t.like_num and t.head.i == head.i for t in ent.doc[head.i + 1:ent.end])


@triggered_by(deps={"compound"})
def title_propositions(sent: Span) -> Iterator[Proposition]:
    """"President Lind", "football club Bergen Rovers" → (Lind; is; President).

    The words of a noun phrase before the name it is headed by describe the name: a title or a kind.
    A person's title is a role (the ``role-title`` rule gives it to the graph); the kind of
    anything else is an instance fact in the graph too: "video game firm Lumo" → (Lumo)-[IS_A]->(video
    game firm), and so is a kind only an organisation is, when the model took the name for a person
    ("oil company Nordneft"). Linguistic reason: a noun or title before a name in one noun phrase
    classifies the name (a close apposition), see :func:`~kg.extract.describes.describes_name`.
    """
    for ent in sentence_entities(sent):
        if ent.label_ not in NAME_TYPES or ent.start == 0 or ent.doc[ent.start - 1].dep_ != "compound":
            continue  # (the word before the name must be a compound of it: tested before any walk)
        head = ent.root
        if head.dep_ == "compound" or (head.i != ent.end - 1 and not _number_after(ent, head)):
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
        if outside_clause(head, run[-1]):
            continue  # "a pity Vexa lost", "told reporters Vexa would pay": no title of the name
        name = Argument(head, tuple(t for t in ent))
        kind = run[-1].pos_ == "NOUN" and (ent.label_ != "PERSON" or run[-1].lemma_.lower() in ORG_ONLY_KINDS)
        yield Proposition(sentence=sent, relation=copula_form(head, head), lemma="be", args=[name, Argument(run[-1], tuple(run))],
                          rule="title", confidence=0.5, graph=kind)


@triggered_by(deps={"poss"})
def possessive_propositions(sent: Span) -> Iterator[Proposition]:
    """"Ms. Berg 's lawyer" → (Ms. Berg; has; lawyer). Linguistic reason: the possessive
    ('s) relates its noun to the owner or holder of what the head noun names."""
    for tok in sentence_tokens(sent):
        if tok.dep_ != "poss" or tok.pos_ not in ("PROPN", "NOUN") or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        owner = Argument(tok, tuple(t for t in arg_tokens(tok) if t.dep_ != "case"))
        owned = tuple(t for t in arg_tokens(tok.head) if t.i > tok.i and t not in tok.subtree)
        if not owner.tokens or not owned:
            continue
        yield Proposition(sentence=sent, relation=have_form(tok), lemma="have", args=[owner, Argument(tok.head, owned)],
                          rule="possessive", confidence=0.4, graph=False)


NOMINAL_PREPS = frozenset({"in"})


@triggered_by(words=NOMINAL_PREPS)
def nominal_prep_propositions(sent: Span) -> Iterator[Proposition]:
    """"St. Mary 's Church in Leeds" → (St. Mary 's Church; is in; Leeds): a place phrase on a noun.
    Linguistic reason: "in" on a noun locates what the noun names."""
    for tok in sentence_tokens(sent):
        if tok.dep_ != "prep" or tok.lower_ not in NOMINAL_PREPS or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        noun = tok.head
        pobj = next((c for c in children(tok) if c.dep_ == "pobj"), None)
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


def example_object_readings(prop: Proposition, obj: Token) -> Iterator[Proposition]:
    """"Lumo makes puzzle games such as Tiles and Stacker" → (Lumo; makes; Tiles), (Lumo; makes;
    Stacker).

    Linguistic reason: the examples a noun names are members of what it denotes, so what the
    verb says of the kind it says of each named example. Graph only (CaRB's view keeps the
    ``example`` rule's (games; such as; Tiles and Stacker)); only names are taken, never a
    common noun ("costs such as rent"). Registered (as ``example-object``) in :mod:`kg.extract.rules`.
    """
    for member in subject_examples(obj):  # "banks offer accounts, including Nordbank": Nordbank offers them
        yield Proposition(
            sentence=prop.sentence, relation=prop.relation, lemma=prop.lemma,
            args=[argument(member), prop.args[1]], rule="including-subject", negated=prop.negated,
            modality=prop.modality, attribution=prop.attribution, confidence=prop.confidence * 0.8,
            agent_first=prop.agent_first, graph=prop.graph, open_ie=False)
    for example in examples_of(obj):
        if example.pos_ != "PROPN" or possessor(example):
            continue
        yield Proposition(
            sentence=prop.sentence, relation=prop.relation, lemma=prop.lemma,
            args=[prop.args[0], argument(example)], rule="example-object", negated=prop.negated,
            modality=prop.modality, attribution=prop.attribution, confidence=prop.confidence * 0.8,
            agent_first=prop.agent_first, graph=prop.graph, open_ie=False)


@triggered_by(words={"including", "like", "as"})
def example_propositions(sent: Span) -> Iterator[Proposition]:
    """Examples a noun phrase gives of itself: "firms , including Vexa and Nordbank" →
    (firms; are including; Vexa and Nordbank); "ports such as Bergen and Narvik" → (ports;
    are such as; Bergen and Narvik); "costs like rent" → (costs; are like; rent). Linguistic reason:
    "including", "such as" and "like" introduce members of the set the noun names."""
    for tok in sentence_tokens(sent):
        if tok.dep_ != "prep" or tok.head.pos_ not in ("NOUN", "PROPN") or tok.i < tok.head.i:
            continue
        such = next((c for c in children(tok) if c.lower_ == "such" and c.i == tok.i - 1), None)
        if tok.lower_ in ("including", "like"):
            marker: list[Token] = [tok]
        elif tok.lower_ == "as" and such is not None:
            marker = [such, tok]
        else:
            continue
        noun = tok.head
        pobj = next((c for c in children(tok) if c.dep_ == "pobj"), None)
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
