// Taskline's run worker (a classic worker script, not a module: wasm_exec.js
// is a classic script). It runs one engine (the Python module, or the Go
// module in a worker of its own), here and only here, so the page never
// freezes and holds no copy of the engine.
//
// A worker whose name is the address of the engine's wasm module
// (new Worker(url, {name: wasmURL})) fetches and compiles it at its first
// line, streaming, and posts the compiled module to the page; a replacement
// worker is started nameless and sent that module (init), so it neither
// fetches nor compiles again. The address comes with the name rather than a
// message because the browser forwards messages posted to a worker that has
// not yet run its script only when the page's main thread is free, and
// while a page loads its scripts it is not: the download would wait for
// them.
//
// Messages in:  {type: "init", module}                     start from a compiled module
//               {type: "run", id, source, options, keep}   keep: output characters to forward
//               {type: "stop", id}
//               {type: "checks", id, text}                 parse exercise checks (Python module)
// Messages out: {type: "module", module}                  the compiled module (a named worker)
//               {type: "ready", languages, limits}
//               {type: "checks", id, result}               {checks, errors}
//               {type: "start", id}                        the run began
//               {type: "progress", id, output}             every ~25 ms of engine time:
//                                                          [[stream, text], ...] printed since
//               {type: "done", id, bin}                    the trace (with the story) in its binary
//                                                          form (engine/trace/binary.go), an
//                                                          ArrayBuffer transferred, not copied: a
//                                                          million events are about 70 MB of typed
//                                                          arrays, read by web/src/tracebin.js
//               {type: "done", id, trace: null}            a queued run stopped before it started
//               {type: "failed", id?, reason, message, runtime}
//                                                          the engine died: reason "exit" (the Go
//                                                          runtime ended, e.g. out of memory) or
//                                                          "trap" (an uncaught error, e.g. a
//                                                          RangeError); runtime is the start of what
//                                                          the Go runtime wrote. The worker is
//                                                          useless afterwards; the page replaces it.
//               {type: "error", message}                   the engine could not start
//
// Stop works without shared memory: the Go side yields to this worker's event
// loop every ~25 ms (tasklineYield), which lets the "stop" message land and
// flip the flag that tasklineStopRequested reports; the engine then ends the
// run with outcome "stopped", keeping its partial output and trace.
/* global Go, fs, tasklineRun, tasklineLanguages, tasklineLimits, tasklineParseChecks */
"use strict";

/**
 * Fetches and compiles the engine's module, streaming when the server says
 * it is wasm, and posts it to the page.
 * @param {string} url
 */
async function compile(url) {
  const t0 = performance.now();
  const resp = await fetch(url);
  if (!resp.ok) throw new Error(`${url}: ${resp.status} ${resp.statusText}`);
  const module = WebAssembly.compileStreaming && (resp.headers.get("content-type") || "").startsWith("application/wasm")
    ? await WebAssembly.compileStreaming(resp)
    : await WebAssembly.compile(await resp.arrayBuffer());
  performance.measure("taskline: fetch and compile the engine", { start: t0 });
  self.postMessage({ type: "module", module });
  return module;
}

// Before loading Go's glue (a blocking fetch), so that both downloads overlap.
const compiling = self.name ? compile(self.name) : null;

self.importScripts("wasm_exec.js");

// The Go runtime writes a fatal error ("fatal error: out of memory", then
// every goroutine's stack) through wasm_exec.js's fs.writeSync before it
// exits; keep the first few kB written during a run, so the page can say
// what happened. (A program's own output never goes this way.)
let runtimeSaid = "";
{
  const write = fs.writeSync.bind(fs);
  const dec = new TextDecoder();
  fs.writeSync = (fd, buf) => {
    if (runtimeSaid.length < 2048) runtimeSaid += dec.decode(buf, { stream: true });
    return write(fd, buf);
  };
}

let stopID = -1;
let currentID = -1;
self.tasklineStopRequested = () => stopID === currentID;

// Output of the current run not yet posted, and how much more may be
// forwarded: the page shows a bounded amount, so the rest stays here (the
// final trace still carries all of it).
/** @type {[number, string][]} */
let outBuf = [];
let outLeft = 0;
self.tasklineOutput = (stream, text) => {
  if (outLeft <= 0) return;
  const t = text.length > outLeft ? text.slice(0, outLeft) : text;
  outLeft -= text.length;
  outBuf.push([stream, t]);
};

function postProgress() {
  if (currentID < 0) return;
  self.postMessage({ type: "progress", id: currentID, output: outBuf });
  outBuf = [];
}

// A MessageChannel callback runs as soon as the event loop is free, without
// the 4 ms clamp of nested timers. Each yield is also the run's sign of life
// to the page.
const pending = [];
const chan = new MessageChannel();
chan.port1.onmessage = () => {
  const cb = pending.shift();
  if (cb) cb();
};
self.tasklineYield = (cb) => {
  postProgress();
  pending.push(cb);
  chan.port2.postMessage(0);
};

let failed = false;
/** Reports a dead engine once. @param {string} reason @param {string} message */
function fail(reason, message) {
  if (failed) return;
  failed = true;
  postProgress();
  self.postMessage({ type: "failed", id: currentID >= 0 ? currentID : undefined, reason, message, runtime: runtimeSaid.trim() });
}
// An uncaught error here is a trap inside the Go instance (a RangeError when
// the wasm stack overflows, a RuntimeError) or a bug in this script; either
// way the instance cannot be trusted any more.
self.addEventListener("error", (e) => {
  fail("trap", e.message || String(e.error));
  e.preventDefault();
});
self.addEventListener("unhandledrejection", (e) => {
  fail("trap", String((e.reason && e.reason.message) || e.reason));
  e.preventDefault();
});

/** @type {Promise<void>|null} */
let ready = null;
let started = false;
const queue = [];

/** @param {WebAssembly.Module|Promise<WebAssembly.Module>} module */
function start(module) {
  ready = Promise.resolve(module).then((module) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    self.tasklineReady = () => {
      performance.measure("taskline: start the engine (instantiate, Go's package init)", { start: t0 });
      started = true;
      resolve();
    };
    const go = new Go();
    let exitCode = -1;
    go.exit = (code) => { exitCode = code; };
    WebAssembly.instantiate(module, go.importObject).then((inst) => {
      // The Go program never returns by itself: an exit is the runtime
      // giving up (out of memory, a fatal error). Before it was ready that
      // fails the start; afterwards it is a dead engine.
      go.run(inst).then(() => {
        if (started) fail("exit", `the Go runtime exited with status ${exitCode}`);
        else reject(new Error("the wasm module exited: " + (runtimeSaid.trim() || "no message")));
      }, (err) => {
        if (started) fail("trap", String(err && err.message || err));
        else reject(err);
      });
    }, reject);
  }));
  ready.then(
    () => self.postMessage({ type: "ready", languages: tasklineLanguages(), limits: tasklineLimits() }),
    (err) => self.postMessage({ type: "error", message: String(err && err.message || err) }),
  );
}

function next() {
  if (failed || currentID >= 0 || queue.length === 0) return;
  const m = queue.shift();
  currentID = m.id;
  outBuf = [];
  runtimeSaid = "";
  outLeft = typeof m.keep === "number" ? m.keep : Infinity;
  self.postMessage({ type: "start", id: m.id });
  // Called from Go: it must not throw, or the Go side would panic.
  tasklineRun(m.source, m.options || {}, (/** @type {Uint8Array} */ bin) => {
    try {
      outBuf = [];
      currentID = -1;
      self.postMessage({ type: "done", id: m.id, bin: bin.buffer }, [bin.buffer]);
      // The next run, if one is queued, once Go has returned (it is still
      // in this call); a timer costs the worker a little even when there is
      // nothing to run, which is nearly always.
      if (queue.length) setTimeout(next, 0);
    } catch (err) {
      fail("trap", String(err && err.message || err));
    }
  });
}

self.onmessage = (e) => {
  const m = e.data;
  if (m.type === "init") start(m.module);
  else if (m.type === "run") {
    queue.push(m);
    if (!ready) return;
    ready.then(next, () => {});
  } else if (m.type === "checks") {
    if (!ready) return;
    ready.then(() => {
      const result = typeof tasklineParseChecks === "function" ? JSON.parse(tasklineParseChecks(m.text)) : { checks: [], errors: ["this engine has no checks parser"] };
      self.postMessage({ type: "checks", id: m.id, result });
    }, () => {});
  } else if (m.type === "stop") {
    stopID = m.id;
    // A run still queued is dropped rather than started.
    const i = queue.findIndex((q) => q.id === m.id);
    if (i >= 0) {
      queue.splice(i, 1);
      self.postMessage({ type: "done", id: m.id, trace: null });
    }
  }
};

if (compiling) start(compiling);
