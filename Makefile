# News-coverage analysis: `make run` executes the notebooks, `make test` checks them.
# `make` alone lists the targets.

VENV    := .venv
PYTHON  := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
KERNEL  := news-coverage
# Rerun on your own articles: make run CORPUS=path/to/articles OUT=path/to/results
CORPUS  ?=
OUT     ?=
# Study settings (actors, gazetteer, frames…) of your corpus, if not study.yaml beside it
STUDY   ?=
# Parse on a Dask cluster: make run ENGINE=dask [SCHEDULER=tcp://host:8786]
ENGINE  ?=
SCHEDULER ?=
# Notebooks run side by side when independent (1: one after the other, less memory)
JOBS    ?=

.DEFAULT_GOAL := help
.PHONY: help env run corpus-export report bench test test-fast lint format lab clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-8s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml requirements.lock
	@command -v python3 >/dev/null || { echo "error: python3 (3.11 or newer) is needed"; exit 1; }
	python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "error: Python 3.11 or newer is needed"; exit 1; }
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -c requirements.lock -e '.[dev]'
	$(PYTHON) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python ($(KERNEL))" >/dev/null
	touch $(STAMP)

env: $(STAMP) ## Build the virtual environment (.venv) with pinned packages and the spaCy models

run: $(STAMP) ## Execute every notebook with papermill (CORPUS=dir OUT=dir for your own articles)
	$(PYTHON) -m helpers.pipeline.run $(if $(CORPUS),--corpus "$(CORPUS)") $(if $(OUT),--out "$(OUT)") \
		$(if $(STUDY),--study "$(STUDY)") \
		$(if $(ENGINE),--engine "$(ENGINE)") $(if $(SCHEDULER),--scheduler "$(SCHEDULER)") \
		$(if $(JOBS),--jobs "$(JOBS)")

corpus-export: $(STAMP) ## Write the corpus for IRaMuTeQ, TXM and a spreadsheet to data/exports/ (OUT=dir: a run's OUT)
	$(PYTHON) -m helpers.pipeline.corpus_export $(if $(OUT),--out "$(OUT)")

test: $(STAMP) lint ## Unit tests of the helpers, papermill tests, and nbval on the committed notebooks
	$(PYTHON) -m pytest tests
	HELPERS_OUTPUT_ROOT="$$(mktemp -d)" $(PYTHON) -m pytest --nbval notebooks \
		--nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider

test-fast: $(STAMP) lint ## The fast tier: lint and unit tests, no whole-pipeline run (under 2 minutes)
	$(PYTHON) -m pytest tests -m "not slow" -q -p no:cacheprovider

report: $(STAMP) ## Export the executed notebooks to self-contained HTML in reports/ (make run does it too)
	$(PYTHON) -m helpers.pipeline.export

bench: $(STAMP) ## Benchmark the pipeline against bare spaCy on 5 to 2,000 generated articles
	$(PYTHON) -m helpers.pipeline.bench $(BENCH_ARGS)

lint: $(STAMP) ## Check style with ruff (lint and format)
	$(PYTHON) -m ruff check src tests notebooks
	$(PYTHON) -m ruff format --check src tests  # executed notebooks are papermill output

format: $(STAMP) ## Reformat the code with ruff
	$(PYTHON) -m ruff check --fix src tests notebooks
	$(PYTHON) -m ruff format src tests

lab: $(STAMP) ## Open JupyterLab on the project's kernel
	$(VENV)/bin/jupyter lab notebooks

clean: ## Remove the environment, the parse cache and staging folders (keeps results)
	rm -rf $(VENV) .cache .staging
