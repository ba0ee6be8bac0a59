"""Lines of the page and the rules that judge one line alone (data/chrome.toml).

A line is dropped as chrome only when it is short and a rule fires: chrome is short, and a
content paragraph that mentions 电话 or 版权 must stay. Counters and the remains of cut tags
are cut inside a line, so the date beside them stays.
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

from .. import lexicon
from .chars import SENTENCE_END, WHITESPACE_CHARS
from .glosses import strip_glosses
from .markup import tag_residues

_CHROME = lexicon.CHROME


class _Rule(NamedTuple):
    name: str
    reason: str
    max_len: int
    rescue_dates: bool
    pattern: re.Pattern
    keeps_sentences: bool = False


LINE_RULES = tuple(
    _Rule(r["name"], r["reason"], int(r["max_len"]), bool(r.get("rescue_dates", False)),
          re.compile("|".join(f"(?:{p})" for p in r["patterns"])), bool(r.get("keeps_sentences", False)))
    for r in _CHROME["rule"]
)
# A line of two clauses or more that ends as a sentence: what someone said, for the rules that keep them.
# (and a line that closes with a short sentence, "热线咨询电话：0871-65123456。谢谢！", or says something after
# its key, "地址：各街道便民服务中心均可办理申请。")
SENTENCE_LINE = re.compile(r".{6,}[，,；;。！？!?].{2,}[。！？!?]|[^:：\n]{1,8}[:：][^\d\n:：]{6,}[。！!]")
LINE_RULES_MAX_LEN = max(r.max_len for r in LINE_RULES)
# Each pattern alone (the first that matches names the rule's reason), numbered for _could_match.
LINE_RULE_PATTERNS = tuple(
    (r, tuple(re.compile(p) for p in raw["patterns"])) for r, raw in zip(LINE_RULES, _CHROME["rule"])
)
_FIRST_NUMBER = itertools.accumulate((len(ps) for _r, ps in LINE_RULE_PATTERNS), initial=0)
_NUMBERED = tuple((r, tuple(enumerate(ps, first))) for (r, ps), first in zip(LINE_RULE_PATTERNS, _FIRST_NUMBER))
INLINE_RULES = tuple(  # scanned over the whole page: guarded where re would try every position
    _Rule(r["name"], r["reason"], int(r["max_line_len"]), False,
          re.compile(lexicon.guarded("|".join(f"(?:{p})" for p in r["patterns"]))))
    for r in _CHROME.get("inline", [])
)
_SPAM = _CHROME["spam"]
_CODE = _CHROME["code"]
CODE_LINE = re.compile("|".join(f"(?:{p})" for p in _CODE["patterns"]))
SPAM_WEIGHT = {w: 1.0 for w in _SPAM["strong"]}
SPAM_WEIGHT.update({w: 0.5 for w in _SPAM["weak"] if w not in SPAM_WEIGHT})
SPAM_TERMS = re.compile("|".join(re.escape(w) for w in sorted(SPAM_WEIGHT, key=len, reverse=True)))
SPAM_LIST_SPLIT = re.compile(_SPAM["list_separators"])
PROSE_MIN_LEN = 50
PROSE_PUNCT = re.compile(r"[,，;；]")
LEGAL_NOTICE = re.compile(_CHROME["legal_notice"])  # ...but a site's copyright notice is written as a sentence too
CLASSIFY_MAX_LEN = max(LINE_RULES_MAX_LEN, int(_SPAM["max_len"]), int(_CODE["max_len"]))


class Line:
    """One line of the intermediate text and the verdict on it (``reason`` None: kept)."""

    __slots__ = ("content_end", "content_start", "end", "next_start", "reason", "rescue", "rule", "start")

    def __init__(self, start: int, content_start: int, content_end: int, end: int, next_start: int) -> None:
        self.start = start
        self.content_start = content_start
        self.content_end = content_end
        self.end = end  # before the newline
        self.next_start = next_start  # after the newline
        self.reason: str | None = None
        self.rule = ""
        self.rescue = False


def split_lines(text: str) -> list[Line]:
    """Lines with their content bounds (white space at either end is not content)."""
    lines = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        nxt = n if nl < 0 else nl + 1
        raw = text[pos:end]
        stripped_left = raw.lstrip(WHITESPACE_CHARS)
        cstart = pos + len(raw) - len(stripped_left)
        cend = cstart + len(stripped_left.rstrip(WHITESPACE_CHARS))
        lines.append(Line(pos, cstart, cend, end, nxt))
        pos = nxt
    return lines


def _spam_score(simple: str) -> float:
    hits = {m.group() for m in SPAM_TERMS.finditer(simple)}
    return sum(SPAM_WEIGHT[h] for h in hits)


def _is_spam(simple: str) -> bool:
    """A line built of spam-lexicon phrases: a keyword list, or many terms in any shape."""
    if len(simple) > _SPAM["max_len"] or not SPAM_TERMS.search(simple):
        return False
    score = _spam_score(simple)
    shaped = not SENTENCE_END.search(simple) and len(SPAM_LIST_SPLIT.split(simple)) >= 2
    return (shaped and score >= _SPAM["min_score"]) or score >= _SPAM["min_score_any_shape"]


# One automaton over the strings that every match of a line-rule pattern holds (``lexicon.required_literals``):
# which of them can match a line.
_LINE_KEYS = lexicon.LiteralIndex([p.pattern for _r, ps in LINE_RULE_PATTERNS for p in ps])


def _could_match(simple: str) -> set[int]:
    """The line-rule patterns that can match in ``simple``: one automaton pass instead of a search
    per pattern (a line went through 46 searches, almost all of them failing)."""
    return _LINE_KEYS.found_in(simple)


def classify(line: Line, simple: str) -> None:
    """Set the chrome reason of one non-blank line from its simplified content."""
    if _is_spam(simple):
        line.reason, line.rule = _SPAM["reason"], "spam lexicon"
        return
    n = len(simple)
    if n <= _CODE["max_len"] and simple[:1].isascii() and (code := CODE_LINE.search(simple)):
        line.reason, line.rule = _CODE["reason"], f"code: {code.group().strip()[:20]}"
        return
    if n > LINE_RULES_MAX_LEN:
        return
    if n > PROSE_MIN_LEN and len(PROSE_PUNCT.findall(simple)) >= 2 and not LEGAL_NOTICE.search(simple):
        return  # a sentence that merely mentions 电话 or 版权 is content, not chrome
    possible = _could_match(simple)
    sentence = SENTENCE_LINE.fullmatch(simple) is not None
    for rule, patterns in _NUMBERED:
        if n <= rule.max_len and not (sentence and rule.keeps_sentences):
            for i, pattern in patterns:
                m = pattern.search(simple) if i in possible else None
                if m:
                    line.reason, line.rule, line.rescue = rule.reason, f"{rule.name}: {m.group().strip()}", rule.rescue_dates
                    return


def classify_lines(lines: list[Line], simple: str) -> None:
    """Blank lines are white space; short lines go through the chrome rules."""
    for ln in lines:
        n = ln.content_end - ln.content_start
        if n == 0:
            ln.reason, ln.rule = "whitespace", "blank line"
        elif n <= CLASSIFY_MAX_LEN:
            # a mirror's glosses ([关(guān)闭]) hide the chrome words: the rules read the line without them
            classify(ln, strip_glosses(simple[ln.content_start:ln.content_end]))


def _counter_drops(simple: str, lines: list[Line]) -> list[tuple]:
    """Hit counters and the like inside kept, short lines."""
    out = []
    starts = [ln.start for ln in lines]
    for rule in INLINE_RULES:
        for m in rule.pattern.finditer(simple):
            if m.end() <= m.start():
                continue
            ln = lines[bisect.bisect_right(starts, m.start()) - 1]
            end = min(m.end(), ln.content_end)  # a pattern's \s* may run past the line
            if ln.reason is None and ln.content_end - ln.content_start <= rule.max_len and end > m.start():
                out.append((m.start(), end, rule.reason, f"{rule.name}: {simple[m.start():end].strip()}"))
    return out


# A space between a number and the Chinese words around it ("保障性租赁住房 2.34 万套", "同比下降 14.6%"):
# typesetting or a PDF's text layer, never Chinese prose; a figure is read only without it. Only around a
# number with its unit: "周海洋 10:02" and "第 5 页" keep theirs (a clock time is no number with a unit).
_UNIT = "(?:[万亿千]|" + lexicon.alternation(u for units in lexicon.UNITS["units"].values() for u in units) + ")"
SPACED_NUMBER = re.compile(r"(?<=\d)[ \u00a0](?=" + _UNIT + r")(?<!\d:\d\d )"
                           r"|(?<=[\u4e00-\u9fff])[ \u00a0](?=[-+]?\d[\d.,]*[ \u00a0]?" + _UNIT + ")")
SPACED_NUMBERS_MIN = 3  # a page's habit, not one stray space
_SPACE = re.compile(r"[ \u00a0]")
PROSE_MARK = re.compile(r"[，。；！？]")  # a sentence's line; in a table's row ("床位 4.71万张 4.86万张") spaces part cells


def _spaced_numbers(simple: str, lines: list[Line]) -> list[tuple]:
    """The spaces of a page that sets numbers apart from Chinese words, inside kept lines."""
    hits = [m.start() for m in _SPACE.finditer(simple) if SPACED_NUMBER.match(simple, m.start())]  # (5× faster
    # than a search: the pattern opens with a look-behind that every position would try)
    if len(hits) < SPACED_NUMBERS_MIN:
        return []
    starts = [ln.start for ln in lines]
    out = []
    for a in hits:
        ln = lines[bisect.bisect_right(starts, a) - 1]
        if ln.reason is None and ln.content_start < a < ln.content_end \
                and PROSE_MARK.search(simple, ln.content_start, ln.content_end):
            out.append((a, a + 1, "whitespace", "space between a number and Chinese words"))
    return out


_SURNAME_CLASS = "[" + "".join(sorted(set("".join(lexicon.PEOPLE["surnames"].split())))) + "]"
_GAP = r"(?:[ \u3000]{2,3}|\u3000)"  # (a name padded to three columns: 王  明, 王\u3000明)
# A name padded to a fixed width (陈  刚（…）, 主持人 吴  涛, 马  丽丽) where a label or roster writes it, and a
# label spaced out letter by letter before its colon (主 持 人：, 谭 雅 琴：): the spaces inside go.
SPACED_NAME = re.compile(
    r"(?m)(?:^|(?<=[ \t\u3000：:]))" + _SURNAME_CLASS + "(?:" + _GAP + r"[\u4e00-\u9fff]{1,2}(?=[（(）)：:]|[ \t\u3000]|$)"
    r"|[ \u3000][\u4e00-\u9fff]{1,2}(?=[（(：:]))"
    r"|^[ \t\u3000]*[\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]){1,3}(?=[ \t\u3000]*[：:])"
    # (and a two-character name padded in prose, right after its title: 由县政府办副主任孙  悦主持)
    r"|(?<=[长任员书记席理官监师])" + _SURNAME_CLASS + _GAP + r"[\u4e00-\u9fff]")
_INNER_SPACES = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def _spaced_names(simple: str, lines: list[Line]) -> list[tuple]:
    """The spaces inside a padded name or a letter-spaced label, inside kept lines."""
    if " " not in simple and "\u3000" not in simple:
        return []
    starts = [ln.start for ln in lines]
    out: list[tuple] = []
    for m in SPACED_NAME.finditer(simple):
        ln = lines[bisect.bisect_right(starts, m.start()) - 1]
        if ln.reason is None:
            out.extend((g.start(), g.end(), "whitespace", "spaces inside a name or a label")
                       for g in _INNER_SPACES.finditer(simple, m.start(), m.end()))
    return out


def inline_drops(text: str, simple: str, lines: list[Line], glosses) -> list[tuple]:
    """Drops inside kept lines: glosses, hit counters, remains of cut tags, spaces that set numbers
    apart; sorted, disjoint."""
    inline = [(a, b, "pinyin_gloss", syllable) for a, b, syllable in glosses]
    if '">' in text or "'>" in text:
        inline.extend((a, b, "markup:tag", "attributes of a cut tag") for a, b in tag_residues(text))
    if INLINE_RULES:
        inline.extend(_counter_drops(simple, lines))
    inline.extend(_spaced_numbers(simple, lines))
    inline.extend(_spaced_names(simple, lines))
    inline.sort()
    out = []
    last_end = -1
    for item in inline:
        if item[0] >= last_end:
            out.append(item)
            last_end = item[1]
    return out
