// @ts-check
// The time axis: which ticks to draw and what they say, for both views and
// at any zoom. In the real view positions are virtual nanoseconds, so ticks
// are nice times (1, 2 or 5 × 10^k ns) labelled with as many decimals as
// their step needs. In the steps view a position is an event plus a gap for
// the time that passed; when the view shows at least two nice times they
// label it, and when it is zoomed into one instant (or the whole run shares
// one instant) the ticks are events instead, "#12", with the time added
// whenever it differs from the previous label's.

import { lowerBound, upperBound } from "./model.js";
import { toPx } from "./scale.js";

/** @typedef {import("./model.js").Model} Model @typedef {import("./scale.js").View} View */
/** @typedef {{x: number, label: string}} Tick */

/** The smallest 1, 2 or 5 × 10^k at least raw (raw > 0). @param {number} raw */
export function niceStep(raw) {
  const pow = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw * (1 - 1e-12)) return m * pow;
  return 10 * pow;
}

/**
 * A tick's time in the unit its size calls for, with the decimals the step
 * needs and no more: 1.5s, 250ms, 1.000002s, 17ns.
 * @param {number} ns @param {number} step
 */
export function formatTick(ns, step) {
  const a = Math.abs(ns);
  const [div, unit] = a >= 1e9 || (a === 0 && step >= 1e9) ? [1e9, "s"] : a >= 1e6 || (a === 0 && step >= 1e6) ? [1e6, "ms"] : a >= 1e3 || (a === 0 && step >= 1e3) ? [1e3, "µs"] : [1, "ns"];
  const dec = Math.max(0, Math.min(9, Math.ceil(-Math.log10(step / div) - 1e-9)));
  let s = (ns / div).toFixed(dec);
  if (s.includes(".")) s = s.replace(/\.?0+$/, "");
  return s + unit;
}

/**
 * Ticks for the view, at least minSpacing pixels apart.
 * @param {Model} m @param {View} v @param {number} [minSpacing]
 * @returns {Tick[]}
 */
export function axisTicks(m, v, minSpacing = 80) {
  const width = v.x1 - v.x0;
  if (!(width > 0) || !(v.u1 > v.u0)) return [];
  const maxTicks = Math.max(1, Math.floor(width / minSpacing));
  const t0 = m.timeAt(v.u0), t1 = m.timeAt(v.u1);
  /** @type {Tick[]} */
  const out = [];
  if (t1 > t0) {
    // The smallest nice step whose ticks are all at least minSpacing apart:
    // in the steps view a burst of events widens the room around an
    // instant, so the step may have to grow beyond what the width allows.
    // In the real view a nanosecond is the finest tick (the clock's unit).
    let step = Math.max(1, niceStep((t1 - t0) / maxTicks));
    for (let tries = 0; tries < 12; tries++, step = niceStep(step * 1.5)) {
      out.length = 0;
      let ok = true;
      for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) {
        const x = toPx(v, m.posOfTime(t, false));
        if (x < v.x0 - 0.5 || x > v.x1 + 0.5) continue;
        if (out.length && x - out[out.length - 1].x < minSpacing) { ok = false; break; }
        out.push({ x, label: formatTick(t, step) });
      }
      if (ok || m.mode === "real") break;
    }
    if (m.mode === "real" || out.length >= 2) return out;
    out.length = 0;
  }
  if (m.mode === "real") return out;
  // Steps view inside one instant: label events.
  const u = m.u, n = u.length;
  const lo = lowerBound(u, v.u0), hi = upperBound(u, v.u1);
  if (hi <= lo) return out;
  const every = niceStep(Math.max(1, (hi - lo) / maxTicks));
  /** @type {Tick[]} */
  const ev = [];
  let lastT = NaN;
  for (let i = Math.ceil(lo / every) * every; i < hi && i < n; i += every) {
    const x = toPx(v, u[i]);
    if (ev.length && x - ev[ev.length - 1].x < minSpacing) continue;
    const t = m.times[i];
    ev.push({ x, label: t === lastT ? `#${i}` : `#${i} · ${formatTick(t, t > 0 ? Math.pow(10, Math.floor(Math.log10(t)) - 3) : 1)}` });
    lastT = t;
  }
  return ev;
}
