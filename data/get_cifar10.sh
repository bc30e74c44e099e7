#!/usr/bin/env bash
# Download the real CIFAR-10 (python version, about 163 MB) into data/cifar-10-batches-py.
#
# Needs internet. Without it, use the toy stand-in in the same format, which the notebooks make
# themselves on first use (or `python data/toy_cifar.py --out data/toy-cifar-10-batches-py`).
# Afterwards point the loaders at the folder before starting Jupyter, e.g.
#   export CIFAR10_DIR="$PWD/data/cifar-10-batches-py"
set -euo pipefail

URL="http://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz"
DATA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TARBALL="$DATA_DIR/cifar-10-python.tar.gz"
TARGET="$DATA_DIR/cifar-10-batches-py"

if [ -f "$TARGET/data_batch_5" ] && [ -f "$TARGET/test_batch" ]; then
    echo "CIFAR-10 is already in $TARGET; nothing to do (set CIFAR10_DIR=$TARGET to use it)."
    exit 0
fi

# Remove the tarball on exit: once unpacked, or half-downloaded if a step fails.
trap 'rm -f "$TARBALL"' EXIT

NO_DOWNLOAD="error: could not download $URL (no internet?); without it the notebooks use the toy CIFAR-10, made on first use"
echo "Downloading $URL ..."
if command -v curl >/dev/null 2>&1; then
    curl --fail --location --output "$TARBALL" "$URL" || { echo "$NO_DOWNLOAD" >&2; exit 1; }
elif command -v wget >/dev/null 2>&1; then
    wget --output-document="$TARBALL" "$URL" || { echo "$NO_DOWNLOAD" >&2; exit 1; }
else
    echo "error: neither curl nor wget is installed; install one, or download $URL by hand and unpack it into $DATA_DIR" >&2
    exit 1
fi

# The tarball holds one folder, cifar-10-batches-py/.
tar -xzf "$TARBALL" -C "$DATA_DIR"

echo "CIFAR-10 is in $TARGET; to use it, run \`export CIFAR10_DIR=$TARGET\` before starting Jupyter."
