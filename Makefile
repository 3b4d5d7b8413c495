# LinkDesk developer targets. `make help` lists them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
DEMO_DIR ?= .demo-data

.PHONY: help venv demo test lint pytest bench serve test-postgres clean qm i18n screenshots

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | sort

$(STAMP): pyproject.toml requirements/lock.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements/lock.txt -e '.[server,dev]'
	touch $(STAMP)

venv: $(STAMP) ## create .venv from the pinned versions (requirements/lock.txt)

demo: $(STAMP) qm ## local regional server + a demo laptop enrolled to it (.demo-data), then open the app
	$(PY) -m linkdesk.demo_launcher --data-dir $(DEMO_DIR) $(DEMO_ARGS)

test: lint pytest ## lint, type-check, layer contracts and the whole test suite

lint: $(STAMP) ## ruff, mypy, import-linter
	$(VENV)/bin/ruff check linkdesk tests bench
	$(VENV)/bin/mypy linkdesk
	$(VENV)/bin/lint-imports

pytest: $(STAMP) qm ## the test suite
	$(PY) -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP) ## benchmarks; tables are printed and kept in docs/performance.md
	$(PY) -m bench.run_all

serve: $(STAMP) ## run a local regional server on http://127.0.0.1:8443 (SQLite in .server-data)
	$(PY) -m linkdesk.server --data-dir .server-data init
	$(PY) -m linkdesk.server --data-dir .server-data serve --host 127.0.0.1 --port 8443

test-postgres: $(STAMP) ## server and sync tests with PostgreSQL required
	LINKDESK_REQUIRE_POSTGRES=1 $(PY) -m pytest -q tests/server tests/sync

qm: $(STAMP) ## compile i18n/*.ts to .qm (gitignored; the app also recompiles stale ones)
	$(PY) -m linkdesk.ui.i18n

i18n: $(STAMP) ## pull new UI strings into i18n/*.ts (then translate them) and compile
	$(VENV)/bin/pyside6-lupdate $$(find linkdesk/ui -name '*.py' | sort) -ts i18n/linkdesk_fr_CA.ts -no-obsolete
	$(VENV)/bin/pyside6-lupdate $$(find linkdesk/ui -name '*.py' | sort) -ts i18n/linkdesk_en.ts -no-obsolete -pluralonly
	$(PY) -m linkdesk.ui.i18n

screenshots: $(STAMP) qm ## PNGs of the main screens (English, French) on the demo caseload -> docs/screenshots/
	QT_QPA_PLATFORM=offscreen $(PY) -m linkdesk.ui.screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m linkdesk.ui.screenshots --lang fr_CA

clean: ## remove the virtualenv, caches and demo data
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache .mypy_cache .ruff_cache
