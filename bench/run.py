"""Throughput of the whole analysis (no PDF) against jieba.lcut of the same text, measured in the same run.

    python bench/run.py [--corpus DIR] [--megabytes 10] [--stanza]

Prints characters per second for the shared corpus and for a synthetic corpus (the corpus
repeated, as separate files, to at least --megabytes MB), beside jieba's segmentation speed on
exactly the same text, and their ratio (analysis / jieba: > 1 means the analysis is faster than
merely segmenting the text). With --stanza it adds the stanza path (cold and cached) when models
are installed.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


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


def measure(label, paths):
    texts = _texts(paths)
    n = sum(map(len, texts))
    t0 = time.perf_counter()
    _analyse_all(paths)
    t_an = time.perf_counter() - t0
    t_jb = _jieba(texts)
    an_cps, jb_cps = n / t_an, n / t_jb
    print(f"{label:<28} {len(paths):>5} docs {n:>11,} chars | analysis {an_cps:>11,.0f} chars/s "
          f"| jieba.lcut {jb_cps:>11,.0f} chars/s | ratio {an_cps / jb_cps:5.2f}x")
    return an_cps / jb_cps


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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT / ".." / "shared" / "corpus"))
    ap.add_argument("--megabytes", type=float, default=10.0)
    ap.add_argument("--no-stanza", dest="stanza", action="store_false",
                    help="skip the stanza path (measured cold and cached when its models are installed)")
    args = ap.parse_args()
    corpus = sorted(Path(args.corpus).glob("*.txt"))
    if not corpus:
        print(f"bench: no .txt files in {args.corpus}", file=sys.stderr)
        return 2
    # warm-up: imports, compiled patterns, OpenCC dictionaries
    _analyse_all(corpus[:1])
    measure("shared corpus", corpus)
    size = sum(p.stat().st_size for p in corpus)
    copies = max(1, int(args.megabytes * 1_000_000 // size) + 1)
    tmp = Path(tempfile.mkdtemp(prefix="analyzer-bench-"))
    try:
        paths = []
        for i in range(copies):
            for p in corpus:
                q = tmp / f"{i:04d}-{p.name}"
                shutil.copyfile(p, q)
                paths.append(q)
        total = sum(q.stat().st_size for q in paths)
        measure(f"synthetic {total / 1e6:.1f} MB", paths)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.stanza:
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
