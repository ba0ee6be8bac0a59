"""The accounting: map the kept and dropped segments back to the page, through every pass.

Each rewriting pass (unwrap, a second unescape, markup) leaves pieces that map its output to
its input, one output character to one input character, and drops in its input's offsets. Composing them, each kept
character maps to one page character (the offset map) and each dropped page character lies in
exactly one ``Drop``: ``chars_in == chars_kept + sum(drop.length)``.
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from ..model import Drop, Span
from .pieces import Piece


class Pass(NamedTuple):
    """What one rewriting pass did: pieces of its output, drops in its input's offsets."""

    pieces: list[Piece]
    drops: list[list]  # [start, end, reason, rule]


def _kept_text(t_text: str, segs: list):
    """The cleaned text, its runs (clean start, intermediate start, length), restored spans."""
    kept = [seg for seg in segs if seg[2] is None]
    chunks = [t_text[a:b] if rep is None else rep for a, b, _r, _rule, rep in kept]
    starts = list(itertools.accumulate((len(c) for c in chunks), initial=0))
    runs = [(starts[i], seg[0], len(chunks[i])) for i, seg in enumerate(kept)]
    restored = [Span(starts[i], starts[i + 1], "restored") for i, seg in enumerate(kept) if seg[4] is not None]
    return "".join(chunks), runs, restored


def _overlaps(pieces: list[Piece], starts: list[int], a: int, b: int) -> Iterator[tuple[int, int, Piece]]:
    """(input start, length, piece) for each piece that output range a:b crosses."""
    p = bisect.bisect_right(starts, a) - 1
    while a < b:
        piece = pieces[p]
        end = min(b, piece.t_start + piece.t_len)
        if end > a:
            yield piece.s_start + (a - piece.t_start), end - a, piece
            a = end
        p += 1


def _runs_through(pieces: list[Piece], starts: list[int], runs: list) -> list:
    """Offset-map runs moved from a pass's output to its input, neighbours merged."""
    out: list[list[int]] = []
    for c_pos, t_pos, n in runs:
        for s_a, length, _piece in _overlaps(pieces, starts, t_pos, t_pos + n):
            last = out[-1] if out else None
            if last is not None and last[0] + last[2] == c_pos and last[1] + last[2] == s_a:
                last[2] += length
            else:
                out.append([c_pos, s_a, length])
            c_pos += length
    return out


def _drops_through(pieces: list[Piece], starts: list[int], drops: list) -> list:
    """Drops moved from a pass's output to its input.

    A dropped character that the pass produced (a block tag's line break) keeps the pass's
    reason: it is the tag that is gone.
    """
    out = []
    for a, b, reason, rule in drops:
        for s_a, length, piece in _overlaps(pieces, starts, a, b):
            if piece.reason is None:
                out.append((s_a, s_a + length, reason, rule))
            else:
                out.append((s_a, s_a + length, piece.reason, piece.reason.split(":")[0]))
    return out


def _merge(drops: list) -> list[list]:
    """Sorted drops, neighbours of one reason merged into one."""
    drops.sort(key=lambda d: (d[0], d[1]))
    merged: list[list] = []
    for d in drops:
        if merged and merged[-1][1] == d[0] and merged[-1][2] == d[2]:
            merged[-1][1] = d[1]
        else:
            merged.append(list(d))
    return merged


def compose(t_text: str, segs: list, passes: Sequence[Pass]):
    """(text, drops, offset map, restored spans) of segments of the last pass's output."""
    text, runs, restored = _kept_text(t_text, segs)
    drops: list = [(a, b, reason, rule) for a, b, reason, rule, _rep in segs if reason is not None]
    for p in reversed(passes):
        starts = [piece.t_start for piece in p.pieces]
        runs = _runs_through(p.pieces, starts, runs)
        drops = _merge(list(p.drops) + _drops_through(p.pieces, starts, drops))
    offset_map = tuple(tuple(run) for run in runs)
    return text, [Drop(a, b, reason, rule) for a, b, reason, rule in drops], offset_map, restored
