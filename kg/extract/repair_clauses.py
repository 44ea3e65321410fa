"""Repairs of a clause the small model left without its subject or its verb (issue #13, round 23).

Like the repairs of :mod:`kg.extract.repair` (which runs these in its order), each rewrites the
parse of one sentence in place before the graph's rules and the entity resolver read it, is named
in the rule registry and can be switched off like a rule.

- "The 24-year-old joined Nordbank in 2003": an age with "the" before it and a verb after it is
  the clause's subject; the model reads "old" as an adjective of the next noun and the verb as
  another (rule ``age-as-subject``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from kg.extract.lemma_table import spelled_choice
from kg.extract.nlp import loaded_model
from kg.extract.registry import register

# Tags of a word that is a finite verb, or that the tagger gave a past form it took for an
# adjective ("shocked"/JJ, "admitted"/VBN) when it read the age as the adjective of a noun.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_PAST_READ_AS_ADJECTIVE = frozenset({"JJ", "VBN"})
# Right-hand words of a noun the model made the sentence's root that belong to the clause once the
# verb before the noun is its root: "joined Nordbank in 2003 .", "shocked Tom Reed to win ...".
_CLAUSE_DEPS = frozenset({"prep", "punct", "npadvmod", "advcl", "advmod", "cc", "conj", "ccomp", "xcomp",
                          "acl", "dative", "agent"})


def _age_before_verb(old: Token) -> tuple[Token, Token | None, Token | None] | None:
    """The verb an age without a verb of its own stands before ("The 24-year-old joined"), the
    noun the parse hung both on (or none) and the modal or adverb between them (or none)."""
    doc, i = old.doc, old.i
    start = old.sent.start
    if (i - 5 < start or i + 1 >= old.sent.end or doc[i - 1].text != "-" or doc[i - 2].lower_ != "year"
            or doc[i - 5].lower_ != "the" or old.dep_ not in ("amod", "compound", "npadvmod", "nmod")):
        return None
    between = None
    verb = doc[i + 1]
    if verb.tag_ in ("RB", "MD") and i + 2 < old.sent.end:  # "the 47-year-old later returned", "will race"
        between, verb = verb, doc[i + 2]
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # the verb has its subject: "the 24-year-old" is something else's
    if verb.tag_ in _FINITE or (between is not None and between.tag_ == "MD" and verb.tag_ == "VB"):
        if verb.pos_ not in ("VERB", "AUX") or old.head.i not in (verb.i, i + 1):
            return None
        return verb, None, between
    if (verb.tag_ not in _PAST_READ_AS_ADJECTIVE or not verb.is_lower or not verb.lower_.endswith("ed")
            or between is not None):
        return None
    noun = verb.head
    if verb.head.i == verb.i:  # "The 29-year-old finished second": the past form is the root already
        return (verb, None, None) if old.head.i == verb.i else None
    if (verb.dep_ != "amod" or noun.i <= verb.i or old.head.i not in (noun.i, verb.i) or noun.dep_ != "ROOT"
            or noun.pos_ not in ("NOUN", "PROPN", "ADJ")):
        return None
    if (noun.tag_ == "NN" and (noun.i + 1 == len(doc) or doc[noun.i + 1].pos_ != "PROPN")
            and not any(c.dep_ in ("det", "poss", "nummod") and c.i > verb.i for c in noun.children)):
        # a bare singular noun is no object ("the 24-year-old married father of two signed"), the past
        # form its adjective, unless a name it introduces follows ("presented long-running show Bandstand")
        return None
    return verb, noun, None


def _as_past_verb(tok: Token) -> None:
    """Make ``tok`` (a past form the tagger read as an adjective: "joined", "shocked") a past
    verb, with the verb's lemma the model's rule lemmatizer gives ("join", "admit")."""
    tok.tag_, tok.pos_ = "VBD", "VERB"
    tok.set_morph("Tense=Past|VerbForm=Fin")  # type: ignore[attr-defined]  # (spaCy has it; its stubs do not)
    word = tok.lower_
    nlp = loaded_model()
    lemmatizer = nlp.get_pipe("lemmatizer") if nlp is not None and "lemmatizer" in nlp.pipe_names else None
    rule_lemmatize = getattr(lemmatizer, "rule_lemmatize", None)
    forms = spelled_choice(word, rule_lemmatize(tok)) if rule_lemmatize is not None else []
    tok.lemma_ = forms[0] if forms else word[:-2]


@register("age-as-subject")
def repair_age_as_subject(sent: Span, tokens: Iterable[Token] | None = None) -> bool:
    """"The 24-year-old joined Nordbank in 2003" → "the 24-year-old" is the subject of "joined",
    not an adjective of "Nordbank" beside the adjective "joined".

    Linguistic reason: news re-describes a person by age ("the 24-year-old"), a noun phrase whose
    head is the age ("the" has no other noun to go with); a past or present verb form right after
    it (or after a modal or an adverb) is its clause's verb, since an adjective between "the ...
    old" and a noun ("the 24-year-old joined Nordbank") would leave the sentence with no verb. The
    small model reads the age as an adjective, a past form after it as another and the object as
    the sentence's root, which loses the clause's subject and its verb. Only the words "the", an
    age, and a verb form next to each other, in a sentence whose root is a noun or that verb, are
    read so.
    """
    changed = False
    for old in sent if tokens is None else tokens:
        found = _age_before_verb(old) if old.lower_ == "old" else None
        if found is None:
            continue
        verb, noun, between = found
        doc = old.doc
        the = doc[old.i - 5]
        if noun is not None:  # the verb takes the root's place and the noun is its object
            verb.head, verb.dep_ = verb, "ROOT"
            for child in list(noun.children):
                if child.i > noun.i and child.dep_ in _CLAUSE_DEPS:
                    child.head = verb
            noun.head, noun.dep_ = verb, "dobj" if noun.pos_ != "ADJ" else "acomp"
        if verb.tag_ in _PAST_READ_AS_ADJECTIVE and (noun is not None or verb.dep_ == "ROOT"):
            _as_past_verb(verb)
        if between is not None:
            between.head = verb
            between.dep_ = "aux" if between.tag_ == "MD" else "advmod"
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        old.head, old.dep_ = verb, "nsubjpass" if passive else "nsubj"
        the.head, the.dep_ = old, "det"
        changed = True
    return changed
