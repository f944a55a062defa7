// @ts-check
// Geometry of the timeline, kept apart from the canvas so it can be tested:
// lane rows, the runs of rectangles a lane needs in a view (spans narrower
// than a pixel merged), markers thinned to one per pixel, arrow endpoints.

import { lowerBound, upperBound } from "./model.js";
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

/** Scratch weights for laneRects, one per state. */
const weights = new Float64Array(16);

/**
 * The rectangles to draw for one lane: each visible span becomes [x0, x1)
 * with its state, except that runs of spans narrower than a pixel are merged
 * into one rectangle drawn in the state that covers most of it. With 100k
 * spans in view this draws at most about one rectangle per pixel column.
 * @param {Float64Array} u0 @param {Float64Array} u1 @param {ArrayLike<number>|((i: number) => number)} states
 *   each span's state index (an array, or a function of the span's index)
 * @param {View} v @param {number} [limit] do not draw past this position (Play)
 * @returns {{x0: number, x1: number, state: number, merged: boolean}[]}
 */
export function laneRects(u0, u1, states, v, limit = Infinity) {
  const stateOf = typeof states === "function" ? states : (/** @type {number} */ i) => states[i];
  const b = Math.min(v.u1, limit);
  const [lo, hi] = visibleRange(u0, u1, v.u0, b);
  /** @type {{x0: number, x1: number, state: number, merged: boolean}[]} */
  const out = [];
  const k = (v.x1 - v.x0) / (v.u1 - v.u0), base = v.x0 - v.u0 * k;
  const left = v.x0 - 1, right = v.x1 + 1;
  let mergeStart = NaN, mergeEnd = NaN, used = 0;
  const flush = () => {
    if (mergeStart !== mergeStart) return; // NaN: nothing pending
    let best = 0;
    for (let s = 1; s < used; s++) if (weights[s] > weights[best]) best = s;
    out.push({ x0: mergeStart, x1: mergeEnd > mergeStart + 1 ? mergeEnd : mergeStart + 1, state: best, merged: true });
    mergeStart = mergeEnd = NaN;
    weights.fill(0, 0, used);
    used = 0;
  };
  for (let i = lo; i < hi; i++) {
    const end = u1[i] < limit ? u1[i] : limit;
    if (end <= u0[i]) continue;
    let x0 = base + u0[i] * k, x1 = base + end * k;
    if (x0 < left) x0 = left;
    if (x1 > right) x1 = right;
    const st = stateOf(i);
    if (x1 - x0 >= 1) {
      flush();
      out.push({ x0, x1, state: st, merged: false });
      continue;
    }
    if (mergeStart === mergeStart && x0 - mergeStart >= 1) flush();
    if (mergeStart !== mergeStart) mergeStart = x0;
    mergeEnd = x1;
    weights[st] += x1 - x0;
    if (st + 1 > used) used = st + 1;
  }
  flush();
  return out;
}

/**
 * The markers of one lane in view, at most one per `spacing` pixels per kind.
 * @param {Float64Array} eu positions of the lane's events @param {number[]} events their indices
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
