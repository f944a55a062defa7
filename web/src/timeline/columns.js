// @ts-check
// A trace's events and spans as columns: one typed array per field, strings
// as indices into one table. Every reader that walks a whole trace (the
// timeline's Model, the await tree, the output's prints) reads these, so
// that a trace of a million events costs no object per event: a result in
// the binary form (tracebin.js) arrives as columns already, and the JSON
// form's objects (`taskline run --trace`, a test's trace, the stand-in
// worker) are turned into columns once. The objects are made from the
// columns only when a reader asks for one (eventAt, spanAt: a selected
// event, a page of the events table) or for all of them (`trace.events`
// of a binary result, made on first use and kept).

/**
 * @typedef {{n: number, t: Float64Array, task: Int32Array, kind: Int32Array, line: Int32Array, col: Int32Array, detail: Int32Array, related: Int32Array, stream: Uint8Array,
 *   m: number, start: Float64Array, end: Float64Array, stask: Int32Array, from: Int32Array, to: Int32Array, state: Int32Array, on: Int32Array, onTask: Int32Array, event: Int32Array,
 *   strings: string[]}} Columns
 *   n events: t, task, kind (a string), line and col of pos, detail (a
 *   string, 0: none), related, stream (0: none); m spans: start, end,
 *   stask (the span's task), from, to, state (a string), on (a string, 0:
 *   none), onTask, event. strings[0] is "".
 */

/** @type {WeakMap<object, {cols: Columns, events: any, spans: any}>} */
const cache = new WeakMap();

/** Arrays of objects made from columns, and those columns. @type {WeakMap<any[], Columns>} */
const madeFrom = new WeakMap();

/**
 * Attaches columns to a trace that has no events or spans of its own (a
 * binary result): `trace.events` and `trace.spans` become the JSON form's
 * arrays, made from the columns on first use and kept.
 * @param {any} trace @param {Columns} cols
 */
export function attachColumns(trace, cols) {
  for (const [key, make] of /** @type {[string, () => any[]][]} */ ([["events", () => eventObjects(cols)], ["spans", () => spanObjects(cols)]])) {
    const keep = (/** @type {any} */ value) => Object.defineProperty(trace, key, { value, enumerable: true, configurable: true, writable: true });
    Object.defineProperty(trace, key, { enumerable: true, configurable: true, get: () => { const v = make(); keep(v); return v; }, set: keep });
  }
  cache.set(trace, { cols, events: null, spans: null });
}

/**
 * Whether the trace's `key` ("events" or "spans") is still to be made from
 * its columns. @param {any} trace @param {string} key
 */
function pending(trace, key) {
  const d = Object.getOwnPropertyDescriptor(trace, key);
  return !!d && !!d.get;
}

/**
 * The trace's columns: those it arrived with, or those of its events and
 * spans (made once, and again only if the arrays are replaced or change
 * length).
 * @param {any} trace @returns {Columns}
 */
export function columns(trace) {
  const c = cache.get(trace);
  if (c) {
    const fresh = (/** @type {"events"|"spans"} */ key, /** @type {number} */ len) => {
      if (pending(trace, key)) return true;
      const a = trace[key];
      return (a === c[key] || (a && madeFrom.get(a) === c.cols)) && (a || []).length === len;
    };
    if (fresh("events", c.cols.n) && fresh("spans", c.cols.m)) return c.cols;
  }
  const cols = columnsOf(trace.events || [], trace.spans || []);
  cache.set(trace, { cols, events: trace.events, spans: trace.spans });
  return cols;
}

/**
 * The JSON form's events and spans as columns.
 * @param {any[]} events @param {any[]} spans @returns {Columns}
 */
function columnsOf(events, spans) {
  const strings = [""];
  /** @type {Map<string, number>} */
  const index = new Map([["", 0]]);
  const str = (/** @type {any} */ s) => {
    if (s === undefined || s === null || s === "") return 0;
    const key = String(s);
    let k = index.get(key);
    if (k === undefined) {
      k = strings.length;
      strings.push(key);
      index.set(key, k);
    }
    return k;
  };
  const n = events.length, m = spans.length;
  const cols = {
    n, t: new Float64Array(n), task: new Int32Array(n), kind: new Int32Array(n), line: new Int32Array(n), col: new Int32Array(n),
    detail: new Int32Array(n), related: new Int32Array(n), stream: new Uint8Array(n),
    m, start: new Float64Array(m), end: new Float64Array(m), stask: new Int32Array(m), from: new Int32Array(m), to: new Int32Array(m),
    state: new Int32Array(m), on: new Int32Array(m), onTask: new Int32Array(m), event: new Int32Array(m),
    strings,
  };
  for (let i = 0; i < n; i++) {
    const e = events[i];
    cols.t[i] = e.t;
    cols.task[i] = e.task;
    cols.kind[i] = str(e.kind);
    cols.line[i] = e.pos ? e.pos.line | 0 : 0;
    cols.col[i] = e.pos ? e.pos.col | 0 : 0;
    cols.detail[i] = str(e.detail);
    cols.related[i] = e.related ?? -1;
    cols.stream[i] = e.stream | 0;
  }
  for (let i = 0; i < m; i++) {
    const s = spans[i];
    cols.start[i] = s.start;
    cols.end[i] = s.end;
    cols.stask[i] = s.task;
    cols.from[i] = s.from ?? (s.event >= 0 ? s.event : -1);
    cols.to[i] = s.to ?? -1;
    cols.state[i] = str(s.state);
    cols.on[i] = str(s.on);
    cols.onTask[i] = s.onTask ?? -1;
    cols.event[i] = s.event ?? -1;
  }
  return cols;
}

/**
 * Event i in the JSON form ({t, task, kind, pos, detail?, related,
 * stream?}); `pos` may be shared with other events at the same position.
 * @param {Columns} c @param {number} i @param {{line: number, col?: number}} [pos]
 */
function eventObject(c, i, pos) {
  /** @type {any} */
  const e = { t: c.t[i], task: c.task[i], kind: c.strings[c.kind[i]], pos: pos || (c.col[i] ? { line: c.line[i], col: c.col[i] } : { line: c.line[i] }) };
  if (c.detail[i]) e.detail = c.strings[c.detail[i]];
  e.related = c.related[i];
  if (c.stream[i]) e.stream = c.stream[i];
  return e;
}

/** Span i in the JSON form. @param {Columns} c @param {number} i */
function spanObject(c, i) {
  /** @type {any} */
  const s = { task: c.stask[i], start: c.start[i], end: c.end[i], from: c.from[i], to: c.to[i], state: c.strings[c.state[i]] };
  if (c.on[i]) s.on = c.strings[c.on[i]];
  s.onTask = c.onTask[i];
  s.event = c.event[i];
  return s;
}

/**
 * Every event as an object. Events at one position share one pos object
 * (read-only, as every reader treats it): a million events come from a few
 * lines, and half the objects would otherwise be their positions.
 * @param {Columns} c
 */
function eventObjects(c) {
  /** @type {Map<number, {line: number, col?: number}>} */
  const positions = new Map();
  const out = new Array(c.n);
  for (let i = 0; i < c.n; i++) {
    const line = c.line[i], col = c.col[i], key = line * 0x100000 + col;
    let pos = positions.get(key);
    if (pos === undefined || pos.line !== line || (pos.col || 0) !== col) {
      pos = col ? { line, col } : { line };
      positions.set(key, pos);
    }
    out[i] = eventObject(c, i, pos);
  }
  madeFrom.set(out, c);
  return out;
}

/** @param {Columns} c */
function spanObjects(c) {
  const out = new Array(c.m);
  for (let i = 0; i < c.m; i++) out[i] = spanObject(c, i);
  madeFrom.set(out, c);
  return out;
}

/**
 * Event i of a trace as an object, without making the others.
 * @param {any} trace @param {number} i
 */
export function eventAt(trace, i) {
  if (!pending(trace, "events")) return trace.events[i];
  const c = columns(trace);
  return i >= 0 && i < c.n ? eventObject(c, i) : undefined;
}

/**
 * Span k of a trace as an object, without making the others.
 * @param {any} trace @param {number} k
 */
export function spanAt(trace, k) {
  if (!pending(trace, "spans")) return trace.spans[k];
  const c = columns(trace);
  return k >= 0 && k < c.m ? spanObject(c, k) : undefined;
}

/** How many events a trace has. @param {any} trace */
export function eventCount(trace) {
  return pending(trace, "events") ? columns(trace).n : (trace.events || []).length;
}

/**
 * Records per step of a reader that works in steps (Model.steps): a step
 * over typed arrays takes a few milliseconds, so a trace of a million
 * events is read in some sixty steps between which the page stays free.
 */
export const SLICE = 1 << 14;

/**
 * Calls f on [from, n) in ranges of SLICE, yielding after each; a range of
 * at most SLICE is done without yielding. Loops stay in plain functions,
 * which the engine optimises while they run.
 * @param {number} n @param {(a: number, b: number) => void} f @param {number} [from]
 * @returns {Generator<void, void, void>}
 */
export function* sliced(n, f, from = 0) {
  if (n - from <= SLICE) {
    if (n > from) f(from, n);
    return;
  }
  for (let i = from; i < n; i += SLICE) {
    f(i, Math.min(n, i + SLICE));
    yield;
  }
}

/**
 * Runs steps to the end at once. @template T
 * @param {Generator<void, T, void>} g @returns {T}
 */
export function drain(g) {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

/** Codes already worked out, by column and words. @type {WeakMap<Int32Array, Map<string, Int8Array>>} */
const codeCache = new WeakMap();

/**
 * For each string that `column` (a column of string indices) holds, its
 * index in `words` (-1: none of them), so that a reader compares small
 * numbers per event instead of strings. Only the strings the column uses
 * are looked up: a run that prints a million different lines has a million
 * strings, and only a few kinds. Worked out once per column and words.
 * @param {Columns} c @param {Int32Array} column @param {readonly string[]} words @returns {Int8Array}
 */
export function codes(c, column, words) {
  return drain(codeSteps(c, column, words));
}

/**
 * codes, in steps of SLICE records.
 * @param {Columns} c @param {Int32Array} column @param {readonly string[]} words
 * @returns {Generator<void, Int8Array, void>}
 */
export function* codeSteps(c, column, words) {
  let byWords = codeCache.get(column);
  if (!byWords) codeCache.set(column, (byWords = new Map()));
  const key = words.join("\u0000");
  const known = byWords.get(key);
  if (known) return known;
  const out = new Int8Array(c.strings.length).fill(-2);
  /** @type {Map<string, number>} */
  const index = new Map(words.map((w, i) => [w, i]));
  yield* sliced(column.length, (a, b) => {
    for (let i = a; i < b; i++) {
      const k = column[i];
      if (out[k] === -2) out[k] = index.get(c.strings[k]) ?? -1;
    }
  });
  byWords.set(key, out);
  return out;
}
