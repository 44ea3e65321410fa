"""RDF 1.1 N-Triples / N-Quads terms, written by hand: fast, exact, and never from raw text.

Literals are escaped as canonical N-Triples asks (RDF 1.2 §canonical form, which is valid RDF 1.1):
``"`` ``\\`` and the newline, carriage return, tab, backspace and form feed as ECHAR (``\\n``...),
every other C0 control character and DEL as a UCHAR with upper-case hex (``\\u0000``), and every
other character as itself, in UTF-8. So U+0085, U+2028 and U+2029 stay raw: RDF readers split lines
on LF and CR only, and so does kg.

Lone UTF-16 surrogates (U+D800–U+DFFF not in a pair) are not Unicode scalar values: no RDF
literal can hold one, UTF-8 cannot encode one, and conforming parsers (pyoxigraph) reject
``\\uD800``. Python strings can hold them (JSON ``"\\ud800"`` decodes to one), so a text that has one
is written losslessly as a literal of datatype ``kg:escapedString``: its lexical form is the text
with ``\\`` doubled and each lone surrogate written ``\\uXXXX``. :func:`decode_literal` reverses it.
Texts without lone surrogates are plain ``xsd:string`` literals, unchanged.

IRIs are built only from a validated base IRI, fixed path words and *segments*: a segment keeps
``[A-Za-z0-9_.~-]`` and percent-encodes every other byte of its UTF-8 (surrogates included, via
``surrogatepass``), so an IRI is always ASCII, always valid, and maps back to its text exactly.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from kg.errors import InputError

XSD = "http://www.w3.org/2001/XMLSchema#"
KG = "https://kg.example/ns#"
ESCAPED_STRING = KG + "escapedString"

_ECHAR = {0x22: '\\"', 0x5C: "\\\\", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t", 0x08: "\\b", 0x0C: "\\f"}
_ESCAPES: dict[int, str] = {c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F]}
_ESCAPES.update(_ECHAR)
_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f]')
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPECIAL = re.compile('[\x00-\x1f"\\\\\x7f\ud800-\udfff]')
_SAFE_SEGMENT = re.compile(r"[A-Za-z0-9_.~-]+")
_BYTE = [chr(b) if _SAFE_SEGMENT.fullmatch(chr(b)) else f"%{b:02X}" for b in range(256)]


def escape(text: str) -> str:
    """The body of a STRING_LITERAL_QUOTE for ``text`` (which has no lone surrogates)."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return text.translate(_ESCAPES)


def literal(text: str) -> str:
    """A string literal term: plain ``"..."`` or, for text with lone surrogates, ``kg:escapedString``."""
    if _SPECIAL.search(text) is None:
        return f'"{text}"'
    if _SURROGATE.search(text) is None:
        return f'"{text.translate(_ESCAPES)}"'
    lexical = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04X}", text.replace("\\", "\\\\"))
    return f'"{lexical.translate(_ESCAPES)}"^^<{ESCAPED_STRING}>'


def typed(lexical: str, datatype: str) -> str:
    return f'"{escape(lexical)}"^^<{datatype}>'


INTEGER = XSD + "integer"
DECIMAL = XSD + "decimal"
BOOLEAN = XSD + "boolean"
TRUE = f'"true"^^<{BOOLEAN}>'
FALSE = f'"false"^^<{BOOLEAN}>'


def integer(value: int) -> str:
    return f'"{int(value)}"^^<{INTEGER}>'


def decimal_lexical(value: float) -> str:
    """The canonical xsd:decimal form of a confidence (4 places): ``0.8``, ``1.0``, ``0.0001``."""
    try:
        number = Decimal(repr(round(float(value), 4))).normalize()
    except (InvalidOperation, ValueError, OverflowError):
        raise ValueError(f"not a finite number: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    text = format(number, "f")
    if "." not in text:
        text += ".0"
    return "0.0" if text in ("-0.0", "-0") else text


def decimal(value: float) -> str:
    return f'"{decimal_lexical(value)}"^^<{DECIMAL}>'


def segment(text: str) -> str:
    """An IRI path segment for any text: unreserved ASCII kept, every other UTF-8 byte as %XX."""
    if _SAFE_SEGMENT.fullmatch(text):
        return text
    return "".join(_BYTE[b] for b in text.encode("utf-8", "surrogatepass"))


def unsegment(text: str) -> str:
    """The text a :func:`segment` came from."""
    from urllib.parse import unquote_to_bytes

    return unquote_to_bytes(text).decode("utf-8", "surrogatepass")


def decode_literal(lexical: str, datatype: str | None) -> str:
    """The original text of a string literal kg wrote (undoes ``kg:escapedString``)."""
    if datatype != ESCAPED_STRING:
        return lexical
    return re.sub(r"\\(\\|u([0-9A-Fa-f]{4}))",
                  lambda m: "\\" if m.group(1) == "\\" else chr(int(m.group(2), 16)), lexical)


# -- base IRIs -----------------------------------------------------------------------------------
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# RFC 3987 characters allowed in an IRI, ASCII only, minus the query/fragment delimiters.
_BASE_CHARS = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def check_base_iri(base: str) -> str:
    """A base IRI, checked, ending in ``/`` or ``:`` so that ``{base}entity/{id}`` is an IRI.

    Absolute (with a scheme), ASCII, no spaces, no ``<>"{}|\\^```, no query or fragment; a base
    that ends in neither ``/`` nor ``:`` gets a ``/``.
    """
    if not base or not _SCHEME.match(base):
        raise InputError(f"--base-iri {base!r}: not an absolute IRI (give e.g. https://kg.example/)")
    rest = base[_SCHEME.match(base).end():]  # type: ignore[union-attr]
    if "?" in rest or "#" in rest:
        raise InputError(f"--base-iri {base!r}: must not have a query (?) or fragment (#)")
    if not _BASE_CHARS.fullmatch(rest) or _BAD_PERCENT.search(rest):
        bad = next((c for c in rest if not _BASE_CHARS.fullmatch(c)), "%")
        raise InputError(f"--base-iri {base!r}: character {bad!r} is not allowed in an IRI "
                         "(ASCII only; percent-encode anything else)")
    return base if base.endswith(("/", ":")) else base + "/"
