"""The roster: people the page introduces (roster lines, the lead's host, title + name + honorific).

Entries are mutable while the parser learns about each person, and frozen into ``Participant``
values at the end (``freeze``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import Document, Participant
from .names import CUES, TITLE_RE, looks_like_name, split_person, tidy_title, title_aliases

INTRO_CUT = re.compile(r"(?:邀请(?:到|了)?|请|出席[^，,。]{0,12}?的[有是]|参加[^，,。]{0,12}?的[有是]|他们是|分别是|的有|的是)[:：]?")
LEAD_JOIN = re.compile(r"^[\s,，、和及与以]+")
HONORIFIC_PHRASE = re.compile(r"(?:先生|女士|同志)(?!们)")
MODERATOR_LEAD = [re.compile(p) for p in CUES["moderator_lead"]]
HANDOFF = [re.compile(p) for p in CUES["handoff"]]
DECLARED_ROLE = {w: role for role, words in CUES["declaration_roles"].items() for w in words}
DECLARATION_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?P<role>" + "|".join(sorted(map(re.escape, DECLARED_ROLE), key=len, reverse=True)) + r")"
    r"[ \t\u3000]*[:：][ \t\u3000]*(?P<people>[^\n。！？!?“”\"]{2,200}?)[ \t\u3000]*$"
)


@dataclass
class Person:
    """Mutable roster entry while parsing; frozen into a Participant at the end."""

    name: Optional[str]
    title: Optional[str] = None
    organisation: Optional[str] = None
    role: str = "speaker"
    aliases: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    key: str = ""


class Roster:
    """People met so far, with lookup by name, alias, surname-plus-title and outlet."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.people: list[Person] = []

    def by_name(self, name: str) -> Optional[Person]:
        for p in self.people:
            if p.key == name:
                return p
        return None

    def add(self, name: Optional[str], title: Optional[str], role: str, evidence: str,
            name_text: Optional[str] = None, title_text: Optional[str] = None) -> Person:
        """Add or enrich a person; ``name`` is simplified (the key), ``name_text`` as written."""
        if title_text:
            title_text = tidy_title(title_text)
        if name:
            p = self.by_name(name)
            if p:
                if title_text and (not p.title or len(title_text) > len(p.title)):
                    p.title = title_text
                p.evidence.append(evidence)
                return p
        p = Person(name=name_text or name, title=title_text or title, role=role, evidence=[evidence], key=name or "")
        self.people.append(p)
        return p

    def resolve(self, short: str) -> Optional[Person]:
        """A short form (李博, 高局长, 申队长) to one roster person, or None if unknown/ambiguous."""
        exact = self.by_name(short)
        if exact:
            return exact
        hits = [p for p in self.people if p.key and short in self.aliases(p)]
        return hits[0] if len(hits) == 1 else None

    def aliases(self, p: Person) -> list[str]:
        title = self._simplified(p.title) if p.title else None
        return [p.key] + title_aliases(p.key, title) if p.key else []

    def _simplified(self, s: str) -> str:
        from ..script import to_simplified

        return to_simplified(s)

    def mentions(self, simplified: str, start: int, end: int) -> list[tuple[int, Person]]:
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



# ------------------------------------------------------------------ roster harvesting
def person_phrases(doc: Document, start: int, end: int) -> list[tuple[str, str, Optional[str], Optional[str]]]:
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
class Declaration:
    """A header line naming who takes a role ("主持人：…处长 谭雯"); it speaks no turn."""

    start: int
    end: int
    word: str  # the role word as written in the simplified copy (主持人, 发布人)
    people: tuple[tuple[str, str, Optional[str]], ...]  # (name, name as written, title as written)


def declarations(doc: Document, known: frozenset[str]) -> list[Declaration]:
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
                out.append(Declaration(m.start(), m.end(), m.group("role"), tuple(people)))
    return out


def moderator_from_lead(doc: Document, start: int, end: int) -> Optional[tuple[str, str, Optional[str]]]:
    """The host a lead paragraph names: "发布会由…科长吴源生主持"."""
    for rx in MODERATOR_LEAD:
        for m in rx.finditer(doc.simplified, start, end):
            phrase = m.group("who")
            pp = split_person(phrase)
            if pp.name and looks_like_name(pp.name):
                ns = m.start("who") + pp.name_start
                return pp.name, doc.text[ns:ns + len(pp.name)], doc.text[m.start("who"):ns] or None
    return None



def handoff(doc: Document, start: int, end: int) -> Optional[str]:
    """Who the moderator hands over to ("请高健先生介绍有关情况"), as simplified name; last one wins."""
    who = None
    for rx in HANDOFF:
        for m in rx.finditer(doc.simplified, start, end):
            pp = split_person(m.group("who"))
            if pp.name:
                who = pp.name
    return who



def trim(t: str, a: int, b: int) -> tuple[int, int]:
    while a < b and t[a].isspace():
        a += 1
    while b > a and t[b - 1].isspace():
        b -= 1
    return a, b


def freeze(roster: Roster, reporters: dict) -> tuple[tuple[Participant, ...], dict[int, str]]:
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

