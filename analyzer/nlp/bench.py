"""Throughput of the NLP backends, for ``bench/``: characters per second, cold and cached.

Cold = a fresh cache (stanza runs on every text, model loading timed separately); cached = a
second backend over the same cache, which must not run stanza at all.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Optional, Sequence


def _rate(chars: int, seconds: float) -> float:
    return round(chars / seconds, 1) if seconds > 0 else float("inf")


def bench_rules(texts: Sequence[str]) -> dict:
    """Characters per second of the rule-based backend."""
    from .rules import RulesBackend

    backend = RulesBackend()
    chars = sum(len(t) for t in texts)
    t0 = time.perf_counter()
    for text in texts:
        backend.analyse_text(text)
    seconds = time.perf_counter() - t0
    return {"backend": "rules", "chars": chars, "seconds": round(seconds, 4),
            "chars_per_s": _rate(chars, seconds)}


def bench_stanza(texts: Sequence[str], models_dir: Optional[str] = None, use_gpu: bool = False,
                 make_backend: Optional[Callable[[Path], Any]] = None) -> dict:
    """Cold and cached characters per second of the stanza backend (CPU unless ``use_gpu``).

    ``make_backend(cache_dir)`` builds the backend (tests pass explicit model paths); by default
    the models are looked up like ``load_backend``. Without models the result says so and
    carries the rules figures instead.
    """
    from . import find_models_dir
    from .stanza_backend import StanzaBackend

    if make_backend is None:
        found, looked = find_models_dir(models_dir)
        if found is None:
            out = bench_rules(texts)
            out["skipped"] = "no stanza models in " + ", ".join(str(p) for p in looked)
            return out

        def make_backend(cache_dir: Path) -> Any:
            return StanzaBackend(found, cache_dir=cache_dir, use_gpu=use_gpu)

    chars = sum(len(t) for t in texts)
    with tempfile.TemporaryDirectory(prefix="analyzer-nlp-bench-") as tmp:
        cold = make_backend(Path(tmp))
        t0 = time.perf_counter()
        cold.pipeline()
        load_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        cold.analyse_texts(list(texts))
        cold_s = time.perf_counter() - t0
        cached = make_backend(Path(tmp))
        t0 = time.perf_counter()
        cached.analyse_texts(list(texts))
        cached_s = time.perf_counter() - t0
        device = str(getattr(cold.pipeline(), "device", "cpu"))
    return {
        "backend": "stanza", "models": cold.info.models, "device": device, "chars": chars,
        "load_s": round(load_s, 3), "cold_s": round(cold_s, 3), "cold_chars_per_s": _rate(chars, cold_s),
        "cached_s": round(cached_s, 4), "cached_chars_per_s": _rate(chars, cached_s),
        "stanza_calls_cold": cold.pipeline_calls, "stanza_calls_cached": cached.pipeline_calls,
    }
