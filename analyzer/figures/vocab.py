"""The figures' vocabularies from ``data/units.toml``, compiled once: units, cues, metric words.

Everything here matches the ASCII-digit, simplified copy of the text (see ``numbers``).
"""
from __future__ import annotations

import re

from .. import lexicon

_DATA = lexicon.UNITS
alternation = lexicon.alternation

_SETTINGS = _DATA["settings"]
MAX_QUOTED_SLOGAN = int(_SETTINGS["max_quoted_slogan"])
MAX_BOOK_TITLE = int(_SETTINGS["max_book_title"])
METRIC_WINDOW = int(_SETTINGS["metric_window"])
MAX_METRIC_CHARS = int(_SETTINGS["max_metric_chars"])
MAX_LIST_ITEM_CHARS = int(_SETTINGS["max_list_item_chars"])

# ---------------------------------------------------------------- units
UNIT_CLASS: dict[str, str] = {}
for _cls, _units in _DATA["units"].items():
    for _u in _units:
        UNIT_CLASS.setdefault(_u, _cls)
KIND_OF_CLASS = {"percent": "share", "money": "money", "count": "count", "measure": "level", "time": "level",
                 "temperature": "level", "rank": "rank"}
# 一 before these is a quantity (收费一元, 近一吨); before a classifier (一个, 一项) it is an article.
ONE_IS_A_NUMBER = frozenset({"money", "measure", "temperature", "percent"})
UNIT_BLOCKERS: dict[str, list[str]] = _DATA.get("unit_blockers", {})
UNIT_NEEDS_CUE = {u: re.compile(alternation(cues)) for u, cues in _DATA["unit_needs_cue"].items()}
_PER = _DATA["per_unit"]
PER_UNIT_CLASSES = frozenset(_PER["classes"])
# 每吨, 每50公斤, 每人每月 (and the words allowed after them) right before a number: a per-unit figure
PER_UNIT_BEFORE_RE = re.compile(r"(?P<per>(?:每(?:\d+(?:\.\d+)?)?(?:" + alternation(_PER["units"]) + r"))+)"
                                r"(?:" + alternation(_PER["between"]) + "|" + _PER["between_regex"] + r")*$")
_LATIN_UNIT = re.compile(r"^[A-Za-zμ%‰‱°℃℉]")


def _unit_pattern(unit: str) -> str:
    """Regex for one unit: 个月 also matches 个多月/个半月; blockers and Latin tails excluded."""
    if unit.startswith("个") and len(unit) > 1:
        body = "个[多余半]?" + re.escape(unit[1:])
    else:
        body = re.escape(unit)
    body = body.replace("/", "[/／]")  # (元／公斤 as 元/公斤)
    tail = ""
    blockers = UNIT_BLOCKERS.get(unit[-1]) if len(unit) == 1 else None
    if blockers:
        tail = "(?!" + "|".join(blockers) + ")"  # (each a regex: 之(?!间) blocks 三分之一, not 600分之间)
    if _LATIN_UNIT.match(unit) and unit not in ("%", "‰", "‱"):
        tail += "(?![A-Za-z0-9])"
        body = r"\s?" + body
    return body + tail


# Guarded: inside the figure pattern, a number not followed by a unit's first character fails at
# one test instead of trying every unit (a quarter of the scan).
UNIT_RE = lexicon.guarded("(?:" + "|".join(_unit_pattern(u) for u in sorted(UNIT_CLASS, key=lambda u: (-len(u), u))) + ")")

_CHANGE = _DATA["small_change"]
_SMALL_DIGIT = "[0-9一二两三四五六七八九]"
# 45元6角, 十二块五毛, 一百三十五块六角七分钱: the coins after a yuan unit.
SMALL_CHANGE_RE = re.compile(
    "(?P<jiao>" + _SMALL_DIGIT + ")(?:" + alternation(_CHANGE["jiao"]) + ")"
    "(?:(?P<fen>" + _SMALL_DIGIT + ")(?:" + alternation(_CHANGE["fen"]) + ")(?!钟))?钱?")
# 十二块五: one spoken digit after 块 is its tenths.
BARE_TENTHS_RE = re.compile("(?P<jiao>[一二三四五六七八九])(?![\u4e00-\u9fff0-9])")
YUAN_UNITS = frozenset(_CHANGE["yuan"])

_TENTHS = _DATA["tenths"]
TENTHS_UNITS = "|".join(re.escape(u) for u in _TENTHS["units"])
TENTHS_NOT_BEFORE = alternation(_TENTHS["not_before"])

# ---------------------------------------------------------------- cues
_CUES = _DATA["cues"]
_FILLER = "(?:" + alternation(_CUES["filler"]) + "|[ \t\u3000（(])*"  # (a space or a bracket as well: 下降&nbsp;5.5%, 下降（-2.6%）)
DOWN_RE = re.compile("(?:" + alternation(_CUES["down"]) + ")" + _FILLER + "$")
UP_RE = re.compile("(?:" + alternation(_CUES["up"]) + ")" + _FILLER + "$")
NEUTRAL_RE = re.compile("(?:" + alternation(_CUES["change_neutral"]) + ")" + _FILLER + "$")
# A cut with what is cut between it and the amount: 削减化学需氧量1.2万吨, 减排二氧化碳约680万吨 (a fall by that much)
DRAG_RE = re.compile("(?:" + alternation(_CUES["drag_with_object"]) + r")[^\d，,。；;：:、！!？?\s]{0,12}?" + _FILLER + "$")
_OBJECT = r"[^，,。；;：:、！!？?\s到至]{1,12}?"  # what is cut or raised, in its clause (not a level it moves to: 到, 至)
RAISE_OBJECT_RE = re.compile("(?:" + alternation(_CUES["raise_with_object"]) + ")" + _OBJECT + _FILLER + "$")
CUT_OBJECT_RE = re.compile("(?:" + alternation(_CUES["cut_with_object"]) + ")(?!" + alternation(_CUES["cut_nouns"]) + ")"
                           + _OBJECT + _FILLER + "$")
# Between a level and the one it moves to (100元提高到120元, 由100元调整为120元), or between the items of a list
# (每斤1.27元、1.29元和1.31元): the second is per what the first is
MOVED_TO_RE = re.compile(r"[ \t\u3000]*(?:" + alternation(_CUES["to_level"]) + r"|[、和及与])[ \t\u3000]*")
TO_LEVEL_RE = re.compile("(?:" + alternation(_CUES["to_level"]) + r")(?:(?:19|20)\d{2}年(?:底|末)?的?)?$")
COMPARISON_RE = re.compile(_CUES["comparison"])
TARGET_RE = re.compile("(?:" + alternation(_CUES["target"]) + "|" + _CUES["target_regex"] + ")")
TARGET_AFTER_RE = re.compile("(?:" + alternation(_CUES["target_after"]) + ")")
TARGET_CLAUSE_RE = re.compile(alternation(_CUES["target_clause"]))
# A change aimed at: after 力争/目标是 in its sentence, or followed by (…的预期)目标
CHANGE_TARGET_RE = re.compile(_CUES["change_target"])
CHANGE_TARGET_AFTER_RE = re.compile(_CUES["change_target_after"])
_RANK_CUE = "(?:" + alternation(_CUES["rank_cues"]) + "|" + "|".join(_CUES["rank_cue_regex"]) + ")"
RANK_CUE_RE = re.compile(_RANK_CUE)
RANK_CUE_NEAR_RE = re.compile(_RANK_CUE + r"[^，,。；;：:！？!?\s\d]{0,6}$")
RANK_MOVE_UP_RE = re.compile("(?:" + alternation(_CUES["rank_move_up"]) + ")了?$")
RANK_MOVE_DOWN_RE = re.compile("(?:" + alternation(_CUES["rank_move_down"]) + ")了?$")
RANK_WORD_RE = re.compile(alternation(_CUES["rank_words"]))
RANK_UNITS = frozenset(_CUES["rank_units"])
RANK_SCOPE_RE = re.compile(_CUES["rank_scope"])
SHARE_SUFFIX_RE = re.compile("(?:" + alternation(_CUES["share_metric_suffixes"]) + ")$")

_APPROX = _DATA["approx"]
AT_LEAST_BEFORE_RE = re.compile("(?:" + alternation(_APPROX["at_least_before"]) + ")$")
AT_MOST_BEFORE_RE = re.compile("(?:" + alternation(_APPROX["at_most_before"]) + ")$")
# 约 as "about", not the 约 of 节约, 签约, 制约 (节约12.6万吨标准煤 is exact, and its metric is no 节);
# 及 as "and", not the 及 of 惠及, 涉及 (惠及20万人口 keeps its verb whole)
_WORD_ENDS = {"约": _APPROX["about_word_before"], "及": _DATA["metric"]["and_word_before"],
              "为": _DATA["metric"]["is_word_before"], "可": _DATA["metric"]["can_word_before"],
              "应": _DATA["metric"]["should_word_before"], "才": _DATA["metric"]["only_word_before"]}


def _word_safe(words: list[str]) -> str:
    """Alternation of ``words``, where a one-character word that also ends other words (约, 及) is
    matched only where it does not end one."""
    special = ["(?<![" + _WORD_ENDS[w] + "])" + w for w in _WORD_ENDS if w in words]
    return "(?:" + "|".join([alternation([w for w in words if w not in _WORD_ENDS])] + special) + ")"


ABOUT_BEFORE_RE = re.compile(_word_safe(_APPROX["about_before"]) + "$")
ABOUT_SHARE_RE = re.compile("(?<![" + _WORD_ENDS["约"] + "])" + _APPROX["about_share"])
AT_LEAST_AFTER = frozenset(_APPROX["at_least_after"])
AT_MOST_AFTER = frozenset(_APPROX["at_most_after"])
ABOUT_AFTER = frozenset(_APPROX["about_after"])
POST_RE = re.compile(r"(?:[(（]含[)）])?(?P<post>" + alternation(
    _APPROX["at_least_after"] + _APPROX["at_most_after"] + _APPROX["about_after"]) + ")")

INDEX_WORDS = sorted(_DATA["index_metrics"]["words"], key=len, reverse=True)

# ---------------------------------------------------------------- metric phrases
_METRIC = _DATA["metric"]
# A month, a span of months, or part of a month (9月底, 十一月下旬, 3-5月份): a time scope, like 年底.
_MONTH_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_MONTH = _MONTH_NUMBER + r"(?:[-—–~～至到]" + _MONTH_NUMBER + r")?月(?:份|底|末|初|上旬|中旬|下旬)?"
# a time of day that scopes the figure (截至17时已复电, 6日8时至7日17时最大累计雨量), as a date does
_CLOCK = r"\d{1,2}时(?:\d{1,2}分)?(?:[至到—–-](?:\d{1,2}日)?\d{1,2}时(?:\d{1,2}分)?)?"
METRIC_LEADING_RE = re.compile(
    r"(?:(?:" + alternation(_METRIC["leading"]) + r")|" + _METRIC["leading_regex"] + r"|(?:19|20)\d{2}年(?:度)?|" +
    _MONTH + r"|\d{1,2}日|" + _CLOCK + r"|[,，、:：\s”’」]|的)+")  # (a quote's close before the metric: "…”今天14时中心位于…280公里")
METRIC_VERB_RE = re.compile("(?!" + alternation(_METRIC["nouns_with_verbs"]) + ")(?:" + alternation(_METRIC["verbs"]) + ")(?!"
                            + _METRIC["verb_not_before"] + ")")
ITEM_PREPOSITIONS = frozenset(_METRIC["item_prepositions"])
ITEM_DEEDS = frozenset(_METRIC["item_deeds"]) | frozenset(_METRIC["verbs"])
ITEM_VERB_RE = re.compile("(?:" + alternation(_METRIC["verbs"]) + ")(?!" + _METRIC["item_verb_not_before"] + ")")
# (a level's cue alone, "提高到" in 由每升186毫克提高到每升241毫克, names nothing either; 降幅 and 增幅 do)
METRIC_ONLY_VERB_RE = re.compile("(?:" + alternation(_METRIC["verbs"] + _METRIC["leading"] + _CUES["to_level"]
                                                     + _METRIC["share_of"] + _METRIC["names_nothing"]) + ")+")
METRIC_TRAILING_RE = re.compile(
    r"(?:" + _word_safe(_METRIC["trailing"]) + r"|" + _METRIC["trailing_regex"] + r"|(?:从|由)?(?:(?:19|20)\d{2}年)?(?:同期)?的?"
    r"|(?<![自理缘经来])由[^，,。；;从由\d]{1,8}的?|从(?![事业])[^，,。；;从由\d]{1,8}的?"  # the start of a change: 由最高时的42.8%
    r"|[(（][^)）]*[)）])+$")
METRIC_COMPARISON_TAIL_RE = re.compile(_METRIC["comparison_tail"])
# A phrase that is a scope or a comparison, not what is measured: 在8个城市中, 较十三五初期.
METRIC_SCOPE_RE = re.compile(
    "(?:" + alternation(_METRIC["scope_end"]) + ")$|^(?:" + alternation(_METRIC["comparison_start"]) + ")(?![例重率赛])")
_AFTER = _METRIC["after"]
_LOCALIZERS = "".join(_AFTER["localizers"])
LOCALIZERS = frozenset(_AFTER["localizers"])
# Where the noun phrase after a unit ends: a verb, adverb, preposition or link word, or a
# localizer (中, 内) that closes the phrase.
_AFTER_STOPS = _METRIC["verbs"] + _AFTER["stops"] + _CUES["up"] + _CUES["down"] + _CUES["to_level"]
_STOP_WORDS = "(?:" + alternation(_AFTER["stops"] + _CUES["up"] + _CUES["down"] + _CUES["to_level"]) + ")|" \
    + _AFTER["stops_regex"]
AFTER_STOP_RE = re.compile(
    "(?:" + alternation(_METRIC["verbs"]) + ")(?!" + _AFTER["verb_in_noun_before"] + ")|" + _STOP_WORDS
    + "|[" + _LOCALIZERS + "](?=[^\u4e00-\u9fff]|$|" + alternation(_AFTER_STOPS) + "|" + _AFTER["stops_regex"] + ")")
AFTER_ADVERB_RE = re.compile("(?:" + alternation(_AFTER["adverbs"]) + ")")
NOT_AFTER_UNITS = frozenset(_AFTER["not_after_units"])
AFTER_RUN_RE = re.compile(r"(?:“[^”\n]{1,12}”|[(（][\u4e00-\u9fff]{1,4}[)）]|[\u4e00-\u9fffA-Za-z])+")
AFTER_OPENS_RE = re.compile(alternation(_AFTER["opens"]))
AFTER_ATTRIBUTE_RE = re.compile("(?:" + alternation(_AFTER["attribute_suffixes"]) + ")$")
MAX_AFTER_CHARS = int(_AFTER["max_chars"])
# Units after which the phrase that follows names what is counted (12个国控断面, 3亿元资金).
ATTACHING_CLASSES = frozenset(_AFTER["unit_classes"])

# Words after which a number of years is a term, not a date (有期徒刑三年六个月, 缓刑二年, 为期3年)
TERM_WORDS = tuple(_DATA["term"]["words"])
# Words after which 一半 is a share of a whole (占比接近一半, 超过一半)
HALF_AFTER = tuple(_DATA["half"]["after"])

# ---------------------------------------------------------------- not figures
NEGATIVE_RES = tuple(re.compile(lexicon.guarded(p)) for p in _DATA["negative"]["patterns"]) + tuple(
    re.compile(lexicon.guarded(p + r"(?!\s*(?:多|余)?\s*[万亿]{0,2}\s*" + UNIT_RE + ")")) for p in _DATA["negative"]["hotlines"])
# (a quoted statement that reports a figure is no slogan: “公交站点500米覆盖率已达100%”, “确保…再降低10%”,
# “今年投资3亿元”; “15分钟生活圈” is one)
_STATES = (r"(?![^”\"」\n]{0,%d}?(?:(?:已达|达到|超过|增长|下降|降低|降至|提高|提升|减少|增加|新增|同比)[^”\"」\n]{0,6}?\d"
           r"|\d(?:\.\d+)?[万亿]元))" % MAX_QUOTED_SLOGAN)  # (a share alone may be one: “三个100%”)
QUOTE_RE = re.compile(
    r"“%s[^”\n]{1,%d}”|\"%s[^\"\n]{1,%d}\"|「%s[^」\n]{1,%d}」|‘[^’\n]{1,%d}’|《[^》\n]{1,%d}》"
    % (_STATES, MAX_QUOTED_SLOGAN, _STATES, MAX_QUOTED_SLOGAN, _STATES, MAX_QUOTED_SLOGAN, MAX_QUOTED_SLOGAN,
       MAX_BOOK_TITLE)
)
# The spans that hold no figure, and the strings one of which each needs (``lexicon.required_literals``):
# a document is scanned only by those whose strings it holds (most are absent from most documents).
BLOCKING_RES = (*NEGATIVE_RES, QUOTE_RE)
BLOCKING_INDEX = lexicon.LiteralIndex([r.pattern for r in BLOCKING_RES])
# Words before "N个亿" that make it an amount of money
SPOKEN_MONEY_RE = re.compile(alternation(_DATA["spoken_money"]["words"]))
MONEY_NOUNS = tuple(sorted(_DATA["spoken_money"]["heads"], key=len, reverse=True))

# Clause and sentence boundaries for the context windows.
# (a bracket or a dash closes a label run into the line: "【陈明】社会消费品零售总额", "韩冰——目前全县…")
CLAUSE_END = re.compile(r"[,，;；。:：!！?？\n、】\]]|——")
SENTENCE_END = re.compile(r"[;；。!！?？\n]")
LIST_GAP = re.compile(r"[、和及与或,，至到—–~～-]?")
