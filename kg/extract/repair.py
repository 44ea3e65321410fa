"""Slips of the small model's parse that every rule would otherwise read as they stand.

A repair rewrites the parse of one sentence before the graph's rules and the entity resolver read
it (:func:`repair_sentence`, called by :mod:`kg.extract` on every parsed segment), so they see the
reading a reader takes. The repairs are for the graph: names and who holds which title. The Open IE
view (``kg extract --format carb``) reads the model's parse as it is. A repair changes the parsed
``Doc`` in place: a spaCy user's own ``Doc`` too, when the ``kg_facts`` component reads it. Each
repair is named in the rule registry (:mod:`kg.extract.registry`) and can be switched off like a
rule (:func:`~kg.extract.registry.ablated`)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.registry import disabled, register
from kg.extract.repair_clauses import repair_age_as_subject
from kg.resolve.referring import PERSON_KINDS

# Endings of nouns that name people by what they do ("actress", "chairman", "singer"): no verb
# has them, except the words below, which are verbs too ("set to partner Tom Reed").
_PERSON_NOUN_ENDINGS = ("ess", "man", "woman", "er", "or", "ist", "ent", "ant", "ian")
_ALSO_VERBS = frozenset({
    "partner", "author", "father", "mother", "sponsor", "monitor", "mentor", "pioneer", "engineer",
    "volunteer", "doctor", "tutor", "founder", "master", "parent", "escort", "counsel", "consult",
    "represent", "present", "interpret", "patron",
})


def _title_read_as_verb(tok: Token) -> Token | None:
    """The name a title noun that the tagger read as an infinitive stands before: "married to
    actress Lena Holm", "went to singer Anna Holt" (``to`` + ``actress``/VB + object ``Holm``)."""
    if tok.tag_ != "VB":
        return None
    word = tok.lower_
    if word not in PERSON_KINDS or word in _ALSO_VERBS or not word.endswith(_PERSON_NOUN_ENDINGS):
        return None
    doc = tok.doc
    to = doc[tok.i - 1] if tok.i > 0 else None
    if to is None or to.lower_ != "to" or to.dep_ != "aux" or to.head.i != tok.i:
        return None
    name = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if name is None or name.left_edge.i != tok.i + 1 or len(list(tok.children)) != 2:
        return None  # only "to", the title and the name: nothing else hangs on the "verb"
    return name


@register("title-after-to")
def repair_title_after_to(sent: Span, tokens: Iterable[Token] | None = None) -> bool:
    """"Reed, who was married to actress Lena Holm, died" → "to" is a preposition and "actress"
    Lena Holm's title, not the infinitive "to actress" with object Lena Holm.

    Linguistic reason: a person noun ("actress", "chairman", "singer") is no verb; after "to" and
    before a name it is the title of the name, and "to" governs the whole title-and-name phrase.
    The small model reads such a "to" as the infinitive marker, which makes the title the
    relation ("ACTRESS") and hangs the fact on the wrong person.
    """
    changed = False
    for tok in sent if tokens is None else tokens:
        name = _title_read_as_verb(tok)
        if name is None:
            continue
        changed = True
        to, head, dep = tok.doc[tok.i - 1], tok.head, tok.dep_
        if head.i == tok.i:  # the title was the sentence's root: "to" takes its place
            to.head, to.dep_ = to, dep
        else:
            to.head, to.dep_ = head, "prep"
        to.pos_, to.tag_ = "ADP", "IN"
        name.head, name.dep_ = to, "pobj"
        tok.head, tok.dep_, tok.pos_, tok.tag_ = name, "compound", "NOUN", "NN"
    return changed


@register("capitalised-first-word")
def repair_capitalised_first_word(sent: Span) -> bool:
    """"Star of the fair will be Vexa's robot": the first word of a sentence is capitalised
    whatever it is; "Star" is a common noun here, not a name.

    Linguistic reason: a name is capitalised everywhere, a common noun only at the start of a
    sentence. A first word that the model tagged as a proper noun but marked as no entity, on its
    own (no name word next to it) and followed by "of", heads a common noun phrase ("Head of
    research", "Star of the fair"); the model's slip would make it a named node.
    """
    if len(sent) < 3:
        return False
    first, nxt = sent[0], sent[1]
    if first.pos_ == "PROPN" and not first.ent_type_ and first.is_title and nxt.lower_ == "of" and nxt.is_lower:
        first.pos_, first.tag_ = "NOUN", "NN"
        return True
    return False


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _stranded_subject(verb: Token) -> Token | None:
    """The name right before a coordinated finite verb with no subject, which the parse made one
    more member of a noun list instead: "... training in Holland and Ferguson said: ..." (``Ferguson``
    -conj-> ``Holland``, ``said`` -conj-> ``training``, no subject)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    group = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    if not (verb.tag_ in _FINITE or any(c.tag_ in _FINITE for c in group)) or not all(t.is_lower for t in (verb, *group)):
        return None  # a capitalised verb is a word of a title: "The Harbour Story and Here Comes the Tide"
    doc, start = verb.doc, min([verb.i, *(c.i for c in group)])
    name = doc[start - 1] if start > verb.sent.start else None
    if name is None or name.pos_ != "PROPN" or name.dep_ != "conj" or name.head.pos_ not in ("NOUN", "PROPN"):
        return None
    first = name.left_edge.i
    cc = doc[first - 1] if first > verb.sent.start else None
    if cc is None or cc.dep_ != "cc" or cc.lower_ not in ("and", "but") or name.head.i > first:
        return None
    member = name
    while member.dep_ == "conj" and member.head.i != member.i:
        member = member.head
    if member.dep_ == "dobj" and member.head.i == verb.head.i:
        # "accept Karl Ober, Jan Lutz and Tom Reed did not ...": the whole list is the subject
        # (kg.extract.clauses.complement_subject reads it)
        return None
    return name


@register("subject-after-and")
def repair_subject_after_and(sent: Span, tokens: Iterable[Token] | None = None) -> bool:
    """"Reed has been resting in Wales and Ferguson said: ..." → Ferguson is the subject of
    "said", not a second place Reed rests in.

    Linguistic reason: an English finite clause has its subject right before its verb group; a
    finite verb coordinated by "and" or "but" that the parse left with no subject, with a name
    right before it and the conjunction right before the name, is a new clause whose subject is
    that name. The small model hangs such a name on the last noun of the clause before, which
    makes it an object of the first verb and leaves the second (often a verb of saying) with the
    first clause's subject.
    """
    changed = False
    for verb in sent if tokens is None else tokens:
        name = _stranded_subject(verb)
        if name is None:
            continue
        cc = verb.doc[name.left_edge.i - 1]
        cc.head = verb.head
        name.head, name.dep_ = verb, "nsubj"
        changed = True
    return changed


# Verbs of a result whose object is the side beaten: "beat Chelsea 2-1", "edged Leeds 1-0".
RESULT_VERBS = frozenset({"beat", "defeat", "thrash", "edge", "hammer", "rout", "crush", "overcome",
                          "outclass", "outplay", "stun", "down", "whip", "trounce", "overpower"})


def _score_after(name: Token) -> list[Token]:
    """The tokens of a score right after a name ("Chelsea 2 - 1", "Henman 6-4"), or none."""
    doc, i = name.doc, name.i + 1
    if i + 2 < len(doc) and doc[i].like_num and doc[i + 1].text in ("-", "–") and doc[i + 2].like_num:
        return list(doc[i:i + 3])
    if i < len(doc) and all(part.isdigit() for part in doc[i].text.replace("–", "-").split("-")) and "-" in doc[i].text:
        return [doc[i]]
    return []


@register("score-after-opponent")
def repair_score_after_opponent(sent: Span, tokens: Iterable[Token] | None = None) -> bool:
    """"Arsenal beat Chelsea 2-1 at Highbury" → Chelsea is the object of "beat" and no part of
    the name; the score is the score.

    Linguistic reason: a verb of a result ("beat", "thrash", "edge") takes the side beaten as its
    object, and the score after it is a measure phrase of the result. The small model may read the
    name and the score as one adverbial ("Chelsea 2-1", tagged as one organisation), which leaves
    the verb with no object: the next phrase ("at Highbury") would become what was beaten.
    """
    doc, changed = sent.doc, False
    for verb in sent if tokens is None else tokens:
        if verb.lemma_ not in RESULT_VERBS or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        name = next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > verb.i), None)
        score = _score_after(name) if name is not None else []
        if name is None or not score:
            continue
        name.dep_, changed = "dobj", True
        ent = next((e for e in doc.ents if e.start <= name.i < e.end), None)
        if ent is not None and ent.end > name.i + 1:
            doc.ents = [e if e.start != ent.start else Span(doc, ent.start, name.i + 1, label=ent.label_) for e in doc.ents]
    return changed


# Particles the model may read as a modifier of the object after the verb: "buy back shares".
_PARTICLES_READ_AS_MODIFIERS = frozenset({"back"})


@register("particle-before-object")
def repair_particle_before_object(sent: Span, tokens: Iterable[Token] | None = None) -> bool:
    """"Nordbank will buy back shares" → "back" is the particle of "buy back", not a modifier of
    "shares" ("back shares").

    Linguistic reason: "back" right after a verb and before its object is the verb's particle
    ("buy back", "pay back", "win back"): an adjective "back" is a place ("the back door") and
    comes after a determiner, never straight after the verb with the object's determiner still
    to come. The small model hangs it on the object, which makes the object "back shares" and
    types the fact by "buy" alone.
    """
    changed = False
    for tok in sent if tokens is None else tokens:
        verb = tok.doc[tok.i - 1] if tok.i > sent.start else None
        if (verb is None or tok.lower_ not in _PARTICLES_READ_AS_MODIFIERS or tok.dep_ != "amod"
                or verb.pos_ != "VERB" or tok.head.dep_ != "dobj" or tok.head.head.i != verb.i):
            continue
        tok.head, tok.dep_, tok.pos_, tok.tag_ = verb, "prt", "ADP", "RP"
        changed = True
    return changed


# Adverb particles the model reads as a modifier of their verb when a score stands after them
# ("went down 6-3 6-4 to", "crashed out 2-1 to", "held off 3-2").
_PARTICLES_BEFORE_SCORE = frozenset({"down", "out", "up", "off", "through"})
_SCORE_PUNCT = frozenset({"-", "–", "(", ")", ","})


def _is_score_word(text: str) -> bool:
    """One word that is a score: "6-3", "2–1"."""
    parts = text.replace("–", "-").split("-")
    return len(parts) == 2 and all(p.isdigit() for p in parts)


def _score_phrase(particle: Token, verb: Token) -> list[Token]:
    """The words of the score or measure right after ``particle`` ("6-3 6-4", "(2-1)", "3%"):
    numbers, their dashes and brackets, and nouns of measure that hang on the verb or the
    particle as a noun-phrase adverbial whose words are all numbers; none if the next word is
    something else."""
    doc, i, words = particle.doc, particle.i + 1, []
    end = particle.sent.end
    while i < end:
        tok = doc[i]
        if tok.like_num or _is_score_word(tok.text) or (tok.text in _SCORE_PUNCT and tok.dep_ == "punct"):
            words.append(tok)
        elif (tok.dep_ == "npadvmod" and tok.head.i in (verb.i, particle.i) and tok.left_edge.i > particle.i
              and all(t.like_num or t.text in _SCORE_PUNCT or t.i == tok.i for t in tok.subtree)):
            words.append(tok)  # "3%", "10 points": a measure noun after its number
        else:
            break
        i += 1
    if not any(t.like_num or _is_score_word(t.text) for t in words):
        return []
    if not all(t.head.i in (verb.i, particle.i) or t.head in words for t in words):
        return []  # the numbers hang on a later word ("down 3 places"): no score of the verb
    return words


@register("particle-before-score")
def repair_particle_before_score(sent: Span, tokens: Iterable[Token] | None = None) -> bool:
    """"Tom Reed went down 6-3 6-4 to Jon Dahl" → "down" is the particle of "go down", which
    the score after it does not part from its verb.

    Linguistic reason: a phrasal verb keeps its particle right after it ("went down", "crashed
    out", "held off"), and a score or measure is an adverbial of the whole verb that may stand
    between the particle and what follows ("went down 6-3 to X", "went up 3% to"); the particle
    still belongs to the verb. The small model reads the particle as an adverb when a number
    follows it, which drops it from the relation: "go to Jon Dahl" instead of "go down to".
    Only a particle right after its verb, with nothing hung on it but the score, is read so.
    """
    changed = False
    for tok in sent if tokens is None else tokens:
        if tok.dep_ != "advmod" or tok.lower_ not in _PARTICLES_BEFORE_SCORE or tok.i == sent.start:
            continue
        verb = tok.doc[tok.i - 1]
        if verb.pos_ != "VERB" or tok.head.i != verb.i or any(c.dep_ == "prt" for c in verb.children):
            continue
        score = _score_phrase(tok, verb)
        if not score or any(c not in score for c in tok.children):
            continue
        for word in score:
            if word.head.i == tok.i:
                word.head = verb
        tok.dep_, tok.pos_, tok.tag_ = "prt", "ADP", "RP"
        changed = True
    return changed


# Verbs whose "out" after the object is the particle of putting or keeping it out ("ruled Jon Dahl
# out of the final", "knocked Bergen out of the cup", "voted him out of office"); after other verbs
# "out of" gives a source or a material and the verb keeps its plain sense ("made a profit out of
# the sale", "paid the fine out of his own pocket", "built a career out of comedy").
_OUT_OF_PHRASALS = frozenset({"rule", "knock", "keep", "leave", "kick", "vote", "force", "freeze", "price",
                              "squeeze", "shut", "lock", "throw", "drive", "push", "cut", "count", "talk"})


@register("particle-after-object")
def repair_particle_after_object(sent: Span, tokens: Iterable[Token] | None = None) -> bool:
    """"An injury ruled Jon Dahl out of the final" → "out" is the particle of "rule out", which
    its object has parted from its verb, not a preposition of place ("out of the final").

    Linguistic reason: a transitive phrasal verb may put its object between the verb and the
    particle ("ruled Jon Dahl out", "knocked Bergen out of the cup"), and must when the object is
    a pronoun ("ruled him out"); "out of Y" after it says what the object is kept from, while the
    verb keeps its phrasal sense (rule out = exclude, knock out = eliminate). The small model reads
    "out" after the object as a preposition heading "of", which drops the particle from the
    relation and types the fact by the bare verb ("rule": to govern). Only "out" right after the
    verb's direct object (its apposition included), with nothing hung on it but "of", and a verb
    with no particle of its own, of putting or keeping out (``_OUT_OF_PHRASALS``: "made a profit
    out of the sale" keeps MAKE); not after a dash or a conjunction ("a fee of £6m - out of a
    total", "time travelling and out of the office": "out of" then starts a phrase of its own).
    """
    changed = False
    for tok in sent if tokens is None else tokens:
        if tok.lower_ != "out" or tok.dep_ not in ("prep", "advmod"):
            continue
        verb, before = tok.head, tok.doc[tok.i - 1]
        if verb.dep_ == "appos" and verb.head.dep_ == "dobj" and before.text == ",":
            verb = verb.head.head  # "ruled Anna Berg, the champion, out of": hung on the apposition
        if (verb.pos_ != "VERB" or verb.i > tok.i or verb.lemma_.lower() not in _OUT_OF_PHRASALS
                or any(c.dep_ == "prt" for c in verb.children)):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
        if (obj is None or any(c.lower_ != "of" for c in tok.children)
                or max(t.i for t in obj.subtree if t.i < tok.i) + 1 != tok.i):
            continue
        if before.dep_ == "cc" or (before.is_punct and not (
                before.text == "," and any(c.dep_ == "appos" for c in obj.children))):
            continue  # "a fee of £6m - out of a total of £21m", "time travelling and out of the office"
        tok.head, tok.dep_, tok.pos_, tok.tag_ = verb, "prt", "ADP", "RP"
        changed = True
    return changed


def _unclosed_apposition(verb: Token) -> tuple[Token, Token] | None:
    """The title and the name that are both the verb's subjects, the name right after the title
    and a comma ("Norway's sporting director, Lars Holm is confident")."""
    if verb.n_lefts < 2:
        return None  # (asked of every word: two subjects before it are two left children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2:
        return None
    title, name = subjects
    doc = verb.doc
    if (title.pos_ != "NOUN" or title.lemma_.lower() not in PERSON_KINDS or doc[title.i + 1].text != ","
            or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.left_edge.i != title.i + 2):
        return None
    return title, name


@register("apposition-unclosed")
def repair_unclosed_apposition(sent: Span, tokens: Iterable[Token] | None = None) -> bool:
    """"Norway's sporting director, Lars Holm is confident" → Lars Holm is in apposition to the
    title, which the writer left without its closing comma.

    Linguistic reason: a clause has one subject; a person noun, a comma and a name right after
    it, both read as subjects of one verb, are one noun phrase, the name restating the title (as
    "the director, Lars Holm, is confident" would be parsed). The small model hangs both on the
    verb, which leaves the title and the name apart and the role unread.
    """
    return _appose(sent if tokens is None else tokens, _unclosed_apposition)


def _appose(verbs: Iterable[Token], find: Callable[[Token], tuple[Token, Token] | None]) -> bool:
    """Hang each name ``find`` pairs with a title under the title as its apposition."""
    changed = False
    for verb in verbs:
        found = find(verb)
        if found is not None:
            title, name = found
            name.head, name.dep_ = title, "appos"
            changed = True
    return changed


def _title_beside_name(verb: Token) -> tuple[Token, Token] | None:
    """A person noun and the name right after it (no comma), both read as the verb's subjects
    ("Jonas' lawyer Tom Reed told the court")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2:
        return None
    title, name = subjects
    if (title.pos_ != "NOUN" or title.tag_ != "NN" or title.lemma_.lower() not in PERSON_KINDS
            or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.left_edge.i != title.i + 1
            or any(c.dep_ in ("cc", "conj", "relcl", "acl") for c in (*title.children, *name.children))):
        return None
    return title, name


@register("title-beside-name")
def repair_title_beside_name(sent: Span, tokens: Iterable[Token] | None = None) -> bool:
    """"Jonas' lawyer Tom Reed told the court" → Tom Reed is the lawyer: one subject, the name
    restating the title.

    Linguistic reason: a clause has one subject; a singular person noun with a name right after
    it, no comma or conjunction between, is one noun phrase whose name says who holds the title
    (a close apposition, "the lawyer Tom Reed"). The small model sometimes hangs both on the verb,
    which leaves the title and the name apart and the role unread; hung as an apposition, the
    name is read as the parse of "Nordbank's lawyer Tom Reed said" is.
    """
    return _appose(sent if tokens is None else tokens, _title_beside_name)


# The repairs, in the order they run, each with the words it can change: its first test of a word
# asks what no repair ever sets (a tag VB, a lemma, a lower-case form) or what the parse had before
# any repair changed the sentence (a dependency, a head), so a word the test finds in the parse's
# arrays is every word the repair would act on (None: the repair reads the sentence's first words).
_Candidates = Callable[["_Arrays", int, int], Sequence[int]]


_VB, _CONJ, _NSUBJ = get_string_id("VB"), get_string_id("conj"), get_string_id("nsubj")
_RESULT_LEMMAS = frozenset(get_string_id(w) for w in RESULT_VERBS)
_PARTICLES = frozenset(get_string_id(w) for w in _PARTICLES_READ_AS_MODIFIERS)
_SCORE_PARTICLES = frozenset(get_string_id(w) for w in _PARTICLES_BEFORE_SCORE)
_OLD = get_string_id("old")
_OUT = get_string_id("out")  # (the one particle particle-after-object reads)


class _Arrays:
    """The words of a parsed ``Doc`` each repair looks for, in order, from its tags, dependencies,
    lemmas, lower-case forms and heads read at once (``Doc.to_array``; ids of the strings)."""

    def __init__(self, doc: Doc) -> None:
        self.vb: list[int] = []
        self.conj: list[int] = []
        self.result: list[int] = []
        self.particle: list[int] = []
        self.score_particle: list[int] = []
        self.out: list[int] = []
        self.old: list[int] = []
        subjects: Counter[int] = Counter()  # heads of nsubj words, for the repairs of two subjects
        for i, (tag, dep, lemma, lower, head) in enumerate(doc.to_array([TAG, DEP, LEMMA, LOWER, HEAD]).tolist()):
            if tag == _VB:
                self.vb.append(i)
            if dep == _CONJ:
                self.conj.append(i)
            elif dep == _NSUBJ:
                subjects[i + (head - (1 << 64) if head >= 1 << 63 else head)] += 1  # HEAD: an offset, as uint64
            if lower == _OUT:
                self.out.append(i)
            if lemma in _RESULT_LEMMAS:
                self.result.append(i)
            if lower in _PARTICLES:
                self.particle.append(i)
            elif lower in _SCORE_PARTICLES:
                self.score_particle.append(i)
            elif lower == _OLD:
                self.old.append(i)
        self.two_subjects = sorted(i for i, n in subjects.items() if n >= 2)


def _within(found: list[int], start: int, end: int) -> list[int]:
    return found[bisect_left(found, start):bisect_left(found, end)]


_REPAIRS: list[tuple[str, Callable[..., bool], _Candidates | None]] = [
    ("title-after-to", repair_title_after_to, lambda a, s, e: _within(a.vb, s, e)),
    ("age-as-subject", repair_age_as_subject, lambda a, s, e: _within(a.old, s, e)),
    ("capitalised-first-word", repair_capitalised_first_word, None),
    ("subject-after-and", repair_subject_after_and, lambda a, s, e: _within(a.conj, s, e)),
    ("score-after-opponent", repair_score_after_opponent, lambda a, s, e: _within(a.result, s, e)),
    ("particle-before-object", repair_particle_before_object, lambda a, s, e: _within(a.particle, s, e)),
    ("particle-before-score", repair_particle_before_score, lambda a, s, e: _within(a.score_particle, s, e)),
    ("particle-after-object", repair_particle_after_object, lambda a, s, e: _within(a.out, s, e)),
    ("apposition-unclosed", repair_unclosed_apposition, lambda a, s, e: _within(a.two_subjects, s, e)),
    ("title-beside-name", repair_title_beside_name, lambda a, s, e: _within(a.two_subjects, s, e)),
]


def repair_parse(doc: Doc) -> None:
    """Every repair not switched off, on every sentence of ``doc`` in turn (in place), as
    :func:`repair_sentence` on each sentence does. A repair walks only the words its first test
    can hold for (:class:`_Arrays`); in a sentence a repair has changed, the repairs after it walk
    every word, since the parse they read is no longer the one the arrays were read from."""
    off = disabled()
    arrays = _Arrays(doc)
    for sent in doc.sents:
        start, end, changed = sent.start, sent.end, False
        for name, repair, candidates in _REPAIRS:
            if name in off:
                continue
            if candidates is None:
                changed |= repair(sent)
            elif changed:
                changed |= repair(sent, None)
            else:
                found = candidates(arrays, start, end)
                if found:
                    changed |= repair(sent, [doc[i] for i in found])


def repair_sentence(sent: Span) -> None:
    """Every repair not switched off, on one sentence (in place)."""
    off = disabled()
    if "title-after-to" not in off:
        repair_title_after_to(sent)
    if "age-as-subject" not in off:
        repair_age_as_subject(sent)
    if "capitalised-first-word" not in off:
        repair_capitalised_first_word(sent)
    if "subject-after-and" not in off:
        repair_subject_after_and(sent)
    if "score-after-opponent" not in off:
        repair_score_after_opponent(sent)
    if "particle-before-object" not in off:
        repair_particle_before_object(sent)
    if "particle-before-score" not in off:
        repair_particle_before_score(sent)
    if "particle-after-object" not in off:
        repair_particle_after_object(sent)
    if "apposition-unclosed" not in off:
        repair_unclosed_apposition(sent)
    if "title-beside-name" not in off:
        repair_title_beside_name(sent)
