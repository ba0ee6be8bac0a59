"""The one report model: everything the terminal, the PDF and the comparison show, read off an Analysis.

``build`` only gathers and orders the rows of ``metrics.py`` (the same rows the CSV/Parquet tables and the
JSON hold); no renderer goes back to the Analysis, so the outputs cannot disagree.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..model import BOILERPLATE_TYPES, ROLES, Analysis

STOCK_SAMPLES = 5
SPECIFIC_SAMPLES = 5


@dataclass(frozen=True)
class Header:
    title: Optional[str]
    place: Optional[str]
    date: Optional[str]
    doc_type: str
    layout: str
    script: str
    backend: str
    source: str
    encoding: str = ""
    boilerplate_evidence: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """What to call the document when it has no title: its file stem."""
        return self.title or Path(self.source).stem


@dataclass(frozen=True)
class Cleaning:
    chars_in: int
    chars_kept: int
    chars_dropped: int
    dropped_by_reason: tuple[tuple[str, int], ...]  # largest first
    duplicate_blocks: int = 0
    glosses_removed: int = 0
    glosses_restored: int = 0
    damaged: int = 0  # damaged fragments kept (not characters restored from a gloss)


@dataclass(frozen=True)
class RosterRow:
    id: str
    name: str  # metrics.display_name: name, else title, else outlet, else the role's word (记者)
    title: Optional[str]
    role: str
    outlet: Optional[str]
    turns: int
    chars: int
    share_of_talk: float
    talk_seconds: Optional[float] = None

    @property
    def detail(self) -> Optional[str]:
        """What the roster shows beside the name: a reporter's outlet (else a title, 议员), anyone
        else's title; nothing when that is already the name shown."""
        detail = (self.outlet or self.title) if self.role == "reporter" else self.title
        return None if detail == self.name else detail


@dataclass(frozen=True)
class QARow:
    pair: int
    outlet: Optional[str]
    reporter: Optional[str]  # the asker's display name (an outlet when the reporter is unnamed)
    addressee: Optional[str]
    answerers: tuple[str, ...]
    status: str
    primary_topic: Optional[str]
    topics: tuple[str, ...]
    question_chars: int
    answer_chars: int
    figures: int
    boilerplate_ratio: float
    alignment: Optional[float]
    drift: bool
    non_answer: Optional[str]
    question_time: Optional[str] = None
    answer_time: Optional[str] = None
    question: Optional[str] = None  # the question's text
    answer_excerpt: Optional[str] = None  # the answer's opening sentences
    non_answer_cue: Optional[str] = None  # the cue as written (不便透露)
    non_answer_quote: Optional[str] = None  # the sentence that carries it


@dataclass(frozen=True)
class SpeakerRow:
    id: str
    name: str
    title: Optional[str]
    turns: int
    answers: int
    chars: int
    share_of_talk: float
    talk_seconds: Optional[float]
    topic_coverage: tuple[tuple[str, float], ...]  # heaviest first
    figures: int
    figures_per_1k_chars: float
    share_sentences_with_figure: float
    boilerplate_ratio: float
    boilerplate_by_type: tuple[tuple[str, float], ...]  # political, courtesy, procedural
    specificity: float
    questions_answered: int
    non_answers: int
    non_answer_rate: float


@dataclass(frozen=True)
class FigureRow:
    text: str
    value: float
    unit: str
    kind: str
    direction: Optional[str]
    approximate: bool
    metric: Optional[str]
    speaker: Optional[str]
    start: int
    end: int


@dataclass(frozen=True)
class SentenceSample:
    text: str
    speaker: Optional[str]
    start: int
    end: int
    boilerplate: Optional[str]  # the type for stock sentences
    reason: Optional[str]
    figures: int = 0


@dataclass(frozen=True)
class Numbers:
    """Document-level counts, and ratios that are counts over the document's size."""

    chars: int
    participants: int
    speakers: int
    reporters: int
    turns: int
    questions: int
    answered: int
    unanswered: int
    orphan: int
    figures: int
    figures_per_1k_chars: float
    sentences: int
    boilerplate_sentences: int
    non_answers: int
    non_answer_rate: float
    drifting_answers: int
    mean_answer_chars: float


@dataclass(frozen=True)
class Boilerplate:
    ratio: float
    by_type: tuple[tuple[str, float], ...]
    by_turn_kind: tuple[tuple[str, float], ...]
    evidence: str
    phrase_matches: int = 0  # listed stock phrases found in the text
    phrase_matches_set_aside: int = 0  # of those, in sentences not judged boilerplate (see `explain`)


@dataclass(frozen=True)
class ConferenceView:
    header: Header
    cleaning: Cleaning
    numbers: Numbers
    roster: tuple[RosterRow, ...]
    talk_by_role: tuple[tuple[str, float], ...]
    qa: tuple[QARow, ...]
    speakers: tuple[SpeakerRow, ...]
    figures: tuple[FigureRow, ...]
    stock: tuple[SentenceSample, ...]
    specific: tuple[SentenceSample, ...]
    topics: tuple[tuple[str, float], ...]  # document topic distribution, heaviest first
    topic_order: tuple[str, ...]  # the taxonomy order, for stable heatmap columns
    boilerplate: Boilerplate


def _ordered(mapping: dict) -> tuple[tuple[str, float], ...]:
    return tuple(sorted(((k, float(v)) for k, v in mapping.items() if v), key=lambda kv: (-kv[1], kv[0])))


def _fields(cls, row: dict, **extra) -> dict:
    """The keys of ``row`` that ``cls`` has, plus ``extra``: a view row is a metrics row, renamed at most."""
    names = {f.name for f in dataclasses.fields(cls)}
    return {**{k: v for k, v in row.items() if k in names}, **extra}


def build(analysis: Analysis) -> ConferenceView:
    """Gather one conference's report model from the metrics rows."""
    from .. import metrics, topics

    conf = analysis.conference
    doc_row = metrics.document_row(analysis)
    header = Header(title=conf.title, place=conf.place, date=conf.date, doc_type=conf.doc_type,
                    layout=conf.layout, script=doc_row["script"], backend=doc_row["backend"], source=doc_row["source"],
                    encoding=doc_row["encoding"], boilerplate_evidence=analysis.boilerplate_evidence,
                    warnings=tuple(analysis.document.warnings) + tuple(conf.warnings))
    cl = metrics.cleaning_row(analysis)
    by_reason = tuple(sorted(cl["dropped_by_reason"].items(), key=lambda kv: (-kv[1], kv[0])))
    cleaning = Cleaning(**_fields(Cleaning, cl, dropped_by_reason=by_reason, damaged=cl["damaged_fragments"]))

    roster = tuple(RosterRow(**_fields(RosterRow, r, id=r["participant"], share_of_talk=r["share_of_chars"]))
                   for r in metrics.speaker_rows(analysis, roles=ROLES))
    by_role = doc_row["talk_by_role"]
    talk_by_role = tuple((role, by_role[role]) for role in ROLES if role in by_role)
    qa = tuple(QARow(**_fields(QARow, r, answerers=tuple(r["answerers"]), topics=tuple(r["topics"]),
                               drift=bool(r["drift"])))
               for r in metrics.qa_rows(analysis))
    speakers = tuple(
        SpeakerRow(**_fields(SpeakerRow, r, id=r["participant"], share_of_talk=r["share_of_chars"],
                             topic_coverage=_ordered(r["topic_coverage"]),
                             boilerplate_by_type=tuple((t, r[f"boilerplate_{t}"]) for t in BOILERPLATE_TYPES)))
        for r in metrics.speaker_rows(analysis))
    figures = tuple(FigureRow(**_fields(FigureRow, r, approximate=bool(r["approximate"])))
                    for r in metrics.figure_rows(analysis))
    stock, specific = _samples(metrics.sentence_rows(analysis))
    bp = metrics.boilerplate_summary(analysis)
    boiler = Boilerplate(**_fields(Boilerplate, bp, by_type=tuple(bp["by_type"].items()),
                                   by_turn_kind=tuple(bp["by_turn_kind"].items())))
    return ConferenceView(header=header, cleaning=cleaning, numbers=Numbers(**_fields(Numbers, doc_row)),
                          roster=roster, talk_by_role=talk_by_role, qa=qa, speakers=speakers, figures=figures,
                          stock=stock, specific=specific, topics=_ordered(metrics.document_topics(analysis)),
                          topic_order=tuple(topics.TOPICS), boilerplate=boiler)


def _official(r: dict) -> int:
    """Officials' and the moderator's sentences (and the lead, said by no one) come first in samples."""
    return 0 if r["role"] in ("speaker", "moderator") or r["participant"] is None else 1


def _samples(rows: list[dict]) -> tuple[tuple[SentenceSample, ...], tuple[SentenceSample, ...]]:
    """The most stock sentences (boilerplate, longest first, one per reason) and the most specific
    (not boilerplate, with figures; most figures first, then shortest), officials' talk preferred."""
    def sample(r: dict) -> SentenceSample:
        return SentenceSample(**_fields(SentenceSample, r))

    stock: list[SentenceSample] = []
    seen_reasons: set = set()
    for r in sorted((r for r in rows if r["boilerplate"]), key=lambda r: (_official(r), -r["chars"], r["start"])):
        if r["reason"] not in seen_reasons:
            seen_reasons.add(r["reason"])
            stock.append(sample(r))
            if len(stock) == STOCK_SAMPLES:
                break
    specific = sorted((r for r in rows if r["has_figure"] and not r["boilerplate"]),
                      key=lambda r: (_official(r), -r["figures"], r["chars"], r["start"]))
    return tuple(stock[:STOCK_SAMPLES]), tuple(sample(r) for r in specific[:SPECIFIC_SAMPLES])
