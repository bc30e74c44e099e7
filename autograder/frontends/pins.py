"""Requirements files computed from the kit's pins: what a student's or a grading machine's environment holds.

The kit pins every package it installs in its ``requirements.txt``. The student
release (``tools/make_release.py``) and the Gradescope bundle
(``gradescope/build.py``) each need only part of it: the distributions they ask
for and everything those depend on here, read from the installed packages'
metadata, at exactly the kit's versions, so that no file can disagree with the
kit's pins.
"""

import importlib.metadata
import sys
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


class PinError(Exception):
    """The requirements cannot be computed; the message says why and what to do."""


def read_pins(path):
    """The exact pins of a requirements file.

    Returns
    -------
    dict of str to (str, str)
        Canonical name (``jupyter-server``) to (the name as written, version).
    """
    pins = {}
    for line in Path(path).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement = Requirement(line)
            versions = [spec.version for spec in requirement.specifier if spec.operator == "=="]
            if len(versions) != 1:
                raise PinError(f"{path}: {line!r} is not an exact pin (name==version).")
            pins[canonicalize_name(requirement.name)] = (requirement.name, versions[0])
    return pins


def _applies(requirement, extras):
    """Whether a dependency applies here, for the extras asked of the package that declares it."""
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({"extra": extra}) for extra in {""} | set(extras))


def _other_platform_only(requirement):
    """A dependency for another operating system only (pywinpty on Windows): named, but not pinned here."""
    marker = str(requirement.marker or "")
    return bool(marker) and "extra" not in marker and "python_" not in marker and not _applies(requirement, ())


def requirement_closure(roots):
    """The installed distributions ``roots`` need, with everything they depend on here.

    Returns
    -------
    names : set of str
        Canonical names.
    elsewhere : dict of str to str
        Dependencies for other platforms only: canonical name to the requirement as declared.

    Raises
    ------
    PinError
        If a needed distribution is not installed.
    """
    names, elsewhere, asked = set(), {}, {}
    todo = [(root, frozenset()) for root in roots]
    while todo:
        name, extras = todo.pop()
        key = canonicalize_name(name)
        if key in asked and extras <= asked[key]:
            continue
        asked[key] = asked.get(key, frozenset()) | extras
        names.add(key)
        try:
            declared = importlib.metadata.distribution(name).requires or []
        except importlib.metadata.PackageNotFoundError:
            raise PinError(f"{name} is not installed in {sys.prefix}; run `make setup`.") from None
        for text in declared:
            requirement = Requirement(text)
            if _applies(requirement, extras):
                todo.append((requirement.name, frozenset(requirement.extras)))
            elif _other_platform_only(requirement):
                elsewhere[canonicalize_name(requirement.name)] = text
    return names, elsewhere


def pinned_requirements(roots, pins_file, header):
    """A requirements file with the kit's own pins of ``roots`` and everything they need here.

    Parameters
    ----------
    roots : tuple of str
        The distributions asked for.
    pins_file : Path
        The kit's ``requirements.txt`` (exact pins only).
    header : list of str
        Comment lines that open the file (without ``# ``).

    Raises
    ------
    PinError
        If a needed package is not pinned in the kit's requirements.txt, or is
        installed at another version than its pin (the environment is stale).
    """
    pins = read_pins(pins_file)
    names, elsewhere = requirement_closure(roots)
    lines = []
    for key in sorted(names):
        if key not in pins:
            raise PinError(f"{key} is needed by {', '.join(roots)} but not pinned in {pins_file.name}; "
                               f"pin it there (name==version).")
        written, version = pins[key]
        installed = importlib.metadata.version(key)
        if installed != version:
            raise PinError(f"{key} is installed at {installed} but pinned at {version} in {pins_file.name}; "
                               "run `make setup`.")
        lines.append(f"{written}=={version}")
    header = [f"# {line}" for line in header]
    others = sorted(set(elsewhere) - names)
    footer = ["# needed on other platforms only (not installed here, so not pinned)"] + [elsewhere[k] for k in others]
    return "\n".join(header + lines + (footer if others else [])) + "\n"
