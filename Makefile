# The loss-functions-and-optimization kit. `make help` lists the targets.
#
# Every target that needs Python creates the virtual environment first (.venv,
# pinned by requirements.txt), so on a fresh machine `make grade` and
# `make test` are all the set-up there is.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

SUBMISSION ?= assignment
RESULTS ?= results/results.json
RUBRIC ?= autograder/loss_functions/rubric.toml
DATA_DIR ?= data/toy-cifar-10-batches-py
SEED ?= 0

.DEFAULT_GOAL := help
.PHONY: help setup stubs check-stubs data test test-fast grade check clean

help: ## list the targets
	@echo "Targets (variables: SUBMISSION=$(SUBMISSION) RESULTS=$(RESULTS) RUBRIC=$(RUBRIC)):"
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  make \1\t\2/' | expand -t 24

setup: $(STAMP) ## create .venv with the pinned requirements (idempotent)

$(STAMP): requirements.txt
	@command -v $(PYTHON) >/dev/null || { echo "setup: $(PYTHON) not found; install Python 3.11 or set PYTHON=..."; exit 1; }
	@command -v bwrap >/dev/null || sh tools/install_bubblewrap.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@# compiled here, on every core (pip compiles one file at a time): Python caches what it compiles on import
	@# only where PYTHONDONTWRITEBYTECODE is unset, and many CI and Docker images set it; there every process
	@# would compile Jupyter, IPython and matplotlib again (a kernel's start and pyplot import take twice as long)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-compile -r requirements.txt
	@# a file that does not compile (some packages ship Python 2 examples) is skipped, as pip skips it
	$(PY) -m compileall -q -j 0 $(VENV)/lib >/dev/null || true
	@touch $@
	@echo "setup: $(VENV) is ready ($$($(PY) --version))"

stubs: $(STAMP) ## regenerate assignment/cs231n from solutions/cs231n (and the READMEs' exercise tables from the spec)
	$(PY) tools/make_stubs.py
	$(PY) tools/make_tables.py

check-stubs: $(STAMP) ## fail if assignment/cs231n differs from what `make stubs` writes
	$(PY) tools/make_stubs.py --check
	$(PY) tools/make_tables.py --check

data: $(STAMP) ## generate the toy CIFAR-10 into DATA_DIR (seeded by SEED)
	$(PY) data/toy_cifar.py --out $(DATA_DIR) --seed $(SEED)

test: $(STAMP) ## run the kit's own tests (three groups side by side: deployments, attacks and the rest)
	$(PY) tools/run_tests.py

test-fast: $(STAMP) ## the edit-test loop: grading logic, reference, stubs, data (no deployments, hostile suite, timing)
	$(PY) tools/run_tests.py --fast

grade: $(STAMP) ## grade SUBMISSION (default: the shipped assignment/) into RESULTS
	$(PY) -m autograder grade --submission "$(SUBMISSION)" --results "$(RESULTS)" --rubric "$(RUBRIC)"

check: $(STAMP) ## run the students' public sanity checks on SUBMISSION
	@test -d "$(SUBMISSION)/cs231n" || { echo "check: $(SUBMISSION)/cs231n does not exist; set SUBMISSION to a folder that holds the cs231n package." >&2; exit 2; }
	cd assignment && CHECK_PACKAGE_ROOT="$(abspath $(SUBMISSION))" $(abspath $(PY)) -m pytest

clean: ## remove the environment, generated data and results
	rm -rf $(VENV) results $(DATA_DIR) .pytest_cache

# the instructor's workflows, each in its own file
-include make/*.mk
