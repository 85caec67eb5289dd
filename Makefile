# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
CONSTRAINTS := requirements/constraints.txt
PYTEST_ARGS ?=

.PHONY: run setup install install-dev messages demo test lint format bench backup restore clean

$(VENV)/.installed: pyproject.toml $(CONSTRAINTS)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e '.[dev]'
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# Compiled catalogues are committed; recompile when gettext is there.
messages: install
	@if command -v msgfmt >/dev/null; then $(PY) manage.py compilemessages --ignore=.venv -v 0; \
	else echo "gettext not installed: using the committed .mo files"; fi

setup: install messages
	SITE_PORT=$(PORT) $(PY) manage.py migrate --noinput
	$(PY) manage.py update_translation_fields
	SITE_PORT=$(PORT) $(PY) manage.py load_demo_data

run: setup
	@echo ""
	@echo "  Leiden, City of Discoveries  http://localhost:$(PORT)/"
	@echo "  VVV Leiden                   http://vvv.localhost:$(PORT)/"
	@echo "  Expat Centre Leiden          http://expat.localhost:$(PORT)/"
	@echo "  Admin                        http://localhost:$(PORT)/admin/"
	@echo "  Demo accounts: admin, editor, moderator, vvv, expat, naturalis, lakenhal (password: $${DEMO_PASSWORD:-leiden-demo})"
	@echo ""
	@echo "  The worker (mail, queued work) and the scheduler run beside the server; Ctrl-C stops all three."
	@echo ""
	@# Background jobs of a script ignore Ctrl-C, so the trap stops them when the server ends.
	@$(PY) manage.py db_worker --queue-name '*' --no-reload & worker=$$!; \
	$(PY) manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null; wait' EXIT INT TERM; \
	SITE_PORT=$(PORT) $(PY) manage.py runserver 127.0.0.1:$(PORT)

# axe-core and vnu-jar for the accessibility and HTML gates (skipped with a reason without npm);
# lighthouse for `make bench`, which reports "not measured" without it.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --ignore-scripts --no-audit --no-fund --silent && touch $@; \
	else echo "npm not installed: the axe and Nu Html Checker tests will skip"; fi

test: install-dev messages node_modules/.installed
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=leiden_site.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=leiden_site.settings.test $(PY) manage.py makemigrations --check --dry-run

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# A benchmark, not a test: it reports pass/short per target and never fails on them.
bench: install
	$(PY) -m tools.bench $(BENCH_ARGS)

# The database and the uploaded media in one archive under $BACKUP_DIR (var/backups);
# `make restore FILE=…` puts them back on an empty (or any) machine, then brings the schema
# up to this version of the code. docs/deployment.md.
backup: install
	$(PY) manage.py backup

restore: install
	@test -n "$(FILE)" || { echo "usage: make restore FILE=var/backups/leiden-backup-….tar"; exit 2; }
	$(PY) manage.py restore --noinput "$(FILE)"
	$(PY) manage.py migrate --noinput

clean:
	rm -rf var/test-media var/static
