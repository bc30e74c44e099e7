# Similarity across the class (autograder/frontends/similarity.py): ranks pairs of students, and pairs of a
# student and a known solution, by the code they wrote between the answer markers. The README's "Similarity
# across the class" says what is compared and what the flag means.

SUBMISSIONS ?= submissions
OUT ?= results/class
KNOWN ?=
THRESHOLD ?=
# grade-all (make/classroom.mk) runs this pass over the class into OUT/similarity/ too; SIMILARITY=0 skips it
SIMILARITY ?=

.PHONY: similarity

similarity: $(STAMP) ## rank pairs of SUBMISSIONS by similar code (KNOWN=folder, THRESHOLD=x) into OUT
	$(PY) -m autograder.frontends.similarity --submissions "$(SUBMISSIONS)" --out "$(OUT)" \
		$(if $(KNOWN),--known "$(KNOWN)") $(if $(THRESHOLD),--threshold "$(THRESHOLD)")
