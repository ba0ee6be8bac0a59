"""Terminal reports: golden snapshots at 80 columns, width in cells (Chinese is double-width), no colour.

Update the golden files after an intended change with ``UPDATE_SNAPSHOTS=1 pytest tests/test_report_terminal.py``.
"""
from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from analyzer import pipeline
from analyzer.contrast import contrast
from analyzer.report import compare, explain, overview, terminal, view
from analyzer.report.view import (Boilerplate, Cleaning, ConferenceView, FigureRow, Header, Numbers, QARow,
                                  RosterRow, SentenceSample, SpeakerRow)

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
WIDTH = 80
ANSI = re.compile(r"\x1b\[")
DOCS = sorted(p.name for p in CORPUS.glob("*.txt"))


def console(width: int = WIDTH, **kw) -> Console:
    return Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False, **kw)


def rendered(draw, width: int = WIDTH, **kw) -> str:
    c = console(width, **kw)
    draw(c)
    return c.file.getvalue()


def check_snapshot(name: str, text: str) -> None:
    """Compare with the golden file (trailing spaces ignored); rewrite it when UPDATE_SNAPSHOTS=1."""
    lines = "\n".join(line.rstrip() for line in text.splitlines()).strip("\n") + "\n"
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1" or not path.exists():
        if not path.exists() and os.environ.get("UPDATE_SNAPSHOTS") != "1":
            pytest.fail(f"no golden file {path}; run with UPDATE_SNAPSHOTS=1 to create it")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(lines, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    assert lines == expected, f"terminal output differs from {path}; UPDATE_SNAPSHOTS=1 if intended"


@pytest.fixture(scope="module")
def analyses():
    return {name: pipeline.analyse(CORPUS / name) for name in DOCS}


@pytest.fixture(scope="module")
def views(analyses):
    return {name: view.build(a) for name, a in analyses.items()}


def handmade_view() -> ConferenceView:
    """A small conference written for the test, independent of the analysis stages."""
    header = Header(title="示例市空气质量新闻发布会", place="示例", date="2024-03-01", doc_type="transcript",
                    layout="label lines", script="simplified", backend="rules", source="/tmp/example.txt",
                    boilerplate_evidence="phrase list")
    cleaning = Cleaning(chars_in=1200, chars_kept=1000, chars_dropped=200,
                        dropped_by_reason=(("chrome", 150), ("whitespace", 50)), duplicate_blocks=1)
    roster = (RosterRow("p1", "王主持", "新闻办主任", "moderator", None, 3, 100, 0.1),
              RosterRow("p2", "赵局长", "市生态环境局局长", "speaker", None, 2, 700, 0.7),
              RosterRow("p3", "示例日报", None, "reporter", "示例日报", 2, 200, 0.2))
    qa = (QARow(1, "示例日报", "示例日报", "赵局长", ("赵局长",), "answered", "air", ("air", "water"), 40, 400, 3, 0.1,
                0.8, False, None, question="请问赵局长，今年PM2.5浓度下降了多少？",
                answer_excerpt="今年PM2.5平均浓度为35微克/立方米，同比下降12.5%，优良天数达到280天。"),
          QARow(2, "示例日报", "示例日报", None, ("赵局长",), "answered", "water", ("water",), 30, 200, 0, 0.5, 0.1,
                True, "defer", question="黑臭水体整治什么时候完成？", answer_excerpt="具体时间表会后提供给大家。",
                non_answer_cue="会后提供", non_answer_quote="具体时间表会后提供给大家。"),
          QARow(3, "示例日报", "示例日报", None, (), "unanswered", None, (), 25, 0, 0, 0.0, None, False, None,
                question="明年的目标是多少？"))
    speakers = (SpeakerRow("p2", "赵局长", "市生态环境局局长", 2, 2, 700, 0.7, None,
                           (("air", 0.6), ("water", 0.3), ("governance", 0.1)), 5, 7.1, 0.4, 0.2,
                           (("political", 0.1), ("courtesy", 0.05), ("procedural", 0.05)), 0.3, 2, 1, 0.5),)
    figures = (FigureRow("下降12.5%", 12.5, "%", "change", "down", False, "PM2.5浓度", "赵局长", 10, 17),
               FigureRow("3万余吨", 30000.0, "吨", "level", None, True, "排放量", "赵局长", 40, 45))
    stock = (SentenceSample("在市委市政府的坚强领导下，我们扎实推进各项工作。", "赵局长", 100, 124, "political", "坚强领导"),)
    specific = (SentenceSample("优良天数达到280天，同比增加15天。", "赵局长", 200, 218, None, None, 2),)
    numbers = Numbers(chars=1000, participants=3, speakers=1, reporters=1, turns=7, questions=3, answered=2,
                      unanswered=1, orphan=0, figures=2, figures_per_1k_chars=2.0, sentences=20,
                      boilerplate_sentences=4, non_answers=1, non_answer_rate=0.5, drifting_answers=1,
                      mean_answer_chars=300.0)
    return ConferenceView(header=header, cleaning=cleaning, numbers=numbers, roster=roster,
                          talk_by_role=(("moderator", 0.1), ("speaker", 0.7), ("reporter", 0.2)), qa=qa,
                          speakers=speakers, figures=figures, stock=stock, specific=specific,
                          topics=(("air", 0.5), ("water", 0.4), ("governance", 0.1)),
                          topic_order=("air", "water", "governance"),
                          boilerplate=Boilerplate(0.2, (("political", 0.1), ("courtesy", 0.05), ("procedural", 0.05)),
                                                  (("answer", 0.2),), "phrase list"))


def test_handmade_snapshot():
    text = rendered(lambda c: terminal.render(handmade_view(), c))
    check_snapshot("terminal_handmade.txt", text)


def test_handmade_markers_readable_without_colour():
    text = rendered(lambda c: terminal.render(handmade_view(), c))
    assert not ANSI.search(text)
    assert "align 0.10!" in text  # a drifting answer is marked in text, not only in colour
    assert "non-answer (defer): “具体时间表会后提供给大家。”" in text and "#3 示例日报 · unanswered" in text
    assert "[political]" in text and "stock phrase: 坚强领导" in text
    assert "█" in text  # topic and talk-share bars


def test_no_colour_even_on_a_terminal():
    c = Console(file=io.StringIO(), width=WIDTH, force_terminal=True, no_color=True)
    terminal.render(handmade_view(), c)
    out = c.file.getvalue()
    assert not re.search(r"\x1b\[[0-9;]*3[0-9]m", out)  # no foreground colours
    assert "align 0.10!" in out


def test_corpus_snapshot(views):
    text = rendered(lambda c: terminal.render(views["langfang-2024-07-26-ecology-conference.txt"], c))
    check_snapshot("terminal_langfang.txt", text)


LAKESIDE = Path(__file__).resolve().parent / "data" / "lakeside-2024-07-09-heat-conference.txt"  # invented


@pytest.mark.parametrize("width", [60, 80, 120])
def test_invented_transcript_snapshots(width):
    """The whole summary of an invented conference at three widths: Q&A text, names, tables that fit."""
    text = rendered(lambda c: terminal.render(view.build(pipeline.analyse(LAKESIDE)), c), width=width)
    check_snapshot(f"terminal_lakeside_{width}.txt", text)


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("name", DOCS)
def test_fits_the_width(views, name, width):
    text = rendered(lambda c: terminal.render(views[name], c), width=width)
    too_wide = [line for line in text.splitlines() if cell_len(line) > width]
    assert not too_wide, too_wide[:3]
    assert not ANSI.search(text)
    names = [r.name for r in views[name].roster]
    assert all(n in text or n[:4] in text for n in names)  # names are never cut to a character or two


def test_a_wide_terminal_gets_the_120_column_summary(views):
    v = views["taian-2023-12-13-live-text-conference.txt"]
    assert rendered(lambda c: terminal.render(v, c), width=200) == rendered(lambda c: terminal.render(v, c), width=120)


def test_traditional_conference_shows_roster_roles_and_outlets(views):
    text = rendered(lambda c: terminal.render(views["jiaozuo-2021-01-22-ecology-conference.txt"], c))
    for expected in ("焦作市生態環境狀況新聞發布會", "申軍強", "李博", "河南日報", "moderator", "speaker", "reporter",
                     "Questions and answers", "Speakers", "duplicate_article", "pinyin_gloss"):
        assert expected in text
    assert "official" not in text  # the export's role words, everywhere
    assert "#4 大河網 → 申軍強 · answered by 申軍強" in text  # addressee named in the question


def test_document_without_dialogue_says_so(views):
    text = rendered(lambda c: terminal.render(views["jiaozuo-2023-05-29-inspection-report.txt"], c))
    assert "No questions and answers in this document (report)" in text
    assert "Roster" not in text


def test_compare_side_by_side_fits_and_groups_by_unit(analyses, views):
    names = ("jiaozuo-2021-01-22-ecology-conference.txt", "langfang-2024-07-26-ecology-conference.txt")
    a, b = (views[n] for n in names)
    cmp = compare.build(a, b, contrast(*(analyses[n] for n in names)))
    for scale, _title in compare.GROUPS:  # each group holds one unit, largest difference first
        scores = [d.score for d in cmp.group(scale)]
        assert scores == sorted(scores, reverse=True)
    order = [d.scale for d in cmp.differences]
    assert order == sorted(order, key=[s for s, _t in compare.GROUPS].index)
    labels = {d.label for d in cmp.differences}
    assert {"questions", "mean answer length", "non-answer rate", "talk by speaker"} <= labels
    assert not {"boilerplate share", "figures per 1,000 characters"} & labels  # shown with their intervals
    for width in (60, 80, 120):
        text = rendered(lambda c: compare.render(cmp, c), width=width)
        assert all(cell_len(line) <= width for line in text.splitlines()), width
    assert "A  焦作市生態環境狀況新聞發布會" in text and "B  廊坊市" in text
    for title in ("Shares (difference in percentage points)", "Counts", "With 95% intervals", "of A: ", "of B: "):
        assert title in text
    assert "--out FILE.pdf writes them all" in text  # no PDF is claimed when none is written


def test_compare_normalised_differences():
    v = handmade_view()
    same = compare.build(v, v)
    assert all(d.score == 0 for d in same.differences)
    assert compare._score(0.2, 0.5, "share") == pytest.approx(0.3)
    assert compare._score(2, 4, "count") == pytest.approx(0.5)
    assert compare._score(0, 0, "count") == 0


def test_overview_rows_by_date(views):
    rows = overview.rows(list(views.values()))
    dates = [r.date for r in rows]
    assert dates == sorted(dates, key=lambda d: (d is None, d or ""))  # undated documents last
    text = rendered(lambda c: overview.render(list(views.values()), c))
    assert all(cell_len(line) <= WIDTH for line in text.splitlines())
    by_doc = {r.document: r for r in rows}
    assert by_doc["jiaozuo-2021-01-22-ecology-conference.txt"].questions == 5
    assert by_doc["jiaozuo-2023-05-29-inspection-report.txt"].speakers == 0


def test_explain_traces_to_offsets(analyses):
    a = analyses["jiaozuo-2021-01-22-ecology-conference.txt"]
    text = rendered(lambda c: explain.render(a, c), width=100)
    stock = [s for s in a.sentences if s.boilerplate]
    assert stock, "the conference has boilerplate sentences"
    first = stock[0]
    assert f"[{first.start}-{first.end}] {first.boilerplate}" in text
    assert first.reason in text
    for f in a.figures[:3]:
        assert f"[{f.start}-{f.end}] {f.text}" in text
    hit = a.topic_hits[0]
    assert f"{a.conference.text[hit.start:hit.end]}@{hit.start}" in text


@pytest.mark.parametrize(
    "v, approximate, script, shown",
    [(213000.0, False, "simplified", "21.3万"), (8600000.0, True, "simplified", "~860万"),
     (11000.0, True, "simplified", "~11,000"), (658590000000.0, False, "simplified", "6,585.9亿"),
     (150000.0, False, "traditional", "15萬"), (96.5, False, "simplified", "96.5")],
)
def test_large_values_are_written_in_wan_and_yi(v, approximate, script, shown):
    fig = FigureRow("x", v, "吨", "level", None, approximate, None, None, 0, 1)
    assert terminal.value(fig, script) == shown


def test_the_roster_shows_an_askers_title_when_no_outlet_is_known():
    def row(name, role, title=None, outlet=None):
        return RosterRow(id="p1", name=name, title=title, role=role, outlet=outlet, turns=1, chars=10, share_of_talk=0.1)

    assert row("陈健波", "reporter", title="议员").detail == "议员"  # a legislator who asks
    assert row("李明", "reporter", title="记者", outlet="新华社").detail == "新华社"
    assert row("王刚", "speaker", title="局长", outlet="市水务局").detail == "局长"
    assert row("新华社", "reporter", outlet="新华社").detail is None  # already the name shown
