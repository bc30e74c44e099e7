"""Public sanity checks: run them yourself with `make check`, or `pytest` in this folder.

They use their own small random inputs, not the hidden grader's. Passing them
means your code has the right shapes and conventions and that its gradients
match its losses; it does not guarantee full marks.
"""

import importlib
import os
import sys
from pathlib import Path

import numpy as np
import pytest

# import the `cs231n` package that sits next to this folder: your code
# (CHECK_PACKAGE_ROOT points elsewhere, e.g. to check the instructor's solutions)
sys.path.insert(0, os.environ.get("CHECK_PACKAGE_ROOT") or str(Path(__file__).resolve().parents[1]))
# imported now, from there: pytest puts this folder's parent first on the path when it imports the tests, and
# cs231n's modules are then found through the package already imported, never through the path
importlib.import_module("cs231n")


@pytest.fixture
def rng():
    return np.random.default_rng(0)


@pytest.fixture
def small_batch(rng):
    """A CIFAR-shaped random batch: X (50, 3073) with a bias column, y (50,) in [0, 10)."""
    X = rng.standard_normal((50, 3072)) * 60.0
    X = np.hstack([X, np.ones((50, 1))])
    y = rng.integers(0, 10, 50)
    return X, y


@pytest.fixture
def tiny_W(rng):
    """W (3073, 10) of tiny random values, as at the start of training."""
    return rng.standard_normal((3073, 10)) * 1e-4
