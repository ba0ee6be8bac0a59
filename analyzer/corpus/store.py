"""The corpus store: one embedded DuckDB database per report folder, and the trends it holds.

Tables (every row with its ``document``): documents, participants, turns, qa_pairs, figures,
sentences, speakers, each merged from the per-document Parquet partitions of the cache; and
``trends``: per speaker and per body (the city or body holding the conference) and year,
boilerplate share, figure density, non-answer rate and question counts.

    python -m analyzer query reports/corpus.duckdb "select speaker, avg(boilerplate_ratio) from speakers group by 1"
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .rows import STORE_TABLES

STORE_NAME = "corpus.duckdb"

# Per speaker and per body, per year: shares weighted by characters, rates by questions.
TRENDS_SQL = """
CREATE TABLE trends AS
WITH dated AS (SELECT document, year, place FROM documents WHERE year IS NOT NULL),
by_speaker AS (
    SELECT 'speaker' AS level, s.speaker AS name, d.year,
           count(DISTINCT s.document) AS documents,
           sum(s.questions_answered) AS questions,
           sum(s.boilerplate_ratio * s.chars) / nullif(sum(s.chars), 0) AS boilerplate_share,
           1000.0 * sum(s.figures) / nullif(sum(s.chars), 0) AS figures_per_1k_chars,
           sum(s.non_answers) / nullif(sum(s.questions_answered), 0) AS non_answer_rate
    FROM speakers s JOIN dated d USING (document)
    GROUP BY ALL),
by_body AS (
    SELECT 'body' AS level, d.place AS name, d.year,
           count(*) AS documents,
           sum(x.questions) AS questions,
           sum(x.boilerplate_ratio * x.chars) / nullif(sum(x.chars), 0) AS boilerplate_share,
           1000.0 * sum(x.figures) / nullif(sum(x.chars), 0) AS figures_per_1k_chars,
           sum(x.non_answers) / nullif(sum(x.answered + x.unanswered), 0) AS non_answer_rate
    FROM documents x JOIN dated d USING (document)
    WHERE d.place IS NOT NULL
    GROUP BY ALL)
SELECT * FROM by_speaker UNION ALL SELECT * FROM by_body
ORDER BY level, name, year
"""


def build(path: Path, partitions: dict[str, Sequence[Path]]) -> Path:
    """Write the store at ``path`` (replacing it atomically) from each table's Parquet partitions."""
    import duckdb

    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        for name in STORE_TABLES:
            files = [str(f) for f in partitions.get(name, ())]
            if files:
                con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet(?, union_by_name = true)", [files])
            else:
                con.execute(f"CREATE TABLE {name} (document VARCHAR)")
        _add_missing(con, "speakers", ("speaker", "chars", "figures", "boilerplate_ratio", "questions_answered",
                                       "non_answers"))
        con.execute(TRENDS_SQL)
    finally:
        con.close()
    os.replace(tmp, path)
    return path


def _add_missing(con, table: str, columns: Iterable[str]) -> None:
    """A table of a corpus without any such rows has only ``document``: give it the columns queries use."""
    have = {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}
    for col in columns:
        if col not in have:
            kind = "VARCHAR" if col == "speaker" else "DOUBLE"
            con.execute(f"ALTER TABLE {table} ADD COLUMN {col} {kind}")


def connect(path: Path, read_only: bool = True):
    """An open connection to a store; a clear error when the file is not one."""
    import duckdb

    from ..errors import NotFound, Unreadable

    if not Path(path).is_file():
        raise NotFound(f"no such store: {path}")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as err:
        raise Unreadable(f"{path} is not a corpus store ({str(err).splitlines()[0]})") from None


def documents(path: Path) -> list[tuple[str, str]]:
    """(document, key) of every document in a store, in document order; [] when there is none."""
    try:
        con = connect(path)
    except Exception:  # noqa: BLE001 - no usable store: nothing to reuse
        return []
    try:
        return [(d, k) for d, k in con.execute("SELECT document, key FROM documents ORDER BY document").fetchall()]
    except Exception:  # noqa: BLE001 - an older or foreign database
        return []
    finally:
        con.close()


def folder_tables(path: Path, tables: dict[str, Sequence[str]]) -> dict:
    """Tables of the store (name -> the columns wanted after ``document``) as DataFrames, in store
    order; lists as Python lists, dict columns as the JSON text they are stored as, a column the
    store lacks (no document had such a row) as missing values."""
    con = connect(path)
    try:
        return {name: _frame(con, name, columns) for name, columns in tables.items()}
    finally:
        con.close()


def _frame(con, table: str, columns: Sequence[str]):
    have = {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}
    select = ", ".join(f'"{c}"' if c in have else f'NULL AS "{c}"' for c in ("document", *columns))
    frame = con.execute(f"SELECT {select} FROM {table} ORDER BY rowid").df()
    for col in frame.columns:
        if frame[col].dtype == object:
            frame[col] = frame[col].map(lambda v: v.tolist() if hasattr(v, "tolist") else v)
    return frame


def query(path: Path, sql: str, limit: Optional[int] = None):
    """Run one SQL statement against a store (read-only); returns (column names, rows)."""
    import duckdb

    from ..errors import BadArguments

    con = connect(path)
    try:
        result = con.execute(sql)
        columns = [d[0] for d in result.description] if result.description else []
        rows = result.fetchmany(limit) if limit else result.fetchall()
    except duckdb.Error as err:
        raise BadArguments(f"query failed: {str(err).splitlines()[0]}") from None
    finally:
        con.close()
    return columns, rows
