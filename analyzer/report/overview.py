"""A folder of conferences at a glance: one row per document, charts across documents by date."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional, Sequence, Union

from rich import box
from rich.console import Console
from rich.table import Table

from .pdf import grid_table
from .terminal import clip, num, pct
from .view import ConferenceView


@dataclass(frozen=True)
class OverviewRow:
    document: str  # the file name, the key that joins the corpus tables
    title: str
    doc_type: str
    date: Optional[str]
    place: Optional[str]
    questions: int
    speakers: int
    turns: int
    chars: int
    figures: int
    figures_per_1k_chars: float
    boilerplate_ratio: float
    non_answer_rate: float


def rows(views: Sequence[ConferenceView]) -> list[OverviewRow]:
    """One row per document, ordered by date (undated last), then by file name."""
    out = [OverviewRow(document=Path(v.header.source).name, title=v.header.name, doc_type=v.header.doc_type,
                       date=v.header.date, place=v.header.place, questions=v.numbers.questions,
                       speakers=v.numbers.speakers, turns=v.numbers.turns, chars=v.numbers.chars,
                       figures=v.numbers.figures, figures_per_1k_chars=v.numbers.figures_per_1k_chars,
                       boilerplate_ratio=v.boilerplate.ratio, non_answer_rate=v.numbers.non_answer_rate)
           for v in views]
    return sorted(out, key=lambda r: (r.date is None, r.date or "", r.document))


def table(views: Sequence[ConferenceView]):
    """The overview as a pandas DataFrame (columns: the fields of ``OverviewRow``)."""
    import pandas as pd

    return pd.DataFrame([asdict(r) for r in rows(views)], columns=list(OverviewRow.__dataclass_fields__))


def render(views: Sequence[ConferenceView], console: Console) -> None:
    t = Table(title=f"Overview: {len(views)} documents", title_justify="left", title_style="bold",
              box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, padding=(0, 1))
    t.add_column("Date", no_wrap=True)
    t.add_column("Place", max_width=6)
    t.add_column("Type", max_width=11, overflow="ellipsis", no_wrap=True)
    t.add_column("Title", max_width=20, overflow="ellipsis", no_wrap=True)
    t.add_column("Q", justify="right")
    t.add_column("Spk", justify="right")
    t.add_column("Fig/1k", justify="right")
    t.add_column("BP", justify="right")
    for r in rows(views):
        t.add_row(r.date or "-", r.place or "-", r.doc_type, r.title, str(r.questions), str(r.speakers),
                  num(r.figures_per_1k_chars), pct(r.boilerplate_ratio))
    console.print(t)


def _pages(views: Sequence[ConferenceView]):
    from matplotlib.figure import Figure

    from .pdf import LANDSCAPE

    data = rows(views)
    fig = Figure(figsize=LANDSCAPE)
    fig.text(0.05, 0.95, f"Overview of {len(data)} documents, by date", fontsize=18, va="top")
    ax = fig.add_axes((0.04, 0.05, 0.92, 0.82))
    ax.axis("off")
    cells = [[r.date or "-", r.place or "-", r.doc_type, clip(r.title, 26), str(r.questions), str(r.speakers),
              num(r.figures_per_1k_chars), pct(r.boilerplate_ratio),
              pct(r.non_answer_rate) if r.questions else "-"] for r in data[:30]]
    if cells:
        grid_table(ax, cells, ["date", "place", "type", "title", "questions", "officials", "figures/1k chars",
                               "boilerplate", "non-answers"],
                   [0.09, 0.07, 0.1, 0.31, 0.08, 0.08, 0.1, 0.08, 0.09], row_scale=1.4)
    yield fig

    fig = Figure(figsize=LANDSCAPE)
    fig.text(0.05, 0.96, "Across documents, ordered by date", fontsize=14, va="top")
    labels = [f"{r.date or '?'}\n{clip(r.place or r.document, 8)}" for r in data]
    xs = list(range(len(data)))
    by_view = {Path(v.header.source).name: v for v in views}
    panels = [("figures per 1,000 characters", [r.figures_per_1k_chars for r in data], "#2f6db5", None),
              ("boilerplate ratio (%) by type", None, None, "stack"),
              ("questions asked", [r.questions for r in data], "#e08a2c", None),
              ("officials' share of talk (%)", [100 * dict(by_view[r.document].talk_by_role).get("speaker", 0.0)
                                                for r in data], "#5a9e5a", None)]
    for k, (title, values, colour, mode) in enumerate(panels):
        ax = fig.add_axes((0.07 + (k % 2) * 0.48, 0.53 - (k // 2) * 0.45, 0.4, 0.32))
        ax.set_title(title, fontsize=10, loc="left")
        if mode == "stack":
            from .pdf import TYPE_COLOURS

            bottom = [0.0] * len(data)
            for kind, c in TYPE_COLOURS.items():
                vals = [100 * dict(by_view[r.document].boilerplate.by_type).get(kind, 0.0) for r in data]
                ax.bar(xs, vals, bottom=bottom, color=c, label=kind)
                bottom = [a + b for a, b in zip(bottom, vals)]
            ax.legend(fontsize=7, frameon=False)
        else:
            assert values is not None  # only the "stack" panel comes without values
            ax.bar(xs, values, color=colour)
            for x, v in zip(xs, values):
                ax.text(x, v, f"{v:.1f}" if isinstance(v, float) else str(v), ha="center", va="bottom", fontsize=7)
        ax.set_xticks(xs, labels, fontsize=7)
        ax.tick_params(axis="y", labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    yield fig


def write_pdf(views: Sequence[ConferenceView], path: Union[str, Path]) -> Path:
    """Overview PDF: the table of documents, then charts across documents ordered by date."""
    import matplotlib

    from . import fonts
    from .pdf import save_pages

    with matplotlib.rc_context(fonts.rc_params()):
        return save_pages(_pages(views), path, title="Overview")
