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
from kg.extract.nominal import (  # noqa: F401  (re-exported: rules and helpers of noun phrases)
    ARG_EXCLUDED,
    NAME_TYPES,
    NOMINAL_PREPS,
    NOMINAL_RULES,
    apposition_propositions,
    arg_tokens,
    argument,
    balance_quotes,
    conjuncts,
    copula_form,
    have_form,
    is_past,
    is_plural,
    nominal_prep_propositions,
    possessive_propositions,
    role_propositions,
    title_propositions,
)

OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
# A participle phrase stays in an object ("loan commitments topping $ 3 billion"); a subject also
# keeps its relative clause ("the men who remained faithful ... are parents"), an object does not.
OBJECT_EXCLUDED = ARG_EXCLUDED - {"acl"}
SUBJECT_EXCLUDED = ARG_EXCLUDED - {"acl", "relcl"}
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
PRONOUNS_SKIPPED = frozenset({"it", "there", "this", "that", "what", "which", "who", "whom"})
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
# Prepositions before a gerund whose doer is the subject of the clause: "after leaving", "by buying".
GERUND_PREPS = frozenset({"by", "after", "before", "while", "in", "on", "upon", "without", "since", "through"})
MODALS = frozenset({"would", "will", "may", "might", "could", "should", "must", "can", "shall"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
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
        return _described(v.head)
    return sub


def _described(noun: Token) -> Token:
    """Who a noun that describes someone stands for: "Celeski is a footballer who plays ..." and
    "Brown , a Republican who is running ..." are about Celeski and Brown, not the description."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is not None:
            return subj
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.i > noun.head.i:
        return noun.head
    return noun


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
        # "Ms. Waleson is a writer based in New York": Waleson is based there
        return conjuncts(_described(v.head) if v.dep_ == "acl" else v.head), v.dep_
    if v.dep_ == "advcl" and v.tag_ in ("VBG", "VBN") and not any(c.dep_ == "mark" for c in v.children):
        inherited, _ = subjects(v.head)
        return inherited, "advcl"
    if _is_purpose(v):
        # "moved to the US to study management": the one who moved is the one to study
        inherited, _ = subjects(v.head)
        return inherited, "advcl"
    if (v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX")
            and v.head.lower_ in GERUND_PREPS
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in v.head.head.children)):
        # "By acquiring stakes in bottlers, Coke ...": the one who acquires is the subject of the
        # clause (not of a passive one: in "was saved by cutting costs" someone else cut them)
        inherited, _ = subjects(v.head.head)
        return inherited, "pcomp"
    return [], "none"


def _is_purpose(v: Token) -> bool:
    """An infinitive of purpose on a verb ("was opened in 1893 to carry the line"); not the
    extraposed subject of "it is necessary to climb"."""
    if not (v.dep_ == "advcl" and v.tag_ == "VB" and v.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
            and not any(c.dep_ == "mark" for c in v.children)):
        return False
    frame = v.head
    while frame.dep_ == "xcomp" and frame.head.pos_ in ("VERB", "AUX"):
        frame = frame.head
    return frame.lemma_ != "be"


def _is_participle(v: Token) -> bool:
    """A participle phrase on a noun, with no subject or auxiliary of its own."""
    return (v.dep_ == "acl" and v.tag_ in ("VBN", "VBG") and v.head.pos_ in ("NOUN", "PROPN")
            and v.i > v.head.i
            and not any(c.dep_ in ("aux", "auxpass", "mark", *SUBJECT_DEPS) for c in v.children))


def _is_infinitive_on_noun(v: Token) -> bool:
    """"the decision to close the plant": what the noun is (was) for."""
    return (v.dep_ == "acl" and v.tag_ == "VB" and v.head.pos_ in ("NOUN", "PROPN") and v.i > v.head.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
            and not any(c.dep_ in SUBJECT_DEPS for c in v.children))


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
    if v.tag_ in ("VBZ", "VBP"):
        return []  # "must refund money and loses revenue": a present form has its own tense
    if v.tag_ == "VBD" and not v.lower_.endswith("ed"):
        # "was opened and became a symbol": an irregular past is no participle, "was" stays out
        return [c for c in v.head.children if c.dep_ in ("aux", "neg") and c.lemma_ != "be"
                and c.i < v.head.i] + _shared_auxiliaries(v.head)
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
            elif (c.dep_ == "advmod" and c.pos_ == "ADV" and c.i == v.i + 1
                  and not list(c.children) and c.tag_ != "WRB"
                  and any(o.i > c.i and o.dep_ in ("prep", "dobj", "attr", "ccomp") for o in v.children)):
                toks.append(c)  # between the verb and what follows it: "ran daily on", "said today that"
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


def _with_prep(word: Token) -> tuple[Token, Token] | None:
    """The preposition right after ``word`` that hangs on it, and its object ("aware | of | X")."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.i == word.i + 1:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return prep, pobj
    return None


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
    aside = next((c for c in tok.children if c.dep_ == "parataxis" and c.lemma_ in REPORTING), None)
    if aside is not None:  # "The buyers , these analysts added , could be foreign"
        subs, _ = subjects(aside)
        if subs:
            return argument(subs[0])
    for t in v.sent:
        if t.lower_ == "according" and t.dep_ == "prep":
            to = next((c for c in t.children if c.lower_ == "to"), None)
            pobj = to and next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return argument(pobj)
    return None


def _antecedent(v: Token) -> Token | None:
    """The noun a relative clause containing ``v`` is about: "the month in which exports fell" → month."""
    t = v
    while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
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
                # "the month in which exports fell": the relative pronoun stands for the noun
                ante = _antecedent(v) if pobj.lower_ in ("which", "whom") else None
                out.append(Argument(ante, arg_tokens(ante), c.text) if ante is not None
                           else Argument(pobj, arg_tokens(pobj), c.text))
        elif c.dep_ in ("npadvmod", "tmod") and c.pos_ in ("NOUN", "PROPN"):
            out.append(argument(c))
        elif c.dep_ == "advcl":
            # "after leaving the party", "when the plant opened in 1990": when, why and how
            clauses.append(Argument(c, _trimmed(list(c.subtree))))
    return out + clauses  # after the phrases, so that a clause is the second argument only alone


def _object_argument(tok: Token, skip: frozenset[int] | set[int] = frozenset(),
                     aside: Token | None = None) -> Argument:
    """An object; a clause ("said that the plant would close, which ...") keeps all its words but
    those the relation took (``skip``: its "that"). The clause a parenthetical ``aside`` reports
    ("The buyers , these analysts added , could be foreign") is all of it but the aside."""
    if aside is not None and aside.dep_ == "parataxis" and aside.head.i == tok.i:
        start, end = aside.left_edge.i, aside.right_edge.i
        out = {t.i for t in tok.doc[start - 1:end + 2] if t.text in (",", "--")} | {t.i for t in aside.subtree}
        clause = list(_trimmed([t for t in tok.subtree if t.i not in out]))
        return Argument(tok, tuple(balance_quotes(clause)) if clause else ())
    if tok.dep_ == "ccomp":
        clause = list(_trimmed([t for t in tok.subtree if t.i not in skip]))
        return Argument(tok, tuple(balance_quotes(clause)) if clause else ())
    return Argument(tok, arg_tokens(tok, OBJECT_EXCLUDED))


def _subject_argument(tok: Token, verb: Token) -> Argument:
    """A subject with its participle phrases and relative clauses, unless ``verb`` is inside them
    (the relative clause's own proposition has the bare noun as its subject)."""
    toks = arg_tokens(tok, SUBJECT_EXCLUDED)
    if any(t.i == verb.i for t in toks):
        return argument(tok)
    aside = {t.i for c in tok.children if c.dep_ in ("relcl", "acl") and _set_off(c) for t in c.subtree}
    if not aside:
        return Argument(tok, toks)
    return Argument(tok, tuple(balance_quotes(list(_trimmed([t for t in toks if t.i not in aside])))))


def _set_off(clause: Token) -> bool:
    """A clause between commas ("Anna Berg, who leads the opposition, ...") is an aside: it adds to
    the noun, it does not pick out which one."""
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text == ","


def _relative_clause_reading(prop: Proposition, obj: Token, verb: Token) -> Iterator[Proposition]:
    """"point to languages which have had effects" → the object with its relative clause kept, as
    an alternative reading for Open IE (the graph keeps the noun)."""
    full = arg_tokens(obj, SUBJECT_EXCLUDED)
    if len(full) <= len(prop.args[1].tokens) or any(t.i == verb.i for t in full):
        return
    yield Proposition(
        sentence=prop.sentence, relation=prop.relation, lemma=prop.lemma,
        args=[prop.args[0], Argument(obj, full), *prop.args[2:]], rule="object-clause-kept",
        negated=prop.negated, modality=prop.modality, attribution=prop.attribution,
        agent_first=prop.agent_first, graph=False)


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
    purpose = how == "advcl" and _is_purpose(v)
    if purpose:
        # "was opened to carry": the verb the purpose is of leads the relation
        top = v.head
        while top.dep_ == "xcomp" and top.head.pos_ in ("VERB", "AUX"):
            top = top.head  # "would have to wait until 2000 to play": the whole verb group
        rel_toks = sorted({*_relation_tokens(_chain(top)), *rel_toks}, key=lambda t: t.i)
    shared = _shared_auxiliaries(v)
    negated = any(is_negated(t) for t in chain) or any(t.dep_ == "neg" for t in shared)
    modality = next((m for m in (modal_of(t) for t in chain) if m), None) or next(
        (("will" if t.lower_ in ("'ll", "wo") else t.lower_) for t in shared if t.tag_ == "MD"), None)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
    # "is expected to meet X" is passive only in its frame; what it says is active.
    passive_last = any(c.dep_ in ("nsubjpass", "auxpass") for c in last.children)
    # "a charter issued by the king", "boys playing chess": a participle on a noun states that the
    # noun is (was) so; the implied "is"/"was" joins the relation, and a past participle is passive.
    participle = how == "acl" and (_is_participle(v) or _is_infinitive_on_noun(v))
    if participle and v.tag_ == "VBN":
        passive = True
        passive_last = passive_last or last is v

    skip: set[int] = set()
    copula_prep: str | None = None
    phrase_lemma: str | None = None  # a relation that keeps an adjective or adverb: "be aware of"
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
        # "is n't aware of any injuries", "surged ahead of decliners": an adjective, else an adverb,
        # with the preposition right after it joins the relation
        acomp = next((c for c in last.children if c.dep_ == "acomp" and c.i > last.i), None)
        word, kind = ((acomp, "adjective-prep") if acomp is not None and _with_prep(acomp) else
                      (next((c for c in last.children if c.dep_ == "advmod" and c.i > last.i
                             and c.pos_ == "ADV" and _with_prep(c)), None), "svo-prep"))
        found = _with_prep(word) if word is not None else None
        if word is not None and found is not None:
            aprep, pobj = found
            rel_toks = [*rel_toks, word, aprep]
            objects = conjuncts(pobj)
            skip.update((word.i, aprep.i))
            rule = kind
            phrase_lemma = f"{_lemma(last)} {word.lower_} {aprep.lower_}"
    if not objects:
        # a phrase before the verb ("In 1841 he was readmitted") is no object of it
        prep = next((c for c in last.children if c.dep_ == "prep" and c.lower_ != "according"
                     and c.i > last.i and any(g.dep_ == "pobj" for g in c.children)), None)
        if prep is not None:
            rel_toks = [*rel_toks, prep]
            objects = conjuncts(next(g for g in prep.children if g.dep_ == "pobj"))
            skip.add(prep.i)
            rule = "svo-prep"
            copula_prep = prep.lower_ if last.lemma_ == "be" else None
    if not objects:
        # a clause before the verb is its object only when the verb reports it ("`` ... , '' says X");
        # otherwise it is a sentence of its own that the parse hangs here ("X rose ; Y were unchanged")
        comp = next((c for c in last.children if c.dep_ in ("ccomp", "acomp")
                     and (c.i > last.i or c.dep_ == "acomp" or last.lemma_ in REPORTING)), None)
        if comp is not None:
            objects = [comp]
            rule = "clausal" if comp.dep_ == "ccomp" else "copula"
    if not objects and last.dep_ == "parataxis" and last.lemma_ in REPORTING and last.head.pos_ in ("VERB", "AUX"):
        # "The buyers , these analysts added , could be foreign": what is said is the sentence around
        objects = [last.head]
        rule = "clausal"
    if not objects:
        objects = [None]  # type: ignore[list-item]
        rule = "intransitive"

    if rule == "clausal":
        # "stated that he left": the complementiser joins the relation, the clause is the object
        mark = next((c for c in objects[0].children if c.dep_ == "mark" and c.lower_ == "that"
                     and c.i == objects[0].left_edge.i), None)
        if mark is not None:
            rel_toks = [*rel_toks, mark]
            skip.add(mark.i)
    relation = _text(rel_toks)
    adjuncts = _adjuncts(last, skip) + (_adjuncts(v, skip) if last is not v else [])
    if rule in ("svo", "passive", "svo-prep"):
        # "told analysts he is moving": the clause is what was told. A clause before the verb is
        # mostly a sentence of its own that the parse hangs on this one ("He held the post ; he was ...").
        # A punctuation mark is never a clause, though the parse may hang one there ("co - sign").
        adjuncts += [_object_argument(c) for c in last.children if c.dep_ == "ccomp" and c.i not in skip
                     and c.i > last.i and not c.is_punct]
    if objects == [None] and not adjuncts:
        # "diverge northeast of Tarboro", "was put higher"
        adjuncts = [argument(c) for c in last.children if c.dep_ in ("advmod", "npadvmod")
                    and c.i > last.i and c.lower_ not in NEGATION_WORDS and c.tag_ != "WRB" and c not in rel_toks
                    and (list(c.children) or c.tag_ in ("RBR", "JJR", "RB"))]
        if not adjuncts:
            # "Several years later the trackage was abandoned": a time phrase before the verb
            adjuncts = [argument(c) for c in last.children if c.dep_ == "advmod" and c.i < last.i
                        and any(g.dep_ == "npadvmod" for g in c.children)]
    attribution = attribution_of(v)
    matrix = chain[0].lemma_
    lemma = phrase_lemma or (_lemma(last) if copula_prep is None else f"be {copula_prep}")
    if len(chain) > 1 and matrix not in FRAMING:
        # "declined to meet X": what was declined is the meeting, so the predicate keeps both
        # verbs; the relation is typed by the first (kg.resolve.predicates: DECLINE)
        lemma = f"{matrix} to {_lemma(last)}" if last.pos_ == "VERB" else matrix
    if modality is None and len(chain) > 1 and matrix in FRAMING - {"be", "have", "say"}:
        modality = chain[0].lemma_
    for subj_tok in subs:
        subj = _subject_argument(subj_tok, v)
        if participle:
            relation = f"{copula_form(subj_tok, v)} {_text(rel_toks)}"
        graph = not (subj_tok.lower_ in PRONOUNS_SKIPPED and subj_tok.dep_ in SUBJECT_DEPS)
        # A passive without "by": the graph would make the patient the doer. Open IE keeps it.
        graph = graph and not (passive_last and not agent_first)
        # "resigned after losing the vote": a clause of time or cause is no object for the graph
        graph = graph and not (objects == [None] and adjuncts and adjuncts[0].head.dep_ == "advcl")
        # a purpose is what was meant to happen, not what happened
        graph = graph and not purpose
        for obj_tok in objects:
            # a clause of time or cause ("after the vote was lost") is an argument only of a
            # proposition without an object: with one, it is a proposition of its own
            adj = adjuncts if obj_tok is None else [a for a in adjuncts if a.head.dep_ != "advcl"]
            args = [subj] + ([_object_argument(obj_tok, skip, aside=v)] if obj_tok is not None else []) + adj
            prop = Proposition(
                sentence=sent, relation=relation, lemma=lemma, args=args, rule=rule,
                negated=negated, modality=modality, attribution=attribution,
                agent_first=agent_first, confidence=_score(rule, subj, args, how), graph=graph,
            )
            yield prop
            if obj_tok is not None and obj_tok.dep_ != "ccomp":
                yield from _relative_clause_reading(prop, obj_tok, v)
            if (rule, getattr(obj_tok, "dep_", None)) in (("svo", "dobj"), ("copula", "attr")) and not passive_last:
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


def _has_words(prop: Proposition) -> bool:
    """Every argument must hold a word: an extra argument without one is dropped, a proposition
    whose subject or object has none is no proposition (a rule met a parse it did not expect)."""
    if not all(arg.tokens for arg in prop.args[:2]):
        return False
    prop.args = [*prop.args[:2], *(arg for arg in prop.args[2:] if arg.tokens)]
    return True


def sentence_propositions(sent: Span) -> list[Proposition]:
    props: list[Proposition] = []
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            props.extend(verb_propositions(tok, sent))
    for rule in SENTENCE_RULES:
        props.extend(rule(sent))
    props = [prop for prop in props if _has_words(prop)]
    for prop in props:
        prop.confidence = confidence(prop)
    return props


# Rules over the whole sentence, after the verb rules: the noun-phrase rules of kg.extract.nominal.
SENTENCE_RULES: list[Callable[[Span], Iterator[Proposition]]] = list(NOMINAL_RULES)
