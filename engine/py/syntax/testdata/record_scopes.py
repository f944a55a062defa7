#!/usr/bin/env python3
"""Record every CPython version's verdict on the programs in scopes.txt.

scopes.txt holds small programs about scopes and the checks CPython makes
after parsing (global and nonlocal declarations, walrus targets in
comprehensions, return/await/yield outside a function, asynchronous
comprehensions ...), each introduced by "### title". After the program,
this script writes one answer per Python version, "--- 3.X" and then
either "ok" (the program compiles) or exactly what `python3.X main.py`
prints on stderr. The Go test (scopes_test.go) reads the answers; this
script is the only thing that writes them, so the expectations come from
CPython.

Run it from this directory:  python3 record_scopes.py
It finds the interpreters under ~/.pyenv/versions.
"""
import glob
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "scopes.txt")
VERSIONS = ["3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13"]

CHECK = """
import sys
try:
    compile(open(sys.argv[1]).read(), "main.py", "exec")
    print("ok")
except SyntaxError:
    print("error")
"""


def interpreter(v):
    found = sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/%s.*/bin/python%s" % (v, v))))
    if not found:
        raise SystemExit("record_scopes.py: no python%s under ~/.pyenv/versions" % v)
    return found[-1]


def parse(text):
    cases, cur, mode = [], None, None
    for line in text.splitlines(keepends=True):
        if line.startswith("### "):
            cur = {"title": line[4:].rstrip("\n"), "src": []}
            cases.append(cur)
            mode = "src"
        elif line.startswith("--- 3."):
            mode = "want"
        elif mode == "src":
            cur["src"].append(line)
    return cases


def record(py, src):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "main.py")
        with open(path, "w") as f:
            f.write(src)
        verdict = subprocess.run([py, "-c", CHECK, path], capture_output=True, text=True).stdout.strip()
        if verdict == "ok":
            return "ok\n"
        p = subprocess.run([py, "-W", "ignore", "main.py"], cwd=d, capture_output=True, text=True)
    # 3.9 and later name the script by its absolute path; we call it main.py.
    return p.stderr.replace(os.path.join(d, ""), "")


def main():
    with open(PATH) as f:
        cases = parse(f.read())
    pys = {v: interpreter(v) for v in VERSIONS}
    out = []
    for c in cases:
        src = "".join(c["src"])
        out.append("### %s\n%s" % (c["title"], src))
        for v in VERSIONS:
            out.append("--- %s\n%s" % (v, record(pys[v], src)))
    with open(PATH, "w") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
