// The await tree at a moment, checked against what the hand-written traces
// (fixtures/labels-README.md describes their programs) say at that event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { awaitTree, awaitState } from "../../src/timeline/awaittree.js";

const load = (f) => JSON.parse(readFileSync(new URL(`../fixtures/${f}`, import.meta.url), "utf8"));
const py = load("labels-py.json"), go = load("labels-go.json"), seed = load("seed.json");

test("Python: main() awaits gather() of two fetches; the dog sleeps on its own", () => {
  // Event 12: fetch('b') has just started sleeping; nothing is done yet.
  assert.equal(awaitTree(py, 12), [
    "├── (T) main() [Task-1]",
    "│   └──  main labels.py:12",
    "│       └──  asyncio.gather",
    "│           ├── (T) fetch('a', 0.1) [Task-3]",
    "│           │   └──  fetch labels.py:4",
    "│           │       └──  sleep 0.1",
    "│           └── (T) fetch('b', 0.2) [Task-4]",
    "│               └──  fetch labels.py:4",
    "│                   └──  sleep 0.2",
    "└── (T) dog: watchdog() [dog]",
    "    └──  watchdog labels.py:8",
    "        └──  sleep 10",
  ].join("\n"));
});

test("Python: a finished task leaves the tree", () => {
  // Event 16: fetch('a') is done (event 15), fetch('b') resumes.
  const s = awaitState(py, 16);
  assert.equal(s.nodes[2], undefined);
  assert.deepEqual(s.nodes[0].awaits, [3]);
  assert.deepEqual(s.roots, [0, 1]);
  // After main() is done only the dog is left, until the shutdown cancel ends it.
  assert.deepEqual(awaitState(py, 23).roots, [1]);
  assert.deepEqual(awaitState(py, 27).roots, []);
});

test("Python without labels: runtime names, the running task, the cancelled one", () => {
  // Seed (file main.py), event 9: Task-2 resumes from its sleep at line 9.
  const text = awaitTree(seed, 9);
  assert.match(text, /^└── \(T\) Task-1\n    └──  main main\.py:17\n        └──  asyncio\.gather\n/);
  assert.match(text, /├── \(T\) Task-2\n.*└──  worker main\.py:9 \(running\)\n/);
  assert.match(text, /└── \(T\) Task-3\n.*└──  worker main\.py:9\n.*└──  sleep\(0\.2\)$/);
  // Event 11: Task-2 cancelled itself at line 11.
  assert.match(awaitTree(seed, 11), /├── \(T\) Task-2\n.*└──  worker main\.py:11 \(cancelling\)\n/);
});

test("Go: a goroutine dump, the leaked replica blocked on its send", () => {
  // Event 17: the deadline has fired, watch has exited; main prints.
  assert.equal(awaitTree(go, 17), [
    "goroutine 1 [running]:",
    "main()",
    "\tmain.go:28",
    "",
    "goroutine 19 [chan send]:",
    "replica(ch, 30ms)",
    "\tmain.go:13",
    "created in goroutine 1",
    "\tmain.go:23",
  ].join("\n"));
  // Before the deadline: watch waits in its select, main sleeps.
  const early = awaitTree(go, 13);
  assert.match(early, /goroutine 1 \[sleep\]:\nmain\(\)\n\tmain\.go:27/);
  assert.match(early, /goroutine 21 \[select\]:\nwatch\(ctx\)\n\tmain\.go:16\ncreated in goroutine 1\n\tmain\.go:25/);
});
