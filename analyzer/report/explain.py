"""Why the analysis says what it says: every boilerplate verdict, figure parse, topic term and
non-answer cue of one document, each with its character offsets into the cleaned text."""
from __future__ import annotations

import bisect
from typing import Optional

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from ..model import Analysis, Figure
from .terminal import clip
from .view import display_name


def describe_figure(fig: Figure) -> str:
    """The parse of one figure: ``figures.describe`` when that module offers it, else its fields."""
    try:
        from .. import figures as figures_module

        describe = getattr(figures_module, "describe", None)
    except ImportError:  # pragma: no cover - the figures stage is part of the package
        describe = None
    if describe is not None:
        return str(describe(fig))
    parts = [f"value={fig.value:g}", f"unit={fig.unit or '-'}", f"kind={fig.kind}"]
    if fig.direction:
        parts.append(f"direction={fig.direction}")
    if fig.approximate or fig.low is not None or fig.high is not None:
        parts.append(f"approx={'yes' if fig.approximate else 'no'} [{_g(fig.low)}, {_g(fig.high)}]")
    if fig.metric:
        parts.append(f"metric={fig.metric}")
    if fig.rule:
        parts.append(f"rule={fig.rule}")
    return " ".join(parts)


def _indented(line: str) -> Padding:
    return Padding(Text(line, overflow="fold"), (0, 0, 0, 4))


def _g(x: Optional[float]) -> str:
    return "-" if x is None else f"{x:g}"


def render(analysis: Analysis, console: Console) -> None:
    """Print the evidence behind each verdict, grouped by kind, in text order."""
    conf = analysis.conference
    text = conf.text
    names = {p.id: display_name(p) for p in conf.participants}

    def who(pid: Optional[str]) -> str:
        return names.get(pid, "-") if pid else "-"

    def head(title: str) -> None:
        console.rule(Text(title, style="bold"), align="left")

    stock = [s for s in analysis.sentences if s.boilerplate]
    head(f"Boilerplate sentences: {len(stock)} of {len(analysis.sentences)} (evidence: {analysis.boilerplate_evidence})")
    for s in stock:
        line = Text(f"[{s.start}-{s.end}] ", style="dim")
        line.append(f"{s.boilerplate}", style="bold")
        line.append(f" by {s.evidence or '-'}: {s.reason or '-'}  ({who(s.participant)})")
        console.print(line)
        console.print(_indented(clip(text[s.start:s.end], 160)))

    head(f"Figures: {len(analysis.figures)}")
    for f in analysis.figures:
        line = Text(f"[{f.start}-{f.end}] ", style="dim")
        line.append(f.text, style="bold")
        line.append(f"  ({who(f.participant)})")
        console.print(line)
        console.print(_indented(describe_figure(f)))

    head(f"Topic terms: {len(analysis.topic_hits)}")
    starts = [t.start for t in conf.turns]
    groups: dict[Optional[int], list] = {}
    for h in analysis.topic_hits:
        i = bisect.bisect_right(starts, h.start) - 1
        turn = conf.turns[i].index if i >= 0 and h.start < conf.turns[i].end else None
        groups.setdefault(turn, []).append(h)
    for turn_index in sorted(groups, key=lambda k: -1 if k is None else k):
        hits = groups[turn_index]
        if turn_index is None:
            title = "outside any turn (lead, title)"
        else:
            t = conf.turns[turn_index]
            title = f"turn {t.index} [{t.start}-{t.end}] {who(t.participant)} ({t.kind})"
        console.print(Text(title, style="bold"))
        by_topic: dict[str, list] = {}
        for h in hits:
            by_topic.setdefault(h.topic, []).append(h)
        for topic, topic_hits in sorted(by_topic.items(), key=lambda kv: -sum(h.weight for h in kv[1])):
            terms = ", ".join(f"{text[h.start:h.end]}@{h.start}" for h in topic_hits)
            weight = sum(h.weight for h in topic_hits)
            console.print(_indented(f"{topic} ({weight:g}): {terms}"))

    pairs = [(n, p, q) for n, (p, q) in enumerate(zip(conf.qa_pairs, analysis.qa), 1)]
    head(f"Questions and answers: {len(pairs)}")
    for n, pair, qm in pairs:
        na = qm.non_answer
        line = Text(f"#{n} {pair.status}; topics {', '.join(qm.topics) or '-'}; alignment "
                    f"{'-' if qm.alignment is None else f'{qm.alignment:.2f}'}{' (drifts)' if qm.drift else ''}")
        console.print(line)
        if na:
            console.print(_indented(f"non-answer: {na.kind} [{na.start}-{na.end}] cue {na.cue}: "
                                    f"{clip(text[na.start:na.end], 80)}"))
    console.print()
