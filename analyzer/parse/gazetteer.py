"""The names of China's cities, from the gazetteer the cpca package ships (its adcodes.csv).

Only the data file is read (the package itself is not imported: it loads pandas and builds its
matchers on import). A city's name may hold a character that rarely ends or starts a place in
prose (晋城, 盐城, 本溪, 日照, 和田); the gazetteer vouches for those.
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import metadata
from pathlib import Path

GAZETTEER = "cpca/resources/adcodes.csv"


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Short names of the cities ("晋城" for 晋城市, "诸城" for the county-level 诸城市); empty when
    the gazetteer is missing, so places fall back to the rules alone."""
    try:
        text = Path(str(metadata.distribution("cpca").locate_file(GAZETTEER))).read_text(encoding="utf-8")
    except (metadata.PackageNotFoundError, OSError):
        return frozenset()
    names = (row["name"] for row in csv.DictReader(io.StringIO(text)))
    return frozenset(n[:-1] for n in names if n.endswith("市") and len(n) >= 3)
