"""Build Gradescope's ``autograder.zip``: ``python -m autograder.frontends.gradescope.build [--out FILE] [--rubric FILE]``.

The zip follows Gradescope's autograder specification: ``setup.sh`` and
``run_autograder`` at its top; Gradescope unpacks it into /autograder/source.
It holds exactly what grading needs, listed here and nothing else (so never a
submission, a results file or a cache):

- ``autograder/``: the grader's Python files, and the rubric (``--rubric``
  is packed as ``autograder/loss_functions/rubric.toml``);
- ``solutions/cs231n/``: the reference solution the checks compare with;
- ``assignment/cs231n/``: the starter's files that students do not write
  (``validation.py``, ``__init__.py``, ...), to complete a flat upload;
- ``requirements.txt``: what grading needs (numpy, and future and matplotlib,
  which students' CS231n files may import) and everything those depend on, at
  the kit's pinned versions (``frontends/pins.py``): not the instructor's
  Jupyter and nbgrader, so ``setup.sh`` installs a lean environment.

The hidden inputs come from the grader's own generator, so the notebooks' data
(``data/``) is not in the bundle.

The same sources give a byte-identical zip (fixed timestamps, sorted names).
"""

import argparse
import sys
import zipfile
from pathlib import Path

from ...core.rubric import RubricError, load_rubric
from ...core.usage import UsageError
from ...loss_functions.exercises import ASSIGNMENT
from .. import pins

REPO = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SCRIPTS = ("setup.sh", "run_autograder")  # at the zip's top, executable
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can hold: a reproducible archive
STUDENT_FILES = set(ASSIGNMENT.student_files)
# what the grader and the students' modules import: numpy; future and matplotlib, which CS231n's files import
GRADING_ROOTS = ("numpy", "future", "matplotlib")


def grading_requirements(pins_file=REPO / "requirements.txt"):
    """The bundle's requirements.txt: the kit's pins of :data:`GRADING_ROOTS` and all they need.

    Raises
    ------
    UsageError
        If one of them is not pinned or is installed at another version (``make setup``).
    """
    header = ["What Gradescope's setup.sh installs into /autograder/venv: the kit's own pins of",
              f"{', '.join(GRADING_ROOTS)} and everything they need (autograder/frontends/pins.py)."]
    try:
        return pins.pinned_requirements(GRADING_ROOTS, pins_file, header)
    except pins.PinError as error:
        raise UsageError(str(error)) from None


def _python_files(folder):
    """The ``.py`` files under ``folder`` outside caches, as paths relative to the repository."""
    return sorted(path.relative_to(REPO) for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def members(rubric):
    """What goes into the zip: {name in the zip: source file, or the bytes of a generated one}."""
    files = {name: HERE / name for name in SCRIPTS}
    files["requirements.txt"] = grading_requirements().encode()
    for relative in _python_files(REPO / "autograder") + _python_files(REPO / "solutions" / "cs231n"):
        files[relative.as_posix()] = REPO / relative
    starter = REPO / "assignment" / "cs231n"
    for relative in _python_files(starter):
        if relative.relative_to("assignment/cs231n").as_posix() not in STUDENT_FILES:
            files[relative.as_posix()] = REPO / relative
    files["autograder/loss_functions/rubric.toml"] = Path(rubric)
    return files


def check_output(out):
    """``out`` as a Path, or UsageError if it is a folder or lies under a file."""
    out = Path(out)
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give the zip's file name, such as {out / 'autograder.zip'} "
                         "(GRADESCOPE_ZIP=<file>).")
    blocker = next((parent for parent in out.parents if parent.exists() and not parent.is_dir()), None)
    if blocker is not None:
        raise UsageError(f"cannot write {out}: {blocker} is a file, not a folder.")
    return out


def build(out, rubric=ASSIGNMENT.rubric_path):
    """Write the zip to ``out``; returns the number of files in it.

    Raises
    ------
    RubricError
        If the rubric cannot be used (checked here, not on Gradescope).
    """
    load_rubric(ASSIGNMENT, rubric)
    files = members(rubric)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            mode = 0o755 if name in SCRIPTS else 0o644
            info.external_attr = (0o100000 | mode) << 16  # a regular file with these permissions
            data = files[name]
            archive.writestr(info, data if isinstance(data, bytes) else data.read_bytes())
    return len(files)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m autograder.frontends.gradescope.build",
                                     description="Build the autograder zip to upload to Gradescope.")
    parser.add_argument("--out", default="results/autograder.zip", help="where to write the zip")
    parser.add_argument("--rubric", default=str(ASSIGNMENT.rubric_path), help="points and limits to grade with (TOML)")
    args = parser.parse_args(argv)
    try:
        count = build(check_output(args.out), args.rubric)
    except (RubricError, UsageError) as error:
        print(f"gradescope: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"gradescope: cannot write {args.out}: {error.strerror or error}.", file=sys.stderr)
        return 2
    size = Path(args.out).stat().st_size / 1024
    print(f"gradescope: wrote {args.out} ({count} files, {size:.0f} kB); upload it as the autograder of a "
          "Gradescope programming assignment (README: Running on Gradescope).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
