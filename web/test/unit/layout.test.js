import { test } from "node:test";
import assert from "node:assert/strict";
import { laneRects, laneMarkers, visibleRange, arrowPath, laneTop, laneMid, laneAt, heightFor, LAYOUT } from "../../src/timeline/layout.js";
import { Model, STATES } from "../../src/timeline/model.js";
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
