"""The one number grammar: how a number is written (Arabic, Chinese, mixed), and its value.

``figures`` (quantities with units) and ``nlp.rules`` (the rule-based entities) build their
patterns from the pieces below and read values with :func:`parse_number`, so a form that one
of them understands the other understands too. Chinese numerals are converted by cn2an; what
cn2an rejects is rewritten in front of it (:func:`cn_value`): a decimal or a plain number
before a chain of magnitudes (3.4万亿, 二十点一万, 四万万), and loose spoken ranges
(十七八万, 三五百) are split into their two ends first (:func:`parse_number`).
All patterns are written for the ASCII-digit copy made by :func:`ascii_digits`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional

import cn2an

# Full-width digits, signs and decimal points read as ASCII (same length, so offsets hold).
_ASCII = str.maketrans("０１２３４５６７８９％．－～", "0123456789%.-~")
_HAS_WIDE = re.compile("[０-９％．－～]")


def ascii_digits(s: str) -> str:
    """``s`` with full-width digits and signs in ASCII; the same string when it has none."""
    return s.translate(_ASCII) if _HAS_WIDE.search(s) else s


# ---------------------------------------------------------------- pattern pieces
CN_DIGITS = "零〇一二两三四五六七八九"
CAPITAL_DIGITS = "壹贰叁肆伍陆柒捌玖拾佰仟"
# 千 is a magnitude unless it starts a unit (千瓦, 千克, 千米); 百 unless 百分之/百分点.
MAG = r"(?:[万亿佰仟]|千(?![瓦克米卡伏帕焦])|百(?!分))"
# Every repetition is bounded: a run of ten thousand digits or numerals is no number, and a
# pattern that may start anywhere inside such a run must do a bounded amount of work at each
# start, or the patterns built from these pieces would take time quadratic in the page.
MAX_DIGITS = 24  # digits of one written number (and 8 groups of thousands, 12 decimals)
MAX_NUMERALS = 24  # characters of one Chinese numeral after its first
MAX_MAGNITUDES = 6  # magnitude groups of a mixed number (3亿4000万5000)
# 1,234 and 63，118 (a full-width comma before exactly three digits) group thousands.
ARABIC = rf"(?:\d{{1,3}}(?:[,，]\d{{3}}){{1,8}}(?!\d)|\d{{1,{MAX_DIGITS}}})(?:\.\d{{1,12}})?"
# 来 after a round number says "about": 20来个, 十来天, 一万来人 (not 一来 or 3来).
ROUGHLY = r"(?<=[0十百千万])来"
ARABIC_RUN = (ARABIC + r"(?:[多余]?" + MAG + r"{1,4}(?:" + ARABIC + rf")?){{0,{MAX_MAGNITUDES}}}(?:[多余]|{ROUGHLY})?")
_CN_BODY = "零〇一二两三四五六七八九十几多余万亿" + CAPITAL_DIGITS
# (点 only before a digit: 三点五 is 3.5, 一点个人看法 is no number 1.)
CHINESE_RUN = (r"(?:[数几](?=[十百千万])|[上近逾](?=[百千万亿])|[百千万](?=[余多][^\d])|[零〇一二两三四五六七八九十"
               + CAPITAL_DIGITS + r"])(?:[" + _CN_BODY + r"]|点(?=[零〇一二两三四五六七八九" + CAPITAL_DIGITS
               + rf"])|千(?![瓦克米卡伏帕焦])|百(?!分)|{ROUGHLY}){{0,{MAX_NUMERALS}}}")
RUN = "(?:" + ARABIC_RUN + "|" + CHINESE_RUN + ")"
# A sign written before the number: 负2.5%, 负百分之十三, -1.7%, +3.3%, 零下5摄氏度. The ASCII minus and
# plus only right before a digit and not after a digit or letter (a hyphen, a range dash, a code 2+26).
SIGN = r"(?:(?<![担抱辜胜自欺背肩正])负的?|零下|零上|(?<![\dA-Za-z.%)）+＋])[-−+＋](?=\d))"
NEGATIVE_SIGNS = ("负", "零下", "-", "−")
SIGNS = NEGATIVE_SIGNS + ("零上", "+", "＋")

DIGIT_VALUE = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MAG_VALUE = {"十": 10.0, "百": 100.0, "千": 1000.0, "万": 1e4, "亿": 1e8}
# Two digits said together for "one or the other": 十七八万 = 17万–18万, 三五百 = 300–500.
_LOOSE = re.compile(r"(?<![一二两三四五六七八九零〇])([一二两三四五六七八九])([二两三四五六七八九])"
                    r"(?![一二两三四五六七八九零〇点])")


@dataclass(frozen=True)
class Parsed:
    """A number's value and, for approximate or loose forms, the interval it stands for."""

    value: float
    low: Optional[float] = None
    high: Optional[float] = None
    approximate: bool = False


# ---------------------------------------------------------------- values
def _cn2an(run: str) -> Optional[float]:
    mode = "normal" if not any(c.isdigit() for c in run) else "smart"
    try:
        return float(cn2an.cn2an(run, mode))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


_LOWER_CAPITALS = str.maketrans(CAPITAL_DIGITS, "一二三四五六七八九十百千")


@lru_cache(maxsize=65536)
def cn_value(run: str) -> Optional[float]:
    """Value of a numeral run with no approximation marks; None when it is not a number.

    A mantissa followed by a chain of magnitudes (3.4万亿, 二十点一万, 四万万, 259.2万) is read
    here, mantissa times magnitudes, because cn2an rejects a decimal or a repeated magnitude
    before a compound one; everything else goes to cn2an.
    """
    run = run.replace(",", "").replace("，", "").translate(_LOWER_CAPITALS)
    if not run:
        return None
    try:
        return float(run)
    except ValueError:
        pass
    m = re.fullmatch(r"(.+?)([万亿]+)", run)
    if m and not re.search("[万亿]", m.group(1)):
        mantissa = cn_value(m.group(1))
        if mantissa is None:
            return None
        return scaled(mantissa, m.group(2))
    return _cn2an(run)


def scaled(value: float, magnitudes: str) -> float:
    """``value`` times its magnitudes, in decimal: 1302.6亿 is 130260000000, not 130259999999.99998."""
    exact = Decimal(repr(value))
    for c in magnitudes:
        exact *= int(_MAG_VALUE[c])
    return float(exact)


def step(head: str) -> float:
    """Size of the last written digit of ``head`` (500→100, 259.2万→1000, 十→10): the spread of 多/余."""
    m = re.match(r"^(.*?)([十百千万亿]*)$", head)
    assert m is not None  # (.*?) then an optional magnitude run matches any one-line head
    mantissa, mags = m.group(1), m.group(2)
    size = 1.0
    if re.fullmatch(r"[\d,，]+(?:\.\d+)?", mantissa):
        if "." in mantissa:
            size = 10.0 ** -len(mantissa.split(".")[1])
        else:
            digits = mantissa.replace(",", "").replace("，", "")
            size = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    for c in mags:
        size *= _MAG_VALUE[c]
    return size


def _loose(run: str) -> Optional[Parsed]:
    """十七八万, 五六十, 两三, 三五百: two digits side by side name an interval, read end by end."""
    m = _LOOSE.search(run)
    if m is None:
        return None
    a, b = DIGIT_VALUE[m.group(1)], DIGIT_VALUE[m.group(2)]
    prefix, suffix = run[:m.start()], run[m.end():]
    if b != a + 1 and not ((a, b) == (3, 5) and suffix[:1] in ("百", "千", "万", "亿")):
        return None
    if (prefix and prefix[-1] not in "十百千万亿") or (suffix and suffix[0] not in "十百千万亿"):
        return None
    low, high = cn_value(prefix + m.group(1) + suffix), cn_value(prefix + m.group(2) + suffix)
    if low is None or high is None:
        return None
    return Parsed((low + high) / 2, low, high, True)


def _vague(run: str) -> Optional[Parsed]:
    """上万, 近千, 逾百 (one bound) and 几十, 数百, 十几万 (both bounds from the digit 几 stands for)."""
    if run[0] in "上近逾":
        value = cn_value("一" + run[1:])
        if value is None:
            return None
        return Parsed(value, None, value, True) if run[0] == "近" else Parsed(value, value, None, True)
    leading = run[0] in "几数"
    low = cn_value(run.replace("数", "二").replace("几", "二" if leading else "一"))
    high = cn_value(run.replace("数", "九").replace("几", "九"))
    if low is None or high is None:
        return None
    return Parsed((low + high) / 2, low, high, True)


def _more_than(run: str) -> Optional[Parsed]:
    """500多亿, 二十余, 259.2万余, 千余: at least the number, less than one more step of its last digit."""
    marks = [i for i, c in enumerate(run) if c in "多余"]
    if len(marks) > 1 or marks[0] == 0:
        return None
    i = marks[0]
    head, tail = run[:i], run[i + 1:]
    if head in ("百", "千", "万"):
        head = "一" + head  # 千余人: a thousand and more
    if tail and not all(c in "万亿千百" for c in tail):
        return None
    value = cn_value(head + tail)
    if value is None:
        return None
    scale = 1.0
    for c in tail:
        scale *= _MAG_VALUE[c]
    return Parsed(value, value, value + step(head) * scale, True)


def parse_number(run: str) -> Optional[Parsed]:
    """Parse one numeral run (3万4000, 3.4万亿, 500多亿, 十几万, 十七八万, 数百); None when it is no number."""
    run = run.replace(",", "").replace("，", "")
    if not run:
        return None
    if "来" in run:
        value = cn_value(run.replace("来", "", 1))
        return None if value is None or run.count("来") > 1 else Parsed(value, None, None, True)
    if run[0] in "上近逾" or "几" in run or run[0] == "数":
        return _vague(run)
    if "多" in run or "余" in run:
        return _more_than(run)
    loose = _loose(run)
    if loose is not None:
        return loose
    if len(run) > 1 and all(c in CN_DIGITS for c in run):
        return None  # 三五, 二〇二〇: digit strings (years, codes, loose ranges), not quantities
    value = cn_value(run)
    return None if value is None else Parsed(value)


def is_loose_pair(run: str) -> bool:
    """Whether the run is read as two loose ends (十七八万), not as one number."""
    return _LOOSE.search(run) is not None and _loose(run) is not None
