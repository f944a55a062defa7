// Taskline's run worker (a classic worker script, not a module: wasm_exec.js
// is a classic script). The page posts it the compiled wasm module once, then
// one message per run; the engine runs here so the page never freezes.
//
// Messages in:  {type: "init", module} · {type: "run", id, source, options} · {type: "stop", id}
// Messages out: {type: "ready", languages} · {type: "done", id, trace} · {type: "error", message}
//
// Stop works without shared memory: the Go side yields to this worker's event
// loop every ~25 ms (tasklineYield), which lets the "stop" message land and
// flip the flag that tasklineStopRequested reports; the engine then ends the
// run with outcome "stopped", keeping its partial output and trace.
/* global Go, tasklineRun, tasklineLanguages */
"use strict";

self.importScripts("wasm_exec.js");

let stopID = -1;
let currentID = -1;
self.tasklineStopRequested = () => stopID === currentID;

// A MessageChannel callback runs as soon as the event loop is free, without
// the 4 ms clamp of nested timers.
const pending = [];
const chan = new MessageChannel();
chan.port1.onmessage = () => {
  const cb = pending.shift();
  if (cb) cb();
};
self.tasklineYield = (cb) => {
  pending.push(cb);
  chan.port2.postMessage(0);
};

/** @type {Promise<void>|null} */
let ready = null;
const queue = [];

/** @param {WebAssembly.Module} module */
function start(module) {
  ready = new Promise((resolve, reject) => {
    self.tasklineReady = () => resolve();
    const go = new Go();
    WebAssembly.instantiate(module, go.importObject).then((inst) => {
      go.run(inst).then(() => reject(new Error("the wasm module exited")));
    }, reject);
  });
  ready.then(
    () => self.postMessage({ type: "ready", languages: tasklineLanguages() }),
    (err) => self.postMessage({ type: "error", message: String(err && err.message || err) }),
  );
}

function next() {
  if (currentID >= 0 || queue.length === 0) return;
  const m = queue.shift();
  currentID = m.id;
  tasklineRun(m.source, m.options || {}, (json) => {
    let trace;
    try {
      trace = JSON.parse(json);
    } catch (err) {
      self.postMessage({ type: "error", id: m.id, message: "bad trace: " + err });
      trace = null;
    }
    currentID = -1;
    if (trace) self.postMessage({ type: "done", id: m.id, trace });
    next();
  });
}

self.onmessage = (e) => {
  const m = e.data;
  if (m.type === "init") start(m.module);
  else if (m.type === "run") {
    queue.push(m);
    if (!ready) return;
    ready.then(next, () => {});
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
