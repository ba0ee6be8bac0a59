"""Each guarded pattern of the package scanned with and without its first-character look-ahead
(``lexicon.guarded``), on the cleaned text of varied documents, and which of the two the rule picked.

    python bench/guards.py [--docs 300]

A scan is the least of three; ``picked`` is ``guard`` or ``plain``; ``ok`` when the pick was the
faster scan or within 10% of it. Nothing is asserted: it prints.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import varied  # noqa: E402

_GUARD_RE = re.compile(r"\(\?=\[((?:\\.|[^\]\\])*)\]\)\(\?:(.*)\)", re.S)


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(name, compiled pattern) of every pattern the package passes through ``lexicon.guarded``."""
    from analyzer import nonanswer
    from analyzer.figures import read, vocab
    from analyzer.nlp import rules

    out = [("figures", read.FIGURE_RE), ("non-answer cues", nonanswer._CUE_RE)]
    out += [(f"not a figure {i}", p) for i, p in enumerate(vocab.NEGATIVE_RES)]
    out += [(f"entities {label or 'amount'}", p) for label, p in rules._PATTERNS]
    return out


def _both(compiled: re.Pattern[str]) -> tuple[str, str, bool]:
    """(pattern without the guard, with it, whether the package uses the guard)."""
    from analyzer import lexicon

    m = _GUARD_RE.fullmatch(compiled.pattern)
    plain = m.group(2) if m and lexicon.guarded(m.group(2)) == compiled.pattern else compiled.pattern
    chars = lexicon.first_chars(plain)
    guard = "(?=[%s])(?:%s)" % ("".join(sorted(chars)), plain) if chars else plain
    return plain, guard, compiled.pattern != plain


def _scan(pattern: str, text: str) -> float:
    regex = re.compile(pattern)
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for _m in regex.finditer(text):
            pass
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    args = ap.parse_args()
    from analyzer.clean import clean
    from analyzer.ingest import read_page

    with tempfile.TemporaryDirectory() as tmp:
        paths = varied.make_folder(Path(tmp), args.docs, [str(s) for s in varied.DEFAULT_SOURCES])
        text = "\n".join(clean(read_page(p)).simplified for p in paths)
    print(f"{len(text):,} characters of cleaned text from {args.docs} varied documents\n")
    print(f"{'pattern':<22} {'plain ms':>9} {'guard ms':>9}  picked  ")
    total_picked = total_best = 0.0
    for name, compiled in _patterns():
        plain, guard, uses_guard = _both(compiled)
        t_plain, t_guard = _scan(plain, text), _scan(guard, text)
        picked = t_guard if uses_guard else t_plain
        total_picked += picked
        total_best += min(t_plain, t_guard)
        ok = "ok" if picked <= 1.1 * min(t_plain, t_guard) else "SLOWER"
        print(f"{name:<22} {t_plain * 1e3:9.1f} {t_guard * 1e3:9.1f}  {'guard' if uses_guard else 'plain':<6}  {ok}")
    print(f"\nall scans as picked: {total_picked * 1e3:.0f} ms; the faster of each: {total_best * 1e3:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
