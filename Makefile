# Practica. `make run` serves the demo; `make test` runs the whole suite.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8000

.PHONY: run test lint bench install demo-env clean

$(STAMP): pyproject.toml requirements.lock
	@PYTHON_BIN=$$(bash scripts/python.sh) && \
	  { $(PY) -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV) && $$PYTHON_BIN -m venv $(VENV); }; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

# The zero-set-up demo: SQLite, Celery's filesystem broker, mail written under var/mail/.
run: $(STAMP)
	@bash scripts/run.sh

test: $(STAMP)
	@bash scripts/test.sh $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates --lint --quiet
	$(VENV)/bin/lint-imports
	DJANGO_SETTINGS_MODULE=tests.settings $(VENV)/bin/mypy .

bench: $(STAMP)
	@bash scripts/bench.sh

clean:
	rm -rf var test-artifacts
