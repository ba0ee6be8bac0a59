"""Markdown emphasis and heading marks (``**主持人：**``, ``# 标题``) in pages saved as Markdown.

Notes apps, wikis and some reposts keep a transcript as Markdown: the marks sit between a label and
its colon or before the headline, where the parser would read them as words. On a page that is
Markdown (two bold spans or two heading lines at least), each mark is dropped in a pass of its
own, so ``compose`` accounts for it and maps offsets back to the page. A lone ``**`` or ``#`` on a
page that is not Markdown (a password mask, a hashtag) stays.
"""
from __future__ import annotations

import re

from .compose import Pass, substitute

BOLD_PAIR = re.compile(r"\*\*[^*\n]{1,200}?\*\*")
_HEADING = r"^[ \t\u3000]*#{1,6}[ \t\u3000]+(?=\S)"
HEADING = re.compile(_HEADING, re.M)
MARKS = re.compile(r"\*\*|" + _HEADING, re.M)
MIN_MARKS = 2
REASON = "markup:markdown"


def is_markdown(text: str) -> bool:
    pairs = sum(1 for _ in zip(range(MIN_MARKS), BOLD_PAIR.finditer(text)))
    headings = sum(1 for _ in zip(range(MIN_MARKS), HEADING.finditer(text)))
    return pairs >= MIN_MARKS or headings >= MIN_MARKS


def drop_markdown_marks(text: str) -> tuple[str, Pass] | None:
    """(text without Markdown's bold and heading marks, its pass), or None on a page that is not Markdown."""
    if "**" not in text and "#" not in text or not is_markdown(text):
        return None
    return substitute(text, MARKS, "", REASON, "Markdown mark (** bold, # heading)")
