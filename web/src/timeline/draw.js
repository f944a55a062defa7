// @ts-check
// Drawing a Model in a View, onto a canvas or into an SVG string. Both walk
// the same geometry from layout.js, so an export shows what the screen shows.

import { STATES } from "./model.js";
import { LAYOUT, laneTop, laneMid, laneRects, laneMarkers, arrowPath, heightFor } from "./layout.js";
import { toPx, timeTicks, formatTime } from "./scale.js";
import { STATE_STYLE, MARKER_STYLE, THEME, patternPath } from "./style.js";

/** @typedef {import("./model.js").Model} Model @typedef {import("./scale.js").View} View */
/** @typedef {{dark: boolean, selected: number, limit: number, hoverLane: number}} DrawOptions */

/** Marker kind of event i, or null. @param {Model} m @param {number} i */
export function markerKind(m, i) {
  const k = m.trace.events[i].kind;
  return Object.prototype.hasOwnProperty.call(MARKER_STYLE, k) ? k : null;
}

/** @param {string} hex @returns {[number, number, number]} */
function rgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** @type {Map<string, {size: number, px: Uint32Array}>} */
const tileCache = new Map();

/**
 * A state's pattern as a square tile of device pixels, composited over the
 * lane background, ready to be copied into an ImageData. Drawing lanes by
 * copying pixels costs the same for 10 spans or 100,000: it is bounded by
 * the lane area, not the trace.
 * @param {string} state @param {boolean} dark @param {number} dpr @param {string} laneBg
 */
function tileFor(state, dark, dpr, laneBg) {
  const key = `${state}/${dark}/${dpr}/${laneBg}`;
  let t = tileCache.get(key);
  if (t) return t;
  const st = STATE_STYLE[state] || STATE_STYLE.running;
  const color = dark ? st.dark : st.light;
  const size = Math.max(1, Math.round(10 * dpr));
  const c = document.createElement("canvas");
  c.width = c.height = size;
  const g = /** @type {CanvasRenderingContext2D} */ (c.getContext("2d", { willReadFrequently: true }));
  g.fillStyle = laneBg;
  g.fillRect(0, 0, size, size);
  g.scale(size / 10, size / 10);
  g.fillStyle = color;
  if (st.pattern === "solid") g.fillRect(0, 0, 10, 10);
  else {
    g.globalAlpha = 0.35;
    g.fillRect(0, 0, 10, 10);
    g.globalAlpha = 1;
    g.strokeStyle = color;
    g.lineWidth = st.pattern === "dots" ? 3 : 1.5;
    g.lineCap = "round";
    g.stroke(new Path2D(patternPath(st.pattern)));
  }
  t = { size, px: new Uint32Array(g.getImageData(0, 0, size, size).data.buffer.slice(0)) };
  tileCache.set(key, t);
  return t;
}

/** @type {WeakMap<object, {width: number, rows: Uint32Array[]}>} */
const wideCache = new WeakMap();

/**
 * The tile's rows repeated across width pixels, so a span is painted by
 * copying slices of them (memcpy) instead of pixel by pixel.
 * @param {{size: number, px: Uint32Array}} tile @param {number} width
 */
function wideRows(tile, width) {
  const c = wideCache.get(tile);
  if (c && c.width >= width) return c.rows;
  const T = tile.size, rows = [];
  for (let y = 0; y < T; y++) {
    const row = new Uint32Array(width);
    for (let x = 0; x < width; x++) row[x] = tile.px[y * T + (x % T)];
    rows.push(row);
  }
  wideCache.set(tile, { width, rows });
  return rows;
}

/** @type {ImageData|null} */
let laneImage = null;

/** Above this many arrows in view they are drawn plain (see drawCanvas). */
export const DENSE_ARROWS = 200;

/**
 * Paints every lane's spans into one ImageData (device pixels) and puts it
 * on the canvas in a single call.
 * @param {CanvasRenderingContext2D} ctx @param {Model} m @param {View} v @param {DrawOptions} o @param {number} dpr @param {typeof THEME.light} th
 */
function paintLanes(ctx, m, v, o, dpr, th) {
  const n = m.lanes.length;
  if (n === 0) return;
  const X0 = Math.round(v.x0 * dpr), W = Math.max(1, Math.round(v.x1 * dpr) - X0);
  const Y0 = Math.round(laneTop(0) * dpr), H = Math.max(1, Math.round(laneTop(n) * dpr) - Y0);
  if (!laneImage || laneImage.width !== W || laneImage.height !== H) laneImage = new ImageData(W, H);
  const px = new Uint32Array(laneImage.data.buffer);
  const pack = (/** @type {string} */ hex) => {
    const [r, g, b] = rgb(hex);
    const le = new Uint8Array(new Uint32Array([0x01020304]).buffer)[0] === 4;
    return le ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
  };
  px.fill(pack(th.bg));
  for (let i = 0; i < n; i++) {
    const laneBg = i === o.hoverLane ? th.grid : th.lane;
    const top = Math.round(laneTop(i) * dpr) - Y0, bot = Math.min(H, Math.round((laneTop(i) + LAYOUT.lane) * dpr) - Y0);
    const bgPx = pack(laneBg);
    for (let y = Math.max(0, top); y < bot; y++) px.fill(bgPx, y * W, (y + 1) * W);
    const bandTop = Math.max(0, Math.round((laneTop(i) + 3) * dpr) - Y0), bandBot = Math.min(H, Math.round((laneTop(i) + LAYOUT.lane - 3) * dpr) - Y0);
    for (const r of laneRects(m.lanes[i].u0, m.lanes[i].u1, m.lanes[i].st, v, o.limit)) {
      const a = Math.max(0, Math.round(r.x0 * dpr) - X0);
      const b = Math.min(W, Math.max(a + 1, Math.round(r.x1 * dpr) - X0));
      if (b <= a) continue;
      const rows = wideRows(tileFor(STATES[r.state], o.dark, dpr, laneBg), W + X0);
      const T = rows.length;
      if (b - a < 32) {
        // Narrow (most spans when zoomed out): a plain loop beats creating
        // a subarray per row.
        for (let y = bandTop; y < bandBot; y++) {
          const src = rows[(y + Y0) % T], d = y * W - X0;
          for (let x = a + X0; x < b + X0; x++) px[d + x] = src[x];
        }
      } else {
        for (let y = bandTop; y < bandBot; y++) px.set(rows[(y + Y0) % T].subarray(a + X0, b + X0), y * W + a);
      }
    }
  }
  ctx.putImageData(laneImage, X0, Y0);
}

/**
 * Adds one marker shape to a path. Filled shapes are left open: fill()
 * closes every subpath, and closePath() per shape is measurably slow.
 * @param {Path2D} p @param {string} shape @param {number} x @param {number} y @param {number} r
 */
function shapePath(p, shape, x, y, r) {
  switch (shape) {
    case "x":
      p.moveTo(x - r, y - r); p.lineTo(x + r, y + r);
      p.moveTo(x + r, y - r); p.lineTo(x - r, y + r);
      break;
    case "diamond":
      p.moveTo(x, y - r); p.lineTo(x + r, y); p.lineTo(x, y + r); p.lineTo(x - r, y);
      break;
    case "triangle":
      p.moveTo(x, y - r); p.lineTo(x + r, y + r * 0.8); p.lineTo(x - r, y + r * 0.8);
      break;
    case "circle":
      p.moveTo(x + r * 0.8, y); p.arc(x, y, r * 0.8, 0, Math.PI * 2);
      break;
    default:
      p.rect(x - r * 0.75, y - r * 0.75, r * 1.5, r * 1.5);
  }
}

/**
 * Draws the whole timeline. The canvas is already sized to the view in CSS
 * pixels × dpr.
 * @param {CanvasRenderingContext2D} ctx @param {Model} m @param {View} v @param {DrawOptions} o @param {number} dpr
 */
export function drawCanvas(ctx, m, v, o, dpr) {
  const th = o.dark ? THEME.dark : THEME.light;
  const width = v.x1 + 8, height = heightFor(m.lanes.length);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = th.bg;
  ctx.fillRect(0, 0, width, height);
  ctx.font = "11px system-ui, sans-serif";
  ctx.textBaseline = "middle";

  paintLanes(ctx, m, v, o, dpr, th);
  // Axis: virtual time ticks, drawn over the lanes.
  const t0 = m.timeAt(v.u0), t1 = m.timeAt(v.u1);
  ctx.strokeStyle = th.grid;
  ctx.fillStyle = th.fg;
  ctx.lineWidth = 1;
  const ticks = timeTicks(t0, t1, Math.max(2, Math.floor((v.x1 - v.x0) / 90)));
  if (ticks.length === 0) ticks.push(t0);
  for (const t of ticks) {
    const x = Math.round(toPx(v, m.posOfTime(t, false))) + 0.5;
    if (x < v.x0 - 1 || x > v.x1 + 1) continue;
    ctx.globalAlpha = 0.6;
    ctx.beginPath(); ctx.moveTo(x, LAYOUT.axis - 4); ctx.lineTo(x, height); ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.fillText(formatTime(t), x + 3, LAYOUT.axis / 2);
  }

  ctx.fillStyle = th.fg;
  for (let i = 0; i < m.lanes.length; i++) {
    const y = laneTop(i);
    ctx.save();
    ctx.beginPath(); ctx.rect(0, y, LAYOUT.label - 6, LAYOUT.lane); ctx.clip();
    ctx.fillText(m.trace.tasks[i].name, 4, y + LAYOUT.lane / 2);
    ctx.restore();
  }

  // gather groups: a bracket over the children joined to the awaiting lane.
  ctx.strokeStyle = th.await;
  ctx.fillStyle = th.await;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([]);
  for (const g of m.groups) {
    if (g.u < v.u0 || g.u > Math.min(v.u1, o.limit)) continue;
    const x = Math.round(toPx(v, g.u)) + 0.5;
    const ys = [g.awaiter, ...g.children].map(laneMid);
    ctx.beginPath();
    ctx.moveTo(x, Math.min(...ys)); ctx.lineTo(x, Math.max(...ys));
    for (const c of g.children) { ctx.moveTo(x, laneMid(c)); ctx.lineTo(x + 6, laneMid(c)); }
    ctx.stroke();
    // The label sits on a chip of the background so the lane's pattern
    // does not hide it.
    const ly = laneMid(g.awaiter), lw = ctx.measureText("gather").width + 6;
    ctx.fillStyle = th.bg;
    ctx.fillRect(x + 3, ly - 7, lw, 14);
    ctx.fillStyle = th.await;
    ctx.fillText("gather", x + 6, ly);
  }

  // Arrows: cancel in the theme's red, await relations dashed. One path per
  // style, so thousands of arrows cost a handful of fills and strokes.
  /** @type {Record<string, {lines: Path2D, heads: Path2D, n: number}>} */
  const styles = {};
  const seen = new Set();
  for (const a of m.arrows) {
    if (Math.min(a.u0, a.u1) > o.limit) continue;
    const p = arrowPath(a, v);
    if (!p) continue;
    // Arrows that land on the same pixels as one already drawn add nothing.
    const key = `${a.kind}|${a.from}|${a.to}|${Math.round(p.x0)}|${Math.round(p.x1)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = styles[a.kind] || (styles[a.kind] = { lines: new Path2D(), heads: new Path2D(), n: 0 });
    s.lines.moveTo(p.x0, p.y0);
    let ang = Math.atan2(p.y1 - p.y0, p.x1 - p.x0);
    if (p.self) {
      const lift = LAYOUT.gap + 4;
      s.lines.bezierCurveTo(p.x0, p.y0 - lift, p.x1, p.y1 - lift, p.x1, p.y1);
      ang = Math.PI / 2;
    } else s.lines.lineTo(p.x1, p.y1);
    const h = a.kind.startsWith("cancel") ? 7 : 5;
    s.heads.moveTo(p.x1, p.y1);
    s.heads.lineTo(p.x1 - h * Math.cos(ang - 0.45), p.y1 - h * Math.sin(ang - 0.45));
    s.heads.lineTo(p.x1 - h * Math.cos(ang + 0.45), p.y1 - h * Math.sin(ang + 0.45));
    s.n++;
  }
  // With hundreds of arrows in view, dashes and heads only add noise and
  // cost; they are drawn as thin solid lines, lighter.
  const dense = Object.values(styles).reduce((n, s) => n + s.n, 0) > DENSE_ARROWS;
  for (const [kind, s] of Object.entries(styles)) {
    const cancel = kind.startsWith("cancel");
    ctx.strokeStyle = ctx.fillStyle = cancel ? th.arrow : th.await;
    if (dense) {
      ctx.globalAlpha = 0.6;
      ctx.lineWidth = 1;
      ctx.stroke(s.lines);
      ctx.globalAlpha = 1;
      continue;
    }
    ctx.lineWidth = kind === "cancel-propagated" ? 1.5 : cancel ? 2 : 1;
    ctx.setLineDash(kind === "cancel" ? [] : kind === "cancel-pending" ? [4, 3] : kind === "cancel-propagated" ? [6, 3] : [3, 3]);
    ctx.stroke(s.lines);
    ctx.setLineDash([]);
    ctx.fill(s.heads);
  }

  // Markers, one path per kind across all lanes, at most one per 6 px.
  /** @type {Map<string, Path2D>} */
  const byKind = new Map();
  for (let i = 0; i < m.lanes.length; i++) {
    const lane = m.lanes[i], y = laneMid(i);
    for (const mk of laneMarkers(lane.mu, lane.marks, (e) => markerKind(m, e), v, o.limit, 6)) {
      let p = byKind.get(mk.kind);
      if (!p) byKind.set(mk.kind, (p = new Path2D()));
      const shape = MARKER_STYLE[/** @type {keyof typeof MARKER_STYLE} */ (mk.kind)].shape;
      shapePath(p, shape, mk.x, y, 5);
    }
  }
  for (const [kind, p] of byKind) {
    const st = MARKER_STYLE[/** @type {keyof typeof MARKER_STYLE} */ (kind)];
    const color = o.dark ? st.dark : st.light;
    if (st.shape === "x") { ctx.strokeStyle = color; ctx.lineWidth = 2; ctx.stroke(p); }
    else { ctx.fillStyle = color; ctx.fill(p); }
  }

  // The selected event (scrubber) and the Play cursor.
  const cur = (/** @type {number} */ u, /** @type {string} */ color) => {
    const x = Math.round(toPx(v, u)) + 0.5;
    if (x < v.x0 || x > v.x1) return;
    ctx.strokeStyle = color; ctx.lineWidth = 1.5; ctx.setLineDash([]);
    ctx.beginPath(); ctx.moveTo(x, LAYOUT.axis); ctx.lineTo(x, height); ctx.stroke();
  };
  if (o.selected >= 0 && o.selected < m.u.length) {
    cur(m.u[o.selected], th.select);
    const e = m.trace.events[o.selected];
    if (e.task >= 0 && e.task < m.lanes.length) {
      ctx.strokeStyle = th.select; ctx.lineWidth = 2;
      ctx.beginPath(); ctx.arc(toPx(v, m.u[o.selected]), laneMid(e.task), 8, 0, Math.PI * 2); ctx.stroke();
    }
  }
  if (Number.isFinite(o.limit)) cur(o.limit, th.cursor);
}

/** @param {string} s */
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] || c);

/**
 * The same picture as an SVG document (without hover state).
 * @param {Model} m @param {View} v @param {DrawOptions} o
 */
export function drawSVG(m, v, o) {
  const th = o.dark ? THEME.dark : THEME.light;
  const W = Math.ceil(v.x1 + 8), H = Math.ceil(heightFor(m.lanes.length));
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="11">`, "<defs>"];
  for (const s of STATES) {
    const st = STATE_STYLE[s], c = o.dark ? st.dark : st.light;
    if (st.pattern === "solid") continue;
    out.push(`<pattern id="p-${s}" width="10" height="10" patternUnits="userSpaceOnUse"><rect width="10" height="10" fill="${c}" fill-opacity="0.35"/><path d="${patternPath(st.pattern)}" stroke="${c}" stroke-width="${st.pattern === "dots" ? 3 : 1.5}" stroke-linecap="round"/></pattern>`);
  }
  out.push("</defs>", `<rect width="${W}" height="${H}" fill="${th.bg}"/>`);
  const t0 = m.timeAt(v.u0), t1 = m.timeAt(v.u1);
  for (const t of timeTicks(t0, t1, Math.max(2, Math.floor((v.x1 - v.x0) / 90)))) {
    const x = toPx(v, m.posOfTime(t, false));
    if (x < v.x0 - 1 || x > v.x1 + 1) continue;
    out.push(`<line x1="${x.toFixed(1)}" y1="${LAYOUT.axis - 4}" x2="${x.toFixed(1)}" y2="${H}" stroke="${th.grid}"/><text x="${(x + 3).toFixed(1)}" y="${LAYOUT.axis / 2 + 4}" fill="${th.fg}">${esc(formatTime(t))}</text>`);
  }
  for (let i = 0; i < m.lanes.length; i++) {
    const y = laneTop(i);
    out.push(`<g><title>${esc(m.trace.tasks[i].name)}</title><rect x="${v.x0}" y="${y}" width="${v.x1 - v.x0}" height="${LAYOUT.lane}" fill="${th.lane}"/>`);
    out.push(`<text x="4" y="${y + LAYOUT.lane / 2 + 4}" fill="${th.fg}">${esc(m.trace.tasks[i].name)}</text>`);
    for (const r of laneRects(m.lanes[i].u0, m.lanes[i].u1, m.lanes[i].st, v, o.limit)) {
      const s = STATES[r.state], st = STATE_STYLE[s];
      const fill = st.pattern === "solid" ? (o.dark ? st.dark : st.light) : `url(#p-${s})`;
      out.push(`<rect x="${r.x0.toFixed(1)}" y="${y + 3}" width="${(r.x1 - r.x0).toFixed(1)}" height="${LAYOUT.lane - 6}" fill="${fill}"/>`);
    }
    out.push("</g>");
  }
  for (const a of m.arrows) {
    const p = arrowPath(a, v);
    if (!p) continue;
    const cancel = a.kind.startsWith("cancel");
    const lift = LAYOUT.gap + 4;
    const d = p.self ? `M${p.x0.toFixed(1)},${p.y0} C${p.x0.toFixed(1)},${p.y0 - lift} ${p.x1.toFixed(1)},${p.y1 - lift} ${p.x1.toFixed(1)},${p.y1}` : `M${p.x0.toFixed(1)},${p.y0} L${p.x1.toFixed(1)},${p.y1}`;
    out.push(`<path d="${d}" fill="none" stroke="${cancel ? th.arrow : th.await}" stroke-width="${cancel ? 2 : 1}"${cancel && a.kind === "cancel" ? "" : ' stroke-dasharray="3 3"'}><title>${esc(a.kind)}</title></path>`);
  }
  for (let i = 0; i < m.lanes.length; i++) {
    const lane = m.lanes[i], y = laneMid(i);
    for (const mk of laneMarkers(lane.mu, lane.marks, (e) => markerKind(m, e), v, o.limit, 3)) {
      const st = MARKER_STYLE[/** @type {keyof typeof MARKER_STYLE} */ (mk.kind)], c = o.dark ? st.dark : st.light, x = mk.x, r = 5;
      const title = `<title>${esc(mk.kind)}</title>`;
      if (st.shape === "x") out.push(`<path d="M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}" stroke="${c}" stroke-width="2">${title}</path>`);
      else if (st.shape === "diamond") out.push(`<path d="M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z" fill="${c}">${title}</path>`);
      else if (st.shape === "triangle") out.push(`<path d="M${x},${y - r}L${x + r},${y + r * 0.8}L${x - r},${y + r * 0.8}Z" fill="${c}">${title}</path>`);
      else if (st.shape === "circle") out.push(`<circle cx="${x}" cy="${y}" r="${r * 0.8}" fill="${c}">${title}</circle>`);
      else out.push(`<rect x="${x - r * 0.75}" y="${y - r * 0.75}" width="${r * 1.5}" height="${r * 1.5}" fill="${c}">${title}</rect>`);
    }
  }
  out.push("</svg>");
  return out.join("\n");
}

