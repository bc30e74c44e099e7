"""Generate the student starter code from the reference solutions.

``solutions/cs231n`` is the one source of truth. Every region between
``### BEGIN SOLUTION`` and ``### END SOLUTION`` (nbgrader's markers) becomes,
in ``assignment/cs231n``, a CS231n-style answer region whose body raises
``NotImplementedError`` naming the function. The TODO box that explains what
to compute sits just above the marker in the solution, so students receive it
unchanged, as they receive everything outside the markers.

Usage::

    python tools/make_stubs.py            # (re)write assignment/cs231n
    python tools/make_stubs.py --check    # exit 1 if assignment/ has drifted

The kit's tests call :func:`generate_package` and :func:`find_leaks`.
"""

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: the kit's top on the path, for `tools.regions`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.regions import BEGIN, END, MarkerError, Region, find_regions, gives_away, replace_regions, stub_lines  # noqa: E402,F401

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "solutions" / "cs231n"
TARGET = REPO / "assignment" / "cs231n"


def stub_region(region, module_path):
    """The lines that replace one solution region in the student's file (before indentation)."""
    return stub_lines(f"{region.function} is not implemented yet: write your code between "
                      f"START and END OF YOUR CODE in {module_path}")


def make_stub(text, module_path):
    """Turn one solution module into its student version.

    Parameters
    ----------
    text : str
        Source of the solution module.
    module_path : str
        Its path as students see it, e.g. ``cs231n/classifiers/linear_svm.py``.

    Returns
    -------
    str
        The student version: identical outside the regions.
    """
    return replace_regions(text, lambda region: stub_region(region, module_path), module_path, in_functions=True)


def generate_package(source=SOURCE):
    """Student versions of every module of the reference package.

    Parameters
    ----------
    source : Path
        The reference package folder (``solutions/cs231n``).

    Returns
    -------
    dict of str to str
        Relative path (``classifiers/linear_svm.py``) to student source.
    """
    files = {}
    for path in sorted(source.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        relative = path.relative_to(source).as_posix()
        files[relative] = make_stub(path.read_text(), f"{source.name}/{relative}")
    return files


def solution_lines(text):
    """Code lines that appear only inside solution regions (comments and blanks dropped)."""
    lines = text.splitlines()
    inside, outside = set(), set()
    regions = find_regions(text, in_functions=True)
    region_lines = {n for r in regions for n in range(r.begin + 1, r.end)}
    for number, line in enumerate(lines):
        code = line.split("#", 1)[0].strip()
        if code:
            (inside if number in region_lines else outside).add(code)
    return {code for code in inside - outside if gives_away(code)}


def find_leaks(solution_text, stub_text):
    """Solution code lines that made it into a stub.

    Returns
    -------
    list of str
        Each line of code that appears in the stub but in the solution
        appears only between the markers. Empty when nothing leaked.
    """
    secret = solution_lines(solution_text)
    stub_code = {line.split("#", 1)[0].strip() for line in stub_text.splitlines()}
    return sorted(secret & stub_code)


def drift(source=SOURCE, target=TARGET):
    """Files of ``target`` that differ from what :func:`generate_package` writes.

    Returns
    -------
    list of str
        Relative paths that are missing, different, or extra in ``target``.
    """
    expected = generate_package(source)
    present = {
        p.relative_to(target).as_posix()
        for p in target.rglob("*.py")
        if "__pycache__" not in p.parts
    } if target.exists() else set()
    problems = [f"missing: {rel}" for rel in sorted(set(expected) - present)]
    problems += [f"extra: {rel}" for rel in sorted(present - set(expected))]
    problems += [
        f"differs: {rel}"
        for rel in sorted(set(expected) & present)
        if (target / rel).read_text() != expected[rel]
    ]
    return problems


def write_package(source=SOURCE, target=TARGET):
    """Write the student package, removing modules that no longer have a source."""
    expected = generate_package(source)
    if target.exists():
        for stale in target.rglob("*.py"):
            if stale.relative_to(target).as_posix() not in expected:
                stale.unlink()
    for relative, text in expected.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
    return sorted(expected)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report drift; exit 1 if any")
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = drift()
            for problem in problems:
                print(f"make_stubs: {problem} (run `make stubs`)")
            return 1 if problems else 0
        written = write_package()
    except (MarkerError, SyntaxError) as error:
        print(f"make_stubs: cannot generate stubs: {error}", file=sys.stderr)
        return 2
    print(f"make_stubs: wrote {len(written)} modules to {TARGET.relative_to(REPO)}/ from {SOURCE.relative_to(REPO)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
