"""The four stages wired together: ingest -> clean -> parse -> measure.

``analyse`` handles one file; ``analyse_many`` handles a folder, computing the corpus-reuse
evidence for boilerplate (n-grams shared by 30–75% of the documents) when the corpus is large
enough, which needs every document cleaned before any is measured.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Optional

from .clean import clean
from .ingest import read_page
from .model import Analysis, Conference
from .parse import parse


def load(path) -> Conference:
    """Read, clean and parse one file (no metrics)."""
    return parse(clean(read_page(path)))


def _backend(models: Optional[str]):
    from .nlp import load_backend

    return load_backend(models)


def _measure(conf: Conference, backend, reused) -> Analysis:
    from .metrics import measure

    result = backend.analyse([conf.document])[0]
    names = [p.name for p in conf.participants if p.name]
    entities = tuple(result.entities) + tuple(backend.person_entities(conf.document, names)) \
        if hasattr(backend, "person_entities") else tuple(result.entities)
    spans = result.sentences if backend.info.backend == "stanza" else None
    return measure(conf, entities=entities, nlp=backend.info, reused=reused, sentence_spans=spans)


def analyse(path, models: Optional[str] = None, reused: Optional[frozenset[str]] = None) -> Analysis:
    """Analyse one document file."""
    return _measure(load(path), _backend(models), reused)


def analyse_many(paths: Iterable, models: Optional[str] = None):
    """Analyse several files; yields (path, Analysis | None, error | None) in order.

    A file that cannot be read or parsed is yielded with its error, never fatal to the others.
    """
    from . import boilerplate
    from .errors import AnalyzerError

    confs: list[tuple[Any, Optional[Conference], Optional[AnalyzerError]]] = []
    for path in paths:
        try:
            confs.append((path, load(path), None))
        except AnalyzerError as err:
            confs.append((path, None, err))
    reused = boilerplate.reused_ngrams([c.document.simplified for _p, c, _e in confs if c is not None])
    backend = _backend(models)
    for path, conf, error in confs:
        if conf is None:
            yield Path(path), None, error
        else:
            yield Path(path), _measure(conf, backend, reused or None), None
