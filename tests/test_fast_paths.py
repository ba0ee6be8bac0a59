"""The fast paths of issue 12 give what the plain ones gave: guarded patterns, the topic automaton,
the roster's mention finder, the stray-label count, the streamed export. Speed itself is measured
in bench/, never asserted here."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer import boilerplate, export, lexicon, pipeline, topics, wrappers
from analyzer.clean import lines
from analyzer.figures import vocab
from analyzer.figures.read import FIGURE_RE
from analyzer.nlp import rules
from analyzer.parse import _counts_in_text
from analyzer.parse.roster import MentionFinder, Person

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
TRANSCRIPTS = Path(__file__).resolve().parents[1] / "transcripts"
# Characters that make figures, dates, codes and topic terms, and a few that make nothing.
ALPHABET = "0123456789.%-:年月日号第一二三十百千万亿元吨个空气质量污染大气PMpmVOCs 、，。生态环境局长高李"
texts = st.text(alphabet=ALPHABET, max_size=80)


def _spans(regex: re.Pattern, s: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in regex.finditer(s)]


def test_first_chars_reads_classes_and_skips_lookarounds():
    assert lexicon.first_chars(r"(?<![\d])\d+号") == {r"\d"}
    assert lexicon.first_chars(r"[A-C]x|第") == {"A-C", "第"}
    assert lexicon.first_chars(r"(?:ab)?c") == {"a", "c"}
    assert lexicon.first_chars(r".x") is None and lexicon.first_chars(r"(?i:ab)") is None
    assert lexicon.first_chars(r"(?=x)") is None  # nothing consumed: no guard
    assert lexicon.guarded(".x") == ".x"


def _unguarded(regex: re.Pattern) -> re.Pattern:
    """The pattern ``lexicon.guarded`` was given: what follows its look-ahead."""
    m = re.fullmatch(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:(.*)\)", regex.pattern, re.S)
    return re.compile(m.group(1)) if m and lexicon.guarded(m.group(1)) == regex.pattern else regex


GUARDED = [FIGURE_RE, *vocab.NEGATIVE_RES, *(r for _label, r in rules._PATTERNS)]


def test_the_guard_goes_where_the_engine_tries_every_position():
    for tried_everywhere in (r"(?<!\d)\d+号", r"(?P<a>x)|y", r"(?:以|坚持以)?习近平", r"(?:a|b)c|d"):
        assert lexicon.guarded(tried_everywhere).startswith("(?=[")
    # re skips to these starts (or rejects a position in one step) by itself: a guard only adds a test
    for skipped_to in (r"(?:19|20)\d{2}年", r"\d{1,2}月", r"[(（]0\d", "五位一体|三严三实", r"(?=[0-9])\d"):
        assert lexicon.guarded(skipped_to) == skipped_to
    assert FIGURE_RE.pattern.startswith("(?=[")  # an alternation of named groups
    assert any(r.pattern.startswith("(?=[") for r in vocab.NEGATIVE_RES)
    assert any(not r.pattern.startswith("(?=[") for r in vocab.NEGATIVE_RES)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_guarded_patterns_match_as_the_plain_ones(s):
    for regex in GUARDED:
        assert _spans(regex, s) == _spans(_unguarded(regex), s)


def _topic_hits_by_regex(s: str) -> list[tuple[int, int, str]]:
    """The alternation the automaton replaced: longest term first, Latin terms in any case."""
    terms = sorted(topics.LEXICON, key=lambda t: (-len(t), t))
    regex = re.compile("|".join(f"(?i:{re.escape(t)})" if t.isascii() else re.escape(t) for t in terms))
    out = []
    for m in regex.finditer(s):
        topic, _w, term = topics.LEXICON[m.group().lower()]
        if topic != topics.BLOCKED:
            out.append((m.start(), m.end(), term))
    return out


@settings(max_examples=300, deadline=None)
@given(texts)
def test_topic_automaton_finds_what_the_alternation_found(s):
    assert [(h.start, h.end, h.term) for h in topics.find_topic_hits(s)] == _topic_hits_by_regex(s)


def test_topic_automaton_on_the_corpus():
    for path in sorted(CORPUS.glob("*.txt"))[:8]:
        doc = pipeline.analyse(path).document
        assert [(h.start, h.end, h.term) for h in topics.find_topic_hits(doc.simplified)] \
            == _topic_hits_by_regex(doc.simplified)


def test_mention_finder_is_each_persons_first_alias():
    people = [Person(name="高健", key="高健", title="副局长"), Person(name="李博", key="李博"),
              Person(name="高峰", key="高峰", title="局长")]
    aliases = [["高健", "高局长"], ["李博"], ["高峰", "高局长"]]
    finder = MentionFinder(list(zip(people, aliases)))
    s = "前言。请问李博和高局长，高健说"
    naive = sorted(((min(i for i in (s.find(a) for a in al) if i >= 0), p) for p, al in zip(people, aliases)
                    if any(a in s for a in al)), key=lambda t: t[0])
    assert finder(s, 0, len(s)) == naive
    assert [p.name for _i, p in finder(s, 3, len(s))] == ["李博", "高健", "高峰"]
    assert MentionFinder([])(s, 0, len(s)) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="李博 \u3000\t王强x", max_size=40))
def test_stray_label_names_counted_as_the_spaced_regex_counts(s):
    names = {"李博", "王强", "博博"}
    counts = _counts_in_text(names, s)
    for n in names:
        assert counts[n] == len(re.findall(r"[ \t\u3000]*".join(map(re.escape, n)), s))


def test_the_streamed_export_is_json_dumps_of_the_dict():
    for path in sorted(CORPUS.glob("*.txt"))[:6] + sorted(TRANSCRIPTS.glob("*.txt"))[:2]:
        a = pipeline.analyse(path)
        expected = json.dumps(export.to_dict(a), ensure_ascii=False, indent=1)
        assert export.to_json(a) == expected
        sink = io.StringIO()
        export.write_json(a, sink)
        assert sink.getvalue() == expected + "\n"


def test_literal_prefixes_begin_every_match():
    assert lexicon.literal_prefixes("大家(?:上午|下午)?好") == {"大家上", "大家下", "大家好"}
    assert lexicon.literal_prefixes("欢迎(?:大家|各位)?") == {"欢迎", "欢迎大", "欢迎各"}
    assert lexicon.literal_prefixes("(?<=请)(?:这|那)?[两二]位", length=2) == {"两位", "二位", "这两", "这二", "那两", "那二"}
    assert lexicon.literal_prefixes("《[^》]{2,40}》") == {"《"}  # a negated class ends the prefix
    assert lexicon.literal_prefixes("a+b") == {"a"}  # a repeat counts once and ends it
    assert lexicon.literal_prefixes(".x") is None and lexicon.literal_prefixes("a?") is None
    assert lexicon.literal_prefixes(r"\d+万") is None and lexicon.literal_prefixes("(?i:ab)") is None


def test_required_literals_lie_in_every_match():
    assert lexicon.required_literals("以(?:上|下)") == {"以上", "以下"}  # a small class joins the run
    assert lexicon.required_literals(r"\d{1,2}[:：]\d{2}") == {":", "："}
    assert lexicon.required_literals(r"24\s*小时") == {"小时"}  # digits, which every text holds, lose a tie
    assert lexicon.required_literals(r"\d+小时(?=降雨|降水)") == {"小时降雨", "小时降水"}  # a look-ahead's text
    assert lexicon.required_literals(r"(?<=请)(?:这|那)?[两二]位") == {"两位", "二位"}  # no look-behind, no optional
    assert lexicon.required_literals(r"(?:ab)+c") == {"ab"}  # a repeat holds its body once
    assert lexicon.required_literals("x|y?") is None and lexicon.required_literals(r"[^x]+") is None
    assert lexicon.required_literals(r"\d+") is None and lexicon.required_literals("(?i:ab)") is None


_BLOCKING_PIECES = sorted({w for r in vocab.BLOCKING_RES for w in re.findall(r"[\u4e00-\u9fff]{1,3}", r.pattern)}
                          | set("0123456789.:：、，。“”《》（）() \n-"))


@settings(max_examples=300, deadline=None)
@given(texts | st.lists(st.sampled_from(_BLOCKING_PIECES), max_size=12).map("".join))
def test_patterns_skipped_only_where_they_cannot_match(s):
    held = vocab.BLOCKING_INDEX.found_in(s)
    assert {i for i, r in enumerate(vocab.BLOCKING_RES) if r.search(s)} <= held


def test_blocked_spans_on_the_corpus_are_those_of_every_pattern():
    from analyzer import numbers
    from analyzer.figures import _Blocked
    from analyzer.spans import merge

    for path in sorted(CORPUS.glob("*.txt")):
        d = pipeline.load(path).document
        s = numbers.ascii_digits(d.simplified)
        start, end = len(s) // 7, len(s) - 3
        every = merge([m.span() for r in vocab.BLOCKING_RES for m in r.finditer(s, start, end) if m.end() > m.start()])
        blocked = _Blocked(s, start, end)
        assert list(zip(blocked.starts, blocked.ends)) == every, path.name


_PHRASE_LISTS = {**boilerplate.PHRASES, "specific": boilerplate._SPECIFICS, **{
    f"cue {t}": p for t, p in boilerplate._TYPE_CUES.items()}}


def _alternation(name: str) -> "boilerplate._Phrases":
    """The same list scanned by its guarded alternation (the path the automaton replaced)."""
    data = boilerplate._DATA
    if name.startswith("cue "):
        return boilerplate._Phrases([re.escape(w) for w in data["reuse"]["type_cues"][name[4:]]], keyed=False)
    return boilerplate._Phrases(data[name]["patterns"], keyed=False)


def test_every_phrase_list_is_keyed():
    assert all(p.index is not None for p in _PHRASE_LISTS.values())


# Pieces of stock phrases, cut at random, with the characters between them.
_PIECES = sorted({w[i:j] for p in boilerplate._DATA["political"]["patterns"][:40] + boilerplate._DATA["courtesy"][
    "patterns"] + boilerplate._DATA["procedural"]["patterns"] for w in re.findall(r"[\u4e00-\u9fff]+", p)
                  for i, j in ((0, None), (0, 2), (1, None))} | {"，", "。", "\n", "《", "》", "请", "的"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_phrase_automaton_finds_what_the_alternation_found(pieces):
    s = "".join(pieces)
    for name, phrases in _PHRASE_LISTS.items():
        assert phrases.spans(s, 0, len(s)) == _alternation(name).spans(s, 0, len(s)), name


def test_phrase_automaton_on_the_corpus():
    slow = {name: _alternation(name) for name in _PHRASE_LISTS}
    for path in sorted(CORPUS.glob("*.txt"))[:8]:
        s = pipeline.load(path).document.simplified
        for name, phrases in _PHRASE_LISTS.items():
            assert phrases.spans(s, 5, len(s) - 5) == slow[name].spans(s, 5, len(s) - 5), (path.name, name)


_EVIDENCE = [p for d in wrappers.DIALECTS for p in (*d.all, *d.any)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\"';:,=`(){}[]@<>-_.abcdefgilmnoprstuvxACEFINSTV", max_size=60)
       | st.lists(st.sampled_from(["require(", "module.exports", "export default ", "package x", "\nfunc ",
                                   "def f", "import os", "INSERT INTO ", "values (", '"""', "'''", "=>", "const "
                                   ]), max_size=4).map("".join))
def test_prefiltered_evidence_finds_what_the_regex_finds(s):
    for p in _EVIDENCE:
        assert bool(p.search(s)) == bool(p.regex.search(s)), p.regex.pattern
    assert any(p.keys for p in _EVIDENCE)


_LINE_PATTERNS = [p for _r, ps in lines.LINE_RULE_PATTERNS for p in ps]
_CHROME_PIECES = sorted({w for p in _LINE_PATTERNS for w in re.findall(r"[\u4e00-\u9fffA-Za-z]+", p.pattern)}
                        | set("｜|>»-—_=*/\\©:：()（）【】 \t0123456789.") | {".jpg", "第3页", "共5页"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CHROME_PIECES), max_size=8).map("".join))
def test_line_rules_skipped_only_where_they_cannot_match(line):
    possible = lines._could_match(line)
    assert {i for i, p in enumerate(_LINE_PATTERNS) if p.search(line)} <= possible
