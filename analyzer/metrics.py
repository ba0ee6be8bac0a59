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
import itertools
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from . import boilerplate, topics
from .figures import find_figures
from .fsnames import shown
from .model import Analysis, Conference, Entity, Figure, NlpInfo, Participant, QAMeasure, QAPair, Sentence, TopicHit, Turn
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


def turn_lookup(conf: Conference) -> Callable[[int], Optional[Turn]]:
    """The one offset -> turn lookup (None between turns: lead paragraphs, labels, the headline)."""
    starts = [t.start for t in conf.turns]

    def turn_at(offset: int) -> Optional[Turn]:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and conf.turns[i].start <= offset < conf.turns[i].end:
            return conf.turns[i]
        return None

    return turn_at


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
    turn_at = turn_lookup(conf)

    def owner(offset: int) -> tuple[Optional[int], Optional[str]]:
        t = turn_at(offset)
        return (t.index, t.participant) if t else (None, None)

    figures = find_figures(text, simp, 0, len(text), words=tokens, owner=owner)  # tokens: metrics of whole words
    fig_spans = [(f.start, f.end) for f in figures]

    spans: list[tuple[int, int]] = []
    for a, b, _t in regions(conf):
        spans.extend(split_sentences(text, a, b))
    if sentence_spans:
        spans = _refine(spans, sentence_spans)
    sentences = _headline_is_no_phrasing(conf, boilerplate.judge(simp, spans, fig_spans, reused, text=text, owner=owner))
    sentences = _questions_ask(conf, sentences)

    hits = _outside_labels(conf, topics.find_topic_hits(simp, 0, len(simp)))
    qa = _qa_measures(conf, hits, sentences, figures)
    return Analysis(conference=conf, figures=tuple(figures), sentences=tuple(sentences), topic_hits=tuple(hits),
                    qa=tuple(qa), entities=tuple(entities), nlp=nlp,
                    boilerplate_evidence=boilerplate.evidence_label(reused))


def _outside_labels(conf: Conference, hits: list[TopicHit]) -> list[TopicHit]:
    """Topic hits outside the speakers' labels: a label names who speaks, not a subject (长江日报记者 asks
    nothing about the Yangtze). One bisection per hit over the labels, which stand in text order."""
    labels = sorted((t.label.start, t.label.end) for t in conf.turns if t.label is not None)
    if not labels:
        return hits
    starts = [a for a, _b in labels]
    out = []
    for h in hits:
        i = bisect.bisect_right(starts, h.start) - 1
        if i < 0 or h.start >= labels[i][1]:
            out.append(h)
    return out


HEADLINE_REACH = 3000  # characters: where the page prints its headline


def _headline_is_no_phrasing(conf: Conference, sentences: list[Sentence]) -> list[Sentence]:
    """The headline names the event ("市政府新闻办召开…新闻发布会"): no one says it, so it is no stock
    phrasing, whatever phrase it holds."""
    text = conf.text
    at = text.find(conf.title, 0, HEADLINE_REACH) if conf.title else -1
    if at < 0:
        return sentences
    line_start = text.rfind("\n", 0, at) + 1  # (the headline's line, with its tag: 【图集】…)
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    return [replace(s, boilerplate=None, reason=None, evidence="")
            if s.boilerplate and s.turn is None and line_start <= s.start and s.end <= line_end else s for s in sentences]


ASKS = ("？", "?")


def _questions_ask(conf: Conference, sentences: list[Sentence]) -> list[Sentence]:
    """A question's sentence that asks ("请问杭局长，能否介绍一下宁川港三期扩建的有关情况？") names what it wants to
    know: the hand-over words it shares with a host's procedure do not make it procedural."""
    questions = {t.index for t in conf.turns if t.kind == "question"}
    if not questions:
        return sentences
    text = conf.text
    return [replace(s, boilerplate=None, reason=None, evidence="")
            if s.boilerplate == "procedural" and s.turn in questions and text[s.start:s.end].rstrip().endswith(ASKS)
            else s for s in sentences]


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
    forms = topics.short_forms(simp)
    qa: list[QAMeasure] = []
    for pair in conf.qa_pairs:
        q = conf.turns[pair.question_turn] if pair.question_turn is not None else None
        answers = [conf.turns[i] for i in pair.answer_turns]
        q_hits = index.within(q.start, q.end) if q else []
        via: tuple[tuple[str, int, int], ...] = ()
        if q is not None and forms:  # "《规定》出台的背景是什么？": the terms of the text it names
            asked = simp[q.start:q.end]
            via = tuple(f for f in forms if f[0] in asked and not q.start <= f[1] < q.end)
            q_hits += [h for _short, a, b in via for h in index.within(a, b)]
        a_hits = [h for t in answers for h in index.within(t.start, t.end)]
        q_dist, a_dist = topics.topic_distribution(q_hits), topics.topic_distribution(a_hits)
        a_chars = sum(t.end - t.start for t in answers)
        # no answer, or a short one without topic vocabulary (每部电梯补贴15万元): nothing to judge drift on
        judged = q is not None and answers and (a_hits or a_chars >= topics.MIN_ANSWER_CHARS_WITHOUT_TERMS)
        score = topics.alignment(q_dist, a_dist) if judged else None
        non = None
        for t in answers:
            non = find_non_answer(text, simp, t.start, t.end)
            if non:
                break
        a_idx = set(pair.answer_turns)
        a_sent = [s for i in a_idx for s in sents_of.get(i, ())]
        asked_about = topics.main_topics(q_dist)
        from_answer = q is not None and not asked_about and bool(a_hits)
        if from_answer:  # "下一步有什么打算？" names no subject: it asks about what the official then speaks of
            asked_about = topics.main_topics(a_dist, topics.MIN_ANSWER_TOPIC_SHARE)
        qa.append(QAMeasure(topics=asked_about, topics_via=via, topics_from_answer=from_answer, alignment=score,
                            drift=topics.drifts(score), non_answer=non, answer_chars=a_chars,
                            figures=sum(figs_of[i] for i in a_idx), boilerplate_ratio=boilerplate.ratio(a_sent, a_chars)))
    return qa


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
# Every report (terminal, PDF, comparison, CSV/Parquet tables) reads these rows; the renderers only
# format them. People appear by name (``display_name``), never by participant id, except in the
# ``participant`` key column of the speakers table.
ANSWER_EXCERPT_CHARS = 160  # an answer excerpt ends at the last sentence end within this many characters
UNNAMED = {"reporter": ("记者", "記者"), "moderator": ("主持人", "主持人"), "speaker": ("发言人", "發言人"),
           "other": ("其他", "其他")}


def _chars(turns: Iterable[Turn]) -> int:
    return sum(t.end - t.start for t in turns)


def display_name(p: Participant, script: str = "simplified") -> str:
    """How a person appears in every output: name, else title, else outlet, else the role's word
    (记者 for an anonymous reporter) in the document's script."""
    if p.name:
        return p.name
    if p.title:
        return p.title
    if p.organisation:
        return p.organisation
    simplified, traditional = UNNAMED.get(p.role, UNNAMED["other"])
    return traditional if script == "traditional" else simplified


def names(analysis: Analysis) -> dict[str, str]:
    """Participant id -> display name."""
    script = analysis.document.script
    return {p.id: display_name(p, script) for p in analysis.conference.participants}


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


def _non_answer_by(conf: Conference, pair: QAPair, qm: QAMeasure) -> Optional[str]:
    """Who said a pair's non-answer: the answerer whose turn holds its cue, not each official who answered
    (一 declines, another adds figures)."""
    na = qm.non_answer
    if na is None:
        return None
    return next((conf.turns[i].participant for i in pair.answer_turns
                 if conf.turns[i].start <= na.start < conf.turns[i].end), None)


def speaker_rows(analysis: Analysis, roles: Sequence[str] = ("speaker",)) -> list[dict]:
    """One row per participant of the given roles (default: the officials who present and answer)."""
    from .nlp import SpecificityIndex

    conf = analysis.conference
    all_chars = _chars(conf.turns) or 1
    secs = talk_seconds(conf)
    hits = topics.HitIndex(analysis.topic_hits)
    specific = SpecificityIndex(analysis.entities)
    shown = names(analysis)
    # grouped once: a long archive page has hundreds of speakers
    turns_of, figs_of, sents_of = (_by_participant(xs) for xs in (conf.turns, analysis.figures, analysis.sentences))
    pairs_of: dict[str, list] = {}  # per answerer: (pair, whether that answerer said its non-answer)
    for pair, qm in zip(conf.qa_pairs, analysis.qa):
        said_by = _non_answer_by(conf, pair, qm)
        for who in set(pair.answerers):
            pairs_of.setdefault(who, []).append((pair, who == said_by))
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
            "participant": p.id, "name": shown[p.id], "title": p.title, "role": p.role,
            "outlet": p.organisation if p.role == "reporter" else None,
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
            "non_answers": sum(mine for _p, mine in pairs),
            "non_answer_rate": (sum(mine for _p, mine in pairs) / len(pairs)) if pairs else 0.0,
        })
    return rows


def excerpt(text: str, sentences: Sequence[Sentence], start: int, end: int,
            limit: int = ANSWER_EXCERPT_CHARS) -> str:
    """The opening of ``text[start:end]`` after any stock sentences (下面由我来回答…): whole sentences up
    to ``limit`` characters (a first sentence longer than that is cut with an ellipsis)."""
    first = bisect.bisect_left(sentences, start, key=lambda s: s.start)  # in text order: no scan of them all
    inside = list(itertools.takewhile(lambda s: s.start < end, sentences[first:]))
    inside = [s for s in inside if s.end <= end]
    lead = next((s.start for s in inside if not s.boilerplate), start)
    cut = lead
    for s in inside:
        if s.start < lead:
            continue
        if s.end - lead > limit:
            break
        cut = s.end
    if cut == lead:
        cut = min(end, lead + limit)
    more = "…" if text[cut:end].strip() else ""
    return " ".join(text[lead:cut].split()) + more


def qa_rows(analysis: Analysis) -> list[dict]:
    """One row per Q–A pair: who asked (name, outlet), who was asked, who answered (names), the question
    text, the answer text and an excerpt, the non-answer quoted, alignment, figures, boilerplate."""
    conf = analysis.conference
    text = conf.text
    shown = names(analysis)
    rows = []
    for n, (pair, qm) in enumerate(zip(conf.qa_pairs, analysis.qa), 1):
        q = conf.turns[pair.question_turn] if pair.question_turn is not None else None
        answers = [conf.turns[i] for i in pair.answer_turns]
        several = len({t.participant for t in answers}) > 1
        answer = "\n".join((f"{shown.get(t.participant or '', '')}：" if several else "") + conf.turn_text(t).strip()
                           for t in answers)
        na = qm.non_answer
        rows.append({
            "pair": n, "question_turn": pair.question_turn, "answer_turns": list(pair.answer_turns),
            "reporter": shown.get(pair.reporter) if pair.reporter else None, "outlet": pair.outlet,
            "addressee": shown.get(pair.addressee) if pair.addressee else None,
            "answerers": [shown.get(a, a) for a in pair.answerers], "status": pair.status,
            "primary_topic": qm.topics[0] if qm.topics else None, "topics": list(qm.topics),
            "question": " ".join(conf.turn_text(q).split()) if q else None,
            "answer": answer or None,
            "answer_excerpt": excerpt(text, analysis.sentences, answers[0].start, answers[0].end) if answers else None,
            "question_chars": (q.end - q.start) if q else 0, "answer_chars": qm.answer_chars,
            "figures": qm.figures, "boilerplate_ratio": qm.boilerplate_ratio, "alignment": qm.alignment,
            "drift": qm.drift, "non_answer": na.kind if na else None,
            "non_answer_cue": na.cue if na else None,
            "non_answer_quote": " ".join(text[na.start:na.end].split()) if na else None,
            "question_time": q.time if q else None,
            "answer_time": next((t.time for t in answers if t.time), None),
        })
    return rows


def figure_rows(analysis: Analysis) -> list[dict]:
    shown = names(analysis)
    return [{"turn": f.turn, "participant": f.participant, "speaker": shown.get(f.participant) if f.participant else None,
             "text": f.text, "value": f.value, "unit": f.unit, "kind": f.kind, "direction": f.direction,
             "approximate": f.approximate, "low": f.low, "high": f.high, "metric": f.metric,
             "start": f.start, "end": f.end, "rule": f.rule} for f in analysis.figures]


def sentence_rows(analysis: Analysis) -> list[dict]:
    """One row per sentence: its verdict, who said it (name and role) and how many figures start in it."""
    text = analysis.document.text
    shown = names(analysis)
    roles = {p.id: p.role for p in analysis.conference.participants}
    fig_starts = sorted(f.start for f in analysis.figures)
    return [{"turn": s.turn, "participant": s.participant,
             "speaker": shown.get(s.participant) if s.participant else None,
             "role": roles.get(s.participant) if s.participant else None,
             "start": s.start, "end": s.end, "chars": s.end - s.start, "boilerplate": s.boilerplate,
             "reason": s.reason, "evidence": s.evidence, "has_figure": s.has_figure,
             "figures": bisect.bisect_left(fig_starts, s.end) - bisect.bisect_left(fig_starts, s.start),
             "text": text[s.start:s.end]}
            for s in analysis.sentences]


def topic_hit_rows(analysis: Analysis) -> list[dict]:
    """One row per topic term found, with the turn it lies in (None for the lead or the headline)."""
    text = analysis.document.text
    turn_at = turn_lookup(analysis.conference)
    rows = []
    for h in analysis.topic_hits:
        t = turn_at(h.start)
        rows.append({"turn": t.index if t else None, "topic": h.topic, "term": h.term, "weight": h.weight,
                     "start": h.start, "end": h.end, "text": text[h.start:h.end]})
    return rows


def set_aside_rows(analysis: Analysis) -> list[dict]:
    """Listed stock phrases found in sentences that were not judged boilerplate, with the numbers that
    set them aside (see ``boilerplate.set_aside``), quoted in the document's script."""
    doc = analysis.document
    figure_spans = [(f.start, f.end) for f in analysis.figures]
    turn_at = turn_lookup(analysis.conference)
    shown = names(analysis)
    rows = []
    for r in boilerplate.set_aside(doc.simplified, analysis.sentences, figure_spans):
        t = turn_at(r["start"])
        a, b = r["sentence_start"], r["sentence_end"]
        rows.append({**r, "phrase": doc.text[r["start"]:r["end"]], "turn": t.index if t else None,
                     "speaker": shown.get(t.participant) if t and t.participant else None,
                     "sentence": doc.text[a:b] if a is not None else None})
    return rows


def boilerplate_summary(analysis: Analysis) -> dict:
    """Ratios per document, per turn kind and per type (shares of characters in boilerplate sentences),
    and how many listed-phrase matches were found and how many of them were set aside."""
    conf = analysis.conference
    total = sum(s.end - s.start for s in analysis.sentences)
    kinds: dict[str, float] = {}
    for kind in sorted({t.kind for t in conf.turns}):
        idx = {t.index for t in conf.turns if t.kind == kind}
        sents = [s for s in analysis.sentences if s.turn in idx]
        kinds[kind] = boilerplate.ratio(sents, sum(s.end - s.start for s in sents))
    aside = len(boilerplate.set_aside(analysis.document.simplified, analysis.sentences,
                                      [(f.start, f.end) for f in analysis.figures]))
    return {"ratio": boilerplate.ratio(analysis.sentences, total),
            "by_type": boilerplate.ratio_by_type(analysis.sentences, total), "by_turn_kind": kinds,
            "phrase_matches": len(boilerplate.phrase_matches(analysis.document.simplified)),
            "phrase_matches_set_aside": aside,
            "evidence": analysis.boilerplate_evidence}


def cleaning_row(analysis: Analysis) -> dict:
    """What cleaning did, as every output reports it (damaged fragments: spans labelled damaged,
    not the characters restored from a pinyin gloss)."""
    cl = analysis.document.cleaning
    return {"chars_in": cl.chars_in, "chars_kept": cl.chars_kept, "chars_dropped": cl.chars_dropped,
            "dropped_lines": cl.dropped_lines, "duplicate_blocks": cl.duplicate_blocks,
            "glosses_removed": cl.glosses_removed, "glosses_restored": cl.glosses_restored,
            "damaged_fragments": sum(1 for d in cl.damaged if d.label == "damaged"),
            "dropped_by_reason": cl.dropped_by_reason()}


def document_row(analysis: Analysis) -> dict:
    """Document-level facts, counts and rates (the overview's row, the report's key numbers).

    Talk share by role is the share of all turn characters spoken by each role.
    """
    conf = analysis.conference
    doc = analysis.document
    pairs = list(zip(conf.qa_pairs, analysis.qa))
    answered = [(p, m) for p, m in pairs if p.status != "unanswered"]
    non_answers = sum(1 for _p, m in pairs if m.non_answer)
    chars = len(doc.text)
    all_chars = _chars(conf.turns)
    roles = {p.id: p.role for p in conf.participants}
    by_role: dict[str, int] = {}
    for t in conf.turns:
        role = roles.get(t.participant, "other") if t.participant is not None else "other"
        by_role[role] = by_role.get(role, 0) + (t.end - t.start)
    return {
        "source": shown(doc.source), "document": shown(Path(doc.source).name), "title": conf.title, "date": conf.date,
        "place": conf.place, "doc_type": conf.doc_type, "layout": conf.layout, "script": doc.script,
        "encoding": doc.encoding, "backend": analysis.nlp.backend,
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
        "boilerplate_ratio": boilerplate.ratio(analysis.sentences, sum(s.end - s.start for s in analysis.sentences)),
        "non_answers": non_answers, "non_answer_rate": non_answers / len(answered) if answered else 0.0,
        "drifting_answers": sum(1 for _p, m in pairs if m.drift),
        "mean_answer_chars": sum(m.answer_chars for _p, m in answered) / len(answered) if answered else 0.0,
        "talk_by_role": {role: n / all_chars for role, n in by_role.items()} if all_chars else {},
    }


def document_topics(analysis: Analysis) -> dict[str, float]:
    return topics.topic_distribution(analysis.topic_hits)


# ------------------------------------------------------------------ DataFrames (typed)
# Each table's schema: column -> pandas dtype. Nullable dtypes (Int64, Float64, boolean, string) keep
# integers integers when a value is missing (a sentence outside any turn has turn <NA>, written as an
# empty CSV cell, never 2.0); "object" columns hold lists (answerers, topics) or dicts (topic_coverage).
SPEAKER_SCHEMA: dict[str, str] = {
    "participant": "string", "name": "string", "title": "string", "role": "string", "outlet": "string",
    "turns": "Int64", "statements": "Int64", "answers": "Int64", "chars": "Int64", "share_of_chars": "Float64",
    "talk_seconds": "Float64", "topic_coverage": "object", "figures": "Int64", "figures_per_1k_chars": "Float64",
    "share_sentences_with_figure": "Float64", "boilerplate_ratio": "Float64", "boilerplate_political": "Float64",
    "boilerplate_courtesy": "Float64", "boilerplate_procedural": "Float64", "specificity": "Float64",
    "questions_answered": "Int64", "non_answers": "Int64", "non_answer_rate": "Float64"}
QA_SCHEMA: dict[str, str] = {
    "pair": "Int64", "question_turn": "Int64", "answer_turns": "object", "reporter": "string", "outlet": "string",
    "addressee": "string", "answerers": "object", "status": "string", "primary_topic": "string",
    "topics": "object", "question": "string", "answer": "string", "answer_excerpt": "string",
    "question_chars": "Int64", "answer_chars": "Int64", "figures": "Int64", "boilerplate_ratio": "Float64",
    "alignment": "Float64", "drift": "boolean", "non_answer": "string", "non_answer_cue": "string",
    "non_answer_quote": "string", "question_time": "string", "answer_time": "string"}
FIGURE_SCHEMA: dict[str, str] = {
    "turn": "Int64", "participant": "string", "speaker": "string", "text": "string", "value": "Float64",
    "unit": "string", "kind": "string", "direction": "string", "approximate": "boolean", "low": "Float64",
    "high": "Float64", "metric": "string", "start": "Int64", "end": "Int64", "rule": "string"}
SENTENCE_SCHEMA: dict[str, str] = {
    "turn": "Int64", "participant": "string", "speaker": "string", "role": "string", "start": "Int64",
    "end": "Int64", "chars": "Int64", "boilerplate": "string", "reason": "string", "evidence": "string",
    "has_figure": "boolean", "figures": "Int64", "text": "string"}
DOCUMENT_SCHEMA: dict[str, str] = {
    "source": "string", "document": "string", "title": "string", "date": "string", "place": "string",
    "doc_type": "string", "layout": "string", "script": "string", "encoding": "string", "backend": "string",
    "chars": "Int64", "participants": "Int64", "speakers": "Int64", "reporters": "Int64", "turns": "Int64",
    "questions": "Int64", "answered": "Int64", "unanswered": "Int64", "orphan": "Int64", "figures": "Int64",
    "figures_per_1k_chars": "Float64", "sentences": "Int64", "boilerplate_sentences": "Int64",
    "boilerplate_ratio": "Float64", "non_answers": "Int64", "non_answer_rate": "Float64",
    "drifting_answers": "Int64", "mean_answer_chars": "Float64", "talk_by_role": "object"}
SPEAKER_COLUMNS = tuple(SPEAKER_SCHEMA)
QA_COLUMNS = tuple(QA_SCHEMA)
FIGURE_COLUMNS = tuple(FIGURE_SCHEMA)
SENTENCE_COLUMNS = tuple(SENTENCE_SCHEMA)
DOCUMENT_COLUMNS = tuple(DOCUMENT_SCHEMA)


def frame(rows: list[dict], schema: dict[str, str]):
    """Rows as a DataFrame with exactly the schema's columns and dtypes (an empty one when there are no rows)."""
    import pandas as pd

    def column(values: list, dtype: str):
        return pd.Series(values, dtype=object) if dtype == "object" else pd.array(values, dtype=dtype)

    return pd.DataFrame({col: column([r[col] for r in rows], dtype) for col, dtype in schema.items()},
                        columns=list(schema))


def speakers_table(analysis: Analysis, roles: Sequence[str] = ("speaker",)):
    """Per speaker: turns, characters, share of talk, talk time, topic coverage, figures and density,
    boilerplate ratio (and by type), specificity, non-answer rate. Schema: ``SPEAKER_SCHEMA``."""
    return frame(speaker_rows(analysis, roles), SPEAKER_SCHEMA)


def qa_table(analysis: Analysis):
    """Per Q–A pair: who asked (name, outlet), who was asked and who answered (names), the question and
    answer text, topics, lengths, figures, boilerplate, alignment, the non-answer quoted. ``QA_SCHEMA``."""
    return frame(qa_rows(analysis), QA_SCHEMA)


def figures_table(analysis: Analysis):
    """Per figure: value, unit, kind, direction, approximation, metric, who, offsets and rule. ``FIGURE_SCHEMA``."""
    return frame(figure_rows(analysis), FIGURE_SCHEMA)


def sentences_table(analysis: Analysis):
    """Per sentence: offsets, turn, speaker, boilerplate verdict with type, reason and evidence, figures.
    ``SENTENCE_SCHEMA``."""
    return frame(sentence_rows(analysis), SENTENCE_SCHEMA)


def documents_table(analyses: Iterable[Analysis]):
    """One ``document_row`` per analysis. ``DOCUMENT_SCHEMA``."""
    return frame([document_row(a) for a in analyses], DOCUMENT_SCHEMA)
