"""The front-ends: the command line, the class grader, Gradescope's runner and the nbgrader bridge.

Each is a process's entry point, so this file, which Python runs before any front-end module (and
before they import numpy), sets what every grader process shares: one BLAS thread. The grader's
matrix products are small, and OpenBLAS's second thread only spins between them: a full grading of
the reference took 2.6 s of CPU with the default two threads on two cores and 1.5 s with one, in the
same wall time, and a class graded several processes at a time would put two threads per process on
the cores. The workers that run student code have one thread too (``engine/isolation.py``), as do
the notebooks. ``setdefault``: a thread count set by whoever starts the grader stands. A process
that imported numpy before any front-end (a notebook kernel, a dask worker) keeps the threads it had.
"""

import os

BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

for _name in BLAS_THREADS:
    os.environ.setdefault(_name, "1")
