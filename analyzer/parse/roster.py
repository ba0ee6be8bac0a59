"""The roster: the people a page introduces before anyone speaks, and every person met later.

People come from explicit evidence only: a roster line (``主持人：…处长 谭雯``), the lead's host
(``…发言人陆慷主持例行记者会``), the officials a lead sentence names for the press event
(``请商务部副部长高虎城、…介绍…并答记者问``), an introduction in the opening turn (``局长张国强先生``),
and labels. Each entry keeps that evidence (rule and offsets). Entries are mutable while the
parser learns about each person and are frozen into ``Participant`` values at the end (``freeze``).
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, Optional, Sequence

import ahocorasick_rs

from ..model import Document, Evidence, Participant
from ..script import to_simplified
from .gazetteer import city_names, province_names
from .labels import NON_SPACE_RE, OUTLET_LABEL_RE
from .names import (BULLETS, CUES, HONORIFIC, NAME_DOTS, ORGANISATION_ENDINGS, SPACES, TITLE_JOIN, TITLE_RE, TITLE_STOP, Mention, body_of, compact, looks_like_name, name_at, name_then_title, split_person,
                    tidy_title, title_aliases, titled_mentions)

INTRO_CUT = re.compile(r"(?:邀请(?:到了|到|了)?|请(?:来|到)?了?|(?:出席|参加)[^，,。]{0,12}?的(?:还|也)?[有是]|他们是|分别是|的(?:还|也)?[有是])[:：]?")
LEAD_JOIN = re.compile(r"[\s,，、和及与以]+")  # used with match(s, pos): anchored at pos (a ^ never matched there)
HONORIFIC_PHRASE = re.compile(HONORIFIC + "(?!们)")
MODERATOR_LEAD = [re.compile(p) for p in CUES["moderator_lead"]]
HANDOFF = [re.compile(p) for p in CUES["handoff"]]
DECLARED_ROLE = {w: role for role, words in CUES["declaration_roles"].items() for w in words}
# a role word may be padded to the width of the others ("主　持　人：", "发　布　人："); it ends in a
# colon, or stands in a heading's brackets ("【主持人】", "[发布人]："), as on many portals' transcripts
_ROLES = "|".join("[ \t\u3000]*".join(map(re.escape, w)) for w in sorted(DECLARED_ROLE, key=len, reverse=True))
_ROLE = rf"(?P<role>{_ROLES})"
_BRACKETED = rf"[【〖\[［][ \t\u3000]*(?P<bracketed>{_ROLES})[ \t\u3000]*[】〗\]］]"
_COLON = r"[ \t\u3000]*[:：∶]"
# People beside the role word need its colon: "【嘉宾】王刚" with his words on the next line is a label.
# (A line that ends in a colon is a label too: "【主持人】…处长 刘明：" speaks on the next line.)
# (a header may number its lines: "三、主持人：行政院发言人陈宜萱", "四、出席人员：…")
_ITEM = r"(?:[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．])?[ \t\u3000]*"
DECLARATION_RE = re.compile(rf"(?m)^[ \t\u3000]*{_ITEM}(?:{_ROLE}|{_BRACKETED}){_COLON}[ \t\u3000]*"
                            r"(?P<people>[^\n。！？!?“”\"【】]{2,200}?)(?<![:：∶])[ \t\u3000]*$")
# ...or after a sentence of the lead, to the line's end: "…总农艺师柯文斌。主持人：市委宣传部副部长邱敏。"
DECLARATION_AFTER_RE = re.compile(rf"(?m)(?<=[。；;])[ \t\u3000]*(?:{_ROLE}|{_BRACKETED}){_COLON}[ \t\u3000]*"
                                  r"(?P<people>[^\n。！？!?“”\"【】:：]{2,60}?)[ \t\u3000]*[。；;]?[ \t\u3000]*$")
# ...or in brackets without the colon when no speech is under it, only more of the roster ("【主持人】…副主任 杨帆"
# over "【发布人】…", "【时间】…" or the next person's line)
BRACKETED_LINE_RE = re.compile(rf"(?m)^[ \t\u3000]*{_ITEM}{_BRACKETED}[ \t\u3000]*"
                               r"(?P<people>[^\n。！？!?“”\"【】:：]{2,200}?)[ \t\u3000]*$")
# The role word alone on its line, the people on the lines below ("主持人：\n省政府新闻办副主任 韩冰"); bare
# ("主持人⏎水利部办公厅副主任 钱林生⏎发布人⏎…") when the people are titled and no speech follows them
ROLE_HEADING_RE = re.compile(rf"(?m)^[ \t\u3000]*{_ITEM}(?:{_ROLE}{_COLON}|{_BRACKETED}(?:{_COLON})?|(?P<bare>{_ROLES}))"
                             r"[ \t\u3000]*$")
ROLE_LINE_CHARS = 60
# (numbered, or set off by a bullet or a bracket as reposts do: "▍…副总经理 杨帆", "【…局长 王大力】", "▶…王大力答记者问")
SECTION_HEAD_RE = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                             r"|[|" + BULLETS + r"]+|[【〖\[［])"
                             r"[ \t\u3000]*(?P<who>[^\n。！？!?：:，,【】〖〗\[\]［］]{4,60}?)[ \t\u3000]*(?:答记者问|回答记者提问|答问)?"
                             r"[ \t\u3000]*[】〗\]］]?[ \t\u3000]*$")
BARE_HEAD_RE = re.compile(r"(?m)^[ \t\u3000]*(?P<who>[^\s。！？!?：:，,、【】〖〗\[\]［］][^\n。！？!?：:，,【】〖〗\[\]［］]{3,40}?)[ \t\u3000]*$")
LINE_PUNCT = re.compile(r"[。！？!?：:“”\"]")
SENTENCE_RE = re.compile(r"[^。！？!?\n]+")
# An interview's headline names whom it visits: "守护一江清水——访市水务局局长周海洋", "对话市生态环境局局长王刚：…"
INTERVIEWED = r"[—–－-]访|(?:^|(?<=\n))[ \t\u3000]*对话"
PRESS_EVENT = re.compile("|".join(map(re.escape, CUES["press_event_cues"])) + "|" + INTERVIEWED)
EVENT_VERB = re.compile("|".join(map(re.escape, sorted(CUES["event_verbs"], key=len, reverse=True))))
INVITATION = re.compile("(?:" + "|".join(map(re.escape, sorted(CUES["event_invitations"], key=len, reverse=True)))
                        + "|" + INTERVIEWED + r"|(?:出席|参加)[^，,。]{0,12}?的(?:还|也)?[有是][:：]?|他们是[:：]?|分别是[:：]?)[ \t\u3000]*$")
# people listed together: "局长王强、副局长李红", "…刘东伟同志和…朱淑贞同志就…" (a courtesy may close each)
CHAIN_JOIN = re.compile(HONORIFIC + r"?[ \t\u3000]*(?:、|，|,|和|及|以及|与)[ \t\u3000]*")
# who else attends, or speaks, said in the next sentence ("…召开新闻发布会。市交通运输局局长张国栋介绍说，…")
ATTEND_VERB = re.compile("出席|参加|陪同|介绍|通报|发布|表示|指出")
# What the subject of a lead sentence does, however far after the name: meets the press, holds the conference
MEETS_PRESS = re.compile("(?:会见|接见|会晤)(?:传媒|媒体|记者)|(?:举行|召开|出席)(?:新闻发布会|记者会|记者招待会|发布会)|接受(?:记者|媒体|传媒)?(?:联合)?采访|答记者问")
VERB_REACH = 24  # characters between a name and its event verb: a time, a rank, an adverb, a place ("今日(十月十七日)在政府总部")
CLAUSE_PUNCT = re.compile(r"[，,；;：:]")

Span = tuple[int, int]


@dataclass
class Person:
    """Mutable roster entry while parsing; frozen into a Participant at the end."""

    name: Optional[str]  # as written, padding spaces removed
    key: str = ""  # the simplified name: how labels and short forms find the person
    title: Optional[str] = None  # as written
    organisation: Optional[str] = None
    role: str = "speaker"
    evidence: list[Evidence] = field(default_factory=list)


class Roster:
    """People met so far (officials, hosts, reporters), with lookup by name, short form and outlet."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.people: list[Person] = []
        self._unnamed: dict[str, Person] = {}
        self._heads: Optional[list[tuple[int, int, Mention]]] = None
        self._head_starts: list[int] = []
        # names a roster line declares (a host's given name, 海燕, is a name there) or a label glosses with a post
        self.declared: set[str] = set()
        self.label_starts: list[int] = []  # where the page's labels start (a bare heading stands right above one)

    def by_name(self, key: str) -> Optional[Person]:
        """The person of that name; a transliterated name's last part alone (霍尔特) is the one whose full name
        ends with it (格兰特·霍尔特), when only one does."""
        exact = next((p for p in self.people if p.key and p.key == key), None)
        if exact is not None or not key or any(d in key for d in NAME_DOTS):
            return exact
        dotted = [p for p in self.people if p.key and any(p.key.endswith(d + key) for d in NAME_DOTS)]
        return dotted[0] if len(dotted) == 1 else None

    def person(self, role: str, ev: Evidence, name: Optional[Span] = None, title: Optional[Span] = None) -> Person:
        """The person named at ``name`` (added, or enriched with a longer title); unnamed without a name span."""
        s, t = self.doc.simplified, self.doc.text
        key = compact(s[name[0]:name[1]]) if name else ""
        title_w = tidy_title(t[title[0]:title[1]]) if title and title[1] > title[0] else None
        if name is None or not looks_like_name(key, married=True) and key not in self.declared:
            return self.unnamed("title:" + (title_w or ""), role, ev, title=title_w)
        p = self.by_name(key)
        if p is None:
            p = Person(name=compact(t[name[0]:name[1]]), key=key, title=title_w, role=role)
            self.people.append(p)
        elif title_w and (not p.title or len(title_w) > len(p.title)):
            p.title = title_w
        p.evidence.append(ev)
        return p

    def unnamed(self, key: str, role: str, ev: Evidence, title: Optional[str] = None,
                organisation: Optional[str] = None) -> Person:
        """One participant per anonymous label or unnamed title (问, 记者, 主持人, 环境局局长…)."""
        p = self._unnamed.get(key)
        if p is None:
            p = self._unnamed[key] = Person(name=None, title=title, organisation=organisation, role=role)
            self.people.append(p)
        p.evidence.append(ev)
        return p

    def unnamed_person(self, key: str) -> Optional[Person]:
        """The anonymous participant made for ``key`` (see :meth:`unnamed`), if any."""
        return self._unnamed.get(key)

    def forget(self, p: Person) -> None:
        """Remove a participant no label is left to (an unnamed answerer whose answers all found their official)."""
        self.people = [q for q in self.people if q is not p]
        self._unnamed = {k: q for k, q in self._unnamed.items() if q is not p}

    def resolve(self, short: str) -> Optional[Person]:
        """A short form (李博, 高局长, 申队长) to one roster person, or None if unknown/ambiguous."""
        exact = self.by_name(short)
        if exact:
            return exact
        hits = [p for p in self.people if p.key and short in self.aliases(p)]
        return hits[0] if len(hits) == 1 else None

    def aliases(self, p: Person) -> list[str]:
        return list(_aliases(p.key, p.title)) if p.key else []

    def section_heads(self) -> list[tuple[int, int, Mention]]:
        """Lines that hold one official's title and name alone, numbered ("一、国家发展改革委主任 魏思远") or bare
        right above a label after the dialogue has begun (a bold line on a page of ministers' exchanges, 部长通道):
        each heads the answers under it. Read once."""
        if self._heads is None:
            s = self.doc.simplified
            bare = [m for m in BARE_HEAD_RE.finditer(s) if self._above_a_label(m.end())]
            if not any(m.start() > self.label_starts[0] for m in bare):
                bare = []  # (one such line above the first label alone is the lead's roster, not a heading)
            self._heads = []
            for m in sorted([*SECTION_HEAD_RE.finditer(s), *bare], key=lambda m: m.start()):
                found = titled_mentions(s, m.start("who"), m.end("who"))
                if len(found) == 1 and found[0].title_start == m.start("who") and found[0].name_end == m.end("who"):
                    self._heads.append((m.start(), m.end(), found[0]))
            self._head_starts = [a for a, _b, _m in self._heads]
        return self._heads

    def _above_a_label(self, end: int) -> bool:
        k = bisect.bisect_left(self.label_starts, end)
        return k < len(self.label_starts) and not self.doc.simplified[end:self.label_starts[k]].strip()

    def head_before(self, pos: int) -> Optional[Mention]:
        """The official whose section heading is the last before ``pos``, if any (a bisection per label)."""
        heads = self.section_heads()
        i = bisect.bisect_right(self._head_starts, pos) - 1
        return heads[i][2] if i >= 0 else None

    def officials(self) -> list[Person]:
        """Named people who may answer: everyone but reporters and narrators."""
        return [p for p in self.people if p.key and p.role in ("speaker", "moderator")]

    def holders(self, title_word: str) -> list[Person]:
        """Named officials whose title is ``title_word`` (simplified) at its end (see :func:`holds`)."""
        return [p for p in self.officials() if holds(p.title, title_word)]

    def mention_finder(self) -> "MentionFinder":
        """Finds roster people named in a stretch of text; build it once the roster is complete.
        An organisation that answers in its own name is found by that name ("请问市水务局")."""
        named = [(p, self.aliases(p)) for p in self.people if p.key and p.role != "reporter"]
        bodies = [(p, [to_simplified(p.organisation)]) for p in self.people
                  if not p.key and p.role == "speaker" and p.organisation]
        return MentionFinder(named + bodies)


def holds(title: Optional[str], word: str) -> bool:
    """One of the posts of a title (国家统计局新闻发言人、国民经济综合统计司司长 holds two) ends with the title word
    asked for, or a word it is also called by (特首 for 行政长官), at the same rank: 市环保局局长 holds 局长,
    副局长 does not."""
    if not title:
        return False
    words = (word, *CUES["title_synonyms"].get(word, ()))
    return any(t.endswith(w) and (w.startswith("副") or not t[:len(t) - len(w)].endswith("副"))
               for t in POST_SEPARATOR.split(to_simplified(title)) for w in words)


POST_SEPARATOR = re.compile(r"[、，,；;]|兼(?=[^\s])")


@lru_cache(maxsize=4096)
def _aliases(key: str, title: Optional[str]) -> tuple[str, ...]:
    """A person's full name and short forms of address (computed once per name and title); a transliterated
    name is also called by its last part (霍尔特 of 格兰特·霍尔特: 霍尔特部长, 霍尔特先生)."""
    simple_title = to_simplified(title) if title else None
    last = re.split(f"[{NAME_DOTS}]", key)[-1] if any(d in key for d in NAME_DOTS) else ""
    by_last = (last, *title_aliases(last, simple_title)) if len(last) >= 2 else ()
    return (key, *title_aliases(key, simple_title), *by_last)


class MentionFinder:
    """One Aho–Corasick automaton over every alias of the roster, so a question is scanned once
    (looking up each person's aliases in each question made a long page quadratic)."""

    def __init__(self, people: list[tuple[Person, list[str]]]):
        self.people = [p for p, _ in people]
        owners: dict[str, list[int]] = {}
        for i, (_p, aliases) in enumerate(people):
            for a in aliases:
                owners.setdefault(a, []).append(i)
        self.patterns = list(owners)
        self.owners = [owners[a] for a in self.patterns]
        self.automaton = ahocorasick_rs.AhoCorasick(self.patterns) if self.patterns else None

    def __call__(self, simplified: str, start: int, end: int) -> list[tuple[int, Person]]:
        """Roster people named (fully or by short form) in a stretch of text, by first position."""
        if self.automaton is None:
            return []
        first: dict[int, int] = {}
        for k, a, _b in self.automaton.find_matches_as_indexes(simplified[start:end], overlapping=True):
            for i in self.owners[k]:
                if a < first.get(i, end):
                    first[i] = a
        return [(start + a, self.people[i]) for a, i in sorted((a, i) for i, a in first.items())]


# ------------------------------------------------------------------ what the page says before anyone speaks
def event_people(doc: Document, start: int, end: int, in_event: bool = False) -> Iterator[Mention]:
    """Officials a lead sentence names for the press event itself, with their titles.

    A sentence that names a press event (记者会, 答记者问, 谈话, 访谈…) introduces the people in it
    who act in it: a title + name followed, after at most a time, a rank or an adverb, by an
    event verb (主持, 出席, 就, 答…), or preceded by an invitation (请, 以下为, 出席今天发布会的有：);
    the people listed with them (、, 和) count too. Others in the sentence (a minister whose visit it
    mentions) do not. ``in_event``: the span is the host's opening turn, where every sentence is
    about the event ("出席今天发布会的有：州文化和旅游局局长杨慧敏、州商务局副局长段永刚。").
    """
    s = doc.simplified
    after_event = -1  # where the last press-event sentence ended
    for sent in SENTENCE_RE.finditer(s, start, end):
        # the sentence after one about the event, in its paragraph, may name who else attends
        # ("…举行记者会，公布…。环境保护署署长郭振邦亦有出席。")
        verb = EVENT_VERB
        if in_event or PRESS_EVENT.search(sent.group()):
            after_event = sent.end()
        elif after_event >= 0 and "\n" not in s[after_event:sent.start() + 1]:
            verb, after_event = ATTEND_VERB, -1
        else:
            continue
        chain: list[Mention] = []
        for m in titled_mentions(s, sent.start(), sent.end()):
            if chain and not CHAIN_JOIN.fullmatch(s, chain[-1].name_end, m.title_start):
                yield from _acting(s, chain, sent.start(), verb, sent.end())
                chain = []
            chain.append(m)
        yield from _acting(s, chain, sent.start(), verb, sent.end())


def shared_title(doc: Document, prev: Mention, m: Mention) -> Optional[str]:
    """The title a listed official shares with the one before: "省农业农村厅厅长李强、副厅长王芳" makes 王芳
    省农业农村厅副厅长. Only a bare title word of the same post (副厅长 after 厅长) takes the body."""
    s = doc.simplified
    bare = s[m.title_start:m.name_start].strip(SPACES)
    if not CHAIN_JOIN.fullmatch(s, prev.name_end, m.title_start) or not TITLE_RE.fullmatch(bare):
        return None
    before = s[prev.title_start:prev.name_start].rsplit("、", 1)[-1]
    last = max(TITLE_RE.finditer(before), key=lambda w: w.start(), default=None)
    if last is None or last.start() == 0 or last.group().removeprefix("副") != bare.removeprefix("副"):
        return None
    at = prev.name_start - len(before)  # where that part of the title begins
    body = doc.text[at:at + last.start()]
    return tidy_title(body + doc.text[m.title_start:m.name_start].strip(SPACES))


def department_of(doc: Document, head: Mention, m: Mention) -> Optional[str]:
    """The organisation of an official listed after one (``head``, the list's first) whose title names a ministry or
    a bureau, when their own title names only a department of it ("海关总署副署长陈立衡和统计分析司司长潘景和、
    口岸监管司司长赵蔚然" → 海关总署统计分析司, 海关总署口岸监管司)."""
    own = organisation_in(doc.text[m.title_start:m.name_start].strip(SPACES))
    parent = organisation_in(doc.text[head.title_start:head.name_start].strip(SPACES))
    if own is None or parent is None:
        return None
    unit = to_simplified(own)
    ends = DEPARTMENT_ENDS + JUDICIAL_UNITS if to_simplified(parent).endswith(JUDICIAL_PARENTS) else DEPARTMENT_ENDS
    if not unit.endswith(ends) or unit.endswith(FIRM_ENDS) or LEVEL_OR_PLACE.search(unit) or _placed(unit) \
            or _names_its_parent(unit) or not to_simplified(parent).endswith(PARENT_ENDS):
        return None
    return parent + own


FIRM_ENDS = ("公司", "集团")  # (公司 ends in 司, and is no ministry's department)


def _names_its_parent(body: str) -> bool:
    """Whether a department's name already holds its ministry's: 财政部国库司, 文化和旅游部资源开发司."""
    head = body[:-1]
    return any(end in head for end in PARENT_ENDS)


def _placed(body: str) -> bool:
    """Whether a body's name opens with a province's or a city's (湖北碳排放权交易中心, 济南…中心): a body of its own."""
    return any(body.startswith(p) for p in province_names().values()) or any(
        body[:n] in city_names() for n in (2, 3, 4))


DEPARTMENT_ENDS = ("司", "处", "局", "办", "办公室", "中心")  # the unit of a ministry an official heads
PARENT_ENDS = ("部", "总署", "总局", "委", "委员会", "署", "厅", "局", "海关", "法院", "检察院")
# a court's and a procuratorate's own units (第四检察部, 民一庭): a 部 elsewhere is a ministry of its own
JUDICIAL_PARENTS, JUDICIAL_UNITS = ("法院", "检察院"), ("部", "庭")
LEVEL_OR_PLACE = re.compile(r"国家|中国|中央|国务院|全国|省|市(?!场)|县|自治")  # (a body of its own: 市水务局; not 市场监管司)


def _acting(s: str, chain: list[Mention], floor: int, verbs: re.Pattern[str] = EVENT_VERB,
            ceiling: Optional[int] = None) -> list[Mention]:
    """The whole chain when its first member is invited or its last one acts, or when it opens a sentence
    whose verb is meeting the press ("行政長官岑景豪今（14）日下午在立法會發表…後，在政府總部會見傳媒"); else nobody."""
    if not chain:
        return []
    invited = INVITATION.search(s, floor, chain[0].title_start) is not None
    after = s[chain[-1].name_end:chain[-1].name_end + VERB_REACH]
    verb = verbs.search(after)
    acts = verb is not None and not CLAUSE_PUNCT.search(after, 0, verb.start())
    subject = not s[floor:chain[0].title_start].strip() and ceiling is not None \
        and MEETS_PRESS.search(s, chain[-1].name_end, ceiling) is not None
    return chain if invited or acts or subject else []


def host_from_lead(doc: Document, start: int, end: int) -> Optional[tuple[Span, Optional[Span]]]:
    """The host a lead paragraph names ("发布会由…科长吴源生主持"): name span and title span."""
    hosts = hosts_from_lead(doc, start, end)
    return hosts[0] if hosts else None


def hosts_from_lead(doc: Document, start: int, end: int) -> list[tuple[Span, Optional[Span]]]:
    """The hosts a lead paragraph names: one ("发布会由…科长吴源生主持"), or a programme's two named after the role
    word ("节目由主持人高原、夏雪主持"): name and title spans."""
    s = doc.simplified
    for rx in MODERATOR_LEAD:
        for m in rx.finditer(s, start, end):
            pp = split_person(m.group("who"))
            if pp.name and looks_like_name(pp.name):
                return [_host_at(s, m.start("who"), pp.name_start, pp.name)]
            role = HOST_WORD.match(m.group("who"))
            names = CO_HOSTS.split(m.group("who")[role.end():]) if role else []
            if role is not None and names and all(looks_like_name(n) for n in names):
                at = m.start("who") + role.end()
                out: list[tuple[Span, Optional[Span]]] = []
                for n in names:
                    out.append(((at, at + len(n)), None))
                    at += len(n) + 1
                return out
    return []


def _host_at(s: str, lo: int, name_start: int, name: str) -> tuple[Span, Optional[Span]]:
    ns = lo + name_start
    for stop in TITLE_STOP.finditer(s, lo, ns):  # "…回应\n原标题：2018年…发言人陆慷": the last line's
        lo = stop.end()
    return (ns, ns + len(name)), ((lo, ns) if ns > lo else None)


HOST_WORD = re.compile("(?:节目)?主持人[ \t\u3000]*")
CO_HOSTS = re.compile("[、和与]")


UNNAMED_COMRADES = ("负责", "有关", "相关")  # before 同志: no name


def introductions(doc: Document, start: int, end: int) -> list[tuple[Span, Optional[Span]]]:
    """(name span, title span) of each "title + name + 先生/女士/同志" in a span (a host introducing a panel)."""
    s = doc.simplified
    out = []
    prev = start
    for m in HONORIFIC_PHRASE.finditer(s, start, end):
        lo = _intro_start(s, max(prev, s.rfind("\n", prev, m.start()) + 1), m.start())  # from prev: linear
        prev = m.end()
        if s.endswith(UNNAMED_COMRADES, max(0, m.start() - 2), m.start()):
            continue  # "等几位负责同志", "有关同志": officials the page does not name
        pp = split_person(s[lo:m.start()])
        if not pp.name or not looks_like_name(pp.name) and len(pp.name) > 3:
            continue
        n0 = m.start() - len(pp.name)
        if name_at(s, n0) != m.start():
            continue
        title = (lo, n0) if s[lo:n0].strip(" ,，、\u3000") else None
        out.append(((n0, m.start()), title))
    return out


BY_WHOM = re.compile(r"(?<![自理缘经来])由")


def _intro_start(s: str, lo: int, hi: int) -> int:
    """Where the title before an honorific starts: after the sentence break, the invitation, earlier people."""
    for d in "。；;:：！!？?":
        j = s.rfind(d, lo, hi)
        if j >= 0:
            lo = max(lo, j + 1)
    for c in INTRO_CUT.finditer(s, lo, hi):
        lo = c.end()
    lead = LEAD_JOIN.match(s, lo, hi)
    if lead:
        lo = lead.end()
    # keep only the comma-part holding the title, joined to earlier parts that end in a title word
    commas = [k for k in range(lo, hi) if s[k] in ",，"]
    cut_at = commas[-1] + 1 if commas else lo
    for k in reversed(commas[:-1]):
        if s[k + 1:cut_at - 1].endswith(tuple(CUES["title_words"])):
            cut_at = k + 1
        else:
            break
    if commas and cut_at == commas[0] + 1 and s[lo:commas[0]].endswith(tuple(CUES["title_words"])):
        cut_at = lo
    joined = TITLE_JOIN.match(s, cut_at, hi)  # "…，并与市生态环境局副局长邬佳琪女士…一起回答"
    cut_at = joined.end() if joined else cut_at
    # "今天由省统计局副局长杜文斌先生发布": the title starts after 由 (not the 由 of 自由贸易区)
    by = [m.end() for m in BY_WHOM.finditer(s, cut_at, hi)]
    return by[-1] if by else cut_at


@dataclass(frozen=True)
class Declaration:
    """A header line naming who takes a role ("主持人：…处长 谭雯"); it speaks no turn."""

    start: int
    end: int
    word: str  # the role word as written in the simplified copy (主持人, 发布人)
    people: tuple[tuple[Span, Optional[Span]], ...]  # (name span, title span)


def declared_names(s: str, declared: Sequence[Declaration]) -> frozenset[str]:
    """The names the roster lines declare (a host's given name, 海燕, is a name there)."""
    return frozenset(compact(s[a:b]) for d in declared for (a, b), _title in d.people)


def declarations(doc: Document, known: frozenset[str]) -> list[Declaration]:
    """Roster lines: each comma part ends in a name, or is a title that the next part completes.
    The people may follow the role word on lines of their own ("发布人：\n省生态环境厅厅长 赵刚\n…")."""
    s = doc.simplified
    out = []
    line_labels: Optional[frozenset[str]] = None  # the words that open a line before a colon (read once, if needed)
    for m in itertools.chain(DECLARATION_RE.finditer(s), DECLARATION_AFTER_RE.finditer(s)):
        # (a programme's hosts go by their given names: "主持人：海燕、志刚", or "主持人：晓雪" over "晓雪：…")
        host_line = DECLARED_ROLE.get(_role_word(m)) == "moderator"
        hosts = BARE_NAMES.fullmatch(s, *m.span("people")) if host_line else None
        if hosts is not None and any(OUTLET_LABEL_RE.fullmatch(compact(w)) for w in NAME_SEPARATOR.split(hosts.group().strip())):
            hosts = None  # "主持人：东川在线 周敏": the outlet and the host, not two hosts
        one = ONE_NAME.fullmatch(s, *m.span("people")) if host_line and hosts is None else None
        if one is not None:
            line_labels = _line_label_words(s) if line_labels is None else line_labels
            hosts = one if one.group("name") in line_labels else None
        people = _people_in(s, *m.span("people"), known | _words(hosts.group()) if hosts else known)
        if people:
            out.append(Declaration(m.start(), m.end(), _role_word(m), tuple(people)))
    block_end = -1  # where the last bracketed roster line ended: the next one right under it is roster too
    for m in BRACKETED_LINE_RE.finditer(s):
        people = _people_in(s, *m.span("people"), known)
        if people:
            more, end = _people_below(s, m.end(), people, known)
            if not _speech_at(s, end) or block_end >= 0 and not s[block_end:m.start()].strip():
                out.append(Declaration(m.start(), end, _role_word(m), tuple(people + more)))
                block_end = end
    for m in ROLE_HEADING_RE.finditer(s):
        people, end = _people_below(s, m.end(), [], known)
        if people and (not m.group("bare") or all(title for _n, title in people) and not _speech_at(s, end)):
            out.append(Declaration(m.start(), end, _role_word(m), tuple(people)))
    return sorted(out, key=lambda d: d.start)


def _people_below(s: str, end: int, people: list[tuple[Span, Optional[Span]]], known: frozenset[str]
                  ) -> tuple[list[tuple[Span, Optional[Span]]], int]:
    """The people on the lines after ``end``, one a line, up to the first line that is not one; and where they end.
    A bare name the block has declared, or one after titled people, is a label ("邝宇⏎各位记者，…")."""
    more: list[tuple[Span, Optional[Span]]] = []
    pos = end + 1
    while pos < len(s):
        line_end = s.find("\n", pos)
        line_end = len(s) if line_end < 0 else line_end
        lo, hi = trim(s, pos, line_end)
        found = _people_in(s, lo, hi, known) if 0 < hi - lo <= ROLE_LINE_CHARS and not ROLE_HEADING_RE.match(
            s, pos) and not DECLARATION_RE.match(s, pos) and not BRACKETED_LINE_RE.match(s, pos) \
            and not LINE_PUNCT.search(s, lo, hi) else None
        before = [*people, *more]
        if not found or len(found) == 1 and found[0][1] is None and any(
                title or s[slice(*found[0][0])] == s[slice(*n)] for n, title in before):
            break
        more.extend(found)
        end, pos = hi, line_end + 1
    return more, end


def _speech_at(s: str, end: int) -> bool:
    """Whether the first line after ``end`` is unlabelled speech (a sentence), not more of a header or a label
    line ("【李晨阳】各位记者…", "杨帆：…")."""
    first = NON_SPACE_RE.search(s, end)
    if first is None or LABELLED_LINE.match(s, first.start()):
        return False
    line_end = s.find("\n", first.start())
    lo, hi = first.start(), len(s) if line_end < 0 else line_end
    return hi - lo > ROLE_LINE_CHARS or LINE_PUNCT.search(s, lo, hi) is not None


LABELLED_LINE = re.compile(r"[【〖\[［]|(?!各位|尊敬|女士|先生|亲爱|同志|朋友|大家)[^\n。！？!?，,]{1,30}[:：∶]")  # (not a greeting)


def _role_word(m: re.Match) -> str:
    groups = m.groupdict()
    return compact(groups.get("role") or groups.get("bracketed") or groups["bare"])


def _people_in(s: str, lo: int, hi: int, known: frozenset[str]) -> list[tuple[Span, Optional[Span]]]:
    """The people of ``s[lo:hi]`` with their titles, or [] when the whole stretch is not people."""
    people: list[tuple[Span, Optional[Span]]] = []
    carry = lo  # where the current person's title starts
    for part in re.finditer(r"[^；;，,]+", s[lo:hi]):
        b = part_end = lo + part.start() + len(part.group().rstrip(SPACES))
        latin = LATIN_NAME_AFTER.search(s, carry, b)  # "…官员　戴维·马丁内斯（David Martinez）": the name as written abroad
        if latin is not None:
            b = latin.start()
        several = titled_mentions(s, carry, b)
        if len(several) >= 2 and several[-1].name_end == b:
            # "市环保局局长王强、市水务局主任李红": people joined by 、 in one part
            people.extend(((m.name_start, m.name_end), m.title) for m in several)
            carry = b
            continue
        names = BARE_NAMES.fullmatch(s, carry, b)
        if names is not None and all(looks_like_name(compact(n)) or compact(n) in known
                                     for n in NAME_SEPARATOR.split(names.group().strip())):
            # bare names side by side: "节目主持人：高原、夏雪", "主持人：高原 夏雪" (two hosts)
            pos = carry
            for n in NAME_SEPARATOR.split(s[carry:b]):
                a = s.index(n, pos) if n else pos
                if n.strip():
                    lo, hi = trim(s, a, a + len(n))
                    people.append(((lo, hi), None))
                pos = a + len(n)
            carry = part_end
            continue
        flat = compact(s[carry:b]).strip("，,、")
        words = s[carry:b].split()
        last_word = words[-1] if words else ""
        name = (split_person(flat).name
                or next((flat[-k:] for k in (3, 2, 4) if flat[-k:] in known), None)
                or (last_word if last_word != flat and looks_like_name(last_word) else None))
        first = NAME_FIRST.fullmatch(s, carry, b) if not (name and looks_like_name(name)) else None
        if first is not None and looks_like_name(first.group("name")) and TITLE_RE.search(first.group("title")):
            # the name first, its title after a gap: "钱伟东　省防汛防台抗旱指挥部办公室常务副主任"
            people.append((first.span("name"), first.span("title")))
            carry = part_end
            continue
        if name and (looks_like_name(name) or name in known):
            name_start = _back_over(s, b, len(name))  # a name padded to width: "李　强"
            title_end = name_start
            while title_end > carry and s[title_end - 1] in SPACES + "，,、；;":
                title_end -= 1
            people.append(((name_start, b), (carry, title_end) if title_end > carry else None))
            carry = part_end
        elif not TITLE_RE.search(flat):
            return []  # neither a person nor a title the next part completes: no roster line
    return people if carry == hi else []


def _line_label_words(s: str) -> frozenset[str]:
    """The two- or three-character words that open a line before a colon: the names lines are labelled with."""
    return frozenset(m.group("name") for m in LINE_LABEL_WORD.finditer(s))


LINE_LABEL_WORD = re.compile(r"(?m)^[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t\u3000]*[:：]")
ONE_NAME = re.compile(r"[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t\u3000]*")
# two to four bare names joined by 、 or a space (a name padded to width, "蔡　泓", is one name: see looks_like_name)
BARE_NAMES = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,4}(?:(?:[ \t\u3000]*、[ \t\u3000]*|[ \t\u3000]+)[\u4e00-\u9fff]{2,4}){1,3}[ \t\u3000]*")
NAME_SEPARATOR = re.compile(r"[ \t\u3000]*、[ \t\u3000]*|[ \t\u3000]+")
NAME_FIRST = re.compile(r"[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,4})[ \t\u3000]+(?P<title>[^ \t\u3000]{4,60})")
LATIN_NAME_AFTER = re.compile(r"[ \t\u3000]*[(（][A-Za-z][A-Za-z .'’\-]{1,40}[)）]$")


def _words(names: str) -> frozenset[str]:
    return frozenset(compact(n) for n in NAME_SEPARATOR.split(names.strip()) if n.strip())


def _back_over(s: str, end: int, chars: int) -> int:
    """Where the last ``chars`` characters before ``end`` that are not spaces start."""
    pos = end
    while chars > 0 and pos > 0:
        pos -= 1
        if s[pos] not in SPACES:
            chars -= 1
    return pos


def handoff(doc: Document, start: int, end: int) -> Optional[str]:
    """Who the moderator hands over to ("请高健先生介绍有关情况", "请顾文涛副局长作发布"), as simplified
    name; last one wins."""
    who = None
    for rx in HANDOFF:
        for m in rx.finditer(doc.simplified, start, end):
            pp = split_person(m.group("who"))
            if pp.name is None:  # "顾文涛副局长": the name first
                pp = name_then_title(m.group("who")) or pp
            if pp.name:
                who = pp.name
    return who


def trim(t: str, a: int, b: int) -> tuple[int, int]:
    while a < b and t[a].isspace():
        a += 1
    while b > a and t[b - 1].isspace():
        b -= 1
    return a, b


ROLE_ORDER = {"moderator": 0, "speaker": 1, "reporter": 2}


def freeze(roster: Roster) -> tuple[tuple[Participant, ...], dict[int, str]]:
    """Participants in role order (moderators, officials, reporters, others), each role in the order the
    page first names them (not the order the stages met them), and each Person's id."""
    ids: dict[int, str] = {}
    out = []
    people = sorted(roster.people, key=lambda p: (ROLE_ORDER.get(p.role, 3),
                                                  min((e.start for e in p.evidence), default=len(roster.doc.text))))
    for n, p in enumerate(people, 1):
        pid = f"p{n}"
        ids[id(p)] = pid
        aliases = tuple(a for a in roster.aliases(p) if a != p.key) if p.key else ()
        evidence = tuple(sorted(dict.fromkeys(p.evidence), key=lambda e: (e.start, e.end, e.rule)))
        organisation = p.organisation or (organisation_in(p.title) if p.role in ("moderator", "speaker") else None)
        out.append(Participant(id=pid, name=p.name, title=p.title, organisation=organisation, role=p.role,
                               aliases=aliases, evidence=evidence))
    return tuple(out), ids


BODY_ENDS = (*ORGANISATION_ENDINGS, "中心", "政府", "公司", "集团", "法院", "检察院", "银行", "海关", "支队", "大队", "总队", "队",
             "院", "会", "司", "处", "科", "站", "所", "台", "馆", "办公室", "实验室", "研究室", "学", "校", "社区", "村", "分行", "支行",
             "残联", "妇联", "工商联", "科协", "侨联", "文联", "团委", "庭")


def organisation_in(title: Optional[str]) -> Optional[str]:
    """The body an official's title names before the post: 市生态环境局副局长 → 市生态环境局, 省气候中心主任 →
    省气候中心; None when the title is the post alone (新闻发言人) or what precedes it names no body. Where the
    first post names none (全国人大代表、沙田村党支部书记), the body of a later post."""
    if not title:
        return None
    body = body_of(title).rstrip("、，, \t\u3000").split("、")[-1]  # (市委宣传部、市政府新闻办: the post named last)
    body = re.sub("(?:有关|相关)$", "", body)  # (市药监局有关负责人: the body is 市药监局)
    simple = to_simplified(body)
    if any(simple.endswith(end) and len(simple) > len(end) for end in BODY_ENDS):  # (办公室 alone names no body)
        return body
    if not body and OUTLET_LABEL_RE.fullmatch(to_simplified(title).strip()):
        return title.strip()  # a host's station for a title (主持人（江海交通广播 陆一鸣）): the outlet is the body
    posts = title.split("、")
    return next((b for b in map(organisation_in, posts[1:]) if b), None) if len(posts) > 1 else None
