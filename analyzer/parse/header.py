"""The page's headline, event date and place: what a conference is called, when and where it was held."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import PurePath
from typing import Optional, Sequence

from ..fsnames import shown
from ..model import Document
from ..script import to_simplified
from .labels import OUTLET_LABEL_RE, Label, reporter_byline
from .gazetteer import city_names, province_names
from .names import CJK, CUES, SPACES, TITLE_WORDS, compact, looks_like_name, split_person, titled_mentions

# (written with 年 and 月, the day is its digits alone: "2025年5月168个重点城市" names no 16th)
DATE_FULL = re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:(?P<cn>年)|[-/.])\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?(cn)(?!\d))")
DATE_CN = re.compile(r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>十[一二]?|[一二三四五六七八九])月"
                     r"(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日")
# Taiwan's dates count the years of the Republic (民国113年 = 2024): a three-digit year with month and day
DATE_ROC = re.compile(r"(?<![\d.])(?:民国)?(?P<y>(?:[6-9]\d|1[0-4]\d))年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
ROC_YEAR_ZERO = 1911
# ...and a Taiwan page's date field in digits: 發布日期：113-05-03, 113/05/03, 113.05.03
DATE_ROC_FIELD = re.compile(r"(?:发布日期|发布时间|日期|更新日期|发稿时间)[:：]\s*(?P<y>1[0-4]\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")
# "发布日期：20240312": eight digits, only after a date's own cue (a bare run of digits is an id)
DATE_COMPACT = re.compile(r"(?:日期|时间)[】\]:：\s]*(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
# English dates of bilingual headlines and feeds: "March 12, 2025", "12 Mar 2024", "Tue, 12 Mar 2024"
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(?P<mon>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)")
DATE_EN = re.compile(rf"(?=[JFMASONDjfmasond\d])\b(?:{_MONTH}[ \t]+(?P<d>\d{{1,2}}),?[ \t]+(?P<y>(?:19|20)\d{{2}})"
                     rf"|(?P<d2>\d{{1,2}})[ \t]+{_MONTH.replace('mon', 'mon2')}[ \t]+(?P<y2>(?:19|20)\d{{2}}))\b")
CN_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
# A line that is only a date (and its weekday): a release's dateline, at its head or its foot
DATELINE = re.compile(r"(?m)^[ \t\u3000]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t\u3000]*(?:[(（]星期[一二三四五六日天][)）])?[ \t\u3000]*$")
# "2025年8月例行新闻发布会": a headline's year and month, which a lead "8月26日" completes
YEAR_MONTH = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?![\d一二三四五六七八九十])")
DATE_MD = re.compile(r"(?<![\d.])(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日")
# What a date written with the event is followed by: the event, its host, the act of holding it.
EVENT_NEAR = re.compile(r"召开|举行|举办|开幕|会议|座谈|新闻|发布会|记者会|主持|出席|会见传媒|答记者问|谈话"
                        r"|做客|作客|访谈|在线交流|直播间|走进|接听|接受[^，,。]{0,12}采访")  # (an interview or a call-in)
# A full date that opens the sentence naming the press event itself ("2013年1月16日,外交部發言人洪磊主持例行記者會")
PRESS_EVENT_AFTER = re.compile(r"[^。！？!?\n]{0,40}?(?:" + "|".join(map(re.escape, CUES["press_event_cues"])) + ")")
# (the subject may follow a comma: "昨日上午，澜州市政府新闻办召开…")
YESTERDAY_EVENT = re.compile(r"(?:昨日|昨天)(?:(?:上午|下午|晚上|晚间|中午)?[，,])?[^，,。；;！？!?\n]{0,24}?(?:召开|举行|举办|开幕|主持|出席)")
PLANNED_BEFORE = re.compile(r"(?:将|定|拟|计划|预计|准备|同意|决定)(?:于|在)?\s*(?:(?:19|20)\d{2}\s*年\s*)?$")  # 将于11月15日举办: a day ahead
PLANNED_REACH = 12
PERIOD_BEFORE = re.compile(r"(?:自|从|截至|截止|直到|到|至)\s*$")
PERIOD_AFTER = re.compile(r"\s*[日号]?\s*(?:起|以来|之前|以前|之后|以后|前|后|至|到|期间)")  # (a date may end before its 日)
HEAD_CHARS = 4000
FILE_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-_.]?(?P<m>0[1-9]|1[0-2])[-_.]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
OWN_CITY = re.compile("全市|我市|市委|市政府")
# a local paper or station named by its city ("新河日报"), not one of a body ("市广播电视台": 广播)
LOCAL_PAPER = re.compile(rf"(?<![市省县区州])(?P<p>[{CJK}]{{2}})(?:日报|晚报|都市报|新闻网|电视台)")
NOT_PLACE_PAPERS = frozenset(CUES["not_place_papers"])
# The body that holds a briefing, as the lead names it: "外交部发言人", "国防部举行例行记者会".
# (not the body of whom the host brings along: "…司长欧阳瑜今（23）日联同卫生局局长罗奕龙出席记者会"; a day may
# stand between the body and its verb: "国务院新闻办公室于2024年8月13日（星期二）下午3时举行…吹风会")
HOST_BODY_RE = re.compile(
    rf"(?:(?<![{CJK}])|(?<=[年月日]))(?![年月日]|联同|偕同|连同|陪同)(?P<body>[{CJK}]{{1,10}}(?:部|委员会|委|监会|局|署|办公室|办|政府|厅|法院|检察院|银行))(?!长)"
    rf"(?:新闻)?(?:(?:于[^，,。\n]{{2,24}}?)?(?:举行|召开|举办)|发言人|[^，,。\n]{{0,24}}?(?:记者会|发布会)|(?:有关)?负责人(?:就|答))"
)
LEAD_CHARS = 900
# A body named by its level alone (市政府新闻办, 县政府, 市卫健委, 区教育局): the place only where no city is named
GENERIC_BODY = re.compile("[省市县区州盟旗镇乡]")
CITY_CHARS = 20000  # where a story or report names its city
WELCOME_CHARS = 200  # the host's first words, where a welcome names the body holding the briefing
NATION_PREFIX = re.compile("中华人民共和国|中国")
SITE_SUFFIX = re.compile(r"\s*(?:_|[ \t\u3000][-–—|｜][ \t\u3000]|[|｜])\s*[^_|｜\n]{2,20}"
                         r"(?:网|网站|门户网站|人民政府|政府|发布|日报|频道|客户端)\s*$")
SITE_NAME = re.compile(r"[_|｜]\s*(?P<site>[^_|｜\s]{2,20}(?:人民政府|政府|门户网站|网站|局|委员会))\s*$")
DATELINE_ALONE = re.compile(r"[ \t\u3000]*[（(][ \t\u3000]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t\u3000]*[）)][ \t\u3000]*")
BODY_AFTER = re.compile(r".*(?:参加|出席|欢迎|获悉|从|在|由|今天|今日|昨天|昨日|近日|日前|上午|下午|晚上)")  # (今天省政府新闻办举行…)
KNOWN_PLACE = {cue: place for kind in ("region_cues", "venues") for place, cues in CUES[kind].items() for cue in cues}
KNOWN_PLACE_RE = re.compile("|".join(map(re.escape, sorted(KNOWN_PLACE, key=len, reverse=True))))
# not 市场, 市民, 市委, 市长 (张副市长), nor 市政 (municipal works) unless it is the 市政府
_CITY_END = r"市(?![场民委长值况]|政(?!府))"  # (not 市值 of 流通市值, nor 市况)
PLACE2_RE = re.compile(rf"(?=(?P<p>[{CJK}]{{2}}){_CITY_END})")
PLACE3_RE = re.compile(rf"(?=(?P<p>[{CJK}]{{3}}){_CITY_END})")
PLACE4_RE = re.compile(rf"(?=(?P<p>[{CJK}]{{4}}){_CITY_END})")  # only names the gazetteer knows: 呼和浩特
PLACE_BAD = re.compile(r"[的了和是在对于与向从由到为以及将把被请邀全本我该各城县级省区召举行会进有这那其等之下外前后月日年闻局委政府党代表访赴席加客]")  # (做客市政府门户网站: no city 做客)
PRESS_EVENTS = "(?:新闻发布会|发布会|记者会|吹风会|通气会)"
EVENT_RE = re.compile(rf"(?:召开|举行|举办)(?:了|的)?(?P<event>[^，,。；;！!：:\n]{{2,40}}?{PRESS_EVENTS})")
# ending the label: 网络问政： is none; the roster's role words (people.toml declaration_roles: 主持人, 发布人,
# 节目主持, 接线领导…) and a page's keys ("相关专题：…", "记录：…中心 钟悦")
_ROSTER_ROLES = sorted({w for words in CUES["declaration_roles"].values() for w in words}, key=len, reverse=True)
ROLE_WORDS = re.compile("(?:" + "|".join(map(re.escape, _ROSTER_ROLES)) + r"|发言人|嘉宾|记者|问|答|时间|地点|来源|主题|专题|记录"
                        r"|整理|摄影|摄像|关键词|标签|栏目|出席领导)[:：]$")
BYLINE_TITLE_CHARS = 12  # "市委书记 张三", "市生态环境局局长 王建国": a title alone before the name
BYLINE_BREAK = re.compile(r"[—–\-－:：，,。！？!?“”\"《》]")  # a headline's punctuation: "守护碧水——专访…局长王建国"
PARAGRAPH_CHARS = 30  # a line this long with sentence punctuation is body text, not a headline
PARAGRAPH_PUNCT = re.compile(r"[。；;]|[：:]\s*$|[，,][^\n]*[，,]")
# (one comma is a headline's two halves: "专访｜…厅长陆海峰：以环评改革为抓手，助力经济高质量发展")
HEADLINE_MAX_CHARS = 50
SENTENCE_COMMA = re.compile(r"[，,]")
META_CUES = re.compile(r"来源|发布时间|时间[:：]|作者|浏览|点击|字号|日期[:：]|编辑")
# (and a Hong Kong release's headline: "…局長會見傳媒談話內容", "…出席…後與傳媒的談話內容")
TITLE_CUES = re.compile(r"发布会|记者会|新闻发布(?![厅室科处]|中心)|吹风会|推进会|报告|通报|公报|白皮书|会议|座谈会|答记者问|访谈|专访|[—-]访"
                        r"|会见传媒|谈话内容|答问")
HASHTAG_RE = re.compile(r"[ \t\u3000]*#(?P<tag>[^#\n]{4,60})#")
SUBTITLE_DASHES = ("—", "–", "－", "--")
SECTION_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．]")
# A district or county that heads the title and holds the event in the lead ("南湾区…发布会" and
# "南湾区召开…", "和平县人民政府召开…"): the place of a page that names no city.
COUNTY_RE = re.compile(rf"(?:(?:19|20)\d{{2}}年度?)?(?P<p>[{CJK}]{{2,4}}?[区县])")  # (after the year: 2024年南海区…)
COUNTY_HOLDS = r"(?:人民政府|政府|委)?(?:新闻办公室|新闻办)?(?:召开|举行|举办)"
OWN_COUNTY = re.compile(r"(?:全|我|本)[区县](?![级委域内外长])")
OWN_COUNTY_CHARS = 20000
TITLE_EVENT = re.compile(PRESS_EVENTS + r"(?:举行|召开|举办)?$")  # (a news headline: "…新闻发布会举行")
# zones and parts of a town, not a district's name ("开发区招商引资新闻发布会"), and the bare word 自治区
COUNTY_STOP = {"开发区", "示范区", "保护区", "风景区", "自贸区", "试验区", "功能区", "先行区", "集聚区", "高新区",
               "经开区", "主城区", "老城区", "中心区", "核心区", "度假区", "旅游区", "工业区", "商业区", "居民区",
               "自治区", "自治县"}  # (自治区 alone is the region's short name, not its name)
PLACE_STOP = {"城市", "全市", "本市", "我市", "该市", "各市", "县级", "地级", "副省级", "省辖"}
# words that end in 市 and name no city: "表示都市固体废物" holds no city 示都 (a city the gazetteer knows may: 成都市)
MARKET_WORDS = {"都市", "超市", "股市", "楼市", "上市", "门市", "夜市", "菜市", "集市", "车市", "黑市", "闹市", "早市", "开市",
                "休市", "罢市", "入市", "退市", "牛市", "熊市", "花市", "债市", "汇市", "房市"}


COLUMN_TAG = re.compile(r"[【\[][^】\]\n]{1,12}[】\]]")
TAGS_ONLY = re.compile(r"(?:[ \t\u3000]*[【\[][^】\]\n]{1,12}[】\]])+[ \t\u3000]*")  # "【刷新】 【查看全部】 【只看嘉宾】"
# "【最新】截至10月9日7时，…（10月9日07:20更新）": a live page's notes above its headline, no first paragraph
NOTICE_LINE = re.compile(r"[ \t\u3000]*[【\[](?:最新|更新|快讯|滚动|置顶|提示|公告|通知)(?:消息|动态|进展)?[】\]]")
BODY_ONLY = re.compile(rf"[{CJK}]{{2,20}}(?:部|局|署|委员会|委|办公室|新闻办|政府|厅|法院|检察院|银行|监会)")  # "澳门特区政府新闻局"
# what a page prints after its headline on the same line: the date, its tools ("…文字实录  2024-07-13  【打印】【关闭】")
HEADLINE_TAIL = re.compile(r"(?:[ \t\u3000]{2,}(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
                           r"|[【\[][^】\]\n]{1,6}[】\]])[ \t\u3000]*(?:[【\[][^】\]\n]{1,6}[】\]][ \t\u3000]*)*)$")
RUN_IN_HEADLINE = re.compile(r"[ \t\u3000]*(?P<headline>[^【\[\n]{6,70}?)[ \t\u3000]*[【\[]")


# A programme's or a page's field before its colon ("上线单位：", "节目时间：", "来源："): no headline.
FIELD_LABEL = re.compile(r"[^:：]{0,6}(?:单位|嘉宾|时间|地点|日期|来源|作者|编辑|栏目|主办|承办|协办)[ \t\u3000]*[:：]")
TOPIC_FIELD = re.compile(r"[ \t\u3000]*[【\[]?(?:访谈|发布|会议|活动|本期|直播|节目)?主[ \t\u3000]*题[ \t\u3000]*(?:[:：]|[】\]])"
                         r"[ \t\u3000]*(?P<topic>[^\n]{6,70}?)[ \t\u3000]*$")  # (or in brackets: 【访谈主题】…)
BRACKETED_FIELD = re.compile(r"[【\[](?P<key>[^】\]\n]{1,8})[】\]]")


NUMBERED_ASK = re.compile(r"(?:问题)?[0-9一二三四五六七八九十]{1,3}[、.．]")


STAFF_CREDIT = re.compile(r"(?:记者|通讯员|实习生|见习记者)[ \t\u3000]+[\u4e00-\u9fff]{2,3}(?=[ \t\u3000、]|$)")
LIVE_ENTRY = re.compile(r"[\[【(（]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[\]】)）]?[ \t\u3000]*[\u4e00-\u9fff]")


def title(doc: Document) -> Optional[str]:
    """The headline: a short line before the first long paragraph, preferring lines that name an event."""
    s = doc.simplified
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", s[:5000])]
    head = []
    for a, b in lines:
        if NOTICE_LINE.match(s, a, b):
            continue  # a live page's latest note above its headline
        if b - a >= 120 or (b - a >= PARAGRAPH_CHARS and (PARAGRAPH_PUNCT.search(s, a, b) or (
                b - a > HEADLINE_MAX_CHARS and SENTENCE_COMMA.search(s, a, b)))):
            break  # the first paragraph: the headline came before it
        head.append((a, b))

    def ok(a, b):
        line = s[a:b].strip()
        # a line that opens with a role label ("主持人：…") is a roster line, not the headline
        head_label = re.match(r"[^:：]{1,8}[:：]", line)
        if head_label and (ROLE_WORDS.search(head_label.group()) or _is_byline(line[head_label.end():].strip())
                           or FIELD_LABEL.fullmatch(head_label.group())):
            return False  # (and "特邀观察员：临川学院副教授 石磊": a role, then the person; "上线单位：…": a field)
        bracketed = BRACKETED_FIELD.match(line)  # "【访谈地点】南溪市政府网站演播室", "【主持人】林静": a field too
        if bracketed and (ROLE_WORDS.search(bracketed.group("key")) or FIELD_LABEL.fullmatch(bracketed.group("key") + "：")
                          or "主题" in bracketed.group("key")):
            return False
        # a dated line is a headline only when it names an event and is no page metadata
        dated_ok = not DATE_FULL.search(line) or (TITLE_CUES.search(line) and not META_CUES.search(line))
        if OUTLET_LABEL_RE.fullmatch(line) or reporter_byline(line) or TAGS_ONLY.fullmatch(line) or BODY_ONLY.fullmatch(line):
            # the site's name ("加拿大都市网"), a byline ("本报记者 刘洋"), a column's tag ("【发布会实录】") or a
            # row of links ("【刷新】 【查看全部】"), the issuing body alone ("澳门特区政府新闻局")
            return False
        if _is_byline(line):
            return False
        if SECTION_HEADING.match(line) or re.fullmatch(r"[(（][^()（）]*[)）]", line) or line.startswith(SUBTITLE_DASHES):
            # "一、任务分工", "（二）主要措施", "（2022年11月20日新闻发布会）": a section or a note;
            # "——2024年2月28日在市人大常委会会议上": the subtitle under the headline
            return False
        if LIVE_ENTRY.match(line) or STAFF_CREDIT.search(line):
            return False  # "15:00 发布会开始": a live page's entry; "…全媒体记者 王丽 通讯员 陈强": the credit
        asks = re.search(r"[？?]$", line) is not None  # a headline may ask (…为何“分了又混”？); a labelled question may not,
        if asks and (re.match(r"[^:：]{1,6}[:：]", line) or NUMBERED_ASK.match(line)):  # nor a numbered one (1.…？)
            return False
        return (6 <= len(line) <= 70 and not re.search(r"[。！!：:—-]$|。|摄$", line)
                and len(re.findall(r"[\u3400-\u9fff]", line)) >= 4 and dated_ok)

    def topic(a, b):
        return TOPIC_FIELD.match(s, a, b) is not None

    for pick in (lambda a, b: ok(a, b) and TITLE_CUES.search(s, a, b), topic, ok):
        cands = [(a, b) for a, b in head if pick(a, b)]
        field = TOPIC_FIELD.match(s, *cands[0]) if pick is topic and cands else None
        if field is not None:
            # no headline names the event, but a field gives its topic: "访谈主题：发展特色玫瑰产业 推动乡村全面振兴"
            return doc.text[field.start("topic"):field.end("topic")].strip()
        if cands:
            a, b = cands[-1]
            tag = HASHTAG_RE.match(s, a, b)  # "#东湖市生态环境新闻发布会# 图文直播": the topic is the headline
            if tag is not None:
                a, b = tag.span("tag")
            # a label or a column name before the headline: "图文直播：…", "在线访谈：…", "权威发布 | …"
            m = re.match(r"\s*(?:(?:原标题|标题|题目|图文直播|文字直播|视频直播|直播|实录|在线访谈|网络访谈|访谈|专访)[:：—-]+"
                         r"|[【\[][^】\]\n]{1,8}[】\]]"  # (【直播回顾】, 【权威发布】: a column's tag)
                         r"|[^|｜丨]{2,8}[ \t\u3000]*[|｜丨])\s*", s[a:b])
            if m and b - a - m.end() >= 6:
                a += m.end()
            tail = HEADLINE_TAIL.search(s, a, b)
            if tail:
                b = tail.start()
            site = SITE_SUFFIX.search(s, a, b)  # "…新闻发布会召开_松陵新闻网": the site's name after the headline
            if site:
                b = site.start()
            return doc.text[a:b].strip()
    # a page run into one paragraph: the headline is the words before its first bracketed label
    # ("商务部例行新闻发布会（2024年4月18日） 【商务部新闻发言人 何亚东】各位记者…")
    if lines:
        a, _b = lines[0]
        run_in = RUN_IN_HEADLINE.match(s, a, _b)
        if run_in and ok(*run_in.span("headline")) and TITLE_CUES.search(s, *run_in.span("headline")):
            return doc.text[run_in.start("headline"):run_in.end("headline")].strip()
    # no headline (a live-text page): the event the opening names, "召开…系列新闻发布会"
    m = EVENT_RE.search(s, 0, 1500)
    if m:
        return doc.text[m.start("event"):m.end("event")].strip()
    return None


def _is_byline(line: str) -> bool:
    """A byline ("市长 王建华", "东湖日报 张三"): who speaks or writes, not a headline; a name run into
    words that end in no title word is none ("市长热线访谈实录" is no 谈实录)."""
    byline = split_person(line)
    title = byline.title or ""
    spaced_title = bool(title) and title[-1] in SPACES and compact(title).endswith(TITLE_WORDS)
    return bool(byline.name and looks_like_name(compact(byline.name))
                and (len(compact(title)) <= BYLINE_TITLE_CHARS or spaced_title)
                and not BYLINE_BREAK.search(title)
                and (not title or title[-1] in SPACES or title.endswith(TITLE_WORDS)))


def date(doc: Document, labels: list[Label], year: Optional[int] = None) -> Optional[str]:
    """The event date: a live-text stamp, a full date written with the event, or the lead's month and day.

    A lead "M月D日" (Arabic or Chinese numerals: 今日(二月二十六日)) takes the year of the page's
    dates, else that of the same month named before it ("2025年8月例行新闻发布会"), else ``year``
    (the file name's); "昨日召开" is the day before the page's date. Without a year, no date.
    """
    for lab in labels:
        if lab.date:
            y, m, d = re.split(r"-", lab.date)
            return _iso(int(y), int(m), int(d))
    head = doc.simplified[:HEAD_CHARS]
    meta = _cut_text(doc, HEAD_CHARS, skip=("chrome:navigation",))  # (上一則：…113年5月1日…: another item's date)
    dated = head + " " + meta
    fulls = [ymd for a, b, ymd in _full_dates(dated) if not _bound(dated, a, b)]
    fulls = [f for f in fulls if 1 <= f[1] <= 12 and 1 <= f[2] <= 31]
    if not fulls:  # a long page dated only at its foot ("2025年10月16日（星期四）", as Hong Kong's releases)
        fulls = [ymd for _a, _b, ymd in _full_dates(" ".join(m.group() for m in DATELINE.finditer(doc.simplified)))][-1:]
    lead = head[:labels[0].start] if labels else head[:LEAD_CHARS]
    before_labels = doc.simplified[:labels[0].start] if labels else head
    # where the cleaning cut a page's fields off a dated line ("时间：2021年12月28日 15:41   来源：…   阅读：865次"):
    # that line still tells when the page was posted
    # (only those before the labels: a long page may hold thousands of dated lines, each mapped back by a scan)
    head_source_end = doc.cleaning.source_offset(len(before_labels) - 1) + 1 if before_labels else 0  # (a kept character)
    cut = {doc.cleaning.clean_offset(d.start) for d in doc.cleaning.drops
           if d.start <= head_source_end and d.rule.startswith(DATE_FIELDS_RULE) and PAGE_METADATA_LINE.search(d.text)}
    if fulls and YESTERDAY_EVENT.search(lead):
        import datetime as _dt

        try:
            return (_dt.date(*fulls[0]) - _dt.timedelta(days=1)).isoformat()
        except ValueError:
            pass
    for a, b, ymd in _full_dates(before_labels):  # "2023年6月21日外交部发言人毛宁主持例行记者会"
        if PLANNED_BEFORE.search(before_labels, max(0, a - PLANNED_REACH), a):
            continue  # "将于2024年11月15日至18日举办": the day of what the briefing announces
        if DATELINE_ALONE.fullmatch(before_labels, before_labels.rfind("\n", 0, a) + 1, _line_end(before_labels, a)):
            return _iso(*ymd)  # "（2022年3月15日）" under a speech's byline: the day it was given, not the page's
        fields = _on_line(EVENT_FIELDS, before_labels, a)  # "发布时间：2024年8月26日 15:00  主题：…  发布人：…"
        if (_on_line(PAGE_METADATA_LINE, before_labels, a) or _line_end(before_labels, a) in cut) and not fields:
            continue  # "时间：2024年11月05日　来源：县融媒体中心": when the page was posted
        if fields or PRESS_EVENT_AFTER.match(before_labels, b) or EVENT_TIME_KEY.search(before_labels, max(0, a - 12), a):
            return _iso(*ymd)
    year = fulls[0][0] if fulls else year
    near: list[tuple[bool, int, int, int]] = []  # (not a press event, position, month, day)
    for m in DATE_MD.finditer(lead[:LEAD_CHARS]):
        if _on_line(PAGE_METADATA_LINE, lead, m.start()) or _line_end(lead, m.start()) in cut \
                or PLANNED_BEFORE.search(lead, max(0, m.start() - PLANNED_REACH), m.start()):
            continue
        mm, dd = _number(m.group("m")), _number(m.group("d"))
        line_end = lead.find("\n", m.end())  # (the event is named on the date's own line: a signed
        # notice's date "2024年6月8日" is not the day of the conference named on the next line)
        if EVENT_NEAR.search(lead, m.end(), min(m.end() + 40, line_end if line_end >= 0 else len(lead))):
            near.append((PRESS_EVENT_AFTER.match(lead, m.end()) is None, m.start(), mm, dd))
    # the day of the briefing before the day of what it announces ("…8月8日开幕" in the headline,
    # "7月25日…召开新闻发布会" in the lead; "地铁3号线9月28日开通，发布会全文来了" over "9月24日上午，…召开新闻发布会");
    # a news agency's dateline (中新网11月22日电) is the day it reported, after the day it reports
    # ("…消息，11月21日，商务部召开例行新闻发布会")
    first_line = lead.find("\n")
    dated_by = [(DATELINE_AFTER.match(lead, lead.find("日", pos) + 1) is not None, other, 0 <= pos < first_line, pos, mm, dd)
                for other, pos, mm, dd in near]
    for dateline, _other, _headline, pos, mm, dd in sorted(dated_by):
        month_year = year or _year_of_month(lead, mm)
        if month_year:
            day = _day_only(lead, pos + 1) if dateline else None
            return _iso(*(_before(month_year, mm, dd, day) if day else (month_year, mm, dd)))
    if fulls:
        day = _day_only(lead, 0)  # "8日下午…召开例行新闻发布会" on a page posted on the 9th
        return _iso(*(_before(*fulls[0], day) if day else fulls[0]))
    return None


DATELINE_AFTER = re.compile(r"[ \t\u3000]*(?:电|讯)")  # 中新网11月22日电, 东南网8月9日讯
# A day of the month alone, with the event after it: "8日上午，福州市政府新闻办召开新闻发布会"
DAY_ONLY = re.compile(r"(?<![\d.月年/\-第每至到~～—–、和])(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
                      r"(?:上午|下午|晚上|晚间|晚|早上|中午)?")


def _day_only(lead: str, start: int) -> Optional[int]:
    """The day of a lead's "8日上午…召开…" after ``start``: the event dated by its day alone."""
    for m in DAY_ONLY.finditer(lead, start, min(len(lead), start + LEAD_CHARS)):
        if PLANNED_BEFORE.search(lead, max(0, m.start() - PLANNED_REACH), m.start()):
            continue  # "将于18日举办": the day of what the briefing announces
        line_end = lead.find("\n", m.end())
        if EVENT_NEAR.search(lead, m.end(), min(m.end() + 40, line_end if line_end >= 0 else len(lead))):
            d = _number(m.group("d"))
            return d if 1 <= d <= 31 else None
    return None


def _before(y: int, m: int, d: int, day: int) -> tuple[int, int, int]:
    """The last ``day`` of the month on or before y-m-d (the day-only date of an event reported then)."""
    if day <= d:
        return y, m, day
    return (y, m - 1, day) if m > 1 else (y - 1, 12, day)


def _year_of_month(lead: str, month: int) -> Optional[int]:
    """The year of "YYYY年M月" in the lead when M is ``month`` and no period bounds it ("2024年8月以来")."""
    for m in YEAR_MONTH.finditer(lead):
        if int(m.group("m")) == month and not _bound(lead, m.start(), m.end()):
            return int(m.group("y"))
    return None


# A line of the page's own data (when posted, by whom, from where, how often read), not the event's
PAGE_METADATA_LINE = re.compile(r"来源\s*[:：]|作者\s*[:：]|编辑\s*[:：]|发布者|浏览|点击|阅读|字号|"
                                r"(?:发布|更新|发表|录入|上传|修改)(?:时间|日期)")
# The key of a header line that gives when the event takes place: 访谈时间：…, 发布会时间：…
EVENT_TIME_KEY = re.compile(r"(?:(?:访谈|直播|会议|发布会|记者会|活动|举行|召开|节目|播出|上线)时间|(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]、)?"
                            r"时[ \t\u3000]*间)\s*[:：]\s*$")  # (a bare 时间： opens a header's line, as 地点： does;
# either may be padded to a column's width: 时　间：)


# The fields of a conference's own header: a date on their line is the event's, whatever its key says
EVENT_FIELDS = re.compile("(?:" + "|".join("[ \t\u3000]*".join(key) for key in ("主题", "发布人", "主持人", "地点", "嘉宾"))
                          + r")\s*[:：]")


DATE_FIELDS_RULE = "date-fields"  # the chrome rule (data/chrome.toml) that cuts a page's fields off its date line


def _line_end(s: str, pos: int) -> int:
    end = s.find("\n", pos)
    return end if end >= 0 else len(s)


def _on_line(pattern: re.Pattern, s: str, pos: int) -> bool:
    """Whether the line holding ``pos`` holds ``pattern``: page metadata ("2023年06月15日10:02 | 来源：人民网"),
    or the event's own fields."""
    start = s.rfind("\n", 0, pos) + 1
    end = s.find("\n", pos)
    return pattern.search(s, start, end if end >= 0 else len(s)) is not None


def _full_dates(s: str) -> list[tuple[int, int, tuple[int, int, int]]]:
    """(start, end, (y, m, d)) of every full date, in Arabic digits or in Chinese numerals
    (二〇二三年三月三十日, as official documents write them), in text order."""
    found = [(m.start(), m.end(), (int(m.group("y")), int(m.group("m")), int(m.group("d"))))
             for m in DATE_FULL.finditer(s)]
    found += [(m.start("y"), m.end(), (int(m.group("y")), int(m.group("m")), int(m.group("d"))))
              for m in DATE_COMPACT.finditer(s)]
    found += [(m.start(), m.end(), (int(m.group("y").translate(CN_YEAR_DIGITS)), _number(m.group("m")),
                                    _number(m.group("d")))) for m in DATE_CN.finditer(s)]
    found += [(m.start(), m.end(), (int(m.group("y")) + ROC_YEAR_ZERO, int(m.group("m")), int(m.group("d"))))
              for m in DATE_ROC.finditer(s) if len(m.group("y")) == 3 or m.group().startswith("民国")]
    found += [(m.start("y"), m.end(), (int(m.group("y")) + ROC_YEAR_ZERO, int(m.group("m")), int(m.group("d"))))
              for m in DATE_ROC_FIELD.finditer(s)]
    for m in DATE_EN.finditer(s):
        mon, day, year = (m.group("mon"), m.group("d"), m.group("y")) if m.group("mon") else \
            (m.group("mon2"), m.group("d2"), m.group("y2"))
        found.append((m.start(), m.end(), (int(year), MONTHS.index(mon[:3].lower()) + 1, int(day))))
    return sorted(found)


def date_or_file_date(doc: Document, labels: list[Label]) -> tuple[Optional[str], Optional[str]]:
    """The page's date (``date``); where the page writes no year, the file name's (archives are named
    by date), with a note that says so."""
    found = date(doc, labels)
    named = file_date(shown(doc.source)) if found is None else None
    if named is None:
        return found, None
    found = date(doc, labels, year=named[0])
    if found is not None:
        return found, f"date: the page writes no year; the year {named[0]} is the file name's"
    return _iso(*named), "date: the page writes none; taken from the file name"


def file_date(source: str) -> Optional[tuple[int, int, int]]:
    """The date an archive's file name carries ("mfa-2016-05-16-briefing.txt", "20190926.html"),
    for a page that writes no year; a longer digit run (an id such as P201409190304) carries none."""
    m = FILE_DATE.search(PurePath(source).name)
    if m is None:
        return None
    return int(m.group("y")), int(m.group("m")), int(m.group("d"))


def _bound(s: str, a: int, b: int) -> bool:
    """A date that bounds a period ("自2024年3月1日起施行", "截至2023年6月30日") is one the text speaks of,
    not the page's date."""
    return bool(PERIOD_BEFORE.search(s, max(0, a - 2), a) or PERIOD_AFTER.match(s, b))


def _number(digits: str) -> int:
    """12 or 十二 as an int (cn2an reads the Chinese numerals)."""
    if digits.isdigit():
        return int(digits)
    import cn2an

    try:
        return int(cn2an.cn2an(digits, "smart"))
    except (ValueError, KeyError):
        return 0


def _iso(y: int, m: int, d: int) -> Optional[str]:
    return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else None


def place(doc: Document, title: Optional[str], labels: Sequence[Label] = ()) -> Optional[str]:
    """The city (the "XX市" named in the title, or most often), else the body that holds the event.

    City candidates are the 2- and 3-character runs before 市 that hold no function character, so
    "邀请市…" or "县级城市" never pass for a place name. A city named once, in passing, gives way
    to the body the lead names as holding the briefing ("外交部发言人…", "国防部举行例行记者会") or
    answering for it ("生态环境部有关负责人就《意见》答记者问").
    """
    s = doc.simplified
    # in a transcript the venue is named before anyone speaks; a city named only in the turns is a
    # topic (达沃市 in a question), unless the page speaks as a city (全市, 我市: 泰安市以…)
    head_end = labels[0].start if labels else CITY_CHARS
    simple_title = to_simplified(title) if title else ""
    city, named = _city(doc, simple_title, head_end)
    if city is None and labels and OWN_CITY.search(s, 0, CITY_CHARS):
        city, named = _city(doc, simple_title, CITY_CHARS)
    province = _province(simple_title)
    if city is not None and named and not (province is not None and to_simplified(city) not in simple_title
                                            and _opens_with_province(simple_title)):
        return city  # (not a city the lead names in a guest's post when a provincial body holds the event)
    county = _county(doc, title, simple_title, head_end)
    if county is not None:
        return county
    if province is not None:
        return province
    body = host_body(doc, labels)
    if body is not None and (city is None or not GENERIC_BODY.match(doc.simplified, *body)):
        # (a body named by its level alone gives way to the city the page names, or to the region the
        # page names for that level: 省政府新闻办 on a page whose source is 河南省人民政府新闻办公室)
        region = _region_of(doc, s[body[0]], simple_title, min(head_end, HEAD_CHARS)) \
            if GENERIC_BODY.match(s, *body) else None
        return region or doc.text[slice(*body)]
    # (a city named once in passing, and unknown to the gazetteer, is no evidence: "全市共设立市县乡村…" names no 设立)
    # (nor one named only in a guest's post: "全国人大代表、湖南省浏阳市沙田村党支部书记周文澜" was not in 浏阳)
    known = city if city is not None and (named or to_simplified(city) in city_names()) \
        and not _only_in_posts(s, to_simplified(city), head_end) else None
    return known or _known_place(s[:min(head_end, HEAD_CHARS)]) or _local_paper_city(doc)


def _only_in_posts(s: str, city: str, end: int) -> bool:
    """Whether every mention of ``city`` before ``end`` lies in the title of a named person."""
    posts = [m.title for m in titled_mentions(s, 0, end)]
    at = s.find(city, 0, end)
    if at < 0 or not posts:
        return False
    while at >= 0:
        if not any(a <= at < b for a, b in posts):
            return False
        at = s.find(city, at + 1, end)
    return True


def _region_of(doc: Document, level: str, simple_title: str, head_end: int) -> Optional[str]:
    """The province a provincial body's page names in its head, or the city its title names without 市
    ("扬州召开…新闻发布会") or the site's own lines name (保定市人民政府网站, 来源：保定市人民政府新闻办公室):
    where a body named by its level alone (省政府新闻办, 市政府新闻办) sits."""
    s = doc.simplified
    if level == "省":
        # named in full in the page's first part (河南省人民政府新闻办公室召开…), the most often
        rx, short = _province_re(), _province_short_re()
        full = Counter(province_names()[x.group()] for x in rx.finditer(s, 0, HEAD_CHARS)) if rx else Counter()
        if full:
            return full.most_common(1)[0][0]
        # or in the page's own lines the cleaning cut (来源：河南省人民政府新闻办公室), more often than any other
        meta = Counter(province_names()[x.group()] for x in rx.finditer(to_simplified(_cut_text(doc, META_CHARS)))) \
            if rx else Counter()
        top = meta.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
        # or named short, again and again, before anyone speaks (湖北日报网, 中国（湖北）自贸试验区, 湖北日报讯)
        counts = Counter(x.group() for x in short.finditer(s, 0, head_end)) if short is not None else Counter()
        best = counts.most_common(1)
        return best[0][0] if best and best[0][1] >= SHORT_PROVINCE_MIN else None
    if level == "市":
        cities = city_names()
        return next((simple_title[i:i + n] for i in range(len(simple_title)) for n in (2, 3)
                     if simple_title[i:i + n] in cities), None) or _site_city(doc)
    return None


SITE_CITY_RE = re.compile(r"(?P<p>[\u4e00-\u9fff]{2,3}?)市(?:人民政府|政府|委|[\u4e00-\u9fff]{2,12}?(?:局|办|办公室|中心))")


def _site_city(doc: Document) -> Optional[str]:
    """The city whose bodies the page's own chrome names (site name, 来源, 主办单位 lines the cleaning cut),
    more often than any other city: a list of sister sites names each city once."""
    meta = to_simplified(_cut_text(doc, META_CHARS))
    cities = city_names()
    counts = Counter(m.group("p") for m in SITE_CITY_RE.finditer(meta) if m.group("p") in cities).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


def host_body(doc: Document, labels: Sequence[Label] = ()) -> Optional[tuple[int, int]]:
    """The body the lead names as holding the briefing ("国防部举行例行记者会", "国务院台办4月17日上午举行…")
    or answering for it, else the one the host's welcome names."""
    s = doc.simplified
    body = HOST_BODY_RE.search(s, 0, labels[0].start if labels else LEAD_CHARS)
    if body is None and labels:  # "【高峰】:…欢迎大家参加商务部例行新闻发布会": the host's welcome names it
        body = HOST_BODY_RE.search(s, labels[0].content_start, labels[0].content_start + WELCOME_CHARS)
    return _body_name(s, *body.span("body")) if body is not None else None


@lru_cache(maxsize=1)
def _province_re() -> Optional[re.Pattern[str]]:
    names = province_names()
    return re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True))) if names else None


SHORT_PROVINCE_MIN = 2  # a province named short once may be a neighbour; named again, it is the page's


@lru_cache(maxsize=1)
def _province_short_re() -> Optional[re.Pattern[str]]:
    names = set(province_names().values())
    return re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True))) if names else None


def _province(simple_title: str) -> Optional[str]:
    """The province the title names in full ("河北省政府新闻办…", "内蒙古自治区…"), as it is called (河北)."""
    rx = _province_re()
    m = rx.search(simple_title) if rx is not None else None
    return province_names()[m.group()] if m else None


def _opens_with_province(simple_title: str) -> bool:
    """Whether the title opens with a province's full name: a provincial body holds the event."""
    rx = _province_re()
    return rx is not None and rx.match(simple_title) is not None


def _county(doc: Document, title: Optional[str], simple_title: str, end: int) -> Optional[str]:
    """The district or county that opens the title and, in the lead, holds the event."""
    if not title:
        return None
    m = COUNTY_RE.match(simple_title)
    if m is None or m.group("p")[0] in "全本我该各这那其" or m.group("p") in COUNTY_STOP:
        return None
    p = m.group("p")
    held = re.compile(re.escape(p) + COUNTY_HOLDS).search(doc.simplified, 0, min(end, HEAD_CHARS))
    if held is not None:
        return doc.text[held.start():held.start() + len(p)]
    at = m.start("p")
    # "安平县乡村振兴工作新闻发布会", and the page speaks as that county (全县, 我县)
    own = OWN_COUNTY.search(doc.simplified, 0, OWN_COUNTY_CHARS)
    named = len(p) >= 3 and TITLE_EVENT.search(simple_title)
    return title[at:at + len(p)] if named and own is not None and own.group()[-1] == p[-1] else None


def _body_name(s: str, a: int, b: int) -> tuple[int, int]:
    """The body's own name: after a welcome or a source (欢迎大家参加商务部, 记者从市政府新闻办), without
    the country before a ministry ("中国商务部" is 商务部: its full name is 中华人民共和国商务部)."""
    welcome = BODY_AFTER.match(s, a, b)
    if welcome:
        a = welcome.end()
    country = NATION_PREFIX.match(s, a, b - 1)
    if country and s[b - 1] == "部":
        a = country.end()
    return a, b


def _known_place(head: str) -> Optional[str]:
    """The region whose government's words the page's head uses (财政司司长 → 香港), or the city of
    a venue it names (人民大会堂 → 北京). The longest cue decides, the first among equals: 行政长官 serves
    two regions, 澳门特别行政区行政长官 names one."""
    cues = [m.group() for m in KNOWN_PLACE_RE.finditer(head)]
    return KNOWN_PLACE[max(cues, key=len)] if cues else None


META_CHARS = 20000  # of what the cleaning cut, read for a page's own names (its site, its paper)


def _cut_text(doc: Document, chars: int, skip: tuple[str, ...] = ()) -> str:
    """What the cleaning cut from the page (its chrome: site name, source, date fields), up to ``chars``."""
    return " ".join(d.text for d in doc.cleaning.drops if d.text and d.reason not in skip)[:chars]


def _local_paper_city(doc: Document) -> Optional[str]:
    """A story that speaks of 全市/市委 without naming its city: the city of the local paper that prints it
    ("新河日报 2024年5月10日 第01版" → 新河), when that name also occurs in the article itself."""
    s = doc.simplified[:META_CHARS]
    if not OWN_CITY.search(s):
        return None
    meta = _cut_text(doc, META_CHARS)
    counts: dict[str, int] = {}
    for m in LOCAL_PAPER.finditer(s + "\n" + meta):
        if m.group("p") not in NOT_PLACE_PAPERS:
            counts[m.group("p")] = counts.get(m.group("p"), 0) + 1
    for p in sorted(counts, key=lambda p: -counts[p]):
        for m in re.finditer(re.escape(p), s):
            if not LOCAL_PAPER.match(s, m.start()):
                return doc.text[m.start():m.end()]
    return None


def _city(doc: Document, simple_title: str, end: int) -> tuple[Optional[str], bool]:
    """The city named before ``end``, and whether the title or a second mention vouches for it."""
    s = doc.simplified[:end]
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    cities = city_names()
    for rx in (PLACE2_RE, PLACE3_RE, PLACE4_RE):
        for m in rx.finditer(s):
            p = m.group("p")
            if (PLACE_BAD.search(p) or p[-1] + "市" in MARKET_WORDS) and p not in cities or p + "市" in PLACE_STOP \
                    or len(p) == 4 and p not in cities:
                continue  # (晋城, 本溪, 日照: the gazetteer vouches for a name that holds such a character)
            if s.startswith("市区", m.end("p")) and p not in cities:
                continue  # "免费乘坐市区公交": 市区 is the urban area, the word before it no city
            if m.start("p") > 0 and s[m.start("p") - 1] == p[0]:
                continue  # "和大家聊聊城市交通": a doubled verb before the word 城市, not 聊城
            counts[p] = counts.get(p, 0) + 1
            first.setdefault(p, m.start("p"))
    # a longer run that only extends a shorter candidate ("在焦作") is not a name, unless the gazetteer
    # knows it (石家庄, not 家庄; 呼和浩特, not 浩特; 马鞍山, not 鞍山, though both are cities)
    for p in sorted((p for p in counts if len(p) > 2), key=len):
        tail = next((p[k:] for k in range(1, len(p) - 1) if p[k:] in counts and counts[p[k:]] >= counts[p]), None)
        if tail is not None:
            del counts[tail if p in cities else p]
    if not counts:
        return None, False
    title_s = simple_title
    first_line = s[:s.find("\n")] if "\n" in s else s[:200]
    site = SITE_NAME.search(first_line)  # "…新闻发布会_江城市人民政府": the site is the city's
    title_s += "\n" + (site.group("site") if site else "")
    in_title = [p for p in counts if p in title_s]
    best = max(in_title or list(counts), key=lambda p: (counts[p], -first[p]))
    i = first[best]
    return doc.text[i:i + len(best)], bool(in_title) or counts[best] >= 2
