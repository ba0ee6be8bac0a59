"""Turn the verdicts on lines into segments of the intermediate text: kept, dropped or replaced.

Segments are ``[start, end, reason or None, rule, replacement or None]`` lists in order; they
tile the intermediate text, so ``compose`` can map them back to the page.
"""
from __future__ import annotations

from .chars import DATE, WHITESPACE_CHARS
from .lines import Line


class Emitter:
    """Collects segments of the intermediate text, merging neighbours of the same kind."""

    __slots__ = ("segs",)

    def __init__(self) -> None:
        self.segs: list[list] = []  # [start, end, reason or None, rule, replacement or None]

    def keep(self, a: int, b: int) -> None:
        segs = self.segs
        if segs:
            last = segs[-1]
            if last[2] is None and last[4] is None and last[1] == a:
                last[1] = b
                return
        segs.append([a, b, None, "", None])

    def drop(self, a: int, b: int, reason: str, rule: str) -> None:
        if b <= a:
            return
        segs = self.segs
        if segs:
            last = segs[-1]
            if last[2] == reason and last[1] == a:
                last[1] = b
                return
        segs.append([a, b, reason, rule, None])

    def replace(self, a: int, b: int, replacement: str, rule: str) -> None:
        self.segs.append([a, b, None, rule, replacement])

    def open_line(self, ln: Line) -> None:
        self.drop(ln.start, ln.content_start, "whitespace", "leading white space")

    def close_line(self, ln: Line) -> None:
        self.drop(ln.content_end, ln.end, "whitespace", "trailing white space")
        if ln.next_start > ln.end:
            self.keep(ln.end, ln.next_start)


def emit_dropped_line(emit: Emitter, text: str, ln: Line) -> bool:
    """Drop a chrome line, keeping the dates a rule rescues; True when something was kept."""
    rescued = [(m.start(), m.end()) for m in DATE.finditer(text, ln.content_start, ln.content_end)] if ln.rescue else []
    if not rescued:
        emit.drop(ln.start, ln.next_start, ln.reason or "", ln.rule)
        return False
    pos = ln.start
    for a, b in rescued:
        emit.drop(pos, a, ln.reason or "", ln.rule)
        emit.keep(a, b)
        pos = b
    emit.drop(pos, ln.end, ln.reason or "", ln.rule)
    if ln.next_start > ln.end:
        emit.keep(ln.end, ln.next_start)
    return True


def _emit_glossed_line(emit: Emitter, ln: Line, cuts: list) -> int:
    """A kept line whose only cuts are glosses: no white space is exposed (a gloss follows a character)."""
    emit.open_line(ln)
    segs_append = emit.segs.append
    emit.keep(ln.content_start, cuts[0][0])
    pos = cuts[0][1]
    segs_append([cuts[0][0], pos, "pinyin_gloss", cuts[0][3], None])
    for a, b, _reason, syllable in cuts[1:]:
        segs_append([pos, a, None, "", None])
        segs_append([a, b, "pinyin_gloss", syllable, None])
        pos = b
    if ln.content_end > pos:
        segs_append([pos, ln.content_end, None, "", None])
    emit.close_line(ln)
    return len(cuts)


def _split_by_cuts(ln: Line, cuts: list) -> tuple[list[list[int]], list[tuple]]:
    """The line's content as kept [start, end] stretches and removed (start, end, reason, rule)."""
    kept: list[list[int]] = []
    removed: list[tuple] = []
    pos = ln.content_start
    for a, b, reason, rule in cuts:
        a, b = max(a, ln.content_start), min(b, ln.content_end)
        if a > pos:
            kept.append([pos, a])
        if b > a:
            removed.append((a, b, reason, rule))
        pos = max(pos, b)
    if pos < ln.content_end:
        kept.append([pos, ln.content_end])
    return kept, removed


def _trim_exposed_space(text: str, kept: list[list[int]], removed: list[tuple], first: bool) -> None:
    """Trim white space that an inline cut exposed at the start (``first``) or end of the line."""
    idx = 0 if first else -1
    while kept:
        a, b = kept[idx]
        rest = len(text[a:b].lstrip(WHITESPACE_CHARS) if first else text[a:b].rstrip(WHITESPACE_CHARS))
        if rest == 0:
            removed.append((a, b, "whitespace", "around a cut"))
            kept.pop(idx)
            continue
        if rest != b - a:
            if first:
                removed.append((a, b - rest, "whitespace", "around a cut"))
                kept[0][0] = b - rest
            else:
                removed.append((a + rest, b, "whitespace", "around a cut"))
                kept[-1][1] = a + rest
        break


def _emit_stretch(emit: Emitter, a: int, b: int, restorations: dict) -> None:
    """Keep a stretch, replacing each damaged character that a gloss restores."""
    pos = a
    if restorations:
        for host in sorted(p for p in restorations if a <= p < b):
            emit.keep(pos, host)
            emit.replace(host, host + 1, restorations[host], "restored from gloss")
            pos = host + 1
    if b > pos:
        emit.keep(pos, b)


def _emit_cut_line(emit: Emitter, text: str, ln: Line, cuts: list, restorations: dict) -> int:
    """Emit a kept line with inline cuts; return the glosses removed (-1: nothing was left)."""
    kept, removed = _split_by_cuts(ln, cuts)
    _trim_exposed_space(text, kept, removed, first=True)
    _trim_exposed_space(text, kept, removed, first=False)
    if not kept:
        meaningful = [r for r in removed if r[2] != "whitespace"]
        reason, rule = (meaningful[0][2], meaningful[0][3]) if meaningful else ("whitespace", "blank line")
        emit.drop(ln.start, ln.next_start, reason, rule)
        return -1
    emit.open_line(ln)
    for a, b, reason, rule in sorted([(a, b, None, "") for a, b in kept] + removed):
        if reason is not None:
            emit.drop(a, b, reason, rule)
        else:
            _emit_stretch(emit, a, b, restorations)
    emit.close_line(ln)
    return sum(1 for r in removed if r[2] == "pinyin_gloss")


def emit_kept_line(emit: Emitter, text: str, ln: Line, cuts: list, restorations: dict) -> int:
    """Emit a kept line and its inline cuts; return the glosses removed (-1: nothing was left)."""
    if not restorations:
        if not cuts:  # the common case: nothing to cut inside the line
            emit.open_line(ln)
            emit.keep(ln.content_start, ln.content_end)
            emit.close_line(ln)
            return 0
        if all(cut[2] == "pinyin_gloss" for cut in cuts):
            return _emit_glossed_line(emit, ln, cuts)
    return _emit_cut_line(emit, text, ln, cuts, restorations)


def drop_final_newline(segs: list[list], last_kept: Line | None) -> None:
    """The newline after the last kept line separates nothing: drop it."""
    if last_kept is None or last_kept.next_start <= last_kept.end:
        return
    nl = last_kept.end
    for idx in range(len(segs) - 1, -1, -1):
        seg = segs[idx]
        if seg[2] is None and seg[0] <= nl < seg[1]:
            tail = [[nl + 1, seg[1], None, "", None]] if seg[1] > nl + 1 else []
            segs[idx:idx + 1] = ([[seg[0], nl, None, "", None]] if nl > seg[0] else []) + [
                [nl, nl + 1, "whitespace", "final newline", None]] + tail
            return
