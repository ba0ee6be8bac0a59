"""What the words around a figure say about it: approximation, direction of a change, rank, target.

Direction words stay apart from the sign: 下降2.5% is 2.5 going down, 增长-3.2% is −3.2 going up.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import numbers
from . import vocab as V


def clause_start(s: str, pos: int, floor: int) -> int:
    """Start of the clause that ends at ``pos`` (at most METRIC_WINDOW characters back)."""
    lo = max(floor, pos - V.METRIC_WINDOW)
    last = -1
    for m in V.CLAUSE_END.finditer(s, lo, pos):
        last = m.end()
    if last >= 0:
        return last
    if lo > floor and s[lo - 1].isdigit() and s[lo].isdigit():  # the window cut a number (2022年): past it and its date word
        while lo < pos and s[lo].isdigit():
            lo += 1
        lo += 2 if s.startswith("年度", lo) else int(lo < pos and s[lo] in "年月日号")
    return lo


def sentence_before(s: str, pos: int, floor: int, limit: int = 120) -> str:
    lo = max(floor, pos - limit)
    last = -1
    for m in V.SENTENCE_END.finditer(s, lo, pos):
        last = m.end()
    return s[last if last >= 0 else lo:pos]


def apply_post(f: dict, s: str) -> None:
    """以上 / 以下 / 左右 after the figure bound it on one side or make it approximate."""
    m = V.POST_RE.match(s, f["end"])
    if m is None or f["rule"] in ("rank", "index_value", "range"):
        return
    post, value = m.group("post"), f["value"]
    if post in V.AT_LEAST_AFTER:
        # 多/余 after the unit (3个多月 is read by the unit) is at least the number, below the next unit
        # (of a share in tenths, the next tenth: 两成多 is 20 % to 30 %)
        step = 10.0 if f["rule"] == "tenths" else 1.0
        f["low"], f["high"] = value, (value + step if post in ("多", "余") else None)
    elif post in V.AT_MOST_AFTER:
        f["low"], f["high"] = None, value
    else:
        f["low"], f["high"] = None, None
    f["approximate"] = True


def _approximation_before(f: dict, before: str) -> int:
    """约/超过/不到 right before the number; returns where the cue words begin in ``before``. The
    longest cue wins: 不超过 bounds from above, though it ends in 超过."""
    found = [(m.start(), i, how) for i, (regex, how) in enumerate(
        ((V.AT_LEAST_BEFORE_RE, "low"), (V.AT_MOST_BEFORE_RE, "high"), (V.ABOUT_BEFORE_RE, "about")))
        if (m := regex.search(before))]
    if found:
        start, _i, how = min(found)
        f["approximate"] = True
        if how == "low" and f.get("range_low") is None:
            f["low"] = f["value"]
        elif how == "high" and f.get("range_low") is None:
            f["low"], f["high"] = None, f["value"]
        return start
    if f["kind"] == "share" and V.ABOUT_SHARE_RE.search(before):
        f["approximate"] = True  # 约占全国总额的3.1%
    return len(before)


def _written_sign(f: dict) -> Optional[str]:
    """The direction a sign written before the number gives (-6.7%, +3.3%, 负2%), or None."""
    if not f["text"].startswith(numbers.SIGNS):
        return None
    return "down" if f["text"].startswith(numbers.NEGATIVE_SIGNS) else "up"


def _direction(f: dict, head: str) -> int:
    """Direction and kind from the cue that ends ``head``; returns where the cue begins."""
    if V.DRAG_RE.search(head):  # (a drag on growth is a fall: 拖累经济增长0.3个百分点)
        f["kind"], f["direction"] = "change", "down"
        return len(head)
    for regex, sign in ((V.TO_LEVEL_RE, None), (V.DOWN_RE, "down"), (V.UP_RE, "up"), (V.NEUTRAL_RE, "")):
        m = regex.search(head)
        if m:
            if sign is not None:  # (a neutral cue takes the direction of a written sign: 同比变化-6.7%)
                f["kind"], f["direction"] = "change", sign or _written_sign(f)
            return m.start()
    for regex, sign in ((V.CUT_OBJECT_RE, "down"), (V.RAISE_OBJECT_RE, "up")):
        if regex.search(head):  # (what is cut or raised is the metric: the cue's start is no end of it)
            f["kind"], f["direction"] = "change", sign
            return len(head)
    m = V.COMPARISON_RE.search(head)
    if m:
        said = m.group("dir") or m.group("more") or m.group("than")[0]
        f["kind"], f["direction"] = "change", ("down" if said in ("低", "少", "慢") else "up")
        return m.start()
    if f.get("_cls") == "percent" and _written_sign(f) == "up":
        # a share with a plus written before it is a rise (+6.6个百分点); a minus may be a level (利润率负2.5%)
        f["kind"], f["direction"] = "change", "up"
    return len(head)


def _rank(f: dict, s: str, head: str, floor: int) -> Optional[int]:
    """A rank needs a ranking word: 居全省第2位, 位列第一, 排名前移4位. None: not a rank after all."""
    if f["rule"] == "rank":
        sentence = sentence_before(s, f["start"], floor)
        # 第3名, 第三大贸易伙伴 and 第2高 are ranks anywhere; 第2位 only in a sentence that ranks (not 第一位的任务);
        # 第一 right after one
        if f["unit"] in RANK_ANYWHERE or f.get("_from_bottom"):
            pass
        elif not V.RANK_CUE_RE.search(sentence) or (not f["unit"] and not V.RANK_CUE_NEAR_RE.search(head)):
            return None
        cue_at = len(head)
        for cue in V.RANK_CUE_RE.finditer(head):
            cue_at = cue.start()
        return cue_at
    for regex, direction in ((V.RANK_MOVE_UP_RE, "up"), (V.RANK_MOVE_DOWN_RE, "down")):
        m = regex.search(head)
        if m and (f["_cls"] == "rank" or V.RANK_WORD_RE.search(sentence_before(s, f["start"], floor))):
            f["kind"], f["direction"], f["rule"] = "rank", direction, "rank_move"
            return m.start()
    return len(head)


def read(f: dict, s: str, lo: int, floor: int, skip: Optional[tuple[int, int]] = None) -> Optional[int]:
    """Approximation, direction and rank from ``s[lo:start]``; returns where the cue words begin
    (the metric phrase lies before it), or None when the figure is not one after all. ``skip`` is a
    bracketed baseline inside that stretch, read as if absent (the cue before it governs the figure)."""
    before = s[lo:skip[0]] + s[skip[1]:f["start"]] if skip is not None and lo <= skip[0] else s[lo:f["start"]]
    cue_at = len(before)
    if f["rule"] not in ("index_value", "rank"):
        cue_at = _approximation_before(f, before)
    head = before[:cue_at]
    if f["rule"] == "rank" or f.get("_unit") in V.RANK_UNITS:
        at = _rank(f, s, head, floor)
        if at is None:
            return None
        if f["kind"] == "rank":
            return lo + at
    if f["rule"] != "index_value":
        cue_at = _direction(f, head)
        if f.get("direction") is None and f.get("_cls") == "percent" and GROWTH_AFTER.match(s, f["end"]):
            f["kind"], f["direction"] = "change", "up"  # 能否实现8%以上的增长: a growth rate, named after it
    return lo + cue_at


GROWTH_AFTER = re.compile(r"(?:左右|以上|以内|上下)?的?(?:增长|增速|涨幅)(?!目标|的?(?:预期|发展)?目标)")


RANK_ANYWHERE = ("名", "大", "高", "低", "多", "少")  # (第3名, 第三大贸易伙伴, 历史同期第2高: a rank in any sentence)
TARGET_AFTER_REACH = 8  # characters after a figure where its 目标 may end (的预期目标, 左右的增长目标)


# A clause of what was done, after a target's clause: "…目标为60%，去年新增造林28.6万亩" (the 28.6万亩 was no aim)
DONE_CLAUSE = re.compile(r"[，,；;](?:去年|上年|今年以来|年初以来|截至目前|目前|已经|已|累计|近年来|过去)")


YEAR_CLAUSE = re.compile(r"[，,；;](?P<year>(?:19|20)\d{2})年")
CUE_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")


def _aimed(sentence: str, cue: re.Pattern[str] = V.TARGET_RE) -> bool:
    """Whether the sentence before a figure aims at it: a target's cue, and no clause of what was done since
    (去年…, 目前…, or a year before the target's: "到2025年…达到3.5%左右，2023年这一比例为3.28%")."""
    m = cue.search(sentence)
    if m is None or DONE_CLAUSE.search(sentence, m.end()) is not None:
        return False
    aim = CUE_YEAR.search(m.group())
    return aim is None or not any(int(y.group("year")) < int(aim.group()) for y in YEAR_CLAUSE.finditer(sentence, m.end()))


def finish(f: dict, s: str, floor: int) -> None:
    """Target and share kinds, which need the whole sentence and the metric."""
    if f["kind"] == "rank":
        return
    if f["kind"] == "change":
        # a change that is aimed at ("力争…收入增长7%以上", "增长5.5%左右的预期目标") is a target, with its direction
        if _aimed(sentence_before(s, f["start"], floor), V.CHANGE_TARGET_RE) or V.CHANGE_TARGET_AFTER_RE.match(s, f["end"]):
            f["kind"] = "target"
        return
    if _aimed(sentence_before(s, f["start"], floor)) or V.TARGET_AFTER_RE.match(s, f["end"], f["end"] + TARGET_AFTER_REACH) \
            or V.TARGET_CLAUSE_RE.search(s, clause_start(s, f["start"], floor), f["start"]):
        f["kind"] = "target"
    elif f["kind"] == "level" and f.get("metric_end") is not None and \
            V.SHARE_SUFFIX_RE.search(s, f["metric_start"], f["metric_end"]):
        f["kind"] = "share"
