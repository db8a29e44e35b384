# vwo-register: `make run` serves the demo, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test test-sqlite test-postgres lint typecheck layers bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	mkdir -p var
	$(BIN)/vwo migrate
	$(BIN)/vwo demo
	$(BIN)/vwo serve --host 127.0.0.1 --port 8000

# SQLite always; PostgreSQL too when VWO_TEST_DATABASE_URL names a server.
test: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests bench

typecheck: install
	$(BIN)/mypy

layers: install
	$(BIN)/lint-imports

bench: install
	$(BIN)/python bench/bench_register.py
	$(BIN)/python bench/bench_generate.py
	$(BIN)/python bench/bench_clauses.py
	$(BIN)/python bench/bench_flags.py

clean:
	rm -rf $(VENV) var/*.sqlite*
