"""`analyzer report`: every document under the given paths -> terminal summaries, a PDF and a JSON
per document, an overview, and corpus-wide tables (CSV and Parquet).

A file that fails is reported in one line and skipped; the others complete. Every output is
written atomically, under a name made safe from the file's stem.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence, Union

from ..errors import AnalyzerError, NotFound, WriteFailed
from ..folders import DOCUMENT_SUFFIXES, find_documents, scan
from ..fsnames import shown
from . import outdir
from .files import atomic_path, atomic_write, slugify

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Analysis
    from .view import ConferenceView

__all__ = ["DOCUMENT_SUFFIXES", "find_documents", "report"]
TABLES = ("speakers", "qa_pairs", "figures", "sentences")
EXIT_SOME_FAILED = 1
CSV_ENCODING = "utf-8-sig"  # with a BOM, so Excel on a Chinese Windows reads UTF-8, not GBK mojibake


def _cell_for_csv(x):
    if isinstance(x, (list, tuple, dict)):
        return json.dumps(x, ensure_ascii=False)
    return x


def _cell_for_parquet(x):
    return json.dumps(x, ensure_ascii=False) if isinstance(x, dict) else x


def corpus_tables(analyses: Sequence[tuple[str, Analysis]]) -> dict:
    """The per-document metrics tables stacked, with a leading ``document`` column (the file name)."""
    import pandas as pd

    from .. import metrics

    builders = {"speakers": (metrics.speakers_table, metrics.SPEAKER_SCHEMA),
                "qa_pairs": (metrics.qa_table, metrics.QA_SCHEMA),
                "figures": (metrics.figures_table, metrics.FIGURE_SCHEMA),
                "sentences": (metrics.sentences_table, metrics.SENTENCE_SCHEMA)}
    out = {}
    for name, (builder, schema) in builders.items():
        frames = []
        for document, analysis in analyses:
            frame = builder(analysis)
            frame.insert(0, "document", pd.array([document] * len(frame), dtype="string"))
            frames.append(frame)
        nonempty = [f for f in frames if len(f)]
        out[name] = (pd.concat(nonempty, ignore_index=True) if nonempty
                     else metrics.frame([], {"document": "string", **schema}))
    return out


def write_tables(tables: dict, out_dir: Path) -> list[Path]:
    """Each table as CSV (lists and dicts as JSON text) and Parquet (lists native, dicts as JSON)."""
    written = []
    for name, frame in tables.items():
        csv_frame = frame.copy()
        pq_frame = frame.copy()
        for col in frame.columns:
            if frame[col].dtype == object:
                csv_frame[col] = frame[col].map(_cell_for_csv)
                pq_frame[col] = frame[col].map(_cell_for_parquet)
        csv_path, pq_path = out_dir / f"{name}.csv", out_dir / f"{name}.parquet"
        atomic_write(csv_path, csv_frame.to_csv(index=False), encoding=CSV_ENCODING)
        with atomic_path(pq_path) as tmp:
            pq_frame.to_parquet(tmp, index=False)
        written += [csv_path, pq_path]
    return written


MANIFEST = "manifest.json"  # what the last report wrote here, so the next one can remove what it no longer lists


PDF_CHOICES = ("all", "overview", "none")


def report(paths: Sequence, out_dir, models: Optional[str] = None, console=None, pdf: Union[bool, str] = True,
           verbosity: str = "auto") -> int:
    """Analyse every document under ``paths`` and write the reports to ``out_dir``; 0 if all succeeded.

    ``pdf``: "all" (True), "overview" (the overview PDF only: drawing a PDF per document takes a second
    or two each) or "none" (False).
    ``verbosity``: "auto" prints one document's summary, or only the overview for several;
    "verbose" prints every summary; "quiet" only the closing line (problems go to stderr always).
    Every file a folder holds that is not read is named on stderr with the reason; the output folder
    is checked, locked and cleared of a killed run's temporary files before any document is read.
    """
    found = scan(paths)
    for path, reason in found.passed_over:
        print(f"analyzer: passed over {shown(path)}: {reason}", file=sys.stderr)
    if not found.files:
        raise NotFound(f"no documents ({', '.join(DOCUMENT_SUFFIXES)}) under {', '.join(map(shown, paths))}")
    with outdir.claimed(out_dir) as claim:  # checked and locked before any analysis
        if claim.stale_removed:
            print(f"analyzer: removed {len(claim.stale_removed)} temporary file(s) that an interrupted run left in "
                  f"{shown(claim.folder)}", file=sys.stderr)
        return _report(found.files, claim.folder, models, console, pdf, verbosity)


def _report(files: list[Path], out: Path, models: Optional[str], console, pdf: Union[bool, str],
            verbosity: str) -> int:
    from rich.console import Console

    from .. import pipeline
    from ..export import to_json
    from . import overview, terminal, view
    from . import pdf as pdf_report

    console = console or Console()
    summaries = verbosity == "verbose" or (verbosity == "auto" and len(files) == 1)
    pdfs = {True: "all", False: "none"}.get(pdf, pdf) if isinstance(pdf, bool) else pdf

    failures: list[tuple[Path, str]] = []
    done: list[tuple[str, Analysis, ConferenceView]] = []  # (file name, analysis, view)
    written: dict[str, list[str]] = {}  # file name -> the outputs written for it
    taken: set[str] = set()

    def fail(path: Path, reason: str) -> None:
        failures.append((path, reason))
        print(f"analyzer: skipped {shown(path)}: {reason}", file=sys.stderr)

    with _progress(console, len(files), verbosity != "quiet") as advance:
        for path, analysis, error in _analyse_all(files, models, pipeline):
            if error is not None:
                fail(path, str(error))
            else:
                try:
                    slug = slugify(path.stem, taken)
                    v = view.build(analysis)
                    if summaries:
                        terminal.render(v, console)
                    atomic_write(out / f"{slug}.json", to_json(analysis) + "\n")
                    outputs = [f"{slug}.json"]
                    if pdfs == "all":
                        pdf_report.write(v, out / f"{slug}.pdf")
                        outputs.append(f"{slug}.pdf")
                    done.append((shown(path.name), analysis, v))
                    written[shown(path)] = outputs
                except WriteFailed:
                    raise  # the output folder failed: every document would
                except AnalyzerError as err:
                    fail(path, str(err))
                except Exception as err:  # noqa: BLE001 - one bad document must not stop the folder
                    fail(path, f"internal error ({type(err).__name__}: {err})")
            advance(shown(path.name))

    shared: list[str] = []
    if done:
        views = [v for _n, _a, v in done]
        if verbosity != "quiet":
            overview.render(views, console, limit=None if verbosity == "verbose" else overview.SHOWN_IN_TERMINAL)
        shared += [p.name for p in write_tables(corpus_tables([(name, a) for name, a, _v in done]), out)]
        atomic_write(out / "overview.csv", overview.table(views).to_csv(index=False), encoding=CSV_ENCODING)
        shared.append("overview.csv")
        if pdfs != "none":
            overview.write_pdf(views, out / "overview.pdf")
            shared.append("overview.pdf")
    removed = _replace_manifest(out, written, shared)
    summary = f"{len(done)} of {len(files)} documents reported in {shown(out)}"
    if removed:
        summary += f"; {len(removed)} outputs of an earlier report removed"
    if failures:
        summary += f"; {len(failures)} skipped: " + ", ".join(shown(p.name) for p, _r in failures)
    console.print(summary, soft_wrap=True, markup=False, highlight=False)
    return EXIT_SOME_FAILED if failures else 0


def progress_columns() -> tuple:
    """What the folder's progress bar shows: file, bar, n of total, time taken and the time left."""
    from rich.progress import (BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    return (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("left"), TimeRemainingColumn())


@contextmanager
def _progress(console, total: int, show: bool):
    """A progress bar with the time left (for more than one file), as ``advance(name)``."""
    from rich.progress import Progress

    if total < 2 or not show:
        yield lambda _name: None
        return
    with Progress(*progress_columns(), console=console, transient=True) as progress:
        task = progress.add_task("analysing", total=total)
        yield lambda name: progress.update(task, advance=1, description=name[:30])


def _replace_manifest(out: Path, written: dict[str, list[str]], shared: list[str]) -> list[str]:
    """Record what this report wrote; remove what the previous report in ``out`` wrote and this one did
    not (the outputs of documents no longer reported), so the folder matches its overview.

    Only files named in the previous manifest are ever removed, and only plain names inside ``out``.
    """
    path = out / MANIFEST
    try:
        previous = json.loads(path.read_text(encoding="utf-8"))
        old = {name for names in previous.get("documents", {}).values() for name in names}
        old |= set(previous.get("shared", []))
    except (OSError, ValueError, AttributeError):
        old = set()
    keep = {name for names in written.values() for name in names} | set(shared) | {MANIFEST}
    removed = []
    for name in sorted(old - keep):
        target = out / name
        if Path(name).name == name and target.is_file():
            target.unlink()
            removed.append(name)
    atomic_write(path, json.dumps({"documents": written, "shared": shared}, ensure_ascii=False, indent=1) + "\n")
    return removed


def _analyse_all(files: list[Path], models, pipeline):
    """pipeline.analyse_many; if it breaks on an unexpected error, the files it had not yet yielded
    are analysed one at a time, so the culprit is reported and the others still complete."""
    remaining = list(files)
    try:
        for path, analysis, error in pipeline.analyse_many(files, models=models):
            if remaining and Path(remaining[0]) == Path(path):
                remaining.pop(0)
            yield Path(path), analysis, error
        return
    except Exception:  # noqa: BLE001 - fall back to one file at a time below
        pass
    for path in remaining:
        try:
            yield path, pipeline.analyse(path, models=models), None
        except Exception as err:  # noqa: BLE001
            yield path, None, err if isinstance(err, AnalyzerError) else f"internal error ({type(err).__name__}: {err})"
