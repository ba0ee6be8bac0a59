"""Quantitative figures cited in a text: value with its sign, unit as written (with what it is per: 元/吨), kind, direction,
range or approximation bounds, and what the figure measures, each with the rule that decided it.

Matching runs on the offset-aligned simplified copy (digits in ASCII), so one set of simplified
patterns serves both scripts; every figure's ``text``, ``unit`` and ``metric`` are sliced from
the original text. Numbers are read by the one number grammar (``analyzer.numbers``: cn2an with
what it rejects handled in front of it). Units, cue words and the patterns that are *not* figures
live in ``data/units.toml``.

A figure needs a unit (or a % sign, 百分之…, 三成, a rank 第N位, a currency sign before it such as
￥500 or HK$300万, or an index word such as 综合指数):
a bare number is never a figure, because years, codes, phone numbers and enumerations are bare
numbers far more often than quantities are.

Stages: ``read`` (the characters of the figure), ``context`` (the words around it), ``metric``
(the noun phrase it quantifies).
"""
from __future__ import annotations

import bisect
import re
from typing import Optional, Sequence

from .. import numbers
from ..model import Figure, Owner
from ..spans import merge
from . import context, metric
from . import vocab as V
from .read import (FIGURE_RE, read_bare, read_currency, read_doubling, read_duration, read_fraction, read_index, read_main,
                   read_half, read_per_people, read_rank, read_tenths, read_term)

parse_number = numbers.parse_number
__all__ = ["find_figures", "describe", "parse_number"]


# ---------------------------------------------------------------- spans that hold no figure
class _Blocked:
    """Negative-pattern matches and quoted slogans of one stretch, merged, for overlap tests."""

    def __init__(self, s: str, start: int, end: int):
        held = V.BLOCKING_INDEX.found_in(s[start:end])
        spans = [m.span() for i in sorted(held) for m in V.BLOCKING_RES[i].finditer(s, start, end) if m.end() > m.start()]
        merged = merge(spans)
        self.starts, self.ends = [a for a, _ in merged], [b for _, b in merged]

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.starts, b - 1) - 1
        return i >= 0 and self.ends[i] > a


# ---------------------------------------------------------------- main entry
def find_figures(text: str, simplified: str, start: int = 0, end: Optional[int] = None,
                 words: Optional[Sequence[tuple[int, int]]] = None, owner: Optional[Owner] = None) -> list[Figure]:
    """Every quantitative figure in ``text[start:end]``; offsets index the full text.

    ``words`` are word tokens from an NLP backend that segments (stanza); with them a metric
    phrase is made of whole words. ``owner`` gives the (turn, participant) of an offset, so each
    figure is built once with its speaker.
    """
    if end is None:
        end = len(text)
    if len(simplified) != len(text):
        raise ValueError("simplified copy must be offset-aligned with the text")
    s = simplified[:start] + numbers.ascii_digits(simplified[start:end]) + simplified[end:]
    blocked = _Blocked(s, start, end)
    index = metric.Words(words) if words else None  # (looked up per figure, built once)
    found: list[dict] = []
    pos = start
    while True:
        m = FIGURE_RE.search(s, pos, end)
        if m is None:
            break
        f, pos = _read(m, text, s, start, blocked)
        if f is None:
            continue
        _per_quantity(f, text, s, found, start)
        floor = found[-1]["end"] if found else start
        for item in [*_sharing_its_unit(f, text, s, floor, blocked), f]:
            if _in_context(item, text, s, start, found[-1] if found else None, index):
                found.append(item)
    _elided_units(found, s)
    metric.resolve(found, s, text)
    if owner is not None:
        for f in found:
            f["turn"], f["participant"] = owner(f["start"])
    return [_figure(f) for f in found]


_READERS = {"rank": read_rank, "frac": read_fraction, "tenths": read_tenths, "index": read_index, "bare": read_bare,
            "double": read_doubling, "cur": read_currency, "per": read_per_people, "dur": read_duration,
            "term": read_term, "halfway": read_half}  # the forms other than a number with its unit (read_main)


def _read(m, text: str, s: str, floor: int, blocked: _Blocked) -> tuple[Optional[dict], int]:
    """The figure's own fields from one match (or None), and where the next search starts."""
    group = m.lastgroup
    if group == "main":
        f, resume = read_main(m, text, s, context.sentence_before(s, m.start(), floor))
    else:
        f = _READERS[group](m, text)
        resume = f["end"] if f is not None else m.end()  # (a range that does not rise ends at its first end)
    if f is None:
        return None, max(resume, m.start() + 1)
    if group == "rank" and s.endswith(FROM_BOTTOM, floor, f["start"]):
        # 倒数第2: counted from the bottom (a rank anywhere; its direction says which end)
        a = f["start"] - len(FROM_BOTTOM)
        f.update(start=a, text=text[a:f["end"]], direction="down", _from_bottom=True)
    if group in ("index", "per", "term"):
        # (每十万人 is no count of its own, nor 年六个月 a duration: negative patterns that do not block the whole)
        span = m.span({"index": "inum", "per": "pnum", "term": "tyears"}[group])
    elif group == "main":  # the number only: a unit such as μg/m3 may look like a code
        span = (f["start"], min(f["end"], m.end("num2") if m.group("num2") else m.end("num")))
    else:
        span = (f["start"], f["end"])
    if blocked.overlaps(*span):
        return None, max(resume, m.start() + 1)
    return f, resume


FROM_BOTTOM = "倒数"
PER_REACH = 16  # characters before a number where its 每… may start


def _per_quantity(f: dict, text: str, s: str, found: list[dict], floor: int) -> None:
    """每吨4012元 is 4012 元/吨, 每50公斤121元 121 元/50公斤, 每人每月500元 500 元/人·月: what a price or an amount
    is per joins its unit, so a price is never summed with amounts; the 50公斤 it is per is no figure of its own."""
    if f.get("_cls") not in V.PER_UNIT_CLASSES:
        return
    m = V.PER_UNIT_BEFORE_RE.search(s, max(floor, f["start"] - PER_REACH), f["start"])
    if m is None:
        last = found[-1] if found else None
        if last is not None and "/" in last["unit"] and last["unit"].split("/")[0] == f["unit"] \
                and V.MOVED_TO_RE.fullmatch(s, last["end"], f["start"]):
            f["unit"] = last["unit"]  # 由每人每月100元提高到120元, 每斤1.27元、1.29元: per the same
        return
    if found and found[-1]["start"] >= m.start("per") + 1 and found[-1]["end"] <= m.end("per"):
        found.pop()
    if "/" not in f["unit"]:
        f["unit"] += "/" + "·".join(text[m.start("per") + 1:m.end("per")].split("每"))


_BARE_ITEM = re.compile(r"(?<![\dA-Za-z.+＋\-—–~～/_%第])(\d+(?:\.\d+)?)\s?(?:、|和|及|与)\s?$")
_ITEM_AFTER = "、和及与"  # (an item after another: the list goes on before it)
BARE_ITEM_REACH = 16  # characters before a figure (or the item after it) where a bare item may start


ELIDING_LINKS = frozenset(("和", "、", "与", "及", "或"))


def _elided_units(found: list[dict], s: str) -> None:
    """A figure whose unit is the start of the next one's, joined to it by 和 or 、, elides the rest of it:
    分别上升2.1个和3.5个百分点 gives 2.1个百分点, not 2.1个."""
    for prev, f in reversed(list(zip(found, found[1:]))):  # (from the last: 5个、10个和15个百分点)
        unit, full = prev.get("unit"), f.get("unit")
        if unit and full and full != unit and full.startswith(unit) and s[prev["end"]:f["start"]] in ELIDING_LINKS \
                and prev["rule"] == f["rule"] == "arabic_unit":
            prev.update(unit=full, kind=f["kind"], **{k: f[k] for k in ("_cls", "_unit") if k in f})


def _sharing_its_unit(f: dict, text: str, s: str, floor: int, blocked: _Blocked) -> list[dict]:
    """Arabic numbers listed bare right before a figure share its unit: 分别为30、52微克/立方米 gives 30
    微克/立方米 too. A list's first number must follow words, not a break: "1、20家" numbers a list."""
    if f["rule"] != "arabic_unit" or "range_low" in f:
        return []
    items: list[dict] = []
    pos = f["start"]
    while (m := _BARE_ITEM.search(s, max(floor, pos - BARE_ITEM_REACH), pos)) is not None:
        a, b = m.span(1)
        before = s[a - 1] if a > floor else ""
        if not before or not (before in _ITEM_AFTER or "\u4e00" <= before <= "\u9fff") or blocked.overlaps(a, b):
            break
        items.append(dict(start=a, end=b, text=text[a:b], value=float(m.group(1)), unit=f["unit"], kind=f["kind"],
                          approximate=False, low=None, high=None, rule="shared_unit", sign=1, _cls=f["_cls"],
                          _unit=f["_unit"]))
        pos = a
    return items[::-1]


def _in_context(f: dict, text: str, s: str, floor: int, prev: Optional[dict], words: Optional[metric.Words]) -> bool:
    """Approximation, direction, rank, metric and target from the words around the figure;
    False when the words say it is no figure (第一 without a ranking)."""
    f.setdefault("direction", None)
    f.setdefault("approximate", False)
    context.apply_post(f, s)
    lo = context.clause_start(s, f["start"], floor)
    skip = None
    if prev is not None and lo <= prev["end"] <= f["start"] and prev.get("_baseline"):
        skip = (prev["start"] - 1, prev["end"] + 1)  # 高于全省平均水平（781.3元）48.3元: read the words around the bracket
    elif prev is not None and lo <= prev["end"] <= f["start"] and f["rule"] != "rank":
        lo = prev["end"]  # (a rank reads past the count of those ranked: 改善幅度位居全国168个城市第8位)
    listed = prev is not None and 0 <= f["start"] - prev["end"] <= 1 \
        and V.LIST_GAP.fullmatch(s, prev["end"], f["start"]) is not None and not metric.opens_a_clause(f, s, prev, words)
    if listed and f["rule"] == "rank" and context.read(f, s, lo, floor) is None:
        return False
    if listed and prev is not None:
        # 分别为69%、55%、20%: later items share the first item's kind and direction; after a change,
        # 至 gives the level it reached (下降10个基点至3.35%), of the same metric
        reached = prev["kind"] == "change" and s[prev["end"]:f["start"]] in REACHED
        f["direction"] = None if reached else prev["direction"]
        if prev["kind"] in ("change", "target") and f["kind"] != "rank" and not reached:
            f["kind"] = prev["kind"]
        metric.attribute(f, text, s, lo, f["start"], prev, words)
        return True
    kind = f["kind"]
    cue_at = context.read(f, s, lo, floor, skip)
    if cue_at is None:
        return False
    if BASELINE_AFTER.match(s, f["end"]) and f["start"] > 0 and s[f["start"] - 1] in "（(":
        # 较年度目标（86.0%）高1.2个百分点: the bracketed figure is what the next one is compared with
        f["kind"], f["direction"], f["_baseline"] = kind, None, True
    metric.attribute(f, text, s, lo, cue_at, None, words)
    context.finish(f, s, floor)
    return True


REACHED = ("至", "到")
BASELINE_AFTER = re.compile(r"[）)](?:[高低多少快慢]了?)?[+\-]?\d")  # a bracket closed right before the difference


def _figure(f: dict) -> Figure:
    return Figure(**{k: v for k, v in f.items() if not k.startswith("_")})


# ---------------------------------------------------------------- explanation
def _g(x: Optional[float]) -> str:
    return "…" if x is None else f"{x:g}"


def describe(fig: Figure) -> str:
    """One line that explains how a figure was read, for ``analyzer explain``: value, unit, kind,
    sign, direction, range or approximation bounds, and the metric with the rule that chose it."""
    parts = [f"{fig.text!r} -> {fig.value:g}" + (f" {fig.unit}" if fig.unit else ""),
             f"kind={fig.kind}", f"sign={'-' if fig.sign < 0 else '+'}", f"direction={fig.direction or '-'}"]
    if fig.range_low is not None or fig.range_high is not None:
        parts.append(f"range=[{_g(fig.range_low)}, {_g(fig.range_high)}]")
    elif fig.approximate or fig.low is not None or fig.high is not None:
        parts.append(("approximate " if fig.approximate else "") + f"[{_g(fig.low)}, {_g(fig.high)}]")
    where = f"@{fig.metric_start}-{fig.metric_end}" if fig.metric_start is not None else ""
    parts.append(f"metric={fig.metric or '-'} ({fig.metric_rule or 'none'}{where})")
    parts.append(f"rule={fig.rule}")
    parts.append(f"@{fig.start}-{fig.end}")
    return "  ".join(parts)
