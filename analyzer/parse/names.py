"""Names, titles and aliases of people: the vocabulary the parser uses to recognise who speaks.

Everything here works on simplified text (the caller passes the OpenCC-simplified copy) and
returns offsets, so names and titles can be sliced from the original text in its own script.
Cue words live in ``data/people.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from .. import lexicon


CUES = lexicon.PEOPLE


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation, longest first, so 副局长 wins over 局长."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


TITLE_WORDS: tuple[str, ...] = tuple(sorted(set(CUES["title_words"]), key=lambda w: (-len(w), w)))
SPOKEN_TITLE_FORMS: dict[str, list[str]] = CUES["spoken_title_forms"]
SURNAMES: frozenset[str] = frozenset("".join(CUES["surnames"].split()))
COMPOUND_SURNAMES: tuple[str, ...] = tuple(CUES["compound_surnames"])
COMPOUND_SET = frozenset(COMPOUND_SURNAMES)  # all of two characters (checked by a test)
HONORIFICS = CUES["honorifics"]

CJK = r"\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f"  # with the rare characters of names (司马𬀩)
_CJK_CHAR = re.compile(f"[{CJK}]")


def cjk_count(s: str, a: int, b: int) -> int:
    """How many Chinese characters ``s[a:b]`` holds: how much a stretch says, whatever its punctuation."""
    return len(_CJK_CHAR.findall(s, a, b))
TITLE_RE = re.compile(f"(?:{_alternation(TITLE_WORDS)})")
# A title word that names a post, not the body a word of it begins (委员会, 常委会, 代表团, 书记处, 代表处, 农民工…).
POST_RE = re.compile(f"(?:{_alternation(TITLE_WORDS)})(?![会团处工委])")  # (农民工服务中心, 村民委员会)
# A name right after a title word and before an honorific or the end.
NAME_CHARS = re.compile(f"[{CJK}]{{2,4}}")
# A transliterated name, its parts joined by a middle dot (买买提·艾力, 英格·安德森): no surname list
# vouches for it, the dot does
NAME_DOTS = "·•・‧"
DOTTED_NAME = re.compile(f"[{CJK}]{{1,6}}(?:[{NAME_DOTS}][{CJK}]{{1,6}}){{1,3}}")
ORGANISATION_ENDINGS = frozenset(CUES["organisation_endings"])


def body_of(title: str) -> str:
    """The organisation part of an official's title, before the post: 市水务局副局长 → 市水务局 (a title in
    either script; it is read on its simplified form)."""
    from ..script import to_simplified

    simple = to_simplified(title)
    first = POST_RE.search(simple)
    if not first:
        return ""
    qualifier = POST_QUALIFIER_RE.search(simple, 0, first.start())  # (市民政局代局长: the body is 市民政局)
    return title[:qualifier.start() if qualifier else first.start()]


# A word that qualifies the post after it, never the body's: acting (代), full-time (专职), a rank (一级警长),
# a deputy's (副) where the post is listed without it
POST_QUALIFIER_RE = re.compile(r"(?:代理|代|专职|兼职|[一二三四]级|常务副|常务|副)$")  # (南湖海关副关长: 南湖海关)
SALUTATION_RE = re.compile(_alternation(CUES["salutation_words"]))


@dataclass(frozen=True)
class PersonPhrase:
    """A "title + name" phrase split into parts, with offsets relative to the phrase."""

    title: Optional[str]
    name: Optional[str]
    name_start: int = 0  # offset of the name inside the phrase (len(title) when titled)


def looks_like_name(s: str, married: bool = False) -> bool:
    """2-3 CJK characters starting with a listed surname (4 with a compound surname).

    ``married``: also a Hong Kong married name of four characters, both surnames first (林鄭月娥);
    only where the page ends the name there (``name_at``), since two surnames also begin 王强大校.
    """
    if DOTTED_NAME.fullmatch(s):
        return s[-1] not in ORGANISATION_ENDINGS
    if not 2 <= len(s) <= 4 or not NAME_CHARS.fullmatch(s) or s[-1] in ORGANISATION_ENDINGS:
        return False
    if s[:2] in COMPOUND_SET:
        return len(s) in (3, 4)
    if len(s) == 4:
        return married and s[0] in SURNAMES and s[1] in SURNAMES
    return s[0] in SURNAMES


def split_person(phrase: str) -> PersonPhrase:
    """Split "市生态环境局党组成员、副局长高健" into title and name.

    The name is what follows the last title word; when no title word is present the whole
    phrase is a name if it looks like one.
    """
    phrase = phrase.strip(" \t\u3000,，、;；:：")
    if not phrase:
        return PersonPhrase(None, None)
    last = None
    for m in TITLE_RE.finditer(phrase):
        last = m
    if last is None:
        return PersonPhrase(None, phrase, 0) if looks_like_name(phrase) else PersonPhrase(phrase, None)
    title = phrase[:last.end()]
    rest = phrase[last.end():]
    if not rest:
        return PersonPhrase(title, None, len(phrase))
    if NAME_CHARS.fullmatch(rest) and len(rest) <= 4 or DOTTED_NAME.fullmatch(rest):
        return PersonPhrase(title, rest, last.end())
    # title words can appear inside a name's neighbourhood ("委员" in "党委委员"); fall back
    # to a trailing surname-led name
    for n in (3, 2, 4):
        if len(phrase) > n and looks_like_name(phrase[-n:]):
            return PersonPhrase(phrase[:-n] or None, phrase[-n:], len(phrase) - n)
    return PersonPhrase(phrase, None)


DEPUTY = "代表"  # a title only after a name (王丽代表); 我代表, 市民代表 are none


def name_then_title(phrase: str) -> Optional[PersonPhrase]:
    """"刘卫东主任", "孙琳副主任", "王丽代表" (a deputy): a label that writes the name first and the
    title word after it."""
    first = TITLE_RE.search(phrase)
    if first is not None and first.start() > 0 and TITLE_RE.fullmatch(phrase, first.start()) is not None:
        at = first.start()
    elif phrase.endswith(DEPUTY) and len(phrase) > len(DEPUTY):
        at = len(phrase) - len(DEPUTY)
    else:
        return None
    name = phrase[:at]
    return PersonPhrase(phrase[at:], name, 0) if looks_like_name(name) else None



# What ends a name: the end, any character that is not CJK, or a word that follows names.
NAME_END = re.compile(f"$|[^{CJK}]|{_alternation(CUES['name_followers'])}")
SPACES = " \t\u3000"
NOT_IN_NAMES = re.compile(_alternation(CUES["not_in_names"]))


def name_at(s: str, pos: int) -> Optional[int]:
    """End of the name that starts at ``pos``, or None: the longest surname-led run the page ends there.

    "毛宁主持" gives 毛宁 (毛宁主 is not followed by a name boundary), "曾俊华今日" 曾俊华; "谈话全文"
    gives nothing: a name is never cut out of a longer word. A two-character name padded to the
    width of three ("局长王  伟同志") ends after its second character; ``compact`` reads it.
    """
    dotted = DOTTED_NAME.match(s, pos)
    if dotted is not None:  # the last part ends where the page first ends it ("热依拉·吐尔逊介绍", "安雅·霍夫曼表示")
        last_part = max(s.rfind(d, pos, dotted.end()) for d in NAME_DOTS) + 1
        for end in range(min(last_part + 2, dotted.end()), dotted.end() + 1):
            if NAME_END.match(s, end) and not TITLE_RE.search(s, last_part, end):
                return end
    for n in (3, 2, 4):  # a four-character name only where no shorter one ends ("王强大校答" is 王强)
        cand = s[pos:pos + n]
        if n == 3 and cand[-1:] in NOT_NAME_ENDINGS:
            continue  # "林涛在讲话中": 在 follows the name
        if n == 3 and (word := NAME_END.match(s, pos + 2)) is not None and word.end() > pos + 3:
            continue  # "陶宁共同回答": 共同 follows 陶宁 (陶宁共 + 同 would cut the word)
        if len(cand) == n and _is_name(cand) and NAME_END.match(s, pos + n):
            return pos + n
    padded = PADDED_NAME.match(s, pos)
    if padded and _is_name(compact(padded.group())) and NAME_END.match(s, padded.end()):
        return padded.end()
    return None


def _is_name(cand: str) -> bool:
    return looks_like_name(cand, married=True) and not TITLE_RE.search(cand) \
        and not SALUTATION_RE.search(cand) and not NOT_IN_NAMES.search(cand)


NOT_NAME_ENDINGS = frozenset(CUES["not_name_endings"])
PADDED_NAME = re.compile(f"[{CJK}][ \u3000]{{1,3}}[{CJK}]")


@dataclass(frozen=True)
class Mention:
    """A title + name phrase in the text ("外交部发言人陆慷"): offsets of the title and of the name. A name
    listed after it with no title of its own ("全国政协委员王一鸣、刘海燕") shares that title: its ``shared``
    span is the title, its own (empty) title starts at its name."""

    title_start: int
    name_start: int
    name_end: int
    shared: Optional[tuple[int, int]] = None

    @property
    def title(self) -> tuple[int, int]:
        """The span of this person's title."""
        return self.shared or (self.title_start, self.name_start)


def titled_mentions(s: str, start: int = 0, end: Optional[int] = None) -> list[Mention]:
    """Every "title word + name" in ``s[start:end]``, the title reaching back over the words that qualify it.

    The title starts after the previous punctuation, line break or invitation (请, 以下为), and takes
    in earlier 、-parts that are titles themselves ("国防部新闻局副局长、国防部新闻发言人任国强").
    """
    end = len(s) if end is None else end
    out: list[Mention] = []
    for m in TITLE_RE.finditer(s, start, end):
        pos = m.end()
        note = TITLE_NOTE.match(s, pos, end)  # "局长（市河长制办公室主任）何振东": a second post in brackets
        pos = note.end() if note is not None else pos
        while pos < end and s[pos] in SPACES and pos - m.end() < 2:
            pos += 1
        name_end = name_at(s, pos)
        if name_end is None or name_end > end or (out and out[-1].name_end > m.start()):
            continue
        begin = title_start(s, m.start(), max(start, out[-1].name_end if out else start))
        noise = TITLE_NOISE.match(s, begin, m.start())  # "2018年7月6日外交部发言人": the title starts after the date
        begin = noise.end() if noise and noise.end() < m.start() else begin
        joined = PEOPLE_JOIN.match(s, begin, m.start()) if out and begin == out[-1].name_end else None
        begin = joined.end() if joined else begin  # "…司长陈茂波和发展局局长甯汉豪": 和 joins two people
        if not DIGITS.search(s, begin, m.start()):  # "其220个成员公司": a count, no title
            out.append(Mention(begin, pos, name_end))
            out.extend(_sharing_title(s, (begin, pos), name_end, end))
    return out


def _sharing_title(s: str, title: tuple[int, int], pos: int, end: int) -> list[Mention]:
    """The names listed after a titled one with no title of their own ("委员王一鸣、刘海燕、巴特尔"): each a
    whole 、-part that is a name, the list ending at a part that is not one."""
    out = []
    while pos < end and s[pos] == "、":
        name_end = name_at(s, pos + 1)
        if name_end is None or name_end > end or TITLE_RE.search(s, pos + 1, name_end) \
                or not LISTED_NAME_END.match(s, name_end):
            break
        out.append(Mention(pos + 1, pos + 1, name_end, shared=title))
        pos = name_end
    return out


# (not a conjunction or a preposition, which may start the next person's body: "…局长梁永权、海事及水务局副局长黄穗文")
LISTED_NAME_END = re.compile(r"$|[、，,。；;：:（(\s]|等|接受|出席|参加|主持|介绍|回答|答|表示|一行|共同|分别|先后|陪同|就")


DIGITS = re.compile(r"[0-9０-９]")
TITLE_NOTE = re.compile(r"[(（][^()（）\n，,。；;：:！!？?]{2,24}[)）]")
PEOPLE_JOIN = re.compile(r"(?:以及|和|及|与)")
BULLETS = "▍▌▎▏┃▶►▷●◆◇■□★☆◎◉♦🔹🔸👉·•"  # marks that set off a heading or an item, never part of a title
TITLE_STOP = re.compile(r"[，,。；;：:！!？?\n（()）“”\"【】\[\]|｜丨—–－" + BULLETS + "]")
HONORIFIC = "(?:" + "|".join(map(re.escape, HONORIFICS)) + ")"
PERSON_END = re.compile(HONORIFIC + "(?:以及|和|及|与|、)?")
# (访 only right after a dash: "——访市水务局局长周海洋" is an interview headline; 信访局 keeps its 访;
# 请问 opens a question: "请问局长王刚" titles him 局长; a headline's space after its event:
# "…举行记者会 外交部部长王毅就…"; 据 of reported speech: "据市水务局局长张强介绍", not of 数据局)
TITLE_CUT = re.compile(_alternation(CUES["event_invitations"] + CUES["roster_intro"] + ["请问"]) + "|(?<=[—–－-])访"
                       "|(?:^|(?<=\n))[ \t\u3000]*对话"  # an interview's headline: 对话市生态环境局局长王刚
                       "|连线|(?<=记者)对话|专访了?|采访了?"  # a host's or a story's link to the guest: 我们连线…司长李天威
                       "|(?:记者会|发布会|吹风会|通气会|见面会)[ \t\u3000]+|(?<![数证依占])据"
                       "|(?:这位|那位|旁边这位|他|她)?就是|这位是|(?<=[，,])这是"  # "旁边这位就是赵脑村的党支部书记王长贵"
                       "|(?:[上下左右]|组)?图为")  # a caption's "图为市生态环境局局长韦承泽介绍…"


# A conjunction before a title, never part of a body's name (not 和 or 同: 和平区, 同江市)
TITLE_JOIN = re.compile(r"(?:并与|并同|并和|并会同|与|会同|连同)(?=\S)")
# A post, then a conjunction: a second person's title begins after it (部长与…部长霍尔特, 局长和…处长王静)
TITLE_THEN_JOIN = re.compile(f"(?:{_alternation(TITLE_WORDS)})(?:以及|会同|与|同|和|及)")


def title_start(s: str, pos: int, floor: int) -> int:
    """Where the title ending in the word at ``pos`` begins: after punctuation, an invitation, or a name."""
    lo, before = floor, floor
    for m in TITLE_STOP.finditer(s, floor, pos):
        before, lo = lo, m.end()
    if lo > floor and s[lo - 1] in "，," and s[before:lo - 1].endswith(TITLE_WORDS):
        lo = before  # "…党组书记、局长，新闻发言人戴文博": a title with no name after it, then more of it
    for m in TITLE_CUT.finditer(s, lo, pos):
        lo = m.end()
    for m in PERSON_END.finditer(s, lo, pos):  # "…刘东伟同志和市…支队长朱淑贞": after the previous person
        lo = m.end()
    for m in TITLE_THEN_JOIN.finditer(s, lo, pos):  # "林兆远部长与新西兰贸易部长霍尔特": after the first's post
        lo = m.end()
    # 、-parts: keep the nearest run of parts that end in a title word
    parts = s[lo:pos].split("、")
    keep = len(parts) - 1
    while keep > 0 and TITLE_RE.search(parts[keep - 1]) and parts[keep - 1].endswith(TITLE_WORDS):
        keep -= 1
    lo += sum(len(x) + 1 for x in parts[:keep])
    while lo < pos and s[lo] in SPACES:
        lo += 1
    joined = TITLE_JOIN.match(s, lo, pos)  # "…主持，并与市城市管理局…处长郑海燕…一起回答"
    return joined.end() if joined else lo


def introduced_names(simplified: str) -> frozenset[str]:
    """Names the text itself writes after a title word ("新闻局副局长 寿小丽：", "发言人毛宁主持").

    A later bare label holding one ("寿小丽:") is then a person, even run into a paragraph (so is one of
    ``glossed_names``, whatever its surname).
    """
    return frozenset(compact(simplified[m.name_start:m.name_end]) for m in titled_mentions(simplified))


def glossed_names(simplified: str) -> frozenset[str]:
    """Names the page vouches for whatever their surname (扎西次仁, 阿依古丽): a label's words glossed with a post in
    brackets ("扎西次仁（自治区应急管理厅厅长）："), or a bare label's words that the page also writes right after or
    before a post ("10:01 泽仁扎西：" and "州文旅局局长泽仁扎西、", "请泽仁扎西局长介绍")."""
    glossed = {m.group("name") for m in GLOSSED_LABEL_RE.finditer(simplified)
               if m.group("title").endswith(TITLE_WORDS) and _may_be_name(m.group("name"))}
    bare = {m.group("name") for m in BARE_LABEL_RE.finditer(simplified)
            if _may_be_name(m.group("name")) and not looks_like_name(m.group("name"))}
    bare = set(sorted(bare - glossed)[:MAX_BARE_CANDIDATES])  # (bounded: one alternation, one scan)
    if bare:
        for m in re.finditer(_alternation(sorted(bare)), simplified):
            if m.group() in bare and (simplified[max(0, m.start() - TITLE_REACH):m.start()].endswith(TITLE_WORDS)
                                      or TITLE_RE.match(simplified, m.end())):
                glossed.add(m.group())
                bare.discard(m.group())
    return frozenset(glossed)


def _may_be_name(words: str) -> bool:
    return not TITLE_RE.search(words) and words[-1] not in ORGANISATION_ENDINGS and words not in ROLE_LABELS \
        and not NOT_IN_NAMES.search(words)


# A label's words at a line's start (after a time stamp): two to six characters, then a colon
BARE_LABEL_RE = re.compile(rf"(?m)^[ \t\u3000]*(?:[\[【(（]?\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?[\]】)）]?[ \t\u3000]*)?"
                           rf"(?P<name>[{CJK}]{{2,6}})[ \t\u3000]*[:：]")
MAX_BARE_CANDIDATES = 200
TITLE_REACH = 12  # characters before a name where the post it follows is read
# a role's label words (主持人, 问, 嘉宾, 翻译…) and a page's keys (时间, 地点): no name
ROLE_LABELS = frozenset((*CUES["moderator_label"], *CUES["question_labels"], *CUES["answer_labels"],
                         *CUES["interpreter_labels"], *CUES["not_label_endings"]))


# A label at a line's start: a name of two to six characters, its post in brackets, a colon
GLOSSED_LABEL_RE = re.compile(rf"(?m)^[ \t\u3000]*(?P<name>[{CJK}]{{2,6}})[（(](?P<title>[^()（）\n，,。：:]{{2,30}})[)）][ \t\u3000]*[:：]")


def surname_of(name: str) -> str:
    """The surname, or a transliterated name's first part (买买提 of 买买提·艾力); a name with no listed surname
    (扎西次仁, known from a label's gloss) is addressed whole: 扎西次仁厅长."""
    if any(d in name for d in NAME_DOTS):
        return re.split(f"[{NAME_DOTS}]", name)[0]
    for c in COMPOUND_SURNAMES:
        if name.startswith(c) and len(name) > len(c):
            return c
    return name[:1] if name[:1] in SURNAMES else name


def title_aliases(name: Optional[str], title: Optional[str]) -> list[str]:
    """Short forms of address: surname + title word ("高局长" for 副局长高健, "申队长" for 副支队长申军强)."""
    if not name or not title:
        return []
    sn = surname_of(name)
    out: list[str] = []
    for w in TITLE_WORDS:
        if _holds_post(title.replace(w + "助理", ""), w):  # 市长助理 is the mayor's assistant: no 罗市长
            for form in {w, w.removeprefix("副")}:
                # ranks such as 四级调研员 are addressed by the bare word
                form = re.sub(r"^[一二三四]级", "", form)
                if form.endswith(("成员", "委员")) or form.startswith(("党组", "党委")) or len(form) < 2:
                    continue
                out.append(sn + form)
                if form.startswith("支") or form.startswith("大"):
                    out.append(sn + form[1:])
            out.extend(sn + short for short in SPOKEN_TITLE_FORMS.get(w, ()))
    return sorted(set(out), key=lambda a: (-len(a), a))


_POST_END = re.compile(r"$|[\s、，,；;/／兼和及暨（(]|副|" + TITLE_RE.pattern)


def _holds_post(title: str, word: str) -> bool:
    """Whether ``word`` is a post of the title, not part of an office's name: it ends the title or one
    of its posts (局长、…, 党组书记局长), unlike 市长 in 市长热线办公室主任."""
    at = title.find(word)
    while at >= 0:
        if _POST_END.match(title, at + len(word)):
            return True
        at = title.find(word, at + 1)
    return False


# What a title picked up from the sentence around it: a date, an introduction, a host word.
TITLE_NOISE = re.compile(
    r"(?:[ \t\u3000]*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚)?|[ \t\u3000]*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|[^，,。：:]{0,16}?(?:的有|的是|人是|人为)[:：]?|[ \t\u3000]*(?:主持人|主持)[ \t\u3000]+"
    r"|[ \t\u3000]*(?:以及|还有|另有|并与|并和|并同|及|和|与|有)(?=[省市县区州盟国中]|副|常务|总)"  # ("…，以及市公安局副支队长贝永强",
    # "…，并和副局长贺晴女士")
    # Macau's and Hong Kong's day after the previous name, and who comes along: "…司长欧阳瑜今（23）日联同卫生局局长罗奕龙"
    r"|[ \t\u3000]*(?:[今昨明]日?|日)?(?:联同|偕同|连同|陪同)"
    r")+"
)


def compact(name: str) -> str:
    """A name without the spaces that pad it in a label ("李　博" is 李博)."""
    return "".join(name.split())


def tidy_title(title: str) -> Optional[str]:
    """A title without the date, introduction or host word it was written after."""
    m = TITLE_NOISE.match(title)
    if m and m.end() < len(title):
        title = title[m.end():]
    return TITLE_EDGES.sub("", title) or None


TITLE_EDGES = re.compile(r"^[\s,，、；;：:]+|[\s,，、；;：:]+$")  # any white space: 局长&nbsp;王刚 too
