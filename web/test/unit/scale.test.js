import { test } from "node:test";
import assert from "node:assert/strict";
import { toPx, toU, pxPerU, zoom, pan, clamp, timeTicks, formatTime } from "../../src/timeline/scale.js";

const v = { u0: 10, u1: 30, x0: 100, x1: 500 };
const extent = { min: 0, max: 100, minWidth: 2 };

test("toPx and toU are inverses and map the view's ends", () => {
  assert.equal(toPx(v, 10), 100);
  assert.equal(toPx(v, 30), 500);
  assert.equal(toPx(v, 20), 300);
  assert.equal(pxPerU(v), 20);
  for (const px of [100, 123.5, 333, 500, 720]) assert.ok(Math.abs(toPx(v, toU(v, px)) - px) < 1e-9);
});

test("zoom keeps the position under the pointer fixed", () => {
  const z = zoom(v, 2, 200, extent);
  assert.ok(Math.abs(toU(z, 200) - toU(v, 200)) < 1e-9);
  assert.ok(Math.abs(z.u1 - z.u0 - 10) < 1e-9);
  const out = zoom(v, 0.5, 200, extent);
  assert.ok(Math.abs(out.u1 - out.u0 - 40) < 1e-9);
});

test("zoom stops at the minimum width and at the whole extent", () => {
  const deep = zoom(v, 1e6, 300, extent);
  assert.ok(Math.abs(deep.u1 - deep.u0 - 2) < 1e-9);
  const wide = zoom(v, 1e-6, 300, extent);
  assert.equal(wide.u0, 0);
  assert.equal(wide.u1, 100);
});

test("pan moves content with the pointer and stays inside the extent", () => {
  const p = pan(v, 40, extent); // 40 px = 2 units, content moves right, view moves left
  assert.equal(p.u0, 8);
  assert.equal(p.u1, 28);
  const far = pan(v, 1e6, extent);
  assert.equal(far.u0, 0);
  assert.equal(far.u1, 20);
  const farRight = pan(v, -1e6, extent);
  assert.equal(farRight.u1, 100);
});

test("clamp keeps the width when it fits and shrinks to the extent when not", () => {
  assert.deepEqual(clamp({ ...v, u0: -5, u1: 15 }, extent), { ...v, u0: 0, u1: 20 });
  assert.deepEqual(clamp({ ...v, u0: -50, u1: 250 }, extent), { ...v, u0: 0, u1: 100 });
});

test("time ticks are round numbers inside the range", () => {
  assert.deepEqual(timeTicks(0, 1e9, 5), [0, 2e8, 4e8, 6e8, 8e8, 1e9]);
  assert.deepEqual(timeTicks(150, 1050, 4), [500, 1000]); // 225 per tick rounds up to 500
  assert.deepEqual(timeTicks(150, 1050, 5), [200, 400, 600, 800, 1000]);
  assert.deepEqual(timeTicks(5, 5, 4), []);
  for (const t of timeTicks(123456, 987654321, 7)) assert.ok(t >= 123456 && t <= 987654321);
});

test("formatTime picks the unit", () => {
  assert.equal(formatTime(0), "0s");
  assert.equal(formatTime(1.5e9), "1.5s");
  assert.equal(formatTime(1e8), "100ms");
  assert.equal(formatTime(2500), "2.5µs");
  assert.equal(formatTime(7), "7ns");
  assert.equal(formatTime(3600e9), "3600s");
});
