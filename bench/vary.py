"""Write N varied copies of a corpus, for benchmarks and for looking at reports of big folders.

    python bench/vary.py OUT_DIR [--count 1000] [--corpus DIR] [--seed 7]

Each copy is one corpus document with its text varied, so a folder of copies reads like many
different conferences rather than one repeated: the year of every date is shifted (consistently
within a copy, so the event date moves too), every Arabic number is scaled by a random factor,
the place named in the file's title is replaced by an invented city throughout, and some
paragraphs after the first few are dropped. Deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# invented city names (not real prefecture-level cities)
CITIES = ("南湖", "青山", "新河", "湖滨", "东岭", "西坪", "北川原", "云溪", "石门峡", "临泉港", "白沙洲", "长汀湾",
          "松原坪", "金水", "柳岸", "玉泉", "枫桥", "望海", "安平", "清源")
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-2]\d)(?=年|-\d{1,2}-|/\d{1,2}/)")
_NUMBER = re.compile(r"(?<![\d.\-/:：])\d+(?:\.\d+)?(?![\d.]|[年月日号时点:：\-/])")  # not dates or times
_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,3})[市县区]")


def vary(text: str, rng: random.Random) -> str:
    """One varied copy of ``text`` (see the module docstring)."""
    shift = rng.randint(-12, 3)
    text = _YEAR.sub(lambda m: str(min(2025, max(1995, int(m.group(1)) + shift))), text)
    factor = rng.uniform(0.5, 1.8)

    def scale(m: re.Match) -> str:
        raw = m.group()
        if len(raw) == 4 and raw.startswith(("19", "20")):  # a year: shifted above, not scaled
            return raw
        value = float(raw) * factor
        return f"{value:.{len(raw.split('.')[1])}f}" if "." in raw else str(max(1, round(value)))

    text = _NUMBER.sub(scale, text)
    place = _PLACE.search(text.lstrip())
    if place:
        text = text.replace(place.group(1), rng.choice(CITIES))
    paragraphs = text.split("\n")
    keep = [p for i, p in enumerate(paragraphs) if i < 12 or rng.random() > 0.15]
    return "\n".join(keep)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="folder to write the copies into (created)")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--corpus", default=str(ROOT / ".." / "shared" / "corpus"))
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    from analyzer.ingest import read_page

    sources = sorted(Path(args.corpus).glob("*.txt"))
    if not sources:
        print(f"vary: no .txt files in {args.corpus}", file=sys.stderr)
        return 2
    texts = [(p.stem, read_page(p).text) for p in sources]
    rng = random.Random(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(args.count):
        stem, text = texts[i % len(texts)]
        (out / f"{i:05d}-{stem}.txt").write_text(vary(text, rng), encoding="utf-8")
    print(f"{args.count} varied copies of {len(texts)} documents in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
