"""Shared fixtures for the kit's own tests.

The reference package lives in ``solutions/cs231n``; the tests import it as
``cs231n`` by putting ``solutions/`` first on ``sys.path``. (The student
starter in ``assignment/cs231n`` has the same module names; tests that need
it load it in a subprocess or under another name, never both in one process.)
"""

import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
SOLUTIONS = REPO / "solutions"
ASSIGNMENT = REPO / "assignment"
DATA = REPO / "data"

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
