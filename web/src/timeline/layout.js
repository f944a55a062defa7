// @ts-check
// Geometry of the timeline, kept apart from the canvas so it can be tested:
// lane rows, the runs of rectangles a lane needs in a view (spans narrower
// than a pixel merged), markers thinned to one per pixel, arrow endpoints.

import { lowerBound, upperBound, lodLevels, stateChanges, LOD_FANOUT, STATES } from "./model.js";
import { toPx } from "./scale.js";

/** @typedef {import("./scale.js").View} View */

/**
 * axis: height of the time axis band; lane, gap: a row and the space above
 * it; label: the lane label column; indent: per tree level; pad: room
 * between the labels and the plot's first instant, so a marker there is
 * drawn whole (the plot's clip includes it).
 */
export const LAYOUT = { axis: 22, lane: 26, gap: 6, label: 270, indent: 12, pad: 6 };

/** Rows from top to bottom: the first is at laneTop(0). */
export const PITCH = LAYOUT.lane + LAYOUT.gap;

/**
 * The rows [r0, r1) that a viewport of this height, scrolled by scrollY
 * pixels, shows at least partly (only these are drawn).
 * @param {number} scrollY @param {number} height @param {number} n rows in all
 */
export function visibleRows(scrollY, height, n) {
  const r0 = Math.max(0, Math.floor((scrollY - LAYOUT.gap) / PITCH));
  const r1 = Math.min(n, Math.ceil((scrollY + height - LAYOUT.axis) / PITCH) + 1);
  return [r0, Math.max(r0, r1)];
}

/** The y of lane i's top edge. @param {number} i */
export function laneTop(i) {
  return LAYOUT.axis + i * (LAYOUT.lane + LAYOUT.gap) + LAYOUT.gap;
}

/** The y of lane i's middle. @param {number} i */
export function laneMid(i) {
  return laneTop(i) + LAYOUT.lane / 2;
}

/** The canvas height for n lanes. @param {number} n */
export function heightFor(n) {
  return laneTop(n) + 4;
}

/** The lane at y, or -1. @param {number} y @param {number} n */
export function laneAt(y, n) {
  const i = Math.floor((y - LAYOUT.axis - LAYOUT.gap / 2) / (LAYOUT.lane + LAYOUT.gap));
  return i >= 0 && i < n ? i : -1;
}

/**
 * The index range [lo, hi) of intervals [u0[i], u1[i]) that intersect the
 * view's [a, b]. Intervals tile a lane in order, so both arrays are sorted.
 * @param {Float64Array} u0 @param {Float64Array} u1 @param {number} a @param {number} b
 */
export function visibleRange(u0, u1, a, b) {
  const lo = upperBound(u1, a);
  const hi = upperBound(u0, b);
  return [lo, Math.max(lo, hi)];
}

/**
 * What laneRuns drew last: n runs, run i covering pixels [x0[i], x1[i]) in
 * state st[i]; merged[i] 1 when it was put together from spans narrower
 * than a pixel (drawn in the state that covers most of it), and changes[i]
 * how many times the state changed inside it or at its edges (0 for a
 * span wider than a pixel: its edges are seen), which the renderer marks so a
 * lane zoomed out over a million events still shows where it changed
 * state. Reused from frame to frame (a frame allocates nothing).
 */
export const runs = { n: 0, x0: new Float64Array(256), x1: new Float64Array(256), st: new Uint8Array(256), merged: new Uint8Array(256), changes: new Int32Array(256) };

// The run being merged and the view, shared by laneRuns' helpers (module
// state rather than closures, so that a frame allocates nothing).
const weights = new Float64Array(16);
let used = 0, mStart = NaN, mEnd = NaN, mFirst = -1, mLast = -1;
let K = 1, BASE = 0, LEFT = 0, RIGHT = 0, VU0 = 0, VEND = 0, LIMIT = Infinity;
/** @type {Float64Array} */ let U0 = new Float64Array(0);
/** @type {Float64Array} */ let U1 = new Float64Array(0);
/** @type {Uint8Array} */ let ST = new Uint8Array(0);
/** @type {Int32Array} */ let CHG = new Int32Array(0);
/** @type {Float32Array[]} */ let LOD = [];

/** @param {number} x0 @param {number} x1 @param {number} st @param {boolean} merged @param {number} changes */
function pushRun(x0, x1, st, merged, changes) {
  if (runs.n === runs.x0.length) {
    const grow = (/** @type {any} */ a) => { const b = new a.constructor(a.length * 2); b.set(a); return b; };
    runs.x0 = grow(runs.x0); runs.x1 = grow(runs.x1); runs.st = grow(runs.st); runs.merged = grow(runs.merged); runs.changes = grow(runs.changes);
  }
  const i = runs.n++;
  runs.x0[i] = x0; runs.x1[i] = x1; runs.st[i] = st; runs.merged[i] = merged ? 1 : 0; runs.changes[i] = changes;
}

function flush() {
  if (mStart !== mStart) return; // NaN: nothing pending
  let best = 0;
  for (let s = 1; s < used; s++) if (weights[s] > weights[best]) best = s;
  // The changes inside the run and at its two edges: a span narrower than a
  // pixel between two wide ones is itself a change worth marking.
  const before = mFirst > 0 ? CHG[mFirst - 1] : 0, after = CHG[Math.min(mLast + 1, CHG.length - 1)];
  pushRun(mStart, mEnd > mStart + 1 ? mEnd : mStart + 1, best, true, after - before);
  mStart = mEnd = NaN;
  weights.fill(0, 0, used);
  used = 0;
}

/** Adds spans [first, last] (x0..x1 in pixels, each narrower than one) to the run being merged. @param {number} x0 @param {number} x1 @param {number} first @param {number} last */
function small(x0, x1, first, last) {
  if (mStart === mStart && x0 - mStart >= 1) flush();
  if (mStart !== mStart) { mStart = x0; mFirst = first; }
  mEnd = x1;
  mLast = last;
}

/** Visits node j of level L (spans [j·8^L, (j+1)·8^L)). @param {number} level @param {number} j @param {number} size 8^L */
function visit(level, j, size) {
  const n = U0.length, first = j * size;
  if (first >= n) return;
  if (level === 0) {
    if (U1[j] <= VU0 || U0[j] > VEND) return;
    const end = U1[j] < LIMIT ? U1[j] : LIMIT;
    if (end <= U0[j]) return;
    let x0 = BASE + U0[j] * K, x1 = BASE + end * K;
    if (x0 < LEFT) x0 = LEFT;
    if (x1 > RIGHT) x1 = RIGHT;
    const st = ST[j];
    if (x1 - x0 >= 1) {
      flush();
      pushRun(x0, x1, st, false, 0);
      return;
    }
    small(x0, x1, j, j);
    weights[st] += x1 - x0;
    if (st + 1 > used) used = st + 1;
    return;
  }
  const last = Math.min(n, first + size) - 1;
  const a = U0[first], b = U1[last];
  if (b <= VU0 || a > VEND) return;
  if (b <= LIMIT && (b - a) * K < 1) {
    let x0 = BASE + a * K, x1 = BASE + b * K;
    if (x0 < LEFT) x0 = LEFT;
    if (x1 > RIGHT) x1 = RIGHT;
    small(x0, x1, first, last);
    const w = LOD[level], S = STATES.length;
    for (let s = 0; s < S; s++) {
      const x = w[j * S + s];
      if (x > 0) { weights[s] += x * K; if (s + 1 > used) used = s + 1; }
    }
    return;
  }
  const child = size / LOD_FANOUT;
  for (let c = 0; c < LOD_FANOUT; c++) visit(level - 1, j * LOD_FANOUT + c, child);
}

/**
 * The runs to draw for one lane, into `runs`: each visible span wider than
 * a pixel is a run of its own; spans narrower than a pixel are merged, one
 * run per pixel or so, drawn in the state that covers most of it. The
 * lane's level-of-detail summary (model.js, lodLevels) lets a node of
 * spans that fits in a pixel count as one, so the cost is about the
 * number of pixel columns, not of spans.
 * @param {{u0: Float64Array, u1: Float64Array, st: Uint8Array, lod: Float32Array[], chg: Int32Array}} lane
 * @param {View} v @param {number} [limit] do not draw past this position (Play)
 */
export function laneRuns(lane, v, limit = Infinity) {
  runs.n = 0;
  U0 = lane.u0; U1 = lane.u1; ST = lane.st; LOD = lane.lod; CHG = lane.chg;
  K = (v.x1 - v.x0) / (v.u1 - v.u0); BASE = v.x0 - v.u0 * K;
  LEFT = v.x0 - 1; RIGHT = v.x1 + 1; VU0 = v.u0; VEND = Math.min(v.u1, limit); LIMIT = limit;
  mStart = mEnd = NaN; used = 0; weights.fill(0);
  const top = LOD.length - 1, size = LOD_FANOUT ** top;
  for (let j = 0; j * size < U0.length; j++) visit(top, j, size);
  flush();
  return runs;
}

/**
 * The rectangles to draw for one lane (laneRuns, as objects): for the SVG
 * export and tests.
 * @param {Float64Array} u0 @param {Float64Array} u1 @param {ArrayLike<number>|((i: number) => number)} states
 *   each span's state index (an array, or a function of the span's index)
 * @param {View} v @param {number} [limit] do not draw past this position (Play)
 * @returns {{x0: number, x1: number, state: number, merged: boolean, changes: number}[]}
 */
export function laneRects(u0, u1, states, v, limit = Infinity) {
  const st = Uint8Array.from({ length: u0.length }, (_, i) => (typeof states === "function" ? states(i) : states[i]));
  const r = laneRuns({ u0, u1, st, lod: lodLevels(u0, u1, st), chg: stateChanges(st) }, v, limit);
  const out = [];
  for (let i = 0; i < r.n; i++) out.push({ x0: r.x0[i], x1: r.x1[i], state: r.st[i], merged: r.merged[i] === 1, changes: r.changes[i] });
  return out;
}

/**
 * The markers of one lane in view, at most one per `spacing` pixels per kind.
 * @param {Float64Array} eu positions of the lane's events @param {ArrayLike<number>} events their indices
 * @param {(i: number) => string|null} kindOf marker kind of an event, or null for none
 * @param {View} v @param {number} [limit] @param {number} [spacing]
 * @returns {{x: number, kind: string, event: number}[]}
 */
export function laneMarkers(eu, events, kindOf, v, limit = Infinity, spacing = 1) {
  const lo = lowerBound(eu, v.u0);
  const hi = upperBound(eu, Math.min(v.u1, limit));
  /** @type {Map<string, number>} */
  const lastX = new Map();
  const out = [];
  for (let j = lo; j < hi; j++) {
    const k = kindOf(events[j]);
    if (!k) continue;
    const x = Math.round(toPx(v, eu[j]));
    const prev = lastX.get(k);
    if (prev !== undefined && x - prev < spacing) continue;
    lastX.set(k, x);
    out.push({ x, kind: k, event: events[j] });
  }
  return out;
}

/**
 * Endpoints of an arrow between two lanes, in pixels, or null when it lies
 * entirely outside the view.
 * @param {{from: number, to: number, u0: number, u1: number}} a @param {View} v
 */
export function arrowPath(a, v) {
  if (Math.max(a.u0, a.u1) < v.u0 || Math.min(a.u0, a.u1) > v.u1) return null;
  const x0 = toPx(v, a.u0), x1 = toPx(v, a.u1);
  if (a.to === a.from) {
    // A task cancelling itself: a loop over its own lane's top edge.
    const y = laneTop(a.from) + 3;
    return { x0, y0: y, x1: Math.max(x1, x0 + 8), y1: y, self: true };
  }
  const down = a.to > a.from;
  const y0 = down ? laneTop(a.from) + LAYOUT.lane : laneTop(a.from);
  const y1 = down ? laneTop(a.to) : laneTop(a.to) + LAYOUT.lane;
  return { x0, y0, x1, y1, self: false };
}
