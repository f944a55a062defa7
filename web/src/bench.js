// @ts-check
// The renderer benchmark page (static/bench.html): a 100,000-event trace,
// then a fixed sequence of pan and zoom steps, each drawn synchronously and
// timed. Results go to window.benchResult for scripts/bench-web.sh.

import { Timeline } from "./timeline/view.js";
import { synthTrace } from "./timeline/synth.js";

const params = new URLSearchParams(location.search);
const n = Number(params.get("events")) || 100_000;
const frames = Number(params.get("frames")) || 120;
const root = /** @type {HTMLElement} */ (document.getElementById("timeline"));
const t0 = performance.now();
const trace = synthTrace(n, 12);
const tl = new Timeline(root);
tl.setTrace(trace);
const setup = performance.now() - t0;
// Each frame: change the view, draw, and read back one pixel, which makes
// the canvas finish rasterising inside the measured time; then yield to the
// browser so frames are presented as they would be while a user drags.
const ctx = /** @type {CanvasRenderingContext2D} */ (tl.canvas.getContext("2d"));
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
tl.drawNow();
ctx.getImageData(0, 0, 1, 1);
const times = [];
for (let i = 0; i < frames; i++) {
  await frame();
  const a = performance.now();
  if (i % 3 === 0) tl.zoomBy(i < frames / 2 ? 1.15 : 1 / 1.15, 300);
  else tl.panBy(i % 2 ? 40 : -25);
  tl.drawNow();
  ctx.getImageData(0, 0, 1, 1);
  times.push(performance.now() - a);
}
const order = times.slice();
times.sort((a, b) => a - b);
const result = { perFrame: order.map((x) => +x.toFixed(1)), events: n, frames, setupMs: setup, medianMs: times[times.length >> 1], p95Ms: times[Math.floor(times.length * 0.95)], maxMs: times[times.length - 1] };
/** @type {any} */ (window).benchTimeline = tl;
/** @type {any} */ (window).benchResult = result;
/** @type {HTMLElement} */ (document.getElementById("result")).textContent = JSON.stringify(result, null, 1);
