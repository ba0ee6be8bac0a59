"""The output folder of a report: checked before any analysis, locked for one run at a time, and
cleared of the temporary files a killed run left behind.

Every problem is a coded one-line error (E030–E033): a path that is a file or lies below one, a
folder that cannot be created or written, a folder another run is writing into, a compare
``--out`` that names a folder.
"""
from __future__ import annotations

import errno
import fcntl
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, NamedTuple, Optional

from ..errors import OutputBusy, OutputIsFolder, OutputNotFolder, OutputNotWritable
from ..fsnames import shown

LOCK_NAME = ".analyzer.lock"
# What files.atomic_path leaves when its process is killed: ".<name>.<8 random characters>.tmp".
STALE_TEMPORARY = re.compile(r"\A\..+\.[a-z0-9_]{8}\.tmp\Z")


class Claim(NamedTuple):
    folder: Path
    stale_removed: list[str]  # temporary files of an interrupted run, removed


def _existing_ancestor(path: Path) -> Path:
    """The nearest of ``path`` and its parents that exists (following links)."""
    current = path.absolute()
    while not os.path.exists(current) and current != current.parent:
        current = current.parent
    return current


def _probe(folder: Path) -> None:
    """Create and remove a file in ``folder``: the one test of writability that root, ACLs,
    read-only mounts and /proc all answer truthfully."""
    try:
        fd, name = tempfile.mkstemp(prefix=".analyzer-probe.", suffix=".tmp", dir=folder)
        os.close(fd)
        os.unlink(name)
    except OSError as err:
        raise OutputNotWritable(f"cannot write into {shown(folder)}: {err.strerror or err}") from None


def _creatable(path: Path, what: str) -> Path:
    """The nearest existing ancestor of ``path`` once it is known to be a writable folder."""
    base = _existing_ancestor(path)
    if not base.is_dir():
        where = "is a file" if base == path.absolute() else f"lies below {shown(base)}, which is a file"
        raise OutputNotFolder(f"{what} {shown(path)} {where}, not a folder")
    _probe(base)
    return base


def prepare_folder(out) -> Path:
    """Create the output folder if needed and make sure files can be written there."""
    folder = Path(out)
    if os.path.exists(folder) and not folder.is_dir():
        raise OutputNotFolder(f"the output folder {shown(folder)} is a file, not a folder")
    if not folder.is_dir():
        _creatable(folder, "the output folder")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            cls = OutputNotFolder if err.errno == errno.ENOTDIR else OutputNotWritable
            raise cls(f"cannot create the output folder {shown(folder)}: {err.strerror or err}") from None
    _probe(folder)
    return folder


def check_file_target(path) -> None:
    """A PDF will be written at ``path`` (compare --out): not a folder, in a folder we can write."""
    target = Path(path)
    if target.is_dir():
        raise OutputIsFolder(f"--out {shown(target)} is a folder; name the PDF file to write, "
                             f"such as {shown(target / 'compare.pdf')}")
    if os.path.exists(target) and not target.is_file():
        raise OutputIsFolder(f"--out {shown(target)} is a special file (a device or a FIFO); name a PDF file")
    _creatable(target.parent, "the output file's folder")


def remove_stale_temporaries(folder: Path) -> list[str]:
    """Remove the temporary files that runs killed mid-write left in ``folder`` (call with the lock held)."""
    removed = []
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if STALE_TEMPORARY.match(entry.name) and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
                removed.append(entry.name)
            except FileNotFoundError:
                pass
    return removed


def _holder(fd: int) -> Optional[str]:
    try:
        return os.pread(fd, 32, 0).decode("ascii", "replace").strip() or None
    except OSError:
        return None


def _lock(folder: Path) -> int:
    """Open and lock the folder's lock file; fail clearly while another run holds it.

    flock locks die with their process, so a killed run never leaves the folder locked.
    """
    path = folder / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as err:
        raise OutputNotWritable(f"cannot create the lock file {shown(path)}: {err.strerror or err}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = _holder(fd)
        os.close(fd)
        raise OutputBusy(f"another report{f' (process {holder})' if holder else ''} is writing into "
                         f"{shown(folder)}; wait for it to finish or choose another --out") from None
    except OSError:
        return fd  # a file system without locks: run unlocked rather than not at all
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    except OSError:
        pass  # the pid only makes the message of a second run clearer
    return fd


@contextmanager
def claimed(out) -> Iterator[Claim]:
    """The output folder, checked, created, locked for this run and cleared of stale temporaries."""
    folder = prepare_folder(out)
    fd = _lock(folder)
    try:
        yield Claim(folder, remove_stale_temporaries(folder))
    finally:
        os.close(fd)
