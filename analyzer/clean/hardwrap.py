"""Hard line wraps: text converted from PDF (or copied from a fixed-width view) breaks every line at
the page's width, in the middle of sentences, names and numbers ("同比\\n增加12天").

Such a page shows a width most lines reach and none passes. A line that reaches it and ends
without closing punctuation runs on into the next: that line break is dropped (between two
Latin letters it stays, as their space; a number cut in two is joined), in a pass of its own so ``compose`` accounts
for it. Pages with one paragraph per line, or short label lines, show no such width: left alone.
"""
from __future__ import annotations

import re
from collections import Counter

from .compose import Pass, rewrite
from .lines import split_lines

CLOSING = "。！？!?；;：:…」』”’）)】]》\"'"
SLACK = 4  # display columns a full line may fall short of the width (a wide character that did not fit)
MIN_WIDTH = 30  # display columns: narrower "widths" are short lines, not a page's width
MIN_FULL_LINES = 4
MIN_FULL_SHARE = 0.25  # of the non-blank lines
MAX_WIDER_SHARE = 0.05  # lines wider than the width (a hard-wrapped page has none, or a stray title)
LIST_MARKS = "·•●○■□◆◇▪▶►※"
ALIGNED = re.compile(r"[\u3000]{2,}|[ \t]{3,}")
# a line that opens a numbered item or a short label starts anew (1.…？, 一、…, 问：…, 解读人：…), whatever the width
# before it
OPENS_ITEM = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．](?!\d)|[\u4e00-\u9fff]{1,5}[:：]")
REASON = "whitespace"
RULE = "hard line wrap (the page breaks its lines at a fixed width)"


def _width(line: str) -> int:
    """Display columns: two for a CJK or full-width character (three bytes in UTF-8), one for ASCII."""
    return (len(line.encode("utf-8", "surrogatepass")) + len(line)) // 2


def wrap_width(widths: list[int], padded_lines: list[bool] | None = None) -> int | None:
    """The width most lines reach and almost none pass, or None. A line padded inside (a running header:
    the office's name, a run of spaces, the document's number) may pass it."""
    padded_lines = padded_lines or [False] * len(widths)
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
    wider = sum(1 for w, padded in zip(widths, padded_lines) if w > best + 1 and not padded)
    return best if wider <= MAX_WIDER_SHARE * len(nonblank) else None


def join_hard_wraps(text: str) -> tuple[str, Pass] | None:
    """(text with hard wraps joined, its pass), or None when the page has no wrap width."""
    if "\n" not in text:
        return None
    lines = split_lines(text)
    widths = [_width(text[ln.start:ln.content_end]) for ln in lines]
    padded = [ALIGNED.search(text, ln.content_start, ln.content_end) is not None for ln in lines]
    width = wrap_width(widths, padded)
    if width is None or len({text[ln.start:ln.content_end] for ln, w in zip(lines, widths)
                             if w >= width - SLACK}) < MIN_FULL_LINES:
        return None  # (one line repeated is no page width)
    edits = []
    for i, (ln, w, nxt) in enumerate(zip(lines, widths, lines[1:])):
        full = max(w, 2 * (ln.content_end - ln.start)) >= width - SLACK  # (a page cut at so many characters)
        if not full or ln.content_start == ln.content_end or nxt.content_start == nxt.content_end \
                or nxt.content_start > nxt.start:  # a blank or indented next line opens a paragraph
            continue
        last, first = text[ln.content_end - 1], text[nxt.start]
        if last in CLOSING or first in LIST_MARKS or padded[i] or OPENS_ITEM.match(text, nxt.start):
            continue  # (a list's items, or columns set apart by a run of wide spaces, are padded to one width;
            # a paragraph's indent is no column)
        if last.isascii() and last.isalpha() and first.isascii() and first.isalpha():
            continue  # between two Latin words the break is their space: it stays (a number cut in two is one)
        edits.append((ln.content_end, nxt.start, ""))
    return rewrite(text, edits, REASON, RULE) if edits else None
