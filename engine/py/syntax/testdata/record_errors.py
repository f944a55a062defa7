#!/usr/bin/env python3
"""Record CPython's verdict on every program in errors.txt.

errors.txt holds small programs, each introduced by a line "### title" and
followed by a line "--- python3" and CPython's answer, which this script
writes: "ok" if the program compiles, otherwise the error as
"main.py:LINE:COL: MSG" and then exactly what `python3 main.py` prints on
stderr. The Go test (errors_test.go) reads the answers; this script is the
only thing that writes them, so the expectations come from CPython.

A title ending in "[no final newline]" marks a program whose last newline
is not part of it.

Run it with CPython 3.11 from this directory:  python3 record_errors.py
"""
import os
import subprocess
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "errors.txt")


def parse(text):
    cases, cur = [], None
    mode = None
    for line in text.splitlines(keepends=True):
        if line.startswith("### "):
            cur = {"title": line[4:].rstrip("\n"), "src": []}
            cases.append(cur)
            mode = "src"
        elif line.rstrip("\n") == "--- python3" and cur is not None:
            mode = "want"
        elif mode == "src":
            cur["src"].append(line)
    return cases


def record(src):
    try:
        compile(src, "main.py", "exec")
        return "ok\n"
    except SyntaxError as e:
        head = "main.py:%d:%d: %s\n" % (e.lineno, e.offset, e.msg)
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "main.py"), "w") as f:
            f.write(src)
        p = subprocess.run([sys.executable, "-W", "ignore", "main.py"], cwd=d, capture_output=True, text=True)
    # CPython names the script by its absolute path; we call it main.py.
    return head + p.stderr.replace(os.path.join(d, ""), "")


def main():
    warnings.simplefilter("ignore")
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_errors.py: need CPython 3.11, have %s" % sys.version.split()[0])
    with open(PATH) as f:
        cases = parse(f.read())
    out = []
    for c in cases:
        src = "".join(c["src"])
        body = src
        if c["title"].endswith("[no final newline]"):
            src = src[:-1]
        out.append("### %s\n%s--- python3\n%s" % (c["title"], body, record(src)))
    with open(PATH, "w") as f:
        f.write("".join(out))
    print("recorded %d cases" % len(cases))


main()
