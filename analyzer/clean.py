"""Turn a scraped page into the article, accounting for every character of the page.

Two passes, each a list of intervals so no per-character Python loop touches the document:
1. markup (only when the page carries HTML): tags, scripts, styles and comments are removed,
   entities decoded; the result is an intermediate text whose pieces map back to the page;
2. lines: whitespace, page chrome (data/chrome.toml), injected spam, the second copy of an
   article printed twice, and pinyin glosses are dropped; damaged characters are kept and
   recorded.
Finally both passes are composed, so each kept character maps to one page character and each
dropped page character lies in exactly one ``Drop``:
``chars_in == chars_kept + sum(drop.length)``.
"""
from __future__ import annotations

import bisect
import html
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from . import lexicon
from .errors import EmptyAfterCleaning
from .model import CleaningReport, Document, Drop, Page, Span
from .script import detect_script, to_simplified


# ---------------------------------------------------------------- character classes
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Characters that only appear in CJK text when bytes were decoded with the wrong codec.
STRONG_DAMAGE = "\ufffd\ue000-\uf8ff\u3100-\u312f\u31a0-\u31bf\u2500-\u257f"
# Characters that are damage only next to other damage (| and ① have honest uses).
WEAK_DAMAGE = "|?\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u2460-\u24ff"
# A real question mark is followed by white space or by a new sentence (请问…, 我们…).
SENTENCE_OPENERS = "请請我您你他她这這那如对對在谢謝下"
# str.isspace() characters except the newline, plus zero-width spaces and the BOM.
WHITESPACE_CHARS = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200c\u200d\ufeff"
)

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
VOWELS = "aeiouüvê" + TONED
SYLLABLE = (
    rf"(?=[a-zü]{{0,6}}[{TONED}])"
    rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[{VOWELS}]{{1,4}}(?:ng|n|r)?"
)
# A gloss: a toned pinyin syllable in parentheses right after a CJK (or damaged) character.
GLOSS = re.compile(rf"[(（](?<=[{CJK}?\ufffd\ue000-\uf8ff][(（])({SYLLABLE})[)）]")
# Mojibake ate the opening parenthesis: "?bào)" after a damaged character.
GLOSS_LOST_PAREN = re.compile(rf"[?\ufffd]({SYLLABLE})[)）]")
# Attributes of a tag whose '<' was cut off by the scraper:  target="_blank" style="…">
TAG_RESIDUE = re.compile(
    r"[a-zA-Z_:](?<![-\w][a-zA-Z_:])[-a-zA-Z0-9_:.]*\s*=\s*\"[^\"<>\n]*\""
    r"(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*\s*=\s*\"[^\"<>\n]*\")*\s*/?>"
)
DATE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期[一二三四五六日天])?"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
# Damage marks (one character class, so the scan is fast); _damaged_spans judges each.
DAMAGE_MARK = re.compile(rf"[{STRONG_DAMAGE}{WEAK_DAMAGE}]")
STRONG_CHAR = re.compile(rf"[{STRONG_DAMAGE}]")
LOST_BEFORE = re.compile(rf"[{CJK}。”’)）?？]")
LOST_AFTER = re.compile(rf"[{CJK}?|A-Za-z{STRONG_DAMAGE}]")
CJK_CHAR = re.compile(rf"[{CJK}]")
# A gloss after a character that was lost ('?' or U+FFFD): the character may be restorable.
DAMAGED_HOST_GLOSS = re.compile(rf"[?\ufffd](?=[(（]({SYLLABLE})[)）])")
STRONG_RE = re.compile(rf"[{STRONG_DAMAGE}]")

# ---------------------------------------------------------------- data
_CHROME = lexicon.CHROME


class _Rule(NamedTuple):
    name: str
    reason: str
    max_len: int
    rescue_dates: bool
    pattern: re.Pattern


LINE_RULES = tuple(
    _Rule(r["name"], r["reason"], int(r["max_len"]), bool(r.get("rescue_dates", False)),
          re.compile("|".join(f"(?:{p})" for p in r["patterns"])))
    for r in _CHROME["rule"]
)
LINE_RULES_MAX_LEN = max(r.max_len for r in LINE_RULES)
# One alternation of every line rule: most lines are rejected by a single search.
# Each pattern alone: most start with literals, which the regex engine scans for quickly.
LINE_RULE_PATTERNS = tuple((r, tuple(re.compile(p) for p in raw["patterns"])) for r, raw in zip(LINE_RULES, _CHROME["rule"]))
INLINE_RULES = tuple(
    _Rule(r["name"], r["reason"], int(r["max_line_len"]), False,
          re.compile("|".join(f"(?:{p})" for p in r["patterns"])))
    for r in _CHROME.get("inline", [])
)
_MENU = _CHROME["menu"]
MENU_SPLIT = re.compile(_MENU["separators"])
MENU_PUNCT = re.compile(_MENU["sentence_punct"])
_SHORT = _CHROME["short_run"]
_SPAM = _CHROME["spam"]
SPAM_WEIGHT = {w: 1.0 for w in _SPAM["strong"]}
SPAM_WEIGHT.update({w: 0.5 for w in _SPAM["weak"] if w not in SPAM_WEIGHT})
SPAM_TERMS = re.compile("|".join(re.escape(w) for w in sorted(SPAM_WEIGHT, key=len, reverse=True)))
SPAM_LIST_SPLIT = re.compile(_SPAM["list_separators"])
SENTENCE_END = re.compile(r"[。!?！？]")
PROSE_MIN_LEN = 50
LINK_LINE_MAX_LEN = 80  # a headline in a related-articles list; a linked paragraph is longer
LINK_LINE_SHARE = 0.8  # share of a line's visible characters inside <a>…</a>
MENU_NEIGHBOURS = frozenset(("chrome:navigation", "chrome:share"))
PROSE_PUNCT = re.compile(r"[,，;；]")
CLASSIFY_MAX_LEN = max(LINE_RULES_MAX_LEN, int(_SPAM["max_len"]))

TEXTLESS_DROPS = frozenset(("pinyin_gloss", "whitespace"))  # too many or too dull to copy (and markup)
HEADLINE_SCAN_LINES = 60  # a table of contents sits at the top of the page
HEADLINE_LIST_MIN = 3
HEADLINE_MIN_CHARS, HEADLINE_MAX_CHARS = 4, 40
HEADLINE_REPEAT_WITHIN = 6  # lines after the list in which the article's title comes back
HEADLINE_BREAK = re.compile(r"[。!?！？；;:：,，]")
DUPLICATE_MIN_LINES = 5
DUPLICATE_MIN_CHARS = 300
DUPLICATE_LONG_CHARS = 600  # a copied block this long is a copy even with fewer lines
DUPLICATE_MAX_GAP = 3  # differing lines (a changed date line, a re-damaged paragraph) bridged
DUPLICATE_CANDIDATES = 4  # earlier occurrences tried per line (first and last few)

# ---------------------------------------------------------------- markup
BLOCK_TAGS = frozenset(
    ["p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "title", "section", "article", "header", "footer", "nav", "blockquote", "pre", "hr", "dd", "dt", "dl", "form", "aside", "main", "figure", "figcaption", "caption", "tbody", "thead", "tfoot", "center", "address", "option", "select", "body", "html", "head"]
)
CELL_TAGS = frozenset(("td", "th"))
MARKUP = re.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"
    r"|(?P<script><(?P<sname>script|style|noscript|template|svg|iframe|object)\b[^>]*>.*?(?:</(?P=sname)\s*>|\Z))"
    r"|(?P<chrome><(?P<cname>nav|footer)\b[^>]*>.*?</(?P=cname)\s*>)"
    r"|(?P<decl><![a-zA-Z][^>]*>|<\?[^>]*>)"
    r"|(?P<tag></?(?P<tname>[a-zA-Z][a-zA-Z0-9:-]*)(?:\s(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?/?>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?)",
    re.DOTALL | re.IGNORECASE,
)
HAS_MARKUP = re.compile(
    r"<(?:/?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>|!--)|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"
)


class _Piece(NamedTuple):
    """A stretch of the intermediate text and the page characters it came from."""

    t_start: int
    t_len: int
    s_start: int
    s_len: int
    reason: str | None  # None: copied verbatim; else the markup that produced it


def _strip_markup(src: str):
    """(intermediate text, pieces, drops, links) with tags removed and entities decoded.

    Drops are [start, end, reason, rule] lists, merged as they come: a page has millions
    of tags but few runs of them. Links are the (start, end) of each anchor's text in the
    intermediate text: a line that is nothing but link text is navigation.
    """
    out: list[str] = []
    pieces: list[_Piece] = []
    drops: list[list] = []
    links: list[tuple[int, int]] = []
    link_open: int | None = None
    t_pos = 0
    s_pos = 0
    unescape = html.unescape

    def drop(start: int, end: int, reason: str, rule: str) -> None:
        if drops and drops[-1][1] == start and drops[-1][2] == reason:
            drops[-1][1] = end
        else:
            drops.append([start, end, reason, rule])

    for m in MARKUP.finditer(src):
        start, end = m.span()
        if start > s_pos:
            n = start - s_pos
            out.append(src[s_pos:start])
            pieces.append(_Piece(t_pos, n, s_pos, n, None))
            t_pos += n
        s_pos = start
        kind = m.lastgroup
        replacement = ""
        if kind == "tag":
            name = m.group("tname").lower()
            reason, rule = "markup:tag", "<tag>"
            if name == "a":
                if m.group().startswith("</"):
                    if link_open is not None and t_pos > link_open:
                        links.append((link_open, t_pos))
                    link_open = None
                else:
                    link_open = t_pos
            elif name in BLOCK_TAGS:
                # One line break per run of block tags (</p></div><div><p> is one break).
                if not (out and out[-1].endswith("\n")):
                    replacement = "\n"
            elif name in CELL_TAGS:
                replacement = " "
        elif kind == "entity":
            entity = m.group()
            decoded = unescape(entity)
            if decoded == entity or len(decoded) > len(entity):
                continue  # not an entity after all: it is copied with the text after it
            replacement = decoded
            reason, rule = "markup:entity", entity
        elif kind == "comment":
            reason, rule = "markup:comment", "<!-- -->"
        elif kind == "script":
            name = m.group("sname").lower()
            reason, rule = ("markup:style" if name == "style" else "markup:script"), f"<{name}>"
        elif kind == "chrome":
            name = m.group("cname").lower()
            reason = "chrome:footer" if name == "footer" else "chrome:navigation"
            rule = f"<{name}>"
        else:
            reason, rule = "markup:tag", "<!…>"
        if replacement:
            out.append(replacement)
            pieces.append(_Piece(t_pos, len(replacement), start, end - start, reason))
            t_pos += len(replacement)
            if end - start > len(replacement):
                drop(start + len(replacement), end, reason, rule)
        else:
            drop(start, end, reason, rule)
        s_pos = end
    if len(src) > s_pos:
        n = len(src) - s_pos
        out.append(src[s_pos:])
        pieces.append(_Piece(t_pos, n, s_pos, n, None))
    return "".join(out), pieces, drops, links


# ---------------------------------------------------------------- lines
class _Line:
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


def _split_lines(text: str) -> list[_Line]:
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
        lines.append(_Line(pos, cstart, cend, end, nxt))
        pos = nxt
    return lines


def _spam_score(simple: str) -> float:
    hits = {m.group() for m in SPAM_TERMS.finditer(simple)}
    return sum(SPAM_WEIGHT[h] for h in hits)


def _classify(line: _Line, simple: str) -> None:
    """Set the chrome reason of one non-blank line from its simplified content."""
    n = len(simple)
    if n <= _SPAM["max_len"] and SPAM_TERMS.search(simple):
        score = _spam_score(simple)
        shaped = not SENTENCE_END.search(simple) and len(SPAM_LIST_SPLIT.split(simple)) >= 2
        if (shaped and score >= _SPAM["min_score"]) or score >= _SPAM["min_score_any_shape"]:
            line.reason, line.rule = _SPAM["reason"], "spam lexicon"
            return
    if n > LINE_RULES_MAX_LEN:
        return
    if n > PROSE_MIN_LEN and len(PROSE_PUNCT.findall(simple)) >= 2:
        return  # a sentence that merely mentions 电话 or 版权 is content, not chrome
    for rule, patterns in LINE_RULE_PATTERNS:
        if n <= rule.max_len:
            for pattern in patterns:
                m = pattern.search(simple)
                if m:
                    line.reason, line.rule, line.rescue = rule.reason, f"{rule.name}: {m.group().strip()}", rule.rescue_dates
                    return


def _menu_strength(simple: str) -> int:
    """2: a menu line on its own; 1: menu-like, a menu only next to another; 0: not a menu."""
    if len(simple) > _MENU["max_len"] or MENU_PUNCT.search(simple):
        return 0
    tokens = [t for t in MENU_SPLIT.split(simple) if t]
    if not tokens or max(len(t) for t in tokens) > _MENU["max_token_len"]:
        return 0
    if all(t.isdigit() or DATE.fullmatch(t) for t in tokens):
        return 0
    if len(tokens) >= _MENU["min_tokens"]:
        return 2
    if len(tokens) >= _MENU["min_tokens_near_menu"]:
        return 1
    if len(tokens) == 2 and max(len(t) for t in tokens) <= _MENU["max_token_len_pair"]:
        return 1
    return 0


def _mark_menus(lines: list[_Line], simple: str) -> None:
    live = [ln for ln in lines if ln.content_start < ln.content_end and (ln.reason is None or ln.reason in MENU_NEIGHBOURS)]
    strength = [
        _menu_strength(simple[ln.content_start:ln.content_end]) if ln.content_end - ln.content_start <= _MENU["max_len"] else 0
        for ln in live
    ]
    # Menus grow from menu lines and from other navigation or share chrome next to them.
    is_menu = [s == 2 or ln.reason in MENU_NEIGHBOURS for s, ln in zip(strength, live)]
    for i in range(1, len(live)):  # down a chain of menu-like lines…
        if strength[i] == 1 and is_menu[i - 1]:
            is_menu[i] = True
    for i in range(len(live) - 2, -1, -1):  # …and up it
        if strength[i] == 1 and is_menu[i + 1]:
            is_menu[i] = True
    for ln, menu in zip(live, is_menu):
        if menu and ln.reason is None:
            ln.reason, ln.rule = _MENU["reason"], "menu: short tokens"
    # Runs of very short lines (one menu item per line).
    run: list[_Line] = []
    for line in live + [None]:  # None: the end, which closes the last run
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


def _mark_headline_lists(lines: list[_Line], simple: str) -> None:
    """A list of headlines atop the page (an e-paper's table of contents) is chrome.

    It is recognised by its shape, a run of short lines without sentence punctuation at the top,
    and by one of its headlines coming back soon after as the article's own title.
    """
    live = [ln for ln in lines[:HEADLINE_SCAN_LINES] if ln.content_start < ln.content_end and ln.reason is None]
    keys = ["".join(simple[ln.content_start:ln.content_end].split()) for ln in live]
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
                return
            break
        run = []
    else:
        return
    if len(run) < HEADLINE_LIST_MIN:
        return
    for k in run:
        live[k].reason, live[k].rule = "chrome:navigation", "headline list (its article's title follows)"


def _line_key(content: str) -> str:
    """A line as duplicate detection compares it: no glosses, no white space."""
    if "(" in content or "（" in content:
        content = GLOSS.sub("", content)
    return "".join(content.split())


def _mark_duplicates(lines: list[_Line], text: str, damage_weight) -> int:
    """Drop the second copy of a long block printed twice; return the number of copies dropped."""
    live = [ln for ln in lines if ln.content_start < ln.content_end and ln.reason is None]
    starts = [ln.start for ln in lines]
    keys = [_line_key(text[ln.content_start:ln.content_end]) for ln in live]
    positions: dict[str, list[int]] = {}
    blocks = 0
    j = 0
    n = len(live)
    while j < n:
        key = keys[j]
        earlier = positions.get(key)
        best = None
        if earlier and len(key) >= DUPLICATE_LONG_CHARS:
            # one long paragraph (a page that lost its line breaks) printed twice
            best = max(((i, i + 1, j, j + 1, len(key)) for i in earlier[:DUPLICATE_CANDIDATES]), key=lambda b: b[4])
        if earlier and len(key) >= 2:
            tried = earlier[:DUPLICATE_CANDIDATES] + earlier[-DUPLICATE_CANDIDATES:]
            for i in dict.fromkeys(tried):
                span = _extend_run(keys, i, j)
                if span and (best is None or span[4] > best[4]):
                    best = span
        if best is not None:
            i0, i1, j0, j1, matched_chars = best
            size = sum(len(keys[k]) for k in range(j0, j1))
            if (j1 - j0 >= DUPLICATE_MIN_LINES and size >= DUPLICATE_MIN_CHARS) or size >= DUPLICATE_LONG_CHARS:
                first = live[i0:i1]
                second = live[j0:j1]
                # Keep the more complete copy: the one with fewer damaged lines (the first on a tie).
                drop, kept_copy = (first, "second") if damage_weight(second) < damage_weight(first) else (second, "first")
                rule = f"copy of a {j1 - j0}-line block; the {kept_copy} copy is kept"
                for ln in drop:
                    ln.reason, ln.rule = "duplicate_article", rule
                # Blank lines inside the dropped copy belong to it, so it is one Drop.
                for k in range(bisect.bisect_left(starts, drop[0].start), bisect.bisect_left(starts, drop[-1].start)):
                    if lines[k].reason == "whitespace":
                        lines[k].reason, lines[k].rule = "duplicate_article", rule
                blocks += 1
                for k in range(j, j1):
                    positions.setdefault(keys[k], []).append(k)
                j = j1
                continue
        positions.setdefault(key, []).append(j)
        j += 1
    return blocks


def _extend_run(keys: list[str], i: int, j: int):
    """Longest aligned run of equal keys from (i, j), bridging a few differing lines."""
    n = len(keys)
    i0, j0 = i, j
    matched = 0
    last_i, last_j = i, j
    while True:
        while i < j0 and j < n and keys[i] == keys[j]:
            matched += len(keys[i])
            i += 1
            j += 1
        last_i, last_j = i, j
        # Try to resynchronise after up to DUPLICATE_MAX_GAP differing lines on either side.
        resync = None
        for gap_i in range(DUPLICATE_MAX_GAP + 1):
            for gap_j in range(DUPLICATE_MAX_GAP + 1):
                if gap_i == gap_j == 0:
                    continue
                a, b = i + gap_i, j + gap_j
                if (
                    a + 1 < j0 and b + 1 < n and keys[a] == keys[b] and keys[a + 1] == keys[b + 1]
                    and len(keys[a]) + len(keys[a + 1]) >= 8
                ):
                    resync = (a, b)
                    break
            if resync:
                break
        if not resync:
            break
        i, j = resync
    if last_j - j0 < 2:
        return None
    return i0, last_i, j0, last_j, matched


def _gloss_drops(text: str):
    """Pinyin glosses to drop, and damaged characters restorable from their gloss."""
    glosses = [(m.start(), m.end(), m.group(1)) for m in GLOSS.finditer(text)]
    glosses.extend((m.start(1), m.end(), m.group(1)) for m in GLOSS_LOST_PAREN.finditer(text))
    glosses.sort()
    restorations: dict[int, str] = {}
    if DAMAGED_HOST_GLOSS.search(text):
        readings: dict[str, set[str]] = {}
        for a, _b, syllable in glosses:
            host = text[a - 1]
            if text[a] in "(（" and CJK_CHAR.match(host):
                readings.setdefault(syllable, set()).add(host)
        for m in DAMAGED_HOST_GLOSS.finditer(text):
            hosts = readings.get(m.group(1))
            if hosts and len(hosts) == 1:
                restorations[m.start()] = next(iter(hosts))
    return glosses, restorations


class _Emitter:
    """Collects segments of the intermediate text, merging neighbours of the same kind."""

    __slots__ = ("segs",)

    def __init__(self) -> None:
        self.segs: list[list] = []  # [start, end, reason or None, rule, replacement or None]

    def keep(self, a: int, b: int) -> None:
        segs = self.segs
        if segs:
            last = segs[-1]
            if last[2] is None and last[4] is None and last[1] == a:
                last[1] = b
                return
        segs.append([a, b, None, "", None])

    def drop(self, a: int, b: int, reason: str, rule: str) -> None:
        if b <= a:
            return
        segs = self.segs
        if segs:
            last = segs[-1]
            if last[2] == reason and last[1] == a:
                last[1] = b
                return
        segs.append([a, b, reason, rule, None])

    def replace(self, a: int, b: int, replacement: str, rule: str) -> None:
        self.segs.append([a, b, None, rule, replacement])


def _inline_drops(text: str, simple: str, lines: list[_Line], glosses) -> list[tuple]:
    """Drops inside kept lines: glosses, hit counters, remains of cut tags; sorted, disjoint."""
    inline = [(a, b, "pinyin_gloss", syllable) for a, b, syllable in glosses]
    if '">' in text or "'>" in text:
        inline.extend((m.start(), m.end(), "markup:tag", "attributes of a cut tag") for m in TAG_RESIDUE.finditer(text))
    if INLINE_RULES:
        starts = [ln.start for ln in lines]
        for rule in INLINE_RULES:
            for m in rule.pattern.finditer(simple):
                if m.end() <= m.start():
                    continue
                ln = lines[bisect.bisect_right(starts, m.start()) - 1]
                end = min(m.end(), ln.content_end)  # a pattern's \s* may run past the line
                if ln.reason is None and ln.content_end - ln.content_start <= rule.max_len and end > m.start():
                    inline.append((m.start(), end, rule.reason, f"{rule.name}: {simple[m.start():end].strip()}"))
    inline.sort()
    out = []
    last_end = -1
    for item in inline:
        if item[0] >= last_end:
            out.append(item)
            last_end = item[1]
    return out


def _emit_kept_line(emit: _Emitter, text: str, ln: _Line, cuts: list, restorations: dict) -> int:
    """Emit a kept line with inline cuts; return the glosses removed (-1: nothing was left)."""
    kept: list[list[int]] = []
    removed: list[tuple] = []
    pos = ln.content_start
    for a, b, reason, rule in cuts:
        a, b = max(a, ln.content_start), min(b, ln.content_end)
        if a > pos:
            kept.append([pos, a])
        if b > a:
            removed.append((a, b, reason, rule))
        pos = max(pos, b)
    if pos < ln.content_end:
        kept.append([pos, ln.content_end])
    # Trim white space that an inline cut exposed at either end of the line.
    while kept:
        a, b = kept[0]
        rest = len(text[a:b].lstrip(WHITESPACE_CHARS))
        if rest == 0:
            removed.append((a, b, "whitespace", "around a cut"))
            kept.pop(0)
            continue
        if rest != b - a:
            removed.append((a, b - rest, "whitespace", "around a cut"))
            kept[0][0] = b - rest
        break
    while kept:
        a, b = kept[-1]
        rest = len(text[a:b].rstrip(WHITESPACE_CHARS))
        if rest == 0:
            removed.append((a, b, "whitespace", "around a cut"))
            kept.pop()
            continue
        if rest != b - a:
            removed.append((a + rest, b, "whitespace", "around a cut"))
            kept[-1][1] = a + rest
        break
    if not kept:
        meaningful = [r for r in removed if r[2] != "whitespace"]
        reason, rule = (meaningful[0][2], meaningful[0][3]) if meaningful else ("whitespace", "blank line")
        emit.drop(ln.start, ln.next_start, reason, rule)
        return -1
    emit.drop(ln.start, ln.content_start, "whitespace", "leading white space")
    parts = sorted([(a, b, None, "") for a, b in kept] + removed)
    for a, b, reason, rule in parts:
        if reason is not None:
            emit.drop(a, b, reason, rule)
            continue
        pos = a
        if restorations:
            for host in sorted(p for p in restorations if a <= p < b):
                emit.keep(pos, host)
                emit.replace(host, host + 1, restorations[host], "restored from gloss")
                pos = host + 1
        if b > pos:
            emit.keep(pos, b)
    emit.drop(ln.content_end, ln.end, "whitespace", "trailing white space")
    if ln.next_start > ln.end:
        emit.keep(ln.end, ln.next_start)
    return sum(1 for r in removed if r[2] == "pinyin_gloss")


def _mark_link_lines(lines: list[_Line], simple: str, links: Sequence[tuple[int, int]]) -> None:
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
        i = max(bisect.bisect_right(starts, ln.content_start) - 1, 0)
        covered = 0
        while i < len(links) and links[i][0] < ln.content_end:
            covered += max(0, min(links[i][1], ln.content_end) - max(links[i][0], ln.content_start))
            i += 1
        if covered >= LINK_LINE_SHARE * (n - sum(1 for ch in content if ch.isspace())):
            ln.reason, ln.rule = "chrome:navigation", "link-only line"


def _line_segments(text: str, simple: str, links: Sequence[tuple[int, int]] = ()):
    """Classify every line; return (segments, duplicate blocks, glosses removed, restored)."""
    lines = _split_lines(text)
    for ln in lines:
        n = ln.content_end - ln.content_start
        if n == 0:
            ln.reason, ln.rule = "whitespace", "blank line"
        elif n <= CLASSIFY_MAX_LEN:
            _classify(ln, simple[ln.content_start:ln.content_end])
    _mark_link_lines(lines, simple, links)
    _mark_menus(lines, simple)
    _mark_headline_lists(lines, simple)
    glosses, restorations = _gloss_drops(text)
    inline = _inline_drops(text, simple, lines, glosses)

    def damage_weight(block: list[_Line]) -> int:
        """Lines of a copy that carry mojibake: the fewer, the more complete the copy."""
        return sum(1 for ln in block if STRONG_RE.search(text, ln.content_start, ln.content_end))

    blocks = _mark_duplicates(lines, text, damage_weight)

    emit = _Emitter()
    glosses_removed = 0
    k = 0
    n_inline = len(inline)
    last_kept: _Line | None = None
    for ln in lines:
        if ln.reason is not None:
            rescued = (
                [(m.start(), m.end()) for m in DATE.finditer(text, ln.content_start, ln.content_end)]
                if ln.rescue else []
            )
            if not rescued:
                emit.drop(ln.start, ln.next_start, ln.reason, ln.rule)
                continue
            pos = ln.start
            for a, b in rescued:
                emit.drop(pos, a, ln.reason, ln.rule)
                emit.keep(a, b)
                pos = b
            emit.drop(pos, ln.end, ln.reason, ln.rule)
            if ln.next_start > ln.end:
                emit.keep(ln.end, ln.next_start)
            last_kept = ln
            continue
        while k < n_inline and inline[k][1] <= ln.content_start:
            k += 1
        if (k >= n_inline or inline[k][0] >= ln.content_end) and not restorations:
            # Fast path: nothing to cut inside the line.
            emit.drop(ln.start, ln.content_start, "whitespace", "leading white space")
            emit.keep(ln.content_start, ln.content_end)
            emit.drop(ln.content_end, ln.end, "whitespace", "trailing white space")
            if ln.next_start > ln.end:
                emit.keep(ln.end, ln.next_start)
            last_kept = ln
            continue
        kk = k
        only_glosses = not restorations
        while kk < n_inline and inline[kk][0] < ln.content_end:
            if inline[kk][2] != "pinyin_gloss":
                only_glosses = False
            kk += 1
        if only_glosses:
            # A gloss always follows a character of the line, so no white space is exposed.
            emit.drop(ln.start, ln.content_start, "whitespace", "leading white space")
            pos = ln.content_start
            segs_append = emit.segs.append
            emit.keep(pos, inline[k][0])
            pos = inline[k][1]
            segs_append([inline[k][0], pos, "pinyin_gloss", inline[k][3], None])
            for a, b, _reason, syllable in inline[k + 1:kk]:
                segs_append([pos, a, None, "", None])
                segs_append([a, b, "pinyin_gloss", syllable, None])
                pos = b
            if ln.content_end > pos:
                segs_append([pos, ln.content_end, None, "", None])
            emit.drop(ln.content_end, ln.end, "whitespace", "trailing white space")
            if ln.next_start > ln.end:
                emit.keep(ln.end, ln.next_start)
            glosses_removed += kk - k
            last_kept = ln
            continue
        removed = _emit_kept_line(emit, text, ln, inline[k:kk], restorations)
        if removed >= 0:
            glosses_removed += removed
            last_kept = ln
    segs = emit.segs
    # The newline after the last kept line separates nothing: drop it.
    if last_kept is not None and last_kept.next_start > last_kept.end:
        nl = last_kept.end
        for idx in range(len(segs) - 1, -1, -1):
            seg = segs[idx]
            if seg[2] is None and seg[0] <= nl < seg[1]:
                tail = [[nl + 1, seg[1], None, "", None]] if seg[1] > nl + 1 else []
                segs[idx:idx + 1] = ([[seg[0], nl, None, "", None]] if nl > seg[0] else []) + [
                    [nl, nl + 1, "whitespace", "final newline", None]] + tail
                break
    restored = sum(1 for seg in segs if seg[4] is not None)
    return segs, blocks, glosses_removed, restored


# ---------------------------------------------------------------- composition
def _compose(t_text: str, segs: list, pieces: list[_Piece] | None, markup_drops: list):
    """Map segments of the intermediate text back to the page: text, drops and offset map."""
    out: list[str] = []
    drops: list[Drop] = []
    offset_map: list[list[int]] = []
    restored_spans: list[Span] = []
    clean_pos = 0
    if pieces is None:
        # No markup pass: intermediate offsets are page offsets, and adjacent kept segments
        # were merged when emitted, so each kept segment is one offset-map run.
        kept = [seg for seg in segs if seg[2] is None]
        chunks = [t_text[a:b] if rep is None else rep for a, b, _r, _rule, rep in kept]
        starts = list(itertools.accumulate((len(c) for c in chunks), initial=0))
        runs = tuple((starts[i], seg[0], len(chunks[i])) for i, seg in enumerate(kept))
        restored_spans = [Span(starts[i], starts[i + 1], "restored") for i, seg in enumerate(kept) if seg[4] is not None]
        drops = [Drop(a, b, reason, rule) for a, b, reason, rule, _rep in segs if reason is not None]
        return "".join(chunks), drops, runs, restored_spans

    raw_drops: list = list(markup_drops)
    p = 0
    for seg_a, seg_b, reason, rule, replacement in segs:
        a = seg_a
        while a < seg_b:
            while pieces[p].t_start + pieces[p].t_len <= a:
                p += 1
            piece = pieces[p]
            b = min(seg_b, piece.t_start + piece.t_len)
            s_a = piece.s_start + (a - piece.t_start)
            if reason is None:
                chunk = t_text[a:b] if replacement is None else replacement
                if replacement is not None:
                    restored_spans.append(Span(clean_pos, clean_pos + len(chunk), "restored"))
                out.append(chunk)
                last = offset_map[-1] if offset_map else None
                if last is not None and last[0] + last[2] == clean_pos and last[1] + last[2] == s_a:
                    last[2] += len(chunk)
                else:
                    offset_map.append([clean_pos, s_a, len(chunk)])
                clean_pos += len(chunk)
            elif piece.reason is None:
                raw_drops.append((s_a, s_a + (b - a), reason, rule))
            else:
                # A dropped character that markup produced (a block tag's line break) keeps
                # the markup reason: it is the tag that is gone.
                raw_drops.append((s_a, s_a + (b - a), piece.reason, "markup"))
            a = b
    raw_drops.sort(key=lambda d: (d[0], d[1]))
    merged: list[list] = []
    for d in raw_drops:
        if merged and merged[-1][1] == d[0] and merged[-1][2] == d[2]:
            merged[-1][1] = d[1]
        else:
            merged.append(list(d))
    drops = [Drop(a, b, reason, rule) for a, b, reason, rule in merged]
    return "".join(out), drops, tuple(tuple(x) for x in offset_map), restored_spans


def _damaged_spans(text: str) -> list[Span]:
    """Fragments of mojibake kept in the text: marks at most 3 characters apart form one.

    A fragment counts when it holds a strong mark (U+FFFD, private use, Bopomofo, box
    drawing) or a '?' standing where a character was lost (between CJK, not before a new
    sentence); | , ① or Latin letters with diacritics only join a fragment.
    """
    clusters: list[list] = []  # [start, end, confirmed]
    n = len(text)
    for m in DAMAGE_MARK.finditer(text):
        a = m.start()
        b = a + 1
        ch = text[a]
        if STRONG_CHAR.match(ch):
            confirmed = True
            if a > 0 and text[a - 1] in "。(（":
                a -= 1
        elif ch == "?":
            before = text[a - 1] if a > 0 else ""
            after = text[a + 1] if a + 1 < n else ""
            confirmed = bool(
                before and after and LOST_BEFORE.match(before) and LOST_AFTER.match(after)
                and after not in SENTENCE_OPENERS
            )
        else:
            confirmed = False
        if clusters and a - clusters[-1][1] <= 3 and "\n" not in text[clusters[-1][1]:a]:
            clusters[-1][1] = b
            clusters[-1][2] = clusters[-1][2] or confirmed
        else:
            clusters.append([a, b, confirmed])
    return [Span(a, b, "damaged") for a, b, confirmed in clusters if confirmed]


def _needs_markup_pass(page: Page) -> bool:
    return page.was_html or HAS_MARKUP.search(page.text) is not None


def clean(page: Page) -> Document:
    """Clean one page into a ``Document``; raise ``EmptyAfterCleaning`` when nothing is left."""
    src = page.text
    if _needs_markup_pass(page):
        t_text, pieces, markup_drops, links = _strip_markup(src)
    else:
        t_text, pieces, markup_drops, links = src, None, [], []
    t_simple = to_simplified(t_text)
    segs, blocks, glosses_removed, restored = _line_segments(t_text, t_simple, links)
    text, drops, offset_map, restored_spans = _compose(t_text, segs, pieces, markup_drops)
    # Line drops carry their text: page metadata (a date, an author) stays reachable.
    drops = [
        d if d.reason in TEXTLESS_DROPS or d.reason.startswith("markup") else Drop(d.start, d.end, d.reason, d.rule, src[d.start:d.end])
        for d in drops
    ]
    if not text.strip():
        raise EmptyAfterCleaning(f"nothing of {page.source} is left after removing markup and page chrome")
    # The simplified copy: the intermediate simplified text cut by the same segments, so
    # OpenCC runs once per page.
    simplified = "".join(
        t_simple[a:b] if rep is None else to_simplified(rep) for a, b, reason, _rule, rep in segs if reason is None
    )
    if len(simplified) != len(text):
        simplified = to_simplified(text)
    damaged = _damaged_spans(text)
    report = CleaningReport(
        chars_in=len(src),
        chars_kept=len(text),
        drops=tuple(drops),
        damaged=tuple(sorted(damaged + restored_spans, key=lambda s: (s.start, s.end))),
        duplicate_blocks=blocks,
        glosses_removed=glosses_removed,
        glosses_restored=restored,
        offset_map=offset_map,
    )
    warnings = list(page.warnings)
    if damaged:
        warnings.append(f"{len(damaged)} damaged fragment(s) (mojibake) kept in the text")
    return Document(
        source=page.source,
        text=text,
        simplified=simplified,
        script=detect_script(text, simplified),
        encoding=page.encoding,
        cleaning=report,
        warnings=tuple(warnings),
    )
