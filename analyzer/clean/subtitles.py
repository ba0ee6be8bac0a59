"""Subtitle files (SRT, WebVTT) and caption dumps of a conference's video: the cue numbers and time
codes are no one's words, and a sentence runs over several cues ("…优良比例88.9%，" / "同比提高5.6个百分点"), where a
line break would end it for the figures and the sentence splitter.

On a page that is a subtitle file (``MIN_CUES`` time-code lines at least), each cue's number and time
code are dropped, in a pass of its own so ``compose`` accounts for every character. Where the cue
before ends inside a sentence (a comma), the line break goes too and the text runs on; a cue that
opens with a speaker's label ("韩卫东：谢谢主持人。") keeps its line.

A live stream's caption dump writes a clock before every short caption line ("14:30:28 谢谢主持人",
"14:30:29 2023年", …) and no punctuation: on a page where nearly every line is such a line, each
caption that opens no label loses its clock and the line break before it, so a speaker's captions
run on after their label line ("14:30:27 罗景明：") as one turn; the label keeps its clock, the time
of the turn.
"""
from __future__ import annotations

import re

from .compose import Pass, rewrite

MIN_CUES = 3
_TIME = r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"
# A cue's head: its number on a line of its own (SRT; optional in WebVTT), then the time code line
CUE_HEAD = re.compile(rf"(?m)^[ \t]*(?:\d{{1,6}}[ \t]*\r?\n[ \t]*)?{_TIME}[ \t]*-->[ \t]*{_TIME}[^\n]*(?:\n|$)")
WEBVTT = re.compile(r"\A\ufeff?WEBVTT[^\n]*(?:\n|$)")
# A label at the start of a cue's text: up to 30 characters before a colon, no sentence inside
LABEL_START = re.compile(r"[ \t\u3000]*[^\n:：。！？!?，,]{1,30}[:：]")
# A cue's text that ends inside a sentence: the next cue goes on with it ("…比例88.9%，" / "同比提高…").
# A cue that ends a sentence, or with no mark at all (a heading, or text without punctuation),
# keeps its line break.
RUNS_ON = "，,、；;：:"
REASON = "chrome:subtitle"
RULE = "subtitle cue number and time code (the cues' text runs on)"


def join_subtitle_cues(text: str) -> tuple[str, Pass] | None:
    """(text without cue numbers and time codes, its pass), or None on a page that is no subtitle file."""
    if "-->" not in text:
        return None
    heads = list(CUE_HEAD.finditer(text))
    if len(heads) < MIN_CUES:
        return None
    edits = []
    header = WEBVTT.match(text)
    if header is not None:
        edits.append((header.start(), header.end(), ""))
    floor = header.end() if header is not None else 0
    for m in heads:
        start = m.start()
        before = _text_end(text, floor, start)
        if before > floor:
            if text[before - 1] in RUNS_ON and not LABEL_START.match(text, m.end()):
                start = before  # the line breaks after the previous cue's text go too: the text runs on
            else:
                start = text.find("\n", before, start) + 1 or start  # the cue starts a line of its own
        edits.append((start, m.end(), ""))
        floor = m.end()
    edits = [(a, b, r) for a, b, r in edits if b > a]
    return rewrite(text, edits, REASON, RULE) if edits else None


CAPTION = re.compile(r"(?m)^[ \t]*\[?\d{1,2}:\d{2}:\d{2}\]?[ \t]+(?=\S)")
MIN_CAPTIONS = 20
CAPTION_SHARE = 0.8  # of the non-blank lines
CAPTION_CHARS = 16  # the median caption's length, in characters: a phrase, not a paragraph
CAPTION_REASON = "chrome:caption"
CAPTION_RULE = "live caption's clock (the captions of one speaker run on)"


def join_captions(text: str) -> tuple[str, Pass] | None:
    """(text with the captions of each speaker run on, its pass), or None on a page that is no caption dump."""
    stamps = list(CAPTION.finditer(text))
    if len(stamps) < MIN_CAPTIONS:
        return None
    lines = [ln for ln in text.splitlines() if ln.strip()]
    lengths = sorted(len(_line_at(text, m.end()).strip()) for m in stamps)
    if len(stamps) < CAPTION_SHARE * len(lines) or lengths[len(lengths) // 2] > CAPTION_CHARS:
        return None
    edits = []
    for m in stamps:
        if LABEL_START.match(text, m.end()) or m.start() == 0 or text[m.start() - 1] != "\n":
            continue
        before = _text_end(text, 0, m.start())
        if not CAPTION.match(text, text.rfind("\n", 0, before) + 1):
            continue  # the line before is no caption (a heading): this one starts its own
        end = m.end()
        if text[before - 1:before].isdigit() and text[end:end + 1].isdigit():
            end -= 1  # "增长8" / "2023年": the space between two numbers stays
        edits.append((before, end, ""))
    return rewrite(text, edits, CAPTION_REASON, CAPTION_RULE) if edits else None


def _line_at(text: str, pos: int) -> str:
    """The rest of the line from ``pos``."""
    end = text.find("\n", pos)
    return text[pos:end if end >= 0 else len(text)]


def _text_end(text: str, floor: int, pos: int) -> int:
    """Where the text before ``pos`` ends, past white space (``floor`` if there is none)."""
    end = pos
    while end > floor and text[end - 1] in " \t\r\n":
        end -= 1
    return end
