"""Grading a whole class: ``python -m autograder grade-all --submissions DIR --out DIR``.

Every sub-folder of SUBMISSIONS is one student's submission (the folder name
is the student id). The students are graded in parallel by grader processes
(:mod:`.pool`), each calling the same :func:`autograder.core.runner.grade`
as ``make grade``; the command (:mod:`.command`) shows a progress bar
(:mod:`.progress`), writes ``OUT/<student>/results.json`` for every student,
then the class CSV, the plots and a summary (:mod:`.report`).
"""

from .command import add_arguments, grade_all

__all__ = ["add_arguments", "grade_all"]
