"""Marks a copy puts before every line: an editor's line numbers ("12⇥主持人：…") and a mail's quote marks
("> 主持人：…").

Text copied out of a code editor, a diff or a quoted e-mail carries them on (nearly) every line, where the
parser would read "12⇥主持人" as a label's words. On a page where most lines carry one, each is dropped in a
pass of its own, so ``compose`` accounts for it; a lone number or ">" at a line's start (a list item, a
comparison) stays.
"""
from __future__ import annotations

import re

from .compose import Pass, substitute

LINE_NUMBER = re.compile(r"^[ \t]*\d{1,5}\t", re.M)  # (a tab after it: an editor's gutter)
# (a space after it: only numbers that count the lines one by one, not a list's "1 " items)
COUNTED_LINE_NUMBER = re.compile(r"^[ \t]*(\d{1,5}) ", re.M)
COUNTED_SHARE = 0.8  # of the numbered lines, those whose number is the one before it plus one
QUOTE_MARK = re.compile(r"^(?:[ \t]*>)+[ \t]?", re.M)
MIN_SHARE = 0.6  # of the page's lines
MIN_LINES = 4
REASON = "markup:line prefix"


def _most_lines(text: str, mark: re.Pattern[str]) -> bool:
    lines = text.count("\n") + 1
    found = sum(1 for _ in mark.finditer(text))
    return found >= MIN_LINES and found >= MIN_SHARE * lines


def _counted(text: str) -> bool:
    numbers = [int(m.group(1)) for m in COUNTED_LINE_NUMBER.finditer(text)]
    steps = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
    return steps >= COUNTED_SHARE * max(1, len(numbers) - 1)


def drop_line_prefixes(text: str) -> tuple[str, Pass] | None:
    """(text without the line numbers or quote marks most of its lines open with, its pass), or None."""
    if "\t" in text and _most_lines(text, LINE_NUMBER):
        return substitute(text, LINE_NUMBER, "", REASON, "an editor's line number before every line")
    if _most_lines(text, COUNTED_LINE_NUMBER) and _counted(text):
        return substitute(text, COUNTED_LINE_NUMBER, "", REASON, "a line number before every line")
    if ">" in text and _most_lines(text, QUOTE_MARK):
        return substitute(text, QUOTE_MARK, "", REASON, "a quoted mail's > before every line")
    return None
