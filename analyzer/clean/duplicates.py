"""The second copy of an article that a page prints twice (a mirror, a print view below it).

Copies are found line by line on keys without glosses or white space, bridging a few lines that
differ (a changed date line, a re-damaged paragraph); the more complete copy is kept.
"""
from __future__ import annotations

import bisect
import re

from .chars import STRONG_RE
from .glosses import strip_glosses
from .lines import Line

DUPLICATE_MIN_LINES = 5
DUPLICATE_MIN_CHARS = 300
DUPLICATE_LONG_CHARS = 600  # a copied block this long is a copy even with fewer lines
DUPLICATE_MAX_GAP = 3  # differing lines (a changed date line, a re-damaged paragraph) bridged
DUPLICATE_CANDIDATES = 4  # earlier occurrences tried per line (first and last few)
REPEATED_PARAGRAPH_CHARS = 60  # a paragraph this long printed twice in a row is a copy (a lead the page repeats)
DOUBLED_PAGE_MIN = 3  # paragraphs printed twice in a row...
DOUBLED_PAGE_SHARE = 0.3  # ...that make this share of the page's lines: a page that doubles its paragraphs
REPEATED_ANYWHERE_CHARS = 100  # ...and one this long (or a run of lines) anywhere: no one says 100 characters twice


def line_key(content: str) -> str:
    """A line as duplicate detection compares it: no glosses, no white space."""
    return "".join(strip_glosses(content).split())


def _damage_weight(block: list[Line], text: str) -> int:
    """Lines of a copy that carry mojibake: the fewer, the more complete the copy."""
    return sum(1 for ln in block if STRONG_RE.search(text, ln.content_start, ln.content_end))


def _resync(keys: list[str], i: int, j: int, j0: int) -> tuple[int, int] | None:
    """Where two runs agree again after up to DUPLICATE_MAX_GAP differing lines on either side."""
    n = len(keys)
    for gap_i in range(DUPLICATE_MAX_GAP + 1):
        for gap_j in range(DUPLICATE_MAX_GAP + 1):
            if gap_i == gap_j == 0:
                continue
            a, b = i + gap_i, j + gap_j
            if (
                a + 1 < j0 and b + 1 < n and keys[a] == keys[b] and keys[a + 1] == keys[b + 1]
                and len(keys[a]) + len(keys[a + 1]) >= 8
            ):
                return a, b
    return None


def _extend_run(keys: list[str], i: int, j: int):
    """Longest aligned run of equal keys from (i, j), bridging a few differing lines."""
    n = len(keys)
    i0, j0 = i, j
    matched = 0
    last_i, last_j = i, j
    while True:
        while i < j0 and j < n and keys[i] == keys[j]:
            matched += len(keys[i])
            i += 1
            j += 1
        last_i, last_j = i, j
        resync = _resync(keys, i, j, j0)
        if not resync:
            break
        i, j = resync
    if last_j - j0 < 2:
        return None
    return i0, last_i, j0, last_j, matched


def _best_copy(keys: list[str], positions: dict[str, list[int]], j: int):
    """The longest earlier block that line j starts a copy of: (i0, i1, j0, j1, chars) or None."""
    key = keys[j]
    earlier = positions.get(key)
    if not earlier:
        return None
    best = None
    if len(key) >= DUPLICATE_LONG_CHARS:
        # one long paragraph (a page that lost its line breaks) printed twice
        best = max(((i, i + 1, j, j + 1, len(key)) for i in earlier[:DUPLICATE_CANDIDATES]), key=lambda b: b[4])
    if len(key) >= 2:
        tried = earlier[:DUPLICATE_CANDIDATES] + earlier[-DUPLICATE_CANDIDATES:]
        for i in dict.fromkeys(tried):
            span = _extend_run(keys, i, j)
            if span and (best is None or span[4] > best[4]):
                best = span
    return best


def _is_copy(keys: list[str], j0: int, j1: int, matched: int) -> bool:
    """A long block, or lines repeated word for word (a live page's last entries printed again)."""
    size = sum(len(keys[k]) for k in range(j0, j1))
    return (j1 - j0 >= DUPLICATE_MIN_LINES and size >= DUPLICATE_MIN_CHARS) or size >= DUPLICATE_LONG_CHARS \
        or matched >= REPEATED_ANYWHERE_CHARS


def _drop_copy(lines: list[Line], starts: list[int], first: list[Line], second: list[Line], text: str) -> None:
    """Keep the more complete copy (fewer damaged lines; the first on a tie), drop the other.
    ``starts``: the lines' start offsets, listed once by the caller (not once per copy)."""
    drop, kept_copy = (first, "second") if _damage_weight(second, text) < _damage_weight(first, text) else (second, "first")
    rule = f"copy of a {len(second)}-line block; the {kept_copy} copy is kept"
    for ln in drop:
        ln.reason, ln.rule = "duplicate_article", rule
    # Blank lines inside the dropped copy belong to it, so it is one Drop.
    for k in range(bisect.bisect_left(starts, drop[0].start), bisect.bisect_left(starts, drop[-1].start)):
        if lines[k].reason == "whitespace":
            lines[k].reason, lines[k].rule = "duplicate_article", rule


def mark_duplicates(lines: list[Line], text: str) -> int:
    """Drop the second copy of a long block printed twice; return the number of copies dropped."""
    live = [ln for ln in lines if ln.content_start < ln.content_end and ln.reason is None]
    keys = [line_key(text[ln.content_start:ln.content_end]) for ln in live]
    positions: dict[str, list[int]] = {}
    starts = [ln.start for ln in lines]
    blocks = 0
    # a page that prints every paragraph twice in a row: each second copy goes, however short (distinct
    # paragraphs doubled, not one line said again and again)
    doubled = {keys[j] for j in range(1, len(keys)) if keys[j] == keys[j - 1]}
    doubled_page = len(doubled) >= DOUBLED_PAGE_MIN and 2 * len(doubled) >= DOUBLED_PAGE_SHARE * len(keys)
    j = 0
    while j < len(live):
        best = _best_copy(keys, positions, j)
        if best is not None and _is_copy(keys, best[2], best[3], best[4]):
            i0, i1, j0, j1, _chars = best
            _drop_copy(lines, starts, live[i0:i1], live[j0:j1], text)
            blocks += 1
            for k in range(j, j1):
                positions.setdefault(keys[k], []).append(k)
            j = j1
            continue
        if j and keys[j] == keys[j - 1] and (len(keys[j]) >= REPEATED_PARAGRAPH_CHARS or doubled_page):
            # the same paragraph twice in a row (only blank lines between): no one says it twice
            _drop_copy(lines, starts, live[j - 1:j], live[j:j + 1], text)
            blocks += 1
        elif len(keys[j]) >= REPEATED_ANYWHERE_CHARS and keys[j] in positions:
            # a long paragraph printed again further down (a live page's refresh, a pasted answer twice)
            i = positions[keys[j]][0]
            _drop_copy(lines, starts, live[i:i + 1], live[j:j + 1], text)
            blocks += 1
        elif _preview_of_next(keys, j):
            live[j].reason, live[j].rule = "duplicate_article", "a post's folded preview; the full post follows"
            blocks += 1
        positions.setdefault(keys[j], []).append(j)
        j += 1
    return blocks + _headline_repeats(live, keys)


# A post folded to its first lines, with the button that unfolds it ("…深入贯彻习...展开全文c")
FOLDED = re.compile(r"(?:\.{3}|…+)?(?:展开全文|全文)[a-z]?(?:L\S{1,24}的微博视频|O网页链接)?$")  # (a link's stand-in after it)
PREVIEW_MIN_CHARS = 30
PREVIEW_LOOKAHEAD = 3  # lines (a post's frame lies between the preview and the full post)


def _preview_of_next(keys: list[str], j: int) -> bool:
    """Whether line ``j`` is a folded preview of a post printed in full on one of the next lines."""
    folded = FOLDED.search(keys[j])
    if folded is None:
        return False
    preview = keys[j][:folded.start()].rstrip(".…")
    return len(preview) >= PREVIEW_MIN_CHARS and any(
        keys[k].startswith(preview) for k in range(j + 1, min(len(keys), j + 1 + PREVIEW_LOOKAHEAD)))


HEADLINE_CHARS = (6, 60)
_SENTENCE_PUNCT = re.compile(r"[。！？!?；;，,]")


def _headline_repeats(live: list[Line], keys: list[str]) -> int:
    """The page's first line (its headline) printed again on a line of its own later: a converted
    document's running header, or the head of an article's next page. Each repeat is dropped."""
    if not keys or not HEADLINE_CHARS[0] <= len(keys[0]) <= HEADLINE_CHARS[1] or _SENTENCE_PUNCT.search(keys[0]):
        return 0
    repeats = [ln for ln, key in zip(live[1:], keys[1:]) if key == keys[0] and ln.reason is None]
    for ln in repeats:
        ln.reason, ln.rule = "duplicate_article", "the headline printed again (a running header, or the next page's head)"
    return len(repeats)
