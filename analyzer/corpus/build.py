"""A folder of documents through the cache and an engine, in two passes.

1. prepare: every document cleaned once, its n-grams kept (cached by its bytes);
2. the corpus evidence: the n-grams shared by 30-75% of the documents (cached by the set of documents);
3. process: each document analysed with that evidence and rendered (cached by document and evidence).

Only what the cache lacks is computed; the result lists, in the order of the input, where each
document's files are, or why it failed. The caller holds these, never the analyses.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from .. import boilerplate
from ..fsnames import shown
from . import cache as C
from . import work
from .engines import Engine

PREPARED, ANALYSES = "prepared", "analyses"


@dataclass(frozen=True)
class Outcome:
    """One document: the cache entry with its files, or the error that kept it out."""

    path: Path
    entry: Optional[Path] = None
    error: Optional[str] = None
    key: Optional[str] = None
    computed: bool = False  # analysed in this run (not found in the cache)

    def file(self, name: str) -> Optional[Path]:
        return self.entry / name if self.entry is not None and (self.entry / name).exists() else None


@dataclass
class Stats:
    """What this run computed and what it found in the cache."""

    prepared: int = 0
    analysed: int = 0
    cached: int = 0
    evidence: str = "phrase list"
    notes: list[str] = field(default_factory=list)


Progress = Callable[[str, int, int], None]  # (phase, done, total)


def backend_identity(models: Optional[str]) -> str:
    """The NLP backend as it affects results (rules, or stanza with its models)."""
    from .. import pipeline

    info = pipeline._backend(models).info  # says once, here, when the stanza models are missing
    return f"{info.backend}|{info.models}"


def run(paths: Sequence[Path], engine: Engine, cache: C.Cache, *, models: Optional[str] = None,
        wanted: Sequence[str] = (work.EXPORT,), screen: Optional[work.Screen] = None,
        progress: Optional[Progress] = None, stats: Optional[Stats] = None) -> list[Outcome]:
    """Every document of ``paths`` prepared, measured against the corpus evidence and rendered."""
    stats = stats if stats is not None else Stats()
    note = progress or (lambda *_a: None)
    backend = backend_identity(models)
    keys = [_key(Path(p), backend) for p in paths]
    prepared = _prepare(paths, keys, engine, cache, note, stats)
    ok = [i for i, e in enumerate(prepared) if e is not None and (e / work.NGRAMS).exists()]
    reused, evidence_path = _evidence([keys[i] for i in ok], [prepared[i] / work.NGRAMS for i in ok],  # type: ignore[operator]
                                      cache)
    stats.evidence = boilerplate.evidence_label(reused)
    evidence = C.digest(*sorted(reused))
    outcomes = [Outcome(Path(p), error=_error(e)) for p, e in zip(paths, prepared)]
    for i in ok:
        outcomes[i] = Outcome(Path(paths[i]), key=C.digest(keys[i], evidence))
    todo = _todo(outcomes, cache, tuple(wanted), screen or work.Screen(), models, evidence_path)
    stats.cached = sum(1 for o in outcomes if o.entry is not None)
    return _process(outcomes, todo, engine, cache, reused, note, stats)


def _key(path: Path, backend: str) -> str:
    """The document's cache key; a file that cannot be read gets a key never seen again (its error
    is reported by the cleaning pass, and not kept)."""
    try:
        return C.document_key(path.read_bytes(), str(path), backend)
    except OSError:
        import uuid

        return C.digest("unreadable", str(path), uuid.uuid4().hex)


def _error(entry: Optional[Path]) -> Optional[str]:
    if entry is None:
        return "not prepared"
    err = entry / work.ERROR
    return err.read_text(encoding="utf-8") if err.exists() else None


def _prepare(paths, keys, engine: Engine, cache: C.Cache, note: Progress, stats: Stats) -> list[Optional[Path]]:
    entries = [cache.get(PREPARED, k) for k in keys]
    todo = [i for i, e in enumerate(entries) if e is None]
    for n, (j, files) in enumerate(engine.prepare([str(paths[i]) for i in todo]), 1):
        i = todo[j]
        entries[i] = cache.put(PREPARED, keys[i], files) or _scratch(files)
        note("cleaning", n, len(todo))
    stats.prepared = len(todo)
    return entries


def _evidence(keys: list[str], files: list[Path], cache: C.Cache) -> tuple[frozenset[str], Optional[str]]:
    """The reused n-grams of these documents (from the cache when the same set was counted before),
    and the file that holds them for the workers (None when there are none)."""
    from .. import boilerplate
    from .evidence import reused_ngrams

    if len(keys) < boilerplate.MIN_DOCS:
        return frozenset(), None
    name = f"evidence/{C.digest(*sorted(keys))}.txt"
    reused = work.read_evidence(cache.text(name))
    if reused is None:
        reused = reused_ngrams(files)
        cache.put_text(name, work.evidence_file(reused))
    if not reused:
        return reused, None
    stored = cache.root / name if cache.root is not None else None
    if stored is None or not stored.exists():
        stored = _scratch({"evidence.txt": work.evidence_file(reused).encode("utf-8")}) / "evidence.txt"
    return reused, str(stored)


def _todo(outcomes: list[Outcome], cache: C.Cache, wanted, screen, models, evidence) -> dict[int, work.Task]:
    """The documents whose wanted files are not all cached (the others get their entry now)."""
    todo: dict[int, work.Task] = {}
    for i, o in enumerate(outcomes):
        if o.key is None:
            continue
        entry = cache.get(ANALYSES, o.key)
        missing = tuple(w for w in wanted if entry is None or not (entry / w).exists())
        if missing:
            todo[i] = work.Task(str(o.path), shown(o.path.name), o.key, missing, screen, models, evidence)
        else:
            outcomes[i] = Outcome(o.path, entry=entry, key=o.key)
    return todo


def _process(outcomes: list[Outcome], todo: dict[int, work.Task], engine: Engine, cache: C.Cache, reused,
             note: Progress, stats: Stats) -> list[Outcome]:
    where = list(todo)
    if any(work.PDF in t.wanted for t in todo.values()):
        from ..report import fonts

        fonts.prepare()  # the fonts' everyday copy made here once, not by every worker at the same time
    for n, (j, files) in enumerate(engine.process([todo[i] for i in where], reused), 1):
        i = where[j]
        o = outcomes[i]
        if work.ERROR in files:
            outcomes[i] = Outcome(o.path, error=files[work.ERROR].decode("utf-8"), key=o.key)
        else:
            entry = cache.put(ANALYSES, o.key, files) or _scratch(files)  # type: ignore[arg-type]
            outcomes[i] = Outcome(o.path, entry=entry, key=o.key, computed=True)
        note("analysing", n, len(where))
    stats.analysed = len(where)
    return outcomes


_SCRATCH: list = []  # temporary folders for files of a run without a cache, removed at exit


def _scratch(files: dict[str, bytes]) -> Path:
    """Files of a run without a (writable) cache: a temporary folder that lives as long as the process."""
    import atexit
    import shutil
    import tempfile

    if not _SCRATCH:
        _SCRATCH.append(Path(tempfile.mkdtemp(prefix="analyzer-nocache-")))
        atexit.register(shutil.rmtree, _SCRATCH[0], True)
    folder = Path(tempfile.mkdtemp(dir=_SCRATCH[0]))
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder
