"""The hand-labelled figures of four corpus documents (tests/data/corpus_figures.tsv): value and
unit exact for every one, kind for 95%, and the metric (what the figure measures) for at least 90%.

Each row is found in the cleaned document by its text nearest its labelled offset, so a small
shift from a change in cleaning does not lose it."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pytest

from analyzer.clean import clean
from analyzer.figures import describe, find_figures
from analyzer.ingest import read_page

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus"
DATA = ROOT / "tests" / "data" / "corpus_figures.tsv"
MAX_SHIFT = 400  # characters a labelled figure may move when cleaning changes


def labels() -> list[dict]:
    with DATA.open(encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


@lru_cache(maxsize=None)
def figures_of(document: str):
    doc = clean(read_page(CORPUS / document))
    return tuple(find_figures(doc.text, doc.simplified))


def found(row: dict):
    near = [f for f in figures_of(row["document"]) if f.text == row["text"]
            and abs(f.start - int(row["start"])) <= MAX_SHIFT]
    return min(near, key=lambda f: abs(f.start - int(row["start"])), default=None)


pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")


def test_the_labelled_set_has_150_figures():
    assert len(labels()) >= 150


def test_values_and_units_exact_kinds_and_metrics_mostly(capsys):
    rows = labels()
    missing, wrong_value, wrong_kind, wrong_metric = [], [], [], []
    for row in rows:
        f = found(row)
        if f is None:
            missing.append(row["text"])
            continue
        if abs(f.value - float(row["value"])) > 1e-6 * max(1.0, abs(float(row["value"]))) or f.unit != row["unit"]:
            wrong_value.append(describe(f))
        if f.kind != row["kind"]:
            wrong_kind.append(describe(f))
        if f.metric != row["metric"]:
            wrong_metric.append(f"{row['metric']} <- {describe(f)}")
    n = len(rows)
    with capsys.disabled():
        print(f"\ncorpus figures: {n} labelled; value+unit {n - len(missing) - len(wrong_value)}/{n}, "
              f"kind {n - len(wrong_kind)}/{n}, metric {n - len(missing) - len(wrong_metric)}/{n} "
              f"({1 - (len(missing) + len(wrong_metric)) / n:.1%})")
        for line in wrong_metric:
            print("  metric:", line)
    assert missing == [] and wrong_value == []
    assert len(wrong_kind) <= 0.05 * n, wrong_kind
    assert len(wrong_metric) <= 0.10 * n, wrong_metric
