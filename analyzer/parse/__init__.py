"""parse(Document) -> Conference: who took part, in which role, who said what, which answer meets which question.

The parser is general by construction: labels come from layout mechanisms (``labels.py``),
people from introductions, lead paragraphs and labels (title + name + honorific), short forms
from surname + title word (``names.py``, ``roster.py``); turns, kinds and pairs in ``turns.py``;
news stories in ``prose.py``; headline, date and place in ``header.py``. Nothing here knows a
city, a person or a file.
"""
from __future__ import annotations

import re

from ..model import Conference, Document
from . import header
from .labels import Label, find_labels
from .names import compact, introduced_names
from .prose import prose
from .roster import declarations
from .turns import transcript

def parse(doc: Document, names: frozenset[str] = frozenset()) -> Conference:
    """Split a cleaned document into participants, turns and question–answer pairs.

    ``names``: person names an NLP backend found (simplified); with the names the page introduces
    itself, they let a bare label with a rare surname read as a person.
    """
    s = doc.simplified
    known = introduced_names(s) | names
    declared = declarations(doc, known)
    labels = [lab for lab in find_labels(s, known) if not any(d.start <= lab.start < d.end for d in declared)]
    labels = _drop_stray_labels(labels, doc)
    title = header.title(doc)
    date = header.date(doc, labels)
    place = header.place(doc, title, labels)
    if len(labels) >= 2 and _is_dialogue(labels):
        return transcript(doc, labels, title, date, place, declared)
    return prose(doc, title, date, place)


def _drop_stray_labels(labels: list[Label], doc: Document) -> list[Label]:
    """An inline bare name used once ("原标题:…") is prose unless the text names that person elsewhere."""
    s = doc.simplified
    out = []
    for lab in labels:
        if lab.kind == "person" and lab.title_span is None and lab.layout == "inline labels" and lab.name_span:
            name = compact(s[lab.name_span[0]:lab.name_span[1]])
            same = sum(1 for x in labels if x.name_span and compact(s[x.name_span[0]:x.name_span[1]]) == name)
            # the name elsewhere in the text, padded with spaces or not
            if same < 2 and len(re.findall(r"[ \t\u3000]*".join(map(re.escape, name)), s)) < 2:
                continue
        out.append(lab)
    return out


def _is_dialogue(labels: list[Label]) -> bool:
    kinds = {lab.kind for lab in labels}
    people = {lab.text for lab in labels}
    has_qa = bool(kinds & {"reporter", "question", "answer", "moderator"}) or any(lab.moderator_mark for lab in labels)
    return len(people) >= 2 and (has_qa or len(labels) >= 4)

