"""The PDF report of one conference (matplotlib, imported lazily), from its ConferenceView.

Pages: cover with the key numbers; talk share; topic heatmap; Q–A flow; every question and an
answer excerpt as text; figures table; boilerplate by speaker and type; stock vs specific sentences. Text is embedded as TrueType
(Type 42) in a CJK font from ``fonts.py``, so names stay selectable and searchable.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional, Union

from . import fonts, linebreak
from .files import atomic_path
from .terminal import asker, clip, clip_cells, count, minutes, num, pct, set_aside_note, value
from .view import ConferenceView

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

PAGE = (8.27, 11.69)  # A4 portrait, inches
LANDSCAPE = (11.69, 8.27)
FIGURE_ROWS_PER_PAGE = 46
FIGURE_PAGES_MAX = 4
QA_ROWS_MAX = 24
QA_TEXT_CELLS = 100  # a line of question or answer text on the Q&A pages, in cells (Chinese counts two)
QA_QUESTION_LINES = 6
QA_ANSWER_LINES = 5
TABLE_ROW_INCHES = 10 / 72 * 1.2  # a table row before ``row_scale``: 1.2 lines of 10 pt, as matplotlib's tables
TABLE_AXES_PAD = 0.02  # room above a table, in fractions of its axes' height (matplotlib's Table.AXESPAD)
TABLE_CELL_PAD = 0.1  # text's distance from a cell's left edge, in fractions of its width (matplotlib's Cell.PAD)
Box = tuple[float, float, float, float]  # left, bottom, width, height in fractions of the page (an axes' position)
ROLE_COLOURS = {"moderator": "#8c8c8c", "speaker": "#2f6db5", "reporter": "#e08a2c", "other": "#5a9e5a"}
TYPE_COLOURS = {"political": "#b53a2f", "courtesy": "#d9a441", "procedural": "#6a7fa8"}


# ------------------------------------------------------------------ text helpers
cells = linebreak.cells


def drawn_cells(text: str) -> float:
    """Width on the page in CJK half-widths: Latin in DejaVu Sans runs wider than half a CJK glyph."""
    wide = linebreak.cells(text) - len(text)
    return 2 * wide + 1.2 * (len(text) - wide)


def wrap(text: str, width: int, measure=cells) -> list[str]:
    """Lines of at most ``width`` cells by Chinese line-breaking rules (``linebreak``): no line starts
    with closing punctuation, numbers stay with their units."""
    return linebreak.wrap(text, width, measure)


def _new_page(size=PAGE) -> "Figure":
    from matplotlib.figure import Figure

    return Figure(figsize=size)


def _page_title(fig: "Figure", title: str, view: ConferenceView) -> None:
    fig.text(0.06, 0.965, title, fontsize=15, va="top")
    fig.text(0.06, 0.935, clip(view.header.name, 60), fontsize=9, color="#555555", va="top")


def chart_axes(ax, title: str, labelsize: float = 8) -> None:
    """The look of the overview's charts: a title on the left, small ticks, no top or right frame."""
    ax.set_title(title, fontsize=10, loc="left")
    ax.tick_params(labelsize=labelsize)
    ax.spines[["top", "right"]].set_visible(False)


def from_zero(ax, counts: bool = False, axis: str = "y") -> None:
    """Every measure drawn is a share, a rate or a count: its axis starts at 0 (an all-zero line sits
    on the axis, not in a band around 0), and counts are ticked in whole numbers."""
    from matplotlib.ticker import MaxNLocator

    _low, high = ax.get_ylim() if axis == "y" else ax.get_xlim()
    (ax.set_ylim if axis == "y" else ax.set_xlim)(0, max(high, 1.0))
    if counts:
        (ax.yaxis if axis == "y" else ax.xaxis).set_major_locator(MaxNLocator(integer=True))


def frame(fig: "Figure", box: Box, xlim=(0.0, 1.0), ylim=(0.0, 1.0)):
    """The transform from xlim × ylim to ``box`` on the page (left, bottom, width, height in fractions
    of it): an axes' data transform without the axes, for what is drawn with no axis. An axes, even
    hidden, makes its axis, ticks and spines: a quarter of a page of figures."""
    from matplotlib.transforms import Bbox, BboxTransform, TransformedBbox

    return BboxTransform(Bbox.from_extents(xlim[0], ylim[0], xlim[1], ylim[1]),
                         TransformedBbox(Bbox.from_bounds(*box), fig.transFigure))


def _empty(fig: "Figure", box: Box, message: str) -> None:
    """Why ``box`` shows nothing, in its middle."""
    fig.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#555555", transform=frame(fig, box))


# ------------------------------------------------------------------ pages
def cover(view: ConferenceView) -> "Figure":
    h, c, n, bp = view.header, view.cleaning, view.numbers, view.boilerplate
    fig = _new_page()
    y = 0.93
    for line in wrap(h.name, 44):
        fig.text(0.07, y, line, fontsize=20, va="top")
        y -= 0.035
    facts = " · ".join(x for x in (h.place, h.date, h.doc_type, h.layout, h.script) if x)
    fig.text(0.07, y - 0.005, facts, fontsize=11, va="top")
    fig.text(0.07, y - 0.03, f"NLP backend: {h.backend} · boilerplate evidence: {bp.evidence} · source: "
             f"{Path(h.source).name}", fontsize=8, color="#555555", va="top")
    y -= 0.08
    tiles = [(count(n.participants), "participants"), (count(n.turns), "turns"),
             (count(n.questions), "questions"), (count(n.figures), "figures cited"),
             (num(n.figures_per_1k_chars), "figures / 1,000 chars"), (pct(bp.ratio), "boilerplate"),
             (f"{n.non_answers}/{n.answered + n.orphan}" if (n.questions or n.orphan) else "-", "non-answers"),
             (count(n.chars), "characters kept")]
    for i, (big, label) in enumerate(tiles):
        col, row = i % 4, i // 4
        x, ty = 0.07 + col * 0.225, y - row * 0.1
        fig.add_artist(_box(fig, x - 0.01, ty - 0.085, 0.2, 0.085))
        fig.text(x, ty - 0.015, big, fontsize=20, va="top", color="#1f3b63")
        fig.text(x, ty - 0.06, label, fontsize=9, va="top", color="#444444")
    y -= 0.23
    dropped = ", ".join(f"{r} {v:,}" for r, v in c.dropped_by_reason) or "nothing"
    clean_line = (f"Cleaning: {c.chars_in:,} characters in, {c.chars_kept:,} kept; dropped {dropped}."
                  + (f" {c.duplicate_blocks} duplicate block(s)." if c.duplicate_blocks else "")
                  + (f" {c.glosses_removed} pinyin glosses removed." if c.glosses_removed else "")
                  + (f" {c.damaged} damaged fragments kept." if c.damaged else ""))
    for line in wrap(clean_line, 110):
        fig.text(0.07, y, line, fontsize=9, va="top")
        y -= 0.02
    for line in wrap("Topics: " + " · ".join(f"{t} {pct(s)}" for t, s in view.topics[:8]), 110) if view.topics else []:
        fig.text(0.07, y, line, fontsize=9, va="top")
        y -= 0.02
    y -= 0.02
    fig.text(0.07, y, "Who took part", fontsize=13, va="top")
    y -= 0.035
    for r in view.roster[:26]:
        fig.text(0.07, y, r.name, fontsize=10, va="top")
        fig.text(0.30, y, r.role, fontsize=9, va="top", color=ROLE_COLOURS.get(r.role))
        fig.text(0.42, y, clip(r.detail or "", 36), fontsize=9, va="top", color="#444444")
        fig.text(0.93, y, pct(r.share_of_talk), fontsize=9, va="top", ha="right")
        y -= 0.024
    if len(view.roster) > 26:
        fig.text(0.07, y, f"… and {len(view.roster) - 26} more", fontsize=9, va="top")
    if not view.roster:
        fig.text(0.07, y, "No speakers: a document without dialogue.", fontsize=10, va="top", color="#555555")
    return fig


def grid_table(fig: "Figure", box: Box, rows: list[list[str]], labels: list[str], widths: list[float],
               fontsize: float = 8.5, row_scale: float = 1.3) -> None:
    """A plain table in the reports' one style: light grid, tinted header row, at the top of ``box``
    (left, bottom, width, height in fractions of the page, as an axes' position), ``widths`` in
    fractions of its width. Drawn on the page itself (``frame``), not in an axes. One text per cell
    and one set of grid lines: matplotlib's own table draws a patch per cell and lays each text out
    again to place it."""
    from matplotlib.collections import LineCollection
    from matplotlib.patches import Rectangle

    box_frame = frame(fig, box)
    step = TABLE_ROW_INCHES * row_scale / (box[3] * fig.get_figheight())  # one row, in fractions of the box's height
    left, top = (1 - sum(widths)) / 2, 1 - TABLE_AXES_PAD
    edges = [left + sum(widths[:i]) for i in range(len(widths) + 1)]
    bottom = top - step * (len(rows) + 1)
    fig.add_artist(Rectangle((left, top - step), edges[-1] - left, step, transform=box_frame, facecolor="#e3ebf5",
                             edgecolor="none"))
    lines = [((left, top - k * step), (edges[-1], top - k * step)) for k in range(len(rows) + 2)]
    lines += [((x, top), (x, bottom)) for x in edges]
    fig.add_artist(LineCollection(lines, colors="#cccccc", linewidths=0.8, transform=box_frame))
    for x, width, label in zip(edges, widths, labels):  # the header centred, as matplotlib's tables
        fig.text(x + width / 2, top - step / 2, label, fontsize=fontsize, va="center", ha="center", transform=box_frame)
    for r, row in enumerate(rows, 1):
        for x, width, cell in zip(edges, widths, row):
            fig.text(x + TABLE_CELL_PAD * width, top - (r + 0.5) * step, cell, fontsize=fontsize, va="center",
                     transform=box_frame)


def table_title(fig: "Figure", box: Box, title: str) -> None:
    """A title over a ``grid_table``'s box, where an axes puts its own (left, 6 points above)."""
    fig.text(box[0], box[1] + box[3] + 6 / 72 / fig.get_figheight(), title, fontsize=9, va="baseline")


def share_bars(fig: "Figure", box: Box, title: str, rows: list[tuple[str, float, str, str]], slots: int = 4) -> None:
    """Horizontal bars, one per (label, share, colour, note) row from the top of ``box``, a share of 1
    as wide as the box less room for the notes; each bar with its label on the left and its note at
    its end, drawn on the page (``frame``) with no axis: every bar says its value, and an axes would
    cost as much as the rest of its page. At least ``slots`` rows high, so two bars do not fill half a page."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle

    n = max(len(rows), slots)
    place = frame(fig, box, (0.0, 1.2), (n, 0.0))  # row k's middle at k + 0.5, from the top
    table_title(fig, box, title)
    for k, (label, share, colour, note) in enumerate(rows):
        y = k + 0.5
        fig.add_artist(Rectangle((0, y - 0.35), share, 0.7, facecolor=colour, edgecolor="none", transform=place))
        fig.text(-0.015, y, label, ha="right", va="center", fontsize=9, transform=place)
        fig.text(share, y, " " + note, va="center", fontsize=8, transform=place)
    fig.add_artist(Line2D([0, 0], [0, len(rows)], color="#333333", linewidth=0.8, transform=place))


def _box(fig, x, y, w, h):
    from matplotlib.patches import FancyBboxPatch

    return FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.004", transform=fig.transFigure,
                          facecolor="#eef3f9", edgecolor="#c5d3e6", linewidth=0.8)


def talk_share(view: ConferenceView) -> "Figure":
    fig = _new_page()
    _page_title(fig, "Talk share", view)
    if not view.roster:
        _empty(fig, (0.1, 0.1, 0.8, 0.7), "No speakers in this document.")
        return fig
    rows = list(view.roster)
    ax = fig.add_axes((0.28, 0.36, 0.64, 0.54))
    ys = range(len(rows))[::-1]
    ax.barh(list(ys), [r.share_of_talk * 100 for r in rows], color=[ROLE_COLOURS.get(r.role, "#777") for r in rows])
    ax.set_yticks(list(ys), [f"{r.name} ({r.role})" for r in rows], fontsize=9)
    ax.set_xlabel("share of all characters spoken (%)")
    for yv, r in zip(ys, rows):
        note = pct(r.share_of_talk, 1) + (f"  {minutes(r.talk_seconds)} min" if r.talk_seconds else "")
        ax.text(r.share_of_talk * 100, yv, " " + note, va="center", fontsize=8)
    ax.set_xlim(0, max(r.share_of_talk for r in rows) * 100 * 1.3 + 1)
    ax.spines[["top", "right"]].set_visible(False)
    share_bars(fig, (0.28, 0.08, 0.64, 0.2), "by role",
                  [(role, share, ROLE_COLOURS.get(role, "#777"), pct(share, 1)) for role, share in view.talk_by_role])
    return fig


def topic_heatmap(view: ConferenceView) -> "Figure":
    fig = _new_page(LANDSCAPE)
    # every cell of 0.5% or more says its value, so no colour bar (an axes of its own) is drawn
    _page_title(fig, "Topic coverage: % of each speaker's characters" if view.speakers
                else "Topic coverage: % of the document's topic weight", view)
    rows = [(s.name, dict(s.topic_coverage)) for s in view.speakers] + [("whole document", dict(view.topics))]
    used = [t for t in view.topic_order if any(d.get(t) for _n, d in rows)]
    box = (0.16, 0.12, 0.8, 0.72)
    if not used:
        _empty(fig, box, "No topic terms found.")
        return fig
    ax = fig.add_axes(box)
    if not view.speakers:  # one row: a bar chart reads better than a one-line heatmap
        values = [dict(view.topics).get(t, 0.0) * 100 for t in used]
        ax.bar(range(len(used)), values, color="#2f6db5")
        ax.set_xticks(range(len(used)), used, rotation=35, ha="right", fontsize=9)
        for x, v in enumerate(values):
            ax.text(x, v, f"{v:.0f}%", ha="center", va="bottom", fontsize=8)
        ax.set_ylabel("%")
        ax.spines[["top", "right"]].set_visible(False)
        return fig
    data = [[d.get(t, 0.0) * 100 for t in used] for _n, d in rows]
    ax.imshow(data, cmap="Blues", aspect="auto", vmin=0, vmax=max(max(r) for r in data) or 1)
    ax.set_xticks(range(len(used)), used, rotation=35, ha="right", fontsize=9)
    ax.set_yticks(range(len(rows)), [n for n, _d in rows], fontsize=9)
    top = max(max(r) for r in data) or 1
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            if v >= 0.5:
                ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=8,
                        color="white" if v > top * 0.6 else "#1a1a1a")
    return fig


def qa_flow(view: ConferenceView) -> "Figure":
    """Each pair as a bar out to the left (the question's length) and one to the right (the answer's),
    drawn on the page in a frame of its own: no axis is shown, so no axes is made (``frame``)."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle

    fig = _new_page()
    _page_title(fig, "Questions and answers in order", view)
    box = (0.06, 0.07, 0.9, 0.82)
    if not view.qa:
        _empty(fig, box, f"No questions and answers ({view.header.doc_type}).")
        return fig
    qa = list(view.qa)[:QA_ROWS_MAX]
    slots = max(len(qa), 10)  # a fixed row height, so a short conference does not get giant bars
    longest = max(max(q.question_chars, q.answer_chars) for q in qa) or 1
    place = frame(fig, box, (-1.05, 1.6), (-0.5, slots * 2 - 0.5))

    def text(x: float, y: float, s: str, **style) -> None:
        fig.text(x, y, s, transform=place, **style)

    def bar(y: float, width: float, colour: str) -> None:
        fig.add_artist(Rectangle((0, y - 0.4), width, 0.8, facecolor=colour, edgecolor="none", transform=place))

    top = slots * 2 - 0.4
    text(-0.5, top, "question (characters)", ha="center", fontsize=9, color="#555555")
    text(0.5, top, "answer (characters)", ha="center", fontsize=9, color="#555555")
    for k, q in enumerate(qa):
        y = (slots - 1 - k) * 2 + 0.3
        bar(y, -q.question_chars / longest, ROLE_COLOURS["reporter"])
        bar(y, q.answer_chars / longest, "#b53a2f" if q.non_answer else ("#9aa9c4" if q.drift else ROLE_COLOURS["speaker"]))
        text(-q.question_chars / longest - 0.02, y, count(q.question_chars), ha="right", va="center", fontsize=7)
        text(q.answer_chars / longest + 0.02, y, count(q.answer_chars), ha="left", va="center", fontsize=7)
        when = f"{q.question_time} " if q.question_time else ""
        who = f"#{q.pair} {when}{q.outlet or q.reporter or ('(no question)' if q.status == 'orphan' else '-')}"
        to = f"→ asked: {q.addressee}" if q.addressee else "→ asked: anyone"
        answered_at = f" ({q.answer_time})" if q.answer_time else ""
        by = (", ".join(q.answerers) if q.answerers else "(unanswered)") + answered_at
        flags = " · ".join(x for x in (q.primary_topic, f"align {q.alignment:.2f}" if q.alignment is not None else "",
                                       "drifts" if q.drift else "", f"non-answer: {q.non_answer}" if q.non_answer else "")
                           if x)
        text(-1.03, y + 0.85, f"{who}  {to}", fontsize=8, va="center")
        text(0.02, y + 0.85, f"answered by {by}" + (f"  ·  {flags}" if flags else ""), fontsize=7.5, va="center",
             color="#333333")
    fig.legend(handles=[Patch(color=ROLE_COLOURS["reporter"], label="question"),
                        Patch(color=ROLE_COLOURS["speaker"], label="answer"),
                        Patch(color="#9aa9c4", label="answer drifts from the question"),
                        Patch(color="#b53a2f", label="non-answer")],
               loc="lower right", bbox_to_anchor=box, fontsize=8, frameon=False)
    fig.add_artist(Line2D([0, 0], [(slots - len(qa)) * 2 - 0.3, top - 0.3], color="#333333", linewidth=0.6,
                          transform=place))
    if len(view.qa) > len(qa):
        fig.text(0.06, 0.03, f"… {len(view.qa) - len(qa)} more pairs in the JSON and CSV tables", fontsize=8)
    return fig


def _qa_head(q) -> str:
    head = f"#{q.pair} " + (f"{q.question_time} " if q.question_time else "") + asker(q)
    head += f" → {q.addressee}" if q.addressee else ""
    if q.status == "unanswered":
        return head + " · unanswered"
    facts = [f"answered by {', '.join(q.answerers) or '-'}", q.primary_topic or "no topic"]
    if q.alignment is not None:
        facts.append(f"alignment {q.alignment:.2f}" + (" (drifts)" if q.drift else ""))
    facts += [f"{q.figures} figure{'s' if q.figures != 1 else ''}", f"boilerplate {pct(q.boilerplate_ratio)}"]
    return head + " · " + " · ".join(facts)


def _qa_block(q) -> list[tuple[str, str, str]]:
    """(prefix, text, colour) lines of one pair: the facts, the question, the answer excerpt, a non-answer."""
    lines = [("", line, "#1f3b63") for line in wrap(_qa_head(q), QA_TEXT_CELLS + 4, drawn_cells)]
    for prefix, text, limit in (("Q", q.question, QA_QUESTION_LINES), ("A", q.answer_excerpt, QA_ANSWER_LINES)):
        wrapped = wrap(text or "", QA_TEXT_CELLS, drawn_cells)
        if len(wrapped) > limit:
            wrapped = wrapped[:limit - 1] + [clip(wrapped[limit - 1], len(wrapped[limit - 1]) - 1) + "…"]
        lines += [(prefix if k == 0 else "", line, "#1a1a1a") for k, line in enumerate(wrapped)]
    if q.non_answer:
        quote = f"non-answer ({q.non_answer}): “{q.non_answer_quote or q.non_answer_cue}”"
        lines += [("", line, "#b53a2f") for line in wrap(quote, QA_TEXT_CELLS, drawn_cells)]
    return lines


QA_LINE_STEP = 0.0165  # the height of a line of text on the Q&A pages, as a share of the page


def _qa_layout(view: ConferenceView) -> list[list[list[tuple[str, str, str]]]]:
    """The pairs' blocks of lines, split into pages."""
    pages: list[list[list[tuple[str, str, str]]]] = []
    room = 0.0
    for q in view.qa:
        block = _qa_block(q)
        need = QA_LINE_STEP * (len(block) + 0.8)
        if not pages or need > room:
            pages.append([])
            room = 0.86
        pages[-1].append(block)
        room -= need
    return pages


def qa_text_pages(view: ConferenceView, layout: Optional[list] = None) -> list["Figure"]:
    """Every question with who asked whom, who answered, the question, an answer excerpt and any
    non-answer quoted, as many pages as it takes (``layout``: ``_qa_layout(view)``, if already made)."""
    out: list["Figure"] = []
    for n, blocks in enumerate(_qa_layout(view) if layout is None else layout):
        fig = _new_page()
        _page_title(fig, "Questions and answers" + (" (continued)" if n else ""), view)
        y = 0.9
        for block in blocks:
            for prefix, line, colour in block:
                if prefix:
                    fig.text(0.06, y, prefix, fontsize=9, va="top", color="#555555")
                fig.text(0.085, y, line, fontsize=9, va="top", color=colour)
                y -= QA_LINE_STEP
            y -= QA_LINE_STEP * 0.8
        out.append(fig)
    return out


def figure_pages(view: ConferenceView) -> list["Figure"]:
    figs = list(view.figures)
    pages = []
    shown = figs[: FIGURE_ROWS_PER_PAGE * FIGURE_PAGES_MAX]
    chunks = [shown[i:i + FIGURE_ROWS_PER_PAGE] for i in range(0, len(shown), FIGURE_ROWS_PER_PAGE)] or [[]]
    for n, chunk in enumerate(chunks, 1):
        fig = _new_page()
        suffix = f" ({n}/{len(chunks)})" if len(chunks) > 1 else ""
        _page_title(fig, f"Figures cited: {len(figs)}{suffix}", view)
        if not chunk:
            fig.text(0.5, 0.48, "No figures cited.", ha="center", va="center", fontsize=11, color="#555555")
        else:
            text = [[clip_cells(f.speaker or "-", 12), clip_cells(f.text, 22), value(f, view.header.script),
                     clip_cells(f.unit or "-", 11),
                     clip_cells(f.metric or "-", 28), f.kind + (f" {f.direction}" if f.direction else "")] for f in chunk]
            grid_table(fig, (0.04, 0.05, 0.92, 0.86), text, ["speaker", "as written", "value", "unit", "metric", "kind"],
                       [0.13, 0.22, 0.16, 0.1, 0.26, 0.13], fontsize=8, row_scale=1.25)
        if n == len(chunks) and len(figs) > len(shown):
            fig.text(0.06, 0.025, f"… {len(figs) - len(shown)} more figures in the JSON and CSV tables", fontsize=8)
        pages.append(fig)
    return pages


def boilerplate_page(view: ConferenceView) -> "Figure":
    fig = _new_page()
    bp = view.boilerplate
    _page_title(fig, f"Boilerplate: {pct(bp.ratio)} of characters", view)
    fig.text(0.06, 0.02, f"Evidence: {bp.evidence}; {set_aside_note(bp)}.", fontsize=8, color="#555555")
    rows = [(s.name, dict(s.boilerplate_by_type)) for s in view.speakers] + [("whole document", dict(bp.by_type))]
    box = (0.25, 0.42, 0.68, 0.46)
    if not bp.ratio:
        _empty(fig, box, "No sentence judged boilerplate:\n" + set_aside_note(bp))
        return fig
    ax = fig.add_axes(box)
    ys = list(range(len(rows)))[::-1]
    left = [0.0] * len(rows)
    for kind, colour in TYPE_COLOURS.items():
        vals = [d.get(kind, 0.0) * 100 for _n, d in rows]
        ax.barh(ys, vals, left=left, color=colour, label=kind)
        left = [a + b for a, b in zip(left, vals)]
    for yv, total in zip(ys, left):
        ax.text(total, yv, f" {total:.0f}%", va="center", fontsize=8)
    ax.set_yticks(ys, [n for n, _d in rows], fontsize=9)
    ax.set_xlabel("share of characters in boilerplate sentences (%)")
    ax.set_xlim(0, max(left + [1.0]) * 1.25)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    if bp.by_turn_kind:
        share_bars(fig, (0.25, 0.08, 0.68, 0.24), "by turn kind",
                      [(kind, share, "#777777", pct(share)) for kind, share in bp.by_turn_kind])
    return fig


def sentences_page(view: ConferenceView) -> "Figure":
    """The most stock and the most specific sentences, each kind in half the page (samples that do
    not fit are left out, never drawn past the page's edge)."""
    fig = _new_page()
    _page_title(fig, "Stock vs specific sentences", view)
    y = 0.89
    for title, samples, stock, floor in (("Most stock (boilerplate)", view.stock, True, 0.5),
                                         ("Most specific (figures, no stock phrasing)", view.specific, False, 0.04)):
        fig.text(0.06, y, title, fontsize=12, va="top")
        y -= 0.03
        if not samples:
            fig.text(0.08, y, "none", fontsize=9, va="top", color="#555555")
            y -= 0.03
        for s in samples:
            lines = wrap(clip(s.text, 240), 84, drawn_cells)[:5]
            if y - 0.019 * (len(lines) + 1) - 0.012 < floor:
                break
            tag = f"[{s.boilerplate}]" if stock else f"[{s.figures} figure{'s' if s.figures != 1 else ''}]"
            head = f"{tag} {s.speaker or ''}" + (f" · stock phrase: {clip(s.reason, 30)}" if stock and s.reason else "")
            fig.text(0.08, y, head, fontsize=8, va="top", color="#555555")
            y -= 0.019
            for line in lines:
                fig.text(0.09, y, line, fontsize=9.5, va="top")
                y -= 0.019
            y -= 0.012
        y = min(y, floor) - 0.02
    return fig


def plan(view: ConferenceView, layout: Optional[list] = None) -> list[str]:
    """The pages this view gets, in order; pages with nothing to show (no speakers, no questions) are left out.
    ``layout``: the Q&A text pages' ``_qa_layout(view)``, if already made (wrapping every text is not free)."""
    names = ["cover"]
    if view.roster:
        names.append("talk share")
    names.append("topics")
    if view.qa:
        names += ["questions and answers"] + ["question texts"] * len(_qa_layout(view) if layout is None else layout)
    names += ["figures"] * _figure_page_count(view)
    names += ["boilerplate", "sentences"]
    return names


def _figure_page_count(view: ConferenceView) -> int:
    shown = min(len(view.figures), FIGURE_ROWS_PER_PAGE * FIGURE_PAGES_MAX)
    return max(1, -(-shown // FIGURE_ROWS_PER_PAGE))


def pages(view: ConferenceView) -> Iterable["Figure"]:
    """Every page of the report, in the order of ``plan`` (built one at a time to keep memory flat)."""
    builders = {"cover": cover, "talk share": talk_share, "topics": topic_heatmap, "questions and answers": qa_flow,
                "boilerplate": boilerplate_page, "sentences": sentences_page}
    layout = _qa_layout(view)  # once: the plan counts its pages, the Q&A pages draw them
    for name in dict.fromkeys(plan(view, layout)):
        if name == "figures":
            yield from figure_pages(view)
        elif name == "question texts":
            yield from qa_text_pages(view, layout)
        else:
            yield builders[name](view)


def save_pages(figures: Iterable["Figure"], path: Union[str, Path], title: Optional[str] = None,
               characters: Optional[Iterable[str]] = None) -> Path:
    """Write figures as one multi-page PDF, atomically, with the CJK font embedded as TrueType
    (``characters``: all the figures draw, when known: ``fonts.rc_params``)."""
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    with matplotlib.rc_context(fonts.rc_params(characters)), atomic_path(path) as tmp:
        with PdfPages(tmp, metadata={"Title": title or "", "Creator": "analyzer", "CreationDate": None}) as pdf:
            for fig in figures:
                pdf.savefig(fig)
    return Path(path)


# What the pages add to the view's own text: printable ASCII, and the marks and 万/亿 units of
# ``terminal``'s formatting helpers (``tests/test_pdf.py`` checks the pages of the corpus draw nothing else).
PAGE_CHARACTERS = frozenset(map(chr, range(0x20, 0x7F))) | frozenset("·–“”…→万亿萬億")


def drawn_characters(view: ConferenceView) -> set[str]:
    """Every character the report of ``view`` can draw: those of each text the view holds and ``PAGE_CHARACTERS``."""
    seen: set[str] = set(PAGE_CHARACTERS)
    stack: list = [view]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            seen.update(item)
        elif isinstance(item, (tuple, list)):
            stack.extend(item)
        elif dataclasses.is_dataclass(item):
            stack.extend(getattr(item, f.name) for f in dataclasses.fields(item))
    return seen - {"\n"}  # a line break is where a text's lines part, never drawn


def write(view: ConferenceView, path: Union[str, Path]) -> Path:
    """Write the PDF report of one conference to ``path``: with the everyday fonts alone when they
    have every character the report draws (``fonts.rc_params``)."""
    return save_pages(pages(view), path, title=view.header.name, characters=drawn_characters(view))
