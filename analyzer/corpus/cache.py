"""The content cache: what a document yields, keyed by everything that produced it.

A document's key hashes its input bytes and path, the analyser's own code and data files (so an edited
rule or word list misses cleanly, whatever the version number says), the versions of the libraries
whose tables or models shape a result (a new gazetteer or conversion table misses too) and the NLP
backend; an
analysis adds the corpus evidence it was measured with. Entries are folders written under a
temporary name and renamed into place, so an interrupted run never leaves half an entry.

    ~/.cache/analyzer/archive/   ($ANALYZER_CACHE_DIR/archive, or $XDG_CACHE_HOME/analyzer/archive)
        prepared/ab/<document key>/    n-grams of the cleaned text, or the error it raised
        analyses/cd/<analysis key>/    export.json, report.pdf, terminal-*.txt, tables/*.parquet, summary.json
        evidence/<corpus key>.txt      the corpus n-grams shared by 30-75% of a set of documents
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Optional

CACHE_ENV = "ANALYZER_CACHE_DIR"
LAYOUT = "1"  # bump when the stored layout changes
_CODE_SUFFIXES = (".py", ".toml", ".json")
# Libraries whose data or behaviour is part of a result: conversion tables (opencc), numerals (cn2an),
# encodings, word cuts (jieba), the gazetteer (cpca), phrase automata, models, and the PDF's drawing.
SHAPING_LIBRARIES = ("opencc", "cn2an", "charset-normalizer", "jieba", "cpca", "ahocorasick-rs", "stanza",
                     "matplotlib", "fonttools", "paperang-p2-fonts-cjk")


def default_root() -> Path:
    """``$ANALYZER_CACHE_DIR/archive``, else ``$XDG_CACHE_HOME/analyzer/archive``, else ``~/.cache/analyzer/archive``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]) / "archive"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "analyzer" / "archive"


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Hash of the package version, of every code and data file of the installed package and of the
    versions of the libraries that shape a result."""
    import analyzer

    root = Path(analyzer.__file__).resolve().parent
    h = hashlib.sha256(f"{analyzer.__version__}|{LAYOUT}|{library_versions()}".encode())
    for path in sorted(p for p in root.rglob("*") if p.suffix in _CODE_SUFFIXES and "__pycache__" not in p.parts):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def library_versions() -> str:
    """``name==version`` of each shaping library, ``name==absent`` where it is not installed."""
    from importlib import metadata

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "absent"

    return ",".join(f"{name}=={version(name)}" for name in SHAPING_LIBRARIES)


def digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()


def document_key(data: bytes, source: str, backend: str) -> str:
    """The key of one input: its bytes and the path it is read from (the outputs name it), the
    analyser's code and data, and the NLP backend."""
    return digest(code_digest(), backend, source, hashlib.sha256(data).digest())


class Cache:
    """Folders of files under ``root`` (None: a cache that never hits and stores nothing)."""

    def __init__(self, root: Optional[Path]):
        self.root = Path(root) if root is not None else None

    def entry(self, kind: str, key: str) -> Optional[Path]:
        """Where an entry lives (whether or not it exists); None without a cache."""
        return None if self.root is None else self.root / kind / key[:2] / key

    def get(self, kind: str, key: str) -> Optional[Path]:
        """The entry's folder when it is complete, else None."""
        path = self.entry(kind, key)
        return path if path is not None and (path / ".complete").exists() else None

    def put(self, kind: str, key: str, files: dict[str, bytes]) -> Optional[Path]:
        """Store ``files`` (relative name -> bytes) as one entry, atomically; returns its folder.

        A complete entry that already exists is extended with the files it lacks (a PDF drawn
        later for an analysis cached without one); a failure to write only loses the cache.
        """
        path = self.entry(kind, key)
        if path is None:
            return None
        try:
            if (path / ".complete").exists():
                for name, data in files.items():
                    if not (path / name).exists():
                        _write_atomic(path / name, data)
                return path
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f".{key[:12]}.", dir=path.parent))
            for name, data in files.items():
                (tmp / name).parent.mkdir(parents=True, exist_ok=True)
                (tmp / name).write_bytes(data)
            (tmp / ".complete").write_bytes(b"")
            try:
                os.replace(tmp, path)
            except OSError:  # another process stored it first: theirs is as good
                shutil.rmtree(tmp, ignore_errors=True)
        except OSError:
            return None
        return path if (path / ".complete").exists() else None

    def text(self, name: str) -> Optional[str]:
        """A small named file at the top of the cache (corpus evidence), or None."""
        if self.root is None:
            return None
        try:
            return (self.root / name).read_text(encoding="utf-8")
        except OSError:
            return None

    def put_text(self, name: str, text: str) -> None:
        if self.root is not None:
            try:
                _write_atomic(self.root / name, text.encode("utf-8"))
            except OSError:
                pass


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)
