"""Shared helpers of the engine's attack tests (tests/engine): packages, modes, an interpreter others can run.

Every attack here is student code: a module of a throwaway ``cs231n`` package
that the sandbox copies and runs in its worker. Student code can reach the
worker's pipes (their numbers are on its command line) and the wire format
(``wire`` is on its import path), so it can send the grader anything at all:
that is what most of these modules do.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from autograder.engine import cgroups, isolation

REPO = Path(__file__).resolve().parents[2]
SOLUTIONS = REPO / "solutions" / "cs231n"
SYSTEM_PYTHON = Path("/usr/bin/python3.11")

# helpers every attack module starts with (the module is student code: it runs in the worker)
ATTACK_PRELUDE = '''
import json, os, struct, sys, time
import numpy as np
import wire

REQUEST, RESPONSE = int(sys.argv[1]), int(sys.argv[2])


def raw(header, data=b"", then_sleep=30):
    """Write a message made by hand (any header, any bytes) as the answer, then hang."""
    head = header if isinstance(header, bytes) else json.dumps(header).encode()
    os.write(RESPONSE, struct.pack(">I", len(head)) + head)
    if data:
        wire.write_all(RESPONSE, data)
    time.sleep(then_sleep)


def send(body, then_sleep=30):
    """Write a well-formed message with any body as the answer, then hang."""
    wire.write_message(RESPONSE, body)
    time.sleep(then_sleep)
'''


def make_package(folder, modules):
    """``folder/cs231n`` with an empty ``__init__.py`` and the given modules ({name: source})."""
    package = Path(folder) / "cs231n"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    for name, source in modules.items():
        (package / f"{name}.py").write_text(textwrap.dedent(source))
    return package


def bubblewrap_or_skip():
    if not isolation.bubblewrap_works():
        pytest.skip("bubblewrap cannot run here (`make setup` installs it as root); its guarantees are not checked")


MODES = [pytest.param("bubblewrap", id="bubblewrap"), pytest.param("plain", id="plain")]


def need_mode(mode):
    """Skip (with the reason) a bubblewrap case where bwrap cannot run."""
    if mode == "bubblewrap":
        bubblewrap_or_skip()


def shared_python():
    """An interpreter other users can run, with the kit's packages: what Gradescope's /autograder/venv is.

    The kit's own ``.venv`` may live where only root can go (here: its Python is under /root); plain-mode
    workers then keep root, and what a uid of their own guarantees cannot be seen. This builds, once per
    machine, a virtual environment from Debian's Python 3.11 in a world-readable folder, with the kit's
    installed packages hard-linked into it (same minor version: the same wheels load; a link costs no
    space, and a copy is made where links cannot be). Bubblewrap shows the worker only the venv's own
    files, so the packages must really be in it.

    Returns
    -------
    str or None
        The interpreter, or None when there is no such Python here.
    """
    if not SYSTEM_PYTHON.exists() or sys.version_info[:2] != (3, 11):
        return None
    home = Path(tempfile.gettempdir()) / "cs231n-shared-python"
    python = home / "bin" / "python"
    if not python.exists():
        building = Path(tempfile.mkdtemp(prefix="cs231n-shared-python-"))
        subprocess.run([str(SYSTEM_PYTHON), "-m", "venv", "--without-pip", str(building / "venv")], check=True,
                       capture_output=True, timeout=120)
        site = next((building / "venv" / "lib").glob("python3.*")) / "site-packages"
        kit_site = next(Path(p) for p in sys.path if p.endswith("site-packages") and "numpy" in os.listdir(p))
        shutil.rmtree(site)
        shutil.copytree(kit_site, site, copy_function=_link_or_copy, symlinks=True)
        os.chmod(building, 0o755)
        try:
            os.rename(building / "venv", home)  # another test process may have won the race: fine
        except OSError:
            pass
        shutil.rmtree(building, ignore_errors=True)
    return str(python) if isolation.nobody_can_run(str(python)) else None


def _link_or_copy(source, target):
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def shared_python_or_skip():
    python = shared_python()
    if python is None:
        pytest.skip("no interpreter that other users can run (Debian's python3.11): a plain-mode worker keeps "
                    "root here, so a uid of its own cannot be checked")
    return python


def root_or_skip():
    if os.geteuid() != 0:
        pytest.skip("the grader is not root: workers share its uid (the README says what holds then)")


def cgroups_or_skip():
    if not cgroups.available():
        pytest.skip("no control groups can be made here (the watchdog fallback is checked instead)")


def processes_of(uid):
    """Pids of the processes whose real uid is ``uid``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/status") as stream:
                    if any(line.startswith("Uid:") and int(line.split()[1]) == uid for line in stream):
                        found.append(int(entry))
            except (OSError, ValueError):
                continue
    return found


def wait_until(condition, seconds=5.0):
    """Poll ``condition`` until it is true or ``seconds`` pass; returns its last value."""
    deadline = time.monotonic() + seconds
    value = condition()
    while not value and time.monotonic() < deadline:
        time.sleep(0.02)
        value = condition()
    return value


def copy_reference(folder):
    """``folder/cs231n``: a copy of the reference package (a submission that earns full marks)."""
    shutil.copytree(SOLUTIONS, Path(folder) / "cs231n", ignore=shutil.ignore_patterns("__pycache__"))
    return Path(folder)


def append_to(submission, relative, code):
    """Append ``code`` to a module of a submission's package (it runs when the module is imported)."""
    path = Path(submission) / "cs231n" / relative
    path.write_text(path.read_text() + "\n\n" + textwrap.dedent(code) + "\n")


def run_grade(submission, results, *options, python=None, env=None, timeout=300):
    """``python -m autograder grade`` as a subprocess; returns (CompletedProcess, seconds)."""
    started = time.monotonic()
    done = subprocess.run([python or sys.executable, "-m", "autograder", "grade", "--submission", str(submission),
                           "--results", str(results), *map(str, options)], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout, env=env)
    return done, time.monotonic() - started
