"""The command line: the export contract on the corpus, and one clear line for every error path."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus"


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "analyzer", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def one_clear_line(proc):
    assert proc.returncode != 0
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


def test_missing_path(tmp_path):
    line = one_clear_line(run("export", tmp_path / "nope.txt"))
    assert "nope.txt" in line and "E001" in line


def test_directory(tmp_path):
    assert "E002" in one_clear_line(run("export", tmp_path))


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("   \n\n", encoding="utf-8")
    assert "E003" in one_clear_line(run("export", f))


def test_binary_file(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    assert "E004" in one_clear_line(run("show", f))


def test_only_chrome_is_empty_after_cleaning(tmp_path):
    f = tmp_path / "chrome.html"
    f.write_text("<html><head><script>var a=1;</script><style>p{}</style></head><body>\n</body></html>",
                 encoding="utf-8")
    line = one_clear_line(run("export", f))
    assert "E00" in line


CONTRACT_KEYS = {"source", "doc_type", "layout", "script", "title", "place", "date", "text", "cleaning",
                 "participants", "turns", "qa_pairs", "speakers", "figures", "boilerplate", "topics", "nlp"}


@pytest.mark.parametrize("name", ["jiaozuo-2021-01-22-ecology-conference.txt",
                                  "jiaozuo-2023-05-29-inspection-report.txt"])
def test_export_contract_on_corpus(name):
    proc = run("export", CORPUS / name)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert CONTRACT_KEYS <= set(out)
    c = out["cleaning"]
    assert c["chars_in"] == c["chars_kept"] + c["chars_dropped"]
    assert len(out["text"]) == c["chars_kept"]
    for t in out["turns"]:
        assert out["text"][t["start"]:t["end"]] == t["text"]
    for f in out["figures"]:
        assert out["text"][f["start"]:f["end"]] == f["text"]
    assert out["nlp"]["backend"] in ("rules", "stanza")


def test_document_without_dialogue_is_analysed(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text("关于大气污染防治工作情况的报告\n\n今年以来，全市完成治理项目46项，优良天数达到210天。\n", encoding="utf-8")
    proc = run("export", f)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["doc_type"] in ("report", "unknown") and out["qa_pairs"] == []


def test_mixed_encoding_is_a_best_effort_result_with_one_line_warnings(tmp_path):
    lines = ["主持人：", "各位记者朋友，大家上午好！请市生态环境局局长王建国先生介绍情况。",
             "王建国：", "全市优良天数达到231天，同比增加19天。", "新华社记者：", "请问下一步有什么安排？",
             "王建国：", "我们将继续推进大气污染综合治理。"]
    f = tmp_path / "mixed.txt"
    f.write_bytes("\n".join(lines[:4]).encode("utf-8") + b"\n" + "\n".join(lines[4:]).encode("gb18030") + b"\n")
    proc = run("export", f)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    warnings = [ln for ln in proc.stderr.splitlines() if "warning:" in ln]
    assert any("mixed encodings" in ln and "gb18030" in ln for ln in warnings), proc.stderr
    out = json.loads(proc.stdout)
    assert "我们将继续推进大气污染综合治理。" in out["text"]  # the GB18030 half is decoded, not lost
    assert len(out["qa_pairs"]) == 1
