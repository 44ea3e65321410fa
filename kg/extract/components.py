"""Adding one of kg's own functions to a spaCy pipeline as a component, once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def add_component(nlp: Language, name: str, func: Callable[[Doc], Doc], needs: str, **where: Any) -> bool:
    """Put ``func`` in the pipeline as component ``name`` at ``where`` (``before="parser"``,
    ``after="ner"``), unless it is there already; False when the pipeline has no ``needs``
    component to place it by."""
    from spacy.language import Language

    if needs not in nlp.pipe_names:
        return False
    if name not in nlp.pipe_names:
        if not Language.has_factory(name):
            Language.component(name, func=func)
        nlp.add_pipe(name, **where)
    return True
