"""Every front-end's process runs numpy on one BLAS thread, unless whoever starts it says otherwise.

The grader's second OpenBLAS thread only spins between small matrix products (autograder/frontends/
__init__.py). What is counted here is the process's own threads (/proc/self/task) after importing
the front-end, in an environment without the thread settings that `make test` gives its processes:
OpenBLAS starts its threads when numpy is imported.
"""

import os
import subprocess
import sys

import pytest

from autograder.frontends import BLAS_THREADS
from support.kit_paths import REPO

FRONT_ENDS = ["autograder.frontends.cli", "autograder.frontends.gradescope.run",
              "autograder.frontends.classroom.command", "autograder.frontends.nbgrader_bridge"]

pytestmark = pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2,
                                reason="OpenBLAS starts no second thread on one core: nothing to count")


def threads_after_import(module, **settings):
    """The number of threads of a fresh interpreter once it has imported ``module``."""
    env = {name: value for name, value in os.environ.items() if name not in BLAS_THREADS}
    env.update(settings, PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", f"import os, {module}; print(len(os.listdir('/proc/self/task')))"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def test_numpy_alone_starts_a_second_blas_thread_here():
    # the control: without it, the counts below could not tell a pinned process from any other
    assert threads_after_import("numpy") > 1


@pytest.mark.parametrize("module", FRONT_ENDS)
def test_a_front_end_runs_numpy_on_one_thread(module):
    assert threads_after_import(module) == 1


def test_a_thread_count_set_by_the_caller_stands():
    assert threads_after_import("autograder.frontends.cli", OPENBLAS_NUM_THREADS="2") == 2
