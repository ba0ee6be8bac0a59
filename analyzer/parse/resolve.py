"""Speaker resolution: every label to a person, through explicit evidence on the page.

A label names a person directly (``李博：``), by a short form (``高局长``), by a title whose holder
the page names elsewhere (``財政司司長：`` → 以下為財政司司長曾俊華…), or not at all (``答：`` → the one
official the headline or lead names; ``问：``/``记者：`` → an anonymous reporter). Each resolution
adds an ``Evidence`` (rule and offsets) to the person, so the export says why every turn is theirs.
Roles are settled last, from what people do: a host who answers the questions is the official,
a person the lead does not name who opens the event for the organisers hosts it.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Document, Evidence
from ..script import to_simplified
from .labels import HOST_SEQ_RE, OUTLET_LABEL_RE, REPORTER, REPORTER_RE, SELF_OUTLETS, Label, reporter_byline
from .names import CUES, TITLE_RE, body_of, compact, looks_like_name, name_at, surname_of, titled_mentions
from .roster import MentionFinder, Person, Roster, handoff, holds, organisation_in, trim

# "我是人民日报记者" / "我来自南湖晚报。": without 记者 the words must read as an outlet (OUTLET_LABEL_RE)
SELF_INTRO_RE = re.compile(
    r"[^。？！?!\n]{0,16}?(?:我是来自|我来自|我是)(?P<outlet>[^，,。！？!?；;、\s的]{2,16}?)"
    r"(?:(?:的)?(?P<reporter>记者)|的?(?=[，,。！!；;\s]))"  # 我是来自东湖电视台的记者, 我是东湖日报社的，
    r"|(?P<outlet_first>[^，,。！？!?；;、\s的]{2,16}?)记者(?:提问)?[，,。：:]"  # "东湖晚报记者，我想问…", "珠江时报记者提问。"
)
SPOKESPERSON = re.compile("发言人")
# An official the headline or lead names by title only: "生态环境部有关负责人就…答记者问", "商务部新闻发言人就…答记者问"
UNNAMED_OFFICIAL_RE = re.compile(
    r"(?P<who>[^\s，,。；;：:！？!?“”《》()（）]{2,24}?(?:(?:有关)?负责(?:人|同志)|发言人))(?=就|答|介绍|回答|接受|表示|应询)")
# "市生态环境局关于排污许可的政策问答", "省教育厅就《办法》答记者问": a headline that opens with the body
BODY_HEADLINE_RE = re.compile(r"(?m)^[ \t\u3000]*(?P<body>[\u3400-\u9fff]{1,20}?(?:委员会|办公室|部|局|厅|署|委|办|中心))"
                              r"(?:关于|就)[^\n]{2,60}?(?:问答|答记者问|答问|解读)[ \t\u3000]*$")
HEADLINE_REACH = 400
NOT_NAMED = "(the official is not named on the page)"  # the evidence of an answerer no name is known for
SPOKESPERSON_BY_DEFAULT = ", the spokesperson of the officials the page names"  # …of a 答 nobody else is asked
ADDRESS_CUES = "|".join(map(re.escape, sorted(CUES["address_cues"], key=len, reverse=True)))
# A question that opens with a bare title ("局长，…", "请问主任您好") asks the one official who holds it.
BARE_TITLE_RE = re.compile(rf"(?:{ADDRESS_CUES})?(?P<title>{TITLE_RE.pattern})(?:[,，:：]|您好|你好)"
                           rf"|(?:{ADDRESS_CUES})(?P<asked>{TITLE_RE.pattern})")  # (请问发言人有何回应)
# Thanks to the chair before the question is put: "多谢主席。", "谢谢主持人，"
COURTESY_OPENING = re.compile(r"(?:多谢|谢谢|感谢)[^。！!，,？?]{0,6}[。！!，,]\s*")
SURNAME_TITLE_RE = re.compile(rf"(?:{ADDRESS_CUES})(?P<surname>[\u3400-\u9fff])(?P<title>{TITLE_RE.pattern})")
# …or a question that opens by addressing them: "刘委员您好，…", "王局长，…"
SURNAME_TITLE_OPENING = re.compile(rf"(?P<surname>[\u3400-\u9fff])(?P<title>{TITLE_RE.pattern})(?=[,，:：]|您好|你好)")
# "请问市水务局，…", "想请水务局的同志回答": a question put to a body asks the one official of that body
# (not one whose words the question cites: "请问发言人刚才提到…" asks, "…发言人表示" reports)
ASKED_TITLE_RE = re.compile(rf"(?:{ADDRESS_CUES})(?P<asked>{TITLE_RE.pattern})(?![\u4e00-\u9fff]{{0,3}}(?:说|表示|指出|提到))")
ASKED_BODY_RE = re.compile(rf"(?:{ADDRESS_CUES})(?:一下)?(?P<body>(?P<field>[\u3400-\u9fff]{{1,12}}?)"
                           r"(?P<kind>委员会|办公室|部门|方面|部|局|厅|署|委|办|中心|海关|总队|支队|大队|队|法院|检察院))(?![长])")
LEVEL_PREFIX = re.compile("^[市省区县]")
DEPUTY = re.compile(r"副|助理|巡视员|调研员")
SELF_INTRO = re.compile(r"[ \t\u3000]*(?:我是)?[^。！？!?，,\n]{1,20}记者(?:[\u4e00-\u9fff]{2,3})?[。，,][ \t\u3000]*")
BODY_SHORT_FORMS: dict[str, list[str]] = {row[0]: row[1:] for row in CUES["body_short_forms"]}  # 发改委: 发展和改革委员会
HOST_CUES = re.compile("|".join(map(re.escape, CUES["host_cues"])))
INTRODUCES = re.compile("出席|邀请|欢迎|请来了?|请到了|由[^。！？!?]{2,30}?(?:发布|介绍|通报)")  # (我们请来了省地震局副局长郑海峰、…, 由…杜文斌先生发布)
# The first speaker gives the statement: "下面我通报今年上半年…", "首先，我向大家介绍…", "我先发布…"
PRESENTS = re.compile(r"我(?:先|来|首先)?(?:向大家|给大家|向各位)?(?:简要|简单)?(?:通报|发布|介绍)(?:一下)?(?!嘉宾|出席|今天)")


def resolve_labels(doc: Document, labels: list[Label], roster: Roster) -> list[Person]:
    """The person behind each label, in label order (the roster grows as labels are read)."""
    out: list[Person] = []
    handoff_next: Optional[str] = None
    shorts: dict[str, Person] = {}  # "王" -> 王刚, after "王刚（以下简称王）"
    declared: set[str] = set()
    last_host: Optional[Person] = None  # the host who spoke last (kept as the labels go: no scan back per label)
    floor_to: Optional[re.Match] = None  # the outlet the host has just given the floor to
    for i, lab in enumerate(labels):
        if lab.kind == "short":
            p = shorts.get(lab.text) or _short_form_holder(doc, roster, lab)
            said = "the short form the page declares" if lab.text in declared else "the surname of the one person named"
            p.evidence.append(_ev(f"label: {lab.text}, {said}", lab))
            shorts[lab.text] = p  # (looked for once: a long interview has thousands of 王：)
        else:
            p = _follow_up(doc, lab, out) or _self_introduced(doc, lab, roster) or _floor_given(doc, roster, lab, floor_to) \
                or _person_for_label(doc, roster, lab, handoff_next, last_host)
        if lab.short_form:
            shorts[lab.short_form] = p
            declared.add(lab.short_form)
        out.append(p)
        last_host = p if p.role == "moderator" else last_host
        end = labels[i + 1].start if i + 1 < len(labels) else len(doc.text)
        handoff_next = handoff(doc, lab.content_start, end) if p.role == "moderator" else None
        floor_to = FLOOR_TO_OUTLET.search(doc.simplified, lab.content_start, end) if p.role == "moderator" else None
    return out


# The host gives the floor to an outlet's reporter: "请路透社记者提问", "下面请中新社的记者"
FLOOR_TO_OUTLET = re.compile(r"请(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,12}?)的?记者(?:朋友)?(?:提问|发问|问)?[。，,！!\s]*$")


def _floor_given(doc: Document, roster: Roster, lab: Label, floor_to: Optional[re.Match]) -> Optional[Person]:
    """An anonymous asker's label (记者：, 问：) right after the host gives the floor to an outlet: that outlet's reporter."""
    if floor_to is None or lab.kind not in ("question", "reporter") or lab.outlet_span or lab.name_span \
            or not OUTLET_LABEL_RE.fullmatch(floor_to.group("outlet")):
        return None
    a, b = floor_to.span("outlet")
    return roster.unnamed(_reporter_key(floor_to.group("outlet"), ""), "reporter",
                          _ev("label after the host gives the floor to the outlet's reporter", lab), organisation=doc.text[a:b])


def _short_form_holder(doc: Document, roster: Roster, lab: Label) -> Person:
    """An undeclared short form: a surname, the one official of it (labels make an undeclared 记 the
    anonymous reporter's question)."""
    holders = [p for p in roster.officials() if p.key and surname_of(p.key) == lab.text]
    if len(holders) == 1:
        return holders[0]
    # the one person of that surname the headline or lead names with a title ("——访…局长王刚")
    named = {compact(doc.simplified[m.name_start:m.name_end]): m for m in titled_mentions(doc.simplified, 0, lab.start)}
    mentions = [m for key, m in named.items() if surname_of(key) == lab.text]
    if not holders and len(mentions) == 1:
        m = mentions[0]
        return roster.person("speaker", Evidence("headline or lead: the person of that surname", m.title_start, m.name_end),
                             name=(m.name_start, m.name_end), title=m.title)
    return roster.unnamed("short|" + lab.text, "speaker", _ev("label: a short form", lab), title=lab.text)


def _asker_key(asker: str) -> str:
    """The roster key of an anonymous asker (问, 记者, 网友): one participant per word."""
    return "asker|" + asker


def _reporter_key(outlet: str, name: str, seq: Optional[str] = None) -> str:
    """The roster key of a reporter: one participant per outlet and name (and number: 记者1, 记者2)."""
    return f"reporter|{outlet}|{name}" + (f"|{seq}" if seq else "")


def _ev(rule: str, lab: Label) -> Evidence:
    return Evidence(rule, lab.start, lab.end)


def _follows_up(doc: Document, lab: Label) -> bool:
    """A question label that follows up the one before: 追问, or a bare 问 or 记者 whose words say so
    ("问：追问一下，太阳能电池出口为什么下降？", "记者：追问一下，…")."""
    return lab.kind in ("question", "reporter") and (lab.text in CUES["follow_up_labels"] or (
        lab.outlet_span is None and lab.name_span is None and FOLLOW_UP_OPENING.match(doc.simplified, lab.content_start)
        is not None))


def _follow_up(doc: Document, lab: Label, earlier: list[Person]) -> Optional[Person]:
    """The reporter who asked before, for a label that follows up (``_follows_up``)."""
    if not _follows_up(doc, lab):
        return None
    last = next((q for q in reversed(earlier) if q.role == "reporter"), None)
    if last is not None:
        last.evidence.append(_ev("label: follow-up by the previous reporter", lab))
    return last


# A question that says it follows up the one before: "追问一下，…", "我再追问一句", "再问一个问题", "接着刚才的问题"
FOLLOW_UP_OPENING = re.compile(r"[ \t\u3000]*(?:我|我们)?(?:想|再|还想)?(?:追问|再问|多问)(?:一下|一句|一个问题|两句)?(?![题])"
                               r"|[ \t\u3000]*接着(?:刚才|上一个|前面)(?:的|那个)?问题")


def _self_introduced(doc: Document, lab: Label, roster: Roster) -> Optional[Person]:
    """"记者：谢谢主持人，我是人民日报记者。…": an outletless reporter who names the outlet."""
    if lab.kind not in ("question", "reporter") or lab.outlet_span:
        return None
    intro = SELF_INTRO_RE.match(doc.simplified, lab.content_start, lab.content_start + 40)
    if intro is None or (not intro.group("reporter") and not OUTLET_LABEL_RE.match(intro.group("outlet") or "")
                         and not intro.group("outlet_first")):
        return None  # "我是市民，…" names no outlet
    a, b = intro.span("outlet") if intro.group("outlet") else intro.span("outlet_first")
    name = _name_key(doc, lab)
    p = roster.unnamed(_reporter_key(doc.simplified[a:b], name), "reporter", _ev("label", lab),
                       organisation=doc.text[a:b])
    if name and p.name is None:
        p.name, p.key = compact(doc.text[lab.name_span[0]:lab.name_span[1]]), name  # type: ignore[index]
    p.evidence.append(Evidence("self-introduction: outlet", a, b))
    return p


def _name_key(doc: Document, lab: Label) -> str:
    """The simplified name a label writes, if it is a name ("" otherwise)."""
    if not lab.name_span:
        return ""
    key = compact(doc.simplified[lab.name_span[0]:lab.name_span[1]])
    return key if looks_like_name(key) else ""


def _person_for_label(doc: Document, roster: Roster, lab: Label, handoff_next: Optional[str],
                      last_host: Optional[Person] = None) -> Person:
    t = doc.text
    if lab.kind == "reporter":
        return _reporter(doc, roster, lab)
    if lab.kind == "question":
        # 问/提问 is an anonymous reporter; 网友/市民 (an online interview's askers) keep their word
        asker = lab.text.removesuffix("提问") if lab.text in CUES["asker_labels"] else "记者"  # 网友提问 → 网友
        at = doc.simplified.find(asker, lab.start, lab.end)
        written = t[at:at + len(asker)] if at >= 0 else ("記者" if doc.script == "traditional" else asker)
        nick = t[lab.name_span[0]:lab.name_span[1]] if lab.name_span else None  # (labels.py reads 网友“蓉城打工人”)
        if nick:  # a netizen by screen name (网友“锦江边的小老板”问：): one participant each
            p = roster.unnamed(_asker_key(asker) + "|" + nick, "reporter", _ev("relayed: the asker's screen name", lab),
                               title=written)
            p.name = nick
            return p
        return roster.unnamed(_asker_key(asker), "reporter", _ev("label: anonymous asker", lab), title=written)
    if lab.kind == "body":
        a, b = lab.outlet_span or (lab.start, lab.start)
        return roster.unnamed("body|" + doc.simplified[a:b], "speaker",
                              _ev("label: an organisation answers in its own name", lab), organisation=t[a:b] or None)
    if lab.kind == "narrator":
        a, b = lab.outlet_span or (lab.start, lab.start)
        at = doc.simplified.find(lab.text, lab.start, lab.end) if not lab.outlet_span else -1
        return roster.unnamed("narrator|" + lab.text, "other", _ev("label: the outlet's own narration", lab),
                              organisation=t[a:b] or None, title=t[at:at + len(lab.text)] if at >= 0 else None)
    if lab.kind == "interpreter":
        at = doc.simplified.find(lab.text, lab.start, lab.end)
        return roster.unnamed("interpreter|" + lab.text, "other", _ev("label: an interpreter", lab),
                              title=t[at:at + len(lab.text)] if at >= 0 else lab.text)
    if lab.kind == "moderator" and not lab.name_span and HOST_SEQ_RE.fullmatch(lab.text):
        # one of two hosts told apart by a letter (主持人甲, 主持人乙): each their own participant
        return roster.unnamed("moderator|" + lab.text, "moderator", _ev("label: one of the hosts", lab),
                              title=t[lab.title_span[0]:lab.title_span[1]] if lab.title_span else lab.text)
    if lab.kind == "moderator" and not lab.name_span:
        # the page's first host; on a page of two sessions, the host who last spoke under a label naming
        # them ("主持人（…副主任 严淑慧）：" then "主持人：现在开始提问。")
        host = next((p for p in roster.people if p.role == "moderator"), None)
        if last_host is not None and last_host.key and last_host is not host:
            last_host.evidence.append(_ev("label: 主持人, the host who spoke last", lab))
            return last_host
        if host is not None:
            host.evidence.append(_ev("label: 主持人, the host named before", lab))
            return host
        title = t[lab.title_span[0]:lab.title_span[1]] if lab.title_span else "主持人"
        return roster.unnamed("moderator", "moderator", _ev("label: 主持人 (host not named)", lab), title=title)
    if lab.kind == "answer":
        return _handed_to(roster, lab, handoff_next) or _answerer(doc, roster, lab)
    if lab.kind == "damaged":
        return _damaged(doc, roster, lab, handoff_next)
    if lab.kind == "title_only":
        return _title_holder(doc, roster, lab)
    return _named(doc, roster, lab)


def _reporter(doc: Document, roster: Roster, lab: Label) -> Person:
    """One participant per outlet and name: two named reporters of no outlet stay two people."""
    t = doc.text
    outlet_key = doc.simplified[lab.outlet_span[0]:lab.outlet_span[1]] if lab.outlet_span else ""
    name = _name_key(doc, lab)
    numbered = REPORTER_RE.match(lab.text)
    seq = numbered.group("seq") if numbered else None  # 记者1, 记者2: two reporters, each under its label
    p = roster.unnamed(_reporter_key(outlet_key, name, seq), "reporter", _ev("label", lab),
                       organisation=t[lab.outlet_span[0]:lab.outlet_span[1]] if lab.outlet_span else None,
                       title=t[lab.start:lab.start + len(lab.text)].strip() if seq else None)
    if name and p.name is None:
        p.name, p.key = compact(t[lab.name_span[0]:lab.name_span[1]]), name  # type: ignore[index]
    return p


def _answerer(doc: Document, roster: Roster, lab: Label) -> Person:
    """答: the one official the page names (the spokesperson, if several); else an unnamed official,
    with the title the headline gives them ("生态环境部有关负责人就…答记者问")."""
    said = "label: 答" if lab.text else "the paragraph after a question, unlabelled"  # (an interview's answer)
    head = roster.head_before(lab.start)
    if head is not None:
        return roster.person("speaker", _ev(f"{said}, under the section heading that names the official", lab),
                             name=(head.name_start, head.name_end), title=head.title)
    officials = roster.officials()
    spokes = [p for p in officials if p.title and SPOKESPERSON.search(to_simplified(p.title))]
    if len(officials) == 1:
        officials[0].evidence.append(_ev(f"{said}, the official the page names", lab))
        return officials[0]
    if len(spokes) == 1:
        spokes[0].evidence.append(_ev(f"{said}{SPOKESPERSON_BY_DEFAULT}", lab))
        return spokes[0]
    named = _named_to_answer(doc, officials, lab.start)
    if named is not None:
        named.evidence.append(_ev(f"{said}, the official the lead says answers the questions", lab))
        return named
    bodies = [p for p in roster.people if not p.key and p.role == "speaker" and p.organisation]
    if not officials and len(bodies) == 1:  # "市城市管理局回复：…", later "回复：…"
        bodies[0].evidence.append(_ev(f"{said}, the one organisation that answers on the page", lab))
        return bodies[0]
    first = roster.unnamed_person("answerer") is None
    p = roster.unnamed("answerer", "speaker", _ev(f"{said} {NOT_NAMED}", lab))
    # looked for once, when the first 答 is met: the headline and lead lie before it
    titled = UNNAMED_OFFICIAL_RE.search(doc.simplified, 0, lab.start) if first else None
    if titled is not None:
        p.title = doc.text[titled.start("who"):titled.end("who")]
        p.evidence.append(Evidence("lead: the official named by title only", titled.start("who"), titled.end("who")))
    body = BODY_HEADLINE_RE.search(doc.simplified, 0, min(lab.start, HEADLINE_REACH)) if first and titled is None else None
    if body is not None:  # "市生态环境局关于排污许可的政策问答": the body answers
        p.organisation = doc.text[body.start("body"):body.end("body")]
        p.evidence.append(Evidence("headline: the body whose questions and answers these are", *body.span("body")))
    return p


# The lead's word that an official answers the questions: "…并回答了记者提问", "孟庆和就有关问题作了回答"
# (or meets the press and replies: "…後，在政府總部會見傳媒，回應記者關於…的提問")
ANSWERS_IN_LEAD = re.compile(r"(?:回答|回应)了?(?:记者|媒体|传媒)[^。！？!?\n]{0,40}?(?:提问|问题)|作了?(?:回答|解答)|答记者问"
                             r"|回答了?(?:有关|相关)?问题|(?:会见|接见)(?:传媒|媒体|记者)")
_LEAD_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _named_to_answer(doc: Document, officials: list[Person], before: int) -> Optional[Person]:
    """The one official whom a sentence before the first 答 names as answering the questions."""
    s = doc.simplified
    names = [(p.key, to_simplified(p.name)) for p in officials if p.name]  # (converted once, not once per cue)
    chosen: set[str] = set()
    for cue in ANSWERS_IN_LEAD.finditer(s, 0, before):
        ends = [m.end() for m in _LEAD_SENTENCE_END.finditer(s, max(0, cue.start() - 200), cue.start())]
        start = ends[-1] if ends else max(0, cue.start() - 200)
        sentence = s[start:cue.start()]
        chosen.update(key for key, name in names if name in sentence)
    if len(chosen) != 1:
        return None
    return next(p for p in officials if p.key in chosen)


def answers_to_the_one_asked(doc: Document, labels: list[Label], people: list[Person], roster: Roster) -> list[Person]:
    """答 on a panel of several officials: the official the question before it names ("请问吴主任，…";
    "周主任，…"); the unnamed answerer, or the spokesperson of the panel, stays only for answers to
    questions that name nobody."""
    unnamed = roster.unnamed_person("answerer")
    officials = roster.officials()
    spokes = [p for p in officials if any(e.rule.endswith(SPOKESPERSON_BY_DEFAULT) for e in p.evidence)]
    defaults = ([unnamed] if unnamed is not None else []) + spokes
    if not defaults:
        return people
    finder = roster.mention_finder()
    out = list(people)
    for i, (lab, p) in enumerate(zip(labels, people)):
        if not any(p is d for d in defaults) or i == 0 or labels[i - 1].kind not in ("question", "reporter"):
            continue
        asked = asked_official(doc, finder, officials, labels[i - 1].content_start, lab.start)
        rule = "label: 答, the official the question before names"
        if asked is None:
            asked, rule = _introduces_self(doc, finder, officials, lab.content_start), "label: 答, who says who they are"
        if asked is None and _follows_up(doc, labels[i - 1]):
            # "追问一下，…" asks the official who answered the question it follows
            asked = next((out[k] for k in range(i - 2, -1, -1) if out[k].role == "speaker"
                          and not any(out[k] is d for d in defaults)), None)
            rule = "label: 答 to a follow-up, the official who answered the question before"
        if asked is not None and asked is not p:
            asked.evidence.append(_ev(rule, lab))
            out[i] = asked
            # (the evidence of that answer, a 答 label's or an unlabelled paragraph's, leaves the default one)
            p.evidence[:] = [e for e in p.evidence if not (e.start, e.end) == (lab.start, lab.end)
                             or not e.rule.endswith((NOT_NAMED, SPOKESPERSON_BY_DEFAULT))]
    if unnamed is not None and not any(p is unnamed for p in out):
        roster.forget(unnamed)
    return out


# An answerer who says who they are at the start ("感谢提问。我是县生态环境分局卢建新。")
OFFICIAL_INTRO_RE = re.compile(r"我是[^。！？!?；;\n]{1,30}")
OFFICIAL_INTRO_REACH = 60  # characters from the start of the answer


def _introduces_self(doc: Document, finder: MentionFinder, officials: list[Person], start: int) -> Optional[Person]:
    """The one official an answer's opening "我是…" names."""
    m = OFFICIAL_INTRO_RE.search(doc.simplified, start, start + OFFICIAL_INTRO_REACH)
    if m is None:
        return None
    named = {id(p): p for _pos, p in finder(doc.simplified, m.start(), m.end()) if any(p is o for o in officials)}
    return next(iter(named.values())) if len(named) == 1 else None


# A page that says it is an interview: "——访市水利局局长吴刚", "本报记者专访了…", "对话…"
INTERVIEW_RE = re.compile(r"专访|[—–\-－]{1,2}访|访谈录|对话|采访了")
FOOT_BYLINE = re.compile(r"\n[ \t\u3000]*[（(【\[][ \t\u3000]*(?P<line>[^）)】\]\n]{3,24}?)[ \t\u3000]*[）)】\]][ \t\u3000]*$")
ANONYMOUS_REPORTERS = (_asker_key(REPORTER), _reporter_key("", ""))  # the keys of a bare 记者/问 label's asker


def the_interviewer(doc: Document, labels: list[Label], people: list[Person], roster: Roster) -> list[Person]:
    """An interview's questions under a bare 记者 or 问 are its byline reporter's ("——访市水利局局长吴刚"
    over "本报记者 刘洋"): the page says it is an interview and names one reporter before the first label."""
    anonymous = [p for key in ANONYMOUS_REPORTERS if (p := roster.unnamed_person(key)) is not None]
    if not anonymous or not labels or not INTERVIEW_RE.search(doc.simplified, 0, labels[0].start):
        return people
    s = doc.simplified
    bylines = []
    for line in re.finditer(r"[^\n]+", s[:labels[0].start]):
        bylines += _bylines_in(s, *trim(s, line.start(), line.end()))
    foot = FOOT_BYLINE.search(s, labels[-1].content_start)  # "…办结率100%。\n（记者 周洁）"
    if foot is not None:
        bylines += _bylines_in(s, *foot.span("line"))
    if len({m.group("name") for _a, m in bylines}) != 1:
        return people  # no byline, or several reporters: which one asks is not said
    a, m = bylines[0]
    p = roster.person("reporter", Evidence("byline of the interview", a, a + m.end()),
                      name=(a + m.start("name"), a + m.end("name")))
    outlet = doc.text[a + m.start("outlet"):a + m.end("outlet")].strip()
    if p.organisation is None and outlet and to_simplified(outlet) not in SELF_OUTLETS:
        p.organisation = outlet
    elif p.organisation is None and (source := SOURCE_OUTLET.search(s, 0, labels[0].start)) is not None:
        p.organisation = doc.text[source.start("outlet"):source.end("outlet")]  # 本报记者 of "来源：青州日报"
    word = a + m.end("outlet")
    p.title = p.title or doc.text[word:word + len(REPORTER)]  # 记者 as written, like the label's
    out = []
    for lab, q in zip(labels, people):
        if any(q is x for x in anonymous):
            p.evidence.append(_ev("label: 记者, the interview's byline reporter", lab))
            q = p
        out.append(q)
    for x in anonymous:
        roster.forget(x)
    return out


# A host who says who they are: "我是主持人林晓", "我是本期节目主持人苏扬"
HOST_SELF_RE = re.compile(r"我是(?:本期|今天的|今天|节目)?(?:节目)?主持人[,，\s]*(?P<name>[\u4e00-\u9fff]{2,3})")
HOST_SELF_REACH = 200  # characters into the host's first turn


def hosts_who_name_themselves(doc: Document, labels: list[Label], people: list[Person]) -> None:
    """A host the page names nowhere but in their own words (我是主持人林晓) gets that name."""
    s = doc.simplified
    for i, (lab, p) in enumerate(zip(labels, people)):
        if p.role != "moderator" or p.name:
            continue
        end = min(labels[i + 1].start if i + 1 < len(labels) else len(s), lab.content_start + HOST_SELF_REACH)
        m = HOST_SELF_RE.search(s, lab.content_start, end)
        if m is None:
            continue
        name_end = name_at(s, m.start("name"))
        if name_end is not None and name_end <= m.end("name") and looks_like_name(s[m.start("name"):name_end]):
            p.name, p.key = doc.text[m.start("name"):name_end], s[m.start("name"):name_end]
            p.evidence.append(Evidence("host: names themselves", m.start(), name_end))


# The fields of a dateline ("来源：青州日报　作者：本报记者 刘畅　分享到：")
BYLINE_FIELDS = re.compile(r"\u3000+|[ \t]{2,}|[|｜]")
SOURCE_OUTLET = re.compile(r"来源[ \t]*[:：][ \t]*(?P<outlet>[\u3400-\u9fff]{2,12}?(?:日报|晚报|早报|报|电视台|广播电视台))(?=[\s|｜]|$)")
AUTHOR_KEY = re.compile(r"(?:作者|撰稿|采写|文)[ \t]*[:：/][ \t]*")


def _bylines_in(s: str, a: int, b: int) -> list[tuple[int, re.Match]]:
    """(start, match) of each reporter's byline among the fields of ``s[a:b]``."""
    found = []
    gaps = [m.span() for m in BYLINE_FIELDS.finditer(s, a, b)]
    for x, y in zip([a] + [g[1] for g in gaps], [g[0] for g in gaps] + [b]):
        key = AUTHOR_KEY.match(s, x, y)
        x, y = trim(s, key.end() if key else x, y)
        m = reporter_byline(s[x:y])
        if m is not None:
            found.append((x, m))
    return found


def asked_official(doc: Document, finder: MentionFinder, officials: list[Person], start: int,
                   end: int) -> Optional[Person]:
    """The official a question names first ("这个问题请问申队长", "高局长,…"), by name or short form;
    else by a bare title ("局长，…", "请问主任") that one of ``officials`` holds."""
    found = [(pos, p) for pos, p in finder(doc.simplified, start, end) if any(p is o for o in officials)]
    # (not the one the host has just thanked: "谢谢黄局长。下面…有家长问欧阳局长：")
    # (nor one whose words the question only cites: "刚才谭副厅长提到…，这个问题想请刘博处长回答")
    unthanked = [(pos, p) for pos, p in found if not _thanked(doc.simplified, start, pos)]
    hits = [(pos, p) for pos, p in unthanked if not _cited(doc.simplified, pos)]
    if hits:
        return _of_body_named_before(doc.simplified, [p for pos, p in hits if pos == hits[0][0]], hits[0][0], start)
    # one only cited ("刚才刘局长提到…。请问农业农村部门…") is asked when the question names no other by title or body
    cited = [p for _pos, p in unthanked or found]
    return _asked_by_title_or_body(doc, officials, start, end) or (cited[0] if cited else None)


BODY_BEFORE_REACH = 16  # characters before "李厅长" where the body that tells two 李厅长 apart is named


def _of_body_named_before(s: str, tied: list[Person], pos: int, start: int) -> Person:
    """Of officials a question names by the same short form ("李厅长"), the one whose body it names right before
    ("请问省财政厅李厅长", "财政厅的李厅长"); else the first."""
    if len(tied) > 1:
        before = s[max(start, pos - BODY_BEFORE_REACH):pos]
        named = [p for p in tied if (core := LEVEL_PREFIX.sub("", to_simplified(p.organisation or organisation_in(p.title) or "")))
                 and core in before]
        if len(named) == 1:
            return named[0]
    return tied[0]


def _asked_by_title_or_body(doc: Document, officials: list[Person], start: int, end: int) -> Optional[Person]:
    """The official a question asks by a bare title (局长，…), by surname and title, or by body (请问农业农村部门)."""
    courtesy = COURTESY_OPENING.match(doc.simplified, start, end)  # "多谢主席。特首，…"
    at = courtesy.end() if courtesy else start
    intro = SELF_INTRO.match(doc.simplified, at, end)  # "第一财经记者。请问发言人，…": who asks, then whom
    m = BARE_TITLE_RE.match(doc.simplified, intro.end() if intro else at, end)
    if m is None:  # "据报道，…。请问发言人，…": the title asked after the question's background
        m = ASKED_TITLE_RE.search(doc.simplified, at, end)
    holders = [p for p in officials if m and holds(p.title, m.groupdict().get("title") or m.group("asked"))]
    if len(holders) == 1:
        return holders[0]
    # "请问王局长" where the page never gives 王刚 his title: the one official of that surname
    opening = SURNAME_TITLE_OPENING.match(doc.simplified, intro.end() if intro else at, end)
    for m in [*([opening] if opening else []), *SURNAME_TITLE_RE.finditer(doc.simplified, start, end)]:
        named = [p for p in officials if p.key and surname_of(p.key) == m.group("surname")
                 and (not p.title or holds(p.title, m.group("title")))]
        if named:
            return named[0] if len(named) == 1 else None
    m = ASKED_BODY_RE.search(doc.simplified, start, end)
    if m:
        body = LEVEL_PREFIX.sub("", m.group("body"))
        # (a short form's full name is looked for in the whole title: 委员会 holds the title word 委员)
        full_forms = [body.replace(short, full) for short, fulls in BODY_SHORT_FORMS.items() if short in body
                      for full in fulls]
        of_body = [p for p in officials if p.title and (body in body_of(p.title) or any(
            f in to_simplified(p.title) for f in full_forms))] or _of_field(m, officials)
        # of several, the one who heads it: the only one whose post is no deputy's (局长 beside 副局长)
        heads = [p for p in of_body if not DEPUTY.search(to_simplified(p.title or ""))] if len(of_body) > 1 else of_body
        return heads[0] if len(heads) == 1 else None
    return None


def _of_field(m: re.Match, officials: list[Person]) -> list[Person]:
    """The officials of a body the question names by its field's nickname and a kind of body: 交警部门 is
    the 交通警察支队, 城管委 the 城市管理综合行政执法委员会 (the field in the title, then that kind of
    body after it; 部门 and 方面 are any kind: 请问铁路方面)."""
    field = LEVEL_PREFIX.sub("", m.group("field"))
    fulls = BODY_SHORT_FORMS.get(field, [field]) if len(field) >= 2 else []
    kind = m.group("kind")
    found = []
    for p in officials:
        title = to_simplified(p.title or "")  # (the whole title: 委员会 holds the title word 委员)
        at = [title.find(f) + len(f) for f in fulls if f in title]
        if at and (kind in ("部门", "方面") or kind[0] in title[min(at):]):
            found.append(p)
    return found


THANKS_OPENING = re.compile(r"[ \t\u3000]*(?:谢谢|感谢|多谢)")
_CLAUSE_END = re.compile(r"[。！？!?；;]")


CITED_BEFORE = re.compile(r"(?:刚才|刚刚|前面|方才)[ \t\u3000]*$")


def _cited(s: str, pos: int) -> bool:
    """Whether the mention at ``pos`` cites what that official said before ("刚才谭副厅长提到…")."""
    return CITED_BEFORE.search(s, max(0, pos - 4), pos) is not None


def _thanked(s: str, start: int, pos: int) -> bool:
    """Whether the mention at ``pos`` is in a sentence of thanks (谢谢黄局长。)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(s, start, pos)]
    return THANKS_OPENING.match(s, ends[-1] if ends else start) is not None


def _handed_to(roster: Roster, lab: Label, handoff_next: Optional[str]) -> Optional[Person]:
    """A bare 答/发布人 right after the host hands over ("首先请顾文涛副局长作发布。" then "发布人：…"):
    the official handed to, when the page names them."""
    hp = roster.resolve(handoff_next) if handoff_next else None
    if hp is None or hp.role != "speaker":
        return None
    hp.evidence.append(_ev(f"label: {lab.text}, the official the host has just handed over to", lab))
    return hp


def _damaged(doc: Document, roster: Roster, lab: Label, handoff_next: Optional[str]) -> Person:
    """A label whose name was cut ("…副局长高。"): the one official whose name begins so, or the one handed to."""
    frag = doc.simplified[lab.name_span[0]:lab.name_span[1]] if lab.name_span else ""
    if handoff_next and handoff_next.startswith(frag):
        hp = roster.resolve(handoff_next)
        if hp:
            hp.evidence.append(_ev("damaged label: the official the moderator handed to", lab))
            return hp
    cands = [p for p in roster.officials() if p.key.startswith(frag)]
    if len(cands) == 1:
        cands[0].evidence.append(_ev("damaged label: the one official whose name begins so", lab))
        return cands[0]
    return roster.person("speaker", _ev("damaged label", lab), title=lab.title_span)


def _title_holder(doc: Document, roster: Roster, lab: Label) -> Person:
    """財政司司長： → the official of that title the page names (曾俊華); else unnamed with the title."""
    title = doc.simplified[lab.title_span[0]:lab.title_span[1]] if lab.title_span else lab.text
    words = list(TITLE_RE.finditer(title))
    short = title[words[-1].start():] if words else title
    role = "moderator" if lab.moderator_mark else "speaker"
    head = roster.head_before(lab.start)
    if head is not None and holds(doc.simplified[slice(*head.title)].strip(), short):
        # "【部长】" under the heading "民政部部长 韩振东": the minister the section is about
        return roster.person(role, _ev("label: title, under the section heading that names the official", lab),
                             name=(head.name_start, head.name_end), title=head.title)
    named = roster.resolve(compact(title))  # 王局长: the 局长 whose surname is 王
    if named is not None:
        named.evidence.append(_ev("label: short form of the official the page names", lab))
        return named
    for word in (title, short):
        cands = roster.holders(word)
        if len(cands) == 1:
            cands[0].evidence.append(_ev("label: title held by the official the page names", lab))
            return cands[0]
    abbreviated = [p for p in roster.holders(short) if p.title and _abbreviates(title, to_simplified(p.title))]
    if len(abbreviated) == 1 and title != short:  # 民一庭庭长: 民事审判第一庭庭长, not 民事审判第三庭庭长
        abbreviated[0].evidence.append(_ev("label: short form of the title the official the page names holds", lab))
        return abbreviated[0]
    lead = UNNAMED_OFFICIAL_RE.search(doc.simplified, 0, min(lab.start, HEADLINE_REACH))
    if lead is not None and lead.group("who").endswith(short):
        # "负责人：" under "生态环境部有关负责人就…答记者问": the headline gives the fuller title
        return roster.person(role, _ev("label: title (holder not named), the headline's fuller title", lab),
                             title=lead.span("who"))
    return roster.person(role, _ev("label: title (holder not named)", lab), title=lab.title_span)


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` keeps characters of ``full`` in order, as a Chinese short form does (民一庭 of
    民事审判第一庭, 发改委 of 发展和改革委员会)."""
    rest = iter(full)
    return all(ch in rest for ch in short)


def _named(doc: Document, roster: Roster, lab: Label) -> Person:
    """A label with a name: that person, or the one a short form (高局长, 李博) points to."""
    role = "moderator" if lab.moderator_mark else "speaker"
    key = compact(doc.simplified[lab.name_span[0]:lab.name_span[1]]) if lab.name_span else ""
    p = roster.by_name(key) or (roster.resolve(key) if lab.title_span is None and key else None)
    if p is None and lab.title_span is None and key:
        # "王先生：那太好了" after "来电市民（王先生，…）：": the caller, under the name the asker's label gave
        p = next((q for q in roster.people if q.role == "reporter" and q.name and compact(q.name) == key), None)
        if p is not None:
            p.evidence.append(_ev("label: the name an asker's label gave", lab))
            return p
    if p is None:
        p = roster.person(role, _ev("label", lab), name=lab.name_span, title=lab.title_span)
    else:
        p.evidence.append(_ev("label", lab))
        title = doc.text[lab.title_span[0]:lab.title_span[1]] if lab.title_span else None
        if title and (not p.title or len(title) > len(p.title)):
            p.title = title
    if lab.moderator_mark:
        p.role = "moderator"
    return p


# ------------------------------------------------------------------ roles from what people do
def settle_roles(doc: Document, labels: list[Label], people: list[Person], roster: Roster,
                 panel: frozenset[int]) -> None:
    """Hosts and officials from behaviour: who introduces, who opens for the organisers, who answers.

    ``panel`` holds the ids of the people the lead named for the event.
    """
    s = doc.simplified
    moderator = next((p for p in roster.people if p.role == "moderator"), None)
    answering = {id(people[i + 1]) for i, p in enumerate(people[:-1]) if p.role == "reporter"}
    first_q = next((i for i, p in enumerate(people) if p.role == "reporter"), len(people))
    # a person the lead did not name for the event, who opens it for the organisers and answers nothing
    if panel and moderator is None:
        for i, (lab, p) in enumerate(zip(labels[:first_q], people)):
            end = labels[i + 1].start if i + 1 < len(labels) else len(s)
            if p.role == "speaker" and p.key and id(p) not in panel and id(p) not in answering \
                    and HOST_CUES.search(s, lab.content_start, end):
                p.role = "moderator"
                p.evidence.append(Evidence("hosts: opens the event, not named for it", lab.start, lab.content_start))
                moderator = moderator or p
    def introduces_the_others(p0: Person) -> bool:
        end = labels[1].start if len(labels) > 1 else len(s)
        if PRESENTS.search(s, labels[0].content_start, end) is not None:
            return False  # "欢迎大家参加…下面我通报…": a spokesperson who hosts the briefing and gives its statement
        return INTRODUCES.search(s, labels[0].content_start, end) is not None and any(
            q is not p0 and q.role == "speaker" for q in roster.people)

    # a first speaker who introduces the others hosts the conference
    if moderator is None and people and people[0].role == "speaker":
        p0, lab0 = people[0], labels[0]
        if introduces_the_others(p0):
            p0.role = "moderator"
            p0.evidence.append(Evidence("hosts: introduces the others", lab0.start, lab0.content_start))
            moderator = p0
    # the host named by title in the first label and unnamed (主持人) in later ones is one person
    if moderator is not None and not moderator.key and people and people[0] is not moderator \
            and people[0].role == "speaker" and people[0].key and id(people[0]) not in answering:
        p0, lab0 = people[0], labels[0]
        if introduces_the_others(p0):
            p0.role = "moderator"
            p0.evidence.append(Evidence("hosts: introduces the others; the bare host labels are theirs",
                                        lab0.start, lab0.content_start))
            for i, q in enumerate(people):
                if q is moderator:
                    people[i] = p0
                    p0.evidence.append(_ev("label: the host", labels[i]))
            roster.forget(moderator)
            moderator = p0
    # a host who answers most questions (a spokesperson's briefing) is the official, not a moderator
    if moderator is not None:
        # (a caller's hello or thanks, which the host takes up, is no question: "喂，你好，是…热线吗？")
        asking = [i for i, p in enumerate(people[:-1]) if p.role == "reporter" and not _asks_nothing(s, labels, i)]
        after_q = [people[i + 1] for i in asking]
        by_host = [i + 1 for i in asking if people[i + 1] is moderator and not _hands_on(s, labels, i + 1)]
        if after_q and len(by_host) * 2 > len(after_q):
            moderator.role = "speaker"
            lab = labels[by_host[0]]
            moderator.evidence.append(Evidence("answers the questions", lab.start, lab.content_start))


# An asker's turn that only thanks or acknowledges ("谢谢孙局长！", "好的，谢谢。", a caller's "好的好的，谢谢！",
# "好的，我知道了。"): the exchange's end, no question
THANKS_ONLY = re.compile(r"[ \t\u3000]*(?:(?:好的?|那?太好了|那就好|行|嗯|哦|明白了?|知道了)[,，。！!]?){0,3}(?:(?:谢谢|感谢|多谢)[^？?。！!\n]{0,10}"
                         r"|(?<=[,，。！!])(?![^。！!\n]*(?:问|想知道|能否|能不能|是否|吗|呢|怎么|如何))[^？?。！!\n]{2,10})"
                         r"[。！!]?[ \t\u3000]*")
# A caller's turn that only greets or checks the line ("喂，你好，是政风行风热线吗？"): no question yet
CALLER_GREETING = re.compile(r"[ \t\u3000]*(?:(?:(?:喂|哎|嗯)[,，]?[ \t\u3000]*)?(?:你好|您好)|(?:喂|哎)(?=[,，]))[,，！!。]?[ \t\u3000]*"
                             r"(?:(?:请问)?(?:这里)?是[^？?。！!\n]{0,16}吗[？?]?)?[ \t\u3000]*")  # (喂，是热线吗？)


ANSWER_HANDOFF = re.compile("|".join(CUES["answer_handoff"]))


def _asks_nothing(s: str, labels: list[Label], i: int) -> bool:
    """Whether the words under label ``i`` only greet, check the line or thank."""
    end = labels[i + 1].start if i + 1 < len(labels) else len(s)
    words = s[labels[i].content_start:end].strip()
    return bool(words) and (CALLER_GREETING.fullmatch(words) is not None or THANKS_ONLY.fullmatch(words) is not None)


def _hands_on(s: str, labels: list[Label], i: int) -> bool:
    """Whether label ``i``'s words pass the question on ("这个问题请王局长回答", "李副局长要不要补充？")."""
    end = labels[i + 1].start if i + 1 < len(labels) else len(s)
    return ANSWER_HANDOFF.search(s, labels[i].content_start, end) is not None


# A turn that asks: it ends in a question mark, or opens by saying it asks ("我想问一下…").
ASKS_AT_END = re.compile(r"[？?][”\"」』）)]?\s*$")
ASKS_AT_START = re.compile(r"[^。！!？?]{0,20}?(?:请问|想问|问一下|我的问题是)")
FLOOR_TURN_CHARS = 30  # "陈议员。", "请新华社记者提问。": a turn that only gives the floor
HOST_TURN_CHARS = 120  # a host's turn: a greeting and an invitation, a hand-over, a close
PRESS_OFFICE = re.compile(r"新闻办|新闻中心|宣传部|新闻处|宣传处")  # (an official of these may chair; one of a bureau presents)
HOST_INVITES = re.compile(CUES["host_invitation"])
CLOSING = re.compile("|".join(CUES["closing_cues"]))
FLOOR_TO_REPORTERS = re.compile(r"请[^。！？!?\n]{0,12}(?:记者|媒体|大家|各位)[^。！？!?\n]{0,6}提问|进入[^。！？!?\n]{0,6}提问环节"
                                r"|(?:下面|现在|接下来)(?:开始)?(?:进行)?(?:现场)?提问")
# A host's whole turn that only calls the next question (寿小丽：请继续提问。 寿小丽：最后一个问题。)
CALLS_NEXT_QUESTION = re.compile(r"[ \t\u3000]*(?:请(?:继续|接着)提问|(?:最后|再)(?:一个|两个)问题)[。！!]?[ \t\u3000]*")
THANKED_FOR_ASKING = re.compile(r"[ \t\u3000]*(?:感谢|谢谢)[^。！!？?，,\n]{0,12}(?:的提问|的问题|提问)")


def askers_and_chair(doc: Document, labels: list[Label], people: list[Person], panel: frozenset[int]) -> None:
    """Roles from what titled people do when no label says it: a deputy or legislator whose every turn
    is a question another official answers asks (the reporter's role: 全国人大代表王丽 at a 部长通道, 议员 at
    a 答问会); then one whose every short turn hands the floor to a questioner chairs (主席：陈议员。)."""
    s = doc.simplified

    def turn(i: int) -> tuple[int, int]:
        return trim(s, labels[i].content_start, labels[i + 1].start if i + 1 < len(labels) else len(s))

    def asks(i: int) -> bool:
        a, b = turn(i)
        return b > a and (ASKS_AT_END.search(s, a, b) is not None or ASKS_AT_START.match(s, a, b) is not None)

    speakers = {id(p) for p in people if p.role == "speaker"}
    if len(speakers) < 2:
        return
    first_speaker = next(i for i, p in enumerate(people) if p.role == "speaker")
    turns_of: dict[int, list[int]] = {}  # each person's turns, listed in one pass
    for i, q in enumerate(people):
        turns_of.setdefault(id(q), []).append(i)
    not_on_panel = {id(p): p for p in people if p.role == "speaker" and id(p) not in panel}
    def thanked_for_asking(i: int) -> bool:  # "感谢吕薇委员的提问。": the one who spoke first asked
        return i + 1 < len(people) and THANKED_FOR_ASKING.match(s, *turn(i + 1)) is not None

    for key, p in not_on_panel.items():
        at = turns_of[key]
        if (at[0] > first_speaker or thanked_for_asking(at[0])) and all(
                asks(i) and i + 1 < len(people) and people[i + 1].role == "speaker" and people[i + 1] is not p
                for i in at):
            p.role = "reporter"
            lab = labels[at[0]]
            p.evidence.append(Evidence("asks: each turn a question another official answers", lab.start, lab.content_start))
    if any(p.role == "moderator" for p in people):
        return
    for key, p in not_on_panel.items():
        at = turns_of[key]
        if p.role == "speaker" and len(at) >= 2 and all(turn(i)[1] - turn(i)[0] <= FLOOR_TURN_CHARS and i + 1 < len(people)
                                and people[i + 1].role == "reporter" for i in at):
            p.role = "moderator"
            lab = labels[at[0]]
            p.evidence.append(Evidence("chairs: each turn gives the floor to a questioner", lab.start, lab.content_start))
            return
    def chairs(i: int) -> bool:  # invites an official, gives the floor to the reporters, or closes
        a, b = turn(i)
        return b - a <= HOST_TURN_CHARS and (HOST_INVITES.search(s, a, b) is not None or ANSWER_HANDOFF.search(s, a, b)
                                             is not None or FLOOR_TO_REPORTERS.search(s, a, b) is not None
                                             or CALLS_NEXT_QUESTION.fullmatch(s, a, b) is not None
                                             or i == len(people) - 1 and CLOSING.search(s, a, b) is not None)

    for key, p in not_on_panel.items():
        at = turns_of[key]
        if p.role == "speaker" and (p.title is None or PRESS_OFFICE.search(to_simplified(p.title))) and len(at) >= 2 \
                and all(chairs(i) for i in at):
            # "丁慧：…首先请马永刚局长介绍情况。" "丁慧：下面请记者提问。" "丁慧：发布会到此结束。": named only in her labels
            p.role = "moderator"
            lab = labels[at[0]]
            p.evidence.append(Evidence("chairs: each turn invites an official, gives the floor or closes", lab.start,
                                       lab.content_start))
            return
