"""Corpus-level boilerplate evidence with bounded memory: the n-grams shared by 30-75% of documents.

Each document's distinct n-grams are written once (a Parquet file in its cache entry); the
document frequencies are then counted by DuckDB, which aggregates out of core under a memory
limit, instead of a Python dict holding every n-gram of every document. The result is the same
set ``boilerplate.reused_ngrams`` computes in memory.
"""
from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Optional, Sequence

from .. import boilerplate

MEMORY_LIMIT = "512MB"  # DuckDB spills to disk beyond this


def ngram_parquet(simplified: str) -> bytes:
    """One document's distinct n-grams as a one-column Parquet file (sorted: same bytes each time)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(pa.table({"gram": pa.array(sorted(boilerplate.document_ngrams(simplified)), pa.string())}), buf,
                   compression="zstd")
    return buf.getvalue()


def reused_ngrams(files: Sequence[Path], spill: Optional[Path] = None) -> frozenset[str]:
    """The n-grams found in at least 30% and at most 75% of the documents whose n-gram files are
    given (one file per document); empty below ``boilerplate.MIN_DOCS`` documents."""
    docs = len(files)
    if docs < boilerplate.MIN_DOCS:
        return frozenset()
    import duckdb

    low, high = boilerplate.reuse_band(docs)
    with tempfile.TemporaryDirectory(prefix="analyzer-ngrams-", dir=spill) as tmp:
        con = duckdb.connect()
        try:
            con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
            con.execute("SET temp_directory = ?", [tmp])
            con.execute("SET preserve_insertion_order = false")
            rows = con.execute(
                "SELECT gram FROM read_parquet(?) GROUP BY gram HAVING count(*) BETWEEN ? AND ? ORDER BY gram",
                [[str(f) for f in files], low, high]).fetchall()
        finally:
            con.close()
    return frozenset(g for (g,) in rows)
