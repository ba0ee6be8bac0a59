"""Which files a folder run reads, and the reason for every one it passes over.

Files named directly are always tried (reading them says what is wrong). Under a named folder,
documents (.txt and HTML suffixes) that are regular files are read; hidden files and folders,
other suffixes, special files (FIFOs, devices, sockets), dangling links, link loops and links to
folders (not followed, so no folder is read twice and no loop is walked) are passed over, each
named with its reason.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable, NamedTuple

from .errors import NotFound
from .fsnames import shown
from .ingest import HTML_SUFFIXES, file_problem

DOCUMENT_SUFFIXES = (".txt",) + HTML_SUFFIXES


class Scan(NamedTuple):
    files: list[Path]  # the documents to read, in order, each once
    passed_over: list[tuple[Path, str]]  # (path, reason) for everything else found under a folder


def _entry_reason(path: Path) -> str | None:
    """Why a file found under a folder is not read, or None to read it."""
    if path.name.startswith("."):
        return "hidden (its name starts with a dot)"
    if path.is_symlink() and path.is_dir():
        return "a symbolic link to a folder (not followed)"
    problem = file_problem(path)
    if problem is not None:
        return problem[1]
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        return f"not a document (only {', '.join(DOCUMENT_SUFFIXES)} are read)"
    return None


def _walk(folder: Path, files: list[Path], passed: list[tuple[Path, str]]) -> None:
    def unreadable(err: OSError) -> None:
        passed.append((Path(err.filename or folder), f"folder not readable: {err.strerror or err}"))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        base = Path(root)
        for d in sorted(dirs):
            if d.startswith("."):
                passed.append((base / d, "hidden folder (not searched)"))
            elif os.path.islink(base / d):
                passed.append((base / d, "a symbolic link to a folder (not followed)"))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not os.path.islink(base / d))
        for name in sorted(names):
            path = base / name
            reason = _entry_reason(path)
            if reason is None:
                files.append(path)
            else:
                passed.append((path, reason))


def scan(paths: Iterable) -> Scan:
    """The documents under ``paths`` (files named directly, and documents found in folders)."""
    files: list[Path] = []
    passed: list[tuple[Path, str]] = []
    for raw in paths:
        p = Path(os.fsdecode(raw) if isinstance(raw, bytes) else raw)
        try:
            mode = os.stat(p).st_mode
        except OSError:
            mode = None
        if mode is not None and stat.S_ISDIR(mode):
            _walk(p, files, passed)
        elif mode is not None or os.path.lexists(p):
            files.append(p)  # named directly: tried, so its error (a FIFO, a link loop) is reported
        else:
            raise NotFound(f"no such file or folder: {shown(p)}")
    return Scan(list(dict.fromkeys(files)), passed)


def find_documents(paths: Iterable) -> list[Path]:
    """Files named directly, and documents found under named folders (see ``scan``)."""
    return scan(paths).files
