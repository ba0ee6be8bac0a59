"""Every test run gets its own content cache (never the user's ~/.cache/analyzer)."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("ANALYZER_CACHE_DIR", str(tmp_path_factory.mktemp("analyzer-cache")))
    yield
    mp.undo()
