"""Text stored inside data dumps and source code: detection at ingest, unwrapping in cleaning.

Every page here is invented; the corpus checks read ../shared/corpus and derive the documents
from the folder.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_clean import check_accounting

from analyzer import wrappers
from analyzer.clean import clean
from analyzer.ingest import read_page, text_page
from analyzer.model import Document

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
TITLE = "南湖市生态环境局召开上半年新闻发布会"
PARAS = [
    "主持人：各位记者朋友，大家上午好！欢迎出席今天的新闻发布会。",
    "问：请问今年上半年全市空气质量有哪些变化？",
    "答：上半年全市优良天数达到一百五十天，同比增加十二天，重污染天气明显减少。",
]
BODY = "\n".join(PARAS)


def unwrapped(text: str) -> Document:
    """Ingest and clean an invented page, checking the accounting on the way."""
    page = text_page(text)
    doc = clean(page)
    check_accounting(doc, text)
    return doc


def reasons(doc: Document) -> set[str]:
    return {d.reason for d in doc.cleaning.drops}


def sql(s: str) -> str:
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\t", "\\t")


def c_string(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


# ---------------------------------------------------------------- each kind of wrapper
def test_sql_insert_row_keeps_title_and_body_and_drops_the_other_fields():
    page = (f"INSERT INTO `news` VALUES ('7', 'a1b2c3d4', '{TITLE}', '\\n　　{sql(BODY)}\\n\\n责任编辑：张三 \\n', "
            "'2024年03月15日 10:00', '责任编辑：张三 ', 'http://example.gov.cn/a/1.html', '', '128', '市政府网站', "
            "'2024-03-16 08:00:01.123456');\n")
    doc = unwrapped(page)
    assert doc.wrapper == "sql insert row"
    assert doc.text == TITLE + "\n" + BODY
    assert {"unwrap:escape", "unwrap:quote", "unwrap:separator", "chrome:dump-field", "chrome:code"} <= reasons(doc)
    dates = [d for d in doc.cleaning.drops if d.reason == "chrome:dump-field" and "2024年03月15日" in d.text]
    assert dates, "the date field stays reachable in the drop's text"


def test_a_dump_of_several_rows_says_they_are_read_as_one_document():
    row = f"'{TITLE}', '{sql(BODY)}'"
    one = unwrapped(f"INSERT INTO `news` VALUES (1, {row});\n")
    assert not [w for w in one.warnings if "records" in w]
    three = unwrapped(f"INSERT INTO `news` VALUES (1, {row}),\n(2, {row}),\n(3, {row});\n")
    assert three.warnings == ("sql insert row: 3 records hold text and are read as one document "
                              "(split the dump to analyse each on its own)",)
    objects = unwrapped("[" + ", ".join(json.dumps({"title": TITLE, "body": BODY}, ensure_ascii=False)
                                        for _ in range(2)) + "]")
    assert objects.wrapper == "json string" and objects.warnings[0].startswith("json string: 2 records")


def test_sql_quote_escapes_both_ways():
    doc = unwrapped(f"INSERT INTO t VALUES (1, '{TITLE}：他说''我们会''，又说\\'好\\'，路径C:\\\\数据。');")
    assert doc.text == TITLE + "：他说'我们会'，又说'好'，路径C:\\数据。"


def test_doubled_escapes_decode_to_line_breaks():
    inner = BODY.replace("\n", "\\n")  # a string escaped once, stored again in an SQL string
    doc = unwrapped(f"INSERT INTO `weibo` VALUES ('204', '32', '{sql(inner)}', '0', null, '2020-04-15 23:50:14');")
    assert doc.wrapper == "sql insert row, escaped twice"
    assert doc.text == BODY


def test_json_fields_with_unicode_escapes():
    record = {"id": 3, "title": TITLE, "content": BODY, "url": "http://example.gov.cn/1.html", "hits": 42}
    for ascii_only in (True, False):
        doc = unwrapped(json.dumps(record, ensure_ascii=ascii_only, indent=1))
        assert doc.wrapper == "json string"
        assert doc.text == TITLE + "\n" + BODY
        assert "http" not in doc.text and "\\u" not in doc.text


def test_csv_quoted_fields():
    body = BODY.replace('"', '""') + '他说""好""。'
    doc = unwrapped(f'id,title,content,url\n5,"{TITLE}","{body}",http://example.gov.cn/5.html\n')
    assert doc.wrapper == "csv field"
    assert doc.text == TITLE + "\n" + BODY + '他说"好"。'


@pytest.mark.parametrize("quote", ['"', "'"])
def test_javascript_string(quote):
    esc = c_string(BODY).replace(quote, "\\" + quote) if quote == "'" else c_string(BODY)
    doc = unwrapped(f"        const txt2 =\n          {quote}{esc}{quote};\n")
    assert doc.wrapper == "javascript string"
    assert doc.text == BODY
    assert "chrome:code" in reasons(doc)


def test_go_raw_string_of_search_results():
    lines = ["Title:", TITLE + " ...", "Snippet:", "2小时前 ... " + PARAS[0], "Content:", *PARAS,
             "Web Link:", "http://example.gov.cn/fbh/202306/t20230621_1.htm"]
    literal = "\n\t\t\t\t".join(lines)
    page = (f"package search\n\nimport \"testing\"\n\n// TestSearch checks the prompt.\nfunc TestSearch(t *testing.T) {{\n"
            f"\ttests := []struct{{ name, str string }}{{\n\t\t{{name: \"tset3\", str: `{literal}`}},\n\t}}\n"
            f"\tfor _, tt := range tests {{\n\t\tt.Log(tt.str)\n\t}}\n}}\n")
    doc = unwrapped(page)
    assert doc.wrapper == "go string"
    assert doc.text == "\n".join([TITLE + " ...", "2小时前 ... " + PARAS[0], *PARAS])
    assert {"chrome:scaffolding", "chrome:link", "chrome:code"} <= reasons(doc)


@pytest.mark.parametrize(
    "page, wrapper",
    [
        (f"module.exports = {{\n  title: `{TITLE}`,\n  body: `{BODY}\\t`, // 正文\n  views: 12,\n}};\n", "javascript string"),
        (f'NSString *title = @"{TITLE}";\nNSString *body = @"{c_string(BODY)}";\n[label setText:body];\n',
         "objective-c string"),
        (f'# -*- coding: utf-8 -*-\nTITLE = u"{TITLE}"\nBODY = """{BODY}\n"""\n\ndef show():\n    print(TITLE, BODY)\n',
         "python string"),
    ],
    ids=["js-template", "objective-c", "python"],
)
def test_title_and_body_literals_of_source_code(page, wrapper):
    doc = unwrapped(page)
    assert doc.wrapper == wrapper
    assert doc.text == TITLE + "\n" + BODY


def test_escaped_plain_text():
    page = TITLE + "\\r\\n" + c_string(BODY) + "\\n他说\\\"谢谢\\\"\\u3002\n"
    doc = unwrapped(page)
    assert doc.wrapper == "escaped text"
    assert doc.text == TITLE + "\n" + BODY + '\n他说"谢谢"。'


def test_unicode_escapes_pairs_and_lone_surrogates():
    doc = unwrapped(f'const s = "{TITLE}\\u4e2d\\u6587\\ud83d\\ude00\\u{{1F600}}，\\ud800留下";')
    assert doc.text == TITLE + "中文\U0001F600\U0001F600，\\ud800留下"


def test_a_field_with_markup_is_decoded_by_both_passes():
    body = "<p>" + "</p><p>".join(PARAS) + "</p><p>附件&amp;附表</p>"
    doc = unwrapped(json.dumps({"title": TITLE, "html": body}))
    assert doc.text == TITLE + "\n" + BODY + "\n附件&附表"
    assert {"unwrap:escape", "markup:tag", "markup:entity"} <= reasons(doc)


# ---------------------------------------------------------------- pages that are not wrappers
@pytest.mark.parametrize(
    "text",
    [
        # a speech quoted in ASCII quotes
        TITLE + '\n市长在会上说："我们将继续深入打好污染防治攻坚战，推动生态环境质量持续改善。"\n'
        '他强调："要加强路检路查，严厉打击超标排放行为。"记者：请问有哪些具体措施？',
        # a whole transcript whose every answer is quoted, with ASCII labels
        'Q: "请问今年上半年全市空气质量有哪些变化？"\nA: "上半年全市优良天数达到一百五十天，同比增加十二天。"\n',
        # one literal \n mentioned in prose
        TITLE + "\n在文本文件中，换行符写作\\n，这一点在数据导出时需要注意，全市共导出数据一百二十份。\n" + BODY,
        # code whose Chinese is in comments only
        "// 计算全市空气质量综合指数的函数\nfunction index(a, b) {\n  return a + b; // 返回两项之和\n}\n",
        # an HTML page
        f"<html><body><h1>{TITLE}</h1><p>{PARAS[0]}</p><p>{PARAS[2]}</p></body></html>",
    ],
)
def test_ordinary_pages_are_not_wrappers(text):
    page = text_page(text)
    assert page.wrapper is None
    doc = clean(page)
    check_accounting(doc, text)
    assert not any(r.startswith("unwrap") for r in reasons(doc))


def test_a_page_without_cjk_text_is_not_a_wrapper():
    assert wrappers.detect('const s = "hello\\nworld\\n";\nlet t = "again";\n') is None


# ---------------------------------------------------------------- property: wrapping changes nothing
SENTENCES = st.sampled_from([
    "全市优良天数达到一百五十天，同比增加十二天。",
    '市长强调："要加强路检路查，严厉打击超标排放行为。"',
    "他说'今年的任务很重'，我们会尽全力完成。",
    "数据文件存放在D:\\资料目录，供各区县下载。",
    "记者：请问在柴油货车污染治理方面有哪些具体措施？",
    "王建国：我们将加强入户抽测，推动老旧车辆淘汰更新。",
    "全市地表水国控断面水质全部达到考核目标\t（附表一）。",
])


def _js(s: str) -> str:
    return c_string(s).replace("'", "\\'")


def _py(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


WRAPS = {
    "sql insert row": lambda t, b: f"INSERT INTO `t_news` VALUES ('12', '{sql(t)}', '{sql(b)}', '2024-01-02 10:00:00', 'http://x.cn/1.html', 0);",
    "json string": lambda t, b: json.dumps({"id": 9, "title": t, "content": b, "tags": ["a", "b"]}, ensure_ascii=len(b) % 2 == 0),
    "csv field": lambda t, b: 'id,title,content\n9,"{}","{}"\n'.format(t.replace('"', '""'), b.replace('"', '""')),
    "javascript string": lambda t, b: f"var title = '{_js(t)}';\nvar body = \"{c_string(b)}\";\n",
    "go string": lambda t, b: "package p\n\nconst title = \"{}\"\nconst body = `{}`\n".format(c_string(t), b.replace("\n", "\n\t\t")),
    "objective-c string": lambda t, b: f'NSString *t = @"{c_string(t)}";\nNSString *b = @"{c_string(b)}";\n',
    "python string": lambda t, b: f'TITLE = "{c_string(t)}"\nBODY = """{_py(b)}"""\n',
    "escaped text": lambda t, b: c_string(t + "\n" + b),
}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SENTENCES, min_size=2, max_size=7), st.sampled_from(sorted(WRAPS)))
def test_a_wrapped_article_cleans_to_the_bare_article(sentences, kind):
    article = TITLE + "\n" + "\n".join(sentences)
    bare = clean(text_page(article))
    wrapped_text = WRAPS[kind](TITLE, "\n".join(sentences))
    wrapped = clean(text_page(wrapped_text))
    check_accounting(wrapped, wrapped_text)
    assert wrapped.wrapper == kind
    assert wrapped.text == bare.text


# ---------------------------------------------------------------- the real corpus
DOCS = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not DOCS, reason="shared corpus not present")
@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_corpus_pages_are_unwrapped_cleanly(path):
    page = read_page(path)
    doc = clean(page)
    check_accounting(doc, page.text)
    if page.wrapper is None:
        assert not any(d.reason.startswith("unwrap") for d in doc.cleaning.drops)
        return
    assert not wrappers.ESCAPED_BREAK.search(doc.text), "no escaped line break is left"
    assert "INSERT INTO" not in doc.text and "package " not in doc.text and "const " not in doc.text
    assert not any(line.startswith(("http://", "https://")) for line in doc.text.split("\n"))
    assert {"chrome:code", "unwrap:quote"} <= reasons(doc)


@pytest.mark.parametrize(
    "name, wrapper",
    [("mfa-2018-07-06-briefing-sqlrow.txt", "sql insert row"),
     ("mfa-2020-04-15-briefing-weibo-sqlrow.txt", "sql insert row, escaped twice"),
     ("mnd-2020-11-26-briefing-jsstring.txt", "javascript string"),
     ("mfa-2023-06-21-briefing-gostring.txt", "go string")],
)
def test_corpus_wrappers_are_recognised(name, wrapper):
    if not (CORPUS / name).exists():
        pytest.skip("shared corpus not present")
    doc = clean(read_page(CORPUS / name))
    assert doc.wrapper == wrapper
    lines = doc.text.split("\n")
    assert len(lines) >= 2 or wrapper == "javascript string"
    # The row's tail fields are gone from the text but reachable in the drops.
    assert "责任编辑" not in doc.text and "Web Link" not in doc.text and "tiktoken" not in doc.text
