"""The tables every output reads (metrics rows): question and answer text, names never ids, typed
columns, document facts, one damaged count, listed phrases set aside with their reasons."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pandas as pd
import pytest

from analyzer import export, metrics, pipeline
from analyzer.model import Span
from analyzer.report import run, view

HERE = Path(__file__).resolve().parent
LAKESIDE = HERE / "data" / "lakeside-2024-07-09-heat-conference.txt"  # invented for these tests
CORPUS = HERE.parent / ".." / "shared" / "corpus"
ID = re.compile(r"^p\d+$")


@pytest.fixture(scope="module")
def lakeside():
    return pipeline.analyse(LAKESIDE)


def test_qa_table_has_the_question_and_answer_text_and_names(lakeside):
    qa = metrics.qa_table(lakeside)
    assert list(qa.columns) == list(metrics.QA_COLUMNS)
    first = qa.iloc[0]
    assert first["question"] == "请问周局长，高温天气下臭氧污染怎么应对？今年有没有新的措施？"
    assert first["answer"].startswith("谢谢您的提问。针对高温时段臭氧污染")
    # the excerpt skips the stock courtesy opening and keeps whole sentences
    assert first["answer_excerpt"].startswith("针对高温时段臭氧污染") and "谢谢" not in first["answer_excerpt"]
    assert (first["reporter"], first["outlet"], first["addressee"], list(first["answerers"])) == \
        ("湖滨日报", "湖滨日报", "周明远", ["周明远"])
    refusal = qa[qa["non_answer"].notna()].iloc[0]
    assert refusal["non_answer"] == "refuse" and refusal["non_answer_cue"] in refusal["non_answer_quote"]
    assert "不便透露" in refusal["non_answer_quote"]


def test_no_participant_ids_in_the_qa_table(lakeside):
    qa = metrics.qa_table(lakeside)
    for col in ("reporter", "outlet", "addressee"):
        assert not any(ID.match(str(v)) for v in qa[col].dropna()), col
    assert not any(ID.match(a) for names in qa["answerers"] for a in names)


def test_an_anonymous_reporter_has_one_name_everywhere(lakeside):
    v = view.build(lakeside)
    anonymous = [r for r in v.roster if r.role == "reporter" and r.outlet is None]
    assert [r.name for r in anonymous] == ["记者"]
    assert v.qa[2].reporter == "记者"  # the same word in the Q&A rows as in the roster
    trad = dataclasses.replace(lakeside, conference=dataclasses.replace(
        lakeside.conference, document=dataclasses.replace(lakeside.document, script="traditional")))
    assert "記者" in metrics.names(trad).values()


def test_columns_are_typed_and_integers_stay_integers(lakeside, tmp_path):
    sentences = metrics.sentences_table(lakeside)
    assert str(sentences["turn"].dtype) == "Int64" and sentences["turn"].isna().any()  # the headline
    assert str(metrics.speakers_table(lakeside)["talk_seconds"].dtype) == "Float64"
    assert str(metrics.qa_table(lakeside)["alignment"].dtype) == "Float64"
    assert str(metrics.figures_table(lakeside)["approximate"].dtype) == "boolean"
    for name, schema in (("sentences", metrics.SENTENCE_SCHEMA), ("qa", metrics.QA_SCHEMA)):
        table = metrics.sentences_table(lakeside) if name == "sentences" else metrics.qa_table(lakeside)
        assert {c: str(t) for c, t in table.dtypes.items() if schema[c] != "object"} == \
            {c: t for c, t in schema.items() if t != "object"} | {c: "string" for c, t in schema.items()
                                                                   if t == "string"}
    run.write_tables({"sentences": sentences}, tmp_path)
    raw = (tmp_path / "sentences.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel on Chinese Windows reads it right
    turns = pd.read_csv(tmp_path / "sentences.csv", encoding="utf-8-sig", dtype=str)["turn"].dropna()
    assert not turns.str.contains(r"\.").any()  # 2, never 2.0


def test_empty_tables_keep_their_schema():
    empty = metrics.frame([], metrics.QA_SCHEMA)
    assert list(empty.columns) == list(metrics.QA_COLUMNS) and len(empty) == 0
    assert str(empty["pair"].dtype) == "Int64"


def test_document_row_names_the_document(lakeside):
    row = metrics.document_row(lakeside)
    assert row["title"] == "湖滨市2024年上半年生态环境质量新闻发布会"
    assert row["date"] == "2024-07-09" and row["source"] == str(LAKESIDE) and row["document"] == LAKESIDE.name
    assert row["doc_type"] == "transcript"
    table = metrics.documents_table([lakeside])
    assert list(table.columns) == list(metrics.DOCUMENT_COLUMNS) and table.loc[0, "questions"] == 3


def test_damaged_fragments_are_counted_the_same_in_every_output(lakeside):
    """Characters restored from a pinyin gloss are not damage, in the terminal, the PDF or the JSON."""
    doc = lakeside.document
    cleaning = dataclasses.replace(doc.cleaning, damaged=(Span(0, 1, "damaged"), Span(5, 6, "restored"),
                                                          Span(9, 10, "damaged")))
    a = dataclasses.replace(lakeside, conference=dataclasses.replace(
        lakeside.conference, document=dataclasses.replace(doc, cleaning=cleaning)))
    assert view.build(a).cleaning.damaged == export.to_dict(a)["cleaning"]["damaged_fragments"] == 2


def test_listed_phrases_set_aside_say_why(lakeside):
    rows = metrics.set_aside_rows(lakeside)
    summary = metrics.boilerplate_summary(lakeside)
    assert summary["phrase_matches_set_aside"] == len(rows) > 0
    stock = {(s.start, s.end) for s in lakeside.sentences if s.boilerplate}
    for r in rows:
        assert lakeside.document.text[r["start"]:r["end"]] == r["phrase"]
        assert (r["sentence_start"], r["sentence_end"]) not in stock  # only matches outside stock sentences
        if r["sentence"] is not None:
            assert r["score"] < r["min_score"]
            assert r["score"] == pytest.approx(r["covered_share"] - r["figure_penalty"] - r["specific_penalty"],
                                               abs=1e-5)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_a_document_whose_phrases_are_all_set_aside_reports_them():
    """0% boilerplate although listed phrases occur: every match is accounted for, with its reason."""
    for path in sorted(CORPUS.glob("*.txt")):
        a = pipeline.analyse(path)
        summary = metrics.boilerplate_summary(a)
        if summary["ratio"] == 0 and summary["phrase_matches"]:
            break
    else:
        pytest.skip("no corpus document has listed phrases and no boilerplate")
    assert summary["phrase_matches_set_aside"] == summary["phrase_matches"]
    assert all(r["sentence"] is None or r["score"] < r["min_score"] for r in metrics.set_aside_rows(a))
