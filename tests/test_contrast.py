"""Comparing two documents with uncertainty: bootstrap intervals over sentences and distinctive words
(log-odds with an informative Dirichlet prior), on invented texts."""
from __future__ import annotations

from analyzer import contrast
from analyzer.clean import clean
from analyzer.metrics import measure
from analyzer.model import Page
from analyzer.parse import parse


def analysed(text: str):
    return measure(parse(clean(Page(source="t.txt", encoding="utf-8", text=text))))


OZONE = "\n".join(f"第{k}季度臭氧超标天数减少{k + 2}天，高温天气臭氧污染需要重点防控。" for k in range(1, 9))
WATER = "\n".join(f"第{k}个断面水质达到Ⅲ类，黑臭水体整治完成{k * 3}处，水质持续改善。" for k in range(1, 9))
STOCK = "在市委、市政府的坚强领导下，我们深入打好污染防治攻坚战。\n" * 6 + "全市优良天数达到231天。\n"


def test_intervals_hold_their_estimates_and_see_a_real_difference():
    a, b = analysed(STOCK), analysed(OZONE)
    share, density = contrast.intervals(a, b)
    assert share.measure == "boilerplate share" and density.measure == "figures per 1,000 characters"
    for i in (share, density):
        assert i.a_low <= i.a <= i.a_high and i.b_low <= i.b <= i.b_high
        assert i.diff_low <= i.diff <= i.diff_high
    assert share.a > 0.5 and share.b == 0 and share.clear  # mostly stock against none at all
    assert density.b > density.a and density.clear


def test_intervals_are_reproducible_and_an_identical_pair_shows_no_clear_difference():
    a = analysed(OZONE)
    assert contrast.intervals(a, a) == contrast.intervals(a, a)  # fixed seed
    assert not any(i.clear for i in contrast.intervals(a, a))


def test_distinctive_words_of_each_side():
    of_a, of_b = contrast.distinctive_terms(analysed(OZONE), analysed(WATER))
    assert "臭氧" in [t.term for t in of_a[:3]] and "水质" in [t.term for t in of_b[:3]]
    ozone = next(t for t in of_a if t.term == "臭氧")
    assert (ozone.count_a, ozone.count_b) == (16, 0) and ozone.z > 0
    assert all(t.z < 0 for t in of_b)
    same_a, same_b = contrast.distinctive_terms(analysed(OZONE), analysed(OZONE))
    assert same_a == [] and same_b == []  # nothing distinguishes a document from itself


def test_the_speakers_names_are_not_distinctive_words():
    """jieba cuts an unknown name into pieces (赵英民 → 赵 英民): names are left out of the counts."""
    a = analysed("主持人：请赵英民部长介绍。\n" + "\n".join(f"赵英民：臭氧超标天数减少{k}天，赵英民表示将重点防控。"
                                                      for k in range(1, 6)))
    counts = contrast.words(a)
    assert not any(w in "赵英民" for w in counts) and counts["臭氧"] == 5
