"""One catalogue of kg's errors.

Every error a user can cause (bad input, an unreachable server, a malformed query) is a
:class:`KgError` with a stable code and a one-line message. The library raises them; only the CLI
turns them into a message on stderr and an exit code. Tracebacks are for bugs.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class. ``code`` is searchable (``E-INPUT``...), ``exit_code`` is what the CLI returns."""

    code = "E-KG"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(KgError):
    """A file or argument kg cannot read: missing, binary, not UTF-8, empty, malformed."""

    code = "E-INPUT"
    exit_code = 3


class ModelNotFoundError(KgError):
    """No spaCy English model is installed."""

    code = "E-MODEL"
    exit_code = 4


class StoreError(KgError):
    """A graph store failed while reading or writing."""

    code = "E-STORE"
    exit_code = 5


class StoreConnectionError(StoreError):
    """The store cannot be reached or refused our credentials."""

    code = "E-CONNECT"
    exit_code = 6


class StoreLockedError(StoreError):
    """Another process holds the embedded database."""

    code = "E-LOCKED"
    exit_code = 7


class QueryError(KgError):
    """A Cypher query is malformed, needs a missing parameter, or writes without ``--write``."""

    code = "E-QUERY"
    exit_code = 8


class PartialError(KgError):
    """The run completed, but some documents were skipped (each was reported as it happened)."""

    code = "E-PARTIAL"
    exit_code = 9


class ExtractionError(KgError):
    """With ``--strict``: an internal error while extracting a document stopped the run."""

    code = "E-EXTRACT"
    exit_code = 10


EXIT_CODES: dict[str, int] = {
    cls.code: cls.exit_code
    for cls in (
        KgError,
        InputError,
        ModelNotFoundError,
        StoreError,
        StoreConnectionError,
        StoreLockedError,
        QueryError,
        PartialError,
        ExtractionError,
    )
}
