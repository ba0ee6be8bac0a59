"""The first cleaning pass on a page stored inside a dump or source file: unwrap, then unescape.

The literals that hold text are kept, decoded, and separated by a line break; the dump's other
fields and the code around them are dropped as chrome, their text kept in the Drop (a date field
stays reachable). Escapes decode with their own reason: the first character of ``\\n``,
``\\u4e2d`` or ``''`` stands for the character it encodes, the others are dropped as
``unwrap:escape``. Text escaped twice (``\\\\n`` in an SQL string) is decoded again, a pass of
its own, so the passes compose like any others.
"""
from __future__ import annotations

import re

from .. import wrappers
from ..model import Page
from .compose import Pass
from .pieces import Builder

# One backslash escape; a \\ is consumed whole, so \\n stays a backslash and an n.
BACKSLASH = (
    r"\\(?:r\\n|u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u\{[0-9a-fA-F]{1,6}\}"
    r"|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[nrt\"'\\/`$])"
)
ESCAPES = {
    "backslash": re.compile(BACKSLASH),
    "sql'": re.compile(BACKSLASH + "|''"),
    'sql"': re.compile(BACKSLASH + '|""'),
    '""': re.compile('""'),
}
SIMPLE = {"n": "\n", "r": "\r", "t": "\t"}
FIELD_REASON = {"dump": "chrome:dump-field", "source": "chrome:code"}


def _code_point(cp: int) -> str | None:
    """A decoded code point, unless it is a control character or a surrogate (kept as written)."""
    if cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF or (cp < 0x20 and cp not in (9, 10, 13)) or cp == 0x7F:
        return None
    return chr(cp)


def escape_value(seq: str) -> str | None:
    """What an escape sequence stands for; None: not an escape after all (kept as written)."""
    if seq in ("''", '""'):
        return seq[0]
    kind = seq[1]
    if kind == "r" and len(seq) == 4:
        return "\n"  # \r\n is one line break
    if kind == "u" and seq[2] == "{":
        return _code_point(int(seq[3:-1], 16))
    if kind == "u" and len(seq) == 12:  # a surrogate pair
        high, low = int(seq[2:6], 16), int(seq[8:12], 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    if kind in "uU":
        return _code_point(int(seq[2:], 16))
    return SIMPLE.get(kind, kind)


def _decode(b: Builder, src: str, start: int, end: int, flavour: str) -> None:
    """Copy src[start:end] into the pass's output, decoding the escapes of ``flavour``."""
    pattern = ESCAPES.get(flavour)
    pos = start
    if pattern is not None:
        for m in pattern.finditer(src, start, end):
            value = escape_value(m.group())
            if value is None:
                continue
            if m.start() > pos:
                b.copy(src, pos, m.start())
            b.replace(m.start(), m.end(), value, "unwrap:escape", m.group())
            pos = m.end()
    if end > pos:
        b.copy(src, pos, end)


def unwrap_literals(src: str, wrapping: wrappers.Wrapping) -> tuple[str, Pass]:
    """Keep the literals that hold text, one line break between two; drop fields and code."""
    b = Builder()
    name = wrapping.dialect.name
    field = FIELD_REASON[wrapping.dialect.family]
    tokens = wrapping.tokens
    last_kept = max(wrapping.kept)
    pos = 0
    for i, tok in enumerate(tokens):
        b.drop(pos, tok.start, "chrome:code", f"{name}: code")
        pos = max(pos, tok.end)
        if i not in wrapping.kept:
            reason = field if tok.role == "literal" else "chrome:code"
            b.drop(tok.start, tok.end, reason, f"{name}: {'field' if tok.role == 'literal' else 'code'}")
            continue
        b.drop(tok.start, tok.content_start, "unwrap:quote", f"{name}: delimiter")
        _decode(b, src, tok.content_start, tok.content_end, tok.flavour)
        if i < last_kept:  # the closing quote and the syntax after it become one line break
            pos = tokens[i + 1].start
            b.replace(tok.content_end, pos, "\n", "unwrap:separator", f"{name}: between two fields")
        else:
            b.drop(tok.content_end, tok.end, "unwrap:quote", f"{name}: delimiter")
    b.drop(pos, len(src), "chrome:code", f"{name}: code")
    return b.text(), Pass(b.pieces, b.drops)


def unescape(src: str) -> tuple[str, Pass]:
    """Decode the backslash escapes of the whole text (escaped text, or a literal escaped twice)."""
    b = Builder()
    _decode(b, src, 0, len(src), "backslash")
    return b.text(), Pass(b.pieces, b.drops)


def _described(wrapper: str, levels: int) -> str:
    if levels < 2:
        return wrapper
    return f"{wrapper}, escaped {'twice' if levels == 2 else f'{levels} times'}"


def unwrap(page: Page) -> tuple[str, list[Pass], str | None, list[str]]:
    """(unwrapped text, passes, wrapper as described, warnings) of a page; the text as is if it has
    no wrapper. A dump whose text lies in several records (rows) is warned about: they are read as
    one document."""
    text = page.text
    passes: list[Pass] = []
    notes: list[str] = []
    if page.wrapper is None:
        return text, passes, None, notes
    levels = 0
    if page.wrapper != wrappers.ESCAPED_TEXT:
        wrapping = wrappers.find(text, page.wrapper)
        if wrapping is None:
            return text, passes, None, notes
        records = wrappers.records(text, wrapping)
        if records > 1:
            notes.append(f"{page.wrapper}: {records} records hold text and are read as one document "
                         "(split the dump to analyse each on its own)")
        text, first = unwrap_literals(text, wrapping)
        passes.append(first)
        levels = 1
    while levels < wrappers.MAX_ESCAPE_LEVELS and (not passes or wrappers.is_escaped_text(text)):
        text, again = unescape(text)
        passes.append(again)
        levels += 1
    return text, passes, _described(page.wrapper, levels), notes
