"""Mentions: what node an argument's head word names (:func:`mention_of`), with the name
cleaned of titles, possessives and words the model ran into it; :mod:`kg.resolve.entities`
resolves the mentions of a document to entities."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.extract.registry import disabled, register
from kg.model import clean_name
from kg.resolve.commonnouns import concept_name, concept_tokens
from kg.resolve.names import FEMALE_TITLES, MALE_TITLES, OFFICES, canonical_name, given_names
from kg.resolve.referring import FIRST_PERSON, PERSON_KINDS, PRONOUNS, aged
from kg.resolve.spans import entity_at

TITLES = frozenset({
    "president", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir",
    "dame", "lord", "lady", "senator", "sen.", "rep.", "gov.", "governor", "general", "gen.",
    "chancellor", "king", "queen", "prince", "princess", "pope", "minister", "premier", "judge",
    "justice", "mayor", "secretary", "ambassador", "chairman", "ceo", "director", "colonel",
    "captain", "pm", "vice", "prime", "deputy", "foreign", "defence", "defense", "former",
    "the", "us", "u.s.", "uk",
})
# Ranks and offices name a person's post, but start the whole name of a company or a place
# ("General Motors", "Premier Foods"): only a person's (or an untyped name's) lose them. Courtesy
# titles and "the" go from any name ("Mr Morchio" read as an organisation is still Morchio).
OFFICE_TITLES = TITLES - MALE_TITLES - FEMALE_TITLES - {"the", "us", "u.s.", "uk"}
ENT_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC",
             "NORP": "NORP", "EVENT": "EVENT", "WORK_OF_ART": "OTHER", "LAW": "OTHER",
             "PRODUCT": "OTHER", "LANGUAGE": "OTHER"}
# Mentions of these kinds are arguments in the Open IE view but never nodes in the graph.
NOT_NODES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_POSSESSIVE = re.compile(r"(['’]s?|s['’])$")
# "Claire 's Stores", "If I Ai n't Got You", as the words were joined
_CLITIC = re.compile(r"(?<=\w) (['’]s|n['’]t|['’](?:re|ll|ve|m|d))\b")


@dataclass(slots=True)
class Mention:
    name: str
    type: str
    surface: str
    token: Token
    named: bool
    definite_bare: bool = False


def _strip_name(tokens: list[Token], type_: str = "OTHER", work: bool = False, rank: bool = False) -> str:
    words = [t.text for t in tokens if not t.is_punct or t.text in "-.&" or (work and t.text == ":")]
    person = type_ in ("PERSON", "OTHER")
    while len(words) > 1 and words[0].lower() in TITLES and (person or words[0].lower() not in OFFICE_TITLES):
        if rank and words[0].lower() != "the":
            break  # "The Lord of the Rings", "Prince of Persia": a title's word (rule title-keeps-rank)
        words.pop(0)
    if words and words[-1] in ("'s", "’s", "'", "’"):
        words.pop()
    text = clean_name(_CLITIC.sub(r"\1", " ".join(words)).replace(" - ", "-").replace(" .", ".").replace(" :", ":"))
    return _POSSESSIVE.sub("", text) if len(text) > 3 else text


_COURTESY_TITLES = MALE_TITLES | FEMALE_TITLES
_TITLES_OR_OFFICES = TITLES | OFFICES
# What follows a possessive's "'s" when it owns the next words: "Nordbank's new chief", "the
# agency's $5m fine", "Bergen's Tom Reed" (and any capitalised word: "Vexa's Up All Night", a title).
_OWNED_FIRST = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "DET", "SYM", "PRON"})


@register("possessive-name")
def possessive_name(m: Mention) -> str | None:
    """"Harrow's said the outlook was stable", "shares in Harrow's fell": a firm whose name is a
    possessive is written so as the subject or object of a verb, with no noun after it to own; the
    name that gives the firm ("Harrow's"), or None. Where the document never writes the name
    without its "'s", its other mentions ("Harrow's analysts", a possessor) are the same firm
    (:meth:`DocumentResolver._resolve`).

    Linguistic reason: an English possessive is a determiner of the noun phrase after it
    ("Nordbank's profits"); where nothing after the "'s" can be what it owns (a verb, a comma, a
    preposition: the parse makes the name a subject or an object, its "'s" only a case mark), the
    "'s" is part of the name, as in the names of shops and firms named after their founders. Only
    for names the model labels an organisation or leaves untyped: "a friend of Tom Reed's" is a
    double genitive, a person's; and not after "of" for the same reason. Nor at the end of a line
    or a text, where a cut-off line ("In the other game Vexa's") leaves a possessive alone."""
    if "possessive-name" in disabled() or m.type not in ("ORG", "OTHER") or not m.named:
        return None
    tok = m.token
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    owned = doc[after.i + 1] if after is not None and after.i + 1 < len(doc) else None
    if (after is None or after.text not in ("'s", "’s") or after.dep_ != "case" or after.head.i != tok.i
            or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT")
            or (tok.dep_ == "pobj" and tok.head.lower_ == "of")
            or owned is None or owned.is_space or owned.pos_ in _OWNED_FIRST or owned.is_title):
        return None
    return m.name + after.text if m.name.split()[-1] == tok.text else None


@functools.lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str], list[list[str]], frozenset[str]]:
    """The English model's own word lists: its adjectives, its verbs, its rules that take a verb's
    -ed or -ing off, and its nouns (the rule lemmatizer's tables); empty without a lemmatizer. From the
    pipeline kg loaded last (the one that parses), else the default one."""
    from kg.extract.nlp import load_model, loaded_model  # kg.extract imports this package: at call time

    nlp = loaded_model() or load_model()
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset(), frozenset(), [], frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    index = lookups.get_table("lemma_index", {})
    rules = [r for r in lookups.get_table("lemma_rules", {}).get("verb", []) if r[0] in ("ed", "ing")]
    return (frozenset(index.get("adj", ())), frozenset(index.get("verb", ())), rules,  # (lists in the table, or sets)
            frozenset(index.get("noun", ())))


@functools.lru_cache(maxsize=8192)  # pure, and asked again for every name with the word
def modifier_word(lower: str) -> bool:
    """Whether English has ``lower`` as an adjective ("injured", "troubled") or as a verb's
    participle ("battling": battle), by the model's word lists."""
    adjectives, verbs, rules, _ = _word_lists()
    return lower in adjectives or any(
        lower.endswith(old) and lower[:len(lower) - len(old)] + new in verbs for old, new in rules)


def opens_sentence(tok: Token) -> bool:
    """The first word of a sentence or of a line (a headline)."""
    return tok.i == 0 or tok.is_sent_start or tok.doc[tok.i - 1].is_space


_SENTENCE_END = ".!?:\"'”’"
# The kinds of name that lose a sentence-initial adjective (places keep theirs).
_TRIMMED_TYPES = ("ORG", "OTHER")


def _after_sentence_end(text: str, at: int) -> bool:
    """Whether ``text[at:]`` opens a sentence or a line (nothing but space and an end of sentence
    before it)."""
    before = text[:at].rstrip(" ")
    return not before or before.endswith("\n") or before[-1] in _SENTENCE_END


def _written_capitalised_inside(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` somewhere other than opening a sentence."""
    return any(not _after_sentence_end(text, f.start()) for f in re.finditer(rf"(?<![\w-]){word}(?![\w-])", text))


def english_noun(lower: str) -> bool:
    """Whether English has ``lower`` as a common noun, by the model's word lists ("tv", "pc")."""
    return lower in _word_lists()[3]


def _common_plural(name: str) -> bool:
    """A one-word name that English has as a plural common noun ("Airlines", "Motors", "Holdings")."""
    lower = name.lower()
    if " " in lower or not lower.endswith("s") or not name.istitle():
        return False  # ("US" is an initialism)
    nouns = _word_lists()[3]
    return lower[:-1] in nouns or (lower.endswith("ies") and lower[:-3] + "y" in nouns)


def _written_alone(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` with no capitalised word right before it. Opening a
    sentence, where every word has a capital, a plural common noun is no name ("United Airlines
    cut flights. Airlines struggled": "Airlines" is what airlines do)."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if _after_sentence_end(text, found.start()):
            if not _common_plural(name):
                return True
            continue
        before = text[:found.start()].rstrip(" ").rsplit(None, 1)
        if not before or not before[-1][:1].isupper():
            return True
    return False


@register("initial-modifier-in-name")
def initial_modifier(m: Mention, text: Callable[[], str]) -> str | None:
    """"Injured Nordvik winger Tom Reed said ...", "Troubled Vexa Holdings ...", and later
    "Nordvik face Bergen": the name without the adjective or participle that opens the sentence
    ("Nordvik"), or None.

    Linguistic reason: English capitalises the first word of a sentence and of a headline, so
    there a capital says nothing about a word being part of a name; the tagger, seeing two
    capitals, reads the adjective as a proper noun, the entity model takes it into the name, and
    every later "Nordvik" of the text joins the wrong name "Injured Nordvik". The word is cut
    only when everything says it is an adjective: English has it as one or as a verb's participle
    (the model's word lists), the text (``text()``, every paragraph) never writes it with a capital
    except opening a sentence, it is no given name ("Frank Dahl"), and the text names the rest
    on its own elsewhere ("Nordvik face Bergen"). Only organisations and untyped names: places
    keep theirs ("Northern Ireland", "Great Britain" are other places than Ireland, Britain)."""
    if "initial-modifier-in-name" in disabled() or m.type not in _TRIMMED_TYPES or not m.named or " " not in m.name:
        return None
    first_word, rest = m.name.split(" ", 1)
    if not first_word.isalpha() or not first_word.istitle() or not modifier_word(first_word.lower()):
        return None  # (word look-ups before any token: most names end here)
    doc, tok = m.token.doc, m.token
    first = next((t for t in doc[max(0, tok.i - len(m.name.split()) - 1):tok.i + 1] if t.text == first_word), None)
    if first is None or first.is_stop or not opens_sentence(first) or first.lower_ in given_names():
        return None
    whole = text()  # (after the look-ups: most names end here)
    return None if _written_capitalised_inside(first_word, whole) or not _written_alone(rest, whole) else rest


def written_bare(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` without a possessive "'s" after it at least once."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)(?!['’]s\b)", text) is not None




# Words that end a name where the model ran it on: "Rubio last night", "Nokia yesterday".
TIME_WORDS = frozenset({"last", "next", "this", "yesterday", "today", "tonight", "tomorrow", "earlier",
                        "later"})
BRACKETS = frozenset("()[]{}")
CONNECTORS = frozenset({"at", "of", "in", "for", "and", "the", "on", "to", "by", "from", "with"})
_NUMBER_NAME = re.compile(r"^[\d.,]+(bn|m|k|tn|%)?$", re.IGNORECASE)


def _name_part(ent: Span) -> list[Token]:
    """The tokens of an entity span that are its name: up to a time expression, a verb or a
    bracket that the model ran into it, without connectors left dangling at the end
    ("Centre for the Study of Fisheries at")."""
    toks: list[Token] = []
    title = title_inside(ent)
    for tok in ent:
        verb = tok.pos_ in ("VERB", "AUX") and not (title and not tok.is_lower)
        stop = verb or tok.text in BRACKETS or (tok.lower_ in TIME_WORDS and tok.is_lower)
        if stop and toks:
            break
        if not toks and _question_modal(tok) and len(ent) > 1:
            continue  # "Will Blair quit?": the question's verb; "Will Smith arrived" is a name
        toks.append(tok)
    while len(toks) > 1 and ((toks[-1].lower_ in CONNECTORS and toks[-1].is_lower) or toks[-1].text in ",;:-"):
        toks.pop()
    return toks


@register("title-words")
def title_inside(ent: Span) -> bool:
    """"her single So High", "the song If I Ain't Got You": whether ``ent`` is the title of a work
    inside a sentence, whose capitalised words are all the title's, verbs ("Got") and openers
    ("So") too.

    Linguistic reason: a title is a name made of any words, a clause among them ("Do the Right
    Thing"); inside a sentence English marks its words with capitals, so a capitalised verb or
    adverb inside a work's title is a word of the title, not the sentence's verb or a connective
    before a name ("So Blair said", "The Chaplin Collection beat Oasis": a verb in lower case
    still ends a name). Only for a span the model or :mod:`kg.extract.kind_names` labels a work
    (WORK_OF_ART) that does not open its sentence.
    """
    return ("title-words" not in disabled() and ent.label_ == "WORK_OF_ART" and not opens_sentence(ent[0])
            and ent[0].text[:1].isupper())


@register("title-keeps-rank")
def title_keeps_rank(ent: Span) -> bool:
    """"The Lord of the Rings", "Prince of Persia", "King of the Hill": whether the first words
    of ``ent`` that are a rank or a courtesy title ("Lord", "Prince", "King") are words of its name.

    Linguistic reason: a rank or a courtesy title before a person's name is no word of the name
    ("Sir Tom Reed" is Tom Reed) and the resolver drops it; a work's title is a name made of any
    words, and a rank that opens it is one of them ("The Lord of the Rings" is no lord's name, and
    "of the Rings" is no name at all). Only a span the model or a title rule labels a work
    (WORK_OF_ART) whose rank is followed by a word in lower case ("Lord of", "Prince of"): a rank
    before a capitalised word may still be a person's, which the model misread as a work ("Dr
    Tom Reed"). Its leading "the" still goes, as from any name.
    """
    if ent.label_ != "WORK_OF_ART" or "title-keeps-rank" in disabled():
        return False
    words = [t for t in ent if t.lower_ != "the"]
    return len(words) > 2 and words[1].is_lower  # "Lord of the Rings"; not "Dr Tom Reed" the model misread


def subtitled(ent: Span) -> bool:
    """Whether the name of ``ent`` keeps its colon: a work's title and its subtitle ("Star Wars:
    Episode III"), one name over the colon (rule ``colon-in-title`` of :mod:`kg.extract.colon_titles`,
    which also makes such spans)."""
    return ent.label_ == "WORK_OF_ART" and "colon-in-title" not in disabled()


@register("number-word-in-name")
def _number_word_before(toks: list[Token]) -> list[Token]:
    """"Million Dollar Baby won", "the film Million Dollar Baby": a capitalised number word the
    parse reads as a count right before a name is the first word of the name (``[Million]``), or
    nothing.

    Linguistic reason: a count before a proper name is written in lower case or in figures ("two
    Nordbank branches", "3 Vexa stores"); one written with a capital inside a run of capitalised
    words is a word of a title or a name, as "Dollar" is. Only a word of letters right before the
    name's first word; not the count of a noun after the name ("Three Halden Kjerstad players"),
    and not opening a sentence where the name is one word ("Three Nordbank ..."). Inside a name,
    between two of its capitalised words ("the RBS Six Nations"), such a word is one of the name's
    too (:func:`_number_word_inside`)."""
    if "number-word-in-name" in disabled() or not toks:
        return []
    first = toks[0]
    before = first.doc[first.i - 1] if first.i > 0 else None
    if (before is None or before.pos_ != "NUM" or before.dep_ not in ("nummod", "compound") or not before.is_title
            or not before.is_alpha or before.head.i > toks[-1].i
            or (before.i == before.sent.start and len(toks) < 2)):
        return []
    return [before]


# The names of months and weekdays: written with a capital, and times, not names, before a name.
_CALENDAR_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                             "friday", "saturday", "sunday"})


@register("time-before-name")
def _time_before_name(toks: list[Token]) -> list[Token]:
    """"Until December Nordbank said ...", "On Tuesday Vexa said ...": ``toks`` (a name's compounds
    and its head word) without a month or a weekday at their front that the model tags a date.

    Linguistic reason: a month or a weekday is a time expression ("until December", "on Tuesday")
    that English writes with a capital; with no comma after a fronted time phrase, the parse hangs
    it on the next name as a compound, but the name itself is not a date and a time is no word of
    it. Only a month or weekday the entity model tags DATE or TIME before a head word it does not,
    and never a whole name ("May Department Stores", "Sunday Bloody Sunday" are entity spans and
    keep their words: this reads the compounds of a name the model did not tag).
    """
    if len(toks) < 2 or toks[0].lower_ not in _CALENDAR_NAMES or "time-before-name" in disabled():
        return toks  # (the cheap test first: few names open with a month)
    if toks[-1].ent_type_ in ("DATE", "TIME"):
        return toks
    i = 0
    while i < len(toks) - 1 and toks[i].lower_ in _CALENDAR_NAMES and toks[i].ent_type_ in ("DATE", "TIME"):
        i += 1
    return toks[i:]


# Words of OFFICES that modify a post and head none ("Prime", "Home", "Vice" of "Vice-President").
_OFFICE_MODIFIERS = frozenset({"vice", "prime", "deputy", "foreign", "defence", "defense", "former", "shadow", "home",
                               "culture", "health", "education", "trade", "industry", "economic", "finance", "treasury",
                               "chief", "general"})
_POSTS = OFFICES - _OFFICE_MODIFIERS
# The kinds of name a title is read as (a person's, a place's or a people's name keeps its words).
_TITLE_READ_AS = frozenset({"ORG", "OTHER", "EVENT"})


@register("title-not-name")
def title_not_name(toks: list[Token], type_: str) -> bool:
    """"when the Prime Minister walked into Vexa", "current Supreme Leader Jon Dahl", "Vice-President
    Tom Reed": whether a name's words (``toks``) are a capitalised title, or its first word, and so
    name no node ("Minister", "Supreme", "Vice" were organisations or things doing what the holder did).

    Linguistic reason: English writes a post with capitals when it stands for one office ("the Prime
    Minister", "the Supreme Leader"); the words are a common noun phrase, a post and its modifiers,
    not a name, and the entity model or the parse reading a name in them cut it to one word. Two
    cases: every word is an office word ending in a post ("Prime Minister", "Home Secretary"); or a
    one-word name that is an office's modifier or an adjective ("Vice", "Supreme") with a capitalised
    post right after it outside the name ("-President", "Leader"). Not a person's, place's or people's
    name ("Judge", "Bishop" are surnames; "Conservative Leader" is the party's), and not a name with a
    word of its own ("Nordbank Chairman": a firm's post).
    """
    if type_ not in _TITLE_READ_AS or not toks or len(toks) > 3 or "title-not-name" in disabled():
        return False
    words = [t for t in toks if t.is_alpha]
    if not words or not all(t.is_title for t in words):
        return False
    lowers = [t.lower_ for t in words]
    if len(words) >= 2:
        return all(w in OFFICES for w in lowers) and lowers[-1] in _POSTS
    first = words[0]
    if first.lower_ not in _OFFICE_MODIFIERS and not (modifier_word(first.lower_) and first.lower_ not in OFFICES):
        return False
    doc = first.doc
    i = first.i + 1
    if i < len(doc) and doc[i].text in ("-", "–") and not doc[i - 1].whitespace_:
        i += 1
    return i < len(doc) and doc[i].is_title and doc[i].lower_ in _POSTS


@register("nationality-before-unnamed-name")
def _nationality_before_unnamed(toks: list[Token]) -> list[Token]:
    """"against Russian Nikolay Davydenko": the words of a name the entity model left untagged,
    without the nationality adjective it tagged before them ("Nikolay Davydenko").

    Linguistic reason: a nationality adjective before a personal name is an apposed description
    (Nikolay Davydenko, a Russian), as "striker" is in "striker Tom Reed"; the parse makes it a
    compound of the name's head, but the entity model read it as a nationality of its own (NORP),
    and the name, which it did not know, as nothing. What follows is a name of two capitalised
    singular proper nouns or more with no entity type; a shorter rest ("Russian Standard") or one
    with a plural ("British Hit Singles", a book) may be a name that opens with the adjective,
    and stays whole.
    """
    if len(toks) < 3 or toks[0].ent_type_ != "NORP" or "nationality-before-unnamed-name" in disabled():
        return toks  # (the cheap test first: most names have no nationality word before them)
    from kg.resolve.demonyms import country_of

    rest = toks[1:]
    if country_of(toks[0].text) is None or not all(
            t.tag_ == "NNP" and t.is_title and t.is_alpha and not t.ent_type_ for t in rest):
        return toks  # (a person's name is singular proper nouns: "British Hit Singles" is a book)
    return rest


@register("compound-chain-in-name")
def _compound_chain_before(toks: list[Token]) -> list[Token]:
    """"work together on High Speed Downlink Packet Access", "chief executive of Open Source
    Development Labs": the capitalised proper nouns right before a name's first word that the parse
    makes a compound of one of the name's words, not of its head (``[High]``, ``[Open]``), or nothing.

    Linguistic reason: a run of capitalised proper nouns inside a sentence is one name, however the
    parse brackets it inside: "Open Source" is a compound modifying "Source Development Labs" as a
    whole, and the name is all four words. The name's words are the compounds of its head and, before
    them, the compounds of those compounds; leaving the second out cut the first word off the name
    ("Source Development Labs", "Speed Downlink Packet Access"). Only adjacent words written with a
    capital, with no entity type of their own ("US firm Vexa": a place before a noun is no word of
    the name), and not opening a sentence, where every word has a capital.
    """
    if len(toks) < 2 or "compound-chain-in-name" in disabled():
        return []  # (the cheap test first: a one-word name has no compound to hang one on)
    doc = toks[0].doc
    inside = {t.i for t in toks}
    found: list[Token] = []
    i = toks[0].i - 1
    while i >= 0:
        before = doc[i]
        if (before.pos_ != "PROPN" or before.dep_ != "compound" or before.head.i not in inside or before.ent_type_
                or not (before.is_title or before.is_upper) or not before.is_alpha or opens_sentence(before)):
            break
        found.insert(0, before)
        inside.add(i)
        i -= 1
    return found


def _number_word_inside(toks: list[Token]) -> list[Token]:
    """"the RBS Six Nations": ``toks`` (a name's compounds and its head word) with a capitalised
    number word the parse reads as a count of the head, where it stands between two of them
    (rule ``number-word-in-name``, as :func:`_number_word_before`)."""
    if "number-word-in-name" in disabled() or len(toks) < 2:
        return toks
    head = toks[-1]
    inside = [c for c in head.lefts if c.dep_ == "nummod" and c.is_title and c.is_alpha and toks[0].i < c.i]
    if not inside:
        return toks
    run = sorted([*toks, *inside], key=lambda t: t.i)
    return run if run[-1].i - run[0].i == len(run) - 1 and all(t.is_title or t.is_upper for t in run) else toks


def _question_modal(tok: Token) -> bool:
    """A modal that opens a question ("Will", "Can", "Should"): a capitalised "Will" anywhere
    else, or opening a statement, is a given name."""
    return tok.tag_ == "MD" and tok.i == tok.sent.start and tok.sent.text.rstrip(" \"'’”").endswith("?")


def _entity_span(tok: Token) -> Span | None:
    if tok.ent_iob_ == "O":
        return None
    return entity_at(tok)


# "Arsenal v Stoke": a fixture the model reads as one name is two.
VERSUS = frozenset({"v", "v.", "vs", "vs."})


def _side_of(ent: Span, tok: Token) -> Span:
    """The part of an entity span between "v"s that holds ``tok`` (all of it when there is none)."""
    cuts = [t.i for t in ent if t.lower_ in VERSUS and t.is_lower]
    if not cuts:
        return ent
    start = max((i + 1 for i in cuts if i < tok.i), default=ent.start)
    end = min((i for i in cuts if i > tok.i), default=ent.end)
    return Span(ent.doc, start, end, label=ent.label) if start < end else ent


@register("clause-not-title")
def _clause_side(ent: Span, tok: Token) -> Span:
    """"England won the first Vexa Cup": a span the model tags a work's title (WORK_OF_ART) that
    holds a verb in lower case with its own subject inside is a clause; ``tok``'s side of the verb,
    from its first capitalised word, is the name, with no type (``ent`` itself otherwise).

    Linguistic reason: a title is a name and may be made of a clause, but inside a title English
    writes its verbs with capitals ("Meet the Sailors", "Everybody Loves Raymond"; kept by
    ``verb-in-title`` and ``title-words``); a verb in lower case with a subject before it inside the
    span is the sentence's own verb, which the model swallowed after a quotation ended, and the
    names on either side of it are its subject and its object. Not a verb without a subject in the
    span ("the film Gone with the Wind" reads "Gone" as a title word anyway: capitalised).
    """
    if ent.label_ != "WORK_OF_ART" or len(ent) < 3 or "clause-not-title" in disabled():
        return ent  # (the cheap test first: few spans are titles)
    verb = next((t for t in ent[1:] if t.pos_ in ("VERB", "AUX") and t.is_lower and any(
        c.dep_ in ("nsubj", "nsubjpass") and ent.start <= c.i < t.i for c in t.children)), None)
    if verb is None or verb.i == tok.i:
        return ent
    if tok.i < verb.i:
        return Span(ent.doc, ent.start, verb.i)
    start = next((t.i for t in ent.doc[verb.i + 1:ent.end] if not t.is_lower and t.is_alpha), tok.i)
    return Span(ent.doc, min(start, tok.i), ent.end)


# Amounts a verb can act on: a sum, a share, a measure ("borrowed $10bn", "bought 20%").
_AMOUNT_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY"})


@register("amount-object")
def amount_object(tok: Token, ent: Span) -> bool:
    """"Norway borrowed $10bn from the IMF", "Tom Reed spent $26,500 on an island", "Night Train
    took $19.5m": a sum, a share or a measure that is a verb's direct object is a node of the
    graph (a CONCEPT named by the amount), so the fact is kept; elsewhere ("a $10bn deal",
    "rose by 5%") an amount stays no node, as dates and counts are.

    Linguistic reason: the direct object is what the verb acts on; when that is an amount, the
    amount is the fact (what was borrowed, spent, taken), not a circumstance of it. The tagger
    already leaves some amounts untyped ("$19.5m" read as a noun "m"), and those were CONCEPTs:
    an amount the model types MONEY or PERCENT is read the same way.
    """
    if "amount-object" in disabled() or ent.label_ not in _AMOUNT_TYPES or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return False
    if not (_NUMBER.match(tok.text) or tok.lower_ in _AMOUNT_WORDS or tok.text in _CURRENCY):
        return False  # "fined a record $550,000": the head word is no amount (the parse's slip)
    if _counts_a_kind(tok):
        return False  # "cut 5% of its staff": what was cut is the staff, which the amount leaves out
    words = _amount_words(tok, ent)
    after = tok.doc[words[-1].i + 1] if words[-1].i + 1 < len(tok.doc) else None
    # "reject any formal £800m offer": an amount before a noun modifies it; the noun is the object
    return not (after is not None and after.pos_ in ("NOUN", "PROPN") and after.lower_ not in _AMOUNT_WORDS)


_CURRENCY = frozenset({"$", "£", "€", "¥", "US$"})
_NUMBER = re.compile(r"^\d[\d,.]*(m|bn|k|%)?$")
# Words that end or stand for an amount: "$9.4m" is "$", "9.4", "m" to the tokenizer.
_AMOUNT_WORDS = frozenset({"m", "bn", "k", "million", "billion", "trillion", "thousand", "millions", "billions",
                           "thousands", "hundreds", "%", "percent", "per", "cent", "tonnes", "barrels"})


_MONEY_NOUNS = frozenset({"dollar", "pound", "euro", "yen", "yuan", "rupee", "franc", "krone", "kroner", "rouble", "peso"})


def _counts_a_kind(tok: Token) -> bool:
    """The amount has an "of" phrase naming a kind of thing ("5% of its staff"), not a name ("19.9%
    of Nordbank") nor a currency ("billions of dollars")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "NOUN" and pobj.lemma_.lower() not in _MONEY_NOUNS:
                return True
    return False


def _unit_of_number(tok: Token) -> bool:
    """"m" or "bn" written onto the number before it, which the parse made a word of its own ("took
    $9.4m": "9.4" and "m" both objects of "took"); not the head of its number ("$750m", "the 1500m")."""
    if tok.lower_ not in ("m", "bn") or tok.i == 0 or "amount-object" in disabled():
        return False
    number = tok.doc[tok.i - 1]
    return not number.whitespace_ and number.like_num and number.head != tok and tok.head != number


def _amount_words(tok: Token, ent: Span) -> list[Token]:
    """The words of an amount as the text writes it: the entity's words around ``tok`` and the
    currency sign and unit written onto them ("$9.4m", "£1,152m", "up to $35bn")."""
    doc = tok.doc
    start, end = min(ent.start, tok.i), max(ent.end, tok.i + 1)
    while start > 0 and (doc[start - 1].text in _CURRENCY or doc[start - 1].dep_ == "quantmod"):
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].lower_ in _AMOUNT_WORDS:
        end += 1
    return [t for t in doc[start:end] if t.dep_ not in ("det", "punct") or t.lower_ in _AMOUNT_WORDS]


def mention_of(tok: Token) -> Mention | None:
    """The mention an argument's head word makes, or None when it names no node (dates, clauses)."""
    if tok.pos_ == "PROPN" and (tok.dep_ in ("conj", "nmod", "compound") or any(c.dep_ == "conj" for c in tok.children)):
        from kg.extract.coordination import shared_head_name  # at call time: kg.extract imports this package

        shared = shared_head_name(tok)
        if shared is not None:  # "the Bergen, Voss and Flam lines": Voss is the Voss line
            return Mention(shared, "OTHER", shared, tok, True)
    ent = _entity_span(tok)
    if ent is not None:
        if tok.lower_ in VERSUS and tok.is_lower and len(ent) > 1:
            return None  # the "v" of a fixture names nothing
        ent = _clause_side(_side_of(ent, tok), tok)
        if ent.label_ in NOT_NODES:
            if aged(tok):  # "the 34-year-old said": a person described by age, for the references
                return Mention(ent.text, "CONCEPT", ent.text, tok, False)
            if amount_object(tok, ent):
                amount = concept_name(_amount_words(tok, ent))
                return Mention(amount, "CONCEPT", amount, tok, False) if amount else None
            return None
        part = _name_part(ent)
        if tok.i > part[-1].i:
            return None  # the head word is past the name ("night" in "Rubio last night")
        type_ = ENT_TYPES.get(ent.label_, "OTHER")
        stripped = _strip_name(part, type_, work=subtitled(ent), rank=title_keeps_rank(ent))
        if _NUMBER_NAME.match(stripped.split(" ")[0] if stripped else ""):
            return None  # "200bn", "420bn yuan": an amount the model took for a name
        name = canonical_name(stripped, type_) if stripped else ""
        if name and name != stripped and stripped.endswith(" " + name) and title_inside(ent):
            name = stripped  # "So High": the title's first word, no connective before a name
        if name.casefold() in _COURTESY_TITLES:
            return None  # "Describing Mr": the name itself is in the next span
        if title_not_name(part, type_):
            return None  # "the Prime Minister", "Supreme Leader": a post, no name
        start = ent.start
        while (start > 0 and tok.doc[start - 1].lower_ in _TITLES_OR_OFFICES and tok.doc[start - 1].is_title
               and start > ent.sent.start):
            start -= 1  # "President Putin": the title is part of how the text names him
        surface = tok.doc[start:part[-1].i + 1].text
        return Mention(name, type_, surface, tok, True) if name else None
    named = name_after_field(tok)
    if named is not None:
        return mention_of(named)  # "led by Bergen minister of state Jon Dahl": Jon Dahl
    if tok.pos_ == "PROPN" and not _lower_word(tok):
        toks = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
        toks = _time_before_name(toks)
        toks = _number_word_inside(toks)
        toks = _number_word_before(toks) + toks
        toks = _compound_chain_before(toks) + toks
        toks = _nationality_before_unnamed(toks)
        if title_not_name(toks, "OTHER"):
            return None  # "when the Prime Minister walked in": a post, no name
        name = _strip_name(toks)
        return Mention(name, "OTHER", " ".join(t.text for t in toks), tok, True) if name else None
    if _unit_of_number(tok):
        return None  # the "m" of "$9.4m": the number's mention stands for the amount
    if tok.pos_ == "NOUN" or tok.pos_ == "PROPN":
        # an untagged "proper noun" in lower case is a common noun the tagger misread ("the director
        # award went to ..."): English writes names with a capital
        toks = concept_tokens(tok)
        if not toks or all(t.like_num for t in toks):
            return None
        concept = concept_name(toks)
        if not concept:
            return None
        bare = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) and not any(
            t.pos_ == "PROPN" or t.ent_type_ or t.dep_ == "compound" for t in toks[:-1])
        return Mention(concept, "CONCEPT", concept, tok, False, bare)
    if tok.pos_ == "PRON" and (tok.lower_ in PRONOUNS or tok.lower_ in FIRST_PERSON):
        return Mention("", "PRONOUN", tok.text, tok, False)
    return None


@register("name-after-post-field")
def name_after_field(tok: Token) -> Token | None:
    """"Talks were led by Bergen minister of state Jon Dahl", "met Nordbank head of news Tom
    Reed": the person's name the parse hung inside the "of" phrase of a post written in lower case
    (the name's head word), which is then who the post's noun phrase names; None otherwise.

    Linguistic reason: a post with its field ("minister of state", "head of news") is one title,
    and a name straight after it is the title's holder, as after "minister" alone; the parse,
    reading the field and the name as one noun phrase, makes the name the object of "of". The
    graph would otherwise hold "Bergen minister" as a name. Only a field of common nouns between
    "of" and the name ("director of Nordbank Tom Reed" keeps its reading) and a name ending the
    phrase.
    """
    if not tok.is_lower or tok.lower_ not in PERSON_KINDS or "name-after-post-field" in disabled():
        return None  # (the cheap test first: most heads are no post written in lower case)
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    name = next((c for c in of.children if c.dep_ == "pobj"), None)
    ent = entity_at(name) if name is not None and name.ent_type_ == "PERSON" else None
    if name is None or ent is None or ent.end != name.i + 1 or ent.end != of.right_edge.i + 1:
        return None
    field = tok.doc[of.i + 1:ent.start]
    return name if len(field) and all(t.is_lower and not t.ent_type_ for t in field) else None


def _lower_word(tok: Token) -> bool:
    """A word in lower case the tagger took for a proper noun ("the director award", "reggae"):
    no name, since English writes names with a capital; but the last part of a hyphenated name
    is one ("Chong-gyu": a capitalised proper noun is part of it)."""
    return tok.is_lower and not any(c.dep_ == "compound" and c.pos_ == "PROPN" and not c.is_lower for c in tok.lefts)
