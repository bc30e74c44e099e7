"""Where the kit's parts are, for the tests (import as ``kit_paths``)."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOLUTIONS = REPO / "solutions"
ASSIGNMENT = REPO / "assignment"
DATA = REPO / "data"
