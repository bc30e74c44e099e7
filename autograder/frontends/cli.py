"""Command line of the autograder.

    python -m autograder grade [--submission DIR] [--results FILE] [--rubric FILE]
    python -m autograder grade-all --submissions DIR --out DIR [--jobs N]   (see classroom/)

Grades a folder laid out like ``assignment/`` and writes Gradescope's
``results.json``. The exit status is 0 whatever the score; it is 2, with one
line on stderr saying why, only when grading itself could not run. The table
is printed only after the results file is written, and a terminal that cannot
show it changes nothing on disk. A bug of the grader itself prints its full
traceback on stderr (exit status 3); the student never sees it.
"""

import argparse
import sys
import traceback
from pathlib import Path

from ..loss_functions.exercises import ASSIGNMENT
from ..engine.isolation import IsolationUnavailable, choose_mode
from .classroom import add_arguments as add_grade_all_arguments
from .classroom import grade_all
from ..core.results import clean_text, print_safely, table, write_atomically
from ..core.rubric import RubricError, load_rubric
from ..core.runner import grade_submission
from ..core.usage import UsageError, run_command


def parse(argv):
    parser = argparse.ArgumentParser(prog="python -m autograder", description="Grade a submission.")
    commands = parser.add_subparsers(dest="command", required=True)
    grade_parser = commands.add_parser("grade", help="grade one submission folder")
    grade_parser.add_argument("--submission", default="assignment", help="folder laid out like assignment/")
    grade_parser.add_argument("--results", default="results/results.json", help="where to write results.json")
    grade_parser.add_argument("--rubric", default=str(ASSIGNMENT.rubric_path), help="points and limits (TOML)")
    grade_parser.add_argument("--quiet", action="store_true", help="do not print the table")
    add_grade_all_arguments(commands.add_parser("grade-all", help="grade every sub-folder of a folder in parallel"))
    return parser.parse_args(argv)


def run_grade(args):
    submission = Path(args.submission)
    if submission.exists() and not submission.is_dir():
        raise UsageError(f"submission {submission} is a file; give the folder that holds cs231n/ "
                         "(SUBMISSION=<folder>).")
    if not submission.is_dir():
        raise UsageError(f"submission folder {submission} does not exist (set SUBMISSION=<folder>).")
    results = Path(args.results)
    if results.is_dir():
        raise UsageError(f"results path {results} is a folder; give a file name such as {results}/results.json.")
    try:
        rubric = load_rubric(ASSIGNMENT, args.rubric)
    except RubricError as error:
        raise UsageError(str(error)) from None
    try:
        choose_mode(rubric.limits.isolation, sys.executable)
    except IsolationUnavailable as error:
        raise UsageError(str(error)) from None
    blocker = next((parent for parent in results.parents if parent.exists() and not parent.is_dir()), None)
    if blocker is not None:
        raise UsageError(f"cannot write the results file {results}: {blocker} is a file, not a folder.")
    report = grade_submission(submission, rubric)
    try:
        write_atomically(results, report.document())
    except OSError as error:
        raise UsageError(f"cannot write the results file {results}: {error.strerror or error}.") from None
    if not args.quiet:  # after the file is written: whatever happens to the terminal, the results stand
        print_safely(table(report.tests))
        for note in report.notes:
            print_safely(clean_text(note))
        print_safely(f"graded {clean_text(submission, None)} in {report.seconds:.2f} s; results in "
                     f"{clean_text(results, None)}")
    return 0


def main(argv=None):
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command == "grade-all":
        return grade_all(args)
    return run_command("grade", run_grade, args, interrupted="interrupted; no results were written.")
