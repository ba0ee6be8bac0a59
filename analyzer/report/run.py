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

from ..errors import NotFound
from ..folders import DOCUMENT_SUFFIXES, find_documents, scan
from ..fsnames import shown
from . import outdir, overview
from .files import atomic_path, atomic_write, copy_if_changed, slugify
from .terminal import counted

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Analysis

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


def report(paths: Sequence, out_dir, models: Optional[str] = None, console=None, pdf: Union[bool, str] = True,
           verbosity: str = "auto", jobs: Optional[int] = None, engine: str = "local", scheduler=None,
           cache_dir="default") -> int:
    """Analyse every document under ``paths`` and write the reports to ``out_dir``; 0 if all succeeded.

    ``pdf``: "all" (True), "overview" (the overview PDF only: drawing a PDF per document takes most of a second
    each) or "none" (False).
    ``verbosity``: "auto" prints one document's summary, or only the overview for several;
    "verbose" prints every summary; "quiet" only the closing line (problems go to stderr always).
    Every file a folder holds that is not read is named on stderr with the reason; the output folder
    is checked, locked and cleared of a killed run's temporary files before any document is read.
    ``jobs``, ``engine``, ``scheduler``, ``cache_dir``: where the work runs and what it reuses
    (``analyzer.corpus``: every core, a Dask cluster; the content cache, None for none). The folder's
    tables and overview are read from the store it writes, ``corpus.duckdb``.
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
        return _report(found.files, claim.folder, models, console, pdf, verbosity,
                       dict(jobs=jobs, engine=engine, scheduler=scheduler, cache_dir=cache_dir))


def _report(files: list[Path], out: Path, models: Optional[str], console, pdf: Union[bool, str],
            verbosity: str, where: dict) -> int:
    from rich.console import Console

    from ..corpus import folder
    from ..corpus.work import Screen

    console = console or Console()
    summaries = verbosity == "verbose" or (verbosity == "auto" and len(files) == 1)
    pdfs = {True: "all", False: "none"}.get(pdf, pdf) if isinstance(pdf, bool) else pdf

    with _progress(console, len(files), verbosity != "quiet") as advance:
        outcomes, _stats = folder.analyse(files, models=models, pdf=pdfs == "all", **where,
                                          screen=Screen.of(console) if summaries else None, progress=advance)
    done, written, failures = _place_outputs(outcomes, out, console if summaries else None)
    shared = _folder_outputs(out, done, pdfs != "none", console, verbosity) if done else []
    removed = _replace_manifest(out, written, shared)
    summary = f"{len(done)} of {counted(len(files), 'document')} reported in {shown(out)}"
    if removed:
        summary += f"; {len(removed)} outputs of an earlier report removed"
    if failures:
        summary += f"; {len(failures)} skipped: " + ", ".join(shown(p.name) for p, _r in failures)
    console.print(summary, soft_wrap=True, markup=False, highlight=False)
    return EXIT_SOME_FAILED if failures else 0


def _folder_outputs(out: Path, done, with_pdf: bool, console, verbosity: str) -> list[str]:
    """The store, the folder tables, overview.csv and overview.pdf (all read from the store); when
    the store already held exactly these documents and the files are there, they are kept as they are."""
    from ..corpus import folder

    db, changed = folder.write_store(out, done)
    shared = [db.name] + [f"{t}.{ext}" for t in TABLES for ext in ("csv", "parquet")] + ["overview.csv"]
    shared += ["overview.pdf"] if with_pdf else []
    rows = folder.overview_rows(db)
    if verbosity != "quiet":
        overview.render(rows, console, limit=None if verbosity == "verbose" else overview.SHOWN_IN_TERMINAL)
    if not changed and all((out / name).exists() for name in shared):
        return shared
    write_tables(store_tables(db), out)
    atomic_write(out / "overview.csv", overview.table(rows).to_csv(index=False), encoding=CSV_ENCODING)
    if with_pdf:
        overview.write_pdf(rows, out / "overview.pdf", trends=folder.trends(db))
    return shared


def _place_outputs(outcomes, out: Path, console) -> tuple[list, dict[str, list[str]], list[tuple[Path, str]]]:
    """Each document's JSON (and PDF) copied from its cache entry under a safe name, its summary
    printed (``console``), in input order; failures said on stderr, one line each."""
    from ..corpus.work import EXPORT, NOTES, PDF, Screen

    done, written, failures = [], {}, []
    taken: set[str] = set()
    notes: dict[str, None] = {}
    for o in outcomes:
        if o.file(NOTES) is not None:
            notes.update(dict.fromkeys(o.entry.joinpath(NOTES).read_text(encoding="utf-8").splitlines()))
        if o.entry is None:
            failures.append((o.path, o.error))
            print(f"analyzer: skipped {shown(o.path)}: {o.error}", file=sys.stderr)
            continue
        slug = slugify(o.path.stem, taken)
        outputs = []
        for name, suffix in ((EXPORT, ".json"), (PDF, ".pdf")):
            if o.file(name) is not None:
                copy_if_changed(o.entry / name, out / f"{slug}{suffix}")
                outputs.append(f"{slug}{suffix}")
        if console is not None:
            console.out(o.entry.joinpath(Screen.of(console).file_name).read_text(encoding="utf-8"), end="",
                        highlight=False)
        done.append(o)
        written[shown(o.path)] = outputs
    for note in notes:
        print(f"analyzer: note: {note}", file=sys.stderr)
    return done, written, failures


def store_tables(db: Path) -> dict:
    """The folder tables read from the store, typed as the metrics tables are (``metrics.frame``)."""
    from .. import metrics
    from ..corpus import store

    schemas = {"speakers": metrics.SPEAKER_SCHEMA, "qa_pairs": metrics.QA_SCHEMA,
               "figures": metrics.FIGURE_SCHEMA, "sentences": metrics.SENTENCE_SCHEMA}
    frames = store.folder_tables(db, {name: tuple(schema) for name, schema in schemas.items()})
    return {name: metrics.frame(frames[name].to_dict("records"), {"document": "string", **schemas[name]})
            for name in TABLES}


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
        yield lambda *_a: None
        return
    with Progress(*progress_columns(), console=console, transient=True) as progress:
        task = progress.add_task("analysing", total=total)

        def advance(name: str, done: Optional[int] = None, of: Optional[int] = None) -> None:
            """One more file done, or (with ``done``) the pass ``name`` at ``done`` of ``of``."""
            if done is None:
                progress.update(task, advance=1, description=name[:30])
            else:
                progress.update(task, completed=done, total=of, description=name[:30])

        yield advance


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
