"""NLP behind one seam: stanza when its Chinese models are installed, regex rules otherwise.

``load_backend()`` picks the backend; both return :class:`NlpResult` per document (entities,
sentences, tokens as offsets into ``Document.text``) and say in ``.info`` which one ran.
Importing this package is cheap: stanza and torch load only when a stanza pipeline runs.
"""
from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any, Optional

from ..errors import ModelsMissing
from .base import (SPECIFIC_LABELS, Backend, NlpResult, SpecificityIndex, normalise_label, specificity,
                   specificity_of_spans)
from .rules import RulesBackend, find_entities, person_entities
from .stanza_backend import LANG, StanzaBackend, installed_models

__all__ = [
    "Backend", "NlpResult", "RulesBackend", "StanzaBackend", "SPECIFIC_LABELS", "load_backend",
    "find_models_dir", "installed_models", "find_entities", "person_entities", "specificity", "SpecificityIndex",
    "specificity_of_spans", "normalise_label", "bench_stanza", "INSTALL_HINT", "NlpFallbackWarning",
]

MODELS_ENV = "STANZA_RESOURCES_DIR"
PROJECT_MODELS_DIR = Path(__file__).resolve().parents[2] / "models"  # where `make models` puts them
INSTALL_HINT = ("install them with `make models` (stanza.download('zh-hans', model_dir='models', "
                "processors='tokenize,ner'), needs internet), then pass --models DIR or set "
                "STANZA_RESOURCES_DIR")


class NlpFallbackWarning(UserWarning):
    """The stanza models are missing, so the rule-based backend runs instead."""


_warned = False  # say it once per process, however many documents are analysed


def find_models_dir(models_dir: Optional[str | Path] = None) -> tuple[Optional[Path], list[Path]]:
    """The first directory with Chinese stanza models, and every directory that was looked at.

    An explicit ``models_dir`` (``--models``) is the only candidate; otherwise
    ``$STANZA_RESOURCES_DIR``, then the project's ``models/`` folder.
    """
    if models_dir:
        candidates = [Path(models_dir)]
    else:
        candidates = [Path(p) for p in (os.environ.get(MODELS_ENV),) if p] + [PROJECT_MODELS_DIR]
    for candidate in candidates:
        if installed_models(candidate):
            return candidate, candidates
    return None, candidates


def load_backend(models_dir: Optional[str | Path] = None, prefer: str = "auto", *,
                 warn: bool = True, **stanza_options: Any) -> Backend:
    """StanzaBackend when zh-hans tokenize+ner models are installed, else RulesBackend.

    ``prefer``: "auto" (stanza if possible), "stanza" (raise ModelsMissing without models) or
    "rules". The fallback is explained once per process (NlpFallbackWarning) and in ``.info.note``.
    """
    global _warned
    if prefer not in ("auto", "stanza", "rules"):
        raise ValueError(f"prefer must be auto, stanza or rules, not {prefer!r}")
    if prefer == "rules":
        return RulesBackend()
    found, looked = find_models_dir(models_dir)
    if found is not None:
        return StanzaBackend(found, **stanza_options)
    if prefer == "stanza":
        where = ", ".join(str(p) for p in looked)
        raise ModelsMissing(f"no stanza {LANG} models (tokenize+ner) in {where}; {INSTALL_HINT}")
    # short, and without the project's absolute path (it ends up in every export): a folder the
    # user named is quoted as given
    where = f" in {models_dir}" if models_dir else ""
    note = f"no stanza {LANG} models{where}; rule-based NLP used (`make models` installs them)"
    if warn and not _warned:
        _warned = True
        warnings.warn(note, NlpFallbackWarning, stacklevel=2)
    return RulesBackend(note=note)


def bench_stanza(texts, **options: Any) -> dict:
    """Characters per second of the stanza path, cold and cached (see ``analyzer.nlp.bench``)."""
    from .bench import bench_stanza as _bench  # noqa: PLC0415

    return _bench(texts, **options)
