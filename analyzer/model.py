"""The one data model every stage reads and returns.

raw bytes --ingest--> Page --clean--> Document --parse--> Conference --measure--> Analysis

All objects are frozen; stages build new ones (``dataclasses.replace``) and never mutate
what they were given. Every span is a pair of character offsets into ``Document.text``
(the cleaned text), never a copy, so any result can be traced back and highlighted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

# ---------------------------------------------------------------- vocabularies
DOC_TYPES = ("transcript", "news_report", "report", "unknown")
ROLES = ("moderator", "speaker", "reporter", "other")
TURN_KINDS = ("opening", "statement", "question", "answer", "procedural", "closing", "other")
QA_STATUSES = ("answered", "unanswered", "orphan")
FIGURE_KINDS = ("level", "change", "share", "count", "money", "rank", "target", "other")
BOILERPLATE_TYPES = ("political", "courtesy", "procedural")
NON_ANSWER_KINDS = ("refuse", "unable", "defer")
# Who says what lies at an offset: (turn index, participant id), both None between turns. Stages
# that build figures and sentences take one, so each is built once with its speaker.
Owner = Callable[[int], tuple[Optional[int], Optional[str]]]


# ---------------------------------------------------------------- ingest
@dataclass(frozen=True)
class Page:
    """Decoded text of one input file, before cleaning."""

    source: str
    text: str
    encoding: str
    was_html: bool = False
    undecodable_bytes: int = 0
    warnings: tuple[str, ...] = ()
    # The dump or source file the text is stored in ("sql insert row", "go string", "escaped
    # text", …; analyzer/wrappers.py), detected at ingest; cleaning unwraps it.
    wrapper: Optional[str] = None


# ---------------------------------------------------------------- clean
@dataclass(frozen=True, slots=True)  # slots: a page of entities has a million drops
class Drop:
    """A piece of the decoded page that cleaning removed, and why.

    ``start``/``end`` are offsets into ``Page.text`` (the decoded input), because the
    dropped text is by definition not in the cleaned text.
    """

    start: int
    end: int
    reason: str  # e.g. "chrome:navigation", "duplicate_article", "pinyin_gloss", "blank"
    rule: str = ""  # the pattern or phrase that fired
    text: str = ""  # the dropped text for line drops (page metadata such as dates lives there)

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Span:
    """A labelled stretch of the cleaned text (damaged characters, markup, …)."""

    start: int
    end: int
    label: str = ""


@dataclass(frozen=True)
class CleaningReport:
    """Accounts for every character: ``chars_in == chars_kept + sum(drop lengths)``."""

    chars_in: int
    chars_kept: int
    drops: tuple[Drop, ...] = ()
    damaged: tuple[Span, ...] = ()  # damaged characters kept in the cleaned text
    duplicate_blocks: int = 0
    glosses_removed: int = 0
    glosses_restored: int = 0  # damaged characters restored from their pinyin gloss
    # (clean_start, source_start, length) runs: maps cleaned offsets back to the page
    offset_map: tuple[tuple[int, int, int], ...] = ()

    @property
    def chars_dropped(self) -> int:
        return sum(d.length for d in self.drops)

    @property
    def dropped_lines(self) -> int:
        return sum(1 for d in self.drops if not d.reason.startswith("pinyin_gloss"))

    def dropped_by_reason(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for d in self.drops:
            key = d.reason.split(":")[0]
            out[key] = out.get(key, 0) + d.length
        return dict(sorted(out.items()))

    def source_offset(self, clean_offset: int) -> int:
        """Offset in the decoded page of a cleaned-text offset."""
        for cstart, sstart, length in self.offset_map:
            if cstart <= clean_offset < cstart + length:
                return sstart + clean_offset - cstart
        return clean_offset

    def clean_offset(self, source_offset: int) -> int:
        """Offset in the cleaned text where a decoded-page offset lands: for dropped text, where the
        text kept after it starts."""
        for cstart, sstart, length in self.offset_map:
            if source_offset < sstart + length:
                return cstart + max(0, source_offset - sstart)
        return self.chars_kept

    def appendix_starts(self) -> list[int]:
        """Cleaned-text offsets where a dropped heading of other articles stood (相关新闻：, 延伸阅读):
        what follows it is the page's addition, not the transcript."""
        return sorted(self.clean_offset(d.start) for d in self.drops if d.rule == RELATED_HEADING_RULE)


RELATED_HEADING_RULE = "related articles (heading)"


@dataclass(frozen=True)
class Document:
    """The cleaned article, in its own script, with a simplified copy of equal length."""

    source: str
    text: str
    simplified: str  # OpenCC-simplified copy; same length, so offsets are shared
    script: str  # "simplified" | "traditional"
    encoding: str
    cleaning: CleaningReport
    warnings: tuple[str, ...] = ()
    wrapper: Optional[str] = None  # the page's wrapper as unwrapped ("sql insert row, escaped twice")

    def __post_init__(self) -> None:
        if len(self.simplified) != len(self.text):
            raise ValueError("simplified copy must be offset-aligned with the text")


# ---------------------------------------------------------------- parse
@dataclass(frozen=True)
class Evidence:
    """Why the parser believes something about a participant: the rule and the text it read.

    ``start``/``end`` are offsets into ``Document.text`` (a label, a lead sentence's mention, …).
    """

    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class Participant:
    """A person (or an unnamed role such as 主持人) who speaks or is reported on."""

    id: str
    name: Optional[str]
    title: Optional[str] = None
    organisation: Optional[str] = None  # body, or media outlet for reporters
    role: str = "other"
    aliases: tuple[str, ...] = ()  # short forms seen in the text (高局長, 李博, …)
    evidence: tuple[Evidence, ...] = ()  # how the parser learned of this person, in text order


@dataclass(frozen=True)
class Turn:
    """One stretch of talk by one participant; ``text == document.text[start:end]``."""

    index: int
    participant: Optional[str]
    role: str
    kind: str
    start: int
    end: int
    time: Optional[str] = None  # "HH:MM" in live-text layouts
    label: Optional[Span] = None  # the speaker label that opened the turn, if any
    addressee: Optional[str] = None  # participant id a question names


@dataclass(frozen=True)
class QAPair:
    """A question and the answer turns that follow it until the next question."""

    question_turn: Optional[int]
    answer_turns: tuple[int, ...]
    reporter: Optional[str]
    outlet: Optional[str]
    addressee: Optional[str]
    answerers: tuple[str, ...]
    status: str  # answered | unanswered | orphan


@dataclass(frozen=True)
class Conference:
    """A parsed document: who took part, who said what, which answer meets which question."""

    document: Document
    doc_type: str
    layout: str
    title: Optional[str]
    place: Optional[str]
    date: Optional[str]
    participants: tuple[Participant, ...] = ()
    turns: tuple[Turn, ...] = ()
    qa_pairs: tuple[QAPair, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.document.text

    def participant(self, pid: Optional[str]) -> Optional[Participant]:
        for p in self.participants:
            if p.id == pid:
                return p
        return None

    def turn_text(self, turn: Turn) -> str:
        return self.document.text[turn.start:turn.end]


# ---------------------------------------------------------------- measure
@dataclass(frozen=True)
class Figure:
    """A quantity cited in the text, with the parse that produced it."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    kind: str = "other"
    direction: Optional[str] = None  # "up" | "down": the words (增长, 下降), kept apart from the sign
    approximate: bool = False
    low: Optional[float] = None  # interval for approximate figures and ranges
    high: Optional[float] = None
    metric: Optional[str] = None
    turn: Optional[int] = None
    participant: Optional[str] = None
    rule: str = ""  # which pattern produced it
    sign: int = 1  # -1 for 负2.5%, -1.7%, 零下5度; ``value`` carries it
    range_low: Optional[float] = None  # the two ends of a written range (三到五万元), else None
    range_high: Optional[float] = None
    metric_start: Optional[int] = None  # offsets of the metric phrase in the text
    metric_end: Optional[int] = None
    metric_rule: str = ""  # which rule chose the metric (see analyzer/figures/metric.py)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the cleaned text and the boilerplate verdict on it."""

    start: int
    end: int
    turn: Optional[int] = None
    participant: Optional[str] = None
    boilerplate: Optional[str] = None  # None or one of BOILERPLATE_TYPES
    reason: Optional[str] = None  # matched phrase or reused n-gram
    evidence: str = ""  # "phrase" | "reuse"
    has_figure: bool = False


@dataclass(frozen=True)
class TopicHit:
    """A topic term found in the text: why a turn counts toward a topic."""

    start: int
    end: int
    topic: str
    term: str
    weight: float


@dataclass(frozen=True)
class NonAnswer:
    kind: str  # refuse | unable | defer
    start: int
    end: int
    cue: str


@dataclass(frozen=True)
class QAMeasure:
    """Metrics of one Q–A pair, aligned with ``Conference.qa_pairs``."""

    topics: tuple[str, ...] = ()  # the question's topics, heaviest first
    # the short forms the question names (《规定》) whose full names lent it terms: (short, start, end of the full name)
    topics_via: tuple[tuple[str, int, int], ...] = ()
    topics_from_answer: bool = False  # the question names no topic: these are its answer's (alignment stays None)
    alignment: Optional[float] = None
    drift: bool = False
    non_answer: Optional[NonAnswer] = None
    answer_chars: int = 0
    figures: int = 0
    boilerplate_ratio: float = 0.0


@dataclass(frozen=True)
class NlpInfo:
    backend: str = "rules"  # "rules" | "stanza"
    models: Optional[str] = None
    note: Optional[str] = None


@dataclass(frozen=True)
class Entity:
    """A named entity or quantity found by the NLP backend (or rules)."""

    start: int
    end: int
    label: str  # PERSON, ORG, GPE, DATE, QUANTITY, …
    source: str = "rules"


@dataclass(frozen=True)
class Analysis:
    """Everything measured on one conference; tables are derived views (see metrics.py)."""

    conference: Conference
    figures: tuple[Figure, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    topic_hits: tuple[TopicHit, ...] = ()
    qa: tuple[QAMeasure, ...] = ()
    entities: tuple[Entity, ...] = ()
    nlp: NlpInfo = field(default_factory=NlpInfo)
    boilerplate_evidence: str = "phrase list"

    @property
    def document(self) -> Document:
        return self.conference.document
