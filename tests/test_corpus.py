"""The archive layer: the content cache, one or several processes, the corpus evidence counted in
DuckDB, the store and its trends, `query`, and the Dask engine against the local one.

The folder is invented: variants of one invented conference (other city, people, numbers, dates),
some of them sharing a stock formula, so the corpus evidence (n-grams in 30-75% of documents) applies.
"""
from __future__ import annotations

import io
import json
import random
import shutil
from pathlib import Path

import pandas as pd
import pytest
from rich.console import Console

from analyzer import boilerplate, cli, pipeline
from analyzer.clean import clean
from analyzer.corpus import build, cache, engines, evidence, folder, store, work
from analyzer.export import to_json
from analyzer.ingest import read_page
from analyzer.report import run

LAKESIDE = Path(__file__).resolve().parent / "data" / "lakeside-2024-07-09-heat-conference.txt"
CITIES = ["湖滨", "河西", "山南", "江北", "云阳", "石门"]
PEOPLE = [("周明远", "林秀芳"), ("何建国", "孙丽华"), ("马振东", "高雅琴"), ("郑海涛", "罗晓梅")]
FORMULA = "我们将坚定不移贯彻新发展理念持续巩固提升生态环境质量改善成果。"


def _variant(k: int) -> str:
    """The invented conference with another city, officials, year, numbers; every third shares a formula."""
    rng = random.Random(k)
    text = LAKESIDE.read_text(encoding="utf-8")
    a, b = PEOPLE[k % len(PEOPLE)]
    text = text.replace("湖滨", CITIES[k % len(CITIES)]).replace("周明远", a).replace("林秀芳", b)
    text = text.replace("周局长", a[0] + "局长").replace("2024", str(2016 + k % 8))
    text = "".join(str(rng.randint(1, 9)) if ch.isdigit() and i > 60 else ch for i, ch in enumerate(text))
    if k % 3 == 0:
        text = text.replace("谢谢您的提问。", "谢谢您的提问。" + FORMULA)
    return text


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("archive")
    for k in range(14):
        (src / f"conference-{k:02d}.txt").write_text(_variant(k), encoding="utf-8")
    (src / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return src


def _files(src: Path) -> list[Path]:
    return run.find_documents([src])


def _run(src: Path, jobs: int, root, **kw):
    return folder.analyse(_files(src), jobs=jobs, cache_dir=root, pdf=False, **kw)


def test_the_corpus_evidence_applies_and_matches_the_in_memory_count(archive, tmp_path):
    texts = [clean(read_page(p)).simplified for p in _files(archive) if p.name != "broken.txt"]
    in_memory = boilerplate.reused_ngrams(texts)
    assert in_memory and any(g in FORMULA for g in in_memory)  # the shared formula is reused evidence
    files = []
    for n, t in enumerate(texts):
        files.append(tmp_path / f"{n}.parquet")
        files[-1].write_bytes(evidence.ngram_parquet(t))
    assert evidence.reused_ngrams(files) == in_memory
    assert evidence.reused_ngrams(files[:boilerplate.MIN_DOCS - 1]) == frozenset()


def test_one_and_two_processes_give_the_same_outputs_as_analyse_many(archive, tmp_path):
    one, stats1 = _run(archive, 1, tmp_path / "c1")
    two, stats2 = _run(archive, 2, tmp_path / "c2")
    assert stats1.evidence == stats2.evidence == "phrase list + corpus reuse"
    reference = {p.name: to_json(a) + "\n" for p, a, _e in pipeline.analyse_many(_files(archive)) if a}
    assert [o.path for o in one] == [o.path for o in two] == _files(archive)
    for a, b in zip(one, two):
        if a.path.name == "broken.txt":
            assert a.entry is None and b.entry is None and "PNG" in a.error and a.error == b.error
            continue
        assert a.key == b.key
        assert (a.entry / work.EXPORT).read_text(encoding="utf-8") == reference[a.path.name]
        assert (b.entry / work.EXPORT).read_text(encoding="utf-8") == reference[a.path.name]
        for t in ("documents", "speakers", "sentences"):
            left = pd.read_parquet(a.entry / "tables" / f"{t}.parquet")
            assert left.equals(pd.read_parquet(b.entry / "tables" / f"{t}.parquet"))


def test_a_second_run_takes_everything_from_the_cache(archive, tmp_path):
    first, stats = _run(archive, 1, tmp_path / "c")
    assert stats.prepared == len(first) and stats.analysed == len(first) - 1 and stats.cached == 0
    again, stats = _run(archive, 1, tmp_path / "c")
    assert stats.prepared == 0 and stats.analysed == 0 and stats.cached == len(first) - 1
    assert [o.entry for o in again] == [o.entry for o in first]
    assert not any(o.computed for o in again)
    # a changed document is analysed again; the evidence of the corpus changes, so every other one too
    changed = tmp_path / "changed"
    shutil.copytree(archive, changed)
    (changed / "conference-05.txt").write_text(_variant(5) + "\n补充说明。\n", encoding="utf-8")
    _out, stats = _run(changed, 1, tmp_path / "c")
    assert stats.prepared == len(first) and stats.analysed == len(first) - 1


def test_without_a_cache_nothing_is_stored(archive, tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYZER_CACHE_DIR", str(tmp_path / "never"))
    outcomes, stats = _run(archive, 1, None)
    assert stats.cached == 0 and all(o.file(work.EXPORT) for o in outcomes if o.path.name != "broken.txt")
    assert not (tmp_path / "never").exists()


@pytest.fixture(scope="module")
def reported(archive, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    console = Console(file=io.StringIO(), width=100, color_system=None)
    code = run.report([archive], out, console=console, pdf="overview", jobs=2)
    return code, out, console.file.getvalue()


def test_the_store_holds_every_table_with_the_document_on_every_row(reported, archive):
    code, out, _text = reported
    assert code == run.EXIT_SOME_FAILED  # broken.txt
    db = out / store.STORE_NAME
    documents = {p.name for p in _files(archive)} - {"broken.txt"}
    for table in ("documents", "participants", "turns", "qa_pairs", "figures", "sentences", "speakers"):
        columns, rows = store.query(db, f"SELECT document, count(*) FROM {table} GROUP BY 1")
        assert {d for d, _n in rows} == documents, table
    _c, [(n,)] = store.query(db, "SELECT count(*) FROM documents WHERE document IS NULL OR key IS NULL")
    assert n == 0
    # the folder tables are the store's: the same rows as the tables built from the analyses in memory
    analyses = [(p.name, a) for p, a, _e in pipeline.analyse_many(_files(archive)) if a]
    for name, frame in run.corpus_tables(analyses).items():
        written = pd.read_parquet(out / f"{name}.parquet")
        assert len(written) == len(frame) and list(written.columns) == list(frame.columns), name
    csv = (out / "speakers.csv").read_text(encoding="utf-8-sig")
    assert csv.splitlines()[0].startswith("document,participant,name")


def test_trends_per_speaker_and_body_by_year(reported):
    _code, out, _text = reported
    db = out / store.STORE_NAME
    trends = folder.trends(db)
    assert {r["level"] for r in trends} == {"speaker", "body"}
    for r in trends:
        assert r["year"] and r["documents"] >= 1
        assert r["boilerplate_share"] is None or 0 <= r["boilerplate_share"] <= 1
    _c, rows = store.query(db, "SELECT sum(documents) FROM trends WHERE level = 'body'")
    assert rows == [(14,)]  # each dated document once, under its city
    assert (out / "overview.pdf").stat().st_size > 10_000


def test_query_prints_a_table_or_csv(reported, capsys):
    _code, out, _text = reported
    sql = "select speaker, avg(boilerplate_ratio) from speakers group by 1 order by 1"
    assert cli.main(["query", str(out / store.STORE_NAME), sql, "--csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "speaker,avg(boilerplate_ratio)" and len(lines) == 1 + 2 * len(PEOPLE)
    assert cli.main(["query", str(out), sql]) == 0  # the report folder names its store
    assert "avg(boilerplate_ratio)" in capsys.readouterr().out
    assert cli.main(["query", str(out), "select nonsense from nowhere"]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "query failed" in err[0]
    assert cli.main(["query", str(out / "missing.duckdb"), sql]) != 0


def test_a_rerun_on_the_unchanged_folder_rewrites_nothing(reported, archive):
    _code, out, _text = reported
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    console = Console(file=io.StringIO(), width=100, color_system=None)
    run.report([archive], out, console=console, pdf="overview", jobs=2)
    after = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    kept = [n for n in before if n.endswith(".json") and n != "manifest.json"] + [store.STORE_NAME]
    assert all(before[n] == after[n] for n in kept)


def test_dask_gives_the_same_store_as_the_local_engine(archive, tmp_path):
    distributed = pytest.importorskip("distributed")
    local_out, dask_out = tmp_path / "local", tmp_path / "dask"
    console = Console(file=io.StringIO(), width=100, color_system=None)
    run.report([archive], local_out, console=console, pdf="none", jobs=1, cache_dir=tmp_path / "c1")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            run.report([archive], dask_out, console=console, pdf="none", engine="dask", scheduler=client,
                       cache_dir=tmp_path / "c2")
    for table in ("documents", "participants", "turns", "qa_pairs", "figures", "sentences", "speakers", "trends"):
        sql = f"SELECT * FROM {table} ORDER BY ALL"
        assert store.query(local_out / store.STORE_NAME, sql) == store.query(dask_out / store.STORE_NAME, sql), table
    for p in local_out.glob("conference-*.json"):
        assert json.loads(p.read_text(encoding="utf-8")) == json.loads((dask_out / p.name).read_text(encoding="utf-8"))


def test_engine_arguments_fail_in_one_line(archive, tmp_path, capsys):
    assert cli.main(["report", str(archive), "--out", str(tmp_path / "o"), "--engine", "dask"]) != 0
    assert "--scheduler" in capsys.readouterr().err
    assert cli.main(["report", str(archive), "--out", str(tmp_path / "o"), "--jobs", "0"]) != 0
    assert "--jobs" in capsys.readouterr().err
    with pytest.raises(Exception, match="unknown engine"):
        engines.engine("spark")


def test_cache_keys_follow_bytes_path_and_backend(tmp_path):
    assert cache.document_key(b"x", "a.txt", "rules|None") != cache.document_key(b"y", "a.txt", "rules|None")
    assert cache.document_key(b"x", "a.txt", "rules|None") != cache.document_key(b"x", "b.txt", "rules|None")
    assert cache.document_key(b"x", "a.txt", "rules|None") != cache.document_key(b"x", "a.txt", "stanza|zh")
    c = cache.Cache(tmp_path)
    assert c.get("analyses", "ab" * 32) is None
    entry = c.put("analyses", "ab" * 32, {"export.json": b"{}", "tables/x.parquet": b"1"})
    assert entry == c.get("analyses", "ab" * 32) and (entry / "tables" / "x.parquet").read_bytes() == b"1"
    c.put("analyses", "ab" * 32, {"report.pdf": b"%PDF"})  # a later file joins the entry
    assert (entry / "report.pdf").read_bytes() == b"%PDF"
    assert not [p for p in entry.parent.iterdir() if p.name.startswith(".")]
    assert build.Outcome(Path("x"), entry=entry).file("missing") is None


def test_cache_keys_follow_the_versions_of_the_libraries_that_shape_a_result(monkeypatch):
    """A new gazetteer (cpca) or conversion table (opencc) must miss the cache like an edited rule."""
    from importlib import metadata

    real = metadata.version
    before = cache.code_digest.__wrapped__()
    assert "cpca==" + real("cpca") in cache.library_versions()
    monkeypatch.setattr(metadata, "version", lambda name: "0.0.1" if name == "cpca" else real(name))
    assert "cpca==0.0.1" in cache.library_versions()
    assert cache.code_digest.__wrapped__() != before
