"""parse(Document) -> Conference: who took part, in which role, who said what, which answer meets which question.

The parser is general by construction: labels come from layout mechanisms (``labels.py``),
people from introductions, lead paragraphs and labels (title + name + honorific), short forms
from surname + title word (``names.py``, ``roster.py``); turns, kinds and pairs in ``turns.py``;
news stories in ``prose.py``; headline, date and place in ``header.py``. Nothing here knows a
city, a person or a file.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from typing import Optional

import ahocorasick_rs

from ..model import Conference, Document
from ..spans import merge
from . import header
from .labels import ITEM_NUMBER_RE, MIN_SPEECH_HEADS, NON_SPACE_RE, QUESTION_MARK, Label, find_labels, signed_after
from .names import CUES, cjk_count, compact, glossed_names, introduced_names
from .prose import prose
from .roster import declarations, declared_names, host_from_lead, trim
from .turns import transcript

def parse(doc: Document, names: frozenset[str] = frozenset()) -> Conference:
    """Split a cleaned document into participants, turns and question–answer pairs.

    ``names``: person names an NLP backend found (simplified); with the names the page introduces
    itself, they let a bare label with a rare surname read as a person.
    """
    s = doc.simplified
    vouched = glossed_names(s)  # (names of any surname the page's labels vouch for: read once, used twice)
    known = introduced_names(s) | vouched | names
    declared = declarations(doc, known)
    known |= declared_names(s, declared)  # (labels may use what the roster names)
    inside = _Within([(d.start, d.end) for d in declared])
    # (a label that a date line's stamp opens, "2022-08-09 16:00⏎【发布人】", is the roster line's too)
    labels = [lab for lab in find_labels(s, known) if not inside(lab.start) and not inside(lab.end - 1)]
    labels = _drop_section_headings(_drop_stray_labels(labels, doc), s)
    labels = _unlabelled_questions(_unlabelled_answers(_drop_unasked_bodies(_drop_headline_label(labels, s), s), s), s)
    labels = _questions_signed_after(labels, s)
    labels = labels or _numbered_questions(s)
    dialogue = len(labels) >= 2 and _is_dialogue(labels, _lead_host(doc, labels))
    if not dialogue:
        # (a story's column tag, 【高考】, is no label: its lead is read whole; a policy Q&A's footer field,
        # 解读机关：…, leaves its numbered questions to be read)
        labels = _numbered_questions(s)
        dialogue = len(labels) >= 2
    title = header.title(doc)
    date, date_note = header.date_or_file_date(doc, labels)
    place = header.place(doc, title, labels)
    if dialogue:
        conf = _omissions(transcript(doc, labels, title, date, place, declared, vouched))
    else:
        conf = prose(doc, title, date, place)
    return replace(conf, warnings=conf.warnings + (date_note,)) if date_note else conf


# A note that the page leaves out what was said: （发言略）, （问答环节略）, 答记者问（略）, （讲话内容见新闻通稿）
OMITTED = re.compile(r"[（(【\[][ \t\u3000]*(?:(?:问答环节|答问环节|提问环节|发言|讲话|答问|致辞|介绍)?(?:内容|部分)?(?:略|从略|省略|下略)"
                     r"|(?:发言|讲话|致辞|介绍)(?:内容)?见[^）)】\]\n]{1,20})[ \t\u3000]*[）)】\]]")


def _omissions(conf: Conference) -> Conference:
    """A turn that is only a note of what was left out says nothing (kind other), and the page warns
    that its turns and pairs cover only what it prints."""
    s = conf.document.simplified
    first = OMITTED.search(s)
    if first is None:
        return conf
    turns = tuple(replace(t, kind="other") if t.kind == "statement" and OMITTED.fullmatch(s, t.start, t.end) else t
                  for t in conf.turns)
    note = (f"the page leaves out part of what was said ({conf.text[first.start():first.end()]}): "
            "turns, pairs and shares cover only what it prints")
    return replace(conf, turns=turns, warnings=conf.warnings + (note,))


class _Within:
    """Whether an offset falls inside any of some spans (merged once, then a bisection per query)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = merge(spans)
        self.starts = [a for a, _ in self.spans]

    def __call__(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.spans[i][1]


def _drop_stray_labels(labels: list[Label], doc: Document) -> list[Label]:
    """An inline bare name used once ("原标题:…") is prose unless the text names that person elsewhere,
    a role word stands before it, or it follows a question (one of those who answer it)."""
    s = doc.simplified
    names = [compact(s[lab.name_span[0]:lab.name_span[1]]) if lab.name_span else "" for lab in labels]
    same = Counter(n for lab, n in zip(labels, names) if lab.name_span)
    # after a question: right after it, or after the labelled officials who answer it one by one
    asked = [False]
    for lab in labels[:-1]:
        asked.append(lab.kind in ("question", "reporter") or lab.kind == "person" and asked[-1])
    # an empty name (a span of spaces) matches everywhere, as its empty pattern always did
    # a role word ("主持人 金鑫", "嘉宾 王明") vouches for a label as much as a title does
    stray = [lab.kind == "person" and lab.title_span is None and lab.layout == "inline labels"
             and not (lab.moderator_mark or lab.answer_mark or after_question)
             and lab.name_span is not None and same[n] < 2 and n != ""
             for lab, n, after_question in zip(labels, names, asked)]
    in_text = _counts_in_text({n for n, st in zip(names, stray) if st}, s)
    # the name elsewhere in the text, padded with spaces or not
    return [lab for lab, n, st in zip(labels, names, stray) if not st or in_text[n] >= 2]


BRACKET_OPENERS = "【〖[［"


def _drop_section_headings(labels: list[Label], s: str) -> list[Label]:
    """A bracketed label with nothing under it before the next label heads what follows and says nothing
    itself: an asker's word over the questions ("【记者提问】⏎南屏日报记者：…"), an official over the 问/答 put
    to them ("【市生态环境局局长 王大力】⏎问：…", read as a section heading)."""
    ends = [nxt.start if nxt is not None else len(s) for nxt in [*labels[1:], None]]
    speak = {lab.text for lab, end in zip(labels, ends) if s[lab.content_start:end].strip()}
    out = []
    for lab, nxt in zip(labels, [*labels[1:], None]):
        # (and a bare word in brackets that never speaks on the page: "[文字版]" over the text's copy)
        heading = nxt is not None and s[lab.start:lab.end].lstrip(" \t\u3000").startswith(tuple(BRACKET_OPENERS)) \
            and not s[lab.content_start:nxt.start].strip() \
            and (lab.kind in ("question", "reporter") and lab.name_span is None
                 or lab.kind == "person" and (nxt.kind in ("question", "reporter")
                                              or lab.title_span is None and lab.text not in speak))
        if not heading:
            out.append(lab)
    return out


def _drop_headline_label(labels: list[Label], s: str) -> list[Label]:
    """A headline written "source：claim" ("市气象局局长：今冬明春气候趋势预测", "国防部：坚决反对…") opens
    the page with a label-shaped line: a phrase, not a turn, when no full sentence follows the colon on
    that line and the label is not used again. Only the page's chrome may come before it (a portal's
    name, a breadcrumb): no sentence."""
    if not labels or labels[0].start > HEADLINE_AFTER_CHROME or SENTENCE.search(s, 0, labels[0].start):
        return labels
    first = labels[0]
    line_end = s.find("\n", first.content_start)
    rest = s[first.content_start:line_end if line_end >= 0 else len(s)]
    written = s[first.start:first.end]  # (as written: 网友与副市长面对面 is no other label of 网友)
    again = any(s[lab.start:lab.end] == written for lab in labels[1:])
    # (an asker's word opening a headline is no asker: "网友与副市长面对面：聊聊城市更新那些事儿")
    if rest.strip() and not again and not CLAIM_ENDS.search(rest) and first.kind in ("person", "title_only", "question"):
        return labels[1:]
    return labels


SENTENCE = re.compile(r"[。！？!?，,；;]")
CLAIM_ENDS = re.compile(r"[。！？!?；;]")  # a headline's claim may hold a comma (以…为抓手，助力…), never a full stop
HEADLINE_AFTER_CHROME = 300  # characters of chrome lines a headline may come after


def _drop_unasked_bodies(labels: list[Label], s: str) -> list[Label]:
    """An organisation speaks in its own name when a question or the host gives it the floor, or the
    turn before names it ("请市水务局回应。" by a host known only by name); before that ("国防部：坚决反对…"
    heading a story) it is a headline's source, not a label."""
    asks = ("question", "reporter", "moderator")

    def asked(i: int) -> bool:
        prev = labels[i - 1]
        return prev.kind in asks or prev.moderator_mark or s.find(labels[i].text, prev.content_start, labels[i].start) >= 0

    return [lab for i, lab in enumerate(labels) if lab.kind != "body" or i > 0 and asked(i)]


_PADDING = str.maketrans("", "", " \t\u3000")


def _counts_in_text(names: set[str], s: str) -> Counter[str]:
    """How often each name occurs in ``s``, spaces inside it allowed ("李　博" is 李博): one
    Aho–Corasick pass over the text without its padding, not one regex scan per name."""
    if not names:
        return Counter()
    flat = s.translate(_PADDING)
    patterns = sorted(names)
    counts = Counter(patterns[k] for k, _a, _b in
                     ahocorasick_rs.AhoCorasick(patterns).find_matches_as_indexes(flat, overlapping=True))
    for n in patterns:
        if any(n[:k] == n[-k:] for k in range(1, len(n))):
            counts[n] = flat.count(n)  # a name that overlaps itself counts its separate occurrences
    return counts


ASKING_KINDS = ("question", "reporter")
# Beside other labels, an unlabelled answer says something: "（英文部分）" between two questions is none
UNLABELLED_ANSWER_MIN_CJK = 20
EDITORS_LEAD = re.compile(r"以下(?:是|为)|下面是")  # "以下是…的谈话全文": the page's words, not an answer
EDITORS_LEAD_REACH = 8


def _unlabelled_answers(labels: list[Label], s: str) -> list[Label]:
    """A newspaper interview labels only its questions ("记者：…？" then the official's answer as a
    plain paragraph), and so do pages of numbered questions ("1. 南屏日报记者：…？" then the answer):
    where a question's line is followed by text and then by another question, the host or the end,
    with no one's label between, that text is an answer, with an empty label that the resolver gives
    to the official the question names, or to the one the page names."""
    if len(labels) < 2 or not any(lab.kind in ASKING_KINDS for lab in labels):
        return labels
    out: list[Label] = []
    kinds = [lab.kind for lab in labels]
    ends = [lab.start for lab in labels[1:]] + [len(s)]
    # (the one who opened the page, before any question, is its host: "郁青：发布会到此结束。")
    opener = labels[0].text if labels[0].kind not in ASKING_KINDS else None
    following = ["opener" if lab.text == opener else lab.kind for lab in labels[1:]] + [None]
    for lab, end, after in zip(labels, ends, following):
        out.append(lab)
        if lab.kind not in ASKING_KINDS or after not in (*ASKING_KINDS, "moderator", "opener", None):
            continue
        line_end = s.find("\n", lab.content_start, end)
        if line_end < 0 or not QUESTION_MARK.search(s, lab.content_start, line_end):
            continue
        answer = NON_SPACE_RE.search(s, line_end, end)
        if answer is not None and not EDITORS_LEAD.search(s, answer.start(), answer.start() + EDITORS_LEAD_REACH) and (
                cjk_count(s, answer.start(), end) >= UNLABELLED_ANSWER_MIN_CJK
                or all(k in ASKING_KINDS for k in kinds)):
            at = answer.start()
            out.append(Label(at, at, at, "answer", "", layout=lab.layout))
    return out


def _unlabelled_questions(labels: list[Label], s: str) -> list[Label]:
    """A policy Q&A labels only its answers ("一、为什么要制定《条例》？" then "答：…"), or an interview only its
    official ("1.…？" then "马振华：…"): on a page whose every label answers, the line that asks right before
    each answer (it ends in a question mark; numbered, under an official's label) is a question, with an
    empty label that reads as the anonymous reporter; its item number is left out."""
    answers_only = all(lab.kind == "answer" for lab in labels)
    # (or only the officials who answer, "1.…？⏎马振华：…": then the question lines carry their numbers)
    officials_only = all(lab.kind == "person" and not lab.moderator_mark for lab in labels)
    if len(labels) < 2 or not (answers_only or officials_only):
        return labels
    out: list[Label] = []
    floor = 0  # the previous answer's own line never asks
    for lab in labels:
        _, end = trim(s, floor, lab.start)
        line_start = max(floor, s.rfind("\n", floor, end) + 1)
        if 0 < end - line_start <= MAX_QUESTION_LINE and s[end - 1] in "？?" \
                and (answers_only or NUMBERED_QUESTION_RE.match(s, line_start, end)):
            item = ITEM_NUMBER_RE.match(s[line_start:end])
            at = line_start + (item.end() if item else 0)
            out.append(Label(line_start, line_start, at, "question", "", layout=lab.layout))
        out.append(lab)
        floor = s.find("\n", lab.content_start) + 1 or len(s)
    return out


SIGNED_LINE_RE = re.compile(r"(?m)^[ \t\u3000]*(?P<body>[^\n]{2,200}?[？?])[ \t\u3000]*(?P<sig>[(（][^()（）\n]{2,30}[)）])[ \t\u3000]*$")


def _questions_signed_after(labels: list[Label], s: str) -> list[Label]:
    """A question its asker signs in brackets after its words, on a line with no label ("请问韩副厅长，…？
    （新华社记者）", "…？（北岸广播电视台）"): that line is the reporter's question, not more of the turn before."""
    if not labels:
        return labels
    labelled = {s.rfind("\n", 0, lab.start) + 1 for lab in labels}
    extra = []
    for m in SIGNED_LINE_RE.finditer(s):
        if m.start() in labelled or m.start() < labels[0].start:
            continue
        sig = signed_after(s, m.start("sig"), m.end())
        if sig is not None:
            a = m.start("body")
            extra.append(Label(a, a, a, "reporter", "", outlet_span=sig.span("outlet"),
                               name_span=sig.span("name") if sig.group("name") else None, layout=labels[0].layout))
    return sorted(labels + extra, key=lambda lab: lab.start) if extra else labels


MAX_QUESTION_LINE = 200
NUMBERED_QUESTION_RE = re.compile(r"(?m)^[ \t\u3000]*(?P<item>(?:问题)?[0-9一二三四五六七八九十]{1,3}[、.．]|[(（][0-9一二三四五六七八九十]{1,3}[)）])"
                                  r"[ \t\u3000]*(?P<question>[^\n]{2,200}?[？?])[ \t\u3000]*$")
MIN_NUMBERED_QUESTIONS = 2
QUESTION_LINE_RE = re.compile(r"(?m)^[ \t\u3000]*(?P<item>)(?P<question>[^\n：:]{4,80}?[？?])[ \t\u3000]*$")
INTERVIEW_CUE = re.compile("|".join(map(re.escape, CUES["interview_cues"])) + r"|[—–－-]{1,2}访")
QA_HEADLINE = re.compile("|".join(map(re.escape, CUES["qa_headline_cues"])))


def _numbered_questions(s: str) -> list[Label]:
    """A policy Q&A that labels nothing ("1.什么是排污许可？" then the answer's paragraph): where two or more
    numbered lines ask and each is answered by the text before the next, each line is a question with
    an empty label (the anonymous reporter) and the text after it an answer (the body or official the
    headline names)."""
    found = list(NUMBERED_QUESTION_RE.finditer(s))
    if len(found) < MIN_NUMBERED_QUESTIONS or not QA_HEADLINE.search(s, 0, found[0].start()):
        # an interview printed without labels ("对话市生态环境局局长王刚…", "…专访了…"): its questions are
        # lines of their own that end in a question mark, each over the answer's paragraph
        found = list(QUESTION_LINE_RE.finditer(s))
        if len(found) < MIN_NUMBERED_QUESTIONS or not INTERVIEW_CUE.search(s, 0, found[0].start()):
            return []  # (a report whose headings ask, "一、如何看待当前形势？", is no Q&A)
    out: list[Label] = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(s)
        answer = NON_SPACE_RE.search(s, m.end(), end)
        if answer is None:
            return []  # a list of questions (an outline), not questions and answers
        at = answer.start()
        out.append(Label(m.start("item"), m.start("item"), m.start("question"), "question", "", layout="numbered questions"))
        out.append(Label(at, at, at, "answer", "", layout="numbered questions"))
    return out


def _lead_host(doc: Document, labels: list[Label]) -> Optional[str]:
    """The name of the host the lead names before the first label ("新闻发言人李华主持"), if any."""
    host = host_from_lead(doc, 0, labels[0].start) if labels else None
    return doc.simplified[slice(*host[0])] if host is not None else None


def _is_dialogue(labels: list[Label], lead_host: Optional[str] = None) -> bool:
    """Two voices or more, with questions or a host (a host's label, or the host the lead names), or four
    turns or more. Organisations' labels ("市生态环境局：负责…") count only beside them: alone they are a task
    list, not a dialogue."""
    kinds = {lab.kind for lab in labels}
    people = {lab.text or lab.kind for lab in labels}  # (an unlabelled question or answer: its kind)
    has_qa = bool(kinds & {"reporter", "question", "answer", "moderator"}) or any(lab.moderator_mark for lab in labels) \
        or lead_host is not None and lead_host in people
    # (speeches under their speakers' titles and names, each on a line of its own, need three)
    heads = sum(lab.layout == "own-line labels" and lab.title_span is not None for lab in labels)
    return len(people) >= 2 and (has_qa or sum(lab.kind != "body" for lab in labels) >= 4 or heads >= MIN_SPEECH_HEADS)

