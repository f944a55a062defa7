// @ts-check
// Drawing a Model in a View, onto a canvas or into an SVG string. Both walk
// the same geometry (layout.js, rows.js, ticks.js) and colours (style.js),
// so an export shows what the screen shows. The SVG side needs no DOM:
// svgString(trace, options) draws a whole trace as a standalone SVG
// document, for exports and for pages pre-rendered without a browser.

import { Model, STATES, MARKERS, ARROW_BLOCK, lowerBound, upperBound } from "./model.js";
import { LAYOUT, laneTop, laneMid, laneRects, laneRuns, laneMarkers, arrowPath, heightFor, visibleRows } from "./layout.js";
import { toPx, toU } from "./scale.js";
import { axisTicks } from "./ticks.js";
import { laneRows } from "./rows.js";
import { STATE_STYLE, MARKER_STYLE, THEME, BADGE_STYLE, patternPath } from "./style.js";

/** @typedef {import("./scale.js").View} View */
/** @typedef {{dark: boolean, selected: number, limit: number, hoverLane: number}} DrawOptions */
/**
 * @typedef {{rows: Int32Array, rowOf: Int32Array, at?: Int32Array, depth: Uint16Array, scrollY: number, height: number}} Frame
 *   which lanes are shown in which rows (rows.js; arrows use `at`, so an
 *   arrow into a collapsed child ends on its parent), the vertical scroll in
 *   pixels and the drawing's height; lane content is drawn at
 *   laneTop(row) - scrollY, under the pinned time axis
 */

/** A frame showing every lane, unscrolled. @param {Model} m @returns {Frame} */
export function fullFrame(m) {
  const r = laneRows(m.trace.tasks || [], m.loop);
  return { rows: r.rows, rowOf: r.rowOf, at: r.at, depth: r.depth, scrollY: 0, height: heightFor(r.rows.length) };
}

/** Marker kind of event i, or null. @param {Model} m @param {number} i */
export function markerKind(m, i) {
  const k = m.kindOf(i);
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
/** @type {Uint32Array} */
let lanePx = new Uint32Array(0);

/** Above this many arrows in view they are drawn plain (see drawCanvas). */
export const DENSE_ARROWS = 200;

/** @type {Map<string, number>} */
const packed = new Map();

/** A colour as one ImageData pixel (RGBA bytes in memory order). @param {string} hex */
function packer(hex) {
  let p = packed.get(hex);
  if (p !== undefined) return p;
  const [r, g, b] = rgb(hex);
  const le = new Uint8Array(new Uint32Array([0x01020304]).buffer)[0] === 4;
  p = le ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
  packed.set(hex, p);
  return p;
}

/** The state tiles' wide rows for one lane background, by state index, cached per frame setup. */
let tileSet = { key: "", width: 0, rows: /** @type {Uint32Array[][]} */ ([]) };

/** @param {boolean} dark @param {number} dpr @param {string} laneBg @param {number} width */
function tilesFor(dark, dpr, laneBg, width) {
  const key = `${dark}/${dpr}/${laneBg}`;
  if (tileSet.key !== key || tileSet.width < width) tileSet = { key, width, rows: STATES.map((s) => wideRows(tileFor(s, dark, dpr, laneBg), width)) };
  return tileSet.rows;
}

/** Height of the mark under a lane's band where its state changed inside a pixel column (CSS px). */
export const CHANGE_MARK = 3;

/**
 * Paints the visible rows into one ImageData (device pixels) below the axis
 * band — each lane's spans, then its markers — and puts it on the canvas in
 * a single call. Where a run merged spans narrower than a pixel and the
 * state changed inside it, the bottom CHANGE_MARK pixels of the band are
 * painted in the theme's "await" grey: zoomed out over a million events,
 * the dominant state alone would hide a short change, the mark does not.
 * The image reaches LAYOUT.pad beyond the plot on both sides, so a marker
 * at the first or last instant is drawn whole.
 * @param {CanvasRenderingContext2D} ctx @param {Model} m @param {View} v @param {DrawOptions} o @param {number} dpr @param {typeof THEME.light} th @param {Frame} f
 */
function paintLanes(ctx, m, v, o, dpr, th, f) {
  const X0 = Math.round(v.x0 * dpr), W = Math.max(1, Math.round(v.x1 * dpr) - X0);
  const IX = Math.round((v.x0 - LAYOUT.pad) * dpr), IW = Math.max(1, Math.round((v.x1 + LAYOUT.pad) * dpr) - IX), OFF = X0 - IX;
  const Y0 = Math.round(LAYOUT.axis * dpr), H = Math.max(1, Math.round(f.height * dpr) - Y0);
  if (!laneImage || laneImage.width !== IW || laneImage.height !== H) { laneImage = new ImageData(IW, H); lanePx = new Uint32Array(laneImage.data.buffer); }
  const px = lanePx;
  px.fill(packer(th.bg));
  const markPx = packer(th.await);
  const [r0, r1] = visibleRows(f.scrollY, f.height, f.rows.length);
  for (let r = r0; r < r1; r++) {
    const i = f.rows[r];
    const laneBg = i === o.hoverLane ? th.grid : th.lane;
    // Device-pixel rows relative to Y0 of this lane's background and band.
    const y0 = laneTop(r) - f.scrollY;
    const top = Math.max(0, Math.round(y0 * dpr) - Y0), bot = Math.min(H, Math.round((y0 + LAYOUT.lane) * dpr) - Y0);
    const bgPx = packer(laneBg);
    for (let y = top; y < bot; y++) px.fill(bgPx, y * IW + OFF, y * IW + OFF + W);
    const bandTop = Math.max(0, Math.round((y0 + 3) * dpr) - Y0), bandBot = Math.min(H, Math.round((y0 + LAYOUT.lane - 3) * dpr) - Y0);
    if (bandBot <= bandTop) continue;
    const markTop = Math.max(bandTop, Math.round((y0 + LAYOUT.lane - 3 - CHANGE_MARK) * dpr) - Y0);
    const tiles = tilesFor(o.dark, dpr, laneBg, W + X0);
    const rn = laneRuns(m.lanes[i], v, o.limit);
    // A run never paints over the one before it: a merged run widened to
    // one pixel (a blip between two long spans) stays seen.
    let painted = 0;
    for (let k = 0; k < rn.n; k++) {
      const a = Math.max(painted, Math.round(rn.x0[k] * dpr) - X0);
      const b = Math.min(W, Math.max(Math.round(rn.x0[k] * dpr) - X0 + 1, Math.round(rn.x1[k] * dpr) - X0));
      if (b <= a) continue;
      painted = b;
      const rows = tiles[rn.st[k]];
      const T = rows.length;
      const stop = rn.changes[k] > 0 ? markTop : bandBot;
      if (b - a < 32) {
        // Narrow (most runs when zoomed out): a plain loop beats creating
        // a subarray per row.
        for (let y = bandTop; y < stop; y++) {
          const src = rows[(y + Y0) % T], d = y * IW + OFF - X0;
          for (let x = a + X0; x < b + X0; x++) px[d + x] = src[x];
        }
      } else {
        for (let y = bandTop; y < stop; y++) px.set(rows[(y + Y0) % T].subarray(a + X0, b + X0), y * IW + OFF + a);
      }
      if (stop < bandBot) for (let y = stop; y < bandBot; y++) px.fill(markPx, y * IW + OFF + a, y * IW + OFF + b);
    }
    stampMarkers(m.lanes[i], v, o, dpr, IX, IW, H, Math.round((y0 + LAYOUT.lane / 2) * dpr) - Y0);
  }
  ctx.putImageData(laneImage, IX, Y0);
}

/** Half the side of a marker sprite, in CSS pixels (markers have radius 5, an x's stroke reaches 6). */
const SPRITE_R = 7;

/** @typedef {{n: number, dx: Int16Array, dy: Int16Array, rgba: Uint8Array, px: Uint32Array}} Sprite the sprite's visible pixels: where they are from its top-left corner, and their colours with alpha (px: the same, one ImageData pixel each) */

/** @type {Map<string, Sprite>} */
const sprites = new Map();

/**
 * A marker kind drawn once, centred on a small canvas at the screen's
 * pixel density (the shapes of shapePath, as the SVG draws them), kept as
 * the list of pixels it covers.
 * @param {string} kind @param {boolean} dark @param {number} dpr
 */
function markerSprite(kind, dark, dpr) {
  const key = `${kind}/${dark}/${dpr}`;
  const have = sprites.get(key);
  if (have) return have;
  const side = Math.ceil(2 * SPRITE_R * dpr);
  const c = document.createElement("canvas");
  c.width = c.height = side;
  const g = /** @type {CanvasRenderingContext2D} */ (c.getContext("2d", { willReadFrequently: true }));
  g.scale(dpr, dpr);
  const st = MARKER_STYLE[/** @type {keyof typeof MARKER_STYLE} */ (kind)];
  const color = dark ? st.dark : st.light;
  const p = new Path2D();
  shapePath(p, st.shape, SPRITE_R, SPRITE_R, 5);
  if (st.shape === "x") { g.strokeStyle = color; g.lineWidth = 2; g.stroke(p); }
  else { g.fillStyle = color; g.fill(p); }
  const d = g.getImageData(0, 0, side, side).data;
  const dx = [], dy = [], rgba = [];
  for (let k = 0; k < side * side; k++) {
    if (d[4 * k + 3] === 0) continue;
    dx.push(k % side);
    dy.push(Math.floor(k / side));
    rgba.push(d[4 * k], d[4 * k + 1], d[4 * k + 2], d[4 * k + 3]);
  }
  const px = new Uint32Array(Uint8Array.from(rgba).buffer);
  const sprite = { n: dx.length, dx: Int16Array.from(dx), dy: Int16Array.from(dy), rgba: Uint8Array.from(rgba), px };
  sprites.set(key, sprite);
  return sprite;
}

/**
 * Paints one lane's markers into the lane image, at most one per 6 px per
 * kind. The lane keeps its markers by kind, sorted, so after drawing one
 * the next is found by binary search 6 px on: a frame costs the markers
 * drawn, not the markers in view, and each costs its sprite's pixels.
 * @param {import("./model.js").Lane} lane @param {View} v @param {DrawOptions} o @param {number} dpr
 * @param {number} IX the image's left edge (device pixels) @param {number} IW @param {number} H its size
 * @param {number} mid the lane's middle, in image rows
 */
function stampMarkers(lane, v, o, dpr, IX, IW, H, mid) {
  const bytes = /** @type {ImageData} */ (laneImage).data;
  const end = Math.min(v.u1, o.limit);
  for (let k = 0; k < MARKERS.length; k++) {
    const u = lane.byKind[k].u;
    if (!u.length) continue;
    const sp = markerSprite(MARKERS[k], o.dark, dpr);
    const half = Math.round(SPRITE_R * dpr);
    const hi = upperBound(u, end);
    for (let j = lowerBound(u, v.u0); j < hi;) {
      const x = Math.round(toPx(v, u[j]));
      const left = Math.round(x * dpr) - half - IX, top = mid - half;
      for (let q = 0; q < sp.n; q++) {
        const X = left + sp.dx[q], Y = top + sp.dy[q];
        if (X < 0 || X >= IW || Y < 0 || Y >= H) continue;
        const a = sp.rgba[4 * q + 3];
        if (a === 255) { lanePx[Y * IW + X] = sp.px[q]; continue; } // most of a shape: opaque
        const di = 4 * (Y * IW + X), na = 255 - a;
        bytes[di] = (sp.rgba[4 * q] * a + bytes[di] * na) / 255;
        bytes[di + 1] = (sp.rgba[4 * q + 1] * a + bytes[di + 1] * na) / 255;
        bytes[di + 2] = (sp.rgba[4 * q + 2] * a + bytes[di + 2] * na) / 255;
      }
      j = lowerBound(u, toU(v, x + 6 - 0.5), j + 1, hi);
    }
  }
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

/** Arrow kinds, for the numeric keys that find arrows drawn twice. */
const ARROW_KINDS = ["cancel", "cancel-pending", "cancel-propagated", "await", "awaited", "wake"];

// An open-addressing set of (kind, rows, pixels) keys, cleared by bumping a
// stamp, so that deduplicating thousands of arrows a frame allocates nothing.
let seenSize = 1 << 12;
let seenA = new Float64Array(seenSize), seenB = new Float64Array(seenSize), seenStamp = new Uint32Array(seenSize);
let stamp = 0, seenCount = 0;

/** Adds a key; false if it was there already. @param {number} ka @param {number} kb */
function seenAdd(ka, kb) {
  if (2 * (seenCount + 1) > seenSize) {
    // Grow and re-insert what this frame has seen.
    const oa = seenA, ob = seenB, os = seenStamp, old = stamp;
    seenSize *= 2;
    seenA = new Float64Array(seenSize); seenB = new Float64Array(seenSize); seenStamp = new Uint32Array(seenSize);
    stamp = 1; seenCount = 0;
    for (let i = 0; i < os.length; i++) if (os[i] === old) seenAdd(oa[i], ob[i]);
  }
  let h = (Math.imul((ka % 1e9) | 0, 0x9e3779b1) ^ Math.imul((kb % 1e9) | 0, 0x85ebca6b)) & (seenSize - 1);
  while (seenStamp[h] === stamp) {
    if (seenA[h] === ka && seenB[h] === kb) return false;
    h = (h + 1) & (seenSize - 1);
  }
  seenStamp[h] = stamp; seenA[h] = ka; seenB[h] = kb; seenCount++;
  return true;
}

/** @param {number} x */
const keyPx = (x) => Math.max(-16384, Math.min(49151, Math.round(x))) + 16384;

/** With more arrows than DENSE_ARROWS in view, one per this many pixels at each end is drawn (per kind and pair of rows). */
export const DENSE_GRID = 8;

/**
 * Calls fn for each arrow to draw in a frame, in pixels (content
 * coordinates), one per distinct path: arrows into hidden lanes, outside
 * the view or wholly above or below the visible rows are skipped, and so
 * are arrows that land on the same pixels as one already drawn. Only the
 * blocks of Model.arrowIndex that reach the view are visited. With grid
 * above 1, arrows of one kind between the same rows whose ends fall in the
 * same grid cells count as one (the first is drawn).
 * @param {Model} m @param {View} v @param {DrawOptions} o @param {Frame} f @param {number} r0 @param {number} r1
 * @param {((kind: string, p: {x0: number, y0: number, x1: number, y1: number, self: boolean}) => void)|null} fn
 *   null: only count the arrows in view, before deduplication (cheap: no geometry)
 * @param {number} [grid]
 * @returns {number} how many arrows fn was called with (or, without fn, are in view)
 */
export function eachArrow(m, v, o, f, r0, r1, fn, grid = 1) {
  const at = f.at || f.rowOf;
  const { order, lo, blockHi } = m.arrowIndex();
  const end = upperBound(lo, Math.min(v.u1, o.limit));
  const R = 131072, k = (v.x1 - v.x0) / (v.u1 - v.u0);
  let n = 0;
  stamp = (stamp + 1) >>> 0 || 1;
  seenCount = 0;
  for (let b = 0; b * ARROW_BLOCK < end; b++) {
    if (blockHi[b] < v.u0) continue;
    for (let i = b * ARROW_BLOCK, ie = Math.min(end, i + ARROW_BLOCK); i < ie; i++) {
      const a = m.arrows[order[i]];
      const from = at[a.from], to = at[a.to];
      if (from < 0 || to < 0) continue;
      // Both ends folded into one collapsed lane: nothing to point at.
      if (from === to && a.from !== a.to) continue;
      if ((from < r0 && to < r0) || (from >= r1 && to >= r1)) continue;
      if ((a.u0 > a.u1 ? a.u0 : a.u1) < v.u0) continue; // wholly left of the view (arrowPath's test)
      if (!fn) { n++; continue; }
      // Arrows that land on the same pixels as one already drawn add nothing.
      const x0 = v.x0 + (a.u0 - v.u0) * k, x1 = v.x0 + (a.u1 - v.u0) * k;
      if (!seenAdd((ARROW_KINDS.indexOf(a.kind) * R + from) * R + to, keyPx(x0 / grid) * 65536 + keyPx(x1 / grid))) continue;
      const p = arrowPath({ from, to, u0: a.u0, u1: a.u1 }, v);
      if (!p) continue;
      fn(a.kind, p);
      n++;
    }
  }
  return n;
}

/**
 * The arrows to draw in a frame (eachArrow), as a list.
 * @param {Model} m @param {View} v @param {DrawOptions} o @param {Frame} f @param {number} r0 @param {number} r1
 */
export function frameArrows(m, v, o, f, r0, r1) {
  /** @type {{kind: string, p: {x0: number, y0: number, x1: number, y1: number, self: boolean}}[]} */
  const out = [];
  eachArrow(m, v, o, f, r0, r1, (kind, p) => out.push({ kind, p }));
  return out;
}

/**
 * The arrow head's three corners (canvas and SVG): a self-cancel loop ends
 * pointing down into its lane, others along the line.
 * @param {{x0: number, y0: number, x1: number, y1: number, self: boolean}} p @param {string} kind
 * @returns {[number, number, number, number, number, number]}
 */
export function arrowHead(p, kind) {
  const ang = p.self ? Math.PI / 2 : Math.atan2(p.y1 - p.y0, p.x1 - p.x0);
  const h = kind.startsWith("cancel") ? 7 : 5;
  return [p.x1, p.y1, p.x1 - h * Math.cos(ang - 0.45), p.y1 - h * Math.sin(ang - 0.45), p.x1 - h * Math.cos(ang + 0.45), p.y1 - h * Math.sin(ang + 0.45)];
}

/** Dash pattern of an arrow kind (canvas and SVG). @param {string} kind */
export function arrowDash(kind) {
  return kind === "cancel" ? [] : kind === "cancel-pending" ? [4, 3] : kind === "cancel-propagated" ? [6, 3] : [3, 3];
}

/** Line width of an arrow kind. @param {string} kind */
export function arrowWidth(kind) {
  return kind === "cancel-propagated" ? 1.5 : kind.startsWith("cancel") ? 2 : 1;
}

/**
 * Draws the timeline. The canvas is already sized to v.x1 + 8 by f.height
 * CSS pixels × dpr. The label column is left blank: the page puts the lane
 * labels there as elements (view.js); svgString draws them as text.
 * @param {CanvasRenderingContext2D} ctx @param {Model} m @param {View} v @param {DrawOptions} o @param {number} dpr @param {Frame} [frame]
 * @returns {{ticks: import("./ticks.js").Tick[], rows: [number, number]}} what was drawn
 */
export function drawCanvas(ctx, m, v, o, dpr, frame) {
  const f = frame || fullFrame(m);
  const th = o.dark ? THEME.dark : THEME.light;
  const width = v.x1 + 8, height = f.height;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = th.bg;
  ctx.fillRect(0, 0, width, height);
  ctx.font = "11px system-ui, sans-serif";
  ctx.textBaseline = "middle";

  paintLanes(ctx, m, v, o, dpr, th, f);
  const [r0, r1] = visibleRows(f.scrollY, f.height, f.rows.length);

  // Axis: ticks over the lanes, labels in the pinned band at the top.
  ctx.strokeStyle = th.grid;
  ctx.fillStyle = th.fg;
  ctx.lineWidth = 1;
  const ticks = axisTicks(m, v);
  for (const t of ticks) {
    const x = Math.round(t.x) + 0.5;
    ctx.globalAlpha = 0.6;
    ctx.beginPath(); ctx.moveTo(x, LAYOUT.axis - 4); ctx.lineTo(x, height); ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.fillText(t.label, x + 3, LAYOUT.axis / 2);
  }

  // Everything below is clipped to the plot: arrows to far-away events,
  // brackets and markers never spill over the labels or the axis.
  ctx.save();
  ctx.beginPath(); ctx.rect(v.x0 - LAYOUT.pad, LAYOUT.axis, v.x1 - v.x0 + 2 * LAYOUT.pad, height - LAYOUT.axis); ctx.clip();
  ctx.translate(0, -f.scrollY);
  const rowMid = (/** @type {number} */ lane) => laneMid(f.rowOf[lane]);

  // gather groups: a bracket over the children joined to the awaiting lane.
  ctx.strokeStyle = th.await;
  ctx.fillStyle = th.await;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([]);
  for (let gi = lowerBound(m.groupU, v.u0), ge = upperBound(m.groupU, Math.min(v.u1, o.limit)); gi < ge; gi++) {
    const g = m.groups[gi];
    if (f.rowOf[g.awaiter] < 0) continue;
    // The bracket spans every shown child; only the ticks of the rows in
    // view are drawn (a gather of 100,000 tasks has as many children).
    let lo = f.rowOf[g.awaiter], hi = lo, kids = 0;
    /** @type {number[]} */
    const ticks = [];
    for (const c of g.children) {
      const r = f.rowOf[c];
      if (!(r >= 0)) continue;
      kids++;
      if (r < lo) lo = r;
      if (r > hi) hi = r;
      if (r >= r0 - 1 && r <= r1) ticks.push(r);
    }
    if (!kids) continue;
    const x = Math.round(toPx(v, g.u)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(x, laneMid(lo)); ctx.lineTo(x, laneMid(hi));
    for (const r of ticks) { ctx.moveTo(x, laneMid(r)); ctx.lineTo(x + 6, laneMid(r)); }
    ctx.stroke();
    // The label sits on a chip of the background so the lane's pattern
    // does not hide it.
    const ly = rowMid(g.awaiter), lw = ctx.measureText("gather").width + 6;
    ctx.fillStyle = th.bg;
    ctx.fillRect(x + 3, ly - 7, lw, 14);
    ctx.fillStyle = th.await;
    ctx.fillText("gather", x + 6, ly);
  }

  // Arrows: cancel in the theme's red, await relations dashed. One path per
  // style, so thousands of arrows cost a handful of fills and strokes.
  /** @type {Record<string, {lines: Path2D, heads: Path2D, n: number}>} */
  const styles = {};
  /** @param {string} kind @param {{x0: number, y0: number, x1: number, y1: number, self: boolean}} p */
  const add = (kind, p) => {
    const s = styles[kind] || (styles[kind] = { lines: new Path2D(), heads: new Path2D(), n: 0 });
    s.lines.moveTo(p.x0, p.y0);
    if (p.self) {
      const lift = LAYOUT.gap + 4;
      s.lines.bezierCurveTo(p.x0, p.y0 - lift, p.x1, p.y1 - lift, p.x1, p.y1);
    } else s.lines.lineTo(p.x1, p.y1);
    const [ax, ay, bx, by, cx, cy] = arrowHead(p, kind);
    s.heads.moveTo(ax, ay);
    s.heads.lineTo(bx, by);
    s.heads.lineTo(cx, cy);
    s.n++;
  };
  // Zoomed out over thousands of arrows, one per DENSE_GRID pixels at each
  // end (per kind and pair of rows) shows the same band of lines at a
  // fraction of the cost.
  const inView = eachArrow(m, v, o, f, r0, r1, null);
  eachArrow(m, v, o, f, r0, r1, add, inView > DENSE_ARROWS ? DENSE_GRID : 1);
  const dense = inView > DENSE_ARROWS;
  // With hundreds of arrows in view, dashes and heads only add noise and
  // cost; they are drawn as thin solid lines, lighter.
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
    ctx.lineWidth = arrowWidth(kind);
    ctx.setLineDash(arrowDash(kind));
    ctx.stroke(s.lines);
    ctx.setLineDash([]);
    ctx.fill(s.heads);
  }

  // The loop lane's thin tick for each thing the loop did, at most one per
  // 2 px (binary search from one to the next). Markers are in the lane
  // image (stampMarkers).
  const loopTicks = new Path2D();
  const end = Math.min(v.u1, o.limit);
  if (m.loop >= 0 && f.rowOf[m.loop] >= r0 && f.rowOf[m.loop] < r1) {
    const u = m.lanes[m.loop].eu, y = laneMid(f.rowOf[m.loop]), hi = upperBound(u, end);
    for (let j = lowerBound(u, v.u0); j < hi;) {
      const x = Math.round(toPx(v, u[j]));
      loopTicks.moveTo(x + 0.5, y - 6); loopTicks.lineTo(x + 0.5, y + 6);
      j = lowerBound(u, toU(v, x + 2 - 0.5), j + 1, hi);
    }
  }
  ctx.strokeStyle = th.await; ctx.lineWidth = 1; ctx.stroke(loopTicks);

  // The selected event (scrubber) and the Play cursor.
  const top = f.scrollY + LAYOUT.axis, bottom = f.scrollY + height;
  const cur = (/** @type {number} */ u, /** @type {string} */ color) => {
    const x = Math.round(toPx(v, u)) + 0.5;
    if (x < v.x0 || x > v.x1) return;
    ctx.strokeStyle = color; ctx.lineWidth = 1.5; ctx.setLineDash([]);
    ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, bottom); ctx.stroke();
  };
  if (o.selected >= 0 && o.selected < m.u.length) {
    cur(m.u[o.selected], th.select);
    const row = f.rowOf[m.laneOf(m.cols.task[o.selected])] ?? -1;
    if (row >= 0) {
      ctx.strokeStyle = th.select; ctx.lineWidth = 2;
      ctx.beginPath(); ctx.arc(toPx(v, m.u[o.selected]), laneMid(row), 8, 0, Math.PI * 2); ctx.stroke();
    }
  }
  if (Number.isFinite(o.limit)) cur(o.limit, th.cursor);
  ctx.restore();
  return { ticks, rows: [r0, r1] };
}

/** @param {string} s */
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] || c);

/** @param {number} x */
const n1 = (x) => String(Math.round(x * 10) / 10);

/** Badge geometry in the label column: right-aligned, width by its text. @param {string} text */
function badgeBox(text) {
  const w = 10 + text.length * 6;
  return { x: LAYOUT.label - 6 - w, w };
}

/**
 * The same picture as an SVG document, lane labels included (without
 * hover state). Draws every row of the frame.
 * @param {Model} m @param {View} v @param {DrawOptions} o @param {Frame} [frame] @param {{id?: string}} [extra]
 *   id: prefix for the SVG's pattern and clip ids (several on one page)
 */
export function drawSVG(m, v, o, frame, extra = {}) {
  const f = frame ? { ...frame, scrollY: 0, height: heightFor(frame.rows.length) } : fullFrame(m);
  const id = extra.id || "tl";
  const th = o.dark ? THEME.dark : THEME.light;
  const muted = o.dark ? "#a3a9b5" : "#5f6368";
  const W = Math.ceil(v.x1 + 8), H = Math.ceil(f.height);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="11">`, "<defs>"];
  for (const s of STATES) {
    const st = STATE_STYLE[s], c = o.dark ? st.dark : st.light;
    if (st.pattern === "solid") continue;
    out.push(`<pattern id="${id}-p-${s}" width="10" height="10" patternUnits="userSpaceOnUse"><rect width="10" height="10" fill="${th.lane}"/><rect width="10" height="10" fill="${c}" fill-opacity="0.35"/><path d="${patternPath(st.pattern)}" stroke="${c}" stroke-width="${st.pattern === "dots" ? 3 : 1.5}" stroke-linecap="round"/></pattern>`);
  }
  out.push(`<clipPath id="${id}-plot"><rect x="${v.x0 - LAYOUT.pad}" y="${LAYOUT.axis}" width="${v.x1 - v.x0 + 2 * LAYOUT.pad}" height="${H - LAYOUT.axis}"/></clipPath>`);
  out.push("</defs>", `<rect width="${W}" height="${H}" fill="${th.bg}"/>`);
  const badges = m.badges();
  for (let r = 0; r < f.rows.length; r++) {
    const i = f.rows[r], y = laneTop(r), words = m.laneText(i), b = badges.get(i);
    const indent = 4 + Math.min(f.depth[r], 8) * LAYOUT.indent;
    const clipW = (b ? badgeBox(b.text).x - 4 : LAYOUT.label - 6) - indent;
    out.push(`<g><title>${esc(words.title || words.label)}</title><rect x="0" y="${y}" width="${LAYOUT.label - 4}" height="${LAYOUT.lane}" rx="4" fill="${th.lane}"/><rect x="${v.x0}" y="${y}" width="${v.x1 - v.x0}" height="${LAYOUT.lane}" fill="${th.lane}"/>`);
    out.push(`<clipPath id="${id}-l${r}"><rect x="${indent}" y="${y}" width="${Math.max(0, clipW)}" height="${LAYOUT.lane}"/></clipPath>`);
    out.push(`<text x="${indent}" y="${y + LAYOUT.lane / 2 + 4}" fill="${th.fg}"${i === m.loop ? ' font-style="italic"' : ""} clip-path="url(#${id}-l${r})">${esc(words.label)}${words.name ? `<tspan fill="${muted}" font-size="10"> ${esc(words.name)}</tspan>` : ""}</text>`);
    if (b) {
      const bx = badgeBox(b.text);
      const bs = BADGE_STYLE[/** @type {keyof typeof BADGE_STYLE} */ (b.kind)] || BADGE_STYLE.leaked;
      out.push(`<rect x="${bx.x}" y="${y + 6}" width="${bx.w}" height="14" rx="7" fill="${o.dark ? bs.dark : bs.light}"/><text x="${bx.x + bx.w / 2}" y="${y + 17}" text-anchor="middle" fill="${th.bg}" font-size="10">${esc(b.text)}</text>`);
    }
    const L = m.lanes[i];
    for (const rc of laneRects(L.u0, L.u1, L.st, v, o.limit)) {
      const s = STATES[rc.state], st = STATE_STYLE[s];
      const fill = st.pattern === "solid" ? (o.dark ? st.dark : st.light) : `url(#${id}-p-${s})`;
      out.push(`<rect x="${n1(rc.x0)}" y="${y + 3}" width="${n1(rc.x1 - rc.x0)}" height="${LAYOUT.lane - 6}" fill="${fill}"/>`);
      // The state-change mark under a merged run, as on the canvas (paintLanes).
      if (rc.changes > 0) out.push(`<rect x="${n1(rc.x0)}" y="${y + LAYOUT.lane - 3 - CHANGE_MARK}" width="${n1(rc.x1 - rc.x0)}" height="${CHANGE_MARK}" fill="${th.await}"/>`);
    }
    if (i === m.loop) {
      const d = laneMarkers(L.eu, L.events, () => "tick", v, o.limit, 2).map((t) => `M${t.x + 0.5},${y + 7}v12`).join("");
      if (d) out.push(`<path d="${d}" stroke="${th.await}"/>`);
    }
    out.push("</g>");
  }
  // Axis: ticks over the lanes, as on the canvas.
  for (const t of axisTicks(m, v)) {
    out.push(`<line x1="${n1(t.x)}" y1="${LAYOUT.axis - 4}" x2="${n1(t.x)}" y2="${H}" stroke="${th.grid}" stroke-opacity="0.6"/><text x="${n1(t.x + 3)}" y="${LAYOUT.axis / 2 + 4}" fill="${th.fg}">${esc(t.label)}</text>`);
  }
  out.push(`<g clip-path="url(#${id}-plot)">`);
  for (const g of m.groups) {
    if (g.u < v.u0 || g.u > Math.min(v.u1, o.limit) || f.rowOf[g.awaiter] < 0) continue;
    const kids = g.children.filter((c) => f.rowOf[c] >= 0);
    if (!kids.length) continue;
    const x = Math.round(toPx(v, g.u)) + 0.5, ys = [g.awaiter, ...kids].map((l) => laneMid(f.rowOf[l]));
    // The label on a chip of the background, as on the canvas (6 px a letter).
    const ly = laneMid(f.rowOf[g.awaiter]);
    out.push(`<path d="M${x},${Math.min(...ys)}V${Math.max(...ys)}${kids.map((c) => `M${x},${laneMid(f.rowOf[c])}h6`).join("")}" stroke="${th.await}" stroke-width="1.5" fill="none"/><rect x="${x + 3}" y="${ly - 7}" width="${6 * 6 + 6}" height="14" fill="${th.bg}"/><text x="${x + 6}" y="${ly + 4}" fill="${th.await}">gather</text>`);
  }
  for (const { kind, p } of frameArrows(m, v, o, f, 0, f.rows.length)) {
    const cancel = kind.startsWith("cancel");
    const lift = LAYOUT.gap + 4;
    const d = p.self ? `M${n1(p.x0)},${p.y0} C${n1(p.x0)},${p.y0 - lift} ${n1(p.x1)},${p.y1 - lift} ${n1(p.x1)},${p.y1}` : `M${n1(p.x0)},${p.y0} L${n1(p.x1)},${p.y1}`;
    const dash = arrowDash(kind);
    const hd = arrowHead(p, kind).map(n1);
    out.push(`<path d="${d}" fill="none" stroke="${cancel ? th.arrow : th.await}" stroke-width="${arrowWidth(kind)}"${dash.length ? ` stroke-dasharray="${dash.join(" ")}"` : ""}><title>${esc(kind)}</title></path><path d="M${hd[0]},${hd[1]}L${hd[2]},${hd[3]}L${hd[4]},${hd[5]}Z" fill="${cancel ? th.arrow : th.await}"/>`);
  }
  for (let r = 0; r < f.rows.length; r++) {
    const lane = m.lanes[f.rows[r]], y = laneMid(r);
    for (const mk of laneMarkers(lane.mu, lane.marks, (e) => markerKind(m, e), v, o.limit, 3)) {
      const st = MARKER_STYLE[/** @type {keyof typeof MARKER_STYLE} */ (mk.kind)], c = o.dark ? st.dark : st.light, x = mk.x, rr = 5;
      const title = `<title>${esc(mk.kind)}</title>`;
      if (st.shape === "x") out.push(`<path d="M${x - rr},${y - rr}L${x + rr},${y + rr}M${x + rr},${y - rr}L${x - rr},${y + rr}" stroke="${c}" stroke-width="2">${title}</path>`);
      else if (st.shape === "diamond") out.push(`<path d="M${x},${y - rr}L${x + rr},${y}L${x},${y + rr}L${x - rr},${y}Z" fill="${c}">${title}</path>`);
      else if (st.shape === "triangle") out.push(`<path d="M${x},${y - rr}L${x + rr},${y + rr * 0.8}L${x - rr},${y + rr * 0.8}Z" fill="${c}">${title}</path>`);
      else if (st.shape === "circle") out.push(`<circle cx="${x}" cy="${y}" r="${rr * 0.8}" fill="${c}">${title}</circle>`);
      else out.push(`<rect x="${x - rr * 0.75}" y="${y - rr * 0.75}" width="${rr * 1.5}" height="${rr * 1.5}" fill="${c}">${title}</rect>`);
    }
  }
  out.push("</g>", "</svg>");
  return out.join("\n");
}

/**
 * A whole trace as a standalone SVG document: the same geometry, colours,
 * labels, badges, arrows and axis as the page's timeline, fitted to a width.
 * Needs no DOM (node, a worker, a build script can call it).
 * @param {import("./model.js").Trace} trace
 * @param {{width?: number, dark?: boolean, mode?: "steps"|"real", filter?: string, collapsed?: number[], id?: string}} [options]
 *   width in pixels (default 720); dark colours; the time view (default
 *   "steps"); a lane filter and collapsed lanes as on the page; id prefix
 *   for the document's internal ids when several SVGs share a page
 * @returns {string}
 */
export function svgString(trace, options = {}) {
  const m = new Model(trace, { mode: options.mode });
  const r = laneRows(trace.tasks || [], m.loop, {
    filter: options.filter, collapsed: new Set(options.collapsed || []),
    text: (l) => { const w = m.laneText(l); return `${w.label} ${w.name}`; },
  });
  const width = Math.max(LAYOUT.label + 100, options.width || 720);
  const v = { u0: 0, u1: m.end, x0: LAYOUT.label + LAYOUT.pad, x1: width - 8 };
  const frame = { rows: r.rows, rowOf: r.rowOf, at: r.at, depth: r.depth, scrollY: 0, height: heightFor(r.rows.length) };
  return drawSVG(m, v, { dark: !!options.dark, selected: -1, limit: Infinity, hoverLane: -1 }, frame, { id: options.id });
}
