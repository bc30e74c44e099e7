"""``python -m public_checks [exercise ...] [-v]``: one line per exercise (exit 1 if a self-check fails)."""

import sys

from .selfcheck import main

sys.exit(main())
