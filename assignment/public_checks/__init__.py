"""The self-checks: ``check("svm_loss_naive")`` in a notebook, ``python -m public_checks`` in a terminal.

See selfcheck.py; ``pytest public_checks`` (``make check``) runs them too, with the older sanity checks.
"""

from .selfcheck import check, run_exercise  # noqa: F401
