import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { niceStep, formatTick, axisTicks } from "../../src/timeline/ticks.js";
import { Model } from "../../src/timeline/model.js";
import { zoom } from "../../src/timeline/scale.js";
import { synthTrace } from "../../src/timeline/synth.js";

const seed = JSON.parse(readFileSync(new URL("../fixtures/seed.json", import.meta.url), "utf8"));

test("nice steps are 1, 2 or 5 times a power of ten", () => {
  assert.equal(niceStep(1), 1);
  assert.equal(niceStep(1.2), 2);
  assert.equal(niceStep(3), 5);
  assert.equal(niceStep(7), 10);
  assert.equal(niceStep(2.2e7), 5e7);
  assert.equal(niceStep(0.3), 0.5);
});

test("tick labels carry the decimals their step needs", () => {
  assert.equal(formatTick(0, 1e8), "0ms");
  assert.equal(formatTick(1.5e9, 1e8), "1.5s");
  assert.equal(formatTick(2e9, 5e8), "2s");
  assert.equal(formatTick(250e6, 5e7), "250ms");
  assert.equal(formatTick(1000002000, 1000), "1.000002s");
  assert.equal(formatTick(17, 1), "17ns");
  assert.equal(formatTick(100000003, 1), "100.000003ms");
});

/** Zooms in `times` times by 1.5 around the pixel px; returns every view. */
function zoomIn(m, px, times) {
  const ext = { min: 0, max: m.end, minWidth: m.mode === "real" ? Math.min(10, m.end) : 2 };
  let v = { u0: 0, u1: m.end, x0: 210, x1: 1200 };
  const out = [v];
  for (let i = 0; i < times; i++) out.push((v = zoom(v, 1.5, px, ext)));
  return out;
}

for (const mode of ["steps", "real"]) {
  test(`${mode} view: at least two labelled ticks in view at every zoom, spaced and distinct`, () => {
    const m = new Model(seed, { mode });
    // Zoom at the burst of events at 100 ms (right) and at the start (left).
    for (const px of [1150, 215, 700]) {
      for (const v of zoomIn(m, px, 30)) {
        const ticks = axisTicks(m, v, 80);
        if (mode === "real" && v.u1 - v.u0 < 10) continue; // below the clock's unit
        assert.ok(ticks.length >= 2, `${mode} ${px}: ${ticks.length} ticks in [${v.u0}, ${v.u1}]`);
        for (let i = 0; i < ticks.length; i++) {
          assert.ok(ticks[i].x >= v.x0 - 0.5 && ticks[i].x <= v.x1 + 0.5);
          if (i) assert.ok(ticks[i].x - ticks[i - 1].x >= 80, "spaced");
        }
        assert.equal(new Set(ticks.map((t) => t.label)).size, ticks.length, `distinct labels: ${ticks.map((t) => t.label)}`);
      }
    }
  });
}

test("steps view inside one instant labels events, with the time once", () => {
  const m = new Model(seed);
  // Events 9..20 all happen at 100 ms; show events 10 to 14.
  const v = { u0: m.u[10] - 0.1, u1: m.u[14] + 0.1, x0: 210, x1: 1200 };
  const ticks = axisTicks(m, v, 80);
  assert.deepEqual(ticks.map((t) => t.label), ["#10 · 100ms", "#11", "#12", "#13", "#14"]);
});

test("a run that never sleeps still gets an axis in the steps view", () => {
  const t = structuredClone(seed);
  for (const e of t.events) e.t = 0;
  for (const s of t.spans) { s.start = 0; s.end = 0; }
  const m = new Model(t);
  const ticks = axisTicks(m, { u0: 0, u1: m.end, x0: 210, x1: 1200 }, 80);
  assert.ok(ticks.length >= 5);
  assert.equal(ticks[0].label, "#0 · 0ns");
  assert.match(ticks[1].label, /^#\d+$/);
});

test("real view: positions are virtual time and instants are zero-wide", () => {
  const m = new Model(seed, { mode: "real" });
  for (let i = 0; i < seed.events.length; i++) assert.equal(m.u[i], seed.events[i].t);
  // A little room after the last instant, so its markers are not on the edge.
  assert.equal(m.end, seed.events[seed.events.length - 1].t * 1.02);
  assert.equal(m.posOfTime(5e7, false), 5e7);
  assert.equal(m.timeAt(123), 123);
  const big = new Model(synthTrace(5000, 8), { mode: "real" });
  for (const v of zoomIn(big, 600, 12)) assert.ok(axisTicks(big, v, 80).length >= 2);
});
