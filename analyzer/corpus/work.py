"""What one document costs, as pure functions of (path, options) -> files: run the same way in
this process, in a process pool, or on a Dask worker, and stored in the cache by the caller.

``prepare`` cleans a document and lists its n-grams (the corpus evidence needs every document
cleaned before any is measured); ``process`` analyses it with that evidence and renders what the
report wants: the JSON export, the store's table partitions, the terminal summary, the PDF.
"""
from __future__ import annotations

import io
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

ERROR = "error.txt"
NGRAMS = "ngrams.parquet"
EXPORT = "export.json"
PDF = "report.pdf"
NOTES = "notes.txt"


@dataclass(frozen=True)
class Screen:
    """The console a terminal summary is rendered for (the text is cached per screen)."""

    width: int = 80
    color_system: Optional[str] = None
    force_terminal: Optional[bool] = None
    no_color: bool = False

    @property
    def file_name(self) -> str:
        return f"terminal-{self.width}-{self.color_system or 'plain'}{'-nocolor' if self.no_color else ''}.txt"

    @classmethod
    def of(cls, console) -> "Screen":
        return cls(width=console.width, color_system=console.color_system,
                   force_terminal=console.is_terminal or None, no_color=bool(console.no_color))


@dataclass(frozen=True)
class Task:
    """One document to analyse and what to render of it (``wanted`` names the files missing)."""

    path: str
    document: str  # the file name: the ``document`` column of every table
    key: str  # the analysis key: the cache entry the files go to
    wanted: tuple[str, ...]
    screen: Screen = Screen()
    models: Optional[str] = None
    evidence: Optional[str] = None  # a file of the corpus n-grams (``evidence_file``); None: phrase list only


# Per process: the NLP backend and the corpus evidence, loaded by the first task that needs them.
_STATE: dict = {}


def use(models: Optional[str], reused: Optional[frozenset[str]], evidence: Optional[str] = None) -> None:
    """Load the backend and keep the corpus evidence for the tasks this process runs."""
    import warnings

    from .. import pipeline

    if "backend" not in _STATE or _STATE.get("models") != models:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the parent said it once already
            _STATE["backend"], _STATE["models"] = pipeline._backend(models), models
    _STATE["reused"], _STATE["evidence"], _STATE["remote"] = reused or None, evidence, None


def evidence_file(reused: frozenset[str]) -> str:
    """The text of an evidence file: a header line, then one n-gram a line, sorted."""
    return "ngrams\n" + "\n".join(sorted(reused))


def read_evidence(text: Optional[str]) -> Optional[frozenset[str]]:
    """The n-grams of an evidence file's text; None when it is not one."""
    if text is None or not text.startswith("ngrams\n"):
        return None
    return frozenset(text.split("\n")[1:]) - {""}


def prepare(path: str) -> dict[str, bytes]:
    """Clean one document: its n-grams, or the one-line error that keeps it out of the report."""
    from ..clean import clean
    from ..errors import AnalyzerError
    from ..ingest import read_page
    from .evidence import ngram_parquet

    try:
        return {NGRAMS: ngram_parquet(clean(read_page(path)).simplified)}
    except AnalyzerError as err:
        return {ERROR: str(err).encode("utf-8")}
    except Exception as err:  # noqa: BLE001 - one bad document must not stop the folder
        return {ERROR: f"internal error ({type(err).__name__}: {err})".encode("utf-8")}


def process(task: Task) -> dict[str, bytes]:
    """Analyse one document and render the wanted files (or an error.txt saying why not)."""
    if "backend" not in _STATE or _STATE.get("models") != task.models or _STATE.get("evidence") != task.evidence:
        text = Path(task.evidence).read_text(encoding="utf-8") if task.evidence else None
        use(task.models, read_evidence(text), task.evidence)
    return _run(task)


def process_remote(task: Task, reused: frozenset[str]) -> dict[str, bytes]:
    """``process`` on a Dask worker: the evidence arrives with the task (scattered once, so the
    same object each time), and the worker's threads take turns, as matplotlib draws one figure
    at a time."""
    with _LOCK:
        if _STATE.get("remote") is not reused or _STATE.get("models") != task.models:
            use(task.models, reused)
            _STATE["remote"] = reused
        return _run(task)


def _run(task: Task) -> dict[str, bytes]:
    """The task's files; the warnings raised on the way (a glyph no font has) go in notes.txt, so
    the parent says them, once each, wherever the work ran."""
    import warnings

    from ..errors import AnalyzerError

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            files = _render(task, _analyse(task.path))
        except AnalyzerError as err:
            return {ERROR: str(err).encode("utf-8")}
        except Exception as err:  # noqa: BLE001 - one bad document must not stop the folder
            return {ERROR: f"internal error ({type(err).__name__}: {err})".encode("utf-8")}
    notes = dict.fromkeys(str(w.message) for w in caught)
    if notes:
        files[NOTES] = "\n".join(notes).encode("utf-8")
    return files


_LOCK = threading.Lock()


def _analyse(path: str):
    from .. import pipeline
    from ..clean import clean
    from ..ingest import read_page

    return pipeline._analyse_document(clean(read_page(path)), _STATE["backend"], _STATE["reused"])


def _render(task: Task, analysis) -> dict[str, bytes]:
    from ..export import to_json
    from ..fsnames import shown
    from ..report import view
    from .rows import document_tables

    out: dict[str, bytes] = {EXPORT: (to_json(analysis) + "\n").encode("utf-8")}
    out.update(document_tables(analysis, task.document, shown(task.path), task.key))
    v = view.build(analysis)
    if task.screen.file_name in task.wanted:
        out[task.screen.file_name] = _terminal(v, task.screen).encode("utf-8")
    if PDF in task.wanted:
        out[PDF] = _pdf(v)
    return out


def _terminal(v, screen: Screen) -> str:
    from rich.console import Console

    from ..report import terminal

    console = Console(file=io.StringIO(), width=screen.width, color_system=screen.color_system,  # type: ignore[arg-type]
                      force_terminal=screen.force_terminal, soft_wrap=False, no_color=screen.no_color)
    terminal.render(v, console)
    return console.file.getvalue()  # type: ignore[attr-defined]


def _pdf(v) -> bytes:
    from ..report import pdf

    with tempfile.TemporaryDirectory(prefix="analyzer-pdf-") as tmp:
        path = Path(tmp) / PDF
        pdf.write(v, path)
        return path.read_bytes()
