"""The output of a rewriting pass (unwrap, markup) and its map back to the pass's input.

A pass copies stretches of its input, replaces others (an entity by its character, an escape by
the character it stands for, a tag by a line break) and drops the rest. Each replacement
character stands on the first input character it replaces; the other characters are dropped
with the pass's reason, so ``compose`` can account for every page character.
"""
from __future__ import annotations

from typing import NamedTuple


class Piece(NamedTuple):
    """A stretch of the intermediate text and the page characters it came from."""

    t_start: int
    t_len: int
    s_start: int
    s_len: int
    reason: str | None  # None: copied verbatim; else what produced it (markup:entity, unwrap:escape…)


class Builder:
    """A pass's output as it grows: chunks, pieces and drops (in input offsets)."""

    __slots__ = ("drops", "out", "pieces", "t_pos")

    def __init__(self) -> None:
        self.out: list[str] = []
        self.pieces: list[Piece] = []
        # [start, end, reason, rule], merged as they come: a page has millions of tags but
        # few runs of them.
        self.drops: list[list] = []
        self.t_pos = 0

    def copy(self, src: str, start: int, end: int) -> None:
        n = end - start
        self.out.append(src[start:end])
        self.pieces.append(Piece(self.t_pos, n, start, n, None))
        self.t_pos += n

    def drop(self, start: int, end: int, reason: str, rule: str) -> None:
        if end <= start:
            return
        drops = self.drops
        if drops and drops[-1][1] == start and drops[-1][2] == reason:
            drops[-1][1] = end
        else:
            drops.append([start, end, reason, rule])

    def replace(self, start: int, end: int, replacement: str, reason: str, rule: str) -> None:
        """The input at start:end becomes ``replacement`` (possibly nothing)."""
        if not replacement:
            self.drop(start, end, reason, rule)
            return
        self.out.append(replacement)
        self.pieces.append(Piece(self.t_pos, len(replacement), start, end - start, reason))
        self.t_pos += len(replacement)
        if end - start > len(replacement):
            self.drop(start + len(replacement), end, reason, rule)

    def at_line_start(self) -> bool:
        return bool(self.out) and self.out[-1].endswith("\n")

    def text(self) -> str:
        return "".join(self.out)
