"""Shared fixtures for the kit's own tests.

The reference package lives in ``solutions/cs231n``; the tests import it as
``cs231n`` by putting ``solutions/`` first on ``sys.path``. (The student
starter in ``assignment/cs231n`` has the same module names; tests that need
it load it in a subprocess or under another name, never both in one process.)
"""

import sys

import numpy as np
import pytest

from kit_paths import REPO, SOLUTIONS

if str(SOLUTIONS) not in sys.path:
    sys.path.insert(0, str(SOLUTIONS))
if str(REPO) not in sys.path:
    sys.path.insert(1, str(REPO))


@pytest.fixture
def rng():
    """A seeded generator, so every test is repeatable."""
    return np.random.default_rng(231)


@pytest.fixture(scope="session")
def repo():
    return REPO
