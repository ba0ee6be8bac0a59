"""Quantitative figures cited in a text: value, unit as written, kind, direction, approximation.

Matching runs on the offset-aligned simplified copy, so one set of simplified patterns serves both
scripts; every figure's ``text``, ``unit`` and ``metric`` are sliced from the original text.
Chinese numerals and magnitudes (三万五千, 3万4000, 259.2万) are converted by cn2an.
Units, cue words and the patterns that are *not* figures live in ``data/units.toml``.

A figure needs a unit (or a % sign, 百分之…, a rank 第N位, or an index word such as 综合指数):
a bare number is never a figure, because years, codes, phone numbers and enumerations are bare
numbers far more often than quantities are.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from .. import lexicon, numbers
from ..model import Figure
from ..spans import merge

_DATA = lexicon.UNITS

# ---------------------------------------------------------------- vocabularies (compiled once)
_SETTINGS = _DATA["settings"]
MAX_QUOTED_SLOGAN = int(_SETTINGS["max_quoted_slogan"])
MAX_BOOK_TITLE = int(_SETTINGS["max_book_title"])
METRIC_WINDOW = int(_SETTINGS["metric_window"])
MAX_METRIC_CHARS = int(_SETTINGS["max_metric_chars"])

UNIT_CLASS: dict[str, str] = {}
for _cls, _units in _DATA["units"].items():
    for _u in _units:
        UNIT_CLASS.setdefault(_u, _cls)
KIND_OF_CLASS = {"percent": "share", "money": "money", "count": "count", "measure": "level", "time": "level"}
UNIT_BLOCKERS: dict[str, list[str]] = _DATA.get("unit_blockers", {})

# Full-width digits and signs read as their ASCII forms (same length, so offsets hold).
_FULLWIDTH = str.maketrans("０１２３４５６７８９％．，", "0123456789%.,")
_FULLWIDTH_RE = re.compile("[０-９％]")

_CN_DIGITS = numbers.CN_DIGITS
_LATIN_UNIT = re.compile(r"^[A-Za-zμ%‰]")


def _unit_pattern(unit: str) -> str:
    """Regex for one unit: 个月 also matches 个多月/个半月; blockers and Latin tails excluded."""
    if unit.startswith("个") and len(unit) > 1:
        body = "个[多余半]?" + re.escape(unit[1:])
    else:
        body = re.escape(unit)
    tail = ""
    blockers = UNIT_BLOCKERS.get(unit[-1]) if len(unit) == 1 else None
    if blockers:
        tail = "(?!" + "|".join(re.escape(b) for b in blockers) + ")"
    if _LATIN_UNIT.match(unit) and unit not in ("%", "‰"):
        tail += "(?![A-Za-z0-9])"
        body = r"\s?" + body
    return body + tail


_UNITS_SORTED = sorted(UNIT_CLASS, key=lambda u: (-len(u), u))
UNIT_RE = "(?:" + "|".join(_unit_pattern(u) for u in _UNITS_SORTED) + ")"

_MAG = numbers.MAG
_RUN = numbers.RUN
# A number does not start inside another number, a code (2+26), a name (PM2.5, hex ids) or an
# ordinal (第三次), and is not the left side of a code (5+1).
_NOT_AFTER = r"(?<![\dA-Za-z.+＋\-—–~～/_第零〇一二两三四五六七八九十百千万亿点])"
_NOT_BEFORE = r"(?!\s?[+＋])"

_INDEX_WORDS = sorted(_DATA["index_metrics"]["words"], key=len, reverse=True)

FIGURE_RE = re.compile(
    # rank: 第2位, 第13名 (the sentence must rank something; checked in code)
    r"(?P<rank>第(?P<rnum>\d+|[一二三四五六七八九十]{1,3})(?P<runit>位|名)(?!次|单|义|称|录))"
    # percentages written in words: 百分之八十, 百分之零点九
    r"|(?P<pw>百分之(?P<pwnum>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百点]+))"
    # unitless index values: 综合指数4.73 (the figure's text carries the index word)
    r"|(?P<index>(?P<iword>" + "|".join(re.escape(w) for w in _INDEX_WORDS) + r")"
    r"(?:为|是|达到|达|值为|值)?(?P<inum>\d+(?:\.\d+)?)(?![\d.%‰])(?!" + UNIT_RE + r"))"
    # number (or range of numbers) followed by its unit
    r"|(?P<main>" + _NOT_AFTER + r"(?P<num>" + _RUN + r")" + _NOT_BEFORE +
    r"(?:(?P<sep>[-—–~～至])(?P<num2>" + _RUN + r"))?"
    r"(?P<unit>" + UNIT_RE + r")(?P<half>半)?"
    r"(?P<post>以上|以下|以内|之内|左右|上下|多|余|许)?)"
)

# Words before "N个亿" that make it an amount of money
SPOKEN_MONEY_RE = re.compile(r"资金|投资|投入|经费|预算|资产|收入|产值|GDP|金额|罚|补贴|补助|奖励|融资|贷款|税|花费|成本")
NEGATIVE_RES = tuple(re.compile(p) for p in _DATA["negative"]["patterns"])
QUOTE_RE = re.compile(
    r"“[^”\n]{1,%d}”|\"[^\"\n]{1,%d}\"|「[^」\n]{1,%d}」|‘[^’\n]{1,%d}’|《[^》\n]{1,%d}》"
    % ((MAX_QUOTED_SLOGAN,) * 4 + (MAX_BOOK_TITLE,))
)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CUES = _DATA["cues"]
_FILLER = "(?:" + _alternation(_CUES["filler"]) + ")*"
DOWN_RE = re.compile("(?:" + _alternation(_CUES["down"]) + ")" + _FILLER + "$")
UP_RE = re.compile("(?:" + _alternation(_CUES["up"]) + ")" + _FILLER + "$")
NEUTRAL_RE = re.compile("(?:" + _alternation(_CUES["change_neutral"]) + ")" + _FILLER + "$")
TO_LEVEL_RE = re.compile("(?:" + _alternation(_CUES["to_level"]) + r")(?:(?:19|20)\d{2}年(?:底|末)?的?)?$")
COMPARISON_RE = re.compile(_CUES["comparison"])
TARGET_RE = re.compile("(?:" + _alternation(_CUES["target"]) + "|" + _CUES["target_regex"] + ")")
TARGET_AFTER_RE = re.compile("(?:" + _alternation(_CUES["target_after"]) + ")")
RANK_CUE_RE = re.compile("(?:" + _alternation(_CUES["rank_cues"]) + ")")
SHARE_SUFFIX_RE = re.compile("(?:" + _alternation(_CUES["share_metric_suffixes"]) + ")$")

_APPROX = _DATA["approx"]
AT_LEAST_BEFORE_RE = re.compile("(?:" + _alternation(_APPROX["at_least_before"]) + ")$")
AT_MOST_BEFORE_RE = re.compile("(?:" + _alternation(_APPROX["at_most_before"]) + ")$")
ABOUT_BEFORE_RE = re.compile("(?:" + _alternation(_APPROX["about_before"]) + ")$")
AT_LEAST_AFTER = set(_APPROX["at_least_after"])
AT_MOST_AFTER = set(_APPROX["at_most_after"])
ABOUT_AFTER = set(_APPROX["about_after"])

_METRIC = _DATA["metric"]
METRIC_LEADING_RE = re.compile(
    r"(?:(?:" + _alternation(_METRIC["leading"]) + r")|" + _METRIC["leading_regex"] + r"|(?:19|20)\d{2}年(?:度)?|"
    r"\d{1,2}(?:[-—–~～至]\d{1,2})?月份?|\d{1,2}日|[,，、:：\s]|的)+")
METRIC_VERB_RE = re.compile("(?:" + _alternation(_METRIC["verbs"]) + ")(?!" + _METRIC["verb_not_before"] + ")")
METRIC_ONLY_VERB_RE = re.compile("(?:" + _alternation(_METRIC["verbs"] + _METRIC["leading"]) + ")+")
METRIC_TRAILING_RE = re.compile(
    r"(?:(?:" + _alternation(_METRIC["trailing"]) + r")|(?:从|由)?(?:(?:19|20)\d{2}年)?(?:同期)?的?"
    r"|[(（][^)）]*[)）])+$")

# Clause and sentence boundaries for the context windows.
CLAUSE_END = re.compile(r"[,，;；。:：!！?？\n、]")
SENTENCE_END = re.compile(r"[;；。!！?？\n]")
_LIST_GAP = re.compile(r"[、和及与或,，至到—–~～-]?")


_cn_value = numbers.cn_value
_step = numbers.step
_Parsed = numbers.Parsed
parse_number = numbers.parse_number


# ---------------------------------------------------------------- spans that hold no figure
def _blocked_spans(s: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Sorted starts/ends of negative-pattern matches and quoted slogans, overlaps merged."""
    spans = [m.span() for regex in NEGATIVE_RES for m in regex.finditer(s, start, end) if m.end() > m.start()]
    spans += [m.span() for m in QUOTE_RE.finditer(s, start, end)]
    merged = merge(spans)
    return [a for a, _ in merged], [b for _, b in merged]


def _is_blocked(starts: list[int], ends: list[int], a: int, b: int) -> bool:
    i = bisect.bisect_right(starts, b - 1) - 1
    return i >= 0 and ends[i] > a


# ---------------------------------------------------------------- context
def _clause_start(s: str, pos: int, floor: int) -> int:
    lo = max(floor, pos - METRIC_WINDOW)
    window = s[lo:pos]
    last = -1
    for m in CLAUSE_END.finditer(window):
        last = m.end()
    return lo + last if last >= 0 else lo


def _sentence_before(s: str, pos: int, floor: int, limit: int = 120) -> str:
    lo = max(floor, pos - limit)
    window = s[lo:pos]
    last = -1
    for m in SENTENCE_END.finditer(window):
        last = m.end()
    return window[last:] if last >= 0 else window


def _metric_span(s: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """Offsets of the noun phrase between ``lo`` and ``hi``: links, verbs and scope words cut off."""
    m = METRIC_TRAILING_RE.search(s, lo, hi)
    b = m.start() if m else hi
    a = lo
    for v in METRIC_VERB_RE.finditer(s, lo, b):
        if v.end() <= b - 2:  # a verb that leaves a phrase of its own (not 建成区, 设备)
            a = v.end()
    m = METRIC_LEADING_RE.match(s, a, b)
    if m:
        a = m.end()
    for opener in "(（":
        k = s.rfind(opener, a, b)
        if k >= 0 and not any(c in s[k:b] for c in ")）"):
            a = k + 1
    if b - a > MAX_METRIC_CHARS:
        de = s.rfind("的", a, b)
        if de >= 0:
            a = de + 1
    while a < b and (s[a].isspace() or s[a] in ")）"):
        a += 1
    while b > a and s[b - 1].isspace():
        b -= 1
    if b <= a or b - a > MAX_METRIC_CHARS or not re.search(r"[\u4e00-\u9fffA-Za-z]", s[a:b]):
        return None
    if METRIC_ONLY_VERB_RE.fullmatch(s, a, b):
        return None
    return a, b


# ---------------------------------------------------------------- main entry
def find_figures(text: str, simplified: str, start: int = 0, end: Optional[int] = None) -> list[Figure]:
    """Every quantitative figure in ``text[start:end]``; offsets index the full text."""
    if end is None:
        end = len(text)
    if len(simplified) != len(text):
        raise ValueError("simplified copy must be offset-aligned with the text")
    s = simplified
    if _FULLWIDTH_RE.search(s, start, end):
        s = s[:start] + s[start:end].translate(_FULLWIDTH)
    starts, ends = _blocked_spans(s, start, end)
    figures: list[Figure] = []
    for m in FIGURE_RE.finditer(s, start, end):
        fields = _read(m, text, s, start, starts, ends)
        if fields is None:
            continue
        _add_context(fields, text, s, start, figures[-1] if figures else None)
        figures.append(Figure(**fields))
    return figures


def _read(m: re.Match, text: str, s: str, floor: int, starts, ends) -> Optional[dict]:
    """The figure's own fields (value, unit, interval, rule) from one regex match, or None."""
    kind_of_match = m.lastgroup
    if kind_of_match == "rank":
        return _read_rank(m, text, s, floor, starts, ends)
    if kind_of_match == "pw":
        a, b = m.span("pw")
        digits = m.group("pwnum")
        value = None if _is_blocked(starts, ends, a, b) else _cn_value("一" + digits if digits[0] == "百" else digits)
        if value is None:
            return None
        return dict(start=a, end=b, text=text[a:b], value=value, unit="%", kind="share", rule="percent_words")
    if kind_of_match == "index":
        a, b = m.span("index")
        if _is_blocked(starts, ends, *m.span("inum")):
            return None
        return dict(start=a, end=b, text=text[a:b], value=float(m.group("inum")), unit="", kind="level",
                    rule="index_value", metric=text[m.start("iword"):m.end("iword")])
    return _read_main(m, text, s, starts, ends)


def _read_rank(m, text, s, floor, starts, ends) -> Optional[dict]:
    a, b = m.span("rank")
    if _is_blocked(starts, ends, a, b) or not RANK_CUE_RE.search(_sentence_before(s, a, floor)):
        return None
    value = _cn_value(m.group("rnum"))
    if value is None:
        return None
    return dict(start=a, end=b, text=text[a:b], value=value, unit=text[m.start("runit"):m.end("runit")],
                kind="rank", rule="rank")


def _read_main(m, text, s, starts, ends) -> Optional[dict]:
    na, nb = m.span("num")
    run, run2 = m.group("num"), m.group("num2")
    if run2:
        nb = m.end("num2")
    if _is_blocked(starts, ends, na, nb):
        return None
    unit_simple = m.group("unit").strip()
    if run == "一" and not m.group("half") and "半" not in unit_simple:
        return None  # 一个, 一项, 一次, 一起: an article, not a count
    parsed = parse_number(run)
    if parsed is None:
        return None
    rule = "chinese_unit" if run[0] in _CN_DIGITS + "十数几上近逾" else "arabic_unit"
    low: Optional[float]
    high: Optional[float]
    if rule == "chinese_unit" and ("多" in run or "余" in run or "几" in run or run[0] in "数上近逾"):
        rule = "approx_words"
    if run2:
        second = parse_number(run2)
        if second is None or second.value <= parsed.value:
            return None
        low, high = parsed.value, second.value
        # 3至5万: a bare first number takes the second's magnitude
        if not re.search(r"[万亿千百]", run) and re.search(r"[万亿千百]$", run2):
            low *= second.value / (_cn_value(re.sub(r"[万亿千百]+$", "", run2)) or 1.0)
        parsed = _Parsed((low + high) / 2, low, high, False)
        rule = "range"
    elif numbers.is_loose_pair(run):
        rule = "adjacent_range"
    value, low, high, approximate = parsed.value, parsed.low, parsed.high, parsed.approximate
    ua, ub = m.span("unit")
    unit = text[ua:ub].strip()
    # 个多月 / 个半月: the mark belongs to the number, not to the unit
    if len(unit_simple) > 2 and unit_simple[0] == "个" and unit_simple[1] in "多余半":
        mark = unit_simple[1]
        unit, unit_simple = unit[0] + unit[2:], unit_simple[0] + unit_simple[2:]
        if mark == "半":
            value += 0.5
        else:
            low, high, approximate = value, value + 1, True
    if unit_simple == "个" and s[ub:ub + 1] == "亿" and not m.group("half") and not m.group("post") and (
            s[ub + 1:ub + 2] == "元" or SPOKEN_MONEY_RE.search(s, max(0, na - 16), na)):
        # 15个亿 (spoken for 15亿元, after 资金/投资…): money, the magnitude in the value as for 1,100万元;
        # not 个万, which starts words such as 万吨级
        value *= 1e8
        low, high = (low * 1e8 if low is not None else None), (high * 1e8 if high is not None else None)
        b = ub + (2 if s[ub + 1:ub + 2] == "元" else 1)
        return dict(start=na, end=b, text=text[na:b], value=value, unit="元", kind="money",
                    approximate=approximate, low=low, high=high, rule="spoken_magnitude")
    if m.group("half"):
        value += 0.5
    post = m.group("post")
    if post in AT_LEAST_AFTER:
        low, high, approximate = value, (value + _step(run) if post in ("多", "余") else None), True
    elif post in AT_MOST_AFTER:
        low, high, approximate = None, value, True
    elif post:
        low, high, approximate = None, None, True
    # the figure's text stops at its unit (or 半): 以上/左右 live in approximate/low/high, so that
    # "95%" still reads as the figure inside "达到95%" and inside "95%以上"
    b = m.end("half") if m.group("half") else ub
    return dict(start=na, end=b, text=text[na:b], value=value, unit=unit,
                kind=KIND_OF_CLASS.get(UNIT_CLASS.get(unit_simple, "count"), "level"),
                approximate=approximate, low=low, high=high, rule=rule)


def _add_context(f: dict, text: str, s: str, floor: int, prev: Optional[Figure]) -> None:
    """Direction, kind, approximation words and the metric, read from the text before the figure."""
    a = f["start"]
    if prev is not None and prev.end <= a and a - prev.end <= 1 and _LIST_GAP.fullmatch(s, prev.end, a):
        # 分别为69%、55%、20%: later items share the first item's metric, kind and direction
        f["metric"], f["direction"] = prev.metric, prev.direction
        if prev.kind in ("change", "target") and f["kind"] != "rank":
            f["kind"] = prev.kind
        return
    lo = _clause_start(s, a, floor)
    if prev is not None and lo <= prev.end <= a:
        lo = prev.end
    before = s[lo:a]
    cue_at = len(before)  # where the cue words before the number begin
    if f["rule"] not in ("index_value", "rank"):
        for regex, how in ((AT_LEAST_BEFORE_RE, "low"), (AT_MOST_BEFORE_RE, "high"), (ABOUT_BEFORE_RE, "about")):
            mm = regex.search(before)
            if mm:
                f["approximate"] = True
                if how == "low":
                    f["low"] = f["value"]
                elif how == "high":
                    f["low"], f["high"] = None, f["value"]
                cue_at = mm.start()
                break
    head = before[:cue_at]
    if f["rule"] == "rank":
        for cue in RANK_CUE_RE.finditer(head):
            cue_at = cue.start()
    elif f["rule"] != "index_value":
        for regex, sign in ((TO_LEVEL_RE, None), (DOWN_RE, "down"), (UP_RE, "up"), (NEUTRAL_RE, "")):
            mm = regex.search(head)
            if mm:
                cue_at = mm.start()
                if sign is not None:
                    f["kind"], f["direction"] = "change", sign or None
                break
        else:
            mm = COMPARISON_RE.search(head)
            if mm:
                f["kind"], f["direction"] = "change", ("down" if mm.group("dir") in ("低", "少") else "up")
                cue_at = mm.start()
    span = _metric_span(s, lo, lo + cue_at)
    phrase = text[span[0]:span[1]] if span else None
    if f["rule"] == "index_value":
        # 全市空气质量综合指数4.73: the phrase before the index word qualifies it
        f["metric"] = (phrase or "") + f["metric"]
    else:
        f["metric"] = phrase
    if f["kind"] in ("change", "rank"):
        return
    if TARGET_RE.search(_sentence_before(s, a, floor)) or TARGET_AFTER_RE.match(s, f["end"], f["end"] + 4):
        f["kind"] = "target"
    elif f["kind"] == "level" and span and SHARE_SUFFIX_RE.search(s, span[0], span[1]):
        f["kind"] = "share"
    if f["metric"] is None and prev is not None and lo == prev.end and prev.metric:
        f["metric"] = prev.metric  # 从18.43万吨下降到…17.55万吨: the second figure measures the same thing


def describe(fig: Figure) -> str:
    """One line that explains how a figure was read, for ``analyzer explain``."""
    parts = [f"{fig.text!r} -> {fig.value:g}"]
    if fig.unit:
        parts[0] += f" {fig.unit}"
    parts.append(f"kind={fig.kind}")
    if fig.direction:
        parts.append(f"direction={fig.direction}")
    if fig.approximate or fig.low is not None or fig.high is not None:
        lo = "…" if fig.low is None else f"{fig.low:g}"
        hi = "…" if fig.high is None else f"{fig.high:g}"
        parts.append(("approximate " if fig.approximate else "") + f"[{lo}, {hi}]")
    if fig.metric:
        parts.append(f"metric={fig.metric}")
    parts.append(f"rule={fig.rule}")
    parts.append(f"@{fig.start}-{fig.end}")
    return "  ".join(parts)
