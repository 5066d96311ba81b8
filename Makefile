# `make demo` and `make test` set everything up on a fresh machine (README.md).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test lint format migrate fixtures benchmark benchmark-search serve stop-db

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the dependency lists change; a second run installs nothing.
$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

# axe-core (package-lock.json) for the browser tests' accessibility checks, reinstalled only
# when the lock changes. Without npm the browser tests skip loudly; under CI they fail.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund && touch $(NODE_STAMP); \
	elif [ "$${CI:-}" = "true" ]; then \
		echo "npm is required: the browser tests inject axe-core from node_modules/"; exit 1; \
	else \
		echo "*** npm not found: axe-core is not installed, the browser tests will be SKIPPED ***"; \
	fi

install: $(STAMP)

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) loaddata demo
	$(MANAGE) collectstatic --noinput --verbosity 0
	@echo "Serving the archive on http://$(HOST):$(PORT)/"
	$(BIN)/gunicorn diplomacy.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -

test: install $(NODE_STAMP)
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

benchmark-search: migrate
	$(MANAGE) benchmark search --articles $${ARTICLES:-100000}

stop-db:
	$(BIN)/python -m diplomacy.embedded_db stop
