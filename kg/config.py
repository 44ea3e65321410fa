"""One settings object. Precedence: command-line flag > environment > config file > default.

The config file is ``kg.toml`` in the working directory (or the path in ``KG_CONFIG``), with
keys under ``[kg]``. The Neo4j password is read from the environment only, never from a file, and
never printed.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from kg.errors import InputError

ENV = {
    "graph": "KG_GRAPH",
    "neo4j_username": "NEO4J_USERNAME",
    "neo4j_database": "NEO4J_DATABASE",
    "batch_size": "KG_BATCH_SIZE",
    "model": "KG_MODEL",
    "processes": "KG_PROCESSES",
    "buffer_pool_mb": "KG_BUFFER_POOL_MB",
}


# kg's own size for LadybugDB's page cache, in MiB, when KG_BUFFER_POOL_MB does not set one. The
# engine's default is most of the machine's memory, and a load keeps what it read and wrote there
# (7.4 GB at 1M facts of graph model 2). A write or checkpoint that needs more reopens the
# database with a quarter more (grown_buffer_pool_mb), up to MAX_GROWN_BUFFER_POOL_MB
# (kg.stores.embedded): a size the user sets is kept. A load fills whatever cache it has, so each MiB it grows by is
# resident at the peak: doubling 256 to 512 at ~93% of 1M facts put 483 MiB of cache in the
# peak. bench/RESULTS.md, "kg's own buffer pool and checkpoint cadence at 1M facts" and
# "Growing the page cache by a quarter".
DEFAULT_BUFFER_POOL_MB = 256
MAX_GROWN_BUFFER_POOL_MB = 4096
MIN_BUFFER_POOL_GROWTH_MB = 64


def grown_buffer_pool_mb(pool_mb: int) -> int:
    """The page cache a write or checkpoint that filled ``pool_mb`` MiB is done again with: a
    quarter more, at least MIN_BUFFER_POOL_GROWTH_MB more, at most MAX_GROWN_BUFFER_POOL_MB."""
    return min(max(pool_mb + pool_mb // 4, pool_mb + MIN_BUFFER_POOL_GROWTH_MB), MAX_GROWN_BUFFER_POOL_MB)


@dataclass(frozen=True, slots=True)
class Settings:
    graph: str = "kg.lbug"
    neo4j_username: str = "neo4j"
    neo4j_database: str | None = None
    batch_size: int = 10_000
    model: str | None = None
    processes: int = 1
    # LadybugDB's page cache in MiB; None: kg's (DEFAULT_BUFFER_POOL_MB, grown when a write needs
    # more); 0: the engine's own default, most of the machine's memory.
    buffer_pool_mb: int | None = None

    @property
    def neo4j_password(self) -> str | None:
        return os.environ.get("NEO4J_PASSWORD")

    def override(self, **flags: Any) -> Settings:
        """These settings with the flags that were given (None means not given)."""
        return replace(self, **{k: v for k, v in flags.items() if v is not None})


def _coerce(name: str, value: Any, source: str) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if "int" in str(kind):
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise InputError(f"{source}: {name} must be a whole number, not {value!r}") from None
        if number < (0 if name == "buffer_pool_mb" else 1):
            raise InputError(f"{source}: {name} must be at least {0 if name == 'buffer_pool_mb' else 1}")
        return number
    return str(value)


def settings() -> Settings:
    values: dict[str, Any] = {}
    path = Path(os.environ.get("KG_CONFIG", "kg.toml"))
    if path.is_file():
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8")).get("kg", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: not a valid TOML file ({exc})") from None
        known = {f.name for f in fields(Settings)}
        for key, value in table.items():
            if key not in known:
                raise InputError(f"{path}: unknown setting {key!r}")
            values[key] = _coerce(key, value, str(path))
    for name, var in ENV.items():
        if os.environ.get(var):
            values[name] = _coerce(name, os.environ[var], var)
    return Settings(**values)


# Credentials in a URI: scheme://user:password@host. Never echoed (see redact). Greedy up to the
# last "@" of the word, so a password holding an unescaped "@" or "/" is still covered whole.
_USERINFO = re.compile(r"(?P<scheme>\b[A-Za-z][A-Za-z0-9+.-]*://)(?P<userinfo>\S*)@")


def redact(text: str) -> str:
    """``text`` with the user info of any URI in it replaced: ``bolt://***@host:7687``."""
    return _USERINFO.sub(lambda m: m.group("scheme") + "***@", text)


def split_credentials(uri: str) -> tuple[str, str | None, str | None]:
    """A URI without its user info, and the user and password it held (percent-decoded), if any."""
    from urllib.parse import unquote

    match = _USERINFO.match(uri)
    if match is None:
        return uri, None, None
    user, sep, password = match.group("userinfo").partition(":")
    return (match.group("scheme") + uri[match.end():], unquote(user) or None,
            unquote(password) if sep else None)
