#!/usr/bin/env python3
"""Record the expected output of every script test from CPython 3.11.

For NAME.py in this directory it writes NAME.golden: the program's stdout,
then a line "### stderr" and its stderr without the caret lines (^ and ~)
that CPython 3.11 draws under traceback source lines (Taskline does not draw
them) and without frames inside the standard library (asyncio's runners),
then "### exit N". Run from anywhere:

    python3 engine/py/eval/testdata/record.py [NAME ...]
"""
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
if sys.version_info[:2] != (3, 11):
    sys.exit("record.py: needs CPython 3.11, this is %s" % sys.version.split()[0])
names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(here) if f.endswith(".py") and f != "record.py")
for name in names:
    p = subprocess.run([sys.executable, name + ".py"], cwd=here, capture_output=True, text=True, timeout=60)
    stderr = p.stderr.replace(here + os.sep, "")
    err, skip = [], False
    for l in stderr.splitlines():
        if skip:  # the source line of a library frame
            skip = False
            continue
        if l.startswith('  File "/'):  # a frame inside the standard library
            skip = True
            continue
        if l.strip(" ^~") != "" or l.strip() == "":
            err.append(l)
    with open(os.path.join(here, name + ".golden"), "w") as f:
        f.write(p.stdout)
        f.write("### stderr\n")
        f.write("".join(l + "\n" for l in err))
        f.write("### exit %d\n" % p.returncode)
    print(name, "exit", p.returncode)
