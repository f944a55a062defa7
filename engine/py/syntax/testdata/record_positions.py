#!/usr/bin/env python3
"""Record the extent of every node CPython 3.11 builds for positions.txt.

positions.txt holds valid programs, each introduced by "### title" and
followed by "--- python3" and one line per syntax tree node, written by this
script: the node type (in the names of Taskline's ast package) and its
extent as LINE:COL-ENDLINE:ENDCOL with 1-based columns counted in code
points. Lines are sorted, so the Go test (positions_test.go) compares the
multiset of nodes without caring about traversal order.

Left out: the parts of an f-string (CPython 3.11 gives each the extent of
the whole string) except the expressions inside the replacement fields.

Run it with CPython 3.11 from this directory:  python3 record_positions.py
"""
import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "positions.txt")

RENAME = {
    "Expr": "ExprStmt", "AsyncFunctionDef": "FunctionDef", "AsyncFor": "For",
    "AsyncWith": "With", "TryStar": "Try", "arg": "Param", "keyword": "Keyword",
    "alias": "Alias",
}


def parse(text):
    cases, cur, mode = [], None, None
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
    lines = src.split("\n")

    def col(line, byte_off):
        return len(lines[line - 1].encode()[:byte_off].decode()) + 1

    tree = ast.parse(src)
    skip = set()

    def parts(js):  # the literal parts, fields and format specs of an f-string
        for v in js.values:
            skip.add(id(v))
            if isinstance(v, ast.FormattedValue) and v.format_spec is not None:
                skip.add(id(v.format_spec))
                parts(v.format_spec)

    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and id(node) not in skip:
            parts(node)
    out = []
    for node in ast.walk(tree):
        if not hasattr(node, "lineno") or id(node) in skip:
            continue
        name = RENAME.get(type(node).__name__, type(node).__name__)
        out.append("%s %d:%d-%d:%d\n" % (
            name, node.lineno, col(node.lineno, node.col_offset),
            node.end_lineno, col(node.end_lineno, node.end_col_offset)))
    return "".join(sorted(out))


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_positions.py: need CPython 3.11, have %s" % sys.version.split()[0])
    with open(PATH) as f:
        cases = parse(f.read())
    out = []
    for c in cases:
        src = "".join(c["src"])
        out.append("### %s\n%s--- python3\n%s" % (c["title"], src, record(src)))
    with open(PATH, "w") as f:
        f.write("".join(out))
    print("recorded %d cases" % len(cases))


main()
