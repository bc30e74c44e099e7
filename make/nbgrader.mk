# The notebooks and the instructor's nbgrader cycle (tools/make_notebooks.py, tools/nbgrader_course.py).
#
# The notebooks are generated from solutions/notebooks/*.py with the student modules: `make stubs`
# writes both, `make check-stubs` checks both. The course lives in COURSE (nbgrader_config.py is
# there); students fetch from and submit to EXCHANGE, a folder inside the course by default. Point
# EXCHANGE at a shared folder (the same path for every student) to run a real class.

COURSE ?= course
EXCHANGE ?= $(COURSE)/exchange
ASSIGNMENT ?= loss_functions
GRADES ?= $(COURSE)/grades.csv
STUDENT ?=
COURSE_TOOL = $(PY) tools/nbgrader_course.py --course "$(COURSE)" --exchange "$(EXCHANGE)" --assignment "$(ASSIGNMENT)" \
	--rubric "$(RUBRIC)"

.PHONY: notebooks check-notebooks release collect autograde feedback export

stubs: notebooks
check-stubs: check-notebooks

notebooks: $(STAMP) ## regenerate assignment/*.ipynb from solutions/notebooks
	$(PY) tools/make_notebooks.py

check-notebooks: $(STAMP)
	$(PY) tools/make_notebooks.py --check

release: $(STAMP) ## nbgrader: build the source assignment, generate the student version, release it to EXCHANGE
	$(COURSE_TOOL) release

collect: $(STAMP) ## nbgrader: collect the submissions from EXCHANGE into COURSE/submitted
	$(COURSE_TOOL) collect

autograde: $(STAMP) $(DATA_DIR)/batches.meta ## nbgrader: autograde every collected submission, or STUDENT=id[,id] (same checks as make grade)
	CIFAR10_DIR="$(abspath $(DATA_DIR))" $(COURSE_TOOL) autograde --student "$(STUDENT)"

feedback: $(STAMP) ## nbgrader: write the feedback pages to COURSE/feedback and release them to EXCHANGE
	$(COURSE_TOOL) feedback

export: $(STAMP) ## nbgrader: write the grades of ASSIGNMENT to GRADES (CSV)
	$(COURSE_TOOL) export --to "$(GRADES)"

# the notebooks read the toy data when they are autograded
$(DATA_DIR)/batches.meta: | $(STAMP)
	$(PY) data/toy_cifar.py --out $(DATA_DIR) --seed $(SEED)
