"""One document's rows for the corpus store, as Parquet files: the partitions DuckDB merges.

Every row carries the ``document`` (its file name, the key that joins the tables). The rows are
the metrics tables' own (``metrics.*_rows``), so the store, the CSV tables and the export agree;
dicts become JSON text, lists stay lists.
"""
from __future__ import annotations

import io
import json
from typing import Any, Callable

from .. import boilerplate, metrics
from ..model import Analysis

STORE_TABLES = ("documents", "participants", "turns", "qa_pairs", "figures", "sentences", "speakers")


def document_record(analysis: Analysis, document: str, source: str, key: str) -> dict[str, Any]:
    """The document's row (``metrics.document_row``) with its year, its boilerplate by type and evidence,
    and the cache key of its analysis (a later run keeps the store when no key changed)."""
    row = metrics.document_row(analysis)
    date = row.get("date")
    by_type = boilerplate.ratio_by_type(analysis.sentences, sum(s.end - s.start for s in analysis.sentences))
    return {**row, "document": document, "source": source, "key": key,
            "year": int(date[:4]) if date and date[:4].isdigit() else None,
            "boilerplate_evidence": analysis.boilerplate_evidence,
            **{f"boilerplate_{t}": r for t, r in by_type.items()}}


def _participants(analysis: Analysis) -> list[dict]:
    return [{"participant": p.id, "name": p.name, "title": p.title, "organisation": p.organisation,
             "role": p.role, "aliases": list(p.aliases)} for p in analysis.conference.participants]


def _turns(analysis: Analysis) -> list[dict]:
    text = analysis.document.text
    return [{"turn": t.index, "participant": t.participant, "role": t.role, "kind": t.kind, "time": t.time,
             "start": t.start, "end": t.end, "chars": t.end - t.start, "addressee": t.addressee,
             "text": text[t.start:t.end]} for t in analysis.conference.turns]


def _speakers(analysis: Analysis) -> list[dict]:
    """The speakers table with ``speaker``: the name, else the title, else the id (what people query)."""
    return [{"speaker": r["name"] or r["title"] or r["participant"], **r} for r in metrics.speaker_rows(analysis)]


_BUILDERS: dict[str, Callable[[Analysis], list[dict]]] = {
    "participants": _participants, "turns": _turns, "qa_pairs": metrics.qa_rows,
    "figures": metrics.figure_rows, "sentences": metrics.sentence_rows, "speakers": _speakers,
}


def document_tables(analysis: Analysis, document: str, source: str, key: str) -> dict[str, bytes]:
    """``tables/<name>.parquet`` for every store table, each row led by ``document``."""
    out = {"tables/documents.parquet": _parquet([document_record(analysis, document, source, key)])}
    for name, build in _BUILDERS.items():
        out[f"tables/{name}.parquet"] = _parquet([{"document": document, **r} for r in build(analysis)],
                                                 first={"document": document})
    return out


def _cell(x: Any) -> Any:
    if isinstance(x, dict):
        return json.dumps(x, ensure_ascii=False)
    if isinstance(x, tuple):
        return list(x)
    if isinstance(x, float) and x != x:  # NaN: a missing value in the store
        return None
    return x


def _parquet(rows: list[dict], first: dict | None = None) -> bytes:
    """Rows as a Parquet file; a table without rows keeps its ``document`` column (and no others)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if rows:
        table = pa.Table.from_pylist([{k: _cell(v) for k, v in r.items()} for r in rows])
    else:
        table = pa.table({k: pa.array([], pa.string()) for k in (first or {})})
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue()
