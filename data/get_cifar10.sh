#!/usr/bin/env bash
# Download the real CIFAR-10 (python version, about 163 MB) into data/cifar-10-batches-py.
#
# Needs internet. Without it, use the toy stand-in in the same format instead:
# `make data` (or `python data/toy_cifar.py --out data/toy-cifar-10-batches-py`).
# Afterwards point the loaders at the folder, e.g.
#   export CIFAR10_DIR="$PWD/data/cifar-10-batches-py"
set -euo pipefail

URL="http://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz"
DATA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TARBALL="$DATA_DIR/cifar-10-python.tar.gz"
TARGET="$DATA_DIR/cifar-10-batches-py"

if [ -f "$TARGET/data_batch_5" ] && [ -f "$TARGET/test_batch" ]; then
    echo "CIFAR-10 is already in $TARGET; nothing to do."
    exit 0
fi

# Remove the tarball on exit: once unpacked, or half-downloaded if a step fails.
trap 'rm -f "$TARBALL"' EXIT

echo "Downloading $URL ..."
if command -v curl >/dev/null 2>&1; then
    curl --fail --location --output "$TARBALL" "$URL"
elif command -v wget >/dev/null 2>&1; then
    wget --output-document="$TARBALL" "$URL"
else
    echo "error: neither curl nor wget is installed; install one, or download $URL by hand into $DATA_DIR" >&2
    exit 1
fi

# The tarball holds one folder, cifar-10-batches-py/.
tar -xzf "$TARBALL" -C "$DATA_DIR"

echo "CIFAR-10 is in $TARGET; set CIFAR10_DIR=$TARGET to use it."
