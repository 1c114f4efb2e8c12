# Two commands: `make run` (whole pipeline on the demo corpus) and `make test`.
# Both create or refresh the local virtual environment .venv from requirements.lock.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PARAMS ?= params/default.yaml
NBVAL_NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))

.PHONY: help setup run test test-unit notebooks lab lock bench bench-cleaning bench-topics \
        bench-actors bench-cooccurrence clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-20s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is needed; set PYTHON=/path/to/python3.11")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing pinned packages into $(VENV) (first time: about 2 minutes)"
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

setup: $(STAMP) ## create or refresh the virtual environment

run: $(STAMP) ## run all notebooks on the demo corpus (PARAMS=params/NAME.yaml to change)
	$(PY) -m helpers run --params $(PARAMS)

test: $(STAMP) ## unit tests, then nbval on the committed notebooks
	$(PY) -m pytest tests $(PYTEST_ARGS)
	$(PY) -m pytest --nbval --nbval-current-env --nbval-sanitize-with notebooks/nbval_sanitize.cfg $(NBVAL_NOTEBOOKS)

test-unit: $(STAMP) ## unit tests only
	$(PY) -m pytest tests $(PYTEST_ARGS)

notebooks: $(STAMP) ## re-execute the committed notebooks in place (outputs that nbval checks)
	cd notebooks && for nb in $(notdir $(NBVAL_NOTEBOOKS)); do \
	  ../$(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace $$nb || exit 1; done

lab: $(STAMP) ## JupyterLab on the project environment
	$(VENV)/bin/jupyter lab notebooks

bench: bench-cleaning bench-topics bench-actors bench-cooccurrence ## every benchmark (needs ../shared/corpora)

bench-cleaning: $(STAMP) ## cleaning quality on the Zyte benchmark, robustness, throughput
	$(PY) benchmarks/bench_cleaning.py

bench-topics: $(STAMP) ## topic quality on BBC / AG News against scikit-learn baselines, scale
	$(PY) benchmarks/bench_topics.py

bench-actors: $(STAMP) ## actor precision/recall on CoNLL-2003, matching speed against flashtext
	$(PY) benchmarks/bench_actors.py

bench-cooccurrence: $(STAMP) ## co-occurrence + backbone at 100k and 1M synthetic articles
	$(PY) benchmarks/bench_cooccurrence.py

lock: ## re-resolve requirements.lock from pyproject.toml (all extras) in a scratch venv
	rm -rf /tmp/helpers-lock && $(PYTHON) -m venv /tmp/helpers-lock
	/tmp/helpers-lock/bin/pip install --quiet '.[test,bench,embeddings,tools]'
	/tmp/helpers-lock/bin/pip freeze --exclude helpers | sed -E 's/\+cpu$$//' > requirements.lock

clean: ## remove generated tables and reports (never data/raw)
	find data/processed -mindepth 1 ! -name .gitkeep -delete
	find reports -mindepth 1 ! -name .gitkeep -delete
