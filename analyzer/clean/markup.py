"""The markup pass: tags, scripts, styles and comments removed, entities decoded.

Its output is an intermediate text whose pieces map back to the page, so the line pass can
work on plain text while every removed tag stays accounted for. Anchors are remembered: a
line that is nothing but link text is navigation.
"""
from __future__ import annotations

import html
import re
from ..model import Page
from .pieces import Builder

BLOCK_TAGS = frozenset(
    ["p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "title", "section", "article", "header", "footer", "nav", "blockquote", "pre", "hr", "dd", "dt", "dl", "form", "aside", "main", "figure", "figcaption", "caption", "tbody", "thead", "tfoot", "center", "address", "option", "select", "body", "html", "head"]
)
CELL_TAGS = frozenset(("td", "th"))
# A tokenizer, not one alternation: markup starts at '<' or '&', and each token's grammar is
# tried there. Every pattern is possessive and no tag grammar crosses a '<' (not even inside a
# quoted attribute value), so the stretches that failed attempts scan are disjoint and the pass
# runs in time linear in the page. An element's closing tag is searched once per element, and a
# search that found none is remembered: no later element of that name can close either.
MARKUP_START = re.compile(r"[<&]")
_ATTRS = r"""(?:[^<>"']++|"[^"<]*+"|'[^'<]*+')*+"""
COMMENT_OPEN = "<!--"
COMMENT_CLOSE = "-->"
RAW_OPEN = re.compile(r"<(?P<name>script|style|noscript|template|svg|iframe|object)\b" + _ATTRS + ">", re.IGNORECASE)
CHROME_OPEN = re.compile(r"<(?P<name>nav|footer)\b" + _ATTRS + ">", re.IGNORECASE)
DECLARATION = re.compile(r"<![a-zA-Z][^<>]*+>|<\?[^<>]*+>")
TAG = re.compile(r"</?(?P<tname>[a-zA-Z][a-zA-Z0-9:-]*+)(?:\s" + _ATTRS + ")?/?>")
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?")
ENTITY_CACHE = 65536
_CLOSERS: dict[str, re.Pattern] = {}
HAS_MARKUP = re.compile(
    r"<(?:/?[a-zA-Z][a-zA-Z0-9]*+\b[^<>]*+>|!--)|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"
)
# Attributes of a tag whose '<' was cut off by the scraper:  target="_blank" style="…">
# One match per run of attributes, possessive, whether or not '>' follows (the code checks), so
# a long run that no '>' ends is scanned once, not once per attribute.
TAG_RESIDUE = re.compile(
    r"[a-zA-Z_:](?<![-\w][a-zA-Z_:])[-a-zA-Z0-9_:.]*+\s*+=\s*+\"[^\"<>\n]*+\""
    r"(?:\s++[a-zA-Z_:][-a-zA-Z0-9_:.]*+\s*+=\s*+\"[^\"<>\n]*+\")*+(?P<close>\s*+/?>)?"
)


def tag_residues(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of attributes that a '>' ends: the remains of a cut tag."""
    return [m.span() for m in TAG_RESIDUE.finditer(text) if m.group("close") is not None]


def _closer(name: str) -> re.Pattern:
    pattern = _CLOSERS.get(name)
    if pattern is None:
        pattern = _CLOSERS[name] = re.compile(rf"</{name}\s*+>", re.IGNORECASE)
    return pattern


class _Builder(Builder):
    """The markup pass's builder, which also remembers the text of each anchor."""

    __slots__ = ("link_open", "links")

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[int, int]] = []
        self.link_open: int | None = None

    def anchor(self, closing: bool) -> None:
        if not closing:
            self.link_open = self.t_pos
            return
        if self.link_open is not None and self.t_pos > self.link_open:
            self.links.append((self.link_open, self.t_pos))
        self.link_open = None


def _tag(name: str, closing: bool, b: _Builder) -> tuple[str, str, str]:
    """A tag is dropped; a block tag leaves one line break per run, a cell tag a space."""
    name = name.lower()
    replacement = ""
    if name == "a":
        b.anchor(closing)
    elif name in BLOCK_TAGS:
        # One line break per run of block tags (</p></div><div><p> is one break).
        if not b.at_line_start():
            replacement = "\n"
    elif name in CELL_TAGS:
        replacement = " "
    return replacement, "markup:tag", "<tag>"


class _Scanner:
    """The tokens of one page, each found where its '<' or '&' stands, in one left-to-right pass."""

    __slots__ = ("no_close", "src")

    def __init__(self, src: str) -> None:
        self.src = src
        self.no_close: dict[str, int] = {}  # element name -> a position after which it never closes

    def element_end(self, name: str, pos: int, to_end: bool) -> int | None:
        """Where the element whose opening tag ends at ``pos`` ends (after its closing tag).

        ``to_end``: an element never closed runs to the end of the page (script, style); else None.
        """
        key = name.lower()
        m = None if self.no_close.get(key, len(self.src) + 1) <= pos else _closer(key).search(self.src, pos)
        if m is not None:
            return m.end()
        self.no_close[key] = min(pos, self.no_close.get(key, pos))
        return len(self.src) if to_end else None

    def at_lt(self, pos: int) -> tuple[int, str, str] | None:
        """(end, kind, name) of the markup that starts at the '<' at ``pos``, or None (a plain '<')."""
        src = self.src
        if src.startswith(COMMENT_OPEN, pos):
            close = src.find(COMMENT_CLOSE, pos + len(COMMENT_OPEN))
            return (len(src) if close < 0 else close + len(COMMENT_CLOSE)), "comment", ""
        for pattern, kind, to_end in ((RAW_OPEN, "script", True), (CHROME_OPEN, "chrome", False)):
            m = pattern.match(src, pos)
            if m is not None:
                end = self.element_end(m.group("name"), m.end(), to_end)
                if end is not None:
                    return end, kind, m.group("name").lower()
        m = DECLARATION.match(src, pos) or TAG.match(src, pos)
        if m is None:
            return None
        return m.end(), ("decl" if m.re is DECLARATION else "tag"), (m.group("tname") if m.re is TAG else "")


def _element(kind: str, name: str) -> tuple[str, str, str]:
    """Comments, scripts, styles, nav/footer elements and declarations vanish whole."""
    if kind == "comment":
        return "", "markup:comment", "<!-- -->"
    if kind == "script":
        return "", ("markup:style" if name == "style" else "markup:script"), f"<{name}>"
    if kind == "chrome":
        return "", ("chrome:footer" if name == "footer" else "chrome:navigation"), f"<{name}>"
    return "", "markup:tag", "<!…>"


def _entity(src: str, pos: int, cache: dict[str, tuple[str, str]]) -> tuple[int, str, str] | None:
    """(end, decoded text, rule) of the entity at ``pos``; None when it is not one.

    Decodings are shared through ``cache`` (up to ENTITY_CACHE distinct entities): a page of a
    million entities holds each one's text once, not once per occurrence.
    """
    m = ENTITY.match(src, pos)
    if m is None:
        return None
    entity = m.group()
    found = cache.get(entity)
    if found is None:
        decoded = html.unescape(entity)
        found = ("", "") if decoded == entity or len(decoded) > len(entity) else (decoded, entity)
        if len(cache) < ENTITY_CACHE:
            cache[entity] = found
    return (m.end(), *found) if found[0] else None


def strip_markup(src: str):
    """(intermediate text, pieces, drops, links) with tags removed and entities decoded.

    Drops are [start, end, reason, rule] lists in page offsets; links are the (start, end)
    of each anchor's text in the intermediate text.
    """
    b = _Builder()
    scanner = _Scanner(src)
    decoded_cache: dict[str, tuple[str, str]] = {}
    copied = pos = 0  # src[:copied] is in the output; markup is searched from pos
    while True:
        m = MARKUP_START.search(src, pos)
        if m is None:
            break
        start = m.start()
        pos = start + 1
        is_entity = src[start] == "&"
        token = _entity(src, start, decoded_cache) if is_entity else scanner.at_lt(start)
        if token is None:
            continue  # a plain '<' or '&': copied with the text after it
        if start > copied:
            b.copy(src, copied, start)  # first: a tag's line break depends on what precedes it
        if is_entity:
            end, replacement, rule = token
            reason = "markup:entity"
        else:
            end, kind, name = token
            replacement, reason, rule = _tag(name, src.startswith("</", start), b) if kind == "tag" else _element(kind, name)
        b.replace(start, end, replacement, reason, rule)
        copied = pos = end
    if len(src) > copied:
        b.copy(src, copied, len(src))
    return b.text(), b.pieces, b.drops, b.links


def needs_markup_pass(page: Page, text: str) -> bool:
    """Only pages whose text (once unwrapped) carries HTML, or a fragment of it, pay for this pass."""
    return page.was_html or HAS_MARKUP.search(text) is not None
