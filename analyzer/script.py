"""Script detection and an offset-aligned simplified copy, so matching runs on one script.

Later stages match patterns written in simplified characters against ``to_simplified(text)``;
because the copy has exactly the same length, every match offset is also an offset into the
original (possibly traditional) text.
"""
from __future__ import annotations

import re
from functools import cache
from operator import ne

# Detection looks at a prefix only: the script of a page is settled long before 20k chars.
DETECT_SAMPLE_CHARS = 20_000
TRADITIONAL_SHARE = 0.05  # share of CJK characters t2s must change for a text to count as traditional
_NON_CJK = re.compile("[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile("[A-Za-z]{2,}")
# A page with fewer Chinese characters than this share of its words is mostly in another language
# (an English version of a briefing): the rules, written for Chinese, read little of it.
MIN_CHINESE_SHARE = 0.2
MIN_LATIN_WORDS = 30


@cache
def _converter(config: str):
    """OpenCC converters are costly to build; build each once per process."""
    import opencc

    return opencc.OpenCC(config)


def _cjk_count(text: str) -> int:
    """CJK characters in ``text`` (what is left when the runs of other characters are taken out:
    half the cost of listing every CJK character)."""
    return len(_NON_CJK.sub("", text))


def detect_script(text: str, simplified: str | None = None) -> str:
    """'traditional' when t2s changes a noticeable share of the CJK characters, else 'simplified'.

    Simplified text is (nearly) a fixed point of t2s, while 20-30% of the characters of
    traditional text change; ``simplified`` (the caller's aligned t2s copy) saves the conversion.
    """
    sample = text[:DETECT_SAMPLE_CHARS]
    cjk = _cjk_count(sample)
    if not cjk:
        return "simplified"
    to_simp = simplified[:len(sample)] if simplified is not None else _converter("t2s.json").convert(sample)
    # (only CJK characters count: the copy also reads web spaces and full-width digits otherwise)
    changed = sum(map(ne, sample, to_simp)) - len(_READ_OTHERWISE.findall(sample))
    return "traditional" if changed >= TRADITIONAL_SHARE * cjk else "simplified"


def little_chinese(text: str) -> str | None:
    """A warning when the page is mostly in another language than Chinese, else None (a prefix is
    looked at, as for the script). Latin words count once each, as a Chinese character does."""
    sample = text[:DETECT_SAMPLE_CHARS]
    words = len(_LATIN_WORD.findall(sample))
    if words < MIN_LATIN_WORDS:
        return None
    cjk = _cjk_count(sample)
    if cjk >= MIN_CHINESE_SHARE * (cjk + words):
        return None
    return (f"little Chinese text ({cjk} Chinese characters beside {words} Latin words): the rules read "
            "Chinese, so speakers, pairs and figures of another language are mostly missed")


def _convert_char_by_char(line: str) -> str:
    """Last resort for a line whose phrase conversion changed its length."""
    convert = _converter("t2s.json").convert
    out = []
    for ch in line:
        c = convert(ch)
        out.append(c if len(c) == 1 else ch)
    return "".join(out)


# Spaces a web page writes (&nbsp;, en, em, thin spaces) read as a plain space in the simplified
# copy, which the parser reads: "局长&nbsp;王刚" is "局长 王刚"; the small and vertical colons of
# CJK presentation forms (王刚﹕, 王刚︰) read as the full-width one; full-width digits and Latin
# letters, as older pages write them (２００８年７月２４日, ＰＭ１０), read as ASCII. The text keeps them as written.
_WEB_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_WIDE_ALNUM = {chr(c): chr(c - 0xFEE0) for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
               for c in range(r[0], r[1] + 1)}
_AS_PARSER_READS = str.maketrans({**{c: " " for c in _WEB_SPACES}, "\ufe55": "：", "\ufe30": "：", **_WIDE_ALNUM})
_READ_OTHERWISE = re.compile("[%s\ufe55\ufe30\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]" % _WEB_SPACES)


def _as_parser_reads(text: str) -> str:
    """``text`` with web spaces plain and presentation colons full-width (``str.translate`` looks
    up every character, so it runs only when one of those is there)."""
    return text.translate(_AS_PARSER_READS) if _READ_OTHERWISE.search(text) else text


def to_simplified(text: str) -> str:
    """OpenCC t2s copy of ``text`` with exactly the same length (offsets are shared), its web spaces plain."""
    if not text:
        return text
    convert = _converter("t2s.json").convert
    whole = _as_parser_reads(convert(text))
    if len(whole) == len(text):
        return whole
    parts = []
    for line in text.split("\n"):
        converted = convert(line)
        parts.append(converted if len(converted) == len(line) else _convert_char_by_char(line))
    return _as_parser_reads("\n".join(parts))
