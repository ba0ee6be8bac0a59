"""Chinese line breaking (report/linebreak.py): what the PDFs and the terminal Q&A text rely on."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.report import linebreak

TEXT = ("全市共有128家企业完成改造，无劣Ⅴ类断面，最高气温35℃，同比下降11.1%。PM2.5浓度为35微克/立方米，"
        "2021年1月22日召开（新闻发布会）。共削减3.5万吨、259.2萬余輛。")
PIECES = ["全市", "共有", "128家", "企业", "，", "。", "、", "35℃", "11.1%", "3.5万吨", "（", "）", "“", "”", "Ⅴ类",
          "nǎ lǐ", " ", "PM2.5", "259.2萬余輛", "！", "？", "：", "；"]


def test_numbers_keep_their_units_and_no_line_starts_with_closing_punctuation():
    for width in range(8, 60):
        lines = linebreak.wrap(TEXT, width)
        assert "".join(lines) == TEXT  # nothing lost, nothing added (the text has no spaces)
        for line in lines:
            assert line[0] not in linebreak.NO_LINE_START, (width, line)
            assert line[-1] not in linebreak.NO_LINE_END, (width, line)
        joined = "\n".join(lines)
        for unit in ("128家", "35℃", "11.1%", "3.5万吨", "35微克/立方米", "259.2萬余輛"):
            if width >= 16:  # the unit and the punctuation that clings to it fit a line
                assert unit in joined, (width, unit)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40), st.integers(min_value=4, max_value=50))
def test_wrap_fits_and_keeps_every_character(pieces, width):
    text = "".join(pieces)
    lines = linebreak.wrap(text, width)
    assert all(linebreak.cells(line) <= width for line in lines)
    assert re.sub(r"\s+", "", "".join(lines)) == re.sub(r"\s+", "", text)
