"""Why the analysis says what it says: every boilerplate verdict, every listed phrase set aside, figure
parse, topic term and non-answer cue of one document, each with its character offsets into the cleaned text.

The rows come from ``metrics`` (names, turns, the numbers behind each verdict); this module only prints them.
"""
from __future__ import annotations

from typing import Optional

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from ..model import Analysis, Figure
from .terminal import clip


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
    from .. import metrics

    conf = analysis.conference
    text = conf.text
    names = metrics.names(analysis)

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
    _set_aside(metrics.set_aside_rows(analysis), console, head)

    head(f"Figures: {len(analysis.figures)}")
    for f in analysis.figures:
        line = Text(f"[{f.start}-{f.end}] ", style="dim")
        line.append(f.text, style="bold")
        line.append(f"  ({who(f.participant)})")
        console.print(line)
        console.print(_indented(describe_figure(f)))

    _topic_terms(metrics.topic_hit_rows(analysis), conf, who, console, head)

    pairs = metrics.qa_rows(analysis)
    head(f"Questions and answers: {len(pairs)}")
    for r, qm in zip(pairs, analysis.qa):
        alignment = "-" if r["alignment"] is None else f"{r['alignment']:.2f}"
        console.print(Text(f"#{r['pair']} {r['status']}; asked by {r['reporter'] or '-'}; answered by "
                           f"{', '.join(r['answerers']) or '-'}; topics {', '.join(r['topics']) or '-'}; "
                           f"alignment {alignment}{' (drifts)' if r['drift'] else ''}"))
        if qm.topics_from_answer:
            console.print(_indented("the question names no topic: its topics are the answer's"))
        for short, a, b in qm.topics_via:
            console.print(_indented(f"{short} stands for 《{clip(text[a:b], 40)}》@{a}: its terms count for the question"))
        if r["non_answer"]:
            console.print(_indented(f"non-answer: {r['non_answer']} cue {r['non_answer_cue']}: "
                                    f"{clip(r['non_answer_quote'], 80)}"))
    console.print()


def _set_aside(rows: list[dict], console: Console, head) -> None:
    """Listed phrases found outside boilerplate sentences, and the numbers that outweighed each."""
    head(f"Listed phrases set aside: {len(rows)} (in sentences not judged boilerplate)")
    for r in rows:
        line = Text(f"[{r['start']}-{r['end']}] ", style="dim")
        line.append(r["phrase"], style="bold")
        line.append(f" ({r['type']})  {r['speaker'] or '-'}")
        console.print(line)
        if r["sentence"] is None:
            console.print(_indented("not inside a sentence (a speaker label or a heading)"))
            continue
        console.print(_indented(_why(r)))
        console.print(_indented(clip(r["sentence"], 160)))


def _why(r: dict) -> str:
    """The score of the phrase's sentence, term by term, against the threshold."""
    parts = [f"stock phrases cover {r['covered_share']:.2f} of the sentence's content"]
    if r["figures"]:
        parts.append(f"- {r['figure_penalty']:.2f} for {r['figures']} figure{'s' if r['figures'] != 1 else ''}")
    if r["specifics"]:
        parts.append(f"- {r['specific_penalty']:.2f} for {r['specifics']} titled document"
                     f"{'s' if r['specifics'] != 1 else ''} or campaign{'s' if r['specifics'] != 1 else ''}")
    return f"score {r['score']:.2f} < {r['min_score']:.2f} needed: " + " ".join(parts)


def _topic_terms(rows: list[dict], conf, who, console: Console, head) -> None:
    """Topic terms grouped by the turn they lie in (the lead and the headline first), heaviest topic first."""
    head(f"Topic terms: {len(rows)}")
    groups: dict[Optional[int], list[dict]] = {}
    for r in rows:
        groups.setdefault(r["turn"], []).append(r)
    for turn_index in sorted(groups, key=lambda k: -1 if k is None else k):
        if turn_index is None:
            title = "outside any turn (lead, title)"
        else:
            t = conf.turns[turn_index]
            title = f"turn {t.index} [{t.start}-{t.end}] {who(t.participant)} ({t.kind})"
        console.print(Text(title, style="bold"))
        by_topic: dict[str, list[dict]] = {}
        for r in groups[turn_index]:
            by_topic.setdefault(r["topic"], []).append(r)
        for topic, hits in sorted(by_topic.items(), key=lambda kv: -sum(h["weight"] for h in kv[1])):
            terms = ", ".join(f"{h['text']}@{h['start']}" for h in hits)
            console.print(_indented(f"{topic} ({sum(h['weight'] for h in hits):g}): {terms}"))
