"""Fonts for the PDFs: a fallback chain, so every character of a document is drawn.

The PDF must show Chinese in the document's own script as real, selectable text, so the fonts
must be TrueType (glyf outlines): matplotlib embeds those as Type 42 (``/FontFile2``). The CJK
font comes from the ``paperang-p2-fonts-cjk`` package (WenQuanYi Micro Hei, TrueType, simplified
and traditional); CFF fonts (.otf) are only a fallback.

WenQuanYi Micro Hei maps ℃, Ⅴ, Ⅹ, ∼ and the pinyin tone vowels ǎ ǐ ǒ ǔ to *empty* outlines, and
matplotlib's font fallback only moves on when a font lacks a character, not when its glyph is
blank. So DejaVu Sans (shipped with matplotlib, TrueType; Latin with tone marks, symbols, Roman
numerals, circled digits) comes first and the CJK font second: each character is drawn by the
first font in the chain that has it, and DejaVu has no CJK. ``tests/test_glyphs.py`` renders
every character class and checks each one's box on the page for ink.
"""
from __future__ import annotations

import importlib.util
import os
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Optional

FONT_ENV = "ANALYZER_CJK_FONT"  # a font file to use instead of the search below

# (python package, file inside it), best first: TrueType before CFF.
_PACKAGE_FONTS = (
    ("paperang_p2_fonts_cjk", "fonts/wqy-microhei.ttc"),
    ("pylopdf_fonts_zh_cn", "NotoSansSC-Regular.otf"),
    ("mplfonts", "fonts/NotoSansCJKsc-Regular.otf"),
)
_SYSTEM_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts"),
                os.path.expanduser("~/.local/share/fonts"))
_SYSTEM_NAMES = ("wqy-microhei", "wqy-zenhei", "droidsansfallback", "notosanscjk", "notosanssc",
                 "sourcehansans")
LATIN_FAMILY = "DejaVu Sans"  # first in the chain: Latin, tone marks, symbols (see the module docstring)


class CjkFontWarning(UserWarning):
    """No CJK font was found: the PDF renders, but Chinese text shows as empty boxes."""


def _package_font(package: str, relative: str) -> Optional[Path]:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        candidate = Path(base) / relative
        if candidate.is_file():
            return candidate
    return None


def _system_font() -> Optional[Path]:
    for folder in _SYSTEM_DIRS:
        root = Path(folder)
        if not root.is_dir():
            continue
        files = sorted(p for p in root.rglob("*") if p.suffix.lower() in (".ttf", ".ttc", ".otf"))
        for wanted in _SYSTEM_NAMES:
            for p in files:
                if wanted in p.name.lower().replace("-", "").replace("_", "") or wanted in p.name.lower():
                    return p
    return None


def find_cjk_font() -> Optional[Path]:
    """The font file to use: $ANALYZER_CJK_FONT, a PyPI font package, then a system font."""
    explicit = os.environ.get(FONT_ENV)
    if explicit and Path(explicit).is_file():
        return Path(explicit)
    for package, relative in _PACKAGE_FONTS:
        found = _package_font(package, relative)
        if found:
            return found
    return _system_font()


@lru_cache(maxsize=1)
def register() -> Optional[str]:
    """Register the CJK font with matplotlib once; return its family name (None, with a warning, if none)."""
    path = find_cjk_font()
    if path is None:
        warnings.warn("no CJK font found; PDF text in Chinese will show as boxes "
                      "(pip install paperang-p2-fonts-cjk, or set ANALYZER_CJK_FONT=/path/to/font.ttf)",
                      CjkFontWarning, stacklevel=2)
        return None
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def chain() -> list[str]:
    """The font families in fallback order: DejaVu Sans, then the CJK font (when one is found)."""
    family = register()
    return [LATIN_FAMILY] + ([family] if family else [])


def rc_params() -> dict:
    """matplotlib settings for the report: the fallback chain, TrueType (Type 42) embedding, and text
    drawn as written: "US$5亿…US$3亿" is no mathtext (two $ made it one, the Chinese between drawn as boxes)."""
    return {
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "font.family": chain(),
        "axes.unicode_minus": False,
        "text.parse_math": False,
    }
