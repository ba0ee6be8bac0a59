"""Turns from labels, each label resolved to a person; turn kinds and question–answer pairs."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from ..model import Conference, Document, QAPair, Span, Turn
from .labels import OUTLET_LABEL_RE, Label
from .names import CJK, CUES, TITLE_RE, compact, looks_like_name, tidy_title, titled_names, written
from .roster import (DECLARED_ROLE, Declaration, Person, Roster, freeze, handoff, moderator_from_lead,
                     person_phrases, trim)

CLOSING = re.compile("|".join(CUES["closing_cues"]))
ANSWER_OPENING = re.compile("|".join(re.escape(a) for a in CUES["answer_openings"]))
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


def transcript(doc: Document, labels: list[Label], title, date, place,
                declared: Sequence[Declaration] = ()) -> Conference:
    s, t = doc.simplified, doc.text
    roster = Roster(doc)
    for d in declared:
        for name_w, as_written, title_w in d.people:
            roster.add(name_w, None, DECLARED_ROLE[d.word], f"declared: {d.word}", as_written, title_w)
    first = labels[0].start
    # 1. the host named in the lead, then the people introduced in the lead and opening
    host = moderator_from_lead(doc, 0, first)
    if host:
        roster.add(host[0], None, "moderator", "lead: host", host[1], host[2])
    intro_end = labels[1].start if len(labels) > 1 else len(s)
    for span in ((0, first), (labels[0].content_start, intro_end)):
        for name, name_w, _title, title_w in person_phrases(doc, *span):
            roster.add(name, _title, "speaker", "introduction", name_w, title_w)
    # 2. every label to a person
    turns_people: list[Person] = []
    reporters: dict[str, Person] = {}
    moderator: Optional[Person] = next((p for p in roster.people if p.role == "moderator"), None)
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
                reporters[key] = Person(name=t[lab.name_span[0]:lab.name_span[1]] if lab.name_span else None,
                                         organisation=written(doc, outlet), role="reporter",
                                         evidence=["label: " + lab.text, "introduces itself: " + outlet])
            p = reporters[key]
        else:
            p = _person_for_label(doc, roster, lab, reporters, moderator, handoff_next)
        if p.role == "moderator" and moderator is None:
            moderator = p
        turns_people.append(p)
        end = labels[i + 1].start if i + 1 < len(labels) else len(s)
        handoff_next = handoff(doc, lab.content_start, end) if p.role == "moderator" else None
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
        titled = titled_names(s)
        for p in untitled:
            if p.key in titled:
                p.title = tidy_title(written(doc, titled[p.key]) or "")
                p.evidence.append("title from the text")
    # 6. turns
    participants, ids = freeze(roster, reporters)
    turns: list[Turn] = []
    for i, (lab, p) in enumerate(zip(labels, turns_people)):
        end = labels[i + 1].start if i + 1 < len(labels) else len(t)
        a, b = trim(t, lab.content_start, end)
        if i + 1 == len(labels):
            b = _without_page_tail(s, a, b)
        turns.append(Turn(index=i, participant=ids[id(p)], role=p.role, kind="other", start=a, end=b,
                          time=lab.time, label=Span(lab.start, lab.end, lab.kind)))
    turns, pairs = _kinds_and_pairs(doc, turns, roster, ids, labels, reporters)
    layouts = sorted({lab.layout for lab in labels}, key=lambda x: -sum(lab.layout == x for lab in labels))
    layout = layouts[0] + (" (mixed with " + ", ".join(layouts[1:]) + ")" if len(layouts) > 1 else "")
    return Conference(document=doc, doc_type="transcript", layout=layout, title=title, place=place, date=date,
                      participants=participants, turns=tuple(turns), qa_pairs=tuple(pairs))


def _person_for_label(doc: Document, roster: Roster, lab: Label, reporters: dict, moderator, handoff_next):
    s, t = doc.simplified, doc.text

    def w(span):
        return t[span[0]:span[1]] if span else None

    def k(span):
        return s[span[0]:span[1]] if span else None

    if lab.kind == "reporter":
        # one participant per outlet and name: two named reporters of no outlet stay two people
        key = (k(lab.outlet_span) or "") + "|" + (k(lab.name_span) or "")
        if key not in reporters:
            reporters[key] = Person(name=w(lab.name_span), title=None, organisation=w(lab.outlet_span),
                                     role="reporter", evidence=["label: " + lab.text], key="")
        return reporters[key]
    if lab.kind == "question":
        # 问/提问 is an unnamed reporter; 网友/市民 (an online interview's askers) keep their word
        asker = lab.text if lab.text in CUES["asker_labels"] else "记者"
        key = "?" + asker
        if key not in reporters:
            reporters[key] = Person(name=None, title=asker, role="reporter", evidence=["label: " + lab.text])
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
        name = compact(k(lab.name_span) or "")
        p = roster.by_name(name) or (roster.resolve(name) if lab.title_span is None else None)
        if p is None:
            p = roster.add(name, k(lab.title_span), role, "label: " + lab.text, compact(w(lab.name_span) or ""),
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



def _kinds_and_pairs(doc: Document, turns: list[Turn], roster: Roster, ids: dict[int, str],
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


def _addressee(doc: Document, roster: Roster, ids: dict[int, str], tr: Turn) -> Optional[str]:
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

