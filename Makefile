# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_FUZZ := $(VENV)/.installed-fuzz
STAMP_REPORT := $(VENV)/.installed-report
FUZZ_TIME  ?= 60

.PHONY: demo test lint schema bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,report]'
	touch $@ $(STAMP_RUN) $(STAMP_REPORT)

$(STAMP_REPORT): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[report]'
	touch $@ $(STAMP_RUN)

$(STAMP_FUZZ): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[fuzz]'
	touch $@ $(STAMP_RUN)

demo: $(STAMP_REPORT)
	$(BIN)/newsscraper demo

test: $(STAMP_TEST)
	$(BIN)/ruff check .
	CI=$${CI:-} $(BIN)/python -m pytest

lint: $(STAMP_TEST)
	$(BIN)/ruff check .

# Time-boxed atheris run from the committed seed corpus; new inputs and crashes go to .fuzz/.
fuzz: $(STAMP_FUZZ)
	mkdir -p .fuzz/corpus
	$(BIN)/python fuzz/fuzz_extract.py .fuzz/corpus tests/fuzz/corpus $(wildcard tests/fixtures/*/) \
		-max_total_time=$(FUZZ_TIME) \
		-rss_limit_mb=2048 -artifact_prefix=.fuzz/

schema: $(STAMP_RUN)
	$(BIN)/newsscraper schema

bench: | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench.dates

clean:
	rm -rf $(VENV) build *.egg-info
