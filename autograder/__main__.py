"""``python -m autograder``: see ``autograder/frontends/cli.py``."""

import sys

from .frontends.cli import main

sys.exit(main())
