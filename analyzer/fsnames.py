"""File names of any bytes, as text that can be printed and stored.

Linux allows any bytes in a name; an archive unpacked from a GBK system gives names that are
not UTF-8. Python carries such a name as a ``str`` with surrogate escapes (``os.fsdecode``),
which opens the file but cannot be printed or written as UTF-8. Messages and JSON show the name
with its undecodable bytes as ``\\xNN``; ``name_bytes`` keeps the original bytes (hex) so the
name stays recoverable.
"""
from __future__ import annotations

import os
from typing import Optional, Union

Name = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]


def raw(name: Name) -> bytes:
    """The name's bytes as the file system holds them."""
    try:
        return os.fsencode(name)
    except UnicodeEncodeError:  # a lone surrogate that no file system decoding produced
        return os.fspath(name).encode("utf-8", "backslashreplace")  # type: ignore[union-attr]


def shown(name: Name) -> str:
    """The name as valid text: bytes that are not UTF-8 appear as ``\\xNN``."""
    return raw(name).decode("utf-8", "backslashreplace")


def name_bytes(name: Name) -> Optional[str]:
    """Hex of the name's bytes when ``shown`` cannot carry them exactly (not UTF-8), else None."""
    data = raw(name)
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        return data.hex()
