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
# LMS_GRADES: the grades for Canvas or Moodle, in the columns of grade-all's grades_lms.csv (empty: grades_lms.csv
# beside GRADES)
LMS_GRADES ?=
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

# the pages write the data folder that the notebooks print as <data> (course/nbgrader_config.py, RelativePaths)
feedback: $(STAMP) ## nbgrader: write the feedback pages to COURSE/feedback and release them to EXCHANGE
	CIFAR10_DIR="$(abspath $(DATA_DIR))" $(COURSE_TOOL) feedback

export: $(STAMP) ## nbgrader: write the grades of ASSIGNMENT to GRADES (nbgrader's CSV) and LMS_GRADES (Canvas, Moodle)
	$(COURSE_TOOL) export --to "$(GRADES)" $(if $(LMS_GRADES),--lms-to "$(LMS_GRADES)")

# the notebooks read the toy data when they are autograded
$(DATA_DIR)/batches.meta: | $(STAMP)
	$(PY) data/toy_cifar.py --out $(DATA_DIR) --seed $(SEED)
