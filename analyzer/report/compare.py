"""Two conferences side by side: one terminal view and one PDF, differences grouped by unit.

Differences are read off the two ConferenceViews and grouped by what they are measured in
(percentage points, per 1,000 characters, counts, characters), so no ranking mixes units; within
a group, the largest difference comes first (for counts and lengths, relative to the larger side).
Boilerplate share and figure density come with bootstrap intervals over sentences, and the words
most distinctive of each side with their counts (``analyzer.contrast``); this module only formats.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..contrast import Contrast, Interval, Term
from ..model import ROLES
from .pdf import grid_table, table_title
from .terminal import Wrapped, bar, clip, count, counted, num, pct
from .view import ConferenceView

SHOWN_PER_GROUP = 6  # rows of each group in the terminal (the PDF shows them all)
GROUPS = (("share", "Shares (difference in percentage points)"),
          ("density", "Per 1,000 characters"),
          ("count", "Counts"),
          ("chars", "Lengths (characters)"))


@dataclass(frozen=True)
class Difference:
    section: str  # talk share | topics | boilerplate | figures | questions | answers
    label: str
    a: Optional[float]
    b: Optional[float]
    scale: str  # "share" (0–1), "count", "chars" or "density"
    score: float  # normalised absolute difference: the sort key within a group
    position: int = 0  # the measure's place in the fixed list, so charts keep a stable order


@dataclass(frozen=True)
class Comparison:
    a: ConferenceView
    b: ConferenceView
    differences: tuple[Difference, ...]  # grouped by scale (GROUPS order), largest first within a group
    contrast: Optional[Contrast] = None

    def group(self, scale: str) -> list[Difference]:
        return [d for d in self.differences if d.scale == scale]


def _score(a: Optional[float], b: Optional[float], scale: str) -> float:
    if a is None or b is None:
        return 0.0
    if scale == "share":
        return abs(a - b)
    top = max(abs(a), abs(b))
    return abs(a - b) / top if top else 0.0


def _rows(a: ConferenceView, b: ConferenceView, with_intervals: bool) -> list[tuple]:
    """(section, label, a, b, scale) for every comparable number, in a fixed order."""
    rows: list[tuple[str, str, Optional[float], Optional[float], str]] = []
    ra, rb = dict(a.talk_by_role), dict(b.talk_by_role)
    rows += [("talk share", f"talk by {role}", ra.get(role, 0.0), rb.get(role, 0.0), "share")
             for role in ROLES if role in ra or role in rb]
    na, nb = a.numbers, b.numbers
    rows += [
        ("questions", "questions", na.questions, nb.questions, "count"),
        ("questions", "unanswered questions", na.unanswered, nb.unanswered, "count"),
        ("questions", "speakers", na.speakers, nb.speakers, "count"),
        ("questions", "reporters", na.reporters, nb.reporters, "count"),
        ("answers", "mean answer length", na.mean_answer_chars, nb.mean_answer_chars, "chars"),
        ("answers", "non-answer rate", na.non_answer_rate, nb.non_answer_rate, "share"),
        ("answers", "answers drifting from the question", na.drifting_answers, nb.drifting_answers, "count"),
        ("figures", "figures cited", na.figures, nb.figures, "count"),
        ("figures", "characters kept", na.chars, nb.chars, "chars"),
    ]
    if not with_intervals:
        rows += [("figures", "figures per 1,000 characters", na.figures_per_1k_chars, nb.figures_per_1k_chars,
                  "density"),
                 ("boilerplate", "boilerplate share", a.boilerplate.ratio, b.boilerplate.ratio, "share")]
    ta, tb = dict(a.boilerplate.by_type), dict(b.boilerplate.by_type)
    rows += [("boilerplate", f"boilerplate: {kind}", ta.get(kind, 0.0), tb.get(kind, 0.0), "share")
             for kind in dict.fromkeys(list(ta) + list(tb))]
    da, db = dict(a.topics), dict(b.topics)
    rows += [("topics", f"topic: {topic}", da.get(topic, 0.0), db.get(topic, 0.0), "share")
             for topic in a.topic_order + tuple(t for t in list(da) + list(db) if t not in a.topic_order)
             if topic in da or topic in db]
    return rows


def build(a: ConferenceView, b: ConferenceView, contrast: Optional[Contrast] = None) -> Comparison:
    """All the comparable numbers of two views, grouped by unit, largest difference first in each group."""
    diffs = [Difference(section=s, label=lab, a=x, b=y, scale=sc, score=_score(x, y, sc), position=i)
             for i, (s, lab, x, y, sc) in enumerate(_rows(a, b, contrast is not None))]
    order = {scale: k for k, (scale, _t) in enumerate(GROUPS)}
    diffs.sort(key=lambda d: (order[d.scale], -round(d.score, 9), d.position))
    return Comparison(a=a, b=b, differences=tuple(diffs), contrast=contrast)


def fmt(x: Optional[float], scale: str) -> str:
    if x is None:
        return "-"
    if scale == "share":
        return pct(x)
    if scale == "density":
        return num(x)
    return count(round(x))


def delta(d: Difference) -> str:
    """B minus A, in points for shares."""
    if d.a is None or d.b is None:
        return "-"
    diff = d.b - d.a
    if d.scale == "share":
        points = round(100 * diff)
        return f"{points:+d} pts" if points else "0 pts"
    if d.scale == "density":
        return f"{diff:+.1f}"
    return f"{round(diff):+,}" if round(diff) else "0"


def interval_cells(i: Interval) -> tuple[str, str, str]:
    """A, B and B − A with their intervals, as text (shares in %, differences in points)."""
    if i.unit == "share":
        def one(x: float, lo: float, hi: float) -> str:
            return f"{100 * x:.1f}% [{100 * lo:.1f}–{100 * hi:.1f}]"
        diff = f"{100 * i.diff:+.1f} pts [{100 * i.diff_low:+.1f}, {100 * i.diff_high:+.1f}]"
    else:
        def one(x: float, lo: float, hi: float) -> str:
            return f"{x:.1f} [{lo:.1f}–{hi:.1f}]"
        diff = f"{i.diff:+.1f} [{i.diff_low:+.1f}, {i.diff_high:+.1f}]"
    return one(i.a, i.a_low, i.a_high), one(i.b, i.b_low, i.b_high), diff


def terms_line(terms: tuple[Term, ...]) -> str:
    """Terms with their counts in A and in B."""
    return ", ".join(f"{t.term} {t.count_a}:{t.count_b}" for t in terms) or "-"


def _card(view: ConferenceView, tag: str) -> Group:
    h, n = view.header, view.numbers
    lines = [(f"{tag}  {h.name}", "bold"),
             (" · ".join(x for x in (h.place, h.date, h.doc_type) if x), ""),
             (f"{counted(n.questions, 'question')} · {counted(n.speakers, 'speaker')}", ""),
             (f"{counted(n.figures, 'figure')} · {num(n.figures_per_1k_chars)} per 1k chars", ""),
             (f"boilerplate {pct(view.boilerplate.ratio)}", "")]
    for s in sorted(view.speakers, key=lambda s: -s.share_of_talk)[:4]:
        lines.append((f"{bar(s.share_of_talk, 6)} {pct(s.share_of_talk):>4} {s.name}", ""))
    return Group(*(Text(text, style=style, no_wrap=True, overflow="ellipsis") for text, style in lines))


def _table(title: str, headers: tuple[str, ...]) -> Table:
    t = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, pad_edge=False,
              show_edge=False, padding=(0, 1))
    t.add_column(headers[0], max_width=34)
    for h in headers[1:]:
        t.add_column(h, justify="right", no_wrap=True)
    return t


def render(cmp: Comparison, console: Console, limit: int = SHOWN_PER_GROUP, pdf: Optional[str] = None) -> None:
    """Two cards side by side, the measures with intervals, the differences by unit, distinctive terms.

    ``pdf`` is where the full comparison is written, if anywhere: the note on rows not shown says so.
    """
    width = min(console.width, 120)
    cards = Table.grid(padding=(0, 2), expand=True)
    cards.add_column(ratio=1)
    cards.add_column(ratio=1)
    cards.add_row(_card(cmp.a, "A"), _card(cmp.b, "B"))
    console.print(cards, width=width)
    c = cmp.contrast
    if c is not None:
        console.print(Text(f"With {c.level:.0%} intervals (bootstrap over sentences, {c.replicates:,} resamples)",
                           style="bold"), width=width)
        for i in c.intervals:
            cell_a, cell_b, cell_d = interval_cells(i)
            verdict = "the interval excludes 0" if i.clear else "the interval includes 0"
            console.print(Text(f"  {i.measure}"), width=width)
            console.print(Wrapped(f"A {cell_a} · B {cell_b} · B - A {cell_d} ({verdict})", indent="    "), width=width)
    hidden = 0
    for scale, title in GROUPS:
        group = cmp.group(scale)
        if not group:
            continue
        t = _table(title, ("Measure", "A", "B", "B - A"))
        for d in group[:limit]:
            t.add_row(d.label, fmt(d.a, d.scale), fmt(d.b, d.scale), delta(d))
        hidden += max(0, len(group) - limit)
        console.print(t, width=width)
    if hidden:
        where = f"all are in {pdf}" if pdf else "--out FILE.pdf writes them all"
        console.print(Text(f"{hidden} smaller differences not shown ({where}).", style="dim"), width=width)
    if c is not None:
        console.print(Text("Words most distinctive (log-odds, informative Dirichlet prior; counts A:B)",
                           style="bold"), width=width)
        console.print(Wrapped(f"of A: {terms_line(c.terms_a)}", indent="  "), width=width)
        console.print(Wrapped(f"of B: {terms_line(c.terms_b)}", indent="  "), width=width)
    console.print()


# ------------------------------------------------------------------ PDF
def _table_page(cmp: Comparison):
    from matplotlib.figure import Figure

    from .pdf import PAGE

    a, b = cmp.a, cmp.b
    fig = Figure(figsize=PAGE)
    fig.text(0.06, 0.965, "Comparison", fontsize=18, va="top")
    for k, (tag, v) in enumerate((("A", a), ("B", b))):
        h = v.header
        fig.text(0.06, 0.93 - k * 0.04, f"{tag}: {clip(h.name, 50)}", fontsize=11, va="top")
        fig.text(0.09, 0.91 - k * 0.04, " · ".join(x for x in (h.place, h.date, h.doc_type, h.layout, h.script) if x),
                 fontsize=8, va="top", color="#555555")
    top = 0.825  # the first group's title clear of the B line above it
    c = cmp.contrast
    if c is not None:
        rows = [[i.measure, *interval_cells(i)] for i in c.intervals]
        box = (0.05, top - 0.07, 0.9, 0.06)
        table_title(fig, box, f"With {c.level:.0%} bootstrap intervals over sentences")
        grid_table(fig, box, rows, ["measure", "A", "B", "B - A"], [0.3, 0.22, 0.22, 0.26], fontsize=7.5)
        top -= 0.12
    for scale, title in GROUPS:
        group = cmp.group(scale)
        if not group:
            continue
        height = 0.018 * (len(group) + 1)
        box = (0.05, top - height, 0.9, height)
        table_title(fig, box, title)
        grid_table(fig, box, [[d.label, fmt(d.a, d.scale), fmt(d.b, d.scale), delta(d)] for d in group],
                   ["measure (largest difference first)", "A", "B", "B - A"], [0.52, 0.15, 0.15, 0.15], fontsize=7.5,
                   row_scale=1.1)
        top -= height + 0.045
    return fig


def _chart_page(cmp: Comparison):
    from matplotlib.figure import Figure

    from .pdf import LANDSCAPE

    a, b = cmp.a, cmp.b
    fig = Figure(figsize=LANDSCAPE)
    fig.text(0.05, 0.96, f"A: {clip(a.header.name, 40)}   vs   B: {clip(b.header.name, 40)}", fontsize=12, va="top")
    in_order = sorted(cmp.differences, key=lambda d: d.position)
    groups = [("talk share by role (%)", [d for d in in_order if d.section == "talk share"]),
              ("topic coverage (%)", [d for d in in_order if d.section == "topics"])]
    for k, (title, diffs) in enumerate(groups):
        ax = fig.add_axes((0.1 + k * 0.5, 0.53, 0.36, 0.34))
        ax.set_title(title, fontsize=10, loc="left")
        if not diffs:
            ax.axis("off")
            continue
        ys = list(range(len(diffs)))[::-1]
        ax.barh([y + 0.2 for y in ys], [100 * (d.a or 0) for d in diffs], height=0.4, color="#2f6db5", label="A")
        ax.barh([y - 0.2 for y in ys], [100 * (d.b or 0) for d in diffs], height=0.4, color="#e08a2c", label="B")
        ax.set_yticks(ys, [d.label.split(": ", 1)[-1].removeprefix("talk by ") for d in diffs], fontsize=8)
        ax.tick_params(axis="x", labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
        if k == 0:
            ax.legend(fontsize=8, frameon=False)
    c = cmp.contrast
    if c is not None:
        _intervals_chart(fig, (0.1, 0.06, 0.36, 0.32), c)
        _terms_chart(fig.add_axes((0.6, 0.08, 0.36, 0.3)), c)
    return fig


def _intervals_chart(fig, box: tuple[float, float, float, float], c: Contrast) -> None:
    """B − A for each measure with its interval, one small panel per measure (each in its own unit)."""
    x, y, w, h = box
    fig.text(x, y + h + 0.02, f"B - A with {c.level:.0%} intervals", fontsize=10)
    rows = len(c.intervals)
    for k, i in enumerate(c.intervals):
        ax = fig.add_axes((x, y + (rows - 1 - k) * h / rows + 0.05, w, h / rows - 0.09))
        scale = 100 if i.unit == "share" else 1
        ax.errorbar([scale * i.diff], [0], xerr=[[scale * (i.diff - i.diff_low)], [scale * (i.diff_high - i.diff)]],
                    fmt="o", color="#1f3b63", capsize=4)
        ax.axvline(0, color="#999999", linewidth=0.8)
        ax.set_yticks([])
        ax.set_title(i.measure + (" (percentage points)" if i.unit == "share" else ""), fontsize=8, loc="left")
        ax.tick_params(axis="x", labelsize=8)
        ax.spines[["top", "right", "left"]].set_visible(False)


def _terms_chart(ax, c: Contrast) -> None:
    """The words most distinctive of each side, by z-score, with their counts A:B."""
    ax.set_title("words most distinctive of A (right) and B (left)", fontsize=10, loc="left")
    terms = list(c.terms_a[:8]) + list(reversed(c.terms_b[:8]))
    if not terms:
        ax.axis("off")
        return
    ys = list(range(len(terms)))[::-1]
    ax.barh(ys, [t.z for t in terms], color=["#2f6db5" if t.z > 0 else "#e08a2c" for t in terms])
    ax.set_yticks(ys, [f"{t.term} {t.count_a}:{t.count_b}" for t in terms], fontsize=7)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set_xlabel("z-score of the log-odds ratio", fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)


def _pages(cmp: Comparison):
    yield _table_page(cmp)
    yield _chart_page(cmp)


def write_pdf(cmp: Comparison, path: Union[str, Path]) -> Path:
    """The comparison as a two-page PDF: the measures by unit with intervals, then the charts."""
    import matplotlib

    from . import fonts
    from .pdf import save_pages

    with matplotlib.rc_context(fonts.rc_params()):
        return save_pages(_pages(cmp), path, title=f"{cmp.a.header.name} vs {cmp.b.header.name}")
