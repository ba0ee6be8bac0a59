"""The name property: a participant's name is only ever a string the page writes as a name.

It occurs in the cleaned text, it is not a fragment of a longer word (checked against jieba's
segmentation, an oracle independent of the parser's own rules), and it begins with a surname from
the surname list kept as data. Checked on every corpus document and on generated pages.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jieba
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer import lexicon
from analyzer.clean import clean
from analyzer.model import Page
from analyzer.parse import parse
from analyzer.pipeline import load
from analyzer.script import to_simplified

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
DOCUMENTS = sorted(CORPUS.glob("*.txt"))
SINGLE_SURNAMES = frozenset("".join(lexicon.PEOPLE["surnames"].split()))
COMPOUND_SURNAMES = tuple(lexicon.PEOPLE["compound_surnames"])
jieba.setLogLevel(60)


def starts_with_a_listed_surname(name: str) -> bool:
    return name.startswith(COMPOUND_SURNAMES) or name[0] in SINGLE_SURNAMES


SEGMENTER = jieba.Tokenizer()
RARE_WORD = 100  # the frequency of a rare word in jieba's dictionary


def word_bounds(text: str, name: str = "") -> frozenset[int]:
    """Where jieba cuts the text into words; with ``name``, after being told it is a (rare) word."""
    if name:
        SEGMENTER.add_word(name, freq=RARE_WORD)
    try:
        return frozenset(b for _w, a, z in SEGMENTER.tokenize(text, HMM=False) for b in (a, z))
    finally:
        if name:
            SEGMENTER.del_word(name)


@lru_cache(maxsize=64)
def plain_bounds(text: str) -> frozenset[int]:
    return word_bounds(text)


def written_as_a_word(text: str, name: str) -> bool:
    """Some occurrence of the name (spaces inside allowed) begins and ends where jieba cuts words,
    as it segments the text, or once told the name is a word (jieba alone reads 主任何丽 as 主/任何/丽);
    a fragment (谈话全 of 谈话全文, 人耿 of 发言人耿爽) is cut through either way."""
    pattern = r"[ \t\u3000]*".join(map(re.escape, name))
    spans = [m.span() for m in re.finditer(pattern, text)]
    for bounds in (plain_bounds(text), word_bounds(text, name)):
        if any(a in bounds and z in bounds for a, z in spans):
            return True
    return False


def assert_name_property(conf) -> None:
    text = to_simplified(conf.text)
    for p in conf.participants:
        if p.name is None:
            continue
        name = to_simplified(p.name)
        assert re.search(r"[ \t\u3000]*".join(map(re.escape, name)), text), (p.name, "not in the text")
        assert starts_with_a_listed_surname(name), (p.name, "no listed surname")
        assert written_as_a_word(text, name), (p.name, "a fragment of a longer word")


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_corpus_participant_names_are_names_the_page_writes(path):
    assert_name_property(load(path))


def test_the_corpus_is_there():
    assert DOCUMENTS, f"no corpus documents in {CORPUS}"


# ------------------------------------------------------------------ generated pages
GIVEN = "明华国强建平军伟峰涛磊敏静丽芳宁晨洋超勇杰刚斌"
ORGS = ["外交部", "商务部", "国防部", "市生态环境局", "财政部", "环境局", "民政事务局"]
TITLES = ["发言人", "新闻发言人", "局长", "副局长", "司长", "副部长", "主任"]
OUTLETS = ["新华社", "路透社", "南方日报", "东方卫视", "法新社"]
surnames = st.sampled_from(sorted("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"))
names = st.builds(lambda s, g: s + g, surnames, st.text(alphabet=GIVEN, min_size=1, max_size=2))
titles = st.builds(lambda o, t: o + t, st.sampled_from(ORGS), st.sampled_from(TITLES))


@st.composite
def pages(draw):
    """A briefing, a stand-up or a bracket-label page about one official; returns (text, official)."""
    name, title = draw(names), draw(titles)
    other, other_title = draw(names), draw(titles)
    n = draw(st.integers(min_value=1, max_value=3))
    layout = draw(st.sampled_from(["briefing", "standup", "brackets", "runin"]))
    qs = [f"请问{draw(st.sampled_from(['关税', '出口', '空气', '水质']))}情况如何？" for _ in range(n)]
    if layout == "briefing":
        body = "".join(f"问：{q}\n答：我们注意到了。\n" for q in qs)
        text = f"2024年3月5日{title}{name}主持例行记者会\n{body}"
    elif layout == "standup":
        body = "".join(f"记者：{q}\n{title}：会继续研究。\n" for q in qs)
        text = f"{title}谈话全文\n以下是{title}{name}今日出席活动后会见传媒的谈话内容：\n{body}"
    elif layout == "brackets":
        body = " ".join(f"[{draw(st.sampled_from(OUTLETS))}记者]{q}谢谢。 [{name}]总体平稳。谢谢。" for q in qs)
        text = f"国新办举行新闻发布会，请{title}{name}、{other_title}{other}介绍情况，并答记者问。 {body}"
    else:
        body = "".join(f"记者：{q}{name}：总体平稳。" for q in qs)
        text = f"{title}{name}答记者问。{body}"
    return text, name, n


@given(pages())
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_generated_pages_credit_the_official_and_name_only_names(page):
    text, name, n = page
    conf = parse(clean(Page(source="<generated>", text=text, encoding="utf-8")))
    assert conf.doc_type == "transcript"
    assert len(conf.qa_pairs) == n
    for q in conf.qa_pairs:
        assert [conf.participant(a).name for a in q.answerers] == [name]
    for t in conf.turns:
        assert 0 <= t.start <= t.end <= len(conf.text)
    assert_name_property(conf)


def test_compound_surnames_are_two_characters():
    assert COMPOUND_SURNAMES and all(len(c) == 2 for c in COMPOUND_SURNAMES)


def test_a_function_character_after_a_two_character_name_is_not_its_third():
    from analyzer.parse.names import name_at

    s = "副市长林涛在讲话中强调"
    assert s[3:name_at(s, 3)] == "林涛"
    s = "副市长刘大为出席会议"
    assert s[3:name_at(s, 3)] == "刘大为"  # 为 may end a name
    s = "外交部部长王毅就“中国外交政策”回答记者提问"
    assert s[5:name_at(s, 5)] == "王毅"  # 就 opens what he speaks about
    s = "审判庭庭长刘佳回答记者提问"
    assert s[5:name_at(s, 5)] == "刘佳"  # 回 opens 回答
    s = "市气象局副局长陶宁共同回答记者提问"
    assert s[7:name_at(s, 7)] == "陶宁"  # 共同 follows the name: 共 is not its third character
    s = "市长李国和同志出席"
    assert s[2:name_at(s, 2)] == "李国和"  # (和 alone follows names too, but 和同 is no word)


@pytest.mark.parametrize("text, title", [
    ("守护一江碧水——访市水务局局长周海洋", "市水务局局长"),  # an interview headline: 访 is no part of the title
    ("——访市信访局局长王明", "市信访局局长"),
    ("今天我们请到了青禾县农业农村局局长韩冰", "青禾县农业农村局局长"),
    ("市信访局局长王明出席", "市信访局局长"),
    ("记者：请问局长王刚，情况如何？", "局长"),  # 请问 opens the question
    ("部长通道｜生态环境部部长黄润秋答记者问", "生态环境部部长"),  # a column name before a bar
    ("两会访谈丨市生态环境局局长王刚", "市生态环境局局长"),
    ("十四届全国人大三次会议举行记者会 外交部部长王毅就外交政策答问", "外交部部长"),  # a headline's space after its event
    ("据市水务局局长张强介绍，今年以来", "市水务局局长"),  # 据 of reported speech
    ("市数据局局长张强介绍", "市数据局局长"),  # not the 据 of 数据局
])
def test_a_title_starts_after_the_words_that_introduce_it(text, title):
    from analyzer.parse.names import title_start

    end = text.index(title) + len(title)
    assert text[title_start(text, end - 2, 0):end] == title


def test_an_assistant_is_not_addressed_by_the_rank_he_assists():
    from analyzer.parse.names import title_aliases

    assert title_aliases("罗斌", "市长助理") == ["罗市长助理", "罗助理"]
    assert "罗市长" in title_aliases("罗斌", "副市长、市长助理")  # a rank of his own
    assert title_aliases("王明", "外交部部长助理") == ["王部长助理", "王助理"]


def test_a_post_word_inside_an_offices_name_is_no_form_of_address():
    from analyzer.parse.names import title_aliases

    assert title_aliases("刘敏", "市长热线办公室主任") == ["刘主任"]  # the hotline office's head is no 刘市长
    assert title_aliases("王刚", "省生态环境厅党组书记厅长") == ["王书记", "王厅长", "王厅"]  # two posts, no separator
    assert "李副市长" in title_aliases("李明", "市委常委副市长")


def test_a_chief_engineer_is_addressed_by_the_spoken_short_form_too():
    from analyzer.parse.names import title_aliases

    assert "冯总工" in title_aliases("冯振华", "省林业局总工程师")
    assert "许总编" in title_aliases("许文", "日报社副总编辑")


def test_posts_are_also_addressed_clipped_as_spoken():
    from analyzer.parse.names import title_aliases

    assert "李处" in title_aliases("李明", "市生态环境局大气环境处处长")
    assert "陈总队" in title_aliases("陈思远", "省公安厅交警总队副总队长")
    assert "冯支队" in title_aliases("冯涛", "市公安局交警支队副支队长")
    assert "王局" in title_aliases("王刚", "市生态环境局局长")
    assert "何总" in title_aliases("何倩", "广铁集团副总经理")
    assert not any(a.endswith("总工") for a in title_aliases("王刚", "市工程师协会会长"))


def test_a_name_joined_by_a_middle_dot_ends_where_the_page_ends_it():
    from analyzer.parse.names import looks_like_name, name_at, surname_of

    s = "副厅长热依拉·吐尔逊介绍全区情况"
    assert s[3:name_at(s, 3)] == "热依拉·吐尔逊"
    assert looks_like_name("英格·安德森") and not looks_like_name("中国·东盟博览局")
    assert surname_of("买买提·艾力") == "买买提"


@pytest.mark.parametrize("s, mentions", [
    ("市长张伟陪同考察。", [("市长", "张伟")]),  # 陪同 follows the name: no 张伟陪
    ("副市长李华带队检查。", [("副市长", "李华")]),
    ("发布会由市政府新闻办主任科员吴倩主持。", [("市政府新闻办主任科员", "吴倩")]),  # a civil-service rank
    ("执行董事安雅·霍夫曼表示。", [("执行董事", "安雅·霍夫曼")]),  # a dotted name ends where the page first ends it
    ("林兆远部长与新西兰贸易与出口增长部长霍尔特共同会见记者。", [("新西兰贸易与出口增长部长", "霍尔特")]),
    ("旁边这位就是赵脑村的党支部书记王长贵。", [("赵脑村的党支部书记", "王长贵")]),  # the title starts after 就是
])
def test_titles_and_names_end_where_the_words_after_them_begin(s, mentions):
    from analyzer.parse.names import titled_mentions

    assert [(s[m.title_start:m.name_start], s[m.name_start:m.name_end]) for m in titled_mentions(s)] == mentions


def test_two_officials_joined_by_he_each_keep_their_own_title():
    from analyzer.parse.names import looks_like_name, titled_mentions

    s = "以下是财政司司长陈茂波和发展局局长甯汉豪今日会见传媒的谈话内容："
    assert [(s[m.title_start:m.name_start], s[m.name_start:m.name_end]) for m in titled_mentions(s)] == [
        ("财政司司长", "陈茂波"), ("发展局局长", "甯汉豪")]
    assert looks_like_name("甯汉豪") and looks_like_name("丘成桐")
    s = "天津市和平区区长王刚出席"  # 和 that begins a place stays in the title
    assert [s[m.title_start:m.name_start] for m in titled_mentions(s)] == ["天津市和平区区长"]
