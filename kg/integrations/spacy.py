"""``nlp.add_pipe("kg_facts")``: kg's facts on any English spaCy pipeline, as ``doc._.facts``.

spaCy finds the factory through the ``spacy_factories`` entry point in kg's package metadata, so
a spaCy user keeps their own pipeline and model and needs no ``import kg``. The component reads
the parse and entities that the components before it set, and runs kg's rules and entity
resolution on them; it parses nothing itself.

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("kg_facts")
    doc = nlp("Anna Berg heads the delegation.")
    doc._.facts  # [Fact(subject=Entity(name='Anna Berg', ...), relation='HEAD', ...)]

Each :class:`kg.model.Fact` keeps ``char_start``/``char_end``: the offsets of its sentence in
``doc.text``. ``doc._.facts`` holds Python objects: a ``DocBin`` with user data does not keep them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "kg_facts"

if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=None)


class KgFacts:
    """The component: sets ``doc._.facts`` to the list of kg facts the doc states."""

    def __init__(self, name: str = FACTORY, source: str = "<spacy>") -> None:
        self.name = name
        self.source = source

    def __call__(self, doc: Doc) -> Doc:
        from kg.errors import InputError
        from kg.extract import facts_of_parsed
        from kg.integrations.relationships import facts_or_raise
        from kg.model import Document, Segment, document_id

        if not (doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")):
            raise InputError(f"{self.name}: needs a parser and an entity recogniser before it in the "
                             "pipeline (for example spacy.load('en_core_web_sm'))")
        text = doc.text
        first_line = next((line.strip() for line in text.splitlines() if line.strip()), self.source)
        document = Document(document_id(text), self.source, first_line[:120], text,
                            (Segment(0, len(text)),))
        doc._.facts = facts_or_raise(facts_of_parsed(document, [doc]))
        return doc


@Language.factory(FACTORY, assigns=["doc._.facts"],
                  requires=["token.dep", "token.pos", "token.lemma", "doc.ents"],
                  default_config={"source": "<spacy>"})
def make_kg_facts(nlp: Language, name: str, source: str) -> KgFacts:
    """The factory spaCy calls for ``nlp.add_pipe("kg_facts", config={"source": ...})``."""
    return KgFacts(name, source)

