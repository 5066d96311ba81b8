# `make demo` and `make test` set everything up on a fresh machine (README.md).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test lint format migrate fixtures benchmark serve stop-db

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the dependency lists change; a second run installs nothing.
$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) loaddata demo
	$(MANAGE) collectstatic --noinput --verbosity 0
	@echo "Serving the archive on http://$(HOST):$(PORT)/"
	$(BIN)/gunicorn diplomacy.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -

test: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Rebuild fixtures/gazetteer.json from gazetteer/*.json and fixtures/demo.json from the
# sample articles (run after changing either or the pipeline).
fixtures: migrate
	$(MANAGE) build_gazetteer_fixture
	$(MANAGE) build_demo_fixture

benchmark: migrate
	$(MANAGE) benchmark ingest --articles $${ARTICLES:-100000}

stop-db:
	$(BIN)/python -m diplomacy.embedded_db stop
