#!/usr/bin/env python3
"""Record the Python differential corpus from the real interpreters.

Each corpus directory is recorded with one CPython version (from pyenv):
testdata/py with 3.11, testdata/py37 with 3.7, and testdata/py38, py39, py310,
py312 and py313 with the version their name says. Each case runs three times;
a case whose stdout, stderr or exit status changes between runs is reported as
nondeterministic and not written. Otherwise NAME.json is written next to
NAME.py:

    {"python": "3.11.7", "stdout": ..., "stderr": ..., "stderr_last": ..., "exit": N}

So that tracebacks are the same on every machine, the script is copied to
SCRIPT_DIR and run by its absolute path (SCRIPT_DIR/NAME.py is what CPython
shows in tracebacks, and what the corpus test gives Taskline as the file
name), and the interpreter's standard library directory is rewritten to the
one a standard install uses, /usr/lib/python3.X. The line numbers and source
lines of library frames are those of the recording interpreter's own files.

With --check-virtual nothing is written: each recorded case is run once on an
asyncio loop whose clock is virtual (time jumps to the next timer when nothing
is ready, computation takes no time: Taskline's model) and the script lists
the cases whose stdout, last stderr line or exit status then differ from the
recording. Such a case depends on real elapsed time and needs fixing, unless
the difference is one Taskline must model on purpose (see README.md).

Usage: python3 testdata/record_py.py [--dirs DIR...] [--only NAME...] [--check-virtual]
"""

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RUNS = 3
TIMEOUT = 30  # seconds per run; programs use virtual-friendly sleeps only
JOBS = 6  # cases recorded at once

# Each corpus directory, the interpreter that records it, and the version it
# must report (major.minor).
def _pyenv(version, minor):
    return [os.path.expanduser(f"~/.pyenv/versions/{version}/bin/python{minor}"), f"python{minor}"]


CORPORA = [
    ("py", _pyenv("3.11.7", "3.11") + ["python3"], "3.11"),
    ("py37", _pyenv("3.7.16", "3.7"), "3.7"),
    ("py38", _pyenv("3.8.18", "3.8"), "3.8"),
    ("py39", _pyenv("3.9.18", "3.9"), "3.9"),
    ("py310", _pyenv("3.10.13", "3.10"), "3.10"),
    ("py312", _pyenv("3.12.1", "3.12"), "3.12"),
    ("py313", _pyenv("3.13.0", "3.13"), "3.13"),
]

# Where scripts run from; tracebacks show SCRIPT_DIR/NAME.py. The corpus test
# (engine/corpus/py_test.go) gives Taskline the same path.
SCRIPT_DIR = "/tmp/taskline"


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


# A heap address in a default repr ("<async_generator object bad at
# 0x7f41e9818110>") changes from run to run. The corpus test compares stderr
# with such addresses masked (maskAddresses in engine/corpus/py_test.go, the
# definition of that comparison); runs that differ only there are the same
# recording, and the first run's text is written.
HEAP_ADDRESS = re.compile(r" at 0x[0-9a-f]+\b")


def as_compared(key, text):
    """What of a run's output the corpus test compares."""
    return HEAP_ADDRESS.sub(" at 0x…", text) if key == "stderr" else text


def last_line(s):
    for line in reversed(s.split("\n")):
        if line.strip():
            return line
    return ""


def run_once(exe, directory, name, stdlib, virtual=False):
    os.makedirs(SCRIPT_DIR, exist_ok=True)
    script = os.path.join(SCRIPT_DIR, name + ".py")
    with open(os.path.join(directory, name + ".py"), "rb") as f:
        src = f.read()
    with open(script, "wb") as f:
        f.write(src)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        cmd = [exe, "-c", VIRTUAL_CLOCK, script] if virtual else [exe, script]
        p = subprocess.run(cmd, cwd=SCRIPT_DIR, env=env,
                           capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    stdout = p.stdout.decode("utf-8", "replace")
    stderr = p.stderr.decode("utf-8", "replace")
    minor = ".".join(stdlib.rstrip(os.sep).rsplit("python", 1)[-1].split(".")[:2])
    stderr = stderr.replace(stdlib, "/usr/lib/python" + minor)
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
    ap.add_argument("--jobs", type=int, default=JOBS,
                    help=f"cases recorded at once (default {JOBS}; 1 for timing-sensitive cases on a busy machine)")
    ap.add_argument("--dirs", nargs="+", metavar="DIR", help="record only these corpus directories (py, py37, py38 …)")
    args = ap.parse_args()
    only = set(args.only or [])

    written = failed = 0
    nondet, timeouts, virtual_diff = [], [], []
    matched = set()
    for sub, candidates, want in CORPORA:
        if args.dirs and sub not in args.dirs:
            continue
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
        # Runs overlap (most of a case's time is spent sleeping); the runs of
        # one case are sequential, since they share its script file.
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(
                lambda n: [run_once(exe, directory, n, stdlib) for _ in range(RUNS)], names))
        for name, runs in zip(names, results):
            if any(r is None for r in runs):
                timeouts.append(f"{sub}/{name}")
                print(f"  TIMEOUT  {sub}/{name} (more than {TIMEOUT}s)")
                failed += 1
                continue
            keys = ("stdout", "stderr", "exit")
            differ = [k for k in keys if any(as_compared(k, r[k]) != as_compared(k, runs[0][k])
                                             for r in runs[1:])]
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
