#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu with python3).
# It installs Python 3.11 (the version the kit is pinned and tested on; any >= 3.11 will do when
# 3.11 is not packaged), bubblewrap where it can (student code then runs walled off; where the
# container forbids namespaces the grader falls back to a plain process, see the README's table of
# guarantees), makes the bundle readable by root only, and puts what grading needs into the virtual
# environment $root/venv that run_autograder uses: the bundle's requirements.txt (unpacked next to
# this script in $root/source), which build.py writes with the kit's pins of numpy, future and
# matplotlib (which students' CS231n files may import) and what they need, and nothing of the
# instructor's Jupyter or nbgrader (some of whose pins need a newer Python 3.11 than Debian's or
# Ubuntu's packaged one). Only $root/venv stays
# readable by other users: the worker's interpreter lives there; the sandbox copies the worker's own
# two files out with ordinary permissions.
#
# AUTOGRADER_ROOT replaces /autograder. AUTOGRADER_SETUP_STEPS runs only some of the steps, in the
# order given (default: "packages permissions venv"); the kit's tests run "permissions" exactly as
# Gradescope would, on a throwaway root.
set -euo pipefail
root="${AUTOGRADER_ROOT:-/autograder}"
source="$root/source"
export DEBIAN_FRONTEND=noninteractive

packages() {
    apt-get update -q
    apt-get install -y -q --no-install-recommends python3.11 python3.11-venv \
        || apt-get install -y -q --no-install-recommends python3 python3-venv
    apt-get install -y -q bubblewrap \
        || echo "setup.sh: bubblewrap not installed; student code will run in a plain process"
}

# the system's interpreter first: one that other users can run (a pyenv or conda Python under /root is not),
# so that the worker can drop to an unprivileged uid
choose_python() {
    for candidate in /usr/bin/python3.11 /usr/bin/python3 python3.11 python3; do
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            python=$candidate
            return
        fi
    done
    echo "setup.sh: the kit needs Python >= 3.11; choose a newer Ubuntu base image" >&2
    exit 1
}

permissions() {
    # the grader runs as root; student code runs as an unprivileged uid of its own wherever it can drop
    # to it. Even without bubblewrap, that user then cannot read the graders, the rubric or the reference.
    chmod -R go-rwx "$source"
}

venv() {
    choose_python
    "$python" -m venv "$root/venv"
    "$root/venv/bin/pip" install --quiet --no-cache-dir --disable-pip-version-check -r "$source/requirements.txt"
    echo "setup.sh: $("$root/venv/bin/python" --version) with $(grep -c '==' "$source/requirements.txt") pinned packages in $root/venv"
}

for step in ${AUTOGRADER_SETUP_STEPS:-packages permissions venv}; do
    case "$step" in
        packages|permissions|venv) "$step" ;;
        *) echo "setup.sh: unknown step $step (the steps are: packages permissions venv)" >&2; exit 2 ;;
    esac
done
