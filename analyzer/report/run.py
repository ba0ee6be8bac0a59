"""`analyzer report`: every document under the given paths -> terminal summaries, a PDF and a JSON
per document, an overview, and corpus-wide tables (CSV and Parquet).

A file that fails is reported in one line and skipped; the others complete. Every output is
written atomically, under a name made safe from the file's stem.
"""
from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional, Sequence

from ..errors import AnalyzerError, NotFound
from ..ingest import HTML_SUFFIXES
from .files import atomic_path, atomic_write, slugify

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Analysis
    from .view import ConferenceView

DOCUMENT_SUFFIXES = (".txt",) + HTML_SUFFIXES
TABLES = ("speakers", "qa_pairs", "figures", "sentences")
EXIT_SOME_FAILED = 1
CSV_ENCODING = "utf-8-sig"  # with a BOM, so Excel on a Chinese Windows reads UTF-8, not GBK mojibake


def find_documents(paths: Iterable) -> list[Path]:
    """Files named directly, and documents (.txt, .html, .htm) found under named folders, sorted.

    Hidden files and folders are skipped; a named path that does not exist is an error.
    """
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES
                                and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        elif p.exists():
            found.append(p)
        else:
            raise NotFound(f"no such file or folder: {p}")
    return list(dict.fromkeys(found))


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


def report(paths: Sequence, out_dir, models: Optional[str] = None, console=None, pdf: bool = True) -> int:
    """Analyse every document under ``paths`` and write the reports to ``out_dir``; 0 if all succeeded."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .. import pipeline
    from ..export import to_json
    from . import overview, terminal, view
    from . import pdf as pdf_report

    console = console or Console()
    files = find_documents(paths)
    if not files:
        raise NotFound(f"no documents ({', '.join(DOCUMENT_SUFFIXES)}) under {', '.join(map(str, paths))}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    failures: list[tuple[Path, str]] = []
    done: list[tuple[str, Analysis, ConferenceView]] = []  # (file name, analysis, view)
    taken: set[str] = set()

    def fail(path: Path, reason: str) -> None:
        failures.append((path, reason))
        print(f"analyzer: skipped {path}: {reason}", file=sys.stderr)

    progress = (Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                         console=console, transient=True) if len(files) > 1 else None)
    with progress if progress is not None else nullcontext():
        task = progress.add_task("analysing", total=len(files)) if progress is not None else None
        for path, analysis, error in _analyse_all(files, models, pipeline):
            if error is not None:
                fail(path, str(error))
            else:
                try:
                    slug = slugify(path.stem, taken)
                    v = view.build(analysis)
                    terminal.render(v, console)
                    atomic_write(out / f"{slug}.json", to_json(analysis) + "\n")
                    if pdf:
                        pdf_report.write(v, out / f"{slug}.pdf")
                    done.append((path.name, analysis, v))
                except AnalyzerError as err:
                    fail(path, str(err))
                except Exception as err:  # noqa: BLE001 - one bad document must not stop the folder
                    fail(path, f"internal error ({type(err).__name__}: {err})")
            if progress is not None and task is not None:
                progress.update(task, advance=1, description=f"{path.name[:30]}")

    if done:
        views = [v for _n, _a, v in done]
        overview.render(views, console)
        write_tables(corpus_tables([(name, a) for name, a, _v in done]), out)
        atomic_write(out / "overview.csv", overview.table(views).to_csv(index=False), encoding=CSV_ENCODING)
        if pdf:
            overview.write_pdf(views, out / "overview.pdf")
    summary = f"{len(done)} of {len(files)} documents reported in {out}"
    if failures:
        summary += f"; {len(failures)} skipped: " + ", ".join(p.name for p, _r in failures)
    console.print(summary)
    return EXIT_SOME_FAILED if failures else 0


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
