"""The rich terminal summary of one conference, from its ConferenceView.

Lays itself out for the console's width, from 60 columns up to ``MAX_WIDTH`` (a wider terminal gets
the same 120-column summary, not stretched boxes); Chinese counts double. Reads without colour:
every signal is also a text marker (``!`` for a drifting answer, the non-answer kind spelled out,
bars drawn with blocks). Role words are the export's (moderator, speaker, reporter, other).
"""
from __future__ import annotations

from typing import Iterable, Optional

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from . import linebreak
from .view import ConferenceView, FigureRow, QARow, SentenceSample

MAX_WIDTH = 120  # the summary never grows wider than this
NARROW = 72  # below this many columns, tables drop their least useful columns
FIGURES_SHOWN = 8
SAMPLES_SHOWN = 3
SENTENCE_CHARS = 90  # a sample sentence is cut to this many characters
QUESTION_CHARS = 200  # a question is cut to this many characters in the terminal (the CSV has it whole)
BAR_CELLS = 8
TOPICS_PER_SPEAKER = 3


# ------------------------------------------------------------------ small formatters (shared)
def pct(x: Optional[float], digits: int = 0) -> str:
    return "-" if x is None else f"{100 * x:.{digits}f}%"


def num(x: Optional[float], digits: int = 1) -> str:
    return "-" if x is None else f"{x:,.{digits}f}"


def count(n: Optional[int]) -> str:
    return "-" if n is None else f"{n:,}"


def counted(n: int, noun: str) -> str:
    """"1 question", "2 questions": a count with its noun, plural when it is not one."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


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


def clip_cells(text: str, cells: int) -> str:
    """``text`` cut to at most ``cells`` display cells (Chinese counts two), with an ellipsis."""
    text = " ".join(text.split())
    if cell_len(text) <= cells:
        return text
    while text and cell_len(text) > cells - 1:
        text = text[:-1]
    return text + "…"


def minutes(seconds: Optional[float]) -> str:
    if seconds is None:
        return "-"
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _table(title: str, **kw) -> Table:
    return Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, pad_edge=False,
                 padding=(0, 1), show_edge=False, **kw)


def fixed_table(title: str, columns: list[tuple[str, int, dict]], width: int, flexible: int) -> Table:
    """A table whose columns have fixed content widths (never squeezed to one character), except
    column ``flexible``, which gets what is left of ``width`` at most, and ends in an ellipsis."""
    pads = 3 * (len(columns) - 1)  # padding, rule, padding between columns
    sizes = [max(w, cell_len(h)) for h, w, _kw in columns]
    room = width - pads - sum(sizes) + sizes[flexible]
    sizes[flexible] = max(8, min(sizes[flexible], room))
    t = _table(title)
    for (header_text, _w, kw), size in zip(columns, sizes):
        t.add_column(header_text, no_wrap=True, min_width=size, max_width=size, **kw)
    return t


class Wrapped:
    """Text broken into lines by Chinese rules (``linebreak``) at whatever width it is given."""

    def __init__(self, text: str, style: str = "", indent: str = ""):
        self.text, self.style, self.indent = text, style, indent

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        room = options.max_width - cell_len(self.indent)
        for line in linebreak.wrap(self.text, room, cell_len):
            yield Text(self.indent + line, style=self.style, no_wrap=True, overflow="crop")

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        longest = cell_len(self.indent) + cell_len(self.text)
        return Measurement(min(longest, 12), min(longest, options.max_width))


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
    key = [counted(n.turns, "turn"), counted(n.questions, "question"), counted(n.figures, "figure")
           + f" ({num(n.figures_per_1k_chars)}/1k chars)", f"boilerplate {pct(view.boilerplate.ratio)}"]
    if n.questions or n.orphan:
        key.append(f"non-answers {n.non_answers}/{n.answered + n.orphan}")
    lines.append(Text("Key: " + " · ".join(key)))
    if view.topics:
        lines.append(Text("Topics: " + " · ".join(f"{t} {pct(s)}" for t, s in view.topics[:6])))
    lines.extend(Text(f"Warning: {w}", style="yellow") for w in h.warnings)
    return Panel(Group(*lines), box=box.ROUNDED, padding=(0, 1))


def roster(view: ConferenceView, width: int = 80) -> Optional[RenderableType]:
    if not view.roster:
        return None
    timed = any(r.talk_seconds for r in view.roster)
    narrow = width < NARROW
    share = (4 if narrow else BAR_CELLS) + 5
    columns = [("Who", min(16, max(cell_len(r.name) for r in view.roster)), {"overflow": "ellipsis"}),
               ("Role", max(len(r.role) for r in view.roster), {}),
               ("Title / outlet", max(cell_len(r.detail or "") for r in view.roster), {"overflow": "ellipsis"})]
    columns += [] if narrow else [("Turns", 5, {"justify": "right"})]
    columns += [("Share of talk" if not narrow else "Share", share, {})]
    columns += [("Time", 5, {"justify": "right"})] if timed else []
    t = fixed_table("Roster", columns, width, flexible=2)
    for r in view.roster:
        cells = [r.name, r.role, r.detail or ""]
        if not narrow:
            cells.append(str(r.turns))
        cells.append(f"{bar(r.share_of_talk, share - 5)} {pct(r.share_of_talk):>4}")
        if timed:
            cells.append(minutes(r.talk_seconds))
        t.add_row(*cells)
    roles = " · ".join(f"{role} {pct(share)}" for role, share in view.talk_by_role)
    return Group(t, Text(f"Talk by role: {roles}"))


def asker(q: QARow) -> str:
    """Who asked, as every output shows it: reporter (outlet), the outlet, or why there is nobody."""
    if q.reporter and q.outlet and q.reporter != q.outlet:
        return f"{q.reporter} ({q.outlet})"
    return q.outlet or q.reporter or ("(no question)" if q.status == "orphan" else "-")


def _qa_head(q: QARow) -> Text:
    """One line of facts about a pair: who asked whom, who answered, topic, alignment, figures."""
    who = asker(q)
    line = Text(f"#{q.pair} ", style="bold")
    if q.question_time:
        line.append(f"{q.question_time} ")
    line.append(who, style="bold")
    if q.addressee:
        line.append(f" → {q.addressee}")
    if q.status == "unanswered":
        line.append(" · unanswered")
        facts = [q.primary_topic or "no topic"]
    else:
        line.append(f" · answered by {', '.join(q.answerers) or '-'}")
        facts = [q.primary_topic or "no topic"]
        if q.alignment is not None:
            facts.append(f"align {q.alignment:.2f}" + ("!" if q.drift else ""))
        facts += [f"{q.figures} fig", f"BP {pct(q.boilerplate_ratio)}", f"{count(q.answer_chars)} chars"]
    line.append(" · " + " · ".join(facts), style="yellow" if q.drift else "")
    return line


def qa_section(view: ConferenceView) -> RenderableType:
    """Each question with who asked and who answered, the question, an answer excerpt and any
    non-answer quoted."""
    if not view.qa:
        return Text(f"No questions and answers in this document ({view.header.doc_type}).", style="italic")
    parts: list[RenderableType] = [Text(f"Questions and answers ({len(view.qa)})", style="bold")]
    for q in view.qa:
        parts.append(_qa_head(q))
        if q.question:
            parts.append(Wrapped("Q: " + clip(q.question, QUESTION_CHARS), indent="   "))
        if q.answer_excerpt:
            parts.append(Wrapped("A: " + q.answer_excerpt, indent="   "))
        if q.non_answer:
            parts.append(Wrapped(f"non-answer ({q.non_answer}): “{q.non_answer_quote or q.non_answer_cue}”",
                                 style="bold red", indent="   "))
    parts.append(Text("align: share of the question's topics the answer covers (! = the answer drifts); "
                      "fig: figures in the answer; BP: its boilerplate share.", style="dim"))
    return Group(*parts)


def speaker_table(view: ConferenceView, width: int = 80) -> Optional[RenderableType]:
    if not view.speakers:
        return None
    narrow = width < NARROW
    covers = ["\n".join(f"{topic[:11]:<11} {pct(share):>4}" if narrow else
                        f"{topic[:11]:<11} {bar(share, 6)} {pct(share):>4}"
                        for topic, share in s.topic_coverage[:TOPICS_PER_SPEAKER]) or "-" for s in view.speakers]
    columns = [("Speaker", min(16, max(cell_len(s.name) for s in view.speakers)), {"overflow": "ellipsis"}),
               ("Share", 4, {"justify": "right"}),
               ("Topic coverage", max(cell_len(line) for c in covers for line in c.split("\n")),
                {"overflow": "ellipsis"}),
               ("Fig/1k", 6, {"justify": "right"}), ("BP", 4, {"justify": "right"})]
    columns += [] if narrow else [("Spec", 4, {"justify": "right"})]
    columns += [("NA", 5, {"justify": "right"})]
    t = fixed_table("Speakers", columns, width, flexible=2)
    t.caption = ("Fig/1k: figures per 1,000 characters. BP: boilerplate share. "
                 + ("" if narrow else "Spec: specificity (entities and quantities). ") + "NA: non-answers.")
    t.caption_justify = "left"
    for s, cover in zip(view.speakers, covers):
        na = f"{s.non_answers}/{s.questions_answered}" if s.questions_answered else "-"
        cells = [s.name, pct(s.share_of_talk), cover, num(s.figures_per_1k_chars), pct(s.boilerplate_ratio)]
        cells += [] if narrow else [pct(s.specificity)]
        t.add_row(*cells, na)
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


def figures_table(view: ConferenceView, width: int = 80, limit: int = FIGURES_SHOWN) -> Optional[RenderableType]:
    if not view.figures:
        return None
    narrow = width < NARROW
    chosen = sample_figures(view, limit)
    rows = [[f.speaker or "-", f.text, value(f, view.header.script), f.unit or "-", f.metric or "-",
             f.kind + (f" {f.direction}" if f.direction else "")] for f in chosen]
    headers = ["Speaker", "As written", "Value", "Unit", "Metric", "Kind"]
    keep = [0, 1, 2, 4] if narrow else list(range(6))
    widths = [min({1: 18, 4: 24}.get(i, 12), max(cell_len(r[i]) for r in rows)) for i in range(6)]
    columns = [(headers[i], widths[i], {"overflow": "ellipsis", "justify": "right" if i == 2 else "left"})
               for i in keep]
    t = fixed_table(f"Figures cited ({len(chosen)} of {len(view.figures)})", columns, width,
                     flexible=keep.index(4))
    for r in rows:
        t.add_row(*(r[i] for i in keep))
    return t


def _samples(title: str, samples: Iterable[SentenceSample], stock: bool) -> Optional[RenderableType]:
    samples = list(samples)[:SAMPLES_SHOWN]
    if not samples:
        return None
    parts: list[RenderableType] = [Text(title, style="bold")]
    for s in samples:
        line = Text(" - ")
        line.append(f"[{s.boilerplate}]" if stock else f"[{s.figures} figure{'s' if s.figures != 1 else ''}]",
                    style="bold")
        if s.speaker:
            line.append(f" {s.speaker}")
        if stock and s.reason:
            line.append(f"  stock phrase: {clip(s.reason, 24)}", style="dim")
        parts += [line, Wrapped(clip(s.text), indent="   ")]
    return Group(*parts)


def set_aside_note(bp) -> str:
    """How many listed phrases were found, and how many were set aside in sentences judged specific."""
    if not bp.phrase_matches:
        return "no listed stock phrase occurs"
    return (f"{bp.phrase_matches} listed phrase(s) found, {bp.phrase_matches_set_aside} set aside in sentences "
            "judged specific (`analyzer explain FILE` says why)")


def boilerplate_line(view: ConferenceView) -> Text:
    bp = view.boilerplate
    by_type = ", ".join(f"{k} {pct(v)}" for k, v in bp.by_type)
    line = f"Boilerplate: {pct(bp.ratio)} of characters ({by_type}); evidence: {bp.evidence}"
    if bp.phrase_matches:
        line += "; " + set_aside_note(bp)
    return Text(line)


def renderables(view: ConferenceView, width: int = 80) -> list[RenderableType]:
    """The summary as a list of rich renderables, top to bottom, laid out for ``width`` columns."""
    parts = [header(view), roster(view, width), qa_section(view), speaker_table(view, width),
             figures_table(view, width), boilerplate_line(view),
             _samples("Most stock sentences", view.stock, stock=True),
             _samples("Most specific sentences", view.specific, stock=False)]
    return [p for p in parts if p is not None]


def summary_width(console: Console) -> int:
    """The console's width, capped at ``MAX_WIDTH``."""
    return min(console.width, MAX_WIDTH)


def render(view: ConferenceView, console: Console) -> None:
    """Print the terminal summary of one conference."""
    width = summary_width(console)
    for part in renderables(view, width):
        console.print(part, width=width)
    console.print()
