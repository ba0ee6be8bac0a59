"""Old Mac line endings: a carriage return alone ends a line, as a line feed does elsewhere.

Pages saved on classic Mac OS (and some exporters) end lines with CR only; the line pass splits
on LF. Each lone CR becomes an LF that stands on it (same length, so offsets keep), a pass of its
own so ``compose`` maps it back; a CR before an LF stays white space at the end of its line.
"""
from __future__ import annotations

import re

from .compose import Pass, substitute

LONE_CR = re.compile(r"\r(?!\n)")
REASON = "whitespace"  # what a line break the line pass drops (a blank line) counts as


def has_lone_cr(text: str) -> bool:
    return "\r" in text and LONE_CR.search(text) is not None


def as_lf(text: str) -> str:
    """The text with each lone CR read as LF (same length): what detection on raw text should see."""
    return LONE_CR.sub("\n", text) if has_lone_cr(text) else text


def normalise_line_endings(text: str) -> tuple[str, Pass] | None:
    """(text with LF line endings, its pass), or None when the text has no lone CR."""
    if not has_lone_cr(text):
        return None
    return substitute(text, LONE_CR, "\n", REASON, "CR line ending")
