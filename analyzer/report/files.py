"""Output file helpers: atomic writes (no half-written report after a crash) and safe file names.

A write that fails (disk full, the folder gone or read-only) raises ``WriteFailed``; files get
the permissions the umask gives (an existing file keeps its own).
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import tempfile
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

from ..errors import WriteFailed
from ..fsnames import shown

MAX_SLUG = 60
_UNSAFE_RE = re.compile(r"[^a-z0-9]+")
_RESERVED = frozenset({"con", "prn", "aux", "nul", "overview", "speakers", "qa_pairs", "figures", "sentences"}
                      | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)})


@contextmanager
def atomic_path(path: Union[str, Path]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; it replaces ``path`` only if the block completes.

    The temporary file lives in the same folder so ``os.replace`` is an atomic rename; on any
    exception (or interruption) it is removed and a previous ``path`` stays as it was.
    """
    target = Path(path)
    _refuse_special(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as err:
        raise WriteFailed(f"cannot write {shown(target)}: {err.strerror or err}") from None
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise WriteFailed(f"cannot write {shown(target)}: {err.strerror or err}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _refuse_special(target: Path) -> None:
    """Never rename a file over a folder, a device or a FIFO (as root, over /dev/null)."""
    try:
        mode = os.lstat(target).st_mode
    except OSError:
        return
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise WriteFailed(f"{shown(target)} exists and is not a regular file; it is left as it is")


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (mkstemp makes 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: Union[str, Path], data: Union[str, bytes, Callable[[Path], None]],
                 encoding: str = "utf-8") -> Path:
    """Write text, bytes, or whatever ``data(tmp_path)`` writes, to ``path`` atomically."""
    with atomic_path(path) as tmp:
        if callable(data):
            data(tmp)
        elif isinstance(data, bytes):
            tmp.write_bytes(data)
        else:
            tmp.write_text(data, encoding=encoding)
    return Path(path)


def copy_if_changed(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` atomically, unless ``target`` is already that file's copy
    (same size and modification time: a report rerun on unchanged documents copies nothing)."""
    src = source.stat()
    try:
        dst = target.stat()
        if dst.st_size == src.st_size and dst.st_mtime_ns == src.st_mtime_ns:
            return target
    except FileNotFoundError:
        pass
    with atomic_path(target) as tmp:
        shutil.copyfile(source, tmp)
        os.utime(tmp, ns=(src.st_atime_ns, src.st_mtime_ns))
    return target


def slugify(stem: str, taken: Optional[set[str]] = None, max_len: int = MAX_SLUG) -> str:
    """An ASCII file-name stem from any title or file stem, unique among ``taken`` (which it updates).

    Non-ASCII letters are transliterated where Unicode allows (é -> e) and dropped otherwise; a
    stem with nothing left (all Chinese) becomes ``doc-<hash>`` so different stems stay different.
    """
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE_RE.sub("-", ascii_text.lower()).strip("-")[:max_len].strip("-")
    if not slug or slug in _RESERVED:
        digest = hashlib.sha1(stem.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        slug = f"{slug}-{digest}" if slug else f"doc-{digest}"
    if taken is not None:
        base, n = slug, 2
        while slug in taken:
            suffix = f"-{n}"
            slug = base[:max_len - len(suffix)] + suffix
            n += 1
        taken.add(slug)
    return slug
