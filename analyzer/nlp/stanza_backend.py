"""stanza as the NLP backend: sentences, tokens and named entities for Chinese, cached on disk.

stanza and torch are imported only when a pipeline is really needed (a cache miss), so a run
whose results are all cached, and every run on the rule-based path, never loads them. Models
come from a local directory and are never downloaded at run time (``download_method=None``).
Traditional text is analysed through ``Document.simplified`` (stanza's traditional models have
no NER); the copy has the same length, so offsets carry over unchanged.
"""
from __future__ import annotations

import hashlib
import json
import re
import warnings
from importlib import metadata
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

from ..model import Document, Entity, NlpInfo
from ..sentences import split_sentences
from .base import NlpResult, normalise_label
from .cache import ResultCache, default_cache_dir, file_identity

LANG = "zh-hans"
PROCESSORS = "tokenize,ner"  # pos/lemma/depparse are not used by the analysis
MODEL_SUBDIRS = ("tokenize", "ner", "pretrain", "forward_charlm", "backward_charlm")
MAX_CHUNK_CHARS = 500  # stanza runs out of memory on giant unpunctuated "sentences"
BATCH_CHARS = 20_000  # characters handed to stanza per call
# Pretokenized input: runs of Latin letters or digits stay whole, anything else is one character.
_PRETOKEN_RE = re.compile(r"[A-Za-z]+|[0-9０-９]+(?:[.．][0-9０-９]+)?|\S")

_DEFAULT = object()  # "use the default cache directory"


def stanza_version() -> str:
    """Installed stanza version, read without importing stanza (which pulls in torch)."""
    try:
        return metadata.version("stanza")
    except metadata.PackageNotFoundError:
        return "unknown"


def _read_resources(models_dir: Path) -> Optional[dict]:
    try:
        return json.loads((models_dir / "resources.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _resolve_lang(resources: dict, lang: str) -> str:
    seen = set()
    while isinstance(resources.get(lang), dict) and "alias" in resources[lang] and lang not in seen:
        seen.add(lang)
        lang = resources[lang]["alias"]
    return lang


def _default_package(lang_resources: dict, processor: str) -> Optional[str]:
    """The package stanza would load for a processor: ``packages.default`` or ``default_processors``."""
    for holder in (lang_resources.get("packages", {}).get("default", {}),
                   lang_resources.get("default_processors", {})):
        package = holder.get(processor) if isinstance(holder, dict) else None
        if isinstance(package, list):
            package = ";".join(package)
        if package:
            return package
    return None


def installed_models(models_dir: Optional[str | Path], lang: str = LANG) -> Optional[str]:
    """Description of the Chinese tokenize+ner models installed in ``models_dir``, or None.

    Needs ``resources.json`` naming the language and at least one ``.pt`` file for each of
    tokenize and ner, which is what ``stanza.download`` leaves behind.
    """
    if not models_dir:
        return None
    root = Path(models_dir)
    resources = _read_resources(root)
    if not resources:
        return None
    lang = _resolve_lang(resources, lang)
    if not isinstance(resources.get(lang), dict):
        return None
    parts = []
    for processor in ("tokenize", "ner"):
        files = sorted((root / lang / processor).glob("*.pt"))
        if not files:
            return None
        package = _default_package(resources[lang], processor) or files[0].stem
        parts.append(f"{processor}={package}")
    return f"{lang} {' '.join(parts)} ({root})"


class StanzaBackend:
    """Chinese tokenize+ner through ``stanza.Pipeline``, with chunking, batching and a disk cache.

    ``models_dir`` holds ``resources.json`` and the models (what ``stanza.download`` writes).
    For tests or custom models, ``ner_model_path`` (and ``tokenize_model_path``) name model
    files directly; ``pretokenized=True`` skips the neural tokenizer and feeds characters
    (Latin and digit runs kept whole), one rule-based sentence at a time.
    """

    def __init__(self, models_dir: str | Path, *, lang: str = LANG,
                 ner_model_path: Optional[str | Path] = None,
                 tokenize_model_path: Optional[str | Path] = None,
                 pretokenized: bool = False,
                 use_gpu: Optional[bool] = None,
                 cache_dir: Any = _DEFAULT,
                 max_chunk_chars: int = MAX_CHUNK_CHARS,
                 batch_chars: int = BATCH_CHARS,
                 **pipeline_options: Any):
        self.models_dir = Path(models_dir)
        resources = _read_resources(self.models_dir) or {}
        self.lang = _resolve_lang(resources, lang)
        self.ner_model_path = Path(ner_model_path) if ner_model_path else None
        self.tokenize_model_path = Path(tokenize_model_path) if tokenize_model_path else None
        self.pretokenized = pretokenized
        self.use_gpu = use_gpu
        self.max_chunk_chars = max_chunk_chars
        self.batch_chars = batch_chars
        self.pipeline_options = pipeline_options
        self.pipeline_calls = 0  # how many times stanza itself was run (0 on a fully cached run)
        self._pipeline: Any = None
        self._failure: Optional[str] = None
        self._fallback: Any = None

        self.models = self._describe(resources)
        identity = "|".join([
            f"stanza {stanza_version()}", self.lang, PROCESSORS,
            f"pretokenized={pretokenized}", f"chunk={max_chunk_chars}",
            hashlib.sha256(json.dumps(resources, sort_keys=True).encode()).hexdigest()[:16],
            *file_identity(self._model_files()),
        ])
        directory = default_cache_dir() if cache_dir is _DEFAULT else cache_dir
        self.cache = ResultCache(directory, identity)

    # ------------------------------------------------------------------ description
    def _model_files(self) -> list[Path]:
        files = [p for p in (self.ner_model_path, self.tokenize_model_path) if p is not None]
        for sub in MODEL_SUBDIRS:
            if sub == "ner" and self.ner_model_path is not None:
                continue
            if sub == "tokenize" and (self.tokenize_model_path is not None or self.pretokenized):
                continue
            files.extend((self.models_dir / self.lang / sub).glob("*.pt"))
        return files

    def _describe(self, resources: dict) -> str:
        lang_resources = resources.get(self.lang, {}) if isinstance(resources.get(self.lang), dict) else {}
        if self.pretokenized:
            tokenize = "pretokenized"
        elif self.tokenize_model_path is not None:
            tokenize = self.tokenize_model_path.name
        else:
            tokenize = _default_package(lang_resources, "tokenize") or "default"
        ner = (self.ner_model_path.name if self.ner_model_path is not None
               else _default_package(lang_resources, "ner") or "default")
        return f"{self.lang} tokenize={tokenize} ner={ner} (stanza {stanza_version()})"

    @property
    def info(self) -> NlpInfo:
        if self._failure is not None:
            return NlpInfo(backend="rules", models=None, note=self._failure)
        return NlpInfo(backend="stanza", models=self.models, note=None)

    # ------------------------------------------------------------------ pipeline
    def pipeline(self) -> Any:
        """The stanza pipeline, built on first use (this is where stanza and torch get imported)."""
        if self._pipeline is None:
            import stanza  # noqa: PLC0415 - lazy on purpose
            import torch  # noqa: PLC0415

            use_gpu = torch.cuda.is_available() if self.use_gpu is None else self.use_gpu
            options: dict[str, Any] = {
                "lang": self.lang, "processors": PROCESSORS, "dir": str(self.models_dir),
                "download_method": None, "use_gpu": use_gpu, "logging_level": "WARN",
                "ner_batch_size": 128,  # ~20% faster than stanza's 32 on CPU; chunks bound the memory
            }
            if self.pretokenized:
                options["tokenize_pretokenized"] = True
            if self.tokenize_model_path is not None:
                options["tokenize_model_path"] = str(self.tokenize_model_path)
            if self.ner_model_path is not None:
                options["ner_model_path"] = str(self.ner_model_path)
            options.update(self.pipeline_options)
            self._pipeline = stanza.Pipeline(**options)
        return self._pipeline

    def person_entities(self, document: Document, names: Iterable[str]) -> tuple[Entity, ...]:
        from .rules import person_entities  # noqa: PLC0415

        return person_entities(document.text, names)

    # ------------------------------------------------------------------ analysis
    def analyse(self, documents: Sequence[Document]) -> list[NlpResult]:
        return self.analyse_texts([doc.simplified for doc in documents])

    def analyse_texts(self, texts: Sequence[str]) -> list[NlpResult]:
        """Results for simplified texts: cached ones from disk, the rest from stanza in batches."""
        results: list[Optional[NlpResult]] = [self.cache.get(text) for text in texts]
        todo = [i for i, r in enumerate(results) if r is None]
        if todo and self._failure is None:
            try:
                fresh = self._run([texts[i] for i in todo])
            except Exception as err:  # a broken model directory must not stop the analysis
                self._fail(err)
            else:
                for i, result in zip(todo, fresh):
                    results[i] = result
                    self.cache.put(texts[i], result)
        if self._failure is not None:
            for i in todo:
                if results[i] is None:
                    results[i] = self._fallback.analyse_text(texts[i])
        return [r for r in results if r is not None]

    def _fail(self, err: Exception) -> None:
        from .rules import RulesBackend  # noqa: PLC0415

        self._failure = (f"stanza models in {self.models_dir} could not be used "
                         f"({type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}); "
                         "fell back to the rule-based backend")
        warnings.warn(self._failure, RuntimeWarning, stacklevel=3)
        self._fallback = RulesBackend(note=self._failure)

    def chunks(self, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` to hand to stanza: whole sentences of a line packed up to ``max_chunk_chars``.

        Runs without sentence punctuation are cut at a comma or, failing that, at the limit,
        so no chunk is ever longer than the limit. Pretokenized mode keeps one sentence a chunk.
        """
        sentences = split_sentences(text, max_chars=self.max_chunk_chars)
        if self.pretokenized:
            return sentences
        packed: list[tuple[int, int]] = []
        for start, end in sentences:
            # Pack within a line only: a line break ends a paragraph or a speaker label.
            if (packed and end - packed[-1][0] <= self.max_chunk_chars
                    and "\n" not in text[packed[-1][1]:start]):
                packed[-1] = (packed[-1][0], end)
            else:
                packed.append((start, end))
        return packed

    def _batches(self, texts: Sequence[str]) -> Iterable[list[tuple[int, int, int]]]:
        """(text index, chunk start, chunk end) in batches of about ``batch_chars`` characters."""
        batch: list[tuple[int, int, int]] = []
        size = 0
        for i, text in enumerate(texts):
            for start, end in self.chunks(text):
                batch.append((i, start, end))
                size += end - start
                if size >= self.batch_chars:
                    yield batch
                    batch, size = [], 0
        if batch:
            yield batch

    def _run(self, texts: Sequence[str]) -> list[NlpResult]:
        entities: list[list[Entity]] = [[] for _ in texts]
        sentences: list[list[tuple[int, int]]] = [[] for _ in texts]
        tokens: list[list[tuple[int, int]]] = [[] for _ in texts]
        run = self._run_pretokenized if self.pretokenized else self._run_raw
        for batch in self._batches(texts):
            for i, ents, sents, toks in run(texts, batch):
                entities[i].extend(ents)
                sentences[i].extend(sents)
                tokens[i].extend(toks)
        out = []
        for i, text in enumerate(texts):
            n = len(text)
            ents = tuple(sorted((e for e in entities[i] if 0 <= e.start < e.end <= n),
                                key=lambda e: (e.start, e.end)))
            out.append(NlpResult(
                entities=ents,
                sentences=tuple(sorted(s for s in sentences[i] if 0 <= s[0] < s[1] <= n)),
                tokens=tuple(sorted(t for t in tokens[i] if 0 <= t[0] < t[1] <= n)),
            ))
        return out

    def _run_raw(self, texts: Sequence[str], batch: list[tuple[int, int, int]]):
        """Neural tokenizer: each chunk is a stanza Document; offsets shift by the chunk start."""
        import stanza  # noqa: PLC0415

        pipeline = self.pipeline()
        docs = [stanza.Document([], text=texts[i][start:end]) for i, start, end in batch]
        self.pipeline_calls += 1
        processed = pipeline(docs)
        for (i, offset, _end), doc in zip(batch, processed):
            sents: list[tuple[int, int]] = []
            toks: list[tuple[int, int]] = []
            for sentence in doc.sentences:
                if not sentence.tokens:
                    continue
                sents.append((sentence.tokens[0].start_char + offset, sentence.tokens[-1].end_char + offset))
                toks.extend((t.start_char + offset, t.end_char + offset) for t in sentence.tokens)
            ents = [Entity(e.start_char + offset, e.end_char + offset, normalise_label(e.type), "stanza")
                    for e in doc.ents]
            yield i, ents, sents, toks

    def _run_pretokenized(self, texts: Sequence[str], batch: list[tuple[int, int, int]]):
        """Pretokenized input: one sentence per chunk, token offsets kept on our side."""
        spans: list[list[tuple[int, int]]] = []
        words: list[list[str]] = []
        for i, start, end in batch:
            found = [(m.start(), m.end()) for m in _PRETOKEN_RE.finditer(texts[i], start, end)]
            spans.append(found)
            words.append([texts[i][a:b] for a, b in found])
        keep = [k for k, w in enumerate(words) if w]
        if not keep:
            return
        self.pipeline_calls += 1
        doc = self.pipeline()([words[k] for k in keep])
        for k, sentence in zip(keep, doc.sentences):
            i = batch[k][0]
            offsets = spans[k]
            ents = []
            for ent in sentence.ents:
                first, last = ent.tokens[0].id[0] - 1, ent.tokens[-1].id[0] - 1
                ents.append(Entity(offsets[first][0], offsets[last][1], normalise_label(ent.type), "stanza"))
            yield i, ents, [(offsets[0][0], offsets[-1][1])], offsets
