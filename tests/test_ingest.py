"""Ingestion: encodings, markup detection and every error path, on files written in tmp_path."""
from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import ingest
from analyzer.errors import AnalyzerError, EmptyInput, IsDirectory, NotFound, NotText, TooLarge
from analyzer.ingest import decode_bytes, read_page

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
SIMPLIFIED = "主持人:各位记者朋友,大家好!今天的新闻发布会介绍生态环境治理情况。\n"
TRADITIONAL = "主持人:各位記者朋友,大家好!今天的新聞發布會介紹生態環境治理情況。\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_is_read_as_is(tmp_path):
    page = read_page(write(tmp_path, "a.txt", (SIMPLIFIED * 3).encode("utf-8")))
    assert page.text == SIMPLIFIED * 3
    assert page.encoding == "utf-8"
    assert page.undecodable_bytes == 0 and page.warnings == ()
    assert page.was_html is False


@pytest.mark.parametrize(
    "codec, bom, name",
    [("utf-8", b"\xef\xbb\xbf", "utf-8-sig"), ("utf-16-le", b"\xff\xfe", "utf-16-le"), ("utf-16-be", b"\xfe\xff", "utf-16-be")],
)
def test_byte_order_marks(tmp_path, codec, bom, name):
    page = read_page(write(tmp_path, "bom.txt", bom + (SIMPLIFIED * 2).encode(codec)))
    assert page.text == SIMPLIFIED * 2
    assert page.encoding == name


def test_utf16_without_bom_is_not_mistaken_for_binary(tmp_path):
    page = read_page(write(tmp_path, "u16.txt", ("Press conference 2024\n" * 20).encode("utf-16-le")))
    assert page.text.startswith("Press conference 2024")


def test_gb18030(tmp_path):
    text = SIMPLIFIED * 20 + "罕见字:㐀䶵\n"  # GB18030-only characters (not in GBK)
    page = read_page(write(tmp_path, "gb.txt", text.encode("gb18030")))
    assert page.text == text
    assert page.encoding == "gb18030"


def test_gbk_is_decoded_with_the_gb18030_superset(tmp_path):
    page = read_page(write(tmp_path, "gbk.txt", (SIMPLIFIED * 20).encode("gbk")))
    assert page.text == SIMPLIFIED * 20
    assert page.encoding == "gb18030"


def test_big5(tmp_path):
    page = read_page(write(tmp_path, "b5.txt", (TRADITIONAL * 20).encode("big5")))
    assert page.text == TRADITIONAL * 20
    assert page.encoding in ("cp950", "big5")


def test_mixed_utf8_and_gbk_lines(tmp_path):
    utf8_lines = ("第一行是UTF-8编码的正文内容。\n" * 10).encode("utf-8")
    gbk_line = "这一行是GBK编码的内容,来自另一个系统。\n".encode("gbk")
    page = read_page(write(tmp_path, "mixed.txt", utf8_lines + gbk_line + utf8_lines))
    assert "这一行是GBK编码的内容" in page.text
    assert page.text.count("第一行是UTF-8编码的正文内容。") == 20
    assert page.encoding.startswith("utf-8+")
    assert any("mixed encodings" in w for w in page.warnings)


def test_undecodable_bytes_are_counted_not_fatal(tmp_path):
    data = ("正文内容第一段。\n" * 10).encode("utf-8") + b"bad \xff\xfe bytes\n" + ("正文内容第二段。\n" * 10).encode("utf-8")
    page = read_page(write(tmp_path, "bad.txt", data))
    assert page.undecodable_bytes >= 1
    assert "\ufffd" in page.text
    assert any("undecodable" in w for w in page.warnings)
    assert page.text.count("正文内容第二段。") == 10


def test_html_by_suffix_and_by_markup(tmp_path):
    assert read_page(write(tmp_path, "p.html", "<p>你好</p>".encode())).was_html
    markup = "<div><p>第一段</p><br><p>第二段</p></div>".encode()
    assert read_page(write(tmp_path, "p.txt", markup)).was_html
    assert not read_page(write(tmp_path, "q.txt", "数量a<b,且b>c。".encode())).was_html


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"", EmptyInput),
        (b"   \n\t\r\n  ", EmptyInput),
        ("\u3000\u3000\n".encode(), EmptyInput),
        (b"text\x00with\x00nul" * 10, NotText),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), NotText),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", NotText),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", NotText),
        (bytes(range(1, 32)) * 50, NotText),
    ],
)
def test_bad_inputs_raise_one_line_errors(tmp_path, data, expected):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(expected) as info:
        read_page(path)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(info.value.code)


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(NotFound) as info:
        read_page(tmp_path / "nope.txt")
    assert "nope.txt" in str(info.value)
    assert info.value.exit_status != 0
    with pytest.raises(IsDirectory):
        read_page(tmp_path)


def test_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_BYTES", 100)
    with pytest.raises(TooLarge):
        read_page(write(tmp_path, "big.txt", SIMPLIFIED.encode() * 10))


def test_errors_share_the_catalogue():
    for cls in (NotFound, IsDirectory, EmptyInput, NotText, TooLarge):
        assert issubclass(cls, AnalyzerError)


def test_decode_bytes_directly():
    text, encoding, undecodable, warnings = decode_bytes(TRADITIONAL.encode("utf-8"))
    assert (text, encoding, undecodable, warnings) == (TRADITIONAL, "utf-8", 0, [])


def test_a_few_megabytes_read_quickly(tmp_path):
    data = (SIMPLIFIED * 60_000).encode("gb18030")  # ~5 MB of GB18030
    page = read_page(write(tmp_path, "large.txt", data))
    assert len(page.text) == len(SIMPLIFIED) * 60_000


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_corpus_files_are_utf8_text(path):
    page = read_page(path)
    assert page.encoding == "utf-8"
    assert page.undecodable_bytes == 0
    assert page.text == path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- wrappers: text inside dumps and code
@pytest.mark.parametrize(
    "name, text, wrapper",
    [
        ("row.sql", "INSERT INTO `t` VALUES ('1', '" + SIMPLIFIED.strip() + "\\n', '2024-01-02');\n", "sql insert row"),
        ("app.js", 'const txt = "' + SIMPLIFIED.strip() + '";\n', "javascript string"),
        ("a.json", '{"id": 1, "body": "' + SIMPLIFIED.strip() + '\\n"}', "json string"),
        ("a.txt", SIMPLIFIED.strip() + "\\n" + SIMPLIFIED.strip() + "\\n谢谢。", "escaped text"),
        ("a.txt", SIMPLIFIED * 3, None),
        ("a.txt", '主持人说："' + SIMPLIFIED.strip() + '"记者又问："何时完成？"', None),
    ],
)
def test_the_wrapper_is_detected_not_assumed(tmp_path, name, text, wrapper):
    page = read_page(write(tmp_path, name, text.encode("utf-8")))
    assert page.wrapper == wrapper
    assert page.text == text  # ingest only names the wrapper; cleaning unwraps it
