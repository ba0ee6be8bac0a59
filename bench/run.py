"""`make bench`: throughput, scaling and the archive path, with the acceptance of issue 12.

    python bench/run.py [--corpus DIR] [--docs 1000] [--quick] [--no-stanza]

1. throughput: the analysis (no PDF, one core) against jieba.lcut of the same text, in the same
   run: the shared corpus, then varied copies (``bench/varied.py``: exact copies would flatter the
   analysis, as cleaning drops repeated articles);
2. scaling: one document of 1, 2, 4 and 8 MB analysed and exported (CPU seconds, each in a fresh
   process), the growth per doubling; then 50 MB: wall time and peak memory;
3. archive: ``report`` over ``--docs`` varied documents with PDFs, then again on the unchanged
   folder (the content cache), against the numbers of ``bench/baseline.toml`` (the merge base);
   ``query`` on the store it wrote; the Dask engine against the local one on a small folder.

``--quick`` skips the 50 MB document and the archive. Nothing here is asserted: it prints.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import varied  # noqa: E402

BASELINE = tomllib.loads((ROOT / "bench" / "baseline.toml").read_text(encoding="utf-8"))
QUERY = "select speaker, avg(boilerplate_ratio) from speakers group by 1"
# One document analysed and exported in a fresh process: prints "analyse_cpu export_cpu".
CHILD = """
import sys, time, warnings
warnings.simplefilter("ignore")
from analyzer import pipeline
from analyzer.export import write_json
t0 = time.process_time(); a = pipeline.analyse(sys.argv[1]); t1 = time.process_time()
with open(sys.argv[2], "w", encoding="utf-8") as fh:
    write_json(a, fh)
print(t1 - t0, time.process_time() - t1)
"""


def verdict(ok: bool) -> str:
    return "ok" if ok else "NOT MET"


# ------------------------------------------------------------------ 1. throughput
def _analyse_all(paths):
    from analyzer.pipeline import analyse_many

    chars = 0
    for path, analysis, err in analyse_many(paths):
        if analysis is not None:
            chars += analysis.document.cleaning.chars_in
        else:
            print(f"  skipped {path}: {err}", file=sys.stderr)
    return chars


def _texts(paths):
    from analyzer.ingest import read_page

    return [read_page(p).text for p in paths]


def _jieba(texts):
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    t0 = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - t0


def measure(label, paths, rounds: int = 2):
    """Characters per second of the analysis and of jieba.lcut, alternated ``rounds`` times (the best
    of each: a shared machine's load comes and goes)."""
    texts = _texts(paths)
    n = sum(map(len, texts))
    t_an = t_jb = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        _analyse_all(paths)
        t_an = min(t_an, time.perf_counter() - t0)
        t_jb = min(t_jb, _jieba(texts))
    an_cps, jb_cps = n / t_an, n / t_jb
    print(f"{label:<28} {len(paths):>5} docs {n:>11,} chars | analysis {an_cps:>11,.0f} chars/s "
          f"| jieba.lcut {jb_cps:>11,.0f} chars/s | ratio {an_cps / jb_cps:5.2f}x")
    return an_cps / jb_cps


# ------------------------------------------------------------------ 2. scaling
def _child(path: Path, out: Path) -> tuple[float, float, float, float]:
    """(analyse CPU s, export CPU s, wall s, peak memory MB) of one document in a fresh process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(out)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    text = proc.stdout.read().decode() if proc.stdout else ""
    if status != 0 or not text.strip():
        raise RuntimeError(f"analysing {path.name} failed (status {status})")
    analyse_s, export_s = map(float, text.split())
    return analyse_s, export_s, wall, usage.ru_maxrss / 1024


def scaling(tmp: Path, sources, big: bool, repeats: int = 3) -> None:
    print(f"\nscaling: one document analysed and exported (CPU seconds, the least of {repeats} fresh processes)")
    sizes, times = BASELINE["scaling"]["megabytes"], []
    for mb, before in zip(sizes, BASELINE["scaling"]["cpu_s"]):
        doc = varied.make_document(tmp / f"{mb}mb.txt", mb, sources)
        a, e, _wall, rss = min((_child(doc, tmp / "out.json") for _ in range(repeats)), key=lambda r: r[0] + r[1])
        times.append(a + e)
        print(f"  {mb:>3} MB: analyse {a:6.1f} s + export {e:5.1f} s = {a + e:6.1f} s  (merge base {before:6.1f} s)"
              f"  peak {rss:5.0f} MB")
    base = BASELINE["scaling"]["cpu_s"]
    growth = [b / a for a, b in zip(times, times[1:])]
    overall = (times[-1] / times[0]) ** (1 / (len(times) - 1))
    print("  growth per doubling: " + ", ".join(f"{g:.2f}" for g in growth) + f"; 1 to 8 MB: {overall:.2f} a doubling"
          + f"  (merge base: {(base[-1] / base[0]) ** (1 / (len(base) - 1)):.2f})")
    print(f"  acceptance: growth per doubling <= 2.3 from 1 to 8 MB: {verdict(overall <= 2.3)}")
    if big:
        doc = varied.make_document(tmp / "50mb.txt", 50, sources)
        a, e, wall, rss = _child(doc, tmp / "out.json")
        print(f"   50 MB: analyse {a:.1f} s + export {e:.1f} s CPU, {wall:.1f} s wall, peak {rss:,.0f} MB")
        print(f"  acceptance: 50 MB in under 2 minutes and 2 GB: {verdict(wall < 120 and rss < 2048)}"
              + ("" if a + e < 120 else " (CPU time over 2 minutes)"))


# ------------------------------------------------------------------ 3. archive
def _timed(args: list[str], env: dict) -> tuple[float, float]:
    """(wall s, CPU s of the process and its children) of one command."""
    t0 = time.perf_counter()
    before = os.times()
    subprocess.run(args, cwd=ROOT, env=env, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = os.times()
    return time.perf_counter() - t0, (after.children_user - before.children_user
                                      + after.children_system - before.children_system)


def archive(tmp: Path, sources, docs: int) -> None:
    base = BASELINE["report"]
    folder, out = tmp / "archive", tmp / "reports"
    varied.make_folder(folder, docs, sources)
    env = {**os.environ, "ANALYZER_CACHE_DIR": str(tmp / "cache")}
    cmd = [sys.executable, "-m", "analyzer", "report", str(folder), "--out", str(out), "--quiet"]
    print(f"\narchive: report over {docs:,} varied documents with PDFs (every core: {os.cpu_count()})")
    first, first_cpu = _timed(cmd, env)
    second, second_cpu = _timed(cmd, env)
    scale = docs / base["documents"]
    today = base["wall_s"] * scale
    print(f"  merge base {BASELINE['commit']}: {today:8.1f} s wall, {base['cpu_s'] * scale:8.1f} s CPU (bench/baseline.toml)")
    print(f"  first run:        {first:8.1f} s wall, {first_cpu:8.1f} s CPU: {today / first:.2f}x faster")
    print(f"  second run:       {second:8.1f} s wall, {second_cpu:8.1f} s CPU: {100 * second / first:.1f}% of the first")
    print(f"  acceptance: >= 4x faster than the merge base: {verdict(today / first >= 4)}; "
          f"second run < 5% of the first: {verdict(second < 0.05 * first)}")
    t0 = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "analyzer", "query", str(out), QUERY, "--csv", "--limit", "0"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    rows = result.stdout.strip().splitlines()
    print(f"  query {QUERY!r}: {len(rows) - 1:,} speakers in {time.perf_counter() - t0:.1f} s"
          f"  acceptance: {verdict(result.returncode == 0 and len(rows) > 1)}")
    dask_check(folder, tmp)


def dask_check(folder: Path, tmp: Path, docs: int = 40) -> None:
    """The Dask engine on a LocalCluster against the local engine, on the first ``docs`` documents."""
    import io

    import distributed
    from rich.console import Console

    from analyzer.corpus import store
    from analyzer.report import run

    small = tmp / "small"
    small.mkdir()
    for p in sorted(folder.glob("*.txt"))[:docs]:
        shutil.copy(p, small / p.name)
    quiet = Console(file=io.StringIO())
    run.report([small], tmp / "local", console=quiet, pdf="none", verbosity="quiet", jobs=1, cache_dir=None)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        run.report([small], tmp / "dask", console=quiet, pdf="none", verbosity="quiet", engine="dask",
                   scheduler=client, cache_dir=None)
    same = all(store.query(tmp / "local" / store.STORE_NAME, f"SELECT * FROM {t} ORDER BY ALL")
               == store.query(tmp / "dask" / store.STORE_NAME, f"SELECT * FROM {t} ORDER BY ALL")
               for t in ("documents", "speakers", "qa_pairs", "figures", "sentences", "turns", "trends"))
    print(f"  Dask (LocalCluster, 2 workers) vs local on {docs} documents: same tables: {verdict(same)}")


# ------------------------------------------------------------------ stanza
def _bench_tiny_stanza_training() -> None:
    """Seconds to train the test suite's tiny stanza models offline (the fixture of tests/test_stanza.py)."""
    sys.path.insert(0, str(ROOT / "tests"))
    tmp = Path(tempfile.mkdtemp(prefix="analyzer-bench-stanza-"))
    try:
        from stanza_fixtures import train_tiny_models

        models = train_tiny_models(tmp)
        print(f"{'tiny stanza models (tests)':<28} trained offline in {models.train_seconds:.1f} s")
    except Exception as err:  # noqa: BLE001 - report, do not fail the benchmark
        print(f"tiny stanza models: not trained ({err})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def stanza(corpus) -> None:
    _bench_tiny_stanza_training()
    try:
        from analyzer.nlp import bench_stanza

        r = bench_stanza(_texts(corpus))
        if "skipped" in r:
            print(f"{'stanza path':<28} skipped: {r['skipped']} (rules NLP: {r['chars_per_s']:,.0f} chars/s)")
        else:
            print(f"{'stanza path (' + r['device'] + ')':<28} load {r['load_s']:.1f} s | cold "
                  f"{r['cold_chars_per_s']:,.0f} chars/s | cached {r['cached_chars_per_s']:,.0f} chars/s "
                  f"({r['stanza_calls_cached']} stanza calls when cached)")
    except Exception as err:  # noqa: BLE001 - report, do not fail the benchmark
        print(f"stanza path: not measured ({err})")


def main() -> int:
    import warnings

    warnings.simplefilter("ignore")
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT / ".." / "shared" / "corpus"))
    ap.add_argument("--docs", type=int, default=1000, help="documents of the archive run")
    ap.add_argument("--quick", action="store_true", help="skip the 50 MB document and the archive run")
    ap.add_argument("--archive-only", action="store_true", help="only the archive run (report, query, Dask)")
    ap.add_argument("--no-stanza", dest="stanza", action="store_false",
                    help="skip the stanza path (measured cold and cached when its models are installed)")
    args = ap.parse_args()
    corpus = sorted(Path(args.corpus).glob("*.txt"))
    if not corpus:
        print(f"bench: no .txt files in {args.corpus}", file=sys.stderr)
        return 2
    sources = [args.corpus, str(ROOT / "transcripts")]
    _analyse_all(corpus[:1])  # warm-up: imports, compiled patterns, OpenCC dictionaries
    tmp = Path(tempfile.mkdtemp(prefix="analyzer-bench-"))
    try:
        if args.archive_only:
            archive(tmp, sources, args.docs)
            return 0
        measure("shared corpus", corpus)
        ratio = measure("varied copies", varied.make_folder(tmp / "varied", 300, sources))
        print(f"  acceptance: analysis >= 3x jieba.lcut on varied text, one core: {verdict(ratio >= 3)} "
              f"(merge base: {BASELINE['throughput']['ratio']:.2f}x)")
        scaling(tmp, sources, big=not args.quick)
        if not args.quick:
            archive(tmp, sources, args.docs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.stanza:
        stanza(corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
