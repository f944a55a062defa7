#!/usr/bin/env python3
"""Record the expected output of every script test from CPython 3.11.

For NAME.py in this directory it writes NAME.golden: the program's stdout,
then a line "### stderr" and its stderr (the standard library's frames
under /usr/lib/python3.X, as a standard install has it), then "### exit N". Programs named NAME_37.py are recorded with CPython 3.7
(from pyenv) and run in Taskline's 3.7 mode. Run from anywhere:

    python3 engine/py/eval/testdata/record.py [NAME ...]
"""
import glob
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
if sys.version_info[:2] != (3, 11):
    sys.exit("record.py: needs CPython 3.11, this is %s" % sys.version.split()[0])
names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(here) if f.endswith(".py") and f != "record.py")
py37 = sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.7*/bin/python3")))
for name in names:
    exe = sys.executable
    if name.endswith("_37"):
        if not py37:
            sys.exit("record.py: %s needs CPython 3.7 (pyenv install 3.7)" % name)
        exe = py37[-1]
    p = subprocess.run([exe, name + ".py"], cwd=here, capture_output=True, text=True, timeout=60)
    # Library frames are kept, under a standard install's path.
    stdlib = subprocess.run([exe, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
                            capture_output=True, text=True, check=True).stdout.strip()
    minor = "3.7" if name.endswith("_37") else "3.11"
    stderr = p.stderr.replace(here + os.sep, "").replace(stdlib, "/usr/lib/python" + minor)
    err = stderr.splitlines()
    with open(os.path.join(here, name + ".golden"), "w") as f:
        f.write(p.stdout)
        f.write("### stderr\n")
        f.write("".join(l + "\n" for l in err))
        f.write("### exit %d\n" % p.returncode)
    print(name, "exit", p.returncode)
