"""The NLP seam with real stanza pipelines (tiny models trained offline by the fixture), the disk
cache, the fallback to rules, the rule-based entities and specificity. ``pytest -k stanza``."""
from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import pytest

from analyzer import nlp
from analyzer.clean import clean
from analyzer.errors import ModelsMissing
from analyzer.ingest import read_page
from analyzer.model import CleaningReport, Document, Entity
from analyzer.nlp import (NlpFallbackWarning, NlpResult, RulesBackend, StanzaBackend, find_entities,
                          load_backend, person_entities, specificity, specificity_of_spans)
from stanza_fixtures import TAGS, tiny_stanza_models_fixture  # noqa: F401  (session fixture)

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
LANGFANG = CORPUS / "langfang-2024-07-26-ecology-conference.txt"
JIAOZUO = CORPUS / "jiaozuo-2021-01-22-ecology-conference.txt"  # traditional script


def make_document(text: str, simplified: str | None = None) -> Document:
    """A Document from a small hand-written text (no cleaning needed)."""
    return Document(source="test", text=text, simplified=simplified or text,
                    script="simplified" if simplified is None else "traditional", encoding="utf-8",
                    cleaning=CleaningReport(chars_in=len(text), chars_kept=len(text)))


@pytest.fixture(scope="module")
def langfang() -> Document:
    return clean(read_page(LANGFANG))


def assert_valid(result: NlpResult, doc: Document, labels=None) -> None:
    """Every span slices the text; entities hold text, sentences are ordered, labels are known."""
    n = len(doc.text)
    for e in result.entities:
        assert 0 <= e.start < e.end <= n
        assert doc.text[e.start:e.end].strip()
        if labels is not None:
            assert e.label in labels
    for a, b in result.sentences + result.tokens:
        assert 0 <= a < b <= n
    starts = [a for a, _ in result.sentences]
    assert starts == sorted(starts)


# ---------------------------------------------------------------- stanza, real pipelines
def test_stanza_fixture_trains_offline(tiny_stanza_models):
    # how long training takes is measured by `make bench`, never asserted in a test
    assert tiny_stanza_models.ner_model.stat().st_size > 0
    assert tiny_stanza_models.tokenize_model.stat().st_size > 0
    assert nlp.installed_models(tiny_stanza_models.models_dir).startswith("zh-hans tokenize=tiny ner=tiny")


def test_stanza_pretokenized_adapter_on_corpus_document(tiny_stanza_models, langfang, tmp_path):
    backend = StanzaBackend(tiny_stanza_models.models_dir, ner_model_path=tiny_stanza_models.ner_model,
                            pretokenized=True, cache_dir=tmp_path, use_gpu=False)
    [result] = backend.analyse([langfang])
    assert backend.info.backend == "stanza" and "ner=tiny.pt" in backend.info.models
    assert backend.pipeline_calls >= 1
    assert result.entities and result.tokens and result.sentences
    assert_valid(result, langfang, TAGS)
    assert {e.source for e in result.entities} == {"stanza"}
    # pretokenized input is characters, with Latin and digit runs kept whole
    assert any(langfang.text[a:b] == "2024" for a, b in result.tokens)
    assert all(b - a == 1 or langfang.text[a:b].replace(".", "").isalnum() for a, b in result.tokens)


def test_stanza_load_backend_runs_installed_models_end_to_end(tiny_stanza_models, langfang, tmp_path):
    """The automatic path: resources.json + neural tokenizer + NER, batched over two documents."""
    backend = load_backend(tiny_stanza_models.models_dir, cache_dir=tmp_path, use_gpu=False)
    assert isinstance(backend, StanzaBackend)
    assert backend.info.backend == "stanza" and backend.info.models.startswith("zh-hans tokenize=tiny")
    small = make_document("记者王小明来自新华社。\n下面请李华同志发言。")
    results = backend.analyse([langfang, small])
    assert len(results) == 2
    for result, doc in zip(results, (langfang, small)):
        assert result.tokens and result.sentences
        assert_valid(result, doc, TAGS)
    assert results[0].entities
    # no token, sentence or entity crosses a line break: chunks never span lines
    for a, b in results[0].tokens + results[0].sentences:
        assert "\n" not in langfang.text[a:b]


def test_stanza_feeds_the_whole_pipeline(tiny_stanza_models, langfang, tmp_path):
    """Names, sentences and tokens from stanza reach the parser and the measures; the structure
    found by the rules path stays, and figure metrics end on word boundaries."""
    from analyzer import pipeline

    backend = load_backend(tiny_stanza_models.models_dir, cache_dir=tmp_path, use_gpu=False)
    with_stanza = pipeline._analyse_document(langfang, backend, None)
    with_rules = pipeline._analyse_document(langfang, RulesBackend(), None)
    assert with_stanza.nlp.backend == "stanza" and with_rules.nlp.backend == "rules"
    people = [(p.name, p.role) for p in with_stanza.conference.participants]
    assert people == [(p.name, p.role) for p in with_rules.conference.participants]
    assert [f.value for f in with_stanza.figures] == [f.value for f in with_rules.figures]
    tokens = backend.analyse([langfang])[0].tokens
    text = langfang.text
    for f in with_stanza.figures:
        if not f.metric:
            continue
        lo = f.metric_start if f.metric_start is not None else text.rfind(f.metric, 0, f.start)
        inside = [(a, b) for a, b in tokens if a < lo < b]
        # a noun right after the unit begins where the figure ends (18项|重点工作), a word edge
        assert not inside or lo == f.end or any(not ch.isalnum() for ch in text[inside[0][0]:lo]), (f.metric, inside)


def test_metric_phrases_widen_to_whole_words():
    """Rules may cut a metric inside a word (全市 stripped from 全市场 leaves 场交易额); the backend's
    word tokens put it back on word boundaries, inside find_figures."""
    from analyzer.figures import find_figures

    text = "全市场交易额为120亿元。"
    assert [f.metric for f in find_figures(text, text)] == ["场交易额"]
    tokens = [(0, 1), (1, 3), (3, 5), (5, 6), (6, 7), (7, 13), (13, 14)]
    assert [f.metric for f in find_figures(text, text, words=tokens)] == ["市场交易额"]


def test_person_names_from_entities_reach_the_parser():
    from analyzer.model import Page
    from analyzer.parse import parse
    from analyzer.pipeline import person_names

    # a page that lost its line breaks: a bare name run into the paragraph once is a label only when
    # something vouches for it as a name; here only the NLP backend does (run in twice, beside a
    # reporter's label, the page itself would)
    doc = clean(Page(source="t.txt", encoding="utf-8", text=(
        "主持人：各位记者，上午好。请訾明介绍情况。今年全市优良天数为286天。 "
        "新华社记者：请问明年目标是什么？ 訾明：力争再增加10天。\n")))
    assert "訾明" not in {p.name for p in parse(doc).participants}
    at = doc.text.index("訾明：")
    names = person_names(doc, [Entity(at, at + 2, "PERSON", "stanza")])
    conf = parse(doc, names=names)
    assert [t.kind for t in conf.turns] == ["opening", "question", "answer"]
    assert conf.participant(conf.qa_pairs[0].answerers[0]).name == "訾明"


def test_stanza_cache_hit_skips_stanza(tiny_stanza_models, langfang, tmp_path):
    def fresh():
        return StanzaBackend(tiny_stanza_models.models_dir, ner_model_path=tiny_stanza_models.ner_model,
                             pretokenized=True, cache_dir=tmp_path, use_gpu=False)

    first = fresh()
    cold = first.analyse([langfang])
    assert first.pipeline_calls >= 1 and first.cache.misses == 1
    files = list(tmp_path.rglob("*.json"))
    assert len(files) == 1 and set(json.loads(files[0].read_text())) == {"entities", "sentences", "tokens"}

    second = fresh()
    cached = second.analyse([langfang])
    assert cached == cold
    assert second.pipeline_calls == 0 and second._pipeline is None  # stanza never ran
    assert second.cache.hits == 1

    # a different model identity (another chunk size) misses the cache
    other = StanzaBackend(tiny_stanza_models.models_dir, ner_model_path=tiny_stanza_models.ner_model,
                          pretokenized=True, cache_dir=tmp_path, use_gpu=False, max_chunk_chars=100)
    assert other.cache.get(langfang.simplified) is None


def test_stanza_long_unpunctuated_run_is_chunked(tiny_stanza_models, tmp_path):
    run = "生态环境质量持续改善" * 400  # 4,000 characters, no punctuation, no line break
    doc = make_document("发布会开始。" + run + "。谢谢。")
    raw = StanzaBackend(tiny_stanza_models.models_dir, cache_dir=None, use_gpu=False, max_chunk_chars=300)
    chunks = raw.chunks(doc.simplified)
    assert max(b - a for a, b in chunks) <= 300
    assert sum(b - a for a, b in chunks) == len(doc.text)  # nothing lost, nothing doubled
    backend = StanzaBackend(tiny_stanza_models.models_dir, ner_model_path=tiny_stanza_models.ner_model,
                            pretokenized=True, cache_dir=None, use_gpu=False, max_chunk_chars=300)
    [result] = backend.analyse([doc])
    assert_valid(result, doc, TAGS)
    assert max(b - a for a, b in result.sentences) <= 300
    assert sum(b - a for a, b in result.tokens) == len(doc.text)


def test_stanza_traditional_text_goes_through_simplified_copy(tiny_stanza_models, tmp_path):
    import opencc

    traditional = "記者王小明來自新華社。下面請李華同志發言，江城市的空氣質量明顯改善。"
    doc = make_document(traditional, opencc.OpenCC("t2s.json").convert(traditional))
    backend = StanzaBackend(tiny_stanza_models.models_dir, ner_model_path=tiny_stanza_models.ner_model,
                            pretokenized=True, cache_dir=tmp_path, use_gpu=False)
    [result] = backend.analyse([doc])
    assert_valid(result, doc, TAGS)
    assert result.entities  # names from the training lists, seen through the simplified copy


def test_stanza_broken_models_fall_back_to_rules(tmp_path, langfang):
    models = tmp_path / "models"
    for sub in ("tokenize", "ner"):
        (models / "zh-hans" / sub).mkdir(parents=True)
        (models / "zh-hans" / sub / "broken.pt").write_bytes(b"not a model")
    (models / "resources.json").write_text(json.dumps(
        {"zh-hans": {"tokenize": {"broken": {}}, "ner": {"broken": {}},
                     "packages": {"default": {"tokenize": "broken", "ner": "broken"}}}}))
    backend = load_backend(models, cache_dir=None, use_gpu=False)
    assert backend.info.backend == "stanza"
    with pytest.warns(RuntimeWarning, match="could not be used"):
        [result] = backend.analyse([langfang])
    assert backend.info.backend == "rules" and "fell back" in backend.info.note
    assert result.entities and {e.source for e in result.entities} == {"rules"}


def test_stanza_bench_reports_cold_and_cached(tiny_stanza_models, langfang):
    def make(cache_dir):
        return StanzaBackend(tiny_stanza_models.models_dir, ner_model_path=tiny_stanza_models.ner_model,
                             pretokenized=True, cache_dir=cache_dir, use_gpu=False)

    out = nlp.bench_stanza([langfang.simplified], make_backend=make)
    assert out["backend"] == "stanza" and out["chars"] == len(langfang.text)
    assert out["stanza_calls_cold"] >= 1 and out["stanza_calls_cached"] == 0  # the cached run never calls stanza
    # both rates are reported; which is faster is a timing, measured in bench/, never asserted here
    assert out["cached_chars_per_s"] > 0 and out["cold_chars_per_s"] > 0


# ---------------------------------------------------------------- fallback without models
def test_stanza_missing_models_fall_back_to_rules_once(tmp_path, monkeypatch, langfang):
    monkeypatch.setattr(nlp, "_warned", False)
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.warns(NlpFallbackWarning, match="make models"):
        backend = load_backend(str(empty))
    assert isinstance(backend, RulesBackend)
    assert backend.info.backend == "rules" and backend.info.models is None
    assert "make models" in backend.info.note and str(empty) in backend.info.note
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the second fallback stays silent
        assert load_backend(str(empty)).info.backend == "rules"
    [result] = backend.analyse([langfang])
    assert_valid(result, langfang)
    assert result.entities and result.sentences and result.tokens == ()
    with pytest.raises(ModelsMissing):
        load_backend(str(empty), prefer="stanza")
    assert load_backend(prefer="rules").info.note is None


def test_stanza_environment_variable_names_models_dir(tiny_stanza_models, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tiny_stanza_models.models_dir))
    found, looked = nlp.find_models_dir()
    assert found == tiny_stanza_models.models_dir and looked[0] == found


def test_stanza_not_imported_by_the_rules_path():
    """Importing the seam and running rules must not load stanza or torch (fast start)."""
    import subprocess

    code = ("import sys; from analyzer.nlp import load_backend; "
            "b = load_backend('/nonexistent', warn=False); b.analyse_text('2024年7月26日'); "
            "print('stanza' in sys.modules, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1], check=True)
    assert out.stdout.split() == ["False", "False"]


# ---------------------------------------------------------------- rules
RULE_CASES = [
    ("2024年7月26日上午召开", "DATE", "2024年7月26日"),
    ("时间:2023-12-13 15:10", "DATE", "2023-12-13"),
    ("时间:2023-12-13 15:10", "TIME", "15:10"),
    ("下午3时30分开始", "TIME", "下午3时30分"),
    ("同比下降11.1%,", "PERCENT", "11.1%"),
    ("提高2.3个百分点", "PERCENT", "2.3个百分点"),
    ("占百分之八十。", "PERCENT", "百分之八十"),
    ("投资3.5亿元建设", "MONEY", "3.5亿元"),
    ("罚款25万6千元。", "MONEY", "25万6千元"),
    ("浓度为42微克/立方米,", "QUANTITY", "42微克/立方米"),
    ("削减3万4000吨煤", "QUANTITY", "3万4000吨"),
    ("检查企业300多家。", "CARDINAL", "300多家"),
    ("持续3个月。", "DATE", "3个月"),
    ("今年以来,", "DATE", "今年"),
    ("由市生态环境局负责", "ORG", "市生态环境局"),
    ("新华社记者:请问", "ORG", "新华社"),
    ("大河网记者提问", "ORG", "大河网"),
    ("国网某某供电有限公司表示", "ORG", "国网某某供电有限公司"),
    ("在江城市召开", "GPE", "江城市"),
    ("河北省东城县", "GPE", "河北省东城县"),  # one place, as OntoNotes tags it
]


@pytest.mark.parametrize("text,label,expected", RULE_CASES)
def test_rules_entity(text, label, expected):
    found = [(e.label, text[e.start:e.end]) for e in find_entities(text)]
    assert (label, expected) in found


@pytest.mark.parametrize("text", [
    "PM2.5浓度", "第13号文件", "一个问题", "全部完成", "社会各界", "市场主体", "以人民为中心",
    "问题已经处理", "各部门认真部署", "全市各县区", "此事十分重要",
])
def test_rules_no_false_entity(text):
    """Pollutant names, articles and everyday words ending like a body or a place are not entities."""
    assert [(e.label, text[e.start:e.end]) for e in find_entities(text)
            if e.label in ("ORG", "GPE", "CARDINAL", "QUANTITY")] == []


def test_rules_entities_on_corpus_are_sorted_and_disjoint(langfang):
    result = RulesBackend().analyse([langfang])[0]
    assert_valid(result, langfang)
    spans = [(e.start, e.end) for e in result.entities]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    labels = {e.label for e in result.entities}
    assert {"DATE", "ORG", "GPE", "PERCENT"} <= labels


def test_rules_person_entities_from_roster():
    doc = make_document("尹崧同志介绍情况。尹崧表示,刘东伟补充。")
    found = RulesBackend().person_entities(doc, ["尹崧", "刘东伟", "", "王"])
    assert [(doc.text[e.start:e.end], e.label) for e in found] == [
        ("尹崧", "PERSON"), ("尹崧", "PERSON"), ("刘东伟", "PERSON")]
    assert person_entities("text", []) == ()


# ---------------------------------------------------------------- specificity
def test_specificity_counts_each_character_once():
    ents = [Entity(0, 4, "DATE"), Entity(2, 6, "ORG"), Entity(8, 10, "NORP"), Entity(12, 20, "MONEY")]
    assert specificity(ents, 0, 10) == pytest.approx(6 / 10)  # NORP is not specific; overlap once
    assert specificity(ents, 4, 14) == pytest.approx(4 / 10)  # clipped at both ends
    assert specificity([], 0, 10) == 0.0
    assert specificity(ents, 5, 5) == 0.0
    assert specificity_of_spans(ents, [(0, 2), (12, 16)]) == pytest.approx(1.0)


def test_specificity_on_corpus_is_a_share(langfang):
    result = RulesBackend().analyse([langfang])[0]
    value = specificity(result.entities, 0, len(langfang.text))
    assert 0.02 < value < 0.6
