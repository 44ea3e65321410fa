"""The anatomy of a clause: who its subjects are, which words make its relation, its adjuncts.

Helpers the verb rules (:mod:`kg.extract.verbs`) read a clause with; they only read the parse.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from kg.extract.base import Argument
from kg.extract.confidence import SUBJECT_DEPS
from kg.extract.focus import FOCUS_WORDS, additive_not
from kg.extract.nominal import conjuncts, label_ids
from kg.extract.reading import children
from kg.extract.registry import disabled, register
from kg.resolve.kinds import PERSON_KINDS

_SUBJECT_IDS = label_ids(SUBJECT_DEPS)  # (ids: Token.dep_ makes a string)

OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
# Verbs that report speech or belief: their clausal object is a claim attributed to their subject.
REPORTING = frozenset({
    "say", "tell", "confirm", "report", "claim", "insist", "believe", "think", "announce", "add",
    "state", "warn", "argue", "suggest", "deny", "acknowledge", "admit", "write", "post",
    "explain", "indicate", "note", "stress", "understand", "assume", "allege", "declare",
    "accept", "concede",  # acknowledge what someone else claims, as "admit" does
})
# Verbs of answering: with a clause, what the clause says is their subject's words, as with "say".
ANSWERING = frozenset({"reply", "respond", "answer", "retort", "counter"})


@register("answering-verb")
def answers(verb: Token) -> bool:
    """'"Nordbank will not sell the plant," Tom Reed replied', "Jon Dahl responded that Nordbank had
    paid": a verb of answering with a clause reports it as a verb of saying does (the clause is
    what was said, attributed to the subject, and a statement).

    Linguistic reason: "reply", "respond", "answer", "retort" and "counter" are verbs of saying
    that also place the words in a dialogue; with a clause as complement (a quotation before
    them, a "that" clause or a quotation after) the clause is the speaker's words.
    Without one they say something else ("Bergen replied with three tries", "answered questions"),
    and with a direct object nothing is quoted. ("Mr Dahl pressed" after a question is left out:
    a question asserts nothing.)
    """
    if "answering-verb" in disabled() or verb.lemma_ not in ANSWERING or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "dative", "prt") for c in children(verb) if c.i > verb.i):
        return False  # (an object, or "answered back": no words reported)
    clause = next((c for c in children(verb) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return False
    doc = verb.doc
    if clause.i > verb.i:  # after the verb as "that S" or a quotation ('replied: "S"')
        return (any(c.dep_ == "mark" and c.lower_ == "that" for c in children(clause))
                or any(doc[i].text in _QUOTE_TEXTS for i in range(verb.i + 1, clause.left_edge.i)))
    return any(doc[i].text in _QUOTE_TEXTS for i in range(clause.right_edge.i + 1, verb.i))


_QUOTE_TEXTS = frozenset({'"', "\u201d", "\u201c", "''", "``", "'"})


# Matrix verbs that only frame their complement: "is expected to meet" is about meeting.
FRAMING = frozenset({
    "expect", "plan", "set", "hope", "want", "intend", "try", "seek", "aim", "wish", "begin",
    "start", "continue", "be", "seem", "appear", "think", "believe", "say", "report", "due",
    "going", "go", "need", "have", "like", "love", "prepare", "schedule",
})
# Matrix verbs that commit their subject to their complement ("agreed to buy", "decided to sell",
# "promised to build") or say it came about ("managed to reach"): the act is the fact, and the
# commitment its modality, as with FRAMING. Unlike NEGATING they add nothing a query asks for.
COMMITTING = frozenset({
    "agree", "decide", "promise", "pledge", "vow", "offer", "threaten", "volunteer", "undertake",
    "opt", "resolve", "manage", "arrange", "consent",
})
# Matrix verbs that deny their complement: "declined to meet" means did not meet.
NEGATING = frozenset({"decline", "refuse", "fail", "reject", "avoid", "dodge", "snub", "deny"})
# Prepositions before a gerund whose doer is the subject of the clause: "after leaving", "by buying".
GERUND_PREPS = frozenset({"by", "after", "before", "while", "in", "on", "upon", "without", "since", "through"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
_NEGATION_IDS = label_ids(NEGATION_WORDS)  # (as Token.lower gives them)
# Subordinators of a condition: what a clause under them says is supposed, not stated ("if Tom
# Reed is cleared", "unless Nordbank pays"). The one set every reader of conditions shares.
CONDITION_MARKS = frozenset({"if", "unless"})
# Subordinators of a clause that is not asserted: a condition, or an open question ("whether
# Nordbank will pay"). Readers of an event or a fixture take neither as stated; the condition
# readers (kg.extract.conditions, kg.resolve.speakers) want conditions only, since an embedded
# question ("asked whether X") is no condition of the main clause.
UNASSERTED_MARKS = CONDITION_MARKS | {"whether"}
def is_negated(tok: Token) -> bool:
    # (labels and words by their ids: Token.dep_ and Token.lower_ make strings)
    for c in children(tok):
        dep = c.dep
        if dep == _NEG or (c.lower in _NEGATION_IDS and dep in _NEGATING_DEPS):
            if additive_not(c):
                continue  # "will not only miss X but also Y": both asserted
            return True
        if dep == _ADVMOD and any(g.lower in _NEGATION_IDS for g in children(c)):
            return True  # "definitely not"
    return False


_NEG = get_string_id("neg")
_ADVMOD = get_string_id("advmod")
_NEGATING_DEPS = label_ids(frozenset({"advmod", "dep", "preconj"}))
_VERB_GROUP_IDS = label_ids(frozenset({"aux", "auxpass", "neg", "prt"}))


def modal_word(modal: Token) -> str:
    """A modal as its word: "'ll" and the "wo" of "won't" are "will"."""
    return "will" if modal.lower_ in ("'ll", "wo") else modal.lower_


def modal_of(tok: Token) -> str | None:
    for c in children(tok):
        if c.dep_ == "aux" and c.tag_ == "MD":
            return modal_word(c)
    return None


# Verbs whose subject may be an event: feelings it stirs ("angered"), what it set off ("prompted"),
# what it meant; a "which" before them after a comma may stand for the whole clause before it.
_EVENT_SUBJECT_VERBS = frozenset({
    "anger", "upset", "annoy", "infuriate", "enrage", "outrage", "incense", "surprise", "shock",
    "stun", "astonish", "please", "delight", "disappoint", "dismay", "worry", "alarm", "frustrate",
    "embarrass", "prompt", "spark", "trigger", "provoke", "cause", "fuel", "mean"})


@register("sentential-which")
def sentential_which(v: Token) -> bool:
    """"Vexa Holdings cut 300 jobs, which angered Tom Reed": the "which" stands for the whole
    clause before the comma (the cutting angered him), not for the noun the parse hangs the
    relative clause on (no "300 jobs angered Tom Reed").

    Linguistic reason: a relative "which" set off by a comma may take a whole clause for its
    antecedent (a sentential relative); then it is the event that does what the relative's verb
    says. Verbs that take an event for their subject (what stirs a feeling: "angered",
    "surprised", "disappointed"; what sets off or means something: "prompted", "sparked",
    "caused", "meant") read it so after an object noun, and after a person's name always (a
    person is "who", never "which"). The clause then has no named subject: it gives no fact, and
    the noun before it is not made a thing (``thing-clause``). "which means" after a name other
    than a person's glosses the name ("LMX, which means local money exchange"): not an event.
    """
    if v.dep_ != "relcl" or v.lemma_.lower() not in _EVENT_SUBJECT_VERBS or "sentential-which" in disabled():
        return False  # (the cheap tests first)
    which = next((c for c in children(v) if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which"), None)
    if which is None or which.i == 0 or which.doc[which.i - 1].text != ",":
        return False
    noun = v.head
    if v.lemma_.lower() == "mean" and which.i > 1:
        named = which.doc[which.i - 2]  # the word before the comma
        if named.pos_ == "PROPN" and named.ent_type_ != "PERSON":
            return False  # "a standard called LMX, which means local money exchange": a gloss of the name
    return noun.dep_ in ("dobj", "pobj", "attr", "dative", "oprd") or noun.ent_type_ == "PERSON"


def _relative_head(v: Token, sub: Token) -> Token:
    """In a relative clause, the pronoun subject stands for the noun the clause modifies."""
    if sub.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
        return _described(v.head)
    return sub


def which_thing(v: Token) -> Token | None:
    """The thing a "which" clause that the parse hangs on a person is about ("president of
    carmaker Hanamura Motors which built the engine": Hanamura Motors built it), or None."""
    which = next((c for c in children(v) if c.dep_ in SUBJECT_DEPS and c.lower_ == "which"), None)
    if v.dep_ != "relcl" or which is None or not _personal(v.head):
        return None
    return _thing_before(which)


def _personal(tok: Token) -> bool:

    return tok.ent_type_ == "PERSON" or (tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_KINDS)


def _thing_before(which: Token) -> Token | None:
    """"president of manufacturer Hanamura Systems which installed the lifts": "which" stands for
    things, never people, so when the parse hangs its clause on a person the clause is about the
    noun right before it (the head word of that name)."""
    doc, i = which.doc, which.i - 1
    if i > 0 and doc[i].text == ",":
        i -= 1
    if i < which.sent.start or doc[i].pos_ not in ("NOUN", "PROPN") or _personal(doc[i]):
        return None
    tok = doc[i]
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _described(noun: Token) -> Token:
    """Who a noun that describes someone stands for: "Holm is a footballer who plays ..." and
    "Berg , a Liberal who is running ..." are about Holm and Berg, not the description."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subj = next((c for c in children(noun.head) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is not None:
            return subj
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.i > noun.head.i:
        return noun.head
    return noun


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Verbs that take a that-less clause, whose subject a long list can hide: the parse may then even
# make the clause a verb coordinated with them ("accepts X, Y and Z did not break the rules").
CLAUSE_TAKING = REPORTING | {"agree", "expect", "fear", "feel", "find", "hope",
                             "know", "realise", "realize", "recognise", "reveal", "show"}


def complement_subject(v: Token) -> Token | None:
    """"Prosecutors accept Karl Ober, Jan Lutz and Anna Berg did not break the rules": the subject of a
    complement clause that the parse took for the reporting verb's object.

    In a long list the parser often hangs the first name on "accept" as its object and leaves the
    clause after the list with no subject. Linguistic reason: a finite clause ("were not involved",
    "had left", "will bid") must have a subject, and in English it stands right before the verb
    group; a noun phrase (with its coordinated names) that ends where such a subjectless clause
    begins is that clause's subject, not the object of the verb before it. (A verb truly
    coordinated with the first has "and" before it, so nothing ends right where it begins.)
    """
    if "complement-subject" in disabled() or v.head.pos_ != "VERB" or not (
            v.dep_ == "ccomp" or (v.dep_ == "conj" and v.head.lemma_ in CLAUSE_TAKING)):
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in children(v)):
        return None
    finite = v.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                          for c in children(v))
    obj = next((c for c in children(v.head) if c.dep_ == "dobj" and c.i < v.i), None)
    if not finite or obj is None or obj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return obj if obj.right_edge.i + 1 == v.left_edge.i else None


# Floating quantifiers that may stand as a clause's only subject word after the noun phrase they
# quantify ("Dahl and Berg both did well"); dashes that close an aside on that phrase.
_FLOATING = frozenset({"both", "all", "each"})
_ASIDE_DASHES = frozenset({"-", "–", "—"})
_VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


@register("next-clause-subject")
def next_clause_subject(v: Token) -> tuple[Token, list[Token]] | None:
    """"Nordbank will play Ole Lund and Jon Dahl - who lost in Bergen - will face Tom Reed",
    "Reed had a fine game and Jon Dahl and Ann Berg both did nothing wrong": the names after the
    "and" are the subject of the second clause, not further objects of the first verb. Returns the
    first clause's verb and the names that are the subject of ``v``, or None.

    Linguistic reason: a finite clause must have a subject, and in English it stands right before
    the verb group. When the parse coordinates two clauses but leaves the second without a subject
    of its own (or with a floating "both"/"all" only), and the first clause's object phrase ends
    right where the second clause begins (an aside set off by dashes may close it), the words
    after the "and" that joins the clauses are that subject: a verb coordinated with the first
    verb would have its "and" right before it ("took on Lund and faced Reed").
    """
    first: Token | None
    if v.dep_ in ("conj", "advcl"):  # (a finite clause without a subject the parse may hang as either)
        first = v.head
    elif v.dep_ == "ROOT":  # the parse may make the first clause a complement of the second
        first = next((c for c in children(v) if c.dep_ == "ccomp" and c.i < v.i), None)
    else:
        return None
    if first is None or first.pos_ not in ("VERB", "AUX") or (v.tag_ not in FINITE_TAGS and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in children(v))):
        return None
    if "next-clause-subject" in disabled() or complement_subject(v) is not None:
        return None  # ("accepts Lund, Dahl and Reed did not": the whole list, complement-subject's)
    own = [c for c in children(v) if c.dep_ in SUBJECT_DEPS or c.dep_ == "expl"]
    if own and not (len(own) == 1 and own[0].lower_ in _FLOATING and own[0].i < v.i):
        return None
    if any(c.dep_ == "cc" or c.dep_ == "mark" for c in children(v) if c.i < v.i):
        return None
    # where the verb group begins (the first clause, when the parse made it a complement, does not)
    start = min([v.i, *(c.i for c in children(v) if c.i < v.i and (c in own or c.dep_ in _VERB_GROUP_DEPS))])
    objects = [c for c in children(first) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    for obj in objects:
        end = obj.right_edge.i + 1
        while end < start and v.doc[end].text in _ASIDE_DASHES:
            end += 1
        if end != start:
            continue
        members = conjuncts(obj)
        joins = [c.i for m in members for c in children(m) if c.dep_ == "cc" and c.i > obj.i]
        if len(members) < 2 or not joins:
            return None
        subject = [m for m in members if m.i > min(joins) and m.pos_ in ("NOUN", "PROPN")]
        return (first, subject) if subject else None
    return None


@register("listed-subject")
def listed_subjects(subs: list[Token]) -> list[Token]:
    """"Anna Berg, Tom Reed and Jon Dahl are nominated": the parse hangs "Tom Reed" on "Anna Berg"
    as an apposition and "Jon Dahl" on "Tom Reed" as a conjunct; the subjects are all three.

    Linguistic reason: an apposition renames its anchor; a name of the same kind beside a name
    that is itself coordinated with "and" to further names renames nothing: it is the second
    item of a list whose "and" stands before its last. So each name is a subject.
    """
    if "listed-subject" in disabled():
        return subs
    out: list[Token] = []
    for subj in subs:
        out.append(subj)
        if subj.pos_ != "PROPN":
            continue
        appos = next((c for c in children(subj) if c.dep_ == "appos" and c.i > subj.i), None)
        if appos is None or appos.pos_ != "PROPN":
            continue
        chain = appos_chain(subj, appos)
        if not chain:
            continue
        listed = conjuncts(chain[-1])
        if len(listed) > 1 and any(c.dep_ == "cc" for t in listed for c in children(t)):
            out.extend(t for t in _middle_names(subj, appos) if t not in out)
            chained = not subj.ent_type_ or len(chain) > 1  # (read by listed-subject-chain only)
            if chained and any(t.pos_ == "PROPN" and t.ent_type_ != appos.ent_type_ for t in listed):
                continue  # "Hobson's Choice, Dirty Harry, The 39 Steps and King Kong": no list of one kind's names
            out.extend(t for t in chain[:-1] if t not in out and not _joined_names(t))
            out.extend(t for t in listed if t.pos_ == "PROPN" and t not in out and not (chained and _joined_names(t)))
    return out


def _joined_names(tok: Token) -> bool:
    """The model's entity round the word spans a comma: two items of a list read as one name
    ("Londonist, Hicksdesign"), no name of one member (``listed-subject-chain``)."""
    return any(e.start <= tok.i < e.end and any(t.text == "," for t in e) for e in tok.doc.ents)


@register("listed-subject-chain")
def appos_chain(first: Token, appos: Token) -> list[Token]:
    """The names from a list's second to the one its "and" list goes on from: "Reed, Jon Dahl,
    Sam Berg and Ola Moe have all been awarded medals", parsed Reed -appos-> Jon Dahl -appos-> Sam
    Berg -conj-> Ola Moe, or with a first name the model left untyped ("Reed"); empty when the
    apposition is no list's item (a name of another type renames or places the first).

    Linguistic reason: as in ``listed-subject``, names set off by commas before the "and" that ends
    a list are its items, not renamings, whatever label the parse gives them; an apposition hung
    on an apposition is the list's next item just as one hung on the first is. A bare surname
    first in the list is a name of the list's type although the model did not type it (it is
    capitalised, a proper noun, and followed by names of one type). Only people's and
    organisations' names: the model cuts titles of works ("The 39 Steps" → "Steps"), so a chain of
    them is no list of whole names; and a chain or an untyped first name only when every name of
    the "and" list is of the apposition's type. Without this rule the chain is one apposition long and the
    first name must be typed as the second is.
    """
    if first.ent_type_:
        if appos.ent_type_ != first.ent_type_:
            return []
    elif "listed-subject-chain" in disabled() or appos.ent_type_ not in ("PERSON", "ORG"):
        return []
    chain = [appos]
    if "listed-subject-chain" in disabled() or appos.ent_type_ not in ("PERSON", "ORG"):
        return chain  # a list of works' titles ("The 39 Steps, The Searchers and King Kong"): the model cuts them
    doc = first.doc
    while True:
        nxt = next((c for c in children(chain[-1]) if c.dep_ == "appos" and c.i > chain[-1].i and c.pos_ == "PROPN"
                    and c.ent_type_ == appos.ent_type_ and doc[c.left_edge.i - 1].text == ","), None)
        if nxt is None:
            return chain
        chain.append(nxt)


@register("neither-nor")
def neither_nor(tok: Token) -> bool:
    """"Neither Nordbank nor Vexa Holdings commented", "bought neither Lumo nor Brix", "has neither
    confirmed nor denied the report": each member of a list joined by "nor" is denied, the later
    ones too.

    Linguistic reason: "nor" coordinates negatives: "neither A nor B V" says that A does not V and
    that B does not V, and "neither V1 nor V2" denies both verbs. The negation word "neither"
    stands before the first member only, so without this the later members (and a first member
    the parse gave no "neither") read as stated. A member of a noun list or a coordinated verb
    counts when "nor" joins its list (on the first member, where the parse hangs it, or on itself).
    """
    if "neither-nor" in disabled():
        return False
    if tok.dep_ == "conj" and tok.head.pos_ == tok.pos_:
        joined = _joiner(tok.head, tok)
        if joined is not None:
            return joined == "nor"
    # the first member only under a "neither": "Nordbank bought Lumo, nor did it stop there"
    # denies the second clause alone (the first states what it denies, or has its own "not")
    return _joiner_below(tok) == "nor" and any(t.lower_ == "neither" for t in tok.doc[tok.sent.start:tok.right_edge.i + 1])


@register("either-or")
def alternative_member(tok: Token) -> bool:
    """"Either Nordbank or Vexa Holdings will buy Lumo", "will buy Lumo or Brix": a member of a
    noun list joined by "or" is one possibility, not a stated fact.

    Linguistic reason: "or" offers alternatives: "A or B V" says that one of them (at least) does
    V, not that A does and B does; each member's fact is a possibility, as "may" marks one. The
    graph keeps it with the modality "or" (the word that leaves it open); a list joined by "and"
    or "nor" (``neither-nor``) keeps its own reading. A modality that already hedges the fact
    ("could", "may") or names a control verb ("would love to") is kept; "will" gives way. Only a list of names: "or" between common
    nouns as often glosses one by the other ("a mask or set of restrictions"), as ", or" after a
    name does ("7 million shares, or about 70%"); and a denied list (the fact negated, or
    "neither ... or") denies every member, as "nor" does; nor in a clause that describes a noun
    ("PCs running Windows XP or Windows 2000": the set holds both).
    """
    if tok.pos_ != "PROPN" or "either-or" in disabled():
        return False
    head = tok
    while head.dep_ == "conj" and head.head.pos_ == "PROPN":
        head = head.head
    if head is tok and not any(c.dep_ == "conj" for c in children(tok)):
        return False  # (no list)
    if head.dep_ in ("dobj", "nsubj") and head.head.dep_ in ("acl", "relcl"):
        return False  # "PCs running Windows XP or Windows 2000": a set described, each member in it
    doc = tok.doc
    marks = children(head)
    return (any(c.dep_ == "cc" and c.lower_ == "or" and doc[c.i - 1].text != "," for c in marks)
            and not any(c.lower_ == "neither" for c in marks)
            and all(m.pos_ == "PROPN" for m in conjuncts(head)))


def _joiner(head: Token, member: Token) -> str | None:
    """The conjunction that joins a conjunct to the member it hangs on ("nor" in "admits nor
    denies"), or None when a comma does ("Lumo, Brix nor Kora")."""
    cc = [c for c in children(head) if c.dep_ == "cc" and head.i < c.i < member.i]
    cc = cc or [c for c in children(member) if c.dep_ == "cc" and c.i < member.i]
    return cc[-1].lower_ if cc else None


def _joiner_below(tok: Token) -> str | None:
    """The first conjunction down a list from ``tok``, past the commas ("Lumo, Brix nor Kora")."""
    for c in children(tok):
        if c.dep_ == "conj" and c.pos_ == tok.pos_:
            return _joiner(tok, c) or _joiner_below(c)
    return None


@register("listed-subject-middle")
def _middle_names(first: Token, appos: Token) -> list[Token]:
    """"Jon Dahl, Tom Reed, Ann Berg and Eva Lund signed": in a list of four names the parse may hang
    the second on the first as a noun used as an adverb (``npadvmod``) or a second apposition, and
    the third as the apposition that the "and" list goes on from (``listed-subject``); the names
    between the first and that apposition are subjects too.

    Linguistic reason: names of one kind set off by commas between a list's first name and the
    "and" that ends it are items of the same list, whatever label the parse gives them: one name
    does not rename another when further names follow with "and". Only a name of the first name's
    entity type after a comma, so a place or a firm in apposition ("Tom Reed, Nordbank, and ...")
    is not read as a member.
    """
    if "listed-subject-middle" in disabled():
        return []
    doc = first.doc
    return [c for c in children(first) if first.i < c.i < appos.i and c.dep_ in ("npadvmod", "appos")
            and c.pos_ == "PROPN" and c.ent_type_ == first.ent_type_ and doc[c.left_edge.i - 1].text == ","]


@register("passive-adjunct-report")
def passive_adjunct_report(v: Token) -> bool:
    """"Tom Reed is being sued by his former partner, claiming he broke a promise": a participle
    of saying set off after a passive verb with a "by" agent inherits no subject (no ``Tom Reed
    CLAIM``), and what it reports is nobody's claim the graph can name (no ``Reed BREAK promise``,
    rule ``unasserted-report``).

    Linguistic reason: the understood subject of a free participial adjunct is taken from the
    clause by sense, not by position; after a passive with an agent it is as often the agent (the
    one who sues claims in the suit) as the passive's subject, and the two readings give the claim
    to opposite sides, so neither is stated. Only a participle right after the "by" phrase: one
    after another adjunct ("axed by the coach after failing to turn up, claiming he was injured")
    is read with the subject, as before.
    """
    if "passive-adjunct-report" in disabled() or v.lemma_ not in REPORTING or v.tag_ != "VBG":
        return False
    head = v.head
    agent = next((c for c in children(head) if c.dep_ == "agent"), None)
    if head.tag_ != "VBN" or agent is None or not any(c.dep_ in ("nsubjpass", "auxpass") for c in children(head)):
        return False
    before = v.doc[v.left_edge.i - 1] if v.left_edge.i > 0 else v
    if before.text == "," and before.i > 0:
        before = v.doc[before.i - 1]
    return agent.left_edge.i <= before.i <= agent.right_edge.i  # (right after the agent: read with it as easily)


# Words after "not" that keep the member in the list: "not only Tom Reed but Jon Dahl", "not least".
_NOT_KEEPING = frozenset({"only", "just", "merely", "simply", "least", "alone", "solely"})


@register("not-member")
def denied_member(tok: Token) -> bool:
    """"Tom Reed, but not Jon Dahl, signed the letter", "Tom Reed and not Jon Dahl was awarded a
    medal": a member of a subject list with "not" before it does not do what the verb says (no
    ``Jon Dahl SIGN letter``).

    Linguistic reason: "not" before one member of a coordination ("A, but not B") denies the
    predicate of that member alone; the parse hangs it on the member's name as ``neg``, so the
    member is read as a subject like the others and the denial is lost. Not "not only", "not
    just", "not least" (they add the member: "not only Tom Reed but Jon Dahl signed").
    """
    doc = tok.doc
    for c in children(tok):
        if c.dep_ == "neg" and c.lower_ in ("not", "n't") and c.i < tok.i and c.i == tok.left_edge.i:
            return c.i + 1 >= len(doc) or doc[c.i + 1].lower_ not in _NOT_KEEPING
    return False


@register("not-only-subject")
def additive_subject(v: Token, own: list[Token]) -> list[Token]:
    """"Not only Tom Reed but also Jon Dahl signed the letter": Tom Reed signed it too; the names
    of the first part of "not only ... but also" before the verb's subject, which the parse hangs
    on the verb as a noun-phrase adverbial (``npadvmod``), with the "but" on the verb.

    Linguistic reason: "not only X but (also) Y" is a correlative coordination: X and Y are
    conjuncts of one subject, and "not only" denies that X is all, not that X did it (rule
    ``not-only``), so the verb holds of both. With "also" the parse splits the pair, makes Y alone
    the subject and leaves X adrift; X is a subject as Y is. Only a name or a noun whose left edge
    is "not" with a focus word ("only", "just"), before the verb's own subject, with a "but"
    between them that hangs on the verb; not a time ("not only last year but ...").
    """
    if not own:
        return []
    first = min(s.i for s in own)
    for c in children(v):
        if c.dep_ != "npadvmod" or c.i > first or c.pos_ not in ("PROPN", "NOUN") or c.ent_type_ in ("DATE", "TIME"):
            continue  # ("not only last year but also ...": a time, no doer)
        edge = c.left_edge
        if edge.lower_ != "not" or edge.i + 1 >= c.i or edge.doc[edge.i + 1].lower_ not in FOCUS_WORDS:
            continue
        if not any(b.dep_ == "cc" and b.lower_ == "but" and c.i < b.i < first for b in children(v)):
            continue
        if "not-only-subject" in disabled():
            return []
        return list(conjuncts(c))
    return []


def subjects(v: Token) -> tuple[list[Token], str]:
    """Subjects of verb ``v`` and how they were found (``own`` or the inheritance path)."""
    own = [c for c in children(v) if c.dep in _SUBJECT_IDS]
    if v.dep_ in ("conj", "advcl", "ROOT") and (not own or own[0].lower_ in _FLOATING):
        second = next_clause_subject(v)
        if second is not None:
            return second[1], "own"
    if own:
        if sentential_which(v):
            return [], "own"  # "cut 300 jobs, which angered Tom Reed": the cutting angered him
        heads = [_relative_head(v, s) for s in own]
        found = [c for h in heads for c in conjuncts(h)]
        # (a relative clause's subject is its own noun's, not the list that noun may end)
        found = found if any(s.lower_ in RELATIVE_PRONOUNS for s in own) else listed_subjects(found)
        found = [*additive_subject(v, own), *found]  # "not only Tom Reed but also Jon Dahl signed"
        if len(found) > 1 and "not-member" not in disabled():
            found = [s for s in found if not denied_member(s)]  # "Tom Reed, but not Jon Dahl, signed"
        return found, "own"
    hidden = complement_subject(v)
    if hidden is not None:
        return conjuncts(hidden), "own"
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        inherited, _ = subjects(v.head)
        return inherited, "conj"
    if v.dep_ == "xcomp":
        objs = [c for c in children(v.head) if c.dep_ == "dobj"]
        if objs:
            return objs, "xcomp"
        inherited, _ = subjects(v.head)
        return inherited, "xcomp"
    if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN"):
        # "Ms. Dahl is a writer based in Bergen": Dahl is based there
        return conjuncts(_described(v.head) if v.dep_ == "acl" else v.head), v.dep_
    if v.dep_ == "advcl" and v.tag_ in ("VBG", "VBN") and not any(c.dep_ == "mark" for c in children(v)):
        if passive_adjunct_report(v):
            return [], "advcl"  # "is being sued by X, claiming ...": the claimer is not the one sued
        inherited, _ = subjects(v.head)
        return inherited, "advcl"
    if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.pos_ in ("VERB", "AUX") and subordinated_gerund(v):
        inherited, _ = subjects(v.head)
        return inherited, "advcl"
    if is_continued_clause(v):
        inherited, _ = subjects(v.head)
        return inherited, "conj"
    if is_purpose(v):
        sent = sent_doer(v)
        if sent is not None:
            return conjuncts(sent), "xcomp"  # "sent an envoy to meet Jon Dahl": the envoy meets him
        # "moved to the US to study management": the one who moved is the one to study
        inherited, _ = subjects(v.head)
        return inherited, "advcl"
    if (v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX")
            and v.head.lower_ in GERUND_PREPS
            and (not any(c.dep_ in ("nsubjpass", "auxpass") for c in children(v.head.head))
                 or passive_adjunct_controller(v.head))):
        # "By acquiring stakes in bottlers, Coke ...": the one who acquires is the subject of the
        # clause (of a passive one only as :func:`passive_adjunct_controller` says)
        inherited, _ = subjects(v.head.head)
        return inherited, "pcomp"
    return [], "none"


# Prepositions of time and circumstance whose gerund a passive's subject does ("was sacked after
# criticising"); "by" and "through" name a means, "in" often a generic act ("in doing so").
_CONTROLLED_PREPS = frozenset({"after", "before", "while", "since", "without", "on", "upon"})


@register("passive-adjunct-controller")
def passive_adjunct_controller(prep: Token) -> bool:
    """"Tom Reed was sacked after criticising Nordbank", "Anna Berg was injured while playing for
    Bergen City": the subject of a passive clause does what the gerund after "after", "before",
    "while", "since", "without", "on" says (Reed criticised Nordbank), as the subject of an
    active one does.

    Linguistic reason: a gerund in an adjunct has no subject of its own; it is controlled by the
    clause's surface subject, whatever the voice ("was fined after arriving late": the one fined
    arrived late; "for" is read by no rule). A gerund of means ("by", "through") belongs to the
    passive's unnamed doer: in "was saved by cutting costs" the savers cut them; one after "in"
    is often no one's ("in doing so, the ground is laid"), so neither is read.
    """
    return "passive-adjunct-controller" not in disabled() and prep.lower_ in _CONTROLLED_PREPS


# Subordinators that take a gerund with no subject of its own: "while playing", "since joining".
_GERUND_MARKS = frozenset({"while", "whilst", "when", "after", "before", "since", "until", "once"})


@register("subordinated-gerund")
def subordinated_gerund(v: Token) -> bool:
    """"Jon Dahl was hurt while playing for Bergen City", "Anna Berg scored twice after joining
    Nordvik": a gerund after "while", "when", "after", "since" (the parse's ``mark``) with no
    subject of its own is done by the subject of the clause it hangs on (Dahl played for Bergen
    City).

    Linguistic reason: an adverbial clause whose verb is a gerund has no subject; English leaves
    it out only when it is the main clause's subject (the one hurt is the one playing), whatever
    the main clause's voice. The parse marks these words as subordinators when it reads the
    gerund as a clause and as prepositions otherwise (:func:`passive_adjunct_controller`).
    """
    return ("subordinated-gerund" not in disabled()
            and any(c.dep_ == "mark" and c.lower_ in _GERUND_MARKS for c in children(v))
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in children(v)))


def is_continued_clause(v: Token) -> bool:
    """"The union held out until 9 March , when it called off the strike , signed the deal , and ...",
    "Nordbank cut its rates in May , raised them in June": a finite verb the parse hangs on a verb
    as a subordinate clause (or with no relation, ``dep``), with neither a subject nor a word that
    subordinates it ("when", "because"), continues the clause before it.

    Linguistic reason: a finite clause needs a subject; one without, and without a subordinator,
    is the second verb of a coordination whose subject is left out because it is shared.
    """
    return (v.dep_ in ("advcl", "dep") and (v.tag_ in ("VBD", "VBZ", "VBP") or past_with_object(v))
            and v.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("mark", "expl", *SUBJECT_DEPS) or (c.dep_ == "advmod" and c.tag_ == "WRB")
                        for c in children(v)))


@register("past-with-object")
def past_with_object(v: Token) -> bool:
    """"He came in , carefully measured every wall and left": an "-ed" form the tagger took for a
    participle (VBN) that has a direct object and no auxiliary, hung on a past-tense verb before it
    as ``dep``, is a past tense like that verb (:func:`is_continued_clause`).

    Linguistic reason: a passive participle has no direct object (its object is its subject), and
    a perfect participle has "have" before it; an "-ed" form with an object and neither is a finite
    past tense. A participle phrase set before its clause ("Founded in 1990 , ...") has no object
    and is an ``advcl``, so it stays a participle.
    """
    return ("past-with-object" not in disabled() and v.tag_ == "VBN" and v.dep_ == "dep" and v.head.tag_ == "VBD"
            and v.i > v.head.i and any(c.dep_ == "dobj" for c in children(v))
            and not any(c.dep_ in ("aux", "auxpass") for c in children(v)))


# Words on a relative clause's verb that say it is about every member of a list before it.
DISTRIBUTIVES = frozenset({"both", "all", "each", "jointly"})
PLURAL_FORMS = frozenset({"are", "were", "have", "'re", "'ve"})


def far_list_member(v: Token, subj: Token) -> bool:
    """``subj`` is a list member other than the last, and ``v`` heads a relative clause after the
    whole list that does not say it is about them all: "Cold Harbour, Night Ferry and Red Sky,
    which starred X" is about Red Sky only.

    Linguistic reason: a relative pronoun after a list is ambiguous, and English reads it with the
    nearest noun unless the verb agrees with a plural ("which were", "who have") or a distributive
    ("both", "all") takes in the list. The parse hangs the clause on the list's first member, so
    without this every member would take the clause's fact.
    """
    if v.dep_ != "relcl":
        return False
    pronoun = next((c for c in children(v) if c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS), None)
    members = conjuncts(_relative_head(v, pronoun)) if pronoun is not None else []
    if len(members) < 2 or subj.i == max(t.i for t in members) or not any(t.i == subj.i for t in members):
        return False
    if v.i < max(t.i for t in members):
        return False  # the clause stands inside the list, after the member it is about
    verbs = [v, *(c for c in children(v) if c.dep_ in ("aux", "auxpass"))]
    plural = any(t.tag_ == "VBP" or t.lower_ in PLURAL_FORMS for t in verbs)
    return not plural and not any(t.lower_ in DISTRIBUTIVES for t in v.subtree)


@register("clause-inside-list")
def later_list_member(v: Token, subj: Token) -> bool:
    """``v`` heads a participle or a relative clause set inside a list, and ``subj`` is a member
    after it: in "Dark Water, starring Anna Berg, and Cold Harbour" only Dark Water stars her.

    Linguistic reason: a modifier after a noun is about the noun phrase it follows; one set off
    inside a list, with members still to come, closes on the members before it. The parse hangs
    the later members on the first one, so without this each would take the clause's fact.
    """
    return (v.dep_ in ("acl", "relcl") and subj.i > v.i and subj.i != v.head.i
            and "clause-inside-list" not in disabled() and subj.dep_ == "conj")


# Verbs that put their object to work: a purpose infinitive after the object is the object's act.
_SENDING = frozenset({"send", "dispatch", "hire", "recruit", "employ", "appoint", "assign", "deploy",
                      "commission", "enlist", "draft", "post"})


@register("sent-doer")
def sent_doer(v: Token) -> Token | None:
    """"Nordbank sent an envoy to meet Jon Dahl", "Vexa hired Tom Reed to run the fund": the purpose
    infinitive after the object of a verb of sending or hiring is done by that object (the envoy
    meets Dahl; no ``Nordbank MEET Jon Dahl``).

    Linguistic reason: a purpose clause's understood subject is usually the main clause's subject
    ("moved to Oslo to study"), but verbs that send or engage someone for a task ("send", "hire",
    "appoint", "recruit", "deploy") make their object the one who carries the task out (object
    control of the purpose clause): the sender acts through the one sent. Only with a direct
    object before the infinitive.
    """
    head = v.head
    if head.lemma_.lower() not in _SENDING or "sent-doer" in disabled():
        return None
    return next((c for c in children(head) if c.dep_ == "dobj" and c.i < v.i), None)


def is_purpose(v: Token) -> bool:
    """An infinitive of purpose on a verb ("was built in 1910 to carry the road"); not the
    extraposed subject of "it is necessary to cross"."""
    if not (v.dep_ == "advcl" and v.tag_ == "VB" and v.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(v))
            and not any(c.dep_ == "mark" for c in children(v))):
        return False
    frame = v.head
    while frame.dep_ == "xcomp" and frame.head.pos_ in ("VERB", "AUX"):
        frame = frame.head
    return frame.lemma_ != "be"


def is_participle(v: Token) -> bool:
    """A participle phrase on a noun, with no subject or auxiliary of its own."""
    return (v.dep_ == "acl" and v.tag_ in ("VBN", "VBG") and v.head.pos_ in ("NOUN", "PROPN")
            and v.i > v.head.i
            and not any(c.dep_ in ("aux", "auxpass", "mark", *SUBJECT_DEPS) for c in children(v)))


def is_infinitive_on_noun(v: Token) -> bool:
    """"the decision to close the plant": what the noun is (was) for."""
    return (v.dep_ == "acl" and v.tag_ == "VB" and v.head.pos_ in ("NOUN", "PROPN") and v.i > v.head.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(v))
            and not any(c.dep_ in SUBJECT_DEPS for c in children(v)))


# Nouns of a stretch of time (or of tries) that "take" can measure an act by.
_DURATIONS = frozenset({
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "season", "attempt",
})


@register("take-time")
def taken_time(take: Token, objects: list[Token]) -> bool:
    """"Tom Reed took just 56 minutes to beat Jon Dahl", "Vexa took three months to buy Lumo": the
    object of "take" is the time the act took, and the act is the fact: (Tom Reed; beat; Jon Dahl),
    with the tense and modal of "take" ("will take two years to build": will).

    Linguistic reason: "take" with a duration and a to-infinitive measures how long its subject
    needed to do the act; the act is stated as done (in the past) or to be done, as after an
    aspectual verb, and its doer is the subject of "take". Read as it was, the time was the object
    ("take 56 minutes", a fact between common nouns) and the act was lost. Only a noun of time or
    of tries as the one object, and a to-infinitive after it.
    """
    if take.lemma_ != "take" or len(objects) != 1 or "take-time" in disabled():
        return False
    if objects[0].dep_ == "dobj" and objects[0].pos_ == "NOUN" and objects[0].lemma_.lower() in _DURATIONS:
        return timed_act(take, objects[0]) is not None
    taker = extraposed_taker(take)
    return taker is not None and taker.i == objects[0].i


def timed_act(take: Token, time: Token) -> Token | None:
    """The to-infinitive after the time "take" measures: an open complement, or the clause of
    purpose the parse may make of it ("took two hours to beat Jon Dahl")."""
    return next((c for c in children(take) if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.i > time.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
                 and not any(a.dep_ in ("nsubj", "mark") for a in children(c))), None)


@register("it-took-time")
def extraposed_taker(take: Token) -> Token | None:
    """"It took Tom Reed two hours to beat Jon Dahl": the doer of the timed act, the object of
    "take" when its subject is the empty "it" (Tom Reed; beat; Jon Dahl).

    Linguistic reason: "it took X time to V" is the extraposed form of "X took time to V": "it"
    holds the subject's place for the infinitive clause and names nothing, the time is what the
    act took, and the person or body "take" names before the time (the one the time was spent by)
    is the doer of the act, as the subject of "X took two hours to beat" is (``take-time``). Only
    with "it" as the subject, a noun of time after the object, and a to-infinitive after that.
    """
    if "it-took-time" in disabled():
        return None
    kids = children(take)
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids):
        return None
    taker = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    time = next((c for c in kids if c.dep_ in ("npadvmod", "dobj") and c.pos_ == "NOUN" and c.lemma_.lower() in _DURATIONS
                 and taker is not None and c.i > taker.i), None)
    if taker is None or time is None or timed_act(take, time) is None:
        return None
    return taker


def verb_chain(v: Token) -> list[Token]:
    """``v`` followed by the open complements it governs: declined → meet, expected → land."""
    chain = [v]
    while True:
        last = chain[-1]
        objects = [c for c in children(last) if c.dep_ in OBJECT_DEPS and c.pos_ != "ADP"]
        if objects and not (len(chain) == 1 and taken_time(last, objects)):
            break
        nxt = next((c for c in children(last) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None and objects and len(chain) == 1:
            nxt = timed_act(last, objects[0])  # ("took two hours to beat": the parse's clause of purpose)
        if nxt is None:
            adj = next((c for c in children(last) if c.dep_ == "acomp"), None)
            nxt = adj and next((c for c in children(adj) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if nxt is not None and adj is not None:
                chain.append(adj)
            elif adj is not None and len(chain) == 1 and last.lemma_ == "be":
                gerund = adjective_gerund(adj)
                if gerund is not None:
                    chain.extend((adj, gerund.head))
                    nxt = gerund
        if nxt is None:
            break
        chain.append(nxt)
    return chain


# Control adjectives whose act follows a preposition of their own, as a gerund: "is interested in
# buying", "is close to signing", "is confident of beating". Each says how near, willing or sure the
# subject is to act, not that it acted (the adjective is the act's modality, as "keen to sign").
PREP_CONTROL_ADJECTIVES = {
    "interested": "in", "keen": "on", "intent": "on", "bent": "on", "close": "to", "committed": "to",
    "confident": "of", "hopeful": "of", "capable": "of", "serious": "about",
}


@register("adjective-gerund")
def adjective_gerund(adj: Token) -> Token | None:
    """"Nordbank is interested in buying Vexa Holdings" → (Nordbank; buy; Vexa Holdings) with the
    modality "interested"; "Tom Reed is confident of beating Jon Dahl" → DEFEAT, "confident".

    Linguistic reason: "interested in", "keen on", "close to", "confident of" are control
    adjectives whose complement is a gerund after their own preposition: the subject of the
    copula is the understood subject of the gerund, as it is of the infinitive of "keen to sign"
    (:func:`~kg.extract.verbs.modal_adjective`). The clause asserts an interest, a nearness or a
    confidence, not the act, so the act is the fact and the adjective its modality. Only after
    "be" (in "remained committed to halving X" the verb keeps its own reading), with the
    adjective's own preposition ("interested in", not "interested by") and a gerund hanging on
    it (pcomp, tagged VBG) with an object or a phrase of its own after it ("were close to reaching
    the final last season" misparsed with "season" as its only dependent gives nothing), and no
    subject of its own ("confident of Jon Dahl beating Bergen": Jon Dahl beats). Returns
    the gerund, or None.
    """
    prep_word = PREP_CONTROL_ADJECTIVES.get(adj.lower_)
    if prep_word is None or "adjective-gerund" in disabled() or adj.pos_ != "ADJ":
        return None
    prep = next((c for c in children(adj) if c.dep_ == "prep" and c.lower_ == prep_word), None)
    if prep is None:
        return None
    gerund = next((c for c in children(prep) if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.pos_ == "VERB"), None)
    if gerund is None or not any(c.dep_ in ("dobj", "prep", "prt") and c.i > gerund.i for c in children(gerund)):
        return None  # a gerund with no object or phrase of its own: the parse lost its complement
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in children(gerund)):
        return None  # "confident of Jon Dahl beating Bergen": the gerund's own doer, not the copula's subject
    return gerund


def shared_auxiliaries(v: Token) -> list[Token]:
    """Auxiliaries and negation that a conjoined verb shares with the verb it is coordinated with:
    "have crossed the lines and returned" → "have returned"; "will not buy or sell" → "will not sell"."""
    if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("aux", "auxpass", "neg", *SUBJECT_DEPS) for c in children(v)):
        return []
    if v.tag_ in ("VBZ", "VBP"):
        return []  # "must refund money and loses revenue": a present form has its own tense
    if v.tag_ == "VBD" and not v.lower_.endswith("ed"):
        # "was built and became a landmark": an irregular past is no participle, "was" stays out
        shared = [c for c in children(v.head) if c.dep_ in ("aux", "neg") and c.lemma_ != "be"
                  and c.i < v.head.i] + shared_auxiliaries(v.head)
    else:
        shared = [c for c in children(v.head) if c.dep_ in ("aux", "auxpass", "neg") and c.i < v.head.i] + shared_auxiliaries(v.head)
    if v.tag_ == "VBD" and any(c.dep_ == "neg" or c.lemma_ == "do" for c in shared):
        shared = past_conjunct_auxiliaries(v, shared)
    if any(c.dep_ == "neg" for c in shared):
        shared = corrected_conjunct_auxiliaries(v, shared)
    return shared


@register("past-conjunct-own-negation")
def past_conjunct_auxiliaries(v: Token, shared: list[Token]) -> list[Token]:
    """"Jon Dahl did not buy shares and sold bonds": "sold" shares neither the "did" nor the
    "not" of the verb it is coordinated with.

    Linguistic reason: "do" as an auxiliary (do-support) takes a bare infinitive ("did not
    sell"), never a past form: a conjunct in the past tense ("sold", "replied") is finite on its
    own, outside the "did" and so outside the negation that the "did" carries. A past form in
    "-ed" may still be a participle under "have" or "was" ("has not crossed the lines and
    returned"), which it keeps.
    """
    if "past-conjunct-own-negation" in disabled() or not any(c.lemma_ == "do" for c in shared):
        return shared
    return [c for c in shared if c.dep_ != "neg" and c.lemma_ != "do"]


@register("corrected-conjunct-affirmed")
def corrected_conjunct_auxiliaries(v: Token, shared: list[Token]) -> list[Token]:
    """"Nordbank will not buy Vexa Holdings but lease it": "will lease", not "will not lease".

    Linguistic reason: "not A but B" is a correction: the "but" sets B against the negated A,
    so B is asserted, not denied. A conjunct after "but" shares the auxiliaries of the verb it is
    coordinated with ("will") but not its "not"; after "and", "or" it shares both ("will not buy
    or sell").
    """
    if "corrected-conjunct-affirmed" in disabled():
        return shared
    head = v.head
    if not any(c.dep_ == "cc" and c.lower_ == "but" and head.i < c.i < v.i for c in children(head)):
        return shared
    return [c for c in shared if c.dep_ != "neg"]


def relation_tokens(chain: list[Token]) -> list[Token]:
    toks: list[Token] = list(shared_auxiliaries(chain[0]))
    for v in chain:
        toks.append(v)
        for c in children(v):
            dep = c.dep  # (ids: Token.dep_ makes a string at each ask)
            if dep in _VERB_GROUP_IDS or (dep == _ADVMOD and c.lower in _NEGATION_IDS):
                toks.append(c)
            elif dep != _ADVMOD:
                continue  # (what follows is about adverbs only)
            elif is_negated(c):  # "definitely not"
                toks.append(c)
                toks.extend(g for g in children(c) if g.lower in _NEGATION_IDS)
            elif (c.dep_ == "advmod" and c.pos_ == "ADV" and c.i < v.i and not list(children(c))
                  and c.tag_ not in ("WRB",) and any(a.i < c.i for a in children(v)
                                                      if a.dep_ in ("aux", "auxpass", *SUBJECT_DEPS))):
                toks.append(c)  # "has also said", "Smith finally agreed": inside the verb group
            elif (c.dep_ == "advmod" and c.pos_ == "ADV" and c.i == v.i + 1
                  and not list(children(c)) and c.tag_ != "WRB"
                  and any(o.i > c.i and o.dep_ in ("prep", "dobj", "attr", "ccomp") for o in children(v))):
                toks.append(c)  # between the verb and what follows it: "met weekly with", "said today that"
    return sorted(set(toks), key=_declarative_order)


def _declarative_order(tok: Token) -> float:
    """Where a relation word goes: where the sentence has it, but an auxiliary written after its
    verb (an inversion, "Buried here are ...") goes before it, as in the declarative "are buried"."""
    if tok.dep_ in ("aux", "auxpass") and tok.i > tok.head.i:
        return tok.head.i - 0.5
    return tok.i


def shared_objects(v: Token) -> list[Token]:
    """"bought and sold shares": a verb with no object of its own shares that of the verb it is
    coordinated with, when nothing but the conjunction stands between them."""
    if v.dep_ == "conj" and v.head.pos_ == "VERB":
        # the parse may hang the shared object on the first verb: "buy and sell shares"
        shared = [o for c in children(v.head) if c.dep_ == "dobj" and c.i > v.i for o in conjuncts(c)]
        if shared:
            return shared
    conj = next((c for c in children(v) if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if conj is None or any(c.dep_ in SUBJECT_DEPS for c in children(conj)):
        return []
    between = [t for t in v.doc[v.i + 1:conj.i] if not (t.dep_ in ("cc", "punct", "prt", "conj") or t.head.i == conj.i)]
    if between:
        return []
    return [o for c in children(conj) if c.dep_ == "dobj" for o in conjuncts(c)]


def prep_object(prep: Token) -> tuple[list[Token], Token] | None:
    """The words of a preposition and its object. "out of the building", "along with his wife": a
    preposition of two words, which the parse hangs one on the other, is one preposition.

    Linguistic reason: "out of", "along with", "up to" select their object together; the first
    word alone has none, and the phrase is lost if only a one-word preposition is read.
    """
    pobj = next((g for g in children(prep) if g.dep_ == "pobj"), None)
    if pobj is not None:
        return [prep], pobj
    inner = next((c for c in children(prep) if c.dep_ == "prep" and c.i == prep.i + 1), None)
    pobj = inner and next((g for g in children(inner) if g.dep_ == "pobj"), None)
    return ([prep, inner], pobj) if inner is not None and pobj is not None else None


def with_prep(word: Token) -> tuple[Token, Token] | None:
    """The preposition right after ``word`` that hangs on it, and its object ("aware | of | X")."""
    for prep in children(word):
        if prep.dep_ == "prep" and prep.i == word.i + 1:
            pobj = next((g for g in children(prep) if g.dep_ == "pobj"), None)
            if pobj is not None:
                return prep, pobj
    return None


def lemma_with_particle(v: Token) -> str:
    """The verb's lemma with its particle: "take over", "carry out"."""
    prt = next((c for c in children(v) if c.dep_ == "prt"), None)
    return f"{v.lemma_.lower()} {prt.lower_}" if prt is not None else v.lemma_.lower()


def initial_score(rule: str, subj: Argument, args: list[Argument], how: str) -> float:
    score = {"svo": 0.8, "svo-prep": 0.72, "passive": 0.75, "copula": 0.6, "intransitive": 0.45}.get(rule, 0.5)
    if how != "own":
        score -= 0.1
    if subj.head.pos_ == "PRON":
        score -= 0.15
    score -= 0.02 * max(0, sum(len(a.tokens) for a in args) - 8)
    score -= 0.04 * max(0, len(args) - 3)
    return round(min(0.98, max(0.05, score)), 3)
