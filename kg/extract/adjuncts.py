"""What a clause says beside its subject and objects: who says so, and where, when and why.

Helpers the verb rules (:mod:`kg.extract.verbs`) read a clause's adjuncts with; they only read
the parse (split from :mod:`kg.extract.clauses`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.arguments import restricted_noun_phrase, trimmed
from kg.extract.base import Argument
from kg.extract.clauses import REPORTING, answers, is_negated, passive_adjunct_report, prep_object, subjects
from kg.extract.nominal import arg_tokens, argument
from kg.extract.reading import children, held_words, holding, sentence_tokens, sentence_words
from kg.extract.registry import disabled, register
from kg.extract.relatives import relative_adverb_place
from kg.extract.sources import according_source, according_to
from kg.extract.stances import stance_holder
from kg.resolve.quotations import in_quotation, quote_speaker, quoted_as_saying


def attribution_of(v: Token) -> Argument | None:
    """Who says so: the subject of a reporting verb above ``v``, or "according to X"; for an
    adverbial clause of a reported clause, who says that clause (:func:`adverbial_frame`)."""
    found = _attribution_of(v)
    if found is None:
        frame = adverbial_frame(reported_part(v))
        if frame is not None:
            framed = attribution_of(frame)
            return None if framed is None else FramedSource(framed.head, framed.tokens, framed.prefix)
    return found


@dataclass(slots=True)
class FramedSource(Argument):
    """The speaker of an adverbial clause, given through the reported clause it modifies (rule
    ``adverbial-attribution``): the clause is a side fact of the statement, not what was said
    (:meth:`kg.resolve.facts.FactBuilder.graph_facts` keeps the statement beside it)."""


# Subordinators whose clause the speaker does not assert: a condition, an open question, a limit
# still to come, a comparison, a purpose ("so they could resign").
_UNASSERTED_MARKS = frozenset({"if", "unless", "whether", "until", "till", "lest", "than", "once", "so"})
# Prepositions whose gerund or absolute clause ("before setting up", "with Vexa facing a loss")
# belongs to the clause they modify; not "according" (a source), "as" and "like" (a likeness).
_CLAUSE_PREPS = frozenset({"with", "before", "after", "since", "by", "despite", "without", "through", "while"})


@register("adverbial-attribution")
def adverbial_frame(tok: Token) -> Token | None:
    """'"While Nordbank sets high standards, it cannot check every word," Tom Reed told the Bergen
    Post', "Jon Dahl said Vexa would test the scheme before setting up others", "With Halden facing
    relegation, they will come out firing, Reed added": the clause an adverbial clause (or a
    preposition's gerund or absolute clause) of ``tok`` modifies, when that clause is a verb's
    (so its attribution, if it is reported, is the adverbial clause's too), else None.

    Linguistic reason: an adverbial clause is a part of the clause it modifies, and when that
    clause is reported, the time, reason, concession or circumstance it gives is the speaker's
    words too ("Reed said Nordbank closed the plant because sales fell": Reed gives the reason).
    Not a condition, a question or a purpose ("if", "unless", "whether", "until", "so", an
    infinitive: "for Vexa to buy the plant"), which the speaker does not assert, nor a participle with no subordinator ("..., sending shares up"),
    which the writer as often adds to the report; an adverbial clause of the reporting verb
    itself ("Speaking on the radio, Reed said") is the writer's (that verb has no speaker above
    it). A subordinate clause after the clause it modifies ("Reed said Nordbank will grow, while
    Vexa has cut jobs", "..., since Vexa has a licence") is the speaker's only inside quotation
    marks: outside them a trailing "while", "although" or "since" clause is as often the writer's
    own contrast or reason, which the parse hangs on the nearest verb; one before it ("said that
    while Vexa has cut jobs, Nordbank will grow") lies inside the reported clause.
    """
    if "adverbial-attribution" in disabled():
        return None
    if tok.dep_ == "advcl":
        marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
        if not marks or any(m in _UNASSERTED_MARKS for m in marks) or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return None  # (an infinitive, "for me to pick", "in order to buy": an aim, not an event)
        frame = tok.head
        if tok.i > frame.i and not in_quotation(tok):
            return None  # "Reed said S, while Vexa has cut jobs": the writer's contrast as often
    elif tok.dep_ in ("pcomp", "pobj") and tok.pos_ in ("VERB", "AUX") and tok.head.dep_ == "prep" \
            and tok.head.lower_ in _CLAUSE_PREPS:
        frame = tok.head.head
    elif (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "with"
          and tok.head.head.dep_ == "prep"):
        frame = tok.head.head.head  # "with Halden facing relegation": the parse's noun and its participle
    else:
        return None
    return frame if frame.pos_ in ("VERB", "AUX") and frame.i != tok.i else None


def _attribution_of(v: Token) -> Argument | None:
    tok = reported_part(v)
    quoted = quoted_speaker(tok)
    if quoted is not None:  # "the agency quoted Tom Reed as saying": Reed's words
        return argument(quoted)
    if ((tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_ in REPORTING)
            or (tok.dep_ == "ccomp" and (reports_finding(tok.head) or answers(tok.head)))) \
            and not raised_report(tok.head, tok):
        subs, _ = subjects(tok.head)
        if subs:
            return argument(self_quoted(subs[0]))
    held = stance_holder(tok)
    if held is not None and not held[1]:  # "Tom Reed is confident that S": Reed's claim
        return argument(self_quoted(held[0]))
    aside = next((c for c in children(tok) if c.dep_ == "parataxis" and c.lemma_ in REPORTING), None)
    if aside is None:
        aside = parenthetical_speech(tok)
    if aside is not None:  # "The bidder , two bankers said , could be Norwegian"
        subs, _ = subjects(aside)
        if subs:
            return argument(subs[0])
    tokens = holding(v)
    if tokens is None:
        sent = v.sent
        if "according" not in sentence_words(sent):
            return None
        tokens = sentence_tokens(sent)
    elif "according" not in held_words():
        return None  # (the words of the sentence held, made once)
    for t in tokens:
        pobj = according_to(t)
        if pobj is not None and not t.left_edge.i <= v.i <= t.right_edge.i:  # (not "figures released by X" itself)
            return argument(according_source(pobj))
    return None


@register("raised-report")
def raised_report(verb: Token, clause: Token) -> bool:
    """"Others thought to be in the running include Jon Dahl and Tom Reed, both of whom have odds
    of 4-1": a verb of saying or thinking with a "to" infinitive between it and the clause the
    parse hangs on it names no speaker (no ``Reed HAVE odds`` attributed to "others").

    Linguistic reason: "thought to be", "said to be", "believed to have" are passives of raising
    verbs ("others who are thought to be"): their thinker is left unnamed, and the noun before
    them is what is thought of, not who thinks; the verb after the infinitive is the sentence's
    own predicate, which the parse made the complement.
    """
    if "raised-report" in disabled():
        return False
    return any(c.dep_ == "xcomp" and verb.i < c.i < clause.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in children(verb))


# Reporting verbs whose clause is what the speaker says is false.
DENYING = frozenset({"deny"})


@register("denied-clause")
def denied_clause(v: Token) -> bool:
    """"Tom Reed denied that Nordbank owes him money": the clause is reported with the opposite
    polarity, so its facts are Reed's claim and negated (``Nordbank OWE money``, not, by Reed).

    Linguistic reason: "deny that S" asserts that S is false, as "denied paying" does with its
    gerund (``implied-negation``); the attribution alone would state S as the denier's own claim.
    Not when the denial is itself negated ("did not deny that S" leaves S open) or the clause is
    reported by another verb inside the denied one.
    """
    tok = reported_part(v)
    head = tok.head
    if tok.dep_ != "ccomp" or head.lemma_.lower() not in DENYING or "denied-clause" in disabled():
        return False
    return not is_negated(head)


@register("unasserted-report")
def unasserted_report(v: Token) -> bool:
    """"Tom Reed did not deny that Nordbank sold the yard", "I doubt many fans would argue that
    Nordbank deserved the title": a clause reported by a negated verb of saying or thinking, or
    under "doubt", is nobody's claim; its facts (``Nordbank SELL yard``, ``fans ARGUE``) are left
    out of the graph (the statement of the verb itself, "Reed DENY, negated", stays). So is the
    clause of a participle of saying whose subject is unknown (``passive-adjunct-report``).

    Linguistic reason: "did not deny S", "did not say S" leave S open, "does not think S" denies it
    (the negation is raised from the clause), and "doubt S" holds S unlikely; only a reporting
    verb that is asserted itself passes its clause on as its subject's claim. A factive verb's
    clause holds under the negation too ("did not reveal that he was injured": he was), so it stays.
    """
    tok = v
    while True:  # up through the clauses that frame ``v`` (each a verb's complement)
        while tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ == "ccomp" and (held := stance_holder(tok)) is not None and held[1]:
            return "unasserted-report" not in disabled()  # "is not sure that S": open
        if tok.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX") or "unasserted-report" in disabled():
            return False  # (the cheap test first: most clauses are no verb's complement)
        if head.lemma_ == "doubt" and not is_negated(head):
            return True
        if negated_implication(head):
            return True
        # (a verb of opinion or of answering reports its clause as "say" does: kg.extract.adjuncts,
        # kg.extract.clauses; "did not feel that S" leaves S open as "does not think S" does)
        reporting = head.lemma_ in REPORTING or head.lemma_ in FINDING or head.lemma_ in OPINION or answers(head)
        if reporting and ((_negated_before(head) and head.lemma_ not in _FACTIVE) or passive_adjunct_report(head)):
            return True
        tok = head


# Verbs of following from or pointing to: "X means that S", "X suggests S".
IMPLYING = frozenset({"mean", "imply", "indicate", "signal", "suggest", "prove", "guarantee"})


@register("negated-implication")
def negated_implication(verb: Token) -> bool:
    """"The move did not mean that Nordbank had cut its ties with Vexa": a clause under a negated
    verb of implying is nobody's claim; its facts (``Nordbank CUT_TIE_WITH Vexa``) are left out of
    the graph, as under a negated verb of saying (``unasserted-report``).

    Linguistic reason: "X does not mean (imply, indicate, prove) that S" denies that S follows
    from X; it asserts neither S nor its opposite, and news writes it mostly to head off S ("the
    withdrawal did not mean that the firm had left": it had not). Only a negation before the verb
    ("did not mean", "never meant") counts, as for the verbs of saying.
    """
    return (verb.lemma_ in IMPLYING and verb.pos_ in ("VERB", "AUX") and _negated_before(verb)
            and "negated-implication" not in disabled())


# Verbs whose clause holds though they are negated ("for not revealing he was injured": he was).
_FACTIVE = frozenset({"reveal", "realise", "realize", "know"})


def _negated_before(verb: Token) -> bool:
    """A negation before the verb ("did not deny", "never told"): "I think not, ..." after it is
    an answer whose "not" stands for a clause, which negates nothing the parse hangs there."""
    return is_negated(verb) and any(c.i < verb.i for c in children(verb)
                                    if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't"))


@register("for-to-clause")
def for_to_clause(v: Token) -> bool:
    """"It is important for Nordbank to sell the yard", '"It is not for me to pick the crew," said
    Tom Reed', "Nordbank waited for Vexa Holdings to sell": an infinitive with its own subject
    after "for" states no event (no ``Nordbank SELL yard``, no ``Reed PICK crew``).

    Linguistic reason: a "for ... to" clause is non-finite and irrealis: it names a possible,
    wanted, needed or awaited event (what is important, whose place it is, what was waited or paid
    for), never one the sentence says happened.
    """
    if v.tag_ != "VB" or "for-to-clause" in disabled():
        return False
    kids = children(v)
    return (any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids))


# Personal pronouns as objects: "have" with one of them is no possession.
_PERSONAL_OBJECTS = frozenset({"me", "him", "her", "us", "them"})


@register("have-small-clause")
def had_person(verb: Token, obj: Token) -> bool:
    """'"Nordbank had me on the run all day," said Tom Reed', "they had him worried": "have" with
    a personal pronoun as its object possesses nobody (no ``Nordbank HAVE Tom Reed``).

    Linguistic reason: with a person as its object, "have" is causative or takes a small clause
    ("have X on the run", "on the ropes", "worried", "back", "as captain"): it says in what state
    the subject keeps or gets someone, and a person is not owned; the predicate is the small
    clause, which the svo reading leaves out.
    """
    return (verb.lemma_ == "have" and obj.dep_ == "dobj" and obj.lower_ in _PERSONAL_OBJECTS
            and "have-small-clause" not in disabled())


# Nouns that name no thing of their own: what they stand for is said elsewhere in the sentence.
_LIGHT_NOUNS = frozenset({"thing", "something", "anything", "everything", "nothing", "one"})


@register("light-antecedent")
def light_antecedent(verb: Token, obj: Token) -> bool:
    """'"Sailing is the thing I have most loved," said Tom Reed': a relative clause whose object is
    a light noun it modifies ("the thing", "something", "the one") gives no fact with that noun
    (no ``Reed LOVE thing``).

    Linguistic reason: the relative clause only restricts its noun, and "thing" or "one" names
    nothing: what was loved is what the copula equates it with (sailing), which the clause's
    reading cannot reach; the noun phrase asserts nothing of its own.
    """
    return (obj.lower_ in _LIGHT_NOUNS and verb.dep_ == "relcl" and verb.head.i == obj.i
            and "light-antecedent" not in disabled())


# Nouns of attitude, feeling and effort: "with" before one says how something was done.
_MANNER_NOUNS = frozenset({"confidence", "expectation", "ease", "pride", "passion", "determination", "caution",
                           "care", "fear", "hope", "joy", "relief", "pleasure", "difficulty", "enthusiasm",
                           "conviction", "purpose", "style", "composure", "patience", "intent", "intention"})


@register("manner-with")
def manner_with(obj: Token) -> bool:
    """'"I went there with no expectations," said Tom Reed', "Tom Reed played with great
    confidence": a noun of attitude or feeling after "with", or any common noun after "with no",
    is how the act was done, not a participant (no ``Reed GO expectations``); "sailed with Jon Dahl"
    keeps its companion.

    Linguistic reason: "with" + an abstract noun of manner is an adverbial ("with ease" is
    "easily", "with confidence" "confidently"), and "with no X" says what was absent: neither names
    something the verb relates its subject to.
    """
    if obj.dep_ != "pobj" or obj.head.lower_ != "with" or obj.pos_ != "NOUN" or "manner-with" in disabled():
        return False
    return obj.lemma_.lower() in _MANNER_NOUNS or any(c.dep_ == "det" and c.lower_ == "no" for c in children(obj))


@register("parenthetical-speech")
def parenthetical_speech(clause: Token) -> Token | None:
    """"Vexa Holdings, analysts fear, could close the plant", "Sales, Nordbank predicts, will
    fall": a verb of finding or forecasting set off by commas inside a clause reports the clause,
    as a parenthetical "X said" does (the clause's facts are attributed to its subject).

    Linguistic reason: a clause of saying or believing inserted between commas ("they fear",
    "analysts estimate", "he reckons") has the clause around it as its content; English moves the
    reporting clause into the middle or to the end without changing what is reported.
    """
    if "parenthetical-speech" in disabled():
        return None
    doc = clause.doc
    for c in children(clause):
        if (c.dep_ == "parataxis" and c.lemma_ in FINDING and c.pos_ == "VERB"
                and (c.left_edge.text == "," or (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","))
                and not any(g.dep_ in ("ccomp", "dobj", "xcomp") for g in c.children)):
            return c
    return None


# Verbs that report a finding or a forecast: what their clause says is their subject's claim.
FINDING = frozenset({"find", "show", "reveal", "predict", "estimate", "reckon", "point", "agree", "fear"})


# Verbs of opinion that take a clause as "believe" does, besides those in REPORTING.
OPINION = frozenset({"feel"})
_SPEAKING_PRONOUNS = frozenset({"i", "we", "you"})


@register("opinion-verb")
def holds_opinion(verb: Token) -> bool:
    """"Tom Reed felt the draw showed how thin Bergen's bench was", "Nordbank feels that the fine is
    unfair": the clause is the subject's opinion, attributed to it, with a statement beside it
    (:func:`kg.resolve.facts.stance_statement`), as with "believe".

    Linguistic reason: "feel" with a finite clause is a verb of belief ("felt that S" = "believed
    that S"): the clause is what its subject holds true, not a fact the text asserts. With an
    adjective or a noun ("felt good", "felt the pain") it names a sensation and takes no clause.
    The first and second person ("I feel we can win") are a quotation's hedges, which the rules of
    quoted speech read (``first-person-claim``).
    """
    if "opinion-verb" in disabled() or verb.lemma_ not in OPINION:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ not in _SPEAKING_PRONOUNS


@register("finding-verb")
def reports_finding(verb: Token) -> bool:
    """"A survey by Nordbank found that Vexa Holdings leads the market", "the figures show that",
    "analysts estimated that", "he pointed out that", "Reed agreed that", "the bank fears that":
    the clause is the subject's claim, attributed to it (and a statement fact links the two), as
    the clause of "say" is its speaker's.

    Linguistic reason: "find", "show", "reveal", "predict", "estimate", "reckon" and "point out"
    take a clause that their subject reports, a finding or a forecast, and "agree" and "fear" one
    it holds true or likely: not a fact the text itself asserts; "point" is one only with "out" ("point to" names a cause). A finding that a speaker
    reports ("Nordbank said its survey found that ...") is the speaker's claim, as it was. The
    clause follows the verb (a clause before it is a sentence the parse hangs there). What "shows"
    a finding is a common noun, the evidence ("the figures show"): a named one or a person
    demonstrates ("Reed shows he is ready", "he showed he can"), or is a noun read as a verb
    ("talk show Nordvik has won"), as is a plain "show" after a singular noun, which does not
    agree with it. A clause that asks ("refused to reveal whether", "find out which") claims nothing.
    """
    if verb.pos_ != "VERB" or not (("finding-verb" not in disabled() and verb.lemma_ in FINDING) or holds_opinion(verb)):
        return False
    framed = verb
    while framed.dep_ == "conj" and framed.head.i != framed.i:
        framed = framed.head  # ("said Nordbank would close it and predicted that ...": inside what was said)
    if framed.dep_ == "ccomp" and framed.head.lemma_ in REPORTING:
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or _indirect_question(clause):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and verb.lemma_ == "show" and (
            subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "i", "we", "you")
            or (verb.tag_ == "VBP" and subject.tag_ == "NN")):
        return False
    return verb.lemma_ != "point" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _indirect_question(clause: Token) -> bool:
    """"whether Reed will stay", "which films were on", "how data is stored": a clause that asks,
    which reports no claim (its first word a "whether" or "if", or a wh-word)."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WP$", "WRB")


def self_quoted(subject: Token) -> Token:
    """'"I think prices will rise," said Tom Reed': the "I" (or "we") who thinks inside a quotation
    is its speaker, Reed (``quoted-self``).

    Linguistic reason: a speaker calls themself "I" (and their side "we"); a claim their own
    quotation makes in the first person is theirs.
    """
    if "quoted-self" in disabled() or subject.lower_ not in ("i", "we"):
        return subject
    speaker = quote_speaker(subject)
    return speaker if speaker is not None else subject


register("quoted-self")(self_quoted)


def quoted_speaker(clause: Token) -> Token | None:
    """Who says ``clause`` when it is quoted ("X quoted Y as saying (that) ...", the clause on
    "quoted" or on "saying"): Y (:func:`kg.resolve.quotations.quoted_as_saying`), or None."""
    if "quoted-as-saying" in disabled() or clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_ == "say" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        verb = verb.head.head
    return quoted_as_saying(verb)


@register("nested-attribution")
def reported_part(v: Token) -> Token:
    """The clause ``v`` is a part of that a reporting verb may govern: ``v``'s own, or, through
    clauses that frame it, the outermost ("said he is confident Nordbank will recover": the
    recovery is what was said).

    Linguistic reason: a clause embedded in a reported clause, as the complement of its verb or
    of its adjective ("he is confident that", "everything shows that"), is part of what was
    reported, so it is the speaker's claim too (``nested-attribution``).
    """
    tok = v
    while True:
        while tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
        if ("nested-attribution" in disabled() or tok.dep_ != "ccomp" or tok.head.lemma_ in REPORTING
                or reports_finding(tok.head)):
            return tok
        frame = tok.head.head if tok.head.dep_ == "acomp" else tok.head
        if frame.dep_ not in ("ccomp", "conj", "xcomp") or frame.pos_ not in ("VERB", "AUX"):
            return tok
        tok = frame


def _antecedent(v: Token) -> Token | None:
    """The noun a relative clause containing ``v`` is about: "the month in which exports fell" → month."""
    t = v
    while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    return None


def adjuncts_of(v: Token, skip: set[int]) -> list[Argument]:
    """Prepositional phrases and bare time expressions that add where and when."""
    out: list[Argument] = []
    clauses: list[Argument] = []
    for c in children(v):
        if c.i in skip:
            continue
        if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP"):
            pobj = next((g for g in children(c) if g.dep_ in ("pobj", "pcomp")), None)
            two = prep_object(c) if pobj is None else None
            if two is not None and c.lower_ != "according":
                out.append(Argument(two[1], restricted_noun_phrase(two[1]), " ".join(w.text for w in two[0])))
            elif pobj is not None and c.lower_ != "according":
                # "the month in which exports fell": the relative pronoun stands for the noun; a
                # phrase keeps what restricts its noun ("for savers who do not move their money")
                ante = _antecedent(v) if pobj.lower_ in ("which", "whom") else None
                out.append(Argument(ante, arg_tokens(ante), c.text) if ante is not None
                           else Argument(pobj, restricted_noun_phrase(pobj), c.text))
        elif c.dep_ in ("npadvmod", "tmod") and c.pos_ in ("NOUN", "PROPN"):
            out.append(argument(c))
        elif c.dep_ == "advcl":
            # "after leaving the party", "when the plant opened in 1990": when, why and how
            clauses.append(Argument(c, trimmed(list(c.subtree))))
        elif (place := relative_adverb_place(v, c)) is not None:
            out.append(place)  # "the hotel where the talks were held": in the hotel
    return out + clauses  # after the phrases, so that a clause is the second argument only alone


@register("fronted-adjunct")
def fronted_adjuncts(verb: Token, subs: list[Token]) -> list[Argument]:
    """"In 1998 Nordbank bought Fjord and sold its stake in Vexa" → (Nordbank; sold; its stake in
    Vexa; In 1998): a verb coordinated with the first shares the phrases before their subject.

    Linguistic reason: a phrase before the subject frames the whole sentence, every verb the
    subject shares, not only the first the parse hangs it on; a phrase after the first verb ("hired
    staff in May and opened a plant in June") is that verb's own.
    """
    top = verb
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    if "fronted-adjunct" in disabled() or top.i == verb.i or not subs:
        return []
    first = min(t.i for s in subs for t in s.subtree)
    return [a for a in adjuncts_of(top, set()) if a.head.i < first and a.head.dep_ != "advcl"]
