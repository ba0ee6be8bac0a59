"""The JSON face of an analysis (../shared/contract/EXPORT.md): plain dicts, no computation.

Metrics come from ``metrics.py`` tables; this module only lays them out under the contract's
field names, plus a few documented extras (``cleaning.dropped_by_reason``, ``qa_pairs[].drift``…).
"""
from __future__ import annotations

import json
import math
from typing import IO, Any, Callable, Iterable, Iterator

from .fsnames import name_bytes, shown
from .model import Analysis


def _num(x):
    if x is None:
        return None
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return None
    if isinstance(x, float):
        return round(x, 6)
    return x


class Rows:
    """A list the export writes one element at a time (a long document has 10⁵ sentences and hits):
    the rows are made as they are written, never all held at once."""

    def __init__(self, make: Callable[[], Iterable[Any]]):
        self.make = make

    def __iter__(self) -> Iterator[Any]:
        return iter(self.make())


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The export contract for one analysis, as plain dicts and lists."""
    return _plain(_layout(analysis))


def _plain(obj: Any) -> Any:
    if isinstance(obj, Rows):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict) and _streams(obj):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


def _layout(analysis: Analysis) -> dict[str, Any]:
    """The contract's layout, its long lists as ``Rows``."""
    from . import boilerplate, metrics

    conf = analysis.conference
    doc = conf.document
    text = doc.text
    cl = doc.cleaning
    out: dict[str, Any] = {
        "source": shown(doc.source),
        "source_bytes": name_bytes(doc.source),  # hex of a file name that is not UTF-8, so it stays recoverable
        "doc_type": conf.doc_type,
        "layout": conf.layout,
        "script": doc.script,
        "title": conf.title,
        "place": conf.place,
        "date": conf.date,
        "encoding": doc.encoding,
        "wrapper": doc.wrapper,
        "text": text,
        "cleaning": {
            **metrics.cleaning_row(analysis),
            "damaged": Rows(lambda: ({"start": d.start, "end": d.end, "label": d.label, "text": text[d.start:d.end]}
                                     for d in cl.damaged)),
        },
        "warnings": list(doc.warnings) + list(conf.warnings),
        "participants": [
            {"id": p.id, "name": p.name, "title": p.title, "organisation": p.organisation, "role": p.role,
             "aliases": list(p.aliases),
             "evidence": [{"rule": e.rule, "start": e.start, "end": e.end, "text": text[e.start:e.end]}
                          for e in p.evidence]}
            for p in conf.participants
        ],
        "turns": Rows(lambda: (
            {"index": t.index, "participant": t.participant, "role": t.role, "kind": t.kind, "time": t.time,
             "start": t.start, "end": t.end, "text": text[t.start:t.end], "addressee": t.addressee}
            for t in conf.turns)),
    }
    out["qa_pairs"] = Rows(lambda: _qa_rows(analysis))
    out["speakers"] = [{k: _num(v) for k, v in row.items()} for row in metrics.speaker_rows(analysis)]
    out["figures"] = Rows(lambda: (
        {"turn": f.turn, "participant": f.participant, "text": f.text, "value": _num(f.value), "unit": f.unit,
         "kind": f.kind, "direction": f.direction, "approximate": f.approximate, "low": _num(f.low),
         "high": _num(f.high), "metric": f.metric, "start": f.start, "end": f.end, "rule": f.rule,
         "sign": f.sign, "range_low": _num(f.range_low), "range_high": _num(f.range_high),
         "metric_start": f.metric_start, "metric_end": f.metric_end, "metric_rule": f.metric_rule}
        for f in analysis.figures))
    total = sum(s.end - s.start for s in analysis.sentences)
    out["boilerplate"] = {
        "ratio": _num(boilerplate.ratio(analysis.sentences, total)),
        "by_type": {k: _num(v) for k, v in boilerplate.ratio_by_type(analysis.sentences, total).items()},
        "evidence": analysis.boilerplate_evidence,
        "sentences": Rows(lambda: (
            {"turn": s.turn, "start": s.start, "end": s.end, "type": s.boilerplate, "reason": s.reason,
             "evidence": s.evidence}
            for s in analysis.sentences if s.boilerplate)),
    }
    out["topics"] = {k: _num(v) for k, v in metrics.document_topics(analysis).items()}
    out["topic_hits"] = Rows(lambda: ({"start": h.start, "end": h.end, "topic": h.topic, "term": h.term,
                                       "weight": h.weight} for h in analysis.topic_hits))
    out["nlp"] = {"backend": analysis.nlp.backend, "models": analysis.nlp.models, "note": analysis.nlp.note}
    return out


def _qa_rows(analysis: Analysis) -> Iterator[dict[str, Any]]:
    conf = analysis.conference
    for pair, qm in zip(conf.qa_pairs, analysis.qa or [None] * len(conf.qa_pairs)):
        na = qm.non_answer if qm else None
        yield {
            "question_turn": pair.question_turn, "answer_turns": list(pair.answer_turns),
            "reporter": pair.reporter, "outlet": pair.outlet, "addressee": pair.addressee,
            "answerers": list(pair.answerers), "topics": list(qm.topics) if qm else [],
            "status": pair.status, "alignment": _num(qm.alignment) if qm else None,
            "drift": qm.drift if qm else False,
            "non_answer": {"kind": na.kind if na else None, "start": na.start if na else None,
                           "end": na.end if na else None, "cue": na.cue if na else None},
            "answer_chars": qm.answer_chars if qm else 0, "figures": qm.figures if qm else 0,
            "boilerplate_ratio": _num(qm.boilerplate_ratio) if qm else None,
        }


def _streams(obj: dict) -> bool:
    return any(isinstance(v, Rows) or (isinstance(v, dict) and _streams(v)) for v in obj.values())


def chunks(analysis: Analysis) -> Iterator[str]:
    """The export as ``json.dumps(to_dict(analysis), ensure_ascii=False, indent=1)`` would write it,
    piece by piece: the long lists are written element by element, never held whole."""
    return _encode(_layout(analysis), 0)


def _encode(obj: Any, level: int) -> Iterator[str]:
    if isinstance(obj, Rows):
        yield from _container((("", v) for v in obj), "[", "]", level)
    elif isinstance(obj, dict) and _streams(obj):
        yield from _container(((json.dumps(k, ensure_ascii=False) + ": ", v) for k, v in obj.items()), "{", "}", level)
    elif isinstance(obj, dict) and obj and all(v is None or isinstance(v, _SCALARS) for v in obj.values()):
        yield _flat(obj, level)
    else:
        # indent=1 JSON of a value nested ``level`` deep: each of its lines shifted by ``level``
        yield _ENCODER.encode(obj).replace("\n", "\n" + " " * level)


_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=1)  # made once: json.dumps would make one per element
_SCALARS = (str, int, float)  # bool is an int
_STRING = json.encoder.encode_basestring  # the C function json uses with ensure_ascii=False


def _flat(row: dict, level: int) -> str:
    """A dict of scalars (a turn, a figure, a hit: most of a long export) as ``json.dumps(indent=1)``
    writes it, built with json's own string and number formatting, without its generator machinery."""
    pad = ",\n" + " " * (level + 1)
    return "{" + pad[1:] + pad.join(_STRING(k) + ": " + _scalar(v) for k, v in row.items()) + "\n" + " " * level + "}"


def _scalar(v) -> str:
    if isinstance(v, str):
        return _STRING(v)
    if v is None or isinstance(v, bool):
        return "null" if v is None else "true" if v else "false"
    if isinstance(v, float):
        return float.__repr__(v) if v - v == 0 else _ENCODER.encode(v)  # NaN, infinities as json writes them
    return int.__repr__(v)


def _container(items: Iterable[tuple[str, Any]], opening: str, closing: str, level: int) -> Iterator[str]:
    pad = "\n" + " " * (level + 1)
    first = True
    for prefix, value in items:
        yield (opening if first else ",") + pad + prefix
        yield from _encode(value, level + 1)
        first = False
    yield opening + closing if first else "\n" + " " * level + closing


def to_json(analysis: Analysis) -> str:
    return "".join(chunks(analysis))


def write_json(analysis: Analysis, out: IO[str]) -> None:
    """The export written to ``out`` as it is made (a 50 MB document never holds its JSON whole)."""
    buffer: list[str] = []
    size = 0
    for piece in chunks(analysis):
        buffer.append(piece)
        size += len(piece)
        if size > 1 << 20:
            out.write("".join(buffer))
            buffer, size = [], 0
    out.write("".join(buffer) + "\n")
