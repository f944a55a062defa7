import { test } from "node:test";
import assert from "node:assert/strict";
import { laneRects, laneRuns, laneMarkers, visibleRange, arrowPath, laneTop, laneMid, laneAt, heightFor, LAYOUT } from "../../src/timeline/layout.js";
import { Model, STATES, lodLevels, stateChanges } from "../../src/timeline/model.js";
import { synthTrace } from "../../src/timeline/synth.js";

test("lane rows do not overlap and laneAt inverts laneMid", () => {
  for (let i = 0; i < 50; i++) {
    assert.ok(laneTop(i + 1) >= laneTop(i) + LAYOUT.lane);
    assert.equal(laneAt(laneMid(i), 50), i);
  }
  assert.equal(laneAt(LAYOUT.axis - 10, 5), -1);
  assert.equal(laneAt(laneMid(5), 5), -1);
  assert.ok(heightFor(3) > laneTop(2) + LAYOUT.lane);
});

test("visibleRange finds the intervals that intersect the view", () => {
  const u0 = Float64Array.from([0, 2, 5, 9]);
  const u1 = Float64Array.from([2, 5, 9, 12]);
  assert.deepEqual(visibleRange(u0, u1, 3, 6), [1, 3]);
  assert.deepEqual(visibleRange(u0, u1, 0, 1), [0, 1]);
  assert.deepEqual(visibleRange(u0, u1, 12.5, 20), [4, 4]);
  assert.deepEqual(visibleRange(u0, u1, -3, 100), [0, 4]);
});

test("wide spans become one rectangle each", () => {
  const u0 = Float64Array.from([0, 10, 20]), u1 = Float64Array.from([10, 20, 30]);
  const v = { u0: 0, u1: 30, x0: 0, x1: 300 };
  const r = laneRects(u0, u1, (i) => i, v);
  assert.deepEqual(r.map((x) => [x.x0, x.x1, x.state, x.merged]), [[0, 100, 0, false], [100, 200, 1, false], [200, 300, 2, false]]);
});

test("spans narrower than a pixel merge into the state that covers most", () => {
  // 1000 spans of 0.1 px each: states alternate 0,1,1 so state 1 wins.
  const n = 1000;
  const u0 = Float64Array.from({ length: n }, (_, i) => i), u1 = Float64Array.from({ length: n }, (_, i) => i + 1);
  const v = { u0: 0, u1: n, x0: 0, x1: 100 };
  const r = laneRects(u0, u1, (i) => (i % 3 === 0 ? 0 : 1), v);
  assert.ok(r.length <= 101, `${r.length} rectangles for 100 px`);
  assert.ok(r.every((x) => x.merged && x.state === 1 && x.x1 - x.x0 >= 1));
  // Together they cover the lane without gaps wider than a pixel.
  for (let i = 1; i < r.length; i++) assert.ok(r[i].x0 - r[i - 1].x1 < 1);
});

test("a merged run is flushed before a wide span", () => {
  const u0 = Float64Array.from([0, 0.01, 0.02, 1]), u1 = Float64Array.from([0.01, 0.02, 1, 30]);
  const r = laneRects(u0, u1, (i) => i, { u0: 0, u1: 30, x0: 0, x1: 300 });
  assert.deepEqual(r.map((x) => x.merged), [true, false, false]);
  assert.equal(r[1].state, 2);
});

test("Play's limit cuts spans at the cursor", () => {
  const u0 = Float64Array.from([0, 10]), u1 = Float64Array.from([10, 20]);
  const r = laneRects(u0, u1, () => 0, { u0: 0, u1: 20, x0: 0, x1: 200 }, 15);
  assert.deepEqual(r.map((x) => [x.x0, x.x1]), [[0, 100], [100, 150]]);
});

test("markers are thinned to one per pixel per kind", () => {
  const eu = Float64Array.from({ length: 100 }, (_, i) => i / 100);
  const events = Array.from({ length: 100 }, (_, i) => i);
  const m = laneMarkers(eu, events, (i) => (i % 2 ? "raise" : "catch"), { u0: 0, u1: 1, x0: 0, x1: 10 });
  assert.ok(m.length <= 2 * 11, `${m.length} markers in 10 px`);
  assert.ok(m.some((x) => x.kind === "raise") && m.some((x) => x.kind === "catch"));
});

test("arrows run from the edge of one lane to the edge of the other", () => {
  const v = { u0: 0, u1: 10, x0: 0, x1: 100 };
  const down = arrowPath({ from: 0, to: 2, u0: 1, u1: 3 }, v);
  assert.deepEqual(down, { x0: 10, y0: laneTop(0) + LAYOUT.lane, x1: 30, y1: laneTop(2), self: false });
  const up = arrowPath({ from: 2, to: 0, u0: 1, u1: 1 }, v);
  assert.deepEqual(up, { x0: 10, y0: laneTop(2), x1: 10, y1: laneTop(0) + LAYOUT.lane, self: false });
  // A self-cancel loops over the lane's top edge, at least 8 px wide.
  assert.deepEqual(arrowPath({ from: 1, to: 1, u0: 2, u1: 2.2 }, v), { x0: 20, y0: laneTop(1) + 3, x1: 28, y1: laneTop(1) + 3, self: true });
  assert.equal(arrowPath({ from: 0, to: 1, u0: 20, u1: 30 }, v), null);
});

test("100k events: a whole-view lane draws about one rectangle per pixel", () => {
  const t = synthTrace(100_000, 12);
  const m = new Model(t);
  assert.equal(t.events.length, 100_000);
  const v = { u0: 0, u1: m.end, x0: 96, x1: 1096 };
  let total = 0;
  for (let i = 0; i < m.lanes.length; i++) {
    const lane = m.lanes[i];
    const r = laneRects(lane.u0, lane.u1, (j) => STATES.indexOf(t.spans[lane.spans[j]].state), v);
    assert.ok(r.length <= 1000 + 2, `lane ${i}: ${r.length} rectangles`);
    total += r.length;
  }
  assert.ok(total < 12 * 1002);
});

test("a blip narrower than a pixel between two long spans is a run of its own, marked as two changes", () => {
  const u0 = Float64Array.from([0, 500000, 500001]), u1 = Float64Array.from([500000, 500001, 1000000]);
  const r = laneRects(u0, u1, [2, 0, 2], { u0: 0, u1: 1e6, x0: 0, x1: 1000 });
  assert.deepEqual(r.map((x) => [Math.round(x.x0), Math.round(x.x1), x.state, x.merged, x.changes]), [[0, 500, 2, false, 0], [500, 501, 0, true, 2], [500, 1000, 2, false, 0]]);
});

test("level of detail: a million spans give the runs their spans give, at a pixel's cost", () => {
  // One lane of 1,000,000 spans (states from a fixed sequence), drawn whole
  // in 1,000 px: with the summary, and with the spans alone (no levels).
  const n = 1_000_000;
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const u0 = new Float64Array(n), u1 = new Float64Array(n), st = new Uint8Array(n);
  let u = 0;
  for (let j = 0; j < n; j++) { u0[j] = u; u += rnd() < 0.001 ? 500 : 1; u1[j] = u; st[j] = rnd() < 0.7 ? 2 : Math.floor(rnd() * 6); }
  const v = { u0: 0, u1: u, x0: 0, x1: 1000 };
  const lane = { u0, u1, st, lod: lodLevels(u0, u1, st), chg: stateChanges(st) };
  const copy = (r) => Array.from({ length: r.n }, (_, i) => ({ x0: r.x0[i], x1: r.x1[i], st: r.st[i], changes: r.changes[i] }));
  const fast = copy(laneRuns(lane, v));
  const slow = copy(laneRuns({ ...lane, lod: [new Float32Array(0)] }, v));
  assert.ok(fast.length <= 1002 && slow.length <= 1002, `${fast.length} and ${slow.length} runs for 1,000 px`);
  // Both tile the same pixels: each starts where the one before ended, or within a pixel of it.
  for (const runs of [fast, slow]) for (let i = 1; i < runs.length; i++) assert.ok(Math.abs(runs[i].x0 - runs[i - 1].x1) <= 1, `gap at ${i}`);
  // A run starts at most a pixel from where the spans alone start one, and
  // most pixel columns show the same state either way (a node may end a
  // run a fraction of a pixel later than its spans would).
  const stateAt = (runs, x) => { const r = runs.find((q) => q.x0 <= x && x < q.x1); return r ? r.st : -1; };
  let same = 0;
  for (let x = 0; x < 1000; x++) if (stateAt(fast, x + 0.5) === stateAt(slow, x + 0.5)) same++;
  assert.ok(same >= 950, `${same} of 1000 columns agree`);
  // Every state change is marked: the changes counted over the runs add up.
  const marked = (runs) => runs.filter((r) => r.changes > 0).length;
  assert.ok(marked(fast) >= fast.length - 10, "a lane that changes state every few spans is marked nearly everywhere");
});
