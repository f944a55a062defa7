import { test } from "node:test";
import assert from "node:assert/strict";
import { addRun, outcomeKey, seedRanges } from "../../src/schedules.js";

const run = (stdout, stderr, exitCode) => ({ stdout, stderr, exitCode, trace: null, story: null });

test("runs group by output, first error line and exit status, in order of first appearance", () => {
  const outcomes = [];
  addRun(outcomes, 0, run("winner: bob\n", "", 0));
  addRun(outcomes, 1, run("winner: alice\n", "", 0));
  addRun(outcomes, 2, run("winner: bob\n", "", 0));
  // The same first line of a panic is the same outcome (goroutine dumps differ).
  addRun(outcomes, 3, run("", "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n", 2));
  addRun(outcomes, 4, run("", "panic: boom\n\ngoroutine 7 [running]:\nmain.work()\n", 2));
  addRun(outcomes, 5, run("winner: bob\n", "", 1));
  assert.deepEqual(outcomes.map((o) => [o.stdout, o.error, o.exit, o.seeds]), [
    ["winner: bob\n", "", 0, [0, 2]],
    ["winner: alice\n", "", 0, [1]],
    ["", "panic: boom", 2, [3, 4]],
    ["winner: bob\n", "", 1, [5]],
  ]);
  assert.equal(outcomes[2].res.stderr.includes("goroutine 1 "), true, "the first seed's run is the one kept");
  assert.notEqual(outcomeKey(run("a", "", 0)), outcomeKey(run("a\n", "", 0)));
});

test("seeds read as ranges", () => {
  assert.equal(seedRanges([0]), "0");
  assert.equal(seedRanges([0, 1]), "0, 1");
  assert.equal(seedRanges([0, 1, 2, 5, 7, 8, 9, 10]), "0–2, 5, 7–10");
  assert.equal(seedRanges([]), "");
});
