"""A common noun's name in its sentence: the words of a CONCEPT node ("proposed summit").

The head noun and the modifiers left of it that name it, in one contiguous run, spelt as the
text spells it; and a numeral right after the head when it labels the thing rather than counts
it ("world number one", "Terminal 5", "Chapter 11"): in English a cardinal that follows its noun
is an identifier, one that precedes it a quantity ("five terminals").
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from kg.model import clean_name

# Dependencies of the modifiers that are part of a common noun's name.
NAME_MODS = frozenset({"amod", "compound", "nmod", "npadvmod", "nummod", "punct", "quantmod"})
# The same by string id (``Token.dep``: no label string made per word), and the words of a
# modifier's subtree left out of the name.
_NAME_MOD_IDS = frozenset(get_string_id(d) for d in NAME_MODS)
_LEFT_OUT_IDS = frozenset(get_string_id(d) for d in ("det", "poss", "case", "predet"))


def concept_tokens(head: Token) -> list[Token]:
    """The head noun and the modifiers that name it, left of it: "proposed summit", "30-day ceasefire"."""
    left = [c for c in head.lefts if c.dep in _NAME_MOD_IDS]
    toks: list[Token] = []
    for child in left:
        toks.extend(t for t in child.subtree if t.dep not in _LEFT_OUT_IDS)
    toks.append(head)
    toks = sorted(set(toks), key=lambda t: t.i)
    # Keep only the contiguous run that ends at the head word.
    run = [head]
    for tok in reversed(toks[:-1]):
        if tok.i != run[0].i - 1:
            break
        run.insert(0, tok)
    run = run[_after_open_bracket(run):]
    while run and (run[0].is_punct or run[0].pos_ in ("DET", "PRON")):
        run.pop(0)
    label = _label_numeral(head)
    return [*run, label] if run and label is not None else run


def _after_open_bracket(run: list[Token]) -> int:
    """Where a name's run starts after a bracket the run leaves open or never opened: "pick one
    (distance)" names the distance, not "one (distance". Linguistic reason: a bracket sets its
    words apart from what stands outside it, so words on both sides of one bracket are no phrase."""
    start, opened = 0, []
    for n, tok in enumerate(run):
        if tok.text in "([{":
            opened.append(n)
        elif tok.text in ")]}":
            if opened:
                opened.pop()
            else:
                start = n + 1
    return max(start, opened[-1] + 1) if opened else start


def _label_numeral(head: Token) -> Token | None:
    """The cardinal right after a singular common noun that names which one it is ("number one",
    "terminal 5"), or None. Not after a plural ("seats 4 and 5" lists) nor a symbol ("$ 5"), nor a
    score or range ("seed 7-5")."""
    if head.tag_ != "NN" or head.i + 1 >= len(head.doc):
        return None
    doc = head.doc
    after = doc[head.i + 1]
    if not (after.head.i == head.i and after.dep_ == "nummod" and after.tag_ == "CD" and head.whitespace_):
        return None
    if not after.whitespace_ and after.i + 1 < len(doc) and doc[after.i + 1].text in "-–/:":
        return None  # a score or a range ("third seed 7-5 6-3"), not a label
    return after


def concept_name(tokens: list[Token]) -> str:
    """The run's words as the text spells them ("$240m agreement", not "$ 240 m agreement": one
    word of the text is several tokens); the run is contiguous (:func:`concept_tokens`)."""
    words = [(t.text if t.pos_ == "PROPN" or t.ent_type_ else t.text.lower()) + (t.whitespace_ and " ")
             for t in tokens]
    return clean_name("".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-"))
