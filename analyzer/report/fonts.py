"""Find a CJK font installed from PyPI (or the system) and register it with matplotlib.

The PDF must show Chinese in the document's own script as real, selectable text, so the font
must be TrueType (glyf outlines): matplotlib embeds those as Type 42 (``/FontFile2``). The
default comes from the ``paperang-p2-fonts-cjk`` package (WenQuanYi Micro Hei, TrueType,
simplified and traditional); CFF fonts (.otf) are only a fallback.
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
FALLBACK_FAMILIES = ("DejaVu Sans",)  # for the odd glyph the CJK font lacks (μ, ³, …)


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


def rc_params() -> dict:
    """matplotlib settings for the report: the CJK font first, TrueType (Type 42) embedding."""
    family = register()
    return {
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "font.family": "sans-serif",
        "font.sans-serif": ([family] if family else []) + list(FALLBACK_FAMILIES),
        "axes.unicode_minus": False,
    }
