# Shortcuts for the commands in README.md, CONTRIBUTING.md and benchmarks/README.md.
# Run them in the project's virtual environment (`pip install -e ".[test]"`).
PYTHON ?= python
export NO_MKDOCS_2_WARNING := 1

.PHONY: help test lint format bench site serve

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

test:  ## the whole test suite (what CI runs after `make lint`)
	$(PYTHON) -m pytest

lint:  ## ruff, the formatting check and mypy, as CI and pre-commit run them
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .
	$(PYTHON) -m mypy timeline

format:  ## reformat the code and apply ruff's safe fixes
	$(PYTHON) -m ruff format .
	$(PYTHON) -m ruff check --fix .

bench:  ## every benchmark once, at its default sizes (minutes; see benchmarks/README.md)
	$(PYTHON) -m benchmarks.timeml
	$(PYTHON) -m benchmarks.extract
	$(PYTHON) -m benchmarks.store
	$(PYTHON) -m benchmarks.site_build --example

site:  ## re-run the example's extraction and build its site into site/ (README's first command)
	timeline extract articles/ -o events.yaml
	$(PYTHON) -m mkdocs build --strict

serve:  ## preview the example site at http://127.0.0.1:8000, live while you edit events.yaml
	$(PYTHON) -m mkdocs serve
