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
from typing import Any, Callable, Iterable, Sequence

import ahocorasick_rs


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


def _parse(pattern: str) -> tuple[Any, Any] | None:
    """(re's constants, the parse tree of ``pattern``), or None when it cannot be read or folds case.
    CPython internals (absent from typeshed): any failure only turns a speed-up off."""
    try:
        from re import _constants as c, _parser as parser  # type: ignore[attr-defined]
        tree = parser.parse(pattern)
    except Exception:  # noqa: BLE001
        return None
    return None if tree.state.flags & c.SRE_FLAG_IGNORECASE else (c, tree)


def _repeat_and_zero_width_ops(c: Any) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The parse tree's repeat operators and its zero-width ones (look-arounds, anchors)."""
    return (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)), (c.ASSERT, c.ASSERT_NOT, c.AT)


def first_chars(pattern: str, lookarounds: bool = True, classes: bool = True) -> frozenset[str] | None:
    """What a match of ``pattern`` can start with, as items of a regex character class (a character,
    a range ``a-z``, a category ``\\d``); None when that cannot be told (``.``, negated classes,
    case folding, back-references).

    A long alternation guarded by a look-ahead on these (``guarded``) fails at one cheap test where
    no branch can begin, instead of trying every branch: Python's re does not skip such positions
    by itself when branches start with look-behinds or optional groups. Look-arounds are zero-width
    (skipped, ``lookarounds``); ``classes`` False accepts literal characters only.
    """
    parsed = _parse(pattern)
    if parsed is None:
        return None
    c, tree = parsed
    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w"}

    def first(items) -> tuple[set[str] | None, bool]:
        out: set[str] = set()
        for op, av in items:
            chars, nullable = one(op, av)
            if chars is None:
                return None, False
            out |= chars
            if not nullable:
                return out, False
        return out, True

    def klass(av) -> set[str] | None:
        out = set()
        for o, v in av:
            if o is c.LITERAL:
                out.add(re.escape(chr(v)))
            elif classes and o is c.RANGE:
                out.add(f"{re.escape(chr(v[0]))}-{re.escape(chr(v[1]))}")
            elif classes and o is c.CATEGORY and v in categories:
                out.add(categories[v])
            else:
                return None
        return out

    def one(op, av) -> tuple[set[str] | None, bool]:
        if op is c.LITERAL:
            return {re.escape(chr(av))}, False
        if op is c.IN:
            return klass(av), False
        if op is c.SUBPATTERN:
            return (None, False) if av[1] & c.SRE_FLAG_IGNORECASE else first(av[-1])
        if op is c.BRANCH:
            out: set[str] = set()
            nullable = False
            for branch in av[1]:
                chars, n = first(branch)
                if chars is None:
                    return None, False
                out |= chars
                nullable = nullable or n
            return out, nullable
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            chars, n = first(av[2])
            return chars, n or av[0] == 0
        if op is c.AT or (lookarounds and op in (c.ASSERT, c.ASSERT_NOT)):
            return set(), True
        return None, False

    chars, nullable = first(tree.data)
    if chars is None or nullable or not chars:
        return None
    return frozenset(chars)


def max_width(pattern: str) -> int:
    """The most characters a match of ``pattern`` can span (a large number when unbounded or unknown):
    a pattern that cannot outrun a match in hand need not be tried."""
    try:
        from re import _parser as parser  # type: ignore[attr-defined]
        return min(int(parser.parse(pattern).getwidth()[1]), UNBOUNDED)
    except Exception:  # noqa: BLE001
        return UNBOUNDED


UNBOUNDED = 1 << 30


def literal_prefixes(pattern: str, length: int = 3, limit: int = 64) -> frozenset[str] | None:
    """Strings of 1 to ``length`` characters, one of which begins every match of ``pattern``; None
    when that cannot be told (a match may start with ``.``, a category or a large class, or be
    empty) or would take more than ``limit`` strings even at one character.

    An automaton over these finds the few places where a pattern can match, so a list of phrase
    patterns is tried there only (``boilerplate``): ``re`` tries a long alternation at every
    position whose first character could begin a branch. Zero-width items (look-arounds, anchors)
    are passed over; a repeat counts once and ends the prefix, unless it is optional (``?``).
    """
    parsed = _parse(pattern)
    if parsed is None:
        return None
    c, tree = parsed
    repeats, zero_width = _repeat_and_zero_width_ops(c)
    State = set[tuple[str, bool]]  # (prefix, whether it may still grow)

    def walk(items, state: State, k: int) -> State:
        for op, av in items:
            grown: State = set()
            for prefix, open_ in state:
                grown |= step(op, av, prefix, k) if open_ and len(prefix) < k else {(prefix, False)}
            if len(grown) > limit:
                raise OverflowError
            state = grown
        return state

    def step(op, av, prefix: str, k: int) -> State:
        if op is c.LITERAL:
            return {(prefix + chr(av), True)}
        if op is c.IN:
            chars = [chr(v) for o, v in av if o is c.LITERAL]
            return {(prefix + ch, True) for ch in chars} if len(chars) == len(av) else {(prefix, False)}
        if op is c.SUBPATTERN and not av[1] & c.SRE_FLAG_IGNORECASE:
            return walk(av[-1], {(prefix, True)}, k)
        if op is c.BRANCH:
            return set().union(*(walk(branch, {(prefix, True)}, k) for branch in av[1]))
        if op in repeats:  # once; the prefix grows on past an optional item only
            once = walk(av[2], {(prefix, True)}, k)
            once = once if av[1] == 1 else {(p, False) for p, _open in once}
            return once | {(prefix, True)} if av[0] == 0 else once
        if op in zero_width:
            return {(prefix, True)}
        return {(prefix, False)}

    for k in range(length, 0, -1):
        try:
            found = {p for p, _open in walk(tree.data, {("", True)}, k)}
        except OverflowError:
            continue
        return None if "" in found else frozenset(found)
    return None


def required_literals(pattern: str, limit: int = 64) -> frozenset[str] | None:
    """Strings one of which lies inside every match of ``pattern`` or the text its look-aheads read
    (look-behinds do not count: they may read before a search's start); None when that cannot be told. Where none of them is in a text the pattern
    cannot match there, and one automaton pass over the strings of many patterns says which of
    them need a scan at all: the figures' negative patterns all start with a digit, and
    ``literal_prefixes`` cannot key them, but most hold a word (岁, 小时, 以上) that a text lacks.

    Of the strings a match must hold, the longest are kept (the most selective test; digits, which
    every text has, lose a tie): consecutive
    characters and small classes are joined (``以(?:上|下)`` gives 以上 and 以下), and an
    alternation needs one string from each branch.
    """
    parsed = _parse(pattern)
    if parsed is None:
        return None
    c, tree = parsed
    repeats, zero_width = _repeat_and_zero_width_ops(c)
    Strings = frozenset[str]

    def best(candidates: list[Strings | None]) -> Strings | None:
        kept = [x for x in candidates if x and "" not in x and len(x) <= limit]
        return max(kept, key=lambda x: (min(map(len, x)), not any(k.isdigit() for k in x), -len(x)), default=None)

    def sequence(items) -> tuple[Strings | None, Strings | None]:
        """(the strings the items match exactly, or None; the best strings every match holds)"""
        run: Strings = frozenset([""])
        candidates: list[Strings | None] = []
        exact = True
        for op, av in items:
            if op is c.ASSERT and av[0] == 1:  # a look-ahead: its text follows, though nothing is consumed
                whole, inside = sequence(av[1])
                if whole is not None and len(run) * len(whole) <= limit:
                    candidates.append(frozenset(a + b for a in run for b in whole))
                candidates.append(whole if whole is not None else inside)
                continue
            if op in zero_width:
                continue
            whole, inside = node(op, av)
            if whole is not None and len(run) * len(whole) <= limit:
                run = frozenset(a + b for a in run for b in whole)
                continue
            exact = False
            candidates += [run, whole if whole is not None else inside]
            run = frozenset([""])
        candidates.append(run)
        return (run if exact else None), best(candidates)

    def node(op, av) -> tuple[Strings | None, Strings | None]:
        if op is c.LITERAL:
            return frozenset(chr(av)), frozenset(chr(av))
        if op is c.IN:
            chars = frozenset(chr(v) for o, v in av if o is c.LITERAL)
            return (chars, chars) if len(chars) == len(av) else (None, None)
        if op is c.SUBPATTERN:
            return (None, None) if av[1] & c.SRE_FLAG_IGNORECASE else sequence(av[-1])
        if op is c.BRANCH:
            branches = [sequence(b) for b in av[1]]
            wholes = [w for w, _i in branches if w is not None]
            insides = [x for x in (w if w is not None else i for w, i in branches) if x is not None]
            return (frozenset().union(*wholes) if len(wholes) == len(branches) else None,
                    frozenset().union(*insides) if len(insides) == len(branches) else None)
        if op in repeats:
            if av[0] < 1:
                return None, None
            whole, inside = sequence(av[2])
            return (whole if av[0] == av[1] == 1 else None), (whole if whole is not None else inside)
        if op is getattr(c, "ATOMIC_GROUP", None):
            return sequence(av)
        return None, None

    return sequence(tree.data)[1]


class LiteralIndex:
    """Literal strings of a list of patterns (``keys`` of each: ``required_literals`` by default) in
    one Aho–Corasick automaton: one pass over a text tells which patterns can match in it.
    ``unkeyed`` are the patterns whose strings cannot be told (they may match anywhere)."""

    def __init__(self, patterns: Sequence[str], keys: Callable[[str], frozenset[str] | None] = required_literals):
        found = [keys(p) for p in patterns]
        self.unkeyed = frozenset(i for i, k in enumerate(found) if k is None)
        held_by: dict[str, list[int]] = {}
        for i, k in enumerate(found):
            for key in k or ():
                held_by.setdefault(key, []).append(i)
        keys_in_order = sorted(held_by)
        self._held = [held_by[k] for k in keys_in_order]  # the patterns each key belongs to
        self._automaton = ahocorasick_rs.AhoCorasick(keys_in_order) if keys_in_order else None

    def found_in(self, text: str) -> set[int]:
        """The patterns that can match somewhere in ``text`` (the unkeyed ones always can)."""
        out = set(self.unkeyed)
        if self._automaton is not None:
            for k, _a, _b in self._automaton.find_matches_as_indexes(text, overlapping=True):
                out.update(self._held[k])
        return out


class PrefixIndex(LiteralIndex):
    """A ``LiteralIndex`` on the literal prefixes of the patterns (``literal_prefixes``), so that it
    also tells where each pattern can begin: a pattern is tried there only."""

    def __init__(self, patterns: Sequence[str]):
        super().__init__(patterns, keys=literal_prefixes)

    def starts(self, text: str, start: int = 0, end: int | None = None) -> dict[int, set[int]]:
        """Position -> the keyed patterns that can begin there, in ``text[start:end]``."""
        at: dict[int, set[int]] = {}
        if self._automaton is not None:
            for k, a, _b in self._automaton.find_matches_as_indexes(text[start:end], overlapping=True):
                at.setdefault(start + a, set()).update(self._held[k])
        return at


class Prefiltered:
    """A compiled pattern with the literal strings that begin its matches (``literal_prefixes``):
    where none of them is in the text there is no match, and ``str``'s substring search tells so
    at a small part of the cost of a regex scan (``\\brequire\\(`` is tried at every position)."""

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern)
        self.keys = literal_prefixes(pattern, length=8)

    def search(self, text: str) -> re.Match[str] | None:
        if self.keys is not None and not any(key in text for key in self.keys):
            return None
        return self.regex.search(text)


def guarded(pattern: str, always: bool = False) -> str:
    """``pattern`` behind a look-ahead on the characters its matches start with (``first_chars``);
    the same matches, found faster in long texts. Unchanged when those cannot be told, and when
    the regex engine already rejects a wrong start in one step (``_rejects_fast``): there the
    look-ahead is one more test per position, and a scan costs up to 20 times as much with it
    (``bench/guards.py``). ``always``: guard even then, for an alternation tried inside a larger
    pattern at every backtracking step (an optional title after a name), not only at a scan's start."""
    chars = first_chars(pattern)
    if chars is None or _rejects_fast(pattern) and not always:
        return pattern
    return "(?=[%s])(?:%s)" % ("".join(sorted(chars)), pattern)


def _rejects_fast(pattern: str) -> bool:
    """True when ``re`` itself skips or rejects a position that cannot start a match at once: the
    pattern starts with a character, a class, a repeated character or class (``\\d{1,2}``), a
    look-ahead (a guard of its own), or an alternation whose every branch starts with a character
    (``re`` then scans for those characters). A pattern that starts with a look-behind, or with an
    alternation of anything else, is tried in full at every position: the guard pays off there."""
    parsed = _parse(pattern)
    if parsed is None:
        return False
    c, tree = parsed
    items = tree.data
    while items and items[0][0] is c.SUBPATTERN:
        items = items[0][1][-1]
    if not items:
        return False
    op, av = items[0]
    if op in (c.LITERAL, c.IN) or (op is c.ASSERT and av[0] == 1):  # (a look-ahead: guarded already)
        return True
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1 and len(av[2]) == 1:
        return av[2][0][0] in (c.LITERAL, c.IN)
    if op is c.BRANCH:
        return all(branch and branch[0][0] is c.LITERAL for branch in av[1])
    return False


CHROME = load("chrome")
COMPARE = load("compare")
ENTITIES = load("entities")
NON_ANSWERS = load("non_answers")
PEOPLE = load("people")
STOCK_PHRASES = load("stock_phrases")
TOPICS = load("topics")
UNITS = load("units")
WRAPPERS = load("wrappers")
