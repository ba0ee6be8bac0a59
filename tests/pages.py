"""Invented pages through cleaning and parsing, and what the parser tests read off the conference."""
from __future__ import annotations

from analyzer.clean import clean
from analyzer.model import Page
from analyzer.parse import parse


def conf_of(text: str, source: str = "<test>"):
    return parse(clean(Page(source=source, text=text, encoding="utf-8")))


def names(conf, role):
    """The names of the participants in ``role``, in the order the conference lists them."""
    return [p.name for p in conf.participants if p.role == role]


def speaker_titles(conf) -> dict:
    """Name to title of the officials (role speaker)."""
    return {p.name: p.title for p in conf.participants if p.role == "speaker"}


def the_unnamed_official(conf):
    """The one official (role speaker) of a page that names none: the page must have exactly one."""
    (official,) = [p for p in conf.participants if p.role == "speaker"]
    assert official.name is None
    return official
