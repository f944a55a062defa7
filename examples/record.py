#!/usr/bin/env python3
"""Record what CPython does with each example in examples/python.

For every examples/python/NAME.py (except those marked "# Record: no", such
as the runaway loop), run python3 three times from that directory and write
NAME.json next to it:

    {"python": "3.11.7", "stdout": ..., "stderr_last": ..., "exit": N}

A program whose stdout, last stderr line or exit status changes between runs
is reported and not written. examples_test.go runs every example through
Taskline and compares with these recordings.

Usage: python3 examples/record.py
"""

import json
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "python")


def run(name):
    p = subprocess.run([sys.executable, name], cwd=HERE, capture_output=True, text=True, timeout=60)
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    return {"stdout": p.stdout, "stderr_last": lines[-1] if lines else "", "exit": p.returncode}


def main():
    version = "%d.%d.%d" % sys.version_info[:3]
    bad = 0
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            if "# Record: no" in f.read():
                continue
        runs = [run(name) for _ in range(3)]
        if any(r != runs[0] for r in runs[1:]):
            print(f"{name}: nondeterministic, not recorded", file=sys.stderr)
            bad += 1
            continue
        out = {"python": version, **runs[0]}
        with open(os.path.join(HERE, name[:-3] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"{name}: exit {out['exit']}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
