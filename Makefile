# LinkDesk developer targets. `make help` lists them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
DEMO_DIR ?= .demo-data

.PHONY: help venv demo test lint pytest bench serve test-postgres clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | sort

$(STAMP): pyproject.toml requirements/lock.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements/lock.txt -e '.[server,dev]'
	touch $(STAMP)

venv: $(STAMP) ## create .venv from the pinned versions (requirements/lock.txt)

demo: $(STAMP) ## seed a demo caseload in .demo-data and open it
	$(PY) -m linkdesk.demo_launcher --data-dir $(DEMO_DIR)

test: lint pytest ## lint, type-check, layer contracts and the whole test suite

lint: $(STAMP) ## ruff, mypy, import-linter
	$(VENV)/bin/ruff check linkdesk tests bench
	$(VENV)/bin/mypy linkdesk
	$(VENV)/bin/lint-imports

pytest: $(STAMP) ## the test suite
	$(PY) -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP) ## benchmarks; tables are printed and kept in docs/performance.md
	$(PY) -m bench.run_all

serve: $(STAMP) ## run a local regional server on http://127.0.0.1:8443 (SQLite in .server-data)
	$(PY) -m linkdesk.server --data-dir .server-data init
	$(PY) -m linkdesk.server --data-dir .server-data serve --host 127.0.0.1 --port 8443

test-postgres: $(STAMP) ## server and sync tests with PostgreSQL required
	LINKDESK_REQUIRE_POSTGRES=1 $(PY) -m pytest -q tests/server tests/sync

clean: ## remove the virtualenv, caches and demo data
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache .mypy_cache .ruff_cache
