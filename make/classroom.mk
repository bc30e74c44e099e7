# Grading a whole class, the Gradescope bundle and the benchmark (autograder/frontends/classroom/,
# autograder/frontends/gradescope/, bench/). The README's "Grading a whole class", "Running on Gradescope"
# and "Benchmark" sections explain them.

SUBMISSIONS ?= submissions
OUT ?= results/class
JOBS ?=
FORCE ?=
# ONLY=<id>[,<id>...]: regrade only these students, leave the others' results and rows as they are
ONLY ?=
# on dask.distributed instead of grader processes here (dask_backend.py): SCHEDULER=tcp://host:8786, an
# existing cluster's scheduler, or CLUSTER=local:N, a LocalCluster of N worker processes for this run
SCHEDULER ?=
CLUSTER ?=
GRADESCOPE_ZIP ?= results/autograder.zip
# the benchmark's own environment: scikit-learn is a requirement of the bench only, never the kit's
BENCH_VENV := .venv-bench
BENCH_PY := $(BENCH_VENV)/bin/python
BENCH_STAMP := $(BENCH_VENV)/.installed
FASHION_MNIST := /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz

.PHONY: grade-all gradescope bench

grade-all: $(STAMP) ## grade every sub-folder of SUBMISSIONS into OUT, in parallel (JOBS=n, FORCE=1, ONLY=id,..., SCHEDULER=addr or CLUSTER=local:N for dask, SIMILARITY=0 to skip the similarity pass, PLOTS=0 the plots)
	$(PY) -m autograder grade-all --submissions "$(SUBMISSIONS)" --out "$(OUT)" --rubric "$(RUBRIC)" \
		$(if $(JOBS),--jobs $(JOBS)) $(if $(FORCE),--force) $(if $(ONLY),--only "$(ONLY)") \
		$(if $(SCHEDULER),--scheduler "$(SCHEDULER)") $(if $(CLUSTER),--cluster "$(CLUSTER)") \
		$(if $(filter 0 no false,$(SIMILARITY)),--no-similarity) $(if $(filter 0 no false,$(PLOTS)),--no-plots)

gradescope: $(STAMP) ## build GRADESCOPE_ZIP (results/autograder.zip) to upload to Gradescope
	$(PY) -m autograder.frontends.gradescope.build --out "$(GRADESCOPE_ZIP)" --rubric "$(RUBRIC)"

bench: $(STAMP) $(BENCH_STAMP) $(FASHION_MNIST) ## measure the kit's speed and accuracy ratios (bench/results.json)
	$(BENCH_PY) bench/bench.py --kit-python "$(PY)" --out bench/results.json

$(BENCH_STAMP): requirements.txt bench/requirements.txt
	@test -x $(BENCH_PY) || $(PYTHON) -m venv $(BENCH_VENV)
	@echo '*' > $(BENCH_VENV)/.gitignore  # as Python 3.13's venv does: git ignores the whole folder
	$(BENCH_PY) -m pip install --quiet --disable-pip-version-check -c requirements.txt -r bench/requirements.txt
	@touch $@

# Fashion-MNIST from Debian (MIT licence); the bench runs where the machine has no other download
$(FASHION_MNIST):
	apt-get install -y -q dataset-fashion-mnist || { apt-get update -q && apt-get install -y -q dataset-fashion-mnist; }
