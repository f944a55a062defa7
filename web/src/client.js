// @ts-check
// The page's side of the run worker: compiles the wasm module once, starts
// the worker with it, and turns runs into promises. This is the public
// `taskline.run` API (docs/JSAPI.md).

/**
 * @typedef {{lang?: string, python?: string, maxSteps?: number, file?: string, seed?: number}} RunOptions
 * @typedef {{stdout: string, stderr: string, exitCode: number, trace: any, story: any}} RunResult
 *   story: the run's explanation (engine/explain), which the worker sends beside the trace's fields
 */

/** How long a stopped run may take to hand back its partial trace before the
 * worker is terminated (an engine that never polls cannot be asked). */
export const STOP_GRACE_MS = 1500;

/** The trace of a run stopped before the engine could report. @param {string} lang */
export function stoppedTrace(lang) {
  const msg = "stopped before the engine could report (no partial trace)";
  return {
    version: 1, lang, runtime: "", file: lang === "go" ? "prog.go" : "main.py",
    tasks: [], spans: [], events: [],
    outcome: { kind: "stopped", exitCode: 130, stdout: "", stderr: "", error: { type: "Stopped", message: msg, line: msg, pos: { line: 0 }, task: -1 } },
  };
}

/** @param {any} trace @returns {RunResult} */
export function resultOf(trace) {
  const o = trace.outcome || {};
  return { stdout: o.stdout || "", stderr: o.stderr || "", exitCode: o.exitCode | 0, trace, story: trace.story || null };
}

export class Client {
  /** @param {{wasmURL: string, workerURL: string}} urls */
  constructor(urls) {
    this.urls = urls;
    /** @type {Promise<WebAssembly.Module>|null} */
    this.module = null;
    /** @type {Worker|null} */
    this.worker = null;
    /** @type {Promise<string[]>|null} */
    this.ready = null;
    this.nextID = 1;
    /** @type {Map<number, {resolve: (r: RunResult) => void, lang: string, source: string, options: RunOptions, timer?: any}>} */
    this.runs = new Map();
  }

  /** Starts compiling the module (idempotent). @returns {Promise<WebAssembly.Module>} */
  compile() {
    if (!this.module) {
      const url = this.urls.wasmURL;
      this.module = (async () => {
        const resp = await fetch(url);
        if (!resp.ok) throw new Error(`${url}: ${resp.status} ${resp.statusText}`);
        if (WebAssembly.compileStreaming && (resp.headers.get("content-type") || "").startsWith("application/wasm")) {
          return WebAssembly.compileStreaming(resp);
        }
        return WebAssembly.compile(await resp.arrayBuffer());
      })();
    }
    return this.module;
  }

  /** Starts the worker (idempotent). @returns {Promise<string[]>} the languages it runs */
  start() {
    if (this.ready) return this.ready;
    this.ready = this.compile().then((module) => new Promise((resolve, reject) => {
      const w = new Worker(this.urls.workerURL);
      this.worker = w;
      w.onmessage = (e) => {
        const m = e.data;
        if (m.type === "ready") resolve(m.languages || []);
        else if (m.type === "error" && m.id === undefined) reject(new Error(m.message));
        else if (m.type === "done" || m.type === "error") this.finish(m.id, m.trace);
      };
      w.onerror = (e) => reject(new Error(e.message || "worker failed"));
      w.postMessage({ type: "init", module });
    }));
    return this.ready;
  }

  /** @param {number} id @param {any} trace */
  finish(id, trace) {
    const r = this.runs.get(id);
    if (!r) return;
    this.runs.delete(id);
    clearTimeout(r.timer);
    r.resolve(resultOf(trace || stoppedTrace(r.lang)));
  }

  /**
   * Runs a program. Runs are queued: the worker runs one at a time.
   * @param {string} source @param {RunOptions} [options]
   * @returns {Promise<RunResult>}
   */
  async run(source, options = {}) {
    await this.start();
    const id = this.nextID++;
    const lang = options.lang || "python";
    return new Promise((resolve) => {
      const opts = { ...options, lang };
      this.runs.set(id, { resolve, lang, source, options: opts });
      this.worker?.postMessage({ type: "run", id, source, options: opts });
    });
  }

  /** The id of the newest run still going, or 0. */
  current() {
    let id = 0;
    for (const k of this.runs.keys()) id = Math.max(id, k);
    return id;
  }

  /**
   * Stops every run in progress; each resolves with outcome "stopped" and
   * whatever output and trace it had. If the worker does not answer within
   * STOP_GRACE_MS it is replaced, and the run resolves without a trace.
   */
  stop() {
    for (const [id, r] of this.runs) {
      this.worker?.postMessage({ type: "stop", id });
      if (!r.timer) r.timer = setTimeout(() => this.kill(), STOP_GRACE_MS);
    }
  }

  /**
   * Terminates the worker: runs being stopped end as stopped, runs queued
   * behind them are sent again to a fresh worker.
   */
  kill() {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    const again = [];
    for (const [id, r] of [...this.runs]) {
      if (r.timer) this.finish(id, null);
      else again.push(id);
    }
    this.start().then(() => {
      for (const id of again) {
        const r = this.runs.get(id);
        if (r) this.worker?.postMessage({ type: "run", id, source: r.source, options: r.options });
      }
    }, () => {});
  }
}
