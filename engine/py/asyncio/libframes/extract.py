#!/usr/bin/env python3
"""Extract the asyncio library frames CPython shows in tracebacks.

For every modelled version, runs small probe programs with that version's
interpreter (from pyenv) and keeps the frames of asyncio's own files that
its traceback shows, with their line numbers, source lines and caret lines,
the standard library directory rewritten to /usr/lib/python3.X as a
standard install has it. Taskline prints these frames where CPython would
(engine/py/asyncio/libframes.go); they are data taken from the real files,
so they match the recorded corpus (testdata/record_py.py) byte for byte.

Usage: python3 engine/py/asyncio/libframes/extract.py   (writes frames.json)
"""

import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
VERSIONS = {"3.7": "3.7.16", "3.8": "3.8.18", "3.9": "3.9.18", "3.10": "3.10.13",
            "3.11": "3.11.7", "3.12": "3.12.1", "3.13": "3.13.0"}
SCRIPT = "/tmp/taskline/libframes_probe.py"

# Each probe: a program, and which library frames of its traceback to keep:
# the run of library frames that follows the script frame at line `after`.
PROBES = {
    # asyncio.run(main()) where main raises: runners.py, base_events.py.
    "run": ("import asyncio\n"
            "async def main():\n"
            "    raise ValueError\n"
            "asyncio.run(main())\n", 4),
    # loop.run_until_complete(main()) where main raises.
    "run_until_complete": ("import asyncio\n"
                           "async def main():\n"
                           "    raise ValueError\n"
                           "asyncio.new_event_loop().run_until_complete(main())\n", 4),
    # A task cancelled while it awaits asyncio.sleep(0); raising another
    # exception while handling it shows where it was thrown in.
    "sleep0": ("import asyncio\n"
               "async def main():\n"
               "    asyncio.current_task().cancel()\n"
               "    try:\n"
               "        await asyncio.sleep(0)\n"
               "    except asyncio.CancelledError:\n"
               "        raise ValueError\n"
               "asyncio.run(main())\n", 5),
    # A task cancelled while it awaits asyncio.sleep(delay).
    "sleep": ("import asyncio\n"
              "async def main():\n"
              "    asyncio.get_running_loop().call_soon(asyncio.current_task().cancel)\n"
              "    try:\n"
              "        await asyncio.sleep(1)\n"
              "    except asyncio.CancelledError:\n"
              "        raise ValueError\n"
              "asyncio.run(main())\n", 5),
    # asyncio.run() of something that is not a coroutine: its check.
    "run_check": ("import asyncio\n"
                  "asyncio.run(42)\n", 2),
    # A plain callback that raises: the logged traceback starts in
    # events.py's Handle._run, above the callback's frame at line `after`.
    "callback": ("import asyncio\n"
                 "def broken():\n"
                 "    raise ValueError\n"
                 "async def main():\n"
                 "    asyncio.get_running_loop().call_soon(broken)\n"
                 "    await asyncio.sleep(0.1)\n"
                 "asyncio.run(main())\n", 3),
    # wait_for(coro, timeout) expiring: the TimeoutError's frames below
    # the await at line `after` (wait_for_raise), and those of the
    # CancelledError it is raised from, above the coroutine's frame
    # (wait_for_result; 3.9 and 3.10 raise a new one there).
    "wait_for": ("import asyncio\n"
                 "async def fetch():\n"
                 "    await asyncio.sleep(2)\n"
                 "async def main():\n"
                 "    await asyncio.wait_for(fetch(), timeout=0.1)\n"
                 "asyncio.run(main())\n", 5),
    # asyncio.timeout() expiring: Timeout.__aexit__ raising TimeoutError.
    "timeout_exit": ("import asyncio\n"
                     "async def main():\n"
                     "    async with asyncio.timeout(0.1):\n"
                     "        await asyncio.sleep(1)\n"
                     "asyncio.run(main())\n", 3),
    # A TaskGroup whose child failed: TaskGroup.__aexit__ raising the
    # ExceptionGroup (its traceback lines are drawn with a "  | " margin).
    "taskgroup_exit": ("import asyncio\n"
                       "async def boom():\n"
                       "    raise ValueError\n"
                       "async def main():\n"
                       "    async with asyncio.TaskGroup() as tg:\n"
                       "        tg.create_task(boom())\n"
                       "asyncio.run(main())\n", 5),
    # An Event made outside a loop before 3.10 belongs to the default loop:
    # waiting on it under asyncio.run fails inside Event.wait.
    "event_wait": ("import asyncio\n"
                   "ev = asyncio.Event()\n"
                   "async def main():\n"
                   "    asyncio.get_running_loop().call_later(0.01, ev.set)\n"
                   "    await ev.wait()\n"
                   "asyncio.run(main())\n", 5),
    # An exception the Task step lets through (KeyboardInterrupt,
    # SystemExit; in 3.7 any BaseException) leaving asyncio.run through the
    # loop: run_until_complete, run_forever, _run_once, Handle._run.
    # get_event_loop() after asyncio.run() ended: the policy has had a loop
    # set (then None), so it raises RuntimeError rather than make one.
    "get_event_loop": ("import asyncio\n"
                       "async def main():\n"
                       "    pass\n"
                       "asyncio.run(main())\n"
                       "asyncio.get_event_loop()\n", 5),
    "escape": ("import asyncio\n"
               "async def main():\n"
               "    raise KeyboardInterrupt\n"
               "asyncio.run(main())\n", 4),
}

def waiting(setup, op, after=4, pre=""):
    """A probe: a task cancelled while it waits in a library primitive,
    printing the CancelledError's traceback where it catches it (every
    version shows the library frames there, even those whose awaiting task
    does not show them)."""
    return ("import asyncio, traceback\n"
            "async def waiter(x):\n"
            "    try:\n"
            + pre +
            "        " + op + "\n"
            "    except asyncio.CancelledError:\n"
            "        traceback.print_exc()\n"
            "async def main():\n"
            "    " + setup + "\n"
            "    t = asyncio.create_task(waiter(x))\n"
            "    await asyncio.sleep(0)\n"
            "    t.cancel()\n"
            "    await asyncio.sleep(0)\n"
            "asyncio.run(main())\n", after)


# Condition.wait_for calling a predicate that raises: wait_for's frame sits
# between the program's frames, at its first call or at a later one.
PROBES.update({
    "condition_wait_for_pred_first": ("import asyncio\n"
                                      "def pred():\n"
                                      "    raise ValueError('no')\n"
                                      "async def main():\n"
                                      "    c = asyncio.Condition()\n"
                                      "    async with c:\n"
                                      "        await c.wait_for(pred)\n"
                                      "asyncio.run(main())\n", 7),
    "condition_wait_for_pred_again": ("import asyncio\n"
                                      "calls = []\n"
                                      "def pred():\n"
                                      "    calls.append(1)\n"
                                      "    if len(calls) > 1:\n"
                                      "        raise ValueError('no')\n"
                                      "    return False\n"
                                      "async def main():\n"
                                      "    c = asyncio.Condition()\n"
                                      "    async def poke():\n"
                                      "        async with c:\n"
                                      "            c.notify()\n"
                                      "    t = asyncio.ensure_future(poke())\n"
                                      "    async with c:\n"
                                      "        await c.wait_for(pred)\n"
                                      "asyncio.run(main())\n", 15),
})


# A task cancelled while it waits inside a library primitive: that
# primitive's frames (queues.py, locks.py) are the traceback's innermost.
PROBES.update({
    "queue_get_cancel": waiting("x = asyncio.Queue()", "await x.get()"),
    "queue_put_cancel": waiting("x = asyncio.Queue(1); x.put_nowait(0)", "await x.put(1)"),
    "queue_join_cancel": waiting("x = asyncio.Queue(); x.put_nowait(0)", "await x.join()"),
    "event_wait_cancel": waiting("x = asyncio.Event()", "await x.wait()"),
    "lock_acquire_cancel": waiting("x = asyncio.Lock(); await x.acquire()", "await x.acquire()"),
    "semaphore_acquire_cancel": waiting("x = asyncio.Semaphore(0)", "await x.acquire()"),
    "lock_aenter_cancel": waiting("x = asyncio.Lock(); await x.acquire()", "async with x: pass"),
    "semaphore_aenter_cancel": waiting("x = asyncio.Semaphore(0)", "async with x: pass"),
    "condition_aenter_cancel": waiting("x = asyncio.Condition(); await x.acquire()", "async with x: pass"),
    "condition_wait_for_cancel": waiting("x = asyncio.Condition()", "    await x.wait_for(lambda: False)", 5, "        async with x:\n"),
    "condition_wait_cancel": waiting("x = asyncio.Condition()", "    await x.wait()", 5, "        async with x:\n"),
})

CHAIN = re.compile(r"\n(?:During handling of the above exception, another exception occurred:"
                   r"|The above exception was the direct cause of the following exception:)\n\n")

# Probes whose frames are the library frames above (outer to) the script
# frame at line `after`, not below it.
ABOVE = {"callback"}

FRAME = re.compile(r'  File "([^"]+)", line (\d+), in (.+)')


def frames(stderr):
    """The traceback's frames: [file, line, func, text, carets]."""
    out, lines, i = [], stderr.split("\n"), 0
    while i < len(lines):
        m = FRAME.fullmatch(lines[i])
        i += 1
        if not m:
            continue
        text = carets = ""
        if i < len(lines) and lines[i].startswith("    ") and not FRAME.fullmatch(lines[i]):
            text = lines[i][4:]
            i += 1
            # 3.13 shows every line of a statement that spans several: the
            # later ones are kept as printed, after a newline.
            while (i < len(lines) and lines[i].startswith("    ") and not FRAME.fullmatch(lines[i])
                   and not set(lines[i].strip()) <= set("^~")):
                text += "\n" + lines[i]
                i += 1
            if i < len(lines) and lines[i].strip() and set(lines[i].strip()) <= set("^~"):
                carets = lines[i]
                i += 1
        out.append([m.group(1), int(m.group(2)), m.group(3), text, carets])
    return out


def main():
    os.makedirs(os.path.dirname(SCRIPT), exist_ok=True)
    data = {}
    for minor, full in VERSIONS.items():
        exe = os.path.expanduser(f"~/.pyenv/versions/{full}/bin/python{minor}")
        stdlib = subprocess.run([exe, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
                                capture_output=True, text=True, check=True).stdout.strip()
        data[minor] = {}
        for name, (src, after) in PROBES.items():
            with open(SCRIPT, "w") as f:
                f.write(src)
            p = subprocess.run([exe, SCRIPT], capture_output=True, text=True, cwd=os.path.dirname(SCRIPT))
            err = p.stderr.replace(stdlib, f"/usr/lib/python{minor}")
            if name == "taskgroup_exit":
                err = re.sub(r"(?m)^  \| ", "", err.split("+-+----")[0])
            fs = frames(err)
            if name == "wait_for":
                sections = CHAIN.split(err)
                fs = frames(sections[-1])
                start = next(i for i, f in enumerate(fs) if f[0] == SCRIPT and f[1] == after) + 1
                data[minor]["wait_for_raise"] = fs[start:]
                cause = frames(sections[-2]) if len(sections) > 1 else []
                end = 0
                while end < len(cause) and cause[end][0] != SCRIPT:
                    end += 1
                data[minor]["wait_for_result"] = cause[:end]
                continue
            if name in ABOVE:
                end = next(i for i, f in enumerate(fs) if f[0] == SCRIPT and f[1] == after)
                start = end
                while start > 0 and fs[start - 1][0] != SCRIPT:
                    start -= 1
                data[minor][name] = fs[start:end]
                continue
            if name in ("timeout_exit", "taskgroup_exit", "event_wait"):
                # The versions without the construct (or the error) give none.
                fs = frames(CHAIN.split(err)[-1])
                start = next((i for i, f in enumerate(fs) if f[0] == SCRIPT and f[1] == after), len(fs) - 1) + 1
            else:
                start = next(i for i, f in enumerate(fs) if f[0] == SCRIPT and f[1] == after) + 1
            end = start
            while end < len(fs) and fs[end][0] != SCRIPT:
                end += 1
            if name.startswith("sleep"):
                # The first traceback (the CancelledError's): the frames
                # after the await at line `after`.
                fs = frames(err.split("During handling")[0])
                start = next(i for i, f in enumerate(fs) if f[0] == SCRIPT and f[1] == after) + 1
                end = len(fs)
            data[minor][name] = fs[start:end]
        # Where base_events.py defines _run_until_complete_cb, which a Task's
        # repr names among its callbacks ("cb=[_run_until_complete_cb() at
        # FILE:LINE]").
        with open(os.path.join(stdlib, "asyncio", "base_events.py")) as f:
            line = next(i for i, l in enumerate(f, 1) if l.startswith("def _run_until_complete_cb("))
        data[minor]["run_until_complete_cb"] = [[f"/usr/lib/python{minor}/asyncio/base_events.py", line,
                                                 "_run_until_complete_cb", "", ""]]
        # Where BaseEventLoop.close() clears the ready queue: a loop the
        # collector finalises closes itself there (BaseEventLoop.__del__),
        # and a coroutine freed by that line warns that it was never
        # awaited from this frame.
        with open(os.path.join(stdlib, "asyncio", "base_events.py")) as f:
            lines = f.read().split("\n")
        close = next(i for i, l in enumerate(lines) if l == "    def close(self):")
        line = next(i for i in range(close, len(lines)) if lines[i].strip() == "self._ready.clear()") + 1
        data[minor]["loop_close_ready_clear"] = [[f"/usr/lib/python{minor}/asyncio/base_events.py", line,
                                                  "close", "self._ready.clear()", ""]]
    with open(os.path.join(HERE, "frames.json"), "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
