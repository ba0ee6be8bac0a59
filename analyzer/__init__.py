"""analyzer: who said what at Chinese government press conferences, how concretely, and how much of it was stock phrasing.

The pipeline is four plain functions over one data model (see ``analyzer.model``)::

    ingest(path) -> Page -> clean(page) -> Document -> parse(doc) -> Conference -> measure(conf) -> Analysis

``analyse(path)`` runs them all.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["analyse", "__version__"]


def analyse(path, **options):
    """Analyse one document file and return an :class:`analyzer.model.Analysis`."""
    from .pipeline import analyse as _analyse

    return _analyse(path, **options)
