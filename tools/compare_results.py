"""Compare two recordings of gradings (``tests/record_results.py``): what a refactor changed.

    python tools/compare_results.py BEFORE.jsonl AFTER.jsonl

Each recording is a JSON line per check graded, keyed here by the test that
graded it and the check's name (repeated gradings in one test, which a suite may
run in parallel, are compared as a multiset). Scores must be equal; feedback is compared with its numbers masked
(timings and measured ratios differ from run to run). Prints every
difference, and exits 1 when there is one, 0 when the recordings agree, 2 on
bad input.
"""

import collections
import json
import re
import sys

NUMBER = re.compile(r"-?\d+(\.\d+)?(e[-+]?\d+)?")


def load(path):
    """{(test, check): [(score, max, masked output), ...]} in recording order."""
    recorded = collections.defaultdict(list)
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            recorded[row["test"], row["check"]].append(
                (row["score"], row["max"], NUMBER.sub("#", row["output"] or "")))
    return recorded


def differences(before, after):
    for key in sorted(set(before) | set(after)):
        old, new = sorted(before.get(key, [])), sorted(after.get(key, []))
        if old != new:
            yield key, old, new


def main(argv):
    if len(argv) != 2:
        print("usage: compare_results.py BEFORE.jsonl AFTER.jsonl", file=sys.stderr)
        return 2
    try:
        before, after = load(argv[0]), load(argv[1])
    except (OSError, ValueError, KeyError) as error:
        print(f"compare_results: cannot read the recordings: {error}", file=sys.stderr)
        return 2
    found = 0
    for (test, check), old, new in differences(before, after):
        found += 1
        print(f"{test} | {check}\n  before: {old[:3]}\n  after:  {new[:3]}")
    print(f"{len(before)} checks before, {len(after)} after, {found} differ")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
