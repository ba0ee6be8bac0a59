"""What every NLP backend returns, and the specificity measure built on it.

Kept free of heavy imports so the rule-based path and the measures never load stanza or torch.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable, Protocol, Sequence, runtime_checkable

from ..model import Document, Entity, NlpInfo
from ..spans import merge

# Labels that count as specific content (after Hope, Hu & Lu 2016): people, places, bodies,
# dates and times, money, percentages and other quantities. OntoNotes names, as stanza emits.
SPECIFIC_LABELS = frozenset({
    "PERSON", "GPE", "LOC", "ORG", "FAC", "DATE", "TIME",
    "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
})

# Other tag sets mapped onto OntoNotes names so one label vocabulary flows downstream.
LABEL_ALIASES = {
    "PER": "PERSON", "PERS": "PERSON", "LOCATION": "LOC", "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG", "NR": "PERSON", "NS": "GPE", "NT": "ORG",
}


def normalise_label(label: str) -> str:
    """OntoNotes spelling of a label, whatever tag set the model was trained with."""
    label = label.upper()
    return LABEL_ALIASES.get(label, label)


@dataclass(frozen=True)
class NlpResult:
    """Entities, sentences and tokens of one document, all as offsets into ``Document.text``."""

    entities: tuple[Entity, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    tokens: tuple[tuple[int, int], ...] = ()  # empty when the backend does not segment words


@runtime_checkable
class Backend(Protocol):
    """The one seam between the analysis and any NLP engine."""

    @property
    def info(self) -> NlpInfo: ...

    def analyse(self, documents: Sequence[Document]) -> list[NlpResult]: ...


def _merged_spans(entities: Iterable[Entity], labels: frozenset[str]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans of the entities with the given labels."""
    return merge((e.start, e.end) for e in entities if e.label in labels and e.end > e.start)


def _covered(merged: list[tuple[int, int]], starts: list[int], start: int, end: int) -> int:
    """Characters of [start, end) inside the merged spans."""
    covered = 0
    i = max(bisect_left(starts, start) - 1, 0)
    while i < len(merged) and merged[i][0] < end:
        a, b = merged[i]
        covered += max(0, min(b, end) - max(a, start))
        i += 1
    return covered


class SpecificityIndex:
    """The specific entities of one document merged once, so each turn's specificity is two bisections
    away (merging per turn made a speaker table quadratic in the document's length)."""

    def __init__(self, entities: Iterable[Entity], labels: frozenset[str] = SPECIFIC_LABELS):
        self.merged = _merged_spans(entities, labels)
        self.starts = [a for a, _ in self.merged]

    def covered(self, start: int, end: int) -> int:
        return _covered(self.merged, self.starts, start, end)

    def share(self, start: int, end: int) -> float:
        """Share of the characters in [start, end) inside specific entities."""
        return self.of_spans(((start, end),))

    def of_spans(self, spans: Iterable[tuple[int, int]]) -> float:
        total = covered = 0
        for start, end in spans:
            if end <= start:
                continue
            total += end - start
            covered += self.covered(start, end)
        return covered / total if total else 0.0


def specificity(entities: Iterable[Entity], start: int, end: int,
                labels: frozenset[str] = SPECIFIC_LABELS) -> float:
    """Share of the characters in [start, end) inside specific entities (Hope, Hu & Lu 2016).

    Overlapping entities are merged first, so no character counts twice.
    """
    return SpecificityIndex(entities, labels).share(start, end)


def specificity_of_spans(entities: Iterable[Entity], spans: Iterable[tuple[int, int]],
                         labels: frozenset[str] = SPECIFIC_LABELS) -> float:
    """Specificity over several stretches at once, e.g. all turns of one speaker."""
    return SpecificityIndex(entities, labels).of_spans(spans)
