// @ts-check
// The reader of the trace's binary form, in which the worker hands the page
// each run's result (engine/trace/binary.go writes it; docs/TRACE.md gives
// the layout). The head is JSON: the trace's tasks and outcome, the story.
// The events and spans are columns, read here as typed arrays over the
// bytes received, and turned into the objects of the JSON form
// ({t, task, kind, pos, detail?, related, stream?} and so on), so that
// every reader of a trace sees what JSON.parse of `taskline run --trace`
// would give it. A million events take a few hundred milliseconds to turn
// into objects, so decodeSteps does it in slices and finishSteps
// yields to the page between them: the page keeps answering while a big
// trace arrives.

export const MAGIC = "TLTB";
export const VERSION = 1;

/** Bytes before the head: the magic and seven uint32s. */
const HEADER = 32;

/** @param {number} n */
const pad8 = (n) => (n + 7) & ~7;

// Typed arrays read in the machine's byte order; the form is little-endian,
// as is every machine a browser runs on today.
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Decodes a result in slices of about `slice` events or spans: each
 * next() does one slice, and the last returns the trace. The header is
 * checked in the first next(), so a buffer that is not a trace of this
 * version throws there and nowhere later.
 * @param {ArrayBuffer} buffer @param {number} [slice]
 * @returns {Generator<void, any, void>}
 */
export function* decodeSteps(buffer, slice = 16384) {
  if (!littleEndian) throw new Error("this page reads traces only on a little-endian machine");
  const bytes = new Uint8Array(buffer);
  if (buffer.byteLength < HEADER || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error("not a trace in Taskline's binary form");
  }
  const dv = new DataView(buffer);
  const u32 = (/** @type {number} */ off) => dv.getUint32(off, true);
  if (u32(4) !== VERSION) throw new Error(`binary trace version ${u32(4)}, this page reads version ${VERSION}`);
  const headLen = u32(8), n = u32(12), m = u32(16), k = u32(20), textLen = u32(24), units = u32(28);
  let off = HEADER + pad8(headLen);
  const evOff = off;
  off = pad8(off + n * 33);
  const spOff = off;
  off += m * 44;
  const strOff = off;
  if (strOff + 4 * (k + 1) + textLen !== buffer.byteLength) {
    throw new Error(`binary trace of ${buffer.byteLength} bytes, its header says ${strOff + 4 * (k + 1) + textLen}`);
  }
  const dec = new TextDecoder();
  const trace = JSON.parse(dec.decode(bytes.subarray(HEADER, HEADER + headLen)));

  const offsets = new Int32Array(buffer, strOff, k + 1);
  const text = dec.decode(bytes.subarray(strOff + 4 * (k + 1)));
  if (text.length !== units) throw new Error(`binary trace strings of ${text.length} UTF-16 units, its header says ${units}`);
  /** @type {string[]} */
  const strings = new Array(k);
  yield;
  for (let i = 0; i < k;) {
    const end = Math.min(k, i + slice);
    for (; i < end; i++) strings[i] = text.slice(offsets[i], offsets[i + 1]);
    yield;
  }

  off = evOff;
  const col = (/** @type {any} */ Type) => { const a = new Type(buffer, off, n); off += n * Type.BYTES_PER_ELEMENT; return a; };
  const t = col(Float64Array), task = col(Int32Array), kind = col(Int32Array), line = col(Int32Array),
    column = col(Int32Array), detail = col(Int32Array), related = col(Int32Array), stream = col(Uint8Array);
  /** @type {any[]} */
  const events = new Array(n);
  // Events at one position share one pos object (read-only, as every
  // reader treats it): a million events come from a few lines, and half
  // the objects the page would otherwise make, and later collect, are
  // their positions.
  /** @type {Map<number, {line: number, col?: number}>} */
  const positions = new Map();
  for (let i = 0; i < n;) {
    const end = Math.min(n, i + slice);
    for (; i < end; i++) {
      const key = line[i] * 0x100000 + column[i];
      let pos = positions.get(key);
      if (pos === undefined || pos.line !== line[i] || (pos.col || 0) !== column[i]) {
        pos = column[i] ? { line: line[i], col: column[i] } : { line: line[i] };
        positions.set(key, pos);
      }
      /** @type {any} */
      const e = { t: t[i], task: task[i], kind: strings[kind[i]], pos };
      if (detail[i]) e.detail = strings[detail[i]];
      e.related = related[i];
      if (stream[i]) e.stream = stream[i];
      events[i] = e;
    }
    yield;
  }

  off = spOff;
  const scol = (/** @type {any} */ Type) => { const a = new Type(buffer, off, m); off += m * Type.BYTES_PER_ELEMENT; return a; };
  const start = scol(Float64Array), end_ = scol(Float64Array), stask = scol(Int32Array), from = scol(Int32Array),
    to = scol(Int32Array), state = scol(Int32Array), on = scol(Int32Array), onTask = scol(Int32Array), event = scol(Int32Array);
  /** @type {any[]} */
  const spans = new Array(m);
  for (let i = 0; i < m;) {
    const end = Math.min(m, i + slice);
    for (; i < end; i++) {
      /** @type {any} */
      const s = { task: stask[i], start: start[i], end: end_[i], from: from[i], to: to[i], state: strings[state[i]] };
      if (on[i]) s.on = strings[on[i]];
      s.onTask = onTask[i];
      s.event = event[i];
      spans[i] = s;
    }
    yield;
  }
  trace.spans = spans;
  trace.events = events;
  return trace;
}

/**
 * Decodes a result at once.
 * @param {ArrayBuffer} buffer
 */
export function decodeTrace(buffer) {
  const g = decodeSteps(buffer, Infinity);
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

/**
 * A step of decodeSteps already taken (the header checked), and the rest
 * done in slices of at most about `budgetMs` of the page's time, yielding
 * to its event loop between them (through a MessageChannel, which neither
 * the 4 ms clamp of nested timers nor a hidden tab's timer throttling
 * delays).
 * @param {Generator<void, any, void>} steps @param {number} [budgetMs]
 * @returns {Promise<any>} the trace
 */
export function finishSteps(steps, budgetMs = 12) {
  const chan = new MessageChannel();
  return new Promise((resolve, reject) => {
    const run = () => {
      const t0 = performance.now();
      try {
        for (;;) {
          const r = steps.next();
          if (r.done) {
            chan.port1.close();
            resolve(r.value);
            return;
          }
          if (performance.now() - t0 >= budgetMs) break;
        }
      } catch (err) {
        chan.port1.close();
        reject(err);
        return;
      }
      chan.port2.postMessage(0);
    };
    chan.port1.onmessage = run;
    run();
  });
}
