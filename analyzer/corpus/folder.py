"""What ``report`` asks of the corpus layer: a folder analysed through the cache on an engine, the
store written (or kept, when no document changed), and the overview's rows read back from it."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional, Sequence, Union

from ..fsnames import shown
from . import build, cache, engines, store, work
from .rows import STORE_TABLES

DEFAULT_CACHE = "default"


def analyse(files: Sequence[Path], *, models: Optional[str] = None, jobs: Optional[int] = None,
            engine: str = "local", scheduler=None, cache_dir: Union[str, Path, None] = DEFAULT_CACHE,
            pdf: bool = True, screen: Optional[work.Screen] = None,
            progress: Optional[Callable[[str, int, int], None]] = None) -> tuple[list[build.Outcome], build.Stats]:
    """Every file prepared, measured and rendered (JSON, tables, PDF if ``pdf``, the terminal summary
    for ``screen`` if given), computing only what the cache lacks. ``cache_dir`` None: no cache."""
    root = cache.default_root() if cache_dir == DEFAULT_CACHE else (Path(cache_dir) if cache_dir else None)
    wanted = [work.EXPORT] + ([work.PDF] if pdf else []) + ([screen.file_name] if screen else [])
    stats = build.Stats()
    runner = engines.engine(engine, jobs, scheduler)
    try:
        outcomes = build.run(files, runner, cache.Cache(root), models=models, wanted=wanted, screen=screen,
                             progress=progress, stats=stats)
    finally:
        runner.close()
    return outcomes, stats


def write_store(out_dir: Path, outcomes: Sequence[build.Outcome]) -> tuple[Path, bool]:
    """``out_dir/corpus.duckdb`` from the documents' table partitions, and whether it was (re)written:
    a store that already holds exactly these documents with these keys is kept as it is."""
    path = Path(out_dir) / store.STORE_NAME
    done = [o for o in outcomes if o.entry is not None]
    wanted = sorted((shown(o.path.name), o.key) for o in done)
    if path.exists() and store.documents(path) == wanted:
        return path, False
    return store.build(path, {t: [o.entry / "tables" / f"{t}.parquet" for o in done]  # type: ignore[operator]
                              for t in STORE_TABLES}), True


def overview_rows(path: Path) -> list:
    """The overview's rows (``report.folder_view.OverviewRow``) read from the store, by date."""
    import json

    from ..report.folder_view import OverviewRow

    con = store.connect(path)
    try:
        records = con.execute(
            "SELECT document, coalesce(nullif(title, ''), regexp_replace(document, '\\.[^.]*$', '')), doc_type, date, place, "
            "questions, speakers, turns, chars, figures, figures_per_1k_chars, boilerplate_ratio, non_answer_rate, "
            "talk_by_role FROM documents ORDER BY date IS NULL, date, document").fetchall()
    finally:
        con.close()
    fields = list(OverviewRow.__dataclass_fields__)[:-1]  # all but speaker_share, read from talk_by_role
    return [OverviewRow(**dict(zip(fields, r[:-1])), speaker_share=json.loads(r[-1] or "{}").get("speaker", 0.0))
            for r in records]


def trends(path: Path) -> list[dict]:
    """The store's ``trends`` table as rows (level, name, year, documents, questions, boilerplate_share,
    figures_per_1k_chars, non_answer_rate)."""
    columns, rows = store.query(path, "SELECT * FROM trends ORDER BY level, name, year")
    return [dict(zip(columns, r)) for r in rows]
