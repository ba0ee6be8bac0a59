"""Invisible characters inside the text: zero-width spaces, joiners, the BOM, soft hyphens.

Editors and anti-copy scripts scatter them between characters ("王\u200b刚：") where they cut names,
labels and numbers that the parser reads whole. Each one is dropped, as white space, in a pass of
its own so ``compose`` accounts for it and maps offsets back to the page.
"""
from __future__ import annotations

import re

from .compose import Pass, substitute

INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
REASON = "whitespace"


def drop_invisible(text: str) -> tuple[str, Pass] | None:
    """(text without invisible characters, its pass), or None when it has none."""
    if INVISIBLE.search(text) is None:
        return None
    return substitute(text, INVISIBLE, "", REASON, "invisible character (zero-width space, joiner, BOM, soft hyphen)")
