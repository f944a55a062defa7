// @ts-check
// Drawing a Model in a View, onto a canvas or into an SVG string. Both walk
// the same geometry from layout.js, so an export shows what the screen shows.

import { STATES } from "./model.js";
import { LAYOUT, laneTop, laneMid, laneRects, laneMarkers, arrowPath, heightFor } from "./layout.js";
import { toPx, toU, timeTicks, formatTime } from "./scale.js";
import { STATE_STYLE, MARKER_STYLE, THEME, patternPath } from "./style.js";

/** @typedef {import("./model.js").Model} Model @typedef {import("./scale.js").View} View */
/** @typedef {{dark: boolean, selected: number, limit: number, hoverLane: number}} DrawOptions */

/** Marker kind of event i, or null. @param {Model} m @param {number} i */
export function markerKind(m, i) {
  const k = m.trace.events[i].kind;
  return Object.prototype.hasOwnProperty.call(MARKER_STYLE, k) ? k : null;
}

/** The state index of a lane's j-th span. @param {Model} m @param {number} lane */
function stateOf(m, lane) {
  const spans = m.trace.spans, idx = m.lanes[lane].spans;
  return (/** @type {number} */ j) => {
    const s = STATES.indexOf(spans[idx[j]].state);
    return s < 0 ? 0 : s;
  };
}

/** @type {Map<string, CanvasPattern|null>} */
const patternCache = new Map();

/** @param {CanvasRenderingContext2D} ctx @param {string} state @param {boolean} dark @param {number} dpr */
function fillFor(ctx, state, dark, dpr) {
  const st = STATE_STYLE[state] || STATE_STYLE.running;
  const color = dark ? st.dark : st.light;
  if (st.pattern === "solid" || typeof document === "undefined") return color;
  const key = `${state}/${dark}/${dpr}`;
  if (!patternCache.has(key)) {
    const c = document.createElement("canvas");
    const size = Math.round(10 * dpr);
    c.width = c.height = size;
    const g = /** @type {CanvasRenderingContext2D} */ (c.getContext("2d"));
    g.scale(dpr, dpr);
    g.fillStyle = color;
    g.globalAlpha = 0.35;
    g.fillRect(0, 0, 10, 10);
    g.globalAlpha = 1;
    g.strokeStyle = color;
    g.lineWidth = st.pattern === "dots" ? 3 : 1.5;
    g.lineCap = "round";
    g.stroke(new Path2D(patternPath(st.pattern)));
    patternCache.set(key, ctx.createPattern(c, "repeat"));
  }
  return patternCache.get(key) || color;
}

/** @param {CanvasRenderingContext2D} ctx @param {string} shape @param {number} x @param {number} y @param {number} r */
function shapePath(ctx, shape, x, y, r) {
  ctx.beginPath();
  switch (shape) {
    case "x":
      ctx.moveTo(x - r, y - r); ctx.lineTo(x + r, y + r);
      ctx.moveTo(x + r, y - r); ctx.lineTo(x - r, y + r);
      break;
    case "diamond":
      ctx.moveTo(x, y - r); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r); ctx.lineTo(x - r, y); ctx.closePath();
      break;
    case "triangle":
      ctx.moveTo(x, y - r); ctx.lineTo(x + r, y + r * 0.8); ctx.lineTo(x - r, y + r * 0.8); ctx.closePath();
      break;
    case "circle":
      ctx.arc(x, y, r * 0.8, 0, Math.PI * 2);
      break;
    default:
      ctx.rect(x - r * 0.75, y - r * 0.75, r * 1.5, r * 1.5);
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

  // Axis: virtual time ticks.
  const t0 = m.timeAt(v.u0), t1 = m.timeAt(v.u1);
  ctx.strokeStyle = th.grid;
  ctx.fillStyle = th.fg;
  ctx.lineWidth = 1;
  const ticks = timeTicks(t0, t1, Math.max(2, Math.floor((v.x1 - v.x0) / 90)));
  if (ticks.length === 0) ticks.push(t0);
  for (const t of ticks) {
    const x = Math.round(toPx(v, m.posOfTime(t, false))) + 0.5;
    if (x < v.x0 - 1 || x > v.x1 + 1) continue;
    ctx.beginPath(); ctx.moveTo(x, LAYOUT.axis - 4); ctx.lineTo(x, height); ctx.stroke();
    ctx.fillText(formatTime(t), x + 3, LAYOUT.axis / 2);
  }

  for (let i = 0; i < m.lanes.length; i++) {
    const y = laneTop(i);
    ctx.fillStyle = i === o.hoverLane ? th.grid : th.lane;
    ctx.fillRect(v.x0, y, v.x1 - v.x0, LAYOUT.lane);
    ctx.fillStyle = th.fg;
    ctx.save();
    ctx.beginPath(); ctx.rect(0, y, LAYOUT.label - 6, LAYOUT.lane); ctx.clip();
    ctx.fillText(m.trace.tasks[i].name, 4, y + LAYOUT.lane / 2);
    ctx.restore();
    ctx.save();
    ctx.beginPath(); ctx.rect(v.x0, y, v.x1 - v.x0, LAYOUT.lane); ctx.clip();
    // One batched fill per state: group rectangles before touching fillStyle.
    const rects = laneRects(m.lanes[i].u0, m.lanes[i].u1, stateOf(m, i), v, o.limit);
    for (let s = 0; s < STATES.length; s++) {
      let any = false;
      ctx.beginPath();
      for (const r of rects) if (r.state === s) { ctx.rect(r.x0, y + 3, r.x1 - r.x0, LAYOUT.lane - 6); any = true; }
      if (any) { ctx.fillStyle = fillFor(ctx, STATES[s], o.dark, dpr); ctx.fill(); }
    }
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
    ctx.fillText("gather", x + 4, laneMid(g.awaiter) - LAYOUT.lane / 2 + 6);
  }

  // Arrows: cancel in the theme's red, await relations dashed.
  for (const a of m.arrows) {
    if (Math.min(a.u0, a.u1) > o.limit) continue;
    const p = arrowPath(a, v);
    if (!p) continue;
    const cancel = a.kind === "cancel" || a.kind === "cancel-pending";
    ctx.strokeStyle = ctx.fillStyle = cancel ? th.arrow : th.await;
    ctx.lineWidth = cancel ? 2 : 1;
    ctx.setLineDash(cancel ? (a.kind === "cancel-pending" ? [4, 3] : []) : [3, 3]);
    ctx.beginPath(); ctx.moveTo(p.x0, p.y0); ctx.lineTo(p.x1, p.y1); ctx.stroke();
    ctx.setLineDash([]);
    const ang = Math.atan2(p.y1 - p.y0, p.x1 - p.x0), h = cancel ? 7 : 5;
    ctx.beginPath();
    ctx.moveTo(p.x1, p.y1);
    ctx.lineTo(p.x1 - h * Math.cos(ang - 0.45), p.y1 - h * Math.sin(ang - 0.45));
    ctx.lineTo(p.x1 - h * Math.cos(ang + 0.45), p.y1 - h * Math.sin(ang + 0.45));
    ctx.closePath(); ctx.fill();
  }

  // Markers.
  ctx.lineWidth = 2;
  for (let i = 0; i < m.lanes.length; i++) {
    const lane = m.lanes[i];
    for (const mk of laneMarkers(lane.eu, lane.events, (e) => markerKind(m, e), v, o.limit)) {
      const st = MARKER_STYLE[/** @type {keyof typeof MARKER_STYLE} */ (mk.kind)];
      const color = o.dark ? st.dark : st.light;
      shapePath(ctx, st.shape, mk.x, laneMid(i), 5);
      if (st.shape === "x") { ctx.strokeStyle = color; ctx.stroke(); }
      else { ctx.fillStyle = color; ctx.fill(); ctx.strokeStyle = th.bg; ctx.lineWidth = 1; ctx.stroke(); ctx.lineWidth = 2; }
    }
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
    for (const r of laneRects(m.lanes[i].u0, m.lanes[i].u1, stateOf(m, i), v, o.limit)) {
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
    out.push(`<line x1="${p.x0.toFixed(1)}" y1="${p.y0}" x2="${p.x1.toFixed(1)}" y2="${p.y1}" stroke="${cancel ? th.arrow : th.await}" stroke-width="${cancel ? 2 : 1}"${cancel && a.kind === "cancel" ? "" : ' stroke-dasharray="3 3"'}><title>${esc(a.kind)}</title></line>`);
  }
  for (let i = 0; i < m.lanes.length; i++) {
    const lane = m.lanes[i], y = laneMid(i);
    for (const mk of laneMarkers(lane.eu, lane.events, (e) => markerKind(m, e), v, o.limit)) {
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

export { toU };
