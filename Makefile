# Targets a newcomer can guess. `make report` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TRANSCRIPTS ?= transcripts
REPORTS ?= reports
MODELS ?= models
FUZZ_EXAMPLES ?= 5000

.PHONY: setup report compare test fuzz lint typecheck bench models clean

setup: $(STAMP)

# torch first, pinned: the CPU build lies on this disk; an unpinned torch pulls a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

report: $(STAMP)
	$(PY) -m analyzer report $(TRANSCRIPTS) --out $(REPORTS)

compare: $(STAMP)
	@test -n "$(A)" -a -n "$(B)" || { echo "usage: make compare A=first.txt B=second.txt [OUT=file.pdf]"; exit 2; }
	$(PY) -m analyzer compare "$(A)" "$(B)" $(if $(OUT),--out "$(OUT)",--out $(REPORTS)/compare.pdf)

test: $(STAMP)
	$(PY) -m pytest

# Mutated corpus documents through the whole pipeline, every export's invariants checked
# (tests/test_fuzz.py; `make test` runs a short budget of the same test). Prints how many it ran.
fuzz: $(STAMP)
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest tests/test_fuzz.py -m fuzz -s -p no:warnings

lint: $(STAMP)
	$(PY) -m ruff check analyzer tests bench

typecheck: $(STAMP)
	$(PY) -m mypy analyzer --ignore-missing-imports

bench: $(STAMP)
	$(PY) bench/run.py

# Downloads stanza's Chinese models (needs internet; not run by CI).
models: $(STAMP)
	$(PY) -c "import stanza; stanza.download('zh-hans', model_dir='$(MODELS)', package='default', processors='tokenize,ner')"

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
