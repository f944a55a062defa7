// @ts-check
// Position ↔ pixel mapping and the visible range. One function maps a
// position to a pixel; everything else is derived from it.

/** @typedef {{u0: number, u1: number, x0: number, x1: number}} View  u0..u1 shown in pixels x0..x1 */

/** @param {View} v @param {number} u */
export function toPx(v, u) {
  return v.x0 + ((u - v.u0) * (v.x1 - v.x0)) / (v.u1 - v.u0);
}

/** @param {View} v @param {number} px */
export function toU(v, px) {
  return v.u0 + ((px - v.x0) * (v.u1 - v.u0)) / (v.x1 - v.x0);
}

/** Pixels per position unit. @param {View} v */
export function pxPerU(v) {
  return (v.x1 - v.x0) / (v.u1 - v.u0);
}

/**
 * Zooms by factor (>1 zooms in) keeping position at pixel px fixed; the
 * visible width never shrinks below minWidth nor grows beyond the extent.
 * @param {View} v @param {number} factor @param {number} px @param {{min: number, max: number, minWidth?: number}} extent
 * @returns {View}
 */
export function zoom(v, factor, px, extent) {
  const anchor = toU(v, px);
  const maxWidth = extent.max - extent.min;
  const minWidth = Math.min(extent.minWidth ?? 1e-3, maxWidth);
  let width = (v.u1 - v.u0) / factor;
  width = Math.max(minWidth, Math.min(maxWidth, width));
  const frac = (px - v.x0) / (v.x1 - v.x0);
  return clamp({ ...v, u0: anchor - frac * width, u1: anchor - frac * width + width }, extent);
}

/** Pans by dx pixels (positive moves the content right). @param {View} v @param {number} dx @param {{min: number, max: number}} extent */
export function pan(v, dx, extent) {
  const du = dx / pxPerU(v);
  return clamp({ ...v, u0: v.u0 - du, u1: v.u1 - du }, extent);
}

/** Keeps the view inside the extent, preserving its width. @param {View} v @param {{min: number, max: number}} extent */
export function clamp(v, extent) {
  const w = Math.min(v.u1 - v.u0, extent.max - extent.min);
  let u0 = v.u0;
  if (u0 < extent.min) u0 = extent.min;
  if (u0 + w > extent.max) u0 = extent.max - w;
  return { ...v, u0, u1: u0 + w };
}

/**
 * Nice tick positions for virtual time: steps of 1, 2 or 5 × 10^k ns that
 * fall between t0 and t1, spaced at least (t1-t0)/maxTicks apart.
 * @param {number} t0 @param {number} t1 @param {number} maxTicks
 */
export function timeTicks(t0, t1, maxTicks) {
  const span = t1 - t0;
  if (!(span > 0) || maxTicks < 1) return [];
  const raw = span / maxTicks;
  const pow = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) || 10 * pow;
  const out = [];
  for (let t = Math.ceil(t0 / step) * step; t <= t1 + 1e-9 && out.length <= maxTicks; t += step) out.push(Math.round(t));
  return out;
}

/** Formats virtual nanoseconds the way Python and Go users read them. @param {number} ns */
export function formatTime(ns) {
  const a = Math.abs(ns);
  const trim = (/** @type {number} */ x) => String(Number(x.toPrecision(4)));
  if (a === 0) return "0s";
  if (a >= 1e9) return trim(ns / 1e9) + "s";
  if (a >= 1e6) return trim(ns / 1e6) + "ms";
  if (a >= 1e3) return trim(ns / 1e3) + "µs";
  return trim(ns) + "ns";
}
