"""Every character is drawn in the PDFs, not only present in the text layer.

A page with each character class is written the way the reports write theirs, rendered to pixels
with pdfium, and each character's box (from the PDF's text layer) is checked for ink. A font that
maps a character to an empty outline passes a cmap check but leaves its box blank: this test sees
that (the second test proves it does, on the CJK font alone).
"""
from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest

from analyzer.report import fonts, pdf

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"

pdfium = pytest.importorskip("pypdfium2")

CLASSES = {
    "symbols": "35℃ 无劣Ⅴ类 Ⅹ 1∼2",
    "pinyin": "nǎ lǐ duō shǎo",
    "circled": "① ②",
    "full-width": "％ ＋ － ５",
    "simplified": "生态环境局",
    "traditional": "生態環境局",
    "latin": "PM2.5 abc",
}
SCALE = 4  # pixels per PDF point
INK = 160  # a pixel darker than this is ink


def page(lines: list[str]):
    from matplotlib.figure import Figure

    fig = Figure(figsize=pdf.PAGE)
    for k, line in enumerate(lines):
        fig.text(0.08, 0.9 - 0.06 * k, line, fontsize=16, va="top")
    return fig


def write_page(path: Path, lines: list[str]) -> Path:
    """The page written as the reports write theirs (``pdf.save_pages``, the reports' fonts)."""
    return pdf.save_pages((page(lines) for _ in range(1)), path)


def blank_characters(path: Path) -> list[str]:
    """Characters of the text layer whose box on the rendered page holds no ink (or has no area)."""
    page = pdfium.PdfDocument(str(path))[0]
    text = page.get_textpage()
    image = page.render(scale=SCALE).to_numpy()
    height = image.shape[0]
    blank = []
    for i in range(text.count_chars()):
        ch = text.get_text_range(i, 1)
        if not ch.strip():
            continue
        left, bottom, right, top = text.get_charbox(i)
        box = image[int(height - top * SCALE):int(height - bottom * SCALE) + 1,
                    int(left * SCALE):int(right * SCALE) + 1, :3]
        if box.size == 0 or (right - left) * (top - bottom) <= 0 or not (box.min(axis=-1) < INK).any():
            blank.append(ch)
    return blank


def text_layer(path: Path) -> str:
    return pdfium.PdfDocument(str(path))[0].get_textpage().get_text_range()


@pytest.mark.skipif(fonts.find_cjk_font() is None, reason="no CJK font installed")
def test_every_character_class_is_drawn(tmp_path):
    path = write_page(tmp_path / "glyphs.pdf", list(CLASSES.values()))
    assert blank_characters(path) == []
    layer = "".join(text_layer(path).split())
    for name, line in CLASSES.items():
        assert "".join(line.split()) in layer, name  # every character is also in the text layer


@pytest.mark.skipif(fonts.find_cjk_font() is None, reason="no CJK font installed")
def test_the_check_sees_empty_outlines(tmp_path):
    """The CJK font alone draws ℃ Ⅴ Ⅹ ∼ ǎ ǐ ǒ ǔ blank: the check must say so."""
    path = tmp_path / "cjk-only.pdf"
    with matplotlib.rc_context({**fonts.rc_params(), "font.family": [fonts.register()]}):
        page([CLASSES["symbols"], CLASSES["pinyin"]]).savefig(path)
    missing = set(blank_characters(path)) | (set("℃ⅤⅩ∼ǎǐǒǔ") - set(text_layer(path)))
    assert set("℃ⅤⅩ∼ǎǐǒǔ") <= missing


def embedded_fonts(path: Path) -> list[str]:
    """The base names of the fonts embedded in a PDF, subset prefixes (ABCDEF+) cut."""
    import re

    return sorted(name.decode().split("+")[-1] for name in re.findall(rb"/BaseFont /(\S+)", path.read_bytes()))


@pytest.mark.skipif(fonts.everyday() is None, reason="no TrueType CJK font, or no writable matplotlib cache")
def test_everyday_text_embeds_only_the_everyday_copies(tmp_path):
    """Simplified and traditional text in everyday characters is drawn from the cut copies; a
    character outside them (凈, 説) brings in the whole CJK font; "fi" is no ligature, so the Latin
    copy is embedded once (a ligature glyph gets a subset of its own)."""
    latin, cjk = (name.replace(" ", "") for name in fonts.everyday()[0])
    everyday = write_page(tmp_path / "everyday.pdf", ["生态环境局 生態環境局 PM2.5", "office profile fine ℃ ǎ ①"])
    assert blank_characters(everyday) == []
    assert embedded_fonts(everyday) == sorted([latin, latin, cjk, cjk])  # each: its dict and its descendant
    rare = write_page(tmp_path / "rare.pdf", ["凈水 説明 生态"])
    assert blank_characters(rare) == []
    assert {cjk, fonts.register().replace(" ", "")} <= set(embedded_fonts(rare))


@pytest.mark.skipif(fonts.everyday() is None, reason="no TrueType CJK font, or no writable matplotlib cache")
def test_the_copies_draw_each_character_with_the_font_that_drew_it_before():
    """Whichever chain a text gets, each character comes from the same font as with DejaVu Sans then
    the CJK font alone: the copies hold no character that the font behind them would not draw."""
    from fontTools import ttLib
    from matplotlib import font_manager

    def cmap(family):
        path = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
        return set(ttLib.TTFont(path, fontNumber=0).getBestCmap())

    def source(chain, c):
        return next((f.removesuffix(fonts.COPY_SUFFIX) for f in chain if c in maps[f]), None)

    maps = {f: cmap(f) for f in fonts.chain()}
    before = [fonts.LATIN_FAMILY, fonts.register()]
    text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in CORPUS.glob("*.txt"))
    characters = set(map(ord, text)) | set(range(0x20, 0x3000)) | fonts.common_characters()
    assert all(source(fonts.chain(), c) == source(before, c) for c in characters)
    short = fonts.everyday()[0]
    assert all(source(short, c) == source(before, c) for c in characters if fonts.short_chain(chr(c)))


def test_the_everyday_copy_is_flat_and_holds_the_common_sets(tmp_path):
    """The CJK copy's characters are GB2312 and Big5's frequent hanzi, every glyph a simple one (a
    composite would bring its parts into each subset), its family renamed."""
    source = fonts.find_cjk_font()
    if source is None or source.suffix.lower() not in (".ttf", ".ttc"):
        pytest.skip("no TrueType CJK font installed")
    from fontTools import ttLib

    path = fonts.cut_copy(source, tmp_path / "common.ttf", "Test Common", fonts.common_characters())
    font = ttLib.TTFont(str(path))
    cmap = set(font.getBestCmap())
    assert {ord(c) for c in "生态环境局生態環境局的一是％，。"} <= cmap
    assert ord("凈") not in cmap and ord("説") not in cmap
    assert len(cmap - fonts.common_characters()) <= 4  # fontTools keeps a stray glyph or two (∋ ≅ in WenQuanYi)
    assert not any(font["glyf"][g].isComposite() for g in font.getGlyphOrder())
    assert font["name"].getDebugName(1) == "Test Common"
    assert len(font.getGlyphOrder()) < 12000  # the whole font has about 49,500


def test_without_a_writable_cache_the_whole_fonts_draw_everything(tmp_path, monkeypatch):
    import matplotlib

    if fonts.register() is None:
        pytest.skip("no CJK font installed")
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(matplotlib, "get_cachedir", lambda: str(blocked))
    fonts.everyday.cache_clear()
    try:
        assert fonts.everyday() is None and fonts.short_chain("生态") is None
        assert fonts.chain() == [fonts.LATIN_FAMILY, fonts.register()]
    finally:
        fonts.everyday.cache_clear()
