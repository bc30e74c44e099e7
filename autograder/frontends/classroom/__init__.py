"""Grading a whole class: ``python -m autograder grade-all --submissions DIR --out DIR``.

Every sub-folder of SUBMISSIONS is one student's submission (the folder name
is the student id). The students are graded in parallel by grader processes
(:mod:`.pool`), each calling the same :func:`autograder.core.runner.grade`
as ``make grade``; the command (:mod:`.command`) shows a progress bar
(:mod:`.progress`), writes ``OUT/students/<student>/results.json`` for every
student, then the class CSV, the LMS export, the plots and a summary
(:mod:`.report`). A student whose package is not found is not graded, never a
0 among the graded; ``--only`` regrades some students and leaves the rest.
``--scheduler ADDRESS`` or ``--cluster local:N`` grade on dask.distributed
instead (:mod:`.dask_backend`, imported always, dask itself only then), with
the same outputs: the command still writes every file.
"""

from .command import add_arguments, grade_all

__all__ = ["add_arguments", "grade_all"]
