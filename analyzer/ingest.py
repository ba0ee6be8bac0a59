"""Read one input file into a ``Page``: decoded text as is, with its encoding and warnings.

Markup is NOT removed here: cleaning removes it and accounts for every removed character.
Ingest only says what the page is: HTML, or text stored inside a data dump or source code
(``Page.wrapper``, detected by ``wrappers.detect``), which cleaning unwraps first.
"""
from __future__ import annotations

import errno
import os
import re
import stat
from typing import Optional

from . import fsnames, wrappers
from .errors import (AnalyzerError, BadArguments, EmptyInput, IsDirectory, NotFound, NotRegularFile, NotText,
                     TooLarge, Unreadable)
from .clean.endings import as_lf
from .model import Page

MB = 1024 * 1024
MAX_MB = 200  # generous: a scraped page is kilobytes; 200 MB is surely not one
MAX_BYTES = MAX_MB * MB
LIMIT_ENV = "ANALYZER_MAX_MB"
READ_CHUNK = MB  # bounded reads: a file past the limit costs at most the limit in memory
SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
SNIFF_BYTES = 65536  # the prefix that binary and UTF-16 checks look at
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


def _common_hanzi() -> str:
    """The common Chinese characters: GB2312 level 1 and Big5's frequently used block."""
    pairs = [bytes((a, b)) for a in range(0xB0, 0xD8) for b in range(0xA1, 0xFF)]
    big5 = [bytes((a, b)) for a in range(0xA4, 0xC7) for b in (*range(0x40, 0x7F), *range(0xA1, 0xFF))]
    chars = {p.decode("gb2312", "ignore") for p in pairs} | {p.decode("big5", "ignore") for p in big5}
    return "".join(sorted(c for c in chars if len(c) == 1))


# What UTF-16 text decodes to: ASCII, common hanzi, CJK and general punctuation, full-width forms.
UTF16_TEXT_CHAR = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\uff00-\uffef" + re.escape(_common_hanzi()) + "]")
UTF16_EVIDENCE = re.compile("[\n\u3000-\u303f\uff0c\uff1a\uff1b\uff01\uff1f]")
UTF16_TEXT_SHARE = 0.85

# charset-normalizer names, folded onto the widest codec of their family.
GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "hz_gb_2312", "cp936", "euc_cn", "iso2022_cn"}
BIG5_FAMILY = {"big5", "big5hkscs", "cp950"}
# Legacy codecs a Chinese page comes in, widest of each family; the first is the default.
LEGACY_CODECS = ("gb18030", "cp950")


def limit_bytes() -> int:
    """The input limit in bytes: $ANALYZER_MAX_MB (what --max-mb sets, so worker processes see it too),
    else ``MAX_BYTES``."""
    raw = os.environ.get(LIMIT_ENV, "").strip()
    if not raw:
        return MAX_BYTES
    try:
        mb = float(raw)
    except ValueError:
        raise BadArguments(f"${LIMIT_ENV} is {raw!r}; give a number of megabytes") from None
    if not mb > 0 or mb == float("inf"):
        raise BadArguments(f"${LIMIT_ENV} is {raw!r}; give a positive number of megabytes")
    return max(1, int(mb * MB))


def _megabytes(n: int) -> str:
    return f"{n / MB:.4g} MB" if n >= MB // 10 else f"{n:,} bytes"


def _special_kind(mode: int) -> str:
    for test, what in SPECIAL_KINDS:
        if test(mode):
            return what
    return "not a regular file"


def file_problem(path) -> Optional[tuple[type[AnalyzerError], str]]:
    """(error class, what the path is) when it cannot be read as a document, else None.

    Checked with stat before the file is opened, so a FIFO is never opened (it would block) and a
    device such as /dev/zero is never read; a symbolic link is judged by what it points to.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return NotFound, f"a symbolic link to {fsnames.shown(os.readlink(path))}, which does not exist"
        return NotFound, "missing (no such file)"
    except OSError as err:
        if err.errno == errno.ELOOP:
            return NotRegularFile, "a loop of symbolic links, not a regular file"
        return Unreadable, f"not readable ({err.strerror or err})"
    if stat.S_ISDIR(st.st_mode):
        return IsDirectory, "a directory, not a file"
    if not stat.S_ISREG(st.st_mode):
        via = f" (through a symbolic link to {fsnames.shown(os.readlink(path))})" if os.path.islink(path) else ""
        return NotRegularFile, f"{_special_kind(st.st_mode)}{via}, not a regular file"
    return None


def regular_file_problem(path) -> Optional[AnalyzerError]:
    """The error to raise for a path that is not a readable regular file, or None."""
    found = file_problem(path)
    if found is None:
        return None
    cls, what = found
    return cls(f"{fsnames.shown(path)} is {what}")


def read_limited(path, limit: Optional[int] = None) -> bytes:
    """The bytes of a regular file, read in bounded chunks; ``TooLarge`` past ``limit`` bytes.

    The size is checked again while reading: a file can grow, and /proc files report size 0.
    """
    limit = limit_bytes() if limit is None else limit
    problem = regular_file_problem(path)
    if problem is not None:
        raise problem
    shown = fsnames.shown(path)
    too_large = TooLarge(f"{shown} is larger than the input limit of {_megabytes(limit)} "
                         f"(--max-mb or ${LIMIT_ENV} raise it)")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise Unreadable(f"cannot read {shown}: {err.strerror or err}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # replaced between the check and the open
            raise NotRegularFile(f"{shown} is {_special_kind(st.st_mode)}, not a regular file")
        if st.st_size > limit:
            raise too_large
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(READ_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise too_large
        return b"".join(chunks)
    except OSError as err:
        raise Unreadable(f"cannot read {shown}: {err.strerror or err}") from None
    finally:
        os.close(fd)


def read_page(path, limit: Optional[int] = None) -> Page:
    """Read and decode one regular file; raise an ``AnalyzerError`` the user can act on."""
    data = read_limited(path, limit)
    name = os.fspath(path)
    text, encoding, undecodable, warnings = decode_bytes(data, fsnames.shown(name))
    suffix = os.path.splitext(name)[1].lower()
    return text_page(text, name, encoding, suffix in HTML_SUFFIXES, undecodable, tuple(warnings))


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
        wrapper=wrappers.detect(as_lf(text)),
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
    """Decode bytes to text: (text, encoding, undecodable byte count, warnings).

    The charset is detected before the binary check: UTF-16 without a byte-order mark has NUL
    bytes (its ASCII characters), which would otherwise read as binary.
    """
    if not data.strip():
        raise EmptyInput(f"{name} is empty")
    for bom, codec in BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            text = body.decode(codec.replace("-sig", ""), errors="replace") if codec != "utf-8-sig" else body.decode("utf-8", errors="replace")
            return _finish(text, codec, name, [], body, codec)
    utf16 = utf16_without_bom(data[:SNIFF_BYTES])
    if utf16:
        return _finish(data.decode(utf16, errors="replace"), utf16, name, [], data, utf16)
    _reject_binary(data, name)
    try:
        return _finish(data.decode("utf-8"), "utf-8", name, [], None, "utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy_or_mixed(data, name)


def _reject_binary(data: bytes, name: str) -> None:
    for magic, what in BINARY_MAGIC:
        if what and data.startswith(magic):
            raise NotText(f"{name} is {what}, not text")
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        raise NotText(f"{name} is binary (it contains NUL bytes), not text")
    controls = len(CONTROL_BYTES.findall(head))
    if controls > max(8, len(head) // 100):
        raise NotText(f"{name} is binary ({controls} control bytes in its first {len(head)} bytes), not text")


def _utf8_prefix(head: bytes) -> bool:
    """Whether ``head`` is UTF-8, allowing a character cut off at its end."""
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as err:
        return err.start >= len(head) - 3 and err.reason == "unexpected end of data"


def utf16_without_bom(head: bytes) -> Optional[str]:
    """'utf-16-le' or 'utf-16-be' when the bytes read as text in that byte order, else None.

    Tried only on bytes with NULs or that are not UTF-8 (an ASCII page decoded two bytes at a
    time reads as CJK). Text is judged by what it decodes to: ASCII, common Chinese characters
    (GB2312 level 1, Big5 common) and punctuation, with a line break or CJK punctuation; bytes
    of another encoding decode to rare characters, Hangul or private-use code points instead.
    """
    head = head[:len(head) & ~1]
    if len(head) < 4 or (b"\x00" not in head and _utf8_prefix(head)):
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        text = head.decode(codec, errors="replace")
        if UTF16_EVIDENCE.search(text) and len(UTF16_TEXT_CHAR.findall(text)) >= UTF16_TEXT_SHARE * len(text):
            return codec
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
