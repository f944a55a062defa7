// @ts-check
// The reader of the trace's binary form, in which the worker hands the page
// each run's result (engine/trace/binary.go writes it; docs/TRACE.md gives
// the layout). The head is JSON: the trace's tasks and outcome, the story.
// The events and spans are columns, read here as typed arrays over the
// bytes received and attached to the trace as they are
// (timeline/columns.js): the page's readers walk the columns, and the
// JSON form's objects ({t, task, kind, pos, detail?, related, stream?} and
// so on, what JSON.parse of `taskline run --trace` would give) are made
// only when something reads `trace.events` or `trace.spans`. What is left
// in proportion to the trace, its strings and a check of the string
// indices, decodeSteps does in slices and finishSteps yields to the page
// between them: the page keeps answering while a big trace arrives.

import { attachColumns } from "./timeline/columns.js";

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
 * next() does one slice, and the last returns the trace. The header (the
 * magic, the version, the sizes) is checked in the first next(), so a
 * buffer that is not a trace of this version throws there; a later step
 * throws only for a trace whose head or strings are damaged.
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
  // The head (ten thousand tasks are a couple of megabytes of JSON) and
  // the strings' text are a step each: the first step is the header alone,
  // which the client takes at once to tell a trace from something else.
  yield;
  const dec = new TextDecoder();
  const trace = JSON.parse(dec.decode(bytes.subarray(HEADER, HEADER + headLen)));
  yield;
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
  const col = (/** @type {any} */ Type, /** @type {number} */ len) => { const a = new Type(buffer, off, len); off += len * Type.BYTES_PER_ELEMENT; return a; };
  const t = col(Float64Array, n), task = col(Int32Array, n), kind = col(Int32Array, n), line = col(Int32Array, n),
    column = col(Int32Array, n), detail = col(Int32Array, n), related = col(Int32Array, n), stream = col(Uint8Array, n);
  off = spOff;
  const start = col(Float64Array, m), end = col(Float64Array, m), stask = col(Int32Array, m), from = col(Int32Array, m),
    to = col(Int32Array, m), state = col(Int32Array, m), on = col(Int32Array, m), onTask = col(Int32Array, m), event = col(Int32Array, m);
  // A string index out of the table would read as undefined far from here.
  for (const [name, a, len] of /** @type {[string, Int32Array, number][]} */ ([["kind", kind, n], ["detail", detail, n], ["state", state, m], ["on", on, m]])) {
    for (let i = 0; i < len;) {
      const stop = Math.min(len, i + slice * 16);
      for (; i < stop; i++) if (a[i] >>> 0 >= k) throw new Error(`binary trace: ${name} of record ${i} is string ${a[i]}, of ${k}`);
      yield;
    }
  }
  attachColumns(trace, { n, t, task, kind, line, col: column, detail, related, stream, m, start, end, stask, from, to, state, on, onTask, event, strings });
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
 * Runs steps (the rest of a decodeSteps whose first step, the header, was
 * taken; a Model.steps) in slices of at most about `budgetMs` of the
 * page's time, yielding to its event loop between them (through a
 * MessageChannel, which neither the 4 ms clamp of nested timers nor a
 * hidden tab's timer throttling delays).
 * @template T
 * @param {Generator<void, T, void>} steps @param {number} [budgetMs]
 * @returns {Promise<T>} what the last step returns
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
