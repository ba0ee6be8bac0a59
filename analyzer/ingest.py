"""Read one input file into a ``Page``: decoded text as is, with its encoding and warnings.

Markup is NOT removed here: cleaning removes it and accounts for every removed character.
Ingest only says what the page is: HTML, or text stored inside a data dump or source code
(``Page.wrapper``, detected by ``wrappers.detect``), which cleaning unwraps first.
"""
from __future__ import annotations

import re
from pathlib import Path

from . import wrappers
from .errors import EmptyInput, IsDirectory, NotFound, NotText, TooLarge, Unreadable
from .model import Page

MAX_BYTES = 200 * 1024 * 1024  # generous: a scraped page is kilobytes; 200 MB is surely not one
DETECT_SAMPLE_BYTES = 256 * 1024  # charset-normalizer sees a prefix; enough to tell GB from Big5
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

# Magic numbers of common binary formats that may hide behind a .txt name.
BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"RIFF", "a RIFF media file"),
    (b"BM", None),  # only with other evidence; too short to trust alone
)
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC excluded).
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
HTML_TAG = re.compile(
    r"<(?:p|div|br|script|style|span|a|table|tr|td|li|ul|ol|img|h[1-6]|meta|link|body|html|head|"
    r"title|font|strong|iframe|section|article|nav|footer|header|form|input)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
HTML_MIN_TAGS = 3

# charset-normalizer names, folded onto the widest codec of their family.
GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "hz_gb_2312", "cp936", "euc_cn", "iso2022_cn"}
BIG5_FAMILY = {"big5", "big5hkscs", "cp950"}
# Legacy codecs a Chinese page comes in, widest of each family; the first is the default.
LEGACY_CODECS = ("gb18030", "cp950")


def read_page(path) -> Page:
    """Read and decode one file; raise an ``AnalyzerError`` the user can act on."""
    p = Path(path)
    if not p.exists():
        raise NotFound(f"no such file: {p}")
    if p.is_dir():
        raise IsDirectory(f"{p} is a directory, not a file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise TooLarge(f"{p} is {size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB")
        data = p.read_bytes()
    except OSError as err:
        raise Unreadable(f"cannot read {p}: {err.strerror or err}") from None
    text, encoding, undecodable, warnings = decode_bytes(data, str(p))
    return text_page(text, str(p), encoding, p.suffix.lower() in HTML_SUFFIXES, undecodable, tuple(warnings))


def text_page(text: str, source: str = "<text>", encoding: str = "utf-8", html_name: bool = False,
              undecodable: int = 0, warnings: tuple[str, ...] = ()) -> Page:
    """A ``Page`` of decoded text, with what ingest detects on it (HTML, a dump or code wrapper)."""
    return Page(
        source=source,
        text=text,
        encoding=encoding,
        was_html=html_name or looks_like_html(text),
        undecodable_bytes=undecodable,
        warnings=warnings,
        wrapper=wrappers.detect(text),
    )


def looks_like_html(text: str) -> bool:
    """True when the text carries several HTML tags (a saved page or a pasted fragment)."""
    found = 0
    for _ in HTML_TAG.finditer(text, 0, 2_000_000):
        found += 1
        if found >= HTML_MIN_TAGS:
            return True
    return False


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str, int, list[str]]:
    """Decode bytes to text: (text, encoding, undecodable byte count, warnings)."""
    if not data.strip():
        raise EmptyInput(f"{name} is empty")
    for bom, codec in BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            text = body.decode(codec.replace("-sig", ""), errors="replace") if codec != "utf-8-sig" else body.decode("utf-8", errors="replace")
            return _finish(text, codec, name, [], body, codec)
    _reject_binary(data, name)
    if b"\x00" in data[:65536]:
        utf16 = _utf16_without_bom(data[:65536])
        if utf16:
            return _finish(data.decode(utf16, errors="replace"), utf16, name, [], data, utf16)
    try:
        return _finish(data.decode("utf-8"), "utf-8", name, [], None, "utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy_or_mixed(data, name)


def _reject_binary(data: bytes, name: str) -> None:
    for magic, what in BINARY_MAGIC:
        if what and data.startswith(magic):
            raise NotText(f"{name} is {what}, not text")
    head = data[:65536]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if not utf16:
            raise NotText(f"{name} is binary (it contains NUL bytes), not text")
        return
    controls = len(CONTROL_BYTES.findall(head))
    if controls > max(8, len(head) // 100):
        raise NotText(f"{name} is binary ({controls} control bytes in its first {len(head)} bytes), not text")


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on one parity, as in BOM-less UTF-16 text."""
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2 or 1
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _family_codec(name: str | None) -> str | None:
    """Fold a detected codec name onto the superset we decode with (GB18030, CP950)."""
    if not name:
        return None
    key = name.lower().replace("-", "_")
    if key in GB_FAMILY:
        return "gb18030"
    if key in BIG5_FAMILY:
        return "cp950"
    return key


def _detect(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    return _family_codec(best.encoding) if best is not None else None


def _decode_legacy_or_mixed(data: bytes, name: str):
    lines = data.split(b"\n")
    utf8_lines = failed = 0
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines += 1
        except UnicodeDecodeError:
            failed += 1
    if utf8_lines and utf8_lines >= failed:
        return _decode_mixed(lines, name)
    codec = _choose_chinese_codec(data[:DETECT_SAMPLE_BYTES])
    text = data.decode(codec, errors="replace")
    return _finish(text, codec.replace("_", "-"), name, [], data, codec)


def _choose_chinese_codec(sample: bytes) -> str:
    """GB18030 or CP950 (Big5): the one that decodes strictly, else the detector's pick."""
    fits = []
    for codec in LEGACY_CODECS:
        try:
            sample.decode(codec)
            fits.append(codec)
        except UnicodeDecodeError as err:
            if err.start >= len(sample) - 4:  # the sample was cut inside a character
                fits.append(codec)
    if len(fits) == 1:
        return fits[0]
    detected = _detect(sample)
    if detected in LEGACY_CODECS:
        return detected
    return fits[0] if fits else LEGACY_CODECS[0]


def _decode_mixed(lines: list[bytes], name: str):
    """Most lines are UTF-8 but some are not: decode line by line with a legacy fallback."""
    bad = [line for line in lines if not line.isascii() and not _is_utf8(line)]
    codec = _choose_chinese_codec(b"\n".join(bad)[:DETECT_SAMPLE_BYTES])
    parts = []
    undecodable = 0
    for line in lines:
        try:
            parts.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded = line.decode(codec, errors="replace")
            undecodable += decoded.count("\ufffd")
            parts.append(decoded)
    text = "\n".join(parts)
    warnings = [f"mixed encodings: {len(bad)} line(s) were not UTF-8 and were decoded as {codec.replace('_', '-')}"]
    return _finish(text, f"utf-8+{codec.replace('_', '-')}", name, warnings, None, None, undecodable)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _finish(text, encoding, name, warnings, raw, codec, undecodable=None):
    if undecodable is None:
        undecodable = 0
        if raw is not None and codec is not None and "\ufffd" in text:
            # Replacement characters that were not literally encoded in the input.
            try:
                literal = raw.count("\ufffd".encode(codec.replace("-sig", "")))
            except (LookupError, UnicodeEncodeError):
                literal = 0
            undecodable = max(0, text.count("\ufffd") - literal)
    if undecodable:
        warnings = list(warnings) + [f"{undecodable} undecodable byte sequence(s) replaced by U+FFFD"]
    if not text.strip(" \t\r\n\f\v\u3000\xa0\ufeff\u200b"):
        raise EmptyInput(f"{name} contains only white space")
    head = text[:65536]
    controls = len(CONTROL_CHARS.findall(head))
    if "\x00" in head or controls > max(8, len(head) // 100):
        raise NotText(f"{name} is binary, not text")
    return text, encoding, undecodable, list(warnings)
