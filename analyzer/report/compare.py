"""Two conferences side by side: the differences that matter most first.

Differences are read off the two ConferenceViews. Shares (talk, topics, boilerplate, non-answer
rate) differ in points (|a - b|, already on a 0–1 scale); counts, lengths and densities by their
relative difference (|a - b| / max(|a|, |b|)). Rows are ordered by that normalised difference.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .pdf import grid_table
from .terminal import bar, clip, count, num, pct
from .view import ConferenceView

SHOWN_IN_TERMINAL = 20
SHOWN_IN_PDF = 34
ROLE_LABELS = {"moderator": "moderator", "speaker": "officials", "reporter": "reporters", "other": "others"}


@dataclass(frozen=True)
class Difference:
    section: str  # talk share | topics | boilerplate | figures | questions | answers
    label: str
    a: Optional[float]
    b: Optional[float]
    scale: str  # "share" (0–1), "count", "chars" or "density"
    score: float  # normalised absolute difference: the sort key
    position: int = 0  # the measure's place in the fixed list, so charts keep a stable order


@dataclass(frozen=True)
class Comparison:
    a: ConferenceView
    b: ConferenceView
    differences: tuple[Difference, ...]  # most important first


def _score(a: Optional[float], b: Optional[float], scale: str) -> float:
    if a is None or b is None:
        return 0.0
    if scale == "share":
        return abs(a - b)
    top = max(abs(a), abs(b))
    return abs(a - b) / top if top else 0.0


def build(a: ConferenceView, b: ConferenceView) -> Comparison:
    """All the comparable numbers of two views, ordered by how much they differ."""
    rows: list[tuple[str, str, Optional[float], Optional[float], str]] = []
    ra, rb = dict(a.talk_by_role), dict(b.talk_by_role)
    for role in ROLE_LABELS:
        if role in ra or role in rb:
            rows.append(("talk share", f"talk by {ROLE_LABELS[role]}", ra.get(role, 0.0), rb.get(role, 0.0), "share"))
    na, nb = a.numbers, b.numbers
    rows += [
        ("questions", "questions", na.questions, nb.questions, "count"),
        ("questions", "unanswered questions", na.unanswered, nb.unanswered, "count"),
        ("questions", "officials", na.speakers, nb.speakers, "count"),
        ("questions", "reporters", na.reporters, nb.reporters, "count"),
        ("answers", "mean answer length (chars)", na.mean_answer_chars, nb.mean_answer_chars, "chars"),
        ("answers", "non-answer rate", na.non_answer_rate, nb.non_answer_rate, "share"),
        ("answers", "answers drifting from the question", na.drifting_answers, nb.drifting_answers, "count"),
        ("figures", "figures per 1,000 chars", na.figures_per_1k_chars, nb.figures_per_1k_chars, "density"),
        ("figures", "figures cited", na.figures, nb.figures, "count"),
        ("boilerplate", "boilerplate ratio", a.boilerplate.ratio, b.boilerplate.ratio, "share"),
    ]
    ta, tb = dict(a.boilerplate.by_type), dict(b.boilerplate.by_type)
    for kind in dict.fromkeys(list(ta) + list(tb)):
        rows.append(("boilerplate", f"boilerplate: {kind}", ta.get(kind, 0.0), tb.get(kind, 0.0), "share"))
    da, db = dict(a.topics), dict(b.topics)
    for topic in a.topic_order + tuple(t for t in list(da) + list(db) if t not in a.topic_order):
        if topic in da or topic in db:
            rows.append(("topics", f"topic: {topic}", da.get(topic, 0.0), db.get(topic, 0.0), "share"))
    diffs = [Difference(section=s, label=lab, a=x, b=y, scale=sc, score=_score(x, y, sc), position=i)
             for i, (s, lab, x, y, sc) in enumerate(rows)]
    diffs.sort(key=lambda d: (-round(d.score, 9), d.position))
    return Comparison(a=a, b=b, differences=tuple(diffs))


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
    return f"{round(diff):+,}"


def _card(view: ConferenceView, tag: str) -> Group:
    h, n = view.header, view.numbers
    lines = [(f"{tag}  {h.name}", "bold"),
             (" · ".join(x for x in (h.place, h.date, h.doc_type) if x), ""),
             (f"{n.questions} questions · {n.speakers} officials", ""),
             (f"{n.figures} figures · {num(n.figures_per_1k_chars)} per 1k chars", ""),
             (f"boilerplate {pct(view.boilerplate.ratio)}", "")]
    for s in sorted(view.speakers, key=lambda s: -s.share_of_talk)[:4]:
        lines.append((f"{bar(s.share_of_talk, 6)} {pct(s.share_of_talk):>4} {s.name}", ""))
    return Group(*(Text(text, style=style, no_wrap=True, overflow="ellipsis") for text, style in lines))


def render(cmp: Comparison, console: Console, limit: int = SHOWN_IN_TERMINAL) -> None:
    """Print two cards side by side, then the differences, largest first."""
    cards = Table.grid(padding=(0, 2), expand=True)
    cards.add_column(ratio=1)
    cards.add_column(ratio=1)
    cards.add_row(_card(cmp.a, "A"), _card(cmp.b, "B"))
    console.print(cards)
    t = Table(title="Differences, largest first", title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
              pad_edge=False, show_edge=False, padding=(0, 1))
    t.add_column("Measure", max_width=32)
    t.add_column("A", justify="right", no_wrap=True)
    t.add_column("B", justify="right", no_wrap=True)
    t.add_column("B - A", justify="right", no_wrap=True)
    for d in cmp.differences[:limit]:
        t.add_row(d.label, fmt(d.a, d.scale), fmt(d.b, d.scale), delta(d))
    console.print(t)
    if len(cmp.differences) > limit:
        console.print(Text(f"{len(cmp.differences) - limit} smaller differences not shown "
                           "(all are in the comparison PDF).", style="dim"))
    console.print()


def _pages(cmp: Comparison):
    from matplotlib.figure import Figure

    from .pdf import LANDSCAPE, PAGE

    a, b = cmp.a, cmp.b
    fig = Figure(figsize=PAGE)
    fig.text(0.06, 0.96, "Comparison", fontsize=18, va="top")
    for k, (tag, v) in enumerate((("A", a), ("B", b))):
        h = v.header
        fig.text(0.06, 0.92 - k * 0.045, f"{tag}: {clip(h.name, 50)}", fontsize=11, va="top")
        fig.text(0.09, 0.898 - k * 0.045, " · ".join(x for x in (h.place, h.date, h.doc_type, h.layout, h.script) if x),
                 fontsize=8, va="top", color="#555555")
    ax = fig.add_axes((0.05, 0.04, 0.9, 0.78))
    ax.axis("off")
    rows = [[d.label, fmt(d.a, d.scale), fmt(d.b, d.scale), delta(d)] for d in cmp.differences[:SHOWN_IN_PDF]]
    grid_table(ax, rows, ["measure (largest difference first)", "A", "B", "B - A"], [0.52, 0.15, 0.15, 0.15])
    yield fig

    fig = Figure(figsize=LANDSCAPE)
    fig.text(0.05, 0.96, f"A: {clip(a.header.name, 40)}   vs   B: {clip(b.header.name, 40)}", fontsize=12, va="top")
    in_order = sorted(cmp.differences, key=lambda d: d.position)
    groups = [("talk share by role (%)", [d for d in in_order if d.section == "talk share"]),
              ("boilerplate (%)", [d for d in in_order if d.section == "boilerplate"]),
              ("topic coverage (%)", [d for d in in_order if d.section == "topics"]),
              ("questions, answers, figures", [d for d in in_order if d.section in ("questions", "answers", "figures")
                                               and d.scale != "share"])]
    for k, (title, diffs) in enumerate(groups):
        ax = fig.add_axes((0.14 + (k % 2) * 0.52, 0.5 - (k // 2) * 0.45, 0.32, 0.34))
        ax.set_title(title, fontsize=10, loc="left")
        if not diffs:
            ax.axis("off")
            continue
        labels = [d.label.split(": ", 1)[-1].removeprefix("talk by ") for d in diffs]
        if k == 3:  # mixed units: each pair drawn relative to its larger value, real values written
            tops = [max(abs(d.a or 0), abs(d.b or 0)) or 1 for d in diffs]
            va = [(d.a or 0) / t for d, t in zip(diffs, tops)]
            vb = [(d.b or 0) / t for d, t in zip(diffs, tops)]
            ax.set_xlabel("relative to the larger of the two", fontsize=8)
            ax.set_xlim(0, 1.35)
        else:
            va = [100 * (d.a or 0) for d in diffs]
            vb = [100 * (d.b or 0) for d in diffs]
        ys = list(range(len(diffs)))[::-1]
        ax.barh([y + 0.2 for y in ys], va, height=0.4, color="#2f6db5", label=f"A: {clip(a.header.name, 24)}")
        ax.barh([y - 0.2 for y in ys], vb, height=0.4, color="#e08a2c", label=f"B: {clip(b.header.name, 24)}")
        if k == 3:
            for y, d, x1, x2 in zip(ys, diffs, va, vb):
                ax.text(x1, y + 0.2, " " + fmt(d.a, d.scale), va="center", fontsize=7)
                ax.text(x2, y - 0.2, " " + fmt(d.b, d.scale), va="center", fontsize=7)
        ax.set_yticks(ys, labels, fontsize=8)
        ax.tick_params(axis="x", labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
        if k == 0:
            fig.legend(*ax.get_legend_handles_labels(), loc="upper right", fontsize=9, frameon=False)
    yield fig


def write_pdf(cmp: Comparison, path: Union[str, Path]) -> Path:
    """The comparison as a two-page PDF: the ranked differences, then the charts."""
    import matplotlib

    from . import fonts
    from .pdf import save_pages

    with matplotlib.rc_context(fonts.rc_params()):
        return save_pages(_pages(cmp), path, title=f"{cmp.a.header.name} vs {cmp.b.header.name}")
