"""Names a misparse puts in an argument slot that the sentence gives to another word, and phrases
whose fact the plain reading would turn around (issue #13, round 16: precision on unseen news).

- "pushed a Nordvik shot wide", "lost his Halden starting place": the name is a modifier of the
  noun after it, which the parse took for a verb; the graph takes no (Tom Reed; PUSH; Nordvik)
  (rule ``name-as-modifier``);
- "Nordvik striker picked for Halden", "Tom Reed urged to stay" (a headline): the past participle
  is a passive with its "is" left out, as headlines write it; the graph takes no active reading
  (Tom Reed; PICK; Halden) (rule ``headline-participle``);
- "Vexa is preparing the Zephyr 2, codenamed Aurora, for May", "Nordbank is studying claims Vexa
  staff copied its designs": a past form the parse coordinated with the main verb, with no "and",
  describes the noun before it or heads a clause of its own; the graph takes no (Vexa; CODENAME;
  Aurora) (rule ``participle-as-verb``); a naming participle set off by a comma ("Nordbank,
  dubbed the Iron Bank, lost money") is a passive relative on the noun before it: no (Nordbank;
  DUB; Iron Bank) (rule ``set-off-naming-participle``).

- "Anna Berg released her debut hit Winter Rain": a word of a verb's form right after a noun, with
  no "and", comma or subject before it, is the head noun of the phrase, which the tagger read as a
  verb; the graph takes no (Anna Berg; HIT; Winter Rain) (rule ``noun-read-as-verb``);
- "ended Tom Reed and Jon Dahl's hopes": the possessive closes the whole list, whose names own
  the noun after it; the graph takes no (...; END; Tom Reed) (rule ``group-possessive``);
- 'Tom Reed added: "Jon Dahl will benefit from the rest."': the name after the colon is the
  subject of the words said; the graph takes no (Tom Reed; ADD; Jon Dahl) (rule ``quoted-subject``);
- "Nordbank denied reports it will buy Vexa": the clause of a noun of claim or belief says what
  is claimed, not what happened; its fact keeps the noun as its modality, (Nordbank; ACQUIRE
  {modality: report}; Vexa), as "is expected to buy" keeps "expect" (rule ``claimed-clause``);
- "Nordvik can cope without Tom Reed": the relation keeps "without", (Nordvik; COPE_WITHOUT; Tom
  Reed), not (Nordvik; COPE; Tom Reed) (rule ``without-object``);
- "Tom Reed retired after the Nordic Games": a named event after "after" or "before" says when;
  the graph takes no (Tom Reed; RETIRE; Nordic Games) (rule ``event-time``).

All are graph-only (the proposition's ``graph`` flag): CaRB's Open IE view keeps the parse's
reading, so ``kg extract --format carb`` is unchanged.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.clauses import REPORTING
from kg.extract.reading import children, holding
from kg.extract.registry import disabled, register
from kg.resolve.kinds import PERSON_KINDS

# Determiners that cannot stand before a bare personal or company name: an article ("a Nordvik
# shot") or a possessive pronoun ("his Halden place"). "the" can ("the Netherlands", "the BBC").
_MODIFIER_DETERMINERS = frozenset({"a", "an", "his", "her", "its", "their", "my", "our", "your"})
# A name of one of these kinds may take "a"/"an" as a kind word does ("an Israeli", "a Briton"),
# and stands alone then; a date or number is no name.
_KIND_TYPES = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


@register("name-as-modifier")
def name_as_modifier(obj: Token) -> bool:
    """"Reed pushed a Nordvik shot wide", "Dahl lost his Halden starting place", "avoided an FA
    Trophy upset": the graph takes no fact whose object is a proper name after "a"/"an" or a
    possessive pronoun with a noun or verb right after it (no comma, no preposition between).

    Linguistic reason: a personal or company name is definite by itself and takes no article or
    possessive ("a Tom Reed", "his Nordbank" are no noun phrases of their own); with one, the name
    is a noun modifier inside a longer noun phrase whose head follows it ("a [Nordvik] shot", "his
    [Halden] starting place"). The parse, taking that head for a verb, made the modifier the
    object, so PUSH Nordvik would state a thing pushed that was not. The noun phrase's own head is
    no name, so the fact is left out. A name used as a kind ("an Israeli", "a Londoner") has no
    noun after it and stays. Graph-only.
    """
    if "name-as-modifier" in disabled() or obj.pos_ != "PROPN" or obj.ent_type_ in _KIND_TYPES:
        return False
    name_start = obj.left_edge
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _MODIFIER_DETERMINERS and c.i == name_start.i
               for c in children(obj)):
        return False
    if obj.i + 1 >= len(obj.doc):
        return False
    after = obj.doc[obj.i + 1]
    return after.pos_ in ("NOUN", "VERB") and after.head.i != obj.i and after.ent_type_ not in ("DATE", "TIME")


@register("participle-as-verb")
def participle_as_verb(verb: Token) -> bool:
    """"Vexa is preparing the Zephyr 2, codenamed Aurora, for May", "Nordbank is studying claims
    Vexa staff copied its designs": the graph takes no fact of the sentence's subject from a past
    form that the parse coordinated with the main verb though no "and" or "or" joins them.

    Linguistic reason: coordinated verbs share their subject only when a coordinator joins them
    ("bought Vexa and renamed it", "bought Vexa, renamed it and sold it"). A past form with none,
    after a comma, is a reduced relative clause on the noun before it ("the Zephyr 2, [which is]
    codenamed Aurora"); one with no comma after a present or progressive verb is the verb of an
    embedded clause with its own subject ("claims [that] Vexa staff copied"), since a past tense
    cannot be coordinated with "is studying" without a coordinator. Either way the main subject is
    not its doer: Vexa CODENAME Aurora, Nordbank COPY would be wrong. Graph-only.
    """
    if "participle-as-verb" in disabled() or verb.dep_ != "conj" or not _participle_form(verb):
        return False
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or verb.i == 0:
        return False
    if head.tag_ not in ("VBZ", "VBP", "VBD") and not any(c.dep_ in ("aux", "auxpass") for c in children(head)):
        return False  # "Tom Reed, dropped by Nordvik in May, inspired Halden": the head is the participle
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "cc", "conj") for c in children(verb)):
        return False  # its own auxiliary or subject, or a list of verbs: "renamed it and sold it"
    if any(c.dep_ in ("cc", "conj") and c.i != verb.i and c.i > head.i for c in children(head)):
        return False
    return verb.doc[verb.i - 1].text == "," or head.tag_ in ("VBG", "VBZ", "VBP", "VB")


@register("naming-participle")
def naming_participle(verb: Token) -> bool:
    """"Soon after, a Maori named Jon Dahl and a settler called Karl Holm formed a team": the graph
    takes no fact of "a Maori" from "named" (nor "called") that the parse read as the clause's
    finite verb with the indefinite noun phrase right before it its subject.

    Linguistic reason: "a N named X" is a reduced relative clause ("a Maori [who was] named Jon
    Dahl"): the past participle of naming introduces the name of someone new to the text, whom an
    indefinite article marks. An act of naming or appointing says what the person was named (a
    post after the name, "named Tom Reed chairman", or "as"/"to" one); with an indefinite subject
    right before the verb and no such post, it is the participle, and Maori APPOINT Jon Dahl
    would state an appointment no one made. Graph-only.
    """
    if verb.lower_ not in ("named", "called") or verb.tag_ != "VBD" or verb.i == 0 or "naming-participle" in disabled():
        return False
    subj = verb.doc[verb.i - 1]
    if subj.dep_ != "nsubj" or subj.head.i != verb.i or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(subj)):
        return False
    return not any((c.dep_ == "prep" and c.lower_ in ("as", "to")) or (c.dep_ == "oprd" and c.is_alpha and c.pos_ == "NOUN")
                   for c in children(verb))


# Verbs of giving a name: "dubbed the Iron Bank", "nicknamed the Bergen Two".
_NAMING_LEMMAS = frozenset({"dub", "nickname", "christen", "label", "brand", "call", "name", "rename", "term"})


@register("set-off-naming-participle")
def set_off_naming(verb: Token) -> bool:
    """"Nordbank, dubbed the Iron Bank by analysts, lost money", "Tom Reed and Jon Dahl, dubbed the
    Bergen Two, were found guilty": the graph takes no fact of the noun before a naming participle
    set off by a comma (Nordbank DUB Iron Bank), which the frame gave the clause's subject.

    Linguistic reason: a past form of a verb of naming right after a comma, with no subject or
    auxiliary of its own and one name after it, is a reduced passive relative clause ("Nordbank,
    [which was] dubbed the Iron Bank"): the noun before it is the one named, by someone else, and
    the name is what it is called. An active naming takes two phrases, the one named and the name
    ("analysts dubbed Nordbank the Iron Bank"), and is the clause's own verb or a "who" clause's;
    one name alone after the comma is the participle's, whatever subject the parse hangs on it
    from before the comma. Graph-only.
    """
    if (verb.tag_ not in ("VBD", "VBN") or verb.dep_ in ("conj", "relcl") or verb.i < 2
            or verb.lemma_.lower() not in _NAMING_LEMMAS or "set-off-naming-participle" in disabled()):
        return False
    if verb.doc[verb.i - 1].text != ",":
        return False
    if verb.dep_ == "ROOT" and not set_off_after_subject(verb):
        return False
    kids = children(verb)
    if any(c.dep_ in ("nsubjpass", "aux", "auxpass", "mark") or (c.dep_ == "nsubj" and c.i > verb.i) for c in kids):
        return False
    # one phrase after it, the name (the parse may still hang the noun before the comma on it as
    # its subject, and the verb on the clause's own verb after it)
    named = [c for c in kids if c.dep_ in ("dobj", "oprd", "attr", "appos", "dative")]
    return len(named) == 1 and (named[0].dep_ in ("oprd", "attr", "appos") or verb.dep_ == "ROOT")


@register("set-off-naming-root")
def set_off_after_subject(verb: Token) -> bool:
    """"Tom Reed, called a traitor by fans, left Bergen", "Tom Reed, dubbed the Bergen Bull, joined
    Nordbank": the parse made the naming participle the sentence's root, with the subject before
    the comma as its subject and the real verb after the closing comma as its conjunct; the graph
    takes no (Tom Reed; CALL; traitor), as ``set-off-naming-participle`` takes none for the same
    phrase hung lower.

    Linguistic reason: English puts no single comma between a subject and its own finite verb; a
    past form of naming right after "Subject ," is the start of a phrase set off by commas, a
    reduced passive relative ("Tom Reed, [who was] called a traitor by fans,"), and the one named
    is the subject before it. The phrase is closed by a "by" phrase of the namer or by a second
    comma before the clause goes on. Not when anything stands between the subject and the comma
    ("Tom Reed, 35, called the move a disgrace", "Tom Reed, however, called ...": the comma closes
    an inserted phrase and the verb is the subject's own).
    """
    subj = verb.doc[verb.i - 2]
    if subj.dep_ != "nsubj" or subj.head.i != verb.i or "set-off-naming-root" in disabled():
        return False
    name = next((c for c in children(verb) if c.dep_ in ("dobj", "oprd", "attr", "appos")), None)
    if name is None:
        return False
    stop = next((t for t in verb.doc[name.i + 1:verb.sent.end] if t.lower_ == "by" or t.text in (",", ".", ";", ":")), None)
    return stop is not None and stop.text in ("by", ",")


# Finite forms: a verb with one of these tags states what its subject does.
_FINITE = frozenset({"VBD", "VBP", "VBZ"})
# Tags of a word that may end a noun phrase and stand right before its head noun: a noun, a
# name, a number ("Clapton's 1991 hit").
_NOMINAL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})


# A noun phrase's places in a clause: a finite verb never fills one (a clause does so as ``csubj``
# or ``ccomp``, a gerund as ``VBG``). Not "appos", which the parse also gives a clause set off by
# commas ("The move, a year after Nordbank beat Vexa, ...").
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative"})
# Words that open or mark a clause of its own: a verb with one is a verb, whatever its place.
_CLAUSE_MARKS = frozenset({"mark", "aux", "auxpass"})


@register("verb-as-argument")
def verb_as_argument(verb: Token) -> bool:
    """"Film stars Tom Reed and Jon Dahl are in the audience", "He met the band's lead singers Ida
    Berg and Anna Dahl": the graph takes no fact from a word of a finite verb's form that the parse
    itself made a subject, an object or an apposition (no ``stars STAR Tom Reed``).

    Linguistic reason: a finite verb heads a clause; it never fills a noun phrase's place in
    another clause (a clause that does is a complement, ``ccomp``/``csubj``, and a verb in a
    noun's place is a gerund). When the parse both tags a word as a finite verb ("stars",
    "hits", "leads") and hangs it as the subject or object of another verb, the two readings
    contradict each other, and the dependency is the one the whole sentence was fitted to: the
    word is the head noun of a noun phrase ("film [stars] Tom Reed and Jon Dahl", a close
    apposition) that the tagger read as a verb. Its "object" is the noun it is apposed to, not a
    thing acted on. A word with a subordinator or an auxiliary of its own heads a clause, which the
    parse misplaced ("a year after Nordbank beat Vexa"), and is left alone. Graph-only.
    """
    if verb.dep_ not in _ARGUMENT_DEPS or verb.tag_ not in _FINITE or "verb-as-argument" in disabled():
        return False  # (the cheap test first: a verb's own dependency is a clause's)
    return not any(c.dep_ in _CLAUSE_MARKS for c in children(verb))


@register("noun-read-as-verb")
def noun_read_as_verb(verb: Token) -> bool:
    """"Anna Berg released her debut hit Winter Rain", "Tom Reed was named for Saturday's Nations
    clash with Halden", "Jon Dahl appears in the talent show Star Hunt": the graph takes no fact of
    the sentence's subject from a finite verb the parse hung on the main verb (as a conjunct or a
    clause) though no "and", no comma, no "because" and no subject of its own comes before it,
    only a noun.

    Linguistic reason: a finite verb states what its subject does, and shares the subject of an
    earlier verb only through a coordinator ("released it and hit the charts") or, in a list, a
    comma. A word of a verb's form right after a noun, a name or a number, with neither, and with
    no subject of its own (the noun before it would be that subject, and the parse did not make it
    one), is no verb: it is the head of the noun phrase the words before it modify ("her debut
    [hit]", "Saturday's Nations [clash]", "the talent [show]"), a noun the tagger read as a verb
    ("hit", "clash", "show", "win", "bid" are both). Berg HIT Winter Rain, Reed CLASH Halden would
    state acts no one did. Where the word is a verb after all, it is one whose own subject the
    parse lost ("a move involving Dahl culminated in ...": the move culminated), and the earlier
    verb's subject is not its doer either. Graph-only.
    """
    if verb.dep_ not in ("conj", "dep", "advcl") or verb.tag_ not in _FINITE or verb.i == 0 or "noun-read-as-verb" in disabled():
        return False
    before = verb.doc[verb.i - 1]
    if before.tag_ not in _NOMINAL_TAGS or verb.head.i > verb.i:
        return False
    if before.head.i == verb.i and before.dep_ not in ("compound", "nummod", "poss"):
        return False  # a noun of its own clause before it (a modifier of it, "talent show", is none)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cc", "mark") for c in children(verb)):
        return False
    head = verb.head
    if verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in children(head)) and (
            head.tag_ in ("VBG", "VBN", "VB") or (head.tag_ == "VBD" and head.lower_.endswith("ed"))):
        # "Firms signing up for it include Nordbank", "Films tipped for success include X": the
        # present form is the main verb, the participle before it modifies the subject
        return False
    return not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in children(head))


def _participle_form(verb: Token) -> bool:
    """A past participle, or a regular past the tagger may have taken one for ("codenamed")."""
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_.endswith("ed"))


# What may follow a headline's last word: spaces or tabs, then the line's or the text's end.
_LINE_END = re.compile(r"[ \t]*(?:[\r\n]|\Z)")
# How a sentence of running text ends; a headline has none of these at its end.
_SENTENCE_END = frozenset({".", "!", "?", '"', "'", "\u201d", "\u2019", ")", ":", ";", "...", "\u2026"})


def is_headline(sent: Span) -> bool:
    """A headline or crosshead: a line of text of its own with no full stop or other end mark at
    its end (not a sentence the splitter cut inside a line)."""
    return _headline_words(sent)


def _headline_words(words: Span | tuple[Token, ...]) -> bool:
    last = next((t for t in reversed(words) if not t.is_space), None)
    if last is None or last.text in _SENTENCE_END or last.text[-1:] in _SENTENCE_END:
        return False
    return _LINE_END.match(last.doc.text, last.idx + len(last.text)) is not None


@register("headline-participle")
def headline_participle(verb: Token) -> bool:
    """"Tom Reed picked for Nordvik", "Vexa chief urged to quit", "Anna Berg evicted from
    Big House" (a headline): the graph takes no fact of a past-tense form with no auxiliary that
    heads a headline's clause.

    Linguistic reason: headline English reports what happened in the simple present ("Nordbank
    buys Vexa") and leaves out the auxiliary of the passive, so its past participle stands alone
    ("Tom Reed [is] picked for Nordvik"): the subject is the one acted on, not the doer. The
    parse reads the participle as an active past, so PICK Nordvik and URGE would make the patient
    the doer, or a place the thing acted on. The article's text states the fact again in full.
    Graph-only.
    """
    if ("headline-participle" in disabled() or verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB"
            or verb.lemma_ in ("be", "have", "do")):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in children(verb)):
        return False
    held = holding(verb)  # the sentence's tokens, without walking the parse for Token.sent
    return _headline_words(held if held is not None else verb.sent)


@register("event-time")
def event_time(prep: Token, pobj: Token) -> bool:
    """"Tom Reed retired after the Nordic Games", "Anna Berg decided before the Fjord Open that
    ...": the graph takes no fact from a named event after "after" or "before" that the
    ``svo-prep`` reading made the verb's object.

    Linguistic reason: an event is a stretch of time, and "after" or "before" with one places
    the verb's act in time, as "after the match" or "before 2005" does; no verb selects such a
    phrase as its object (the verbs that take "after" take a person or a name giver: "named after
    his grandfather", "looked after her"). RETIRE Nordic Games would make the event a thing acted
    on. Graph-only.
    """
    return ("event-time" not in disabled() and prep.lower_ in ("after", "before")
            and pobj.ent_type_ == "EVENT")


@register("group-possessive")
def group_possessive(obj: Token) -> bool:
    """"Anna Berg ended Tom Reed and Jon Dahl's hopes": the graph takes no fact whose object is a
    name the parse coordinated with a noun that the list's last name possesses.

    Linguistic reason: in "Tom Reed and Jon Dahl's hopes" the possessive 's closes the whole
    coordination (a group genitive): both names together own "hopes", the head of the object. The
    parse, reading "Tom Reed" and "Jon Dahl's hopes" as the two objects, makes the first name a
    thing ended. A noun for a person ("met Tom Reed and Jon Dahl's brother") can be a second
    object of its own, and is left as the parse reads it. Graph-only.
    """
    if "group-possessive" in disabled() or obj.pos_ != "PROPN":
        return False

    for noun in children(obj):
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.lemma_.lower() in PERSON_KINDS:
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" and obj.i < c.i < noun.i
               and not any(d.dep_ == "det" for d in children(c)) for c in children(noun)):
            # "the UK's phone firms" has a determiner of its own: a second object, not a group genitive
            return True
    return False


_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})


@register("quoted-subject")
def quoted_subject(verb: Token, obj: Token) -> bool:
    """'Tom Reed added: "The young Jon Dahl, in his first season, will benefit."': the graph takes
    no fact whose direct object stands after a colon that follows the verb, or after an opening quotation mark when
    the verb also has a clause after that object.

    Linguistic reason: a direct object follows its verb with no punctuation between them; a colon
    after a verb of saying, or a quotation mark that opens the words said, starts an utterance,
    and the first noun of an utterance is its subject ("The young Jon Dahl ... will benefit").
    The parse, kept from the clause by the commas inside it, made that subject the verb's object,
    so ADD Jon Dahl would state a thing added. A quoted phrase that is the object ('denied "any
    wrongdoing"') has no clause after it and stays. Graph-only.
    """
    if "quoted-subject" in disabled() or obj.dep_ != "dobj" or obj.head.i != verb.i or obj.i < verb.i:
        return False
    between = verb.doc[verb.i + 1:obj.left_edge.i]
    colon = next((t for t in between if t.text == ":"), None)
    if colon is not None and not any(t.pos_ in ("NOUN", "PROPN") for t in between if t.i < colon.i):
        return True  # "added: ...", not the colon inside a title further on ("Red Fjord: The Return")
    return (any(t.text in _OPENING_QUOTES for t in between)
            and any(c.dep_ == "ccomp" and c.i > obj.i for c in children(verb)))


# Nouns of saying, believing or fearing whose content clause is not asserted by the writer ("the
# claim that ..."); not the factive ones ("the news that", "the fact that").
CLAIM_NOUNS = frozenset({
    "allegation", "claim", "report", "rumour", "rumor", "suggestion", "speculation", "fear", "belief",
    "hope", "idea", "notion", "assertion", "accusation", "theory", "suspicion", "expectation",
    "prediction", "doubt", "worry", "concern", "charge", "hint", "talk", "hypothesis",
})
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that", "whom", "what"})


@register("claimed-clause")
def claimed_clause(verb: Token) -> bool:
    """"Tom Reed rejected allegations he misled Vexa investors", "Reports that Nordbank will buy
    Vexa were denied": a clause with a subject of its own that completes a noun of claim,
    report, belief or fear gives facts whose modality is that noun (``allegation``, ``report``).

    Linguistic reason: such a clause is the content of the noun ("allegations [that] he misled
    investors" = what is alleged), not a relative clause about it: the writer reports that it is
    claimed, believed or feared, not that it happened, as with the verb "allege". Here it is
    even denied. A plain MISLEAD investors or ACQUIRE Vexa would state as fact what the article
    only reports as claimed; with the noun as its modality the fact says what the sentence says,
    as "is expected to buy" gives ``expect``. Not a factive noun ("the news that", "the fact
    that"), whose clause is given as true. Graph-only (the Open IE view has no modality).
    """
    if "claimed-clause" in disabled() or verb.dep_ not in ("acl", "relcl", "ccomp"):
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS:
        return False
    kids = children(verb)
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE_SUBJECTS for c in kids):
        return False
    if any(t.tag_ in ("WDT", "WP", "WP$") for t in verb.subtree if t.i < verb.i) \
            or any(c.lower_ == "that" and c.dep_ != "mark" for c in kids):
        return False  # a relative clause about the report: "the report, which Nordbank published"
    # with no "that", a clause whose verb has no object may be a relative one with a gap ("the
    # report Nordbank published"); a content clause is whole
    return (any(c.dep_ == "mark" and c.lower_ == "that" for c in kids)
            or any(c.dep_ in ("dobj", "dative", "attr", "oprd", "ccomp", "nsubjpass") for c in kids))


@register("without-object")
def without_object(verb: Token, prep: Token) -> str | None:
    """"Nordvik can cope without Tom Reed", "Halden won without Jon Dahl" → the relation keeps
    "without" (COPE_WITHOUT Tom Reed), the predicate of the graph's fact (None: the verb's own).

    Linguistic reason: "without" denies the accompaniment the phrase names: its object is absent
    from the act, not a party to it. The relation the verb alone types makes it one (COPE Tom
    Reed, WIN Jon Dahl: a thing won), the opposite of what the sentence says; with "without" kept
    the fact says it. Graph-only: the Open IE view's relation is the sentence's words already
    ("can cope without").
    """
    if "without-object" in disabled() or prep.lower_ != "without":
        return None
    particles = [c.lower_ for c in children(verb) if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles, "without"])


# Verbs of moving or changing sides, whose bare relation reads its object as where the subject
# went: "moved to Oslo", "switched to Nordvik", "returned to Bergen".
MOTION_VERBS = frozenset({
    "move", "switch", "transfer", "relocate", "return", "travel", "fly", "emigrate", "defect",
    "head", "go", "come", "sail", "drive", "walk", "migrate", "flee", "escape", "commute",
})


@register("source-phrase")
def source_phrase(verb: Token, prep: Token) -> str | None:
    """"Tom Reed moved from Nordvik to Halden", "Anna Berg returned from Bergen" → the relation
    keeps "from" (MOVE_FROM Nordvik, RETURN_FROM Bergen), the predicate of the graph's fact (None:
    the verb's own).

    Linguistic reason: with a verb of motion "from" names the source, the place or side left; the
    bare relation (MOVE Nordvik, RETURN Bergen) reads as the goal, where the subject went, the
    opposite of what the sentence says. Graph-only: the Open IE view's relation is the sentence's
    words already ("moved from").
    """
    if prep.lower_ != "from" or verb.lemma_.lower() not in MOTION_VERBS or "source-phrase" in disabled():
        return None
    particles = [c.lower_ for c in children(verb) if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles, "from"])


@register("quote-introducing-phrase")
def quote_introducing_phrase(verb: Token) -> bool:
    """'Jon Dahl continued in the Halden Times: "He is struggling."': a verb with no object whose
    prepositional phrase is followed by a colon and an opening quotation mark introduces the words
    quoted, and the graph takes no fact from it (no ``Dahl CONTINUE Halden Times``).

    Linguistic reason: a colon and an opening quotation mark after a clause start the words it
    reports, so a verb that ends there is used as a verb of saying ("continued:", "went on:",
    "wrote:"), whatever its own sense; its "in" or "on" phrase names the paper or the programme it
    was said in, not a thing continued or written. The verbs of saying are read so already (``add``,
    ``tell``: the attribution); this takes the others the reporter uses for them. Only a verb
    whose phrase ends right before the colon. Graph-only.
    """
    if "quote-introducing-phrase" in disabled() or verb.lemma_ in REPORTING or verb.lemma_ == "be":
        return False  # ("said of her win: ...": a verb of saying is read as one already)
    doc = verb.doc
    kids = children(verb)
    if any(c.dep_ in ("dobj", "xcomp") for c in kids):
        return False
    for prep in kids:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        end = prep.right_edge.i
        if end + 2 < len(doc) and doc[end + 1].text == ":" and doc[end + 2].text in _OPENING_QUOTES:
            return True
    return False
