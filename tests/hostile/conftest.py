"""Fixtures of the hostile-submission suite; the helpers live in tests/support/hostile.py.

Set HOSTILE_GRADE_ALL=1 to grade every exercise of every in-process case (by
default: the sabotaged ones, their module, their dependents and four controls),
and HOSTILE_REPORT=1 to print what each case got, in how long, in which mode.
"""

import os

import pytest

from support import hostile


@pytest.fixture(scope="session")
def rubrics(tmp_path_factory):
    """{mode: path} of rubric copies with a 2 s call timeout and that isolation mode."""
    folder = tmp_path_factory.mktemp("rubrics")
    return {mode: hostile.write_rubric(folder / f"{mode}.toml", mode) for mode in hostile.MODES}


def pytest_terminal_summary(terminalreporter):
    if os.environ.get("HOSTILE_REPORT") != "1" or not hostile.OBSERVED:
        return
    terminalreporter.section("hostile submissions: what grading gave")
    for case, mode, how, seconds, sabotaged, total in hostile.OBSERVED:
        if case == "(overhead)":
            terminalreporter.write_line(how)
            continue
        terminalreporter.write_line(f"{case:<38} {mode:<10} {how:<10} {seconds:6.2f} s  {sabotaged}  total {total}")
