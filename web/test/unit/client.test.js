import { test, mock } from "node:test";
import assert from "node:assert/strict";
import { Client, Engines, STOP_GRACE_MS, WEDGED_MS } from "../../src/client.js";
import { OUTPUT_CAP } from "../../src/output.js";
import { readFileSync } from "node:fs";

// The smallest valid wasm module: magic and version.
const WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** A stand-in for the run worker: answers init, and runs as `behave` says. */
class FakeWorker {
  static all = [];
  static behave = "answer";
  constructor(url, opts = {}) {
    this.url = url;
    this.name = opts.name || "";
    this.sent = [];
    this.terminated = false;
    FakeWorker.all.push(this);
    // As web/src/worker.js does when named after its module: fetch and
    // compile it, hand it back, then say it is ready.
    if (this.name) {
      fetch(this.name).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)).then((module) => {
        this.onmessage?.({ data: { type: "module", module } });
        this.onmessage?.({ data: { type: "ready", languages: ["go", "python"] } });
      });
    }
  }
  postMessage(m) {
    this.sent.push(m);
    const reply = (d) => queueMicrotask(() => this.onmessage?.({ data: d }));
    if (m.type === "init") reply({ type: "ready", languages: ["go", "python"] });
    else if (m.type === "run" && FakeWorker.behave === "answer") {
      // A trace object, as a test's stand-in worker may send (the real
      // worker's binary form is "binary" below).
      reply({ type: "done", id: m.id, trace: { tasks: [], spans: [], events: [], outcome: { kind: "ok", exitCode: 0, stdout: m.source.toUpperCase(), stderr: "" } } });
    } else if (m.type === "run" && FakeWorker.behave === "binary") {
      // As the real worker sends it: bytes the engine wrote (fixtures/tracebin.bin).
      reply({ type: "done", id: m.id, bin: Uint8Array.from(readFileSync(new URL("../fixtures/tracebin.bin", import.meta.url))).buffer });
    } else if (m.type === "run" && FakeWorker.behave === "garbles") {
      reply({ type: "start", id: m.id });
      reply({ type: "progress", id: m.id, output: [[1, "printed\n"]] });
      reply({ type: "done", id: m.id, bin: new Uint8Array([0x7b, 0x22, 0x74, 0x61, 0x73, 0x6b, 0x73, 0x22]).buffer });
      FakeWorker.behave = "answer";
    } else if (m.type === "run" && FakeWorker.behave === "dies") {
      reply({ type: "start", id: m.id });
      reply({ type: "progress", id: m.id, output: [[1, "x".repeat(99) + "\n"], [2, "warn\n"]] });
      reply({ type: "failed", id: m.id, reason: "exit", message: "the Go runtime exited with status 2", runtime: "fatal error: out of memory\n\ngoroutine 1 [running]:" });
      FakeWorker.behave = "answer";
    } else if (m.type === "run" && FakeWorker.behave === "traps") {
      reply({ type: "start", id: m.id });
      reply({ type: "progress", id: m.id, output: [[1, "deep\n"]] });
      queueMicrotask(() => this.onerror?.({ message: "Uncaught RangeError: Maximum call stack size exceeded", preventDefault() {} }));
      FakeWorker.behave = "answer";
    } else if (m.type === "run" && FakeWorker.behave === "wedges") {
      reply({ type: "start", id: m.id });
      reply({ type: "progress", id: m.id, output: [[1, "before\n"]] });
      FakeWorker.behave = "answer";
    } else if (m.type === "checks") {
      reply({ type: "checks", id: m.id, result: { checks: [{ kind: "stdout", text: m.text }], errors: [] } });
    } else if (m.type === "stop" && FakeWorker.behave === "stops") {
      reply({ type: "done", id: m.id, trace: { tasks: [], spans: [], events: [], outcome: { kind: "stopped", exitCode: 130, stdout: "partial", stderr: "" } } });
    }
  }
  terminate() { this.terminated = true; }
}

function setup(behave) {
  FakeWorker.all = [];
  FakeWorker.behave = behave;
  globalThis.Worker = FakeWorker;
  globalThis.fetch = async () => new Response(WASM, { headers: { "content-type": "application/wasm" } });
  return new Client({ wasmURL: "/t.wasm", workerURL: "/w.js" });
}

const flush = () => new Promise((r) => setImmediate(r));

test("run sends the program to the worker and resolves with its result", async () => {
  const c = setup("answer");
  assert.deepEqual(await c.start(), ["go", "python"]);
  const r = await c.run("print", { python: "3.7" });
  assert.equal(r.stdout, "PRINT");
  assert.equal(r.exitCode, 0);
  assert.equal(r.trace.outcome.kind, "ok");
  const run = FakeWorker.all[0].sent.find((m) => m.type === "run");
  assert.deepEqual(run.options, { python: "3.7", lang: "python" });
  assert.equal(FakeWorker.all[0].name, "/t.wasm", "the worker is named after the module, which it fetches and compiles itself");
  assert.equal(FakeWorker.all[0].sent[0].type, "run", "with no message needed first");
  assert.ok(c.module instanceof WebAssembly.Module, "and hands the compiled module back");
});

test("stop: a worker that answers hands back its partial result", async () => {
  const c = setup("stops");
  await c.start();
  const p = c.run("loop");
  await flush();
  assert.equal(c.current() > 0, true);
  c.stop();
  const r = await p;
  assert.equal(r.trace.outcome.kind, "stopped");
  assert.equal(r.stdout, "partial");
  assert.equal(FakeWorker.all.length, 1, "the worker is kept");
});

test("stop: a worker that never answers is replaced after the grace period", async (t) => {
  const c = setup("hang");
  await c.start();
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const first = c.run("loop");
  await flush();
  const second = c.run("next"); // queued behind the runaway
  await flush();
  c.stop();
  // Both runs were in flight when Stop was pressed, so both end.
  t.mock.timers.tick(STOP_GRACE_MS);
  const r = await first;
  assert.equal(r.trace.outcome.kind, "stopped");
  assert.equal(r.exitCode, 130);
  assert.equal(FakeWorker.all[0].terminated, true);
  const r2 = await second;
  assert.equal(r2.trace.outcome.kind, "stopped");
  await flush();
  assert.equal(FakeWorker.all.length, 2, "a fresh worker is started");
  assert.equal(FakeWorker.all[1].sent[0].type, "init");
  assert.ok(FakeWorker.all[1].sent[0].module instanceof WebAssembly.Module, "the fresh worker starts from the compiled module");
  assert.equal(FakeWorker.all[1].name, "", "and does not fetch it again");
});

test("a run queued after a stop goes to the fresh worker", async (t) => {
  const c = setup("hang");
  await c.start();
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const first = c.run("loop");
  await flush();
  c.stop();
  const second = c.run("after"); // asked after Stop: must not be lost
  await flush();
  FakeWorker.behave = "answer";
  t.mock.timers.tick(STOP_GRACE_MS);
  assert.equal((await first).trace.outcome.kind, "stopped");
  const r2 = await second;
  assert.equal(r2.stdout, "AFTER");
  assert.equal(FakeWorker.all.length, 2);
});

// The engine dying used to leave the page "running…" for good: the worker
// rejected a promise that had already resolved, and nobody heard of it.
test("a worker whose Go runtime exits ends the run in plain words, keeps its output, and is replaced", async () => {
  const c = setup("dies");
  await c.start();
  const r = await c.run("bomb");
  assert.equal(r.trace.outcome.kind, "internal");
  assert.equal(r.trace.outcome.error.type, "EngineFailed");
  assert.equal(r.trace.outcome.error.message, "the engine ran out of memory");
  assert.match(r.trace.outcome.error.line, /more memory than the browser would give the engine .*512 MB.*restarted/);
  assert.equal(r.stdout, "x".repeat(99) + "\n", "the output streamed before the end is kept");
  assert.match(r.stderr, /^warn\ntaskline: The program used more memory/);
  assert.equal(FakeWorker.all[0].terminated, true);
  assert.equal(FakeWorker.all.length, 2, "a fresh worker");
  const next = await c.run("next");
  assert.equal(next.stdout, "NEXT", "the next run works");
});

test("a trace in the binary form resolves the run with what JSON.parse would read", async () => {
  const c = setup("binary");
  await c.start();
  const r = await c.run("anything", { lang: "go" });
  const want = JSON.parse(readFileSync(new URL("../fixtures/tracebin.json", import.meta.url), "utf8"));
  assert.deepEqual(r.trace, want);
  assert.equal(r.stdout, want.outcome.stdout);
  assert.equal(r.exitCode, 2);
  assert.equal(FakeWorker.all[0].terminated, false);
});

test("a trace that is not a trace fails the run as a broken engine, keeps its output, and replaces the worker", async () => {
  const c = setup("garbles");
  await c.start();
  const r = await c.run("garbled");
  assert.equal(r.trace.outcome.kind, "internal");
  assert.equal(r.trace.outcome.error.type, "EngineFailed");
  assert.equal(r.trace.outcome.error.message, "the engine died");
  assert.match(r.trace.outcome.error.line, /not a trace/);
  assert.equal(r.stdout, "printed\n", "the output streamed before the answer is kept");
  assert.equal(FakeWorker.all[0].terminated, true);
  assert.equal(FakeWorker.all.length, 2, "a fresh worker");
  assert.equal((await c.run("next")).stdout, "NEXT", "the next run works");
});

test("a trap in the worker (RangeError) ends the run and the next run works", async () => {
  const c = setup("traps");
  await c.start();
  const r = await c.run("deep");
  assert.equal(r.trace.outcome.error.message, "the engine's stack overflowed");
  assert.equal(r.stdout, "deep\n");
  assert.equal((await c.run("again")).stdout, "AGAIN");
});

test("a run with no sign of life for WEDGED_MS is declared wedged", async (t) => {
  const c = setup("wedges");
  await c.start();
  t.mock.timers.enable({ apis: ["setInterval", "setTimeout", "Date"] });
  const p = c.run("spin");
  await flush();
  t.mock.timers.tick(WEDGED_MS - 1000);
  await flush();
  assert.equal(c.runs.size, 1, "not yet");
  for (let i = 0; i < 2; i++) t.mock.timers.tick(1000);
  const r = await p;
  assert.equal(r.trace.outcome.error.message, "the engine stopped answering");
  assert.equal(r.stdout, "before\n");
  t.mock.timers.reset();
  assert.equal((await c.run("then")).stdout, "THEN");
});

test("runs tell the worker how much output to forward; the client keeps at most OUTPUT_CAP", async () => {
  const c = setup("answer");
  await c.start();
  await c.run("x");
  const run = FakeWorker.all[0].sent.find((m) => m.type === "run");
  assert.equal(run.keep, OUTPUT_CAP);
});

// A Stop while the engine was still starting was lost: the run was not
// registered yet, and ran to its step limit.
test("stop while the engine starts ends the run as stopped", async () => {
  const c = setup("hang");
  const p = c.run("loop"); // start() is still compiling
  c.stop();
  const r = await p;
  assert.equal(r.trace.outcome.kind, "stopped");
  assert.equal(FakeWorker.all[0].sent.some((m) => m.type === "run"), false, "the run never went to the worker");
});

test("Engines: Python runs and checks go to the Python module; the Go module is fetched at the first Go run, once", async () => {
  FakeWorker.all = [];
  FakeWorker.behave = "answer";
  globalThis.Worker = FakeWorker;
  const fetched = [];
  globalThis.fetch = async (url) => { fetched.push(url); return new Response(WASM, { headers: { "content-type": "application/wasm" } }); };
  const e = new Engines({ python: "/py.wasm", go: "/go.wasm", workerURL: "/w.js" });
  assert.equal(e.loaded("python"), false);
  assert.equal((await e.run("print", { lang: "python" })).stdout, "PRINT");
  assert.equal((await e.parseChecks("stdout: x")).checks[0].text, "stdout: x");
  assert.deepEqual(fetched, ["/py.wasm"]);
  assert.equal(e.loaded("python"), true);
  assert.equal(e.loaded("go"), false);
  assert.equal(FakeWorker.all.length, 1);
  assert.equal((await e.run("package main", { lang: "go" })).stdout, "PACKAGE MAIN");
  assert.equal((await e.run("func", { lang: "go" })).stdout, "FUNC");
  assert.deepEqual(fetched, ["/py.wasm", "/go.wasm"], "each module is fetched once");
  assert.equal(FakeWorker.all.length, 2, "one worker per engine");
  const goRuns = FakeWorker.all[1].sent.filter((m) => m.type === "run").map((m) => m.source);
  assert.deepEqual(goRuns, ["package main", "func"]);
  assert.equal(e.loaded("go"), true);
});

