"""Turn a scraped page into the article, accounting for every character of the page.

Passes, each a list of intervals so no per-character Python loop touches the document:
0. line endings (only when a CR ends a line alone, old Mac pages, ``endings.py``): each lone CR
   reads as a line feed;
1. unwrap (only when ingest found the page stored in a dump or source file, ``unwrap.py``):
   the literals that hold text are kept and their escapes decoded, the other fields and the
   code dropped; escapes nested twice are decoded by a second such pass;
2. markup (only when the text carries HTML, ``markup.py``): tags, scripts, styles and comments
   are removed, entities decoded; each of these passes yields an intermediate text whose pieces
   map back to the text before it;
3. lines: white space, page chrome (``lines.py``, ``menus.py``; data/chrome.toml), injected
   spam, the second copy of an article printed twice (``duplicates.py``) and pinyin glosses
   (``glosses.py``) are dropped; damaged characters are kept and recorded (``damage.py``).
Finally the passes are composed (``compose.py``), so each kept character maps to one page
character and each dropped page character lies in exactly one ``Drop``:
``chars_in == chars_kept + sum(drop.length)``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..errors import EmptyAfterCleaning
from ..model import CleaningReport, Document, Drop, Page
from ..script import detect_script, little_chinese, to_simplified
from .compose import Pass, compose
from .damage import damaged_spans
from .duplicates import mark_duplicates
from .endings import normalise_line_endings
from .hardwrap import join_hard_wraps
from .invisible import drop_invisible
from .markdown import drop_markdown_marks
from .prefixes import drop_line_prefixes
from .emit import Emitter, drop_final_newline, emit_dropped_line, emit_kept_line
from .glosses import gloss_drops
from .lines import Line, classify_lines, inline_drops, split_lines
from .markup import needs_markup_pass, strip_markup
from .subtitles import join_captions, join_subtitle_cues
from .menus import mark_comments, mark_headline_lists, mark_link_lines, mark_menus, mark_related_lists
from .unwrap import unwrap

__all__ = ["clean"]

TEXTLESS_DROPS = frozenset(("pinyin_gloss", "whitespace"))  # too many or too dull to copy
TEXTLESS_PASSES = ("markup", "unwrap")  # tags, entities, quotes and escapes: no metadata there


def _emit_lines(text: str, lines: list[Line], inline: list[tuple], restorations: dict) -> tuple[list, int]:
    """Segments of every line, and the number of glosses removed."""
    emit = Emitter()
    glosses_removed = 0
    k = 0
    n_inline = len(inline)
    last_kept: Line | None = None
    for ln in lines:
        if ln.reason is not None:
            if emit_dropped_line(emit, text, ln):
                last_kept = ln
            continue
        while k < n_inline and inline[k][1] <= ln.content_start:
            k += 1
        kk = k
        while kk < n_inline and inline[kk][0] < ln.content_end:
            kk += 1
        removed = emit_kept_line(emit, text, ln, inline[k:kk], restorations)
        if removed >= 0:
            glosses_removed += removed
            last_kept = ln
    drop_final_newline(emit.segs, last_kept)
    return emit.segs, glosses_removed


def _line_pass(text: str, simple: str, links: Sequence[tuple[int, int]] = ()):
    """Classify every line; return (segments, duplicate blocks, glosses removed, restored)."""
    lines = split_lines(text)
    classify_lines(lines, simple)
    mark_link_lines(lines, simple, links)
    mark_menus(lines, simple)
    mark_headline_lists(lines, simple)
    mark_related_lists(lines, simple, links)
    mark_comments(lines, simple)
    glosses, restorations = gloss_drops(text)
    inline = inline_drops(text, simple, lines, glosses)
    blocks = mark_duplicates(lines, text)
    segs, glosses_removed = _emit_lines(text, lines, inline, restorations)
    restored = sum(1 for seg in segs if seg[4] is not None)
    return segs, blocks, glosses_removed, restored


def _with_text(drops: list[Drop], src: str) -> list[Drop]:
    """Line drops carry their text: page metadata (a date, an author) stays reachable."""
    return [
        d if d.reason in TEXTLESS_DROPS or d.reason.startswith(TEXTLESS_PASSES) else Drop(d.start, d.end, d.reason, d.rule, src[d.start:d.end])
        for d in drops
    ]


def _simplified(t_simple: str, segs: list, text: str) -> str:
    """The intermediate simplified text cut by the same segments, so OpenCC runs once per page."""
    simplified = "".join(
        t_simple[a:b] if rep is None else to_simplified(rep) for a, b, reason, _rule, rep in segs if reason is None
    )
    return simplified if len(simplified) == len(text) else to_simplified(text)


def clean(page: Page) -> Document:
    """Clean one page into a ``Document``; raise ``EmptyAfterCleaning`` when nothing is left."""
    src = page.text
    passes: list[Pass] = []
    for normalise in (normalise_line_endings, drop_invisible, drop_line_prefixes, drop_markdown_marks, join_subtitle_cues,
                      join_captions):
        normalised = normalise(page.text)
        if normalised is not None:
            out, done = normalised
            passes.append(done)
            page = replace(page, text=out)
    t_text, unwrapped, wrapper, unwrap_notes = unwrap(page)
    passes.extend(unwrapped)
    links: list[tuple[int, int]] = []
    if needs_markup_pass(page, t_text):
        t_text, pieces, markup_drops, links = strip_markup(t_text)
        passes.append(Pass(pieces, markup_drops))
    else:  # plain text only: an HTML source's own line width says nothing about the article
        joined = join_hard_wraps(t_text)
        if joined is not None:
            t_text, done = joined
            passes.append(done)
    t_simple = to_simplified(t_text)
    segs, blocks, glosses_removed, restored = _line_pass(t_text, t_simple, links)
    text, drops, offset_map, restored_spans = compose(t_text, segs, passes)
    if not text.strip():
        raise EmptyAfterCleaning(f"nothing of {page.source} is left after removing markup and page chrome")
    damaged = damaged_spans(text)
    report = CleaningReport(
        chars_in=len(src),
        chars_kept=len(text),
        drops=tuple(_with_text(drops, src)),
        damaged=tuple(sorted(damaged + restored_spans, key=lambda s: (s.start, s.end))),
        duplicate_blocks=blocks,
        glosses_removed=glosses_removed,
        glosses_restored=restored,
        offset_map=offset_map,
    )
    warnings = list(page.warnings) + unwrap_notes
    if damaged:
        warnings.append(f"{len(damaged)} damaged fragment(s) (mojibake) kept in the text")
    foreign = little_chinese(text)
    if foreign:
        warnings.append(foreign)
    simplified = _simplified(t_simple, segs, text)
    return Document(
        source=page.source, text=text, simplified=simplified, script=detect_script(text, simplified),
        encoding=page.encoding, cleaning=report, warnings=tuple(warnings), wrapper=wrapper,
    )

