"""Navigation judged by a line's neighbours: menus, runs of tiny lines, link lists, tables of contents.

A line of two short words may be a title; the same line next to a menu is part of the menu.
These rules look at runs of lines, after the one-line rules of ``lines.py`` have spoken.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .. import lexicon
from .chars import DATE, SENTENCE_END
from ..model import RELATED_HEADING_RULE
from .lines import Line

_MENU = lexicon.CHROME["menu"]
_SHORT = lexicon.CHROME["short_run"]
MENU_SPLIT = re.compile(_MENU["separators"])
MENU_PUNCT = re.compile(_MENU["sentence_punct"])
TABLE_CELL = re.compile(_MENU["table_cell"])
# a speaker's label in brackets on a line of its own: [主持人 刘晓东], 【市水务局局长 周海洋】, a role before the
# title (【主持人 州委宣传部副部长、州政府新闻办主任 罗文斌】)
BRACKET_LABEL = re.compile(r"[【\[](?:[^】\]\s]{1,24}(?:[ \t\u3000]+[^】\]\s]{1,24})?[ \t\u3000]+[^】\]\s]{2,4}"
                           r"|[^】\]]{0,20}(?:主持人|记者|嘉宾|发布人|发言人))[】\]]")
BARS = re.compile(r"[|｜]")  # links between bars: 热门新闻 | 财经 | 娱乐
EMPTY_CELL = re.compile(r"[—–－\-/…]{1,2}")
TAB_ROW = "\t"  # a row of a table copied from a spreadsheet or a web table: cells between tabs
MENU_NEIGHBOURS = frozenset(("chrome:navigation", "chrome:share"))
LINK_LINE_MAX_LEN = 80  # a headline in a related-articles list; a linked paragraph is longer
LINK_LINE_SHARE = 0.8  # share of a line's visible characters inside <a>…</a>
HEADLINE_SCAN_LINES = 60  # a table of contents sits at the top of the page
HEADLINE_LIST_MIN = 3
HEADLINE_MIN_CHARS, HEADLINE_MAX_CHARS = 4, 40
HEADLINE_REPEAT_WITHIN = 6  # lines after the list in which the article's title comes back
HEADLINE_BREAK = re.compile(r"[。!?！？；;:：,，]")


# An English sentence: three or more words, most of them lower-case, ending in . ? or !
LATIN_SENTENCE = re.compile(r"[A-Z]?[a-z'’-]*(?:,? [a-z][A-Za-z'’-]*|,? [A-Z][A-Za-z'’-]*){2,}[.?!]")


def _menu_strength(simple: str) -> int:
    """2: a menu line on its own; 1: menu-like, a menu only next to another; 0: not a menu."""
    if len(simple) > _MENU["max_len"] or MENU_PUNCT.search(simple) or BRACKET_LABEL.fullmatch(simple.strip()):
        return 0
    tokens = [t for t in MENU_SPLIT.split(simple) if t]
    if not tokens or max(len(t) for t in tokens) > _MENU["max_token_len"]:
        return 0
    if LATIN_SENTENCE.fullmatch(simple.strip()):
        return 0  # "Question in English about carbon market.": words of a sentence, not links
    if all(t.isdigit() or DATE.fullmatch(t) for t in tokens):
        return 0
    if _table_row(tokens):
        return 0  # a table's row
    if len(tokens) >= _MENU["min_tokens"] or len(tokens) >= _MENU["min_tokens_with_bars"] and BARS.search(simple):
        return 2
    if len(tokens) >= _MENU["min_tokens_near_menu"]:
        return 1
    if len(tokens) == 2 and max(len(t) for t in tokens) <= _MENU["max_token_len_pair"]:
        return 1
    return 0


def _table_row(tokens: list[str]) -> bool:
    """Cells of a flattened table's row: numbers, or the dash of an empty cell (固定资产投资 — — -2.7)."""
    return sum(1 for t in tokens if TABLE_CELL.fullmatch(t) or EMPTY_CELL.fullmatch(t)) >= _MENU["min_table_cells"]


def _grow_menus(live: list[Line], strength: list[int]) -> list[bool]:
    """Menus grow from menu lines and from other navigation or share chrome next to them."""
    is_menu = [s == 2 or ln.reason in MENU_NEIGHBOURS for s, ln in zip(strength, live)]
    for i in range(1, len(live)):  # down a chain of menu-like lines…
        if strength[i] == 1 and is_menu[i - 1]:
            is_menu[i] = True
    for i in range(len(live) - 2, -1, -1):  # …and up it
        if strength[i] == 1 and is_menu[i + 1]:
            is_menu[i] = True
    return is_menu


def _keep_table_headers(live: list[Line], simple: str, strength: list[int]) -> None:
    """A tab-separated line next to a table's row is that table's header or row, not a menu
    (指标名称	单位	绝对量	同比增长（%） above 地区生产总值	亿元	1862.35	5.2)."""
    rows = [TAB_ROW in simple[ln.content_start:ln.content_end]
            and _table_row([t for t in MENU_SPLIT.split(simple[ln.content_start:ln.content_end]) if t]) for ln in live]
    for i, ln in enumerate(live):
        if strength[i] and TAB_ROW in simple[ln.content_start:ln.content_end] and (
                i > 0 and rows[i - 1] or i + 1 < len(live) and rows[i + 1]):
            strength[i] = 0


def _mark_short_runs(live: list[Line], simple: str) -> None:
    """Runs of very short lines (one menu item per line, as HTML lists render)."""
    run: list[Line] = []
    for line in [*live, None]:  # None: the end, which closes the last run
        if (  # a very short line
            line is not None and line.reason is None
            and line.content_end - line.content_start <= _SHORT["max_line_len"]
            and not MENU_PUNCT.search(simple[line.content_start:line.content_end])
        ):
            run.append(line)
            continue
        if len(run) >= _SHORT["min_lines"]:
            for r in run:
                r.reason, r.rule = _SHORT["reason"], "menu: run of short lines"
        run = []


def mark_menus(lines: list[Line], simple: str) -> None:
    """Menu lines (short tokens between separators), their menu-like neighbours, short runs."""
    live = [ln for ln in lines if ln.content_start < ln.content_end and (ln.reason is None or ln.reason in MENU_NEIGHBOURS)]
    strength = [
        _menu_strength(simple[ln.content_start:ln.content_end]) if ln.content_end - ln.content_start <= _MENU["max_len"] else 0
        for ln in live
    ]
    _keep_table_headers(live, simple, strength)
    for ln, menu in zip(live, _grow_menus(live, strength)):
        if menu and ln.reason is None:
            ln.reason, ln.rule = _MENU["reason"], "menu: short tokens"
    _mark_short_runs(live, simple)


def _headline_run(keys: list[str]) -> list[int]:
    """Indexes of the headline list atop the page, or [] when there is none."""
    run: list[int] = []
    for k, key in enumerate(keys):
        if any(keys[r] == key for r in run):
            break  # a headline of the list comes back: the article starts here
        if HEADLINE_MIN_CHARS <= len(key) <= HEADLINE_MAX_CHARS and not HEADLINE_BREAK.search(key):
            run.append(k)
            continue
        if len(run) >= HEADLINE_LIST_MIN:
            # the list ended without its title coming back right away: look a little further
            if not any(keys[r] in keys[k:k + HEADLINE_REPEAT_WITHIN] for r in run):
                return []
            break
        run = []
    else:
        return []
    return run if len(run) >= HEADLINE_LIST_MIN else []


def mark_headline_lists(lines: list[Line], simple: str) -> None:
    """A list of headlines atop the page (an e-paper's table of contents) is chrome.

    It is recognised by its shape, a run of short lines without sentence punctuation at the top,
    and by one of its headlines coming back soon after as the article's own title.
    """
    live = [ln for ln in lines[:HEADLINE_SCAN_LINES] if ln.content_start < ln.content_end and ln.reason is None]
    keys = ["".join(simple[ln.content_start:ln.content_end].split()) for ln in live]
    for k in _headline_run(keys):
        live[k].reason, live[k].rule = "chrome:navigation", "headline list (its article's title follows)"


def _link_cover(ln: Line, links: Sequence[tuple[int, int]], starts: list[int]) -> int:
    """Characters of the line's content that lie inside anchors."""
    i = max(bisect.bisect_right(starts, ln.content_start) - 1, 0)
    covered = 0
    while i < len(links) and links[i][0] < ln.content_end:
        covered += max(0, min(links[i][1], ln.content_end) - max(links[i][0], ln.content_start))
        i += 1
    return covered


def mark_link_lines(lines: list[Line], simple: str, links: Sequence[tuple[int, int]]) -> None:
    """Lines that are (almost) only link text and no sentence: related-article lists, menus."""
    if not links:
        return
    starts = [a for a, _ in links]
    for ln in lines:
        n = ln.content_end - ln.content_start
        if ln.reason is not None or n == 0 or n > LINK_LINE_MAX_LEN:
            continue
        content = simple[ln.content_start:ln.content_end]
        if SENTENCE_END.search(content):
            continue
        if _link_cover(ln, links, starts) >= LINK_LINE_SHARE * (n - sum(1 for ch in content if ch.isspace())):
            ln.reason, ln.rule = "chrome:navigation", "link-only line"


_COMMENTS = lexicon.CHROME["comments"]
COMMENTS_HEADING = re.compile(_COMMENTS["heading"])
REPLY_HEADING = re.compile(_COMMENTS["reply_heading"])
REPLY_HEADING_MAX = 80  # characters: a reply's head names its author and time
_RELATED = lexicon.CHROME["related"]
RELATED_HEADING = re.compile(_RELATED["heading"])
BULLETS = ("▶", "▷", "►", "·", "•", "●", "○", "■", "□", "◆", "◇", "-", "*", "👉", "🔹", "🔸")
HEADING_MAX = 30  # characters: a section heading, not a sentence that mentions 评论 or 相关新闻


HEADING_MARKS = "▼▲▽△👇👉⬇↓·•—=~～*# \t\u3000-"  # (decorations around a heading: ▼往期推荐▼, — 相关阅读 —)


def _is_heading(ln: Line, simple: str, heading: re.Pattern[str]) -> bool:
    return 0 < ln.content_end - ln.content_start <= HEADING_MAX and \
        heading.search(simple[ln.content_start:ln.content_end].strip(HEADING_MARKS)) is not None


def mark_comments(lines: list[Line], simple: str) -> None:
    """Readers' comments under the article: from the first comment heading (网友评论, 发表评论, 已有3条评论)
    or a forum's first reply (回复 #2 某某 发表于…) to the end of the page, every line is chrome; a comment's 网友“…”： is no question at the event."""
    for k, ln in enumerate(lines):
        if _is_heading(ln, simple, COMMENTS_HEADING) or ln.content_end - ln.content_start <= REPLY_HEADING_MAX \
                and REPLY_HEADING.search(simple[ln.content_start:ln.content_end]):
            if _dialogue_goes_on(lines[:k], lines[k + 1:], simple):
                # a comment box's heading the scraper put between the turns: the heading alone is chrome
                ln.reason, ln.rule = _COMMENTS["reason"], "a comment heading amid the dialogue (the speakers go on after it)"
                continue
            for later in lines[k:]:
                if later.reason is None:
                    later.reason, later.rule = _COMMENTS["reason"], "readers' comments (after a comment heading)"
            return


LINE_LABEL = re.compile(r"[ \t\u3000]*(?P<label>[^\s：:，,。！？!?]{2,30})[：:]")
SPEAKERS_BEFORE = 2  # labels the page used before the heading that must speak again after it


def _dialogue_goes_on(before: list[Line], after: list[Line], simple: str) -> bool:
    """Whether lines after a comment heading open with speakers' labels the page used before it ("王刚（市水务局局长）：",
    "主持人："): the dialogue goes on, and the heading stands amid it."""
    def labels(lines: list[Line]) -> set[str]:
        return {m.group("label") for ln in lines if ln.reason is None
                and (m := LINE_LABEL.match(simple, ln.content_start, ln.content_end)) is not None}
    spoke = labels(before)
    return len(spoke) >= SPEAKERS_BEFORE and bool(spoke & labels(after))


def mark_related_lists(lines: list[Line], simple: str, links: Sequence[tuple[int, int]] = ()) -> None:
    """A list of other articles (相关新闻, 延伸阅读 and the headlines below it) is chrome: a headline
    written "source：claim" would read as a speaker's label. The list ends at the first line that is
    long or ends a sentence; on a page whose links are known, at the first line that is no link (a
    sidebar before the article: its headline and byline follow the list)."""
    k = 0
    while k < len(lines):
        ln = lines[k]
        k += 1
        if not _is_heading(ln, simple, RELATED_HEADING):
            continue
        ln.reason, ln.rule = _RELATED["reason"], RELATED_HEADING_RULE
        while k < len(lines):
            item = lines[k]
            text = simple[item.content_start:item.content_end]
            if len(text) > _RELATED["max_headline_len"] or SENTENCE_END.search(text) and not text.startswith(BULLETS):
                break  # (a bulleted headline may exclaim: "▶ 重磅！地铁3号线最新进展来了")
            if item.reason is None and text:
                if links:
                    break  # (the link lines of the list are already chrome: mark_link_lines)
                item.reason, item.rule = _RELATED["reason"], "related articles (a headline under the heading)"
            k += 1
