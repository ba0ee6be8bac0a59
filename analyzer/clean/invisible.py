"""Invisible characters inside the text: zero-width spaces, joiners, the BOM, soft hyphens.

Editors and anti-copy scripts scatter them between characters ("王\u200b刚：") where they cut names,
labels and numbers that the parser reads whole. Each one is dropped, as white space, in a pass of
its own so ``compose`` accounts for it and maps offsets back to the page.
"""
from __future__ import annotations

import re

from .compose import Pass
from .pieces import Builder

INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
REASON = "whitespace"


def drop_invisible(text: str) -> tuple[str, Pass] | None:
    """(text without invisible characters, its pass), or None when it has none."""
    if INVISIBLE.search(text) is None:
        return None
    b = Builder()
    pos = 0
    for m in INVISIBLE.finditer(text):
        if m.start() > pos:
            b.copy(text, pos, m.start())
        b.drop(m.start(), m.end(), REASON, "invisible character (zero-width space, joiner, BOM, soft hyphen)")
        pos = m.end()
    if len(text) > pos:
        b.copy(text, pos, len(text))
    return b.text(), Pass(b.pieces, b.drops)
