# The students' release (tools/make_release.py): one zip to hand out, CS231n's way, with everything a
# student needs (the stubs, the notebooks, the toy data's generator, the self-checks, a README, pinned
# requirements, collect_submission.py) and nothing hidden. nbgrader's `make release` hands out the same.

RELEASE_ZIP ?= results/loss_functions.zip

.PHONY: student-release

student-release: $(STAMP) ## build RELEASE_ZIP (results/loss_functions.zip): the students' self-contained assignment
	$(PY) tools/make_release.py --out "$(RELEASE_ZIP)"
