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
  const n = times.length;
  const u = new Float64Array(n);
  const total = n > 0 ? times[n - 1] - times[0] : 0;
  const perNs = total > 0 ? Math.max(n, 20) / total : 0;
  for (let i = 1; i < n; i++) {
    u[i] = u[i - 1] + 1 + (times[i] - times[i - 1]) * perNs;
  }
  return { u, perNs };
}

/** The trace's task id for "the event loop / the Go runtime did it". */
export const LOOP_TASK = -1;

/** Children per node of a lane's level-of-detail summary (lodLevels). */
export const LOD_FANOUT = 8;

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
  const S = STATES.length, levels = [new Float32Array(0)];
  let n = u0.length;
  if (n <= LOD_FANOUT) return levels;
  let prev = new Float32Array(Math.ceil(n / LOD_FANOUT) * S);
  for (let j = 0; j < n; j++) prev[Math.floor(j / LOD_FANOUT) * S + st[j]] += u1[j] - u0[j];
  levels.push(prev);
  n = Math.ceil(n / LOD_FANOUT);
  while (n > 1) {
    const next = new Float32Array(Math.ceil(n / LOD_FANOUT) * S);
    for (let j = 0; j < n; j++) {
      const d = Math.floor(j / LOD_FANOUT) * S, s = j * S;
      for (let k = 0; k < S; k++) next[d + k] += prev[s + k];
    }
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
 * @param {Uint8Array} st @returns {Int32Array}
 */
export function stateChanges(st) {
  const out = new Int32Array(st.length);
  for (let j = 1; j < st.length; j++) out[j] = out[j - 1] + (st[j] !== st[j - 1] ? 1 : 0);
  return out;
}

/**
 * One lane per task (lane i = task i) and, when the loop or runtime did
 * anything, one more for it: each lane's spans, events and markers as typed
 * arrays sorted by position, and its level-of-detail summary. Built in two
 * passes (count, then fill) so a million events cost no per-event objects.
 * @param {Trace} trace @param {Float64Array} u event positions @param {number} loop the loop lane or -1
 * @param {(t: number, last: boolean) => number} posOfTime
 * @returns {Lane[]}
 */
function buildLanes(trace, u, loop, posOfTime) {
  const evs = trace.events || [], spans = trace.spans || [], nt = (trace.tasks || []).length;
  const n = evs.length, nl = nt + (loop >= 0 ? 1 : 0);
  const laneOfEv = new Int32Array(n), kindOf = new Int8Array(n);
  const nEv = new Int32Array(nl), nSp = new Int32Array(nl), nMk = new Int32Array(nl * MARKERS.length);
  /** @type {Map<string, number>} */
  const markerIndex = new Map(MARKERS.map((k, i) => [k, i]));
  for (let i = 0; i < n; i++) {
    const task = evs[i].task;
    const l = task >= 0 && task < nt ? task : task === LOOP_TASK ? loop : -1;
    laneOfEv[i] = l;
    const k = markerIndex.get(evs[i].kind);
    kindOf[i] = k === undefined ? -1 : k;
    if (l < 0) continue;
    nEv[l]++;
    if (k !== undefined) nMk[l * MARKERS.length + k]++;
  }
  for (const s of spans) if (s.task >= 0 && s.task < nt) nSp[s.task]++;
  // A lane's arrays are views into one buffer per field, and a lane
  // without markers of a kind shares one empty pair: a trace of 10,000
  // lanes would otherwise make a quarter of a million typed arrays, each
  // with a buffer of its own, whose allocation and collection cost the
  // page more than filling them.
  const nMarks = new Int32Array(nl);
  for (let l = 0; l < nl; l++) for (let k = 0; k < MARKERS.length; k++) nMarks[l] += nMk[l * MARKERS.length + k];
  const all = (/** @type {Int32Array} */ count) => { let s = 0; for (let l = 0; l < nl; l++) s += count[l]; return s; };
  const sp = all(nSp), ev = all(nEv), mk = all(nMarks);
  const spI = new Int32Array(sp), spU0 = new Float64Array(sp), spU1 = new Float64Array(sp), spSt = new Uint8Array(sp);
  const evI = new Int32Array(ev), evU = new Float64Array(ev), mkI = new Int32Array(mk), mkU = new Float64Array(mk);
  const kindI = new Int32Array(mk), kindU = new Float64Array(mk);
  const none = { ev: new Int32Array(0), u: new Float64Array(0) };
  /** @type {Lane[]} */
  const lanes = [];
  let s0 = 0, e0 = 0, m0 = 0, k0 = 0;
  for (let l = 0; l < nl; l++) {
    const byKind = MARKERS.map((_, k) => {
      const c = nMk[l * MARKERS.length + k];
      if (c === 0) return none;
      const b = { ev: kindI.subarray(k0, k0 + c), u: kindU.subarray(k0, k0 + c) };
      k0 += c;
      return b;
    });
    const s1 = s0 + nSp[l], e1 = e0 + nEv[l], m1 = m0 + nMarks[l];
    lanes.push({ spans: spI.subarray(s0, s1), u0: spU0.subarray(s0, s1), u1: spU1.subarray(s0, s1), st: spSt.subarray(s0, s1), lod: [], chg: new Int32Array(0), events: evI.subarray(e0, e1), eu: evU.subarray(e0, e1), marks: mkI.subarray(m0, m1), mu: mkU.subarray(m0, m1), byKind });
    s0 = s1; e0 = e1; m0 = m1;
  }
  const fillEv = new Int32Array(nl), fillMk = new Int32Array(nl), fillKind = new Int32Array(nl * MARKERS.length), fillSp = new Int32Array(nl);
  for (let i = 0; i < n; i++) {
    const l = laneOfEv[i];
    if (l < 0) continue;
    const L = lanes[l];
    L.events[fillEv[l]] = i;
    L.eu[fillEv[l]++] = u[i];
    const k = kindOf[i];
    if (k < 0) continue;
    L.marks[fillMk[l]] = i;
    L.mu[fillMk[l]++] = u[i];
    const b = L.byKind[k], c = fillKind[l * MARKERS.length + k]++;
    b.ev[c] = i;
    b.u[c] = u[i];
  }
  /** @type {Map<string, number>} */
  const stateIndex = new Map(STATES.map((s, i) => [s, i]));
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.task >= 0 && s.task < nt) lanes[s.task].spans[fillSp[s.task]++] = i;
  }
  for (const lane of lanes) {
    const k = lane.spans.length;
    for (let j = 0; j < k; j++) {
      const s = spans[lane.spans[j]];
      lane.st[j] = stateIndex.get(s.state) ?? 0;
      lane.u0[j] = s.event >= 0 && s.event < n ? u[s.event] : posOfTime(s.start, false);
      if (j > 0 && lane.u0[j] < lane.u0[j - 1]) lane.u0[j] = lane.u0[j - 1];
    }
    // A task's last span ends at its "done" event when it has one: later
    // events at the same instant belong to other tasks.
    let doneU = -1;
    for (let j = lane.events.length - 1; j >= 0; j--) {
      if (evs[lane.events[j]].kind === "done") { doneU = u[lane.events[j]]; break; }
    }
    for (let j = 0; j + 1 < k; j++) lane.u1[j] = lane.u0[j + 1];
    if (k > 0) lane.u1[k - 1] = Math.max(lane.u0[k - 1], doneU >= 0 ? doneU : posOfTime(spans[lane.spans[k - 1]].end, true));
    lane.lod = lodLevels(lane.u0, lane.u1, lane.st);
    lane.chg = stateChanges(lane.st);
  }
  return lanes;
}

/** Arrows per block of Model.arrowIndex. */
export const ARROW_BLOCK = 64;

/** @typedef {"steps"|"real"} TimeMode */

export class Model {
  /** @param {Trace} trace @param {{mode?: TimeMode}} [opts] */
  constructor(trace, opts = {}) {
    this.trace = trace;
    /** @type {TimeMode} */
    this.mode = opts.mode === "real" ? "real" : "steps";
    const evs = trace.events || [];
    const n = evs.length;
    this.times = new Float64Array(n);
    for (let i = 0; i < n; i++) this.times[i] = evs[i].t;
    if (this.mode === "real") {
      // Position = virtual nanoseconds: one derivation for spans, ticks and
      // hover, with posOfTime and timeAt the identity.
      this.u = Float64Array.from(this.times);
      this.perNs = 1;
    } else {
      const { u, perNs } = positions(this.times);
      this.u = u;
      this.perNs = perNs;
    }
    const u = this.u;
    const tasks = trace.tasks || [];
    let loop = -1;
    for (let i = 0; i < n; i++) if (evs[i].task === LOOP_TASK) { loop = tasks.length; break; }
    /** The lane index of the event loop / Go runtime, or -1 when no event came from it. */
    this.loop = loop;
    /** @type {Map<number, {kind: string, text: string, title: string}>|null} */
    this._badges = null;
    /** @type {Lane[]} */
    this.lanes = buildLanes(trace, u, loop, (t, last) => this.posOfTime(t, last));
    // Real view: a little room after the last instant, so what happened
    // there is not drawn on the edge.
    this.end = this.mode === "real" ? Math.max(n > 0 ? u[n - 1] * 1.02 : 0, 1) : n > 0 ? u[n - 1] + 1 : 1;
    this.arrows = this.buildArrows();
    this.groups = this.buildGroups();
    /** Where each gather group is, in order (groups are built in event order). */
    this.groupU = Float64Array.from(this.groups, (g) => g.u);
    /** @type {{order: Int32Array, lo: Float64Array, blockHi: Float64Array}|null} */
    this._arrowIndex = null;
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
   * @returns {Arrow[]}
   */
  buildArrows() {
    const evs = this.trace.events || [], u = this.u, n = evs.length;
    /** @type {Arrow[]} */
    const arrows = [];
    const L = (/** @type {number} */ t) => this.laneOf(t);
    const ok = (/** @type {number} */ t) => L(t) >= 0;
    // Index of each task's cancel-delivered and done events, in order.
    /** @type {Map<number, number[]>} */
    const delivered = new Map();
    /** @type {Map<number, number>} */
    const done = new Map();
    /** @type {Map<number, number[]>} each goroutine's ctx-cancel events */
    const ctxCancels = new Map();
    /** @type {Set<string>} arrows into an event already drawn, "from>to@event" */
    const linked = new Set();
    for (let i = 0; i < n; i++) {
      const e = evs[i];
      if (e.kind === "cancel-delivered" || e.kind === "ctx-cancel") {
        const byTask = e.kind === "ctx-cancel" ? ctxCancels : delivered;
        let l = byTask.get(e.task);
        if (!l) byTask.set(e.task, (l = []));
        l.push(i);
      } else if (e.kind === "done" && !done.has(e.task)) done.set(e.task, i);
    }
    for (let i = 0; i < n; i++) {
      const e = evs[i];
      if (e.kind === "cancel-request" && ok(e.task) && ok(e.related)) {
        const l = delivered.get(e.related) || [];
        const k = l[lowerBound(l, i + 1)];
        arrows.push({ from: L(e.task), to: L(e.related), u0: u[i], u1: k === undefined ? u[i] : u[k], kind: k === undefined ? "cancel-pending" : "cancel", event: i, target: k });
      } else if (e.kind === "await" && e.task >= 0 && ok(e.task) && e.related >= 0 && ok(e.related) && e.related !== e.task) {
        arrows.push({ from: e.task, to: e.related, u0: u[i], u1: u[i], kind: "await", event: i });
        const d = done.get(e.related);
        if (d !== undefined && d > i) {
          // The awaiter resumes at its next resume event after the awaited is done.
          const lane = this.lanes[e.task];
          let r = -1;
          for (let j = lowerBound(lane.events, d); j < lane.events.length; j++) {
            const k = lane.events[j];
            if (evs[k].kind === "resume" || evs[k].kind === "cancel-delivered" || evs[k].kind === "raise") { r = k; break; }
          }
          if (r >= 0 && !linked.has(`${e.related}>${e.task}@${r}`)) {
            linked.add(`${e.related}>${e.task}@${r}`);
            arrows.push({ from: e.related, to: e.task, u0: u[d], u1: u[r], kind: "awaited", event: d, target: r });
          }
        }
      } else if (e.task === LOOP_TASK && (e.kind === "timer" || e.kind === "timeout" || e.kind === "callback") && e.related >= 0 && ok(e.task) && ok(e.related)) {
        // The loop or runtime waking a task: a timer firing, wait_for()
        // expiring, a callback acting on it (docs/TRACE.md, the loop lane).
        arrows.push({ from: L(e.task), to: L(e.related), u0: u[i], u1: u[i], kind: "wake", event: i, target: i });
      } else if (e.kind === "ctx-observed" && ok(e.task) && ok(e.related) && e.related !== e.task) {
        const l = ctxCancels.get(e.related) || [];
        const k = l[upperBound(l, i) - 1];
        const src = k === undefined ? i : k;
        arrows.push({ from: L(e.related), to: L(e.task), u0: u[src], u1: u[i], kind: "cancel", event: src, target: i });
      } else if ((e.kind === "resume" || e.kind === "cancel-delivered") && e.task >= 0 && ok(e.task) && e.related >= 0 && ok(e.related) && e.related !== e.task) {
        // From the waker's latest event up to this one (usually its done).
        const from = this.lanes[e.related].events;
        const k = upperBound(from, i) - 1;
        const src = k >= 0 ? from[k] : i;
        const key = `${e.related}>${e.task}@${i}`;
        if (linked.has(key)) continue;
        linked.add(key);
        arrows.push({ from: e.related, to: e.task, u0: u[src], u1: u[i], kind: e.kind === "resume" ? "awaited" : "cancel-propagated", event: src, target: i });
      }
    }
    return arrows;
  }

  /** gather() groups: the awaiting task joined to its children. @returns {Group[]} */
  buildGroups() {
    const evs = this.trace.events || [];
    /** @type {Group[]} */
    const groups = [];
    for (let i = 0; i < evs.length; i++) {
      const e = evs[i];
      if (e.kind !== "gather") continue;
      const awaiter = this.laneOf(e.related >= 0 ? e.related : e.task);
      const tasks = (this.trace.tasks || []).length;
      const children = (String(e.detail || "").match(/\d+/g) || []).map(Number).filter((c) => c >= 0 && c < tasks);
      if (awaiter >= 0 && children.length) groups.push({ awaiter, children, u: this.u[i], event: i });
    }
    return groups;
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
    if (this._badges) return this._badges;
    /** @type {Map<number, {kind: string, text: string, title: string}>} */
    const out = new Map();
    const t = this.trace, evs = t.events || [];
    (t.tasks || []).forEach((task, i) => {
      if (task.end === "leaked") out.set(i, { kind: "leaked", text: "leaked", title: "leaked: still blocked when main returned; it never finished" });
      else if (task.end === "pending") out.set(i, { kind: "pending", text: "pending", title: "pending: still waiting when the run stopped" });
    });
    // The main task is the one the loop created first; cancellations the
    // loop makes after it is done are asyncio.run()'s shutdown.
    let mainDone = -1, main = -1;
    for (let i = 0; i < evs.length; i++) {
      const e = evs[i];
      if (main < 0 && e.kind === "create" && e.task === LOOP_TASK) main = e.related;
      else if (main >= 0 && mainDone < 0 && e.kind === "done" && e.task === main) mainDone = i;
      else if (mainDone >= 0 && t.lang !== "go" && e.kind === "cancel-request" && e.task === LOOP_TASK && e.related >= 0 && !out.has(e.related)) {
        out.set(e.related, { kind: "leftover", text: "left over", title: "left over: still running when main() ended, so asyncio.run() cancelled it at shutdown" });
      }
    }
    this._badges = out;
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
