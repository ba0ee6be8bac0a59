"""Varied copies of a corpus for benchmarks: an archive of documents that are alike but never equal.

    python bench/varied.py OUT_DIR [--docs 1000] [--sources DIR …] [--seed 0]
    python bench/varied.py OUT_FILE --megabytes 8      one long document of about 8 MB

Exact copies would flatter the analysis (cleaning drops a page's second copy of an article, and
the corpus n-grams of copies are all shared). Each variant therefore shuffles the body's
paragraphs within small windows (the Q-A order stays mostly local), draws new digits for every
number (years move inside 1995-2025, so an archive spans dates), and renames people by permuting
surnames that are rarely part of ordinary words. Same seed, same output.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_SOURCES = (ROOT / ".." / "shared" / "corpus", ROOT / "transcripts")
SUFFIXES = (".txt", ".html", ".htm")
# Surnames that seldom occur inside common words (not 何 of 如何, 段 of 阶段, 谢 of 谢谢…).
SURNAMES = "王李刘杨赵吴徐孙朱胡郭罗宋唐冯邓曹彭肖袁潘蒋蔡魏吕丁沈姚卢姜崔谭汪廖贾韦邹孟熊秦邱尹薛闫雷陶黎郝龚邵孔汤"
HEAD_LINES = 3  # title, date line, lead: kept in place
WINDOW = 6  # paragraphs shuffled within windows of this many
_NUMBER_RE = re.compile(r"\d+")
_YEAR_RE = re.compile(r"19[89]\d|20[0-2]\d")
_YEAR_AFTER = "年-/."


def read_sources(folders) -> list[tuple[str, str]]:
    """(stem, decoded text) of every document in the folders, in name order."""
    from analyzer.ingest import read_page

    out = []
    for folder in folders:
        for p in sorted(Path(folder).glob("*")):
            if p.suffix.lower() in SUFFIXES:
                out.append((p.stem, read_page(p).text))
    if not out:
        raise SystemExit(f"varied: no documents in {', '.join(map(str, folders))}")
    return out


def _number(m: re.Match, rng: random.Random, shift: int) -> str:
    """A year moved by ``shift``, a month or day redrawn within range, a clock time kept (live text
    stays in order); any other number drawn anew with as many digits."""
    s, text = m.group(), m.string
    after, before = text[m.end():m.end() + 1], text[m.start() - 1:m.start()]
    if _YEAR_RE.fullmatch(s) and after and after in _YEAR_AFTER:
        return str(min(2025, max(1995, int(s) + shift)))
    if ":" in (after, before) or "：" in (after, before):
        return s
    if len(s) <= 2 and (after == "月" or (before in "-/." and before and text[m.end():m.end() + 1] in "-/.")):
        return str(rng.randint(1, 12))
    if len(s) <= 2 and (after in ("日", "号") or before in "-/." and before):
        return str(rng.randint(1, 28))
    first = str(rng.randint(1, 9)) if len(s) > 1 else str(rng.randint(0, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in s[1:])


def variant(text: str, rng: random.Random) -> str:
    """One varied copy of ``text``: paragraphs shuffled locally, new numbers, other surnames."""
    lines = text.split("\n")
    head, body = lines[:HEAD_LINES], lines[HEAD_LINES:]
    for i in range(0, len(body), WINDOW):
        window = body[i:i + WINDOW]
        rng.shuffle(window)
        body[i:i + WINDOW] = window
    out = "\n".join(head + body)
    shift = rng.randint(-12, 6)
    out = _NUMBER_RE.sub(lambda m: _number(m, rng, shift), out)
    perm = list(SURNAMES)
    rng.shuffle(perm)
    return out.translate(str.maketrans(SURNAMES, "".join(perm)))


def make_folder(out: Path, docs: int, sources, seed: int = 0) -> list[Path]:
    """``docs`` varied documents (UTF-8 .txt) in ``out``, cycling through the sources."""
    rng = random.Random(seed)
    texts = read_sources(sources)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(docs):
        stem, text = texts[i % len(texts)]
        p = out / f"{i:05d}-{stem}.txt"
        p.write_text(variant(text, rng), encoding="utf-8")
        paths.append(p)
    return paths


def make_document(path: Path, megabytes: float, sources, seed: int = 0) -> Path:
    """One document of about ``megabytes`` MB (UTF-8): varied copies of the sources, one after another."""
    rng = random.Random(seed)
    texts = read_sources(sources)
    parts, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        part = variant(texts[i % len(texts)][1], rng)
        parts.append(part)
        size += len(part.encode("utf-8")) + 2
        i += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--megabytes", type=float, default=None, help="write one document of this size instead")
    ap.add_argument("--sources", nargs="*", default=[str(p) for p in DEFAULT_SOURCES])
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if args.megabytes:
        print(make_document(Path(args.out), args.megabytes, args.sources, args.seed))
    else:
        print(f"{len(make_folder(Path(args.out), args.docs, args.sources, args.seed))} documents in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
