"""The one report model: everything the terminal, the PDF and the comparison show, read off an Analysis.

``build`` only gathers and orders what ``metrics.py`` and the Analysis already hold (rows, ratios,
counts); no renderer goes back to the Analysis, so the three outputs cannot disagree.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..model import ROLES, Analysis, Participant

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
    damaged: int = 0


@dataclass(frozen=True)
class RosterRow:
    id: str
    name: str  # the person's name, else their title, else outlet + role
    title: Optional[str]
    role: str
    outlet: Optional[str]
    turns: int
    chars: int
    share_of_talk: float
    talk_seconds: Optional[float] = None


@dataclass(frozen=True)
class QARow:
    pair: int
    outlet: Optional[str]
    reporter: Optional[str]
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


def display_name(p: Participant) -> str:
    """How a person appears in every report: name, else title, else outlet and role."""
    if p.name:
        return p.name
    if p.title:
        return p.title
    if p.organisation:
        return p.organisation  # an unnamed reporter is known by the outlet
    return p.id


def _ordered(mapping: dict) -> tuple[tuple[str, float], ...]:
    return tuple(sorted(((k, float(v)) for k, v in mapping.items() if v), key=lambda kv: (-kv[1], kv[0])))


def build(analysis: Analysis) -> ConferenceView:
    """Gather one conference's report model from the metrics tables."""
    from .. import metrics, topics

    conf = analysis.conference
    doc = conf.document
    cl = doc.cleaning
    people = {p.id: p for p in conf.participants}
    names = {pid: display_name(p) for pid, p in people.items()}

    header = Header(title=conf.title, place=conf.place, date=conf.date, doc_type=conf.doc_type,
                    layout=conf.layout, script=doc.script, backend=analysis.nlp.backend, source=doc.source,
                    encoding=doc.encoding, boilerplate_evidence=analysis.boilerplate_evidence,
                    warnings=tuple(doc.warnings) + tuple(conf.warnings))
    cleaning = Cleaning(chars_in=cl.chars_in, chars_kept=cl.chars_kept, chars_dropped=cl.chars_dropped,
                        dropped_by_reason=tuple(sorted(cl.dropped_by_reason().items(), key=lambda kv: (-kv[1], kv[0]))),
                        duplicate_blocks=cl.duplicate_blocks, glosses_removed=cl.glosses_removed,
                        glosses_restored=cl.glosses_restored, damaged=len(cl.damaged))

    roster = tuple(
        RosterRow(id=r["participant"], name=names[r["participant"]], title=people[r["participant"]].title,
                  role=r["role"], outlet=people[r["participant"]].organisation if r["role"] == "reporter" else None,
                  turns=r["turns"], chars=r["chars"], share_of_talk=r["share_of_chars"],
                  talk_seconds=r["talk_seconds"])
        for r in metrics.speaker_rows(analysis, roles=ROLES))
    doc_row = metrics.document_row(analysis)
    by_role = doc_row["talk_by_role"]
    talk_by_role = tuple((role, by_role[role]) for role in ROLES if role in by_role)

    answer_times = [next((conf.turns[i].time for i in pair.answer_turns if conf.turns[i].time), None)
                    for pair in conf.qa_pairs]
    qa = tuple(
        QARow(pair=r["pair"], outlet=r["outlet"], reporter=names.get(r["reporter"]) if r["reporter"] else None,
              addressee=r["addressee"], answerers=tuple(r["answerers"]), status=r["status"],
              primary_topic=r["primary_topic"], topics=tuple(r["topics"]), question_chars=r["question_chars"],
              answer_chars=r["answer_chars"], figures=r["figures"], boilerplate_ratio=r["boilerplate_ratio"],
              alignment=r["alignment"], drift=bool(r["drift"]), non_answer=r["non_answer"],
              question_time=r["question_time"], answer_time=time)
        for r, time in zip(metrics.qa_rows(analysis), answer_times))

    speakers = tuple(
        SpeakerRow(id=r["participant"], name=names[r["participant"]], title=r["title"], turns=r["turns"],
                   answers=r["answers"], chars=r["chars"], share_of_talk=r["share_of_chars"],
                   talk_seconds=r["talk_seconds"], topic_coverage=_ordered(r["topic_coverage"]),
                   figures=r["figures"], figures_per_1k_chars=r["figures_per_1k_chars"],
                   share_sentences_with_figure=r["share_sentences_with_figure"],
                   boilerplate_ratio=r["boilerplate_ratio"],
                   boilerplate_by_type=tuple((t, r[f"boilerplate_{t}"]) for t in ("political", "courtesy", "procedural")),
                   specificity=r["specificity"], questions_answered=r["questions_answered"],
                   non_answers=r["non_answers"], non_answer_rate=r["non_answer_rate"])
        for r in metrics.speaker_rows(analysis))

    figures = tuple(
        FigureRow(text=r["text"], value=r["value"], unit=r["unit"], kind=r["kind"], direction=r["direction"],
                  approximate=bool(r["approximate"]), metric=r["metric"],
                  speaker=names.get(r["participant"]) if r["participant"] else None, start=r["start"], end=r["end"])
        for r in metrics.figure_rows(analysis))

    stock, specific = _samples(analysis, names)
    bp = metrics.boilerplate_summary(analysis)
    boiler = Boilerplate(ratio=bp["ratio"], by_type=tuple(bp["by_type"].items()),
                         by_turn_kind=tuple(bp["by_turn_kind"].items()), evidence=analysis.boilerplate_evidence)

    numbers = Numbers(**{f.name: doc_row[f.name] for f in dataclasses.fields(Numbers)})

    return ConferenceView(header=header, cleaning=cleaning, numbers=numbers, roster=roster, talk_by_role=talk_by_role,
                          qa=qa, speakers=speakers, figures=figures, stock=stock, specific=specific,
                          topics=_ordered(metrics.document_topics(analysis)), topic_order=tuple(topics.TOPICS),
                          boilerplate=boiler)


def _samples(analysis: Analysis, names: dict[str, str]) -> tuple[tuple[SentenceSample, ...], tuple[SentenceSample, ...]]:
    """The most stock sentences (boilerplate, longest first, one per reason) and the most specific
    (not boilerplate, with figures; most figures first, then shortest), officials' talk preferred."""
    from .. import metrics

    roles = {p.id: p.role for p in analysis.conference.participants}
    rows = metrics.sentence_rows(analysis)
    fig_starts = sorted(f.start for f in analysis.figures)

    def figures_in(r: dict) -> int:
        import bisect

        return bisect.bisect_left(fig_starts, r["end"]) - bisect.bisect_left(fig_starts, r["start"])

    def official(r: dict) -> int:
        return 0 if roles.get(r["participant"]) in ("speaker", "moderator") or r["participant"] is None else 1

    def sample(r: dict, figs: int = 0) -> SentenceSample:
        return SentenceSample(text=r["text"], speaker=names.get(r["participant"]) if r["participant"] else None,
                              start=r["start"], end=r["end"], boilerplate=r["boilerplate"], reason=r["reason"],
                              figures=figs)

    stock: list[SentenceSample] = []
    seen_reasons: set = set()
    for r in sorted((r for r in rows if r["boilerplate"]), key=lambda r: (official(r), -r["chars"], r["start"])):
        if r["reason"] in seen_reasons:
            continue
        seen_reasons.add(r["reason"])
        stock.append(sample(r))
        if len(stock) == STOCK_SAMPLES:
            break
    specific_rows = [(figures_in(r), r) for r in rows if r["has_figure"] and not r["boilerplate"]]
    specific_rows.sort(key=lambda fr: (official(fr[1]), -fr[0], fr[1]["chars"], fr[1]["start"]))
    specific = [sample(r, n) for n, r in specific_rows[:SPECIFIC_SAMPLES]]
    return tuple(stock), tuple(specific)
