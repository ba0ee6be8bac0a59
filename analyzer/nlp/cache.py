"""On-disk cache of NLP results, so a second run over the same text never calls the model again.

One JSON file per (text, model identity) pair: the key hashes the text together with the model
files, the stanza version and the chunking settings, so a new model or version misses cleanly.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Optional

from ..model import Entity
from .base import NlpResult

CACHE_ENV = "ANALYZER_CACHE_DIR"
FORMAT_VERSION = 1  # bump when the stored layout changes


def default_cache_dir() -> Path:
    """``$ANALYZER_CACHE_DIR``, else ``$XDG_CACHE_HOME/analyzer/nlp``, else ``~/.cache/analyzer/nlp``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "analyzer" / "nlp"


def file_identity(paths: list[Path]) -> list[str]:
    """Name, size and modification time of each model file: cheap, and changes with the file."""
    out = []
    for path in sorted(paths):
        try:
            st = path.stat()
        except OSError:
            continue
        out.append(f"{path.name}:{st.st_size}:{st.st_mtime_ns}")
    return out


class ResultCache:
    """JSON files under ``directory``; unreadable or unwritable caches are silently skipped."""

    def __init__(self, directory: Optional[Path], identity: str):
        self.directory = Path(directory) if directory is not None else None
        self.identity = identity
        self.hits = 0
        self.misses = 0

    def key(self, text: str) -> str:
        digest = hashlib.sha256()
        digest.update(f"{FORMAT_VERSION}\0{self.identity}\0".encode())
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}.json"

    def get(self, text: str) -> Optional[NlpResult]:
        if self.directory is None:
            return None
        try:
            data = json.loads(self._path(self.key(text)).read_text(encoding="utf-8"))
            result = NlpResult(
                entities=tuple(Entity(s, e, label, source) for s, e, label, source in data["entities"]),
                sentences=tuple((s, e) for s, e in data["sentences"]),
                tokens=tuple((s, e) for s, e in data["tokens"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, text: str, result: NlpResult) -> None:
        if self.directory is None:
            return
        data = {
            "entities": [[e.start, e.end, e.label, e.source] for e in result.entities],
            "sentences": [list(s) for s in result.sentences],
            "tokens": [list(t) for t in result.tokens],
        }
        path = self._path(self.key(text))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename, so an interrupted run never leaves a half-written entry.
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, separators=(",", ":"))
            os.replace(tmp, path)
        except OSError:
            pass
