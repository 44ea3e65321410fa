# Two commands for a fresh machine: `make demo` (seed -> graph -> answers) and `make test`.
# Needs only python3 (3.11+), and for the Neo4j tests Java 17 and Maven.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_GRAPH := .kg-demo/seed.lbug
PYTEST_ARGS ?=

.PHONY: demo test lint bench bench-quick neo4j-start neo4j-stop fuseki-start fuseki-stop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[model]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[model,dev]'
	touch $@ $(VENV)/.installed-run

demo: $(VENV)/.installed-run
	rm -rf $(DEMO_GRAPH) && mkdir -p $(dir $(DEMO_GRAPH))
	$(BIN)/kg build seeds/ --graph $(DEMO_GRAPH)
	@echo "== Who heads the Russian delegation?"
	@$(BIN)/kg query queries/who_heads.cypher -p organisation=delegation --graph $(DEMO_GRAPH)
	@echo "== What did Putin decline?"
	@$(BIN)/kg query queries/subject_predicate.cypher -p name=Putin -p predicate=decline --graph $(DEMO_GRAPH)
	@echo "== Most connected entities"
	@$(BIN)/kg query queries/most_connected.cypher -p limit=10 --graph $(DEMO_GRAPH)

# The fixtures in tests/conftest.py start a real Neo4j (docker/neo4j-local.sh) unless NEO4J_URI
# is set, and a real Fuseki (docker/fuseki-local.sh) unless FUSEKI_URL is set, and stop them when
# the session ends, whether the tests pass or fail.
test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/mypy

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[model,bench]'
	touch $@ $(VENV)/.installed-run

# Benchmarks (bench/): each prints a markdown table and appends it to bench/RESULTS.md. They start
# (and stop) their own Neo4j with APOC core through docker/neo4j-local.sh unless NEO4J_URI is set.
bench: $(VENV)/.installed-bench
	$(BIN)/python bench/run.py

bench-quick: $(VENV)/.installed-bench
	$(BIN)/python bench/run.py --quick

neo4j-start:
	docker/neo4j-local.sh start

neo4j-stop:
	docker/neo4j-local.sh stop

fuseki-start:
	docker/fuseki-local.sh start

fuseki-stop:
	docker/fuseki-local.sh stop

clean:
	rm -rf .kg-demo .pytest_cache .ruff_cache .mypy_cache
