// @ts-check
// The page's side of the run workers: starts a worker per engine, which
// fetches and compiles the engine's wasm module once, and turns runs into
// promises. This is the public `taskline.run` API (docs/JSAPI.md).
//
// There are two engines, each a module of its own: Python (taskline.wasm),
// which every page loads, and Go (taskline-go.wasm), twice its size and
// fetched only when a Go program is run. `Engines` routes each run to the
// Client of its language, creating it (and downloading its module) on first
// use; a page has at most one instance of each engine, each in its worker.
//
// The engine runs only in the worker, and the worker can die: the Go runtime
// can exit (out of memory), the wasm instance can trap (a RangeError when its
// stack overflows), or a run can stop answering (no Poll for a long time).
// The client notices each, resolves the run with what it printed so far and
// the cause in plain words, and starts a fresh worker, so the next run works.

import { OUTPUT_CAP, megabytes } from "./output.js";
import { decodeSteps, finishSteps } from "./tracebin.js";

/**
 * @typedef {{lang?: string, python?: string, maxSteps?: number, maxMemory?: number, traceLimit?: number, file?: string, seed?: number}} RunOptions
 * @typedef {{stdout: string, stderr: string, exitCode: number, trace: any, story: any, bytes?: Uint8Array}} RunResult
 *   story: the run's explanation (engine/explain), which the worker sends beside the trace's fields;
 *   bytes: the result as the worker sent it (trace and story in the binary form), when it is at most
 *   SAME_BYTES long, so that the page can tell a run that gave the very result it shows
 * @typedef {{maxMemory: number, maxSteps: number}} Limits
 * @typedef {{reason: string, message?: string, runtime?: string}} Failure
 */

/** How long a stopped run may take to hand back its partial trace before the
 * worker is terminated (an engine that never polls cannot be asked). */
export const STOP_GRACE_MS = 1500;

/** How long a run may go without a sign of life (the engine yields every
 * 25 ms while it runs, and once more before it encodes the trace) before the
 * engine is declared wedged and replaced. */
export const WEDGED_MS = 15_000;

/** The same for a Go run before the engine's first yield: type-checking a
 * Go program (go/types) takes seconds in WebAssembly, without a chance to
 * yield. */
export const WEDGED_GO_START_MS = 60_000;

/** The longest result whose bytes a RunResult keeps (bytes): a big trace's
 * would double what the page holds of it, and comparing it would cost. */
export const SAME_BYTES = 1 << 20;

/** The engine's budgets until the worker reports its own (sched.Default*). */
export const DEFAULT_LIMITS = { maxMemory: 512 << 20, maxSteps: 50_000_000 };

/**
 * A trace for a run that ended without one from the engine. It has no
 * outcome key: the engine computes that (trace.OutcomeKey).
 * @param {string} lang @param {{kind: string, exitCode: number, type: string, message: string}} how
 * @param {{stdout: string, stderr: string}} [printed]
 */
function syntheticTrace(lang, how, printed = { stdout: "", stderr: "" }) {
  return {
    version: 1, lang, runtime: "", file: lang === "go" ? "prog.go" : "main.py",
    tasks: [], spans: [], events: [],
    outcome: {
      kind: how.kind, exitCode: how.exitCode, stdout: printed.stdout, stderr: printed.stderr,
      error: { type: how.type, message: how.message, line: how.message, pos: { line: 0 }, task: -1 },
    },
  };
}

/** The trace of a run stopped before the engine could report. @param {string} lang @param {{stdout: string, stderr: string}} [printed] */
export function stoppedTrace(lang, printed) {
  const msg = "stopped before the engine could report (the output so far is kept, the timeline is not)";
  return syntheticTrace(lang, { kind: "stopped", exitCode: 130, type: "Stopped", message: msg }, printed);
}

/**
 * What happened to an engine that died, in plain words: a short phrase (for
 * a status line) and the whole story (for the alert).
 * @param {Failure} f @param {Limits} limits
 * @returns {{short: string, long: string}}
 */
export function failureWords(f, limits) {
  const runtime = f.runtime || "";
  const said = [f.message || "", runtime].join("\n");
  const restarted = " The output printed before is kept, and the engine has been restarted: you can run again.";
  if (f.reason === "wedged") {
    return { short: "the engine stopped answering", long: `The engine stopped answering: it gave no sign of life for ${WEDGED_MS / 1000} s, so it was stopped.` + restarted };
  }
  if (/out of memory/i.test(said)) {
    return { short: "the engine ran out of memory", long: `The program used more memory than the browser would give the engine (the program's budget is ${megabytes(limits.maxMemory)}), and the engine died.` + restarted };
  }
  if (/Maximum call stack size exceeded|stack overflow/i.test(said)) {
    return { short: "the engine's stack overflowed", long: "The engine's stack overflowed: the program nested too deeply (deep recursion, or a deeply nested value), and the engine died." + restarted };
  }
  const detail = (runtime.split("\n").find((l) => /fatal error|panic|error/i.test(l)) || f.message || "").trim();
  return { short: "the engine died", long: `The engine died unexpectedly${detail ? ` (${detail})` : ""}; this is a bug in Taskline.` + restarted };
}

/**
 * The trace of a run whose engine died: outcome "internal" (exit status 70)
 * with an error of type "EngineFailed" whose message is the short phrase and
 * whose line is the whole story.
 * @param {string} lang @param {{short: string, long: string}} words @param {{stdout: string, stderr: string}} printed
 */
export function failedTrace(lang, words, printed) {
  // As the engine reports its own internal errors: on stderr too, so that
  // every reader of the outcome sees why the run ended.
  const sep = printed.stderr && !printed.stderr.endsWith("\n") ? "\n" : "";
  const out = { stdout: printed.stdout, stderr: `${printed.stderr}${sep}taskline: ${words.long}\n` };
  const t = syntheticTrace(lang, { kind: "internal", exitCode: 70, type: "EngineFailed", message: words.short }, out);
  t.outcome.error.line = words.long;
  return t;
}

/** @param {any} trace @returns {RunResult} */
export function resultOf(trace) {
  const o = trace.outcome || {};
  return { stdout: o.stdout || "", stderr: o.stderr || "", exitCode: o.exitCode | 0, trace, story: trace.story || null };
}

/**
 * The run a result in the binary form holds, decoded in slices between which
 * the page stays free: the worker's answers, and the seed example's result
 * recorded when the site was built (web/tools/firstrun.go). steps is
 * decodeSteps(bin), its header already read when the caller has checked it.
 * @param {Generator<void, any, void>} steps @param {ArrayBuffer} bin
 * @returns {Promise<RunResult>}
 */
export async function resultFrom(steps, bin) {
  const r = resultOf(await finishSteps(steps));
  if (bin.byteLength <= SAME_BYTES) r.bytes = new Uint8Array(bin);
  return r;
}

/**
 * The output a run streamed so far, at most OUTPUT_CAP characters of it.
 */
class Printed {
  constructor() {
    /** @type {string[]} */ this.out = [];
    /** @type {string[]} */ this.err = [];
    this.size = 0;
  }

  /** @param {[number, string][]} chunks */
  add(chunks) {
    for (const [stream, text] of chunks) {
      if (this.size >= OUTPUT_CAP) return;
      const t = text.length > OUTPUT_CAP - this.size ? text.slice(0, OUTPUT_CAP - this.size) : text;
      this.size += t.length;
      (stream === 2 ? this.err : this.out).push(t);
    }
  }

  get() { return { stdout: this.out.join(""), stderr: this.err.join("") }; }
}

/**
 * @typedef {{resolve: (r: RunResult) => void, lang: string, source: string, options: RunOptions,
 *   timer?: any, printed: Printed, sent: boolean, started: boolean, polled: boolean, last: number}} Run
 */

export class Client {
  /** @param {{wasmURL: string, workerURL: string}} urls */
  constructor(urls) {
    this.urls = urls;
    /** @type {WebAssembly.Module|null} the engine, compiled by the first worker; a replacement starts from it */
    this.module = null;
    /** @type {Worker|null} */
    this.worker = null;
    /** @type {Promise<string[]>|null} */
    this.ready = null;
    this.up = false;
    /** @type {Limits} the engine's default budgets, as the worker reports them */
    this.limits = { ...DEFAULT_LIMITS };
    this.nextID = 1;
    /** @type {Map<number, Run>} */
    this.runs = new Map();
    /** @type {any} */
    this.watchdog = 0;
    this.lastCheck = 0;
    /** @type {Map<number, (r: {checks: any[], errors: string[]}) => void>} */
    this.checks = new Map();
  }

  /** Whether the engine has started and answered (its module is loaded). */
  get loaded() { return this.up; }

  /**
   * Parses the checks of an exercise (the syntax of a lesson's ```checks
   * block) with the engine's own parser, in the worker. Only the Python
   * module has it.
   * @param {string} text @returns {Promise<{checks: any[], errors: string[]}>}
   */
  async parseChecks(text) {
    await this.start();
    const id = this.nextID++;
    return new Promise((resolve) => {
      this.checks.set(id, resolve);
      this.worker?.postMessage({ type: "checks", id, text });
    });
  }

  /** Starts the worker (idempotent). @returns {Promise<string[]>} the languages it runs */
  start() {
    if (this.ready) return this.ready;
    // The first worker, named after the module's address, fetches and
    // compiles it itself, off the page's main thread, and hands it back; a
    // replacement is sent it compiled. The address is resolved here, against
    // the page: a worker started from a blob (an embed on another site) has
    // no address of its own.
    const url = typeof location === "object" ? new URL(this.urls.wasmURL, location.href).href : this.urls.wasmURL;
    this.ready = new Promise((resolve, reject) => {
      const w = new Worker(this.urls.workerURL, this.module ? {} : { name: url });
      this.worker = w;
      this.up = false;
      let up = false;
      w.onmessage = (e) => {
        if (this.worker !== w) return; // a replaced worker's last words
        const m = e.data;
        if (m.type === "ready") {
          up = true;
          this.up = true;
          if (m.limits) this.limits = { ...this.limits, ...m.limits };
          resolve(m.languages || []);
        } else if (m.type === "module") {
          this.module = m.module;
        } else if (m.type === "error" && m.id === undefined) {
          w.terminate();
          this.worker = null;
          reject(new Error(m.message));
        } else if (m.type === "start" || m.type === "progress") {
          const r = this.runs.get(m.id);
          if (!r) return;
          r.started = true;
          r.polled = m.type === "progress";
          r.last = Date.now();
          if (m.output) r.printed.add(m.output);
        } else if (m.type === "done") {
          this.done(m);
        } else if (m.type === "checks") {
          const c = this.checks.get(m.id);
          this.checks.delete(m.id);
          if (c) c(m.result);
        } else if (m.type === "failed") {
          if (up) this.failed(m);
          else reject(new Error(failureWords(m, this.limits).long));
        }
      };
      w.onerror = (e) => {
        if (this.worker !== w) return;
        e.preventDefault();
        if (up) this.failed({ reason: "trap", message: e.message || "the worker failed" });
        else reject(new Error(e.message || "the worker failed"));
      };
      if (this.module) w.postMessage({ type: "init", module: this.module });
    });
    return this.ready;
  }

  /**
   * A run's answer from the worker: the trace in its binary form, or null
   * for a run stopped before it started (a test's stand-in worker may send
   * a trace object). Bytes that are not a trace mean the engine is broken:
   * the run fails as when the engine dies, and the worker is replaced.
   * Otherwise the run is over for the worker, which goes on to the next;
   * the trace is decoded in slices between which the page stays free
   * (tracebin.js), and the run resolves when it is whole.
   * @param {{id: number, bin?: ArrayBuffer, trace?: any}} m
   */
  done(m) {
    if (!(m.bin instanceof ArrayBuffer)) {
      this.finish(m.id, m.trace);
      return;
    }
    const steps = decodeSteps(m.bin);
    try {
      steps.next(); // the header and the JSON head
    } catch (err) {
      this.failed({ id: m.id, reason: "trap", message: `the engine sent back something that is not a trace: ${err}` });
      return;
    }
    const r = this.take(m.id);
    if (!r) return;
    resultFrom(steps, m.bin).then((res) => r.resolve(res), (err) => {
      const words = failureWords({ reason: "trap", message: `the engine sent back a trace this page cannot read: ${err}` }, this.limits);
      r.resolve(resultOf(failedTrace(r.lang, words, r.printed.get())));
    });
  }

  /** Takes a run out of those in progress. @param {number} id @returns {Run|null} */
  take(id) {
    const r = this.runs.get(id);
    if (!r) return null;
    this.runs.delete(id);
    clearTimeout(r.timer);
    if (!this.runs.size) this.idle();
    return r;
  }

  /** @param {number} id @param {any} trace */
  finish(id, trace) {
    const r = this.take(id);
    if (r) r.resolve(resultOf(trace || stoppedTrace(r.lang, r.printed.get())));
  }

  /**
   * Runs a program. Runs are queued: the worker runs one at a time.
   * @param {string} source @param {RunOptions} [options]
   * @returns {Promise<RunResult>}
   */
  async run(source, options = {}) {
    // The run exists from now on, so that a Stop while the engine is still
    // starting ends it rather than being lost.
    const id = this.nextID++;
    const lang = options.lang || "python";
    const opts = { ...options, lang };
    /** @type {Promise<RunResult>} */
    const done = new Promise((resolve) => {
      this.runs.set(id, { resolve, lang, source, options: opts, printed: new Printed(), sent: false, started: false, polled: false, last: 0 });
    });
    try {
      await this.start();
    } catch (err) {
      this.runs.delete(id);
      throw err;
    }
    if (this.runs.has(id)) {
      this.send(id);
      this.watch();
    }
    return done;
  }

  /** @param {number} id */
  send(id) {
    const r = this.runs.get(id);
    if (!r || !this.worker) return;
    r.sent = true;
    this.worker.postMessage({ type: "run", id, source: r.source, options: r.options, keep: OUTPUT_CAP });
  }

  /** The id of the newest run still going, or 0. */
  current() {
    let id = 0;
    for (const k of this.runs.keys()) id = Math.max(id, k);
    return id;
  }

  /**
   * The output the newest run has streamed so far, so that a page can show
   * it the moment the user presses Stop, before the trace arrives.
   * @returns {{stdout: string, stderr: string}}
   */
  printedSoFar() {
    const r = this.runs.get(this.current());
    return r ? r.printed.get() : { stdout: "", stderr: "" };
  }

  /**
   * Stops every run in progress; each resolves with outcome "stopped" and
   * whatever output and trace it had. If the worker does not answer within
   * STOP_GRACE_MS it is replaced, and the run resolves with the output it
   * streamed but no timeline.
   */
  stop() {
    for (const [id, r] of this.runs) {
      if (!r.sent) { // not yet handed to the engine: nothing to wait for
        this.finish(id, stoppedTrace(r.lang, r.printed.get()));
        continue;
      }
      this.worker?.postMessage({ type: "stop", id });
      if (!r.timer) r.timer = setTimeout(() => this.kill(), STOP_GRACE_MS);
    }
  }

  /**
   * Terminates the worker: runs being stopped end as stopped, runs queued
   * behind them are sent again to a fresh worker.
   */
  kill() {
    this.replace((id, r) => (r.timer ? stoppedTrace(r.lang, r.printed.get()) : null));
  }

  /**
   * The engine died or stopped answering: the run it was on ends with the
   * output it printed and the cause in plain words; the others go to a fresh
   * worker.
   * @param {Failure & {id?: number}} f
   */
  failed(f) {
    const words = failureWords(f, this.limits);
    let id = f.id;
    if (id === undefined) for (const [k, r] of this.runs) if (r.started) { id = k; break; }
    this.replace((k, r) => (k === id ? failedTrace(r.lang, words, r.printed.get()) : r.timer ? stoppedTrace(r.lang, r.printed.get()) : null));
  }

  /**
   * Replaces the worker. `end` gives the trace to end a run with, or null to
   * send it again to the fresh worker.
   * @param {(id: number, r: Run) => any} end
   */
  replace(end) {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    const again = [];
    for (const [id, r] of [...this.runs]) {
      const t = end(id, r);
      if (t) this.finish(id, t);
      else {
        r.sent = r.started = r.polled = false;
        again.push(id);
      }
    }
    // A fresh engine at once, so that the next run does not wait for it.
    this.start().then(() => { for (const id of again) this.send(id); }, (err) => {
      for (const id of again) {
        const r = this.runs.get(id);
        if (r) this.finish(id, failedTrace(r.lang, { short: "the engine could not be restarted", long: `The engine could not be restarted: ${err.message}` }, r.printed.get()));
      }
    });
  }

  /** Watches the run in progress for signs of life while there are runs. */
  watch() {
    if (this.watchdog) return;
    this.lastCheck = Date.now();
    this.watchdog = setInterval(() => this.check(), 1000);
  }

  idle() {
    clearInterval(this.watchdog);
    this.watchdog = 0;
  }

  check() {
    const now = Date.now();
    // If this page was itself too busy to check for a while, the worker's
    // messages may be waiting unread: judge at the next check instead.
    const late = now - this.lastCheck > 2500;
    this.lastCheck = now;
    if (late) return;
    for (const [id, r] of this.runs) {
      if (r.started && now - r.last > (r.polled || r.lang !== "go" ? WEDGED_MS : WEDGED_GO_START_MS)) {
        this.failed({ id, reason: "wedged" });
        return;
      }
    }
  }
}

/** The language of a run's options: Python unless it says Go. @param {RunOptions} [o] */
const langOf = (o) => (o && o.lang === "go" ? "go" : "python");

/**
 * One Client per engine, created on first use: the Python engine for
 * Python runs and the checks parser, the Go engine for Go runs. Its
 * methods are those of a Client, for whichever engines exist.
 */
export class Engines {
  /** @param {{workerURL: string, python: string, go: string}} urls the worker script and each engine's module */
  constructor(urls) {
    this.urls = urls;
    /** @type {Record<string, Client>} */
    this.clients = {};
  }

  /** The engine of a language, created on first call. @param {string} lang */
  engine(lang) {
    const l = lang === "go" ? "go" : "python";
    if (!this.clients[l]) {
      this.clients[l] = new Client({ wasmURL: l === "go" ? this.urls.go : this.urls.python, workerURL: this.urls.workerURL });
    }
    return this.clients[l];
  }

  /** Whether the engine of lang is loaded and answering. @param {string} lang */
  loaded(lang) {
    const c = this.clients[lang === "go" ? "go" : "python"];
    return !!c && c.loaded;
  }

  /** Starts the engine of lang (Python by default). @param {string} [lang] */
  start(lang = "python") { return this.engine(lang).start(); }

  /** Runs a program on the engine of its language. @param {string} source @param {RunOptions} [options] */
  run(source, options = {}) { return this.engine(langOf(options)).run(source, options); }

  /** @param {string} text */
  parseChecks(text) { return this.engine("python").parseChecks(text); }

  /** The engine's default budgets (both engines share them). */
  get limits() { return (this.clients.python || this.clients.go || { limits: DEFAULT_LIMITS }).limits; }

  stop() { for (const c of Object.values(this.clients)) c.stop(); }

  /** Whether a run is going on any engine: the newest run's engine's id, or 0. */
  current() {
    for (const c of Object.values(this.clients)) { const id = c.current(); if (id) return id; }
    return 0;
  }

  printedSoFar() {
    for (const c of Object.values(this.clients)) if (c.current()) return c.printedSoFar();
    return { stdout: "", stderr: "" };
  }
}
