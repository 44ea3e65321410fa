"""Which name a description set off beside it describes: "Sergei Lavrov, the foreign minister,"
and "the foreign minister, Sergei Lavrov," (an apposition, either way), and the name a title phrase
restates ("the President of the Fjord Council, Anna Berg"). The roles these give are
read by :mod:`kg.extract.roles`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.prenominal import prenominal_title
from kg.extract.reading import children
from kg.extract.registry import disabled, register
from kg.extract.roles import CAPITALISED_TITLES, TITLE_NOUNS, name_head, name_span
from kg.extract.ties import tie_noun
from kg.resolve.referring import PERSON_KINDS


def restated_name(tok: Token) -> Token | None:
    """The person a title phrase names by an apposition the parse hung on its "of" phrase: "met
    the chairman of Nordbank, Anna Berg," and "told the President of the Fjord Council, Tom Reed,"
    are about Berg and Reed, though the model hangs the name on the nearest
    noun ("Nordbank") or on a capitalised title it tags as a proper noun ("President").

    Linguistic reason: an apposition restates the noun phrase it is set beside; a person's name
    cannot restate an organisation, so it restates the whole title phrase, whose head is a title."""
    if tok.pos_ == "NOUN" and (name := participle_name(tok)) is not None:
        return name  # "the trader, known as Skarv, bought": Skarv bought
    if not (tok.lemma_.lower() in TITLE_NOUNS or tok.lower_ in CAPITALISED_TITLES) or tok.ent_type_:
        return None
    of = next((c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = of and next((c for c in children(of) if c.dep_ == "pobj"), None)
    for head in (tok, pobj):
        if head is None or (head is pobj and head.ent_type_ == "PERSON"):
            continue
        name = next((c for c in children(head) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i
                     and c.ent_type_ == "PERSON" and c.doc[c.left_edge.i - 1].text == ","), None)
        if name is not None:
            return name
    return None


# Participles that give a noun its name: "a trade group called X", "the gamer, known as X".
NAMING = frozenset({"call", "name", "know", "dub", "nickname"})


def naming_participle(noun: Token) -> Token | None:
    """The participle that names ``noun``: "called" of "a trade group called X"."""
    return next((c for c in children(noun) if c.dep_ == "acl" and c.lemma_ in NAMING and c.tag_ == "VBN"), None)


def participle_name(noun: Token) -> Token | None:
    """The name a naming participle gives a noun: "a trade body called The Fjord Alliance",
    "the trader, known (only) by his online name Skarv", "a singer known as Kestra".

    Linguistic reason: "called X", "known as X" and "known by (the name) X" say what the noun
    phrase is called, so the name and the noun phrase are one thing (as in an apposition)."""
    called = naming_participle(noun)
    if called is None:
        return None
    via = [g for c in children(called) if c.dep_ in ("prep", "agent") and c.lower_ in ("as", "by") for g in children(c)]
    for tok in (c for c in [*children(called), *via] if c.dep_ in ("oprd", "attr", "dobj", "pobj")):
        if namer_agent(called, tok):
            continue  # "Fans, called by Tom Reed,": Reed called them, he is not their name
        if tok.pos_ == "PROPN":
            return tok
        # "known by his online name Skarv": the name in apposition to "name"
        name = next((c for c in children(tok) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if tok.pos_ == "NOUN" and name is not None:
            return name
    return None


@register("naming-agent")
def namer_agent(called: Token, tok: Token) -> bool:
    """"Fans, called by Tom Reed, met the board", "the envoy, named by Nordbank": a name after "by"
    on a naming participle is the one who calls or names, not the name given (no ``Tom Reed IS_A
    fans``).

    Linguistic reason: "by" after a passive participle introduces its agent; only "known by" also
    takes the name itself, and then through a noun of naming ("known by his online name Skarv"),
    which the name stands in apposition to, or which stands before the name in its phrase ("known
    only by his gaming moniker Skarv"). A bare name right after "called by", "named by" or
    "known by" is the doer of the calling, naming or knowing.
    """
    if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or tok.head.lower_ != "by" or tok.head.head.i != called.i:
        return False
    # "known only by his gaming moniker Deathifier": a noun of naming before the name, which it renames
    return (all(t.pos_ == "PROPN" for t in tok.doc[tok.left_edge.i:tok.i])
            and "naming-agent" not in disabled())


def restated_title(appos: Token) -> Token | None:
    """The title whose "of" phrase the parse hung a restating name on ("the chairman of Nordbank,
    Anna Berg": the title "chairman" for "Berg"), see :func:`restated_name`."""
    if appos.dep_ != "appos" or appos.head.dep_ != "pobj" or appos.head.head.lower_ != "of":
        return None
    title = appos.head.head.head
    name = restated_name(title)
    return title if name is not None and name.i == appos.i else None


def _name_before(desc: Span) -> Token | None:
    """The name right before "Name , the description": its last word."""
    i = desc.start - 1
    doc = desc.doc
    if i < desc.sent.start + 1 or doc[i].text != "," or doc[i - 1].pos_ != "PROPN":
        return None
    return doc[i - 1]


def _name_after(desc: Span) -> Token | None:
    """The name right after "the description , Name" (or "his granddaughter Name"): its head word."""
    doc, i = desc.doc, desc.end
    if i < desc.sent.end and doc[i].pos_ == "PROPN":
        return name_head(doc[i])
    if i + 1 >= desc.sent.end or doc[i].text != "," or doc[i + 1].pos_ != "PROPN":
        return None
    return name_head(doc[i + 1])


def description_holder(desc: Token, phrase: tuple[Token, ...], parsed: Token) -> Token | None:
    """Whose description a noun phrase set off by commas is, read by position.

    "Sergei Lavrov, the foreign minister, said" describes the name before; "the foreign minister,
    Sergei Lavrov, said" the name after. In a list of people the two meet: "aide Yuri Ushakov, the
    foreign minister, Sergei Lavrov, and ..." pairs each title with the name after it when the name
    before already has its own description, since a list gives every person one, in the same place.
    The parse's holder (``parsed``) stays when it is on the side the position gives.
    """
    span = desc.doc[phrase[0].i:phrase[-1].i + 1]
    before, after = _name_before(span), _name_after(span)
    if before is not None and fronted_adjunct_name(before):
        before = None  # "In Argentina, Nordbank's subsidiary, Vexa, ...": the place is where, not whose
    if after is not None and _under_preposition(desc, after):
        after = None  # "Kenji Ito, president of carmaker Hanamura Motors": the name is the org's
    if before is not None and after is not None:
        # "Anders, his niece Kari Lund": a description that runs into a name
        # without a comma is that name's title
        direct = after.i >= span.end and desc.doc[span.end].pos_ == "PROPN"
        before = None if direct or _described(before) else before
    side = before or after
    if side is None:
        return None
    if (parsed.i < desc.i) == (side.i < desc.i) and parsed.pos_ in ("PROPN", "NOUN"):
        return parsed
    return side


@register("fronted-adjunct-not-holder")
def fronted_adjunct_name(name: Token) -> bool:
    """"In Argentina, Nordbank's subsidiary, Vexa Holdings, sold its plant": a name inside a
    prepositional phrase that opens the sentence is not the holder of the description after it
    (no ``Argentina IS subsidiary``, and so no ``Nordbank OWN Argentina``).

    Linguistic reason: a fronted adverbial ("In Argentina,", "At Nordbank,") sets the scene of
    the clause and is closed by its comma; the noun phrase after the comma is the clause's
    subject, and an apposition renames a noun phrase it stands beside inside one constituent,
    never a noun across the boundary of a fronted adjunct.
    """
    if "fronted-adjunct-not-holder" in disabled() or name.dep_ != "pobj":
        return False
    prep = name.head
    return prep.dep_ == "prep" and prep.i == name.sent.start and prep.head.pos_ in ("VERB", "AUX") and prep.head.i > name.i


def _under_preposition(desc: Token, tok: Token) -> bool:
    """``tok`` hangs on ``desc`` through a preposition: it names where the title is held or what
    it is of, not who holds it."""
    through = False
    while tok.i != desc.i:
        if tok.head.i == tok.i:
            return False  # not under ``desc`` at all
        through = through or tok.dep_ == "prep"
        tok = tok.head
    return through


def _described(name_end: Token) -> bool:
    """The name already has its description: a title before it ("aide Yuri Ushakov") or a
    description set off before it ("the defence minister, Andrei Belousov")."""
    ent = name_span(name_end)
    if ent is None or ent.label_ != "PERSON":
        return False
    doc, start = name_end.doc, ent.start
    set_off = start - 2 >= ent.sent.start and doc[start - 1].text == "," and doc[start - 2].pos_ == "NOUN"
    return set_off or prenominal_title(ent) is not None


def description_noun(tok: Token) -> Token:
    """The noun a description is headed by: "chief of Russia's general staff, Valery Gerasimov"
    is a description of Gerasimov by "chief", though the parse may hang the name on "staff"."""
    while (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN"
           and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ","):
        tok = tok.head.head
    return tok


SET_OFF = frozenset({",", "-", "–", "—", ":", "("})
# Forms of address that stand between a title and the name it describes ("boss Sir Tom Reed").
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "miss", "sir", "dame", "lord", "lady"})


def set_off(holder: Token, phrase: tuple[Token, ...]) -> bool:
    """A description is an apposition of a name only when a comma, dash or bracket stands between
    them and nothing else: "Barclays" in "shares in banking group Barclays" is no description of
    the shares. A bracketed name after a name ("the Securities Exchange Commission (SEC)") is
    another name for it, not a description: no."""
    doc = holder.doc
    ent = name_span(holder)
    first, last = (ent.start, ent.end - 1) if ent is not None else (holder.left_edge.i, holder.i)
    if phrase[0].i > last:
        gap = doc[last + 1:phrase[0].i]
        return len(gap) == 1 and gap[0].text in SET_OFF and gap[0].text != "("
    gap = doc[phrase[-1].i + 1:first]
    if _coordinated_titles(phrase, gap):
        gap = doc[first:first]
    if gap and all(t.lower_.rstrip(".") in HONORIFICS for t in gap):
        # "United boss Sir Tom Reed": an honorific is how the name is addressed, no break in the phrase
        gap = doc[first:first]
    if not gap and ent is not None and ent.label_ == "PERSON":
        # "Sweden's trade minister Per Lund": a title the parse made the head; not any noun ("the
        # rapport Erik and I have" begins a clause)
        # ("Tom Reed's partner Jon Dahl": a personal tie, rule ``tie-noun``)
        return any(t.lemma_.lower() in TITLE_NOUNS or tie_noun(t) for t in phrase)
    return len(gap) == 1 and gap[0].text in SET_OFF - {"("}


def kind_before_name(holder: Token, phrase: tuple[Token, ...]) -> bool:
    """"with wireless provider The Skyline", "shares in auction house eTrade": a singular kind noun
    that heads its phrase and runs straight into a capitalised name is a close apposition (the
    parse hangs the name on it as an apposition, not as a compound), so it says what the name is.
    Not a noun phrase that only ends there ("shares in banking group Barclays" hung on "shares"),
    nor a person noun (a title: :func:`set_off`), nor a date ("told reporters Monday"), nor the
    first word of a longer name ("the thriller Hide and Seek" cut at "Hide")."""
    doc = holder.doc
    ent = name_span(holder)
    first, last = (ent.start, ent.end - 1) if ent is not None else (holder.left_edge.i, holder.i)
    if not phrase or phrase[-1].i != first - 1 or (ent is not None and ent.label_ == "PERSON"):
        return False
    if last + 2 < len(doc) and doc[last + 1].lower_ in ("and", "of", "&") and doc[last + 2].is_title and not (
            last + 3 < len(doc) and doc[last + 3].is_title):
        return False  # "Hide and Seek", "Cold and Dark": one title; "The Skyline and Fjord Telecom": two names
    name = doc[first:last + 1]
    inside = {t.i for t in phrase}
    root = next((t for t in phrase if t.head.i not in inside or t.head.i == t.i), None)
    # (a seed is a title too, but before a name the model did not label a person it still says
    # what the name is, as it did before seeds were titles: "from fourth seed Stepanek")
    if root is None or root.i != phrase[-1].i or root.tag_ != "NN" or root.lemma_.lower() in PERSON_KINDS:
        return False
    if any(c.dep_ == "det" and c.lower_ == "the" for c in children(root)):
        return False  # "the film Retirement": the ``close-apposition`` rule reads it
    words = [t for t in name if not (t.i == name.start and t.lower_ == "the")]
    return bool(words) and name[0].ent_type_ not in NOT_KIND_NAMES and all(
        t.text[:1].isupper() or t.text[:1].isdigit() or (t.is_lower is False and t.text[1:2].isupper())
        or t.lower_ in ("of", "and", "&", "the") for t in words)


# What a capitalised word after a noun can be that is no name of a thing of that kind.
NOT_KIND_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _coordinated_titles(phrase: tuple[Token, ...], gap: Span) -> bool:
    """"Nordbank president and chief executive Anna Berg": what stands between a description and
    the name is only titles coordinated with it, which describe the same name."""
    inside = {t.i for t in phrase}
    root = next((t for t in phrase if t.head.i not in inside or t.head.i == t.i), None)
    if root is None or not any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in children(root)):
        return False
    joined = {t.i for c in children(root) if c.dep_ in ("cc", "conj") for t in c.subtree}
    return all(t.i in joined and not t.is_punct for t in gap)


# Title words that news capitalises, which the parse then tags as proper nouns.



@register("plural-apposition")
def number_disagrees(holder: Token, desc: Token) -> bool:
    """A plural description beside one singular noun is no apposition in the Open IE view:
    "Nordbank , the lenders of Bergen ," gives no (Nordbank; is; the lenders of Bergen).

    Linguistic reason: an apposition renames its anchor, so the two agree in number ("Anna Berg ,
    two engineers" is no English). Beside one singular noun a plural noun phrase renames nothing:
    the parse has taken two items of a list, or a phrase of another clause, for an apposition. A
    coordinated anchor is plural ("Anna Berg and Tom Reed , two engineers"), a sum ("70 billion
    rubles , $ 1 billion") is one amount whatever its noun's number, and a name with a plural form
    ("Vexa Holdings") is tagged as a plural name, so none of these counts.
    """
    if "plural-apposition" in disabled() or desc.tag_ != "NNS" or desc.ent_type_ in _AMOUNTS:
        return False
    if any(c.pos_ in ("NOUN", "PROPN") for c in holder.conjuncts):
        return False
    return holder.tag_ in ("NN", "NNP") and holder.ent_type_ not in _AMOUNTS and not holder.like_num


_AMOUNTS = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL"})
