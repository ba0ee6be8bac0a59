"""Hard line wraps: text converted from PDF (or copied from a fixed-width view) breaks every line at
the page's width, in the middle of sentences, names and numbers ("同比\\n增加12天").

Such a page shows a width most lines reach and none passes. A line that reaches it and ends
without closing punctuation runs on into the next: that line break is dropped (between two
Latin letters or digits it stays, as their space), in a pass of its own so ``compose`` accounts
for it. Pages with one paragraph per line, or short label lines, show no such width: left alone.
"""
from __future__ import annotations

from collections import Counter

from .compose import Pass, rewrite

CLOSING = "。！？!?；;：:…」』”’）)】]》\"'"
SLACK = 4  # display columns a full line may fall short of the width (a wide character that did not fit)
MIN_WIDTH = 30  # display columns: narrower "widths" are short lines, not a page's width
MIN_FULL_LINES = 4
MIN_FULL_SHARE = 0.25  # of the non-blank lines
MAX_WIDER_SHARE = 0.05  # lines wider than the width (a hard-wrapped page has none, or a stray title)
REASON = "whitespace"
RULE = "hard line wrap (the page breaks its lines at a fixed width)"


def _width(line: str) -> int:
    """Display columns: two for a CJK or full-width character (three bytes in UTF-8), one for ASCII."""
    return (len(line.encode("utf-8", "surrogatepass")) + len(line)) // 2


def wrap_width(widths: list[int]) -> int | None:
    """The width most lines reach and almost none pass, or None."""
    nonblank = [w for w in widths if w > 0]
    if len(nonblank) < MIN_FULL_LINES:
        return None
    counts = Counter(nonblank)
    best, best_n = None, 0
    for w in counts:
        if w < MIN_WIDTH:
            continue
        n = sum(counts.get(x, 0) for x in range(w - SLACK, w + 1))
        if n > best_n or n == best_n and best is not None and w > best:
            best, best_n = w, n
    if best is None or best_n < max(MIN_FULL_LINES, MIN_FULL_SHARE * len(nonblank)):
        return None
    wider = sum(1 for w in nonblank if w > best + 1)
    return best if wider <= MAX_WIDER_SHARE * len(nonblank) else None


def join_hard_wraps(text: str) -> tuple[str, Pass] | None:
    """(text with hard wraps joined, its pass), or None when the page has no wrap width."""
    if "\n" not in text:
        return None
    lines = _lines(text)
    widths = [_width(text[a:b].rstrip()) for a, b in lines]
    width = wrap_width(widths)
    if width is None or len({text[a:b] for (a, b), w in zip(lines, widths) if w >= width - SLACK}) < MIN_FULL_LINES:
        return None  # (one line repeated is no page width)
    edits = []
    for (a, b), w, (na, nb) in zip(lines, widths, lines[1:]):
        body = text[a:b].rstrip()
        if w < width - SLACK or not body or body[-1] in CLOSING or na >= nb or text[na].isspace():
            continue
        if body[-1].isascii() and body[-1].isalnum() and text[na].isascii() and text[na].isalnum():
            continue  # between two Latin words the break is their space: it stays
        edits.append((a + len(body), na, ""))
    return rewrite(text, edits, REASON, RULE) if edits else None


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    out, pos = [], 0
    while True:
        k = text.find("\n", pos)
        if k < 0:
            out.append((pos, len(text)))
            return out
        out.append((pos, k))
        pos = k + 1
