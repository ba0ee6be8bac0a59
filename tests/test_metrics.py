"""Tables of an Analysis on the shared corpus: per speaker, per Q–A pair, per figure, per sentence, per document."""
from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import analyse, metrics
from analyzer.clean import clean
from analyzer.model import Page
from analyzer.parse import parse

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
JIAOZUO = CORPUS / "jiaozuo-2021-01-22-ecology-conference.txt"
TAIAN = CORPUS / "taian-2023-12-13-live-text-conference.txt"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")


@pytest.fixture(scope="module")
def jiaozuo():
    return analyse(JIAOZUO)


@needs_corpus
def test_speakers_table_on_the_jiaozuo_conference(jiaozuo):
    table = metrics.speakers_table(jiaozuo)
    assert list(table.columns) == list(metrics.SPEAKER_COLUMNS)
    assert len(table) == 5
    assert list(table["name"]) == ["高健", "李博", "付勝堂", "元俊江", "申軍強"]
    li = table.set_index("name").loc["李博"]
    assert li["answers"] == 2 and li["questions_answered"] == 2
    gao = table.set_index("name").loc["高健"]
    assert gao["statements"] >= 1 and gao["figures"] > 0
    # shares and ratios are shares
    for col in ("share_of_chars", "share_sentences_with_figure", "boilerplate_ratio", "specificity", "non_answer_rate"):
        assert table[col].between(0, 1).all(), col
    assert table["share_of_chars"].sum() < 1  # the moderator and the reporters speak too
    # per-type boilerplate adds up to the speaker's ratio
    by_type = table[["boilerplate_political", "boilerplate_courtesy", "boilerplate_procedural"]].sum(axis=1)
    assert (abs(by_type - table["boilerplate_ratio"]) < 1e-9).all()
    # figures per 1,000 characters is figures over characters
    for _, row in table.iterrows():
        assert row["figures_per_1k_chars"] == pytest.approx(1000 * row["figures"] / row["chars"])
    # topic coverage is a distribution over the taxonomy
    for coverage in table["topic_coverage"]:
        assert coverage and sum(coverage.values()) == pytest.approx(1.0, abs=1e-4)  # shares rounded to 6 places


@needs_corpus
def test_speaker_figures_are_the_figures_inside_their_turns(jiaozuo):
    conf = jiaozuo.conference
    table = metrics.speakers_table(jiaozuo).set_index("participant")
    for pid, row in table.iterrows():
        turns = [t for t in conf.turns if t.participant == pid]
        inside = [f for f in jiaozuo.figures if any(t.start <= f.start < t.end for t in turns)]
        assert row["figures"] == len(inside)


@needs_corpus
def test_qa_figure_and_sentence_tables(jiaozuo):
    qa = metrics.qa_table(jiaozuo)
    assert list(qa.columns) == list(metrics.QA_COLUMNS) and len(qa) == 5
    assert set(qa["status"]) == {"answered"}
    assert qa["primary_topic"].notna().all()
    figures = metrics.figures_table(jiaozuo)
    assert list(figures.columns) == list(metrics.FIGURE_COLUMNS) and len(figures) == len(jiaozuo.figures)
    text = jiaozuo.document.text
    for _, f in figures.iterrows():  # every figure traces back to its characters and its rule
        assert text[f["start"]:f["end"]] == f["text"] and f["rule"]
    sentences = metrics.sentences_table(jiaozuo)
    assert list(sentences.columns) == list(metrics.SENTENCE_COLUMNS)
    stock = sentences[sentences["boilerplate"].notna()]
    assert len(stock) > 0 and stock["reason"].notna().all()
    for _, s in sentences.head(20).iterrows():
        assert text[s["start"]:s["end"]] == s["text"]


@needs_corpus
def test_document_row_counts(jiaozuo):
    row = metrics.document_row(jiaozuo)
    assert (row["questions"], row["answered"], row["unanswered"], row["orphan"]) == (5, 5, 0, 0)
    assert row["speakers"] == 5 and row["reporters"] == 5
    assert row["figures"] == len(jiaozuo.figures)
    assert row["figures_per_1k_chars"] == pytest.approx(1000 * row["figures"] / row["chars"])
    assert set(row["talk_by_role"]) == {"moderator", "speaker", "reporter"}
    assert sum(row["talk_by_role"].values()) == pytest.approx(1.0)
    assert row["talk_by_role"]["speaker"] > row["talk_by_role"]["reporter"]
    assert row["mean_answer_chars"] > 0


@needs_corpus
def test_talk_time_from_live_text_stamps():
    a = analyse(TAIAN)
    table = metrics.speakers_table(a)
    assert table["talk_seconds"].notna().all() and (table["talk_seconds"] > 0).all()


def test_unanswered_and_non_answers_in_the_document_row():
    conf = parse(clean(Page(source="t.txt", encoding="utf-8", text=(
        "市生态环境局新闻发布会\n主持人：\n欢迎各位。出席今天发布会的有市生态环境局局长王建国先生。\n"
        "王建国：\n全市优良天数达到231天。\n"
        "新华社记者：\n请问王局长，处罚企业的名单能否公布？\n"
        "王建国：\n具体名单不便透露。\n"
        "晚报记者：\n明年的目标是多少？\n"))))
    a = metrics.measure(conf)
    row = metrics.document_row(a)
    assert (row["questions"], row["answered"], row["unanswered"]) == (2, 1, 1)
    assert row["non_answers"] == 1 and row["non_answer_rate"] == 1.0
    speakers = metrics.speakers_table(a)
    assert speakers.loc[0, "non_answer_rate"] == 1.0


def test_a_non_answer_counts_for_the_official_who_said_it():
    conf = parse(clean(Page(source="t.txt", encoding="utf-8", text=(
        "市市场监管局新闻发布会\n主持人：\n欢迎各位。出席今天发布会的有市市场监管局局长王建华先生、市公安局副支队长郑敏女士。\n"
        "晚报记者：\n请问郑支队长，涉案企业的名单能否公布？\n"
        "郑敏：\n具体名单不便透露。\n王建华：\n我补充一点，今年共查处案件1200件。\n"))))
    speakers = metrics.speakers_table(metrics.measure(conf)).set_index("name")
    assert speakers.loc["郑敏", "non_answer_rate"] == 1.0 and speakers.loc["王建华", "non_answer_rate"] == 0.0
    assert speakers.loc["王建华", "questions_answered"] == 1


def test_a_speakers_label_names_no_subject():
    conf = parse(clean(Page(source="t.txt", encoding="utf-8", text=(
        "市交通运输局新闻发布会\n主持人：请提问。\n长江日报记者：请问王局长，地铁新线什么时候开通？\n王刚：年底开通。\n"))))
    assert {h.term for h in metrics.measure(conf).topic_hits} == {"交通运输", "地铁"}  # not 长江 of 长江日报


def test_drift_is_judged_only_on_answers_that_can_show_it():
    long_vague = "我们将认真研究，统筹考虑各方面因素，会同有关部门抓紧推进，适时向社会公布进展，也请大家继续关心和支持我们的各项工作，谢谢。"
    assert len(long_vague) >= 60
    conf = parse(clean(Page(source="t.txt", encoding="utf-8", text=(
        "主持人：\n出席今天发布会的有市生态环境局局长王建国先生。\n"
        "新华社记者：\n请问王局长，今年大气污染防治有哪些措施？\n王建国：\n每部电梯补贴15万元。\n"
        "晚报记者：\n黑臭水体整治进展如何？\n王建国：\n" + long_vague + "\n"
        "日报记者：\n垃圾分类怎么推进？\n"))))
    measures = metrics.measure(conf).qa
    assert [(m.alignment, m.drift) for m in measures] == [(None, False), (0.0, True), (None, False)]


def test_a_headline_that_names_the_event_is_no_stock_phrasing():
    page = ("【图集】省生态环境厅召开2024年上半年全省生态环境质量新闻发布会\n"
            "主持人：各位记者朋友，大家上午好！今天我们召开2024年上半年全省生态环境质量新闻发布会。\n"
            "王刚：上半年全省优良天数比例为88.6%。\n记者：下半年有什么安排？\n王刚：推进臭氧污染防治。\n")
    analysis = metrics.measure(parse(clean(Page(source="<test>", text=page, encoding="utf-8"))))
    flagged = [analysis.conference.text[s.start:s.end] for s in analysis.sentences if s.boilerplate]
    assert not any(x.startswith("【图集】") for x in flagged)  # the headline
    assert any(x.startswith("今天我们召开") for x in flagged)  # the host who says it


def test_a_question_that_asks_for_the_situation_of_something_is_no_procedure():
    page = ("市住建局新闻发布会\n主持人：下面请市住建局局长杭卫介绍有关情况。\n杭卫：全市开工改造老旧小区47个。\n"
            "主持人：现在请记者提问。\n宁川日报记者：请问杭局长，能否介绍一下宁川港三期扩建的有关情况？\n杭卫：三期扩建年底完工。\n")
    analysis = metrics.measure(parse(clean(Page(source="<test>", text=page, encoding="utf-8"))))
    flagged = [analysis.conference.text[s.start:s.end] for s in analysis.sentences if s.boilerplate]
    assert "请问杭局长，能否介绍一下宁川港三期扩建的有关情况？" not in flagged  # the reporter asks
    assert "下面请市住建局局长杭卫介绍有关情况。" in flagged  # the host hands over
