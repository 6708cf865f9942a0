"""Fail when two collections of the test suite give different test ids.

pytest-xdist needs every worker to collect the same ids; an id built from a random or time-based value
breaks parallel runs. Collect twice in separate processes and compare.
"""

import subprocess
import sys


def collect():
    return subprocess.Popen(  # noqa: S603 (this interpreter, fixed arguments)
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *sys.argv[1:]],
        stdout=subprocess.PIPE,
        text=True,
    )


def ids(process):
    output, _ = process.communicate()
    if process.returncode != 0:
        sys.exit(f"Collecting the tests failed:\n{output}")
    return [line for line in output.splitlines() if "::" in line]


first, second = collect(), collect()
first_ids, second_ids = ids(first), ids(second)
changed = sorted(set(first_ids) ^ set(second_ids))
if changed:
    sys.exit("These test ids differ between two collections (use fixed `ids=` in parametrize):\n" + "\n".join(changed))
print(f"{len(first_ids)} test ids, the same in two collections.")
