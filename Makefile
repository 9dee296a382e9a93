# The commands people run. `make` alone prints this help.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_STAMP := $(VENV)/.installed-demo
HOST ?= 127.0.0.1
PORT ?= 8080
# Debian's Chromium, driven by Playwright (a dev dependency) through its executable_path: no browser download.
CHROMIUM ?= /usr/bin/chromium
# pytest workers for make test (pytest-xdist); 2 matches the 2-core CI machine.
TEST_WORKERS ?= 2
export CHROMIUM

.PHONY: help setup browser regenerate check-generated spec-check lint test contract contract-deep demo mock bench wheel-check clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# The venv itself, with a current pip.
$(VENV)/.created:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is needed (PYTHON=$(PYTHON))"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@touch $@

# Everything: the project, the simulator, the aiohttp transport and the pinned dev tools.
$(STAMP): pyproject.toml | $(VENV)/.created
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[mock,aiohttp,dev]'
	@touch $(STAMP)

# Only what the demo runs on: the project and its simulator (no dev tools).
$(DEMO_STAMP): pyproject.toml | $(VENV)/.created
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[mock]'
	@touch $(DEMO_STAMP)

setup: $(STAMP) ## Create .venv and install the project with its extras (only when needed)

browser: ## Install Debian's chromium for the browser test when it is missing (as root; else says what to run)
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get > /dev/null; then \
	    echo "Installing Debian's chromium for the browser test"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium > /dev/null; \
	  else \
	    echo "The browser test needs Chromium at $(CHROMIUM): run 'sudo apt-get install -y chromium'," \
	      "or point CHROMIUM= at one"; \
	    exit 1; \
	  fi; }
	@test -x $(CHROMIUM)

regenerate: setup ## Regenerate the client in generated/ from spec/
	$(PY) scripts/regenerate.py

check-generated: setup ## Fail if generated/ differs from what the spec generates
	$(PY) scripts/regenerate.py --check

spec-check: setup ## Validate the spec and its examples
	$(PY) -m pytest -q tests/spec

lint: setup ## ruff and mypy --strict on the hand-written code
	$(VENV)/bin/ruff check cashfree_facade cashfree_mock tests scripts
	$(VENV)/bin/ruff format --check cashfree_facade cashfree_mock tests scripts
	$(VENV)/bin/mypy

# pytest runs last so that the run ends on its own summary line, which counts every test.
test: setup check-generated lint browser ## Everything CI runs: generated check, lint, wheel check, CLI contract run, tests with coverage on TEST_WORKERS processes (browser test included)
	$(PY) scripts/wheel_check.py
	$(PY) scripts/contract.py > .contract.log 2>&1 || { cat .contract.log; exit 1; }
	@grep -E '[0-9]+ generated' .contract.log | sed 's/^ */schemathesis CLI: /'
	$(PY) -m pytest -q -n $(TEST_WORKERS) --cov --cov-report=term --cov-fail-under=90

contract: setup ## schemathesis CLI against a mock served on loopback (real HTTP)
	$(PY) scripts/contract.py

contract-deep: setup ## Long property run (1000 examples per operation) in-process and over HTTP
	CONTRACT_EXAMPLES=1000 $(PY) -m pytest -q tests/contract
	CONTRACT_EXAMPLES=1000 $(PY) scripts/contract.py

demo: $(DEMO_STAMP) ## A full payment flow against the built-in mock (no network, no credentials; installs only the project and its mock extra)
	$(PY) scripts/demo.py

mock: setup ## Serve the mock on http://127.0.0.1:8080/pg (HOST=, PORT= to change)
	$(PY) -m cashfree_mock --host $(HOST) --port $(PORT)

bench: setup ## Benchmarks side by side with the official SDK and Prism; writes docs/benchmarks.md (BENCH_ARGS=--apt-wrk ...)
	$(PY) scripts/bench.py $(BENCH_ARGS)

wheel-check: setup ## Build the wheel, install it with [mock] in a fresh venv, use it from another directory
	$(PY) scripts/wheel_check.py

clean: ## Remove the venv, build output and caches
	rm -rf $(VENV) build dist .coverage .mypy_cache .ruff_cache .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
