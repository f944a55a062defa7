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
tl.drawNow();
const times = [];
for (let i = 0; i < frames; i++) {
  const a = performance.now();
  if (i % 3 === 0) tl.zoomBy(i < frames / 2 ? 1.15 : 1 / 1.15, 300);
  else tl.panBy(i % 2 ? 40 : -25);
  tl.drawNow();
  times.push(performance.now() - a);
}
times.sort((a, b) => a - b);
const result = { events: n, frames, setupMs: setup, medianMs: times[times.length >> 1], p95Ms: times[Math.floor(times.length * 0.95)], maxMs: times[times.length - 1] };
/** @type {any} */ (window).benchResult = result;
/** @type {HTMLElement} */ (document.getElementById("result")).textContent = JSON.stringify(result, null, 1);
