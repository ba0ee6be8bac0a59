"""The names of China's cities, from the gazetteer the cpca package ships (its adcodes.csv).

Only the data file is read (the package itself is not imported: it loads pandas and builds its
matchers on import). A city's name may hold a character that rarely ends or starts a place in
prose (晋城, 盐城, 本溪, 日照, 和田); the gazetteer vouches for those.
"""
from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import metadata
from pathlib import Path

GAZETTEER = "cpca/resources/adcodes.csv"


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str], ...]:
    """(adcode, name) of every place in the gazetteer; empty when it is missing, so places fall back
    to the rules alone."""
    try:
        text = Path(str(metadata.distribution("cpca").locate_file(GAZETTEER))).read_text(encoding="utf-8")
    except (metadata.PackageNotFoundError, OSError):
        return ()
    return tuple((row["adcode"], row["name"]) for row in csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Short names of the cities ("晋城" for 晋城市, "诸城" for the county-level 诸城市)."""
    return frozenset(n[:-1] for _code, n in _rows() if n.endswith("市") and len(n) >= 3)


@lru_cache(maxsize=1)
def city_and_county_names() -> frozenset[str]:
    """Full names of the cities and counties (盐城市, 诸城市, 公安县): never a word of the prose, though
    some hold one (城市, 公安). District names are left out: 新城区 and 老城区 are also plain words."""
    return frozenset(n for _code, n in _rows() if n.endswith(("市", "县")) and len(n) >= 3)


# What a province-level name ends with; the rest is how it is called (河北, 内蒙古, 宁夏, 香港)
_PROVINCE_SUFFIX = re.compile(r"(?:省|市|(?:回族|壮族|维吾尔)?自治区|特别行政区)$")


@lru_cache(maxsize=1)
def province_names() -> dict[str, str]:
    """Each province-level name as written in full or short with its kind (河北省, 内蒙古自治区, 宁夏回族自治区
    and 宁夏自治区) -> its short name (河北, 内蒙古, 宁夏); the four municipalities are cities."""
    out: dict[str, str] = {}
    for code, name in _rows():
        if code.endswith("0000000000") and not name.endswith("市"):
            short = _PROVINCE_SUFFIX.sub("", name)
            kind = name[len(short):]
            out[name] = short
            out[short + ("自治区" if kind.endswith("自治区") else kind)] = short
    return out
