#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu with python3).
# It installs Python 3.11 (the version the kit is pinned and tested on; any >= 3.11 will do when
# 3.11 is not packaged), the kit's pinned requirements (requirements.txt, unpacked next to this
# script in $root/source) into the virtual environment $root/venv that run_autograder uses, and
# bubblewrap where it can: student code then runs walled off, and where the container forbids
# namespaces the grader falls back to a plain process (the README's table of guarantees).
# Only $root/venv stays readable by other users: the worker's interpreter lives there.
# AUTOGRADER_ROOT replaces /autograder.
set -euo pipefail
root="${AUTOGRADER_ROOT:-/autograder}"
source="$root/source"
export DEBIAN_FRONTEND=noninteractive

apt-get update -q
if apt-get install -y -q --no-install-recommends python3.11 python3.11-venv; then
    python=python3.11
else
    apt-get install -y -q --no-install-recommends python3 python3-venv
    python=python3
    "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || { echo "setup.sh: the kit needs Python >= 3.11; choose a newer Ubuntu base image" >&2; exit 1; }
fi
apt-get install -y -q bubblewrap \
    || echo "setup.sh: bubblewrap not installed; student code will run in a plain process"

# the grader runs as root; student code runs as uid 65534 wherever it can drop to it. Even without
# bubblewrap, that user then cannot read the graders, the rubric or the reference solution.
chmod -R go-rwx "$source"

"$python" -m venv "$root/venv"
"$root/venv/bin/pip" install --quiet --no-cache-dir --disable-pip-version-check -r "$source/requirements.txt"
echo "setup.sh: $("$root/venv/bin/python" --version) with the kit's requirements in $root/venv"
