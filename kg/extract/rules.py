"""Rules over the dependency parse that turn one sentence into propositions.

Each rule is a small function from a sentence (or a token in it) to propositions; ``RULES`` lists
them in the order they run. Rules only read the parse; naming entities and relation types is the
job of :mod:`kg.resolve`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from kg.extract.base import Argument, Proposition, join_tokens
from kg.extract.confidence import (  # noqa: F401  (re-exported: the confidence model's names)
    ALTERNATIVE_FACTOR,
    ALTERNATIVE_RULES,
    CONFIDENCE_WEIGHTS,
    SENTENCE_RULE_NAMES,
    SUBJECT_DEPS,
    confidence,
    confidence_features,
)

OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
PRONOUNS_SKIPPED = frozenset({"it", "there", "this", "that", "what", "which", "who", "whom"})
# Children that never belong inside an argument's text. Punctuation inside an argument stays
# ("Gen - Probe", quotes around a name); at its edges it is trimmed.
ARG_EXCLUDED = frozenset({"relcl", "cc", "conj", "appos", "acl", "advcl", "parataxis"})
# Verbs that report speech or belief: their clausal object is a claim attributed to their subject.
REPORTING = frozenset({
    "say", "tell", "confirm", "report", "claim", "insist", "believe", "think", "announce", "add",
    "state", "warn", "argue", "suggest", "deny", "acknowledge", "admit", "write", "post",
    "explain", "indicate", "note", "stress", "understand", "assume", "allege", "declare",
})
# Matrix verbs that only frame their complement: "is expected to meet" is about meeting.
FRAMING = frozenset({
    "expect", "plan", "set", "hope", "want", "intend", "try", "seek", "aim", "wish", "begin",
    "start", "continue", "be", "seem", "appear", "think", "believe", "say", "report", "due",
    "going", "go", "need", "have", "like", "love", "prepare", "schedule",
})
# Matrix verbs that deny their complement: "declined to meet" means did not meet.
NEGATING = frozenset({"decline", "refuse", "fail", "reject", "avoid", "dodge", "snub", "deny"})
MODALS = frozenset({"would", "will", "may", "might", "could", "should", "must", "can", "shall"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor"})


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
    keep.sort(key=lambda t: t.i)
    while keep and keep[-1].is_punct and keep[-1] is not head:
        keep.pop()
    while keep and keep[0].is_punct and keep[0] is not head:
        keep.pop(0)
    return tuple(keep)


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


def is_negated(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.lower_ in NEGATION_WORDS and c.dep_ in ("advmod", "dep", "preconj")):
            return True
        if c.dep_ == "advmod" and any(g.lower_ in NEGATION_WORDS for g in c.children):
            return True  # "definitely not"
    return False


def modal_of(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            return "will" if c.lower_ in ("'ll", "wo") else c.lower_
    return None


def _relative_head(v: Token, sub: Token) -> Token:
    """In a relative clause, the pronoun subject stands for the noun the clause modifies."""
    if sub.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
        return v.head
    return sub


def subjects(v: Token) -> tuple[list[Token], str]:
    """Subjects of verb ``v`` and how they were found (``own`` or the inheritance path)."""
    own = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
    if own:
        heads = [_relative_head(v, s) for s in own]
        return [c for h in heads for c in conjuncts(h)], "own"
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        inherited, _ = subjects(v.head)
        return inherited, "conj"
    if v.dep_ == "xcomp":
        objs = [c for c in v.head.children if c.dep_ == "dobj"]
        if objs:
            return objs, "xcomp"
        inherited, _ = subjects(v.head)
        return inherited, "xcomp"
    if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN"):
        return conjuncts(v.head), v.dep_
    if v.dep_ == "advcl" and v.tag_ in ("VBG", "VBN") and not any(c.dep_ == "mark" for c in v.children):
        inherited, _ = subjects(v.head)
        return inherited, "advcl"
    return [], "none"


def _chain(v: Token) -> list[Token]:
    """``v`` followed by the open complements it governs: declined → meet, expected → land."""
    chain = [v]
    while True:
        last = chain[-1]
        if any(c.dep_ in OBJECT_DEPS and c.pos_ != "ADP" for c in last.children):
            break
        nxt = next((c for c in last.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None:
            adj = next((c for c in last.children if c.dep_ == "acomp"), None)
            nxt = adj and next((c for c in adj.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if nxt is not None and adj is not None:
                chain.append(adj)
        if nxt is None:
            break
        chain.append(nxt)
    return chain


def _shared_auxiliaries(v: Token) -> list[Token]:
    """Auxiliaries and negation that a conjoined verb shares with the verb it is coordinated with:
    "have crossed the lines and returned" → "have returned"; "will not buy or sell" → "will not sell"."""
    if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("aux", "auxpass", "neg", *SUBJECT_DEPS) for c in v.children):
        return []
    return [c for c in v.head.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < v.head.i] + _shared_auxiliaries(v.head)


def _relation_tokens(chain: list[Token]) -> list[Token]:
    toks: list[Token] = list(_shared_auxiliaries(chain[0]))
    for v in chain:
        toks.append(v)
        for c in v.children:
            if c.dep_ in ("aux", "auxpass", "neg", "prt") or (c.dep_ == "advmod" and c.lower_ in NEGATION_WORDS):
                toks.append(c)
            elif c.dep_ == "advmod" and is_negated(c):  # "definitely not"
                toks.append(c)
                toks.extend(g for g in c.children if g.lower_ in NEGATION_WORDS)
            elif (c.dep_ == "advmod" and c.pos_ == "ADV" and c.i < v.i and not list(c.children)
                  and c.tag_ not in ("WRB",) and any(a.i < c.i for a in v.children
                                                      if a.dep_ in ("aux", "auxpass", *SUBJECT_DEPS))):
                toks.append(c)  # "has also said", "Smith finally agreed": inside the verb group
    return sorted(set(toks), key=lambda t: t.i)


def _shared_objects(v: Token) -> list[Token]:
    """"bought and sold shares": a verb with no object of its own shares that of the verb it is
    coordinated with, when nothing but the conjunction stands between them."""
    if v.dep_ == "conj" and v.head.pos_ == "VERB":
        # the parse may hang the shared object on the first verb: "buy and sell shares"
        shared = [o for c in v.head.children if c.dep_ == "dobj" and c.i > v.i for o in conjuncts(c)]
        if shared:
            return shared
    conj = next((c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if conj is None or any(c.dep_ in SUBJECT_DEPS for c in conj.children):
        return []
    between = [t for t in v.doc[v.i + 1:conj.i] if not (t.dep_ in ("cc", "punct", "prt", "conj") or t.head.i == conj.i)]
    if between:
        return []
    return [o for c in conj.children if c.dep_ == "dobj" for o in conjuncts(c)]


def _lemma(v: Token) -> str:
    """The verb's lemma with its particle: "take over", "carry out"."""
    prt = next((c for c in v.children if c.dep_ == "prt"), None)
    return f"{v.lemma_.lower()} {prt.lower_}" if prt is not None else v.lemma_.lower()


def _text(tokens: list[Token]) -> str:
    return join_tokens(tokens)


def attribution_of(v: Token) -> Argument | None:
    """Who says so: the subject of a reporting verb above ``v``, or "according to X"."""
    tok = v
    while tok.dep_ in ("conj", "xcomp") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_ in REPORTING:
        subs, _ = subjects(tok.head)
        if subs:
            return argument(subs[0])
    for t in v.sent:
        if t.lower_ == "according" and t.dep_ == "prep":
            to = next((c for c in t.children if c.lower_ == "to"), None)
            pobj = to and next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return argument(pobj)
    return None


def _adjuncts(v: Token, skip: set[int]) -> list[Argument]:
    """Prepositional phrases and bare time expressions that add where and when."""
    out: list[Argument] = []
    clauses: list[Argument] = []
    for c in v.children:
        if c.i in skip:
            continue
        if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP"):
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None and c.lower_ != "according":
                out.append(Argument(pobj, arg_tokens(pobj), c.text))
        elif c.dep_ in ("npadvmod", "tmod") and c.pos_ in ("NOUN", "PROPN"):
            out.append(argument(c))
        elif c.dep_ == "advcl":
            # "after leaving the party", "when the plant opened in 1990": when, why and how
            clauses.append(Argument(c, _trimmed(list(c.subtree))))
    return out + clauses  # after the phrases, so that a clause is the second argument only alone


def _object_argument(tok: Token) -> Argument:
    """An object; a clause ("said that the plant would close, which ...") keeps all its words."""
    if tok.dep_ == "ccomp":
        return Argument(tok, _trimmed(list(tok.subtree)))
    return argument(tok)


def _trimmed(tokens: list[Token]) -> tuple[Token, ...]:
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return tuple(tokens)


def _score(rule: str, subj: Argument, args: list[Argument], how: str) -> float:
    score = {"svo": 0.8, "svo-prep": 0.72, "passive": 0.75, "copula": 0.6, "intransitive": 0.45}.get(rule, 0.5)
    if how != "own":
        score -= 0.1
    if subj.head.pos_ == "PRON":
        score -= 0.15
    score -= 0.02 * max(0, sum(len(a.tokens) for a in args) - 8)
    score -= 0.04 * max(0, len(args) - 3)
    return round(min(0.98, max(0.05, score)), 3)


def verb_propositions(v: Token, sent: Span) -> Iterator[Proposition]:
    """Propositions headed by verb ``v``: subject, relation phrase, object, adjuncts."""
    if v.dep_ in ("aux", "auxpass", "xcomp", "amod") or (v.dep_ == "acomp"):
        return
    subs, how = subjects(v)
    if not subs:
        return
    chain = _chain(v)
    last = chain[-1]
    rel_toks = _relation_tokens(chain)
    shared = _shared_auxiliaries(v)
    negated = any(is_negated(t) for t in chain) or any(t.dep_ == "neg" for t in shared)
    modality = next((m for m in (modal_of(t) for t in chain) if m), None) or next(
        (("will" if t.lower_ in ("'ll", "wo") else t.lower_) for t in shared if t.tag_ == "MD"), None)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
    # "is expected to meet X" is passive only in its frame; what it says is active.
    passive_last = any(c.dep_ in ("nsubjpass", "auxpass") for c in last.children)

    skip: set[int] = set()
    copula_prep: str | None = None
    # A "dative" that is a preposition ("sold its shares to X") is an adjunct, not an object.
    objects = [o for c in last.children if c.dep_ in OBJECT_DEPS and c.pos_ != "ADP" for o in conjuncts(c)]
    if last.dep_ == "relcl" and last.head.pos_ in ("NOUN", "PROPN"):
        # "the book that she wrote": the relative pronoun object stands for the noun
        objects = [o for c in objects for o in (conjuncts(last.head) if c.lower_ in RELATIVE_PRONOUNS else [c])]
    if not objects and last.pos_ == "VERB":
        objects = _shared_objects(last)
    agent_first = False
    rule = "copula" if last.lemma_ == "be" else "svo"
    if passive:
        agent = next((c for c in last.children if c.dep_ == "agent"), None)
        pobj = agent and next((g for g in agent.children if g.dep_ == "pobj"), None)
        if agent is not None and pobj is not None:
            rel_toks = sorted([*rel_toks, agent], key=lambda t: t.i)
            objects = conjuncts(pobj)
            skip.add(agent.i)
            agent_first, rule = True, "passive"
    if not objects:
        prep = next((c for c in last.children if c.dep_ == "prep" and c.lower_ != "according"
                     and any(g.dep_ == "pobj" for g in c.children)), None)
        if prep is not None:
            rel_toks = [*rel_toks, prep]
            objects = conjuncts(next(g for g in prep.children if g.dep_ == "pobj"))
            skip.add(prep.i)
            rule = "svo-prep"
            copula_prep = prep.lower_ if last.lemma_ == "be" else None
    if not objects:
        comp = next((c for c in last.children if c.dep_ in ("ccomp", "acomp")), None)
        if comp is not None:
            objects = [comp]
            rule = "clausal" if comp.dep_ == "ccomp" else "copula"
    if not objects:
        objects = [None]  # type: ignore[list-item]
        rule = "intransitive"

    relation = _text(rel_toks)
    adjuncts = _adjuncts(last, skip) + (_adjuncts(v, skip) if last is not v else [])
    if rule in ("svo", "passive", "svo-prep"):
        # "told analysts he is moving": the clause is what was told
        adjuncts += [_object_argument(c) for c in last.children if c.dep_ == "ccomp" and c.i not in skip]
    if objects == [None] and not adjuncts:
        # "diverge northeast of Tarboro", "was put higher"
        adjuncts = [argument(c) for c in last.children if c.dep_ in ("advmod", "npadvmod")
                    and c.i > last.i and c.lower_ not in NEGATION_WORDS and c.tag_ != "WRB"
                    and (list(c.children) or c.tag_ in ("RBR", "JJR", "RB"))]
    attribution = attribution_of(v)
    matrix = chain[0].lemma_
    lemma = _lemma(last) if copula_prep is None else f"be {copula_prep}"
    if len(chain) > 1 and matrix not in FRAMING:
        lemma = matrix
    if modality is None and len(chain) > 1 and matrix in FRAMING - {"be", "have", "say"}:
        modality = chain[0].lemma_
    for subj_tok in subs:
        subj = argument(subj_tok)
        graph = not (subj_tok.lower_ in PRONOUNS_SKIPPED and subj_tok.dep_ in SUBJECT_DEPS)
        # A passive without "by": the graph would make the patient the doer. Open IE keeps it.
        graph = graph and not (passive_last and not agent_first)
        # "resigned after losing the vote": a clause of time or cause is no object for the graph
        graph = graph and not (objects == [None] and adjuncts and adjuncts[0].head.dep_ == "advcl")
        for obj_tok in objects:
            # a clause of time or cause ("after the vote was lost") is an argument only of a
            # proposition without an object: with one, it is a proposition of its own
            adj = adjuncts if obj_tok is None else [a for a in adjuncts if a.head.dep_ != "advcl"]
            args = [subj] + ([_object_argument(obj_tok)] if obj_tok is not None else []) + adj
            prop = Proposition(
                sentence=sent, relation=relation, lemma=lemma, args=args, rule=rule,
                negated=negated, modality=modality, attribution=attribution,
                agent_first=agent_first, confidence=_score(rule, subj, args, how), graph=graph,
            )
            yield prop
            if rule == "svo" and obj_tok is not None and obj_tok.dep_ == "dobj" and not passive_last:
                yield from _object_prep_reading(prop, rel_toks, obj_tok, last)
            if len(chain) > 1 and matrix in NEGATING and obj_tok is not None:
                yield Proposition(
                    sentence=sent, relation=_text([t for t in rel_toks if t.i >= chain[-1].i - 1]),
                    lemma=_lemma(last), args=args[:2], rule="implied-negation", negated=True,
                    modality=matrix, attribution=attribution,
                    confidence=round(prop.confidence * 0.8, 3), graph=graph)


def _object_prep_reading(prop: Proposition, rel_toks: list[Token], obj: Token, verb: Token) -> Iterator[Proposition]:
    """"made a final offer on the minimum wage" → (X; made a final offer on; the minimum wage).

    The object noun phrase joins the relation when a prepositional phrase follows it, whether the
    parse hangs the phrase on the object or on the verb; the phrase's object becomes the argument.
    An Open IE reading only: the graph keeps the verb and its object.
    """
    obj_arg = prop.args[1]
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.i > obj.i), None)
    if prep is None:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > obj_arg.tokens[-1].i), None)
    pobj = prep and next((g for g in prep.children if g.dep_ == "pobj"), None)
    if prep is None or pobj is None or prep.lower_ == "according":
        return
    before = [t for t in obj_arg.tokens if t.i < prep.i]
    if not before or any(t.is_punct for t in before) or before[-1].i != prep.i - 1:
        return
    relation = _text([*rel_toks, *before, prep])
    rest = [a for a in prop.args[2:] if a.head is not pobj and a.head.i not in {t.i for t in prep.subtree}]
    yield Proposition(
        sentence=prop.sentence, relation=relation, lemma=prop.lemma, args=[prop.args[0], argument(pobj), *rest],
        rule="svo-object-prep", negated=prop.negated, modality=prop.modality, attribution=prop.attribution,
        confidence=prop.confidence * 0.8, graph=False)


def apposition_propositions(sent: Span) -> Iterator[Proposition]:
    """"Maria Zakharova, the ministry's spokeswoman" → (Maria Zakharova; is; the ministry's spokeswoman)."""
    for tok in sent:
        if tok.dep_ != "appos" or tok.head.pos_ not in ("PROPN", "NOUN"):
            continue
        head, appos = tok.head, tok
        if head.pos_ == "NOUN" and appos.pos_ == "PROPN":
            head, appos = appos, head  # "the head of Nato, Mark Rutte"
        subj, obj = argument(head), argument(appos)
        yield Proposition(sentence=sent, relation=copula_form(head), lemma="be", args=[subj, obj], rule="apposition",
                          confidence=0.62 - 0.01 * max(0, len(obj.tokens) - 6))


def role_propositions(sent: Span) -> Iterator[Proposition]:
    """"naming Medinsky as head of the delegation" → (Medinsky; head of; the delegation)."""
    for tok in sent:
        if tok.lower_ != "as" or tok.dep_ != "prep":
            continue
        role = next((c for c in tok.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        holder = tok.head
        if role is None:
            continue
        if holder.pos_ in ("VERB", "AUX"):
            holder = next((c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")), None)  # type: ignore[assignment]
        if holder is None or holder.pos_ not in ("PROPN", "NOUN"):
            continue
        of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        org = of and next((c for c in of.children if c.dep_ == "pobj"), None)
        if of is None or org is None:
            yield Proposition(sentence=sent, relation=copula_form(holder), lemma="be", args=[argument(holder), argument(role)],
                              rule="role-as", confidence=0.55)
        else:
            yield Proposition(sentence=sent, relation=f"{role.text} {of.text}", lemma=role.lemma_,
                              args=[argument(holder), argument(org)], rule="role-as", confidence=0.6)


NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})


def title_propositions(sent: Span) -> Iterator[Proposition]:
    """"President Bush", "rugby union team Ammanford RFC" → (Bush; is; President).

    The words of a noun phrase before the name it is headed by describe the name: a title or a kind.
    """
    for ent in sent.ents:
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
        if not run or not any(t.pos_ in ("NOUN", "PROPN") for t in run):
            continue
        name = Argument(head, tuple(t for t in ent))
        yield Proposition(sentence=sent, relation=copula_form(head, head), lemma="be", args=[name, Argument(run[-1], tuple(run))],
                          rule="title", confidence=0.5, graph=False)


def possessive_propositions(sent: Span) -> Iterator[Proposition]:
    """"Mr. Hunt 's attorney" → (Mr. Hunt; has; attorney)."""
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
    """"St. Mary 's Church in Leeds" → (St. Mary 's Church; is in; Leeds): a place phrase on a noun."""
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


def sentence_propositions(sent: Span) -> list[Proposition]:
    props: list[Proposition] = []
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            props.extend(verb_propositions(tok, sent))
    for rule in SENTENCE_RULES:
        props.extend(rule(sent))
    for prop in props:
        prop.confidence = confidence(prop)
    return props


SENTENCE_RULES: list[Callable[[Span], Iterator[Proposition]]] = [
    apposition_propositions,
    role_propositions,
    title_propositions,
    possessive_propositions,
    nominal_prep_propositions,
]
