# policykg: the two set-up commands are `make demo` and `make test`.
# Both create .venv, install the project, and start the managed Neo4j as needed.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PKG := $(VENV)/bin/policykg
OUT ?= out

.PHONY: demo test lint shell venv browser neo4j-start neo4j-stop bench clean train train-actor train-dates train-merge train-clauses notebook

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	@echo "installing policykg and its dependencies into $(VENV) (log: $(VENV)/install.log)"
	@$(PY) -m pip install --quiet -e '.[test,model,dask]' > $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	@touch $@

# Debian's chromium for the HTML-view browser tests (installed once, as root).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
	@dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || { \
	  echo "installing a CJK font so Chinese names render in browser screenshots"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq fonts-wqy-zenhei >/dev/null 2>&1 || \
	  { $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq fonts-wqy-zenhei >/dev/null; }; }

# A sub-shell with the venv active, so `policykg` is on the PATH (`exit` leaves it).
shell: venv
	@echo "policykg is on the PATH in this shell; 'exit' leaves it"
	@. $(VENV)/bin/activate && exec $${SHELL:-bash} -i

neo4j-start: venv
	$(PKG) neo4j start

neo4j-stop: venv
	$(PKG) neo4j stop

# The main job end to end on the sample corpus: extract -> score against the
# hand-labelled gold -> load into Neo4j -> canned queries -> exports -> views.
demo: venv neo4j-start
	@mkdir -p $(OUT)
	$(PKG) extract data/corpus --out $(OUT)/events.jsonl
	@echo "score on the DEVELOPMENT set (the sample corpus the rules were written against; blind scores on unseen articles: README, Accuracy)"
	$(PKG) eval --gold data/gold/seed-gold.jsonl $(OUT)/events.jsonl
	$(PKG) load --replace $(OUT)/events.jsonl
	$(PKG) query who_restricts
	$(PKG) query in_force_on --param date=$$(date +%F)
	$(PKG) export --from-neo4j --format graphml --out $(OUT)/exports/graph.graphml
	$(PKG) export --from-neo4j --format json --out $(OUT)/exports/graph.json
	$(PKG) export --from-neo4j --format csv --out $(OUT)/exports/csv
	$(PKG) view --from-neo4j --out $(OUT)/views --query who_restricts --entity CHN --hops 2

# Lint, format check and type check, then the whole suite.  The tests start a
# disposable Neo4j of their own (never the user's server; see tests/conftest.py).
test: venv browser lint
	$(PY) -m pytest

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# The learned re-scorer of the rules' events (issue 11, item 2), one command: extract the train split with the
# rules -> label each event with the scorer's matching -> features -> cross-validated fit -> one dev check ->
# extract/data/rescorer.json (enabled only if it raised dev F1).  Committed config, no random state, < 1 min.
TRAIN ?= data/labelled/train
DEV ?= data/labelled/dev
train: venv
	$(PY) -m policykg.extract.rescore_train $(TRAIN) --dev $(DEV) --config training/rescorer.json

# The learned choice of an event's main actor (extract/actor_rank.py): candidates per rule event, labelled by the
# scorer's compatibility with the article's gold event -> cross-validated penalty and override margin -> one dev
# check -> extract/data/actor_rank.json (enabled only if dev events rose by >= 4 tp, fp not up).  < 1 min.
train-actor: venv
	$(PY) -m policykg.extract.actor_train $(TRAIN) --dev $(DEV) --config training/actor_rank.json

# The learned date ranker (issue 11: an event's date chosen among the date rules' days, null included), one
# command: rules over train -> options of each matched event -> cross-validated fit of the penalty and the margin
# over the rules' pick -> one dev check on both date measures -> extract/data/date_ranker.json (enabled only if
# dev met the bar of training/date_ranker.json).  Committed config, no random state, < 1 min.
train-dates: venv
	$(PY) -m policykg.extract.date_rank_train $(TRAIN) --dev $(DEV) --config training/date_ranker.json

# The learned merge decision (issue 11, item 2): the pairs of one key the rules' merge meets on train, labelled
# from gold -> pair features -> penalty by grouped log loss, scope / mode / threshold by cross-validated events F1
# -> one dev check -> extract/data/merge_model.json (enabled only if dev events F1 rose).  ~5 min.
train-merge: venv
	$(PY) -m policykg.extract.merge_train $(TRAIN) --dev $(DEV) --config training/merge.json

# The earlier clause classifier (spaCy textcat over candidate clauses; off, docs/eval.md), kept to re-measure.
MODEL_OUT ?= $(OUT)/clause_textcat
train-clauses: venv
	$(PY) -m policykg.extract.train $(TRAIN) --dev $(DEV) --out $(MODEL_OUT) --config training/clause_textcat.cfg

# JupyterLab (the `notebooks` extra, installed once) on notebooks/, with the venv's python3 kernel.
# The notebooks start the managed Neo4j themselves when NEO4J_URI is not set.
notebook: $(VENV)/.notebooks
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

$(VENV)/.notebooks: $(VENV)/.installed
	@$(PY) -m pip install --quiet -e '.[notebooks]' > $(VENV)/install-notebooks.log 2>&1 || { cat $(VENV)/install-notebooks.log; exit 1; }
	@touch $@

# Every benchmark (BENCH=word picks some), on a managed Neo4j of their own (out/bench-state,
# a free port; never the user's database), ending with one screen of summary figures.
# SMOKE=1 runs them at small sizes (minutes, to check they run; figures not to quote).
bench: venv
	$(PY) -m benchmarks $(if $(SMOKE),--smoke) $(BENCH)

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
