"""The JSON face of an analysis (../shared/contract/EXPORT.md): plain dicts, no computation.

Metrics come from ``metrics.py`` tables; this module only lays them out under the contract's
field names, plus a few documented extras (``cleaning.dropped_by_reason``, ``qa_pairs[].drift``…).
"""
from __future__ import annotations

import json
import math
from typing import Any

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


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The export contract for one analysis."""
    from . import metrics

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
            "damaged": [{"start": d.start, "end": d.end, "label": d.label, "text": text[d.start:d.end]}
                        for d in cl.damaged],
        },
        "warnings": list(doc.warnings) + list(conf.warnings),
        "participants": [
            {"id": p.id, "name": p.name, "title": p.title, "organisation": p.organisation, "role": p.role,
             "aliases": list(p.aliases),
             "evidence": [{"rule": e.rule, "start": e.start, "end": e.end, "text": text[e.start:e.end]}
                          for e in p.evidence]}
            for p in conf.participants
        ],
        "turns": [
            {"index": t.index, "participant": t.participant, "role": t.role, "kind": t.kind, "time": t.time,
             "start": t.start, "end": t.end, "text": text[t.start:t.end], "addressee": t.addressee}
            for t in conf.turns
        ],
    }
    qa_rows = []
    for pair, qm in zip(conf.qa_pairs, analysis.qa or [None] * len(conf.qa_pairs)):
        na = qm.non_answer if qm else None
        qa_rows.append({
            "question_turn": pair.question_turn, "answer_turns": list(pair.answer_turns),
            "reporter": pair.reporter, "outlet": pair.outlet, "addressee": pair.addressee,
            "answerers": list(pair.answerers), "topics": list(qm.topics) if qm else [],
            "status": pair.status, "alignment": _num(qm.alignment) if qm else None,
            "drift": qm.drift if qm else False,
            "non_answer": {"kind": na.kind if na else None, "start": na.start if na else None,
                           "end": na.end if na else None, "cue": na.cue if na else None},
            "answer_chars": qm.answer_chars if qm else 0, "figures": qm.figures if qm else 0,
            "boilerplate_ratio": _num(qm.boilerplate_ratio) if qm else None,
        })
    out["qa_pairs"] = qa_rows
    out["speakers"] = [{k: _num(v) for k, v in row.items()} for row in metrics.speaker_rows(analysis)]
    out["figures"] = [
        {"turn": f.turn, "participant": f.participant, "text": f.text, "value": _num(f.value), "unit": f.unit,
         "kind": f.kind, "direction": f.direction, "approximate": f.approximate, "low": _num(f.low),
         "high": _num(f.high), "metric": f.metric, "start": f.start, "end": f.end, "rule": f.rule,
         "sign": f.sign, "range_low": _num(f.range_low), "range_high": _num(f.range_high),
         "metric_start": f.metric_start, "metric_end": f.metric_end, "metric_rule": f.metric_rule}
        for f in analysis.figures
    ]
    bp = metrics.boilerplate_summary(analysis)
    out["boilerplate"] = {
        "ratio": _num(bp["ratio"]), "by_type": {k: _num(v) for k, v in bp["by_type"].items()},
        "evidence": analysis.boilerplate_evidence,
        "sentences": [
            {"turn": s.turn, "start": s.start, "end": s.end, "type": s.boilerplate, "reason": s.reason,
             "evidence": s.evidence}
            for s in analysis.sentences if s.boilerplate
        ],
    }
    out["topics"] = {k: _num(v) for k, v in metrics.document_topics(analysis).items()}
    out["topic_hits"] = [{"start": h.start, "end": h.end, "topic": h.topic, "term": h.term, "weight": h.weight}
                         for h in analysis.topic_hits]
    out["nlp"] = {"backend": analysis.nlp.backend, "models": analysis.nlp.models, "note": analysis.nlp.note}
    return out


def to_json(analysis: Analysis) -> str:
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=1)
