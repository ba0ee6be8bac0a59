"""Two documents compared with their uncertainty: bootstrap intervals over sentences, and the terms
most distinctive of each side.

- **Intervals**: sentences are resampled with replacement (a nonparametric bootstrap, Efron &
  Tibshirani 1993) to give a percentile interval for each side's boilerplate share (characters in
  boilerplate sentences over all sentence characters) and figure density (figures per 1,000
  sentence characters), and for their difference B − A (each side resampled on its own).
- **Distinctive terms**: the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &
  Quinn 2008, "Fightin' Words"), z-scored by its approximate standard error. Words come from jieba
  on the simplified copy, so a traditional and a simplified document share one vocabulary; words
  of two or more CJK characters count. The prior is the two documents pooled, scaled by
  ``prior_scale``: frequent words need a large difference to stand out.

Settings live in ``data/compare.toml``. Everything here is computed from the metrics rows; the
comparison report only formats the result.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from . import lexicon
from .model import Analysis

_SETTINGS = lexicon.COMPARE["settings"]
REPLICATES = int(_SETTINGS["bootstrap_replicates"])
LEVEL = float(_SETTINGS["interval_level"])
SEED = int(_SETTINGS["seed"])
PRIOR_SCALE = float(_SETTINGS["prior_scale"])
TERMS_SHOWN = int(_SETTINGS["terms_shown"])
MIN_TERM_COUNT = int(_SETTINGS["min_term_count"])
_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


@dataclass(frozen=True)
class Interval:
    """A measure on both sides and their difference, each with its bootstrap percentile interval."""

    measure: str
    unit: str  # "share" (0–1) or "per 1,000 chars"
    a: float
    a_low: float
    a_high: float
    b: float
    b_low: float
    b_high: float
    diff_low: float  # interval of B − A
    diff_high: float

    @property
    def diff(self) -> float:
        return self.b - self.a

    @property
    def clear(self) -> bool:
        """The difference's interval excludes zero."""
        return self.diff_low > 0 or self.diff_high < 0


@dataclass(frozen=True)
class Term:
    term: str
    count_a: int
    count_b: int
    z: float  # > 0: more distinctive of A; < 0: of B


def _sentence_arrays(analysis: Analysis):
    import numpy as np

    from .metrics import sentence_rows

    rows = sentence_rows(analysis)
    chars = np.array([r["chars"] for r in rows], dtype=float)
    stock = np.array([r["chars"] if r["boilerplate"] else 0 for r in rows], dtype=float)
    figures = np.array([r["figures"] for r in rows], dtype=float)
    return chars, stock, figures


def _replicates(analysis: Analysis, rng) -> tuple[dict[str, float], dict[str, Any]]:
    """Point estimates and bootstrap replicates of both measures for one document."""
    import numpy as np

    chars, stock, figures = _sentence_arrays(analysis)
    n = len(chars)
    if n == 0:
        zero = np.zeros(REPLICATES)
        return {"boilerplate": 0.0, "figures": 0.0}, {"boilerplate": zero, "figures": zero}
    idx = rng.integers(0, n, size=(REPLICATES, n))
    total = chars[idx].sum(axis=1)
    total[total == 0] = 1.0
    estimate = {"boilerplate": stock.sum() / max(chars.sum(), 1.0),
                "figures": 1000 * figures.sum() / max(chars.sum(), 1.0)}
    reps = {"boilerplate": stock[idx].sum(axis=1) / total, "figures": 1000 * figures[idx].sum(axis=1) / total}
    return estimate, reps


def intervals(a: Analysis, b: Analysis) -> list[Interval]:
    """Boilerplate share and figure density of A and B with ``LEVEL`` bootstrap intervals (fixed seed)."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    est_a, reps_a = _replicates(a, rng)
    est_b, reps_b = _replicates(b, rng)
    tail = 100 * (1 - LEVEL) / 2
    out = []
    for key, measure, unit in (("boilerplate", "boilerplate share", "share"),
                               ("figures", "figures per 1,000 characters", "per 1,000 chars")):
        lo_a, hi_a = np.percentile(reps_a[key], [tail, 100 - tail])
        lo_b, hi_b = np.percentile(reps_b[key], [tail, 100 - tail])
        lo_d, hi_d = np.percentile(reps_b[key] - reps_a[key], [tail, 100 - tail])
        out.append(Interval(measure=measure, unit=unit, a=float(est_a[key]), a_low=float(lo_a), a_high=float(hi_a),
                            b=float(est_b[key]), b_low=float(lo_b), b_high=float(hi_b), diff_low=float(lo_d),
                            diff_high=float(hi_d)))
    return out


def words(analysis: Analysis) -> Counter:
    """Word counts of the document's sentences (jieba on the simplified copy; 2+ CJK characters).

    The participants' names are left out: jieba cuts an unknown name into pieces (赵英民 → 赵 英民),
    and who spoke is not what a side says."""
    import jieba

    from .script import to_simplified

    jieba.setLogLevel(60)  # no "Building prefix dict" chatter on stderr
    simplified = analysis.document.simplified
    names = sorted({to_simplified(p.name) for p in analysis.conference.participants if p.name}, key=len, reverse=True)
    unnamed = re.compile("|".join(map(re.escape, names))) if names else None
    counts: Counter = Counter()
    for s in analysis.sentences:
        text = simplified[s.start:s.end]
        if unnamed is not None:
            text = unnamed.sub(" ", text)
        counts.update(w for w in jieba.lcut(text) if _WORD.fullmatch(w))
    return counts


def distinctive_terms(a: Analysis, b: Analysis, shown: int = TERMS_SHOWN) -> tuple[list[Term], list[Term]]:
    """The terms most distinctive of A and of B by z-scored log-odds with an informative Dirichlet prior."""
    ya, yb = words(a), words(b)
    na, nb = sum(ya.values()), sum(yb.values())
    if not na or not nb:
        return [], []
    pooled = ya + yb
    total = sum(pooled.values())
    alpha0 = PRIOR_SCALE * total
    scored = []
    for w, n in pooled.items():
        if n < MIN_TERM_COUNT:
            continue
        alpha = alpha0 * n / total
        ca, cb = ya.get(w, 0), yb.get(w, 0)
        delta = (math.log((ca + alpha) / (na + alpha0 - ca - alpha))
                 - math.log((cb + alpha) / (nb + alpha0 - cb - alpha)))
        z = delta / math.sqrt(1 / (ca + alpha) + 1 / (cb + alpha))
        scored.append(Term(term=w, count_a=ca, count_b=cb, z=round(z, 4)))
    scored.sort(key=lambda t: (-t.z, t.term))
    of_a = [t for t in scored if t.z > 0][:shown]
    of_b = sorted((t for t in scored if t.z < 0), key=lambda t: (t.z, t.term))[:shown]
    return of_a, of_b


@dataclass(frozen=True)
class Contrast:
    intervals: tuple[Interval, ...]
    terms_a: tuple[Term, ...]
    terms_b: tuple[Term, ...]
    level: float = LEVEL
    replicates: int = REPLICATES


def contrast(a: Analysis, b: Analysis) -> Contrast:
    """Intervals and distinctive terms of two analyses."""
    of_a, of_b = distinctive_terms(a, b)
    return Contrast(intervals=tuple(intervals(a, b)), terms_a=tuple(of_a), terms_b=tuple(of_b))


