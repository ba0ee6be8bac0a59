"""The data files hold no dead keys: every key a stage could read is read by the code.

Keys are checked down to the tables whose keys are settings (``[settings]``, ``[menu]``…); tables
whose keys are data themselves (topic names, unit classes, surname lists) are checked at their
own name only. The code is searched for each key as a quoted string, the way it reads a table.
"""
from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from analyzer import lexicon

PACKAGE = Path(lexicon.__file__).resolve().parent
DATA_FILES = sorted(p for p in resources.files("analyzer").joinpath("data").iterdir() if p.name.endswith(".toml"))
# Tables whose keys are vocabulary (each key is a word, a topic or a unit class), not settings.
DATA_TABLES = {"topics", "units", "unit_needs_cue", "unit_blockers", "gpe_ending_max_chars", "declaration_roles",
               "refuse", "unable", "defer", "political", "courtesy", "procedural", "specific", "blockers",
               "region_cues", "venues", "spoken_title_forms", "title_synonyms", "related"}


def code_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))


def setting_keys(table: dict, prefix: str = "") -> list[str]:
    out = []
    for key, value in table.items():
        out.append(key)
        if isinstance(value, dict) and key not in DATA_TABLES:
            out.extend(setting_keys(value, f"{prefix}{key}."))
    return out


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_every_key_of_a_data_file_is_read_by_the_code(path):
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    code = code_text()
    unread = [k for k in setting_keys(data) if not re.search(rf"[\"']{re.escape(k)}[\"']", code)]
    assert unread == [], f"{path.name}: keys no code reads: {unread}"


def test_only_the_lexicon_opens_the_data_folder():
    readers = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")
               if re.search(r"tomllib\.load|data/[a-z_]+\.toml\"|/ \"data\"", p.read_text(encoding="utf-8"))]
    assert readers == ["lexicon.py"]
