# Claimdesk: `make run` serves the demo, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000
# Links in e-mail and ClaimReview, and the demo feed's address, follow the server's.
export SITE_URL ?= http://$(HOST)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install install-dev run test lint format migrations-check chromium bench clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

install: $(VENV)/.runtime

install-dev: $(VENV)/.dev

run: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py loaddemo
	@echo "Claimdesk is serving on http://$(HOST)/ with one job worker (Ctrl-C stops both)"
	@$(PY) manage.py runworker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT; $(PY) manage.py runserver $(HOST)

# Browser tests drive Debian's chromium through Playwright (which cannot download its own).
chromium:
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: install-dev chromium
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrations-check: install-dev
	$(PY) manage.py makemigrations --check --dry-run

bench: install-dev
	$(PY) bench/suggestions.py
	$(PY) bench/pages.py
	$(PY) bench/load.py
	$(PY) bench/pulse.py

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles tests/artifacts
