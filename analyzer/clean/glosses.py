"""Pinyin glosses (發(fā)) that some mirrors print after characters, and what they can restore.

A gloss is dropped from the text; when a character was lost to mojibake ('?' or U+FFFD) but
its gloss survived, the one character the page glosses with that syllable elsewhere restores it.
"""
from __future__ import annotations

import re

from .chars import CJK, CJK_CHAR

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
VOWELS = "aeiouüvê" + TONED
SYLLABLE = (
    rf"(?=[a-zü]{{0,6}}[{TONED}])"
    rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[{VOWELS}]{{1,4}}(?:ng|n|r)?"
)
# A gloss: a toned pinyin syllable in parentheses right after a CJK (or damaged) character.
GLOSS = re.compile(rf"[(（](?<=[{CJK}?\ufffd\ue000-\uf8ff][(（])({SYLLABLE})[)）]")
# ...and a word's glossed whole, two to four toned syllables: 黑臉琵鷺（pí lù）, 鸊鷉(pìtī)
WORD_GLOSS = re.compile(rf"[(（](?<=[{CJK}][(（])({SYLLABLE}(?:[ \u00a0]?{SYLLABLE}){{1,3}})[)）]")
# Mojibake ate the opening parenthesis: "?bào)" after a damaged character.
GLOSS_LOST_PAREN = re.compile(rf"[?\ufffd]({SYLLABLE})[)）]")
# Neutral-tone syllables carry no tone mark (們(men), 的(de)): glosses only on a page that glosses
# with toned syllables (TONED_GLOSSES_MIN of them), so "(me)" elsewhere stays.
NEUTRAL_GLOSS = re.compile(rf"[(（](?<=[{CJK}][(（])(men|de|le|me|ne|ma|ba|zi|zhe|ge|guo|tou|li|shang|xia|mo|la|ya|wa)[)）]")
TONED_GLOSSES_MIN = 3
# A gloss after a character that was lost ('?' or U+FFFD): the character may be restorable.
DAMAGED_HOST_GLOSS = re.compile(rf"[?\ufffd](?=[(（]({SYLLABLE})[)）])")


def _restorations(text: str, glosses: list[tuple[int, int, str]]) -> dict[int, str]:
    """Damaged characters whose syllable the page glosses with exactly one character."""
    readings: dict[str, set[str]] = {}
    for a, _b, syllable in glosses:
        host = text[a - 1]
        if text[a] in "(（" and CJK_CHAR.match(host):
            readings.setdefault(syllable, set()).add(host)
    restorations: dict[int, str] = {}
    for m in DAMAGED_HOST_GLOSS.finditer(text):
        hosts = readings.get(m.group(1))
        if hosts and len(hosts) == 1:
            restorations[m.start()] = next(iter(hosts))
    return restorations


def gloss_drops(text: str):
    """Pinyin glosses to drop, and damaged characters restorable from their gloss."""
    glosses = [(m.start(), m.end(), m.group(1)) for m in GLOSS.finditer(text)]
    glosses.extend((m.start(), m.end(), m.group(1)) for m in WORD_GLOSS.finditer(text))
    glosses.extend((m.start(1), m.end(), m.group(1)) for m in GLOSS_LOST_PAREN.finditer(text))
    if len(glosses) >= TONED_GLOSSES_MIN:
        glosses.extend((m.start(), m.end(), m.group(1)) for m in NEUTRAL_GLOSS.finditer(text))
    glosses.sort()
    restorations = _restorations(text, glosses) if DAMAGED_HOST_GLOSS.search(text) else {}
    return glosses, restorations


def strip_glosses(content: str) -> str:
    """The content without its glosses (for comparing two copies of a line)."""
    if "(" in content or "（" in content:
        return WORD_GLOSS.sub("", GLOSS.sub("", content))
    return content
