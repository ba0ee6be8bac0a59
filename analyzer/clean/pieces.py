"""The output of a rewriting pass (line endings, unwrap, markup) and its map back to the pass's input.

A pass copies stretches of its input, replaces others (an entity by its character, an escape by
the character it stands for, a tag by a line break) and drops the rest. Each replacement
character stands on the first input character it replaces; the other characters are dropped
with the pass's reason, so ``compose`` can account for every page character.

Pieces and drops are kept in parallel arrays, not one object each: a page of a million
entities has a million pieces, and a tuple with its integers costs four times the memory.
"""
from __future__ import annotations

from array import array
from typing import Iterator, Optional


class Pieces:
    """Stretches of the intermediate text and the input characters each came from.

    Piece k: output ``t_start[k]`` for ``t_len[k]`` characters, from input ``s_start[k]`` for
    ``s_len[k]``; ``reason[k]`` None: copied verbatim, else what produced it (markup:entity…).
    """

    __slots__ = ("reason", "s_len", "s_start", "t_len", "t_start")

    def __init__(self) -> None:
        self.t_start, self.t_len = array("q"), array("q")
        self.s_start, self.s_len = array("q"), array("q")
        self.reason: list[Optional[str]] = []

    def append(self, t_start: int, t_len: int, s_start: int, s_len: int, reason: Optional[str]) -> None:
        self.t_start.append(t_start)
        self.t_len.append(t_len)
        self.s_start.append(s_start)
        self.s_len.append(s_len)
        self.reason.append(reason)

    def __len__(self) -> int:
        return len(self.t_start)


class Drops:
    """Input stretches a pass removed, in order: (start, end, reason, rule), neighbours of one
    reason merged as they come (a page has millions of tags but few runs of them)."""

    __slots__ = ("end", "reason", "rule", "start")

    def __init__(self) -> None:
        self.start, self.end = array("q"), array("q")
        self.reason: list[str] = []
        self.rule: list[str] = []

    def add(self, start: int, end: int, reason: str, rule: str) -> None:
        if end <= start:
            return
        if self.end and self.end[-1] == start and self.reason[-1] == reason:
            self.end[-1] = end
            return
        self.start.append(start)
        self.end.append(end)
        self.reason.append(reason)
        self.rule.append(rule)

    def __iter__(self) -> Iterator[tuple[int, int, str, str]]:
        return zip(self.start, self.end, self.reason, self.rule)

    def __len__(self) -> int:
        return len(self.start)


class Builder:
    """A pass's output as it grows: chunks, pieces and drops (in input offsets)."""

    __slots__ = ("drops", "out", "pieces", "t_pos")

    def __init__(self) -> None:
        self.out: list[str] = []
        self.pieces = Pieces()
        self.drops = Drops()
        self.t_pos = 0

    def copy(self, src: str, start: int, end: int) -> None:
        n = end - start
        self.out.append(src[start:end])
        self.pieces.append(self.t_pos, n, start, n, None)
        self.t_pos += n

    def drop(self, start: int, end: int, reason: str, rule: str) -> None:
        self.drops.add(start, end, reason, rule)

    def replace(self, start: int, end: int, replacement: str, reason: str, rule: str) -> None:
        """The input at start:end becomes ``replacement`` (possibly nothing)."""
        if not replacement:
            self.drops.add(start, end, reason, rule)
            return
        self.out.append(replacement)
        self.pieces.append(self.t_pos, len(replacement), start, end - start, reason)
        self.t_pos += len(replacement)
        if end - start > len(replacement):
            self.drops.add(start + len(replacement), end, reason, rule)

    def at_line_start(self) -> bool:
        return bool(self.out) and self.out[-1].endswith("\n")

    def text(self) -> str:
        return "".join(self.out)
