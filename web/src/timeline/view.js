// @ts-check
// The interactive timeline: owns the canvas, the view (zoom and pan), the
// selected event (scrubber), Play, hover and the exports. Draws are batched:
// any number of changes in one frame cause one redraw, after which the
// element dispatches a bubbling, composed "taskline:rendered" event.

import { Model, upperBound } from "./model.js";
import { LAYOUT, heightFor, laneAt } from "./layout.js";
import { zoom, pan, clamp, toU, pxPerU } from "./scale.js";
import { drawCanvas, drawSVG } from "./draw.js";
import { chromeTrace } from "./chrome.js";
import { describeEvent, describeSpan } from "./describe.js";

const EMPTY = { tasks: [], spans: [], events: [] };

export class Timeline {
  /** @param {HTMLElement} root the element labelled "Timeline"; it gets a canvas and a tooltip */
  constructor(root) {
    this.root = root;
    this.canvas = document.createElement("canvas");
    this.canvas.setAttribute("aria-hidden", "true");
    this.tip = document.createElement("div");
    this.tip.className = "tl-tip";
    this.tip.hidden = true;
    root.append(this.canvas, this.tip);
    this.model = new Model(EMPTY);
    this.view = { u0: 0, u1: 1, x0: LAYOUT.label, x1: 400 };
    this.fitted = true;
    this.selected = -1;
    this.limit = Infinity;
    this.hoverLane = -1;
    this.pending = false;
    this.playing = 0;
    this.speed = 1;
    this.draws = 0;
    this.dark = matchMedia("(prefers-color-scheme: dark)").matches;
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", (e) => { this.dark = e.matches; this.redraw(); });
    new ResizeObserver(() => this.redraw()).observe(root);
    this.listen();
  }

  get extent() {
    return { min: 0, max: Math.max(this.model.end, 1), minWidth: 2 };
  }

  /**
   * Shows a new trace. With keepView, the zoom and pan stay (Live re-runs)
   * unless the view showed the whole run, in which case it keeps doing so.
   * @param {any} trace @param {{keepView?: boolean}} [opts]
   */
  setTrace(trace, opts = {}) {
    this.model = new Model(trace || EMPTY);
    this.selected = -1;
    this.stopPlay();
    this.limit = Infinity;
    if (!opts.keepView || this.fitted) this.fit();
    else this.view = clamp(this.view, this.extent);
    this.root.dataset.lanes = String(this.model.lanes.length);
    this.root.dataset.events = String(this.model.trace.events.length);
    this.redraw();
  }

  fit() {
    this.view = { ...this.view, u0: 0, u1: this.extent.max };
    this.fitted = true;
    this.redraw();
  }

  /** Schedules one redraw for this frame. */
  redraw() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.drawNow();
    });
  }

  drawNow() {
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(200, this.root.clientWidth);
    const h = heightFor(this.model.lanes.length);
    this.view = { ...this.view, x0: LAYOUT.label, x1: w - 8 };
    if (this.canvas.width !== Math.round(w * dpr) || this.canvas.height !== Math.round(h * dpr)) {
      this.canvas.width = Math.round(w * dpr);
      this.canvas.height = Math.round(h * dpr);
      this.canvas.style.width = w + "px";
      this.canvas.style.height = h + "px";
    }
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    drawCanvas(ctx, this.model, this.view, this.drawOptions(), dpr);
    this.draws++;
    this.root.dispatchEvent(new CustomEvent("taskline:rendered", {
      bubbles: true, composed: true,
      detail: { lanes: this.model.lanes.length, events: this.model.trace.events.length, view: { u0: this.view.u0, u1: this.view.u1 } },
    }));
  }

  drawOptions() {
    return { dark: this.dark, selected: this.selected, limit: this.limit, hoverLane: this.hoverLane };
  }

  /** @param {number} factor @param {number} [px] */
  zoomBy(factor, px) {
    this.view = zoom(this.view, factor, px ?? (this.view.x0 + this.view.x1) / 2, this.extent);
    this.fitted = this.view.u1 - this.view.u0 >= this.extent.max - 1e-9;
    this.redraw();
  }

  /** @param {number} dx pixels */
  panBy(dx) {
    this.view = pan(this.view, dx, this.extent);
    this.redraw();
  }

  /**
   * Selects event i (the scrubber), scrolls it into view and reports it with
   * a bubbling "taskline:select" event whose detail has the source line.
   * @param {number} i
   */
  select(i) {
    const n = this.model.trace.events.length;
    if (n === 0) return;
    i = Math.max(0, Math.min(n - 1, i));
    this.selected = i;
    const u = this.model.u[i];
    if (u < this.view.u0 || u > this.view.u1) {
      const w = this.view.u1 - this.view.u0;
      this.view = clamp({ ...this.view, u0: u - w / 2, u1: u + w / 2 }, this.extent);
    }
    const e = this.model.trace.events[i];
    this.root.dispatchEvent(new CustomEvent("taskline:select", {
      bubbles: true, composed: true,
      detail: { event: i, line: e.pos ? e.pos.line : 0, col: e.pos ? e.pos.col || 0 : 0, text: describeEvent(this.model.trace, i) },
    }));
    this.redraw();
  }

  /** @param {number} d */
  step(d) {
    this.select(this.selected < 0 ? (d > 0 ? 0 : this.model.trace.events.length - 1) : this.selected + d);
  }

  /** Animates through virtual time; the whole run takes 8 s at speed 1. */
  play() {
    this.stopPlay();
    const end = this.extent.max;
    let last = performance.now();
    this.limit = Number.isFinite(this.limit) && this.limit < end ? this.limit : 0;
    const tick = (/** @type {number} */ now) => {
      const dt = Math.min(0.1, (now - last) / 1000);
      last = now;
      this.limit = Math.min(end, this.limit + (dt * this.speed * end) / 8);
      const k = upperBound(this.model.u, this.limit) - 1;
      if (k >= 0 && k !== this.selected) this.select(k);
      this.redraw();
      if (this.limit >= end) {
        this.stopPlay();
        this.limit = Infinity;
        this.redraw();
        return;
      }
      this.playing = requestAnimationFrame(tick);
    };
    this.playing = requestAnimationFrame(tick);
    this.root.dispatchEvent(new CustomEvent("taskline:play", { bubbles: true, detail: { playing: true } }));
  }

  stopPlay() {
    if (!this.playing) return;
    cancelAnimationFrame(this.playing);
    this.playing = 0;
    this.root.dispatchEvent(new CustomEvent("taskline:play", { bubbles: true, detail: { playing: false } }));
  }

  /** What is under the pointer: an event within 6 px in its lane, else a span. @param {number} x @param {number} y */
  hit(x, y) {
    const lane = laneAt(y, this.model.lanes.length);
    if (lane < 0 || x < this.view.x0) return { lane, event: -1, span: -1 };
    const L = this.model.lanes[lane];
    const u = toU(this.view, x), tol = 6 / pxPerU(this.view);
    let best = -1, bestD = Infinity;
    for (let j = Math.max(0, upperBound(L.eu, u - tol) - 1); j < L.eu.length && L.eu[j] <= u + tol; j++) {
      const d = Math.abs(L.eu[j] - u);
      if (d <= tol && d < bestD) { best = L.events[j]; bestD = d; }
    }
    let span = -1;
    const k = upperBound(L.u0, u) - 1;
    if (k >= 0 && u < L.u1[k]) span = L.spans[k];
    return { lane, event: best, span };
  }

  listen() {
    const c = this.canvas, root = this.root;
    /** @type {Map<number, {x: number, y: number}>} */
    const pointers = new Map();
    let dragged = 0, pinch = 0;
    c.addEventListener("pointerdown", (e) => {
      c.setPointerCapture(e.pointerId);
      pointers.set(e.pointerId, { x: e.offsetX, y: e.offsetY });
      dragged = 0;
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinch = Math.hypot(a.x - b.x, a.y - b.y);
      }
    });
    c.addEventListener("pointermove", (e) => {
      const p = pointers.get(e.pointerId);
      if (p && pointers.size === 2) {
        p.x = e.offsetX; p.y = e.offsetY;
        const [a, b] = [...pointers.values()];
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        if (pinch > 0 && d > 0) this.zoomBy(d / pinch, (a.x + b.x) / 2);
        pinch = d;
        dragged += 10;
        return;
      }
      if (p) {
        const dx = e.offsetX - p.x;
        p.x = e.offsetX; p.y = e.offsetY;
        dragged += Math.abs(dx);
        if (dx) this.panBy(dx);
        return;
      }
      this.hover(e.offsetX, e.offsetY);
    });
    const up = (/** @type {PointerEvent} */ e) => {
      const had = pointers.delete(e.pointerId);
      if (had && dragged < 4 && e.type === "pointerup") {
        const h = this.hit(e.offsetX, e.offsetY);
        if (h.event >= 0) this.select(h.event);
        else if (h.lane >= 0 && e.offsetX >= this.view.x0) this.select(this.model.nearestEvent(toU(this.view, e.offsetX)));
      }
      if (pointers.size < 2) pinch = 0;
    };
    c.addEventListener("pointerup", up);
    c.addEventListener("pointercancel", up);
    c.addEventListener("pointerleave", () => { this.tip.hidden = true; if (this.hoverLane !== -1) { this.hoverLane = -1; this.redraw(); } });
    c.addEventListener("wheel", (e) => {
      e.preventDefault();
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey) this.panBy(-(e.deltaX || e.deltaY));
      else this.zoomBy(Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.002)), e.offsetX);
    }, { passive: false });
    root.addEventListener("keydown", (e) => {
      const w = this.view.x1 - this.view.x0;
      let done = true;
      if (e.key === "ArrowRight" && e.shiftKey) this.panBy(-w / 10);
      else if (e.key === "ArrowLeft" && e.shiftKey) this.panBy(w / 10);
      else if (e.key === "ArrowRight") this.step(1);
      else if (e.key === "ArrowLeft") this.step(-1);
      else if (e.key === "+" || e.key === "=") this.zoomBy(1.5);
      else if (e.key === "-" || e.key === "_") this.zoomBy(1 / 1.5);
      else if (e.key === "0") this.fit();
      else if (e.key === "Home") this.select(0);
      else if (e.key === "End") this.select(this.model.trace.events.length - 1);
      else done = false;
      if (done) e.preventDefault();
    });
  }

  /** @param {number} x @param {number} y */
  hover(x, y) {
    const h = this.hit(x, y);
    if (h.lane !== this.hoverLane) { this.hoverLane = h.lane; this.redraw(); }
    const t = this.model.trace;
    const text = h.event >= 0 ? describeEvent(t, h.event) : h.span >= 0 ? describeSpan(t, h.span) : "";
    this.tip.hidden = !text;
    if (!text) return;
    this.tip.textContent = text;
    const r = this.root.clientWidth;
    this.tip.style.left = Math.min(x + 12, Math.max(0, r - 260)) + "px";
    this.tip.style.top = y + 14 + "px";
  }

  /** @returns {Promise<Blob>} */
  png() {
    this.drawNow();
    return new Promise((resolve, reject) => this.canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob failed"))), "image/png"));
  }

  svg() {
    return new Blob([drawSVG(this.model, this.view, { ...this.drawOptions(), limit: Infinity })], { type: "image/svg+xml" });
  }

  chrome() {
    return new Blob([JSON.stringify(chromeTrace(this.model.trace))], { type: "application/json" });
  }
}
