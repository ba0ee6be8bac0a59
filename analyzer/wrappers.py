"""Pages whose text lies inside string literals of a data dump or source file, found by grammar.

Scrapers and repositories store articles as an SQL ``INSERT`` row, a JSON or CSV field, or a
JavaScript / Go / Objective-C / Python string. Ingest names the wrapper (``detect``); cleaning
asks for its literals again (``find``) and decodes them. A wrapper is detected, never assumed:
a dialect's evidence must be present, its literals must hold nearly all of the page's CJK
characters, and what lies outside them must be code or dump syntax (data/wrappers.toml).

Every grammar is a possessive regex that runs in linear time; a quote left open at the end of
its line is no literal (an apostrophe in prose), one left open at the end of the page is a
literal cut off by the scraper.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from . import lexicon

_DATA = lexicon.WRAPPERS
ESCAPED_TEXT = _DATA["escaped"]["name"]
# A CJK character, written as itself or as a \u escape (JSON written with ensure_ascii).
_CJK_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_ESCAPE = re.compile(r"\\u(?:3[4-9a-fA-F]|[4-9][0-9a-fA-F]|[fF][9aA])[0-9a-fA-F]{2}")
CJK_RE = re.compile(f"[{_CJK_CHARS}]|{_CJK_ESCAPE.pattern}")
_NON_CJK_CHARS = re.compile(f"[^{_CJK_CHARS}]+")
NON_ASCII = re.compile(r"[^\x00-\x7f]")
NON_SPACE = re.compile(r"\S")
SYNTAX = re.compile(_DATA["outside_syntax"])
ESCAPED_BREAK = re.compile(_DATA["escaped"]["break"])


class _Grammar(NamedTuple):
    """One kind of token: a literal, a comment or a quoted name. ``{n}`` names its groups."""

    pattern: str
    role: str  # "literal" | "comment" | "name"
    flavour: str  # escape grammar of a literal's content (see clean/unwrap.py)
    open_len: int
    close_len: int
    multiline: bool  # False: a quote still open at the end of its line is no literal


_BODY_DQ = r'(?:[^"\\\n]++|\\.)*+'
_BODY_SQ = r"(?:[^'\\\n]++|\\.)*+"
# Every grammar matches wherever it starts (closed, or open to the end of the line or page, a
# lone backslash at the very end included), so each character is scanned once: linear time.
_OPEN_DQ = r'(?:(?P<{n}_c>")|(?=\n)|\\?\Z)'
_OPEN_SQ = r"(?:(?P<{n}_c>')|(?=\n)|\\?\Z)"
_PY_PREFIX = r"(?:(?<!\w)(?P<{n}_p>[rRuUbBfF]{1,2}))?"
GRAMMARS = {
    "sql_single": _Grammar(r"'(?:[^'\\]++|\\.|'')*+(?:(?P<{n}_c>')|\\?\Z)", "literal", "sql'", 1, 1, True),
    "sql_double": _Grammar(r'"(?:[^"\\]++|\\.|"")*+(?:(?P<{n}_c>")|\\?\Z)', "literal", 'sql"', 1, 1, True),
    "backtick_name": _Grammar(r"`[^`\n]*+(?:(?P<{n}_c>`)|(?=\n)|\Z)", "name", "raw", 1, 1, False),
    "dq": _Grammar('"' + _BODY_DQ + _OPEN_DQ, "literal", "backslash", 1, 1, False),
    "sq": _Grammar("'" + _BODY_SQ + _OPEN_SQ, "literal", "backslash", 1, 1, False),
    "template": _Grammar(r"`(?:[^`\\]++|\\.)*+(?:(?P<{n}_c>`)|\\?\Z)", "literal", "backslash", 1, 1, True),
    "go_raw": _Grammar(r"`[^`]*+(?:(?P<{n}_c>`)|\Z)", "literal", "raw", 1, 1, True),
    "objc": _Grammar('@"' + _BODY_DQ + _OPEN_DQ, "literal", "backslash", 2, 1, False),
    "py_triple_dq": _Grammar(
        _PY_PREFIX + r'"""(?:[^"\\]++|\\.|"(?!""))*+(?:(?P<{n}_c>""")|\\?\Z)', "literal", "backslash", 3, 3, True),
    "py_triple_sq": _Grammar(
        _PY_PREFIX + r"'''(?:[^'\\]++|\\.|'(?!''))*+(?:(?P<{n}_c>''')|\\?\Z)", "literal", "backslash", 3, 3, True),
    "py_dq": _Grammar(_PY_PREFIX + '"' + _BODY_DQ + _OPEN_DQ, "literal", "backslash", 1, 1, False),
    "py_sq": _Grammar(_PY_PREFIX + "'" + _BODY_SQ + _OPEN_SQ, "literal", "backslash", 1, 1, False),
    "csv": _Grammar(r'"(?:[^"]++|"")*+(?:(?P<{n}_c>")|\Z)', "literal", '""', 1, 1, True),
    "line_comment": _Grammar(r"//[^\n]*+", "comment", "raw", 0, 0, True),
    "block_comment": _Grammar(r"/\*(?:[^*]++|\*(?!/))*+(?:\*/|\Z)", "comment", "raw", 0, 0, True),
    "hash_comment": _Grammar(r"#[^\n]*+", "comment", "raw", 0, 0, True),
    "dash_comment": _Grammar(r"--[ \t][^\n]*+", "comment", "raw", 0, 0, True),
}


class Dialect(NamedTuple):
    name: str
    family: str  # "dump": other literals are fields; "source": they are code
    all: tuple[lexicon.Prefiltered, ...]
    any: tuple[lexicon.Prefiltered, ...]
    tokens: re.Pattern  # one alternation of the dialect's grammars, a named group each
    record_break: Optional[re.Pattern]  # the syntax between two records of a dump (None: one record)


def _dialect(raw: dict) -> Dialect:
    names = tuple(raw["tokens"])
    master = "|".join(f"(?P<{n}>{GRAMMARS[n].pattern.replace('{n}', n)})" for n in names)
    return Dialect(
        raw["name"], raw["family"], tuple(lexicon.Prefiltered(p) for p in raw.get("all", ())),
        tuple(lexicon.Prefiltered(p) for p in raw.get("any", ())), re.compile(master, re.DOTALL),
        re.compile(raw["record_break"]) if "record_break" in raw else None,
    )


DIALECTS = tuple(_dialect(d) for d in _DATA["dialect"])


class Token(NamedTuple):
    """A literal, comment or name of the page; ``content`` is a literal's text between its quotes."""

    start: int
    end: int
    role: str  # "literal" | "comment" | "name" | "code" (a quote left open on its line)
    flavour: str
    content_start: int
    content_end: int


class Wrapping(NamedTuple):
    """A page's wrapper: its dialect, its tokens, and the indexes of the literals that hold text."""

    dialect: Dialect
    tokens: tuple[Token, ...]
    kept: frozenset[int]


def _token(m: re.Match, text_len: int) -> Token:
    name = m.lastgroup or ""
    g = GRAMMARS[name]
    start, end = m.span()
    if g.role != "literal":
        return Token(start, end, g.role, g.flavour, start, end)
    prefix = m.group(f"{name}_p") if f"{name}_p" in m.re.groupindex else None
    closed = m.group(f"{name}_c") is not None
    if not closed and not (g.multiline or end == text_len):
        return Token(start, end, "code", g.flavour, start, end)
    flavour = "raw" if prefix and "r" in prefix.lower() else g.flavour
    return Token(start, end, "literal", flavour, start + g.open_len + len(prefix or ""),
                 end - g.close_len if closed else end)


def cjk_count(text: str, start: int = 0, end: Optional[int] = None) -> int:
    """Matches of ``CJK_RE`` in ``text[start:end]``: the CJK characters (what is left when the runs
    of other characters are taken out, at half the cost of listing each) and the escapes."""
    piece = text[start:end]
    escapes = len(_CJK_ESCAPE.findall(piece)) if "\\u" in piece else 0
    return len(_NON_CJK_CHARS.sub("", piece)) + escapes


def scan(text: str, dialect: Dialect) -> list[Token]:
    """Literals, comments and quoted names of the page in the dialect's grammar, in order."""
    n = len(text)
    return [_token(m, n) for m in dialect.tokens.finditer(text)]


def _outside_is_syntax(text: str, tokens: list[Token]) -> bool:
    """What lies outside literals and comments is code or dump syntax: ASCII, with syntax characters."""
    non_space = non_ascii = 0
    syntax = False
    pos = 0
    for a, b in [(t.start, t.end) for t in tokens if t.role != "code"] + [(len(text), len(text))]:
        if a > pos:
            non_space += len(NON_SPACE.findall(text, pos, a))
            non_ascii += len(NON_ASCII.findall(text, pos, a))
            syntax = syntax or SYNTAX.search(text, pos, a) is not None
        pos = max(pos, b)
    return syntax and non_ascii <= (1 - _DATA["outside_ascii"]) * non_space


def _judge(text: str, dialect: Dialect, cjk_total: int) -> Optional[Wrapping]:
    tokens = scan(text, dialect)
    literals = [(i, cjk_count(text, t.content_start, t.content_end))
                for i, t in enumerate(tokens) if t.role == "literal"]
    if sum(c for _i, c in literals) < _DATA["cover"] * cjk_total:
        return None
    kept = frozenset(i for i, c in literals if c >= _DATA["min_text_cjk"])
    if not kept or not _outside_is_syntax(text, tokens):
        return None
    return Wrapping(dialect, tuple(tokens), kept)


def _evidence(text: str, dialect: Dialect) -> bool:
    return all(p.search(text) for p in dialect.all) and (not dialect.any or any(p.search(text) for p in dialect.any))


def find(text: str, name: Optional[str] = None) -> Optional[Wrapping]:
    """The wrapping of the page: the first dialect (named ``name``, if given) that passes."""
    cjk_total = cjk_count(text)
    if cjk_total < _DATA["min_page_cjk"]:
        return None
    for dialect in DIALECTS:
        if (dialect.name == name) if name is not None else _evidence(text, dialect):
            found = _judge(text, dialect, cjk_total)
            if found is not None:
                return found
    return None


def records(text: str, wrapping: Wrapping) -> int:
    """How many records of a dump (rows, objects, lines) hold the kept text: two rows are two
    articles, which one document would run together."""
    brk = wrapping.dialect.record_break
    kept = sorted(wrapping.kept)
    if brk is None:
        return 1
    return 1 + sum(1 for i, j in zip(kept, kept[1:])
                   if brk.search(text, wrapping.tokens[i].end, wrapping.tokens[j].start))


def is_escaped_text(text: str) -> bool:
    """Line breaks written as literal \\n or \\r\\n (many of them), few or no real ones."""
    cfg = _DATA["escaped"]
    breaks = sum(1 for _ in ESCAPED_BREAK.finditer(text))
    return (
        breaks >= cfg["min_breaks"] and text.count("\n") * cfg["breaks_per_newline"] <= breaks
        and cjk_count(text) >= _DATA["min_page_cjk"]
    )


def detect(text: str) -> Optional[str]:
    """The name of the page's wrapper ("sql insert row", "escaped text", …), or None."""
    found = find(text)
    if found is not None:
        return found.dialect.name
    return ESCAPED_TEXT if is_escaped_text(text) else None


MAX_ESCAPE_LEVELS = int(_DATA["escaped"]["max_levels"])
