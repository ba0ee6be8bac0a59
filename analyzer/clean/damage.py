"""Damaged fragments (mojibake) kept in the text and reported, never silently dropped.

A reader can still recognise most of a damaged sentence, and a damaged label may still open a
turn; so damage is kept, and its place is reported for the reader and the parser.
"""
from __future__ import annotations

import re

from ..model import Span
from .chars import CJK, STRONG_DAMAGE, STRONG_RE

# Characters that are damage only next to other damage (| and ① have honest uses).
WEAK_DAMAGE = "|?\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u2460-\u24ff"
# A real question mark is followed by white space or by a new sentence (请问…, 我们…).
SENTENCE_OPENERS = "请請我您你他她这這那如对對在谢謝下"
# Damage marks (one character class, so the scan is fast); _confirmed judges each.
DAMAGE_MARK = re.compile(rf"[{STRONG_DAMAGE}{WEAK_DAMAGE}]")
LOST_BEFORE = re.compile(rf"[{CJK}。”’)）?？]")
LOST_AFTER = re.compile(rf"[{CJK}?|A-Za-z{STRONG_DAMAGE}]")
FRAGMENT_GAP = 3  # marks at most this many characters apart form one fragment
# ... or ends a clause that asks: a particle before it (不是18度嗎?), a question word in the clause
QUESTION_CLAUSE = re.compile(r"(?:[吗嗎呢么麼吧]|(?:什么|什麼|如何|怎么|怎麼|怎样|怎樣|多少|几|幾|哪|是否|为何|為何|能否|可否|"
                             r"有没有|有沒有|是不是|会不会|會不會)[^，,。；;！!？?\n]{0,40})$")
QUESTION_LOOKBACK = 48


def _mark(text: str, a: int) -> tuple[int, bool]:
    """(fragment start, confirmed) for the damage mark at ``a``."""
    ch = text[a]
    if STRONG_RE.match(ch):
        if a > 0 and text[a - 1] in "。(（":
            a -= 1
        return a, True
    if ch != "?":
        return a, False
    before = text[a - 1] if a > 0 else ""
    after = text[a + 1] if a + 1 < len(text) else ""
    return a, bool(
        before and after and LOST_BEFORE.match(before) and LOST_AFTER.match(after)
        and after not in SENTENCE_OPENERS and not QUESTION_CLAUSE.search(text, max(0, a - QUESTION_LOOKBACK), a)
    )


def damaged_spans(text: str) -> list[Span]:
    """Fragments of mojibake kept in the text: marks at most 3 characters apart form one.

    A fragment counts when it holds a strong mark (U+FFFD, private use, Bopomofo, box
    drawing) or a '?' standing where a character was lost (between CJK, not before a new
    sentence nor after a clause that asks); | , ① or Latin letters with diacritics only join a fragment.
    """
    clusters: list[list] = []  # [start, end, confirmed]
    for m in DAMAGE_MARK.finditer(text):
        b = m.start() + 1
        a, confirmed = _mark(text, m.start())
        if clusters and a - clusters[-1][1] <= FRAGMENT_GAP and "\n" not in text[clusters[-1][1]:a]:
            clusters[-1][1] = b
            clusters[-1][2] = clusters[-1][2] or confirmed
        else:
            clusters.append([a, b, confirmed])
    spans = [Span(a, b, "damaged") for a, b, confirmed in clusters if confirmed]
    runs = [Span(m.start(), m.end(), "damaged") for m in MOJIBAKE_RUNS.finditer(text)]
    return sorted(spans + runs, key=lambda sp: sp.start) if runs else spans


# Runs that one encoding's bytes make when read as another's: 锟斤拷 (UTF-8's replacement character read as GBK),
# 烫烫烫 and 屯屯屯 (a debugger's fill bytes read as GBK): no text of the page
MOJIBAKE_RUNS = re.compile(r"(?:锟斤拷)+|烫{3,}|屯{3,}")
