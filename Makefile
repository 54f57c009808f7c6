# The two commands: `make run` (set up and serve the site) and `make test` (set up and run every test).
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Python 3.12 or newer: the first that works of these (pyenv's versions included).
PYTHON ?= $(shell for p in python3.13 python3.12 $$HOME/.pyenv/versions/3.13*/bin/python3 $$HOME/.pyenv/versions/3.12*/bin/python3 python3; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: help install install-dev translations setup run serve worker test lint migrations-check bench bench-pages e2e lock clean backup restore

help:
	@echo "make run    set everything up and serve the site on http://$(HOST):$(PORT)/"
	@echo "make test   set everything up and run every test, the linter and the migrations check"
	@echo "make bench  print page, search and import benchmark figures (make bench-pages: pages only)"
	@echo "make serve  run gunicorn with production settings"

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (python3.12 not found)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the lock files change.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# The interface's translations: .mo files compiled from the catalogues in the repository (GNU gettext's msgfmt).
CATALOGUES := $(wildcard innoprocure/locale/*/LC_MESSAGES/django.po)
translations: $(CATALOGUES:.po=.mo)
%.mo: %.po
	@command -v msgfmt >/dev/null || { echo "msgfmt not found: install GNU gettext (Debian: apt install gettext)"; exit 1; }
	msgfmt --check -o $@ $<

# Database, demo content (once), administrator account.
setup: install translations
	$(MANAGE) migrate --noinput
	@if [ ! -f var/.demo-loaded ]; then $(MANAGE) load_demo_content && touch var/.demo-loaded; fi
	$(MANAGE) ensure_admin
	@test -f var/opendata/resources.csv || $(MANAGE) export_open_data --enqueue

# The site and its background worker together, as production runs them (`make serve` + `make worker`): search
# indexing, attachment text extraction and e-mails happen while you use the site. Tasks waiting from set-up (the
# demo content's search index) are done first, so search finds everything from the first page on.
run: setup
	@echo "Processing waiting background tasks (log: var/worker.log) ..."
	@$(MANAGE) db_worker --batch --no-startup-delay >>var/worker.log 2>&1
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/), background worker running (log: var/worker.log)"
	@$(MANAGE) db_worker --no-startup-delay >>var/worker.log 2>&1 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	$(MANAGE) runserver $(HOST):$(PORT)

serve: install translations
	DJANGO_SETTINGS_MODULE=innoprocure.settings.production $(MANAGE) collectstatic --noinput
	DJANGO_SETTINGS_MODULE=innoprocure.settings.production $(BIN)/gunicorn innoprocure.wsgi --bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-3}

worker: install
	$(MANAGE) db_worker

lint: install-dev
	$(BIN)/ruff check innoprocure
	$(BIN)/ruff format --check innoprocure
	$(BIN)/djlint --lint innoprocure/templates
	$(BIN)/mypy

migrations-check: install-dev
	DJANGO_SETTINGS_MODULE=innoprocure.settings.test $(MANAGE) makemigrations --check --dry-run

test: install-dev translations lint migrations-check
	$(BIN)/pytest -n 2 $(PYTEST_ARGS)
	$(MAKE) --no-print-directory e2e

# Browser quality gates (docs/quality.md): journeys in Chromium, axe-core, the W3C Nu checker, screenshots in
# var/screenshots/. Needs Debian's chromium (skipped with the reason when missing), node/npm and java.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --ignore-scripts --no-audit --no-fund && touch $@; \
	else echo "npm not found: the axe and Nu checks will be skipped"; fi

e2e: install-dev translations node_modules/.installed
	$(BIN)/pytest innoprocure/e2e --durations=5

# Pages under load (gunicorn, production settings, wrk, Redis) beside a bare Django view, then search and imports.
bench: setup install-dev
	$(MANAGE) bench_pages
	$(MANAGE) bench_search
	$(MANAGE) bench_eforms
	$(MANAGE) bench_alerts

bench-pages: setup install-dev
	$(MANAGE) bench_pages

# Database and every upload, with a checksum manifest (docs/operations.md). BACKUP_DIR chooses where (var/backups).
backup: install
	$(MANAGE) backup

restore: install
	@test -n "$(BACKUP)" || { echo "Usage: make restore BACKUP=var/backups/<folder>  (stop the web and worker processes first)"; exit 1; }
	$(MANAGE) restore "$(BACKUP)"

lock: | $(BIN)/python
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links -o requirements-dev.txt requirements-dev.in

clean:
	rm -rf $(VENV) var/static var/test-media
