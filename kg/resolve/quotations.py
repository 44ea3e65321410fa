"""Direct quotations: who says one, and whether a word is inside one (for references)."""

from __future__ import annotations

from itertools import accumulate

from spacy.attrs import ORTH, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.registry import disabled, register
from kg.model import Entity
from kg.resolve.spans import entity_at

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Quotation marks as the tokenizer leaves them, and the verbs that introduce a direct quotation.
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
SAYING = frozenset({"say", "add", "tell", "insist", "explain", "claim", "warn", "admit", "argue", "stress",
                    "state", "reply", "write", "comment", "continue", "told"})
_QUOTE_IDS = frozenset(get_string_id(mark) for mark in QUOTE_MARKS)


def in_quotation(tok: Token) -> bool:
    """Inside a direct quotation: after an odd number of quotation marks in its paragraph (a mark
    that opens the quotation again counted twice: :func:`reopened_quotation`)."""
    return _marks_before(tok.doc)[tok.i] % 2 == 1


def quoted_anywhere(sent: Span) -> bool:
    """Some word of ``sent`` is inside a direct quotation (:func:`in_quotation`): a quotation runs
    into it, or it holds a quotation mark (counted, without a ``Token`` for each word)."""
    counts = _marks_before(sent.doc)
    return counts[sent.start] % 2 == 1 or counts[sent.end] != counts[sent.start]


# The paragraphs asked about last, by id (a reference and its antecedents are in different
# paragraphs, so one remembered paragraph was counted again at every turn).
_counted: dict[int, tuple[Doc, bool, list[int]]] = {}
_COUNTED_MAX = 64
_SENTENCE_ENDS = frozenset(get_string_id(p) for p in (".", "?", "!"))


def _marks_before(doc: Doc) -> list[int]:
    """How many quotation marks come before each token of ``doc`` (counted once a paragraph: the
    references ask about one paragraph many times, and counting each time was quadratic); a mark
    that opens a quotation while one is open counts twice (:func:`reopened_quotation`)."""
    reopen = "reopened-quotation" not in disabled()
    known = _counted.get(id(doc))
    if known is None or known[0] is not doc or known[1] != reopen:  # (forms read as arrays: no Token for each word)
        rows = doc.to_array([ORTH, SPACY]).tolist()
        plain = list(accumulate((orth in _QUOTE_IDS for orth, _ in rows), initial=0))
        counts = _reopened_counts(rows) if reopen and plain[-1] > 1 else plain
        if len(_counted) >= _COUNTED_MAX:
            _counted.clear()
        known = _counted[id(doc)] = (doc, reopen, counts if counts[-1] % 2 == 0 else plain)
    return known[2]


def _reopened_counts(rows: list[list[int]]) -> list[int]:
    """The marks before each token, a mark that opens a quotation again counted twice (kept only
    when that leaves the paragraph's quotations all closed: a paragraph that still ends inside
    one lost a closing mark somewhere, or goes on into the next, and is counted as it was)."""
    counts = [0]
    for i, (orth, _) in enumerate(rows):
        step = int(orth in _QUOTE_IDS)
        if step and counts[-1] % 2 == 1 and reopened_quotation(rows, i):
            step = 2
        counts.append(counts[-1] + step)
    return counts


@register("reopened-quotation")
def reopened_quotation(rows: list[list[int]], i: int) -> bool:
    """'"Sales are up," said Tom Reed. "We sold more ships. "Next year the yard will grow."': the
    mark before "Next", inside the quotation that "We" opened, opens the quotation again; it
    does not close it. ``rows`` are a paragraph's (form id, followed by a space) and ``i`` a
    quotation mark's index, asked only while a quotation is open.

    Linguistic reason: English prints a quotation that runs on over paragraphs with no closing
    mark at the end of each paragraph and an opening mark at the start of the next; where the
    text joins the paragraphs into one (as news feeds do), that opening mark comes after the end
    of a sentence, a space before it and the word it opens straight after it, the shape of a mark
    that opens, never of one that closes ("... grow." he said). Counted as one more mark, it
    turned every word after it inside out: the rest of the quotation read as the narrator's, and
    the narrator's words after it as quoted.
    """
    if i < 1 or i + 1 >= len(rows):
        return False
    before, mark, after = rows[i - 1], rows[i], rows[i + 1]
    return (before[0] in _SENTENCE_ENDS and bool(before[1]) and not mark[1]
            and after[0] not in _QUOTE_IDS and after[0] not in _SENTENCE_ENDS)


def quote_speaker(tok: Token) -> Token | None:
    """Who says the quotation ``tok`` is in: the subject of a verb of saying outside the quotation
    in the same sentence ('"...," Wenger said', 'Lightbody said: "..."'), or None.

    Linguistic reason: a speaker calls themself "I"; a "he" or "she" in their own quotation is
    someone else ('"He is the best striker in the world," said Wenger' is not about Wenger).
    """
    if not in_quotation(tok):
        return None
    for verb in tok.sent:
        quoted = quoted_as_saying(verb)
        if quoted is not None and not in_quotation(quoted) and not in_quotation(verb):
            return quoted
        if verb.lemma_ in SAYING and verb.pos_ == "VERB" and not in_quotation(verb):
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and not in_quotation(subject):
                return subject
    return None


# Where the sentence-by-sentence reading (kg.extract.speech) notes the speaker of a quoted sentence
# that names none of its own: in the Doc's user data, under the key and the sentence's start, the
# speaker's index.
_SPEAKER_KEY = "kg.quotation_speaker"


def note_speaker(sent: Span, speaker: Token) -> None:
    """Note that the quotation ``sent`` is in is ``speaker``'s (a word of the same paragraph)."""
    if speaker.doc is sent.doc:
        sent.doc.user_data[f"{_SPEAKER_KEY}:{sent.start}"] = speaker.i


def speaker_of_quotation(tok: Token) -> Token | None:
    """Who says the quotation ``tok`` is in: :func:`quote_speaker`, else the speaker that the
    sentences before or after named for the quotation its sentence is in (:func:`note_speaker`)."""
    speaker = quote_speaker(tok)
    if speaker is not None or not in_quotation(tok):
        return speaker
    at = tok.doc.user_data.get(f"{_SPEAKER_KEY}:{tok.sent.start}")
    return tok.doc[at] if isinstance(at, int) else None


def closing_speaker(sent: Span) -> Token | None:
    """'"Sales are up. We sold more ships," said Tom Reed': who says the quotation still open at
    the end of ``sent``, named in the sentence where it closes (its speaker, :func:`quote_speaker`,
    of the last word inside it), or None (it closes in no later sentence of the paragraph)."""
    doc = sent.doc
    counts = _marks_before(doc)
    if counts[sent.end] % 2 == 0:
        return None
    close = next((i for i in range(sent.end, len(doc)) if counts[i + 1] % 2 == 0), None)
    if close is None or close == 0:
        return None
    return quote_speaker(doc[close - 1])


def quoted_as_saying(verb: Token) -> Token | None:
    """Who "quoted X as saying" says was speaking: X, the object of "quote", or None.

    Linguistic reason: in "the agency quoted Tom Reed as saying ...", the words are Reed's; the
    subject of "quote" only passes them on (the "as" phrase predicates the saying of the object).
    """
    if verb.lemma_ != "quote" or verb.pos_ != "VERB":
        return None
    quoted = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    as_saying = any(c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_ == "say" for g in c.children)
                    for c in verb.children)
    return quoted if as_saying else None


def says_quotation(tok: Token) -> bool:
    """The reference is the subject of a verb of saying, outside a quotation in its sentence."""
    verb = tok.head
    return (tok.dep_ in SUBJECT_DEPS and verb.lemma_ in SAYING and not in_quotation(tok)
            and any(t.text in QUOTE_MARKS for t in tok.sent))


def names_speaker(speaker: Token, entity: Entity) -> bool:
    """The speaker's name is (a part of) the entity's: "Wenger" and Arsene Wenger; for a speaker
    that is a title with its name beside it ("said Ireland coach Eddie O'Sullivan", the parse's
    subject "coach"), that name (:func:`titled_speaker`)."""
    ent = entity_at(speaker)
    if ent is None and (named := titled_speaker(speaker)) is not None:
        ent = entity_at(named)
    words = set((ent.text if ent is not None else speaker.text).split()) - {"Mr", "Mrs", "Ms", "Dr"}
    return bool(words) and any(words <= set(name.split()) for name in (entity.name, *entity.aliases))


@register("titled-speaker")
def titled_speaker(speaker: Token) -> Token | None:
    """'"He should be fine," said Nordvik coach Tom Reed': the name beside a speaker that the parse
    made a title noun ("coach", with "Tom Reed" its apposition; not "Nordvik", a compound before
    it, which says where the title is held), or None.

    Linguistic reason: "coach Tom Reed" is one noun phrase naming one person, whichever word the
    parser made its head; the speaker of the quotation is that person, so a "he" inside the
    quotation is not Tom Reed, as it would not be had the parse made the name the head.
    """
    if "titled-speaker" in disabled() or speaker.pos_ != "NOUN":
        return None
    return next((c for c in speaker.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and entity_at(c) is not None), None)


# Entities that are a time or an amount: when or how much, never what a statement is about.
_NO_TOPIC_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _object_of(head: Token, deps: tuple[str, ...], skip: str = "") -> Token | None:
    """The first noun ``head`` governs with one of ``deps`` (through a preposition for "pobj", not
    the preposition ``skip``)."""
    for c in head.children:
        through = c.dep_ == "prep" and c.lower_ != skip
        found = [c] if c.dep_ in deps else [g for g in c.children if g.dep_ in deps] if through else []
        for tok in found:
            if tok.ent_type_ not in _NO_TOPIC_TYPES and (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and _determined(tok))):
                return tok
    return None


def _determined(noun: Token) -> bool:
    """A common noun with a word that picks out which ("the sale", "our plans", "new rules"): a
    bare one is most often a part of an idiom or an adverb ("take part", "at home", "in terms of")."""
    return any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)


@register("pronoun-clause-topic")
def pronoun_clause_topic(clause: Token) -> Token | None:
    """'"We are pleased with the sale of the Bergen yard," said Tom Reed', '"We want to keep Jon
    Dahl," Reed said', '"It was all about the harbour," he said': a reported clause whose subject
    is a pronoun, with no noun as its object, is about the noun its predicate is about, the topic
    of the statement fact (``Tom Reed SAY sale``): the object of the preposition of its adjective
    ("pleased with", "sceptical of"), the object of the verb its adjective or verb governs
    ("happy to support", "want to keep", "have to deal with"), or what "be about" names.

    Linguistic reason: a pronoun subject ("I", "we", "it") names nothing the statement is about;
    the predicate does, and where it is an adjective, or a verb that governs another, its
    complement's object is what the speaker talks about. A preposition of the clause's own verb
    ("in spite of", "at this stage", "as a result", "on a high") is an adjunct of when, where or
    how, not what was said, and a time or an amount is never a topic.
    """
    if not any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" for c in clause.children):
        return None
    # (switched off, this rule leaves pronoun-clause-argument its own say: each is ablated alone)
    topic = None if "pronoun-clause-topic" in disabled() else _predicate_topic(clause)
    return topic or pronoun_clause_argument(clause)


def _predicate_topic(clause: Token) -> Token | None:
    """What the predicate of a pronoun clause governs (:func:`pronoun_clause_topic`)."""
    for c in (c for c in clause.children if c.i > clause.i):
        if c.dep_ == "prep" and c.lower_ == "about" and clause.lemma_ == "be":
            return next((t for t in c.subtree if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")), None)
        if c.dep_ == "acomp":  # (not "in": "pleased in terms of" is how, not what)
            found = _object_of(c, ("pobj",), skip="in") or _complement_object(c)
            if found is not None:
                return found
        if c.dep_ == "xcomp":
            return _complement_object(clause)
    return None


# Words that stand for what their "of" or "about" phrase names: "nothing short of victory",
# "many of the government's demands", "we knew nothing about Jon Dahl".
_STAND_INS = frozenset({"nothing", "something", "anything", "everything", "none", "many", "much", "few", "couple",
                        "number", "lot", "lots"})
# Subordinate clauses that give the reason for what a clause says ("we can't comment because we
# were not present at the hearing"); "since" and "as" are as often a time or a capacity ("lucky as an
# artist"), and "like" a likeness ("it feels like we've turned a page", an idiom as often as not).
_REASON_MARKS = frozenset({"because"})
# Prepositions an adjective takes for what it is about ("outraged at", "difficult for", "proud
# of"); "as", "on" or "in" after it are most often a capacity or a time ("lucky as an artist",
# "strange on international days").
_ADJECTIVE_PREPS = frozenset({"at", "for", "of", "to", "with", "about", "by"})
# The speaker's own pronouns: "I was shocked by the verdict" is about the verdict, but "he was
# loved by the public" about him, whom the statement's clause does not name.
_FIRST_PERSON = frozenset({"i", "we"})


@register("pronoun-clause-argument")
def pronoun_clause_argument(clause: Token) -> Token | None:
    """'"We knew nothing about Jon Dahl," said Tom Reed', '"We will meet with the owners of
    Nordbank," said Reed', '"I was shocked by the verdict," Reed said', '"We can't comment
    because we were not present at the hearing," said Reed': a reported clause whose subject is a pronoun,
    and whose predicate governs no object (:func:`pronoun_clause_topic`), is about the noun that a
    word standing in for a phrase names ("nothing about", "many of", "nothing short of"), the
    object of "about" or "with" on its verb or adjective, or of the "by" of a passive whose
    subject is the speaker ("I", "we"), or, failing those, the noun a clause of reason joined to
    it names (its subject or object, or what its predicate governs).

    Linguistic reason: "about" marks what something is about, "with" whom or what it is done
    with, and the "by" of a passive its agent: arguments of the verb, not circumstances, unlike
    "at", "in", "on" or "for" ("at this stage", "in the end", "on Tuesday", "for a long time"),
    which stay out ("he was loved by the public" is about him, whom a pronoun names, not the
    public). "Nothing", "many" or "a couple" stand for what their phrase names. A clause with
    nothing it names but a reason ("because ...") is about what that names; "like" is left out
    ("it feels like we have turned a page" is an idiom as often as not). A clause that names
    nothing at all ('"I am so happy," she said') gives no statement: an adjective or a feeling is
    no entity a reader would follow.
    """
    if "pronoun-clause-argument" in disabled():
        return None
    found = _stand_in_object(clause) or _argument_object(clause)
    if found is not None:
        return found
    for sub in clause.children:
        if (sub.dep_ == "advcl" and sub.pos_ in ("VERB", "AUX")
                and any(m.dep_ == "mark" and m.lower_ in _REASON_MARKS for m in sub.children)):
            found = next((c for c in sub.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
                          and _topic_noun(c)), None)
            if found is None and any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" for c in sub.children):
                found = _predicate_topic(sub) or _stand_in_object(sub) or _argument_object(sub)
            return found
    return None


def _topic_noun(tok: Token, bare: bool = False) -> bool:
    """A name, or a common noun that is no part of an idiom (``bare``: any common noun), and no
    time or amount."""
    return tok.ent_type_ not in _NO_TOPIC_TYPES and (
        tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and (bare or _determined(tok))))


def _stand_in_object(clause: Token) -> Token | None:
    """The noun a pronoun or a quantity subject or object of ``clause`` stands for: the object of
    its "of" or "about" ("nothing about Jon Dahl", "nothing short of victory")."""
    for c in clause.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in _STAND_INS:
            for head in (c, *(a for a in c.children if a.dep_ == "amod")):
                for prep in head.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("of", "about"):
                        found = next((p for p in prep.children if p.dep_ == "pobj" and _topic_noun(p, bare=True)), None)
                        if found is not None:
                            return found
    return None


def _argument_object(clause: Token) -> Token | None:
    """The object of "about", of the passive's "by" (the agent) or of "with", on the clause's verb
    or its adjective, in that order; and the preposition after "be"'s adjective that the parse
    hangs on "be" ("I am outraged at the hypocrisy"), if an adjective takes it for its object."""
    adjectives = [c for c in clause.children if c.dep_ == "acomp"]
    preps = [p for h in (clause, *adjectives) for p in h.children if p.dep_ in ("prep", "agent")]
    first_person = any(c.dep_ in SUBJECT_DEPS and c.lower_ in _FIRST_PERSON for c in clause.children)
    ranked = [p for want in ("about", "by", "with") for p in preps if p.lower_ == want
              and (want != "by" or (p.dep_ == "agent" and first_person))]
    if clause.lemma_ == "be":
        ranked += [p for a in adjectives for p in clause.children
                   if p.dep_ == "prep" and p.i == a.right_edge.i + 1 and p.lower_ in _ADJECTIVE_PREPS]
    for prep in ranked:
        found = next((p for p in prep.children if p.dep_ == "pobj" and _topic_noun(p)), None)
        if found is not None:
            return found
    return None


def _complement_object(head: Token) -> Token | None:
    """The object of the verb ``head`` governs ("to support the cause", "to deal with the issues"),
    through verbs that govern another ("going to have to verify"): its direct object, else, when it
    has none, the object of its first preposition."""
    verb = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    while verb is not None:
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return _object_of(verb, ("dobj",)) if not any(c.dep_ == "dative" for c in verb.children) else None
        deeper = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if deeper is None:  # (a verb with a particle, "get off to", is an idiom: its preposition is no object's)
            return None if any(c.dep_ == "prt" for c in verb.children) else _object_of(verb, ("pobj",))
        verb = deeper
    return None
