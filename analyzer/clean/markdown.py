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
# A list item's marker before words ("- 国家卫健委医政司司长 邵文华", "* 主持人：…", "• 出席人员"), in Markdown
# or plain text; never a dash before a number ("- 2 -" is a page number, "-5℃" a temperature).
_LIST_ITEM = r"^[ \t\u3000]*[-*+•][ \t\u3000]+(?=[\u4e00-\u9fff【“《(（])"
LIST_ITEM = re.compile(_LIST_ITEM, re.M)
MIN_MARKS = 2
REASON = "markup:markdown"


def _at_least(regex: re.Pattern, text: str, n: int = MIN_MARKS) -> bool:
    return sum(1 for _ in zip(range(n), regex.finditer(text))) >= n


def is_markdown(text: str) -> bool:
    return _at_least(BOLD_PAIR, text) or _at_least(HEADING, text)


def drop_markdown_marks(text: str) -> tuple[str, Pass] | None:
    """(text without Markdown's bold and heading marks and the markers of list items, its pass), or None on a
    page with neither (a lone ``**`` or ``- `` stays)."""
    marks = "**" in text or "#" in text
    markdown = marks and is_markdown(text)
    listed = _at_least(LIST_ITEM, text)
    if not markdown and not listed:
        return None
    pattern = "|".join(([r"\*\*", _HEADING] if markdown else []) + ([_LIST_ITEM] if listed else []))
    return substitute(text, re.compile(pattern, re.M), "", REASON,
                      "Markdown mark (** bold, # heading, - list item)")
