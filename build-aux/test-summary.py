#!/usr/bin/env python3
# Prints meson's test totals as one plain line: "N passed, N failed[, N skipped]".
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import sys

PASSED = {"OK", "EXPECTEDFAIL"}
SKIPPED = {"SKIP"}

try:
    with open(sys.argv[1], encoding="utf-8") as log:
        results = [json.loads(line)["result"] for line in log if line.strip()]
except OSError as error:
    print(f"No test log: {error}", file=sys.stderr)
    print("0 passed, 1 failed")
    sys.exit(1)

passed = sum(result in PASSED for result in results)
skipped = sum(result in SKIPPED for result in results)
failed = len(results) - passed - skipped
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed or not results else 0)
