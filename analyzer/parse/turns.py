"""Turns from labels, each label resolved to a person; turn kinds and question–answer pairs."""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import replace
from typing import Optional, Sequence

from ..model import Conference, Document, Evidence, QAPair, Span, Turn
from .labels import NO_VOICE_KINDS, OUTLET_LABEL_RE, REPORTER, REPORTER_RE, SPEECH_SUFFIXES, STATEMENT_ROLE, Label, qa_number
from ..script import to_simplified
from .names import CUES, TITLE_RE, Mention, cjk_count, compact, tidy_title, titled_mentions
from .resolve import (ANSWER_HANDOFF, ASKS_AT_END, CALLER_GREETING, CLOSING, FLOOR_TO_REPORTERS, FOLLOW_UP_OPENING, HOST_INVITES, THANKS_ONLY, SPOKESPERSON, answers_to_the_one_asked, askers_and_chair, asked_official,
                      hosts_who_name_themselves, resolve_labels, settle_roles, the_interviewer)
from .header import host_body
from .prose import speech_spans
from .roster import (CHAIN_JOIN, DECLARED_ROLE, Declaration, MentionFinder, Person, Roster, declared_names, department_of, event_people,
                     freeze, hosts_from_lead, introductions, shared_title, trim)

ANSWER_BEFORE_CLOSING = re.compile(r"[\u4e00-\u9fff\d]{4}[^。！？!?\n]*[。！？!?]")  # a sentence of its own
ANSWER_OPENING = re.compile("|".join(re.escape(a) for a in CUES["answer_openings"]))
# The mark that ends an article or a programme: （完）, 【全文完】, （本期完）, —END—
END_MARK = r"[（(【\[〔－—-]*[ \t\u3000]*(?:完|全文完|本期完|本期节目完|END)[ \t\u3000]*[）)】\]〕－—-]*"
PAGE_TAIL_RE = re.compile(
    r"[ \t\u3000]*(?:" + END_MARK +
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\s*[（(]?星期[一二三四五六日天][）)]?)?"
    r"|[^\n\d]{0,6}时间\s*\d{1,2}(?:时|:)\d{1,2}分?|\d{1,2}:\d{2}"
    r"|[（(](?:请同时参阅|详见|另见|附)[^）)\n]{0,40}[）)]"
    r"|(?:本文|文章|信息)?(?:来源|稿源|出处)\s*[:：]\s*[^\n。！？!?]{1,60}"  # the article's source, named under it (and its date)
    r"|[（(](?:来源|稿源|出处|作者|记者)\s*[:：]?[^）)\n]{1,60}[）)]"  # …or in brackets: （来源：南州网 记者 陈一鸣 摄影 许晨）
    r"|(?:更新|发布|修改)(?:日期|时间)\s*[:：]\s*[\d\-/.年月日: ]{6,20}"  # the page's own date
    # the reporter's note that the event ended, and whom to call: 新闻发布会于下午6时30分结束。 查询电话：2833 2886
    r"|[^\n。，,]{0,12}(?:发布会|记者会|吹风会|见面会|会议|活动)于[^\n。，,]{1,20}(?:结束|闭幕)。?"
    r"|(?:查询|咨询|联系|新闻)?(?:电话|热线)\s*[:：]\s*[\d \t\-()（）]{5,24}"
    # who transcribed it: （本逐字稿由环境部整理，如有疏漏以录影内容为准）
    r"|[（(]本?(?:逐字稿|文字实录|实录|速记稿|文字稿)[^）)\n]{0,40}[）)]"
    r"|[（(]本?(?:直播|图文直播|文字直播)?内容由[^）)\n]{1,40}提供[）)]"  # （本直播内容由…新闻办公室提供）
    r"|[（(](?:本文|本稿)?(?:根据|据)?(?:现场)?(?:录音|速记|记录)整理[^）)\n]{0,30}[）)]"  # （根据现场录音整理，未经发言人审阅）
    # a note on how the transcript was made: （网友提问选编，实录有删节）, （本文据现场直播整理）
    r"|[（(][^）)\n]{0,20}?(?:有删节|有删减|选编|摘编|据现场[^）)\n]{0,6}?整理)[^）)\n]{0,20}[）)]"
    # who wrote and who shot it: （江湾区融媒体中心 文/刘畅 图/陈晓）
    r"|[（(][^）)\n]{0,16}?(?:文|图|摄影|摄|视频)[/／][\u4e00-\u9fff]{2,4}"
    r"(?:[ \t\u3000]+(?:文|图|摄影|摄|视频)[/／][\u4e00-\u9fff]{2,4})*[）)]"
    # a bulleted link to another story under the page: ▶ 第三场“部长通道”：稳外贸、促消费, ▶ 视频｜…说了啥？
    r"|[▶►▷][ \t\u3000]*[^\n。！!]{1,40}"
    # a portal's name and its share links under the page: 中国政府网, 微博、微信
    r"|[\u4e00-\u9fff]{2,8}(?:网|网站|门户网站|客户端)|(?:微博|微信|抖音|QQ空间)(?:[、 \t\u3000]+(?:微博|微信|抖音|QQ空间))*"
    # a wire's dateline as its credit: （人民政协网北京3月4日电）
    r"|[（(][^）)\n，,。]{2,12}?\d{1,2}月\d{1,2}日电[）)]"
    # the issuing office and its date under a printed transcript: 市政府新闻办公室 2024 年 3 月 28 日印发
    r"|[^\n]{0,30}?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发|发布|编印)"
    # who wrote it down: （本报记者 刘洋 整理）, (记者 张三 李四 摄)
    r"|[（(【\[][^）)】\]\n]{0,12}(?:记者|通讯员|编辑)[^）)】\]\n]{0,20}(?:整理|采写|报道|摄|撰稿|编辑)[）)】\]]"
    # or only who wrote it: （记者 周洁）, (本报记者 刘洋 通讯员 李明), （湖北日报全媒记者 孙悦 通讯员 鄂商宣）
    r"|[（(【\[](?:[ \t\u3000]*(?:本报|本台|本网|[\u4e00-\u9fff]{2,8}?)?(?:见习)?(?:记者|通讯员)[ \t\u3000:：]*"
    r"[\u4e00-\u9fff]{2,4}(?:[ \t\u3000、]+[\u4e00-\u9fff]{2,4}){0,3})+[ \t\u3000]*[）)】\]])[ \t\u3000]*"
)
_EVENT_PART = "|".join(map(re.escape, CUES["event_part_words"]))
# What ends a turn but is not its words: a time stamp in brackets or before a '|', a lone '|',
# an item number alone on the last line ("…谢谢。\n2").
TURN_TAIL_RE = re.compile(
    r"(?:[ \t\u3000]*(?:[\[【(（](?P<time>\d{1,2}:\d{2})(?::\d{2})?[\]】)）]"
    r"|(?P<bare>\d{1,2}:\d{2})(?=[ \t\u3000]*\|))[ \t\u3000]*\|?|[ \t\u3000]+\||\n[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]?"
    # the heading of the event's next part ("二、答问环节", "三、结束"), not the speaker's words
    rf"|\n[ \t\u3000]*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[.、．][^\n。！？!?，,]{{0,8}}?(?:{_EVENT_PART})[^\n。！？!?，,]{{0,4}})"
    r"[ \t\u3000]*$"
)
TURN_TAIL_REACH = 24
QUESTION_MARK = re.compile(r"[？?]")
# A turn that only gives the floor to the reporters ("下面欢迎各位记者提问。", "现在请大家提问。")
FLOOR_ONLY = re.compile(r"[ \t\u3000]*(?:好的?[，,]?)?(?:下面|现在|接下来)?[，,]?(?:欢迎|请)?(?:各位|大家)?(?:记者|媒体)?"
                        r"(?:朋友们?)?(?:开始)?(?:进行)?提问[。！!]?[ \t\u3000]*")
RELAY_CHARS = 60  # a host's words that put the caller's question to an official, no question of their own
STATED = re.compile(r"[。！!；;]")  # ...in one sentence: a host who first says something answers it
# An interview whose host is its only asker: a host's turn that asks ("…会不会反弹？", "有网友问，…") is a
# question; one that invites the guest to speak ("请您介绍一下…", "最后请您再和网友说几句话?") is none.
RELAY_CUE = re.compile("|".join(map(re.escape, CUES["relayed_question_cues"])))
HOST_ASKS = re.compile(ASKS_AT_END.pattern + "|" + RELAY_CUE.pattern)
ADDRESSED_TO_YOU = re.compile(r"[您你](?!们好|好)")
HOST_FOLLOW_UP = re.compile(r"我(?:再|也|想)?(?:追问|多问)一(?:下|句)|(?:替|帮)(?:网友|大家|观众|听众|市民)(?:追问|问)")
# The host adds to the officials' answers ("这个问题我也补充一句。", "我再补充两句：")
HOST_ADDS = re.compile(r"[ \t\u3000]*(?:关于)?(?:这个问题|这一点)?[,，]?我(?:也|再|来)*(?:简单)?补充(?:一句|一下|两句|几句|一点)")
# The host reads out the quoted question of someone not in the room, then passes it on: "我们还收到了
# 一位网友通过“赣政通”平台提交的书面提问：“…何时能更方便一些？”这个问题请何主任回答。"
RELAYED_QUOTE = re.compile(
    r"(?:收到|有)[^。！？!?]{0,30}?(?:" + "|".join(CUES["relay_askers"]) + r")[^。！？!?]{0,30}?"
    r"(?:提问|问题|留言|来信|提出)[^“「。！？!?]{0,6}[“「][^”」]{4,300}?[？?][”」]")
GREETING = re.compile("|".join(CUES["greetings"]))
# A paragraph, not a page line: sentence punctuation within its first 200 characters.
STATEMENT_RE = re.compile(r"(?m)^[ \t\u3000]*(?=[^\n]{0,200}[。！？!?])[^\s]")
EDITORS_NOTE = re.compile(r"[ \t\u3000]*[【\[]?(?:编者按|编者的话|编辑按|编前语|编后语|导语)[】\]]?[:：]?")

def transcript(doc: Document, labels: list[Label], title, date, place,
               declared: Sequence[Declaration] = (), vouched: frozenset[str] = frozenset()) -> Conference:
    """A dialogue: the roster from what the page says first, each label resolved, turns, kinds and pairs.
    ``vouched``: names of any surname the page's labels vouch for (``names.glossed_names``)."""
    s, t = doc.simplified, doc.text
    roster = Roster(doc)
    roster.label_starts = [lab.start for lab in labels]
    panel = _gather(doc, roster, labels, declared, vouched)
    people = resolve_labels(doc, labels, roster)
    settle_roles(doc, labels, people, roster, panel)
    askers_and_chair(doc, labels, people, panel)
    people = answers_to_the_one_asked(doc, labels, people, roster)
    people = the_interviewer(doc, labels, people, roster)
    # (the words a story before the dialogue reports are the one's it names, before any unlabelled statement)
    labels, people, speech_ends = _reported_in_lead(doc, labels, people, roster)
    told = len(speech_ends)
    rest = _lead_statement(doc, labels[told:], people[told:], roster, speech_ends[-1] if told else 0)
    labels, people = labels[:told] + rest[0], people[:told] + rest[1]
    labels, people = _host_opens_under_roster(doc, labels, people, roster, declared)
    labels, people = _without_empty_host_turns(s, labels, people)
    rendering = people
    labels, people = _questions_rendered(s, labels, people)
    for gone in {id(p): p for p in rendering if p.role == "other"}.values():
        if not any(p is gone for p in people):
            roster.forget(gone)  # an interpreter whose every rendering was the question ("同傳：")
    _titles_from_text(doc, roster)
    hosts_who_name_themselves(doc, labels, people)
    participants, ids = freeze(roster)
    # a roster line between two turns, or the end of a statement reported in the lead, ends the first
    # (and a section heading over answers: "二、交通运输部部长 高建新")
    heads = [a for a, _b, _m in roster.section_heads()] if any(lab.kind in ("answer", "title_only") for lab in labels) \
        else [a for a, _b, m in roster.section_heads() if not s[a:m.title_start].strip()]  # (bare ones: no list item)
    turn_stops = sorted([d.start for d in declared if not _spoken(s, d, labels)] + speech_ends + heads)
    appended = doc.cleaning.appendix_starts()
    turns: list[Turn] = []
    for i, (lab, p) in enumerate(zip(labels, people)):
        end = labels[i + 1].start if i + 1 < len(labels) else len(t)
        k = bisect.bisect_right(turn_stops, lab.content_start)
        if k < len(turn_stops) and turn_stops[k] < end:
            end = turn_stops[k]
        a, b = trim(t, lab.content_start, end)
        # (a page's lines may close any turn: page 2's header repeated before the next label)
        b = _without_page_tail(s, a, _before_appendix(s, a, b, appended) if i + 1 == len(labels) else b)
        b, stamp = _without_turn_tail(s, a, b)
        turns.append(Turn(index=i, participant=ids[id(p)], role=p.role, kind="other", start=a, end=b,
                          time=lab.time or stamp,
                          label=Span(lab.start, lab.end, lab.kind) if lab.end > lab.start else None))
    turns, labels = _closing_paragraph(s, _stamped_after(s, turns), labels)
    warnings: tuple[str, ...] = ()
    if _newest_first(turns):
        # a live page that puts its latest entry on top: read in the order the times give, kept in the page's
        turns, pairs = _in_order(doc, turns, roster, ids, labels, _oldest_first(turns))
        warnings = ("the page lists its entries newest first: kinds and pairs follow the times; turns keep the "
                    "page's order",)
    elif (numbered := _numbered_order(s, labels)) is not None:
        # all the questions, then all the answers ("问题1（…）：…" … "答复1（郝丽萍）：…"): paired by number
        turns, pairs = _in_order(doc, turns, roster, ids, labels, numbered)
        warnings = ("the page lists the questions first and the answers after: pairs follow their numbers",)
    else:
        turns, pairs = _kinds_and_pairs(doc, turns, roster, ids, labels)
    # the most used first; a tie goes to the one met first (a set's order changes with the hash seed)
    layouts = [name for name, _n in Counter(lab.layout for lab in labels).most_common()]
    layout = layouts[0] + (" (mixed with " + ", ".join(layouts[1:]) + ")" if len(layouts) > 1 else "")
    return Conference(document=doc, doc_type="transcript", layout=layout, title=title, place=place, date=date,
                      participants=participants, turns=tuple(turns), qa_pairs=tuple(pairs), warnings=warnings)


NEWEST_FIRST_MIN_TIMES = 4


def _newest_first(turns: list[Turn]) -> bool:
    """Whether the turns' times run backwards down the page (a live page that puts new entries on top):
    at least four times, and three steps back for each step forward."""
    times = [int(tr.time[:2]) * 60 + int(tr.time[3:5]) for tr in turns if tr.time and len(tr.time) == 5]
    if len(times) < NEWEST_FIRST_MIN_TIMES:
        return False
    back = sum(a > b for a, b in zip(times, times[1:]))
    forth = sum(a < b for a, b in zip(times, times[1:]))
    return times[0] > times[-1] and back >= 3 * max(forth, 1)


def _oldest_first(turns: list[Turn]) -> list[int]:
    """The page positions of a newest-first page's turns, oldest entry first. An entry is a stamped turn
    and the unstamped ones after it (a host who reads out a question, then 问：…)."""
    starts = [i for i, tr in enumerate(turns) if tr.time or i == 0] + [len(turns)]
    return [i for a, b in reversed(list(zip(starts, starts[1:]))) for i in range(a, b)]


def _numbered_order(s: str, labels: list[Label]) -> Optional[list[int]]:
    """Page positions in the order question k, its answers, question k+1…, for a page that numbers its
    questions and answers and prints every question before the first answer; None for any other page."""
    numbers = [qa_number(s, lab) for lab in labels]
    asked = [i for i, n in enumerate(numbers) if n and n[0] == "问"]
    answered = [i for i, n in enumerate(numbers) if n and n[0] == "答"]
    if len(asked) < 2 or not answered or max(asked) > min(answered):
        return None
    answers_of: dict[str, list[int]] = {}
    owner: Optional[str] = None
    for i in range(min(answered), len(labels)):  # an unnumbered turn goes with the numbered answer before it
        n = numbers[i]
        owner = n[1] if n and n[0] == "答" else owner
        if owner is not None:
            answers_of.setdefault(owner, []).append(i)
    if {numbers[i][1] for i in asked} != set(answers_of):  # type: ignore[index]
        return None
    head = list(range(min(asked)))
    between = [i for i in range(min(asked), min(answered)) if i not in asked]  # (words between the lists)
    return head + [k for i in asked for k in (i, *answers_of[numbers[i][1]])] + between  # type: ignore[index]


def _in_order(doc: Document, turns: list[Turn], roster: Roster, ids: dict[int, str], labels: list[Label],
              order: list[int]) -> tuple[list[Turn], list[QAPair]]:
    """Kinds and pairs of the turns read in ``order`` (page positions), mapped back to the page's order."""
    kinds, pairs = _kinds_and_pairs(doc, [turns[i] for i in order], roster, ids, [labels[i] for i in order])
    back = sorted((replace(tr, index=order[k]) for k, tr in enumerate(kinds)), key=lambda tr: tr.index)
    return back, [replace(q, question_turn=None if q.question_turn is None else order[q.question_turn],
                          answer_turns=tuple(sorted(order[a] for a in q.answer_turns))) for q in pairs]


def _without(labels: list[Label], people: list[Person], drop: list[bool]) -> tuple[list[Label], list[Person]]:
    """The labels and their people, less those marked in ``drop``."""
    if not any(drop):
        return labels, people
    return [lab for lab, d in zip(labels, drop) if not d], [p for p, d in zip(people, drop) if not d]


def _without_empty_host_turns(s: str, labels: list[Label], people: list[Person]) -> tuple[list[Label], list[Person]]:
    """The host's label with no words before an asker's ("韩晓松：\n第二个问题是晋阳广播电视台记者提问：…"):
    the host reads the question out, and it is the asker's turn; an empty turn of the host's says nothing. Nor does
    a lead that says who answers the questions below it ("国务院台办发言人朱晓红17日应询表示：⏎问：…")."""
    return _without(labels, people, [
        i + 1 < len(labels) and (people[i].role == "moderator" or lab.text.endswith(SPEECH_SUFFIXES))
        and labels[i + 1].kind in ("reporter", "question")
        and not s[lab.content_start:labels[i + 1].start].strip() for i, lab in enumerate(labels)])


# The host giving the gist of a question asked in another language: "这位记者的问题大意是，…"
PARAPHRASE_RE = re.compile(r"\s*(?:(?:这位|刚才这位|该)?(?:记者|外国记者|外媒记者)(?:朋友)?的问题(?:大意|主要)?是"
                           r"|[（(【\[](?:翻译|译文|口译|同传|译)[）)】\]])")  # (the host renders it: "（翻译）我的问题问…")


PLACEHOLDER_MAX_CJK = 12


def _placeholder(s: str, a: int, b: int) -> bool:
    """A question's text that only says it was asked ("（英文）", "（英语提问）"): no question mark, few words."""
    return not QUESTION_MARK.search(s, a, b) and cjk_count(s, a, b) <= PLACEHOLDER_MAX_CJK


# An official's words left out for the language they were said in: "（英文回答，略）", "（德语发言，以下为翻译）"
BRACKETED_PLACEHOLDER = re.compile(r"\s*[（(【\[][^()（）【】\[\]\n]{1,24}[)）】\]]\s*")


def _questions_rendered(s: str, labels: list[Label], people: list[Person]) -> tuple[list[Label], list[Person]]:
    """An interpreter's rendering of a question asked in another language ("路透社记者：（英文）" then
    "翻译：今年以来…？"), or the host's gist of it, is the question: its label is dropped and the asker's
    turn runs on to the answer. So is the rendering of an official's words printed only as a bracketed
    placeholder ("霍尔特：（英文回答，略）" then "翻译：…"): their answer. Where the words are printed, the
    interpreter's are no one's."""
    def rendered(i: int, lab: Label) -> bool:
        if i == 0 or not _placeholder(s, labels[i - 1].content_start, lab.start):
            return False
        if people[i - 1].role == "reporter":
            return lab.kind == "interpreter" or (people[i].role == "moderator"
                                                 and PARAPHRASE_RE.match(s, lab.content_start) is not None)
        return lab.kind == "interpreter" and people[i - 1].role in ("speaker", "moderator") \
            and BRACKETED_PLACEHOLDER.fullmatch(s, labels[i - 1].content_start, lab.start) is not None
    return _without(labels, people, [rendered(i, lab) for i, lab in enumerate(labels)])


def _lead_statement(doc: Document, labels: list[Label], people: list[Person], roster: Roster,
                    after: int = 0) -> tuple[list[Label], list[Person]]:
    """A briefing that opens with the spokesperson's unlabelled announcement before the first question
    ("原标题：…发言人陆慷主持例行记者会\n应…邀请，…将于…访问。\n问：…"): that paragraph is their statement
    (one after ``after``, where the story told before the dialogue ends)."""
    if not labels or labels[0].kind not in ("question", "reporter"):
        return labels, people
    answering = [people[i + 1] for i, p in enumerate(people[:-1]) if p.role == "reporter"]
    host = answering[0] if answering and all(p is answering[0] for p in answering) else None
    if host is None or not host.key:
        return labels, people
    s = doc.simplified
    named = [e for e in host.evidence if e.rule in ("lead: host", "lead: named for the event") and e.end <= labels[0].start]
    if not named:
        return labels, people
    line_end = s.find("\n", max(named[0].end, after), labels[0].start)
    para = STATEMENT_RE.search(s, line_end, labels[0].start) if line_end >= 0 else None
    while para is not None:
        line_end = s.find("\n", para.start(), labels[0].start)
        if host.key not in s[para.start():line_end if line_end >= 0 else labels[0].start] \
                and not EDITORS_NOTE.match(s, para.start()):
            break
        # a lead that names them ("本报记者专访了…局长王建国") tells of them, and an editor's note ("编者按：…")
        # is the paper's: neither is their announcement
        para = STATEMENT_RE.search(s, line_end, labels[0].start) if line_end >= 0 else None
    if para is None:
        return labels, people
    a, b = trim(doc.text, para.start(), labels[0].start)
    host.evidence.append(Evidence("unlabelled statement before the questions", a, b))
    opening = Label(para.start(), para.start(), para.start(), "statement", "", layout=labels[0].layout)
    return [opening] + labels, [host] + people


def _host_opens_under_roster(doc: Document, labels: list[Label], people: list[Person], roster: Roster,
                             declared: Sequence[Declaration]) -> tuple[list[Label], list[Person]]:
    """Words right under the roster block and before any label ("【主持人】…徐斌⏎【发布人】…⏎各位记者朋友：
    上午好！…") are the declared host's opening."""
    if not labels or not declared:
        return labels, people
    s = doc.simplified
    block_end = max((d.end for d in declared if d.end <= labels[0].start), default=-1)
    hosts = [p for p in roster.people if p.role == "moderator" and any(e.rule.startswith(ROSTER_LINE_RULE) for e in p.evidence)]
    if block_end < 0 or len(hosts) != 1 or people[0] is hosts[0]:
        return labels, people
    para = STATEMENT_RE.search(s, block_end, labels[0].start)
    if para is None or s[block_end:para.start()].strip():
        return labels, people
    a, b = trim(doc.text, para.start(), labels[0].start)
    hosts[0].evidence.append(Evidence("unlabelled words under the roster: the host's", a, b))
    opening = Label(para.start(), para.start(), para.start(), "statement", "", layout=labels[0].layout)
    return [opening] + labels, [hosts[0]] + people


def _reported_in_lead(doc: Document, labels: list[Label], people: list[Person],
                      roster: Roster) -> tuple[list[Label], list[Person], list[int]]:
    """A story told before its dialogue ("市生态环境局副局长刘芳表示，…" then "记者：…" and "刘芳：…"):
    a paragraph that reports the words of an official who speaks in the dialogue, or whom the lead names
    for the event ("区卫健委主任郭振华发布相关情况" then "郭振华介绍，…"), is their statement.
    Others quoted there (a premier in a news snippet above a briefing) are no participants of it.
    Returns the labels and people with those statements first, and where each ends (the story's
    other paragraphs are nobody's turn)."""
    if not labels or labels[0].kind == "statement":
        return labels, people, []
    officials = {p.key: p for p in [*roster.people, *people] if p.key and p.role == "speaker"}
    spans = [(officials[q.key], a, b) for q, a, b in speech_spans(doc, Roster(doc), 0, labels[0].start, reports=False)
             if q.key in officials]  # (read with a roster of its own: the others leave no trace)
    lead = []
    for person, a, b in spans:
        person.evidence.append(Evidence("reported speech before the dialogue", a, b))
        lead.append(Label(a, a, a, "statement", "", layout=labels[0].layout))
    return lead + labels, [p for p, _a, _b in spans] + people, [b for _p, _a, b in spans]


def _spoken(s: str, d: Declaration, labels: Sequence[Label]) -> bool:
    """A roster said after a sentence of a labelled turn, on its line ("主持人：…欢迎参加今天的发布会。出席今天发布会的
    有：…局长杨慧敏，…副局长段永刚。"): the speaker's words, which the roster does not cut off."""
    i = bisect.bisect_right([lab.content_start for lab in labels], d.start) - 1
    return i >= 0 and "\n" not in s[labels[i].content_start:d.start] and bool(s[labels[i].content_start:d.start].strip())


ROSTER_LINE_RULE = "roster line"  # the evidence of a person a roster line declares


def _gather(doc: Document, roster: Roster, labels: list[Label], declared: Sequence[Declaration],
            vouched: frozenset[str]) -> frozenset[int]:
    """The people the page introduces before they speak; returns the ids of those named for the event."""
    first = labels[0].start
    roster.declared.update(declared_names(doc.simplified, declared) | vouched)
    for d in declared:
        role = DECLARED_ROLE[d.word]
        for name, title_span in d.people:
            # (a host from a news site or a station: "主持人：温州新闻网 许诺" names the outlet, no title)
            outlet = title_span is not None and OUTLET_LABEL_RE.fullmatch(doc.simplified[slice(*title_span)].strip()) is not None
            p = roster.person(role, Evidence(f"{ROSTER_LINE_RULE}: {d.word}", d.start, d.end), name=name,
                              title=None if role == "reporter" or outlet else title_span)
            if (role == "reporter" or outlet) and title_span is not None and p.organisation is None:
                p.organisation = _declared_outlet(doc, title_span)
    for host in hosts_from_lead(doc, 0, first):  # (one, or a programme's two)
        roster.person("moderator", Evidence("lead: host", (host[1] or host[0])[0], host[0][1]),
                      name=host[0], title=host[1])
    panel = set()
    prev: Optional[Mention] = None
    head: Optional[Mention] = None  # the first of the people listed together
    intro_end = labels[1].start if len(labels) > 1 else len(doc.text)
    opening = event_people(doc, labels[0].content_start, intro_end, in_event=True)  # the host's first turn
    for m in itertools.chain(event_people(doc, 0, first), opening):
        listed = prev is not None and CHAIN_JOIN.fullmatch(doc.simplified, prev.name_end, m.title_start) is not None
        head = head if listed else m
        p = roster.person("speaker", Evidence("lead: named for the event", m.title_start, m.name_end),
                          name=(m.name_start, m.name_end), title=m.title)
        shared = shared_title(doc, prev, m) if prev is not None else None
        if shared and (not p.title or len(shared) > len(p.title)):
            p.title = shared  # "厅长李强、副厅长王芳": she is the 厅's 副厅长 too
        elif listed and head is not None and p.organisation is None:
            p.organisation = department_of(doc, head, m)  # "海关总署副署长陈立衡和统计分析司司长潘景和": 海关总署统计分析司
        if to_simplified(p.title or "") in SPOKESPERSON_TITLES:
            _speaks_for_host(doc, p, labels)  # "国务院台办举行例行新闻发布会，发言人章海澜…"
        panel.add(id(p))
        prev = m
    for a, b in ((0, first), (labels[0].content_start, intro_end)):
        for name, title_span in introductions(doc, a, b):
            roster.person("speaker", Evidence("introduction", (title_span or name)[0], name[1]),
                          name=name, title=title_span)
    return frozenset(panel)


SPOKESPERSON_TITLES = ("发言人", "新闻发言人")


def _speaks_for_host(doc: Document, p: Person, labels: Sequence[Label]) -> None:
    """A spokesperson the lead names by the bare word (发言人) speaks for the body holding the event."""
    body = host_body(doc, labels)
    if body is not None and p.title is not None:
        p.title = doc.text[slice(*body)] + p.title
        p.evidence.append(Evidence("lead: the body that holds the event", *body))


def _declared_outlet(doc: Document, span: tuple[int, int]) -> Optional[str]:
    """The outlet of a reporter's roster line ("提问记者：东湖日报记者 张伟" → 东湖日报)."""
    a, b = span
    m = REPORTER_RE.match(doc.simplified[a:b])
    return doc.text[a:a + m.end("outlet") if m else b].strip() or None


def _titles_from_text(doc: Document, roster: Roster) -> None:
    """A title for named people whose labels and introductions gave none ("局长王建国，" without 先生), or
    only the bare title word a label wrote after the name ("刘卫东主任：" and "市发展改革委主任刘卫东")."""
    untitled = {p.key: p for p in roster.people
                if p.key and (not p.title or TITLE_RE.fullmatch(to_simplified(p.title)))}
    if not untitled:
        return
    prev: Optional[Mention] = None
    for m in titled_mentions(doc.simplified):
        key = compact(doc.simplified[m.name_start:m.name_end])
        p, before, prev = untitled.get(key), prev, m
        if p is None:
            continue
        shared = shared_title(doc, before, m) if before is not None else None
        title = shared or tidy_title(doc.text[m.title_start:m.name_start])  # (局长刘志强、副局长陈红: 市…局副局长)
        if title is None or p.title and (title == p.title or not to_simplified(title).endswith(to_simplified(p.title))):
            continue  # the same word, or another post ("副主任" is no 主任)
        del untitled[key]
        p.title = title
        p.evidence.append(Evidence("title from the text", m.title_start, m.name_end))
    for key, p in untitled.items():
        if not p.title:
            _title_after_name(doc, key, p)


def _title_after_name(doc: Document, key: str, p: Person) -> None:
    """"请王刚局长介绍": the title word written right after the name, at its first such mention."""
    s = doc.simplified
    at = s.find(key)
    while at >= 0:
        word = TITLE_RE.match(s, at + len(key))
        if word is not None:
            p.title = doc.text[word.start():word.end()]
            p.evidence.append(Evidence("title word after the name in the text", at, word.end()))
            return
        at = s.find(key, at + 1)


def _without_turn_tail(s: str, a: int, b: int) -> tuple[int, Optional[str]]:
    """A turn without what separates it from the next: "[09:46] |" (live text stamps each entry after
    it), a lone "|", an item number on its own line; returns the end and the stamp's time."""
    m = TURN_TAIL_RE.search(s, max(a, b - TURN_TAIL_REACH), b)
    if m is None or m.end() != b or m.start() == b:
        return b, None
    end = m.start()
    while end > a and s[end - 1].isspace():
        end -= 1
    return (end, m.group("time") or m.group("bare")) if end > a else (b, None)


# A bare time closing an entry ("…同比增加12天。 10:02"): live text that stamps each entry after it
STAMP_AFTER_RE = re.compile(r"[ \t\u3000]+(?P<time>\d{1,2}:\d{2})(?::\d{2})?[ \t\u3000]*$")
MIN_STAMPED_AFTER = 3


def _stamped_after(s: str, turns: list[Turn]) -> list[Turn]:
    """When most turns end with a bare time (three at least), each time is its turn's, not its text: a
    single turn that ends with a time ("会议定于 10:30") keeps it."""
    stamps = [STAMP_AFTER_RE.search(s, max(tr.start, tr.end - TURN_TAIL_REACH), tr.end) if tr.time is None else None
              for tr in turns]
    found = sum(m is not None for m in stamps)
    if found < MIN_STAMPED_AFTER or 2 * found < len(turns):
        return turns
    return [replace(tr, end=m.start(), time=m.group("time")) if m is not None and m.start() > tr.start else tr
            for tr, m in zip(turns, stamps)]


CLOSING_PARAGRAPH_CHARS = 40


def _closing_paragraph(s: str, turns: list[Turn], labels: list[Label]) -> tuple[list[Turn], list[Label]]:
    """The page's last paragraph, unlabelled, that closes the briefing ("今天的记者会就到这里，谢谢大家。" under the
    last answer) is a turn of its own, the same speaker's (an unwritten label): the answer does not say it."""
    if not turns:
        return turns, labels
    last = turns[-1]
    cut = s.rfind("\n", last.start, last.end) if last.role == "speaker" else -1  # (a host's own turn says it already)
    if cut < 0:
        return turns, labels
    a, b = trim(s, cut, last.end)
    if b - a > CLOSING_PARAGRAPH_CHARS or not CLOSING.search(s, a, b):
        return turns, labels
    head_end = trim(s, last.start, cut)[1]
    unwritten = replace(labels[-1], start=a, end=a, content_start=a, text="", time=None)
    return (turns[:-1] + [replace(last, end=head_end), replace(last, index=last.index + 1, start=a, end=b, time=None, label=None)],
            labels + [unwritten])


# "相关新闻：", "附件：青岚县…奖励办法（全文）", "附件1", "延伸阅读" at a line's start, with a colon or alone on it
APPENDIX_RE = re.compile(r"(?m)^[ \t\u3000]*[【\[]?(?:" + "|".join(map(re.escape, CUES["appendix_headings"]))
                         + r")[0-9一二三四五六七八九十]{0,2}[】\]]?[ \t\u3000]*(?:[:：]|$)")


def _before_appendix(s: str, a: int, b: int, appended: list[int]) -> int:
    """The end of the last turn before what the page appends to the transcript: a related story, the
    policy's text, a list of links, under a heading of its own (``appended``: where the cleaning
    dropped one); their figures and words are no one's."""
    m = APPENDIX_RE.search(s, a, b)
    k = bisect.bisect_right(appended, a)
    end = min(m.start() if m is not None and m.start() > a else b, appended[k] if k < len(appended) else b)
    if end >= b:
        return b
    while end > a and s[end - 1].isspace():
        end -= 1
    return end


# END_MARK on a line of its own: what follows it (the office's phone, a release number) is the page's
END_MARK_RE = re.compile(r"(?m)^[ \t\u3000]*" + END_MARK + r"[ \t\u3000]*$")


def _without_page_tail(s: str, a: int, b: int) -> int:
    """The end of a turn before the page's lines that close it (完 and all after it, a date, a time, a source,
    a see-also note)."""
    end_mark = END_MARK_RE.search(s, a, b)
    if end_mark is not None and end_mark.start() > a:
        b = end_mark.start()
        while b > a and s[b - 1].isspace():
            b -= 1
    while b > a:
        line_start = s.rfind("\n", a, b) + 1
        if line_start <= a or not PAGE_TAIL_RE.fullmatch(s, line_start, b):
            break
        b = line_start - 1
        while b > a and s[b - 1].isspace():
            b -= 1
    return b



def _kinds_and_pairs(doc: Document, turns: list[Turn], roster: Roster, ids: dict[int, str],
                     labels: list[Label]) -> tuple[list[Turn], list[QAPair]]:
    """Turn kinds and question–answer links: answers follow a question until the next question or the moderator."""
    s = doc.simplified
    by_id = {ids[id(p)]: p for p in roster.people}
    first_q = next((i for i, tr in enumerate(turns) if tr.role == "reporter"), None)
    last_mod = max((i for i, tr in enumerate(turns) if tr.role == "moderator"), default=None)
    opening = _opening(s, turns, labels, first_q)
    mentions = roster.mention_finder()
    out: list[Turn] = []
    pairs: list[QAPair] = []
    current: Optional[dict] = None
    # questions asked one right after another, no answer between: the answers that follow the last
    # of them answer them all where the host or the answer says so ("请陈厅长一并回答")
    waiting: list[dict] = []
    host_has_asked = False
    ahead: Optional[str] = None  # the official the host names for the question to come ("最后一个问题请王局长回答")
    # askers who are the press (记者), not callers or netizens: beside them a host's relayed question stays procedural
    press = any(REPORTER in labels[j].text for j, tr in enumerate(turns) if tr.role == "reporter")

    def answered_next_by_speaker(i: int) -> bool:
        return i + 1 < len(turns) and turns[i + 1].role == "speaker"

    def emit(pair: dict, answers: list[int], who: list[str]) -> None:
        status = "orphan" if pair["q"] is None else ("answered" if answers else "unanswered")
        pairs.append(QAPair(question_turn=pair["q"], answer_turns=tuple(answers), reporter=pair["reporter"],
                            outlet=pair["outlet"], addressee=pair["addressee"],
                            answerers=tuple(dict.fromkeys(who)), status=status))

    def put_to(pid: Optional[str]) -> None:
        """The open question is put to the official the host names, when it named no one itself."""
        if current is not None and current["q"] is not None and current["addressee"] is None and pid is not None:
            current["addressee"] = pid
            out[current["q"]] = replace(out[current["q"]], addressee=pid)

    def close(another_question_follows: bool = False):
        nonlocal current
        if current is not None:
            if another_question_follows and not current["a"] and current["q"] is not None:
                waiting.append(current)
                current = None
                return
            joint = bool(waiting) and bool(current["a"]) and current["q"] is not None \
                and _answered_together(s, turns, current["q"], current["a"][0])
            for earlier in waiting:
                emit(earlier, current["a"] if joint else [], current["who"] if joint else [])
            waiting.clear()
            emit(current, current["a"], current["who"])
        current = None

    for i, tr in enumerate(turns):
        kind = "other"
        addressee = None
        host_asks = tr.role == "moderator" and answered_next_by_speaker(i) \
            and HOST_ASKS.search(s, tr.start, tr.end) is not None and not _only_invites(s, tr)
        asked = _addressee(doc, roster, mentions, ids, tr) if host_asks else None
        # the host of an interview asking as no one else does, or putting a question of their own to an
        # official by name ("许局长，…下一步有什么打算？") beside the netizens' questions, handing nothing on
        relayed = tr.role == "moderator" and answered_next_by_speaker(i) and RELAYED_QUOTE.search(s, tr.start, tr.end)
        if relayed and asked is None:
            asked = _addressee(doc, roster, mentions, ids, tr)
        if host_asks and asked is not None and not relayed and current is not None and current["q"] == i - 1 \
                and not current["a"] and current["reporter"] != tr.participant and tr.end - tr.start <= RELAY_CHARS \
                and not STATED.search(s, tr.start, tr.end):
            # "严市长，陈女士的担心很有代表性，您怎么回应？": right after a caller's question, the host puts
            # it to an official; it asks nothing new
            put_to(asked)
            out.append(replace(tr, kind="procedural"))
            continue
        # an answer mark on the official's label after it ("答：") says the host's words were a question, and
        # so does a follow-up the host says is one ("我追问一下，…有没有应急送水的预案？") or one relayed
        said_to_ask = i + 1 < len(turns) and (labels[i + 1].kind == "answer" or labels[i + 1].answer_mark) \
            or HOST_FOLLOW_UP.search(s, tr.start, tr.end) is not None \
            or not press and RELAY_CUE.search(s, tr.start, tr.end) is not None  # "尾号6628的听众问：…" beside callers
        # (a question put to "you" is put to the guest who answers it: "今年您带来了哪些提案？")
        to_you = host_asks and ADDRESSED_TO_YOU.search(s, tr.start, tr.end) is not None
        if relayed or host_asks and (first_q is None and i != opening or (asked is not None or host_has_asked or said_to_ask
                                                                          or to_you)
                                     and first_q is not None and not ANSWER_HANDOFF.search(s, tr.start, tr.end)):
            host_has_asked = True  # (a host who asks once asks again without naming anyone: 最后一个问题，…？)
            close()
            kind = "question"
            addressee = asked
            current = {"q": i, "a": [], "who": [], "reporter": tr.participant, "outlet": None, "addressee": addressee}
        elif tr.role == "moderator" and current is not None and current["q"] == i - 1 \
                and tr.participant in by_id and _answers_before_any_close(s, tr) \
                and (not (handoff := ANSWER_HANDOFF.search(s, tr.start, tr.end))  # (asked beside another: 请问发言人…同时想问钱司长…)
                     and asked_official(doc, mentions, [by_id[tr.participant]], turns[i - 1].start, turns[i - 1].end)
                     or _spokesperson_answers(s, tr, by_id[tr.participant], answered_next_by_speaker(i), handoff)
                     or current["addressee"] is None and handoff is None
                     and _host_answers(s, tr, answered_next_by_speaker(i))):
            # "请问发言人，…": the spokesperson who hosts answers the question put to them, or one put to
            # the ministry ("请问生态环境部对此如何回应？") that no official takes up after them but to add
            # to it ("…不会影响其他施政。吴次长要不要补充？")
            kind = "answer"
            if current["addressee"] is None:
                current["addressee"] = tr.participant
                out[-1] = replace(out[-1], addressee=tr.participant)
            current["a"].append(i)
            current["who"].append(tr.participant)
        elif tr.role == "moderator" and current is not None and current["a"] \
                and (HOST_ADDS.match(s, tr.start) or _spokesperson_adds(s, tr, by_id.get(tr.participant or ""))) \
                and not QUESTION_MARK.search(s, tr.start, tr.end) and not CLOSING.search(s, tr.start, tr.end):
            # "这个问题我也补充一句。市政府今年将…": the host adds to the officials' answers; so does a hosting
            # spokesperson who goes on at length after them ("下一步，商务部将推动出台…政策措施。")
            kind = "answer"
            current["a"].append(i)
            current["who"].append(tr.participant)
        elif tr.role == "moderator":
            answered_next = answered_next_by_speaker(i)
            passed = ANSWER_HANDOFF.search(s, tr.start, tr.end)
            if passed and current is not None and current["a"] and i + 1 < len(turns) and turns[i + 1].role == "reporter" \
                    and not QUESTION_MARK.search(s, tr.start, tr.end):
                # the open question answered, a hand-off is for the question a reporter asks next ("最后一个问题请王局长回答")
                ahead = _addressee(doc, roster, mentions, ids, tr)
            elif current is not None and current["q"] is not None and passed \
                    and not QUESTION_MARK.search(s, tr.start, passed.start()) and (i != last_mod or answered_next):
                # "这个问题请王局长回答" / "请李局长补充": the moderator passes the open question on
                put_to(_addressee(doc, roster, mentions, ids, tr))
                out.append(replace(tr, kind="procedural"))
                continue
            close()
            if i == opening:
                kind = "opening"
            elif i == last_mod and (CLOSING.search(s, tr.start, tr.end) or (
                    first_q is not None and i > first_q and i == len(turns) - 1)):
                kind = "closing"
            else:
                kind = "procedural"
        elif tr.role == "reporter" and (first_q is not None and i > first_q and THANKS_ONLY.fullmatch(s, tr.start, tr.end)
                                        or CALLER_GREETING.fullmatch(s, tr.start, tr.end)):
            close()  # "记者：谢谢孙局长！": the interviewer's thanks at the end ask nothing, nor does a caller's hello
            kind = "procedural"
        elif tr.role == "reporter":
            close(another_question_follows=current is not None and current["q"] == i - 1)
            kind = "question"
            addressee = _addressee(doc, roster, mentions, ids, tr) or ahead
            ahead = None
            if addressee is None and (labels[i].text in CUES["follow_up_labels"] or labels[i].text.endswith("追问")
                                      or FOLLOW_UP_OPENING.match(s, tr.start)) and pairs:
                addressee = _asked_before(pairs[-1])
            pid = tr.participant
            rep = by_id.get(pid) if pid is not None else None
            current = {"q": i, "a": [], "who": [], "reporter": tr.participant,
                       "outlet": rep.organisation if rep else None, "addressee": addressee}
        elif labels[i].kind in NO_VOICE_KINDS:
            kind = "other"  # the outlet's own narration, an interpreter: no words of their own
        elif tr.role in ("speaker", "other"):
            is_answer_label = labels[i].answer_mark and not STATEMENT_ROLE.match(labels[i].text) or labels[i].kind == "answer"
            closing = CLOSING.search(s, tr.start, tr.end) if i == len(turns) - 1 else None
            if closing and first_q is not None and i > first_q and tr.end - tr.start <= 150 and not (
                    current is not None and not current["a"] and ANSWER_BEFORE_CLOSING.search(s, tr.start, closing.start())):
                # a spokesperson who hosts also closes the briefing (after answering the last question first:
                # "…延长至3年以上。发布会到此结束，谢谢大家。" is that answer)
                close()
                kind = "closing"
            elif current is None and out and out[-1].kind == "closing" and THANKS_ONLY.fullmatch(s, tr.start, tr.end):
                kind = "procedural"  # the guest's "谢谢大家！" after the host closes: no statement
            elif current is None and i == len(turns) - 1 and out and out[-1].kind == "procedural" \
                    and out[-1].role == "reporter":
                kind = "closing"  # "谢谢！也欢迎广大市民…提出意见建议。": the official's reply to the thanks
            elif current is not None and answered_next_by_speaker(i) and _only_passes_on(s, tr):
                kind = "procedural"  # "这个问题请常兆宁司长来回答。": the official asked passes it on, answering nothing
            elif current is not None:
                kind = "answer"
                current["a"].append(i)
                current["who"].append(tr.participant)
            elif first_q is not None and i < first_q and FLOOR_ONLY.fullmatch(s, tr.start, tr.end):
                kind = "procedural"  # a spokesperson who hosts gives the floor: "下面欢迎各位记者提问。"
            elif (first_q is None or i < first_q) and not (
                    is_answer_label and not (i > 0 and turns[i - 1].role == "moderator")) and not (
                    first_q is not None and i == 0 and ANSWER_OPENING.match(s, tr.start)):
                # before any question; a guest's label (嘉宾) right after the host's words answers no one
                kind = "statement"
            elif i > 0 and turns[i - 1].role == "moderator" and not is_answer_label \
                    and not ANSWER_OPENING.match(s, tr.start):
                # after the questions, the moderator gave the floor for something else (a summary)
                kind = "statement"
            else:
                # an answer with no question on the page (it starts mid-conference)
                kind = "answer"
                current = {"q": None, "a": [i], "who": [tr.participant], "reporter": None, "outlet": None,
                           "addressee": None}
        out.append(replace(tr, kind=kind, addressee=addressee))
    close()
    return out, pairs


# What asks for something in particular after an invitation: "先请您介绍一下，…做了哪些工作？"
WH_WORDS = re.compile(r"哪些|哪几|什么|如何|怎么|怎样|多少|为何|为什么|是否|能否|有没有|吗|呢")


def _only_invites(s: str, tr: Turn) -> bool:
    """Whether the host's turn invites the guest to speak and asks nothing in particular ("最后请您再和
    网友说几句话?"), unlike "陈处长，先请您介绍一下，近年来…做了哪些工作？", which asks."""
    invite = HOST_INVITES.search(s, tr.start, tr.end)
    return invite is not None and WH_WORDS.search(s, invite.end(), tr.end) is None


PASSING_ON_OTHER_CHARS = 8  # "谢谢。" or "好的，" beside the hand-over: no answer of one's own
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def _after_handoff(s: str, tr: Turn, handoff: re.Match) -> int:
    """Where the hand-over's sentence ends in the turn: the words after it are the speaker's own."""
    after = _SENTENCE_END.search(s, handoff.end(), tr.end)
    return after.end() if after is not None else tr.end


def _only_passes_on(s: str, tr: Turn) -> bool:
    """Whether an official's turn says nothing but who answers instead ("谢谢。这个问题请常司长来回答。")."""
    passed = ANSWER_HANDOFF.search(s, tr.start, tr.end)
    if passed is None:
        return False
    before = [m.end() for m in _SENTENCE_END.finditer(s, tr.start, passed.start())]
    said = (before[-1] if before else tr.start) - tr.start + tr.end - _after_handoff(s, tr, passed)
    return said <= PASSING_ON_OTHER_CHARS


SPOKESPERSON_ANSWER_MIN_CHARS = 40  # "好，下一个问题。" passes the floor on; an answer says something


def _spokesperson_answers(s: str, tr: Turn, host: Person, official_follows: bool, handoff: Optional[re.Match]) -> bool:
    """A host who is the body's spokesperson (新闻发言人) and speaks at length right after a question,
    asking nothing, answers it: with no official after them, or before inviting one to add to it."""
    said = handoff.start() if handoff is not None else tr.end
    # the words beside the hand-over: before it, and after its sentence ("我先作简要回答，具体请柯庭长补充。对…")
    spoken = said - tr.start + (tr.end - _after_handoff(s, tr, handoff) if handoff is not None else 0)
    return (not official_follows or handoff is not None) and _is_spokesperson(host) \
        and spoken >= SPOKESPERSON_ANSWER_MIN_CHARS and not QUESTION_MARK.search(s, tr.start, said)


def _is_spokesperson(p: Person) -> bool:
    """Whether a host's title makes them the body's spokesperson (新闻发言人), who may answer."""
    return p.title is not None and SPOKESPERSON.search(to_simplified(p.title)) is not None


def _answers_before_any_close(s: str, tr: Turn) -> bool:
    """Whether a turn closes nothing, or answers in a sentence of its own before it closes ("…正在研究中，适时发布。
    今天的发布会到此结束，谢谢大家。" answers the last question first)."""
    closing = CLOSING.search(s, tr.start, tr.end)
    return closing is None or ANSWER_BEFORE_CLOSING.search(s, tr.start, closing.start()) is not None


def _spokesperson_adds(s: str, tr: Turn, host: Optional[Person]) -> bool:
    """A hosting spokesperson (新闻发言人) who, after an official's answer, says something of their own at length,
    passing nothing on and giving no floor, adds to that answer."""
    return host is not None and _is_spokesperson(host) and tr.end - tr.start >= SPOKESPERSON_ADDS_MIN_CHARS and not THANKS_ONLY.fullmatch(s, tr.start, tr.end) \
        and not ANSWER_HANDOFF.search(s, tr.start, tr.end) \
        and not HOST_INVITES.search(s, tr.start, tr.end) and not FLOOR_ONLY.search(s, tr.start, tr.end) \
        and not FLOOR_TO_REPORTERS.search(s, tr.start, tr.end)


SPOKESPERSON_ADDS_MIN_CHARS = 30  # "感谢刘司长的介绍。" thanks; "下一步，商务部将推动出台…政策措施。" adds
HOST_ANSWER_MIN_CHARS = 20  # "好，请继续提问。" passes the floor on; "通稿会后发到各位邮箱。" answers


def _host_answers(s: str, tr: Turn, official_follows: bool) -> bool:
    """Any host who speaks right after a question put to no one, asking nothing, and whom no official
    follows, answers it ("请问材料何时提供？" — "发布会结束后，我们会把通稿发到各位的邮箱。")."""
    return not official_follows and (tr.end - tr.start >= HOST_ANSWER_MIN_CHARS or DIGIT.search(s, tr.start, tr.end) is not None) \
        and not QUESTION_MARK.search(s, tr.start, tr.end) and not FLOOR_ONLY.fullmatch(s, tr.start, tr.end) \
        and not THANKS_ONLY.fullmatch(s, tr.start, tr.end)


DIGIT = re.compile(r"\d")  # a short reply with a number answers: "今年以来共查处案件4821起。"


# Questions answered together: "这两个问题…请陈厅长一并回答", "感谢两位记者的提问", "我分别回答一下"
JOINT_ANSWER = re.compile(r"一并(?:回答|作答|答复|介绍)|一起回答|合并回答|集中回答|统一回答|分别回答|分别作答|[两几三]个问题|这些问题|以上问题|[两几三]位记者")
JOINT_ANSWER_REACH = 60  # characters of the first answer that may say so


def _answered_together(s: str, turns: list[Turn], last_question: int, first_answer: int) -> bool:
    """Whether the host's words after the last of several questions, or the first answer's opening,
    say the questions are answered together."""
    a = turns[last_question].end
    b = min(turns[first_answer].end, turns[first_answer].start + JOINT_ANSWER_REACH)
    return JOINT_ANSWER.search(s, a, b) is not None


def _asked_before(pair: QAPair) -> Optional[str]:
    """Whom a follow-up (追问) that names no one asks: the official asked, or the one who answered, before."""
    return pair.addressee or (pair.answerers[0] if len(pair.answerers) == 1 else None)


def _opening(s: str, turns: list[Turn], labels: list[Label], first_q: Optional[int]) -> Optional[int]:
    """The moderator's opening: before any question or official, the turn that greets (else the first)."""
    hosts = []
    for i, tr in enumerate(turns[:first_q]):
        if tr.role == "moderator":
            hosts.append(i)
        elif labels[i].kind not in NO_VOICE_KINDS:
            break
    return next((i for i in hosts if GREETING.search(s, turns[i].start, turns[i].end)), hosts[0] if hosts else None)


def _addressee(doc: Document, roster: Roster, mentions: MentionFinder, ids: dict[int, str],
               tr: Turn) -> Optional[str]:
    """The official a question names ("这个问题请问申队长", "高局长,…")."""
    p = asked_official(doc, mentions, [p for p in roster.people if p.role == "speaker"], tr.start, tr.end)
    return ids[id(p)] if p is not None else None

