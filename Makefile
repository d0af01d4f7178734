# policykg: the two set-up commands are `make demo` and `make test`.
# Both create .venv, install the project, and start the managed Neo4j as needed.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PKG := $(VENV)/bin/policykg
OUT ?= out

.PHONY: demo test venv browser neo4j-start neo4j-stop bench clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,model]'
	touch $@

# Debian's chromium for the HTML-view browser tests (installed once, as root).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

neo4j-start: venv
	$(PKG) neo4j start

neo4j-stop: venv
	$(PKG) neo4j stop

demo: venv neo4j-start
	$(PY) -m policykg.demo --out $(OUT)

test: venv browser neo4j-start
	$(PY) -m pytest

bench: venv neo4j-start
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
