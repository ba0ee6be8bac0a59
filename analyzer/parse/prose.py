"""News stories and reports: reported speech attributed to the person quoted, or no speakers at all."""
from __future__ import annotations

import itertools
import re
from typing import Optional

from .. import lexicon
from ..model import Conference, Document, Evidence, Turn
from .labels import REPORTER
from .names import CJK, CUES, TITLE_RE, Mention, compact, looks_like_name, split_person, titled_mentions
from .roster import Person, Roster, freeze, host_from_lead, trim

SPEECH_ADVERBS = "还|也|进一步|最后|同时|再次|随后|此外|则|特别|接过话筒"  # "贺明远最后强调，…", "王静接过话筒说，…"
# "刘建国在发布会上通报了…", "…在讲话中强调，", "李天威就秋冬季大气污染防治答记者问时表示，"
AT_THE_EVENT = r"(?:(?:在|就)[^，,。；;]{0,20}?(?:中|时|上))?"
# the post may follow the name: "王刚局长指出，…", "黃少澤司長指出，…"
# (guarded: the alternation is tried only where a title word can start)
POST_AFTER = rf"(?:{lexicon.guarded(TITLE_RE.pattern, always=True)})?"
SPEECH_RE = re.compile(
    rf"(?P<name>[{CJK}]{{2,4}}?){POST_AFTER}(?:{SPEECH_ADVERBS})?{AT_THE_EVENT}(?:{'|'.join(CUES['speech_verbs'])})(?:称|说)?[,，:：]"
)
# Attribution after the quote: "“今年的任务非常艰巨。”陈卫东说。", also with the title before the name
# ("”市文化和旅游局局长汪靖说。"), or where it was said ("”黄志明在发布会上说。"): the name is checked against the
# people the text titles.
QUOTE_TITLE_CHARS = 24
QUOTE_SPEECH_RE = re.compile(
    rf"[”\"][^”\"“。！？\n]{{0,{QUOTE_TITLE_CHARS}}}?(?P<name>[{CJK}]{{2,4}}?){POST_AFTER}{AT_THE_EVENT}(?:{'|'.join(CUES['speech_verbs'])})(?:道)?[。，,.]"
)
# A report given at the meeting: "副市长黄立新通报了全市…完成情况。2023年，全市…" (the figures that follow are theirs).
REPORT_SPEECH_RE = re.compile(
    rf"(?P<name>[{CJK}]{{2,4}}?){POST_AFTER}(?:{SPEECH_ADVERBS})?{AT_THE_EVENT}(?:{'|'.join(CUES['report_verbs'])})(?:了)?"
)
SENTENCE_END_RE = re.compile(r"。")
PUNCT_RE = re.compile(r"[。！？!?：:，,；;“”\"《》]")
CONTENT_AFTER_RE = re.compile(r"[，,：:；;]")  # the report's sentence goes on: what it says follows
OPENER_CHARS = 6  # "会上，" "随后，": a short opener before the official's title
PRONOUN_SPEECH_RE = re.compile(rf"(?:他|她)(?:{SPEECH_ADVERBS})?(?:在(?:讲话|发言|会上|会议上)中?)?(?:{'|'.join(CUES['speech_verbs'])})")
# "…局长唐立新应邀出席会议。他在讲话中表示，…": a pronoun's speech after the sentence that names the person
PRONOUN_AFTER_NAME_RE = re.compile(r"。[ \t\u3000]*(?=" + PRONOUN_SPEECH_RE.pattern + ")")
PRONOUN_NAMES_MAX = 200  # a story's officials; an archive run into one text is not searched name by name
NEWS_CUES = re.compile(r"本报讯|本报记者|记者\s*[\u3400-\u9fff]{2,3}\s*(?:报道|摄)|讯[（(]记者")
REPORT_CUES = re.compile(r"报告|通报|公报|白皮书|方案|通知|意见|公告|情况|总结|规划|办法")


def speech_spans(doc: Document, roster: Roster, start: int, end: int,
                 reports: bool = True) -> list[tuple[Person, int, int]]:
    """Who speaks in which paragraphs of ``text[start:end]``: reported speech ("王小平强调，…",
    "“…”陈卫东说") and, with ``reports``, a report given at the meeting; each person is registered in
    ``roster``."""
    s, t = doc.simplified, doc.text
    titled: dict[str, Mention] = {}
    for mention in titled_mentions(s, 0, end):
        titled.setdefault(compact(s[mention.name_start:mention.name_end]), mention)
    spans: list[tuple[Person, int, int]] = []
    paras = [piece for m in re.finditer(r"[^\n]+", t[:end]) if m.end() > start
             for piece in _pieces(s, max(m.start(), start), m.end(), titled)]
    current: Optional[Person] = None
    a0 = b0 = 0
    for a, b in paras:
        speaker = _speaker(doc, roster, titled, a, b, reports)
        if speaker:
            if current is not None:
                spans.append((current, a0, b0))
            current, a0, b0 = speaker, a, b
        elif current is not None and _continues(s, a, b):
            b0 = b
        elif current is not None:
            spans.append((current, a0, b0))
            current = None
    if current is not None:
        spans.append((current, a0, b0))
    return spans


def prose(doc: Document, title, date, place) -> Conference:
    """A news story (reported speech attributed to the person quoted) or a report (no speakers)."""
    s, t = doc.simplified, doc.text
    roster = Roster(doc)
    spans = speech_spans(doc, roster, 0, len(t))
    delivered = None if spans or NEWS_CUES.search(s) else _delivered_by(doc, roster)
    if delivered is not None:
        spans = [delivered]
    elif spans and (host := host_from_lead(doc, 0, min(len(s), HOST_REACH))) is not None:
        # the host the story names ("市政府新闻办副主任袁晓晴主持发布会"), quoted or not
        roster.person("moderator", Evidence("lead: host", (host[1] or host[0])[0], host[0][1]), name=host[0],
                      title=host[1]).role = "moderator"
    participants, ids = freeze(roster)
    turns: list[Turn] = []
    for person, a0, b0 in spans:
        a, b = trim(t, a0, b0)
        turns.append(Turn(index=len(turns), participant=ids[id(person)], role=person.role, kind="statement",
                          start=a, end=b))
    news = delivered is None and (bool(turns) or bool(NEWS_CUES.search(s)))
    doc_type = "news_report" if news else ("report" if len(s) > 200 or REPORT_CUES.search(s[:300]) else "unknown")
    layout = ("news story with reported speech" if turns else "news story") if news else \
        "speech or report delivered by one official" if delivered else "document without dialogue"
    return Conference(document=doc, doc_type=doc_type, layout=layout, title=title, place=place, date=date,
                      participants=participants, turns=tuple(turns), qa_pairs=())


HOST_REACH = 600  # characters of a story where the host of the briefing it reports is named

# A speech or a report one official delivers: "…政府工作报告" with "——在…会议上" and "市长 罗建华"
DELIVERY_RE = re.compile(r"讲话|报告|致辞|演讲|发言|[—–－-]{1,2}在[^\n]{2,40}上")
HEAD_LINES = 6  # the headline, a subtitle, the byline: the speaker is named before the text
BYLINE_CHARS = 30


def _delivered_by(doc: Document, roster: Roster) -> Optional[tuple[Person, int, int]]:
    """The official who delivers the whole text (a byline "市长 罗建华" under a headline or subtitle
    that names a speech or report), with the span of the text after the byline; else None."""
    s = doc.simplified
    lines = list(itertools.islice(re.finditer(r"[^\n]+", s), HEAD_LINES))
    for k, line in enumerate(lines[1:], 1):
        a, b = trim(s, line.start(), line.end())
        text = s[a:b]
        if len(text) > BYLINE_CHARS or REPORTER in text or PUNCT_RE.search(text):
            continue
        pp = split_person(text)
        if not (pp.name and pp.title and TITLE_RE.search(pp.title) and looks_like_name(compact(pp.name))):
            continue
        if not any(DELIVERY_RE.search(x.group()) for x in lines[:k]):
            return None
        name_start = a + text.rindex(pp.name)
        person = roster.person("speaker", Evidence("byline of a speech or report", a, a + len(text)),
                               name=(name_start, name_start + len(pp.name)), title=(a, name_start))
        end = len(doc.text)
        return (person, line.end(), end) if doc.text[line.end():end].strip() else None
    return None


def _pieces(s: str, a: int, b: int, titled: dict[str, Mention]) -> list[tuple[int, int]]:
    """A paragraph, cut before each later sentence that opens with a report given at the meeting
    ("…达到82.5%。市水利局局长赵刚通报了…，全年完成…"): each report's figures go to its official."""
    cuts = [a] + [end.end() for end in SENTENCE_END_RE.finditer(s, a, b)
                  if end.end() < b and _opens_report(s, end.end(), b, titled)]
    return [(x, y) for x, y in zip(cuts, cuts[1:] + [b])]


def _opens_report(s: str, k: int, b: int, titled: dict[str, Mention]) -> bool:
    """The sentence at ``k`` starts with a titled official's report (after at most a short 会上，) and
    carries its content: the sentence goes on after the report, or more sentences follow. A report
    mentioned in passing ("副市长郑强通报了工作进展情况。" closing a lead) claims nothing."""
    stop = s.find("。", k, b)
    stop = b if stop < 0 else stop + 1
    m = REPORT_SPEECH_RE.search(s, k, stop)
    name = m and _name_before(s, m.start("name"), m.end("name"), titled)
    if not m or not name:
        return False
    local = next((x for x in titled_mentions(s, k, name[1]) if x.name_start == name[0]), None)
    if local is None:
        return False
    lead = s[k:local.title_start]
    if lead and not (len(lead) <= OPENER_CHARS and lead.endswith(("，", ","))):
        return False
    return stop < b or bool(CONTENT_AFTER_RE.search(s, m.end(), stop))


def _continues(s: str, a: int, b: int) -> bool:
    """A paragraph that carries on the quoted person's points ("二要…", "三是…") without a new subject."""
    head = s[a:b].lstrip()[:6]
    if PRONOUN_SPEECH_RE.match(head):
        return True  # "他强调，…": the same speaker goes on
    return bool(re.match(r"[一二三四五六七八九十]+(?:要|是|、)|[（(][一二三四五六七八九十]+[）)]|同时|此外|另外", head))



def _speaker(doc: Document, roster: Roster, titled: dict[str, Mention], a: int, b: int,
             reports: bool = True) -> Optional[Person]:
    """The person whose speech a paragraph reports ("王小平强调，…", "“…”陈卫东说"): one the text titles.

    A report given at the meeting ("副市长黄立新通报了…") credits its figures to that official, who is
    quoted without speaking in the story: role "other", a speaker once the story quotes their words.
    """
    s = doc.simplified
    rules = [(SPEECH_RE, "speaker", "reported speech"), (QUOTE_SPEECH_RE, "speaker", "reported speech")]
    if reports:
        rules.append((REPORT_SPEECH_RE, "other", "reports at the meeting"))
    for rx, role, rule in rules:
        # a report opens its paragraph ("会上，副市长黄立新通报了…。2023年，…"); one in passing claims nothing
        end = b if rx is not REPORT_SPEECH_RE else (s.find("。", a, b) + 1 or b)
        for m in rx.finditer(s, a, end):
            name = _name_before(s, m.start("name"), m.end("name"), titled)
            if name is None:
                continue
            mention = titled[s[name[0]:name[1]]]
            if rx is REPORT_SPEECH_RE and len(s[a:min(mention.title_start, name[0])].strip()) > OPENER_CHARS:
                continue  # "…举行新闻发布会，…局长韦承泽通报…，…主持发布会。": a lead that tells of the report
            p = roster.person(role, Evidence(rule, name[0], m.end()), name=name, title=mention.title)
            if role == "speaker" and p.role != "moderator":  # (the host the lead names stays the host: 会议由…陈静主持)
                p.role = "speaker"
            ev = Evidence("title from the text", mention.title_start, mention.name_end)
            if ev not in p.evidence:
                p.evidence.append(ev)
            return p
    for m in PRONOUN_AFTER_NAME_RE.finditer(s, a, b):
        named = [x for x in titled_mentions(s, a, m.start()) if compact(s[x.name_start:x.name_end]) in titled]
        if not named and len(titled) <= PRONOUN_NAMES_MAX:
            # "会上，李敏还就…回答了记者提问。她说，…": named without the title the lead gave
            before = s[a:m.start()]
            named = [titled[k] for k in titled if len(k) >= 2 and k in before]
        if len(named) == 1:
            x = named[0]
            p = roster.person("speaker", Evidence("reported speech: 他/她 after the sentence that names them", x.name_start,
                                                  m.end()), name=(x.name_start, x.name_end), title=x.title)
            p.role = "moderator" if p.role == "moderator" else "speaker"
            return p
    return None


def _name_before(s: str, a: int, b: int, titled: dict[str, Mention]) -> Optional[tuple[int, int]]:
    """The person named right before a speech verb: the longest suffix the text writes after a title word."""
    for n in (4, 3, 2):
        if b - n >= a and s[b - n:b] in titled:
            return b - n, b
    return None
