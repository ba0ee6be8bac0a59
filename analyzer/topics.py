"""Topic coverage from a weighted term lexicon (``data/topics.toml``), and question–answer alignment.

A turn's topics are the weighted counts of the lexicon terms it contains, normalised to 1. Terms
are simplified forms matched on the simplified copy of the text, so both scripts match and every
hit keeps offsets into the original text.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence

import ahocorasick_rs

from . import lexicon
from .parse import gazetteer
from .model import TopicHit

BLOCKED = ""  # the topic of a blocker word


def _load(data: dict) -> tuple[tuple[str, ...], dict[str, tuple[str, float, str]], dict]:
    """Topic order, term -> (topic, weight), settings; a term listed under two topics is an error."""
    order: list[str] = []
    lexicon: dict[str, tuple[str, float, str]] = {}  # lower-cased term -> (topic, weight, term)
    for topic, terms in data["topics"].items():
        order.append(topic)
        for term, weight in terms.items():
            key = term.lower()
            if key in lexicon:
                raise ValueError(f"topic term {term!r} listed under {lexicon[key][0]} and {topic}")
            lexicon[key] = (topic, float(weight), term)
    for term in data.get("blockers", {}).get("terms", []):
        # words that contain a term but mean something else (市政府 holds 市政): matched, never counted
        lexicon.setdefault(term.lower(), (BLOCKED, 0.0, term))
    for name in sorted(gazetteer.city_and_county_names()):
        # a place whose name holds a term (盐城市 holds 城市, 公安县 公安): the place, never the topic
        if name not in lexicon and _terms_within(name, lexicon):
            lexicon[name] = (BLOCKED, 0.0, name)
    return tuple(order), lexicon, data.get("settings", {})


def _terms_within(name: str, lexicon: Mapping[str, tuple[str, float, str]]) -> list[str]:
    """The topic terms that are part of ``name`` (short names: every substring is looked up)."""
    return [name[i:j] for i in range(len(name)) for j in range(i + 2, len(name) + 1)
            if name[i:j] in lexicon and lexicon[name[i:j]][0] != BLOCKED]


TOPICS, LEXICON, _SETTINGS = _load(lexicon.TOPICS)
MIN_TOPIC_SHARE: float = float(_SETTINGS.get("min_topic_share", 0.10))
MIN_ANSWER_TOPIC_SHARE: float = float(_SETTINGS.get("min_answer_topic_share", 0.25))
DRIFT_THRESHOLD: float = float(_SETTINGS.get("drift_threshold", 0.25))
MIN_ANSWER_CHARS_WITHOUT_TERMS: int = int(_SETTINGS.get("min_answer_chars_without_terms", 60))
RELATED_CREDIT: float = float(_SETTINGS.get("related_credit", 0.0))


def _related(pairs: Mapping[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """The related topics of each topic, both ways, in the lexicon's topic order (a float sum over
    them must not follow a set's hash order, which changes from run to run); an unknown topic name
    is an error in the data."""
    out: dict[str, set[str]] = {t: set() for t in TOPICS}
    for topic, others in pairs.items():
        for other in others:
            if topic not in out or other not in out:
                raise ValueError(f"unknown topic in [related]: {topic} -> {other}")
            out[topic].add(other)
            out[other].add(topic)
    return {t: tuple(o for o in TOPICS if o in r) for t, r in out.items()}


RELATED = _related(lexicon.TOPICS.get("related", {}))
_TOPIC_RANK = {t: i for i, t in enumerate(TOPICS)}
# One Aho–Corasick automaton, leftmost-longest: at each position the longest term wins (大气污染
# over 大气), matches never overlap, as a longest-first alternation scanned left to right would.
# Latin terms (PM2.5, VOCs) match in any case: the text is scanned with its ASCII letters lowered
# (same length, so offsets are shared).
_TERMS = sorted(LEXICON, key=lambda t: (-len(t), t))
_AUTOMATON = ahocorasick_rs.AhoCorasick(_TERMS, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
_ASCII_CAPITALS = re.compile("[A-Z]+")


def find_topic_hits(simplified: str, start: int = 0, end: int | None = None) -> list[TopicHit]:
    """Every lexicon term in ``simplified[start:end]``, with offsets shared by the original text."""
    seg = _ASCII_CAPITALS.sub(_lower, simplified[start:end])  # Latin terms in any case; offsets kept
    hits = []
    for k, a, b in _AUTOMATON.find_matches_as_indexes(seg):
        topic, weight, term = LEXICON[_TERMS[k]]
        if topic != BLOCKED:
            hits.append(TopicHit(start + a, start + b, topic, term, weight))
    return hits


# A named text's short form, glossed where it is first named: "《生态环境损害赔偿管理规定》（以下简称《规定》）".
# A question about 《规定》 is about what the full name says, so it counts the full name's terms.
SHORT_FORM_RE = re.compile(r"《(?P<full>[^《》\n]{2,80})》[ \t\u3000]*[(（](?:以下简称|以下称|下称|简称)[ \t\u3000]*"
                           r"(?P<short>《[^《》\n]{1,12}》|“[^“”\n]{1,12}”)[)）]")


def short_forms(simplified: str) -> list[tuple[str, int, int]]:
    """Each glossed short form as a question would write it (《规定》, or 新规 for “新规”), with the
    offsets of the full name it stands for."""
    out = []
    for m in SHORT_FORM_RE.finditer(simplified):
        short = m.group("short")
        out.append((short.strip("“”"), m.start("full"), m.end("full")))
    return out


def _lower(m: re.Match[str]) -> str:
    return m.group().lower()


class HitIndex:
    """Hits sorted by offset with their starts listed once, so each turn finds its own by bisection
    (rebuilding the list of starts per turn made the metrics quadratic in the document's length)."""

    def __init__(self, hits: Sequence[TopicHit]):
        self.hits = hits
        self.starts = [h.start for h in hits]

    def within(self, start: int, end: int) -> list[TopicHit]:
        """The hits inside [start, end)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [h for h in self.hits[lo:hi] if h.end <= end]


def hits_in(hits: Sequence[TopicHit], start: int, end: int) -> list[TopicHit]:
    """The hits (sorted by offset, as ``find_topic_hits`` returns them) inside [start, end)."""
    return HitIndex(hits).within(start, end)


def _ordered(weights: Mapping[str, float]) -> dict[str, float]:
    """Heaviest topic first; ties in taxonomy order, so output is deterministic."""
    return dict(sorted(weights.items(), key=lambda kv: (-kv[1], _TOPIC_RANK.get(kv[0], 99), kv[0])))


def topic_weights(hits: Iterable[TopicHit]) -> dict[str, float]:
    """Summed term weight per topic (unnormalised), heaviest first."""
    out: dict[str, float] = {}
    for h in hits:
        out[h.topic] = out.get(h.topic, 0.0) + h.weight
    return _ordered(out)


def topic_distribution(hits: Iterable[TopicHit]) -> dict[str, float]:
    """Share of the total term weight per topic (sums to 1; empty when there are no hits)."""
    weights = topic_weights(hits)
    total = sum(weights.values())
    if total <= 0:
        return {}
    return {t: round(w / total, 6) for t, w in weights.items()}


def share_by_topic(parts: Iterable[tuple[int, Sequence[TopicHit]]]) -> dict[str, float]:
    """Share of a speaker's characters per topic.

    ``parts`` are (characters, hits) per turn: each turn's characters are spread over its topics
    by its topic distribution; turns without hits count toward no topic, so shares may sum < 1.
    """
    chars_total = 0
    per_topic: dict[str, float] = {}
    for chars, hits in parts:
        chars_total += chars
        for topic, share in topic_distribution(hits).items():
            per_topic[topic] = per_topic.get(topic, 0.0) + share * chars
    if chars_total <= 0:
        return {}
    return {t: round(c / chars_total, 6) for t, c in _ordered(per_topic).items()}


def question_topics(hits: Iterable[TopicHit], min_share: float = MIN_TOPIC_SHARE) -> tuple[str, ...]:
    """A question's topics, heaviest first (the first is the primary topic)."""
    return main_topics(topic_distribution(hits), min_share)


def main_topics(distribution: Mapping[str, float], min_share: float = MIN_TOPIC_SHARE) -> tuple[str, ...]:
    """The topics of a distribution (``topic_distribution``) that carry at least ``min_share``, in its order."""
    return tuple(t for t, s in distribution.items() if s >= min_share)


def alignment(question_dist: Mapping[str, float], answer_dist: Mapping[str, float],
              related_credit: float = RELATED_CREDIT) -> float | None:
    """Share of the question's topic weight the answer covers: sum over topics t of min(q_t, a_t'),
    where a_t' is the answer's share in t plus ``related_credit`` times its share in the topics
    related to t (an air question answered with industry and transport measures is covered in part).

    Both distributions are normalised first, so the score lies in [0, 1]: 1 when the answer's
    topic mix contains the question's, 0 when they share no topic nor a related one. None when the
    question has no topic terms (nothing to align with); 0.0 when only the answer has none.
    """
    q_total = sum(question_dist.values())
    if q_total <= 0:
        return None
    a_total = sum(answer_dist.values())
    if a_total <= 0:
        return 0.0
    a = {t: w / a_total for t, w in answer_dist.items()}

    def covered(t: str) -> float:
        return a.get(t, 0.0) + related_credit * sum(a.get(r, 0.0) for r in RELATED.get(t, ()))

    score = sum(min(q / q_total, covered(t)) for t, q in question_dist.items())
    return round(min(1.0, score), 6)


def drifts(score: float | None, threshold: float = DRIFT_THRESHOLD) -> bool:
    """An answer drifts from its question when it covers less than ``threshold`` of its topic weight."""
    return score is not None and score < threshold
