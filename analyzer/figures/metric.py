"""What a figure measures: the noun phrase it quantifies, found from the sentence's structure.

Rules, in order, each recorded on the figure as ``metric_rule``:
- ``list_item``: a figure listed right after another (69%、55%) shares its metric;
- ``index_word``: an index value carries its index word (综合指数4.73);
- ``noun_after_unit``: a classifier or unit followed by a noun phrase quantifies that phrase
  (12个国控断面, 3亿元资金); with word tokens (stanza) the phrase is whole words;
- ``phrase_before``: otherwise the subject of the figure's clause, before the verb and cue words;
- ``noun_list``: that subject with the list of nouns it ends (计算机、通信和其他电子设备制造业增加值);
- ``deed_before``: a count right after the verbs of its own clause (立案处罚318家, not an item after 、)
  counts that deed;
- ``located_subject``: a clause without a subject of its own right after one that places a measure
  (最大降雨量出现在青石镇，为286.5毫米) measures that;
- ``same_subject``: a clause without a subject of its own (同比减少14天, 较上年改善4%) measures what
  the previous figure of its sentence measured;
- ``shared_after``: a figure listed before one whose unit attaches to a noun (完成27家、累计92家企业)
  measures that noun too;
- ``distributive``: "A、B分别为x、y" — the list of figures after 分别 takes the listed phrases in order.
The last five are settled by :func:`resolve` once every figure of the text is known.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional, Sequence

from . import context
from . import vocab as V



class Words:
    """A backend's word tokens (stanza) and their starts, built once per text: each figure bisects them."""

    __slots__ = ("spans", "starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self.starts = [a for a, _b in self.spans]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def containing(self, pos: int) -> Optional[tuple[int, int]]:
        """The word that starts at or before ``pos`` (the last such), or None."""
        j = bisect.bisect_right(self.starts, pos) - 1
        return self.spans[j] if j >= 0 else None


_CJK_OR_LATIN = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_BREAK = re.compile(r"[\s，,。；;：:、！!？?（）()“”\"]")


def _set(f: dict, a: int, b: int, text: str, rule: str) -> None:
    f["metric"], f["metric_start"], f["metric_end"], f["metric_rule"] = text[a:b], a, b, rule


def _copy(f: dict, other: dict, rule: str) -> None:
    f["metric"], f["metric_start"], f["metric_end"] = other.get("metric"), other.get("metric_start"), \
        other.get("metric_end")
    f["metric_rule"] = rule


def noun_after(s: str, pos: int, words: Optional[Words]) -> Optional[tuple[int, int]]:
    """The noun phrase that starts right after a unit, up to a verb, adverb, link word or localizer."""
    note = _UNIT_NOTE_AFTER.match(s, pos)
    if note is not None:  # "1.8万套（间）": a note on the unit, not a noun
        pos = note.end()
    m = V.AFTER_RUN_RE.match(s, pos, pos + V.MAX_AFTER_CHARS + 6)
    if m is None:
        return None
    b = m.end()
    if s[pos] in V.LOCALIZERS and b < len(s) and s[b] in NUMBER_STARTS and _first_word(s[pos:b]) == s[pos]:
        return None  # "住院的32人中重症9人": a scope (among them) before a part of it, not a noun (中小企业, 中德企业家)
    opening = V.AFTER_OPENS_RE.match(s, pos, b)
    stop = V.AFTER_STOP_RE.search(s, opening.end() if opening else pos, b)
    if stop is not None and stop.start() == pos + 1 and stop.end() == pos + 2 and _dictionary_word(s[pos:pos + 2]):
        stop = V.AFTER_STOP_RE.search(s, stop.end(), b)  # a stop inside the first word: 国有, 公共, 人才, 行为
    if stop is not None:
        b = stop.start()
    adverb = V.AFTER_ADVERB_RE.search(s, pos + 2, b)
    if adverb is not None:
        b = adverb.start()
    attribute = V.AFTER_ATTRIBUTE_RE.search(s, pos, b)
    if attribute is not None and attribute.start() - pos >= 2:
        b = attribute.start()
    if words:
        b = _word_end(words, pos, b)
    if b <= pos or b - pos > V.MAX_AFTER_CHARS:
        return None
    return pos, b


def _word_end(words: Words, a: int, b: int) -> int:
    """Move ``b`` to the end of the word it cuts, or back to the start of a word it only begins."""
    w = words.containing(b - 1)
    if w is not None and w[0] < b < w[1]:
        return w[0] if w[0] > a else b
    return b


def phrase_before(s: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """Offsets of the noun phrase between ``lo`` and ``hi``: links, verbs and scope words cut off."""
    m = V.METRIC_TRAILING_RE.search(s, lo, hi)
    b = m.start() if m else hi
    m = V.METRIC_COMPARISON_TAIL_RE.search(s, lo, b)
    if m and m.start() > lo:
        b = m.start()
        m = V.METRIC_TRAILING_RE.search(s, lo, b)  # "…排放分别比2020年": the link words before the comparison too
        b = m.start() if m and m.start() > lo else b
    a = lo
    for v in V.METRIC_VERB_RE.finditer(s, lo, b):
        if v.end() <= b - 2:  # a verb that leaves a phrase of its own (not 建成区, 设备)
            a = v.end()
    item = LIST_ITEM_RE.match(s, a, b)  # "1.全区PM2.5年均浓度为29微克/立方米": the list's number is no part of it
    if item:
        a = item.end()
    m = V.METRIC_LEADING_RE.match(s, a, b)
    if m:
        a = m.end()
        if s[a - 1] in WORD_OPENING_LINKS and len(_first_word(s[a - 1:b])) > 1:
            a -= 1  # (not the 对 of 对外贸易额, the 和 of 和解率: a link word only where it stands alone)
    if a < b and s[a] in "有把" and _first_word(s[a:b]) == s[a]:  # 共有企业52家, 把间隔压缩到; 有效, 把握 are words
        a += 1
    elif a == lo and a < b and s[a] in V.LOCALIZERS and a > 0 and s[a - 1] not in CLAUSE_BREAKS \
            and _first_word(s[a:b]) == s[a]:
        a += 1  # "32人中重症9人": among the figure before, a part of it (not 中德贸易额 at a clause's start)
    if a < b and s[a] in "(（" and (close := s.find("）" if s[a] == "（" else ")", a, b)) > 0:
        a = close + 1  # a note that opens the phrase ("（赵晓东）中央水污染防治资金安排257亿元": who speaks, then what)
    for opener, closers in (("(（", ")）"), ("“「『‘", "”」』’")):  # a bracket or a quote the figure stands in
        k = max(s.rfind(c, a, b) for c in opener)
        if k >= 0 and not any(c in s[k:b] for c in closers):
            a = k + 1
            lead = V.METRIC_LEADING_RE.match(s, a, b)  # (“确保全市PM2.5浓度…: the metric after the plan's words)
            a = lead.end() if lead else a
    if b - a > V.MAX_METRIC_CHARS:
        de = s.rfind("的", a, b)
        if de >= 0:
            a = de + 1
    if b - a > V.MAX_METRIC_CHARS:  # "全国地级及以上城市细颗粒物(PM2.5)平均浓度": its head, in whole words
        a = _head_words(s, a, b)
        lead = V.METRIC_LEADING_RE.match(s, a, b)  # (a head that starts with the rest of a scope: 及以上…)
        a = lead.end() if lead else a
    while a < b and (s[a].isspace() or s[a] in ")）"):
        a += 1
    while b > a and s[b - 1].isspace():
        b -= 1
    if b <= a or b - a > V.MAX_METRIC_CHARS or not _CJK_OR_LATIN.search(s, a, b):
        return None
    if V.METRIC_ONLY_VERB_RE.fullmatch(s, a, b) or V.METRIC_SCOPE_RE.search(s[a:b]):
        return None
    return a, b


@lru_cache(maxsize=1)
def _jieba():
    """jieba, loaded once per process and quiet (its dictionary loads on the first long phrase)."""
    import jieba

    jieba.setLogLevel(60)
    return jieba


def _dictionary_word(word: str) -> bool:
    """Whether jieba's dictionary holds the word (国有企业 begins with 国有, not with 国 and a stop 有)."""
    dt = _jieba().dt
    dt.check_initialized()
    return bool(dt.FREQ.get(word))


LIST_ITEM_RE = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])"
                          r"[ \t\u3000]*(?=[\u4e00-\u9fff])")
NUMBER_STARTS = frozenset("0123456789零〇一二两三四五六七八九十百千")
CLAUSE_BREAKS = frozenset("，,；;。：:！!？?、\n \t\u3000（(“")
WORD_OPENING_LINKS = "对和与同了及"  # link words that also open words (对外, 和解, 同意, 了解)


def _first_word(phrase: str) -> str:
    """The phrase's first word in jieba's segmentation."""
    return next(iter(_jieba().cut(phrase)), "")


def _head_words(s: str, a: int, b: int) -> int:
    """Start of the longest run of whole words (jieba's segmentation) that ends at ``b`` and fits the
    metric length: the head of a long noun phrase, with the qualifiers before it left out."""
    for _word, start, _end in _jieba().tokenize(s[a:b]):
        if b - (a + start) <= V.MAX_METRIC_CHARS and s[a + start] not in ")）、":
            return a + start
    return a


def _widen(words: Optional[Words], text: str, a: int, b: int, limit: int) -> tuple[int, int]:
    """Whole words: a phrase that starts inside a word starts at that word (气质量 -> 空气质量)."""
    if not words:
        return a, b
    first = words.containing(a)
    if first is not None and first[0] < a < first[1] and not _BREAK.search(text, first[0], a):
        a = first[0]
    last = words.containing(b - 1)
    if last is not None and last[0] < b < last[1] <= limit and not _BREAK.search(text, b, last[1]):
        b = last[1]
    return a, b


def _same_sentence(s: str, prev: dict, pos: int) -> bool:
    return prev["end"] <= pos and V.SENTENCE_END.search(s, prev["end"], pos) is None


def attribute(f: dict, text: str, s: str, lo: int, cue_at: int, listed_after: Optional[dict],
              words: Optional[Words] = None) -> None:
    """Set ``metric``, its offsets and ``metric_rule`` on the figure's fields ``f``; ``listed_after`` is
    the figure this one follows as an item of the same list (the caller decides it), else None."""
    if f.get("metric_rule") == "index_word":
        span = phrase_before(s, lo, cue_at)
        if span is not None:  # 全市空气质量综合指数4.73: the phrase before the index word qualifies it
            a = _widen(words, text, span[0], span[1], f["start"])[0]
            f["metric"], f["metric_start"] = text[a:f["metric_end"]], a
        return
    own_noun = _own_noun(f, s, words)
    if listed_after is not None:
        if own_noun is None:  # 分别为69%、55%、20%: later items measure what the first does
            _copy(f, listed_after, "list_item")
            return
    elif f["rule"] == "rank_move" and _rank_scope(f, text, s, lo):
        return
    row = _row_label(s, lo, f["start"])
    if row is not None:  # "PM2.5（微克/立方米）\t35\t32\t-8.6%": a table's row measures what its first cell names
        _set(f, row[0], row[1], text, "row_label")
        return
    if own_noun is not None:  # 植树35万株，两千多家企业完成改造: a listed item that names its own noun
        _set(f, own_noun[0], own_noun[1], text, "noun_after_unit")
        return
    if f["rule"] == "rank" and f["unit"] == "大":  # 第三大贸易伙伴: the rank of what is named after it
        after = noun_after(s, f["end"], words)
        if after is not None:
            _set(f, after[0], after[1], text, "noun_after_unit")
            return
    span = phrase_before(s, lo, cue_at)
    if span is not None:
        a, b = _widen(words, text, span[0], span[1], f["start"])
        listed = _noun_list_start(s, a, b) if a == lo and "分别" not in s[b:f["start"]] else a
        _set(f, listed, b, text, "noun_list" if listed < a else "phrase_before")
        return
    if f["_cls"] in V.ATTACHING_CLASSES | {"percent"}:  # 60%城市生活污水处理厂, 削减337万吨煤炭过剩产能
        pos = _after_position(s, f["end"])
        span = noun_after(s, pos, words)
        if span is None and f["_cls"] == "money" and s.startswith("的", pos):
            span = _money_noun_after(s, pos + 1)
        if span is not None:
            _set(f, span[0], span[1], text, "noun_after_unit")
            return
    f["_deed"] = _deed_before(f, s, lo, cue_at)  # (resolve() weighs it against the figures around it)
    f["metric"], f["metric_rule"] = None, "none"  # resolve() looks at the figures around it


_DEED = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _deed_before(f: dict, s: str, lo: int, cue_at: int) -> Optional[tuple[int, int]]:
    """A count right after the verbs of its own clause, with no cue between (立案处罚318家, 已办结12件): the deed
    it counts is what it measures, not the subject of the clause before."""
    if f["kind"] != "count" or cue_at != f["start"]:
        return None
    lead = V.METRIC_LEADING_RE.match(s, lo, cue_at)
    a = lead.end() if lead else lo
    if not _DEED.fullmatch(s, a, cue_at) or any(m.end() == cue_at > m.start() for m in V.METRIC_TRAILING_RE.finditer(s, a, cue_at)):
        return None  # (a link before the number, 达到/为/完成, says the clause's subject is named elsewhere)
    return a, cue_at


_MONEY_HEAD = re.compile("(?:" + "|".join(map(re.escape, V.MONEY_NOUNS)) + ")$")


def _money_noun_after(s: str, pos: int) -> Optional[tuple[int, int]]:
    """50万元的创业启动补贴, 3.8亿元的治理资金: after 的, the noun an amount is, when money heads it (超过150万吨的
    工业企业 are no tonnage, and 3亿元的项目 no money either)."""
    m = V.AFTER_RUN_RE.match(s, pos, pos + V.MAX_AFTER_CHARS)
    if m is None:
        return None
    head = _MONEY_HEAD.search(s, pos, m.end())
    return (pos, head.end()) if head is not None else None


_UNIT_NOTE_AFTER = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]")
_CELL_BREAK = re.compile(r"[。，,；;：:！!？?]")
_UNIT_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


_NOT_AN_ITEM = re.compile(r"[\d%％]")


def _noun_list_start(s: str, a: int, b: int) -> int:
    """Where a list of nouns that ends in the metric at [a, b) starts: 计算机、通信和其他电子设备制造业增加值
    measures the whole list, though the clause was read from its last 、. An item with a number or a
    verb of the metric vocabulary (查处案件、罚没款…) parts clauses, not nouns; so does 分别 (its
    figures take one item each, :func:`_distribute`)."""
    start = a
    while (item := _item_before(s, start, V.MAX_LIST_ITEM_CHARS + 1)) is not None:
        if _NOT_AN_ITEM.search(s, item, start - 1) or V.ITEM_VERB_RE.search(s, item, start - 1) \
                or b - item > 2 * V.MAX_METRIC_CHARS:
            break
        start = item
    if start == a:
        return a
    lead = V.METRIC_LEADING_RE.match(s, start, b)
    start = lead.end() if lead else start
    return start + _past_deed(s[start:s.index("、", start)])


def _past_deed(item: str) -> int:
    """How much of a list's first item is the deed or preposition before its noun, in jieba's words:
    开工建设廉租房、经济适用房 lists houses, 编队由驱逐舰、护卫舰 ships (0 when none). A deed counts only in
    an item of three words or more: in two (脱贫人口, 设立区) the first word may qualify the noun."""
    words = _jieba().lcut(item)
    cut = end = 0
    for word in words[:-1]:
        end += len(word)
        if word in V.ITEM_PREPOSITIONS or len(words) > 2 and word in V.ITEM_DEEDS:
            cut = end
    return cut


def _row_label(s: str, lo: int, start: int) -> Optional[tuple[int, int]]:
    """The first cell of the table row (cells parted by tabs) in which a later cell holds the figure,
    without its unit note ("二氧化氮（微克/立方米）" names 二氧化氮)."""
    line = s.rfind("\n", lo, start) + 1 or lo  # (looked for within the clause: a page may be one line)
    tab = s.find("\t", line, start)
    if tab < 0 or _CELL_BREAK.search(s, tab, start):
        return None  # no tab, or prose after it ("王刚\t局长：今年下降5%")
    a, b = line, tab
    note = _UNIT_NOTE.search(s, a, b)
    b = note.start() if note and note.start() > a else b
    while a < b and s[a].isspace():
        a += 1
    while b > a and s[b - 1].isspace():
        b -= 1
    if b <= a or b - a > V.MAX_METRIC_CHARS or not _CJK_OR_LATIN.search(s, a, b):
        return None
    return a, b


def opens_a_clause(f: dict, s: str, prev: dict, words: Optional[Words]) -> bool:
    """A share after a comma that names its own noun starts a clause of its own, not an item of the list
    before it: 失业率下降0.3个百分点，三成以上项目开工; so does a count of another kind than the figure before
    (能耗同比下降1.9%，46家企业完成…)."""
    own_kind = f["_cls"] == "percent" or f["_cls"] != prev.get("_cls") and f["_cls"] in V.ATTACHING_CLASSES
    return own_kind and s[prev["end"]:f["start"]] in (",", "，") \
        and noun_after(s, _after_position(s, f["end"]), words) is not None


def _own_noun(f: dict, s: str, words: Optional[Words]) -> Optional[tuple[int, int]]:
    """The noun right after a count or amount's unit (12家企业), which it measures."""
    if f["kind"] in ("change", "rank", "share") or f["_cls"] not in V.ATTACHING_CLASSES \
            or f.get("_unit") in V.NOT_AFTER_UNITS:
        return None
    return noun_after(s, _after_position(s, f["end"]), words)


def _rank_scope(f: dict, text: str, s: str, lo: int) -> bool:
    """营商环境考核中,市生态环境局前进了4个位次: the rank moved in that appraisal."""
    start = max(0, lo - 40)
    last = None
    for m in V.RANK_SCOPE_RE.finditer(s, start, f["start"]):
        if V.SENTENCE_END.search(s, m.end(), f["start"]) is None:
            last = m
    if last is None:
        return False
    a, b = last.span(1)
    lead = V.METRIC_LEADING_RE.match(s, a, b)
    a = lead.end() if lead else a
    if b - a < 2:
        return False
    _set(f, a, b, text, "rank_scope")
    return True


def _after_position(s: str, end: int) -> int:
    """Where the noun after a unit starts: past 以上/左右 (not past 的, which opens a relative
    clause: 超过150万吨的工业企业 are not what the tonnage measures)."""
    m = V.POST_RE.match(s, end)
    return m.end() if m else end


def _subject_in_sentence(f: dict, s: str, sentence_figures: Sequence[dict]) -> Optional[dict]:
    """The figure earlier in the sentence whose metric this clause continues (a rank takes the
    last measured level, not the count of those ranked)."""
    for other in reversed(sentence_figures):
        if not other.get("metric") or not _same_sentence(s, other, f["start"]):
            continue
        if f["kind"] == "rank" and other["kind"] == "count":
            continue
        return other
    return None


def resolve(figures: list[dict], s: str, text: str) -> None:
    """Metrics for the figures that found none in their own clause: the noun named after the
    next listed figure (完成27家、累计完成92家企业), else the subject of the sentence so far; and the
    phrases of a distributive list (分别), one to each figure."""
    _distribute(figures, s, text)
    sentence: list[dict] = []
    for i, f in enumerate(figures):
        if sentence and V.SENTENCE_END.search(s, sentence[-1]["end"], f["start"]):
            sentence = []
        if f.get("metric") is None and f.get("metric_rule") in ("none", "list_item"):
            nxt = figures[i + 1] if i + 1 < len(figures) else None
            if f["metric_rule"] == "list_item" and sentence:
                _copy(f, sentence[-1], "list_item")
            elif nxt is not None and _listed_before(f, nxt, s):
                _copy(f, nxt, "shared_after")
            elif f.get("_deed") and not (sentence and "、" in s[sentence[-1]["end"]:f["start"]]):
                # 立案处罚318家 after 责令整改2976家，: a count of the deed its own clause names (not 拆解2056辆
                # listed after 注销国三排放柴油货车11467辆、, which counts the same trucks)
                _set(f, f["_deed"][0], f["_deed"][1], text, "deed_before")
            elif (located := _located_subject(f, s, sentence)) is not None:
                _set(f, *located, text, "located_subject")
            else:
                subject = _subject_in_sentence(f, s, sentence)
                if subject is not None:
                    _copy(f, subject, "same_subject")
        sentence.append(f)


# "最大降雨量出现在青石镇，为286.5毫米": a clause that places a measure names what the next clause's bare value is
LOCATED_RE = re.compile(r"(?:出现在|出现于|位于|发生在|发生于|集中在)[^，,。；;！？!?\n]{1,16}[，,]$")


def _located_subject(f: dict, s: str, sentence_figures: Sequence[dict]) -> Optional[tuple[int, int]]:
    """The measure a clause right before the figure's places (最大降雨量出现在青石镇，为286.5毫米), since the
    figure before it in the sentence (its 平均降雨量) is not what this one measures."""
    prev_end = sentence_figures[-1]["end"] if sentence_figures else max(0, f["start"] - 2 * V.METRIC_WINDOW)
    clause_start = context.clause_start(s, f["start"], prev_end)  # (the figure's own clause)
    m = LOCATED_RE.search(s, prev_end, clause_start)
    if m is None:
        return None
    k = max(s.rfind(c, prev_end, m.start()) for c in "，,；;。")
    return phrase_before(s, max(prev_end, k + 1), m.start())


_ITEM_JOIN = re.compile(r"、|以及|和|及|与")
MIN_ITEM_CHARS = 2  # an item of one character (一、二、三产业) modifies the noun the last item holds


def _distribute(figures: list[dict], s: str, text: str) -> None:
    """"优良天数达标率、污染综合指数分别位居全省第6名、第13名": as many phrases as figures, joined as a
    list before 分别, measure one figure each, in order (the first figure's phrase held them all)."""
    done: list[dict] = []
    for group in _lists(figures):
        head = group[0]
        ms, me = head.get("metric_start"), head.get("metric_end")
        if len(group) >= 2 and head.get("metric_rule") == "phrase_before" and ms is not None and me is not None \
                and "分别" in s[me:head["start"]]:
            items = _list_items(s, ms, me)
            if len(items) == len(group) and all(b - a >= MIN_ITEM_CHARS for a, b in items[:-1]):
                for f, (a, b) in zip(group, items):
                    _set(f, a, b, text, "distributive")
            elif items and items[0][0] < ms:
                # the items do not each name a measure (一、二、三产业增加值; 京津冀及周边地区、汾渭平原PM2.5浓度,
                # whose 及 joins one region): every figure measures the whole list, not its last item alone
                for f in group:
                    _set(f, items[0][0], me, text, "shared_list")
        elif len(group) >= 2 and head.get("metric") is None and len(done) >= len(group):
            # 案件23起，抓获犯罪嫌疑人61名，同比分别上升27.8%和35.6%: a 分别 list without phrases of its own
            # measures, one to one, the figures the sentence gave just before it
            before = done[-len(group):]
            if "分别" in s[before[-1]["end"]:head["start"]] and _same_sentence(s, before[0], head["start"]) \
                    and all(f.get("metric") for f in before):
                for f, other in zip(group, before):
                    _copy(f, other, "distributive")
        done.extend(group)


def _lists(figures: list[dict]) -> list[list[dict]]:
    """The figures in runs: a figure and the list items after it that share its metric."""
    runs: list[list[dict]] = []
    for f in figures:
        if runs and f.get("metric_rule") == "list_item" and f.get("metric_start") == runs[-1][0].get("metric_start"):
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


def _list_items(s: str, ms: int, me: int) -> list[tuple[int, int]]:
    """The phrases of the list that ends with the metric at [ms, me): back over 、 to the clause's start
    (the metric holds only the last item when the clause was read from its last 、)."""
    lo = ms
    while lo > 0 and s[lo - 1] == "、":  # the item before: back to the nearest break, within a metric's length
        start = _item_before(s, lo, V.MAX_METRIC_CHARS + 2)
        if start is None:
            return []
        lo = start
    lead = V.METRIC_LEADING_RE.match(s, lo, me)
    lo = lead.end() if lead else lo
    cuts = [m.span() for m in _ITEM_JOIN.finditer(s, lo, me)]
    items = list(zip([lo] + [b for _a, b in cuts], [a for a, _b in cuts] + [me]))
    return items if all(b > a for a, b in items) else []


_ITEM_BREAKS = "，,。；;：:！!？?\n、（("


def _item_before(s: str, at: int, reach: int) -> Optional[int]:
    """Start of the list item that ends with the 、 right before ``at``: back to the nearest break within
    ``reach`` characters; None when no 、 is there, no break is that near (a clause, not an item), or
    the item is empty."""
    if at == 0 or s[at - 1] != "、":
        return None
    floor = max(0, at - reach)
    start = max(s.rfind(c, floor, at - 1) for c in _ITEM_BREAKS) + 1
    if start == 0 and floor > 0 or start >= at - 1:
        return None
    return start


def _listed_before(f: dict, nxt: dict, s: str) -> bool:
    gap = s[f["end"]:nxt["start"]]
    return (nxt.get("metric_rule") == "noun_after_unit" and len(gap) <= 12
            and (f["_cls"] == nxt["_cls"] or len(gap) <= 4)
            and not re.search(r"[,，;；。:：!！?？\n]", gap))
