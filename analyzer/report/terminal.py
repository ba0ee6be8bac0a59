"""The rich terminal summary of one conference, from its ConferenceView.

Fits 80 columns (Chinese counts double) and reads without colour: every signal is also a text
marker (``!`` for a drifting answer, the non-answer kind spelled out, bars drawn with blocks).
"""
from __future__ import annotations

from typing import Iterable, Optional

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .view import ConferenceView, FigureRow, SentenceSample

FIGURES_SHOWN = 8
SAMPLES_SHOWN = 3
SENTENCE_CHARS = 90  # a sample sentence is cut to this many characters
BAR_CELLS = 8
TOPICS_PER_SPEAKER = 3
ROLE_LABELS = {"moderator": "moderator", "speaker": "official", "reporter": "reporter", "other": "other"}


# ------------------------------------------------------------------ small formatters (shared)
def pct(x: Optional[float], digits: int = 0) -> str:
    return "-" if x is None else f"{100 * x:.{digits}f}%"


def num(x: Optional[float], digits: int = 1) -> str:
    return "-" if x is None else f"{x:,.{digits}f}"


def count(n: Optional[int]) -> str:
    return "-" if n is None else f"{n:,}"


def bar(share: float, cells: int = BAR_CELLS) -> str:
    """A bar of full and half blocks, padded with dots so its length never varies."""
    share = min(max(share or 0.0, 0.0), 1.0)
    halves = round(share * cells * 2)
    text = "█" * (halves // 2) + ("▌" if halves % 2 else "")
    return text + "·" * (cells - len(text))


def value(fig: FigureRow, script: str = "simplified") -> str:
    """The parsed value, large ones in 万/亿 as a Chinese reader writes them (658,590,000,000 -> 6,585.9亿).

    万 is 10^4 and 亿 10^8; values from 10^5 up are written in 万 (213,000 -> 21.3万).
    """
    v = fig.value
    wan, yi = ("萬", "億") if script == "traditional" else ("万", "亿")
    for threshold, size, suffix in ((1e8, 1e8, yi), (1e5, 1e4, wan)):
        if abs(v) >= threshold:
            return ("~" if fig.approximate else "") + f"{v / size:,.6g}" + suffix
    if v == int(v):
        text = f"{int(v):,}"
    else:
        text = f"{v:,.4f}".rstrip("0").rstrip(".")
    return ("~" if fig.approximate else "") + text


def clip(text: str, limit: int = SENTENCE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def minutes(seconds: Optional[float]) -> str:
    if seconds is None:
        return "-"
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _table(title: str, **kw) -> Table:
    return Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, pad_edge=False,
                 padding=(0, 1), show_edge=False, **kw)


# ------------------------------------------------------------------ sections
def header(view: ConferenceView) -> RenderableType:
    h, c, n = view.header, view.cleaning, view.numbers
    facts = " · ".join(x for x in (h.place, h.date, h.doc_type, h.layout, h.script, f"NLP: {h.backend}") if x)
    lines = [Text(h.name, style="bold"), Text(facts)]
    dropped = ", ".join(f"{reason} {chars:,}" for reason, chars in c.dropped_by_reason) or "nothing"
    extra = [f"{c.duplicate_blocks} duplicate block(s)" if c.duplicate_blocks else "",
             f"{c.glosses_removed} pinyin gloss(es) removed" if c.glosses_removed else "",
             f"{c.damaged} damaged fragment(s) kept" if c.damaged else ""]
    lines.append(Text(f"Cleaning: {c.chars_in:,} chars in, {c.chars_kept:,} kept; dropped {dropped}"
                      + "".join(f"; {e}" for e in extra if e)))
    key = [f"{n.turns} turns", f"{n.questions} questions", f"{n.figures} figures "
           f"({num(n.figures_per_1k_chars)}/1k chars)", f"boilerplate {pct(view.boilerplate.ratio)}"]
    if n.questions or n.orphan:
        key.append(f"non-answers {n.non_answers}/{n.answered + n.orphan}")
    lines.append(Text("Key: " + " · ".join(key)))
    if view.topics:
        lines.append(Text("Topics: " + " · ".join(f"{t} {pct(s)}" for t, s in view.topics[:6])))
    lines.extend(Text(f"Warning: {w}", style="yellow") for w in h.warnings)
    return Panel(Group(*lines), box=box.ROUNDED, padding=(0, 1))


def roster(view: ConferenceView) -> Optional[RenderableType]:
    if not view.roster:
        return None
    timed = any(r.talk_seconds for r in view.roster)
    t = _table("Roster")
    t.add_column("Who", no_wrap=True, max_width=18, overflow="ellipsis")
    t.add_column("Role", no_wrap=True)
    t.add_column("Title / outlet", max_width=26, overflow="ellipsis", no_wrap=True)
    t.add_column("Turns", justify="right")
    t.add_column("Share of talk", no_wrap=True)
    if timed:
        t.add_column("Time", justify="right")
    for r in view.roster:
        detail = r.outlet if r.role == "reporter" else r.title
        who = "-" if detail and r.name == detail else r.name
        cells = [who, ROLE_LABELS.get(r.role, r.role), detail or "", str(r.turns),
                 f"{bar(r.share_of_talk)} {pct(r.share_of_talk):>4}"]
        if timed:
            cells.append(minutes(r.talk_seconds))
        t.add_row(*cells)
    roles = " · ".join(f"{ROLE_LABELS.get(role, role)} {pct(share)}" for role, share in view.talk_by_role)
    return Group(t, Text(f"Talk by role: {roles}"))


def qa_table(view: ConferenceView) -> RenderableType:
    if not view.qa:
        return Text(f"No questions and answers in this document ({view.header.doc_type}).", style="italic")
    t = _table("Questions and answers", caption="Align: share of the question's topics the answer covers; "
               "! = answer drifts. NA: non-answer (refuse / unable / defer).", caption_justify="left")
    t.add_column("#", justify="right")
    t.add_column("Outlet", max_width=12)
    t.add_column("To", max_width=8)
    t.add_column("By", max_width=14)
    t.add_column("Topic", max_width=11, overflow="ellipsis", no_wrap=True)
    t.add_column("Chars", justify="right")
    t.add_column("Fig", justify="right")
    t.add_column("BP", justify="right")
    t.add_column("Align", justify="right", no_wrap=True)
    t.add_column("NA", no_wrap=True)
    for q in view.qa:
        outlet = q.outlet or ("(no question)" if q.status == "orphan" else "-")
        by = ", ".join(q.answerers) if q.answerers else ("(unanswered)" if q.status == "unanswered" else "-")
        align = "-" if q.alignment is None else f"{q.alignment:.2f}" + ("!" if q.drift else " ")
        t.add_row(str(q.pair), outlet, q.addressee or "-", by, q.primary_topic or "-", count(q.answer_chars),
                  str(q.figures), pct(q.boilerplate_ratio), Text(align, style="yellow" if q.drift else ""),
                  Text(q.non_answer or "-", style="bold red" if q.non_answer else ""))
    return t


def speaker_table(view: ConferenceView) -> Optional[RenderableType]:
    if not view.speakers:
        return None
    t = _table("Officials", caption="Fig/1k: figures per 1,000 characters. BP: boilerplate share. "
               "Spec: specificity (entities and quantities).", caption_justify="left")
    t.add_column("Speaker", max_width=12)
    t.add_column("Share", justify="right")
    t.add_column("Topic coverage", no_wrap=True)
    t.add_column("Fig/1k", justify="right")
    t.add_column("BP", justify="right")
    t.add_column("Spec", justify="right")
    t.add_column("NA", justify="right")
    for s in view.speakers:
        cover = "\n".join(f"{topic[:11]:<11} {bar(share, 6)} {pct(share):>4}"
                          for topic, share in s.topic_coverage[:TOPICS_PER_SPEAKER]) or "-"
        na = f"{s.non_answers}/{s.questions_answered}" if s.questions_answered else "-"
        t.add_row(s.name, pct(s.share_of_talk), cover, num(s.figures_per_1k_chars), pct(s.boilerplate_ratio),
                  pct(s.specificity), na)
    return t


def sample_figures(view: ConferenceView, limit: int = FIGURES_SHOWN) -> list[FigureRow]:
    """A few figures that show who cited what: officials' figures with a metric, taken in turn
    from each speaker (text order within a speaker); others only to fill up."""
    by_speaker: dict[str, list[FigureRow]] = {}
    for f in view.figures:
        if f.speaker and f.metric:
            by_speaker.setdefault(f.speaker, []).append(f)
    chosen: list[FigureRow] = []
    queues = [by_speaker[s.name] for s in view.speakers if s.name in by_speaker] or list(by_speaker.values())
    while len(chosen) < limit and any(queues):
        for queue in queues:
            if queue and len(chosen) < limit:
                chosen.append(queue.pop(0))
    rest = [f for f in view.figures if f not in chosen]
    chosen += [f for f in rest if f.metric][: limit - len(chosen)]
    chosen += [f for f in rest if not f.metric][: limit - len(chosen)]
    return sorted(chosen, key=lambda f: f.start)


def figures_table(view: ConferenceView, limit: int = FIGURES_SHOWN) -> Optional[RenderableType]:
    if not view.figures:
        return None
    chosen = sample_figures(view, limit)
    t = _table(f"Figures cited ({len(chosen)} of {len(view.figures)})")
    t.add_column("Speaker", max_width=10, overflow="ellipsis", no_wrap=True)
    t.add_column("As written", max_width=16)
    t.add_column("Value", justify="right", no_wrap=True)
    t.add_column("Unit", max_width=12)
    t.add_column("Metric", max_width=16)
    t.add_column("Kind", no_wrap=True)
    for f in chosen:
        kind = f.kind + (f" {f.direction}" if f.direction else "")
        t.add_row(f.speaker or "-", f.text, value(f, view.header.script), f.unit or "-", f.metric or "-", kind)
    return t


def _samples(title: str, samples: Iterable[SentenceSample], stock: bool) -> Optional[RenderableType]:
    samples = list(samples)[:SAMPLES_SHOWN]
    if not samples:
        return None
    grid = Table.grid(padding=(0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for s in samples:
        line = Text()
        line.append(f"[{s.boilerplate}]" if stock else f"[{s.figures} figure{'s' if s.figures != 1 else ''}]",
                    style="bold")
        if s.speaker:
            line.append(f" {s.speaker}")
        if stock and s.reason:
            line.append(f"  stock phrase: {clip(s.reason, 24)}", style="dim")
        grid.add_row(" - ", line)
        grid.add_row("   ", Text(clip(s.text), overflow="fold"))
    return Group(Text(title, style="bold"), grid)


def renderables(view: ConferenceView) -> list[RenderableType]:
    """The summary as a list of rich renderables, top to bottom."""
    bp = view.boilerplate
    by_type = ", ".join(f"{k} {pct(v)}" for k, v in bp.by_type)
    parts = [header(view), roster(view), qa_table(view), speaker_table(view), figures_table(view),
             Text(f"Boilerplate: {pct(bp.ratio)} of characters ({by_type}); evidence: {bp.evidence}"),
             _samples("Most stock sentences", view.stock, stock=True),
             _samples("Most specific sentences", view.specific, stock=False)]
    return [p for p in parts if p is not None]


def render(view: ConferenceView, console: Console) -> None:
    """Print the terminal summary of one conference."""
    for part in renderables(view):
        console.print(part)
    console.print()
