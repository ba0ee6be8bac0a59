"""`analyzer query DB "SQL"`: a result from the corpus store as a rich table, or as CSV."""
from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Optional

from rich import box
from rich.table import Table


def store_path(db) -> Path:
    """The store named, or the one inside a report folder."""
    from ..corpus.store import STORE_NAME

    p = Path(db)
    return p / STORE_NAME if p.is_dir() else p


def cell(x) -> str:
    if x is None:
        return ""
    if isinstance(x, float):
        return f"{x:.6g}"
    return str(x)


def run(db, sql: str, console, as_csv: bool = False, limit: Optional[int] = 1000) -> int:
    """Print the result of ``sql`` on the store; 0 on success (errors raise one-line AnalyzerErrors)."""
    from ..corpus import store

    columns, rows = store.query(store_path(db), sql, limit=None if limit is None else limit + 1)
    more = limit is not None and len(rows) > limit
    rows = rows[:limit] if limit is not None else rows
    if as_csv:
        _csv(columns, rows)
    else:
        table = Table(*columns, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        for r in rows:
            table.add_row(*(cell(x) for x in r))
        console.print(table)
    if more:
        print(f"analyzer: showing the first {limit} rows (--limit 0 shows all)", file=sys.stderr)
    return 0


def _csv(columns, rows) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([["" if x is None else x for x in r] for r in rows])
