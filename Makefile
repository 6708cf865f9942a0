# `make run` and `make test` are all a new developer needs (see README.md).
PYTHON_BIN ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
# uv installs the pinned requirements (a fresh virtualenv in seconds instead of half a minute with pip). Every
# version is pinned, so uv's own cache is tried first, without asking the package index (which can take 10 s);
# what the cache lacks comes from the index.
UV_VERSION := 0.13.8
UV_PIP := $(VENV)/bin/uv pip install --quiet --python $(PY)
INSTALL = $(UV_PIP) --offline -r $(1) 2>/dev/null || $(UV_PIP) -r $(1)
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The public address: links in mails and the Wagtail Site (set by migrate) follow the port `make run` serves on.
export SITE_URL ?= http://$(HOST):$(PORT)

# Python keeps the bytecode of what it imports (in __pycache__, ignored by git), also where the environment says
# PYTHONDONTWRITEBYTECODE: otherwise every test worker and subprocess compiles Django and Wagtail anew (~2 s each).
unexport PYTHONDONTWRITEBYTECODE

# An older commit for `make bench BASE=...`.
BASE ?=

.PHONY: bench lighthouse run setup test test-fast check test-python test-browser test-production format worker messages check-messages audit clean

$(PY):
	$(PYTHON_BIN) -m venv $(VENV)

$(VENV)/bin/uv: $(PY)
	$(VENV)/bin/pip install --quiet uv==$(UV_VERSION)

$(VENV)/.installed: requirements.txt $(VENV)/bin/uv
	$(call INSTALL,requirements.txt)
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(call INSTALL,requirements-dev.txt)
	touch $@

## Set up the database with the demo content (only what is not done yet; safe to run again).
setup: $(VENV)/.installed
	$(PY) scripts/run.py --prepare-only $(HOST) $(PORT)

## Serve the site on http://$(HOST):$(PORT) with SQLite and the background worker (Ctrl-C stops both).
run: $(VENV)/.installed
	@$(PY) scripts/run.py $(HOST) $(PORT)

## Run only the background worker: sends mail (retries, sweep), runs queued tasks and the daily retention purge.
worker: setup
	$(MANAGE) worker

PYTEST := $(VENV)/bin/pytest
# Each test file runs whole on one worker: files that share the demo site load it once. Files go out in
# collection order, long ones first (tests/conftest.py), so that the workers end together.
PARALLEL := -n auto --dist loadfile --no-loadscope-reorder

## Lint, check migrations and test ids, then the whole suite (DATABASE_URL picks the database).
test: check test-python test-browser test-production

## The edit-run loop: the suite without the browser, production and expensive tests (fuzzing, crawls, worker processes),
## in parallel, keeping the test database between runs. `make test` runs them all.
test-fast: $(VENV)/.installed-dev
	$(PYTEST) $(PARALLEL) -m "not browser and not production and not expensive" --reuse-db

## Lint, format, missing migrations, and test ids that stay the same between two collections.
check: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=wijraad.settings.test $(MANAGE) makemigrations --check --dry-run
	$(PY) scripts/check_test_ids.py

## Every test but the browser tests and the production topology, in parallel. CI's run on its second database
## engine adds `and not without_database` to MARKERS: a test that reaches no database ran on the first already.
MARKERS ?= not browser and not production
test-python: $(VENV)/.installed-dev
	$(PYTEST) $(PARALLEL) -m "$(MARKERS)"

## The browser tests (Chromium through Playwright), in parallel: each worker has a live copy of the site of its own.
test-browser: $(VENV)/.installed-dev
	$(PYTEST) $(PARALLEL) -m browser tests/browser

## The production topology (site/up: nginx front cache, two gunicorn app servers, worker, Redis, S3) and its checks.
test-production: $(VENV)/.installed-dev
	$(PYTEST) -m production tests/production

## Extract the interface strings into locale/<lang>/LC_MESSAGES/django.po (msgids are Dutch),
## fill the Dutch catalogue and compile the .mo files. Needs GNU gettext. Commit locale/.
messages: $(VENV)/.installed
	$(PY) scripts/messages.py update

## Fail on a string that is not translated or fuzzy in any language, or a .mo file that does not match its .po.
check-messages: $(VENV)/.installed
	$(PY) scripts/messages.py check

## Check every pinned requirement against a vulnerability database (pip-audit; AUDIT_SERVICE=osv for OSV).
## Exit 0: all checked, none vulnerable; 1: vulnerabilities; 2: the database could not be reached for some or all.
AUDIT_SERVICE ?= pypi
audit: $(VENV)/.installed-dev
	$(PY) scripts/audit.py --service $(AUDIT_SERVICE) requirements.txt requirements-dev.txt

## Queries and CPU ms per request of every page type under gunicorn with production settings (scripts/bench.py);
## BASE=<commit> measures that commit side by side in the same run.
bench: $(VENV)/.installed
	$(PY) scripts/bench.py $(if $(BASE),--base $(BASE))

## Lighthouse (phone) on the home page, a news item, a vacancy page and a form page under production settings:
## fails below 100 in any category; HTML reports in test-artifacts/lighthouse/ (scripts/lighthouse.py).
lighthouse: $(VENV)/.installed
	$(PY) scripts/lighthouse.py

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm media private-media staticfiles .pytest-db
