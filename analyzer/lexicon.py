"""Every tunable of the analyser, read once from ``analyzer/data/*.toml``.

This is the only module that opens the data folder: stages import the tables they need from
here (``lexicon.PEOPLE``, ``lexicon.CHROME``, …), so a newcomer finds every word list in one
place and a data file is parsed once per process. Helpers build the regex pieces most tables
turn into (longest-first alternations, so 副局长 wins over 局长).
"""
from __future__ import annotations

import re
import tomllib
from importlib import resources
from typing import Any, Iterable


def load(name: str) -> dict[str, Any]:
    """One data file, parsed (``name`` without the .toml suffix)."""
    with resources.files("analyzer").joinpath(f"data/{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first (then alphabetical: deterministic)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def patterns(regexes: Iterable[str]) -> str:
    """One alternation of regex sources, each in its own group, longest source first."""
    return "|".join(f"(?:{p})" for p in sorted(regexes, key=lambda p: (-len(p), p)))


CHROME = load("chrome")
COMPARE = load("compare")
ENTITIES = load("entities")
NON_ANSWERS = load("non_answers")
PEOPLE = load("people")
STOCK_PHRASES = load("stock_phrases")
TOPICS = load("topics")
UNITS = load("units")
WRAPPERS = load("wrappers")
