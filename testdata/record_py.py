#!/usr/bin/env python3
"""Record the Python differential corpus from the real interpreters.

Every testdata/py/NAME.py is run with CPython 3.11 (python3) and every
testdata/py37/NAME.py with CPython 3.7 (from pyenv). Each case runs three
times from its own directory; a case whose stdout, last stderr line or exit
status changes between runs is reported as nondeterministic and not written.
Otherwise NAME.json is written next to NAME.py:

    {"python": "3.11.7", "stdout": ..., "stderr": ..., "stderr_last": ..., "exit": N}

"stderr" is the full stderr with the script's directory removed (so paths read
"NAME.py") and the interpreter's standard library directory written as LIB.

With --check-virtual nothing is written: each recorded case is run once on an
asyncio loop whose clock is virtual (time jumps to the next timer when nothing
is ready, computation takes no time: Taskline's model) and the script lists
the cases whose stdout, last stderr line or exit status then differ from the
recording. Such a case depends on real elapsed time and needs fixing, unless
the difference is one Taskline must model on purpose (see README.md).

Usage: python3 testdata/record_py.py [--only NAME...] [--check-virtual]
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RUNS = 3
TIMEOUT = 30  # seconds per run; programs use virtual-friendly sleeps only

# Each corpus directory, the interpreter that records it, and the version it
# must report (major.minor).
CORPORA = [
    ("py", ["python3"], "3.11"),
    ("py37", [os.path.expanduser("~/.pyenv/versions/3.7.16/bin/python3.7"), "python3.7"], "3.7"),
]


# Runs the script named by argv[1] as __main__ on a loop with a virtual clock.
VIRTUAL_CLOCK = r"""
import asyncio, runpy, sys

class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self._virtual_now = 0.0
        real, loop = self._selector, self

        class Selector:
            def select(self, timeout=None):
                if timeout is None:
                    raise RuntimeError("virtual clock: the loop would block forever")
                loop._virtual_now += timeout
                return []

            def __getattr__(self, name):
                return getattr(real, name)

        self._selector = Selector()

    def time(self):
        return self._virtual_now

class Policy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return VirtualClockLoop()

asyncio.set_event_loop_policy(Policy())
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def find_interpreter(candidates, want):
    for exe in candidates:
        try:
            out = subprocess.run(
                [exe, "-c", "import sys, sysconfig, platform; print(platform.python_version()); "
                            "print(sysconfig.get_paths()['stdlib']); print(sys.executable)"],
                capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out.returncode != 0:
            continue
        version, stdlib, real = out.stdout.split("\n")[:3]
        if version.startswith(want + "."):
            # Use the interpreter itself, not a pyenv shim, so that the
            # directory a case runs in cannot select another version.
            return real or exe, version, stdlib
    return None


def last_line(s):
    for line in reversed(s.split("\n")):
        if line.strip():
            return line
    return ""


def run_once(exe, directory, name, stdlib, virtual=False):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        cmd = [exe, "-c", VIRTUAL_CLOCK, name + ".py"] if virtual else [exe, name + ".py"]
        p = subprocess.run(cmd, cwd=directory, env=env,
                           capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    stdout = p.stdout.decode("utf-8", "replace")
    stderr = p.stderr.decode("utf-8", "replace")
    stderr = stderr.replace(directory + os.sep, "").replace(stdlib, "LIB")
    return {"stdout": stdout, "stderr": stderr, "stderr_last": last_line(stderr), "exit": p.returncode}


def check_virtual(exe, directory, sub, names, stdlib):
    """Lists the cases whose virtual-clock run differs from the recording."""
    differ = []
    for name in names:
        try:
            with open(os.path.join(directory, name + ".json"), encoding="utf-8") as f:
                rec = json.load(f)
        except FileNotFoundError:
            print(f"  NOT RECORDED  {sub}/{name}")
            continue
        got = run_once(exe, directory, name, stdlib, virtual=True)
        if got is None:
            differ.append(f"{sub}/{name}")
            print(f"  TIMEOUT  {sub}/{name} under the virtual clock")
            continue
        keys = [k for k in ("stdout", "stderr_last", "exit") if got[k] != rec[k]]
        if keys:
            differ.append(f"{sub}/{name}")
            print(f"  VIRTUAL DIFFERS  {sub}/{name}: {', '.join(keys)}")
            if "stdout" in keys:
                want, have = rec["stdout"].split("\n"), got["stdout"].split("\n")
                for i, (w, h) in enumerate(zip(want + [None] * len(have), have + [None] * len(want))):
                    if w != h:
                        print(f"    line {i + 1}: recorded {w!r}, virtual {h!r}")
                        break
    return differ


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="+", metavar="NAME", help="record only these cases (stem, or DIR/stem)")
    ap.add_argument("--check-virtual", action="store_true",
                    help="compare the recordings with runs on a virtual-clock loop; write nothing")
    args = ap.parse_args()
    only = set(args.only or [])

    written = failed = 0
    nondet, timeouts, virtual_diff = [], [], []
    matched = set()
    for sub, candidates, want in CORPORA:
        directory = os.path.join(HERE, sub)
        names = sorted(f[:-3] for f in os.listdir(directory) if f.endswith(".py"))
        matched.update(n for n in names if n in only)
        matched.update(f"{sub}/{n}" for n in names if f"{sub}/{n}" in only)
        if only:
            names = [n for n in names if n in only or f"{sub}/{n}" in only]
            if not names:
                continue
        found = find_interpreter(candidates, want)
        if found is None:
            print(f"skipping testdata/{sub}: no Python {want} interpreter (tried {', '.join(candidates)})")
            continue
        exe, version, stdlib = found
        print(f"testdata/{sub}: {len(names)} cases with Python {version} ({exe})")
        if args.check_virtual:
            virtual_diff += check_virtual(exe, directory, sub, names, stdlib)
            continue
        for name in names:
            runs = [run_once(exe, directory, name, stdlib) for _ in range(RUNS)]
            if any(r is None for r in runs):
                timeouts.append(f"{sub}/{name}")
                print(f"  TIMEOUT  {sub}/{name} (more than {TIMEOUT}s)")
                failed += 1
                continue
            keys = ("stdout", "stderr_last", "exit")
            differ = [k for k in keys if any(r[k] != runs[0][k] for r in runs[1:])]
            if differ:
                nondet.append(f"{sub}/{name}")
                print(f"  NONDETERMINISTIC  {sub}/{name}: {', '.join(differ)} changed between runs; not written")
                failed += 1
                continue
            rec = {"python": version}
            rec.update(runs[0])
            with open(os.path.join(directory, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, indent=1, ensure_ascii=False)
                f.write("\n")
            written += 1

    for name in sorted(only - matched):
        print(f"no case named {name}")
        failed += 1
    if args.check_virtual:
        print(f"differ under a virtual clock: {len(virtual_diff)}")
        return 1 if virtual_diff or failed else 0
    print(f"written: {written}; nondeterministic: {len(nondet)}; timed out: {len(timeouts)}")
    for n in nondet:
        print(f"  nondeterministic: {n}")
    for n in timeouts:
        print(f"  timed out: {n}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
