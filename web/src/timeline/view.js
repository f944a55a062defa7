// @ts-check
// The interactive timeline: owns the canvas, the view (zoom and pan), the
// vertical scroll through the lanes, the lane labels, the selected event
// (scrubber), Play, hover and the exports. Draws are batched: any number of
// changes in one frame cause one redraw (a new trace is drawn at once),
// after which the element dispatches a bubbling, composed
// "taskline:rendered" event.
//
// Vertical scrolling is the browser's own (a scroller holding a sticky
// stage and a spacer as tall as all the lanes), so the time axis and the
// label column stay pinned while only the rows in view are drawn — on the
// canvas and as label elements — whether there are 4 lanes or 1,000.

import { Model, lowerBound, upperBound } from "./model.js";
import { LAYOUT, PITCH, heightFor, laneAt, laneMid, laneTop, visibleRows } from "./layout.js";
import { zoom, pan, clamp, toU, pxPerU } from "./scale.js";
import { drawCanvas, drawSVG } from "./draw.js";
import { laneRows } from "./rows.js";
import { chromeTrace } from "./chrome.js";
import { describeEvent, describeSpan } from "./describe.js";
import { finishSteps } from "../tracebin.js";
import { BADGE_STYLE } from "./style.js";

/**
 * The layout of the elements the timeline makes, set on them directly (not
 * in a style sheet) so that the timeline works in any page or shadow root
 * that hosts it — and under a Content Security Policy without inline styles.
 * Colours come from the host's --bg, --panel, --muted when it defines them.
 * @param {HTMLElement} el @param {Partial<CSSStyleDeclaration>} st
 */
const css = (el, st) => { Object.assign(el.style, st); return el; };
const LANE_STYLE = { position: "absolute", left: "0", right: "0", display: "flex", alignItems: "center", gap: "4px", paddingRight: "6px", whiteSpace: "nowrap", fontSize: "12px", background: "var(--panel, #f4f4f6)", boxSizing: "border-box", borderRadius: "4px 0 0 4px" };

const EMPTY = { tasks: [], spans: [], events: [] };

/**
 * Sets an inline style property unless it already has the value; reports
 * whether it changed.
 * @param {HTMLElement} el @param {"maxHeight"|"height"} prop @param {string} v
 */
const setStyle = (el, prop, v) => {
  if (el.style[prop] === v) return false;
  el.style[prop] = v;
  return true;
};

/** The stage is at most this share of the window's height (then it scrolls). */
const MAX_STAGE = 0.65;

export class Timeline {
  /** @param {HTMLElement} root the element labelled "Timeline"; it gets the scroller, canvas, lane labels and a tooltip */
  constructor(root) {
    this.root = root;
    this.scroller = css(document.createElement("div"), { overflowY: "auto", overflowX: "hidden", position: "relative" });
    this.scroller.className = "tl-scroll";
    this.stage = css(document.createElement("div"), { position: "sticky", top: "0" });
    this.stage.className = "tl-stage";
    this.canvas = document.createElement("canvas");
    this.canvas.setAttribute("aria-hidden", "true");
    // Touch: dragging the labels scrolls the lanes (the plot pans and pinches).
    this.labels = css(document.createElement("div"), { position: "absolute", left: "0", overflow: "hidden", background: "var(--bg, #fff)", touchAction: "pan-y" });
    this.labels.className = "tl-labels";
    this.labels.setAttribute("role", "list");
    this.labels.setAttribute("aria-label", "Lanes");
    this.labels.style.top = LAYOUT.axis + "px";
    this.labels.style.width = LAYOUT.label - 4 + "px";
    this.labelsIn = css(document.createElement("div"), { position: "relative" });
    this.labelsIn.className = "tl-labels-in";
    this.labels.append(this.labelsIn);
    this.spacer = document.createElement("div");
    this.spacer.className = "tl-spacer";
    this.stage.append(this.canvas, this.labels);
    this.scroller.append(this.stage, this.spacer);
    this.tip = css(document.createElement("div"), { whiteSpace: "pre-line", zIndex: "2" });
    this.tip.className = "tl-tip";
    this.tip.hidden = true;
    root.append(this.scroller, this.tip);
    /** @type {import("./model.js").TimeMode} */
    this.mode = "steps";
    this.model = new Model(EMPTY);
    /** Lanes whose children are hidden, by task id (-1 the loop lane). @type {Set<number>} */
    this.collapsed = new Set();
    this.filter = "";
    this.rowsVersion = 0;
    this.layoutRows();
    this.scrollY = 0;
    /** What the last draw showed: axis ticks and the rows [r0, r1). @type {{ticks: import("./ticks.js").Tick[], rows: [number, number]}} */
    this.drawn = { ticks: [], rows: [0, 0] };
    this.labelKey = "";
    /** Label rows built, by what they show (drawLabels). @type {Map<string, HTMLElement>} */
    this.labelPool = new Map();
    this.view = { u0: 0, u1: 1, x0: LAYOUT.label + LAYOUT.pad, x1: 400 };
    this.fitted = true;
    this.selected = -1;
    this.limit = Infinity;
    this.hoverLane = -1;
    this.pending = false;
    /** @type {{trace: any, mode: string, model: Model}|null} a model built ahead by prepare */
    this.prepared = null;
    this.playing = 0;
    this.speed = 1;
    this.draws = 0;
    this.dark = matchMedia("(prefers-color-scheme: dark)").matches;
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", (e) => { this.dark = e.matches; this.labelKey = ""; this.redraw(); });
    // The scroller's width as the browser last laid it out (0: not known
    // yet), taken when it changes, where reading it costs nothing: a draw
    // that read it after the page changed (a run's output and story are
    // written just before its timeline) would make the browser lay the
    // page out there and then, and again for the frame.
    this.width = 0;
    const resized = new ResizeObserver(() => {
      this.width = this.scroller.clientWidth || this.root.clientWidth;
      this.redraw();
    });
    resized.observe(root);
    resized.observe(this.scroller);
    this.scroller.addEventListener("scroll", () => { this.scrollY = this.scroller.scrollTop; this.redraw(); });
    this.listen();
  }

  get extent() {
    // Steps: two events across the whole width at most; real: ten
    // nanoseconds (the clock's unit is one).
    return { min: 0, max: Math.max(this.model.end, 1), minWidth: this.model.mode === "real" ? Math.min(10, this.model.end) : 2 };
  }

  /** Recomputes which lanes are shown in which rows (tree, collapse, filter). */
  layoutRows() {
    const m = this.model;
    const collapsed = new Set([...this.collapsed].map((t) => m.laneOf(t)).filter((l) => l >= 0));
    this.rows = laneRows(m.trace.tasks || [], m.loop, {
      collapsed, filter: this.filter,
      text: (l) => { const w = m.laneText(l); return `${w.label} ${w.name}`; },
    });
    this.rowsVersion++;
    this.root.dataset.rows = String(this.rows.rows.length);
  }

  /** Narrows the lanes to those whose label or name contains text (and their parents). @param {string} text */
  setFilter(text) {
    this.filter = text;
    this.layoutRows();
    this.redraw();
  }

  /** Collapses or expands a lane's children. @param {number} task trace task id @param {boolean} [collapse] */
  toggle(task, collapse) {
    const c = collapse ?? !this.collapsed.has(task);
    if (c) this.collapsed.add(task); else this.collapsed.delete(task);
    this.layoutRows();
    this.redraw();
  }

  /**
   * Switches between the event-step view and linear virtual time. The
   * selected event stays selected; the view shows the whole run.
   * @param {import("./model.js").TimeMode} mode
   */
  setMode(mode) {
    if (mode !== "real") mode = "steps";
    if (mode === this.mode) return;
    this.mode = mode;
    const sel = this.selected;
    this.model = new Model(this.model.trace, { mode });
    this.root.dataset.mode = mode;
    this.layoutRows();
    this.fit();
    if (sel >= 0) this.select(sel);
  }

  /** The y (canvas pixels) of a task's lane middle, or -1 when hidden or scrolled away. @param {number} task */
  laneY(task) {
    const row = this.rows.rowOf[this.model.laneOf(task)] ?? -1;
    if (row < 0) return -1;
    const y = laneMid(row) - this.scrollY;
    return y < LAYOUT.axis || y > this.stageHeight() ? -1 : y;
  }

  /** The stage's height: every row, up to a share of the window. */
  stageHeight() {
    const full = heightFor(this.rows.rows.length);
    return Math.min(full, Math.max(160, Math.round(window.innerHeight * MAX_STAGE)));
  }

  /**
   * Builds the model of a trace about to be shown in steps, yielding to the
   * page between them (Model.steps), so that a trace of a million events
   * or ten thousand tasks does not hold the page for the whole of it;
   * setTrace then shows it without building it again. A trace that is not
   * shown next is simply dropped.
   * @param {any} trace @returns {Promise<void>}
   */
  async prepare(trace) {
    const mode = this.mode;
    const model = await finishSteps(Model.steps(trace, { mode }));
    this.prepared = { trace, mode, model };
  }

  /**
   * Shows a new trace. With keepView, the zoom and pan stay (Live re-runs)
   * unless the view showed the whole run, in which case it keeps doing so.
   * With same, the caller says that this trace is the one shown, byte for
   * byte as the engine sent it (a program run again): when the timeline is
   * also as this call would leave it — nothing selected, not playing, no
   * redraw waiting, and the whole run in view unless the view is kept — the
   * canvas already shows what drawing it again would, so it is left as it
   * is (painting it is most of what a small run costs the page) and only
   * "taskline:rendered" is said again.
   * @param {any} trace @param {{keepView?: boolean, same?: boolean}} [opts]
   */
  setTrace(trace, opts = {}) {
    if (opts.same && this.selected < 0 && !this.playing && this.limit === Infinity && !this.pending && (opts.keepView || this.fitted)) {
      this.prepared = null;
      this.rendered();
      return;
    }
    const prev = this.model.trace;
    const p = this.prepared;
    this.prepared = null;
    this.model = p && p.trace === trace && p.mode === this.mode ? p.model : new Model(trace || EMPTY, { mode: this.mode });
    // Collapsed lanes and the scroll stay for a re-run of the same program
    // (same tasks); a different program starts expanded at the top.
    const same = prev.tasks && trace && trace.tasks && prev.tasks.length === trace.tasks.length && prev.tasks.every((t, i) => t.name === trace.tasks[i].name);
    if (!same) { this.collapsed.clear(); this.scroller.scrollTop = 0; this.scrollY = 0; }
    this.layoutRows();
    this.selected = -1;
    this.stopPlay();
    this.limit = Infinity;
    if (!opts.keepView || this.fitted) this.fit();
    else this.view = clamp(this.view, this.extent);
    this.root.dataset.lanes = String(this.model.lanes.length);
    this.root.dataset.events = String(this.model.n);
    // A new run is drawn at once rather than at the next animation frame:
    // the canvas shows it in the same frame either way, and a busy page's
    // frame can come many milliseconds later.
    this.pending = false;
    this.drawNow();
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
      if (!this.pending) return; // drawn already (setTrace)
      this.pending = false;
      this.drawNow();
    });
  }

  drawNow() {
    const dpr = window.devicePixelRatio || 1;
    const full = heightFor(this.rows.rows.length);
    const h = this.stageHeight();
    // Nothing here reads the page's layout once it is known: the width
    // comes from the resize observer and the scroll offset from the scroll
    // listener, and the heights are written only when they change. New
    // heights can bring or take away the scroller's scroll bar; the
    // observer then sees the new width and draws again.
    if (!this.width) this.width = this.scroller.clientWidth || this.root.clientWidth;
    const w = Math.max(200, this.width);
    setStyle(this.scroller, "maxHeight", h + "px");
    setStyle(this.stage, "height", h + "px");
    setStyle(this.spacer, "height", Math.max(0, full - h) + "px");
    this.scrollY = Math.min(this.scrollY, Math.max(0, full - h));
    this.view = { ...this.view, x0: LAYOUT.label + LAYOUT.pad, x1: w - 8 };
    if (this.canvas.width !== Math.round(w * dpr) || this.canvas.height !== Math.round(h * dpr)) {
      this.canvas.width = Math.round(w * dpr);
      this.canvas.height = Math.round(h * dpr);
      this.canvas.style.width = w + "px";
      this.canvas.style.height = h + "px";
    }
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    const r = this.rows;
    this.drawn = drawCanvas(ctx, this.model, this.view, this.drawOptions(), dpr, { rows: r.rows, rowOf: r.rowOf, at: r.at, depth: r.depth, scrollY: this.scrollY, height: h });
    this.drawLabels(h);
    this.root.dataset.ticks = String(this.drawn.ticks.length);
    this.draws++;
    this.rendered();
  }

  /** Says that the timeline shows its trace ("taskline:rendered"). */
  rendered() {
    this.root.dispatchEvent(new CustomEvent("taskline:rendered", {
      bubbles: true, composed: true,
      detail: { lanes: this.model.lanes.length, events: this.model.n, view: { u0: this.view.u0, u1: this.view.u1 } },
    }));
  }

  /**
   * The label column: one element per visible row — the disclosure button
   * of a lane with children, its label, its runtime name, its badge — moved
   * with the scroll. Rebuilt only when the rows in view change.
   * @param {number} h the stage height
   */
  drawLabels(h) {
    this.labels.style.height = Math.max(0, h - LAYOUT.axis) + "px";
    this.labelsIn.style.transform = `translateY(${-this.scrollY}px)`;
    const [r0, r1] = visibleRows(this.scrollY, h, this.rows.rows.length);
    const key = `${this.rowsVersion}/${r0}/${r1}`;
    if (key === this.labelKey) return;
    // A row is kept, while scrolling and across runs, for as long as what it
    // shows is the same (its signature): only rows coming into view, or
    // whose words changed, are made. A re-run of the same program keeps
    // every row, so the browser has no new text to lay out.
    const pool = this.labelPool;
    this.labelKey = key;
    const m = this.model, badges = m.badges(), items = [];
    for (let r = r0; r < r1; r++) {
      const lane = this.rows.rows[r];
      const task = m.taskOf(lane), words = m.laneText(lane), bd = badges.get(lane);
      const open = !this.collapsed.has(task) || !!this.filter;
      const sig = [lane === m.loop, task, r, this.rows.depth[r], this.rows.kids[lane], open, !!this.filter, words.label, words.name, words.title,
        bd ? `${bd.kind}\u0000${bd.text}\u0000${bd.title}` : "", this.dark].join("\u0001");
      const kept = pool.get(sig);
      if (kept) { items.push(kept); continue; }
      const row = css(document.createElement("div"), { ...LANE_STYLE, height: LAYOUT.lane + "px", fontStyle: lane === m.loop ? "italic" : "normal" });
      row.className = "tl-lane" + (lane === m.loop ? " tl-loop" : "");
      row.setAttribute("role", "listitem");
      row.dataset.task = String(task);
      row.dataset.title = words.title;
      row.style.top = laneTop(r) - LAYOUT.axis + "px";
      row.style.paddingLeft = 2 + Math.min(this.rows.depth[r], 8) * LAYOUT.indent + "px";
      if (this.rows.kids[lane] > 0) {
        const b = /** @type {HTMLButtonElement} */ (css(document.createElement("button"), { flex: "none", width: "18px", height: "18px", minHeight: "0", padding: "0", border: "0", background: "none", fontSize: "11px", lineHeight: "18px", color: "var(--muted, #5f6368)", cursor: "pointer" }));
        b.type = "button";
        b.className = "tl-disc";
        b.setAttribute("aria-expanded", String(open));
        b.setAttribute("aria-label", `${open ? "Collapse" : "Expand"} ${this.rows.kids[lane]} children of ${words.label}`);
        b.textContent = open ? "▾" : "▸";
        b.disabled = !!this.filter;
        b.addEventListener("click", () => { this.toggle(task); this.focusDisclosure(task); });
        row.append(b);
      } else {
        const pad = css(document.createElement("span"), { flex: "none", width: "18px" });
        pad.className = "tl-disc-pad";
        row.append(pad);
      }
      const label = css(document.createElement("span"), { overflow: "hidden", textOverflow: "ellipsis", minWidth: "0", flex: "0 1 auto" });
      label.className = "tl-label";
      label.textContent = words.label;
      row.append(label);
      if (words.name) {
        const name = css(document.createElement("span"), { color: "var(--muted, #5f6368)", fontSize: "11px", flex: "0 100 auto", overflow: "hidden", textOverflow: "ellipsis", minWidth: "0" });
        name.className = "tl-name";
        name.textContent = words.name;
        row.append(name);
      }
      if (bd) {
        const bs = BADGE_STYLE[/** @type {keyof typeof BADGE_STYLE} */ (bd.kind)] || BADGE_STYLE.leaked;
        const s = css(document.createElement("span"), { flex: "none", marginLeft: "auto", fontSize: "10px", fontWeight: "600", padding: "0 6px", borderRadius: "7px", lineHeight: "14px", color: "var(--bg, #fff)", background: this.dark ? bs.dark : bs.light });
        s.className = `tl-badge tl-badge-${bd.kind}`;
        s.textContent = bd.text;
        s.setAttribute("aria-label", bd.title);
        row.append(s);
        row.dataset.title += "\n" + bd.title;
      }
      // What the hover shows, for screen readers too (visually hidden).
      const more = css(document.createElement("span"), { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" });
      more.textContent = (row.dataset.title || "").split("\n").slice(1).join("; ");
      if (more.textContent) row.append(more);
      row.addEventListener("pointerenter", () => this.showTip(row.dataset.title || "", row.offsetLeft + 8, laneTop(r) + LAYOUT.lane - this.scrollY + 2));
      row.addEventListener("pointerleave", () => { this.tip.hidden = true; });
      pool.set(sig, row);
      items.push(row);
    }
    // Forget rows far out of view, so a long scroll does not keep them all.
    if (pool.size > 4 * items.length + 64) {
      const keep = new Set(items);
      for (const [k, el] of pool) if (!keep.has(el)) pool.delete(k);
    }
    const now = this.labelsIn.children;
    if (now.length !== items.length || items.some((el, i) => now[i] !== el)) this.labelsIn.replaceChildren(...items);
  }

  /** Keeps keyboard focus on a lane's disclosure button after it redraws. @param {number} task */
  focusDisclosure(task) {
    this.labelKey = "";
    this.drawLabels(this.stageHeight());
    const b = /** @type {HTMLElement|null} */ (this.labelsIn.querySelector(`.tl-lane[data-task="${task}"] .tl-disc`));
    b?.focus();
  }

  /** @param {string} text @param {number} x @param {number} y */
  showTip(text, x, y) {
    this.tip.hidden = !text;
    if (!text) return;
    this.tip.textContent = text;
    const r = this.root.clientWidth;
    this.tip.style.left = Math.min(x, Math.max(0, r - 300)) + "px";
    this.tip.style.top = y + "px";
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
    const n = this.model.n;
    if (n === 0) return;
    i = Math.max(0, Math.min(n - 1, i));
    this.selected = i;
    const u = this.model.u[i];
    if (u < this.view.u0 || u > this.view.u1) {
      const w = this.view.u1 - this.view.u0;
      this.view = clamp({ ...this.view, u0: u - w / 2, u1: u + w / 2 }, this.extent);
    }
    const e = this.model.event(i);
    const row = this.rows.rowOf[this.model.laneOf(e.task)] ?? -1;
    if (row >= 0) {
      const top = laneTop(row), h = this.stageHeight();
      if (top - LAYOUT.axis < this.scroller.scrollTop || top + LAYOUT.lane > this.scroller.scrollTop + h) this.scroller.scrollTop = Math.max(0, top - LAYOUT.axis - (h - LAYOUT.axis) / 2);
    }
    this.root.dispatchEvent(new CustomEvent("taskline:select", {
      bubbles: true, composed: true,
      detail: { event: i, line: e.pos ? e.pos.line : 0, col: e.pos ? e.pos.col || 0 : 0, text: describeEvent(this.model.trace, i) },
    }));
    this.redraw();
  }

  /** @param {number} d */
  step(d) {
    this.select(this.selected < 0 ? (d > 0 ? 0 : this.model.n - 1) : this.selected + d);
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
    const row = y < LAYOUT.axis ? -1 : laneAt(y + this.scrollY, this.rows.rows.length);
    const lane = row < 0 ? -1 : this.rows.rows[row];
    if (lane < 0 || x < this.view.x0) return { lane, event: -1, span: -1 };
    const L = this.model.lanes[lane];
    const u = toU(this.view, x), tol = 6 / pxPerU(this.view);
    // The nearest of the lane's events is one of the two around u (binary
    // search: zoomed out, thousands of events lie within the tolerance).
    let best = -1, bestD = Infinity;
    const j = lowerBound(L.eu, u);
    for (const k of [j - 1, j]) {
      if (k < 0 || k >= L.eu.length) continue;
      const d = Math.abs(L.eu[k] - u);
      if (d <= tol && d < bestD) { best = L.events[k]; bestD = d; }
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
      // With more lanes than fit, a plain vertical wheel scrolls them (the
      // browser does it); Ctrl+wheel and pinch zoom. Otherwise the wheel zooms.
      const overflow = this.scroller.scrollHeight > this.scroller.clientHeight + 1;
      if (overflow && !e.ctrlKey && !e.shiftKey && Math.abs(e.deltaY) >= Math.abs(e.deltaX)) return;
      e.preventDefault();
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey) this.panBy(-(e.deltaX || e.deltaY));
      else this.zoomBy(Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.002)), e.offsetX);
    }, { passive: false });
    root.addEventListener("keydown", (e) => {
      // Keys on a lane's disclosure button are the button's.
      if (e.target !== root) return;
      const w = this.view.x1 - this.view.x0;
      let done = true;
      if (e.key === "ArrowDown") this.scroller.scrollTop += PITCH;
      else if (e.key === "ArrowUp") this.scroller.scrollTop -= PITCH;
      else if (e.key === "PageDown") this.scroller.scrollTop += this.stageHeight() - LAYOUT.axis - PITCH;
      else if (e.key === "PageUp") this.scroller.scrollTop -= this.stageHeight() - LAYOUT.axis - PITCH;
      else if (e.key === "ArrowRight" && e.shiftKey) this.panBy(-w / 10);
      else if (e.key === "ArrowLeft" && e.shiftKey) this.panBy(w / 10);
      else if (e.key === "ArrowRight") this.step(1);
      else if (e.key === "ArrowLeft") this.step(-1);
      else if (e.key === "+" || e.key === "=") this.zoomBy(1.5);
      else if (e.key === "-" || e.key === "_") this.zoomBy(1 / 1.5);
      else if (e.key === "0") this.fit();
      else if (e.key === "Home") this.select(0);
      else if (e.key === "End") this.select(this.model.n - 1);
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
    this.showTip(text, x + 12, y + 14);
  }

  /** The export's SVG text: every shown lane, labels included, in the current view. */
  svgText() {
    const r = this.rows;
    return drawSVG(this.model, this.view, { ...this.drawOptions(), hoverLane: -1, selected: -1, limit: Infinity }, { rows: r.rows, rowOf: r.rowOf, at: r.at, depth: r.depth, scrollY: 0, height: 0 });
  }

  /**
   * The export as PNG: the SVG export rasterised, so both show the same
   * picture (all lanes, with their labels) at the screen's pixel density.
   * @returns {Promise<Blob>}
   */
  async png() {
    const text = this.svgText();
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      const dpr = window.devicePixelRatio || 1;
      const c = document.createElement("canvas");
      c.width = Math.round(img.width * dpr);
      c.height = Math.round(img.height * dpr);
      const g = /** @type {CanvasRenderingContext2D} */ (c.getContext("2d"));
      g.scale(dpr, dpr);
      g.drawImage(img, 0, 0);
      return await new Promise((resolve, reject) => c.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob failed"))), "image/png"));
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  svg() {
    return new Blob([this.svgText()], { type: "image/svg+xml" });
  }

  chrome() {
    return new Blob([JSON.stringify(chromeTrace(this.model.trace))], { type: "application/json" });
  }
}
