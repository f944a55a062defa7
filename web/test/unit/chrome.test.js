import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { chromeTrace } from "../../src/timeline/chrome.js";
import { describeEvent, describeSpan } from "../../src/timeline/describe.js";

const seed = JSON.parse(readFileSync(new URL("../fixtures/seed.json", import.meta.url), "utf8"));

test("chrome export names a thread per task and a complete event per span", () => {
  const c = chromeTrace(seed);
  const names = c.traceEvents.filter((e) => e.name === "thread_name").map((e) => [e.tid, e.args.name]);
  assert.deepEqual(names, [[0, "event loop"], [1, "Task-1"], [2, "Task-2"], [3, "Task-3"]]);
  const spans = c.traceEvents.filter((e) => e.ph === "X");
  assert.equal(spans.length, seed.spans.length);
  const sleep = spans.find((e) => e.name === "sleeping sleep(0.1)");
  assert.deepEqual([sleep.tid, sleep.ts, sleep.dur], [2, 0, 100000]);
  assert.equal(c.traceEvents.filter((e) => e.ph === "i").length, seed.events.length);
});

test("chrome export names threads by label, the name after it", () => {
  const labelled = { ...seed, tasks: seed.tasks.map((t) => ({ ...t, label: t.func + "()" })) };
  const names = chromeTrace(labelled).traceEvents.filter((e) => e.name === "thread_name").map((e) => e.args.name);
  assert.deepEqual(names, ["event loop", "main() · Task-1", "worker() · Task-2", "worker() · Task-3"]);
});

test("chrome export draws a flow from each cancel request to its delivery", () => {
  const c = chromeTrace(seed);
  const s = c.traceEvents.filter((e) => e.ph === "s"), f = c.traceEvents.filter((e) => e.ph === "f");
  assert.equal(s.length, 2);
  assert.equal(f.length, 2);
  assert.deepEqual([s[0].tid, f[0].tid, f[0].ts], [2, 2, 100000]);
  assert.deepEqual([s[1].tid, f[1].tid], [0, 3]); // from the loop (tid 0) to Task-3
});

test("descriptions name tasks, kinds, details and lines", () => {
  assert.equal(describeEvent(seed, 11), "#11 100ms Task-2 cancel-request → Task-2, line 11");
  assert.equal(describeEvent(seed, 10), '#10 100ms Task-2 print "a: done, cancelling my own task\\n", line 10');
  assert.equal(describeEvent(seed, 17), "#17 100ms event loop cancel-request → Task-3: asyncio.run() cleanup");
  assert.equal(describeSpan(seed, 5), "Task-2 sleeping sleep(0.1), 0s–100ms");
});

test("the JS export equals engine/trace's Chrome() for the same trace", () => {
  // seed.chrome.json is written by web/tools/chrome_golden.go from seed.json.
  const golden = JSON.parse(readFileSync(new URL("../fixtures/seed.chrome.json", import.meta.url), "utf8"));
  assert.deepEqual(JSON.parse(JSON.stringify(chromeTrace(seed))), golden);
});
