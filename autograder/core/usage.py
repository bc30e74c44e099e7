"""Bad input, told in one line: the error every front-end and tool raises, and how commands end.

A command that cannot do what it was asked (a missing folder, a broken
rubric, an output path that is a file) raises :class:`UsageError` before it
writes anything; :func:`run_command` prints ``<prog>: <message>`` on stderr and
returns exit status 2, never a traceback. A bug of the kit itself is exit 3,
with its traceback (its maintainer needs it); Ctrl-C is 130.
"""

import sys
import traceback

from .results import clean_text, print_safely


class UsageError(Exception):
    """The command cannot run as asked; the message says why and what to do (one sentence)."""


def run_command(prog, function, *args, interrupted="interrupted; nothing was written."):
    """``function(*args)``'s exit status, with one-line errors, a clean interrupt and exit 3 on a bug."""
    try:
        return function(*args)
    except UsageError as error:
        print_safely(f"{prog}: {clean_text(error, None)}", sys.stderr)
        return 2
    except KeyboardInterrupt:
        print_safely(f"{prog}: {interrupted}", sys.stderr)
        return 130
    except Exception:  # a bug of the kit: its maintainer needs the whole traceback
        print_safely(f"{prog}: internal error (not of the submission):\n{traceback.format_exc()}", sys.stderr)
        return 3
