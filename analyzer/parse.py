"""parse(Document) -> Conference: who took part, in which role, who said what, which answer meets which question.

The parser is general by construction: labels come from layout mechanisms (``labels.py``),
people from introductions, lead paragraphs and labels (title + name + honorific), short forms
from surname + title word. Nothing here knows a city, a person or a file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Optional, Sequence

from .labels import OUTLET_LABEL_RE, Label, find_labels
from .model import Conference, Document, Participant, QAPair, Span, Turn
from .people import CUES, TITLE_RE, introduced_names, looks_like_name, split_person, title_aliases

CJK = r"\u3400-\u9fff"
INTRO_CUT = re.compile(r"(?:邀请(?:到|了)?|请|出席[^，,。]{0,12}?的[有是]|参加[^，,。]{0,12}?的[有是]|他们是|分别是|的有|的是)[:：]?")
# What a title picked up from the sentence around it: a date, an introduction, a host word.
TITLE_NOISE = re.compile(
    r"^(?:[ \t\u3000]*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚)?|[ \t\u3000]*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|[^，,。：:]{0,16}?(?:的有|的是|人是|人为)[:：]?|[ \t\u3000]*(?:主持人|主持)[ \t\u3000]+)+"
)
LEAD_JOIN = re.compile(r"^[\s,，、和及与以]+")
HONORIFIC_PHRASE = re.compile(r"(?:先生|女士|同志)(?!们)")
MODERATOR_LEAD = [re.compile(p) for p in CUES["moderator_lead"]]
HANDOFF = [re.compile(p) for p in CUES["handoff"]]
CLOSING = re.compile("|".join(CUES["closing_cues"]))
ANSWER_OPENING = re.compile("|".join(re.escape(a) for a in CUES["answer_openings"]))
SPEECH_RE = re.compile(
    rf"(?P<name>[{CJK}]{{2,4}}?)(?:在[^，,。；;]{{0,14}}?(?:中|时|上))?(?:{'|'.join(CUES['speech_verbs'])})[,，:：]"
)
# Attribution after the quote: "“今年的任务非常艰巨。”陈卫东说。"
QUOTE_SPEECH_RE = re.compile(
    rf"[”\"](?P<name>[{CJK}]{{2,4}}?)(?:{'|'.join(CUES['speech_verbs'])})(?:道)?[。，,.]"
)
PRONOUN_SPEECH_RE = re.compile(rf"(?:他|她)(?:还|也|进一步|最后)?(?:{'|'.join(CUES['speech_verbs'])})")
DATE_FULL = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")
DATE_MD = re.compile(r"(?<![\d.])(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
PLACE2_RE = re.compile(rf"(?=(?P<p>[{CJK}]{{2}})市(?![场民委政长]))")
PLACE3_RE = re.compile(rf"(?=(?P<p>[{CJK}]{{3}})市(?![场民委政长]))")
PLACE_BAD = re.compile(r"[的了和是在对于与向从由到为以及将把被请邀全本我该各城县级省区召举行会进有这那其等之下外前后月日年闻局委政府党代表]")
EVENT_RE = re.compile(r"(?:召开|举行|举办)(?:了|的)?(?P<event>[^，,。；;！!：:\n]{2,40}?(?:新闻发布会|发布会|记者会|吹风会|通气会))")
_DECLARED_ROLE = {w: role for role, words in CUES["declaration_roles"].items() for w in words}
DECLARATION_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?P<role>" + "|".join(sorted(map(re.escape, _DECLARED_ROLE), key=len, reverse=True)) + r")"
    r"[ \t\u3000]*[:：][ \t\u3000]*(?P<people>[^\n。！？!?“”\"]{2,200}?)[ \t\u3000]*$"
)
ROLE_WORDS = re.compile(r"主持|发布人|发言人|嘉宾|记者|问|答|时间|地点|来源")
PARAGRAPH_CHARS = 30  # a line this long with sentence punctuation is body text, not a headline
PARAGRAPH_PUNCT = re.compile(r"[，,。；;]|[：:]\s*$")
PAGE_TAIL_RE = re.compile(
    r"[ \t\u3000]*(?:[（(【\[〔－—-]*\s*(?:完|全文完|END)\s*[）)】\]〕－—-]*"
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\s*[（(]?星期[一二三四五六日天][）)]?)?"
    r"|[^\n\d]{0,6}时间\s*\d{1,2}(?:时|:)\d{1,2}分?|\d{1,2}:\d{2}"
    r"|[（(](?:请同时参阅|详见|另见|附)[^）)\n]{0,40}[）)])[ \t\u3000]*"
)
BARE_TITLE_RE = re.compile(
    r"(?:(?:这个问题)?(?:请问|想问一下|想问)?)(?P<title>" + TITLE_RE.pattern + r")(?:[,，:：]|您好|你好)"
)
ANSWER_HANDOFF = re.compile("|".join(CUES["answer_handoff"]))
QUESTION_MARK = re.compile(r"[？?]")
# "我是人民日报记者" / "我来自南湖晚报。": without 记者 the words must read as an outlet (OUTLET_LABEL_RE)
SELF_INTRO_RE = re.compile(
    r"[^。？！?!\n]{0,16}?(?:我是|我来自|我是来自)(?P<outlet>[^，,。！？!?；;、\s的]{2,16}?)"
    r"(?:(?:的)?(?P<reporter>记者)|(?=[，,。！!；;\s]))"
)
META_CUES = re.compile(r"来源|发布时间|时间[:：]|作者|浏览|点击|字号|日期[:：]|编辑")
TITLE_CUES = re.compile(r"发布会|记者会|新闻发布|吹风会|推进会|报告|通报|会议|座谈会")
NEWS_CUES = re.compile(r"本报讯|本报记者|记者\s*[\u3400-\u9fff]{2,3}\s*(?:报道|摄)|讯[（(]记者")
REPORT_CUES = re.compile(r"报告|通报|方案|通知|意见|公告|情况|总结|规划|办法")
PLACE_STOP = {"城市", "全市", "本市", "我市", "该市", "各市", "县级", "地级", "副省级", "省辖"}


@dataclass
class _Person:
    """Mutable roster entry while parsing; frozen into a Participant at the end."""

    name: Optional[str]
    title: Optional[str] = None
    organisation: Optional[str] = None
    role: str = "speaker"
    aliases: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    key: str = ""


class _Roster:
    """People met so far, with lookup by name, alias, surname-plus-title and outlet."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.people: list[_Person] = []

    def by_name(self, name: str) -> Optional[_Person]:
        for p in self.people:
            if p.key == name:
                return p
        return None

    def add(self, name: Optional[str], title: Optional[str], role: str, evidence: str,
            name_text: Optional[str] = None, title_text: Optional[str] = None) -> _Person:
        """Add or enrich a person; ``name`` is simplified (the key), ``name_text`` as written."""
        if title_text:
            title_text = _tidy_title(title_text)
        if name:
            p = self.by_name(name)
            if p:
                if title_text and (not p.title or len(title_text) > len(p.title)):
                    p.title = title_text
                p.evidence.append(evidence)
                return p
        p = _Person(name=name_text or name, title=title_text or title, role=role, evidence=[evidence], key=name or "")
        self.people.append(p)
        return p

    def resolve(self, short: str) -> Optional[_Person]:
        """A short form (李博, 高局长, 申队长) to one roster person, or None if unknown/ambiguous."""
        exact = self.by_name(short)
        if exact:
            return exact
        hits = [p for p in self.people if p.key and short in self.aliases(p)]
        return hits[0] if len(hits) == 1 else None

    def aliases(self, p: _Person) -> list[str]:
        title = self._simplified(p.title) if p.title else None
        return [p.key] + title_aliases(p.key, title) if p.key else []

    def _simplified(self, s: str) -> str:
        from .script import to_simplified

        return to_simplified(s)

    def mentions(self, simplified: str, start: int, end: int) -> list[tuple[int, _Person]]:
        """Roster people named (fully or by short form) in a stretch of text, by position."""
        out = []
        seg = simplified[start:end]
        for p in self.people:
            if not p.key or p.role in ("reporter",):
                continue
            best = None
            for a in self.aliases(p):
                i = seg.find(a)
                if i >= 0 and (best is None or i < best):
                    best = i
            if best is not None:
                out.append((start + best, p))
        return sorted(out, key=lambda t: t[0])


def _compact(name: str) -> str:
    """A name without the spaces that pad it in a label ("李　博" is 李博)."""
    return "".join(name.split())


def _tidy_title(title: str) -> Optional[str]:
    """A title without the date, introduction or host word it was written after."""
    m = TITLE_NOISE.match(title)
    if m and m.end() < len(title):
        title = title[m.end():]
    return title.strip(" \t\u3000,，、") or None


# ------------------------------------------------------------------ roster harvesting
def _person_phrases(doc: Document, start: int, end: int) -> list[tuple[str, str, Optional[str], Optional[str]]]:
    """(name, name as written, title, title as written) for each "title + name + 先生/女士/同志" in a span."""
    s, t = doc.simplified, doc.text
    out = []
    prev = start
    for m in HONORIFIC_PHRASE.finditer(s, start, end):
        lo = max(prev, s.rfind("\n", start, m.start()) + 1)
        for d in "。；;:：！!？?":
            j = s.rfind(d, lo, m.start())
            if j >= 0:
                lo = max(lo, j + 1)
        cut = None
        for c in INTRO_CUT.finditer(s, lo, m.start()):
            cut = c
        if cut:
            lo = cut.end()
        phrase = s[lo:m.start()]
        lead = LEAD_JOIN.match(phrase)
        if lead:
            lo += lead.end()
            phrase = phrase[lead.end():]
        # keep only the comma-part holding the title, joined to earlier parts that end in a title word
        commas = [k for k, ch in enumerate(phrase) if ch in ",，"]
        cut_at = commas[-1] + 1 if commas else 0
        for k in reversed(commas[:-1] if commas else []):
            part = phrase[k + 1:cut_at - 1]
            if part.endswith(tuple(CUES["title_words"])):
                cut_at = k + 1
            else:
                break
        if commas and cut_at == commas[0] + 1 and phrase[:commas[0]].endswith(tuple(CUES["title_words"])):
            cut_at = 0
        keep = phrase[cut_at:]
        lo += cut_at
        prev = m.end()
        pp = split_person(keep)
        if not pp.name or not looks_like_name(pp.name) and len(pp.name) > 3:
            continue
        n0 = m.start() - len(pp.name)
        name_w = t[n0:n0 + len(pp.name)]
        title_w = t[lo:n0].strip(" ,，、\u3000") or None
        out.append((pp.name, name_w, pp.title, title_w))
    return out


@dataclass(frozen=True)
class _Declaration:
    """A header line naming who takes a role ("主持人：…处长 谭雯"); it speaks no turn."""

    start: int
    end: int
    word: str  # the role word as written in the simplified copy (主持人, 发布人)
    people: tuple[tuple[str, str, Optional[str]], ...]  # (name, name as written, title as written)


def _declarations(doc: Document, known: frozenset[str]) -> list[_Declaration]:
    """Roster lines: each comma part ends in a name, or is a title that the next part completes."""
    s, t = doc.simplified, doc.text
    out = []
    for m in DECLARATION_RE.finditer(s):
        people = []
        lo, hi = m.span("people")
        carry = lo  # where the current person's title starts
        for part in re.finditer(r"[^；;，,]+", s[lo:hi]):
            b = lo + part.start() + len(part.group().rstrip(" \t\u3000"))
            compact = s[carry:b].replace(" ", "").replace("\u3000", "").strip("，,、")
            last_word = s[carry:b].split()[-1] if s[carry:b].split() else ""
            name = (split_person(compact).name
                    or next((compact[-k:] for k in (3, 2, 4) if compact[-k:] in known), None)
                    or (last_word if last_word != compact and looks_like_name(last_word) else None))
            if name and (looks_like_name(name) or name in known):
                title_w = t[carry:b - len(name)].strip(" \t\u3000，,、；;") or None
                people.append((name, t[b - len(name):b], title_w))
                carry = b
            elif not TITLE_RE.search(compact):
                break  # neither a person nor a title the next part completes: no roster line
        else:
            if people and carry == hi:
                out.append(_Declaration(m.start(), m.end(), m.group("role"), tuple(people)))
    return out


def _moderator_from_lead(doc: Document, start: int, end: int) -> Optional[tuple[str, str, Optional[str]]]:
    """The host a lead paragraph names: "发布会由…科长吴源生主持"."""
    for rx in MODERATOR_LEAD:
        for m in rx.finditer(doc.simplified, start, end):
            phrase = m.group("who")
            pp = split_person(phrase)
            if pp.name and looks_like_name(pp.name):
                ns = m.start("who") + pp.name_start
                return pp.name, doc.text[ns:ns + len(pp.name)], doc.text[m.start("who"):ns] or None
    return None


# ------------------------------------------------------------------ main entry
def parse(doc: Document, names: frozenset[str] = frozenset()) -> Conference:
    """Split a cleaned document into participants, turns and question–answer pairs.

    ``names``: person names an NLP backend found (simplified); with the names the page introduces
    itself, they let a bare label with a rare surname read as a person.
    """
    s = doc.simplified
    known = introduced_names(s) | names
    declared = _declarations(doc, known)
    labels = [lab for lab in find_labels(s, known) if not any(d.start <= lab.start < d.end for d in declared)]
    labels = _drop_stray_labels(labels, doc)
    title = _title(doc)
    date = _date(doc, labels)
    place = _place(doc, title)
    if len(labels) >= 2 and _is_dialogue(labels):
        return _transcript(doc, labels, title, date, place, declared)
    return _prose(doc, title, date, place)


def _drop_stray_labels(labels: list[Label], doc: Document) -> list[Label]:
    """An inline bare name used once ("原标题:…") is prose unless the text names that person elsewhere."""
    s = doc.simplified
    out = []
    for lab in labels:
        if lab.kind == "person" and lab.title_span is None and lab.layout == "inline labels" and lab.name_span:
            name = _compact(s[lab.name_span[0]:lab.name_span[1]])
            same = sum(1 for x in labels if x.name_span and _compact(s[x.name_span[0]:x.name_span[1]]) == name)
            # the name elsewhere in the text, padded with spaces or not
            if same < 2 and len(re.findall(r"[ \t\u3000]*".join(map(re.escape, name)), s)) < 2:
                continue
        out.append(lab)
    return out


def _is_dialogue(labels: list[Label]) -> bool:
    kinds = {lab.kind for lab in labels}
    people = {lab.text for lab in labels}
    has_qa = bool(kinds & {"reporter", "question", "answer", "moderator"}) or any(lab.moderator_mark for lab in labels)
    return len(people) >= 2 and (has_qa or len(labels) >= 4)


def _transcript(doc: Document, labels: list[Label], title, date, place,
                declared: Sequence[_Declaration] = ()) -> Conference:
    s, t = doc.simplified, doc.text
    roster = _Roster(doc)
    for d in declared:
        for name_w, written, title_w in d.people:
            roster.add(name_w, None, _DECLARED_ROLE[d.word], f"declared: {d.word}", written, title_w)
    first = labels[0].start
    # 1. the host named in the lead, then the people introduced in the lead and opening
    host = _moderator_from_lead(doc, 0, first)
    if host:
        roster.add(host[0], None, "moderator", "lead: host", host[1], host[2])
    intro_end = labels[1].start if len(labels) > 1 else len(s)
    for span in ((0, first), (labels[0].content_start, intro_end)):
        for name, name_w, _title, title_w in _person_phrases(doc, *span):
            roster.add(name, _title, "speaker", "introduction", name_w, title_w)
    # 2. every label to a person
    turns_people: list[_Person] = []
    reporters: dict[str, _Person] = {}
    moderator: Optional[_Person] = next((p for p in roster.people if p.role == "moderator"), None)
    handoff_next: Optional[str] = None
    for i, lab in enumerate(labels):
        intro = SELF_INTRO_RE.match(s, lab.content_start, lab.content_start + 40) \
            if lab.kind in ("question", "reporter") and not lab.outlet_span else None
        if intro and not intro.group("reporter") and not OUTLET_LABEL_RE.match(intro.group("outlet")):
            intro = None  # "我是市民，…" names no outlet
        follow_up = lab.kind == "question" and lab.text in CUES["follow_up_labels"]
        last_reporter = next((q for q in reversed(turns_people) if q.role == "reporter"), None) if follow_up else None
        if last_reporter is not None:
            p = last_reporter  # 追问: the reporter who asked before follows up
        elif intro:
            # "记者：谢谢主持人，我是人民日报记者。…": the outlet the reporter names
            outlet = intro.group("outlet")
            key = outlet + "|" + (s[lab.name_span[0]:lab.name_span[1]] if lab.name_span else "")
            if key not in reporters:
                reporters[key] = _Person(name=t[lab.name_span[0]:lab.name_span[1]] if lab.name_span else None,
                                         organisation=_written(doc, outlet), role="reporter",
                                         evidence=["label: " + lab.text, "introduces itself: " + outlet])
            p = reporters[key]
        else:
            p = _person_for_label(doc, roster, lab, reporters, moderator, handoff_next)
        if p.role == "moderator" and moderator is None:
            moderator = p
        turns_people.append(p)
        end = labels[i + 1].start if i + 1 < len(labels) else len(s)
        handoff_next = _handoff(doc, lab.content_start, end) if p.role == "moderator" else None
    # 3. a first speaker who introduces the others hosts the conference
    if moderator is None and turns_people:
        p0 = turns_people[0]
        seg = s[labels[0].content_start:intro_end]
        if p0.role == "speaker" and re.search("出席|邀请|欢迎", seg) and any(
                q is not p0 and q.role == "speaker" for q in roster.people):
            p0.role = "moderator"
            moderator = p0
    # 4. a host who answers most questions (a spokesperson's briefing) is the speaker, not a moderator
    if moderator is not None:
        after_q = [turns_people[i + 1] for i, p in enumerate(turns_people[:-1]) if p.role == "reporter"]
        by_host = sum(p is moderator for p in after_q)
        if after_q and by_host * 2 > len(after_q):
            moderator.role = "speaker"
            moderator.evidence.append("answers the questions")
    # 5. a title for people whose labels and introduction gave none ("局长王建国，" without 先生)
    untitled = [p for p in roster.people if p.key and not p.title]
    if untitled:
        titled = _titled_names(s)
        for p in untitled:
            if p.key in titled:
                p.title = _tidy_title(_written(doc, titled[p.key]) or "")
                p.evidence.append("title from the text")
    # 6. turns
    participants, ids = _freeze(roster, reporters)
    turns: list[Turn] = []
    for i, (lab, p) in enumerate(zip(labels, turns_people)):
        end = labels[i + 1].start if i + 1 < len(labels) else len(t)
        a, b = _trim(t, lab.content_start, end)
        if i + 1 == len(labels):
            b = _without_page_tail(s, a, b)
        turns.append(Turn(index=i, participant=ids[id(p)], role=p.role, kind="other", start=a, end=b,
                          time=lab.time, label=Span(lab.start, lab.end, lab.kind)))
    turns, pairs = _kinds_and_pairs(doc, turns, roster, ids, labels, reporters)
    layouts = sorted({lab.layout for lab in labels}, key=lambda x: -sum(lab.layout == x for lab in labels))
    layout = layouts[0] + (" (mixed with " + ", ".join(layouts[1:]) + ")" if len(layouts) > 1 else "")
    return Conference(document=doc, doc_type="transcript", layout=layout, title=title, place=place, date=date,
                      participants=participants, turns=tuple(turns), qa_pairs=tuple(pairs))


def _person_for_label(doc: Document, roster: _Roster, lab: Label, reporters: dict, moderator, handoff_next):
    s, t = doc.simplified, doc.text

    def w(span):
        return t[span[0]:span[1]] if span else None

    def k(span):
        return s[span[0]:span[1]] if span else None

    if lab.kind == "reporter":
        # one participant per outlet and name: two named reporters of no outlet stay two people
        key = (k(lab.outlet_span) or "") + "|" + (k(lab.name_span) or "")
        if key not in reporters:
            reporters[key] = _Person(name=w(lab.name_span), title=None, organisation=w(lab.outlet_span),
                                     role="reporter", evidence=["label: " + lab.text], key="")
        return reporters[key]
    if lab.kind == "question":
        # 问/提问 is an unnamed reporter; 网友/市民 (an online interview's askers) keep their word
        asker = lab.text if lab.text in CUES["asker_labels"] else "记者"
        key = "?" + asker
        if key not in reporters:
            reporters[key] = _Person(name=None, title=asker, role="reporter", evidence=["label: " + lab.text])
        return reporters[key]
    if lab.kind == "moderator" and not lab.name_span:
        if moderator is not None:
            return moderator
        return roster.add(None, "主持人", "moderator", "label: 主持人", None, w(lab.title_span) or "主持人")
    if lab.kind == "answer":
        spokes = [p for p in roster.people
                  if p.role != "reporter" and p.title and "发言人" in roster._simplified(p.title)]
        cands = spokes or [p for p in roster.people if p.role == "speaker"]
        if len(cands) == 1:
            return cands[0]
        return roster.add(None, "发言人", "speaker", "label: 答", None, "答")
    role = "moderator" if lab.moderator_mark else "speaker"
    if lab.kind == "person":
        name = _compact(k(lab.name_span) or "")
        p = roster.by_name(name) or (roster.resolve(name) if lab.title_span is None else None)
        if p is None:
            p = roster.add(name, k(lab.title_span), role, "label: " + lab.text, _compact(w(lab.name_span) or ""),
                           w(lab.title_span))
        elif lab.title_span and (not p.title or len(w(lab.title_span)) > len(p.title)):
            p.title = w(lab.title_span)
        if lab.moderator_mark:
            p.role = "moderator"
        return p
    if lab.kind == "damaged":
        frag = k(lab.name_span) or ""
        cands = [p for p in roster.people if p.key.startswith(frag) and p.role != "reporter"]
        if handoff_next and handoff_next.startswith(frag):
            hp = roster.resolve(handoff_next)
            if hp:
                return hp
        if len(cands) == 1:
            cands[0].evidence.append("damaged label resolved: " + lab.text)
            return cands[0]
        return roster.add(None, k(lab.title_span), role, "damaged label: " + lab.text, None, w(lab.title_span))
    if lab.kind == "title_only":
        title = k(lab.title_span) or ""
        short = re.sub(r"^.*?(?=" + TITLE_RE.pattern + "$)", "", title)
        cands = [p for p in roster.people if p.title and roster._simplified(p.title).endswith(short) and p.key]
        if len(cands) == 1:
            return cands[0]
        # a lead paragraph may name the holder: "发言人耿爽主持例行记者会"
        for m in re.finditer(re.escape(short) + rf"(?P<n>[{CJK}]{{2,3}})", s[:lab.start]):
            for n in (m.group("n"), m.group("n")[:2]):
                if looks_like_name(n):
                    return roster.add(n, title, role, "lead names " + short, t[m.start("n"):m.start("n") + len(n)],
                                      w(lab.title_span))
        return roster.add(None, title, role, "label: " + lab.text, None, w(lab.title_span))
    return roster.add(None, lab.text, "other", "label: " + lab.text, None, lab.text)


def _handoff(doc: Document, start: int, end: int) -> Optional[str]:
    """Who the moderator hands over to ("请高健先生介绍有关情况"), as simplified name; last one wins."""
    who = None
    for rx in HANDOFF:
        for m in rx.finditer(doc.simplified, start, end):
            pp = split_person(m.group("who"))
            if pp.name:
                who = pp.name
    return who


def _without_page_tail(s: str, a: int, b: int) -> int:
    """The end of the last turn before the page's closing lines (完, a date, a time, a see-also note)."""
    while b > a:
        line_start = s.rfind("\n", a, b) + 1
        if line_start <= a or not PAGE_TAIL_RE.fullmatch(s, line_start, b):
            break
        b = line_start - 1
        while b > a and s[b - 1].isspace():
            b -= 1
    return b


def _trim(t: str, a: int, b: int) -> tuple[int, int]:
    while a < b and t[a].isspace():
        a += 1
    while b > a and t[b - 1].isspace():
        b -= 1
    return a, b


def _freeze(roster: _Roster, reporters: dict) -> tuple[tuple[Participant, ...], dict[int, str]]:
    ids: dict[int, str] = {}
    out = []
    people = [p for p in roster.people if p.role == "moderator"] + \
             [p for p in roster.people if p.role == "speaker"] + list(reporters.values()) + \
             [p for p in roster.people if p.role not in ("moderator", "speaker")]
    for n, p in enumerate(people, 1):
        pid = f"p{n}"
        ids[id(p)] = pid
        aliases = tuple(a for a in roster.aliases(p) if a != p.key) if p.key else ()
        out.append(Participant(id=pid, name=p.name, title=p.title, organisation=p.organisation, role=p.role,
                               aliases=aliases, evidence=tuple(dict.fromkeys(p.evidence))))
    return tuple(out), ids


def _kinds_and_pairs(doc: Document, turns: list[Turn], roster: _Roster, ids: dict[int, str],
                     labels: list[Label], reporters: dict) -> tuple[list[Turn], list[QAPair]]:
    """Turn kinds and question–answer links: answers follow a question until the next question or the moderator."""
    s = doc.simplified
    by_id = {ids[id(p)]: p for p in roster.people}
    reporters_by_id = {ids[id(p)]: p for p in reporters.values()}
    first_q = next((i for i, tr in enumerate(turns) if tr.role == "reporter"), None)
    last_mod = max((i for i, tr in enumerate(turns) if tr.role == "moderator"), default=None)
    out: list[Turn] = []
    pairs: list[QAPair] = []
    current: Optional[dict] = None

    def close():
        nonlocal current
        if current is not None:
            status = "orphan" if current["q"] is None else ("answered" if current["a"] else "unanswered")
            pairs.append(QAPair(question_turn=current["q"], answer_turns=tuple(current["a"]),
                                reporter=current["reporter"], outlet=current["outlet"],
                                addressee=current["addressee"],
                                answerers=tuple(dict.fromkeys(current["who"])), status=status))
        current = None

    for i, tr in enumerate(turns):
        kind = "other"
        addressee = None
        if tr.role == "moderator":
            if current is not None and current["q"] is not None and ANSWER_HANDOFF.search(s, tr.start, tr.end) \
                    and not QUESTION_MARK.search(s, tr.start, tr.end) and i != last_mod:
                # "这个问题请王局长回答" / "请李局长补充": the moderator passes the open question on
                out.append(replace(tr, kind="procedural"))
                continue
            close()
            if i == 0 or (first_q is not None and i < first_q and all(x.role == "moderator" for x in turns[:i])):
                kind = "opening"
            elif i == last_mod and (first_q is None or i > first_q) and (
                    CLOSING.search(s, tr.start, tr.end) or i == len(turns) - 1):
                kind = "closing"
            else:
                kind = "procedural"
        elif tr.role == "reporter":
            close()
            kind = "question"
            addressee = _addressee(doc, roster, ids, tr)
            pid = tr.participant
            rep = (by_id.get(pid) or reporters_by_id.get(pid)) if pid is not None else None
            current = {"q": i, "a": [], "who": [], "reporter": tr.participant,
                       "outlet": rep.organisation if rep else None, "addressee": addressee}
        elif tr.role in ("speaker", "other"):
            is_answer_label = labels[i].answer_mark or labels[i].kind == "answer"
            if i == len(turns) - 1 and first_q is not None and i > first_q and tr.end - tr.start <= 150 \
                    and CLOSING.search(s, tr.start, tr.end):
                # a spokesperson who hosts also closes the briefing
                close()
                kind = "closing"
            elif current is not None:
                kind = "answer"
                current["a"].append(i)
                current["who"].append(tr.participant)
            elif (first_q is None or i < first_q) and not is_answer_label and not (
                    first_q is not None and i == 0 and ANSWER_OPENING.match(s, tr.start)):
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


def _addressee(doc: Document, roster: _Roster, ids: dict[int, str], tr: Turn) -> Optional[str]:
    """The official a question names ("这个问题请问申队长", "高局长,…")."""
    hits = roster.mentions(doc.simplified, tr.start, tr.end)
    hits = [(pos, p) for pos, p in hits if p.role == "speaker"]
    if hits:
        return ids[id(hits[0][1])]
    # a bare title ("局长，…", "请问主任") names the one official who holds it
    m = BARE_TITLE_RE.match(doc.simplified, tr.start, tr.end)
    if m:
        word = m.group("title")
        holders = [p for p in roster.people if p.role == "speaker" and p.title
                   and roster._simplified(p.title).endswith(word)]
        if len(holders) == 1:
            return ids[id(holders[0])]
    return None


# ------------------------------------------------------------------ non-dialogue documents
def _prose(doc: Document, title, date, place) -> Conference:
    """A news story (reported speech attributed to the person quoted) or a report (no speakers)."""
    s, t = doc.simplified, doc.text
    roster = _Roster(doc)
    titled = _titled_names(s)
    spans: list[tuple[_Person, int, int]] = []  # who speaks in which paragraphs
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", t)]
    current: Optional[_Person] = None
    start = end = 0
    for a, b in paras:
        speaker = None
        for rx in (SPEECH_RE, QUOTE_SPEECH_RE):
            for m in rx.finditer(s, a, b):
                name = _name_before(s, m.start("name"), m.end("name"), titled)
                if name:
                    speaker = name
                    break
            if speaker:
                break
        if speaker:
            if current is not None:
                spans.append((current, start, end))
            p = roster.by_name(speaker) or roster.add(speaker, titled.get(speaker), "speaker", "reported speech",
                                                       _written(doc, speaker), _written(doc, titled.get(speaker)))
            current, start, end = p, a, b
        elif current is not None and _continues(s, a, b):
            end = b
        elif current is not None:
            spans.append((current, start, end))
            current = None
    if current is not None:
        spans.append((current, start, end))
    participants, ids = _freeze(roster, {})
    turns: list[Turn] = []
    for person, a0, b0 in spans:
        a, b = _trim(t, a0, b0)
        turns.append(Turn(index=len(turns), participant=ids[id(person)], role="speaker", kind="statement",
                          start=a, end=b))
    news = bool(turns) or bool(NEWS_CUES.search(s))
    doc_type = "news_report" if news else ("report" if len(s) > 200 or REPORT_CUES.search(s[:300]) else "unknown")
    layout = ("news story with reported speech" if turns else "news story") if news else "document without dialogue"
    return Conference(document=doc, doc_type=doc_type, layout=layout, title=title, place=place, date=date,
                      participants=participants, turns=tuple(turns), qa_pairs=())


def _continues(s: str, a: int, b: int) -> bool:
    """A paragraph that carries on the quoted person's points ("二要…", "三是…") without a new subject."""
    head = s[a:b].lstrip()[:6]
    if PRONOUN_SPEECH_RE.match(head):
        return True  # "他强调，…": the same speaker goes on
    return bool(re.match(r"[一二三四五六七八九十]+(?:要|是|、)|[（(][一二三四五六七八九十]+[）)]|同时|此外|另外", head))


def _titled_names(s: str) -> dict[str, str]:
    """Names that follow a title word somewhere in the text ("市委书记王小平"), with that title."""
    out: dict[str, str] = {}
    for m in TITLE_RE.finditer(s):
        tail = s[m.end():m.end() + 4]
        for n in (3, 2, 4):
            cand = tail[:n]
            if looks_like_name(cand):
                out.setdefault(cand, _title_before(s, m))
    return out


def _title_before(s: str, m: re.Match) -> str:
    lo = max(s.rfind(c, 0, m.start()) for c in "，,。；;：:\n \u3000") + 1
    return s[lo:m.end()].strip()


def _name_before(s: str, a: int, b: int, titled: dict[str, str]) -> Optional[str]:
    """The person named right before a speech verb: the longest suffix known after a title word."""
    seg = s[a:b]
    for n in (4, 3, 2):
        cand = seg[-n:]
        if len(cand) == n and cand in titled:
            return cand
    return None


def _written(doc: Document, simplified: Optional[str]) -> Optional[str]:
    if not simplified:
        return None
    i = doc.simplified.find(simplified)
    return doc.text[i:i + len(simplified)] if i >= 0 else simplified


# ------------------------------------------------------------------ title, date, place
def _title(doc: Document) -> Optional[str]:
    """The headline: a short line before the first long paragraph, preferring lines that name an event."""
    s = doc.simplified
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", s[:5000])]
    head = []
    for a, b in lines:
        if b - a >= 120 or (b - a >= PARAGRAPH_CHARS and PARAGRAPH_PUNCT.search(s, a, b)):
            break  # the first paragraph: the headline came before it
        head.append((a, b))

    def ok(a, b):
        line = s[a:b].strip()
        # a line that opens with a role label ("主持人：…") is a roster line, not the headline
        head_label = re.match(r"[^:：]{1,8}[:：]", line)
        if head_label and ROLE_WORDS.search(head_label.group()):
            return False
        # a dated line is a headline only when it names an event and is no page metadata
        dated_ok = not DATE_FULL.search(line) or (TITLE_CUES.search(line) and not META_CUES.search(line))
        return (6 <= len(line) <= 70 and not re.search(r"[。！？!?：:—-]$|。|摄$", line)
                and len(re.findall(r"[\u3400-\u9fff]", line)) >= 4 and dated_ok)

    for pick in (lambda a, b: ok(a, b) and TITLE_CUES.search(s, a, b), ok):
        cands = [(a, b) for a, b in head if pick(a, b)]
        if cands:
            a, b = cands[-1]
            m = re.match(r"\s*(?:原标题|标题|题目|图文直播|文字直播|视频直播|直播|实录)[:：—-]+\s*", s[a:b])
            if m:
                a += m.end()
            return doc.text[a:b].strip()
    # no headline (a live-text page): the event the opening names, "召开…系列新闻发布会"
    m = EVENT_RE.search(s, 0, 1500)
    if m:
        return doc.text[m.start("event"):m.end("event")].strip()
    return None


def _date(doc: Document, labels: list[Label]) -> Optional[str]:
    """The event date: live-text stamps, else a lead "M月D日" with the year of the page's dates."""
    for lab in labels:
        if lab.date:
            y, m, d = re.split(r"-", lab.date)
            return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
    head = doc.simplified[:4000]
    meta = " ".join(d.text for d in doc.cleaning.drops if d.text)[:4000]
    fulls = [(int(m.group("y")), int(m.group("m")), int(m.group("d"))) for m in DATE_FULL.finditer(head + " " + meta)]
    fulls = [f for f in fulls if 1 <= f[1] <= 12 and 1 <= f[2] <= 31]
    lead = head[:900]
    if fulls and re.search(r"昨日|昨天", lead):
        import datetime as _dt

        try:
            return (_dt.date(*fulls[0]) - _dt.timedelta(days=1)).isoformat()
        except ValueError:
            pass
    year = fulls[0][0] if fulls else None
    for m in DATE_MD.finditer(lead):
        mm, dd = int(m.group("m")), int(m.group("d"))
        ctx = lead[m.end():m.end() + 40]
        if re.search(r"召开|举行|举办|发布|开幕|会议|座谈|新闻", ctx) and year and 1 <= mm <= 12 and 1 <= dd <= 31:
            return f"{year:04d}-{mm:02d}-{dd:02d}"
    if fulls:
        y, mm, dd = fulls[0]
        return f"{y:04d}-{mm:02d}-{dd:02d}"
    return None


def _place(doc: Document, title: Optional[str]) -> Optional[str]:
    """The city: the "XX市" named most often (one named in the title first), as written in the document.

    Candidates are the 2- and 3-character runs before 市 that hold no function character, so
    "邀请市…" or "县级城市" never pass for a place name.
    """
    s = doc.simplified[:20000]
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for rx in (PLACE2_RE, PLACE3_RE):
        for m in rx.finditer(s):
            p = m.group("p")
            if PLACE_BAD.search(p) or p + "市" in PLACE_STOP:
                continue
            counts[p] = counts.get(p, 0) + 1
            first.setdefault(p, m.start("p"))
    # a three-character run that only extends a two-character candidate ("在焦作") is not a name
    for p in [p for p in counts if len(p) == 3 and p[1:] in counts and counts[p[1:]] >= counts[p]]:
        del counts[p]
    if not counts:
        return None
    from .script import to_simplified

    title_s = to_simplified(title) if title else ""
    pool = [p for p in counts if p in title_s] or list(counts)
    best = max(pool, key=lambda p: (counts[p], -first[p]))
    i = first[best]
    return doc.text[i:i + len(best)]
