"""Line breaking for Chinese text in the PDF and the terminal, after the usual typesetting rules
(JIS X 4051 / W3C "Requirements for Chinese Text Layout", the kinsoku rules):

- no line starts with closing punctuation (，。、；：？！）》」 …) and no line ends with opening
  punctuation (（《「 “);
- a number stays with its magnitude and unit (28家, 3.5万吨, 35℃, 11.1%, 2021年1月22日), and a
  Latin word or code stays whole (PM2.5);
- anywhere else between two CJK characters is a break opportunity, as Chinese has no spaces.

The text is cut into unbreakable atoms, then laid greedily into lines of at most ``width`` cells
(CJK characters count two). Units are the figures' units (``data/units.toml`` via ``lexicon``),
matched on the offset-aligned simplified copy, so traditional text (噸, 項) keeps its units too.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable

from .. import lexicon
from ..script import to_simplified

# Closing punctuation and marks that never begin a line; opening punctuation that never ends one.
NO_LINE_START = "，。、；：？！）》」』】〉〕］｝”’…‥·・—～%％‰℃°,.;:?!)]}"
NO_LINE_END = "（《「『【〈〔［｛“‘([{"
_DATE_UNITS = ("年", "月", "日", "号", "时", "分", "秒")


@lru_cache(maxsize=1)
def _atom_re() -> re.Pattern[str]:
    units = [u for cls in lexicon.UNITS["units"].values() for u in cls] + list(_DATE_UNITS)
    unit = lexicon.alternation(units)
    number = r"[-+−]?\d[\d,.]*(?:[万亿千百]+)?[多余]?"
    core = rf"(?:{number}(?:{unit}|[\u2160-\u217f])?)+|[A-Za-z\u00c0-\u024f][A-Za-z0-9.\-'/\u00c0-\u024f]*|\S"
    return re.compile(rf"[{re.escape(NO_LINE_END)}]*(?:{core})[{re.escape(NO_LINE_START)}]*|\s+")


def cells(text: str) -> int:
    """Display width: wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def atoms(text: str) -> list[str]:
    """``text`` cut into pieces no line may break inside (white space runs are pieces of their own)."""
    simplified = to_simplified(text)
    return [text[m.start():m.end()] for m in _atom_re().finditer(simplified)]


def wrap(text: str, width: float, measure: Callable[[str], float] = cells) -> list[str]:
    """Lines of at most ``width`` cells, broken only between atoms; white space collapses to one
    space and never starts or ends a line. An atom wider than a line is cut where it must be."""
    width = max(width, 2)
    lines: list[str] = []
    line, used = "", 0.0
    for atom in atoms(" ".join(text.split())):
        if atom.isspace():
            if line:
                line, used = line + " ", used + 1
            continue
        size = measure(atom)
        if used + size > width and line.strip():
            lines.append(line.rstrip())
            line, used = "", 0.0
        while size > width:  # a single atom longer than the line: cut it, nothing else can be done
            head = _fit(atom, width - used, measure)
            lines.append((line + head).rstrip())
            atom, line, used = atom[len(head):], "", 0
            size = measure(atom)
        line, used = line + atom, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _fit(atom: str, room: float, measure: Callable[[str], float]) -> str:
    """The longest head of ``atom`` that fits ``room`` cells (at least one character), shortened so
    the rest does not start with closing punctuation."""
    n = 1
    while n < len(atom) and measure(atom[:n + 1]) <= room:
        n += 1
    while 1 < n < len(atom) and atom[n] in NO_LINE_START:
        n -= 1
    return atom[:n]
