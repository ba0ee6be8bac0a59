"""Full-width punctuation: the same page with ，：；？！（） must give the same analysis.

The shared corpus was scraped with ASCII punctuation, while most Chinese pages use the
full-width forms; every stage must read both. Each corpus document is rewritten with
full-width punctuation (digit separators such as 1,100 and 15:10, the :// of a URL, pinyin
glosses such as 發(fā) and, on a page stored in a data dump or source file, the dump's or code's
own syntax stay ASCII, as on real pages) and its analysis compared with the original's.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzer import analyse, wrappers
from analyzer.clean import clean
from analyzer.model import Page

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
DOCS = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
GLOSS_BODY = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


def full_width(text: str) -> str:
    text = re.sub(r"(?<!\d),|,(?!\d)", "，", text)
    text = re.sub(r"(?<!\d):(?!//)|(?<=\d):(?!\d|//)", "：", text)
    text = text.replace(";", "；").replace("!", "！")
    # A question mark that ends a sentence (not one standing for a lost character).
    text = re.sub(r"(?<=[\u4e00-\u9fff”])\?(?=\s|$)", "？", text)
    # Parentheses, except around a pinyin gloss.
    text = re.sub(r"\(([^()\n]*)\)", lambda m: m.group() if re.fullmatch(f"[{GLOSS_BODY}]{{1,6}}", m.group(1)) else f"（{m.group(1)}）", text)
    return text


def full_width_page(text: str) -> str:
    """The page with full-width punctuation in its text; a dump's or code's syntax stays ASCII."""
    found = wrappers.find(text)
    if found is None:
        return full_width(text)
    out, pos = [], 0
    for tok in found.tokens:
        if tok.role == "literal":
            out += [text[pos:tok.content_start], full_width(text[tok.content_start:tok.content_end])]
            pos = tok.content_end
    return "".join(out) + text[pos:]


def summary(path: Path) -> dict:
    a = analyse(path)
    conf = a.conference
    names = {p.id: (p.name, p.role, p.organisation) for p in conf.participants}
    return {
        "doc_type": conf.doc_type,
        "layout": conf.layout,
        "participants": sorted(names.values(), key=str),
        "turns": [(t.kind, names.get(t.participant)) for t in conf.turns],
        "qa": [(q.status, names.get(q.addressee), tuple(names.get(x) for x in q.answerers)) for q in conf.qa_pairs],
        "figures": [(f.value, f.kind) for f in a.figures],
        "boilerplate": sum(1 for s in a.sentences if s.boilerplate),
        "sentences": len(a.sentences),
    }


@pytest.mark.skipif(not DOCS, reason="shared corpus not present")
@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.stem)
def test_full_width_punctuation_gives_the_same_analysis(doc: Path, tmp_path: Path) -> None:
    wide = tmp_path / doc.name
    original = doc.read_text(encoding="utf-8")
    if full_width_page(original) == original:
        pytest.skip("the page's text already uses full-width punctuation")
    wide.write_text(full_width_page(original), encoding="utf-8")
    assert summary(wide) == summary(doc)


@pytest.mark.parametrize(
    "line",
    ["（责任编辑：周敏）", "责任编辑：周敏", "联系电话：0000-88886666  建议使用1366×768以上分辨率浏览", "分享到：微信 微博", "当前位置：首页 > 新闻中心"],
)
def test_chrome_lines_with_full_width_colons_are_dropped(line: str) -> None:
    body = "市生态环境局召开新闻发布会，介绍今年以来全市空气质量改善情况。全市优良天数为231天。"
    doc = clean(Page(source="t.txt", text=f"{body}\n{line}\n", encoding="utf-8"))
    assert doc.text.strip() == body
    assert any(d.reason.startswith("chrome") for d in doc.cleaning.drops)


def test_glosses_in_full_width_parentheses_are_removed() -> None:
    doc = clean(Page(source="t.txt", text="新聞發（fā）佈會（主持人）今天召開，會（huì）議討論了（三）項工作。", encoding="utf-8"))
    assert doc.text == "新聞發佈會（主持人）今天召開，會議討論了（三）項工作。"
    assert doc.cleaning.glosses_removed == 2


def test_damaged_character_restored_from_a_full_width_gloss() -> None:
    doc = clean(Page(source="t.txt", text="新聞發（fā）佈會今天舉行，新聞?（fā）佈會在市政府召開。", encoding="utf-8"))
    assert doc.text == "新聞發佈會今天舉行，新聞發佈會在市政府召開。"
    assert doc.cleaning.glosses_restored == 1
