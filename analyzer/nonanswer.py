"""Non-answers, after Gow, Larcker & Zakolyukina (2021): an answer that refuses, pleads ignorance or defers.

Cues are regular expressions (``data/non_answers.toml``) matched on the simplified copy of an
answer turn; the result points at the sentence that carries the first cue (an explicit refusal in that
sentence outweighs a plea or a deferral before it).
"""
from __future__ import annotations

import re

from . import lexicon
from .model import NON_ANSWER_KINDS, NonAnswer
from .sentences import split_sentences

_DATA = lexicon.NON_ANSWERS

# One regex, a named group per kind, so one scan finds the first cue of any kind.
def _kind_alternation(kind: str) -> str:
    patterns = sorted(_DATA[kind]["patterns"], key=lambda p: (-len(p), p))
    return "(?P<%s>%s)" % (kind, "|".join(f"(?:{p})" for p in patterns))


# guarded: only positions where a cue can start are tried (an answer is mostly other characters)
_CUE_RE = re.compile(lexicon.guarded("|".join(_kind_alternation(kind) for kind in NON_ANSWER_KINDS)))
# An explicit refusal outweighs a plea or a deferral in its own sentence ("目前相关部门正在调查，暂时无可奉告。")
_OUTWEIGHS_RE = re.compile(lexicon.guarded("|".join(f"(?:{p})" for p in _DATA["refuse"]["outweighs"])))
# A preliminary figure later in the answer answers what a deferral put off ("还在统计中。初步统计，…7.9万公顷")
_ANSWERED_AFTER_RE = re.compile("|".join(f"(?:{p})" for p in _DATA["defer"]["answered_after"]))


def find_non_answer(text: str, simplified: str, start: int = 0, end: int | None = None) -> NonAnswer | None:
    """The first non-answer cue in an answer ``[start, end)``: its kind, its sentence's offsets, the cue.

    ``text`` is the document in its own script (the cue is quoted from it); ``simplified`` is its
    equal-length simplified copy, which the patterns match.
    """
    end = len(simplified) if end is None else end
    m = _CUE_RE.search(simplified, start, end)
    if m is not None and m.lastgroup == "defer":
        last = max((x.start() for x in _ANSWERED_AFTER_RE.finditer(simplified, m.end(), end)), default=-1)
        while m is not None and m.lastgroup == "defer" and m.end() <= last:
            m = _CUE_RE.search(simplified, m.end(), end)
    if m is None:
        return None
    kind = m.lastgroup or "refuse"
    s_start, s_end = m.start(), m.end()
    for a, b in split_sentences(simplified, start, end):
        if a <= m.start() < b:
            s_start, s_end = a, max(b, m.end())
            break
    if kind != "refuse" and (refusal := _OUTWEIGHS_RE.search(simplified, m.end(), s_end)) is not None:
        kind, m = "refuse", refusal
    return NonAnswer(kind=kind, start=s_start, end=s_end, cue=text[m.start():m.end()])


def non_answer_rate(flags: list[bool]) -> float:
    """Share of answers that are non-answers (0.0 when there are none)."""
    return round(sum(flags) / len(flags), 6) if flags else 0.0
