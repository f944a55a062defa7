// @ts-check
// The Output region and the error alert, drawn on the main thread with text
// nodes only (program output is never parsed as HTML). The engine runs only
// in the worker; this module is what the page and the embeds use to show
// what it sent back.
//
// Output is built in time linear in its size (pieces are collected and
// joined once, never concatenated one onto another), and at most OUTPUT_CAP
// characters of it are put into the page: past that the region ends with a
// note saying the output was cut, while the run itself goes on and
// taskline.run() still returns all of it.

import { columns, codes } from "./timeline/columns.js";
import { KINDS, PRINT } from "./timeline/model.js";

/** The most output the page shows, in characters (UTF-16 code units): 1 MiB. */
export const OUTPUT_CAP = 1 << 20;

/** The note ending output cut at OUTPUT_CAP. @param {number} total characters the run printed */
export function cutNote(total) {
  return `output cut at 1 MB; the run went on (${formatSize(total)} printed in all)`;
}

/** @param {number} n characters */
export function formatSize(n) {
  if (n < 1000) return `${n} characters`;
  if (n < 1e6) return `${(n / 1e3).toFixed(n < 1e4 ? 1 : 0)} kB`;
  return `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} MB`;
}

/** @param {number} bytes */
export function megabytes(bytes) {
  return `${Math.round(bytes / (1 << 20))} MB`;
}

/**
 * Whether the run ended because it passed its memory budget: the engine then
 * ends it as the real runtime would, with a bare Python MemoryError or Go's
 * "fatal error: runtime: out of memory".
 * @param {any} o the outcome
 */
export function memoryLimitHit(o) {
  const e = o && o.error;
  if (!e) return false;
  return (e.type === "MemoryError" && !e.message) || /^fatal error: (runtime: )?out of memory/.test(e.line || "");
}

/**
 * How a run ended, in a few plain words for a status line.
 * @param {any} outcome @param {{maxMemory: number}} limits the budget the run had
 */
export function outcomeWords(outcome, limits) {
  const o = outcome || {};
  if (o.kind === "ok") return "done";
  if (o.error && o.error.type === "EngineFailed") return o.error.message;
  if (memoryLimitHit(o)) return `the program used more than ${megabytes(limits.maxMemory)}`;
  if (o.kind === "step-limit") return "the step budget ran out";
  return o.kind || "ended";
}

/**
 * @typedef {{stream: number, text: string}} Chunk  stream 1 stdout, 2 stderr
 */

/**
 * Merges consecutive prints of one stream, then appends what the outcome's
 * stdout and stderr hold beyond the prints: a final traceback the runtime
 * writes to stderr, output past the trace's event cap, or the message of a run
 * that never started. A stream whose prints are not a prefix of the outcome's
 * text (which the engine should not produce) keeps just its prints.
 * @param {Chunk[]} prints @param {string} stdout @param {string} stderr
 * @returns {Chunk[]}
 */
export function outputChunks(prints, stdout, stderr) {
  /** @type {{stream: number, parts: string[]}[]} */
  const runs = [];
  /** @param {number} stream @param {string} text */
  const add = (stream, text) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && last.stream === stream) last.parts.push(text);
    else runs.push({ stream, parts: [text] });
  };
  /** @type {Record<number, string[]>} */
  const seen = { 1: [], 2: [] };
  for (const p of prints) {
    const s = p.stream === 2 ? 2 : 1;
    seen[s].push(p.text);
    add(s, p.text);
  }
  for (const [s, full] of /** @type {[number, string][]} */ ([[1, stdout], [2, stderr]])) {
    const printed = seen[s].join("");
    if (full.startsWith(printed)) add(s, full.slice(printed.length));
  }
  return runs.map((r) => ({ stream: r.stream, text: r.parts.join("") }));
}

/**
 * Keeps the first `cap` characters of the chunks.
 * @param {Chunk[]} chunks @param {number} cap
 * @returns {{chunks: Chunk[], total: number, cut: boolean}}
 */
export function capChunks(chunks, cap) {
  let total = 0;
  for (const c of chunks) total += c.text.length;
  if (total <= cap) return { chunks, total, cut: false };
  /** @type {Chunk[]} */
  const out = [];
  let left = cap;
  for (const c of chunks) {
    if (left <= 0) break;
    out.push(c.text.length <= left ? c : { stream: c.stream, text: c.text.slice(0, left) });
    left -= c.text.length;
  }
  return { chunks: out, total, cut: true };
}

/**
 * The print events of a trace, in order.
 * @param {any} trace @returns {Chunk[]}
 */
export function printsOf(trace) {
  /** @type {Chunk[]} */
  const prints = [];
  // The kinds' codes are the timeline's, worked out once per trace.
  const c = columns(trace), kc = codes(c, c.kind, KINDS);
  for (let i = 0; i < c.n; i++) if (kc[c.kind[i]] === PRINT) prints.push({ stream: c.stream[i] === 2 ? 2 : 1, text: c.strings[c.detail[i]] });
  return prints;
}

/**
 * Writes a run's output into `pre`: stdout and stderr in the order they were
 * printed, each run of one stream a span of class "stdout" or "stderr";
 * output past `cap` is left out and a span of class "cut" says so.
 * @param {HTMLElement} pre @param {any} trace @param {number} [cap]
 * @returns {{total: number, cut: boolean}}
 */
export function renderOutput(pre, trace, cap = OUTPUT_CAP) {
  return renderPrints(pre, printsOf(trace), trace.outcome || {}, cap);
}

/**
 * renderOutput for prints and an outcome given apart (the page leaves out
 * the print that holds the uncaught error, which the alert shows).
 * @param {HTMLElement} pre @param {Chunk[]} prints @param {any} o the outcome
 * @param {number} [cap]
 * @returns {{total: number, cut: boolean}}
 */
export function renderPrints(pre, prints, o, cap = OUTPUT_CAP) {
  const all = outputChunks(prints, o.stdout || "", o.stderr || "");
  const { chunks, total, cut } = capChunks(all, cap);
  // Running a program again mostly prints what it printed before: then the
  // region is left as it is, since replacing its nodes with equal ones
  // makes the browser lay out and shape the text all over again.
  const was = shownOutput.get(pre);
  if (was && was.total === total && was.cut === cut && sameChunks(was.chunks, chunks) && pre.childNodes.length === was.nodes) return { total, cut };
  const doc = pre.ownerDocument;
  const spans = chunks.map((c) => {
    const span = doc.createElement("span");
    span.className = c.stream === 2 ? "stderr" : "stdout";
    span.textContent = c.text;
    return span;
  });
  if (cut) {
    const note = doc.createElement("span");
    note.className = "cut";
    const last = chunks[chunks.length - 1];
    note.textContent = (last && !last.text.endsWith("\n") ? "\n" : "") + `[${cutNote(total)}]\n`;
    spans.push(note);
  }
  pre.replaceChildren(...spans);
  shownOutput.set(pre, { chunks, total, cut, nodes: spans.length });
  return { total, cut };
}

/**
 * What renderPrints last put into each element (its node count too, so
 * that a region someone else emptied is filled again).
 * @type {WeakMap<HTMLElement, {chunks: Chunk[], total: number, cut: boolean, nodes: number}>}
 */
const shownOutput = new WeakMap();

/** @param {Chunk[]} a @param {Chunk[]} b */
function sameChunks(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].stream !== b[i].stream || a[i].text !== b[i].text) return false;
  return true;
}
