"""Tiny real stanza models, trained offline in seconds, for the stanza backend tests.

stanza's model hub is unreachable here, so the session trains its own: a character-level
tokenizer and an NER tagger on a few dozen made-up sentences written below (no corpus text),
with stanza's own training entry points (``stanza.models.tokenizer`` and
``stanza.models.ner_tagger``, the code behind ``python -m ...``) and no pretrained vectors.
The result is laid out like ``stanza.download`` output: ``resources.json`` + ``zh-hans/<processor>/``.
"""
from __future__ import annotations

import json
import logging
import random
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

PEOPLE = ["王小明", "李华", "张伟", "刘芳", "陈静", "赵强", "孙丽", "周杰", "吴海", "郑一鸣"]
ORGS = ["市环保局", "市生态环境局", "市交通委", "省林业厅", "市执法支队", "东方日报", "新华社", "市政府新闻办公室"]
PLACES = ["北京市", "河南省", "东城区", "南山县", "江城市", "平安县"]
DATES = ["2023年", "3月5日", "今年", "上半年", "2021年1月"]
SLOTS = {"PERSON": PEOPLE, "ORG": ORGS, "GPE": PLACES, "DATE": DATES}
# Words separated by spaces; {LABEL} is filled from the lists above.
TEMPLATES = [
    "{ORG} {PERSON} 介绍 了 有关 情况 。",
    "{PERSON} 表示 ， {GPE} 的 空气 质量 明显 改善 。",
    "{DATE} ， {GPE} 完成 了 治理 任务 。",
    "记者 {PERSON} 来自 {ORG} 。",
    "请 {ORG} 的 {PERSON} 回答 这个 问题 。",
    "{GPE} {ORG} 在 {DATE} 召开 发布会 。",
    "谢谢 {PERSON} 的 介绍 。",
    "{ORG} 将 继续 加强 监管 。",
    "下面 请 {PERSON} 同志 发言 。",
    "{DATE} 以来 ， {GPE} 共 检查 企业 一百 家 。",
]
TAGS = frozenset(SLOTS)  # the labels the tiny NER model can emit

RESOURCES = {  # hand-written: just enough for stanza.Pipeline to find the two models
    "zh-hans": {
        "lang_name": "Simplified_Chinese",
        "tokenize": {"tiny": {}},
        "ner": {"tiny": {}},
        "packages": {"default": {"tokenize": "tiny", "ner": "tiny"}},
    },
    "zh": {"alias": "zh-hans"},
}


@dataclass(frozen=True)
class TinyModels:
    models_dir: Path  # laid out like stanza.download output
    ner_model: Path
    tokenize_model: Path
    train_seconds: float


def _sentences(rng: random.Random, n: int) -> list[list[tuple[str, str]]]:
    """Made-up sentences as (word, label-or-O) pairs."""
    out = []
    for _ in range(n):
        words = []
        for piece in rng.choice(TEMPLATES).split():
            if piece.startswith("{"):
                label = piece.strip("{}")
                words.append((rng.choice(SLOTS[label]), label))
            else:
                words.append((piece, "O"))
        out.append(words)
    return out


def _ner_json(sentences, by_character: bool) -> list:
    """stanza's NER training format: a list of sentences, each a list of {text, ner} tokens."""
    doc = []
    for words in sentences:
        tokens = []
        for word, label in words:
            pieces = list(word) if by_character else [word]
            for k, piece in enumerate(pieces):
                tag = "O" if label == "O" else ("B-" if k == 0 else "I-") + label
                tokens.append({"text": piece, "ner": tag})
        doc.append(tokens)
    return doc


def _tokenizer_files(sentences, path_txt: Path, path_labels: Path) -> None:
    """stanza's tokenizer format: raw text plus one label per character (1 word end, 2 sentence end)."""
    paragraphs_txt, paragraphs_lab = [], []
    for i in range(0, len(sentences), 3):
        txt, lab = "", ""
        for words in sentences[i:i + 3]:
            for word, _label in words:
                txt += word
                lab += "0" * (len(word) - 1) + ("2" if word == "。" else "1")
        paragraphs_txt.append(txt)
        paragraphs_lab.append(lab)
    path_txt.write_text("\n\n".join(paragraphs_txt) + "\n", encoding="utf-8")
    path_labels.write_text("\n\n".join(paragraphs_lab) + "\n", encoding="utf-8")


def train_tiny_models(root: Path) -> TinyModels:
    """Train the tokenizer and the NER tagger with stanza's training code; seconds on a CPU."""
    from stanza.models import ner_tagger, tokenizer

    rng = random.Random(20240726)
    train, dev = _sentences(rng, 60), _sentences(rng, 12)
    data = root / "data"
    data.mkdir(parents=True)
    models = root / "models"
    tok_dir, ner_dir = models / "zh-hans" / "tokenize", models / "zh-hans" / "ner"
    tok_dir.mkdir(parents=True)
    ner_dir.mkdir(parents=True)

    # NER sees both character tokens (pretokenized mode) and word tokens (the tokenizer's output).
    for name, sents in (("train", train), ("dev", dev)):
        (data / f"ner.{name}.json").write_text(json.dumps(
            _ner_json(sents, True) + _ner_json(sents, False), ensure_ascii=False), encoding="utf-8")
        _tokenizer_files(sents, data / f"tok.{name}.txt", data / f"tok.{name}.labels")
    (data / "mwt.json").write_text("[]", encoding="utf-8")

    started = time.perf_counter()
    tokenizer.main([
        "--mode", "train", "--lang", "zh-hans", "--shorthand", "zh-hans_tiny", "--cpu",
        "--txt_file", str(data / "tok.train.txt"), "--label_file", str(data / "tok.train.labels"),
        "--dev_txt_file", str(data / "tok.dev.txt"), "--dev_label_file", str(data / "tok.dev.labels"),
        "--mwt_json_file", str(data / "mwt.json"),
        "--save_dir", str(tok_dir), "--save_name", "tiny.pt",
        "--steps", "60", "--eval_steps", "1000", "--emb_dim", "16", "--hidden_dim", "16",
        "--batch_size", "8", "--max_seqlen", "60", "--lr0", "0.01",
    ])
    ner_tagger.main([
        "--mode", "train", "--shorthand", "zh-hans_tiny", "--cpu", "--no_pretrain",
        "--train_file", str(data / "ner.train.json"), "--eval_file", str(data / "ner.dev.json"),
        "--save_dir", str(ner_dir), "--save_name", "tiny.pt",
        "--word_emb_dim", "16", "--char_emb_dim", "16", "--char_hidden_dim", "16",
        "--hidden_dim", "32", "--max_steps", "80", "--eval_interval", "40",
        "--batch_size", "16", "--optim", "adam", "--lr", "0.01",
    ])
    seconds = time.perf_counter() - started
    (models / "resources.json").write_text(json.dumps(RESOURCES), encoding="utf-8")
    logging.getLogger("stanza").setLevel(logging.WARNING)  # training turned on INFO chatter
    return TinyModels(models, ner_dir / "tiny.pt", tok_dir / "tiny.pt", seconds)


@pytest.fixture(scope="session", name="tiny_stanza_models")
def tiny_stanza_models_fixture(tmp_path_factory) -> TinyModels:
    pytest.importorskip("stanza")
    return train_tiny_models(tmp_path_factory.mktemp("stanza-tiny"))
