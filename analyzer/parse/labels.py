"""Speaker labels: where a turn starts and what its label says about the person.

Three general mechanisms, each a compiled regex over the whole text (no per-line Python
parsing of content): timestamped live text (``2023-12-13 15:10 名字 text``), colon labels at
the start of a line (label lines and inline labels alike: ``名字:``, ``机构职务名字 :``,
``XX日报记者:…``, ``问:…``), and damaged label lines (``…副局长高。``, a name cut short).
A candidate becomes a label only if its content reads as a person, a role or an outlet.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator, Optional, TypedDict

from .names import (COMPOUND_SURNAMES, CUES, HONORIFICS, NOT_IN_NAMES, ORGANISATION_ENDINGS, SALUTATION_RE, SURNAMES, TITLE_RE, TITLE_WORDS,
                    glossed_names, introduced_names, looks_like_name, name_then_title, split_person, surname_of)

# A clock time, 10:05 or 10时05分 (its seconds are matched after it, outside the group)
CLOCK = r"\d{1,2}[:：]\d{2}|\d{1,2}[时点]\d{1,2}分"  # 10:02, 10：02, 10时02分, 10点02分
SECONDS = r"(?:[:：]\d{2}|\d{1,2}秒)?"
HALF_DAY = r"[上下中]午|晚上|早上|凌晨|傍晚"  # before a clock: 下午3时38分 is 15:38
LIVE_RE = re.compile(
    rf"(?:(?<=\s)|^)[\[【(（]?(?:(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}})[ \t\u3000]+)?(?P<half>{HALF_DAY})?(?P<time>{CLOCK}){SECONDS}"
    r"(?:[\]】)）][ \t\u3000]*|[ \t\u3000]+|(?=[|｜丨【\[]))(?:[|｜丨][ \t\u3000]*)?"  # "10:00 | 主持人：", "15:00【丁慧】" too
    r"(?P<label>[^\s:：∶|｜丨]{1,40}?)(?:[ \t\u3000]+(?P<label2>[^\s:：∶]{2,4}(?:[（(][^）)\n:：]{1,6}[）)])?)[ \t\u3000]*[:：∶][ \t\u3000]*(?:\n[ \t\u3000]*)?"
    r"|[ \t\u3000]*[:：∶][ \t\u3000]*(?:\n[ \t\u3000]*)?|[ \t\u3000]+|[ \t\u3000]*\n[ \t\u3000]*"
    r"|(?<=[】\]])(?![^\n:：∶。！？!?，,；;]{0,30}[:：∶]))(?=\S)",  # (or the words on the next line; or right after 【丁慧】)
    re.M,
)
PIPE_RE = re.compile("[|｜丨]")
# A bracketed live-text label with spaces inside, up to its closing bracket on the line, and the space after it
WIDE_BRACKET_RE = re.compile(r"(?P<label>[【\[][^\]】\n:：∶]{2,44}[】\]])[ \t\u3000]*(?:[:：∶][ \t\u3000]*)?")
BRACKET_CLOSE_RE = re.compile(r"[】\]]")
# (a colon between digits is a clock's, "主持人 赵磊 10:00", and ends no label)
COLON_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?P<label>[^\n:：∶]{1,48}?)[ \t\u3000]*(?:(?<!\d)[:：∶]|[:：∶](?!\d))[ \t\u3000]*(?P<rest>[^\n]*)$"
)
BRACKET_RE = re.compile(
    r"(?m)(?:^|(?<=[。！？!?…”」』）)|]))[ \t\u3000]*[【\[](?P<label>[^\]】\n]{1,40})[】\]][ \t\u3000]*[:：∶]?[ \t\u3000]*"
)  # the rest of the line is found by bisection (_LineStarts), not captured: one long line holds many
COLON_AFTER_RE = re.compile(r"[ \t\u3000]*[:：∶]")
# A speaker written alone on a line without a colon, the words on the lines below ("新华社记者\n\n  请问…");
# up to three words ("主持人 赵敏", "市应急管理局局长 孙强"); never a subtitle that opens with a dash
# ("——访市交通运输局局长孙海峰")
_OWN_WORD = r"[^\s:：∶。！？!?，,；;“”\"]{1,30}"
OWN_LINE_RE = re.compile(
    rf"(?m)^[ \t\u3000]*(?P<label>(?![—–－-])(?=\S{{2}}|\S+[ \t\u3000]){_OWN_WORD}(?:[ \t\u3000]{_OWN_WORD}){{0,2}}"
    r"|(?:网友|网民|听众|市民)[ \t\u3000]*[“\"][^”\"\n]{1,16}[”\"])"  # (an asker under a quoted screen name: 网友“小城故事”)
    r"(?:[ \t\u3000]+(?P<time>\d{1,2}:\d{2}(?::\d{2})?))?[ \t\u3000]*\n(?=\s*\S)"  # and its time ("周海洋 10:02")
)
# A character of a label that a dash or a wide space (not a colon) ends: no space, punctuation or dash.
_SEPARATED_CHAR = r"[^\s:：∶。！？!?，,；;“”\"—-]"
# A speaker at the start of a line, then a dash instead of a colon ("主持人——…", "韩冰——…").
DASH_RE = re.compile(rf"(?m)^[ \t\u3000]*(?P<label>{_SEPARATED_CHAR}{{2,24}}?)[ \t\u3000]*(?:——|--)[ \t\u3000]*(?=\S)")
# A speaker set apart by a wide space instead of a colon ("周海洋　今年…", "主持人 李华　各位…"): a bold
# label in a web page, its colon never written.
WIDE_SPACE_RE = re.compile(rf"(?m)^[ \t\u3000]*(?P<label>{_SEPARATED_CHAR}{{2,24}}?(?: {_SEPARATED_CHAR}{{2,12}})?)"
                           r"(?:\u3000+|[ \t]{2,}|\t)(?=\S)")
# A time stamp alone on the line before a label ("10:03\n严立新：…"): the time of that turn.
TIME_LINE_RE = re.compile(
    rf"(?m)^[ \t\u3000]*[\[【(（]?(?:(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}})[ \t\u3000]+)?(?P<half>{HALF_DAY})?(?P<time>{CLOCK}){SECONDS}"
    r"[\]】)）]?[ \t\u3000]*\n(?=[^\n])"
)
# A label run into a paragraph, right after the previous speaker's sentence ends
# ("…同比增加12天。 主持人：下面请记者提问。"): pages that lost their line breaks.
RUNIN_RE = re.compile(
    r"(?<=[。！？!?…”:：∶])[ \t\u3000]*(?P<label>(?:[^\s:：∶。！？!?，,；;、“”\"《》()（）]{2,6}[ \t\u3000](?=\S))?"
    r"[^\s:：∶。！？!?，,；;、“”\"《》()（）]{1,30}?"  # (a role or an outlet may stand before the name: 主持人 寿小丽：)
    r"(?:[(（][^()（）\n:：。！？!?]{1,24}[)）])?)[ \t\u3000]*[:：∶](?=[ \t\u3000]*\S)"  # (and its gloss: 听众（李大爷）)
)  # (the spaces after the colon stay unread: a label may follow them, "以下为部分实录： 总台央视记者：…")
# A question the host reads out for an asker who is not in the room ("…踊跃。网友“城南老李”问：…",
# "[主持人]有市民留言问：…"): the asker's words start there, as after the asker's own label.
# (and "还有一位网友“临川宝妈”想问陈科长：", "有一位网友通过微信平台留言：", "还有网友问，…？": a channel, the one
# asked, a comma where the question ends its line; "还有一条微信留言，网友“等车的小王”问：": after a comma)
RELAYED_RE = re.compile(
    r"(?:(?<=[。！？!?…”\]】)）\n:：，,])|^)[ \t\u3000]*(?P<relay>(?:还有|另有|有)?(?:一位|一名|位)?(?P<asker>"
    + "|".join(CUES["relay_askers"]) + r"))"
    r"(?:“(?P<nick>[^”\n]{1,16})”|[\u4e00-\u9fff]{0,4}?)(?:(?:通过|在)[^，,。！？!?：:\n“”]{1,8}?)?"
    r"(?:(?:在线)?(?:留言|来信|来电)(?:问道|提问|问|说)?|想问(?:一下)?|问道|提问|问)(?P<asked>[\u4e00-\u9fff]{1,6}?)?"
    r"[ \t\u3000]*(?:[:：]|(?P<comma>[,，]))[ \t\u3000]*(?=\S)",
    re.M)
_QUESTION_CLOSE = r"[？?][”\"」）)]?[ \t\u3000]*"  # a question mark, a closing quote, spaces
QUESTION_END = re.compile(_QUESTION_CLOSE)
QUESTION_AT_END = re.compile(_QUESTION_CLOSE + "$")
# ...or before the host's hand-off: "…合理吗？这个问题请何科长解答。"
QUESTION_THEN_HANDOFF = re.compile(_QUESTION_CLOSE + r"[^。！？!?\n]{0,12}?请[^。！？!?\n]{1,10}?"
                                   r"(?:回答|解答|答复|回应|介绍)(?:一下)?[。！!]?[ \t\u3000]*$")
_NUMBER = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
# "问1" "问题二" "1.问" "答3": a numbered question or answer (问题 only with its number)
NUMBERED_QA_RE = re.compile(rf"^(?:(?P<pre>{_NUMBER})[、.．]?)?(?P<w>问题|问|答复|答|[QAＱＡ])(?P<post>{_NUMBER})?$")


# the number of the question a reporter's label asks, after 提问 or 问, at its end or before its gloss
ASK_NUMBER_RE = re.compile(rf"(?:(?<=提问)|(?<=追问))(?P<n>{_NUMBER})(?=[(（]|$)")


def _past(span: Optional[tuple[int, int]], at: int, by: int) -> Optional[tuple[int, int]]:
    """A span read in a label with ``by`` characters cut out at ``at``, as offsets in the label as written."""
    if span is None:
        return None
    return (span[0] + by if span[0] >= at else span[0], span[1] + by if span[1] > at else span[1])


LABEL_HONORIFICS = tuple(HONORIFICS) + tuple(CUES["ranks_after_names"])  # (李红女士, 吴谦大校: the person is 李红, 吴谦)


def _qa_word(numbered: re.Match) -> str:
    """答 or 问, what a numbered label (答复1, A3, 问题二) stands for."""
    word = numbered.group("w")
    return "答" if word.startswith("答") or word in ("A", "Ａ") else "问"


# A numbered question or answer at a label's start, a gloss may follow: 问题1（柘溪日报记者）, 答复1（郝丽萍）
QA_NUMBER_RE = re.compile(rf"[ \t\u3000]*(?P<w>问题|问|答复|答)(?P<post>{_NUMBER})(?![0-9０-９一二三四五六七八九十])")


def qa_number(s: str, lab: "Label") -> Optional[tuple[str, str]]:
    """(问 or 答, its number) of a numbered question or answer label, else None."""
    m = QA_NUMBER_RE.match(s, lab.start, lab.end)
    return (_qa_word(m), m.group("post")) if m else None


# "1.城西电视台记者", "2、王刚", "（三）记者": an item number before the label, not part of it
NUMBERED_QA_PREFIX = re.compile(rf"^(?P<w>[QAＱＡ问答]|问题|提问){_NUMBER}(?:[、.．][ \t\u3000]*|[ \t\u3000]+)(?=\S)")
ITEM_NUMBER_RE = re.compile(rf"^(?:{_NUMBER}[、.．]|[(（]{_NUMBER}[)）])[ \t\u3000]*(?=\S)")
# "（英文提问）", "（葡文提问，以下为中文传译）": the language a question was asked in, and its translation
LANGUAGE_NOTE_RE = re.compile(r"[(（](?:用)?(?:(?:英|粤|葡|日|法|俄|德|韩|西班牙|葡萄牙|意大利|阿拉伯)[文语]|普通话)"
                              r"(?:提问|部分|发言|问)?(?:[，,、;；][^()（）\n:：]{0,12}?(?:翻译|传译|同传|译文|口译)"
                              r"[^()（）\n:：]{0,4})?[)）]$")
# a narrator's label, numbered when a programme has several films: 画外音, 【暗访短片二】
NARRATOR_RE = re.compile("(?:" + "|".join(map(re.escape, sorted(CUES["narrator_labels"], key=len, reverse=True)))
                         + r")[一二三四五六七八九十0-9]{0,2}")
TITLE_ORDINAL_RE = re.compile(r"[(（][一二三四五六七八九十1-9][)）]$")
# A host reading out written questions names the asker after a lead-in: "第一个问题是晋阳日报记者提问",
# "下面一个问题来自澎湃新闻记者的书面提问", "第四个问题是一位网络媒体记者提问"
QUESTION_LEAD_RE = re.compile(
    r"^(?:(?:第[一二三四五六七八九十\d]{1,3}个|下一个|下面一个|接下来一个|最后一个|再一个)问题(?:是|来自|由)"
    r"|(?:下面|接下来)(?:是|来自))(?:一位|一名|某)?(?=\S)")
RUNIN_KINDS = frozenset(("reporter", "moderator", "question", "answer", "narrator", "interpreter"))
# Voices that speak no words of their own: the outlet's narration, an interpreter
NO_VOICE_KINDS = ("narrator", "interpreter")
# A live-text entry closed by its time stamp ("… [09:46] | [彭放] …"): the next bracket is a label.
NEWLINE_RE = re.compile("\n")
NON_SPACE_RE = re.compile(r"\S")
STAMP_BEFORE_RE = re.compile(r"[\[【(（]?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?[ \t\u3000]*\|?[ \t\u3000]*$")
# A time stamp right after a bracket label ("[罗文斌]10:02:16", the words on the next line): the turn's time
STAMP_AFTER_LABEL_RE = re.compile(rf"[ \t\u3000]*(?P<time>{CLOCK}){SECONDS}[ \t\u3000]*")
DAMAGED_RE = re.compile(r"(?m)^[ \t\u3000]*(?P<label>[^\n。:：∶，,]{3,40})。[ \t\u3000]*$")
MODERATOR_MARK = re.compile(r"[(（]\s*主持人?\s*[)）]")
QUESTION_MARK = re.compile(r"[？?]")
SENTENCE_PUNCT = re.compile(r"[。！？!?；;“”\"《》]")
REPORTER = CUES["reporter_word"]
# "新华社记者 王磊"; a foreign name after a space ("彭博社记者 约翰", "路透社记者 约翰·史密斯", "BBC记者
# Stephen McDonell") is kept out
# of the name (the surname list cannot vouch for it): the reporter is the outlet's
REPORTER_RE = re.compile(
    rf"^(?P<outlet>.*?){REPORTER}(?:[ \t\u3000]*(?!的?(?:书面)?提问$|追问$|问$)(?P<name>[\u3400-\u9fff]{{2,3}}?)"
    rf"|[ \t\u3000]*(?P<seq>[0-9０-９]{{1,2}}|[A-Za-zＡ-Ｚａ-ｚ甲乙丙丁])"  # 记者1, 记者A: reporters told apart by number
    rf"|[ \t\u3000]+(?P<foreign>[A-Z][\w'’.\-]*(?:[ \t][A-Z][\w'’.\-]*){{1,3}}|[^\s:：]{{2,16}}))?(?:的?(?:书面)?提问|追问|问)?$"
)
FROM_OUTLET = re.compile(r"(?:我是)?来自(?P<outlet>\S{2,20}?)的?")
# The page's own outlet, which names none: "本报记者", "特约记者"
SELF_OUTLETS = ("本报", "本台", "本网", "本刊", "本社", "本站", "特约")
BYLINE_OUTLET_CHARS = 12


def reporter_byline(line: str) -> Optional[re.Match]:
    """A reporter's byline ("本报记者 刘洋", "东湖日报记者 刘洋"): the line is the outlet, 记者 and a name."""
    m = REPORTER_RE.fullmatch(line)
    return m if m and m.group("name") and len(m.group("outlet")) <= BYLINE_OUTLET_CHARS else None


# "李明 东湖日报记者": a reporter's name, a space, then the outlet
NAME_BEFORE_OUTLET = re.compile(r"(?P<name>[\u3400-\u9fff]{2,3})[ \t\u3000]+(?=\S)")
# "市生态环境局", "生态环境部", "市发展改革委": an organisation that answers in its own name
BODY_RE = re.compile(r"^[\u3400-\u9fff]{1,14}(?:委员会|办公室|部|局|厅|署|委|办|中心|政府)$")
HOST_RE = re.compile(rf"^(?:{'|'.join(CUES['moderator_label'])})[ \t\u3000]*(?P<name>[\u3400-\u9fff][\u3400-\u9fff \u3000]{{1,4}})$")
NOT_LABEL_END = tuple(sorted(CUES["not_label_endings"], key=len, reverse=True))
NOT_LABEL_START = tuple(CUES["not_label_starts"])
NARRATOR_SUFFIX = tuple(sorted(CUES["narrator_suffixes"], key=len, reverse=True))
NOT_LABEL_WORDS = frozenset(CUES["not_label_endings"])
OUTLET_BAD = re.compile(r"[，,。！!；;：:“”《》]")
# A name in quotation or book-title marks inside an outlet: “今日海州”客户端, 海州广播电视台《海州新闻》栏目
QUOTED_IN_OUTLET = re.compile(r"“[^“”《》，,。：:\n]{1,16}”|《[^《》“”，,。：:\n]{1,16}》")
# an event, or an answer, before 记者问 ("…经济数据发布会答记者问"): a headline, no outlet
EVENT_NOT_OUTLET = re.compile(r"发布会|记者会|吹风会|答$")
# a paper's name in 《》, after the place it comes from (《环球时报》记者, 美国《纽约时报》记者)
BOOK_TITLE_OUTLET = re.compile(r"[ \t\u3000]*(?:[\u4e00-\u9fff]{1,6})?《(?P<name>[^《》，,。：:\s]{2,16})》[ \t\u3000]*")
ANSWER_SUFFIXES = tuple(sorted(CUES["answer_suffixes"], key=len, reverse=True))
SPEECH_SUFFIXES = tuple(sorted(CUES["speech_verbs"], key=len, reverse=True))
ASKING_OPENING = re.compile(r"(?:请问|追问|想问|再问|问一下|我想问)(?=[^\s（(【\[])")  # (追问（光明日报记者）： is a label)
SAID_WHEN_RE = re.compile(r"(?:\d{1,2}日|今天|今日|昨天|昨日|日前|近日|当天|当日)?(?:上午|下午|晚上)?"
                          r"(?:应询|在?答记者问时|在?回答记者提问时|接受[^：:，,。]{0,12}采访时|在[^：:，,。]{1,16}(?:时|上))?$")
HOST_WORDS = frozenset(CUES["moderator_label"])
OUTLET_THEN_NAME = re.compile(r"(?P<outlet>\S{2,16})[ \t\u3000]+(?P<name>[\u3400-\u9fff]{2,4})")
HOST_SEQ_RE = re.compile(rf"(?:{'|'.join(CUES['moderator_label'])})[甲乙丙丁ABCDＡＢ1-4１-４]")
OUTLET_LABEL_RE = re.compile(CUES["outlet_label"])
LABEL_LEAD = " \t\u3000■□●○◆◇▲△▶►•·※★☆*#>-—📌👉🔹🔸✅☑✔▪◎◉➤➢→"  # (a WeChat article marks its labels: 📌主持人：)
# ...and any emoji, with its variation selector or joiner (🎙️邵卫东：, 🎤主持人：)
# (and any block element or geometric shape: ▍主持人：, ▌记者：, ◤王刚：)
LABEL_LEAD_RE = re.compile("(?:[" + re.escape(LABEL_LEAD) + "]|[\u2580-\u25FF\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D])*")
# "主持人 国务院新闻办公室新闻局副局长 寿小丽": a host word before the person.
# "嘉宾 王明", "发布人 王刚", "访谈嘉宾 李红": a role word of those who answer, then the person.
# (发言人 is a title, 发言人 王刚 keeps it: the roles that are titles are left to the title rules)
def _role_prefix(words) -> re.Pattern[str]:
    """A role word before the person it marks, followed by a space or in brackets: "主持人 王海",
    "【主持人】省政府新闻办副主任 陈穆清", "【发布人】…"."""
    alt = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"^(?:(?:{alt})[ \t\u3000]+|[【\[](?:{alt})[】\]][ \t\u3000]*)(?=\S)")


GUEST_WORDS = frozenset(set(CUES["answer_labels"]) | {w for w in CUES["declaration_roles"]["speaker"] if not TITLE_RE.fullmatch(w)})
GUEST_PREFIX = _role_prefix(GUEST_WORDS)
# "陈述人 梁启航", "【听证参加人】…": a guest who states a case, whose words answer no one
CITIZEN_GLOSS = re.compile("|".join(map(re.escape, CUES["citizen_glosses"])))
STATEMENT_ROLE = re.compile("^[【\\[]?(?:" + "|".join(map(re.escape, CUES["statement_roles"])) + ")")
# "嘉宾孔德明": the role word run into a name, which only a name may follow (嘉宾席, 发布人员 are none)
GUEST_JOINED = re.compile("^(?:" + "|".join(map(re.escape, sorted(GUEST_WORDS, key=len, reverse=True)))
                          + r")(?=[\u3400-\u9fff]{2,3}$)")
EVENT_WORDS = ("会议", "座谈会", "发布会", "记者会", "见面会", "通气会", "恳谈会", "听证会", "推介会", "研讨会", "论坛", "活动")
CALL_NUMBER = re.compile(r"第?[\d一二三四五六七八九十]{1,3}(?:号|位|个)?(?:来电|热线)|来电[\d一二三四五六七八九十]{1,3}")
ASKER_PREFIX = re.compile("^(?P<asker>" + "|".join(map(re.escape, sorted(CUES["asker_labels"], key=len, reverse=True)))
                          + r")[ \t\u3000]*(?![提问])(?:[^\s()（）]{1,12}(?:[(（][^()（）]{1,20}[)）])?|[(（][^()（）]{1,20}[)）])$")
HOST_PREFIX = _role_prefix(CUES["moderator_label"])
# "李强(市生态环境局局长)", "主持人(市政府新闻办副主任 张伟)", "记者(新华社)": a person and a gloss.
PAREN_RE = re.compile(r"^(?P<head>[^()（）]{1,24}?)[ \t\u3000]*[(（](?P<inner>[^()（）]{2,40})[)）]$")
SOUND_BITE_PREFIX = re.compile(r"[【\[［〔(（][ \t\u3000]*(?:" + "|".join(map(re.escape, CUES["sound_bite_labels"]))
                               + r")[ \t\u3000]*[】\]］〕)）][ \t\u3000]*")
SURNAME_PAREN_RE = re.compile(r"^(?P<head>[^()（）]{1,8}?)[ \t\u3000]*[(（](?P<sn>[^()（）])[)）]$")
# "记者（以下简称记）", "王刚(下称王)": a label that declares the short form later labels use
SHORT_MAX = 4
SHORT_GLOSS_RE = re.compile(rf"(?:以下简称|以下称|下称|简称)[“\"「]?(?P<short>[^\s“”\"「」]{{1,{SHORT_MAX}}}?)[”\"」]?")
SPACE_RE = re.compile(r"\s")
OPENING_QUOTES = ("“", "「", "『", "\"")  # reported speech opens one after its verb (王刚表示：“…”)
# The rest of a bracket label line that is itself a label: "【主持人】省生态环境厅处长 刘明:"
# (never over the next bracket: "【主持人】（…）【主持人】寿小丽：" holds two labels)
LABEL_REST_RE = re.compile(r"(?P<label>[^\n:：∶【\[]{2,40}?)[ \t\u3000]*[:：∶][ \t\u3000]*")  # with match()


class _Marks(TypedDict):
    """The marks a label carries besides its kind and spans (keyword arguments of ``Label``)."""

    moderator_mark: bool
    answer_mark: bool


@dataclass(frozen=True)
class Label:
    """A recognised speaker label.

    ``start``/``end`` cover the label itself (with its colon or timestamp); the turn's text
    starts at ``content_start``. ``kind`` is one of person, title_only, body (an organisation
    answering in its own name; ``outlet_span`` holds it), damaged, moderator, reporter, question,
    answer, narrator, or short (a short form the page declared: "记：", "王：" after
    "记者（以下简称记）", "王刚（以下简称王）"; ``short_form`` holds the one a label declares).
    """

    start: int
    end: int
    content_start: int
    kind: str
    text: str  # label as written (simplified copy), without colon or timestamp
    name_span: Optional[tuple[int, int]] = None  # offsets of the name in the document
    title_span: Optional[tuple[int, int]] = None
    outlet_span: Optional[tuple[int, int]] = None
    moderator_mark: bool = False
    answer_mark: bool = False
    time: Optional[str] = None
    date: Optional[str] = None
    layout: str = "label lines"
    short_form: Optional[str] = None


def classify(label: str, offset: int, inline: bool, known: frozenset[str] = frozenset()) -> Optional[Label]:
    """Read a candidate label (simplified text at document offset ``offset``); None if it is no label.

    ``known`` are names the document introduces elsewhere (``people.introduced_names``): a
    bare label holding one is a person even when its surname is rare.
    """
    from dataclasses import replace

    raw = label
    lead = LABEL_LEAD_RE.match(raw).end()  # type: ignore[union-attr]  # white space, bullets (■新华社记者, ●王建国), emoji
    s = raw[lead:].rstrip(" \t\u3000")
    base = offset + lead
    if not s or len(s) > 45 or s.endswith(EVENT_WORDS):
        return None  # "市民代表座谈会：共商…" is a headline: no one speaks as an event
    if s[0] in "(（" and not any(c in s for c in ")）"):
        return None  # "（记者：王磊　编辑：许琳）": a byline in brackets, no one who speaks
    if ASKING_OPENING.match(s):
        return None  # "追问杨行长：有企业反映…", "请问王局长：…": a question's opening names whom it asks, not who speaks
    if s.endswith(DAMAGE):
        return _damaged_label(s, offset, base, inline, known)
    sb = SOUND_BITE_PREFIX.match(s)
    if sb and sb.end() < len(s):
        # "【同期声】河南省人社厅副厅长 杜红梅", "【同期声】杜红梅": a report's sound bite; who speaks follows the mark
        inner = classify(s[sb.end():], base + sb.end(), inline, known)
        if inner is not None:
            return inner
    hp = HOST_PREFIX.match(s)
    if hp:
        inner = classify(s[hp.end():], base + hp.end(), inline, known)
        if inner is not None and inner.kind in ("person", "title_only"):
            return replace(inner, text=s, moderator_mark=True)
        if not SENTENCE_PUNCT.search(s):
            # "主持人 某某" whose name is no listed name: still the host, unnamed
            return Label(offset, offset, offset, "moderator", s, title_span=(base, base + hp.end() - 1),
                         moderator_mark=True)
    gp = GUEST_PREFIX.match(s) or GUEST_JOINED.match(s)
    if gp:
        # "嘉宾 王明", "答 王建国": the official who answers
        inner = classify(s[gp.end():], base + gp.end(), inline, known)
        if inner is not None and inner.kind in ("person", "title_only"):
            return replace(inner, text=s, answer_mark=True)
    ap = ASKER_PREFIX.match(s) if s not in CUES["asker_labels"] and not s.endswith(REPORTER) else None
    # (市民代表 is no 市民 "代表", 市民日报记者 no 市民 who asks)
    if ap:
        # "网友 阳光灿烂", "听众张先生", "来电市民（王先生，家住滨湖区）": an asker under a nickname or a name
        nick = _asker_name(s, ap.end("asker"))
        return Label(offset, offset, offset, "question", ap.group("asker"),
                     name_span=(base + nick[0], base + nick[1]) if nick else None)
    asked = ASK_NUMBER_RE.search(s)
    if asked is not None:
        # "湘潭日报记者提问1", "记者提问2（红网）": a reporter's label numbered by the question it asks
        a, b = asked.span("n")
        inner = classify(s[:a] + s[b:], base, inline, known)
        if inner is not None and inner.kind in ("reporter", "question"):
            return replace(inner, text=s, outlet_span=_past(inner.outlet_span, base + a, b - a),
                           name_span=_past(inner.name_span, base + a, b - a))
    note = LANGUAGE_NOTE_RE.search(s)
    if note and note.start() > 0:
        # "彭博社记者（英文）": the language the question was asked in, after the label
        inner = classify(s[:note.start()], base, inline, known)
        return replace(inner, text=s) if inner is not None else None
    om = TITLE_ORDINAL_RE.search(s)
    if om and om.start() > 0:
        # "环境保护署副署长（二）": Hong Kong tells two holders of one post apart by a number
        inner = classify(s[:om.start()], base, inline, known)
        if inner is not None and inner.kind == "title_only" and inner.title_span is not None:
            return replace(inner, text=s, title_span=(inner.title_span[0], base + len(s)))
    sp = SURNAME_PAREN_RE.match(s)
    if sp and sp.group("sn") in SURNAMES:
        # "主持人（陈）：": a role with only the surname of who holds it; the role speaks
        role = classify(sp.group("head"), base, inline, known)
        if role is not None and role.kind not in ("person", "title_only"):
            return replace(role, text=s)
    pm = PAREN_RE.match(s) if not MODERATOR_MARK.search(s) else None
    if pm:
        paren = _paren_label(s, pm, base, inline, known)
        if paren is not None:
            return paren
    moderator_mark = False
    m = MODERATOR_MARK.search(s)
    if m:
        moderator_mark = True
        s = s[:m.start()] + s[m.end():]
    s = s.rstrip(" \t\u3000")
    answer_mark = False
    for suf in ANSWER_SUFFIXES if s not in CUES["answer_labels"] else ():  # 回答 is no 回 who answers
        if s.endswith(suf) and len(s) > len(suf):
            s = s[: -len(suf)].rstrip()
            answer_mark = True
            break
    speech = next((v for v in SPEECH_SUFFIXES if s.endswith(v) and len(s) > len(v) + 1), None)
    if speech and not answer_mark:  # "邱明表示", "严峰介绍": the person, not a name ending in a verb
        # (and when: "发言人朱晓红17日应询表示", "…朱晓红答记者问时表示")
        said = classify(SAID_WHEN_RE.sub("", s[:-len(speech)]), base, inline, known)
        if said is not None and said.kind in ("person", "title_only"):
            return replace(said, text=s, moderator_mark=said.moderator_mark or moderator_mark)
    honorific = next((h for h in LABEL_HONORIFICS if s.endswith(h) and len(s) > len(h) + 1), None)
    if honorific:  # "李红女士": the person is 李红
        s = s[:-len(honorific)].rstrip()
    common = _Marks(moderator_mark=moderator_mark, answer_mark=answer_mark)
    numbered = NUMBERED_QA_RE.match(s)
    if numbered and (numbered.group("post") or numbered.group("pre") and numbered.group("w") != "问题"):
        s = _qa_word(numbered)
    elif not numbered and (item := ITEM_NUMBER_RE.match(s)):
        inner = classify(s[item.end():], base + item.end(), inline, known)
        return replace(inner, text=s) if inner is not None else None
    elif not numbered and (qa := NUMBERED_QA_PREFIX.match(s)):
        # "Q5. 21世纪经济报道记者", "A5. 许立群": the numbered question's asker, the numbered answer's official
        inner = classify(s[qa.end():], base + qa.end(), inline, known)
        if inner is None:
            return None
        if qa.group("w") in "AＡ答":
            return replace(inner, text=s, answer_mark=True) if inner.kind in ("person", "title_only") else None
        return replace(inner, text=s) if inner.kind in ("reporter", "question") else None
    elif lead_in := QUESTION_LEAD_RE.match(s):
        inner = classify(s[lead_in.end():], base + lead_in.end(), inline, known)
        return replace(inner, text=s) if inner is not None and inner.kind in ("reporter", "question") else None
    if s in CUES["question_labels"] and s != REPORTER or s == "问":
        return Label(offset, offset, offset, "question", s, **common)
    if s in CUES["answer_labels"]:
        return Label(offset, offset, offset, "answer", s, **common)
    if s in CUES["interpreter_labels"]:
        return Label(offset, offset, offset, "interpreter", s)
    if NARRATOR_RE.fullmatch(s):
        return Label(offset, offset, offset, "narrator", s)
    if s in HOST_WORDS:
        return Label(offset, offset, offset, "moderator", s, moderator_mark=True)
    if HOST_SEQ_RE.fullmatch(s):  # "主持人甲：", "主持人乙：": two hosts of a programme, told apart
        return Label(offset, offset, offset, "moderator", s, title_span=(base, base + len(s)), moderator_mark=True)
    hm = HOST_RE.match(s)
    if hm and looks_like_name(hm.group("name").replace(" ", "").replace("\u3000", "")):
        return Label(offset, offset, offset, "person", s, moderator_mark=True,
                     name_span=(base + hm.start("name"), base + hm.end("name")))
    rm = REPORTER_RE.match(s)
    titled_outlet = BOOK_TITLE_OUTLET.fullmatch(rm.group("outlet")) if rm else None  # 《环球时报》记者
    if rm and not SALUTATION_RE.search(rm.group("outlet")) and not EVENT_NOT_OUTLET.search(rm.group("outlet")) \
            and (titled_outlet or not OUTLET_BAD.search(QUOTED_IN_OUTLET.sub("", rm.group("outlet")))):
        # checked before punctuation: a damaged outlet keeps its '?' ("大众日?记者")
        outlet = rm.group("outlet").strip()
        if outlet in SELF_OUTLETS:
            outlet = ""
        o_start = base
        if titled_outlet:
            o_start, outlet = base + titled_outlet.start("name"), titled_outlet.group("name")
        n_span = (base + rm.start("name"), base + rm.end("name")) if rm.group("name") else None
        framed = FROM_OUTLET.fullmatch(outlet)
        if framed is not None:  # "来自临江电视台的记者": the outlet inside its frame
            o_start, outlet = o_start + framed.start("outlet"), framed.group("outlet")
        first = NAME_BEFORE_OUTLET.match(outlet)
        if first and n_span is None and looks_like_name(first.group("name")):
            # "李明 东湖日报记者": the name first, then the outlet
            n_span = (base + first.start("name"), base + first.end("name"))
            o_start, outlet = base + first.end(), outlet[first.end():]
        o_span = (o_start, o_start + len(outlet)) if outlet else None
        if len(outlet) > 24 or outlet in CUES["answer_labels"] or outlet in CUES["question_labels"]:
            return None  # "答记者问环节" is a heading, not a reporter of the outlet 答
        if rm.group("name") and not looks_like_name(rm.group("name")):
            if not s[rm.start("name") - 1].isspace():
                return None  # "中外记者见面会": no reporter
            n_span = None  # "彭博社记者 约翰": a foreign name
        if rm.group("foreign"):
            n_span = None
        return Label(offset, offset, offset, "reporter", s, name_span=n_span, outlet_span=o_span, **common)
    spaced = _spaced_label(s, base, common)
    if spaced is not None:
        return spaced
    outlet = next((s[:-len(x)] for x in NARRATOR_SUFFIX if s.endswith(x)), "")
    if outlet and OUTLET_LABEL_RE.match(outlet):
        # "新华网报道": the outlet's own narration in live text
        return Label(offset, offset, offset, "narrator", s, outlet_span=(base, base + len(outlet)), **common)
    if OUTLET_LABEL_RE.match(s) and not (known and s in known):
        return Label(offset, offset, offset, "reporter", s, outlet_span=(base, base + len(s)), **common)
    compact = s.replace(" ", "").replace("\u3000", "")  # (a key padded to a column's width: 时　间)
    if SENTENCE_PUNCT.search(s) or compact in NOT_LABEL_WORDS or s.startswith(NOT_LABEL_START):
        return None
    if SALUTATION_RE.search(s) and not moderator_mark:
        return None
    if s.endswith(NOT_LABEL_END) and not looks_like_name(s[-3:]) and not looks_like_name(s[-2:]):
        return None
    if compact in known:
        return Label(offset, offset, offset, "person", s, name_span=(base + s.find(compact[0]), base + len(s)), **common)
    compact_map = [i for i, ch in enumerate(s) if ch not in " \u3000"]
    for n in (3, 2):  # "省农业农村厅 张伟": the organisation, then the person who speaks for it
        name = compact[-n:]  # (never one that starts inside a title word: 局长孙强 is no 局 and 长孙强)
        if len(compact) > n + 1 and BODY_RE.match(compact[:-n]) and not BODY_RE.match(compact) \
                and looks_like_name(name) and not TITLE_RE.search(name) and not NOT_IN_NAMES.search(name) \
                and not (compact[:-n] + name[0]).endswith(TITLE_WORDS):
            ns, te = compact_map[len(compact) - n], compact_map[len(compact) - n - 1] + 1
            return Label(offset, offset, offset, "person", s, name_span=(base + ns, base + len(s)),
                         title_span=(base, base + te), **common)
    flipped = name_then_title(compact)
    if flipped is not None and flipped.name is not None:
        ne = compact_map[len(flipped.name) - 1] + 1
        return Label(offset, offset, offset, "person", s, name_span=(base, base + ne), title_span=(base + ne, base + len(s)),
                     **common)
    pp = split_person(compact)
    if pp.name:
        ns = compact_map[pp.name_start]
        ne = compact_map[pp.name_start + len(pp.name) - 1] + 1
        if pp.title is None:
            # a bare name: on an inline label it must read as a name
            if inline and not looks_like_name(pp.name):
                return None
            return Label(offset, offset, offset, "person", s, name_span=(base + ns, base + ne), **common)
        return Label(offset, offset, offset, "person", s, name_span=(base + ns, base + ne),
                     title_span=(base, base + len(s[:ns].rstrip())), **common)
    if pp.title and TITLE_RE.search(s) and s.endswith(tuple(CUES["title_words"])):
        inside = _known_name_inside(compact, known)
        if inside is not None:
            # "经济部方国豪部长": body, name, post (Taiwan's order); the roster holds the title
            ns, ne = compact_map[inside[0]], compact_map[inside[1] - 1] + 1
            return Label(offset, offset, offset, "person", s, name_span=(base + ns, base + ne), **common)
        return Label(offset, offset, offset, "title_only", s, title_span=(base, base + len(s)), **common)
    if BODY_RE.match(s) and not NOT_IN_NAMES.search(s):
        return Label(offset, offset, offset, "body", s, outlet_span=(base, base + len(s)), **common)
    if moderator_mark:
        return Label(offset, offset, offset, "moderator", s, title_span=(base, base + len(s)), moderator_mark=True)
    return None


DAMAGE = "\ufffd"  # a character the page lost (mojibake), kept in the text and counted by cleaning


ASKER_NAME_RE = re.compile(r"[ \t\u3000]*(?P<name>[^\s()（），,]+)?[ \t\u3000]*(?:[(（](?P<inner>[^()（），,]+)[^()（）]*[)）])?$")
ANONYMOUS_ASKER = frozenset(CUES["anonymous_askers"])
QUOTES = "“”\"「」『』"


def _asker_name(s: str, at: int) -> Optional[tuple[int, int]]:
    """Offsets of the name an asker's label gives after its word: "张先生" in 听众张先生, 王先生 in
    来电市民（王先生，家住滨湖区）, 许桂兰 in 问政代表 许桂兰（市人大代表）; None for 听众（匿名）."""
    m = ASKER_NAME_RE.match(s, at)
    if m is None:
        return None
    group = "name" if m.group("name") else "inner" if m.group("inner") else None
    if group is None or m.group(group).strip() in ANONYMOUS_ASKER:
        return None
    a, b = m.span(group)
    space = max(s.rfind(" ", a, b), s.rfind("\u3000", a, b), s.rfind("\t", a, b))
    if group == "inner" and space >= 0:  # 观众（溪州市民、环保志愿者 邵先生）: who they are, then the name
        a = space + 1
    while a < b and s[a] in QUOTES and s[b - 1] in QUOTES:  # (网友“小河弯弯”: the screen name inside)
        a, b = a + 1, b - 1
    return (a, b) if a < b else None


def _damaged_label(s: str, offset: int, base: int, inline: bool, known: frozenset[str]) -> Optional[Label]:
    """A label whose last characters were lost: "新华社记�" is that outlet's 记者; "王�" a name cut after
    its surname, which the resolver gives to the one official whose name begins so."""
    from dataclasses import replace

    stem = s.rstrip(DAMAGE)
    if not stem or DAMAGE in stem:
        return None
    if stem.endswith(REPORTER[0]) and not stem.endswith(REPORTER):
        lab = classify(stem + REPORTER[1:], offset, inline, known)
        return replace(lab, text=s) if lab is not None and lab.kind == "reporter" else None
    if stem in SURNAMES or stem in COMPOUND_SURNAMES:
        return Label(offset, offset, offset, "damaged", s, name_span=(base, base + len(stem)))
    return None


# a hearing's gloss: "1号 李秀兰，消费者代表，退休教师": the seat's number, the name, then who they are
NUMBERED_PERSON_RE = re.compile(r"(?:\d{1,3}号[ \t\u3000]*)?(?P<name>[\u4e00-\u9fff]{2,4})[ \t\u3000]*"
                                r"(?:[，,、][ \t\u3000]*(?P<about>[^()（）\n]{1,30}))?")


def _numbered_person(inner: str, i0: int) -> Optional[Label]:
    m = NUMBERED_PERSON_RE.fullmatch(inner)
    if m is None or not looks_like_name(m.group("name")):
        return None
    about = (i0 + m.start("about"), i0 + m.end("about")) if m.group("about") else None
    return Label(0, 0, 0, "person", inner, name_span=(i0 + m.start("name"), i0 + m.end("name")), title_span=about)


def _paren_label(s: str, pm: re.Match, base: int, inline: bool, known: frozenset[str]) -> Optional[Label]:
    """A label with a parenthesised gloss: the host or a name outside, the title (or name) inside."""
    from dataclasses import replace

    head, inner = pm.group("head").strip(), pm.group("inner").strip(" \t\u3000")
    numbered = NUMBERED_QA_RE.match(head)
    if numbered and numbered.group("post"):  # "问题1（柘溪日报记者）", "答复1（郝丽萍）": a numbered 问 or 答
        head = _qa_word(numbered)
    h0 = base + pm.start("head")
    i0 = base + pm.start("inner") + (len(pm.group("inner")) - len(pm.group("inner").lstrip(" \t\u3000")))
    if head in HOST_WORDS:
        lab = classify(inner, i0, inline, known)
        if lab is not None and lab.kind in ("person", "title_only"):
            return replace(lab, text=s, moderator_mark=True)
        station = OUTLET_THEN_NAME.fullmatch(inner)
        if station is not None and OUTLET_LABEL_RE.fullmatch(station.group("outlet")) and looks_like_name(station.group("name")):
            # "主持人（江海交通广播 陆一鸣）": the host of a station, named after it
            return Label(base, base, base, "person", s, name_span=(i0 + station.start("name"), i0 + station.end("name")),
                         title_span=(i0, i0 + station.end("outlet")), moderator_mark=True)
        return None
    if head in CUES["sound_bite_labels"]:
        # "同期声（石桥镇村民 陈阿婆）": a report's sound bite, the speaker in the brackets
        lab = classify(inner, i0, inline, known)
        return replace(lab, text=s) if lab is not None else None
    if head in GUEST_WORDS:
        # "发布人（贺永刚）", "嘉宾（市水务局局长 周海洋）": the official who presents and answers
        lab = _numbered_person(inner, i0) or classify(inner, i0, inline, known)
        if lab is not None and lab.kind in ("person", "title_only"):
            return replace(lab, text=s, answer_mark=True)
        return None
    if CALL_NUMBER.fullmatch(head) and ASKER_PREFIX.match(inner):
        # "1号来电（听众胡女士）": a call-in's numbered caller, who they are inside
        lab = classify(inner, i0, inline, known)
        return lab if lab is not None and lab.kind == "question" else None  # (its text stays the asker's word)
    if head in ("问", "提问") and ASKER_PREFIX.match(inner):
        # "问题2（网友“溪边的风”）": the netizen who asks, under the screen name
        lab = classify(inner, i0, inline, known)
        return lab if lab is not None and lab.kind == "question" else None  # (its text stays the asker's word)
    short = SHORT_GLOSS_RE.fullmatch(inner)
    if short is not None:  # "王刚（以下简称王）": the person, and the short form later labels use
        lab = classify(head, h0, inline, known)
        return replace(lab, text=s, short_form=short.group("short")) if lab is not None else None
    titled = BOOK_TITLE_OUTLET.fullmatch(inner.removesuffix(REPORTER))  # "问（台湾《联合报》）": a paper, no sentence
    if SENTENCE_PUNCT.search(inner) and titled is None:
        return None
    rm = REPORTER_RE.match(head)
    if rm and not rm.group("outlet").strip() or head in ("问", "提问", "追问", "现场提问"):
        # "记者(新华社)", "记者 王磊(新华社)", "问(新华社记者)", "追问（光明日报记者）": the outlet in
        # parentheses, without the word 记者 that may repeat there; "记者(东湖日报 张伟)": and the name
        spaced = _spaced_label(inner, i0, _Marks(moderator_mark=False, answer_mark=False))
        if spaced is not None and spaced.kind == "reporter":
            return replace(spaced, text=s)
        name_span = (h0 + rm.start("name"), h0 + rm.end("name")) if rm and rm.group("name") else None
        if titled is not None:
            return Label(0, 0, 0, "reporter", s, name_span=name_span, outlet_span=(i0 + titled.start("name"), i0 + titled.end("name")))
        outlet = inner.removesuffix(REPORTER).strip()
        return Label(0, 0, 0, "reporter", s, name_span=name_span,
                     outlet_span=(i0, i0 + len(outlet)) if outlet else None)
    if rm and looks_like_name(inner) and not OUTLET_BAD.search(rm.group("outlet")):
        # "东湖日报记者(张伟)": the outlet's reporter, named inside
        return Label(0, 0, 0, "reporter", s, name_span=(i0, i0 + len(inner)),
                     outlet_span=(h0, h0 + len(rm.group("outlet").strip())))
    if looks_like_name(head) and inner.endswith(REPORTER) and OUTLET_LABEL_RE.match(inner.removesuffix(REPORTER)):
        # "张伟(东湖日报记者)": the reporter, the outlet inside
        return Label(0, 0, 0, "reporter", s, name_span=(h0, h0 + len(head)),
                     outlet_span=(i0, i0 + len(inner) - len(REPORTER)))
    if head in CUES["answer_labels"]:
        # "答(王建国):" — the official who answers
        lab = classify(inner, i0, inline, known)
        if lab is not None and lab.kind in ("person", "title_only"):
            return replace(lab, text=s, answer_mark=True)
        return None
    if (looks_like_name(head) or head in known) and (TITLE_RE.search(inner) or BODY_RE.match(inner) or CITIZEN_GLOSS.search(inner)):
        # "李强(市生态环境局局长)", "王刚(东湖市生态环境局)": the person, the title or body inside;
        # "周桂芬(消费者代表,退休教师)": a citizen, who they are inside
        return Label(0, 0, 0, "person", s, name_span=(h0, h0 + len(head)), title_span=(i0, i0 + len(inner)))
    return None


def _in_parenthesis(s: str, pos: int) -> bool:
    """Whether ``pos`` lies inside brackets that open and close on its line: a credit ("（来源：南州网 记者：陈一鸣）")
    or a note, where no one speaks."""
    lo = max(0, pos - PAREN_REACH)  # (bounded: a page run into one line holds thousands of candidates)
    line_start = s.rfind("\n", lo, pos) + 1 or lo
    opened = max(s.rfind("（", line_start, pos), s.rfind("(", line_start, pos))
    if opened < 0 or max(s.rfind("）", opened, pos), s.rfind(")", opened, pos)) >= 0:
        return False
    hi = min(len(s), pos + PAREN_REACH)
    line_end = s.find("\n", pos, hi)
    line_end = hi if line_end < 0 else line_end
    return max(s.find("）", pos, line_end), s.find(")", pos, line_end)) >= 0


PAREN_REACH = 80  # characters around a label where the brackets of a credit may stand


def find_labels(simplified: str, known: Optional[frozenset[str]] = None) -> list[Label]:
    """All speaker labels of a document, in text order, from every layout that is present.

    ``known``: names the page introduces (``people.introduced_names``), computed here if not given.
    """
    found: dict[int, Label] = {}
    if known is None:
        known = introduced_names(simplified) | glossed_names(simplified)
    live = list(LIVE_RE.finditer(simplified))
    if len(live) >= 3:
        for m in live:
            label_end = m.end("label2") if m.group("label2") else m.end("label")
            label_start = m.start("label")
            words_at = m.end()
            if simplified[label_start] in "【[" and not BRACKET_CLOSE_RE.search(simplified, label_start, label_end) \
                    and (wide := WIDE_BRACKET_RE.match(simplified, label_start)) is not None:
                # "[10:57] [市住房和城乡建设局副局长 陈卫东] 关于…": a bracketed label with spaces inside
                label_end, words_at = wide.end("label"), wide.end()
            # (not "[09:46] | [彭亮] …": a stamp that closes an entry, then the next one's label)
            own = simplified[label_start] in "【[" and not PIPE_RE.search(simplified, m.end("time"), label_start)
            if simplified[label_start] in "【[" and simplified[label_end - 1] in "】]" \
                    and (COLON_AFTER_RE.match(simplified, label_end) or own):
                # "[14:36] 【郑可】：", "15:00【丁慧】各位…": a bracketed label after its time
                label_start, label_end = label_start + 1, label_end - 1
            lab, content = _live_label(simplified, m, label_end, known), words_at
            if lab is not None:  # "【09:30】主持人 县委宣传部副部长 何丽：": a person up to the colon
                label_end, content = lab.end, lab.content_start
            else:
                lab = classify(simplified[label_start:label_end], label_start, inline=True, known=known)
            if lab is None and own and (close := BRACKET_CLOSE_RE.search(simplified, label_start, label_end)):
                # "15:02【马永刚】主要有以下三点：…": the bracket is the label, the colon the speech's
                label_end = content = close.end()
                lab = classify(simplified[label_start + 1:label_end - 1], label_start + 1, inline=True, known=known)
            if lab is None:
                continue
            found[m.start()] = _place(lab, m.start(), label_end, content, time=clock(m.group("time"), m.group("half")),
                                      date=m.group("date"), layout="timestamped live text")
    found.update(_bracket_labels(simplified, known, found))
    found.update(_paren_reporter_labels(simplified, known, found))
    unread: list[re.Match] = []  # colon candidates no rule reads: a declared short form may
    # colon matches come in text order, so those taken below never start inside a later one
    earlier = sorted(found)
    for m in COLON_RE.finditer(simplified):
        if _any_within(earlier, m.start(), m.end() - 1):
            continue
        inline = bool(m.group("rest").strip())
        if _reported_speech(m.group("label"), m.group("rest")):
            continue
        lab = classify(m.group("label"), m.start("label"), inline=inline, known=known)
        if lab is None:
            if len(m.group("label").strip()) <= SHORT_MAX:
                unread.append(m)
            continue
        content = m.start("rest") if inline else m.end()
        found[m.start()] = _place(lab, m.start("label"), m.start("rest"), content,
                                  layout="inline labels" if inline else "label lines")
    found.update(_short_form_labels(unread, found, known))
    taken = sorted((lab.start, lab.content_start) for lab in found.values())
    run_in = []
    for m in RUNIN_RE.finditer(simplified):
        i = bisect.bisect_right(taken, (m.start(), float("inf"))) - 1
        if i >= 0 and taken[i][0] <= m.start() < taken[i][1]:
            continue
        if _reported_speech(m.group("label"), simplified[m.end():m.end() + 1]) or _in_parenthesis(simplified, m.start("label")):
            continue
        lab = classify(m.group("label"), m.start("label"), inline=True, known=known)
        if lab is not None:
            run_in.append((m, lab))
    # a bare title ("环境局局长：") run into prose twice or more is a speaker taking turns, not a quote;
    # so is a bare name ("王刚：") twice or more beside a role's run-in label (a reporter's, the host's)
    twice = Counter(lab.text for _m, lab in run_in if lab.kind == "title_only"
                    or lab.kind == "person" and lab.name_span is not None)
    roles = any(lab.kind in RUNIN_KINDS or lab.moderator_mark for _m, lab in run_in)
    for m, lab in run_in:
        if _sure_run_in(lab, simplified, known) or twice[lab.text] >= 2 and (lab.kind == "title_only" or roles):
            found[m.start("label")] = _place(lab, m.start("label"), m.end(), m.end(), layout="run-in labels")
    found.update(_reported_paragraphs(simplified, found, known))
    found.update(_self_introduced_askers(simplified, found, known))
    found.update(_named_after_marks(simplified, found, known))
    found.update(_named_in_brackets_after_answers(simplified, found, known))
    found.update(_named_before_marks(simplified, found, known))
    found.update(_relayed_questions(simplified, found))
    for m in DAMAGED_RE.finditer(simplified):
        if m.start() in found:
            continue
        body = m.group("label").strip()
        pp = split_person(body)
        # a title followed by a cut name: "...副局长高"
        if pp.title and TITLE_RE.search(body) and pp.name is None:
            tail = body[len(pp.title):] if body.startswith(pp.title) else ""
            last = list(TITLE_RE.finditer(body))[-1]
            tail = body[last.end():]
            if 0 < len(tail) <= 2:
                base = m.start("label") + (len(m.group("label")) - len(m.group("label").lstrip()))
                lab = Label(0, 0, 0, "damaged", body, name_span=(base + last.end(), base + len(body)),
                            title_span=(base, base + last.end()))
                found[m.start()] = _place(lab, m.start("label"), m.end(), m.end(), layout="label lines")
    for lab in _own_line_labels(simplified, known, found) + _separated_labels(simplified, known, found, DASH_RE, "dash labels"):
        found[lab.start] = lab
    for lab in _separated_labels(simplified, known, found, WIDE_SPACE_RE, "space labels"):
        found[lab.start] = lab
    if len(found) >= MIN_COLON_LABELS and (cont := CONTINUED_RE.search(simplified, 0, min(found))) is not None:
        # "（文字实录·下）… ……要继续保持流动性合理充裕。": the page opens inside an answer the page before began
        at = cont.start("words")
        found[at] = Label(at, at, at, "answer", "", layout="continued from the page before")
    labels = _outlets_in_brackets(simplified, [found[k] for k in sorted(found)])
    return _outlets_after(simplified, _with_time_lines(simplified, _joined(simplified, labels)))


# A paragraph that opens with an ellipsis before any label: the words of a turn the page before began
CONTINUED_RE = re.compile(r"(?m)^[ \t\u3000]*(?P<words>(?:……|…|\.{3,6})[ \t\u3000]*(?=[\u4e00-\u9fff“「]))")


# "问：（路透）…", "问：（凤凰卫视）…": the asker's outlet in brackets right after the question's mark
OUTLET_AFTER_MARK_RE = re.compile(r"[ \t\u3000]*[（(](?P<outlet>[^()（）\n，,。：:；;？?！!“”\"]{2,16})[)）][ \t\u3000]*")
NOT_OUTLET_NOTE = re.compile(r"[文语]|翻译|提问|同传|续|追问|略|图|视频|音频|现场|^[一二三四五六七八九十\d]+$")


def _outlets_in_brackets(simplified: str, labels: list[Label]) -> list[Label]:
    """A bare question mark (问：) followed by an outlet in brackets is that outlet's reporter; a label read inside
    the brackets (彭博 as a name) is none. A note of the language asked in (（英文）) is no outlet."""
    from dataclasses import replace

    out: list[Label] = []
    consumed = -1
    for lab in labels:
        if lab.start < consumed:
            continue
        m = OUTLET_AFTER_MARK_RE.match(simplified, lab.content_start) if lab.kind == "question" and lab.text in BARE_QUESTION_WORDS \
            else None
        outlet = m.group("outlet").removesuffix(REPORTER) if m is not None else ""
        if m is None or len(outlet) < 2 or NOT_OUTLET_NOTE.search(outlet) and not OUTLET_LABEL_RE.match(outlet):
            out.append(lab)
            continue
        a = m.start("outlet")
        out.append(replace(lab, kind="reporter", outlet_span=(a, a + len(outlet)), end=m.end(), content_start=m.end()))
        consumed = m.end()
    return out


# "问：…表决通过？（人民法院报记者）": the outlet (and name) after a bare question's words
OUTLET_AFTER_RE = re.compile(rf"[(（](?P<outlet>[^()（）\n:：。，,]{{1,20}}?){REPORTER}(?:[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{{2,3}}))?[)）]\s*$")
OUTLET_ONLY_AFTER_RE = re.compile(r"(?<=[？?])[ \t\u3000]*[(（](?P<outlet>[^()（）\n:：。，,]{2,20})(?P<name>)[)）]\s*$")
BARE_QUESTION_WORDS = frozenset(("问", "提问", "记者问", "现场提问"))


def signed_after(s: str, start: int, end: int) -> Optional[re.Match]:
    """The asker's outlet (and name) in brackets that ends a question's words in ``s[start:end]``: "…？（人民法院报
    记者）", or an outlet's name alone there ("…有何考虑？（四川广播电视台）")."""
    m = OUTLET_AFTER_RE.search(s, start, end)
    if m is None and (o := OUTLET_ONLY_AFTER_RE.search(s, start, end)) and OUTLET_LABEL_RE.fullmatch(o.group("outlet")):
        m = o
    return m


def _outlets_after(simplified: str, labels: list[Label]) -> list[Label]:
    """A bare 问 whose words end with the asker's outlet in brackets asks for that outlet."""
    from dataclasses import replace

    out = []
    for i, lab in enumerate(labels):
        end = labels[i + 1].start if i + 1 < len(labels) else len(simplified)
        bare = lab.kind == "question" and lab.text.strip(" \t\u3000【】[]") in BARE_QUESTION_WORDS
        m = signed_after(simplified, lab.content_start, end) if bare else None
        if m is not None:
            lab = replace(lab, kind="reporter", outlet_span=m.span("outlet"), name_span=m.span("name") if m.group("name") else None)
        out.append(lab)
    return out


def _relayed_questions(simplified: str, found: dict[int, Label]) -> dict[int, Label]:
    """A relayed question's asker as its label. The label found at its 问 (if any) gives way to it, and
    so does a host's label with no words before it ("[主持人]网友“青青草”问：…"): the words are the asker's."""
    from dataclasses import replace

    out: dict[int, Label] = {}
    if len(found) < 2:
        return out  # a page without turns: a story that quotes a netizen
    keys = sorted(found)
    for m in RELAYED_RE.finditer(simplified):
        start = m.start("relay")
        i = j = bisect.bisect_left(keys, start)
        while j < len(keys) and keys[j] < m.end():
            j += 1
        line_end = simplified.find("\n", m.end())
        asked_end = min(line_end if line_end >= 0 else len(simplified), keys[j] if j < len(keys) else len(simplified))
        at_end = QUESTION_AT_END.search(simplified, m.end(), asked_end) is not None
        handoff = QUESTION_THEN_HANDOFF.search(simplified, m.end(), asked_end) if not at_end else None
        if not at_end and (m.group("comma") or handoff is None):
            continue  # the official quoting a question and answering it on ("有市民问：为什么…？其实…")
        inside = [k for k in keys[i:j] if k in found]
        before = found.get(keys[i - 1]) if i else None
        if before is not None and before.content_start > start:
            inside.append(keys[i - 1])  # (a label that runs over the asker, as 网友城南老李问 does)
        if any(found[k].kind not in ("question", "reporter") for k in inside):
            continue  # a label of someone else
        if before is not None and before.kind == "reporter" and not simplified[before.content_start:start].strip():
            continue  # "記者：有市民問，…": the reporter asks, in a citizen's name
        lab = classify(m.group("asker"), m.start("asker"), inline=True)
        if lab is None:
            continue
        if m.group("nick"):  # 网友“锦江边的小老板”: one asker per screen name
            lab = replace(lab, name_span=m.span("nick"))
        layout, time = "run-in labels", None
        for k in inside:
            gone = found.pop(k)
            if gone.start <= start:
                start, layout, time = gone.start, gone.layout, gone.time  # (网民“晚风”问： read as a label already)
        if before is not None and keys[i - 1] in found and not simplified[before.content_start:start].strip():
            host = found.pop(keys[i - 1])  # (the host's stamp is the question's: "[14:36] 主持人：还有网友问，…")
            start, time = host.start, host.time or time
        out[start] = _place(lab, start, m.end(), m.end(), layout=layout, time=time)
        if handoff is not None:  # "…应该在哪里报名？这个问题请梁局长回答。": the host's words after the question
            at = QUESTION_END.match(simplified, handoff.start()).end()  # type: ignore[union-attr]
            out[at] = Label(at, at, at, "moderator", "", moderator_mark=True, layout=layout)
    return out


def _short_form_labels(unread: list[re.Match], found: dict[int, Label], known: frozenset[str]) -> dict[int, Label]:
    """"记：", "王：" after "记者（以下简称记）", "王刚（以下简称王）": the short forms the labels declared;
    undeclared, an interview's 记 and the surname of the one person the page introduces by it, on two
    lines at least. ``unread`` are the colon candidates no other rule reads."""
    declared = {lab.short_form for lab in found.values() if lab.short_form}
    used = Counter(m.group("label").strip() for m in unread)
    surnames = Counter(surname_of(n) for n in known)
    shorts = declared | {w for w, k in used.items() if k >= 2 and (w == REPORTER[0] or len(w) == 1 and surnames[w] == 1)}
    out = {}
    for m in unread if shorts else ():
        word = m.group("label").strip()
        if word in shorts:
            # an undeclared 记 is the anonymous reporter's question label; the rest the resolver maps
            lab = Label(0, 0, 0, "question", REPORTER) if word == REPORTER[0] and word not in declared \
                else Label(0, 0, 0, "short", word)
            inline = bool(m.group("rest").strip())
            out[m.start()] = _place(lab, m.start("label"), m.start("rest"), m.start("rest") if inline else m.end(),
                                    layout="inline labels" if inline else "label lines")
    return out


def _spaced_label(s: str, base: int, common: _Marks) -> Optional[Label]:
    """A label of two or three words in any order: "记者 李明 东湖日报", "东湖日报 李明" (a reporter);
    "王刚 市生态环境局局长" (a person, the name before the title)."""
    if not SPACE_RE.search(s):
        return None  # (most labels are one word)
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", s)]
    if not 2 <= len(words) <= 3:
        return None
    outlets = [(i, w.removesuffix(REPORTER)) for i, w in words if w != REPORTER and OUTLET_LABEL_RE.match(w.removesuffix(REPORTER))]
    outlet_at = {i for i, _w in outlets}  # (南湖网 starts with a surname: an outlet first)
    names = [(i, w) for i, w in words if i not in outlet_at and looks_like_name(w) and not TITLE_RE.search(w)]
    rest = [w for i, w in words if (i, w) not in names and w != REPORTER and i not in outlet_at]
    if len(names) == 1 and len(outlets) == 1 and not rest:
        (ni, name), (oi, outlet) = names[0], outlets[0]
        return Label(0, 0, 0, "reporter", s, name_span=(base + ni, base + ni + len(name)),
                     outlet_span=(base + oi, base + oi + len(outlet)), **common)
    if len(words) == 2 and names and names[0][0] == 0 and words[1][1].endswith(TITLE_WORDS) and not outlets:
        (ti, title) = words[1]
        return Label(0, 0, 0, "person", s, name_span=(base, base + len(words[0][1])),
                     title_span=(base + ti, base + ti + len(title)), **common)
    return None


def _reported_speech(label: str, rest: str) -> bool:
    """"王刚表示：“下一步…”": a news story quoting someone, not a speaker's label (a transcript does
    not put its turns in quotation marks after a verb of speech)."""
    return rest.lstrip(" \t\u3000").startswith(OPENING_QUOTES) and label.rstrip(" \t\u3000").endswith(SPEECH_SUFFIXES)


def clock(time: str, half: Optional[str] = None) -> str:
    """HH:MM, as the export's contract writes a turn's time: 10：05, 10时5分, 10点5分 as 10:05; 9:02 as 09:02;
    下午3时38分 (``half`` 下午) as 15:38."""
    time = time.replace("：", ":")
    if "时" not in time and "点" not in time:
        hours, minutes = time.split(":")[:2]
    else:
        hours, minutes = time.rstrip("分").replace("点", "时").split("时")
    h = int(hours)
    if half in ("下午", "晚上", "傍晚") and h < 12 or half == "中午" and h < 6:
        h += 12
    return f"{h:02d}:{int(minutes):02d}"


# Who a bare 问/答 label's words belong to, written as a label of its own right after it
# ("答：石国栋（县农业农村局局长）：谢谢…"): up to the next colon, no sentence punctuation.
AFTER_MARK_RE = re.compile(r"[ \t\u3000]*(?P<label>[^\n:：∶。！？!?，,；;“”\"]{1,30}?)[ \t\u3000]*[:：∶][ \t\u3000]*(?=\S)")


# ...or an asker under a quoted screen name, maybe following up: "问：网友“晴空万里”追问：…"
ASKER_AFTER_MARK_RE = re.compile(r"[ \t\u3000]*(?P<label>(?:网友|网民|听众|市民)[ \t\u3000]*[“\"][^”\"\n]{1,16}[”\"])(?:追问|再问|提问)?"
                                 r"[ \t\u3000]*[:：∶][ \t\u3000]*(?=\S)")
# ...or in brackets, with no colon: "答：（县应急管理局局长 熊国良）下一步…"
AFTER_MARK_PAREN_RE = re.compile(r"[ \t\u3000]*[(（](?P<label>[^()（）\n:：]{2,30})[)）][ \t\u3000]*(?=\S)")
# ...or alone on the rest of the mark's line, the words on the next: "问：新华社记者⏎这次寒潮…？", "A：何振宇⏎主要原因…"
AFTER_MARK_LINE_RE = re.compile(r"[ \t\u3000]*(?P<label>[^\n:：∶。！？!?，,；;“”\"]{2,30}?)[ \t\u3000]*\n(?=[ \t\u3000]*\S)")


def _named_after_marks(simplified: str, found: dict[int, Label], known: frozenset[str]) -> dict[int, Label]:
    """The person's label after a bare 问/答 label, where the run-in rules miss it (a title in
    brackets after the name, or the person in brackets); ``_joined`` then makes the two one label."""
    out = {}
    for lab in list(found.values()):
        if lab.kind not in ("question", "answer"):
            continue
        asker = ASKER_AFTER_MARK_RE.match(simplified, lab.content_start) if lab.kind == "question" else None
        if asker is not None and (inner := classify(asker.group("label"), asker.start("label"), inline=True, known=known)) \
                is not None and inner.kind == "question":
            # "问：网友“蓝天白云”：…", "问：网友“晴空万里”追问：…": the asker under a screen name (a run-in 追问 inside is none)
            for k in [k for k in found if lab.content_start <= k < asker.end()]:
                del found[k]
            out[asker.start()] = _place(inner, asker.start(), asker.end(), asker.end(), layout=lab.layout)
            continue
        # both forms are tried: the person in brackets may open words that have a colon of their own
        # ("答1：（熊立军）今年的政策有三点变化：一是…")
        for pattern in (AFTER_MARK_RE, AFTER_MARK_PAREN_RE, AFTER_MARK_LINE_RE):
            m = pattern.match(simplified, lab.content_start)
            if m is None or any(lab.content_start <= k < m.end() for k in found):
                continue
            inner = classify(m.group("label"), m.start("label"), inline=True, known=known)
            if inner is not None and inner.kind in ("person", "title_only", "reporter"):
                out[m.start()] = _place(inner, m.start(), m.end(), m.end(), layout=lab.layout)
                break
    return out


# A paragraph that opens with an official's post and name and a verb of saying: "環保局長 陳宏益表示，…"
REPORTED_PARAGRAPH_RE = re.compile(rf"(?m)^[ \t\u3000]*(?P<who>[^\n，,。：:；;！？!?“”\"]{{3,30}}?)"
                                   rf"(?:{'|'.join(map(re.escape, SPEECH_SUFFIXES))})[，,]")
MIN_COLON_LABELS = 2  # labels a page holds before its reported paragraphs are turns (a news story has none)


def _between_labels(simplified: str, found: dict[int, Label], regex: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` after the first label that hold none, on a page of labelled turns (a news
    story, with fewer labels, has no paragraphs between them)."""
    if len(found) < MIN_COLON_LABELS:
        return
    taken = sorted(found)
    for m in regex.finditer(simplified, taken[0]):  # (words before the dialogue: its lead's)
        if not _any_within(taken, m.start(), m.end()):
            yield m


def _reported_paragraphs(simplified: str, found: dict[int, Label], known: frozenset[str]) -> dict[int, Label]:
    """In a labelled transcript, a paragraph that opens by reporting an official's words ("交通局長葉昭甫說明，目前…")
    is that official's turn: the page writes it as a story between the labelled turns. The words stay the turn's."""
    out = {}
    for m in _between_labels(simplified, found, REPORTED_PARAGRAPH_RE):
        lab = classify(m.group("who"), m.start("who"), inline=True, known=known)
        if lab is not None and lab.kind == "person" and lab.name_span is not None and lab.title_span is not None:
            at = m.start("who")
            out[at] = _place(lab, at, at, at, layout="reported speech")
    return out


# A paragraph whose asker says who they are before asking ("谢谢主持人，我是香港商报记者。请问方副主席，…？")
SELF_INTRODUCED_RE = re.compile(r"(?m)^[ \t\u3000]*(?:(?:谢谢|感谢)(?:主持人|主持|发布人|发言人)?[，,。！!、 \t\u3000]*)?"
                                r"我是(?P<who>[^，,。！!？?：:\n]{2,24}?记者)(?:[\u4e00-\u9fff]{2,3})?[，,。！!]")


def _self_introduced_askers(simplified: str, found: dict[int, Label], known: frozenset[str]) -> dict[int, Label]:
    """In a labelled transcript, a paragraph with no label whose asker names their outlet before a question
    is that reporter's turn: the page lost the label, not the question. The words stay the turn's."""
    out = {}
    taken = sorted(found)
    lines = _LineStarts(simplified)
    for m in _between_labels(simplified, found, SELF_INTRODUCED_RE):
        at = lines.content_start(m.start())
        if not QUESTION_MARK.search(simplified, m.end(), lines.end(m.end())):
            continue
        i = bisect.bisect_left(taken, at) - 1
        if i >= 0 and not simplified[found[taken[i]].content_start:at].strip():
            continue  # "新华社记者：⏎谢谢主持人，我是新华社记者。…": the words of the label above
        lab = classify(m.group("who"), m.start("who"), inline=True, known=known)
        if lab is not None and lab.kind == "reporter":
            out[at] = _place(lab, at, at, at, layout="self-introduced askers")
    return out


# "答：（赵晓东）…": the answer mark with its official in brackets; then "（刘友宾）我补充一下…" opens a line of another
ANSWER_NAMED_IN_BRACKETS = re.compile(r"答[ \t\u3000]*[:：∶][ \t\u3000]*[(（][^()（）\n:：。！？!?，,]{2,12}[)）]")
BRACKET_NAME_LINE_RE = re.compile(r"(?m)^[ \t\u3000]*[(（](?P<label>[^()（）\n:：。！？!?，,]{2,12})[)）][ \t\u3000]*(?=\S)")


def _named_in_brackets_after_answers(simplified: str, found: dict[int, Label], known: frozenset[str]) -> dict[int, Label]:
    """On a page whose answers name their official in brackets after the mark, a line that opens with another
    official in brackets ("（刘友宾）我补充一下…") is that official's answer."""
    from dataclasses import replace

    if ANSWER_NAMED_IN_BRACKETS.search(simplified) is None:
        return {}
    out = {}
    taken = sorted(found)  # (once: a page of many bracketed lines is not sorted per line)
    for m in BRACKET_NAME_LINE_RE.finditer(simplified):
        if m.start() in found or _any_within(taken, m.start(), m.end()):
            continue
        inner = classify(m.group("label"), m.start("label"), inline=True, known=known)
        if inner is not None and inner.kind == "person" and inner.name_span is not None:
            out[m.start()] = _place(replace(inner, answer_mark=True), m.start(), m.end(), m.end(), layout="run-in labels")
    return out


# "…？（李志刚）答：…", "（新华社记者）问：…": the person in brackets before a bare mark, run in or on its own line
NAMED_BEFORE_MARK_RE = re.compile(r"(?m)(?:(?<=[。！？!?…”])|^)[ \t\u3000]*[(（](?P<label>[^()（）\n:：。！？!?，,]{2,24})[)）]"
                                  r"[ \t\u3000]*(?P<mark>答|问)[ \t\u3000]*[:：∶]")


def _named_before_marks(simplified: str, found: dict[int, Label], known: frozenset[str]) -> dict[int, Label]:
    """The label of a person named in brackets before a bare 答 or 问, which no other rule reads whole."""
    from dataclasses import replace

    out = {}
    for m in NAMED_BEFORE_MARK_RE.finditer(simplified):
        if any(m.start() <= k < m.end() for k in found):
            continue
        inner = classify(m.group("label"), m.start("label"), inline=True, known=known)
        if inner is None or inner.kind not in (("person", "title_only") if m.group("mark") == "答" else ("reporter",)):
            continue
        inner = replace(inner, answer_mark=True) if m.group("mark") == "答" else inner
        out[m.start()] = _place(inner, m.start(), m.end(), m.end(), layout="run-in labels")
    return out


BODY_LAST = ORGANISATION_ENDINGS | {"院", "会"}  # the last character of a body before a name


def _known_name_inside(compact: str, known: frozenset[str]) -> Optional[tuple[int, int]]:
    """(start, end) of the one name the page introduces that stands between a body and a post in a
    label ("交通部吴振宇政务次长"), if there is exactly one."""
    hits = [(i, i + len(n)) for n in known if len(n) >= 2 and (i := compact.find(n)) > 0
            and compact[i - 1] in BODY_LAST and TITLE_RE.fullmatch(compact[i + len(n):])]
    return hits[0] if len(hits) == 1 else None


def _joined(simplified: str, labels: list[Label]) -> list[Label]:
    """A bare 问/答 label with nothing after it but the next label ("问题1：经济日报记者：…",
    "答：王刚：…") is one label: the next one says who, the first only that it is a question or
    an answer."""
    from dataclasses import replace

    out: list[Label] = []
    for lab in labels:
        prev = out[-1] if out else None
        named_asker = lab.kind == "question" and lab.name_span is not None and prev is not None and prev.kind == "question"
        if prev is not None and prev.kind in ("question", "answer") and (lab.kind not in ("question", "answer") or named_asker) \
                and prev.content_start <= lab.start and not simplified[prev.content_start:lab.start].strip():
            out[-1] = replace(lab, start=prev.start, layout=prev.layout,
                              answer_mark=lab.answer_mark or prev.kind == "answer")
        else:
            out.append(lab)
    return out


def _live_label(simplified: str, m: re.Match, label_end: int, known: frozenset[str]) -> Optional[Label]:
    """The label after a time stamp read up to the colon on its line, when that is longer than the
    stamp's own label (ending at ``label_end``) and names a person (host word, title and name
    written with spaces between)."""
    rest = LABEL_REST_RE.match(simplified, m.start("label"))
    if rest is None or rest.end("label") <= label_end:
        # ...or up to the line's end, the words below: "09:30 主持人 东江市人民政府新闻办公室副主任 蒋文涛"
        rest = LINE_REST_RE.match(simplified, m.start("label"))
        if rest is None or rest.end("label") <= label_end:
            return None
    lab = classify(rest.group("label"), m.start("label"), inline=True, known=known)
    if lab is None or not (lab.kind == "person" or lab.kind == "reporter" and lab.name_span):
        return None
    return _place(lab, m.start("label"), rest.end("label"), rest.end())


LINE_REST_RE = re.compile(r"(?P<label>[^\n:：∶。！？!?，,；;“”]{2,40}?)[ \t\u3000]*\n[ \t\u3000]*(?=\S)")


class _LineStarts:
    """Where the line of a position starts and ends, and its first character that is not white
    space, found by bisection: a paragraph of ten thousand bracket labels is not rescanned per label."""

    def __init__(self, s: str) -> None:
        self.s = s
        self.starts: list[int] | None = None  # computed on first use: most pages have no brackets
        self.content: dict[int, int] = {}

    def _starts(self) -> list[int]:
        if self.starts is None:
            self.starts = [0] + [m.end() for m in NEWLINE_RE.finditer(self.s)]
        return self.starts

    def start(self, pos: int) -> int:
        starts = self._starts()
        return starts[bisect.bisect_right(starts, pos) - 1]

    def end(self, pos: int) -> int:
        """Where the line of ``pos`` ends (its line break, or the end of the text)."""
        starts = self._starts()
        k = bisect.bisect_right(starts, pos)
        return starts[k] - 1 if k < len(starts) else len(self.s)

    def has_content(self, a: int, b: int) -> bool:
        return NON_SPACE_RE.search(self.s, a, b) is not None

    def content_start(self, line_start: int) -> int:
        found = self.content.get(line_start)
        if found is None:
            m = NON_SPACE_RE.search(self.s, line_start)
            found = self.content[line_start] = m.start() if m else len(self.s)
        return found


def _bracket_labels(s: str, known: frozenset[str], found: dict[int, Label]) -> dict[int, Label]:
    """【主持人】/[路透社记者] labels at a line start (or after a live-text stamp), or run into a paragraph.

    One run into a paragraph must be sure (a role, a title, an introduced name, a name the page
    brackets twice), or stand among at least three sure ones: the page's layout vouches for a name
    or a title (【赵局长】：我补充一点…).
    """
    cands: list[tuple[Label, bool]] = []
    lines = _LineStarts(s)
    for m in BRACKET_RE.finditer(s):
        if m.start() in found:
            continue
        rest_start = m.end()
        line_end = lines.end(rest_start)
        has_rest = lines.has_content(rest_start, line_end)
        lab = classify(m.group("label"), m.start("label"), inline=has_rest, known=known)
        if lab is None:
            continue
        line_start = lines.start(m.start())
        at_line_start = lines.content_start(line_start) >= m.start() or \
            STAMP_BEFORE_RE.search(s, max(line_start, m.start() - 16), m.start()) is not None
        rm = LABEL_REST_RE.match(s, rest_start, line_end)
        own = _own_label_after(lab, m, rm, known) if rm else None
        if rm and own is not None:
            content = rm.end() if lines.has_content(rm.end(), line_end) else line_end
            cands.append((_place(own, m.start(), rm.end(), content, layout="bracket labels"), at_line_start))
            continue
        named = _name_line_after(s, lab, m, line_end, known) if has_rest and rm is None else None
        if named is not None:  # "【嘉宾】王刚" alone on its line, his words on the lines below
            cands.append((_place(named, m.start(), line_end, lines.content_start(min(line_end + 1, len(s))),
                                 layout="bracket labels"), at_line_start))
            continue
        stamp = STAMP_AFTER_LABEL_RE.match(s, rest_start, line_end) if has_rest else None
        if stamp is not None:
            content = stamp.end() if lines.has_content(stamp.end(), line_end) else line_end
            cands.append((_place(lab, m.start(), stamp.end(), content, layout="bracket labels",
                                 time=clock(stamp.group("time"))), at_line_start))
            continue
        content = rest_start if has_rest else line_end
        cands.append((_place(lab, m.start(), rest_start, content, layout="bracket labels"), at_line_start))
    bracketed = Counter(lab.text for lab, _ in cands)
    sure = [at_line or _sure_run_in(lab, s, known) or bracketed[lab.text] >= 2 for lab, at_line in cands]
    layout = sum(sure) >= 3
    return {lab.start: lab for (lab, _), ok in zip(cands, sure)
            if ok or (layout and (lab.kind == "person" and lab.name_span is not None or lab.kind == "title_only"))}


# A reporter in round brackets at a line's start, a colon or not, the question on the line or below it
# ("（大众日报记者）⏎请问…？", "（中国环境报记者）请问…？"); other words in such brackets are stage directions.
PAREN_LABEL_RE = re.compile(r"(?m)^[ \t\u3000]*[(（](?P<label>[^()（）\n]{2,30})[)）][ \t\u3000]*(?:[:：∶][ \t\u3000]*)?")


def _paren_reporter_labels(s: str, known: frozenset[str], found: dict[int, Label]) -> dict[int, Label]:
    """Reporters' labels in round brackets, taken only over a question: a byline or a stage direction
    in brackets asks nothing."""
    out: dict[int, Label] = {}
    taken = sorted(found)
    for m in PAREN_LABEL_RE.finditer(s):
        if REPORTER not in m.group("label") or _any_within(taken, m.start(), m.end()):
            continue
        content, words_end = _words_after(s, m.end())  # on the label's line, or the line below it
        inline = s.find("\n", m.end(), content) < 0
        if inline:
            content = m.end()
        if not QUESTION_MARK.search(s, content, words_end):
            continue
        lab = classify(m.group("label"), m.start("label"), inline=inline, known=known)
        if lab is not None and lab.kind == "reporter":
            out[m.start()] = _place(lab, m.start(), m.end(), content, layout="bracket labels")
    return out


NAME_LINE_MAX = 20


def _name_line_after(s: str, lab: Label, m: re.Match, line_end: int, known: frozenset[str]) -> Optional[Label]:
    """The person a role in brackets names on the rest of its line, with no colon ("【嘉宾】王刚",
    "【主持人】市政府新闻办副主任 赵磊"), when words follow on the next line: that person, with the role's mark."""
    from dataclasses import replace

    rest = s[m.end():line_end]
    at = m.end() + len(rest) - len(rest.lstrip())
    rest = rest.strip()
    if rest[:1] in "(（" and rest[-1:] in ")）":  # "【主持人】（县政府办公室副主任 孙婷）", "【陈立群】（…公司总经理）"
        at, rest = at + 1, rest[1:-1]
        at, rest = at + len(rest) - len(rest.lstrip()), rest.strip()
    if lab.kind not in ("moderator", "answer", "person", "title_only") or len(rest) > NAME_LINE_MAX \
            or SENTENCE_PUNCT.search(rest) or NON_SPACE_RE.search(s, line_end + 1) is None:
        return None
    own = classify(rest, at, inline=False, known=known)
    if own is None or own.kind not in ("person", "title_only"):
        return None
    if (named := _name_then_post(lab, own, m.group("label") + " " + rest)) is not None:
        return named
    full = classify(m.group("label") + " " + rest, -1, inline=False, known=known)
    if full is None:
        return None
    return replace(own, text=full.text, moderator_mark=full.moderator_mark or lab.moderator_mark,
                   answer_mark=full.answer_mark or lab.kind == "answer")


def _name_then_post(lab: Label, own: Label, text: str) -> Optional[Label]:
    """A name in brackets, then its post ("【张建国】省应急管理厅厅长：", "【陈立群】（…公司总经理）"): that person."""
    from dataclasses import replace

    if lab.kind == "person" and lab.name_span is not None and lab.title_span is None and own.kind == "title_only":
        return replace(own, kind="person", text=text, name_span=lab.name_span)
    return None


def _own_label_after(lab: Label, m: re.Match, rm: re.Match, known: frozenset[str]) -> Optional[Label]:
    """The label a bracket label's line goes on with, when it says who speaks: "【主持人】省生态环境厅处长
    刘明:" (the person, with the host's mark), "【提问】东湖晚报记者：…", "【记者】岚州日报：…" (the reporter
    who asks); else None."""
    from dataclasses import replace

    rest = rm.group("label").strip(" \t\u3000")
    if lab.kind in ("question", "reporter") and rest[:1] in "(（" and rest[-1:] in ")）" and not NOT_OUTLET_NOTE.search(rest[1:-1]):
        # "【記者】（聯合報）：": the reporter, the outlet in round brackets after the bracketed word
        a = rm.start("label") + rm.group("label").index(rest) + 1
        outlet = rest[1:-1].removesuffix(REPORTER)
        return Label(rm.start(), rm.start(), rm.start(), "reporter", m.group("label") + rest,
                     outlet_span=(a, a + len(outlet))) if 2 <= len(outlet) <= 16 else None
    own = classify(rm.group("label"), rm.start(), inline=True, known=known)
    if own is None:
        return None
    if (named := _name_then_post(lab, own, m.group("label") + " " + rm.group("label"))) is not None:
        return named
    if lab.kind == "question" and own.kind == "person" and own.name_span is not None and own.title_span is None:
        # "【听众】张女士：", "【网友】老街坊：": the asker the bracket names, by name or by how they are called
        return replace(own, kind="question", text=lab.text)
    if lab.kind in ("moderator", "person", "title_only") and own.kind in ("person", "title_only"):
        full = classify(m.group("label") + " " + rm.group("label"), -1, inline=True, known=known)
        return replace(own, text=full.text, moderator_mark=full.moderator_mark or lab.moderator_mark) if full else None
    return own if lab.kind in ("question", "reporter") and own.kind == "reporter" else None


HEADLINE_DASH = re.compile("[—–－]|--")  # "守护碧水蓝天——专访市生态环境局局长王建国": a headline, no label
# the line under a name that holds only the speaker's post, the words below it
POST_LINE_RE = re.compile(r"[ \t\u3000]*(?P<post>[^\s:：∶。！？!?，,；;“”\"]{2,30})[ \t\u3000]*\n(?=\s*\S)")
MIN_SPEECH_HEADS = 3  # titled speakers alone on their lines that make a run of speeches a dialogue
MIN_SPEECH_CHARS = 40  # ...each with a paragraph of words under the line


def _own_line_labels(s: str, known: frozenset[str], found: dict[int, Label]) -> list[Label]:
    """Speakers written alone on a line without a colon ("新华社记者", "高峰"), the words below them.

    Taken only when the page shows the dialogue this layout carries: a reporter's line followed by a
    question, and an official's line; so a headline or a byline alone is never a label.
    """
    from dataclasses import replace

    cands: list[Label] = []
    unsure: list[Label] = []
    taken = sorted(found)
    for m in OWN_LINE_RE.finditer(s):
        if _any_within(taken, m.start(), m.end()):
            continue
        lab = classify(m.group("label"), m.start("label"), inline=False, known=known)
        if lab is None or lab.kind not in ("reporter", "person", "moderator", "question", "answer"):
            continue
        if lab.kind == "reporter" and (REPORTER not in lab.text or reporter_byline(lab.text) and not _asks_below(s, m.end())):
            continue  # an outlet alone on a line is the site's name; "本报记者 刘洋" a byline (unless a question is below it)
        content = m.end() + len(s[m.end():]) - len(s[m.end():].lstrip())
        end = m.end("time") if m.group("time") else m.end("label")
        post = POST_LINE_RE.match(s, m.end()) if lab.kind == "person" and lab.name_span and lab.title_span is None else None
        if post is not None and (below := classify(post.group("post"), post.start("post"), inline=False, known=known)) \
                is not None and below.kind == "title_only":
            # "杨国勇⏎人民银行浙江省分行行长⏎　　4月末…": the name on one line, the post on the next
            lab = replace(lab, title_span=below.title_span)
            end, content = post.end("post"), post.end() + len(s[post.end():]) - len(s[post.end():].lstrip())
        placed = _place(lab, m.start("label"), end, content, layout="own-line labels",
                        time=clock(m.group("time")) if m.group("time") else None)
        (unsure if lab.kind == "person" and not _sure_run_in(lab, s, known) else cands).append(placed)
    # a bare name is a label where another label has named that person ("主持人 林嘉怡（…）" first, "林嘉怡" later)
    named = {s[a:b] for lab in [*found.values(), *cands] if (span := lab.name_span) for a, b in [span]}
    cands = sorted(cands + [u for u in unsure if u.name_span and s[u.name_span[0]:u.name_span[1]] in named],
                   key=lambda c: c.start)
    ends = [c.start for c in cands[1:]] + [len(s)]
    asking: list[Label] = []
    if any(lab.kind == "person" for lab in found.values()):
        # the officials' labels have colons, a reporter's line none ("陕西日报记者⏎请问魏厅长，…？"): a reporter's
        # line over a question is a label
        starts = sorted({*found, *(c.start for c in cands)}) + [len(s)]
        asking = [c for c in cands if c.kind == "reporter" and not reporter_byline(c.text)
                  and QUESTION_MARK.search(s, c.content_start, starts[bisect.bisect_right(starts, c.start)])]
    return _with(_own_line_speakers(s, known, found, cands, unsure, ends), asking)


def _with(labels: list[Label], more: list[Label]) -> list[Label]:
    """Labels and more of them, once each, in text order."""
    return sorted({lab.start: lab for lab in [*labels, *more]}.values(), key=lambda lab: lab.start)


def _own_line_speakers(s: str, known: frozenset[str], found: dict[int, Label], cands: list[Label], unsure: list[Label],
                       ends: list[int]) -> list[Label]:
    """The own-line labels the page's layout vouches for (see ``_own_line_labels``)."""
    asks = any(c.kind in ("reporter", "question") and QUESTION_MARK.search(s, c.content_start, e)
               for c, e in zip(cands, ends))
    if asks and (any(c.kind == "person" for c in cands) or any(c.kind == "moderator" for c in cands)
                 and any(u.name_span for u in unsure)):
        # the layout is the page's: a bare name on its own line is a speaker too ("谭雪梅⏎房地产市场调整…"), also
        # where the host's and the askers' lines are the only sure ones ("主持人⏎…", "网友“小城故事”⏎…？", "张立新⏎…")
        starts = {c.start for c in cands}  # (a set: a page of ten thousand labels is not compared label by label)
        return _role_over_name(s, sorted(cands + [u for u in unsure if u.name_span and u.start not in starts],
                                         key=lambda c: c.start))
    by_colon = {s[a:b] for lab in found.values() if (span := lab.name_span) for a, b in [span]}
    first_stop = FULL_STOP_RE.search(s)
    # (a bare name, or a title and a name after the page's first sentence: a headline ending in one is no label)
    alone = [c for c in cands if c.kind == "person" and c.name_span and s[c.name_span[0]:c.name_span[1]] in by_colon
             and (c.title_span is None or first_stop is not None and first_stop.end() <= c.start)]
    if any(lab.kind in ("question", "reporter") for lab in found.values()):
        # the page's dialogue is in colon labels, and its statement under the speaker's name alone
        # ("▍汤建国" over the statement, "▍汤建国：" over an answer later), or the host's and officials' words
        # under a role word and a name ("主持人 施雅琴", "发布人 林海波")
        label_starts = sorted({*found, *(c.start for c in cands), *(u.start for u in unsure)})
        marked = [c for c in _role_over_name(s, sorted([*cands, *unsure], key=lambda c: c.start))
                  if (c.moderator_mark or c.answer_mark) and c not in alone and _says_something(s, c, label_starts)]
        # ...or an official's name with the post ("林峰（市交通运输局局长）", "市交通运输局局长 林峰") over the words
        titled = [c for c in [*cands, *unsure] if c.kind == "person" and c.name_span and c.title_span
                  and TITLE_RE.search(s, *c.title_span) and not HEADLINE_DASH.search(s, c.start, c.content_start)
                  and (looks_like_name(compact_name := s[c.name_span[0]:c.name_span[1]].replace(" ", "")) or compact_name in known)
                  and c not in alone and not any(m.start <= c.start < m.content_start for m in marked)
                  and _says_something(s, c, label_starts)]
        if alone or marked or titled:
            return sorted(alone + marked + titled, key=lambda c: c.start)
    # ...or speeches one after another, each under its speaker's title and name (a forum's 发言摘要);
    # a roster of such lines with nothing under each is no speech
    speeches = [c for c, e in zip(cands, ends) if c.kind == "person" and c.title_span and c.name_span
                and len(s[c.content_start:e].strip()) >= MIN_SPEECH_CHARS]
    return speeches if len(speeches) >= MIN_SPEECH_HEADS else []


def _separated_labels(s: str, known: frozenset[str], found: dict[int, Label], separator: re.Pattern[str],
                      layout: str) -> list[Label]:
    """Speakers followed by a dash (``DASH_RE``: "主持人——今年…", "韩冰——目前…") or a wide space
    (``WIDE_SPACE_RE``: "周海洋　今年…") instead of a colon.

    A dash also opens an aside in prose ("韩冰——这位年轻的局长——…"), and a space may part any words, so
    they are taken only as a dialogue: a question after a host's or reporter's label, and a person whose
    name is introduced, titled or so labelled on two lines at least.
    """
    taken = sorted(found)
    cands = []
    for m in separator.finditer(s):
        if _any_within(taken, m.start(), m.end()):
            continue
        lab = classify(m.group("label"), m.start("label"), inline=True, known=known)
        if lab is not None and lab.kind in ("reporter", "person", "moderator", "question", "answer"):
            cands.append(_place(lab, m.start("label"), m.end("label"), m.end(), layout=layout))
    times = Counter(c.text for c in cands)
    cands = [c for c in cands if c.kind != "person" or _sure_run_in(c, s, known) or times[c.text] >= 2]
    ends = [c.start for c in cands[1:]] + [len(s)]
    # (a rough page drops the question mark: a reporter's words that ask, "上半年投资为什么下降", ask too)
    asks = any(c.kind in ("reporter", "question", "moderator") and QUESTION_MARK.search(s, c.content_start, e)
               or c.kind in ("reporter", "question") and INTERROGATIVE.search(s, c.content_start, e)
               for c, e in zip(cands, ends))
    return cands if asks and any(c.kind in ("person", "answer") for c in cands) else []


INTERROGATIVE = re.compile(r"为什么|怎么样|怎么|如何|怎样|多少|是否|哪些|什么|何时|能否|有没有|[吗呢](?=[。\s]|$)")


FULL_STOP_RE = re.compile("[。！？!?]")


def _role_over_name(s: str, labels: list[Label]) -> list[Label]:
    """A role word alone on its line over the speaker's title and name ("主持人⏎市委宣传部副部长 施雅琴⏎…")
    is one label: the role joins the name's."""
    from dataclasses import replace

    out: list[Label] = []
    for lab in labels:
        prev = out[-1] if out else None
        if prev is not None and prev.name_span is None and prev.kind in ("moderator", "answer") and lab.name_span \
                and not (lab.moderator_mark or lab.answer_mark) and NON_SPACE_RE.search(s, prev.content_start, lab.start) is None:
            out[-1] = replace(lab, start=prev.start, moderator_mark=prev.kind == "moderator", answer_mark=prev.kind == "answer")
        else:
            out.append(lab)
    return out


def _says_something(s: str, lab: Label, starts: list[int]) -> bool:
    """Whether words stand between a label and the next label (a roster line has none under it)."""
    i = bisect.bisect_left(starts, lab.content_start)
    end = starts[i] if i < len(starts) else len(s)
    return NON_SPACE_RE.search(s, lab.content_start, end) is not None


def _words_after(s: str, end: int) -> tuple[int, int]:
    """The first words after ``end`` (skipping white space and blank lines), up to their line's end."""
    first = NON_SPACE_RE.search(s, end)
    start = first.start() if first else len(s)
    stop = s.find("\n", start)
    return start, len(s) if stop < 0 else stop


def _asks_below(s: str, end: int) -> bool:
    """Whether the line below a label ends in a question ("新民晚报记者 俞文杰" over "请问…原因是什么？")."""
    start, stop = _words_after(s, end)
    return s[start:stop].rstrip().endswith(("？", "?"))


def _any_within(sorted_offsets: list[int], lo: int, hi: int) -> bool:
    """Whether an offset lies in [lo, hi] (a bisection, not a scan of every label found)."""
    i = bisect.bisect_left(sorted_offsets, lo)
    return i < len(sorted_offsets) and sorted_offsets[i] <= hi


def _sure_run_in(lab: Label, simplified: str, known: frozenset[str]) -> bool:
    """A label inside a paragraph needs more than a colon: a role, a title, or a name the page introduces."""
    if lab.kind in RUNIN_KINDS or lab.moderator_mark:
        return True
    if lab.kind != "person" or not lab.name_span:
        return False
    return lab.title_span is not None or simplified[lab.name_span[0]:lab.name_span[1]] in known


def _with_time_lines(simplified: str, labels: list[Label]) -> list[Label]:
    """Give a label the time stamp written alone on the line above it; the stamp joins the label. A page's one
    dated stamp is when it was published ("2024-03-14 15:30　来源：外交部网站", its source cut): no turn's time."""
    from dataclasses import replace

    stamps = {m.end(): m for m in TIME_LINE_RE.finditer(simplified)}
    if not stamps:
        return labels
    published = len(stamps) == 1 and next(iter(stamps.values())).group("date") is not None
    out = []
    lines = _LineStarts(simplified)
    for lab in labels:
        line_start = lines.start(lab.start)
        m = stamps.get(line_start)
        if m is not None and lab.time is None and lines.content_start(line_start) >= lab.start:
            lab = replace(lab, date=m.group("date") or lab.date) if published else \
                replace(lab, start=m.start(), time=clock(m.group("time"), m.group("half")), date=m.group("date") or lab.date)
        out.append(lab)
    return out


def _place(lab: Label, start: int, end: int, content: int, **extra) -> Label:
    from dataclasses import replace

    return replace(lab, start=start, end=end, content_start=content, **extra)
