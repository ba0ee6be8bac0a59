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

import html
import re
import tomllib
from pathlib import Path
from typing import NamedTuple, Optional

from .errors import EmptyAfterCleaning
from .model import CleaningReport, Document, Drop, Page, Span
from .script import detect_script, to_simplified

DATA = Path(__file__).resolve().parent / "data"

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
GLOSS = re.compile(rf"(?<=[{CJK}?\ufffd\ue000-\uf8ff])[((]({SYLLABLE})[))]")
# Mojibake ate the opening parenthesis: "?bào)" after a damaged character.
GLOSS_LOST_PAREN = re.compile(rf"(?<=[?\ufffd])({SYLLABLE})[))]")
# Attributes of a tag whose '<' was cut off by the scraper:  target="_blank" style="…">
TAG_RESIDUE = re.compile(r"(?:\s*[a-zA-Z_:][-a-zA-Z0-9_:.]*\s*=\s*\"[^\"<>\n]*\")+\s*/?>")
DATE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期[一二三四五六日天])?"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
# Damage: a fragment is a cluster of suspicious characters at most 3 characters apart, kept
# when it holds a strong mark or a '?' that stands where a character was lost.
DAMAGE_MARK = re.compile(
    rf"(?P<strong>[{STRONG_DAMAGE}])"
    rf"|(?P<lost>(?<=[{CJK}。”’)])\?(?=[{CJK}?|A-Za-z{STRONG_DAMAGE}])(?![{SENTENCE_OPENERS}]))"
    rf"|(?P<weak>[{WEAK_DAMAGE}])"
)
STRONG_RE = re.compile(rf"[{STRONG_DAMAGE}]")
QUESTION_MARK_RE = re.compile(r"\?")

# ---------------------------------------------------------------- data
with open(DATA / "chrome.toml", "rb") as _fh:
    _CHROME = tomllib.load(_fh)


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
SENTENCE_END = re.compile(r"[。!?!?]")

DUPLICATE_MIN_LINES = 5
DUPLICATE_MIN_CHARS = 300
DUPLICATE_MAX_GAP = 3  # differing lines (a changed date line, a re-damaged paragraph) bridged
DUPLICATE_CANDIDATES = 4  # earlier occurrences tried per line (first and last few)

# ---------------------------------------------------------------- markup
BLOCK_TAGS = frozenset(
    "p div br li ul ol tr table h1 h2 h3 h4 h5 h6 title section article header footer nav "
    "blockquote pre hr dd dt dl form aside main figure figcaption caption tbody thead tfoot "
    "center address option select body html head".split()
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
    reason: Optional[str]  # None: copied verbatim; else the markup that produced it


def _strip_markup(src: str):
    """(intermediate text, pieces, drops) with tags removed and entities decoded."""
    out: list[str] = []
    pieces: list[_Piece] = []
    drops: list[Drop] = []
    t_pos = 0
    s_pos = 0

    def copy(upto: int) -> None:
        nonlocal t_pos, s_pos
        if upto > s_pos:
            n = upto - s_pos
            out.append(src[s_pos:upto])
            pieces.append(_Piece(t_pos, n, s_pos, n, None))
            t_pos += n
            s_pos = upto

    for m in MARKUP.finditer(src):
        copy(m.start())
        start, end = m.start(), m.end()
        kind = m.lastgroup
        replacement = ""
        if kind == "comment":
            reason, rule = "markup:comment", "<!-- -->"
        elif kind == "script":
            name = m.group("sname").lower()
            reason, rule = ("markup:style" if name == "style" else "markup:script"), f"<{name}>"
        elif kind == "chrome":
            name = m.group("cname").lower()
            reason = "chrome:footer" if name == "footer" else "chrome:navigation"
            rule = f"<{name}>"
        elif kind == "decl":
            reason, rule = "markup:tag", "<!…>"
        elif kind == "tag":
            name = m.group("tname").lower()
            reason, rule = "markup:tag", f"<{name}>"
            if name in BLOCK_TAGS:
                replacement = "\n"
            elif name in CELL_TAGS:
                replacement = " "
        else:
            entity = m.group()
            decoded = html.unescape(entity)
            if decoded == entity or len(decoded) > len(entity):
                copy(end)  # not an entity after all: keep it verbatim
                continue
            replacement = decoded
            reason, rule = "markup:entity", entity
        if replacement:
            out.append(replacement)
            pieces.append(_Piece(t_pos, len(replacement), start, end - start, reason))
            t_pos += len(replacement)
            if end - start > len(replacement):
                drops.append(Drop(start + len(replacement), end, reason, rule))
        else:
            drops.append(Drop(start, end, reason, rule))
        s_pos = end
    copy(len(src))
    return "".join(out), pieces, drops


# ---------------------------------------------------------------- lines
class _Line:
    __slots__ = ("start", "content_start", "content_end", "end", "next_start", "reason", "rule", "rescue", "key")

    def __init__(self, start, content_start, content_end, end, next_start):
        self.start = start
        self.content_start = content_start
        self.content_end = content_end
        self.end = end  # before the newline
        self.next_start = next_start  # after the newline
        self.reason: Optional[str] = None
        self.rule = ""
        self.rescue = False
        self.key = ""


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
    for rule in LINE_RULES:
        if n <= rule.max_len:
            m = rule.pattern.search(simple)
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
    live = [ln for ln in lines if ln.content_start < ln.content_end and ln.reason is None]
    strength = [
        _menu_strength(simple[ln.content_start:ln.content_end]) if ln.content_end - ln.content_start <= _MENU["max_len"] else 0
        for ln in live
    ]
    is_menu = [s == 2 for s in strength]
    changed = True
    while changed:
        changed = False
        for i, s in enumerate(strength):
            if s == 1 and not is_menu[i] and ((i > 0 and is_menu[i - 1]) or (i + 1 < len(live) and is_menu[i + 1])):
                is_menu[i] = changed = True
    for ln, menu in zip(live, is_menu):
        if menu:
            ln.reason, ln.rule = _MENU["reason"], "menu: short tokens"
    # Runs of very short lines (one menu item per line).
    run: list[_Line] = []
    for ln in live + [None]:
        short = (
            ln is not None and ln.reason is None
            and ln.content_end - ln.content_start <= _SHORT["max_line_len"]
            and not MENU_PUNCT.search(simple[ln.content_start:ln.content_end])
        )
        if short:
            run.append(ln)
            continue
        if len(run) >= _SHORT["min_lines"]:
            for r in run:
                r.reason, r.rule = _SHORT["reason"], "menu: run of short lines"
        run = []


def _mark_duplicates(lines: list[_Line], text: str, damage_weight) -> int:
    """Drop the second copy of a long block printed twice; return the number of copies dropped."""
    live = [ln for ln in lines if ln.content_start < ln.content_end and ln.reason is None]
    keys = [ln.key for ln in live]
    positions: dict[str, list[int]] = {}
    blocks = 0
    j = 0
    n = len(live)
    while j < n:
        key = keys[j]
        earlier = positions.get(key)
        best = None
        if earlier and len(key) >= 2:
            tried = earlier[:DUPLICATE_CANDIDATES] + earlier[-DUPLICATE_CANDIDATES:]
            for i in dict.fromkeys(tried):
                span = _extend_run(keys, i, j)
                if span and (best is None or span[4] > best[4]):
                    best = span
        if best is not None:
            i0, i1, j0, j1, matched_chars = best
            size = sum(len(keys[k]) for k in range(j0, j1))
            if j1 - j0 >= DUPLICATE_MIN_LINES and size >= DUPLICATE_MIN_CHARS:
                first = live[i0:i1]
                second = live[j0:j1]
                drop = second
                if damage_weight(second) > damage_weight(first):
                    drop = first
                for ln in drop:
                    ln.reason, ln.rule = "duplicate_article", f"repeats {i1 - i0} lines printed earlier"
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


class _Seg(NamedTuple):
    """A stretch of the intermediate text: kept (reason None) or dropped."""

    start: int
    end: int
    reason: Optional[str]
    rule: str = ""
    replacement: Optional[str] = None


def _gloss_drops(text: str):
    """Pinyin glosses to drop, and damaged characters restorable from their gloss."""
    glosses = []  # (start, end, syllable, host position or -1)
    readings: dict[str, set[str]] = {}
    for m in GLOSS.finditer(text):
        host = text[m.start() - 1]
        syllable = m.group(1)
        glosses.append((m.start(), m.end(), syllable, m.start() - 1))
        if host not in "?\ufffd" and not ("\ue000" <= host <= "\uf8ff"):
            readings.setdefault(syllable, set()).add(host)
    for m in GLOSS_LOST_PAREN.finditer(text):
        glosses.append((m.start(), m.end(), m.group(1), -1))
    glosses.sort()
    restorations: dict[int, str] = {}
    for start, _end, syllable, host_pos in glosses:
        if host_pos >= 0 and text[host_pos] in "?\ufffd":
            hosts = readings.get(syllable)
            if hosts and len(hosts) == 1:
                restorations[host_pos] = next(iter(hosts))
    return glosses, restorations


def _line_segments(text: str, simple: str):
    """Classify every line; return (segments, duplicate blocks, glosses removed, restored)."""
    lines = _split_lines(text)
    for ln in lines:
        if ln.content_start < ln.content_end:
            _classify(ln, simple[ln.content_start:ln.content_end])
        else:
            ln.reason, ln.rule = "whitespace", "blank line"
    _mark_menus(lines, simple)

    glosses, restorations = _gloss_drops(text)
    inline: list[tuple[int, int, str, str]] = [(g[0], g[1], "pinyin_gloss", g[2]) for g in glosses]
    for m in TAG_RESIDUE.finditer(text):
        inline.append((m.start(), m.end(), "markup:tag", "attributes of a cut tag"))
    for ln in lines:
        if ln.reason is None and ln.content_end - ln.content_start <= 120:
            for rule in INLINE_RULES:
                if ln.content_end - ln.content_start <= rule.max_len:
                    for m in rule.pattern.finditer(simple, ln.content_start, ln.content_end):
                        if m.end() > m.start():
                            inline.append((m.start(), m.end(), rule.reason, f"{rule.name}: {m.group().strip()}"))
    inline.sort()
    inline = _non_overlapping(inline)

    # Duplicate detection compares lines without glosses and white space.
    gloss_free = _gloss_free_keys(text, lines, inline)
    for ln, key in zip(lines, gloss_free):
        ln.key = key

    def damage_weight(block: list[_Line]) -> int:
        return sum(len(STRONG_RE.findall(text, ln.content_start, ln.content_end))
                   + len(QUESTION_MARK_RE.findall(text, ln.content_start, ln.content_end)) for ln in block)

    blocks = _mark_duplicates(lines, text, damage_weight)

    segs: list[_Seg] = []
    glosses_removed = 0
    restored = 0
    inline_i = 0
    last_kept_newline = None
    for ln in lines:
        if ln.reason is not None:
            pieces = []
            if ln.rescue:
                pieces = [(m.start(), m.end()) for m in DATE.finditer(text, ln.content_start, ln.content_end)]
            if pieces:
                pos = ln.start
                for a, b in pieces:
                    if a > pos:
                        segs.append(_Seg(pos, a, ln.reason, ln.rule))
                    segs.append(_Seg(a, b, None))
                    pos = b
                if ln.end > pos:
                    segs.append(_Seg(pos, ln.end, ln.reason, ln.rule))
                if ln.next_start > ln.end:
                    segs.append(_Seg(ln.end, ln.next_start, None))
                    last_kept_newline = len(segs) - 1
            else:
                segs.append(_Seg(ln.start, ln.next_start, ln.reason, ln.rule))
            continue
        # Kept line: its content minus inline drops, trimmed of white space.
        while inline_i < len(inline) and inline[inline_i][1] <= ln.content_start:
            inline_i += 1
        kept: list[tuple[int, int]] = []
        cut: list[tuple[int, int, str, str]] = []
        pos = ln.content_start
        k = inline_i
        while k < len(inline) and inline[k][0] < ln.content_end:
            a, b, reason, rule = inline[k]
            a, b = max(a, ln.content_start), min(b, ln.content_end)
            if a > pos:
                kept.append((pos, a))
            if b > a:
                cut.append((a, b, reason, rule))
            pos = max(pos, b)
            k += 1
        if pos < ln.content_end:
            kept.append((pos, ln.content_end))
        # Trim white space exposed by an inline cut at either end.
        while kept:
            a, b = kept[0]
            s = text[a:b].lstrip(WHITESPACE_CHARS)
            if not s:
                cut.append((a, b, "whitespace", "around a cut"))
                kept.pop(0)
                continue
            if len(s) != b - a:
                cut.append((a, b - len(s), "whitespace", "around a cut"))
                kept[0] = (b - len(s), b)
            break
        while kept:
            a, b = kept[-1]
            s = text[a:b].rstrip(WHITESPACE_CHARS)
            if not s:
                cut.append((a, b, "whitespace", "around a cut"))
                kept.pop()
                continue
            if len(s) != b - a:
                cut.append((a + len(s), b, "whitespace", "around a cut"))
                kept[-1] = (a, a + len(s))
            break
        meaningful = [c for c in cut if c[2] != "whitespace"]
        if not kept:
            reason, rule = (meaningful[0][2], meaningful[0][3]) if meaningful else ("whitespace", "blank line")
            segs.append(_Seg(ln.start, ln.next_start, reason, rule))
            continue
        glosses_removed += sum(1 for c in cut if c[2] == "pinyin_gloss")
        if ln.content_start > ln.start:
            segs.append(_Seg(ln.start, ln.content_start, "whitespace", "leading white space"))
        pieces_all = sorted([(a, b, None, "") for a, b in kept] + cut)
        for a, b, reason, rule in pieces_all:
            if reason is None:
                # Restored characters become one-character replacement segments.
                pos = a
                for host in _restorations_in(restorations, a, b):
                    if host > pos:
                        segs.append(_Seg(pos, host, None))
                    segs.append(_Seg(host, host + 1, None, "restored from gloss", restorations[host]))
                    restored += 1
                    pos = host + 1
                if b > pos:
                    segs.append(_Seg(pos, b, None))
            else:
                segs.append(_Seg(a, b, reason, rule))
        if ln.end > ln.content_end:
            segs.append(_Seg(ln.content_end, ln.end, "whitespace", "trailing white space"))
        if ln.next_start > ln.end:
            segs.append(_Seg(ln.end, ln.next_start, None))
            last_kept_newline = len(segs) - 1
    if last_kept_newline is not None:
        s = segs[last_kept_newline]
        segs[last_kept_newline] = _Seg(s.start, s.end, "whitespace", "final newline")
    return segs, blocks, glosses_removed, restored


def _restorations_in(restorations: dict[int, str], a: int, b: int) -> list[int]:
    if not restorations:
        return []
    return sorted(p for p in restorations if a <= p < b)


def _non_overlapping(spans):
    out = []
    last_end = -1
    for s in spans:
        if s[0] >= last_end:
            out.append(s)
            last_end = s[1]
    return out


def _gloss_free_keys(text: str, lines: list[_Line], inline) -> list[str]:
    keys = []
    k = 0
    for ln in lines:
        if ln.reason is not None and ln.reason != "chrome:navigation" or ln.content_start >= ln.content_end:
            keys.append("")
            continue
        while k < len(inline) and inline[k][1] <= ln.content_start:
            k += 1
        parts = []
        pos = ln.content_start
        kk = k
        while kk < len(inline) and inline[kk][0] < ln.content_end:
            parts.append(text[pos:inline[kk][0]])
            pos = max(pos, inline[kk][1])
            kk += 1
        parts.append(text[pos:ln.content_end])
        keys.append("".join("".join(parts).split()))
    return keys


# ---------------------------------------------------------------- composition
def _compose(src: str, t_text: str, segs: list[_Seg], pieces: Optional[list[_Piece]], markup_drops: list[Drop]):
    """Map segments of the intermediate text back to the page: text, drops and offset map."""
    out: list[str] = []
    drops: list[Drop] = list(markup_drops)
    offset_map: list[list[int]] = []
    restored_spans: list[Span] = []
    clean_pos = 0

    def keep(t_a: int, t_b: int, s_a: int, chunk: str) -> None:
        nonlocal clean_pos
        out.append(chunk)
        if offset_map and offset_map[-1][0] + offset_map[-1][2] == clean_pos and offset_map[-1][1] + offset_map[-1][2] == s_a:
            offset_map[-1][2] += len(chunk)
        else:
            offset_map.append([clean_pos, s_a, len(chunk)])
        clean_pos += len(chunk)

    if pieces is None:
        for seg in segs:
            if seg.reason is None:
                if seg.replacement is not None:
                    restored_spans.append(Span(clean_pos, clean_pos + len(seg.replacement), "restored"))
                keep(seg.start, seg.end, seg.start, seg.replacement if seg.replacement is not None else t_text[seg.start:seg.end])
            else:
                drops.append(Drop(seg.start, seg.end, seg.reason, seg.rule))
    else:
        p = 0
        for seg in segs:
            a = seg.start
            while a < seg.end:
                while pieces[p].t_start + pieces[p].t_len <= a:
                    p += 1
                piece = pieces[p]
                b = min(seg.end, piece.t_start + piece.t_len)
                s_a = piece.s_start + (a - piece.t_start)
                s_b = piece.s_start + (b - piece.t_start)
                if seg.reason is None:
                    if seg.replacement is not None:
                        restored_spans.append(Span(clean_pos, clean_pos + len(seg.replacement), "restored"))
                        keep(a, b, s_a, seg.replacement)
                    else:
                        keep(a, b, s_a, t_text[a:b])
                else:
                    reason = piece.reason or seg.reason
                    drops.append(Drop(s_a, s_b, reason, seg.rule if piece.reason is None else "markup"))
                a = b
    drops.sort(key=lambda d: (d.start, d.end))
    merged: list[Drop] = []
    for d in drops:
        if d.end <= d.start:
            continue
        if merged and merged[-1].end == d.start and merged[-1].reason == d.reason:
            prev = merged[-1]
            merged[-1] = Drop(prev.start, d.end, prev.reason, prev.rule)
        else:
            merged.append(d)
    return "".join(out), merged, tuple(tuple(x) for x in offset_map), restored_spans


def _damaged_spans(text: str) -> list[Span]:
    """Fragments of mojibake kept in the text: marks at most 3 characters apart form one."""
    clusters: list[list] = []  # [start, end, confirmed]
    for m in DAMAGE_MARK.finditer(text):
        a, b = m.start(), m.end()
        confirmed = m.lastgroup != "weak"
        if m.lastgroup == "strong" and a > 0 and text[a - 1] in "。(":
            a -= 1
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
        t_text, pieces, markup_drops = _strip_markup(src)
    else:
        t_text, pieces, markup_drops = src, None, []
    t_simple = to_simplified(t_text)
    segs, blocks, glosses_removed, restored = _line_segments(t_text, t_simple)
    text, drops, offset_map, restored_spans = _compose(src, t_text, segs, pieces, markup_drops)
    if not text.strip():
        raise EmptyAfterCleaning(f"nothing of {page.source} is left after removing markup and page chrome")
    # The simplified copy: the intermediate simplified text, cut by the same segments.
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
        script=detect_script(text),
        encoding=page.encoding,
        cleaning=report,
        warnings=tuple(warnings),
    )
