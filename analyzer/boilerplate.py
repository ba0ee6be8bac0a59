"""Boilerplate sentences, after Lang & Stice-Lawrence (2015): stock phrasing with little specific content.

A sentence is boilerplate when stock phrases cover most of its content characters and it cites
few figures or titled documents. Stock phrases come from two kinds of evidence:

* **phrase list** (``data/stock_phrases.toml``): political formulas, courtesy and procedure,
  written as regular expressions over the simplified text (so both scripts match);
* **reuse**: character n-grams of the corpus being analysed that occur in at least 30% and at most
  75% of its documents (Lang & Stice-Lawrence's band), used only when the corpus has 10+ documents.

The score of a sentence is ``covered - figure_penalty*figures - specific_penalty*specifics``,
where ``covered`` is the share of its content characters inside stock phrases (the larger of the
two kinds of evidence); the thresholds live in the data file.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from . import lexicon
from .model import BOILERPLATE_TYPES, Owner, Sentence
from .spans import merge

_DATA = lexicon.STOCK_PHRASES

_SETTINGS = _DATA["settings"]
MIN_SCORE: float = float(_SETTINGS["min_score"])
FIGURE_PENALTY: float = float(_SETTINGS["figure_penalty"])
MAX_FIGURES_PENALISED: int = int(_SETTINGS["max_figures_penalised"])
SPECIFIC_PENALTY: float = float(_SETTINGS["specific_penalty"])
MAX_SPECIFICS_PENALISED: int = int(_SETTINGS["max_specifics_penalised"])

_REUSE = _DATA["reuse"]
NGRAM_N: int = int(_REUSE["n"])
MIN_DOC_SHARE: float = float(_REUSE["min_doc_share"])
MAX_DOC_SHARE: float = float(_REUSE["max_doc_share"])
MIN_DOCS: int = int(_REUSE["min_docs"])


_SENTENCE_END = "。！？!?；;\n"
# "." in a pattern never crosses a sentence end, so one scan of a whole turn finds the same
# matches as a scan per sentence.
_GAP_RE = re.compile(r"(?<!\\)\.")


class _Phrases:
    """One list of phrase patterns, matched leftmost-longest: where several patterns match at a
    position, the longest match wins (谢谢您的提问 over 谢谢您), whatever the patterns' order.

    An Aho–Corasick automaton over the literal prefixes of the patterns (``lexicon.literal_prefixes``:
    习近平, 大家好, 欢迎各…) finds where a phrase can start; only the patterns with a prefix there
    are tried, in the alternation's order, and the longest match wins. A list with a pattern whose
    prefixes cannot be told is scanned by one guarded alternation instead (as is every list with
    ``keyed`` False), which finds the same.
    """

    def __init__(self, patterns: Sequence[str], keyed: bool = True):
        ordered = [_GAP_RE.sub("[^%s]" % _SENTENCE_END, p) for p in sorted(patterns, key=lambda p: (-len(p), p))]
        self.patterns = [re.compile(p) for p in ordered]
        self.widths = [lexicon.max_width(p) for p in ordered]
        index = lexicon.PrefixIndex(ordered) if keyed else None
        self.index = index if index is not None and not index.unkeyed else None
        self.finder: re.Pattern[str] | None = None
        if ordered and self.index is None:
            chars = [lexicon.first_chars(p) for p in ordered]
            known = [c for c in chars if c is not None]
            guard = "(?=[%s])" % "".join(sorted(set().union(*known))) if len(known) == len(chars) else ""
            self.finder = re.compile(guard + "(?:%s)" % "|".join(f"(?:{p})" for p in ordered))

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each phrase in ``text[start:end]``, in text order, none inside another."""
        out: list[tuple[int, int]] = []
        pos = start
        for a, tried in self._starts(text, start, end):
            if a < pos:
                continue
            b = a
            for i in tried:  # the alternation's match, then any longer one
                if self.widths[i] > b - a:
                    m = self.patterns[i].match(text, a, end)
                    if m is not None and (b == a or m.end() > b):
                        b = m.end()
            if b > a:
                out.append((a, b))
                pos = b
        return out

    def _starts(self, text: str, start: int, end: int) -> Iterable[tuple[int, Sequence[int]]]:
        """(position, the patterns to try there) in text order."""
        if self.index is not None:
            at = self.index.starts(text, start, end)
            return ((a, sorted(at[a])) for a in sorted(at))
        return self._alternation_starts(text, start, end)

    def _alternation_starts(self, text: str, start: int, end: int) -> Iterable[tuple[int, Sequence[int]]]:
        everything = range(len(self.patterns))
        pos = start
        while self.finder is not None:
            m = self.finder.search(text, pos, end)
            if m is None:
                return
            yield m.start(), everything
            pos = m.start() + 1


_NO_PHRASES = _Phrases([])


PHRASES: dict[str, _Phrases] = {t: _Phrases(_DATA[t]["patterns"]) for t in BOILERPLATE_TYPES}
_SPECIFICS = _Phrases(_DATA["specific"]["patterns"])
_TYPE_CUES = {t: _Phrases([re.escape(w) for w in words])
                 for t, words in _REUSE.get("type_cues", {}).items()}

# Content characters: letters, digits and CJK; punctuation and white space do not count.
_NON_CONTENT_RE = re.compile(r"[\W_]+")
_NON_CJK_RE = re.compile(r"[^\u4e00-\u9fff]+")
# A cited quantity: Arabic number with a unit or classifier, a percentage, or a rank. Years,
# dates, plan names (十四五) and pollutant names (PM2.5) do not match. Callers add the spans of
# the figures stage, which also knows Chinese numerals.
_FIGURE_RE = re.compile(
    r"第\d+(?:位|名)"
    r"|(?<![A-Za-z\d.])\d+(?:[.,]\d+)*\s*(?:多|余)?\s*(?:万|亿|千)?\s*(?:多|余)?\s*"
    r"(?:%|％|个|家|项|件|起|次|人|辆|台|座|吨|元|天|米|公里|千米|平方米|立方米|亩|户|条|处|所|批|微克"
    r"|毫克|千瓦|蒸吨|笔|名|位|倍|宗|只|头|艘|套|张|份|篇|轮|类|种|小时|公顷|平方公里|万|亿|个百分点)"
)


def _content_len(piece: str) -> int:
    return len(_NON_CONTENT_RE.sub("", piece))


def phrase_matches(simplified: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Stock-phrase matches (start, end, type) in ``simplified[start:end]``, in text order."""
    end = len(simplified) if end is None else end
    return sorted((a, b, t) for t, phrases in PHRASES.items() for a, b in phrases.spans(simplified, start, end))


def _phrase_evidence(simplified: str, matches: Sequence[tuple[int, int, str]], end: int
                     ) -> tuple[int, str | None, tuple[int, int] | None]:
    """Content characters covered by listed phrases, the dominant type, and its longest phrase."""
    if not matches:
        return 0, None, None
    clipped = [(a, min(b, end), t) for a, b, t in matches]
    covered = sum(_content_len(simplified[a:b]) for a, b in merge([(a, b) for a, b, _ in clipped]))
    by_type: dict[str, int] = {}
    longest: dict[str, tuple[int, int]] = {}
    for a, b, btype in clipped:
        by_type[btype] = by_type.get(btype, 0) + _content_len(simplified[a:b])
        if btype not in longest or b - a > longest[btype][1] - longest[btype][0]:
            longest[btype] = (a, b)
    btype = max(BOILERPLATE_TYPES, key=lambda t: (by_type.get(t, 0), -BOILERPLATE_TYPES.index(t)))
    return covered, btype, longest[btype]


def _reuse_evidence(sentence: str, reused: frozenset[str]) -> tuple[float, str | None]:
    """Share of the sentence's CJK characters inside reused n-grams, and the longest reused stretch."""
    cjk = _NON_CJK_RE.sub("", sentence)
    if len(cjk) < NGRAM_N:
        return 0.0, None
    present = reused.intersection(ngrams(cjk))
    if not present:
        return 0.0, None
    intervals = []
    for gram in present:
        i = cjk.find(gram)
        while i >= 0:
            intervals.append((i, i + NGRAM_N))
            i = cjk.find(gram, i + 1)
    merged = merge(intervals)
    a, b = max(merged, key=lambda ab: (ab[1] - ab[0], -ab[0]))
    return sum(b - a for a, b in merged) / len(cjk), cjk[a:b]


class _Index:
    """Sorted hits of one scan, so each sentence picks its own with two bisections."""

    def __init__(self, hits: list):
        self.hits = sorted(hits)
        self.starts = [h[0] for h in self.hits]

    def starting_in(self, start: int, end: int) -> list:
        return self.hits[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def overlapping(self, start: int, end: int) -> int:
        """Hits that start inside [start, end), plus one that starts before and reaches into it."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return hi - lo + int(lo > 0 and self.hits[lo - 1][1] > start)


def _score(covered_share: float, figures: int, specifics: int) -> float:
    return (covered_share - FIGURE_PENALTY * min(figures, MAX_FIGURES_PENALISED)
            - SPECIFIC_PENALTY * min(specifics, MAX_SPECIFICS_PENALISED))


class _Scans:
    """Every scan ``judge`` needs over one stretch of text, indexed for per-sentence look-ups."""

    def __init__(self, simplified: str, lo: int, hi: int, figure_spans: Sequence[tuple[int, int]] | None):
        self.simplified = simplified
        self.phrases = _Index(phrase_matches(simplified, lo, hi))
        self.numbers = _Index([(m.start(), m.end()) for m in _FIGURE_RE.finditer(simplified, lo, hi)])
        self.specific = _Index(_SPECIFICS.spans(simplified, lo, hi))
        self.given = _Index(list(figure_spans or ()))

    def figures(self, start: int, end: int) -> int:
        return max(len(self.numbers.starting_in(start, end)), self.given.overlapping(start, end))

    def weigh(self, start: int, end: int) -> tuple[int, int, int, int, str | None, tuple[int, int] | None]:
        """Content characters, figures, specifics, phrase-covered characters, dominant type, longest phrase."""
        content = _content_len(self.simplified[start:end])
        figures = self.figures(start, end)
        specifics = len(self.specific.starting_in(start, end))
        covered, btype, longest = _phrase_evidence(self.simplified, self.phrases.starting_in(start, end), end)
        return content, figures, specifics, covered, btype, longest


def _bounds(spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    return min(a for a, _ in spans), max(b for _, b in spans)


def judge(simplified: str, spans: Iterable[tuple[int, int]],
          figure_spans: Sequence[tuple[int, int]] | None = None,
          reused: frozenset[str] | None = None, text: str | None = None,
          owner: Owner | None = None) -> list[Sentence]:
    """One :class:`Sentence` per span (same order), with its verdict.

    ``figure_spans`` are figures found by the figures stage (they add to the built-in number
    rule); ``reused`` is :func:`reused_ngrams` of the corpus (None or empty: phrase list only);
    ``text`` is the original-script text, used only to quote the reason in the document's script;
    ``owner`` gives the (turn, participant) of a sentence's start (none: both left None).
    """
    spans = list(spans)
    if not spans:
        return []
    scans = _Scans(simplified, *_bounds(spans), figure_spans)
    reused = reused or frozenset()
    quote = text if text is not None else simplified
    out = []
    for start, end in spans:
        turn, participant = owner(start) if owner is not None else (None, None)
        if not reused and not scans.phrases.starting_in(start, end) and MIN_SCORE > 0:
            # no phrase and no reuse evidence: a score of 0 at most, below the threshold (most sentences)
            out.append(Sentence(start, end, turn, participant, has_figure=scans.figures(start, end) > 0))
            continue
        content, figures, specifics, covered, btype, longest = scans.weigh(start, end)
        if content == 0:
            out.append(Sentence(start, end, turn, participant, has_figure=figures > 0))
            continue
        phrase_share = covered / content
        reuse_share, reuse_reason = (_reuse_evidence(simplified[start:end], reused)
                                     if reused else (0.0, None))
        if _score(max(phrase_share, reuse_share), figures, specifics) < MIN_SCORE:
            out.append(Sentence(start, end, turn, participant, has_figure=figures > 0))
            continue
        reason: str | None
        if phrase_share >= reuse_share and longest is not None:
            reason, evidence = quote[longest[0]:longest[1]], "phrase"
        else:
            reason, evidence = reuse_reason, "reuse"
            btype = btype or _type_from_cues(simplified[start:end])
        out.append(Sentence(start, end, turn, participant, boilerplate=btype, reason=reason, evidence=evidence,
                            has_figure=figures > 0))
    return out


def set_aside(simplified: str, sentences: Sequence[Sentence],
              figure_spans: Sequence[tuple[int, int]] | None = None) -> list[dict]:
    """Listed-phrase matches that did not make their sentence boilerplate, and the numbers that outweighed them.

    One row per match (text order): the match and its type, the sentence it lies in (None when it
    lies in no sentence, e.g. a speaker label), and that sentence's phrase-covered share of its
    content, figures, specifics and score, against ``MIN_SCORE``. A phrase that covers little of a
    long sentence, or sits beside figures or titled documents, is set aside by design: the
    sentence says something specific (Lang & Stice-Lawrence judge sentences, not phrases).
    """
    if not sentences:
        return []
    spans = [(s.start, s.end) for s in sentences]
    scans = _Scans(simplified, *_bounds(spans), figure_spans)
    starts = [s.start for s in sentences]
    rows = []
    for a, b, btype in scans.phrases.hits:
        i = bisect.bisect_right(starts, a) - 1
        sentence = sentences[i] if i >= 0 and a < sentences[i].end else None
        if sentence is not None and sentence.boilerplate:
            continue
        row: dict = {"start": a, "end": b, "type": btype, "sentence_start": None, "sentence_end": None,
                     "covered_share": None, "figures": None, "figure_penalty": None, "specifics": None,
                     "specific_penalty": None, "score": None, "min_score": MIN_SCORE}
        if sentence is not None:
            content, figures, specifics, covered, _t, _l = scans.weigh(sentence.start, sentence.end)
            share = covered / content if content else 0.0
            row.update(sentence_start=sentence.start, sentence_end=sentence.end, covered_share=round(share, 6),
                       figures=figures, figure_penalty=round(FIGURE_PENALTY * min(figures, MAX_FIGURES_PENALISED), 6),
                       specifics=specifics,
                       specific_penalty=round(SPECIFIC_PENALTY * min(specifics, MAX_SPECIFICS_PENALISED), 6),
                       score=round(_score(share, figures, specifics), 6))
        rows.append(row)
    return rows


def _type_from_cues(sentence: str) -> str:
    """Type of a sentence found by reuse alone: courtesy or procedural cue words, else political."""
    for btype in ("courtesy", "procedural"):
        if _TYPE_CUES.get(btype, _NO_PHRASES).spans(sentence, 0, len(sentence)):
            return btype
    return "political"


def score(simplified: str, start: int, end: int, figures: int = 0) -> float:
    """The phrase-list score of one sentence, as ``judge`` computes it (for explanations and tuning)."""
    content = _content_len(simplified[start:end])
    if content == 0:
        return 0.0
    covered, _, _ = _phrase_evidence(simplified, phrase_matches(simplified, start, end), end)
    figures = max(figures, len(_FIGURE_RE.findall(simplified, start, end)))
    specifics = len(_SPECIFICS.spans(simplified, start, end))
    return round(_score(covered / content, figures, specifics), 6)


def reused_ngrams(simplified_texts: Sequence[str], n: int = NGRAM_N,
                  min_share: float = MIN_DOC_SHARE, max_share: float = MAX_DOC_SHARE,
                  min_docs: int = MIN_DOCS) -> frozenset[str]:
    """CJK character n-grams found in at least ``min_share`` and at most ``max_share`` of the documents.

    Empty when the corpus has fewer than ``min_docs`` documents: document frequencies over a
    handful of texts say nothing about stock phrasing.
    """
    docs = len(simplified_texts)
    if docs < min_docs:
        return frozenset()
    doc_freq: Counter[str] = Counter()
    for text in simplified_texts:
        doc_freq.update(document_ngrams(text, n))
    low, high = reuse_band(docs, min_share, max_share)
    return frozenset(g for g, df in doc_freq.items() if low <= df <= high)


def document_ngrams(simplified: str, n: int = NGRAM_N) -> set[str]:
    """The distinct CJK character n-grams of one document (its share of the corpus evidence)."""
    return set(ngrams(_NON_CJK_RE.sub("", simplified), n))


def ngrams(cjk: str, n: int = NGRAM_N) -> list[str]:
    """Every n characters of ``cjk`` in a row (the text is CJK only: the rest was taken out)."""
    return [cjk[i:i + n] for i in range(len(cjk) - n + 1)]


def reuse_band(docs: int, min_share: float = MIN_DOC_SHARE, max_share: float = MAX_DOC_SHARE
               ) -> tuple[float, float]:
    """The document frequencies (inclusive) that make an n-gram reused in a corpus of ``docs``."""
    return min_share * docs, max_share * docs


def evidence_label(reused: frozenset[str] | None) -> str:
    """What the export says about which evidence applied."""
    return "phrase list + corpus reuse" if reused else "phrase list"


def ratio(sentences: Iterable[Sentence], total_chars: int) -> float:
    """Share of ``total_chars`` that lies in boilerplate sentences."""
    if total_chars <= 0:
        return 0.0
    chars = sum(s.end - s.start for s in sentences if s.boilerplate)
    return round(min(1.0, chars / total_chars), 6)


def ratio_by_type(sentences: Iterable[Sentence], total_chars: int) -> dict[str, float]:
    """Share of ``total_chars`` in boilerplate sentences of each type (every type present, fixed order)."""
    chars = dict.fromkeys(BOILERPLATE_TYPES, 0)
    for s in sentences:
        if s.boilerplate in chars:
            chars[s.boilerplate] += s.end - s.start
    if total_chars <= 0:
        return dict.fromkeys(BOILERPLATE_TYPES, 0.0)
    return {t: round(min(1.0, c / total_chars), 6) for t, c in chars.items()}
