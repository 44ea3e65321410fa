"""Noun phrases: how far an argument reaches, and the forms of "is"/"has" it agrees with.

An argument is a head token and the part of its subtree that belongs to it (:func:`arg_tokens`);
clauses and conjuncts that make arguments or propositions of their own are left out. The
propositions a noun phrase states by itself (an apposition, a title, a possessive, ...) are in
:mod:`kg.extract.implied`.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Token

from kg.extract.base import Argument
from kg.extract.reading import argument_memo, children
from kg.extract.registry import disabled, register
from kg.resolve.kinds import ORG_KINDS, PERSON_KINDS

# Children that never belong inside an argument's text. Punctuation inside an argument stays
# ("Gen - Probe", quotes around a name); at its edges it is trimmed.
ARG_EXCLUDED = frozenset({"relcl", "cc", "conj", "appos", "acl", "advcl", "parataxis"})
PLACE_TYPES = frozenset({"GPE", "LOC"})


def arg_tokens(head: Token, exclude: frozenset[str] = ARG_EXCLUDED) -> tuple[Token, ...]:
    """The head and its subtree, minus clauses and conjuncts that make arguments of their own.

    Only the head's own conjuncts make arguments of their own ("Britain and France"); a
    coordination further down stays in the text ("a mark of skill and patience").
    """
    memo = argument_memo(head)
    if memo is None:
        return _arg_tokens(head, exclude)
    key = (head.i, exclude)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _arg_tokens(head, exclude)
    return found


def label_ids(labels: frozenset[str]) -> frozenset[int]:
    """The string ids of ``labels`` (as ``Token.dep``, ``Token.tag`` and ``Token.orth`` give them):
    a test of ``tok.dep in label_ids(...)`` is the test of ``tok.dep_ in labels`` without making
    the label's string. Made once per set."""
    ids = _LABEL_IDS.get(labels)
    if ids is None:
        ids = _LABEL_IDS[labels] = frozenset(get_string_id(label) for label in labels)
    return ids


_LABEL_IDS: dict[frozenset[str], frozenset[int]] = {}
_CC_IDS = label_ids(frozenset({"cc", "preconj"}))
_CC = get_string_id("cc")
_CONJ = get_string_id("conj")
_NOUN_POS = frozenset({NOUN, PROPN})
_MODIFIER_IDS = label_ids(frozenset({"nmod", "compound"}))


def _arg_tokens(head: Token, exclude: frozenset[str]) -> tuple[Token, ...]:
    keep: list[Token] = []
    stack = [head]
    split = {c.i for c in conjuncts(head)} - {head.i}
    inner = label_ids(exclude - {"conj", "cc", "preconj"})  # (ids: Token.dep_ makes a string)
    while stack:
        tok = stack.pop()
        keep.append(tok)
        if tok is head:
            stack.extend(c for c in children(tok) if c.dep not in inner and c.i not in split
                         and not (c.dep in _CC_IDS and split))
        else:
            stack.extend(c for c in children(tok) if c.dep not in inner)
    keep.extend(shared_determiner(head))
    keep.sort(key=_index)
    while keep and (keep[-1].is_punct or keep[-1].dep == _CC) and keep[-1] is not head:
        keep.pop()
    while keep and keep[0].is_punct and keep[0] is not head:
        keep.pop(0)
    if keep:
        keep = balance_quotes(keep)
    return tuple(keep)


def _index(tok: Token) -> int:
    return tok.i


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
    if any(c.dep_ in ("det", "poss") for c in children(conj)):
        return []
    owner = next((c for c in children(first) if c.dep_ == "poss" and c.left_edge.i == first.left_edge.i), None)
    return list(owner.subtree) if owner is not None else []


OPEN_QUOTES = frozenset({"``", "`", "“"})
CLOSE_QUOTES = frozenset({"''", "'", "”"})
TRAILING_OPENERS = frozenset({"(", "-LRB-", "[", "-LSB-", ",", ":", ";", "--"})


def balance_quotes(keep: list[Token]) -> list[Token]:
    """An argument that opens a quote closes it: "`` Solvind ''" keeps the closing quote that the
    parse hangs elsewhere; a quote mark left alone at the edge goes."""
    doc = keep[0].doc
    # (the marks by their ids, as Token.orth gives them: Token.text makes a string)
    # a quote or bracket that opens at the end of an argument opens nothing in it: "the nickname ``"
    while len(keep) > 1 and keep[-1].orth in _OPENERS_IDS:
        keep = keep[:-1]
    depth = 0
    for t in keep:
        orth = t.orth
        if orth in _OPEN_IDS:
            depth += 1
        elif orth in _CLOSE_IDS and depth > 0:
            depth -= 1
    nxt = keep[-1].i + 1
    n = len(doc)
    if nxt < n and doc[nxt].orth in _STOP_IDS and nxt + 1 < n and doc[nxt + 1].orth in _CLOSE_IDS:
        nxt += 1  # "`` The plan works , '' she said": the comma stays out, the quote closes
    if depth > 0 and nxt < n:
        after = doc[nxt]
        if after.orth in _CLOSE_IDS:
            return [*keep, after]
    if depth > 0 and keep[0].orth in _OPEN_IDS:
        return keep[1:]
    return keep


_OPEN_IDS = label_ids(OPEN_QUOTES)
_CLOSE_IDS = label_ids(CLOSE_QUOTES)
_OPENERS_IDS = label_ids(OPEN_QUOTES | TRAILING_OPENERS)
_STOP_IDS = label_ids(frozenset({",", "."}))


def argument(head: Token, prefix: str = "") -> Argument:
    return Argument(head, arg_tokens(head), prefix)


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words coordinated with it ("Sybiha and Umerov")."""
    out = [tok]
    for c in children(tok):
        # (ids: Token.dep_ and Token.pos_ make strings)
        if c.dep == _CONJ and (c.pos == tok.pos or (tok.pos in _NOUN_POS and c.pos in _NOUN_POS)):
            out.extend(conjuncts(c))
        elif _coordinated_name(tok, c):
            out.insert(len(out) - 1, c)
    return out


def _coordinated_name(tok: Token, child: Token) -> bool:
    """The small model often reads "Nordic Bank and Fjord Capital" as one name modifying another
    (Bank -nmod-> Capital). When both are separate named entities and the modifier carries the
    "and", they are coordinated."""
    if child.dep not in _MODIFIER_IDS or child.i > tok.i or not tok.ent_type or not child.ent_type:
        return False
    if not any(g.dep == _CC for g in children(child)):
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
    auxes = [c for c in children(v) if c.dep_ in ("aux", "auxpass") and c.i < v.i]
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




def coordination_argument(head: Token) -> Argument:
    """``head`` with the words coordinated with it, as one argument: "Vexa Holdings , Nordbank Ltd.
    and Hanamura Motors"; clauses and appositions on them stay out."""
    group = conjuncts(head)
    keep = {t.i for c in group for t in arg_tokens(c)}
    ids = {c.i for c in group}
    keep |= {t.i for t in head.doc[min(ids):max(ids)] if t.dep_ in ("cc", "punct", "preconj") and t.head.i in ids}
    toks = [head.doc[i] for i in sorted(keep)]
    return Argument(head, tuple(balance_quotes(toks)))


@register("such-noun-as")
def example_marker(noun: Token, prep: Token) -> bool:
    """The preposition after a noun introduces its examples: "including", "such as" ("games such as
    Tiles and Stacker") or, split round the noun, "such ... as" ("such classics as Tiles and
    Stacker", "such popular games as Tiles").

    Linguistic reason: "such N as X" is the older order of "N such as X": "such" marks the noun as a
    kind and "as" introduces members of it, so both name the same examples. The split order needs
    "as" right after the noun and "such" among the noun's own modifiers before it; "such a game as
    this" (singular, with an article) compares rather than lists, and its "as" takes no names.
    """
    if prep.dep_ != "prep" or prep.i < noun.i:
        return False
    if prep.lower_ == "including":
        return True
    if prep.lower_ != "as":
        return False
    if any(c.lower_ == "such" and c.i == prep.i - 1 for c in children(prep)):
        return True
    return (prep.i == noun.i + 1 and noun.tag_ in ("NNS", "NNPS") and "such-noun-as" not in disabled()
            and any(c.lower_ == "such" and c.dep_ in ("amod", "predet") and c.i < noun.i for c in children(noun))
            and not such_comparison(noun))


_DENYING = frozenset({"no", "not", "never"})


@register("such-comparison")
def such_comparison(noun: Token) -> bool:
    """"Nordbank has no such debts as Vexa Holdings", "not such heavy losses as Vexa": "as" compares
    with what the name has or is; it lists no examples.

    Linguistic reason: a denied "such" ("no such N", "not such N") says that nothing of the kind
    of the named one's exists here: the "as" phrase is the standard of a comparison ("as Vexa
    Holdings has"), and a kind that is denied has no members to list.
    """
    if "such-comparison" in disabled():
        return False
    start = noun.left_edge.i
    before = noun.doc[max(start - 1, noun.sent.start):noun.i]
    return any(t.lower_ in _DENYING for t in before)


@register("denied-such-subject")
def denied_such_subject(subj: Token) -> bool:
    """"No such firms as Nordbank and Vexa Holdings exist in Bergen": the graph takes no (Nordbank;
    EXIST; Bergen) from a name the parse made the clause's subject after the "as" of a denied
    "such" noun.

    Linguistic reason: in "no such N as X VERB ..." the subject is the whole phrase "no such N as
    X", whose head is the denied kind: the clause says that nothing of X's kind does the act, and
    X is the standard the kind is measured by (``such-comparison``), not a doer of the act. The
    verb's subject is "no such N", so the clause denies what it says; a name inside it gets no
    positive fact, whichever word of the phrase the parse makes the verb's subject.
    """
    if subj.pos_ == "NOUN" and any(c.lower_ == "such" for c in subj.lefts) and any(
            c.dep_ == "det" and c.lower_ == "no" for c in subj.lefts) and "denied-such-subject" not in disabled():
        return True  # (the denied kind itself, "no such firms": nothing of it exists)
    first = subj
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    at = first.left_edge.i - 1
    if at < 1 or first.doc[at].lower_ != "as" or "denied-such-subject" in disabled():
        return False
    noun = first.doc[at - 1]
    return (noun.pos_ == "NOUN" and any(c.lower_ == "such" for c in noun.lefts) and such_comparison(noun))


@register("example-possessor")
def possessor(member: Token) -> bool:
    """A name of a list that owns what the list item is: "such hopefuls as Ray and Tom Reed's drama
    Night Shift" lists a drama, not Tom Reed.

    Linguistic reason: a name with a possessive "'s" is a determiner of the noun phrase that
    follows it, not the phrase's head; the small model hangs the list's "and" on the possessor, so
    the item the list names is the phrase after it, which is no member read here.
    """
    return "example-possessor" not in disabled() and has_possessive_mark(member)


def has_possessive_mark(tok: Token) -> bool:
    """A word with a possessive "'s" ("Tom Reed's"): the determiner of the phrase after it
    (``example-possessor`` here, ``member-not-possessor`` in :mod:`kg.extract.members`)."""
    return any(c.dep_ == "case" for c in children(tok))


def examples_of(noun: Token) -> list[Token]:
    """The examples a noun gives of itself ("games such as Tiles and Stacker", "charities
    including Oxfam"), or the names a plural noun is renamed by ("three children Ida, Sven and
    Karl": a list in apposition is every member of the set): the head word of each, in order.
    None when the list names members of the clause's subject instead (:func:`subject_examples`)."""
    if subject_examples(noun):
        return []
    named = next((c for c in children(noun) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i), None)
    if noun.tag_ == "NNS" and named is not None and len(conjuncts(named)) > 1:
        return conjuncts(named)
    for prep in children(noun):
        if example_marker(noun, prep):
            pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
            return conjuncts(pobj) if pobj is not None else []
    return []


# Plural nouns of people an object can be whose members a list may name although no title
# ("met fans, including Tom Reed"): the list is the object's, never the subject's.
_PEOPLE_NOUNS = frozenset({"fan", "people", "member", "supporter", "friend", "guest", "customer", "user",
                           "worker", "staff", "voter", "viewer", "listener", "reader", "celebrity", "act"})
# Plural subjects an organisation's list may name the members of besides the kinds of firms.
_FIRM_SETS = frozenset({"rival", "competitor", "operator", "provider", "player"})


@register("including-subject")
def subject_examples(noun: Token) -> list[Token]:
    """"Many rival banks have begun to offer online accounts, including Nordbank and Vexa
    Holdings": the names are banks, not accounts; the head words of the list when it names
    members of the clause's plural subject, else none.

    Linguistic reason: a participle phrase "including X" set off by a comma after a clause names
    members of a set the clause mentions, and the set is the one the names can belong to; when
    the names are of a kind the object noun cannot be (firms are no "accounts", people no
    "goals") but the plural subject is of their kind ("banks", "ISPs", "players"), the list
    is the subject's, and the clause holds of each member: (Nordbank; offer; online accounts),
    not (banks; offer; Nordbank) nor Nordbank IS_A online account. Only a plural object of a
    verb, a comma before "including", an organisation or person first in the list and a plural
    common-noun subject of that kind (an organisation's: a kind of firm, a rival, or a capitalised
    abbreviation such as "ISPs"; a person's: a title or occupation).
    """
    if noun.dep_ != "dobj" or noun.tag_ != "NNS" or "including-subject" in disabled():
        return []  # (the cheap test first: most nouns are no plural object)
    prep = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "including"), None)
    if prep is None or prep.i < 2 or noun.doc[prep.i - 1].text != ",":
        return []
    pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "PROPN" or pobj.ent_type_ not in ("ORG", "PERSON"):
        return []
    org = pobj.ent_type_ == "ORG"
    kinds = ORG_KINDS if org else PERSON_KINDS | _PEOPLE_NOUNS
    if noun.lemma_.lower() in kinds or noun.lemma_.lower() in _FIRM_SETS:
        return []  # "signed players, including Tom Reed": the names can be the object's members
    verb, subj = noun.head, None
    while subj is None:
        subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        if subj is not None or verb.dep_ != "xcomp":
            break
        verb = verb.head  # "banks have begun to offer": the subject of the verb the object's verb completes
    if subj is None or subj.tag_ not in ("NNS", "NNPS") or subj.ent_type_:
        return []
    lemma = subj.lemma_.lower()
    if org:
        fits = lemma in ORG_KINDS or lemma in _FIRM_SETS or (subj.text[:-1].isupper() and subj.text.endswith("s"))
    else:
        fits = lemma in PERSON_KINDS
    if not fits:
        return []
    return [c for c in conjuncts(pobj) if c.pos_ == "PROPN" and not has_possessive_mark(c)]
