"""The overview's model: a folder's counts, medians and per-period quartiles, computed once."""
from __future__ import annotations

from analyzer.report import folder_view
from analyzer.report.folder_view import OverviewRow, Quartiles


def row(document: str, date, questions: int = 0, figures_per_1k: float = 1.0, boilerplate: float = 0.1,
        non_answer: float = 0.0, place="焦作", doc_type="transcript") -> OverviewRow:
    return OverviewRow(document=document, title=document, doc_type=doc_type, date=date, place=place,
                       questions=questions, speakers=1, turns=2, chars=1000, figures=3,
                       figures_per_1k_chars=figures_per_1k, boilerplate_ratio=boilerplate,
                       non_answer_rate=non_answer, speaker_share=0.8)


def test_counts_dates_and_medians():
    folder = folder_view.build([
        row("c.txt", None, questions=4, non_answer=0.5, place=None, doc_type="report"),
        row("b.txt", "2023-05-02", questions=2, figures_per_1k=3.0, boilerplate=0.3),
        row("a.txt", "2021-01-22", figures_per_1k=2.0, boilerplate=0.2, place="廊坊"),
    ])
    assert [r.document for r in folder.rows] == ["a.txt", "b.txt", "c.txt"]  # by date, undated last
    assert folder.types == (("transcript", 2), ("report", 1))
    assert (folder.first_date, folder.last_date, folder.dated, folder.places) == ("2021-01-22", "2023-05-02", 2, 2)
    assert (folder.questions, folder.figures, folder.with_questions) == (6, 9, 2)
    assert folder.median_figures_per_1k_chars == 2.0 and folder.median_boilerplate_ratio == 0.2
    assert folder.median_questions == 2.0
    assert folder.median_non_answer_rate == 0.25  # over the two documents with questions only


def test_periods_are_months_unless_the_folder_spans_more_than_three_years():
    months = folder_view.build([row("a", "2023-01-05", figures_per_1k=1.0), row("b", "2023-01-20", figures_per_1k=3.0),
                                row("c", "2023-02-01", figures_per_1k=5.0)])
    assert not months.by_year
    assert [(p.label, p.documents) for p in months.periods] == [("2023-01", 2), ("2023-02", 1)]
    assert months.periods[0].figures_per_1k_chars == Quartiles(1.5, 2.0, 2.5)
    assert months.periods[1].boilerplate_pct == Quartiles(10.0, 10.0, 10.0)  # one document: its own value
    years = folder_view.build([row(str(y), f"{y}-06-01") for y in (2015, 2017, 2019, 2021)])
    assert years.by_year and [p.label for p in years.periods] == ["2015", "2017", "2019", "2021"]


def test_an_empty_folder_has_no_medians_and_no_periods():
    folder = folder_view.build([])
    assert folder.rows == () and folder.periods == () and folder.median_questions is None
