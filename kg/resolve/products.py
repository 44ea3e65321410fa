"""Products a document names, and the descriptions that stand for them (rule ``product-description``).

"The Vexa Z1 media player goes on sale on Monday. The handheld device plays music. It can also
take photos.": technology news names a product once with the kind of thing it is ("the Vexa Z1
player", "the Kestrel processor", "the Nordcom X2 computer") and then calls it "the device",
"the gadget", "the chip", or "it". :class:`Products` reads the kinds the document gives each name
and the product nouns it uses, in text order, beside :class:`kg.resolve.references.References`,
which asks it for the product a description stands for and whether a name is a product (then an
"it" may stand for it).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.registry import disabled, register
from kg.model import Entity
from kg.resolve.referring import ORG_ONLY_KINDS, PERSON_KINDS, name_root
from kg.resolve.workdescriptions import CHOOSING, Said

# The kinds of product a name is said to be, by the words that name the same kind; a generic
# word ("device", "gadget", "product") takes any kind of its group.
_GROUPS = (
    frozenset({"chip", "processor", "microprocessor"}),
    frozenset({"device", "gadget", "handheld", "console", "handset", "phone", "player", "smartphone"}),
    frozenset({"computer", "supercomputer", "machine", "server"}),
)
# Not malware ("the Moxa virus ... the virus"): "the Windows virus" names the platform a virus
# attacks as often as a virus's own name, and read so it made three wrong facts of four on dev.
PRODUCT_KIND = {word: group for group in _GROUPS for word in group}
# Words that say a product's kind after its name but, alone with "the", mean a person: "the player".
_NOT_DESCRIPTIONS = frozenset({"player"})
# Verbs whose subject is a speaker: a name that speaks, or owns ("Nordcom's phone"), is a maker,
# not its product ("the Nordcom phone ... Nordcom said").
_SPEAKING = frozenset({"say", "tell", "announce", "claim", "add", "warn", "report", "confirm", "unveil",
                       "launch", "sell", "develop", "design", "build"})


def said_kinds(tok: Token) -> frozenset[str]:
    """The product kinds a sentence says the name at ``tok`` is: the singular noun the name
    modifies, with its conjuncts ("the Vexa Z1 music player, camera and phone"), an
    apposition or "is a" noun ("Vexa Z1, a handheld gadget")."""
    root = name_root(tok)
    kinds: set[str] = set()
    if root.dep_ == "compound" and root.head.tag_ == "NN" and root.head.lemma_.lower() in PRODUCT_KIND and not any(
            c.lower_ in ("a", "an", "any", "every") or c.tag_ in ("JJS", "JJR") for c in root.head.children):
        # "the Vexa Z1 player", "Nordcom's Kestrel chip"; not "an Apple computer", "the
        # cheapest Apple computer": one of a brand's line, which the brand's name only classifies
        head = root.head
        kinds.add(head.lemma_.lower())
        kinds.update(c.lemma_.lower() for c in head.children if c.dep_ == "conj" and c.tag_ == "NN"
                     and c.lemma_.lower() in PRODUCT_KIND)
    for child in root.children:
        if child.dep_ == "appos" and child.tag_ == "NN" and child.lemma_.lower() in PRODUCT_KIND:
            kinds.add(child.lemma_.lower())
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        kinds.update(c.lemma_.lower() for c in root.head.children
                     if c.dep_ == "attr" and c.tag_ == "NN" and c.lemma_.lower() in PRODUCT_KIND)
    return frozenset(kinds)


def maker(tok: Token) -> bool:
    """A name that owns or speaks in its sentence ("Nordcom's phone", "Nordcom said"), or names
    a brand's line or staff ("Nordcom phones", "a Nordcom spokesman"): a firm."""
    root = name_root(tok)
    if root.dep_ == "poss" or any(c.dep_ == "case" for c in root.children):
        return True
    if root.dep_ == "compound" and (root.head.tag_ in ("NNS", "NNPS") or root.head.pos_ == "PROPN"
                                    or root.head.lemma_.lower() in PERSON_KINDS - PRODUCT_KIND.keys()):
        return True  # "Nordcom phones", "the Nordcom Vexa", "a Nordcom spokesman": a brand, a firm
    return root.dep_ == "nsubj" and root.head.lemma_ in _SPEAKING


@register("product-description")
def product_description(tok: Token) -> frozenset[str] | None:
    """"The Vexa Z1 media player goes on sale on Monday. The handheld device plays music": a
    definite description of a kind of product ("the device", "the gadget", "the chip", "the
    computer"), with nothing that says which, stands for the product the document last named as of
    that kind; returns the words of its kind (None: no such description).

    Linguistic reason: a definite description presupposes a referent the reader already has,
    and its head noun says what kind of thing it is; a technology report names its product once
    with its kind ("the Vexa Z1 player", "the Kestrel processor", "the Nordcom X2 supercomputer") and then
    re-mentions it by the kind alone, or by a more general word of it ("the device" for a player
    or a phone), as an arts report says "the film". A word that picks one of several ("the other
    device", "the new phone", "the first chip") or a phrase or clause that says which ("the chip
    inside the console") introduces another one, and so does an unnamed one in between ("a
    rival device"): then it stays unresolved. A name that owns or speaks ("Nordcom's phone",
    "Nordcom said") is the maker, not the product.
    """
    if "product-description" in disabled() or tok.tag_ != "NN":
        return None
    kind = tok.lemma_.lower()
    if kind not in PRODUCT_KIND or kind in _NOT_DESCRIPTIONS or tok.dep_ == "compound":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return None
    for child in tok.children:
        if child.i < tok.i and (child.lower_ in CHOOSING or child.tag_ in ("JJS", "JJR")
                                or child.ent_type_ in ("ORDINAL", "CARDINAL", "DATE", "MONEY", "QUANTITY")
                                or child.dep_ in ("poss", "compound") or child.pos_ == "PROPN"):
            return None
        if child.i > tok.i and child.dep_ in ("relcl", "acl", "prep", "appos"):
            return None  # "the chip inside the console", "the device, the Vexa Z2": it says which
    return PRODUCT_KIND[kind]


class Products:
    """The products a document names, in text order, and the descriptions that stand for them."""

    def __init__(self) -> None:
        self._said: list[Said] = []
        self._kinds: dict[str, set[str]] = {}
        self._makers: set[str] = set()

    def named(self, entity: Entity, tok: Token, sentence: int, kinds: set[str]) -> None:
        """A name at ``tok``; ``kinds`` the nouns the document has said it is so far: a kind of
        organisation ("the Kestrel consortium") makes it a maker, as owning or speaking does."""
        if entity.type == "PERSON" or "product-description" in disabled():
            return
        if maker(tok) or kinds & ORG_ONLY_KINDS:
            self._makers.add(entity.id)
        if said := said_kinds(tok):
            self._kinds.setdefault(entity.id, set()).update(said)
        if entity.id in self._kinds:
            self._said.append(Said(entity, frozenset(self._kinds[entity.id]), sentence))

    def unnamed(self, tok: Token, sentence: int) -> None:
        """A product noun left a common noun: one with "a" or a possessor ("a rival device", "its
        own handset") is another product a later description may mean."""
        kind = tok.lemma_.lower()
        if tok.dep_ in ("appos", "attr") and (tok.head.pos_ == "PROPN" or tok.dep_ == "attr"):
            return  # "Vexa Z1, a handheld device", "Vexa Z1 is a phone": said of the name
        if tok.tag_ == "NN" and kind in PRODUCT_KIND and tok.dep_ != "compound" and any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("the", "this") for c in tok.children):
            self._said.append(Said(None, frozenset({kind}), sentence))

    def is_product(self, entity: Entity) -> bool:
        """Whether the document said ``entity`` is a kind of product and never made it a maker."""
        return entity.id in self._kinds and entity.id not in self._makers

    def product(self, kind: frozenset[str], sentence: int) -> Entity | None:
        """The product last said to be of ``kind``; None when that is an unnamed one, a maker, or
        its sentence names two products of the kind."""
        last = next((s for s in reversed(self._said) if s.kinds & kind), None)
        if last is None or last.entity is None or not self.is_product(last.entity):
            return None
        same = [s for s in self._said if s.sentence == last.sentence and s.kinds & kind]
        if any(s.entity is None or s.entity.id != last.entity.id for s in same):
            return None
        return last.entity

    def resolved(self, entity: Entity, sentence: int) -> None:
        self._said.append(Said(entity, frozenset(self._kinds.get(entity.id, ())), sentence))
