import { test } from "node:test";
import assert from "node:assert/strict";
import { addRun, outcomeKey, seedRanges } from "../../src/schedules.js";

// The engine's key decides (engine/trace: TestOutcomeKey tests the rule);
// here, that runs are grouped by it in order of first appearance.
const run = (stdout, stderr, exitCode, key, kind = "exit") =>
  ({ stdout, stderr, exitCode, trace: { outcome: { kind, stdout, stderr, exitCode, key } }, story: null });

test("runs group by the engine's outcome key, in order of first appearance", () => {
  const outcomes = [];
  addRun(outcomes, 0, run("winner: bob\n", "", 0, "k1"));
  addRun(outcomes, 1, run("winner: alice\n", "", 0, "k2"));
  addRun(outcomes, 2, run("winner: bob\n", "", 0, "k1"));
  addRun(outcomes, 3, run("", "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n", 2, "k3"));
  addRun(outcomes, 4, run("", "panic: boom\n\ngoroutine 7 [running]:\nmain.work()\n", 2, "k3"));
  addRun(outcomes, 5, run("winner: bob\n", "", 1, "k4"));
  assert.deepEqual(outcomes.map((o) => [o.stdout, o.error, o.exit, o.seeds]), [
    ["winner: bob\n", "", 0, [0, 2]],
    ["winner: alice\n", "", 0, [1]],
    ["", "panic: boom", 2, [3, 4]],
    ["winner: bob\n", "", 1, [5]],
  ]);
  assert.equal(outcomes[2].res.stderr.includes("goroutine 1 "), true, "the first seed's run is the one kept");
});

test("runs the engine did not finish group by how they ended", () => {
  const outcomes = [];
  addRun(outcomes, 0, run("a\n", "", 130, undefined, "stopped"));
  addRun(outcomes, 1, run("b\n", "", 130, undefined, "stopped"));
  addRun(outcomes, 2, run("", "taskline: died\n", 70, undefined, "internal"));
  assert.deepEqual(outcomes.map((o) => o.seeds), [[0, 1], [2]]);
  assert.notEqual(outcomeKey(outcomes[0].res), outcomeKey(outcomes[1].res));
});

test("seeds read as ranges", () => {
  assert.equal(seedRanges([0]), "0");
  assert.equal(seedRanges([0, 1]), "0, 1");
  assert.equal(seedRanges([0, 1, 2, 5, 7, 8, 9, 10]), "0–2, 5, 7–10");
  assert.equal(seedRanges([]), "");
});
