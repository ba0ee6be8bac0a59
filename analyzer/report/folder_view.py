"""The overview's model: a folder's rows and what holds for the whole folder, computed once here.

``build`` gathers one ``OverviewRow`` per document (from the corpus store, or from views) and
the folder's counts, medians and per-period quartiles; ``overview.py`` only prints and draws
them, as ``view.py`` is to the terminal and the PDF of one document.
"""
from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence, Union

from .view import ConferenceView

BY_YEAR_ABOVE = 3  # a folder spanning more years than this is shown by year, else by month


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
    speaker_share: float  # the officials' (role speaker) share of all talk


Source = Union[ConferenceView, OverviewRow]  # a view built here, or a row read from the corpus store


@dataclass(frozen=True)
class Quartiles:
    low: float
    median: float
    high: float


@dataclass(frozen=True)
class Period:
    """One year (or month) of dated documents: how many, and the spread of two rates across them."""
    label: str
    documents: int
    figures_per_1k_chars: Quartiles
    boilerplate_pct: Quartiles


@dataclass(frozen=True)
class FolderView:
    rows: tuple[OverviewRow, ...]  # by date (undated last), then file name
    types: tuple[tuple[str, int], ...]  # document types, most common first
    first_date: Optional[str]
    last_date: Optional[str]
    dated: int
    places: int  # distinct places named
    questions: int
    figures: int
    with_questions: int  # documents with at least one question (the non-answer rate's base)
    median_figures_per_1k_chars: Optional[float]
    median_boilerplate_ratio: Optional[float]
    median_questions: Optional[float]
    median_non_answer_rate: Optional[float]  # over the documents with questions
    by_year: bool  # periods are years (else months)
    periods: tuple[Period, ...]


def rows(views: Sequence[Source]) -> list[OverviewRow]:
    """One row per document, ordered by date (undated last), then by file name."""
    return sorted(map(_row, views), key=lambda r: (r.date is None, r.date or "", r.document))


def _row(v: Source) -> OverviewRow:
    if isinstance(v, OverviewRow):
        return v
    return OverviewRow(document=Path(v.header.source).name, title=v.header.name, doc_type=v.header.doc_type,
                       date=v.header.date, place=v.header.place, questions=v.numbers.questions,
                       speakers=v.numbers.speakers, turns=v.numbers.turns, chars=v.numbers.chars,
                       figures=v.numbers.figures, figures_per_1k_chars=v.numbers.figures_per_1k_chars,
                       boilerplate_ratio=v.boilerplate.ratio, non_answer_rate=v.numbers.non_answer_rate,
                       speaker_share=dict(v.talk_by_role).get("speaker", 0.0))


def build(views: Sequence[Source]) -> FolderView:
    data = rows(views)
    dated = [r for r in data if r.date]
    asked = [r for r in data if r.questions]
    by_year = len({(r.date or "")[:4] for r in dated}) > BY_YEAR_ABOVE
    return FolderView(
        rows=tuple(data), types=tuple(Counter(r.doc_type for r in data).most_common()),
        first_date=dated[0].date if dated else None, last_date=dated[-1].date if dated else None,
        dated=len(dated), places=len({r.place for r in data if r.place}),
        questions=sum(r.questions for r in data), figures=sum(r.figures for r in data), with_questions=len(asked),
        median_figures_per_1k_chars=_median([r.figures_per_1k_chars for r in data]),
        median_boilerplate_ratio=_median([r.boilerplate_ratio for r in data]),
        median_questions=_median([float(r.questions) for r in data]),
        median_non_answer_rate=_median([r.non_answer_rate for r in asked]),
        by_year=by_year, periods=_periods(dated, by_year))


def _median(values: Sequence[float]) -> Optional[float]:
    return statistics.median(values) if values else None


def _periods(dated: Sequence[OverviewRow], by_year: bool) -> tuple[Period, ...]:
    groups: dict[str, list[OverviewRow]] = {}
    for r in sorted(dated, key=lambda r: r.date or ""):
        groups.setdefault((r.date or "")[:4 if by_year else 7], []).append(r)
    return tuple(Period(label, len(g), _quartiles(g, lambda r: r.figures_per_1k_chars),
                        _quartiles(g, lambda r: 100 * r.boilerplate_ratio)) for label, g in groups.items())


def _quartiles(group: Sequence[OverviewRow], measure: Callable[[OverviewRow], float]) -> Quartiles:
    values = [measure(r) for r in group]
    if len(values) < 2:
        return Quartiles(values[0], values[0], values[0])
    return Quartiles(*statistics.quantiles(values, n=4, method="inclusive"))
