"""Sentence spans by punctuation rules, as offsets into the document text.

Boilerplate is judged per sentence (Lang & Stice-Lawrence 2015), so every stage that needs
sentences uses these spans; they work on either script because the punctuation is shared.
"""
from __future__ import annotations

import re

MAX_SENTENCE_CHARS = 300

# A sentence: anything up to a terminator (plus closing quotes/brackets), a newline, or the end.
_SENTENCE_RE = re.compile(
    r"[^。！？!?；;\r\n]*"
    r"(?:[。！？!?；;]+[”’」』）)\]】》\"']*|\r?\n|\r|$)"
)
# Pieces of an over-long run: up to the last comma within the limit, else a hard cut.
_LONG_PIECE_RE = re.compile(
    r".{1,%d}[，,、：:]|.{1,%d}" % (MAX_SENTENCE_CHARS - 1, MAX_SENTENCE_CHARS), re.S
)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Span without surrounding white space (including full-width spaces)."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece) - len(piece.rstrip())
    return start + left, end - right


def split_sentences(text: str, start: int = 0, end: int | None = None,
                    max_chars: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, trimmed, non-empty, in order.

    A sentence ends at 。！？!?；; (with any closing quotes or brackets) or at a newline; a run
    longer than ``max_chars`` without such punctuation is cut at its last comma in the limit.
    """
    if end is None:
        end = len(text)
    spans: list[tuple[int, int]] = []
    for m in _SENTENCE_RE.finditer(text, start, end):
        a, b = _trimmed(text, m.start(), m.end())
        if b <= a:
            continue
        if b - a <= max_chars:
            spans.append((a, b))
            continue
        piece_re = _LONG_PIECE_RE if max_chars == MAX_SENTENCE_CHARS else re.compile(
            r".{1,%d}[，,、：:]|.{1,%d}" % (max_chars - 1, max_chars), re.S)
        for p in piece_re.finditer(text, a, b):
            pa, pb = _trimmed(text, p.start(), p.end())
            if pb > pa:
                spans.append((pa, pb))
    return spans
