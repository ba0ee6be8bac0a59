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

Every PDF embeds a subset of each font it uses, and fontTools reads the whole font to cut one:
WenQuanYi's 49,531 glyphs cost about 0.25 s a PDF, DejaVu's layout tables 0.07 s, a third of
drawing a report. So the chain starts with everyday copies of both fonts, cut to the characters in
everyday use (GB2312 and Big5's frequent level, ``COMMON_SETS``, and Latin), and the whole fonts
draw only what the copies lack; a report whose characters the copies all have is drawn with the
copies alone (``short_chain``). The copies are made once (composite glyphs flattened, else their parts come
too) and kept in matplotlib's cache folder, named by the source font's content and the recipe.
"""
from __future__ import annotations

import importlib.util
import os
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from .files import atomic_path

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
# The characters of the everyday copy: (codec, lead bytes, trail bytes, last code) of each double-byte
# set: all of GB2312 (6,763 hanzi, symbols, kana), Big5 up to the end of its frequent hanzi (C67E).
COMMON_SETS = (("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF), 0xF7FE),
               ("big5", range(0xA1, 0xC7), (*range(0x40, 0x7F), *range(0xA1, 0xFF)), 0xC67E))
# What the Latin font's copy holds besides: Latin-1 and Latin Extended A/B (pinyin's tone vowels),
# spacing accents, general punctuation, currency, letterlike (℃), number forms (Ⅴ), arrows, maths (∼),
# enclosed digits (①), box drawing and shapes
LATIN_RANGES = ((0x00A0, 0x0250), (0x02B0, 0x0300), (0x2000, 0x2600))
COPY_RECIPE = "2"  # bump when the everyday copies are cut differently
COPY_SUFFIX = " Everyday"  # a copy's family name: its font's, with this after it


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


def common_characters() -> set[int]:
    """Printable ASCII and every character of ``COMMON_SETS``."""
    out = set(range(0x20, 0x7F))
    for codec, leads, trails, last in COMMON_SETS:
        for lead in leads:
            for trail in trails:
                if (lead << 8) | trail <= last:
                    try:
                        out.update(map(ord, bytes((lead, trail)).decode(codec)))
                    except UnicodeDecodeError:
                        pass
    return out


def latin_characters() -> set[int]:
    """What the Latin font's everyday copy may hold: ``common_characters`` (so that no character the
    CJK copy has is one the whole Latin font would have drawn first) and ``LATIN_RANGES``."""
    return common_characters().union(*(range(a, b) for a, b in LATIN_RANGES))


def cut_copy(source: Path, target: Path, family: str, characters: set[int]) -> Path:
    """Write the everyday copy of the TrueType font ``source`` to ``target``: ``characters`` only,
    composite glyphs flattened (a composite keeps its parts in any subset), one Unicode cmap, the
    family renamed to ``family``, no layout tables: matplotlib before 3.11 (``pyproject.toml``) reads
    kerning from a ``kern`` table alone, and subsetting DejaVu's GPOS cost a fifth of a PDF's fonts."""
    from fontTools import subset
    from fontTools.pens.recordingPen import DecomposingRecordingPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    options = subset.Options(layout_features=[], notdef_outline=True, glyph_names=True,
                             hinting=False, name_IDs=["*"], font_number=0)
    # FontForge's timestamp (fontTools cannot subset it and says so); layout tables (see above; a
    # substitution's closure keeps glyphs of other characters); DejaVu's maths layout; vertical
    # metrics (text runs across)
    options.drop_tables += ["FFTM", "GSUB", "GPOS", "GDEF", "MATH", "vhea", "vmtx"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters)
    subsetter.subset(font)
    glyphs, glyf = font.getGlyphSet(), font["glyf"]
    for name in font.getGlyphOrder():
        if glyf[name].isComposite():
            recorded = DecomposingRecordingPen(glyphs)
            glyphs[name].draw(recorded)
            pen = TTGlyphPen(None)
            recorded.replay(pen)
            flat = glyf[name] = pen.glyph()
            flat.recalcBounds(glyf)
    font["cmap"].tables = [t for t in font["cmap"].tables if (t.platformID, t.platEncID) == (3, 1)]
    subsetter = subset.Subsetter(options)  # again: the parts of the flattened glyphs are no longer needed
    subsetter.populate(unicodes=characters)
    subsetter.subset(font)
    postscript = family.replace(" ", "")
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = family
        elif record.nameID == 6:
            record.string = postscript
    with atomic_path(target) as tmp:
        font.save(str(tmp))
    return target


def _everyday_copy(path: Optional[Path], family: Optional[str], characters) -> Optional[tuple[str, Path]]:
    """The everyday copy of the font file ``path`` (family ``family``), made once into matplotlib's
    cache folder and registered: its family name and file, or None when the font is no TrueType, or
    the copy cannot be made or kept (the whole font then draws everything, as before)."""
    if family is None or path is None or path.suffix.lower() not in (".ttf", ".ttc"):
        return None
    import fontTools
    import matplotlib
    from matplotlib import font_manager

    from ..corpus.cache import digest

    key = digest(path.read_bytes(), fontTools.version, COPY_RECIPE)  # by content: one copy for every install
    target = Path(matplotlib.get_cachedir()) / "analyzer-fonts" / f"{path.stem}-everyday-{key[:16]}.ttf"
    copy = family + COPY_SUFFIX
    try:
        if not target.is_file():
            cut_copy(path, target, copy, characters())
        font_manager.fontManager.addfont(str(target))
    except Exception:  # noqa: BLE001 - an optimisation: without it the whole font draws everything
        return None
    return copy, target


@lru_cache(maxsize=1)
def everyday() -> Optional[tuple[list[str], frozenset[str]]]:
    """The chain of the everyday copies (Latin, then CJK) and the characters it has, or None when
    either copy is missing."""
    from matplotlib import font_manager

    latin_path = Path(font_manager.findfont(font_manager.FontProperties(family=LATIN_FAMILY), fallback_to_default=False))
    copies = [_everyday_copy(latin_path, LATIN_FAMILY, latin_characters),
              _everyday_copy(find_cjk_font(), register(), common_characters)]
    if None in copies:
        return None
    made = [c for c in copies if c is not None]
    has = frozenset(chr(code) for _family, path in made for code in font_manager.get_font(path).get_charmap())
    return [family for family, _path in made], has


def prepare() -> None:
    """Make the everyday copies here, before worker processes would each make them at once (a few
    seconds, once per machine); quietly: a missing font is said where the PDFs are drawn."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        everyday()


def chain() -> list[str]:
    """The font families in fallback order: the everyday copies (when made), DejaVu Sans, then the
    CJK font (when one is found). The copies draw a character exactly when the whole font behind them
    would (``latin_characters``)."""
    family = register()
    copies = everyday()
    return (copies[0] if copies else []) + [LATIN_FAMILY] + ([family] if family else [])


def short_chain(text: str) -> Optional[list[str]]:
    """The everyday copies alone, when they have every character of ``text``: the same glyphs, and
    matplotlib looks up two fonts for it instead of four."""
    copies = everyday()
    return copies[0] if copies and copies[1].issuperset(text) else None


def rc_params(characters: Optional[Iterable[str]] = None) -> dict:
    """matplotlib settings for the report: the fallback chain, TrueType (Type 42) embedding, and text
    drawn as written: "US$5亿…US$3亿" is no mathtext (two $ made it one, the Chinese between drawn as boxes).

    ``characters``: every character the figures will draw, when known; the everyday copies alone are
    the chain when they have them all (``short_chain``: the same glyphs, two fonts looked up a text, not four)."""
    return {
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "font.family": (characters is not None and short_chain("".join(characters))) or chain(),
        "axes.unicode_minus": False,
        "text.parse_math": False,
    }
