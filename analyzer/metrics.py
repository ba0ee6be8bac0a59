"""measure(Conference) -> Analysis, and the tables derived from an Analysis.

Methods (see ../shared/GUIDE.md and README):
- boilerplate ratio after Lang & Stice-Lawrence (2015): share of characters in sentences judged
  boilerplate (``boilerplate.py``);
- specificity after Hope, Hu & Lu (2016): share of text in named entities and quantities
  (``nlp``: stanza when its models are installed, rules otherwise);
- non-answers after Gow, Larcker & Zakolyukina (2021) (``nonanswer.py``);
- figures density: figures per 1,000 characters and share of sentences with a figure;
- question–answer alignment: share of the question's topic weight the answer covers (``topics.py``).

Tables are pure views of the Analysis: row builders return plain dicts (used by the export,
which must start fast) and the ``*_table`` functions wrap them in pandas DataFrames.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from typing import Iterable, Optional, Sequence

from . import boilerplate, topics
from .figures import find_figures
from .model import Analysis, Conference, Entity, Figure, NlpInfo, QAMeasure, Sentence, TopicHit, Turn
from .nonanswer import find_non_answer
from .sentences import split_sentences


# ------------------------------------------------------------------ measure
def regions(conf: Conference) -> list[tuple[int, int, Optional[Turn]]]:
    """The text cut into turns and the stretches between them (lead paragraphs), labels left out."""
    out: list[tuple[int, int, Optional[Turn]]] = []
    pos = 0
    for t in conf.turns:
        gap_end = t.label.start if t.label and t.label.start >= pos else t.start
        if gap_end > pos:
            out.append((pos, gap_end, None))
        out.append((t.start, t.end, t))
        pos = t.end
    if pos < len(conf.text):
        out.append((pos, len(conf.text), None))
    return out


RULES = NlpInfo()


def measure(conf: Conference, entities: Sequence[Entity] = (), nlp: NlpInfo = RULES,
            reused: Optional[frozenset[str]] = None,
            sentence_spans: Optional[Sequence[tuple[int, int]]] = None,
            tokens: Optional[Sequence[tuple[int, int]]] = None) -> Analysis:
    """Figures, sentences with boilerplate verdicts, topics and Q–A measures of one conference.

    ``sentence_spans`` and ``tokens`` come from an NLP backend that segments (stanza): sentences
    are split where it saw a boundary, and each figure's metric phrase is widened to whole words.
    """
    doc = conf.document
    text, simp = doc.text, doc.simplified
    starts = [t.start for t in conf.turns]

    def turn_at(offset: int) -> Optional[Turn]:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and conf.turns[i].start <= offset < conf.turns[i].end:
            return conf.turns[i]
        return None

    figures: list[Figure] = []
    for f in find_figures(text, simp, 0, len(text), words=tokens):  # tokens make metrics whole words
        t = turn_at(f.start)
        figures.append(replace(f, turn=t.index if t else None, participant=t.participant if t else None))
    fig_spans = [(f.start, f.end) for f in figures]

    spans: list[tuple[int, int]] = []
    for a, b, _t in regions(conf):
        spans.extend(split_sentences(text, a, b))
    if sentence_spans:
        spans = _refine(spans, sentence_spans)
    sentences = []
    for s in boilerplate.judge(simp, spans, fig_spans, reused, text=text):
        t = turn_at(s.start)
        sentences.append(replace(s, turn=t.index if t else None, participant=t.participant if t else None))

    hits = topics.find_topic_hits(simp, 0, len(simp))
    qa = _qa_measures(conf, hits, sentences, figures)
    return Analysis(conference=conf, figures=tuple(figures), sentences=tuple(sentences), topic_hits=tuple(hits),
                    qa=tuple(qa), entities=tuple(entities), nlp=nlp,
                    boilerplate_evidence=boilerplate.evidence_label(reused))


def _qa_measures(conf: Conference, hits: Sequence[TopicHit], sentences: Sequence[Sentence],
                 figures: Sequence[Figure]) -> list[QAMeasure]:
    """Alignment, non-answer, figures and boilerplate of each pair's answers; sentences, figures and
    topic hits are grouped by turn once, so the loop costs the pair's own turns only."""
    text, simp = conf.document.text, conf.document.simplified
    index = topics.HitIndex(hits)
    sents_of: dict[Optional[int], list[Sentence]] = {}
    for s in sentences:
        sents_of.setdefault(s.turn, []).append(s)
    figs_of = Counter(f.turn for f in figures)
    qa: list[QAMeasure] = []
    for pair in conf.qa_pairs:
        q = conf.turns[pair.question_turn] if pair.question_turn is not None else None
        answers = [conf.turns[i] for i in pair.answer_turns]
        q_hits = index.within(q.start, q.end) if q else []
        a_hits = [h for t in answers for h in index.within(t.start, t.end)]
        q_dist = topics.topic_distribution(q_hits)
        a_chars = sum(t.end - t.start for t in answers)
        # no answer, or a short one without topic vocabulary (每部电梯补贴15万元): nothing to judge drift on
        judged = q is not None and answers and (a_hits or a_chars >= topics.MIN_ANSWER_CHARS_WITHOUT_TERMS)
        score = topics.alignment(q_dist, topics.topic_distribution(a_hits)) if judged else None
        non = None
        for t in answers:
            non = find_non_answer(text, simp, t.start, t.end)
            if non:
                break
        a_idx = set(pair.answer_turns)
        a_sent = [s for i in a_idx for s in sents_of.get(i, ())]
        qa.append(QAMeasure(topics=topics.question_topics(q_hits), alignment=score, drift=topics.drifts(score),
                            non_answer=non, answer_chars=a_chars, figures=sum(figs_of[i] for i in a_idx),
                            boilerplate_ratio=boilerplate.ratio(a_sent, a_chars)))
    return qa


def metrics_on_word_boundaries(figures: Sequence[Figure], text: str, tokens: Sequence[tuple[int, int]]
                               ) -> list[Figure]:
    """Widen each figure's metric phrase to whole words: rules may cut it inside a word (气质量 in
    空气质量); the backend's tokens say where the words are. The metric never reaches the figure."""
    token_starts = [a for a, _b in tokens]
    out = []
    for f in figures:
        metric = f.metric
        lo = text.rfind(metric, max(0, f.start - 60), f.start) if metric else -1
        if metric is None or lo < 0:
            out.append(f)
            continue
        hi = lo + len(metric)
        i = bisect.bisect_right(token_starts, lo) - 1
        if i >= 0 and token_starts[i] < lo < tokens[i][1] and not _BREAK.search(text, token_starts[i], lo):
            lo = token_starts[i]
        j = bisect.bisect_right(token_starts, hi - 1) - 1
        if j >= 0 and token_starts[j] < hi < tokens[j][1] <= f.start and not _BREAK.search(text, hi, tokens[j][1]):
            hi = tokens[j][1]
        out.append(replace(f, metric=text[lo:hi]) if text[lo:hi] != metric else f)
    return out


_BREAK = re.compile(r"[\s，,。；;：:、！!？?（）()“”\"]")


def _refine(spans: list[tuple[int, int]], model_spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split punctuation sentences further where the NLP backend saw a boundary inside them."""
    ends = sorted(b for _a, b in model_spans)
    out = []
    for a, b in spans:
        i = bisect.bisect_right(ends, a)
        cut = a
        while i < len(ends) and ends[i] < b:
            if ends[i] - cut >= 4 and b - ends[i] >= 4:
                out.append((cut, ends[i]))
                cut = ends[i]
            i += 1
        out.append((cut, b))
    return out


# ------------------------------------------------------------------ rows (plain dicts)
def _chars(turns: Iterable[Turn]) -> int:
    return sum(t.end - t.start for t in turns)


def talk_seconds(conf: Conference) -> dict[int, float]:
    """Seconds per turn from live-text times: each minute stamp's span shared by its turns by length."""
    timed = [t for t in conf.turns if t.time]
    if len(timed) < 2:
        return {}

    def sec(t: Turn) -> int:
        h, m = t.time.split(":")  # type: ignore[union-attr]
        return int(h) * 3600 + int(m) * 60

    groups: list[list[Turn]] = []
    for t in timed:
        if groups and groups[-1][0].time == t.time:
            groups[-1].append(t)
        else:
            groups.append([t])
    out: dict[int, float] = {}
    rates = []
    for g, nxt in zip(groups, groups[1:]):
        span = max(0, sec(nxt[0]) - sec(g[0]))
        chars = max(1, _chars(g))
        rates.append(chars / span if span else None)
        for t in g:
            out[t.index] = span * (t.end - t.start) / chars
    known = [r for r in rates if r]
    rate = sum(known) / len(known) if known else None
    for t in groups[-1]:
        out[t.index] = (t.end - t.start) / rate if rate else 0.0
    return out


def _by_participant(items: Iterable) -> dict[Optional[str], list]:
    """Turns, figures or sentences grouped by their ``participant``, each group in text order."""
    out: dict[Optional[str], list] = {}
    for x in items:
        out.setdefault(x.participant, []).append(x)
    return out


def speaker_rows(analysis: Analysis, roles: Sequence[str] = ("speaker",)) -> list[dict]:
    """One row per participant of the given roles (default: the officials who present and answer)."""
    from .nlp import SpecificityIndex

    conf = analysis.conference
    all_chars = _chars(conf.turns) or 1
    secs = talk_seconds(conf)
    hits = topics.HitIndex(analysis.topic_hits)
    specific = SpecificityIndex(analysis.entities)
    # grouped once: a long archive page has hundreds of speakers
    turns_of, figs_of, sents_of = (_by_participant(xs) for xs in (conf.turns, analysis.figures, analysis.sentences))
    pairs_of: dict[str, list] = {}
    for pair, qm in zip(conf.qa_pairs, analysis.qa):
        for who in set(pair.answerers):
            pairs_of.setdefault(who, []).append((pair, qm))
    rows = []
    for p in conf.participants:
        if p.role not in roles:
            continue
        turns = turns_of.get(p.id, [])
        chars = _chars(turns)
        figs = figs_of.get(p.id, [])
        sents = sents_of.get(p.id, [])
        by_type = boilerplate.ratio_by_type(sents, chars)
        pairs = pairs_of.get(p.id, [])
        coverage = topics.share_by_topic((t.end - t.start, hits.within(t.start, t.end)) for t in turns)
        spec = (sum(specific.share(t.start, t.end) * (t.end - t.start) for t in turns) / chars
                if chars else 0.0)
        rows.append({
            "participant": p.id, "name": p.name, "title": p.title, "role": p.role,
            "turns": len(turns),
            "statements": sum(t.kind == "statement" for t in turns),
            "answers": sum(t.kind == "answer" for t in turns),
            "chars": chars, "share_of_chars": chars / all_chars,
            "talk_seconds": sum(secs.get(t.index, 0.0) for t in turns) if secs else None,
            "topic_coverage": coverage,
            "figures": len(figs),
            "figures_per_1k_chars": 1000 * len(figs) / chars if chars else 0.0,
            "share_sentences_with_figure": (sum(s.has_figure for s in sents) / len(sents)) if sents else 0.0,
            "boilerplate_ratio": boilerplate.ratio(sents, chars),
            "boilerplate_political": by_type["political"],
            "boilerplate_courtesy": by_type["courtesy"],
            "boilerplate_procedural": by_type["procedural"],
            "specificity": spec,
            "questions_answered": len(pairs),
            "non_answers": sum(1 for _p, qm in pairs if qm.non_answer),
            "non_answer_rate": (sum(1 for _p, qm in pairs if qm.non_answer) / len(pairs)) if pairs else 0.0,
        })
    return rows


def qa_rows(analysis: Analysis) -> list[dict]:
    conf = analysis.conference
    names = {p.id: (p.name or p.title or p.id) for p in conf.participants}
    rows = []
    for n, (pair, qm) in enumerate(zip(conf.qa_pairs, analysis.qa), 1):
        q = conf.turns[pair.question_turn] if pair.question_turn is not None else None
        rows.append({
            "pair": n, "question_turn": pair.question_turn, "answer_turns": list(pair.answer_turns),
            "outlet": pair.outlet, "reporter": pair.reporter,
            "addressee": names.get(pair.addressee) if pair.addressee else None,
            "answerers": [names.get(a, a) for a in pair.answerers], "status": pair.status,
            "primary_topic": qm.topics[0] if qm.topics else None, "topics": list(qm.topics),
            "question_chars": (q.end - q.start) if q else 0, "answer_chars": qm.answer_chars,
            "figures": qm.figures, "boilerplate_ratio": qm.boilerplate_ratio, "alignment": qm.alignment,
            "drift": qm.drift, "non_answer": qm.non_answer.kind if qm.non_answer else None,
            "question_time": q.time if q else None,
        })
    return rows


def figure_rows(analysis: Analysis) -> list[dict]:
    names = {p.id: (p.name or p.title or p.id) for p in analysis.conference.participants}
    return [{"turn": f.turn, "participant": f.participant, "speaker": names.get(f.participant) if f.participant else None,
             "text": f.text, "value": f.value, "unit": f.unit, "kind": f.kind, "direction": f.direction,
             "approximate": f.approximate, "low": f.low, "high": f.high, "metric": f.metric,
             "start": f.start, "end": f.end, "rule": f.rule} for f in analysis.figures]


def sentence_rows(analysis: Analysis) -> list[dict]:
    text = analysis.document.text
    return [{"turn": s.turn, "participant": s.participant, "start": s.start, "end": s.end,
             "chars": s.end - s.start, "boilerplate": s.boilerplate, "reason": s.reason,
             "evidence": s.evidence, "has_figure": s.has_figure, "text": text[s.start:s.end]}
            for s in analysis.sentences]


def boilerplate_summary(analysis: Analysis) -> dict:
    """Ratios per document, per turn kind and per type (shares of characters in boilerplate sentences)."""
    conf = analysis.conference
    total = sum(s.end - s.start for s in analysis.sentences)
    kinds: dict[str, float] = {}
    for kind in sorted({t.kind for t in conf.turns}):
        idx = {t.index for t in conf.turns if t.kind == kind}
        sents = [s for s in analysis.sentences if s.turn in idx]
        kinds[kind] = boilerplate.ratio(sents, sum(s.end - s.start for s in sents))
    return {"ratio": boilerplate.ratio(analysis.sentences, total),
            "by_type": boilerplate.ratio_by_type(analysis.sentences, total), "by_turn_kind": kinds}


def document_row(analysis: Analysis) -> dict:
    """Document-level counts and rates (the overview's row, the report's key numbers).

    Talk share by role is the share of all turn characters spoken by each role.
    """
    conf = analysis.conference
    pairs = list(zip(conf.qa_pairs, analysis.qa))
    answered = [(p, m) for p, m in pairs if p.status != "unanswered"]
    non_answers = sum(1 for _p, m in pairs if m.non_answer)
    chars = len(analysis.document.text)
    all_chars = _chars(conf.turns)
    roles = {p.id: p.role for p in conf.participants}
    by_role: dict[str, int] = {}
    for t in conf.turns:
        role = roles.get(t.participant, "other") if t.participant is not None else "other"
        by_role[role] = by_role.get(role, 0) + (t.end - t.start)
    return {
        "chars": chars, "participants": len(conf.participants),
        "speakers": sum(1 for p in conf.participants if p.role == "speaker"),
        "reporters": sum(1 for p in conf.participants if p.role == "reporter"),
        "turns": len(conf.turns), "questions": sum(1 for p, _m in pairs if p.status != "orphan"),
        "answered": sum(1 for p, _m in pairs if p.status == "answered"),
        "unanswered": sum(1 for p, _m in pairs if p.status == "unanswered"),
        "orphan": sum(1 for p, _m in pairs if p.status == "orphan"),
        "figures": len(analysis.figures),
        "figures_per_1k_chars": 1000 * len(analysis.figures) / chars if chars else 0.0,
        "sentences": len(analysis.sentences),
        "boilerplate_sentences": sum(1 for s in analysis.sentences if s.boilerplate),
        "non_answers": non_answers, "non_answer_rate": non_answers / len(answered) if answered else 0.0,
        "drifting_answers": sum(1 for _p, m in pairs if m.drift),
        "mean_answer_chars": sum(m.answer_chars for _p, m in answered) / len(answered) if answered else 0.0,
        "talk_by_role": {role: n / all_chars for role, n in by_role.items()} if all_chars else {},
    }


def document_topics(analysis: Analysis) -> dict[str, float]:
    return topics.topic_distribution(analysis.topic_hits)


# ------------------------------------------------------------------ DataFrames
def _frame(rows: list[dict], columns: Sequence[str]):
    import pandas as pd

    return pd.DataFrame(rows, columns=list(columns))


SPEAKER_COLUMNS = ("participant", "name", "title", "role", "turns", "statements", "answers", "chars",
                   "share_of_chars", "talk_seconds", "topic_coverage", "figures", "figures_per_1k_chars",
                   "share_sentences_with_figure", "boilerplate_ratio", "boilerplate_political",
                   "boilerplate_courtesy", "boilerplate_procedural", "specificity", "questions_answered",
                   "non_answers", "non_answer_rate")
QA_COLUMNS = ("pair", "question_turn", "answer_turns", "outlet", "reporter", "addressee", "answerers", "status",
              "primary_topic", "topics", "question_chars", "answer_chars", "figures", "boilerplate_ratio",
              "alignment", "drift", "non_answer", "question_time")
FIGURE_COLUMNS = ("turn", "participant", "speaker", "text", "value", "unit", "kind", "direction", "approximate",
                  "low", "high", "metric", "start", "end", "rule")
SENTENCE_COLUMNS = ("turn", "participant", "start", "end", "chars", "boilerplate", "reason", "evidence",
                    "has_figure", "text")


def speakers_table(analysis: Analysis, roles: Sequence[str] = ("speaker",)):
    """Per speaker: turns, characters, share of talk, talk time, topic coverage, figures and density,
    boilerplate ratio (and by type), specificity, non-answer rate. Columns: ``SPEAKER_COLUMNS``."""
    return _frame(speaker_rows(analysis, roles), SPEAKER_COLUMNS)


def qa_table(analysis: Analysis):
    """Per Q–A pair: outlet, addressee, answerers, topics, lengths, figures, boilerplate, alignment, non-answer."""
    return _frame(qa_rows(analysis), QA_COLUMNS)


def figures_table(analysis: Analysis):
    """Per figure: value, unit, kind, direction, approximation, metric, who, offsets and rule."""
    return _frame(figure_rows(analysis), FIGURE_COLUMNS)


def sentences_table(analysis: Analysis):
    """Per sentence: offsets, turn, boilerplate verdict with type, reason and evidence, figure flag."""
    return _frame(sentence_rows(analysis), SENTENCE_COLUMNS)
