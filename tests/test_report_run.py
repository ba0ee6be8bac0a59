"""`analyzer report` over a folder: outputs per document, overview, tables, failures skipped, atomic writes."""
from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from rich.console import Console

from analyzer import cli, pipeline
from analyzer.report import files, pdf, run, view

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
STEMS = sorted(p.stem for p in CORPUS.glob("*.txt"))
EXPECTED = Path(__file__).resolve().parents[1] / ".." / "shared" / "expected"


@pytest.fixture(scope="module")
def folder_run(tmp_path_factory):
    """The corpus plus a binary and an empty file, reported once for every test below."""
    src = tmp_path_factory.mktemp("in")
    for p in CORPUS.glob("*.txt"):
        shutil.copy(p, src / p.name)
    (src / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (src / "empty.txt").write_bytes(b"")
    (src / "notes.md").write_text("not a document", encoding="utf-8")
    (src / ".hidden.txt").write_text("skipped", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    console = Console(file=io.StringIO(), width=80, color_system=None)
    err = io.StringIO()
    import contextlib

    with contextlib.redirect_stderr(err):
        code = run.report([src], out, console=console)
    return code, out, console.file.getvalue(), err.getvalue()


def test_failures_reported_and_skipped(folder_run):
    code, _out, stdout, stderr = folder_run
    assert code != 0
    lines = [line for line in stderr.splitlines() if line.startswith("analyzer: skipped")]
    assert len(lines) == 2
    assert any("broken.txt" in line for line in lines) and any("empty.txt" in line for line in lines)
    assert f"{len(STEMS)} of {len(STEMS) + 2} documents reported" in stdout


def test_every_document_gets_pdf_and_json(folder_run):
    _code, out, stdout, _err = folder_run
    for stem in STEMS:
        assert (out / f"{stem}.pdf").stat().st_size > 1000
        assert (out / f"{stem}.json").read_text(encoding="utf-8").lstrip().startswith("{")
    assert not (out / "broken.pdf").exists() and not (out / "empty.json").exists()
    assert (out / "overview.pdf").exists() and (out / "overview.csv").exists()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert f"Overview: {len(STEMS)} documents" in stdout
    assert "Roster" not in stdout  # a folder prints its overview, not every summary (--verbose does)


def test_corpus_tables(folder_run):
    _code, out, _stdout, _err = folder_run
    for name in run.TABLES:
        csv = pd.read_csv(out / f"{name}.csv")
        parquet = pd.read_parquet(out / f"{name}.parquet")
        assert list(csv.columns) == list(parquet.columns)
        assert csv.columns[0] == "document" and len(csv) == len(parquet)
    speakers = pd.read_csv(out / "speakers.csv", encoding="utf-8-sig")
    jiaozuo = speakers[speakers.document == "jiaozuo-2021-01-22-ecology-conference.txt"]
    assert len(jiaozuo) == 5 and "申軍強" in set(jiaozuo.name)
    qa = pd.read_parquet(out / "qa_pairs.parquet")
    # every document whose ground truth has question-answer pairs, and no other
    with_pairs = {json.loads(f.read_text(encoding="utf-8"))["document"] for f in EXPECTED.glob("*.json")
                  if json.loads(f.read_text(encoding="utf-8")).get("qa_pairs")}
    assert with_pairs and set(qa.document) == with_pairs
    assert list(qa.answerers.iloc[0])  # lists stay lists in Parquet
    assert qa["question"].notna().any() and str(qa["pair"].dtype) == "Int64"
    for name in run.TABLES + ("overview",):
        assert (out / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM


def test_find_documents_filters(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.HTML").write_text("x", encoding="utf-8")
    (tmp_path / "c.pdf").write_text("x", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text("x", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "e.htm").write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in run.find_documents([tmp_path])]
    assert found == ["a.txt", "b.HTML", "sub/e.htm"]
    with pytest.raises(Exception, match="no such file"):
        run.find_documents([tmp_path / "missing"])


def test_cli_report_on_an_empty_folder_is_one_line(tmp_path, capsys):
    assert cli.main(["report", str(tmp_path), "--out", str(tmp_path / "o")]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no documents" in err[0]


def test_slugify_is_safe_and_unique():
    taken: set[str] = set()
    assert files.slugify("Jiaozuo 2021/01 Conference!", taken) == "jiaozuo-2021-01-conference"
    assert files.slugify("Jiaozuo 2021-01 conference", taken) == "jiaozuo-2021-01-conference-2"
    chinese = files.slugify("焦作市新闻发布会", taken)
    assert chinese.startswith("doc-") and chinese.isascii()
    assert files.slugify("焦作市新闻发布会", taken) == chinese + "-2"
    assert files.slugify("廊坊市新闻发布会") != chinese
    assert len(files.slugify("x" * 500)) <= files.MAX_SLUG
    assert files.slugify("../../etc/passwd") == "etc-passwd"
    assert files.slugify("overview") != "overview"  # never overwrites the overview or the tables
    assert files.slugify("Café") == "cafe"


def test_atomic_write_interrupted_leaves_previous_file(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("previous", encoding="utf-8")

    def half_then_crash(tmp: Path) -> None:
        tmp.write_text('{"half": ', encoding="utf-8")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        files.atomic_write(target, half_then_crash)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
    target.chmod(0o640)
    files.atomic_write(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o640  # a replaced file keeps its permissions
    fresh = files.atomic_write(tmp_path / "fresh.txt", b"bytes")
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600


def test_pdf_interrupted_midway_leaves_no_partial_file(tmp_path, monkeypatch):
    v = view.build(pipeline.analyse(CORPUS / "langfang-2024-07-26-ecology-conference.txt"))
    target = tmp_path / "langfang.pdf"

    def crash(_view):
        raise RuntimeError("interrupted while drawing")

    monkeypatch.setattr(pdf, "topic_heatmap", crash)  # the cover and talk-share pages are already written
    with pytest.raises(RuntimeError):
        pdf.write(v, target)
    assert not target.exists()
    assert not list(tmp_path.iterdir())

    target.write_bytes(b"%PDF-previous")
    with pytest.raises(RuntimeError):
        pdf.write(v, target)
    assert target.read_bytes() == b"%PDF-previous"
    assert [p.name for p in tmp_path.iterdir()] == ["langfang.pdf"]


def _report(src, out, **kw) -> tuple[int, str]:
    console = Console(file=io.StringIO(), width=80, color_system=None)
    code = run.report([src], out, console=console, **kw)
    return code, console.file.getvalue()


LAKESIDE = Path(__file__).resolve().parent / "data" / "lakeside-2024-07-09-heat-conference.txt"


def test_verbosity_and_the_overview_only_pdf(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for k in range(3):
        (src / f"lakeside-{k}.txt").write_text(LAKESIDE.read_text(encoding="utf-8"), encoding="utf-8")
    code, auto = _report(src, tmp_path / "a", pdf="overview")
    assert code == 0 and "Overview: 3 documents" in auto and "Roster" not in auto
    assert (tmp_path / "a" / "overview.pdf").exists() and not list((tmp_path / "a").glob("lakeside-*.pdf"))
    _code, verbose = _report(src, tmp_path / "v", pdf="none", verbosity="verbose")
    assert verbose.count("Roster") == 3 and "Overview: 3 documents" in verbose
    _code, quiet = _report(src, tmp_path / "q", pdf="none", verbosity="quiet")
    assert quiet.strip().splitlines() == [f"3 of 3 documents reported in {tmp_path / 'q'}"]
    _code, one = _report(LAKESIDE, tmp_path / "one", pdf="none")
    assert "Roster" in one  # one document: its summary


def test_a_second_report_removes_what_the_first_wrote_for_other_documents(tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    for p in (first, second):
        p.write_text(LAKESIDE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")  # not written by a report: kept
    _report(first, out, pdf="none")
    assert (out / "first.json").exists()
    _code, text = _report(second, out, pdf="none")
    assert not (out / "first.json").exists() and (out / "second.json").exists()
    assert (out / "notes.txt").exists()
    assert "1 outputs of an earlier report removed" in text
    assert set(pd.read_csv(out / "overview.csv", encoding="utf-8-sig").document) == {"second.txt"}
    manifest = json.loads((out / run.MANIFEST).read_text(encoding="utf-8"))
    assert manifest["documents"] == {str(second): ["second.json"]}


def test_progress_bar_shows_the_time_left():
    assert any(type(c).__name__ == "TimeRemainingColumn" for c in run.progress_columns())
    console = Console(file=io.StringIO(), width=100, color_system=None, force_terminal=True)
    with run._progress(console, 3, True) as advance:
        advance("a.txt")
    assert "left" in console.file.getvalue()
