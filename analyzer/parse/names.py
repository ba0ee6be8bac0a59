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
from ..model import Document


CUES = lexicon.PEOPLE


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation, longest first, so 副局长 wins over 局长."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


TITLE_WORDS: tuple[str, ...] = tuple(sorted(set(CUES["title_words"]), key=lambda w: (-len(w), w)))
SURNAMES: frozenset[str] = frozenset("".join(CUES["surnames"].split()))
COMPOUND_SURNAMES: tuple[str, ...] = tuple(CUES["compound_surnames"])
HONORIFICS = CUES["honorifics"]

CJK = r"\u3400-\u9fff"
TITLE_RE = re.compile(f"(?:{_alternation(TITLE_WORDS)})")
HONORIFIC_RE = re.compile(f"(?:{_alternation(HONORIFICS)})")
# A name right after a title word and before an honorific or the end.
NAME_CHARS = re.compile(f"[{CJK}]{{2,4}}")
SALUTATION_RE = re.compile(_alternation(CUES["salutation_words"]))
SPEECH_VERB_RE = re.compile(_alternation(CUES["speech_verbs"]))


@dataclass(frozen=True)
class PersonPhrase:
    """A "title + name" phrase split into parts, with offsets relative to the phrase."""

    title: Optional[str]
    name: Optional[str]
    name_start: int = 0  # offset of the name inside the phrase (len(title) when titled)


def looks_like_name(s: str) -> bool:
    """2-4 CJK characters starting with a common surname."""
    if not 2 <= len(s) <= 4 or not NAME_CHARS.fullmatch(s):
        return False
    if any(s.startswith(c) for c in COMPOUND_SURNAMES):
        return len(s) in (3, 4)
    return s[0] in SURNAMES and len(s) <= 3


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
    if NAME_CHARS.fullmatch(rest) and len(rest) <= 4:
        return PersonPhrase(title, rest, last.end())
    # title words can appear inside a name's neighbourhood ("委员" in "党委委员"); fall back
    # to a trailing surname-led name
    for n in (3, 2, 4):
        if len(phrase) > n and looks_like_name(phrase[-n:]):
            return PersonPhrase(phrase[:-n] or None, phrase[-n:], len(phrase) - n)
    return PersonPhrase(phrase, None)


INTRODUCED_NAME_RE = re.compile(
    f"(?:{_alternation(TITLE_WORDS)})[ \t\u3000]{{0,2}}(?P<name>[{CJK}]{{2,3}}?)"
    f"(?=先生|女士|同志|[ \t\u3000]*[:：，,、。；;（(\n]|$)"
)


def introduced_names(simplified: str) -> frozenset[str]:
    """Names the text itself introduces after a title word ("新闻局副局长 寿小丽：", "副部长赵英民先生").

    They need no surname list: a rare surname (寿, 訾) is still a name when the page puts it
    where names go, so a later bare label "寿小丽:" is recognised.
    """
    out = set()
    for m in INTRODUCED_NAME_RE.finditer(simplified):
        name = m.group("name")
        if not TITLE_RE.search(name) and not SALUTATION_RE.search(name):
            out.add(name)
    return frozenset(out)


def surname_of(name: str) -> str:
    for c in COMPOUND_SURNAMES:
        if name.startswith(c) and len(name) > len(c):
            return c
    return name[:1]


def title_aliases(name: Optional[str], title: Optional[str]) -> list[str]:
    """Short forms of address: surname + title word ("高局长" for 副局长高健, "申队长" for 副支队长申军强)."""
    if not name or not title:
        return []
    sn = surname_of(name)
    out: list[str] = []
    for w in TITLE_WORDS:
        if w in title:
            for form in {w, w.removeprefix("副")}:
                # ranks such as 四级调研员 are addressed by the bare word
                form = re.sub(r"^[一二三四]级", "", form)
                if form.endswith(("成员", "委员")) or form.startswith(("党组", "党委")) or len(form) < 2:
                    continue
                out.append(sn + form)
                if form.startswith("支") or form.startswith("大"):
                    out.append(sn + form[1:])
    return sorted(set(out), key=lambda a: (-len(a), a))


CJK = r"\u3400-\u9fff"
# What a title picked up from the sentence around it: a date, an introduction, a host word.
TITLE_NOISE = re.compile(
    r"^(?:[ \t\u3000]*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚)?|[ \t\u3000]*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|[^，,。：:]{0,16}?(?:的有|的是|人是|人为)[:：]?|[ \t\u3000]*(?:主持人|主持)[ \t\u3000]+)+"
)


def compact(name: str) -> str:
    """A name without the spaces that pad it in a label ("李　博" is 李博)."""
    return "".join(name.split())


def tidy_title(title: str) -> Optional[str]:
    """A title without the date, introduction or host word it was written after."""
    m = TITLE_NOISE.match(title)
    if m and m.end() < len(title):
        title = title[m.end():]
    return title.strip(" \t\u3000,，、") or None



def titled_names(s: str) -> dict[str, str]:
    """Names that follow a title word somewhere in the text ("市委书记王小平"), with that title."""
    out: dict[str, str] = {}
    for m in TITLE_RE.finditer(s):
        tail = s[m.end():m.end() + 4]
        for n in (3, 2, 4):
            cand = tail[:n]
            if looks_like_name(cand):
                out.setdefault(cand, title_before(s, m))
    return out


def title_before(s: str, m: re.Match) -> str:
    lo = max(s.rfind(c, 0, m.start()) for c in "，,。；;：:\n \u3000") + 1
    return s[lo:m.end()].strip()



def written(doc: Document, simplified: Optional[str]) -> Optional[str]:
    if not simplified:
        return None
    i = doc.simplified.find(simplified)
    return doc.text[i:i + len(simplified)] if i >= 0 else simplified

