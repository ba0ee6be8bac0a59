"""Every pattern that scans a whole page runs in linear time: each is timed on a crafted input at
1x and 8x its size, and the ratio must stay near 8 (a pattern that backtracks quadratically gives
64). A ratio, never a wall-clock limit. Deselect with ``-m "not linear"``.

The inputs are the ones that used to blow up (unclosed <nav> elements, attribute runs before
'">', long runs of digits or numerals) and the worst cases of each tokenizer grammar.
"""
from __future__ import annotations

import time
import tracemalloc
from typing import Callable

import pytest

from analyzer import ingest, wrappers
from analyzer.clean import clean
from analyzer.clean import lines as clean_lines
from analyzer.clean.markup import HAS_MARKUP, strip_markup, tag_residues
from analyzer.figures import find_figures
from analyzer.ingest import decode_bytes, text_page
from analyzer.nlp.rules import find_entities

pytestmark = pytest.mark.linear

LINEAR_RATIO = 16  # 8 for linear time, about 9 for n log n, 64 for quadratic
HEAD = "主持人：今天的新闻发布会现在开始。\n"


def _best(fn: Callable, arg, reps: int = 5) -> float:
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        fn(arg)
        best = min(best, time.perf_counter() - t0)
    return best


def growth(fn: Callable, make: Callable[[int], object], n: int) -> float:
    """Time at 8n over time at n (the best of a few runs each; measured again if noise spoiled it)."""
    small, large = make(n), make(8 * n)
    fn(small)
    ratio = float("inf")
    for _ in range(3):
        ratio = min(ratio, _best(fn, large) / max(_best(fn, small), 1e-6))
        if ratio < LINEAR_RATIO:
            break
    return ratio


MARKUP_INPUTS = {
    "unclosed nav elements": lambda k: "<nav>x" * k,
    "unclosed nav with attributes": lambda k: '<nav class="menu">x' * k,
    "unclosed footer inside nav": lambda k: "<footer><nav>" * k,
    "script opened without '>'": lambda k: "<script " * k,
    "unclosed scripts": lambda k: "<script>x" * k,
    "unclosed quotes in tags": lambda k: '<a x="' * k,
    "mixed quotes in tags": lambda k: "<a '\"" * k,
    "one tag with many attributes, no '>'": lambda k: "<a " + 'x="y" ' * k,
    "unclosed comments": lambda k: "<!--" * k,
    "declarations without '>'": lambda k: "<!x" * k,
    "bare '<' and '&'": lambda k: "<&" * k,
    "entities": lambda k: "&#20013;&amp" * k,
}


@pytest.mark.parametrize("name", MARKUP_INPUTS)
def test_markup_pass_is_linear(name):
    assert growth(strip_markup, MARKUP_INPUTS[name], 3000) < LINEAR_RATIO


@pytest.mark.parametrize("name", ["unclosed nav elements", "unclosed quotes in tags", "entities"])
def test_cleaning_a_crafted_page_is_linear(name):
    make = MARKUP_INPUTS[name]
    assert growth(lambda s: clean(text_page(s, html_name=True)), lambda k: HEAD + make(k) + HEAD, 1000) < LINEAR_RATIO


@pytest.mark.parametrize("make", [
    lambda k: 'a="x" ' * k + '">',  # the cut tag's attributes, 8,000 of them took 29 s
    lambda k: 'a="x" ' * k,  # no '>' at all
    lambda k: 'a="x"b="y"' * k + ">",
], ids=["closed", "open", "unspaced"])
def test_tag_residue_is_linear(make):
    assert growth(tag_residues, make, 3000) < LINEAR_RATIO


def test_tag_residue_still_finds_the_remains_of_a_cut_tag():
    text = '图片 target="_blank" style="width:80%">主持人：好。 a="x" b="y" 不是标签'
    assert [text[a:b] for a, b in tag_residues(text)] == ['target="_blank" style="width:80%">']


@pytest.mark.parametrize("pattern, make", [
    (HAS_MARKUP, lambda k: "<a " * k),
    (ingest.HTML_TAG, lambda k: "<p " * k),
    (wrappers.CJK_RE, lambda k: "\\u4e2" * k),
    (wrappers.ESCAPED_BREAK, lambda k: "\\" * k + "x"),
    (clean_lines.INLINE_RULES[-1].pattern, lambda k: "| " * k + "\n"),
    (clean_lines.SPAM_TERMS, lambda k: "博彩" * k),
], ids=["has-markup", "html-tag", "cjk-escape", "escaped-break", "trailing-separator", "spam"])
def test_page_wide_patterns_are_linear(pattern, make):
    assert growth(lambda s: sum(1 for _ in pattern.finditer(s)), make, 20000) < LINEAR_RATIO


@pytest.mark.parametrize("make", [
    lambda k: "INSERT INTO t VALUES ('" + "'主持人：你好。'," * k,
    lambda k: "var a = \"" + "主持人\\\"" * k,
    lambda k: "'''" + '"""' * k,
    lambda k: "/*" + "'\"`" * k,
], ids=["sql-fields", "escaped-quotes", "python-triples", "open-comment"])
def test_wrapper_grammars_are_linear(make):
    assert growth(wrappers.detect, make, 2000) < LINEAR_RATIO


@pytest.mark.parametrize("make", [
    lambda k: "1" * k,  # one long run of digits
    lambda k: "三" * k,  # of numerals: 16,000 took 80 s
    lambda k: "1万" * k,  # of mixed numbers: 211 s
    lambda k: "百分" + "一" * k,
    lambda k: "1,000" * k,
], ids=["digits", "numerals", "mixed", "percent-words", "thousands"])
def test_number_grammar_is_linear(make):
    assert growth(find_entities, make, 1000) < LINEAR_RATIO
    assert growth(lambda s: find_figures(s, s), make, 1000) < LINEAR_RATIO


def test_figures_read_with_word_tokens_are_linear():
    """A backend's word tokens (stanza) put each metric on word boundaries: looked up per figure, never
    rebuilt per figure (that was quadratic: every figure listed every token's start)."""
    def with_words(s: str):
        return find_figures(s, s, words=[(i, i + 2) for i in range(0, len(s) - 1, 2)])

    assert growth(with_words, lambda k: "全市空气质量优良天数为286天，新建污水管网320公里。" * k, 300) < LINEAR_RATIO


def test_utf16_sniffing_is_linear():
    text = "主持人：各位记者朋友，大家好！\n"
    assert growth(decode_bytes, lambda k: (text * k).encode("utf-16-le"), 2000) < LINEAR_RATIO


def _peak(fn: Callable, arg) -> int:
    tracemalloc.start()
    try:
        fn(arg)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_entity_decoding_memory_is_bounded():
    """A page of entities costs memory in proportion, about 400 bytes an entity (it was 800)."""
    def page(k: int):
        return text_page(HEAD + "&#20013;" * k + HEAD, html_name=True)

    def cleaned(p):
        return clean(p)

    small, large = page(5_000), page(40_000)
    peak_small, peak_large = _peak(cleaned, small), _peak(cleaned, large)
    assert peak_large / peak_small < 10
    assert peak_large / 40_000 < 500  # bytes per entity, cleaning report included (about 410)


PIPELINE_INPUTS = {
    "bracket labels run into one paragraph": "[张三]我们将继续努力。",
    "labelled questions and answers": "问：情况如何？\n答：增长5%。\n",
    "numbers with magnitudes": "增长1万3千吨，",
    "a roster line": "主持人:市新闻办处长 谭雯\n",
    "an interview in short forms": "记：请问局长王刚，情况如何？\n王：增长5%。\n",  # 记 and 王 (王刚's surname)
    "bare title labels": "记者：情况如何？\n负责人：增长5%。\n",
    "labels with a dash": "主持人——情况如何？\n王刚——增长5%。\n",
    "answers under questions that are headings": "一、情况如何？\n答：增长5%。\n",
    "roster lines of reporters between turns": "提问记者：东湖日报记者 张伟\n张伟：情况如何？\n王刚：增长5%。\n",
    "live text with a pipe": "10:00 | 王刚：增长5%。\n",
    "live text stamped after each entry": "王刚：增长5%。 10:02\n",
    "labels of two words alone on their lines": "东湖日报记者\n情况如何？\n市水务局局长 王刚\n增长5%。\n",
    "labels set apart by a wide space": "东湖日报记者　情况如何？\n周海洋　增长5%。\n",
    "a guest named beside a bracketed role": "【网友】情况如何？\n【嘉宾】王刚\n增长5%。\n",
    "an interview whose host asks": "主持人：情况如何？\n王刚：增长5%。\n",
}


@pytest.mark.parametrize("name", PIPELINE_INPUTS)
def test_the_whole_analysis_is_linear(name):
    """Parse and measure as well as clean: labels, roster, turns, figures, topics, boilerplate."""
    from analyzer import pipeline

    backend = pipeline._backend(None)
    fragment = PIPELINE_INPUTS[name]

    def analyse(text: str):
        return pipeline._analyse_document(clean(text_page(text)), backend, None)

    assert growth(analyse, lambda k: HEAD + fragment * k + "\n" + HEAD, 150) < LINEAR_RATIO
