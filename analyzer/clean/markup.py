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
MARKUP = re.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"
    r"|(?P<script><(?P<sname>script|style|noscript|template|svg|iframe|object)\b[^>]*>.*?(?:</(?P=sname)\s*>|\Z))"
    r"|(?P<chrome><(?P<cname>nav|footer)\b[^>]*>.*?</(?P=cname)\s*>)"
    r"|(?P<decl><![a-zA-Z][^>]*>|<\?[^>]*>)"
    r"|(?P<tag></?(?P<tname>[a-zA-Z][a-zA-Z0-9:-]*)(?:\s(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?/?>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?)",
    re.DOTALL | re.IGNORECASE,
)
HAS_MARKUP = re.compile(
    r"<(?:/?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>|!--)|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"
)
# Attributes of a tag whose '<' was cut off by the scraper:  target="_blank" style="…">
TAG_RESIDUE = re.compile(
    r"[a-zA-Z_:](?<![-\w][a-zA-Z_:])[-a-zA-Z0-9_:.]*\s*=\s*\"[^\"<>\n]*\""
    r"(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*\s*=\s*\"[^\"<>\n]*\")*\s*/?>"
)


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


def _tag(m: re.Match, b: _Builder) -> tuple[str, str, str]:
    """A tag is dropped; a block tag leaves one line break per run, a cell tag a space."""
    name = m.group("tname").lower()
    replacement = ""
    if name == "a":
        b.anchor(m.group().startswith("</"))
    elif name in BLOCK_TAGS:
        # One line break per run of block tags (</p></div><div><p> is one break).
        if not b.at_line_start():
            replacement = "\n"
    elif name in CELL_TAGS:
        replacement = " "
    return replacement, "markup:tag", "<tag>"


def _element(m: re.Match, kind: str) -> tuple[str, str, str]:
    """Comments, scripts, styles, nav/footer elements and declarations vanish whole."""
    if kind == "comment":
        return "", "markup:comment", "<!-- -->"
    if kind == "script":
        name = m.group("sname").lower()
        return "", ("markup:style" if name == "style" else "markup:script"), f"<{name}>"
    if kind == "chrome":
        name = m.group("cname").lower()
        return "", ("chrome:footer" if name == "footer" else "chrome:navigation"), f"<{name}>"
    return "", "markup:tag", "<!…>"


def strip_markup(src: str):
    """(intermediate text, pieces, drops, links) with tags removed and entities decoded.

    Drops are [start, end, reason, rule] lists in page offsets; links are the (start, end)
    of each anchor's text in the intermediate text.
    """
    b = _Builder()
    s_pos = 0
    for m in MARKUP.finditer(src):
        start, end = m.span()
        if start > s_pos:
            b.copy(src, s_pos, start)
        s_pos = start
        kind = m.lastgroup
        if kind == "entity":
            entity = m.group()
            decoded = html.unescape(entity)
            if decoded == entity or len(decoded) > len(entity):
                continue  # not an entity after all: it is copied with the text after it
            replacement, reason, rule = decoded, "markup:entity", entity
        elif kind == "tag":
            replacement, reason, rule = _tag(m, b)
        else:
            replacement, reason, rule = _element(m, kind or "")
        b.replace(start, end, replacement, reason, rule)
        s_pos = end
    if len(src) > s_pos:
        b.copy(src, s_pos, len(src))
    return b.text(), b.pieces, b.drops, b.links


def needs_markup_pass(page: Page, text: str) -> bool:
    """Only pages whose text (once unwrapped) carries HTML, or a fragment of it, pay for this pass."""
    return page.was_html or HAS_MARKUP.search(text) is not None
