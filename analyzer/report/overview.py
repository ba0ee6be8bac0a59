"""A folder of conferences at a glance, readable at 5 documents and at 5,000.

The PDF opens with what holds for the whole folder (counts by type, distributions of the key
rates), then trends over dates and small multiples per place, and ends with every document in a
paginated table. Charts aggregate (histograms, medians with quartile bands, box plots): never one
bar per document. The terminal shows the same totals and the first rows of the table. The numbers
are ``folder_view``'s; this module prints and draws them.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Optional, Sequence, Union

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from .folder_view import FolderView, OverviewRow, Source, build, rows
from .terminal import MAX_WIDTH, clip, clip_cells, counted, fixed_table, num, pct

SHOWN_IN_TERMINAL = 30  # table rows printed for a folder (all of them with --verbose)
ROWS_PER_PAGE = 38
PLACES_SHOWN = 14  # small multiples: the places with most documents, the rest pooled as "other places"
PLACE_OTHER = "other places"
HIST_BINS = 20


def _horizontal() -> dict:
    """matplotlib 3.10 says orientation="horizontal" where older releases said vert=False (deprecated in 3.11)."""
    import matplotlib

    return {"orientation": "horizontal"} if tuple(map(int, matplotlib.__version__.split(".")[:2])) >= (3, 10) \
        else {"vert": False}


def table(views: Sequence[Source]):
    """The overview as a pandas DataFrame (columns: the fields of ``OverviewRow``)."""
    import pandas as pd

    return pd.DataFrame([asdict(r) for r in rows(views)], columns=list(OverviewRow.__dataclass_fields__))


# ------------------------------------------------------------------ what holds for the folder
def totals(folder: FolderView) -> list[str]:
    """Lines that describe the folder: types, dates, places, and the median of each key rate."""
    n = len(folder.rows)
    return [counted(n, "document") + ": " + ", ".join(f"{k:,} {t}" for t, k in folder.types),
            (f"dated {folder.first_date} to {folder.last_date}" if folder.dated else "no dates found")
            + (f" ({n - folder.dated:,} undated)" if folder.dated < n else "")
            + f"; {folder.places:,} places named",
            f"{counted(folder.questions, 'question')}, {counted(folder.figures, 'figure')} cited",
            "medians per document: figures/1k chars " + num(folder.median_figures_per_1k_chars)
            + ", boilerplate " + pct(folder.median_boilerplate_ratio)
            + (", non-answer rate " + pct(folder.median_non_answer_rate) + f" ({folder.with_questions:,} with questions)"
               if folder.with_questions else "")]


def render(views: Sequence[Source], console: Console, limit: Optional[int] = SHOWN_IN_TERMINAL) -> None:
    """The folder's totals, then the first ``limit`` documents by date (all with ``limit=None``)."""
    folder = build(views)
    data = folder.rows
    console.print(Text(f"Overview: {len(data)} documents", style="bold"))
    for line in totals(folder):
        console.print(Text("  " + line))
    shown = data if limit is None else data[:limit]
    width = min(console.width, MAX_WIDTH)
    columns = [("Date", 10, {}), ("Place", 6, {"overflow": "ellipsis"}), ("Type", 11, {"overflow": "ellipsis"}),
               ("Title", max([cell_len(r.title) for r in shown] + [5]), {"overflow": "ellipsis"}),
               ("Q", 3, {"justify": "right"}), ("Spk", 3, {"justify": "right"}),
               ("Fig/1k", 6, {"justify": "right"}), ("BP", 4, {"justify": "right"})]
    t = fixed_table("", columns, width, flexible=3)
    for r in shown:
        t.add_row(r.date or "-", r.place or "-", r.doc_type, r.title, str(r.questions), str(r.speakers),
                  num(r.figures_per_1k_chars), pct(r.boilerplate_ratio))
    console.print(t, width=width)
    if len(shown) < len(data):
        console.print(Text(f"… {len(data) - len(shown):,} more documents in overview.csv and overview.pdf "
                           "(--verbose prints them all)", style="dim"))


# ------------------------------------------------------------------ PDF pages
def _histogram(ax, values: Sequence[float], middle: Optional[float], title: str, xlabel: str, colour: str) -> None:
    from .pdf import chart_axes, from_zero

    chart_axes(ax, title)
    if not values or middle is None:
        ax.text(0.5, 0.5, "no documents", ha="center", va="center", transform=ax.transAxes, color="#555555")
        return
    ax.hist(values, bins=min(HIST_BINS, max(5, len(set(values)))), color=colour, edgecolor="white")
    from_zero(ax, counts=True)
    ax.axvline(middle, color="#333333", linewidth=1, linestyle="--")
    ax.text(middle, ax.get_ylim()[1] * 0.95, f" median {middle:.1f}", fontsize=7, va="top")
    ax.set_xlabel(xlabel, fontsize=8)
    ax.set_ylabel("documents", fontsize=8)


def _percent(x: Optional[float]) -> Optional[float]:
    return None if x is None else 100 * x


def summary_page(folder: FolderView):
    from matplotlib.figure import Figure

    from .pdf import LANDSCAPE, ROLE_COLOURS

    data = folder.rows
    fig = Figure(figsize=LANDSCAPE)
    fig.text(0.05, 0.955, f"Overview of {len(data):,} documents", fontsize=18, va="top")
    for k, line in enumerate(totals(folder)):
        fig.text(0.05, 0.905 - k * 0.028, line, fontsize=9.5, va="top")
    panels = [([r.figures_per_1k_chars for r in data], folder.median_figures_per_1k_chars,
               "figures per 1,000 characters", "per 1,000 chars", "#2f6db5"),
              ([100 * r.boilerplate_ratio for r in data], _percent(folder.median_boilerplate_ratio),
               "boilerplate share of characters", "%", "#b53a2f"),
              ([float(r.questions) for r in data], folder.median_questions, "questions per document", "questions",
               ROLE_COLOURS["reporter"]),
              ([100 * r.non_answer_rate for r in data if r.questions], _percent(folder.median_non_answer_rate),
               "non-answer rate (documents with questions)", "%", "#8c8c8c")]
    for k, (values, middle, title, xlabel, colour) in enumerate(panels):
        ax = fig.add_axes((0.07 + (k % 2) * 0.48, 0.45 - (k // 2) * 0.38, 0.4, 0.28))
        _histogram(ax, values, middle, title, xlabel, colour)
    return fig


def trends_page(folder: FolderView):
    """Documents per period, and the median (with the interquartile band) of two rates per period."""
    from matplotlib.figure import Figure

    from .pdf import LANDSCAPE, chart_axes, from_zero

    fig = Figure(figsize=LANDSCAPE)
    fig.text(0.05, 0.955, "Over time", fontsize=16, va="top")
    if not folder.periods:
        fig.text(0.05, 0.85, "No document has a date.", fontsize=11, color="#555555")
        return fig
    periods = folder.periods
    xs = list(range(len(periods)))
    undated = len(folder.rows) - folder.dated
    fig.text(0.05, 0.915, f"{folder.dated:,} dated documents by {'year' if folder.by_year else 'month'}"
             + (f"; {undated:,} undated left out" if undated else ""), fontsize=9, va="top", color="#555555")
    step = max(1, len(periods) // 16)
    panels = [("documents", None, "#777777"),
              ("figures per 1,000 characters (median, quartiles)", lambda p: p.figures_per_1k_chars, "#2f6db5"),
              ("boilerplate % (median, quartiles)", lambda p: p.boilerplate_pct, "#b53a2f")]
    for k, (title, spread, colour) in enumerate(panels):
        ax = fig.add_axes((0.07, 0.66 - k * 0.29, 0.88, 0.2))
        chart_axes(ax, title)
        if spread is None:
            ax.bar(xs, [p.documents for p in periods], color=colour)
        else:
            quartiles = [spread(p) for p in periods]
            ax.fill_between(xs, [q.low for q in quartiles], [q.high for q in quartiles], color=colour, alpha=0.2,
                            linewidth=0)
            ax.plot(xs, [q.median for q in quartiles], color=colour, marker="o", markersize=3, linewidth=1.2,
                    clip_on=False)  # a marker at 0 is drawn whole, not cut by the axes
        from_zero(ax, counts=spread is None)
        ax.set_xticks(xs[::step], [p.label for p in periods][::step], fontsize=7)
    return fig


def places_page(data: Sequence[OverviewRow]):
    """Small multiples per place: the spread of two rates across each place's documents."""
    from matplotlib.figure import Figure

    from .pdf import LANDSCAPE, chart_axes, from_zero

    fig = Figure(figsize=LANDSCAPE)
    fig.text(0.05, 0.955, "By place", fontsize=16, va="top")
    counts = Counter(r.place or "no place named" for r in data)
    top = [p for p, _n in counts.most_common(PLACES_SHOWN)]
    groups: dict[str, list[OverviewRow]] = {p: [] for p in top}
    for r in data:
        place = r.place or "no place named"
        groups.setdefault(place if place in top else PLACE_OTHER, []).append(r)
    labels = [f"{p} ({len(g):,})" for p, g in groups.items()]
    fig.text(0.05, 0.915, f"{len(counts):,} places; the {len(top)} with most documents"
             + (", the rest pooled" if len(groups) > len(top) else "") + "; boxes show quartiles, whiskers the range",
             fontsize=9, va="top", color="#555555")
    panels = [("boilerplate %", lambda r: 100 * r.boilerplate_ratio, "#b53a2f", False),
              ("figures per 1,000 characters", lambda r: r.figures_per_1k_chars, "#2f6db5", False),
              ("questions per document", lambda r: float(r.questions), "#e08a2c", True)]
    for k, (title, measure, colour, whole) in enumerate(panels):
        ax = fig.add_axes((0.16 + k * 0.285, 0.08, 0.24, 0.78))
        chart_axes(ax, title)
        values = [[measure(r) for r in g] for g in groups.values()]
        ys = list(range(len(values)))[::-1]
        parts = ax.boxplot(values, positions=ys, widths=0.6, patch_artist=True, whis=(0, 100), **_horizontal())
        for patch in parts["boxes"]:
            patch.set(facecolor=colour, alpha=0.35, edgecolor=colour)
        from_zero(ax, counts=whole, axis="x")
        ax.set_yticks(ys, labels if k == 0 else [""] * len(ys), fontsize=8)
    return fig


# (header, x of its left or right edge on the page, alignment)
TABLE_COLUMNS = (("date", 0.05, "left"), ("place", 0.135, "left"), ("type", 0.2, "left"), ("title", 0.285, "left"),
                 ("Q", 0.72, "right"), ("speakers", 0.79, "right"), ("fig/1k", 0.85, "right"), ("BP", 0.9, "right"),
                 ("non-ans.", 0.96, "right"))


def table_pages(data: Sequence[OverviewRow]):
    """Every document, ``ROWS_PER_PAGE`` to a page, in date order."""
    from matplotlib.figure import Figure

    from .pdf import LANDSCAPE

    pages = max(1, -(-len(data) // ROWS_PER_PAGE))
    for n in range(pages):
        chunk = data[n * ROWS_PER_PAGE:(n + 1) * ROWS_PER_PAGE]
        fig = Figure(figsize=LANDSCAPE)
        first = n * ROWS_PER_PAGE + 1
        fig.text(0.05, 0.955, f"Documents {first:,}–{first + len(chunk) - 1:,} of {len(data):,}, by date",
                 fontsize=13, va="top")
        y = 0.9
        for label, x, align in TABLE_COLUMNS:
            fig.text(x, y, label, fontsize=8, va="top", ha=align, color="#1f3b63")
        y -= 0.024
        for r in chunk:
            cells = [r.date or "-", clip(r.place or "-", 6), r.doc_type, clip_cells(r.title, 76), str(r.questions),
                     str(r.speakers), num(r.figures_per_1k_chars), pct(r.boilerplate_ratio),
                     pct(r.non_answer_rate) if r.questions else "-"]
            for (_label, x, align), cell in zip(TABLE_COLUMNS, cells):
                fig.text(x, y, cell, fontsize=7.5, va="top", ha=align)
            y -= 0.0225
        yield fig


def _pages(views: Sequence[Source], trends: Optional[Sequence[dict]] = None):
    folder = build(views)
    data = folder.rows
    yield summary_page(folder)
    yield trends_page(folder)
    if trends:
        from .trends import trend_pages

        yield from trend_pages(trends)
    yield places_page(data)
    yield from table_pages(data)


def write_pdf(views: Sequence[Source], path: Union[str, Path], trends: Optional[Sequence[dict]] = None) -> Path:
    """Overview PDF: the folder's totals and distributions, trends over dates (with ``trends``, the
    store's rows: per speaker and per body), places, then every document."""
    import matplotlib

    from . import fonts
    from .pdf import save_pages

    with matplotlib.rc_context(fonts.rc_params()):
        return save_pages(_pages(views, trends), path, title="Overview")
