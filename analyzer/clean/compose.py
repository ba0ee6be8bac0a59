"""The accounting: map the kept and dropped segments back to the page, through every pass.

Each rewriting pass (unwrap, a second unescape, markup) leaves pieces that map its output to
its input, one output character to one input character, and drops in its input's offsets. Composing them, each kept
character maps to one page character (the offset map) and each dropped page character lies in
exactly one ``Drop``: ``chars_in == chars_kept + sum(drop.length)``.
"""
from __future__ import annotations

import bisect
import heapq
import itertools
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from typing import NamedTuple, Optional

from ..model import Drop, Span
from .pieces import Builder, Drops, Pieces


class Pass(NamedTuple):
    """What one rewriting pass did: pieces of its output, drops in its input's offsets."""

    pieces: Pieces
    drops: Drops


def substitute(text: str, pattern: re.Pattern[str], replacement: str, reason: str, rule: str) -> tuple[str, Pass]:
    """A pass of its own that writes ``replacement`` (nothing: a drop) over each match of ``pattern``,
    so ``compose`` accounts for every character and maps offsets back through it."""
    return rewrite(text, ((m.start(), m.end(), replacement) for m in pattern.finditer(text)), reason, rule)


def rewrite(text: str, edits: Iterable[tuple[int, int, str]], reason: str, rule: str) -> tuple[str, Pass]:
    """A pass of its own that writes each edit's replacement over ``text[start:end]`` (edits in text
    order, apart): ``substitute`` for spans that no single pattern finds."""
    b = Builder()
    pos = 0
    for start, end, replacement in edits:
        if start > pos:
            b.copy(text, pos, start)
        b.replace(start, end, replacement, reason, rule)
        pos = end
    if len(text) > pos:
        b.copy(text, pos, len(text))
    return b.text(), Pass(b.pieces, b.drops)


def _kept_text(t_text: str, segs: list):
    """The cleaned text, its runs (clean start, intermediate start, length), restored spans."""
    kept = [seg for seg in segs if seg[2] is None]
    chunks = [t_text[a:b] if rep is None else rep for a, b, _r, _rule, rep in kept]
    starts = list(itertools.accumulate((len(c) for c in chunks), initial=0))
    runs = [(starts[i], seg[0], len(chunks[i])) for i, seg in enumerate(kept)]
    restored = [Span(starts[i], starts[i + 1], "restored") for i, seg in enumerate(kept) if seg[4] is not None]
    return "".join(chunks), runs, restored


def _overlaps(pieces: Pieces, a: int, b: int) -> Iterator[tuple[int, int, Optional[str]]]:
    """(input start, length, piece reason) for each piece that output range a:b crosses."""
    t_start, t_len, s_start, reasons = pieces.t_start, pieces.t_len, pieces.s_start, pieces.reason
    p = bisect.bisect_right(t_start, a) - 1
    while a < b:
        end = min(b, t_start[p] + t_len[p])
        if end > a:
            yield s_start[p] + (a - t_start[p]), end - a, reasons[p]
            a = end
        p += 1


class _Runs:
    """Offset-map runs (clean start, start in the pass's input, length) as three arrays."""

    __slots__ = ("clean", "length", "source")

    def __init__(self) -> None:
        self.clean, self.source, self.length = array("q"), array("q"), array("q")

    def add(self, c_pos: int, s_pos: int, n: int) -> None:
        """A run, merged with the last one when both continue each other."""
        if self.length and self.clean[-1] + self.length[-1] == c_pos and self.source[-1] + self.length[-1] == s_pos:
            self.length[-1] += n
        else:
            self.clean.append(c_pos)
            self.source.append(s_pos)
            self.length.append(n)

    def __iter__(self) -> Iterator[tuple[int, int, int]]:
        return zip(self.clean, self.source, self.length)


def _runs_through(pieces: Pieces, runs: Iterable[tuple[int, int, int]]) -> _Runs:
    """Offset-map runs moved from a pass's output to its input, neighbours merged."""
    out = _Runs()
    for c_pos, t_pos, n in runs:
        for s_a, length, _reason in _overlaps(pieces, t_pos, t_pos + n):
            out.add(c_pos, s_a, length)
            c_pos += length
    return out


def _drops_through(pieces: Pieces, drops: Iterable[tuple]) -> list[tuple]:
    """Drops moved from a pass's output to its input.

    A dropped character that the pass produced (a block tag's line break) keeps the pass's
    reason: it is the tag that is gone.
    """
    out = []
    for a, b, reason, rule in drops:
        for s_a, length, piece_reason in _overlaps(pieces, a, b):
            if piece_reason is None:
                out.append((s_a, s_a + length, reason, rule))
            else:
                out.append((s_a, s_a + length, piece_reason, piece_reason.split(":")[0]))
    return out


def _merge(*sorted_drops: Iterable[tuple]) -> list[tuple]:
    """Drops of sequences sorted by start, in one order, neighbours of one reason merged into one."""
    merged: list[tuple] = []
    for d in heapq.merge(*sorted_drops, key=itemgetter(0)):
        if merged and merged[-1][1] == d[0] and merged[-1][2] == d[2]:
            last = merged[-1]
            merged[-1] = (last[0], d[1], last[2], last[3])
        else:
            merged.append(d)
    return merged


def compose(t_text: str, segs: list, passes: Sequence[Pass]):
    """(text, drops, offset map, restored spans) of segments of the last pass's output."""
    text, kept_runs, restored = _kept_text(t_text, segs)
    runs: Iterable[tuple[int, int, int]] = kept_runs
    drops: list = [(a, b, reason, rule) for a, b, reason, rule, _rep in segs if reason is not None]
    for p in reversed(passes):
        runs = _runs_through(p.pieces, runs)
        drops = _merge(p.drops, _drops_through(p.pieces, drops))
    offset_map = tuple(runs)
    for i, d in enumerate(drops):  # in place: each tuple is freed as its Drop is made
        drops[i] = Drop(*d)
    return text, drops, offset_map, restored
