# conflictwire: the two set-up commands of the README.
#   make example   installs everything, then codes the bundled example corpus into a store
#   make test      installs everything (and Chromium for the browser tests), then runs the tests
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= conflictwire-example.duckdb

.PHONY: example test setup browser web-assets clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

web-assets: src/conflictwire/web/assets/node_modules/.package-lock.json

src/conflictwire/web/assets/node_modules/.package-lock.json: src/conflictwire/web/assets/package.json src/conflictwire/web/assets/package-lock.json
	cd src/conflictwire/web/assets && npm ci --no-audit --no-fund --loglevel=error

setup: $(VENV)/.installed web-assets

example: setup
	$(BIN)/conflictwire run --db $(DB)
	@echo "Explore: $(BIN)/conflictwire serve --db $(DB)   or   $(BIN)/conflictwire export --db $(DB) --out events.csv"

# Debian's chromium drives the browser tests; installed when missing and we may (root + apt).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is not installed: the browser tests will be skipped"; fi; }

test: setup browser
	$(BIN)/pytest

clean:
	rm -rf $(VENV) src/conflictwire/web/assets/node_modules $(DB)
