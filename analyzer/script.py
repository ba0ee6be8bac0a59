"""Script detection and an offset-aligned simplified copy, so matching runs on one script.

Later stages match patterns written in simplified characters against ``to_simplified(text)``;
because the copy has exactly the same length, every match offset is also an offset into the
original (possibly traditional) text.
"""
from __future__ import annotations

from functools import cache
from operator import ne

# Detection looks at a prefix only: the script of a page is settled long before 20k chars.
DETECT_SAMPLE_CHARS = 20_000


@cache
def _converter(config: str):
    """OpenCC converters are costly to build; build each once per process."""
    import opencc

    return opencc.OpenCC(config)


def detect_script(text: str, simplified: str | None = None) -> str:
    """'traditional' when more characters change under t2s than under s2t, else 'simplified'.

    ``simplified`` (the offset-aligned t2s copy, when the caller has it) saves one conversion.
    """
    sample = text[:DETECT_SAMPLE_CHARS]
    if not sample:
        return "simplified"
    to_simp = simplified[:len(sample)] if simplified is not None else _converter("t2s.json").convert(sample)
    to_trad = _converter("s2t.json").convert(sample)
    traditional_only = sum(map(ne, sample, to_simp))
    simplified_only = sum(map(ne, sample, to_trad))
    return "traditional" if traditional_only > simplified_only else "simplified"


def _convert_char_by_char(line: str) -> str:
    """Last resort for a line whose phrase conversion changed its length."""
    convert = _converter("t2s.json").convert
    out = []
    for ch in line:
        c = convert(ch)
        out.append(c if len(c) == 1 else ch)
    return "".join(out)


def to_simplified(text: str) -> str:
    """OpenCC t2s copy of ``text`` with exactly the same length (offsets are shared)."""
    if not text:
        return text
    convert = _converter("t2s.json").convert
    whole = convert(text)
    if len(whole) == len(text):
        return whole
    parts = []
    for line in text.split("\n"):
        converted = convert(line)
        parts.append(converted if len(converted) == len(line) else _convert_char_by_char(line))
    return "\n".join(parts)
