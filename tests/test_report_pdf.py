"""PDF reports: page count, fonts embedded, Chinese names in the document's own script as real text."""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from pypdf import PdfReader

from analyzer import pipeline
from analyzer.report import compare, fonts, pdf, view

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
JIAOZUO = CORPUS / "jiaozuo-2021-01-22-ecology-conference.txt"
LANGFANG = CORPUS / "langfang-2024-07-26-ecology-conference.txt"


@pytest.fixture(scope="module")
def jiaozuo_view():
    return view.build(pipeline.analyse(JIAOZUO))


@pytest.fixture(scope="module")
def jiaozuo_pdf(jiaozuo_view, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "jiaozuo.pdf"
    pdf.write(jiaozuo_view, path)
    return PdfReader(str(path))


def embedded_font_files(reader: PdfReader) -> list[tuple[str, list[str]]]:
    """(font name, /FontFile* keys) for every font used on every page, descendants included."""
    out = []
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            targets = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for target in targets:
                descriptor = target.get("/FontDescriptor")
                keys = [k for k in descriptor.get_object() if k.startswith("/FontFile")] if descriptor else []
                out.append((str(font.get("/BaseFont")), keys))
    return out


def test_page_count_follows_the_plan(jiaozuo_pdf, jiaozuo_view):
    names = pdf.plan(jiaozuo_view)
    assert len(jiaozuo_pdf.pages) == len(names)
    assert names[:4] == ["cover", "talk share", "topics", "questions and answers"]
    assert names[-2:] == ["boilerplate", "sentences"]


def test_fonts_are_embedded(jiaozuo_pdf):
    fonts_used = embedded_font_files(jiaozuo_pdf)
    assert fonts_used
    missing = [name for name, keys in fonts_used if not ({"/FontFile2", "/FontFile3", "/FontFile"} & set(keys))]
    assert not missing, f"fonts not embedded: {missing}"


def test_cjk_font_is_truetype_type42(jiaozuo_pdf):
    if fonts.find_cjk_font() is None:
        pytest.skip("no CJK font installed")
    cjk = [(name, keys) for name, keys in embedded_font_files(jiaozuo_pdf) if "DejaVu" not in name]
    assert cjk and all("/FontFile2" in keys for _n, keys in cjk)


def test_names_are_text_in_the_documents_script(jiaozuo_pdf, jiaozuo_view):
    if fonts.find_cjk_font() is None:
        pytest.skip("no CJK font installed")
    text = "\n".join(page.extract_text() for page in jiaozuo_pdf.pages)
    for name in ("申軍強", "李博", "高健", "李旭華", "付勝堂", "元俊江"):
        assert name in text
    assert "申军强" not in text  # traditional document, traditional names
    assert "焦作市生態環境狀況新聞發布會" in text
    assert "Questions and answers in order" in text and "Topic coverage" in text
    cover = jiaozuo_pdf.pages[0].extract_text()
    assert "Who took part" in cover and "河南日報" in cover


def test_document_without_dialogue_gets_fewer_pages(tmp_path):
    v = view.build(pipeline.analyse(CORPUS / "jiaozuo-2023-05-29-inspection-report.txt"))
    names = pdf.plan(v)
    assert "talk share" not in names and "questions and answers" not in names
    path = pdf.write(v, tmp_path / "report.pdf")
    assert len(PdfReader(str(path)).pages) == len(names)


def test_compare_pdf(tmp_path, jiaozuo_view):
    other = view.build(pipeline.analyse(LANGFANG))
    path = compare.write_pdf(compare.build(jiaozuo_view, other), tmp_path / "c.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 2
    text = reader.pages[0].extract_text()
    assert "焦作市生態環境狀況新聞發布會" in text and "廊坊市" in text
    assert "largest difference first" in text


def test_without_a_cjk_font_warns_once_and_still_renders(tmp_path, monkeypatch, jiaozuo_view):
    monkeypatch.setattr(fonts, "find_cjk_font", lambda: None)
    fonts.register.cache_clear()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            path = compare.write_pdf(compare.build(jiaozuo_view, jiaozuo_view), tmp_path / "plain.pdf")
        assert len(PdfReader(str(path)).pages) == 2
        messages = [str(w.message) for w in caught if issubclass(w.category, fonts.CjkFontWarning)]
        assert len(messages) == 1 and "no CJK font" in messages[0] and "\n" not in messages[0]
    finally:
        fonts.register.cache_clear()


def test_wrap_counts_chinese_double():
    lines = pdf.wrap("一二三四五六七八九十abcdefghij", 10)
    assert lines == ["一二三四五", "六七八九十", "abcdefghij"]
    assert pdf.cells("中a") == 3


def test_trend_axes_start_at_zero_and_count_in_whole_numbers():
    """All-zero rates draw on an axis from 0 (not a band around 0); question counts tick in integers."""
    from analyzer.report import trends

    rows = [{"level": "speaker", "name": name, "year": year, "documents": 1, "boilerplate_share": 0.1,
             "figures_per_1k_chars": 2.0, "non_answer_rate": 0.0, "questions": q}
            for name, year, q in (("王明", 2021, 1), ("王明", 2022, 0), ("李华", 2022, 1))]
    fig = next(trends.trend_pages(rows))
    axes = {ax.get_title(loc="left"): ax for ax in fig.axes}
    for ax in axes.values():
        assert ax.get_ylim()[0] == 0
    ticks = axes["questions"].get_yticks()
    assert all(float(t).is_integer() for t in ticks)


def test_dollar_signs_are_drawn_as_written_not_as_mathtext(tmp_path):
    """Two $ in one text made matplotlib read mathtext: the $ vanished and the Chinese between drew as boxes."""
    src = tmp_path / "dollar.txt"
    src.write_text("市商务局新闻发布会\n主持人：请王建国局长介绍。\n"
                   "王建国：今年全市实际利用外资US$5亿，出口US$3亿，同比增长12%。\n"
                   "记者：请问王局长，$进口$情况如何？\n王建国：进口增长5%。\n", encoding="utf-8")
    out = pdf.write(view.build(pipeline.analyse(src)), tmp_path / "dollar.pdf")
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "US$5亿，出口US$3亿" in text and "$进口$情况如何" in text


def test_the_pages_draw_no_character_their_view_does_not_hold():
    """``drawn_characters`` decides which fonts a report gets: every text on every page of every
    corpus document (tick labels included, laid out as when saved) is made of those characters."""
    import matplotlib
    from matplotlib.text import Text

    documents = sorted(CORPUS.glob("*"))
    assert documents
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for document in documents:
            v = view.build(pipeline.analyse(document))
            allowed = pdf.drawn_characters(v)
            with matplotlib.rc_context(fonts.rc_params()):
                for fig in pdf.pages(v):
                    fig.draw_without_rendering()
                    drawn = {c for t in fig.findobj(Text) for c in t.get_text()} - {"\n"}
                    assert drawn <= allowed, (document.name, drawn - allowed)


def test_a_report_in_everyday_characters_gets_the_everyday_fonts_alone():
    """One rare character anywhere in the report (凈) gives every text the whole chain; otherwise
    the everyday copies alone draw it, and matplotlib looks up two fonts a text instead of four."""
    if fonts.everyday() is None:
        pytest.skip("no TrueType CJK font, or no writable matplotlib cache")
    assert fonts.rc_params(set("生态环境局 PM2.5 → 30%"))["font.family"] == fonts.everyday()[0]
    assert fonts.rc_params(set("生态环境局 凈水"))["font.family"] == fonts.chain()
    assert fonts.rc_params()["font.family"] == fonts.chain()


def test_small_share_charts_say_each_value_and_make_no_axes(jiaozuo_view):
    """Talk share by role and boilerplate by turn kind are drawn on the page (``pdf.share_bars``): each
    bar's share is written at its end, and the page's only axes is its main chart's; the heatmap
    writes its values in the cells and draws no colour bar."""
    from matplotlib.text import Text

    def texts(fig):
        return [t.get_text().strip() for t in fig.findobj(Text)]

    talk = pdf.talk_share(jiaozuo_view)
    assert len(talk.axes) == 1
    assert "by role" in texts(talk)
    for _role, share in jiaozuo_view.talk_by_role:
        assert pdf.pct(share, 1) in texts(talk)
    kinds = jiaozuo_view.boilerplate.by_turn_kind
    assert kinds
    boiler = pdf.boilerplate_page(jiaozuo_view)
    assert len(boiler.axes) == 1
    for _kind, share in kinds:
        assert pdf.pct(share) in texts(boiler)
    assert len(pdf.topic_heatmap(jiaozuo_view).axes) == 1
