"""Rule-based entities: dates, times, amounts, places and bodies found by regular expressions.

The fallback when no stanza model is installed, so specificity and every other feature still
work offline. Patterns come from ``data/entities.toml`` and are compiled once at import; they
run on the simplified copy of the text, whose offsets equal the original's.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from .. import lexicon, numbers
from ..model import Document, Entity, NlpInfo
from ..sentences import split_sentences
from .base import NlpResult

_DATA = lexicon.ENTITIES


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first so the longest form wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _char_class(chars: str) -> str:
    return "".join(re.escape(c) for c in dict.fromkeys(chars))


_CJK = r"\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f"  # (names.CJK)
_SP = "[ \u3000]?"  # one space at most between a number and its unit
_DIGIT = "0-9"  # the text is matched in its ASCII-digit copy (numbers.ascii_digits)
_CN = _char_class(numbers.CN_DIGITS + "十百千万亿" + numbers.CAPITAL_DIGITS)
_NOT_AFTER_CODE = r"(?<![A-Za-z0-9._/\-])"  # not inside PM2.5, GB3095, O3, file names
# The number grammar shared with the figures (analyzer/numbers.py), with its sign.
_NUMBER = rf"(?:{numbers.SIGN})?{numbers.RUN}"
_APPROX_BEFORE = rf"(?:{_alternation(_DATA['approx_before'])})?"
_APPROX_AFTER = rf"(?:{_alternation(_DATA['approx_after'])})?"
_CN_DAY = "[一二三四五六七八九十]{1,3}"
_RANGE = rf"{_SP}[-—–~～至到]{_SP}"


def _lead(chars: str) -> str:
    """Lookahead on the first character: lets the regex engine skip most positions quickly."""
    return rf"(?=[{chars}])"


_NUMBER_LEAD = _lead(_DIGIT + _CN + "".join(w[0] for w in _DATA["approx_before"]) + "数几上近逾负−\\-")
_UNITS = lexicon.UNITS["units"]
_ENTITY_UNITS = lexicon.UNITS["entity_units"]
# A score's 分 needs a cue word to be one (units.toml unit_needs_cue): without it, 十分 is "very".
_QUANTITY_UNITS = [u for u in _UNITS["measure"] if u not in lexicon.UNITS["unit_needs_cue"]] \
    + _UNITS["temperature"] + _ENTITY_UNITS["measure"]
# A number with its approximation words and an optional range ("近30", "3—5", "100多"),
# followed by the unit that decides its label. Unit groups are ordered so that a longer
# unit of one label wins over a shorter one of another ("个百分点" over "个", "个月" over "个").
_AMOUNT_RE = (
    rf"{_NUMBER_LEAD}{_NOT_AFTER_CODE}(?P<amount>{_APPROX_BEFORE}(?P<number>{_NUMBER})"
    rf"(?:{_RANGE}(?:{_NUMBER}))?{_APPROX_AFTER}){_SP}"
    rf"(?:(?P<PERCENT>{_alternation(_UNITS['percent'])})"
    rf"|(?P<MONEY>{_alternation(_UNITS['money'])})"
    rf"|(?P<TIME>{_alternation(_ENTITY_UNITS['time'])})"
    rf"|(?P<DATE>(?:{_alternation(_ENTITY_UNITS['duration'])})(?:以来|来|后|前|内|间)?)"
    rf"|(?P<QUANTITY>{_alternation(_QUANTITY_UNITS)})"
    rf"|(?P<CARDINAL>{_alternation(_UNITS['count'] + _UNITS['rank'] + _ENTITY_UNITS['count'])}))"
)
_AMOUNT_LABELS = ("PERCENT", "MONEY", "TIME", "DATE", "QUANTITY", "CARDINAL")

_DATE_PATTERNS = [
    rf"{_lead(_DIGIT)}{_NOT_AFTER_CODE}[{_DIGIT}]{{4}}{_SP}[-/.年]{_SP}[{_DIGIT}]{{1,2}}{_SP}[-/.月]{_SP}[{_DIGIT}]{{1,2}}(?:{_SP}[日号])?",
    rf"{_lead(_DIGIT)}{_NOT_AFTER_CODE}[{_DIGIT}]{{4}}(?:{_RANGE}[{_DIGIT}]{{4}})?{_SP}年"
    rf"(?:{_SP}[{_DIGIT}]{{1,2}}{_SP}月(?:{_SP}[{_DIGIT}]{{1,2}}{_SP}[日号])?)?",
    rf"{_lead(_DIGIT)}{_NOT_AFTER_CODE}[{_DIGIT}]{{1,2}}{_SP}(?:{_RANGE}[{_DIGIT}]{{1,2}}{_SP})?月"
    rf"(?:{_SP}[{_DIGIT}]{{1,2}}{_SP}[日号]|份|上旬|中旬|下旬|初|底|末)?",
    rf"{_lead('零〇一二三四五六七八九')}[零〇一二三四五六七八九]{{4}}年(?:{_CN_DAY}月(?:{_CN_DAY}[日号])?)?",
    rf"{_lead('一二三四五六七八九十')}{_CN_DAY}月{_CN_DAY}[日号]",
    "十[一二三四五六七八九]五(?:期间|时期)?",
    _alternation(_DATA["relative_dates"]),
]
_DAY_PARTS = _alternation(_DATA["day_parts"])
_DAY_PART_LEAD = "".join(w[0] for w in _DATA["day_parts"])
_TIME_PATTERNS = [
    rf"{_lead(_DAY_PART_LEAD + _DIGIT)}(?:(?:{_DAY_PARTS}){_SP})?{_NOT_AFTER_CODE}[{_DIGIT}]{{1,2}}{_SP}[:：]{_SP}[{_DIGIT}]{{2}}(?![{_DIGIT}])",
    rf"(?:{_DAY_PARTS}){_SP}(?:[{_DIGIT}]{{1,2}}|{_CN_DAY}){_SP}[时点](?:{_SP}(?:[{_DIGIT}]{{1,2}}|{_CN_DAY}){_SP}分|半|整|许)?",
    rf"{_lead(_DIGIT)}{_NOT_AFTER_CODE}[{_DIGIT}]{{1,2}}{_SP}时{_SP}[{_DIGIT}]{{1,2}}{_SP}分",
    _DAY_PARTS,
]
_PERCENT_PATTERNS = [rf"{_APPROX_BEFORE}(?:{numbers.SIGN})?[百千万]分之(?:{numbers.RUN}){_APPROX_AFTER}"]

_STOP = _char_class(_DATA["name_stop_chars"])
_MAY_FOLLOW = _char_class(_DATA["name_may_follow"])
_STOP_WORDS = _alternation(w for w in _DATA["name_stop_words"] if len(w) == 2)
_NAME_CHAR = rf"(?:(?!{_STOP_WORDS})[{_CJK}](?<![{_STOP}]))"
# A name starts at a word boundary: after punctuation, a stop character or word, or another
# name's ending ("廊坊市|生态环境局").
_NAME_START = (rf"{_lead(_CJK)}(?:(?<![{_CJK}])|(?<=[{_STOP}{_MAY_FOLLOW}])"
               rf"|(?<={_STOP_WORDS}))")
_MAX_NAME = int(_DATA["max_name_chars"])


# A name run that ends where a body or place ending begins; searched backwards from the ending
# inside a window of _MAX_NAME characters, so the leftmost valid start gives the full name.
_NAME_BEFORE_RE = re.compile(rf"{_NAME_START}{_NAME_CHAR}+\Z")


def _ending_re(suffixes: Iterable[str], not_before: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(suffixes)})(?!{_alternation(not_before)})")


# (label, ending pattern, shortest name before the ending)
_NAME_ENDINGS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("ORG", _ending_re(_DATA["org_suffixes"], _DATA["org_not_before"]), 1),
    ("ORG", _ending_re(_DATA["org_weak_suffixes"], _DATA["org_not_before"]),
     int(_DATA["weak_suffix_min_name"])),
    ("ORG", re.compile(rf"(?:{_alternation(_DATA['org_outlet_suffixes'])})"
                       rf"(?={_alternation(_DATA['outlet_followers'])})"), 1),
    ("GPE", _ending_re(_DATA["gpe_suffixes"], _DATA["gpe_not_before"]), 1),
)


def _named_candidates(text: str, candidates: list[tuple[int, int, str]]) -> None:
    """Bodies and places: find each ending, then the name run in front of it."""
    for label, ending_re, min_name in _NAME_ENDINGS:
        false_endings = _FALSE_ENDINGS[label]
        for m in ending_re.finditer(text):
            end_of_name = m.start()
            run = _NAME_BEFORE_RE.search(text, max(0, end_of_name - _MAX_NAME), end_of_name)
            if run is None or end_of_name - run.start() < min_name:
                continue
            if (text.endswith(false_endings, run.start(), m.end())
                    or text[run.start():m.end()] in _FALSE_WORDS):
                continue
            if label == "GPE" and m.end() - run.start() > 3:
                name = text[run.start():m.end()]
                if any(name.endswith(e) and len(name) > n for e, n in _SHORT_ONLY_ENDINGS):
                    continue
            candidates.append((run.start(), m.end(), label))


# (label, compiled pattern) in priority order: at equal span the earlier label wins.
# Label None: the label is the name of the group that matched (amounts with units).
_PATTERNS: tuple[tuple[str | None, re.Pattern[str]], ...] = tuple(
    (label, re.compile(lexicon.guarded(pattern)))  # each tried only where a match can start
    for label, pattern in (
        ("DATE", _DATE_PATTERNS[0]),
        ("DATE", _DATE_PATTERNS[1]),
        ("DATE", _DATE_PATTERNS[2]),
        ("DATE", "|".join(f"(?:{p})" for p in _DATE_PATTERNS[3:])),
        ("TIME", "|".join(f"(?:{p})" for p in _TIME_PATTERNS)),
        (None, _AMOUNT_RE),
        ("PERCENT", _PERCENT_PATTERNS[0]),
        ("ORG", _alternation(_DATA["org_names"])),
        ("GPE", _alternation(_DATA["gpe_names"])),
    )
)
_FALSE_ENDINGS = {
    "ORG": tuple(_DATA["org_false_endings"]),
    "GPE": tuple(_DATA["gpe_false_endings"]),
}
_FALSE_WORDS = frozenset(_DATA["gpe_false_words"])
_SHORT_ONLY_ENDINGS = tuple(_DATA["gpe_ending_max_chars"].items())
_LABEL_ORDER = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORG", "GPE")
_PRIORITY = {label: i for i, label in enumerate(_LABEL_ORDER)}


def _resolve(candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Leftmost-longest choice among overlapping candidates, ties broken by label priority."""
    candidates.sort(key=lambda c: (c[0], c[0] - c[1], _PRIORITY[c[2]]))
    chosen: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, label in candidates:
        if start >= last_end:
            chosen.append((start, end, label))
            last_end = end
    return chosen


def find_entities(text: str) -> tuple[Entity, ...]:
    """Rule-based entities of a simplified-script text, in text order, non-overlapping."""
    text = numbers.ascii_digits(text)
    candidates: list[tuple[int, int, str]] = []
    for fixed_label, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if end <= start:
                continue
            label = fixed_label
            if label is None:
                label = m.lastgroup
                assert label is not None  # the amount pattern always ends in one named unit group
                if label == "CARDINAL" and m.group("amount") == "一":
                    continue  # "一个", "一项": an article, not a count
            false_endings = _FALSE_ENDINGS.get(label)
            if false_endings and m.group().endswith(false_endings):
                continue
            candidates.append((start, end, label))
    _named_candidates(text, candidates)
    return tuple(Entity(start, end, label, "rules") for start, end, label in _resolve(candidates))


def person_entities(text: str, names: Iterable[str]) -> tuple[Entity, ...]:
    """PERSON entities for known names (the parser's roster and aliases); rules cannot guess names."""
    names = [n for n in names if n and len(n) >= 2]
    if not names:
        return ()
    pattern = re.compile(_alternation(names))
    return tuple(Entity(m.start(), m.end(), "PERSON", "roster") for m in pattern.finditer(text))


class RulesBackend:
    """Regex entities and punctuation sentences: fast, offline, always available."""

    def __init__(self, note: str | None = None):
        self._info = NlpInfo(backend="rules", models=None, note=note)

    @property
    def info(self) -> NlpInfo:
        return self._info

    def analyse(self, documents: Sequence[Document]) -> list[NlpResult]:
        return [self.analyse_text(doc.simplified) for doc in documents]

    def person_entities(self, document: Document, names: Iterable[str]) -> tuple[Entity, ...]:
        """PERSON entities for the roster's names, which rules cannot find on their own."""
        return person_entities(document.text, names)

    def analyse_text(self, text: str) -> NlpResult:
        """Entities and sentences of one simplified text."""
        return NlpResult(entities=find_entities(text),
                         sentences=tuple(split_sentences(text)),
                         tokens=())
