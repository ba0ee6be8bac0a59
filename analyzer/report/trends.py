"""The overview's trend pages: per speaker and per body, year by year, from the store's ``trends`` table.

Each page draws the speakers (or bodies) with most documents as one line each, in four panels:
boilerplate share, figures per 1,000 characters, non-answer rate and questions answered (asked,
for a body). The numbers are the store's; this module only chooses whom to show and draws.
"""
from __future__ import annotations

from typing import Sequence

SHOWN = 8  # lines per panel: the names with most documents
PANELS = (("boilerplate_share", "boilerplate %", 100.0), ("figures_per_1k_chars", "figures per 1,000 characters", 1.0),
          ("non_answer_rate", "non-answer rate %", 100.0), ("questions", "questions", 1.0))
LEVELS = (("speaker", "Trends by speaker"), ("body", "Trends by body holding the conference"))


def shown(rows: Sequence[dict], level: str, limit: int = SHOWN) -> dict[str, list[dict]]:
    """The ``limit`` names of a level with most documents (ties by name), each with its rows by year."""
    by_name: dict[str, list[dict]] = {}
    for r in rows:
        if r["level"] == level and r["name"]:
            by_name.setdefault(r["name"], []).append(r)
    top = sorted(by_name, key=lambda n: (-sum(r["documents"] for r in by_name[n]), n))[:limit]
    return {n: sorted(by_name[n], key=lambda r: r["year"]) for n in top}


def trend_pages(rows: Sequence[dict]):
    """One landscape page per level that has dated rows."""
    for level, title in LEVELS:
        lines = shown(rows, level)
        if lines:
            yield _page(title, lines, sum(1 for r in rows if r["level"] == level))


def _page(title: str, lines: dict[str, list[dict]], total_rows: int):
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    from .pdf import LANDSCAPE, chart_axes, from_zero

    fig = Figure(figsize=LANDSCAPE)
    fig.text(0.05, 0.955, title, fontsize=16, va="top")
    fig.text(0.05, 0.915, f"the {len(lines)} with most documents, by year (the store's trends table has all "
             f"{total_rows:,} rows)", fontsize=9, va="top", color="#555555")
    years = [r["year"] for rs in lines.values() for r in rs]
    for k, (column, label, scale) in enumerate(PANELS):
        ax = fig.add_axes((0.07 + (k % 2) * 0.47, 0.5 - (k // 2) * 0.42, 0.38, 0.3))
        chart_axes(ax, label, labelsize=7)
        for name, rs in lines.items():
            points = [(r["year"], scale * r[column]) for r in rs if r[column] is not None]
            if points:
                ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", markersize=3, linewidth=1,
                        label=name, clip_on=False)  # a marker at 0 is drawn whole, not cut by the axes
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlim(min(years) - 0.5, max(years) + 0.5)  # the same years in every panel, whichever have points
        from_zero(ax, counts=column == "questions")
        if k == 0:
            handles, labels = ax.get_legend_handles_labels()
            fig.legend(handles, labels, fontsize=7, frameon=False, ncols=4, loc="upper right",
                       bbox_to_anchor=(0.96, 0.965))
    return fig
