// @ts-check
// The timeline's model: a trace turned into flat typed arrays the renderer
// can binary-search. Nothing here touches the DOM, so node:test covers it.
//
// The horizontal axis is virtual time, but many events share an instant
// (an asyncio program that never sleeps runs entirely at t=0). So each event
// gets a position u: events advance u by one step each, in sequence order,
// and virtual time between instants adds a gap proportional to the time that
// passed. Ticks on the axis are labelled with virtual time; positions inside
// one instant keep the order in which things happened.

import { columns, codeSteps, eventAt, sliced, drain, SLICE } from "./columns.js";

export { SLICE };

/** @typedef {import("./columns.js").Columns} Columns */

/** Span states in the order the legend lists them (the runtimes' words). */
export const STATES = ["running", "ready", "sleeping", "awaiting", "blocked", "cancelling"];

/** Event kinds drawn as markers. */
export const MARKERS = ["cancel-request", "cancel-delivered", "raise", "catch", "return", "panic", "recover", "ctx-cancel"];

/**
 * @typedef {{t: number, task: number, kind: string, pos?: {line: number, col?: number}, detail?: string, related: number, stream?: number}} TraceEvent
 * @typedef {{task: number, start: number, end: number, state: string, on?: string, onTask: number, event: number}} TraceSpan
 * @typedef {{id: number, name: string, label?: string, kind: string, func: string, parent: number, created: number, ended: number, end: string, result?: string, pos?: {line: number, col?: number}, defPos?: {line: number, col?: number}}} TraceTask
 * @typedef {{tasks: TraceTask[], spans: TraceSpan[], events: TraceEvent[], outcome?: any, lang?: string, runtime?: string, file?: string, version?: number}} Trace
 * @typedef {{spans: Int32Array, u0: Float64Array, u1: Float64Array, st: Uint8Array, lod: Float32Array[], chg: Int32Array, events: Int32Array, eu: Float64Array, marks: Int32Array, mu: Float64Array, byKind: {ev: Int32Array, u: Float64Array}[]}} Lane
 *   spans/u0/u1/st: the lane's spans (indices into trace.spans), their
 *   extent and state; lod: the spans' level-of-detail summary (lodLevels);
 *   chg: the state changes counted up to each span (stateChanges);
 *   events/eu: the lane's events and their positions; marks/mu: those drawn
 *   as markers (MARKERS kinds), and byKind the same split by MARKERS kind
 * @typedef {{from: number, to: number, u0: number, u1: number, kind: string, event: number, target?: number}} Arrow
 * @typedef {{awaiter: number, children: number[], u: number, event: number}} Group
 */

/**
 * First index i in the sorted array a with a[i] >= x (a.length if none).
 * @param {ArrayLike<number>} a @param {number} x @param {number} [lo] @param {number} [hi]
 */
export function lowerBound(a, x, lo = 0, hi = a.length) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * First index i with a[i] > x.
 * @param {ArrayLike<number>} a @param {number} x @param {number} [lo] @param {number} [hi]
 */
export function upperBound(a, x, lo = 0, hi = a.length) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions of events: one step per event, plus a gap for virtual time.
 * The gap scale makes the whole run's time worth as many steps as it has
 * events (at least 20), so that both sleeps and bursts stay visible.
 * @param {ArrayLike<number>} times event times, non-decreasing
 * @returns {{u: Float64Array, perNs: number}}
 */
export function positions(times) {
  return drain(positionSteps(times));
}

/**
 * positions, in steps of SLICE events.
 * @param {ArrayLike<number>} times
 * @returns {Generator<void, {u: Float64Array, perNs: number}, void>}
 */
function* positionSteps(times) {
  const n = times.length;
  const u = new Float64Array(n);
  const total = n > 0 ? times[n - 1] - times[0] : 0;
  const perNs = total > 0 ? Math.max(n, 20) / total : 0;
  yield* sliced(n, (a, b) => {
    for (let i = Math.max(a, 1); i < b; i++) u[i] = u[i - 1] + 1 + (times[i] - times[i - 1]) * perNs;
  });
  return { u, perNs };
}

/**
 * What a lane costs to lay out beyond its spans and events, counted in
 * spans: a dozen typed-array views of its parts, which cost a few
 * microseconds each, as much as a few hundred spans do.
 */
const LANE_WORK = 512;


/** The trace's task id for "the event loop / the Go runtime did it". */
export const LOOP_TASK = -1;

/** Children per node of a lane's level-of-detail summary (lodLevels). */
export const LOD_FANOUT = 8;

/** The summary of a lane of at most LOD_FANOUT spans (read-only). */
const NO_LEVELS = [new Float32Array(0)];

/**
 * A lane's spans summarised for drawing at any zoom: level L (from 1) has
 * one node per LOD_FANOUT^L consecutive spans, holding how much of each
 * state (STATES order) those spans cover, in position units, at
 * node * STATES.length + state. A renderer draws a node whose spans all fit
 * in one pixel column as one aggregate instead of visiting its spans, so a
 * frame costs about one node per pixel column per lane whether the lane has
 * a hundred spans or a million. Levels stop when one node covers the lane.
 * @param {Float64Array} u0 @param {Float64Array} u1 @param {Uint8Array} st
 * @returns {Float32Array[]} index 0 is empty: level 0 is the spans themselves
 */
export function lodLevels(u0, u1, st) {
  return drain(lodSteps(u0, u1, st));
}

/**
 * lodLevels, in steps of SLICE spans or nodes.
 * @param {Float64Array} u0 @param {Float64Array} u1 @param {Uint8Array} st
 * @returns {Generator<void, Float32Array[], void>}
 */
function* lodSteps(u0, u1, st) {
  let n = u0.length;
  // Most lanes of a trace of many tasks have a few spans: they share one
  // summary of no levels rather than each making its own.
  if (n <= LOD_FANOUT) return NO_LEVELS;
  const S = STATES.length, levels = [new Float32Array(0)];
  const first = new Float32Array(Math.ceil(n / LOD_FANOUT) * S);
  yield* sliced(n, (a, b) => {
    for (let j = a; j < b; j++) first[Math.floor(j / LOD_FANOUT) * S + st[j]] += u1[j] - u0[j];
  });
  levels.push(first);
  let prev = first;
  n = Math.ceil(n / LOD_FANOUT);
  while (n > 1) {
    const next = new Float32Array(Math.ceil(n / LOD_FANOUT) * S), from = prev;
    yield* sliced(n, (a, b) => {
      for (let j = a; j < b; j++) {
        const d = Math.floor(j / LOD_FANOUT) * S, s = j * S;
        for (let k = 0; k < S; k++) next[d + k] += from[s + k];
      }
    });
    levels.push(next);
    prev = next;
    n = Math.ceil(n / LOD_FANOUT);
  }
  return levels;
}

/**
 * How many times the state changed up to each span: out[j] counts the
 * spans j' <= j whose state differs from the span before, so spans
 * [a, b] hold out[b] - out[a] changes.
 * @param {Uint8Array} st @param {Int32Array} [out] where to write them
 * @param {number} [from] @param {number} [to] the spans to count (out[from - 1] counted already)
 * @returns {Int32Array}
 */
export function stateChanges(st, out = new Int32Array(st.length), from = 0, to = st.length) {
  for (let j = from; j < to; j++) out[j] = j === 0 ? 0 : out[j - 1] + (st[j] !== st[j - 1] ? 1 : 0);
  return out;
}

/**
 * The event kinds the model reads, by code (codes in columns.js): the
 * MARKERS first, so that a code below MARKERS.length is a marker's.
 */
export const KINDS = [...MARKERS, "done", "await", "resume", "timer", "timeout", "callback", "ctx-observed", "gather", "create", "print"];
export const [DONE, AWAIT, RESUME, TIMER, TIMEOUT, CALLBACK, CTX_OBSERVED, GATHER, CREATE, PRINT] = KINDS.slice(MARKERS.length).map((_, i) => MARKERS.length + i);
const CANCEL_REQUEST = MARKERS.indexOf("cancel-request"), CANCEL_DELIVERED = MARKERS.indexOf("cancel-delivered"), RAISE = MARKERS.indexOf("raise"), CTX_CANCEL = MARKERS.indexOf("ctx-cancel");

/**
 * One lane per task (lane i = task i) and, when the loop or runtime did
 * anything, one more for it: each lane's spans, events and markers as typed
 * arrays sorted by position, and its level-of-detail summary. Built from
 * the trace's columns in two passes (count, then fill): a million events
 * cost no per-event objects, and ten thousand lanes no typed array of
 * their own each (a lane's arrays are views into one buffer per field).
 * @param {Columns} c @param {Int8Array} kc the kind codes (KINDS) @param {Float64Array} u event positions
 * @param {number} nt tasks @param {number} loop the loop lane or -1
 * @param {(t: number, last: boolean) => number} posOfTime
 * @returns {Generator<void, Lane[], void>}
 */
function* laneSteps(c, kc, u, nt, loop, posOfTime) {
  const n = c.n, m = c.m, M = MARKERS.length, nl = nt + (loop >= 0 ? 1 : 0);
  const laneOfEv = new Int32Array(n), kindOf = new Int8Array(n);
  const nEv = new Int32Array(nl), nSp = new Int32Array(nl), nMk = new Int32Array(nl * M);
  yield* sliced(n, (a, b) => {
    for (let i = a; i < b; i++) {
      const task = c.task[i];
      const l = task >= 0 && task < nt ? task : task === LOOP_TASK ? loop : -1;
      laneOfEv[i] = l;
      const k = kc[c.kind[i]];
      kindOf[i] = k;
      if (l < 0) continue;
      nEv[l]++;
      if (k >= 0 && k < M) nMk[l * M + k]++;
    }
  });
  yield* sliced(m, (a, b) => { for (let i = a; i < b; i++) { const t = c.stask[i]; if (t >= 0 && t < nt) nSp[t]++; } });
  // A lane's arrays are views into one buffer per field, and a lane
  // without markers of a kind shares one empty pair: a trace of 10,000
  // lanes would otherwise make a quarter of a million typed arrays, each
  // with a buffer of its own, whose allocation and collection cost the
  // page more than filling them.
  const nMarks = new Int32Array(nl);
  for (let l = 0; l < nl; l++) for (let k = 0; k < M; k++) nMarks[l] += nMk[l * M + k];
  const all = (/** @type {Int32Array} */ count) => { let s = 0; for (let l = 0; l < nl; l++) s += count[l]; return s; };
  const sp = all(nSp), ev = all(nEv), mk = all(nMarks);
  const spI = new Int32Array(sp), spU0 = new Float64Array(sp), spU1 = new Float64Array(sp), spSt = new Uint8Array(sp), spChg = new Int32Array(sp);
  const evI = new Int32Array(ev), evU = new Float64Array(ev), mkI = new Int32Array(mk), mkU = new Float64Array(mk);
  const kindI = new Int32Array(mk), kindU = new Float64Array(mk);
  const none = { ev: new Int32Array(0), u: new Float64Array(0) };
  // Where each lane's part of the shared buffers begins.
  const sBase = new Int32Array(nl + 1), eBase = new Int32Array(nl + 1), mBase = new Int32Array(nl + 1), kBase = new Int32Array(nl * M + 1);
  for (let l = 0; l < nl; l++) {
    sBase[l + 1] = sBase[l] + nSp[l];
    eBase[l + 1] = eBase[l] + nEv[l];
    mBase[l + 1] = mBase[l] + nMarks[l];
  }
  for (let j = 0; j < nl * M; j++) kBase[j + 1] = kBase[j] + nMk[j];
  const fillEv = eBase.slice(0, nl), fillMk = mBase.slice(0, nl), fillKind = kBase.slice(0, nl * M), fillSp = sBase.slice(0, nl);
  yield* sliced(n, (a, b) => {
    for (let i = a; i < b; i++) {
      const l = laneOfEv[i];
      if (l < 0) continue;
      const ui = u[i];
      evI[fillEv[l]] = i;
      evU[fillEv[l]++] = ui;
      const k = kindOf[i];
      if (k < 0 || k >= M) continue;
      mkI[fillMk[l]] = i;
      mkU[fillMk[l]++] = ui;
      const q = fillKind[l * M + k]++;
      kindI[q] = i;
      kindU[q] = ui;
    }
  });
  const sc = yield* codeSteps(c, c.state, STATES);
  yield* sliced(m, (a, b) => {
    for (let i = a; i < b; i++) {
      const t = c.stask[i];
      if (t >= 0 && t < nt) spI[fillSp[t]++] = i;
    }
  });
  /** @type {Lane[]} */
  const lanes = new Array(nl);
  // A lane at a time, a step after about SLICE spans (and lanes: ten
  // thousand lanes of a few spans each cost as much); a lane of more
  // spans than that is laid out in steps of its own.
  const layLane = function* (/** @type {number} */ l) {
    const s0 = sBase[l], s1 = sBase[l + 1], k = s1 - s0;
    yield* sliced(s1, (a, b) => {
      for (let j = a; j < b; j++) {
        const i = spI[j], ev = c.event[i];
        spSt[j] = Math.max(0, sc[c.state[i]]);
        let x = ev >= 0 && ev < n ? u[ev] : posOfTime(c.start[i], false);
        if (j > s0 && x < spU0[j - 1]) x = spU0[j - 1];
        spU0[j] = x;
      }
    }, s0);
    // A task's last span ends at its "done" event when it has one: later
    // events at the same instant belong to other tasks.
    let doneU = -1;
    for (let j = eBase[l + 1] - 1; j >= eBase[l]; j--) {
      if (kindOf[evI[j]] === DONE) { doneU = evU[j]; break; }
    }
    yield* sliced(s1 - 1, (a, b) => { for (let j = a; j < b; j++) spU1[j] = spU0[j + 1]; }, s0);
    if (k > 0) spU1[s1 - 1] = Math.max(spU0[s1 - 1], doneU >= 0 ? doneU : posOfTime(c.end[spI[s1 - 1]], true));
    const u0 = spU0.subarray(s0, s1), u1 = spU1.subarray(s0, s1), st = spSt.subarray(s0, s1), chg = spChg.subarray(s0, s1);
    yield* sliced(k, (a, b) => { stateChanges(st, chg, a, b); });
    const lod = yield* lodSteps(u0, u1, st);
    /** @type {{ev: Int32Array, u: Float64Array}[]} */
    const byKind = new Array(M);
    for (let q = 0; q < M; q++) {
      const b0 = kBase[l * M + q], b1 = kBase[l * M + q + 1];
      byKind[q] = b1 > b0 ? { ev: kindI.subarray(b0, b1), u: kindU.subarray(b0, b1) } : none;
    }
    lanes[l] = {
      spans: spI.subarray(s0, s1), u0, u1, st, lod, chg,
      events: evI.subarray(eBase[l], eBase[l + 1]), eu: evU.subarray(eBase[l], eBase[l + 1]),
      marks: mkI.subarray(mBase[l], mBase[l + 1]), mu: mkU.subarray(mBase[l], mBase[l + 1]), byKind,
    };
    return k + eBase[l + 1] - eBase[l] + LANE_WORK;
  };
  for (let l = 0, work = 0; l < nl; l++) {
    work += yield* layLane(l);
    if (work >= SLICE) { work = 0; yield; }
  }
  return lanes;
}

/**
 * The children a gather event names (its detail lists their task ids),
 * those with a lane: from 0 to below `tasks`. A child past the trace's
 * task cap is written as trace.NoTask, -2, and is not task 2. Read digit
 * by digit: a gather of 100,000 tasks names them in hundreds of kilobytes,
 * which a regular expression would first cut into 100,000 strings.
 * @param {string} detail @param {number} tasks @returns {number[]}
 */
export function gatherChildren(detail, tasks) {
  return drain(gatherSteps(detail, tasks));
}

/**
 * gatherChildren, in steps of SLICE characters.
 * @param {string} detail @param {number} tasks @returns {Generator<void, number[], void>}
 */
function* gatherSteps(detail, tasks) {
  /** @type {number[]} */
  const out = [];
  let v = -1, neg = false;
  yield* sliced(detail.length + 1, (a, b) => {
    for (let i = a; i < b; i++) {
      const d = i < detail.length ? detail.charCodeAt(i) - 48 : -1;
      if (d >= 0 && d <= 9) {
        if (v < 0) neg = i > 0 && detail.charCodeAt(i - 1) === 45; // "-"
        v = v < 0 ? d : v * 10 + d;
      } else if (v >= 0) {
        if (!neg && v < tasks) out.push(v);
        v = -1;
      }
    }
  });
  return out;
}

/** Arrows per block of Model.arrowIndex. */
export const ARROW_BLOCK = 64;

/** @typedef {"steps"|"real"} TimeMode */

export class Model {
  /**
   * Builds the model of a trace at once (Model.steps does the same in steps).
   * @param {Trace} trace @param {{mode?: TimeMode}} [opts]
   */
  constructor(trace, opts = {}) {
    drain(this.build(trace, opts));
  }

  /**
   * Builds the model of a trace in steps of about SLICE events or spans,
   * each next() one step; the last returns the model. The page builds a
   * result's model so (tracebin.js's finishSteps runs the steps, yielding
   * to the page between them); `new Model` runs the same steps at once.
   * @param {Trace} trace @param {{mode?: TimeMode}} [opts]
   * @returns {Generator<void, Model, void>}
   */
  static *steps(trace, opts = {}) {
    /** @type {Model} */
    const m = Object.create(Model.prototype);
    yield* m.build(trace, opts);
    return m;
  }

  /**
   * The one derivation of a model: positions, lanes, arrows, groups and
   * badges, in steps.
   * @param {Trace} trace @param {{mode?: TimeMode}} opts
   * @returns {Generator<void, void, void>}
   */
  *build(trace, opts) {
    this.trace = trace;
    /** @type {TimeMode} */
    this.mode = opts.mode === "real" ? "real" : "steps";
    const c = columns(trace);
    /** The trace's events and spans as columns (columns.js). */
    this.cols = c;
    /** The kind of each string of the trace, as a code of KINDS (-1: another). */
    this.kc = yield* codeSteps(c, c.kind, KINDS);
    const n = c.n;
    /** The number of events. */
    this.n = n;
    /** Each event's virtual time (read-only: the trace's own column). */
    this.times = c.t;
    if (this.mode === "real") {
      // Position = virtual nanoseconds: one derivation for spans, ticks and
      // hover, with posOfTime and timeAt the identity.
      this.u = Float64Array.from(this.times);
      this.perNs = 1;
    } else {
      const { u, perNs } = yield* positionSteps(this.times);
      this.u = u;
      this.perNs = perNs;
    }
    const u = this.u;
    const tasks = trace.tasks || [];
    let loop = -1;
    yield* sliced(n, (a, b) => {
      for (let i = a; i < b && loop < 0; i++) if (c.task[i] === LOOP_TASK) loop = tasks.length;
    });
    /** The lane index of the event loop / Go runtime, or -1 when no event came from it. */
    this.loop = loop;
    /** @type {Map<number, {kind: string, text: string, title: string}>|null} */
    this._badges = null;
    /** @type {Lane[]} */
    this.lanes = yield* laneSteps(c, this.kc, u, tasks.length, loop, (t, last) => this.posOfTime(t, last));
    // Real view: a little room after the last instant, so what happened
    // there is not drawn on the edge.
    this.end = this.mode === "real" ? Math.max(n > 0 ? u[n - 1] * 1.02 : 0, 1) : n > 0 ? u[n - 1] + 1 : 1;
    /** @type {Arrow[]} */
    this.arrows = yield* this.arrowSteps();
    /** @type {Group[]} */
    this.groups = yield* this.groupSteps();
    /** Where each gather group is, in order (groups are built in event order). */
    this.groupU = Float64Array.from(this.groups, (g) => g.u);
    /** @type {{order: Int32Array, lo: Float64Array, blockHi: Float64Array}|null} */
    this._arrowIndex = null;
    this._badges = yield* this.badgeSteps();
  }

  /**
   * The arrows ordered by where they begin (their leftmost end), in blocks
   * of ARROW_BLOCK with the rightmost end of each block, so a frame visits
   * only the blocks that can reach its view instead of every arrow.
   */
  arrowIndex() {
    if (this._arrowIndex) return this._arrowIndex;
    const a = this.arrows, n = a.length;
    const order = Int32Array.from({ length: n }, (_, i) => i);
    const lo = new Float64Array(n);
    for (let i = 0; i < n; i++) lo[i] = Math.min(a[i].u0, a[i].u1);
    order.sort((x, y) => lo[x] - lo[y] || x - y);
    const sortedLo = Float64Array.from(order, (i) => lo[i]);
    const blockHi = new Float64Array(Math.ceil(n / ARROW_BLOCK)).fill(-Infinity);
    for (let k = 0; k < n; k++) {
      const x = a[order[k]], b = Math.floor(k / ARROW_BLOCK);
      blockHi[b] = Math.max(blockHi[b], x.u0, x.u1);
    }
    this._arrowIndex = { order, lo: sortedLo, blockHi };
    return this._arrowIndex;
  }

  /**
   * The position of a virtual time: the first (or, with last, the final)
   * event at that instant, or a point between the surrounding events.
   * @param {number} t @param {boolean} last
   */
  posOfTime(t, last) {
    if (this.mode === "real") return t;
    const times = this.times, u = this.u, n = times.length;
    if (n === 0) return 0;
    const i = last ? upperBound(times, t) - 1 : lowerBound(times, t);
    if (last) {
      if (i < 0) return u[0];
      if (times[i] === t) return u[i] + 1;
      const j = i + 1;
      if (j >= n) return u[n - 1] + 1 + (t - times[n - 1]) * this.perNs;
      return u[i] + 1 + (t - times[i]) * this.perNs;
    }
    if (i >= n) return u[n - 1] + 1 + (t - times[n - 1]) * this.perNs;
    if (times[i] === t || i === 0) return u[i];
    return u[i - 1] + 1 + (t - times[i - 1]) * this.perNs;
  }

  /** The virtual time at position x (for axis labels and hover). @param {number} x */
  timeAt(x) {
    if (this.mode === "real") return x;
    const u = this.u, times = this.times, n = u.length;
    if (n === 0) return 0;
    const i = upperBound(u, x) - 1;
    if (i < 0) return times[0];
    if (i + 1 >= n) return times[n - 1] + (this.perNs > 0 ? Math.max(0, x - u[n - 1] - 1) / this.perNs : 0);
    const stepEnd = u[i] + 1;
    if (x <= stepEnd || times[i + 1] === times[i]) return times[i];
    return times[i] + (x - stepEnd) / this.perNs;
  }

  /**
   * Arrows: canceller → cancelled (from the request to its delivery, or to
   * the target's lane at the request if it was never delivered); awaiter →
   * awaited at the await; awaited → awaiter when the awaited task ends (from
   * an await's target's done, or a resume naming who woke it); and awaited →
   * awaiter for a CancelledError passed on to an awaiter (a cancel-delivered
   * event naming the task it came from), which is how a child's cancellation
   * travels out of gather(). In Go traces, the goroutine whose cancel() (or
   * errgroup's first error) cancelled a context → each goroutine that saw
   * it (a ctx-observed event naming the canceller), from the latest
   * ctx-cancel of the canceller. From the loop lane (task -1) to the task a
   * timer, an expired wait_for() or a callback wakes ("wake").
   * @returns {Generator<void, Arrow[], void>}
   */
  *arrowSteps() {
    const c = this.cols, kc = this.kc, u = this.u, n = c.n;
    /** @type {Arrow[]} */
    const arrows = [];
    const L = (/** @type {number} */ t) => this.laneOf(t);
    const ok = (/** @type {number} */ t) => L(t) >= 0;
    const kindOf = (/** @type {number} */ i) => kc[c.kind[i]];
    // Index of each task's cancel-delivered and done events, in order.
    /** @type {Map<number, number[]>} */
    const delivered = new Map();
    /** @type {Map<number, number>} */
    const done = new Map();
    /** @type {Map<number, number[]>} each goroutine's ctx-cancel events */
    const ctxCancels = new Map();
    /** @type {Set<string>} arrows into an event already drawn, "from>to@event" */
    const linked = new Set();
    yield* sliced(n, (a, b) => {
      for (let i = a; i < b; i++) {
        const k = kindOf(i), task = c.task[i];
        if (k === CANCEL_DELIVERED || k === CTX_CANCEL) {
          const byTask = k === CTX_CANCEL ? ctxCancels : delivered;
          let l = byTask.get(task);
          if (!l) byTask.set(task, (l = []));
          l.push(i);
        } else if (k === DONE && !done.has(task)) done.set(task, i);
      }
    });
    // The arrows that start at event i.
    const arrowsAt = (/** @type {number} */ i) => {
      const k = kindOf(i);
    // Most events (a sleep's await and resume) are none of these.
    if (k < 0) return;
    const task = c.task[i], related = c.related[i];
    if (k === CANCEL_REQUEST && ok(task) && ok(related)) {
      const l = delivered.get(related) || [];
      const d = l[lowerBound(l, i + 1)];
      arrows.push({ from: L(task), to: L(related), u0: u[i], u1: d === undefined ? u[i] : u[d], kind: d === undefined ? "cancel-pending" : "cancel", event: i, target: d });
    } else if (k === AWAIT && task >= 0 && ok(task) && related >= 0 && ok(related) && related !== task) {
      arrows.push({ from: task, to: related, u0: u[i], u1: u[i], kind: "await", event: i });
      const d = done.get(related);
      if (d !== undefined && d > i) {
        // The awaiter resumes at its next resume event after the awaited is done.
        const lane = this.lanes[task];
        let r = -1;
        for (let j = lowerBound(lane.events, d); j < lane.events.length; j++) {
          const e = lane.events[j], ek = kindOf(e);
          if (ek === RESUME || ek === CANCEL_DELIVERED || ek === RAISE) { r = e; break; }
        }
        if (r >= 0 && !linked.has(`${related}>${task}@${r}`)) {
          linked.add(`${related}>${task}@${r}`);
          arrows.push({ from: related, to: task, u0: u[d], u1: u[r], kind: "awaited", event: d, target: r });
        }
      }
    } else if (task === LOOP_TASK && (k === TIMER || k === TIMEOUT || k === CALLBACK) && related >= 0 && ok(task) && ok(related)) {
      // The loop or runtime waking a task: a timer firing, wait_for()
      // expiring, a callback acting on it (docs/TRACE.md, the loop lane).
      arrows.push({ from: L(task), to: L(related), u0: u[i], u1: u[i], kind: "wake", event: i, target: i });
    } else if (k === CTX_OBSERVED && ok(task) && ok(related) && related !== task) {
      const l = ctxCancels.get(related) || [];
      const d = l[upperBound(l, i) - 1];
      const src = d === undefined ? i : d;
      arrows.push({ from: L(related), to: L(task), u0: u[src], u1: u[i], kind: "cancel", event: src, target: i });
    } else if ((k === RESUME || k === CANCEL_DELIVERED) && task >= 0 && ok(task) && related >= 0 && ok(related) && related !== task) {
      // From the waker's latest event up to this one (usually its done).
      const from = this.lanes[related].events;
      const j = upperBound(from, i) - 1;
      const src = j >= 0 ? from[j] : i;
      const key = `${related}>${task}@${i}`;
      if (linked.has(key)) return;
      linked.add(key);
      arrows.push({ from: related, to: task, u0: u[src], u1: u[i], kind: k === RESUME ? "awaited" : "cancel-propagated", event: src, target: i });
    }
    };
    yield* sliced(n, (a, b) => { for (let i = a; i < b; i++) arrowsAt(i); });
    return arrows;
  }

  /**
   * gather() groups: the awaiting task joined to its children.
   * @returns {Generator<void, Group[], void>}
   */
  *groupSteps() {
    const c = this.cols, kc = this.kc, tasks = (this.trace.tasks || []).length;
    /** @type {Group[]} */
    const groups = [];
    /** @type {number[]} the gather events, found in slices */
    const at = [];
    yield* sliced(c.n, (a, b) => { for (let i = a; i < b; i++) if (kc[c.kind[i]] === GATHER) at.push(i); });
    for (const i of at) {
      const awaiter = this.laneOf(c.related[i] >= 0 ? c.related[i] : c.task[i]);
      const children = yield* gatherSteps(c.strings[c.detail[i]], tasks);
      if (awaiter >= 0 && children.length) groups.push({ awaiter, children, u: this.u[i], event: i });
      yield;
    }
    return groups;
  }

  /** Event i as the JSON form's object, made for the asking (columns.js). @param {number} i */
  event(i) {
    return eventAt(this.trace, i);
  }

  /** The kind of event i. @param {number} i */
  kindOf(i) {
    return this.cols.strings[this.cols.kind[i]];
  }

  /** The lane of a trace task id (-1: the loop lane), or -1 for none. @param {number} task */
  laneOf(task) {
    const n = this.trace.tasks ? this.trace.tasks.length : 0;
    if (task >= 0 && task < n) return task;
    return task === LOOP_TASK && this.loop >= 0 ? this.loop : -1;
  }

  /** The trace task id a lane shows (-1 for the loop lane). @param {number} lane */
  taskOf(lane) {
    return lane === this.loop ? LOOP_TASK : lane;
  }

  /**
   * The words of a lane: what it runs first (the task's label, falling back
   * to its runtime name), the runtime name second, and the hover text: where
   * it was created and what it runs.
   * @param {number} lane @returns {{label: string, name: string, title: string}}
   */
  laneText(lane) {
    const t = this.trace;
    if (lane === this.loop) {
      const go = t.lang === "go";
      const label = go ? "Go runtime" : "event loop";
      return { label, name: "", title: go ? "Go runtime: timers firing, context deadlines, time.AfterFunc" : "the event loop: asyncio.run() (its shutdown cancels leftover tasks), call_soon/call_later callbacks, timeouts" };
    }
    const task = (t.tasks || [])[lane];
    if (!task) return { label: `task ${lane}`, name: "", title: "" };
    const label = task.label || task.name;
    const name = task.label && task.label !== task.name ? task.name : task.func && task.func !== task.name ? task.func : "";
    const parts = [label];
    if (task.label) parts.push(`${task.name}, runs ${task.func}`);
    else if (task.func) parts.push(`runs ${task.func}`);
    if (task.defPos && task.defPos.line > 0) parts[parts.length - 1] += ` (defined at line ${task.defPos.line})`;
    const parent = task.parent >= 0 && t.tasks[task.parent] ? t.tasks[task.parent].label || t.tasks[task.parent].name : "";
    if (task.pos && task.pos.line > 0) parts.push(`created at line ${task.pos.line}${parent ? ` by ${parent}` : ""}`);
    else if (parent) parts.push(`created by ${parent}`);
    return { label, name, title: parts.join("\n") };
  }

  /**
   * Badges: a goroutine still blocked when main returned ("leaked"); an
   * asyncio task still pending when the run stopped ("pending"); a task
   * asyncio.run() cancelled at shutdown because main() returned while it
   * still ran ("left over"). Each with a sentence saying why.
   * @returns {Map<number, {kind: string, text: string, title: string}>} by lane
   */
  badges() {
    return /** @type {Map<number, {kind: string, text: string, title: string}>} */ (this._badges);
  }

  /**
   * The badges, in steps (build keeps them).
   * @returns {Generator<void, Map<number, {kind: string, text: string, title: string}>, void>}
   */
  *badgeSteps() {
    /** @type {Map<number, {kind: string, text: string, title: string}>} */
    const out = new Map();
    const t = this.trace, c = this.cols, kc = this.kc;
    (t.tasks || []).forEach((task, i) => {
      if (task.end === "leaked") out.set(i, { kind: "leaked", text: "leaked", title: "leaked: still blocked when main returned; it never finished" });
      else if (task.end === "pending") out.set(i, { kind: "pending", text: "pending", title: "pending: still waiting when the run stopped" });
    });
    // The main task is the one the loop created first; cancellations the
    // loop makes after it is done are asyncio.run()'s shutdown.
    let mainDone = -1, main = -1;
    yield* sliced(c.n, (a, b) => {
      for (let i = a; i < b; i++) {
        const k = kc[c.kind[i]], task = c.task[i], related = c.related[i];
        if (main < 0 && k === CREATE && task === LOOP_TASK) main = related;
        else if (main >= 0 && mainDone < 0 && k === DONE && task === main) mainDone = i;
        else if (mainDone >= 0 && t.lang !== "go" && k === CANCEL_REQUEST && task === LOOP_TASK && related >= 0 && !out.has(related)) {
          out.set(related, { kind: "leftover", text: "left over", title: "left over: still running when main() ended, so asyncio.run() cancelled it at shutdown" });
        }
      }
    });
    return out;
  }

  /** The index of the event nearest to position x, or -1. @param {number} x */
  nearestEvent(x) {
    const u = this.u, n = u.length;
    if (n === 0) return -1;
    const i = lowerBound(u, x);
    if (i >= n) return n - 1;
    if (i > 0 && x - u[i - 1] < u[i] - x) return i - 1;
    return i;
  }
}
