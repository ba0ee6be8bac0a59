"""The four stages wired together: ingest -> clean -> parse -> measure.

``analyse`` handles one file; ``analyse_many`` handles a folder, computing the corpus-reuse
evidence for boilerplate (n-grams shared by 30–75% of the documents) when the corpus is large
enough, which needs every document cleaned before any is measured.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Optional

from .clean import clean
from .ingest import read_page
from .model import Analysis, Conference, Document
from .parse import parse


def load(path) -> Conference:
    """Read, clean and parse one file (no NLP, no metrics)."""
    return parse(clean(read_page(path)))


def _backend(models: Optional[str]):
    from .nlp import load_backend

    return load_backend(models)


def _analyse_document(doc: Document, backend, reused) -> Analysis:
    """NLP first, so the parser can use the names it found; then parse and measure."""
    from .metrics import measure

    result = backend.analyse([doc])[0]
    conf = parse(doc, names=person_names(doc, result.entities))
    names = [p.name for p in conf.participants if p.name]
    entities = tuple(result.entities) + tuple(backend.person_entities(doc, names)) \
        if hasattr(backend, "person_entities") else tuple(result.entities)
    stanza = backend.info.backend == "stanza"
    return measure(conf, entities=entities, nlp=backend.info, reused=reused,
                   sentence_spans=result.sentences if stanza else None, tokens=result.tokens or None)


def person_names(doc: Document, entities) -> frozenset[str]:
    """The simplified text of PERSON entities that read as names (2-4 CJK characters)."""
    out = set()
    for e in entities:
        if e.label == "PERSON" and 2 <= e.end - e.start <= 4:
            name = doc.simplified[e.start:e.end]
            if _NAME.fullmatch(name):
                out.add(name)
    return frozenset(out)


_NAME = re.compile("[\u3400-\u9fff]{2,4}")


def analyse(path, models: Optional[str] = None, reused: Optional[frozenset[str]] = None) -> Analysis:
    """Analyse one document file."""
    return _analyse_document(clean(read_page(path)), _backend(models), reused)


def analyse_many(paths: Iterable, models: Optional[str] = None):
    """Analyse several files; yields (path, Analysis | None, error | None) in order.

    A file that cannot be read or cleaned is yielded with its error, never fatal to the others.
    """
    from . import boilerplate
    from .errors import AnalyzerError

    docs: list[tuple[Any, Optional[Document], Optional[AnalyzerError]]] = []
    for path in paths:
        try:
            docs.append((path, clean(read_page(path)), None))
        except AnalyzerError as err:
            docs.append((path, None, err))
    reused = boilerplate.reused_ngrams([d.simplified for _p, d, _e in docs if d is not None])
    backend = _backend(models)
    for path, doc, error in docs:
        if doc is None:
            yield Path(path), None, error
        else:
            yield Path(path), _analyse_document(doc, backend, reused or None), None
